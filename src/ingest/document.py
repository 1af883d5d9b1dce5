"""The in-memory document ingest hands to parse: normalized text cut into blocks.

Every reader (text, HTML, PDF) produces the same structure, so genre parsers do not care
where a document came from:

- `text` is the normalized text; every offset anywhere points into it.
- `blocks` are headings, paragraphs and tables in reading order.
- A table is a full grid: every row has one `Cell` per column. A merged cell appears at
  its origin (top-left slot) with `row_span`/`col_span` > 1, and every other slot it covers
  holds a Cell with the same offsets and `covered=True`, so `rows[r][c]` is always the
  text that applies to that slot.
- PDFs also give `boxes`: for each character of `text`, (page, x0, top, x1, bottom) in PDF
  points, from which `locate` derives the page and bbox of any span.
- OCR'd PDFs also give `confidences`: for each character, the OCR confidence (0-1) of the
  line it was read from, None for characters of a text layer; `confidence_of` gives a
  span's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, cast

BlockKind = Literal["heading", "paragraph", "table"]
Box = tuple[int, float, float, float, float]  # page (1-based), x0, top, x1, bottom


@dataclass(frozen=True, slots=True)
class Cell:
    """One slot of a table grid; its text is `SourceDocument.text[start:end]`."""

    start: int
    end: int
    row_span: int = 1
    col_span: int = 1
    covered: bool = False  # True for a slot covered by a merged cell above or to the left


def full_grid(placed: dict[tuple[int, int], Cell], covered: dict[tuple[int, int], tuple[int, int]],
              n_rows: int, n_cols: int, end: int) -> tuple[tuple[Cell, ...], ...]:
    """The rows of a table grid: each slot its placed cell, or, when a merged cell covers
    it, a covered copy of that cell's span (an empty one at `end` if the merged cell was
    never placed: overlapping cells in a PDF). The slots one merged cell covers share
    one covered copy (Cells are frozen; a budget table has thousands of such slots)."""
    copies: dict[tuple[int, int], Cell] = {}
    grid = []
    for r in range(n_rows):
        row = []
        for c in range(n_cols):
            at = covered.get((r, c))
            if at is None:
                row.append(placed[(r, c)])
                continue
            copy = copies.get(at)
            if copy is None:
                origin = placed.get(at)
                copy = copies[at] = (Cell(origin.start, origin.end, covered=True) if origin
                                     else Cell(end, end, covered=True))
            row.append(copy)
        grid.append(tuple(row))
    return tuple(grid)


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph or table; offsets index the document's normalized text."""

    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    rows: tuple[tuple[Cell, ...], ...] = ()
    level: int | None = None  # heading depth when the reader knows it (h1 → 1, 一、 → 1)


def replace_runs(blocks: list[Block],
                 table_at: Callable[[int], tuple[Block, int] | None]) -> list[Block]:
    """The blocks with each run that `table_at(i)` reads as one table from block i (the
    table, and the index of the block after the run) replaced by that table."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        found = table_at(i)
        if found is None:
            out.append(blocks[i])
            i += 1
        else:
            table, i = found
            out.append(table)
    return out


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span text[start:end] without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(slots=True)
class SourceDocument:
    """Everything ingest learned about one input; parse reads only this."""

    doc_id: str
    source: str
    media_type: str
    text: str
    blocks: list[Block]
    title: str | None = None
    issuer: str | None = None
    published: date | None = None
    pages: int | None = None
    #: The year the report is about (from its title, else its date); dates 1-9月 and 上半年.
    year: int | None = None
    warnings: list[str] = field(default_factory=list)
    #: One box per character of `text` for PDFs (None elsewhere).
    boxes: list[Box | None] | None = None
    #: Set by a reader that knows the document is incomplete (bad glyphs, OCR gaps).
    partial: bool = False
    #: One OCR confidence per character of `text` when some page was OCR'd (None for
    #: characters from a text layer and separators); None when nothing was OCR'd.
    confidences: list[float | None] | None = None

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def confidence_of(self, start: int, end: int) -> float | None:
        """OCR confidence of text[start:end]: the lowest of its characters' (a value is
        as trustworthy as its least certain character); None when none was OCR'd."""
        if not self.confidences:
            return None
        known = [c for c in self.confidences[start:end] if c is not None]
        return round(min(known), 4) if known else None

    def locate(self, start: int, end: int) -> tuple[int | None, list[float] | None]:
        """(page, bbox) of text[start:end]: the page of its first character, and the union
        of the boxes of its characters on that page. (None, None) without boxes."""
        if not self.boxes:
            return None, None
        spans = cast(list[Box], self.boxes[start:end])
        if None in spans:  # (separators between lines and cells have none)
            spans = [b for b in spans if b is not None]
        if not spans:
            return None, None
        # min and max of each side over the first page's boxes, written out (one pass,
        # the same comparisons: every value is asked for again by provenance)
        page, x0, top, x1, bottom = spans[0]
        for p, left, upper, right, lower in spans:
            if p != page:  # it runs on to another page
                continue
            if left < x0:
                x0 = left
            if upper < top:
                top = upper
            if right > x1:
                x1 = right
            if lower > bottom:
                bottom = lower
        return page, [x0, top, x1, bottom]
