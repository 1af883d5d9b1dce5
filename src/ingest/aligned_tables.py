"""Tables copied a cell a line with no row numbers, their rows found by placing lines by kind.

A plan's indicator table (指标 | 2020年 | 2025年 | 属性) copied from a web page puts each
cell on a line of its own, and drops the cells that were empty: a group's row
(一、发展水平) has its label only. With no 序号 column, nothing says where a row starts
but the kind of its lines: a row opens on its label (words), then come figures under the
figure columns. `rebuild_aligned_tables` finds a header of short column names (one of
them a year or a figure's name), then places the lines after it with
`row_alignment.segment_rows`, each row starting again at the label column, and makes the
run one table block when its lines place well.
"""

from __future__ import annotations

import re

from zhibiao.ingest.document import Block, Cell, replace_runs, strip_span
from zhibiao.ingest.flat_forms import cell_span
from zhibiao.ingest.numbered_tables import cell_text
from zhibiao.ingest.row_alignment import (
    ITEM_MARK,
    MAX_COST_PER_LINE,
    MISMATCH,
    CellKind,
    ColumnKind,
    cell_kind,
    column_kind,
    segment_rows,
)
from zhibiao.limits import check_table

#: A header cell: a short line that is no sentence and no figure.
MAX_HEADER_CHARS = 12
#: Columns a header has, the label column included.
MIN_COLUMNS, MAX_COLUMNS = 3, 8
#: A body line this long with a sentence's marks is the prose after the table.
MAX_CELL_CHARS = 40
_SENTENCE_MARKS = re.compile(r"[。；;！？!?]")
#: Fewest rows holding a figure for a run to be a table.
MIN_FIGURE_ROWS = 2


#: A year's column named with what its figures are (2010年实绩, 2015年目标, 2020年基期值): a
#: header, though it reads like a figure with a unit.
_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}\s*年(?:末|底)?\s*(?:实绩|实际|实际值|完成|完成值|目标"
                          r"|目标值|预期|预期值|规划|规划值|基数|基期|基期值|现状|现状值|预计)$")


def _is_header(text: str, block: Block) -> bool:
    line = cell_text(text, block)
    return block.kind != "table" and 0 < len(line) <= MAX_HEADER_CHARS \
        and not ITEM_MARK.match(line) \
        and (cell_kind(line) in ("words", "date") or bool(_YEAR_HEADER.match(line))) \
        and not _SENTENCE_MARKS.search(line) and not re.search(r"[,，:：]", line)


def _is_body_line(text: str, block: Block) -> bool:
    line = cell_text(text, block)
    return block.kind != "table" and bool(line) \
        and not (len(line) > MAX_CELL_CHARS and _SENTENCE_MARKS.search(line))


def _table_at(text: str, blocks: list[Block], i: int) -> tuple[Block, int] | None:
    """The table whose header starts at blocks[i], and the index after it."""
    j = i
    while j < len(blocks) and j - i < MAX_COLUMNS and _is_header(text, blocks[j]):
        j += 1
    names = [re.sub(r"\s+", "", cell_text(text, b)) for b in blocks[i:j]]
    if not MIN_COLUMNS <= len(names) <= MAX_COLUMNS:
        return None
    columns = [column_kind(name) for name in names]
    # a label column first, and a column of figures after it (2020年, 目标值)
    if columns[0] != "words" or "figure" not in columns[1:]:
        return None
    end = j
    while end < len(blocks) and _is_body_line(text, blocks[end]):
        end += 1
    body = blocks[j:end]
    kinds = [cell_kind(cell_text(text, b)) for b in body]
    placed = segment_rows(kinds, columns)
    if placed is None:
        return None
    rows, used = placed
    figure_rows = sum(1 for row in rows if any(
        kinds[k] in ("figure", "mark") for c, cell in enumerate(row) for k in cell
        if columns[c] == "figure"))
    if figure_rows < MIN_FIGURE_ROWS or _mismatches(rows, kinds, columns) \
            > MAX_COST_PER_LINE * used:
        return None
    header = tuple(Cell(*strip_span(text, b.start, b.end)) for b in blocks[i:j])
    grid = [header]
    for row in rows:
        cells = []
        for cell in row:
            if not cell:
                at = body[row[0][0]].start if row[0] else body[0].start
                cells.append(Cell(at, at))
                continue
            start, _ = cell_span(text, body[cell[0]].start, body[cell[0]].end)
            _, stop = cell_span(text, body[cell[-1]].start, body[cell[-1]].end)
            cells.append(Cell(start, stop))
        grid.append(tuple(cells))
    check_table(len(grid), len(header))
    last = body[used - 1]
    return Block("table", header[0].start, last.end, rows=tuple(grid)), j + used


def _mismatches(rows: list[tuple[tuple[int, ...], ...]], kinds: list[CellKind],
                columns: list[ColumnKind]) -> float:
    """What the lines' kinds cost in the columns they were placed in (the acceptance)."""
    return sum(MISMATCH[kinds[k]][columns[c]] for row in rows for c, cell in enumerate(row)
               for k in cell)


def rebuild_aligned_tables(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks with each run of one-cell lines under a header of column names that
    places as rows (a label, then figures under the figure columns) made one table."""
    return replace_runs(blocks, lambda i: _table_at(text, blocks, i))
