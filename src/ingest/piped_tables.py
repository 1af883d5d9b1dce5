"""Tables a page copied one cell per line with a pipe after each cell: cut back into rows.

Some page converters write every table cell on a line of its own, `text |`, and an empty
cell as a bare `|`. A grid's rows then survive only as a count: with its empty cells kept,
a table of `w` columns is a header of `w` word cells followed by rows of `w` cells each.
`rebuild_piped_tables` finds the width (and how many title lines stand over the header)
that cuts a run of such lines into a header and rows that each open on a label, and
replaces the run with one table block; the parse layer reads it like any table.
(Performance forms, whose rows lose their merged cells, are rebuilt by their template in
ingest/flat_forms.py first; tables of a label and figures without pipes in ingest/text.py.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from zhibiao.ingest.document import Block, Cell, strip_span
from zhibiao.limits import check_table

#: Fewest and most columns tried, and how many title lines may stand over the header.
MIN_COLUMNS, MAX_COLUMNS, MAX_TITLE_LINES = 3, 16, 4
#: Fewest data rows for a run of lines to be a table.
MIN_ROWS = 2
#: The longest header cell (a header names a column; a sentence is no header).
MAX_HEADER_CHARS = 20
#: The longest cell text (a 评分规则 or 说明 cell may be a sentence).
MAX_CELL_CHARS = 200
_FIGURE = re.compile(r"^[-−+]?[\d,，.]+\s*%?$")
_DIGIT = re.compile(r"\d")
_NON_YEAR_DIGIT = re.compile(r"\d(?!\d*\s*年)")


@dataclass(frozen=True, slots=True)
class _PipedCell:
    """One cell of the copy: its text's span (empty for an empty cell) and the blocks,
    first to last, its text and its pipe stand on."""

    start: int
    end: int
    first: int
    last: int


def _piped_cells(text: str, blocks: list[Block], i: int) -> list[_PipedCell]:
    """The cells of the run of piped lines from block i: `text |` is a cell, a bare `|`
    closes the text on the line before it (目标名称 / |) or, with none, is an empty cell."""
    cells: list[_PipedCell] = []
    pending: tuple[int, int, int] | None = None  # a cell's text waiting for its pipe
    for k in range(i, len(blocks)):
        block = blocks[k]
        if block.kind == "table":
            break
        start, end = strip_span(text, block.start, block.end)
        pipes = text.count("|", start, end)
        if pipes == 1 and text[end - 1] == "|":
            body_start, body_end = strip_span(text, start, end - 1)
            if body_end > body_start:  # `text |`: a whole cell
                if pending is not None:
                    break
                cells.append(_PipedCell(body_start, body_end, k, k))
            elif pending is not None:  # the pipe after the text on the line before
                cells.append(_PipedCell(pending[0], pending[1], pending[2], k))
                pending = None
            else:
                cells.append(_PipedCell(start, start, k, k))
        elif pipes == 0 and pending is None and end - start <= MAX_CELL_CHARS:
            pending = (start, end, k)
        else:
            break
    return cells


def _is_header(text: str, cells: list[tuple[int, int]]) -> bool:
    """Words naming columns: short, no figure but a year (2025年目标值), no two the same
    side by side."""
    texts = [text[start:end] for start, end in cells]
    return all(0 < len(t) <= MAX_HEADER_CHARS and not _NON_YEAR_DIGIT.search(t)
               for t in texts) and all(a != b for a, b in pairwise(texts))


def _rows(text: str, cells: list[tuple[int, int]], width: int) -> int:
    """How many whole rows of `width` cells follow the header, each opening on a label (no
    figure) and holding a figure or, when it heads a part (一、投入目标), nothing else."""
    count = 0
    for at in range(width, len(cells) - width + 1, width):
        row = [text[start:end] for start, end in cells[at : at + width]]
        if not row[0] or _FIGURE.match(row[0]):
            break
        if not any(_DIGIT.search(t) for t in row[1:]) and any(row[1:]):
            break
        count += 1
    return count


def _fit(text: str, cells: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """(title lines, width, rows) that cut the cells into a header and the most rows,
    covering all but less than a row of them; None when no cut makes a table."""
    best: tuple[int, int, int] | None = None
    for skip in range(MAX_TITLE_LINES + 1):
        for width in range(MIN_COLUMNS, MAX_COLUMNS + 1):
            run = cells[skip:]
            if len(run) < width * (MIN_ROWS + 1) or not _is_header(text, run[:width]):
                continue
            rows = _rows(text, run, width)
            if rows < MIN_ROWS or len(run) - width * (rows + 1) >= width:
                continue
            if best is None or rows * width > best[2] * best[1]:
                best = (skip, width, rows)
    return best


def rebuild_piped_tables(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks with each run of piped cell lines that cuts into a header and rows made
    one table block; lines before the header stay as they are."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        cells = _piped_cells(text, blocks, i)
        fit = _fit(text, [(c.start, c.end) for c in cells]) \
            if len(cells) >= MIN_COLUMNS * (MIN_ROWS + 1) else None
        if fit is None:
            out.append(blocks[i])
            i += 1
            continue
        skip, width, rows = fit
        used = cells[skip : skip + width * (rows + 1)]
        first, last = used[0].first, used[-1].last
        out.extend(blocks[i:first])
        grid = tuple(tuple(Cell(c.start, c.end) for c in used[r : r + width])
                     for r in range(0, len(used), width))
        check_table(len(grid), width)
        out.append(Block("table", blocks[first].start, blocks[last].end, rows=grid))
        i = last + 1
    return out
