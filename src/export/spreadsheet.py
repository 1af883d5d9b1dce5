"""Writing the facts view (and, in xlsx, every table) as xlsx, CSV or Parquet, safe to open.

`export_facts(out, path)` writes the facts view of a convert output or a lake (see
facts.py) to `path`, its format taken from the suffix:

- **xlsx** (XlsxWriter in constant_memory mode: each row goes to a temporary file as it
  is written, so memory does not grow with the rows): an `about` sheet (what is where,
  and notes), the facts, then one sheet per table (documents without their text), the
  quarantine with its reasons last. Header row frozen with a filter, column widths from
  the text (a CJK character counts two), numbers as numbers, dates as dates. A sheet
  holds at most Excel's 1,048,576 rows; more continue on `facts (2)`, … with a note.
- **csv**: the facts view, UTF-8 with a BOM (so Excel shows Chinese), one header row,
  CRLF line ends, ISO dates, floats written to read back exactly.
- **parquet**: the facts view with its Arrow types (data, not a sheet: nothing altered).

Every text comes from untrusted documents; a text that would start with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return must never run as a formula. In xlsx every text
is a string cell, never a formula, and such a text also carries Excel's quote prefix (the
mark a typed ``'=…`` gets: shown as written, still text when edited). CSV has no cell
types, so there it is prefixed with ``'`` (a text already starting with ``'`` gets one
more, so `restore_text` undoes it exactly). A text longer than a cell holds (32,767
UTF-16 units) is cut, with a note saying so at its end: in both, never a broken file.
Values are read and written in batches, and the file is written to a temporary name and
renamed into place only when complete (files.atomic_path).
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from zhibiao.export.facts import (
    FACTS_SCHEMA,
    FactsBuilder,
    Headings,
    Tables,
    headings_of,
)
from zhibiao.files import atomic_path
from zhibiao.schema import SCHEMAS, TABLES

Format = Literal["xlsx", "csv", "parquet"]
FORMATS: tuple[Format, ...] = ("xlsx", "csv", "parquet")
#: Excel's limits: characters (UTF-16 units) in a cell, rows on a sheet (header included).
CELL_LIMIT = 32_767
SHEET_ROWS = 1_048_576
#: First characters that make a spreadsheet read a text as a formula (OWASP's list), and
#: the quote that neutralises them (and is itself escaped, so the prefix can be undone).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
#: The same first characters as RE2 patterns for Arrow's vectorized match (the quote
#: itself needs one too, so that `restore_text` can undo it).
_FORMULA_START = "^[" + re.escape("".join(FORMULA_STARTS)) + "]"
_NEEDS_QUOTE = "^[" + re.escape("".join((*FORMULA_STARTS, QUOTE))) + "]"
#: Columns of the table sheets left out: a document's whole text is no cell (it is in
#: documents.parquet; every offset points into it).
SKIPPED_COLUMNS = {"documents": ("text",)}
_WIDTH_SAMPLE = 1_000
_MAX_WIDTH = 60
_EXCEL_EPOCH_DAYS = 25_569  # 1970-01-01 as an Excel serial day number


@dataclass
class ExportSummary:
    """What an export wrote: where, how many facts, which sheets, what it altered."""

    path: Path
    format: Format
    facts: int = 0
    sheets: list[str] = field(default_factory=list)
    neutralised: int = 0
    cut: int = 0
    notes: list[str] = field(default_factory=list)
    bytes: int = 0


# --------------------------------------------------------------------------- safe text


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def neutralise(text: str) -> str:
    """`text` as no spreadsheet runs it: a formula's first character gets a `'` before it."""
    return QUOTE + text if text[:1] in (*FORMULA_STARTS, QUOTE) else text


def restore_text(text: str) -> str:
    """The inverse of `neutralise`, for reading an exported CSV back into data."""
    return text[1:] if text[:1] == QUOTE and text[1:2] in (*FORMULA_STARTS, QUOTE) else text


def cut(text: str) -> str:
    """`text` within a cell's 32,767 UTF-16 units, with a note at the end when cut."""
    if len(text) <= CELL_LIMIT // 2 or _utf16_units(text) <= CELL_LIMIT:
        return text
    note = f" …[cut: {len(text):,} characters in all; the whole text is in the Parquet tables]"
    keep = CELL_LIMIT - len(note)  # the note is all BMP: one unit a character
    head = text.encode("utf-16-le")[: keep * 2].decode("utf-16-le", errors="ignore")
    return head + note


def safe_strings(column: pa.ChunkedArray | pa.Array, *, quote: bool = True
                 ) -> tuple[pa.ChunkedArray | pa.Array, int, int]:
    """(column, texts that would start a formula, texts cut) for one string column,
    vectorized; with `quote` those texts get their `'` (CSV; xlsx marks the cell
    instead). Only the rare long texts go through Python."""
    neutralised = pc.sum(pc.match_substring_regex(column, _FORMULA_START)).as_py() or 0
    if quote:
        quoted = pc.match_substring_regex(column, _NEEDS_QUOTE)
        if pc.any(quoted).as_py():
            column = pc.if_else(quoted, pc.binary_join_element_wise(QUOTE, column, ""), column)
    long = pc.greater(pc.utf8_length(column), CELL_LIMIT // 2)
    cut_count = 0
    if pc.any(long).as_py():
        texts = column.to_pylist()
        for i in pc.indices_nonzero(long).to_pylist():
            shorter = cut(texts[i])
            cut_count += shorter != texts[i]
            texts[i] = shorter
        column = pa.array(texts, pa.string())
    return column, neutralised, cut_count


def _spreadsheet_ready(table: pa.Table, summary: ExportSummary, *, quote: bool) -> pa.Table:
    """A batch as cells take it: lists joined into text, texts made safe (see
    safe_strings; counted in `summary`), non-finite numbers blank, times in UTC without a
    zone (Excel has none)."""
    arrays = []
    for column, f in zip(table.columns, table.schema, strict=True):
        kind = f.type
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            joined = [(", " if pa.types.is_floating(kind.value_type) else "; ").join(
                map(str, v)) if v else None for v in column.to_pylist()]
            column, kind = pa.array(joined, pa.string()), pa.string()
        if pa.types.is_string(kind) or pa.types.is_large_string(kind):
            column, neutralised, cut_count = safe_strings(column.cast(pa.string()),
                                                          quote=quote)
            summary.neutralised += neutralised
            summary.cut += cut_count
        elif pa.types.is_floating(kind):
            column = pc.if_else(pc.is_finite(column), column, pa.scalar(None, kind))
        elif pa.types.is_timestamp(kind) and kind.tz is not None:
            column = column.cast(pa.timestamp(kind.unit))
        arrays.append(column)
    return pa.Table.from_arrays(arrays, names=table.column_names)


# --------------------------------------------------------------------------- xlsx


def _display_width(text: str) -> int:
    """Columns of a text on screen: CJK (wide and full-width) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_kind(kind: pa.DataType) -> str:
    if pa.types.is_date(kind):
        return "date"
    if pa.types.is_timestamp(kind):
        return "datetime"
    if pa.types.is_integer(kind) or pa.types.is_floating(kind):
        return "number"
    return "text"


