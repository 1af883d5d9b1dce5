"""The `zhibiao` command: thin typer wrappers around the library functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from zhibiao.pipeline import ConvertSummary, convert, read_list_file
from zhibiao.schema import TABLES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read Chinese government reports into Parquet tables of targets, "
                       "indicators and values.")
console = Console()


def print_summary(summary: ConvertSummary) -> None:
    table = Table(title=f"zhibiao → {summary.out}")
    for column in ("document", "genre", "targets", "indicators", "values", "status"):
        justify = "right" if column in ("targets", "indicators", "values") else "left"
        table.add_column(column, justify=justify)
    for doc in summary.documents:
        status = doc.status if doc.status != "quarantined" else f"[red]quarantined[/]: {doc.reason}"
        table.add_row(Path(doc.source).name, doc.genre or "-", str(doc.targets),
                      str(doc.indicators), str(doc.values), status)
    console.print(table)
    total = len(summary.documents)
    console.print(f"{total} documents, {total - summary.quarantined} read, "
                  f"{summary.quarantined} quarantined; tables in {summary.out}/")


@app.command("convert")
def convert_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="files, folders (walked recursively) or http(s) URLs"),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder")] = Path("out"),
    list_file: Annotated[
        list[Path] | None, typer.Option("--list", "-l", help="file listing one input per line")
    ] = None,
    urls: Annotated[
        list[Path] | None, typer.Option("--urls", help="file listing one http(s) URL per line")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary table")] = False,
) -> None:
    """Convert documents into one Parquet file per table (documents, values, …)."""
    if not inputs and not list_file and not urls:
        raise typer.BadParameter("give at least one input file, folder, URL, --list or --urls")
    for url_file in urls or []:
        try:
            read_list_file(url_file, urls_only=True)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--urls") from exc
    summary = convert(inputs or [], out, list_files=list_file or [], url_files=urls or [])
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
    """Re-run samples and compare with <folder>/expected/<name>.json; exit 1 on any
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


if __name__ == "__main__":  # pragma: no cover
    app()
