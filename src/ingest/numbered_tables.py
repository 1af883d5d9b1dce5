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
from zhibiao.ingest.flat_forms import cell_span
from zhibiao.ingest.row_alignment import (
    MAX_COST_PER_LINE,
    MISMATCH,
    ColumnKind,
    align_row,
    cell_kind,
    column_kind,
)
from zhibiao.limits import check_table

#: The header of the row-number column, which opens the header lines.
SERIAL_HEADERS = frozenset({"序号", "编号"})
#: A line holding a figure alone (4385, 110%, 1,234.5万元).
_FIGURE = re.compile(r"^[-−+]?\d[\d,，]*(?:\.\d+)?\s*[^\d\s]{0,4}$")
#: A header cell: a short line that is no sentence and no number.
MAX_HEADER_CHARS = 20
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
    with rows numbered 1, 2, 3 … replaced by its table: rows whose lines fit the header
    exactly (or with wrapped cells joined) as they are, else rows whose cells the copy
    lost placed by the kind of each line (`_aligned_table_at`)."""
    return replace_runs(blocks, lambda i: _table_at(text, blocks, i)
                        or _aligned_table_at(text, blocks, i))


# --- rows that lost cells, placed by kind (ingest/row_alignment.py) -------------------------

#: Columns a header may have before its 序号 (领域 | 序号 | 主要指标 | …): their cells stand
#: before the row number of the first row of each group, spanning the group's rows.
MAX_LEAD_COLUMNS = 2
#: A run whose rows fit this badly (more than this share of them placed at over
#: MAX_COST_PER_LINE a line) is no table under this header.
MAX_MISFIT_SHARE = 0.25
#: An item's further row holds at least this many cells (a task and its deadline).
MIN_FURTHER_CELLS = 2
#: A row number may skip ahead (6, 52, 53 …: a bureau's share of a government's list).
MAX_ROW_NUMBER = 999


def cell_text(text: str, block: Block) -> str:
    """A line's text as a cell: a copy's trailing pipe (序号 |, 1100 |) dropped."""
    return text[slice(*cell_span(text, block.start, block.end))]


def _cell(text: str, block: Block) -> Cell:
    return Cell(*cell_span(text, block.start, block.end))


def _is_header_line(text: str, block: Block) -> bool:
    line = cell_text(text, block)
    return block.kind != "table" and 0 < len(line) <= MAX_HEADER_CHARS \
        and not _SENTENCE_MARKS.search(line) and ROW_NUMBER.match(line) is None


#: A lead column's header is a short word (领域, 类别, 大类), not the table's title above its
#: header (2016年民生实事目标任务分解表).
MAX_LEAD_HEADER_CHARS = 6


def _is_lead_header(text: str, block: Block) -> bool:
    line = cell_text(text, block)
    return _is_header_line(text, block) and len(line) <= MAX_LEAD_HEADER_CHARS \
        and not any(ch.isdigit() for ch in line) and not line.endswith("表")


def _number_of(text: str, block: Block) -> int | None:
    m = ROW_NUMBER.match(cell_text(text, block)) if block.kind != "table" else None
    return int(m.group(1)) if m else None


def _next_row_at(text: str, blocks: list[Block], start: int, number: int, skips: bool,
                 columns: list[ColumnKind], lead: int) -> int | None:
    """Where the row after row `number` (whose lines begin at `start`) begins: a line
    holding number + 1 (of those before number + 2, the one after which the row's lines
    place best: a figure cell 7 may stand before the row number 7), or, in a table whose
    numbers `skips` (one not opening on 1), a larger number followed by words (6, then
    52 / 建成…)."""
    candidates: list[int] = []
    for q in range(start + 1, len(blocks)):
        if blocks[q].kind == "table":
            break
        found = _number_of(text, blocks[q])
        if found == number + 1:
            candidates.append(q)
        elif found == number + 2 and candidates:
            break
        elif not candidates and skips and found is not None \
                and number + 1 < found <= MAX_ROW_NUMBER and q + 1 < len(blocks) \
                and cell_kind(cell_text(text, blocks[q + 1])) in ("words", "sentence"):
            return q
    if len(candidates) <= 1:
        return candidates[0] if candidates else None

    def cost(q: int) -> float:
        kinds = [cell_kind(cell_text(text, b)) for b in blocks[start + 1 : q]]
        aligned = align_row(kinds, columns, lead, merged_by_kind=True)
        return aligned.cost / max(1, len(kinds)) if aligned else float("inf")
    return min(candidates, key=cost)


def _aligned_table_at(text: str, blocks: list[Block], i: int) -> tuple[Block, int] | None:
    """The numbered table whose header starts at blocks[i] (a lead column or 序号), its
    rows' lines placed in its columns by kind; None when the run is no such table."""
    serial = next((k for k in range(i, min(i + MAX_LEAD_COLUMNS + 1, len(blocks)))
                   if blocks[k].kind != "table"
                   and cell_text(text, blocks[k]) in SERIAL_HEADERS), None)
    if serial is None or not all(_is_lead_header(text, blocks[k]) for k in range(i, serial)):
        return None
    j = serial + 1
    while j < len(blocks) and _is_header_line(text, blocks[j]):
        j += 1
    lead, first = serial - i, j
    if first >= len(blocks) or _number_of(text, blocks[first]) is None:
        return None
    # the first group's lead cells stand between the header and the first row number
    j -= lead
    names = [cell_text(text, b) for b in blocks[serial + 1 : j]]
    if len(names) < MIN_COLUMNS - 1 or any(name.startswith(("(", "（")) for name in names):
        return None  # (a header whose cells the copy wrapped: 总投资 / (万元) / 当年投资 …)
    columns = [column_kind(name) for name in names]
    header = tuple(_cell(text, b) for b in blocks[i:j])
    lead_cells = [_cell(text, b) for b in blocks[j:first]]
    skips = _number_of(text, blocks[first]) != 1
    rows: list[tuple[Cell, ...]] = [header]
    total_cost, total_lines, misfits = 0.0, first - j, 0
    at = first
    while at < len(blocks):
        number = _number_of(text, blocks[at])
        if number is None:
            break
        after = _next_row_at(text, blocks, at, number, skips, columns, lead)
        lines = blocks[at + 1 : after] if after is not None else _last_row(text, blocks, at,
                                                                           columns, lead)
        if not lines or any(b.kind == "table" for b in lines):
            break
        aligned = align_row([cell_kind(cell_text(text, b)) for b in lines], columns,
                            lead if after is not None else 0, merged_by_kind=True)
        if aligned is None or any(sum(1 for cell in row if cell) < MIN_FURTHER_CELLS
                                  for row in aligned.rows[1:]):
            return None  # (a lone line left over is no further row: the run is no table)
        total_cost += aligned.cost
        total_lines += len(lines) + 1
        misfits += aligned.cost > MAX_COST_PER_LINE * len(lines)
        number_cell = _cell(text, blocks[at])
        for k, placed in enumerate(aligned.rows):
            cells = [_joined(text, lines, indexes, number_cell.end) for indexes in placed]
            leads = lead_cells if k == 0 else [Cell(c.start, c.end, covered=True)
                                               for c in lead_cells]
            lead_row = leads + [Cell(number_cell.start, number_cell.start)] \
                * (lead - len(leads))
            rows.append((*lead_row, number_cell if k == 0
                         else Cell(number_cell.start, number_cell.start), *cells))
        carried = [_cell(text, lines[k]) for k in aligned.carried]
        lead_cells = carried or [Cell(c.start, c.end, covered=True) for c in lead_cells]
        at = after if after is not None else at + 1 + len(lines)
        if after is None:
            break
    total = _total_row(text, blocks, at, columns)
    if total is not None:  # 全省 | 1500 | 1110 | 74.00% …: the total row, unnumbered
        rows.append((*[Cell(blocks[at].start, blocks[at].start)] * (lead + 1), *total))
        total_lines += len(total)
        at += len(total)
    numbered = sum(1 for row in rows[1:] if row[lead].end > row[lead].start)
    if len(rows) < 3 or total_cost > MAX_COST_PER_LINE * total_lines \
            or misfits > MAX_MISFIT_SHARE * numbered:
        return None
    check_table(len(rows), len(header))
    return Block("table", header[0].start, rows[-1][-1].end if rows[-1][-1].end else at,
                 rows=tuple(rows)), at


