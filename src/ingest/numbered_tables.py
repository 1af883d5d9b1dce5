"""Numbered tables a web page copied as text one cell per line: cut back into rows.

A 重点工作落实情况汇总表 stored as text loses its grid: 序号 / 重点工作 / 牵头责任单位 /
上半年落实情况, then 1 / its cells / 2 / its cells … each on a line of its own. The row
numbers still say where each row starts, and the header lines how many cells a row has:
`rebuild_numbered_tables` replaces such a run of lines with one table block, so the
parse layer reads each cell under its column's header.

A cell the page wrapped (市生态 / 环境局) is two short lines: in a row with more lines than
the header has columns, adjacent short lines are joined until the count fits; a row that
cannot be made to fit leaves the whole run as it was.
"""

from __future__ import annotations

import re

from zhibiao.ingest.document import Block, Cell, replace_runs
from zhibiao.limits import check_table

#: The header of the row-number column, which opens the header lines.
SERIAL_HEADERS = frozenset({"序号", "编号"})
#: A line holding a figure alone (4385, 110%, 1,234.5万元).
_FIGURE = re.compile(r"^[-−+]?\d[\d,，]*(?:\.\d+)?\s*[^\d\s]{0,4}$")
#: A header cell: a short line that is no sentence and no number.
MAX_HEADER_CHARS = 16
#: Fewest columns (the row-number column included) for a run to be taken as a table.
MIN_COLUMNS = 3
#: A wrapped short cell's pieces (a lead unit's name: 市生态 / 环境局) are this short.
MAX_WRAPPED_PIECE = 8
#: A cell that is only a row's number (1, 2., 3、): group 1 the number.
ROW_NUMBER = re.compile(r"^(\d{1,3})[.、．]?$")
_SENTENCE_MARKS = re.compile(r"[。；;，,：:！？!?]")


def _line(text: str, block: Block) -> str:
    return text[block.start : block.end].strip()


def _row_number(text: str, block: Block) -> int | None:
    m = ROW_NUMBER.match(_line(text, block)) if block.kind != "table" else None
    return int(m.group(1)) if m else None


def _is_header_cell(text: str, block: Block) -> bool:
    line = _line(text, block)
    return block.kind != "table" and 0 < len(line) <= MAX_HEADER_CHARS \
        and not _SENTENCE_MARKS.search(line) and ROW_NUMBER.match(line) is None


def _is_piece(line: str) -> bool:
    return len(line) <= MAX_WRAPPED_PIECE and not _SENTENCE_MARKS.search(line) \
        and not any(ch.isdigit() for ch in line)


def _fit(text: str, lines: list[Block], width: int) -> list[tuple[int, int]] | None:
    """The row's cells as (start, end) spans, `width` of them: adjacent short lines joined
    (a wrapped cell) until the count fits; None when it cannot be made to."""
    spans = [(b.start, b.end) for b in lines]
    while len(spans) > width:
        for k in range(len(spans) - 1):
            if _is_piece(text[spans[k][0] : spans[k][1]].strip()) \
                    and _is_piece(text[spans[k + 1][0] : spans[k + 1][1]].strip()):
                spans[k : k + 2] = [(spans[k][0], spans[k + 1][1])]
                break
        else:
            return None
    return spans if len(spans) == width else None


def _table_at(text: str, blocks: list[Block], i: int) -> tuple[Block, int] | None:
    """The numbered table whose header starts at blocks[i], and the index after it."""
    if blocks[i].kind == "table" or _line(text, blocks[i]) not in SERIAL_HEADERS:
        return None
    j = i + 1
    while j < len(blocks) and _is_header_cell(text, blocks[j]):
        j += 1
    width = j - i
    if width < MIN_COLUMNS or j >= len(blocks) or _row_number(text, blocks[j]) != 1:
        return None
    rows = [tuple(Cell(b.start, b.end) for b in blocks[i:j])]
    number = 1
    while j < len(blocks) and _row_number(text, blocks[j]) == number:
        k = j + 1
        while k < len(blocks) and blocks[k].kind != "table" \
                and _row_number(text, blocks[k]) != number + 1:
            k += 1
        last = k >= len(blocks) or _row_number(text, blocks[k]) != number + 1
        if last:
            k = min(k, j + width)  # the last row: as many lines as it has cells
            while _further_row(text, blocks, k, width - 1):
                k += width - 1  # …and the further rows of its item
        cells = _fit(text, blocks[j + 1 : k], width - 1)
        if cells is None:
            groups = _further_rows(text, blocks[j + 1 : k], width - 1)
            if groups is None:
                return None
            rows.append((Cell(blocks[j].start, blocks[j].end), *groups[0]))
            rows += [(Cell(group[0].start, group[0].start), *group) for group in groups[1:]]
        else:
            rows.append((Cell(blocks[j].start, blocks[j].end),
                         *(Cell(start, end) for start, end in cells)))
        j, number = k, number + 1
    check_table(len(rows), width)
    return Block("table", rows[0][0].start, rows[-1][-1].end, rows=tuple(rows)), j


def _opens_row(text: str, block: Block) -> bool:
    """Whether a line can open a further row of an item: words, no row number or figure."""
    line = _line(text, block)
    return block.kind != "table" and bool(line) and ROW_NUMBER.match(line) is None \
        and not _FIGURE.match(line)


def _further_rows(text: str, lines: list[Block], cells: int) -> list[tuple[Cell, ...]] | None:
    """An item's lines as rows of `cells` cells each, when they are: its first row, then
    further rows whose row number's cell the item's spans (1 / 新增4000张养老床位 / 4385 /
    110% / 新增800张…床位 / 810 / 101%), each opening on words; None otherwise."""
    if len(lines) <= cells or len(lines) % cells:
        return None
    groups = [lines[at : at + cells] for at in range(0, len(lines), cells)]
    if not all(_opens_row(text, group[0]) for group in groups[1:]):
        return None
    return [tuple(Cell(b.start, b.end) for b in group) for group in groups]


def _further_row(text: str, blocks: list[Block], at: int, cells: int) -> bool:
    """Whether the `cells` lines from `at` are one more row of the last item: words, then
    a figure among the rest."""
    group = blocks[at : at + cells]
    return len(group) == cells and all(b.kind != "table" for b in group) \
        and _opens_row(text, group[0]) \
        and any(_FIGURE.match(_line(text, b)) for b in group[1:])


def rebuild_numbered_tables(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks with each run of one-cell lines that opens on a 序号 header and goes on
    with rows numbered 1, 2, 3 … replaced by its table."""
    return replace_runs(blocks, lambda i: _table_at(text, blocks, i))
