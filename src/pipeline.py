"""One document in, validated rows or a quarantine row out; inputs expanded into sources.

`process(source, options=...)` is the only function that runs a document. It is pure
apart from reading its input, and its settings come in `options` (never from the
environment), so a process pool, a Dask cluster and the tests can all call it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import ClassVar, TypeAlias

from zhibiao.errors import OutOfMemory, QuarantineError, Stage
from zhibiao.ingest import doc_id_of, is_url, read_document, read_source
from zhibiao.limits import Limits, fewer_collections, megabytes
from zhibiao.options import DEFAULT_OPTIONS, Options
from zhibiao.parse import parse
from zhibiao.schema.models import Quarantine, TableRow
from zhibiao.schema.validate import ValidRecords, validate

#: File suffixes picked up when walking a folder; explicit file arguments are always read.
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".pdf", ".html", ".htm", ".shtml", ".xhtml"})


@dataclass(slots=True)
class Processed:
    """An input read: its validated rows, and how many rows each table got."""

    source: str
    records: ValidRecords
    counts: dict[str, int] = field(default_factory=dict)
    ok: ClassVar[bool] = True
    #: What a Quarantined has, None here, so either kind of Result can be asked for both.
    quarantine: ClassVar[None] = None


@dataclass(slots=True)
class Quarantined:
    """An input that went to quarantine: the row saying why."""

    source: str
    quarantine: Quarantine
    ok: ClassVar[bool] = False
    records: ClassVar[None] = None


#: What one input became: one or the other (isinstance tells which).
Result: TypeAlias = Processed | Quarantined


def quarantined(source: str, doc_id: str | None, stage: Stage, reason: str,
                error: str) -> Quarantined:
    """The Result of a document that goes to quarantine, stamped now."""
    row = Quarantine(source=source, doc_id=doc_id, stage=stage, reason=reason, error=error,
                     at=datetime.now(timezone.utc))
    return Quarantined(source=source, quarantine=row)


def process(source: str | os.PathLike[str], limits: Limits | None = None, *,
            options: Options = DEFAULT_OPTIONS) -> Result:
    """Read (a path, or fetch an http(s) URL), parse and validate one document. Never
    raises for a bad document; one over a limit (`limits.py`) is quarantined naming it.

    `options` say how to read it (default: `Options()`; the environment is read at the
    edge, by convert, refresh and the CLI); `limits`, when given, replace its limits."""
    with fewer_collections():
        return _process(source, limits, options)


def _process(source: str | os.PathLike[str], limits: Limits | None,
             options: Options) -> Result:
    if limits is not None:
        options = replace(options, limits=limits)
    limits = options.limits
    source = str(source)
    doc_id = None
    stage: Stage = "read"
    try:
        data, content_type = read_source(source, options)
        doc_id = doc_id_of(data)
        stage = "ingest"
        doc = read_document(source, data, content_type, options=options)
        stage = "parse"
        records = parse(doc)
        stage = "validate"
        valid = validate(records)
    except QuarantineError as exc:
        return quarantined(source, doc_id, exc.stage, exc.reason,
                            f"{type(exc).__name__}: {exc.message}")
    except MemoryError:
        cap = limits.max_memory_bytes
        return quarantined(source, doc_id, stage, OutOfMemory.reason,
                            "MemoryError: out of memory reading the document"
                            + (f" (pool workers may take {megabytes(cap)}, "
                               "--max-memory-mb)" if cap else ""))
    except Exception as exc:  # noqa: BLE001 - the one place a crash becomes a quarantine row
        return quarantined(source, doc_id, stage, "crash", f"{type(exc).__name__}: {exc}")
    counts = {name: len(rows) for name, rows in valid.tables.items() if name != "documents"}
    return Processed(source=source, records=valid, counts=counts)


def read_list_file(list_file: str | os.PathLike[str], *, urls_only: bool = False) -> list[str]:
    """Inputs listed one per line (# starts a comment); with `urls_only`, every line must
    be an http(s) URL (a ValueError names the first that is not)."""
    found = []
    for number, line in enumerate(Path(list_file).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            if urls_only and not is_url(line):
                raise ValueError(f"{list_file}:{number}: not an http(s) URL: {line}")
            found.append(line)
    return found


def expand_inputs(inputs: Iterable[str | os.PathLike[str]],
                  list_files: Iterable[str | os.PathLike[str]] = (),
                  url_files: Iterable[str | os.PathLike[str]] = ()) -> list[str]:
    """Files as given, folders walked recursively (document suffixes only, symlinked
    folders not followed), http(s) URLs untouched; list files give one input per line
    (read the same way, so a folder listed is walked) and URL files one URL per line;
    sorted, de-duplicated."""
    found: list[str] = []
    listed: list[str] = []
    for list_file in list_files:
        listed.extend(read_list_file(list_file))
    for url_file in url_files:
        listed.extend(read_list_file(url_file, urls_only=True))
    for item in [*listed, *inputs]:
        if isinstance(item, str) and is_url(item):
            found.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "expected")
                # os.path, not Path: folders of 10^4-10^5 reports are walked every refresh
                folder = str(Path(root))  # normalized once per folder, as Path would
                found.extend(os.path.join(folder, name) for name in sorted(files)
                             if not name.startswith(".")
                             and os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES)
        else:
            found.append(str(path))
    return sorted(dict.fromkeys(found))


def run_local(sources: Iterable[str], options: Options = DEFAULT_OPTIONS
              ) -> Iterator[Result]:
    """Process documents one after another in this process (runners.py has the process
    pool and Dask runners, which call the same `process`). No memory cap here: it would
    cap the driver."""
    for source in sources:
        yield process(source, options=options)


def rows_by_table(result: Result) -> dict[str, Sequence[TableRow]]:
    """The rows a result adds to each output table."""
    if isinstance(result, Processed):
        return result.records.tables
    return {"quarantine": [result.quarantine]}


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of a run's summary."""

    source: str
    status: str  # ok / partial / quarantined
    genre: str | None = None
    targets: int = 0
    indicators: int = 0
    values: int = 0
    reason: str | None = None
    pages: int = 0  # PDF pages; 1 for a text or web page; 0 when quarantined


def summarize(result: Result) -> DocumentSummary:
    if isinstance(result, Quarantined):
        return DocumentSummary(result.source, "quarantined", reason=result.quarantine.error)
    doc = result.records.document
    return DocumentSummary(
        result.source, doc.status, doc.genre, result.counts.get("targets", 0),
        result.counts.get("indicators", 0), result.counts.get("values", 0),
        pages=doc.pages or 1,
    )