def _excel_serials(column: pa.ChunkedArray | pa.Array, kind: str) -> pa.ChunkedArray | pa.Array:
    """Dates and times as Excel serial day numbers (written as numbers in a date format:
    what write_datetime does, a batch at a time)."""
    if kind == "date":
        days = column.cast(pa.int32()).cast(pa.float64())
        return pc.add(days, _EXCEL_EPOCH_DAYS)
    micros = column.cast(pa.timestamp("us")).cast(pa.int64()).cast(pa.float64())
    return pc.add(pc.divide(micros, 86_400e6), _EXCEL_EPOCH_DAYS)


class _SheetRun:
    """One table written onto as many worksheets as Excel's row limit needs: `name`,
    `name (2)`, … each with the header row frozen, a filter and fitted column widths."""

    def __init__(self, book: Any, name: str, headings: list[str], schema: pa.Schema,
                 formats: dict[str, Any], summary: ExportSummary) -> None:
        self.book, self.name, self.headings = book, name, headings
        self.kinds = [_cell_kind(f.type) for f in schema]
        self.formats, self.summary = formats, summary
        self.sheets: list[Any] = []
        self.widths: list[float] | None = None
        self.rows = 0
        self._row = 0
        self._sheet: Any = None

    def _new_sheet(self) -> None:
        if self._sheet is not None:
            self._finish_sheet()
        title = self.name if not self.sheets else f"{self.name} ({len(self.sheets) + 1})"
        sheet = self.book.add_worksheet(title)
        self.sheets.append(sheet)
        self.summary.sheets.append(title)
        for col, width in enumerate(self.widths or []):
            sheet.set_column(col, col, width)
        sheet.freeze_panes(1, 0)
        for col, heading in enumerate(self.headings):
            sheet.write_string(0, col, heading, self.formats["header"])
        self._sheet, self._row = sheet, 1

    def _finish_sheet(self) -> None:
        self._sheet.autofilter(0, 0, max(self._row - 1, 1), len(self.headings) - 1)

    def _fit(self, table: pa.Table) -> None:
        """Widths from the headings and the first rows (set before any row: streaming)."""
        sample = table.slice(0, _WIDTH_SAMPLE)
        widths: list[float] = []
        for heading, kind, column in zip(self.headings, self.kinds, sample.columns,
                                         strict=True):
            width = _display_width(heading)
            if kind == "text":
                width = max([width, *(_display_width(v) for v in column.to_pylist() if v)])
            else:
                width = max(width, {"date": 10, "datetime": 19}.get(kind, 12))
            widths.append(min(width + 2, _MAX_WIDTH))
        self.widths = widths

    def write(self, table: pa.Table) -> None:
        table = _spreadsheet_ready(table, self.summary, quote=False)
        if self.widths is None:
            self._fit(table)
        columns = [(_excel_serials(column, kind) if kind in ("date", "datetime") else column)
                   .to_pylist() for column, kind in zip(table.columns, self.kinds, strict=True)]
        if self._sheet is None:
            self._new_sheet()
        writers = self._writers()
        limit = SHEET_ROWS
        for cells in zip(*columns, strict=True):
            if self._row >= limit:
                self._new_sheet()
                writers = self._writers()
            row = self._row
            for col, value in enumerate(cells):
                if value is not None:
                    writers[col](row, col, value)
            self._row += 1
        self.rows += table.num_rows

    def _writers(self) -> list[Callable[[int, int, Any], Any]]:
        """The typed write of each column: a text is always a string cell (never a
        formula, a number or a link), one that would start a formula also quote-prefixed
        (Excel's own mark of a typed '=…: shown as is, kept text when edited); dates are
        numbers in a date format."""
        sheet, quoted = self._sheet, self.formats["quoted"]
        write_string, write_number = sheet.write_string, sheet.write_number

        def text(row: int, col: int, value: str) -> None:
            if not value:
                return  # blank, as null
            if value[0] in FORMULA_STARTS:
                write_string(row, col, value, quoted)
            else:
                write_string(row, col, value)

        def dated(cell_format: Any) -> Callable[[int, int, Any], Any]:
            return lambda row, col, value: write_number(row, col, value, cell_format)

        return [text if kind == "text" else write_number if kind == "number"
                else dated(self.formats[kind]) for kind in self.kinds]

    def close(self) -> None:
        if self._sheet is None:
            self._new_sheet()
        self._finish_sheet()
        if len(self.sheets) > 1:
            names = ", ".join(s.get_name() for s in self.sheets[1:])
            self.summary.notes.append(
                f"{self.name}: {self.rows:,} rows, more than a sheet holds "
                f"({SHEET_ROWS - 1:,} under its header): continued on {names}")


