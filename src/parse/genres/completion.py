"""Departmental completion tables (绩效目标 / 关键指标 / 预期实现值 / 年度完成值).

Each 绩效目标 cell (usually merged down over many rows) is a target; each 关键指标 cell
names an indicator; figures in its 预期实现值 cell are target values and those in its
年度完成值 cell actuals, paired on that indicator. A header printed again after a page
break is skipped (its columns re-read), and a row whose 关键指标 cell is empty continues
the row above: a cell the page break cut in two. A note row outside the columns
(其中:部门年度整体预算完成率:99.23%) is read as an actual under its own label.
"""

from __future__ import annotations

import re

from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres import GenreMismatch
from zhibiao.parse.genres.cells import emit_values
from zhibiao.parse.sections import section_at
from zhibiao.parse.tables import (
    ColumnCues,
    Header,
    find_header,
    match_columns,
    origin_span,
    row_texts,
    squash,
    table_blocks,
)

COLUMNS: ColumnCues = {
    "plan": ("年度主要支出计划", "支出计划"),
    "goal": ("绩效目标",),
    "indicator": ("关键指标", "关键性指标", "绩效指标"),
    "expected": ("预期实现值", "预期目标值", "目标值", "预期值"),
    "actual": ("年度完成值", "完成值", "实际完成", "完成情况"),
}
REQUIRED = ("indicator", "expected", "actual")
_NAME_END = re.compile(r"[,，。;；:：]")
_LABEL = re.compile(r"([^:：,，。;；\s]{2,30})\s*[:：][^:：]*$")
_MAX_TARGET_NAME = 40


def clause_name(text: str) -> str:
    """A target's name: its text up to the first clause break, at most 40 characters."""
    text = squash(text)
    m = _NAME_END.search(text)
    return (text[: m.start()] if m and m.start() >= 4 else text)[:_MAX_TARGET_NAME]


def _read_table(doc: SourceDocument, builder: RecordBuilder, block: Block,
                header: Header) -> None:
    cols = header.columns
    header_text = row_texts(doc, block.rows[header.row])
    section = section_at(doc, block.start)
    target_id: str | None = None
    indicator: tuple[str, int, int] | None = None
    continued = False  # the row after a header repeated by a page break
    for row in block.rows[header.row + 1 :]:
        texts = row_texts(doc, row)
        again = match_columns(texts, COLUMNS)
        if all(role in again for role in REQUIRED):  # a header printed again
            continued = texts == header_text
            cols, header_text = again, texts
            continue
        goal = origin_span(row, cols.get("goal"))
        if continued and target_id is not None:
            goal = None  # the rest of the goal cell the page break cut: same target
        continued = False
        if goal is not None:
            target_id = builder.add_target(clause_name(doc.text[goal[0] : goal[1]]), *goal,
                                           section=section)
        name_span = origin_span(row, cols["indicator"])
        if name_span is not None:
            name = squash(doc.text[name_span[0] : name_span[1]])
            if target_id is None:
                target_id = builder.add_target(clause_name(name), *name_span, section=section)
            indicator = (name, *name_span)
        expected = origin_span(row, cols["expected"])
        actual = origin_span(row, cols["actual"])
        if indicator is not None and (expected or actual):
            for span, role in ((expected, "target"), (actual, "actual")):
                if span:
                    emit_values(doc, builder, *span, role=role, target_id=target_id,
                                indicator=indicator, section=section)
            continue
        for column, cell in enumerate(row):  # a note row outside the table's columns
            if not cell.covered and cell.end > cell.start and column not in (
                    cols.get("goal"), cols.get("plan")):
                _note(doc, builder, cell.start, cell.end, section)
        plan = origin_span(row, cols.get("plan"))
        if plan is not None and goal is None and name_span is None and not continued:
            _note(doc, builder, *plan, section)


def _note(doc: SourceDocument, builder: RecordBuilder, start: int, end: int,
          section: str | None) -> None:
    """A note row (其中:部门年度整体预算完成率:99.23%): actuals named by their label, the
    words before the last colon when the clause itself names nothing."""
    text = doc.text[start:end]
    label = _LABEL.search(text)
    fallback = (label.group(1), start + label.start(1), start + label.end(1)) if label else None
    emit_values(doc, builder, start, end, role="actual", section=section, fallback=fallback)


def parse_completion_table(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """Targets, indicators, target and actual values of a completion table."""
    found = False
    for block in table_blocks(doc):
        header = find_header(doc, block, COLUMNS, required=REQUIRED)
        if header is not None:
            found = True
            _read_table(doc, builder, block, header)
    if not found:
        raise GenreMismatch("no 关键指标 / 预期实现值 / 年度完成值 table")
    return []