def _total_row(text: str, blocks: list[Block], at: int,
               columns: list[ColumnKind]) -> list[Cell] | None:
    """The unnumbered row after the last numbered one (合计, 全省 and its figures), when
    its lines fill the columns one a line, figures under figures."""
    lines = blocks[at : at + len(columns)]
    if len(lines) < len(columns) or any(b.kind == "table" for b in lines):
        return None
    kinds = [cell_kind(cell_text(text, b)) for b in lines]
    if kinds[0] != "words" or "figure" not in kinds[1:] \
            or any(kind == "figure" and column != "figure"
                   for kind, column in zip(kinds, columns, strict=True)):
        return None
    if sum(MISMATCH[kind][column] for kind, column in zip(kinds, columns, strict=True)) \
            > MAX_COST_PER_LINE * len(columns):
        return None
    return [_cell(text, b) for b in lines]


def _joined(text: str, lines: list[Block], indexes: tuple[int, ...], empty_at: int) -> Cell:
    if not indexes:
        return Cell(empty_at, empty_at)
    start, _ = cell_span(text, lines[indexes[0]].start, lines[indexes[0]].end)
    _, end = cell_span(text, lines[indexes[-1]].start, lines[indexes[-1]].end)
    return Cell(start, end)


def _last_row(text: str, blocks: list[Block], at: int, columns: list[ColumnKind],
              lead: int) -> list[Block]:
    """The lines of the table's last row: as many as place at the least cost (each line
    that fits its column saves the cost of leaving the column empty), at most one a
    column, never a table block."""
    best: list[Block] = []
    best_cost = float("inf")
    for n in range(1, len(columns) + 1):
        lines = blocks[at + 1 : at + 1 + n]
        if len(lines) < n or lines[-1].kind == "table":
            break
        aligned = align_row([cell_kind(cell_text(text, b)) for b in lines], columns,
                            merged_by_kind=True)
        if aligned is not None and len(aligned.rows) == 1 and aligned.cost < best_cost:
            best, best_cost = lines, aligned.cost
    return best