def _write_about(sheet: Any, formats: dict[str, Any], out: Path, runs: list[_SheetRun],
                 summary: ExportSummary, lake: dict[str, int] | None) -> None:
    """The first sheet: what the workbook holds, where from, and what was altered."""
    source = f"{out} (lake snapshot)" if lake is not None else str(out)
    lines: list[tuple[str, str]] = [
        ("zhibiao export", f"facts of {source}"),
        ("written", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")),
        ("facts view", "one row per value: its document, indicator, target, and for targets "
                       "the matched actual and attainment (met / not_met / unknown, gap)"),
    ]
    for run in runs:
        names = ", ".join(s.get_name() for s in run.sheets)
        lines.append((run.name, f"{run.rows:,} rows on {names}"))
    lines.append(("formulas", f"every text is a text cell; {summary.neutralised:,} that "
                              f"would start a formula (= + - @ tab CR) are also marked as "
                              f"typed with ' so that no spreadsheet runs them"))
    lines.append(("long texts", f"texts over {CELL_LIMIT:,} characters are cut with a note: "
                                f"{summary.cut:,} cells"))
    lines.append(("table sheets", "the contract's column names (`zhibiao schema`); documents "
                                  "without their text (in documents.parquet); times in UTC"))
    lines.extend(("note", note) for note in summary.notes)
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 1, 100)
    for row, (key, note) in enumerate(lines):
        sheet.write_string(row, 0, key, formats["header"])
        sheet.write_string(row, 1, cut(note))


