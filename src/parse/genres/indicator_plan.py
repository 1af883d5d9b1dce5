"""Plans with an indicator table (序号 / 指标名称 / 2025年目标值, 基期值, 属性) in their prose.

Each table row is an indicator of the plan; the figure in its 目标值 column is a target
value dated by the column's year (2025年目标值 → 2025), the one in a 基期值 / 现状值
column a baseline. The table comes as a grid (HTML, PDF) or flattened to text one cell
per paragraph, as in samples/004_district_fyp_plan.txt; both give the same rows. The
prose around the table is read by the prose reader (genres/prose.py: targets with their
sections, 2025 by default).
"""

from __future__ import annotations

import re

from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres import GenreMismatch
from zhibiao.parse.genres.cells import emit_values
from zhibiao.parse.genres.figure_table import unit_of_header, without_unit
from zhibiao.parse.genres.prose import read_prose
from zhibiao.parse.sections import section_at
from zhibiao.parse.tables import ColumnCues, find_header, origin_span, squash, table_blocks
from zhibiao.parse.values import is_unit, year_period

COLUMNS: ColumnCues = {
    "number": ("序号",),
    "name": ("指标名称", "指标"),
    "target": ("目标值", "目标", "规划值"),
    # (2010年实绩 beside 2015年目标: where the plan starts from)
    "baseline": ("基期值", "现状值", "基数", "基准值", "实绩"),
    "attribute": ("属性",),
    "unit": ("单位", "计量单位"),
}
REQUIRED = ("name", "target")
_YEAR = re.compile(r"(20\d{2})\s*年")
_ROW_NUMBER = re.compile(r"\d{1,3}")

Span = tuple[int, int]
PlanRow = dict[str, Span]


def _column_year(doc: SourceDocument, header: dict[str, Span], role: str = "target") -> int | None:
    span = header.get(role)
    m = _YEAR.search(doc.text[span[0] : span[1]]) if span else None
    return int(m.group(1)) if m else None


def _grid_rows(doc: SourceDocument, block: Block) -> tuple[dict[str, Span], list[PlanRow]] | None:
    header = find_header(doc, block, COLUMNS, required=REQUIRED)
    if header is None:
        return None
    head_row = block.rows[header.row]
    columns = dict(header.columns)
    target = columns["target"]
    # “十四五”目标 over 2025年 | 年均[累计]: each column the target's cell spans holds targets
    for extra, c in enumerate(range(target + 1, len(head_row)), start=2):
        if not head_row[c].covered or head_row[c].start != head_row[target].start:
            break
        columns[f"target{extra}"] = c
    names = {role: (head_row[c].start, head_row[c].end) for role, c in columns.items()}
    rows = []
    for row in block.rows[header.row + 1 :]:
        cells = {role: origin_span(row, c) for role, c in columns.items()}
        if cells.get("name"):
            rows.append({role: span for role, span in cells.items() if span})
    return names, rows


def _flat_rows(doc: SourceDocument) -> tuple[dict[str, Span], list[PlanRow], list[Block]]:
    """A table flattened to one paragraph per cell: the header cells in a row of
    paragraphs (序号, 指标名称, 2025年目标值 …), then the rows, each opening with its
    序号. Returns the header, the rows and the blocks they used."""
    blocks = [b for b in doc.blocks if b.kind != "table"]
    texts = [squash(doc.block_text(b)) for b in blocks]
    for i, text in enumerate(texts):
        if text not in COLUMNS["number"] and text not in COLUMNS["name"]:
            continue
        roles: list[str] = []
        j = i
        while j < len(texts) and len(texts[j]) <= 12:
            role = next((r for r, words in COLUMNS.items()
                         if r not in roles and any(w in texts[j] for w in words)), None)
            if role is None:
                break
            roles.append(role)
            j += 1
        if "name" not in roles or "target" not in roles:
            continue
        header = {role: (blocks[i + k].start, blocks[i + k].end) for k, role in enumerate(roles)}
        rows: list[PlanRow] = []
        used = blocks[i:j]
        while j + len(roles) <= len(blocks) and (
                "number" not in roles or _ROW_NUMBER.fullmatch(texts[j])):
            cells = blocks[j : j + len(roles)]
            rows.append({role: (b.start, b.end) for role, b in zip(roles, cells, strict=True)})
            used.extend(cells)
            j += len(roles)
            if "number" not in roles:
                break  # without row numbers only one row can be told from the prose
        return header, rows, used
    return {}, [], []


def _caption(doc: SourceDocument, at: int) -> tuple[str, int, int]:
    """The table's title: the last paragraph before it that names an indicator table
    (拱墅区应急管理“十四五”规划指标表), else 主要指标."""
    before = [b for b in doc.blocks if b.end <= at and b.kind != "table"][-3:]
    for block in reversed(before):
        text = doc.block_text(block).strip()
        if "指标" in text and len(text) <= 40:
            return text, block.start, block.end
    return "主要指标", at, at


def _emit_rows(doc: SourceDocument, builder: RecordBuilder, header: dict[str, Span],
               rows: list[PlanRow]) -> None:
    year = _column_year(doc, header)
    period = year_period(year) if year else None
    base_year = _column_year(doc, header, "baseline")  # (2010年实绩: the base's year)
    base_period = year_period(base_year) if base_year else None
    table_start = min(span[0] for span in header.values())
    section = section_at(doc, table_start)
    caption, start, end = _caption(doc, table_start)
    target_id = builder.add_target(caption, start, end, section=section)
    for row in rows:
        name_span = row["name"]
        name = squash(doc.text[name_span[0] : name_span[1]])
        # (单位 | %: the unit of the row's bare figures, 5左右 → 5%; 农业增加值(亿元): the
        # name's bracket says it)
        unit_text = squash(doc.text[slice(*row["unit"])]) if "unit" in row else ""
        named_unit = unit_of_header(name)
        unit = unit_text if is_unit(unit_text) else named_unit
        indicator = (without_unit(name) if named_unit else name, *name_span)
        for role in (r for r in row if r.startswith("target")):
            # (与经济增长基本同步 in a target column: a target in words)
            emit_values(doc, builder, *row[role], role="target", indicator=indicator,
                        bare=True, period=period, target_id=target_id, section=section,
                        whole_cell=True, unit=unit)
        if "baseline" in row:
            emit_values(doc, builder, *row["baseline"], role="baseline", target_id=target_id,
                        indicator=indicator, bare=True, section=section, unit=unit,
                        period=base_period)


def parse_indicator_plan(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """The plan's indicator table, then the figures of its prose."""
    used_blocks: set[int] = set()
    found = False
    for block in table_blocks(doc):
        grid = _grid_rows(doc, block)
        if grid is not None:
            found = True
            _emit_rows(doc, builder, *grid)
            used_blocks.add(block.start)
    if not found:
        header, rows, used = _flat_rows(doc)
        if rows:
            found = True
            _emit_rows(doc, builder, header, rows)
            used_blocks.update(b.start for b in used)
    if not found:
        raise GenreMismatch("no 指标名称 / 目标值 table")
    prose = [b for b in doc.blocks if b.start not in used_blocks and b.kind != "table"]
    return read_prose(doc, builder, prose, genre="indicator_plan")
