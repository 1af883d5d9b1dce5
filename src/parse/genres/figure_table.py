"""Tables of bare figures no genre reader took: each figure named and scaled by its headers.

统计公报, 政府信息公开年报, 部门预算 and 决算 print their figures in tables whose cells hold
a number and nothing else (| 规章 | 0 | 0 | 0 |, | 地区生产总值 | 亿元 | 617.50 | 5.2 |);
the grammar reads a bare number only when told what it is. For every table cell that is
one figure and nothing else (the value grammar reads the whole cell), this reader finds:

- the **row label**: the nearest cell to its left that is not a figure;
- the **column header**: the nearest cell above it that is not a figure;
- the **unit**: the row's 单位 column, else a unit the header writes ((万元), 单位：万元,
  a % at its end), else one stated for the whole table (a 单位：万元 line on top);
- the **indicator**: the row label and the header together (规章 + 本年制发件数), the
  label alone when the header only says it holds the figures (绝对数, 金额, 数值) or
  that they are changes (比上年增长%: the figure is the label's change, up);
- the **role**: from the header's words (预算, 目标 → target; 决算, 执行, 完成, 实际 →
  actual; 上年 → baseline), else the genre's prior (a plan's figures are targets, a
  report's actuals), else unknown.

A column of codes or row numbers (序号, 代码, a figure with leading zeros, 1 2 3 …) holds no
values, and a table with no header row above its figures is left to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres.cells import with_unit
from zhibiao.parse.tables import row_texts, table_blocks
from zhibiao.parse.values import ValueSpan, find_values

# --- data ----------------------------------------------------------------------------------

#: Header words naming a column of targets, actuals or baselines (checked in this order:
#: 上年预算数 is a baseline, 预算执行数 an actual).
HEADER_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("score", ("分值", "得分", "权重")),
    ("baseline", ("上年", "去年", "上一年", "基期", "基数")),
    ("actual", ("决算", "执行", "完成", "实际", "实绩", "实现")),
    ("target", ("预算", "目标", "计划", "指标值", "预期")),
)
#: Headers that only say the column holds the figures: the row label alone names them.
GENERIC_HEADERS: tuple[str, ...] = (
    "绝对数", "数值", "数量", "金额", "合计", "总计", "小计", "本年", "本期", "全年", "年度",
    "指标值", "数据", "单位", "计量单位", "单位名称",
)
#: Words that only say which figure of a row a column holds (上年预算数, 决算数, 全年执行数):
#: with them stripped nothing is left, so the row label alone names the figure and a
#: target and an actual of one row meet in attainment.
ROLE_ONLY_WORDS = re.compile(
    r"上年|去年|本年|当年|全年|年初|年度|调整后|预算|决算|执行|完成|实际|目标|计划|数|额|值")
#: Header words of a column of changes (比上年增长%): the figure is its label's change.
CHANGE_HEADERS: dict[str, str] = {"增长": "up", "增减": "up", "下降": "down", "减少": "down"}
#: Header words of a column that holds codes or row numbers, not values.
NOT_VALUE_HEADERS: tuple[str, ...] = (
    "序号", "编号", "代码", "编码", "代号", "电话", "邮编", "年份", "年度代码", "排名", "名次",
)
#: A header (or row label) ending in a measure word implies its figures' unit: 本年制发件数
#: counts 件, 完成率 is a %. A figure with no unit from anywhere is left alone (a code, a
#: year, a row number read as a value is worse than no value).
MEASURE_UNITS: dict[str, str] = {
    "件数": "件", "人数": "人", "人次": "人次", "户数": "户", "个数": "个", "起数": "起",
    "家数": "家", "家次": "家次", "次数": "次", "条数": "条", "项数": "项", "场次": "场次",
    "率": "%", "比重": "%", "占比": "%", "比例": "%", "百分比": "%", "分值": "分", "得分": "分",
}
#: Header words of the column holding each row's unit.
UNIT_HEADERS: tuple[str, ...] = ("计量单位", "单位")
#: 单位：万元 above a table (or in its first row) states every figure's unit.
_TABLE_UNIT = re.compile(r"(?:金额|计量)?单位\s*[:：]\s*(?P<unit>[^\s,，;；)）|]{1,4})")
#: A unit a header writes in brackets or at its end: 收费金额(万元), 增长%.
_HEADER_UNIT = re.compile(
    r"[(（](?:单位\s*[:：]\s*)?(?P<unit>[^()（）:：]{1,4})[)）]|(?P<pct>[%‰])\s*$")
#: A figure written as a code: leading zero(s) before more digits (000998, 01).
_CODE = re.compile(r"^0\d")
#: A list marker opening a row label (一、财政拨款, 1.一般公共预算, (二)).
_LIST_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．](?!\d)|[(（][一二三四五六七八九十\d]+[)）])")
#: A header or label has words, not only digits and signs.
_WORDS = re.compile(r"[^\W\d_]")
_MINUS = ("-", "−", "－")

Figure = tuple[int, int, ValueSpan]  # (row, column, the grammar's reading of the cell)
Period = tuple[date, date] | None


def _figure(doc: SourceDocument, start: int, end: int) -> ValueSpan | None:
    """The cell read as one figure (the grammar reads all of it), or None; a leading minus
    makes it negative."""
    text = doc.text[start:end].strip()
    if not text or _CODE.match(text):
        return None
    sign = 1
    if text.startswith(_MINUS):
        sign, text = -1, text[1:]
    spans = find_values(text, year=doc.year, bare=True)
    if len(spans) != 1 or spans[0].raw != text or spans[0].number is None:
        return None
    span = spans[0]
    if sign < 0:
        span = replace(span, number=-span.number, raw="-" + span.raw, start=0,
                       end=span.end + 1)
    return span


def _leading_unit(words: str) -> str | None:
    """The longest unit `words` starts with (万元收支预算总表 → 万元)."""
    return next((words[:n] for n in range(len(words), 0, -1) if words[:n] in cues.UNITS),
                None)


def _unit_of_header(header: str) -> str | None:
    m = _TABLE_UNIT.search(header)
    unit = _leading_unit(m.group("unit")) if m else None
    if unit:
        return unit
    m = _HEADER_UNIT.search(header)
    if m:
        unit = m.group("unit") or m.group("pct")
        if unit in cues.UNITS:
            return unit
    return None


def _table_unit(doc: SourceDocument, block: Block, texts: list[list[str]]) -> str | None:
    """A unit stated for the whole table: 单位：万元 in a row of its own on top, or on the
    line right before the table."""
    before = doc.text[max(0, block.start - 80) : block.start].rsplit("\n", 2)[-2:]
    for line in [*before, *("".join(row) for row in texts[:2])]:
        m = _TABLE_UNIT.search(line)
        unit = _leading_unit(m.group("unit")) if m else None
        if unit:
            return unit
    return None


def _measure_unit(*names: str) -> str | None:
    for name in names:
        bare = _HEADER_UNIT.sub("", name)
        for ending, unit in MEASURE_UNITS.items():
            if bare.endswith(ending):
                return unit
    return None


def _headers(texts: list[list[str]], first: int, columns: list[int]) -> dict[int, str]:
    """Column → its header: the nearest cell with words above the first row of figures.
    A header row that names exactly as many columns as hold figures, left of them (its
    stub cell left out: | 绝对数(亿元) | 比上年增长(%) | over 地区生产总值 | 617.50 | 5.2 |),
    names them in order."""
    if first > 0:
        named = [text for text in texts[first - 1] if _WORDS.search(text)]
        if len(named) == len(columns) and not _WORDS.search(
                texts[first - 1][columns[-1]] if columns[-1] < len(texts[first - 1]) else ""):
            return dict(zip(columns, named, strict=True))
    return {c: next((texts[up][c] for up in range(first - 1, -1, -1)
                     if c < len(texts[up]) and _WORDS.search(texts[up][c])), "")
            for c in columns}


def _role(header: str, genre_role: str) -> str:
    for role, words in HEADER_ROLES:
        if any(word in header for word in words):
            return role
    return genre_role


def _row_numbers(figures: list[Figure], column: int) -> bool:
    """A column of row numbers: its figures run 1, 2, 3 … down the table."""
    numbers = [span.number for _, c, span in figures if c == column]
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def read_figure_tables(doc: SourceDocument, builder: RecordBuilder, genre_role: str,
                       period: Period = None) -> list[str]:
    """Read the bare figures of every table (cells no reader took); `genre_role` is the
    role of a figure whose header says none; `period` dates the undated ones."""
    warnings = []
    for block in table_blocks(doc):
        if builder.taken(block):
            continue
        added = _read(doc, builder, block, genre_role, period)
        if added:
            warnings.append(f"table at offset {block.start}: {added} bare figures read by "
                            "their row and column headers")
    return warnings


def _read(doc: SourceDocument, builder: RecordBuilder, block: Block, genre_role: str,
          period: Period) -> int:
    texts = [row_texts(doc, row) for row in block.rows]
    figures: list[Figure] = []
    for r, row in enumerate(block.rows):
        for c, cell in enumerate(row):
            if cell.covered or cell.end <= cell.start or builder.has_value_at(cell.start,
                                                                              cell.end):
                continue
            span = _figure(doc, cell.start, cell.end)
            if span is not None:
                figures.append((r, c, span))
    if not figures:
        return 0
    figure_at = {(r, c) for r, c, _ in figures}
    first = min(r for r, _, _ in figures)  # the rows above the first figure are headers
    table_unit = _table_unit(doc, block, texts)
    skipped = {c for c in {c for _, c, _ in figures} if _row_numbers(figures, c)}
    headers = _headers(texts, first, sorted({c for _, c, _ in figures}))
    # a cell merged down from the header rows (the table's title) labels no row
    header_zone = {cell.start for row in block.rows[:first] for cell in row}
    unit_col = next((k for row in texts[:first] for k, h in enumerate(row)
                     if h in UNIT_HEADERS), None)
    added = 0
    for r, c, span in figures:
        header = headers.get(c, "")
        if not header or c in skipped or any(w in header for w in NOT_VALUE_HEADERS):
            continue
        label_col = next((left for left in range(c - 1, -1, -1)
                          if texts[r][left] and (r, left) not in figure_at
                          and block.rows[r][left].start not in header_zone), None)
        label = _LIST_MARK.sub("", texts[r][label_col]) if label_col is not None else ""
        row_unit = texts[r][unit_col] if unit_col is not None and unit_col != c else ""
        change = next((d for w, d in CHANGE_HEADERS.items() if w in header), None)
        unit = span.unit or _unit_of_header(header) or (None if change else (
            (row_unit if row_unit in cues.UNITS else None) or table_unit
            or _measure_unit(header, label))) or ("%" if change else None)
        if not unit:
            continue
        if not span.unit:
            span = with_unit(span, unit)
        if change:
            span = replace(span, change=change)
        measure = _HEADER_UNIT.sub("", header)
        generic = (change or measure in GENERIC_HEADERS
                   or not ROLE_ONLY_WORDS.sub("", measure))
        name = measure if not label else label if generic else label + measure
        if not name:
            continue
        if period and not (span.period_start or span.period_end):
            span = replace(span, period_start=period[0], period_end=period[1])
        cell = block.rows[r][c]
        name_cell = block.rows[r][label_col] if label_col is not None else cell
        indicator_id = builder.add_indicator(name, name_cell.start, name_cell.end)
        offset = cell.start + (len(doc.text[cell.start:cell.end]) -
                               len(doc.text[cell.start:cell.end].lstrip()))
        role = genre_role if change else _role(header, genre_role)  # 比上年增长: no baseline
        if builder.add_value(replace(span, start=0, end=len(span.raw)), offset, role,
                             indicator_id=indicator_id):
            added += 1
    return added
