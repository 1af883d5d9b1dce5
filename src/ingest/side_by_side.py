"""Forms that set two copies of their indicator columns side by side: one copy under the other.

The national 项目支出绩效目标申报表 prints its 中期 and 年度 indicators side by side:
`一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值`. A page copy that
lost the merged cells leaves rows such as `购买标准试剂 | ≥100个 | 购买标准试剂 | ≥100个`,
which no single header can place. `stack_side_by_side` cuts each row in two halves of equal
length (after the lead cells it kept), right-aligns each half under its own copy of the
columns, and writes the left side's rows and then the right side's under a header of their
own, the missing merged cells standing in (covered) from the row above on the same side.
"""

from __future__ import annotations

from zhibiao.ingest.document import Block, Cell
from zhibiao.ingest.flat_forms import END_WORDS, cell_label, filled_cells, opens_indicator_header

#: Fewest columns a repeated group holds (三级指标 | 指标值).
MIN_GROUP = 2


def _sides(labels: list[str]) -> tuple[int, int] | None:
    """(lead columns, group width) when the header after its lead columns is one group of
    columns twice over; None otherwise."""
    for lead in range(len(labels)):
        rest = labels[lead:]
        group, odd = divmod(len(rest), 2)
        if group >= MIN_GROUP and not odd and rest[:group] == rest[group:]:
            return lead, group
    return None


def _halves(cells: list[Cell], lead: int, group: int) -> tuple[int, int] | None:
    """(lead cells kept, cells a side) for a data row: what is left after the lead cells
    splits in two equal halves no wider than a group."""
    for kept in range(min(lead, len(cells) - 1), -1, -1):
        side, odd = divmod(len(cells) - kept, 2)
        if not odd and 0 < side <= group:
            return kept, side
    return None


def _placed(lead_cells: list[Cell], side: list[Cell], lead: int, group: int,
            above: tuple[Cell, ...] | None) -> tuple[Cell, ...]:
    """A row of `lead + group` columns: the lead cells kept on the left, the side's cells
    right-aligned under its columns, every column left out a covered copy of the row above
    (a merged cell), or empty at the first row."""
    def missing(k: int) -> Cell:
        if above:
            return Cell(above[k].start, above[k].end, covered=True)
        return Cell(side[0].start, side[0].start)
    leads = [*lead_cells, *(missing(k) for k in range(len(lead_cells), lead))]
    return (*leads, *(missing(lead + k) for k in range(group - len(side))), *side)


def _stacked(text: str, block: Block) -> Block:
    rows = list(block.rows)
    at = next((r for r, row in enumerate(rows) if opens_indicator_header(text, row)), None)
    if at is None:
        return block
    header = filled_cells(rows[at])
    shape = _sides([cell_label(text[c.start : c.end]) for c in header])
    if shape is None:
        return block
    lead, group = shape
    end = at + 1
    cut: list[tuple[list[Cell], list[Cell], list[Cell]]] = []  # (lead, left, right)
    while end < len(rows):
        cells = filled_cells(rows[end])
        if not cells or any(cell_label(text[cells[0].start : cells[0].end]).startswith(w)
                            for w in END_WORDS):
            break
        halves = _halves(cells, lead, group)
        if halves is None:
            return block  # a row the two sides cannot share: not this layout
        kept, side = halves
        cut.append((cells[:kept], cells[kept : kept + side], cells[kept + side :]))
        end += 1
    if not cut:
        return block
    stacked: list[tuple[Cell, ...]] = []
    for k in range(2):
        stacked.append((*header[:lead], *header[lead + k * group : lead + (k + 1) * group]))
        above: tuple[Cell, ...] | None = None
        for lead_cells, left, right in cut:
            above = _placed(lead_cells, left if k == 0 else right, lead, group, above)
            stacked.append(above)
    grid_width = max(len(r) for r in rows)
    pad = block.end
    stacked = [r + (Cell(pad, pad),) * (grid_width - len(r)) for r in stacked]
    return Block("table", block.start, block.end,
                 rows=(*rows[:at], *stacked, *rows[end:]))


def stack_side_by_side(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks, a side-by-side form table's two sides stacked one under the other."""
    return [_stacked(text, b) if b.kind == "table" else b for b in blocks]
