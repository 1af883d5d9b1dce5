"""Rows of a pipe table that lost merged cells, put back under the columns they belong to.

A page copied as `a | b | c` rows drops the cells a merged cell covered: a second header
row loses the cells left of the merged one above it (增、减金额 | 增、减幅度 under 比上年增、减
情况), and an item's further rows lose the item's own cells (新建城市口袋公园2处; | 11月 |
建设局 under 项目名称 | 工作任务 | 计划完成时间 | 牵头单位). `place_lost_cells` puts both back,
the missing cells covered copies of the ones that spanned them; performance forms are left
to their template (flat_forms.realign_form_rows).
"""

from __future__ import annotations

import re

from zhibiao.ingest.document import Cell
from zhibiao.ingest.flat_forms import FUND_HEADER_WORDS, INDICATOR_FIRST_COLUMN, filled_cells
from zhibiao.ingest.row_alignment import (
    MISMATCH,
    align_row,
    cell_kind,
    column_kind,
    placement_cost,
)

Rows = tuple[tuple[Cell, ...], ...]

#: The longest cell of a second header row, and how many title rows may stand over the first.
MAX_SUB_HEADER_CHARS = 12
MAX_TITLE_ROWS = 2
_HAN = re.compile(r"[\u4e00-\u9fff]")
_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}\s*年")
#: A form's title word (项目支出绩效目标申报表): its head rows (项目名称 | …, 中期资金总额: |
#: 68.50 | 年度资金总额: | 51.35) keep their cells where they are.
FORM_WORD = "绩效"
#: Header cells of a performance form's parts.
FORM_HEADER_WORDS: tuple[str, ...] = (*INDICATOR_FIRST_COLUMN, *FUND_HEADER_WORDS)
#: How much cheaper a short row must place by its cells' kinds than from the first column
#: for it to move right (a total row, 合计 | 100, stays where it is).
SHIFT_MARGIN = 1.0


def place_lost_cells(text: str, rows: Rows) -> Rows:
    """The rows with a second header row under the cell merged over its columns and, in a
    table that holds no performance form, short rows moved under the columns their cells'
    kinds fit."""
    rows = _sub_header_placed(text, rows)
    return rows if _holds_form(text, rows) else _short_rows_placed(text, rows)


def _sub_header_placed(text: str, rows: Rows) -> Rows:
    """项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | (its last cell merged over two
    columns) then 增、减金额 | 增、减幅度: the second header row's words stand under the
    merged cell, as many as the columns it spans; the first row's other cells cover it.
    Several merged cells share the second row's words evenly (序号 | 类型名称 | 计划下达 |
    投资完成 | 完成率 over 年度计划 | 中央资金 | 计划完成 | 中央完成 | 年度计划 | 中央资金: two
    each), the cells before them covering the columns they head alone."""
    for at in range(min(MAX_TITLE_ROWS + 1, len(rows) - 2)):  # (title rows over it)
        top, sub = rows[at], rows[at + 1]
        width = len(top)
        named = len(filled_cells(top))
        # (an empty cell before the words: a 序号 table's padding, no column of them)
        below = filled_cells(sub)
        while below and below[0].end <= below[0].start:
            below.pop(0)
        if not 1 < named < width or len(filled_cells(rows[at + 2])) <= len(below) \
                or not all(_header_words(text[c.start : c.end])
                           for c in (*top[:named], *below)):
            continue
        # the merged cells: the last `groups` of the named ones, over `span` columns each
        groups = named - (width - len(below))
        if groups < 1 or len(below) % groups or (groups > 1 and len(below) // groups < 2):
            continue
        span = len(below) // groups
        lead = named - groups
        first = (*top[:lead], *(Cell(c.start, c.end, covered=k > 0)
                                for c in top[lead:named] for k in range(span)))
        second = (*(Cell(c.start, c.end, covered=True) for c in top[:lead]), *below)
        return (*rows[:at], first, second, *rows[at + 2 :])
    return rows


def _header_words(cell: str) -> bool:
    """A header cell: short words (2023年预算数 too), no figure (≥57个) nor sentence."""
    cell = cell.strip()
    kind = cell_kind(cell)
    return 0 < len(cell) <= MAX_SUB_HEADER_CHARS and _HAN.search(cell) is not None \
        and (kind in ("words", "date", "item") or _YEAR_HEADER.match(cell) is not None)


def _holds_form(text: str, rows: Rows) -> bool:
    """Whether the rows hold a performance form's indicator or fund header: its rows are
    put back by the form's template (flat_forms.realign_form_rows), not by kind."""
    cells = [re.sub(r"\s+", "", text[c.start : c.end]) for row in rows for c in row]
    return any(c.startswith(FORM_HEADER_WORDS) or FORM_WORD in c for c in cells)


def _short_rows_placed(text: str, rows: Rows) -> Rows:
    """Rows that lost their merged first cells (项目名称 | 工作任务 | 计划完成时间 | 牵头单位
    over 新建城市口袋公园2处; | 11月 | 建设局: the project's cell spans the rows) moved right
    to the columns their cells' kinds fit (row_alignment), the columns left of them covered
    copies of the row above's; a row that fits best from the first column stays."""
    header = [re.sub(r"\s+", "", text[c.start : c.end]) for c in rows[0]]
    if not all(header):
        return rows  # (no column without its header: nothing says what it holds)
    columns = [column_kind(h) for h in header]
    width = len(columns)
    out = [rows[0]]
    shift = 0  # where the last row moved to opens (a table's further rows open alike)
    for row in rows[1:]:
        cells = filled_cells(row)
        now = 0  # where the row opens as it is (after an empty cell _under_numbers put)
        while cells and cells[0].end <= cells[0].start:
            cells.pop(0)
            now += 1
        above = out[-1]
        if len(cells) < 2 or len(cells) >= width or len(above) != width:
            out.append(row)  # (one cell alone says nothing of where it stands)
            shift = 0
            continue
        kinds = [cell_kind(text[c.start : c.end].strip()) for c in cells]
        if not MISMATCH[kinds[0]][columns[now]]:
            out.append(row)  # (事故起数 | 30起 under 指标 | 目标 | 完成: it opens where it is)
            shift = 0
            continue
        placed = align_row(kinds, columns)
        if placed is None or len(placed.rows) != 1 or placed.carried \
                or any(len(cell) > 1 for cell in placed.rows[0]):
            out.append(row)
            shift = 0
            continue
        at = [k for k, cell in enumerate(placed.rows[0]) if cell]
        if shift and at[0] != shift and shift + len(kinds) <= width \
                and placement_cost(kinds, columns, shift) <= placed.cost + SHIFT_MARGIN:
            at = list(range(shift, shift + len(kinds)))  # as the row above opens
        elif now + len(kinds) > width or at[0] <= now \
                or placement_cost(kinds, columns, now) < placed.cost + SHIFT_MARGIN:
            out.append(row)
            shift = 0
            continue
        moved = [Cell(above[k].start, above[k].end, covered=True) if k < at[0]
                 else Cell(cells[-1].end, cells[-1].end) for k in range(width)]
        for k, cell in zip(at, cells, strict=True):
            moved[k] = cell
        out.append(tuple(moved))
        shift = at[0]
    return tuple(out)