def _write_xlsx(builder: FactsBuilder, tmp: Path, out: Path, headings: list[str],
                summary: ExportSummary, advance: Callable[[int], None]) -> None:
    import xlsxwriter

    # XlsxWriter keeps each sheet's rows in a file until it zips them: in a folder of our
    # own next to the output, removed whatever happens (a failed export is not packaged).
    with tempfile.TemporaryDirectory(dir=tmp.parent, prefix=f"{tmp.name}.parts-") as parts:
        book = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "strings_to_formulas": False,
            "strings_to_numbers": False, "strings_to_urls": False, "tmpdir": parts})
        formats = {"header": book.add_format({"bold": True, "bg_color": "#E8EEF4"}),
                   "date": book.add_format({"num_format": "yyyy-mm-dd"}),
                   "datetime": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
                   "quoted": book.add_format({"quote_prefix": True})}
        about = book.add_worksheet("about")
        summary.sheets.append("about")
        runs = [_SheetRun(book, "facts", headings, FACTS_SCHEMA, formats, summary)]
        for batch in builder.batches():
            runs[0].write(batch)
            advance(batch.num_rows)
        runs[0].close()
        summary.facts = runs[0].rows
        for name in TABLES:
            columns = [c for c in SCHEMAS[name].names if c not in SKIPPED_COLUMNS.get(name, ())]
            schema = pa.schema([SCHEMAS[name].field(c) for c in columns])
            run = _SheetRun(book, name, columns, schema, formats, summary)
            for batch in builder.tables.batches(name, columns):
                run.write(batch)
                advance(batch.num_rows)
            run.close()
            runs.append(run)
        _write_about(about, formats, out, runs, summary, builder.tables.lake_versions)
        book.close()


# --------------------------------------------------------------------------- csv, parquet


def _write_csv(builder: FactsBuilder, tmp: Path, headings: list[str], summary: ExportSummary,
               advance: Callable[[int], None]) -> None:
    options = pacsv.WriteOptions(include_header=True, eol="\r\n")
    schema = pa.schema([f.with_name(h) for f, h in zip(FACTS_SCHEMA, headings, strict=True)])
    with open(tmp, "wb") as handle:
        handle.write("\ufeff".encode())  # the BOM: Excel reads the file as UTF-8
        with pacsv.CSVWriter(handle, schema, write_options=options) as writer:
            for batch in builder.batches():
                ready = _spreadsheet_ready(batch, summary, quote=True).rename_columns(headings)
                writer.write_table(ready.cast(schema))
                summary.facts += batch.num_rows
                advance(batch.num_rows)


def _write_parquet(builder: FactsBuilder, tmp: Path, headings: list[str],
                   summary: ExportSummary, advance: Callable[[int], None]) -> None:
    schema = pa.schema([f.with_name(h) for f, h in zip(FACTS_SCHEMA, headings, strict=True)],
                       metadata=FACTS_SCHEMA.metadata)
    with pq.ParquetWriter(tmp, schema) as writer:
        for batch in builder.batches():
            writer.write_table(batch.rename_columns(headings).cast(schema))
            summary.facts += batch.num_rows
            advance(batch.num_rows)


# --------------------------------------------------------------------------- export


def format_of(path: str | os.PathLike[str]) -> Format:
    """The format a file name asks for (its suffix)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"{path}: cannot tell the format from the suffix; use .xlsx, .csv "
                         f"or .parquet")
    return suffix


def export_facts(out: str | os.PathLike[str], path: str | os.PathLike[str], *,
                 format: Format | None = None, headings: Headings = "en",
                 run_id: str | None = None, on_start: Callable[[int], None] | None = None,
                 on_rows: Callable[[int], None] | None = None) -> ExportSummary:
    """Write the facts view of a convert output or lake `out` to `path` as xlsx (plus one
    sheet per table), CSV or Parquet (format from the suffix unless given), atomically.
    `headings="zh"` gives the facts Chinese column headings. `on_start(total rows)` and
    `on_rows(rows written)` report progress; rows are streamed in batches."""
    kind = format or format_of(path)
    if kind not in FORMATS:
        raise ValueError(f"unknown format {kind!r}; one of {', '.join(FORMATS)}")
    names = headings_of(headings)
    builder = FactsBuilder(Tables(out, run_id))
    if on_start is not None:
        total = builder.rows + (sum(builder.tables.num_rows(t) for t in TABLES)
                                if kind == "xlsx" else 0)
        on_start(total)
    advance = on_rows or (lambda _rows: None)
    target = Path(path)
    summary = ExportSummary(target, kind)
    with atomic_path(target) as tmp:
        if kind == "xlsx":
            _write_xlsx(builder, tmp, Path(out), names, summary, advance)
        elif kind == "csv":
            _write_csv(builder, tmp, names, summary, advance)
        else:
            _write_parquet(builder, tmp, names, summary, advance)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
    summary.bytes = target.stat().st_size
    return summary
