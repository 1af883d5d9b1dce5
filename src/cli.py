"""The `zhibiao` command: thin typer wrappers around the library functions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console, JustifyMethod
from rich.table import Table

from zhibiao.convert import ConvertSummary, convert
from zhibiao.ingest.ocr import available as ocr_available
from zhibiao.limits import DEFAULT_LIMITS, MB, Limits
from zhibiao.options import Options, ocr_mode
from zhibiao.pipeline import read_list_file, summarize
from zhibiao.progress import RowProgress, RunProgress
from zhibiao.runners import DEFAULT_TIMEOUT, Runner, runner_for
from zhibiao.schema import SCHEMA_VERSION, TABLES

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="markdown",
                  help="Read Chinese government reports into Parquet tables of targets, "
                       "indicators and values.")
console = Console()

#: Arguments and options of the commands that run documents (convert, refresh).
InputsArgument = Annotated[
    list[str] | None, typer.Argument(help="files, folders (walked recursively) or http(s) URLs")]
ListOption = Annotated[
    list[Path] | None, typer.Option("--list", "-l", help="file listing one input per line")]
UrlsOption = Annotated[
    list[Path] | None, typer.Option("--urls", help="file listing one http(s) URL per line")]
WorkersOption = Annotated[int | None, typer.Option(
    "--workers", "-w", min=1, help="worker processes (default: all cores)")]
TimeoutOption = Annotated[float, typer.Option(
    "--timeout", min=0.1, help="seconds one document may take before it is quarantined; "
                               "on the pool engine each page sent to OCR adds 20 s")]
EngineOption = Annotated[str, typer.Option(
    "--engine", help="pool (local processes), dask, or local (this process, no timeout)")]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (default: a local "
                        "cluster)")]
MaxFileOption = Annotated[float, typer.Option(
    "--max-file-mb", min=0.001, help="larger input files are quarantined (too_large)")]
MaxPagesOption = Annotated[int, typer.Option(
    "--max-pages", min=1, help="PDFs with more pages are quarantined (too_many_pages)")]
MaxCharsOption = Annotated[int, typer.Option(
    "--max-chars", min=1, help="documents with more characters are quarantined (too_long)")]
MaxInflatedOption = Annotated[float, typer.Option(
    "--max-inflated-mb", min=0.001, help="a PDF stream inflating further is a decompression "
                                         "bomb, quarantined")]
MaxMemoryOption = Annotated[float, typer.Option(
    "--max-memory-mb", min=0, help="memory a pool worker may take beyond its own start-up "
                                   "mappings; 0: no cap")]
OcrOption = Annotated[str | None, typer.Option(
    "--ocr", help="OCR scanned PDF pages: auto (pages of images without a text layer), always, "
                  "never; needs zhibiao\\[ocr] (default: $ZHIBIAO_OCR, else auto)")]
DEFAULT_MAX_FILE_MB = DEFAULT_LIMITS.max_file_bytes / MB
DEFAULT_MAX_INFLATED_MB = DEFAULT_LIMITS.max_inflated_bytes / MB
DEFAULT_MAX_MEMORY_MB = (DEFAULT_LIMITS.max_memory_bytes or 0) / MB


def print_summary(summary: ConvertSummary) -> None:
    table = Table(title=f"zhibiao → {summary.out}")
    for column in ("document", "genre", "targets", "indicators", "values", "status"):
        numeric = column in ("targets", "indicators", "values")
        justify: JustifyMethod = "right" if numeric else "left"
        table.add_column(column, justify=justify)
    for doc in summary.documents:
        status = doc.status if doc.status != "quarantined" else f"[red]quarantined[/]: {doc.reason}"
        table.add_row(Path(doc.source).name, doc.genre or "-", str(doc.targets),
                      str(doc.indicators), str(doc.values), status)
    console.print(table)
    total = len(summary.documents)
    console.print(f"{total} documents, {total - summary.quarantined} read, "
                  f"{summary.quarantined} quarantined; tables in {summary.out}/")


def _require_inputs(inputs: list[str] | None, list_file: list[Path] | None,
                    urls: list[Path] | None) -> None:
    if not inputs and not list_file and not urls:
        raise typer.BadParameter("give at least one input file, folder, URL, --list or --urls")


def _prepare_run(inputs: list[str] | None, list_file: list[Path] | None,
                 urls: list[Path] | None, *, ocr: str | None, engine: str,
                 workers: int | None, timeout: float, scheduler: str | None,
                 **limit_options: Any) -> tuple[Options, Runner]:
    """What convert and refresh check and build from their shared options: inputs given,
    URL lists valid; the run's Options (the ZHIBIAO_* overrides of the environment, read
    here once, then --ocr and the limits) and the runner that hands them to the workers."""
    _require_inputs(inputs, list_file, urls)
    for url_file in urls or []:
        try:
            read_list_file(url_file, urls_only=True)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--urls") from exc
    try:
        options = Options.from_env()
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    if ocr is not None:
        try:
            options = replace(options, ocr=ocr_mode(ocr))
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--ocr") from exc
        if options.ocr == "always" and not ocr_available():
            raise typer.BadParameter("--ocr always needs the OCR extra: "
                                     "pip install 'zhibiao[ocr]'", param_hint="--ocr")
    try:
        options = replace(options, limits=Limits.from_options(**limit_options))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--max-memory-mb") from exc
    return options, _runner(engine, workers=workers, timeout=timeout, scheduler=scheduler,
                            options=options)


def _runner(engine: str, **options: Any) -> Runner:
    """runners.runner_for, with an unknown engine reported as a bad --engine."""
    try:
        return runner_for(engine, **options)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--engine") from exc


@app.command("convert")
def convert_command(
    inputs: InputsArgument = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder")] = Path("out"),
    list_file: ListOption = None,
    urls: UrlsOption = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="no progress and no summary table")] = False,
    workers: WorkersOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    engine: EngineOption = "pool",
    scheduler: SchedulerOption = None,
    max_file_mb: MaxFileOption = DEFAULT_MAX_FILE_MB,
    max_pages: MaxPagesOption = DEFAULT_LIMITS.max_pages,
    max_chars: MaxCharsOption = DEFAULT_LIMITS.max_chars,
    max_inflated_mb: MaxInflatedOption = DEFAULT_MAX_INFLATED_MB,
    max_memory_mb: MaxMemoryOption = DEFAULT_MAX_MEMORY_MB,
    ocr: OcrOption = None,
) -> None:
    """Convert documents into one Parquet file per table (documents, values, …)."""
    options, runner = _prepare_run(
        inputs, list_file, urls, ocr=ocr, engine=engine, workers=workers, timeout=timeout,
        scheduler=scheduler, max_file_mb=max_file_mb, max_pages=max_pages,
        max_chars=max_chars, max_inflated_mb=max_inflated_mb, max_memory_mb=max_memory_mb)
    with RunProgress(0, console, enabled=not quiet) as progress:
        summary = convert(inputs or [], out, list_files=list_file or [], url_files=urls or [],
                          on_start=progress.start, on_result=lambda r: progress(summarize(r)),
                          runner=runner, options=options)
    if not quiet:
        print_summary(summary)
    if not summary.documents:
        console.print("[red]no input documents found[/]")
        raise typer.Exit(2)


@app.command("check")
def check_command(
    samples: Annotated[list[Path], typer.Argument(help="sample files or folders")],
    update: Annotated[bool, typer.Option(
        "--update", help="rewrite the golden files and print what changed")] = False,
) -> None:
    """Re-run samples and compare with `<folder>/expected/<name>.json`; exit 1 on any
    difference (a parser regression) unless --update."""
    from zhibiao.check import check_samples

    checks = check_samples(samples, update=update)
    if not checks:
        console.print("[red]no samples found[/]")
        raise typer.Exit(2)
    for check in checks:
        if check.unchecked:
            console.print(f"[yellow]unchecked[/] {check.name}: no golden file "
                          f"({check.actual_values} values; --update writes one)",
                          soft_wrap=True)
            continue
        verdict = ("[green]ok[/]" if check.passed else
                   "[cyan]updated[/]" if update else "[red]FAILED[/]")
        console.print(f"{verdict} {check.name}: values precision {check.precision:.1%}, "
                      f"recall {check.recall:.1%} ({check.actual_values} found, "
                      f"{check.expected_values} expected)", highlight=False, soft_wrap=True)
        for line in check.differences:
            console.print(f"    {line}", highlight=False, markup=False, soft_wrap=True)
    failed = sum(not c.passed for c in checks if not c.unchecked)
    unchecked = sum(c.unchecked for c in checks)
    console.print(f"{len(checks) - failed - unchecked} passed, {failed} "
                  f"{'updated' if update else 'failed'}, {unchecked} unchecked", highlight=False)
    if failed and not update:
        raise typer.Exit(1)


FloorOption = Annotated[float | None, typer.Option(min=0.0, max=1.0)]


@app.command("score")
def score_command(
    out: Annotated[Path, typer.Argument(help="output folder of `zhibiao convert`")],
    gold: Annotated[list[Path], typer.Argument(help="gold files (*.gold.json) or folders")],
    misses: Annotated[bool, typer.Option(
        "--misses", help="list every gold fact not read right, and values no fact has")] = False,
    convert_first: Annotated[bool, typer.Option(
        "--convert", help="first convert the gold's documents into OUT")] = False,
    min_value_recall: FloorOption = None,
    min_role_recall: FloorOption = None,
    min_role_indicator_recall: FloorOption = None,
    min_precision: FloorOption = None,
) -> None:
    """Compare an output with hand-labelled gold facts (corpus/README.md): precision and
    recall per field, per document and per kind, and a summary line. Exit 1 when a figure
    is under the floor an option sets, 2 when the gold cannot be read."""
    from zhibiao.score import GoldError, below, format_report, load_gold, score

    try:
        if convert_first:
            documents = sorted({g.document for g in load_gold(gold)})
            convert(documents, out)
        report = score(out, gold)
    except GoldError as exc:
        console.print(f"[red]{exc}[/]", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    if not report.documents:
        console.print("[red]no gold files found[/]")
        raise typer.Exit(2)
    typer.echo(format_report(report, misses=misses))
    failed = below(report, {"value_recall": min_value_recall, "role_recall": min_role_recall,
                            "role_indicator_recall": min_role_indicator_recall,
                            "precision": min_precision})
    for line in failed:
        console.print(f"[red]under the floor:[/] {line}", highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command("review")
def review_command(
    out: Annotated[Path, typer.Argument(
        help="output folder of `zhibiao convert`, or a `zhibiao refresh` lake")],
    html: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write")] = Path(
        "report.html"),
) -> None:
    """Write one self-contained HTML page to review a convert output: documents, their
    values highlighted in the source text, attainment per target, quarantine."""
    from zhibiao.export.review import ReviewInputError, write_review

    try:
        summary = write_review(out, html)
    except ReviewInputError as exc:
        console.print(str(exc), style="red", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    console.print(f"review page {summary.path}: {summary.documents} documents, "
                  f"{summary.values} values, {summary.quarantined} quarantined "
                  f"({summary.bytes / 1e6:.1f} MB)", highlight=False, soft_wrap=True)


@app.command("export")
def export_command(
    out: Annotated[Path, typer.Argument(
        help="output folder of `zhibiao convert`, or a `zhibiao refresh` lake")],
    path: Annotated[Path, typer.Option(
        "--output", "-o", help="file to write: .xlsx (facts plus a sheet per table), .csv "
                               "or .parquet (the facts)")] = Path("facts.xlsx"),
    chinese: Annotated[bool, typer.Option(
        "--chinese", help="Chinese headings for the facts' columns (文件标题, 指标 …)")] = False,
    run_id: Annotated[str | None, typer.Option(
        "--run-id", help="a lake's earlier run instead of its last complete one")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress")] = False,
) -> None:
    """Write the facts view (one row per value with its document, indicator, target and
    attainment) as a spreadsheet, CSV or Parquet; texts that would start a formula are
    neutralised."""
    from zhibiao.export.facts import FactsInputError
    from zhibiao.export.spreadsheet import export_facts, format_of

    try:
        format_of(path)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--output") from exc
    try:
        with RowProgress(console, enabled=not quiet) as progress:
            summary = export_facts(out, path, headings="zh" if chinese else "en",
                                   run_id=run_id, on_start=progress.start, on_rows=progress)
    except FactsInputError as exc:
        console.print(str(exc), style="red", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    sheets = f" on {len(summary.sheets)} sheets" if summary.sheets else ""
    console.print(f"{summary.path}: {summary.facts:,} facts{sheets}, {summary.neutralised:,} "
                  f"cells that would start a formula neutralised, {summary.cut:,} cut "
                  f"({summary.bytes / 1e6:.1f} MB)", highlight=False, soft_wrap=True)
    for note in summary.notes:
        console.print(f"note: {note}", highlight=False, markup=False, soft_wrap=True)


@app.command("schema")
def schema_command(
    table: Annotated[str | None, typer.Argument(help="one table; all when omitted")] = None,
) -> None:
    """Print the JSON schema of the output tables (the data contract)."""
    if table is not None and table not in TABLES:
        raise typer.BadParameter(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    names = [table] if table else list(TABLES)
    schemas = {name: TABLES[name].model_json_schema() for name in names}
    typer.echo(json.dumps(schemas if table is None else schemas[table], ensure_ascii=False,
                          indent=2))


@app.command("refresh")
def refresh_command(
    inputs: InputsArgument = None,
    lake: Annotated[Path, typer.Option("--lake", help="lake folder (Delta tables)")] = Path("lake"),
    list_file: ListOption = None,
    urls: UrlsOption = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="remove rows of sources no longer among the inputs")
    ] = False,
    batch: Annotated[int, typer.Option("--batch", min=1, help="documents per commit")] = 500,
    rehash: Annotated[
        bool, typer.Option("--rehash", help="read and hash every input, even those whose "
                                            "size and times say they are unchanged")
    ] = False,
    workers: WorkersOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    engine: EngineOption = "pool",
    scheduler: SchedulerOption = None,
    wait: Annotated[
        float | None,
        typer.Option("--wait", help="seconds to wait for another refresh's lock (default: "
                                    "as long as it takes)"),
    ] = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="no progress and no summary table")] = False,
    max_file_mb: MaxFileOption = DEFAULT_MAX_FILE_MB,
    max_pages: MaxPagesOption = DEFAULT_LIMITS.max_pages,
    max_chars: MaxCharsOption = DEFAULT_LIMITS.max_chars,
    max_inflated_mb: MaxInflatedOption = DEFAULT_MAX_INFLATED_MB,
    max_memory_mb: MaxMemoryOption = DEFAULT_MAX_MEMORY_MB,
    ocr: OcrOption = None,
) -> None:
    """Bring a Delta lake up to date: new and changed documents re-processed, unchanged
    ones skipped, each document's rows replaced in one transaction per table."""
    from zhibiao.export.lake import LakeBusyError, LakeSchemaError
    from zhibiao.export.lake_refresh import refresh

    options, runner = _prepare_run(
        inputs, list_file, urls, ocr=ocr, engine=engine, workers=workers, timeout=timeout,
        scheduler=scheduler, max_file_mb=max_file_mb, max_pages=max_pages,
        max_chars=max_chars, max_inflated_mb=max_inflated_mb, max_memory_mb=max_memory_mb)
    progress = RunProgress(0, console, enabled=not quiet, verb="refreshing")
    try:
        with progress:
            summary = refresh(inputs or [], lake, list_files=list_file or [],
                              url_files=urls or [], prune=prune, batch_docs=batch,
                              lock_timeout=wait, runner=runner, rehash=rehash, engine=engine,
                              options=options,
                              on_start=progress.start,
                              on_result=lambda item: progress(item.summary))
    except (LakeBusyError, LakeSchemaError) as exc:
        console.print(str(exc), style="red", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(3) from exc
    if not quiet and summary.documents:
        print_summary(ConvertSummary(lake, summary.documents, {}))
    if not summary.inputs:
        console.print("[red]no input documents found[/]")
        raise typer.Exit(2)
    if summary.run_id is None:
        console.print(f"lake {lake} unchanged: {summary.skipped} of {summary.inputs} documents "
                      f"unchanged, 0 rows written")
        return
    console.print(f"run {summary.run_id}: {summary.processed} processed, {summary.skipped} "
                  f"unchanged, {summary.pruned} pruned, {summary.quarantined} quarantined; "
                  f"{summary.rows_written} rows written, {summary.rows_deleted} deleted"
                  + (" (recovered from an interrupted run)" if summary.recovered else ""))


@app.command("compact")
def compact_command(
    lake: Annotated[Path, typer.Option("--lake", help="lake folder (Delta tables)")] = Path("lake"),
    retention_hours: Annotated[
        int, typer.Option("--retention-hours", help="keep files older versions need this long "
                                                     "(at least 24)")
    ] = 168,
    wait: Annotated[
        float | None, typer.Option("--wait", help="seconds to wait for the lake's lock")
    ] = None,
) -> None:
    """Rewrite small files of every lake table into large ones and vacuum old files."""
    from zhibiao.export.lake import LakeError
    from zhibiao.export.lake_upkeep import compact

    try:
        report = compact(lake, retention_hours=retention_hours, lock_timeout=wait)
    except (LakeError, ValueError) as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(3) from exc
    for name, info in report.items():
        console.print(f"{name}: {info['files_removed']} files → {info['files_added']}, "
                      f"{info['vacuumed']} vacuumed, version {info['version']}")


@app.command("migrate")
def migrate_command(
    lake: Annotated[Path, typer.Option("--lake", help="lake folder (Delta tables)")] = Path("lake"),
    wait: Annotated[
        float | None, typer.Option("--wait", help="seconds to wait for the lake's lock")
    ] = None,
) -> None:
    """Conform a lake written by an older zhibiao to this schema version (new columns
    empty, every document re-parsed by the next refresh)."""
    from zhibiao.export.lake import LakeError
    from zhibiao.export.lake_upkeep import migrate

    try:
        report = migrate(lake, lock_timeout=wait)
    except LakeError as exc:
        console.print(str(exc), style="red", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(3) from exc
    for item in report:
        if not item.changed:
            console.print(f"{item.table}: up to date", highlight=False)
            continue
        console.print(f"{item.table}: schema {item.found} → {SCHEMA_VERSION}, {item.rows} rows"
                      + (f", added {', '.join(item.added)}" if item.added else "")
                      + (f", dropped {', '.join(item.dropped)}" if item.dropped else "")
                      + f", version {item.version}", highlight=False, soft_wrap=True)
    if any(item.changed for item in report):
        console.print(f"run `zhibiao refresh ... --lake {lake}` next: it re-parses every "
                      f"document", highlight=False, soft_wrap=True)


if __name__ == "__main__":  # pragma: no cover
    app()
