"""Tables of documents no genre recognises: roles from the column headers.

A column whose header says 目标 / 指标值 / 预期 / 计划 holds targets, one that says
完成 / 实际 / 进展 / 执行 holds actuals, and the row's indicator is named by the column
whose header says 指标 / 名称 / 项目 (else the first column). Only tables with both a
target and an actual column are read this way; everything else is left to the generic
extraction, and the document stays `partial` with a warning saying how it was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.ingest.numbered_tables import SERIAL_HEADERS
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres.cells import emit_values, plain_unit
from zhibiao.parse.genres.figure_table import (
    table_unit,
    unit_of_header,
    without_unit,
)
from zhibiao.parse.names import PLACE_ONLY
from zhibiao.parse.tables import (
    is_text_table,
    one_text_row,
    origin_span,
    row_label,
    row_texts,
    squash,
    table_blocks,
)
from zhibiao.parse.values import ValueSpan, find_values, is_unit, whole_period, year_period

#: A row of a government's own part among its places' (市本级 | 189.8 | 32.2): a place too.
OWN_LEVEL = re.compile(r"(?:省|市|县|区|州)本级")
#: A cell of an actual column this short with no figure is a result in words (完成, 已完成).
MAX_WORDS_CELL = 6


@dataclass(frozen=True, slots=True)
class _Layout:
    """What a header row says: each value column's role, and the column naming its row's
    indicator (a table may name two per row: 目标名称 | 目标值 | 评价指标 | 标准值 …)."""

    roles: dict[int, str]
    names: dict[int, int]
    unit: int | None = None  # the column of each row's unit (单位 | 万人)


def _name_header(text: str) -> bool:
    """目标名称, 评价指标, 工作内容: a column of names (目标值, 评价指标值 hold values)."""
    return any(w in text for w in cues.UNKNOWN_TABLE_NAME_HEADERS) \
        and not text.endswith(cues.UNKNOWN_TABLE_VALUE_ENDINGS)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _layout(headers: list[str]) -> _Layout | None:
    """The layout of a header row, None if it lacks a target or an actual column."""
    roles: dict[int, str] = {}
    name_columns: list[int] = []
    for column, text in enumerate(headers):
        if _name_header(text):
            name_columns.append(column)
        elif any(w in text for w in cues.UNKNOWN_TABLE_SCORE_HEADERS):
            roles[column] = "score"
        elif text.startswith(cues.UNKNOWN_TABLE_PLAN_OPENINGS) \
                and without_unit(text).endswith(cues.UNKNOWN_TABLE_AMOUNT_ENDINGS):
            roles[column] = "target"
        elif any(w in text for w in cues.UNKNOWN_TABLE_ACTUAL_HEADERS):
            roles[column] = "actual"
        elif any(w in text for w in cues.UNKNOWN_TABLE_TARGET_HEADERS):
            roles[column] = "target"
    if "actual" not in roles.values() or ("target" not in roles.values() and not any(
            headers[c].startswith(cues.UNKNOWN_TABLE_SHARE_OPENING) for c, role in roles.items()
            if role == "actual")):
        return None  # (完成情况 | 占全年计划: what was done and its share of the plan, which
        # the rows' labels state: 新增4000张养老床位)
    for column, text in enumerate(headers):
        # 开工率 beside 计划完成数 and 累计开工数: a rate of no plan's word is the progress made
        if column not in roles and column not in name_columns \
                and without_unit(text).endswith(RATE_ENDING):
            roles[column] = "actual"
    free = [c for c in range(len(headers)) if c not in roles and headers[c] not in SERIAL_HEADERS]
    if not name_columns and free:
        name_columns = free[:1]
    names: dict[int, int] = {}
    for column in roles:
        # the name column whose header the value's begins like (目标完成值 → 目标名称,
        # 评价指标值 → 评价指标), else the nearest one to its left, else the first
        shared = max(name_columns, key=lambda c: _common_prefix(headers[c], headers[column]),
                     default=None)
        if shared is not None and _common_prefix(headers[shared], headers[column]) >= 2:
            names[column] = shared
        else:
            left = [c for c in name_columns if c < column]
            if left or name_columns:
                names[column] = left[-1] if left else name_columns[0]
    for name_column in set(names.values()):
        # 评价指标 | 标准值 … 评价指标值: a name with two target columns and no actual has
        # its target, then what was reached
        paired = sorted(c for c, n in names.items() if n == name_column)
        if [roles[c] for c in paired].count("target") == 2 \
                and "actual" not in (roles[c] for c in paired):
            roles[[c for c in paired if roles[c] == "target"][-1]] = "actual"
    unit = next((c for c, text in enumerate(headers)
                 if c not in roles and text in cues.UNIT_COLUMN_HEADERS), None)
    return _Layout(roles, names, unit)


#: How a rate's header ends (开工率, 计划投资完成率).
RATE_ENDING = "率"
#: A bracket in a row's label (…配电网改造(37个村)).
_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def _sizes(words: str) -> list[ValueSpan]:
    """The task sizes written into a row's label (新增4000张养老床位: 4000张): figures with a
    unit, not rates; a figure without a unit (5千万以上项目) is a threshold."""
    if not any(ch.isdigit() for ch in words):
        return []
    return [v for v in find_values(words)
            if v.unit and v.number is not None and v.unit not in cues.RATE_UNITS]


def _without_sizes(label: str) -> str:
    """A row's label without the task size written into it, which is a figure of its own
    and no part of the indicator's name (新增15万户直播卫星用户 → 新增直播卫星用户,
    减少义务教育大班额1.4万个以上 → 减少义务教育大班额, …配电网改造(37个村) → …配电网改造)."""
    if not any(ch.isdigit() for ch in label):
        return label
    out = _BRACKET.sub(lambda m: "" if _sizes(m.group()) else m.group(), label)
    for size in reversed(_sizes(out)):
        out = out[: size.start] + out[size.end :]
    return out if len(out) >= 2 else label


def _row_name(doc: SourceDocument, span: tuple[int, int]) -> tuple[str, str | None]:
    """The indicator a row's label names, and the unit the label writes: 全区生产总值(亿元) →
    (全区生产总值, 亿元); without its list marker, a definition after = (建档率=建档人数/…)
    or a task size (新增15万户直播卫星用户 → 新增直播卫星用户)."""
    name = row_label(squash(doc.text[span[0] : span[1]]))
    name = name.split("=")[0].split("＝")[0] or name
    return _without_sizes(without_unit(name) or name), unit_of_header(name)


def _task_unit(doc: SourceDocument, row: tuple[Cell, ...], layout: _Layout,
               shares: set[int]) -> str | None:
    """The unit the row's target cell writes its figure in (1300人, 7699套), when it is one
    figure with a plain unit: the unit a bare figure of what was done is counted in."""
    units = {plain_unit(doc.text[span[0] : span[1]])
             for column, role in layout.roles.items()
             if role == "target" and column not in shares and (span := origin_span(row, column))}
    units.discard(None)
    return units.pop() if len(units) == 1 else None


def _read(doc: SourceDocument, builder: RecordBuilder, block: Block, header_row: int,
          layout: _Layout, headers: list[str], end_row: int | None = None,
          reported: tuple[date, date] | None = None) -> int:
    """`reported`: the period a report's figures are of, for columns whose header names
    none (年初目标 | 全年完成数 in the 2021 计划执行情况: that year's goal and result)."""
    added = 0
    # (2020年目标值: the column's figures are of 2020; 计划投资额(万元): their unit)
    periods = {column: whole_period(headers[column]) or _reported_period(role, reported)
               for column, role in layout.roles.items()}
    column_units = {column: unit_of_header(headers[column]) for column in layout.roles}
    # columns whose figures measure something of their own (占年任务之比, 开工率)
    # (1-8月实际完成率%: the rate's header with its unit)
    shares = {column for column in layout.roles
              if without_unit(headers[column]).endswith(cues.UNKNOWN_TABLE_RATE_ENDINGS)
              or headers[column].startswith(cues.UNKNOWN_TABLE_SHARE_OPENING)}
    # (单位:亿元 over the table: the unit of every bare figure no header or row names)
    whole_unit = table_unit(doc, block, [row_texts(doc, row) for row in block.rows])
    for row in block.rows[header_row + 1 : end_row]:
        labels = {c: span for c in sorted(set(layout.names.values()))
                  if (span := origin_span(row, c))}
        row_names = {c: _row_name(doc, span) for c, span in labels.items()}  # (name, unit)
        label_column = next(iter(labels), None)
        label = doc.text[slice(*labels[label_column])] if label_column is not None else ""
        sizes = _sizes(label)
        if len(sizes) == 1 and label_column is not None:
            # 新增4000张养老床位 | 4385 | 110%: the size in the label is the task's, a target
            # named as its row, and its unit the bare figures' of the row
            start = labels[label_column][0]
            added += emit_values(doc, builder, start + sizes[0].start, start + sizes[0].end,
                                 role="target", indicator=(row_names[label_column][0],
                                                           *labels[label_column]))
        # 城镇新增就业 | 万人 | 5.2: the row's unit column
        stated = squash(doc.text[slice(*origin_span(row, layout.unit) or (0, 0))]) \
            if layout.unit is not None else ""
        row_unit = stated if is_unit(stated) else None
        # 目标任务 1300人 | 完成 700: a bare result is counted as its task is
        task_unit = _task_unit(doc, row, layout, shares)
        for column, role in layout.roles.items():
            span = origin_span(row, column)
            if not span:
                continue
            name_column = layout.names.get(column)
            indicator, unit = None, None
            if name_column in labels:
                name, label_unit = row_names[name_column]
                unit = label_unit or column_units[column]
                if role == "score":  # 1 | 1 under 权重分值 | 得分: the row's points
                    name = f"{name}·{headers[column]}"
                elif column in shares or PLACE_ONLY.fullmatch(name) \
                        or OWN_LEVEL.fullmatch(name):
                    # 城镇新增就业 + 占年任务之比; rows of places (长沙市 | 150 | 143 |
                    # 95.33%): each column its own measure, 长沙市计划完成数
                    name += without_unit(headers[column])
                indicator = (name, *labels[name_column])
            unit = unit or row_unit or (whole_unit if column not in shares else None)
            if not unit and len(sizes) == 1 and column not in shares:
                unit = sizes[0].unit  # 新增4000张养老床位 | 4385: 4385张
            if not unit and role == "actual" and column not in shares:
                unit = task_unit
            cell = doc.text[span[0] : span[1]].strip()
            added += emit_values(doc, builder, *span, role=role, indicator=indicator,
                                 bare=indicator is not None, period=periods[column],
                                 unit="" if role == "score" else unit,
                                 whole_cell=role == "actual" and len(cell) <= MAX_WORDS_CELL)
    return added


def _rows_are_indicators(headers: list[str], layout: _Layout) -> bool:
    """Whether each planned or done column's header says only its role and time (指标名称 |
    年度目标 | 上半年完成): the rows name the indicators. (项目类别 | 年度投资目标 | 累计完成
    投资: each column a measure of its own, which the figure tables' reader names.)"""
    return all(cues.ROLE_ONLY_HEADER.match(without_unit(squash(headers[c])))
               for c, role in layout.roles.items() if role in ("target", "actual"))


def _spans_down(block: Block, header_row: int) -> bool:
    """Whether the header's cells reach into the row below (序号 | 计划下达 over ^序号 |
    年度计划 | 中央资金): a header of two rows, which this reader does not combine."""
    below = block.rows[header_row + 1] if header_row + 1 < len(block.rows) else ()
    return any(cell.covered and cell.start == above.start
               for cell, above in zip(below, block.rows[header_row], strict=False))


def _reported_period(role: str, reported: tuple[date, date] | None
                     ) -> tuple[date, date] | None:
    """The period of a column of `role` in a report of `reported`: its results are of it,
    its goals of its year."""
    if reported is None or role not in ("target", "actual"):
        return None
    return reported if role == "actual" else year_period(reported[1].year)


def read_unknown_tables(doc: SourceDocument, builder: RecordBuilder, *,
                        before_prose: bool = False,
                        reported: tuple[date, date] | None = None) -> list[str]:
    """Values of the tables whose headers say which column is target and which actual;
    returns a warning per table read this way. `before_prose`: read ahead of a prose
    genre's reader, which would read the table cell by cell (指标名称 | 年度目标 | 上半年
    完成 in a 计划执行情况 report: a lone 6%以上 names nothing), so tables of sentences are
    left to it and each table read is taken from it."""
    warnings = []
    for block in table_blocks(doc):
        if builder.taken(block) or (before_prose and is_text_table(doc, block)):
            continue
        for index, row in enumerate(block.rows[:3]):
            headers = row_texts(doc, row)
            layout = _layout(headers)
            if layout is None:
                continue
            if before_prose and (_spans_down(block, index)
                                 or not _rows_are_indicators(headers, layout)):
                break  # (计划下达 over 年度计划 | 中央资金: the figure tables' reader's)
            added = _read(doc, builder, block, index, layout, headers, reported=reported)
            if before_prose and added:
                builder.take(block)
            described = ", ".join(f"{headers[c]}→{r}" for c, r in sorted(layout.roles.items()))
            warnings.append(f"table at offset {block.start} read by its column headers "
                            f"({described}): {added} values")
            break
        else:
            if not before_prose:
                warnings.extend(_read_inner_tables(doc, builder, block))
    return warnings


def _read_inner_tables(doc: SourceDocument, builder: RecordBuilder, block: Block) -> list[str]:
    """The tables inside a form copied as one grid, each under its part's heading row
    (二、项目支出明细情况 | over 支出内容 | 计划支出数(万元) | 实际支出数(万元)): read by their
    own header row, down to the next part."""
    warnings = []
    rows = block.rows
    for index in range(1, len(rows) - 1):
        if not one_text_row(doc, rows[index - 1]) or one_text_row(doc, rows[index]):
            continue
        headers = row_texts(doc, rows[index])
        layout = _layout(headers)
        if layout is None:
            continue
        end = next((k for k in range(index + 1, len(rows)) if one_text_row(doc, rows[k])),
                   len(rows))
        added = _read(doc, builder, block, index, layout, headers, end)
        warnings.append(f"table part at offset {rows[index][0].start} read by its column "
                        f"headers: {added} values")
    return warnings
