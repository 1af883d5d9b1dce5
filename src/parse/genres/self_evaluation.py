"""National performance self-evaluation forms (项目支出绩效自评表, 部门整体支出绩效自评表,
绩效目标申报表 — the declaration has targets only).

The form is one grid in three parts:
- the head: 项目名称 (the target), 主管部门 / 实施单位;
- 项目资金(万元): per fund line (年度资金总额, 其中:当年财政拨款 …) the 全年预算数 is a
  target, the 全年执行数 an actual, the 年初预算数 a baseline and the 执行率 an actual
  of its own indicator (…执行率, in %); figures without a unit are 万元 as the header says;
- 年度总体目标: the 预期目标 text holds target values, the 实际完成情况 text actuals;
- the indicator table: 一级 / 二级 / 三级指标 (level1 / level2 / the indicator),
  年度指标值 (target), 实际完成值 (actual), and 分值 / 得分, kept as `score` values of
  their own indicators (…·分值, …·得分) so points never pass for targets;
  偏差原因分析 is commentary and not read.
"""

from __future__ import annotations

import re

from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres import GenreMismatch
from zhibiao.parse.genres.cells import emit_values
from zhibiao.parse.tables import (
    ColumnCues,
    match_columns,
    origin_span,
    row_texts,
    squash,
    table_blocks,
)

INDICATOR_COLUMNS: ColumnCues = {
    "level1": ("一级指标",), "level2": ("二级指标",), "name": ("三级指标",),
    "target": ("年度指标值", "指标值", "年度目标值"), "actual": ("实际完成值", "完成值"),
    "weight": ("分值",), "score": ("得分",),
}
FUND_COLUMNS: ColumnCues = {
    "initial": ("年初预算数",), "budget": ("全年预算数",), "spent": ("全年执行数",),
    "weight": ("分值",), "rate": ("执行率",), "score": ("得分",),
}
#: Fund column → (role, indicator suffix, unit for bare figures).
#: Indicator-row column → (role, suffix of the indicator name, unit when the cell has none),
#: in the order the values are emitted.
INDICATOR_ROLES: dict[str, tuple[str, str, str | None]] = {
    "target": ("target", "", None), "actual": ("actual", "", None),
    "weight": ("score", "·分值", "分"), "score": ("score", "·得分", "分"),
}
FUND_ROLES: dict[str, tuple[str, str, str]] = {
    "initial": ("baseline", "", "万元"), "budget": ("target", "", "万元"),
    "spent": ("actual", "", "万元"), "rate": ("actual", "执行率", "%"),
    "weight": ("score", "·分值", "分"), "score": ("score", "·得分", "分"),
}
#: A cell holding one amount (2,350,000.00).
_FIGURE = re.compile(r"^[\d,，.]+$")
_UNIT_IN_HEADER = re.compile(r"[(（]\s*(万元|元|亿元)\s*[)）]")

Span = tuple[int, int]


def _origins(row: tuple[Cell, ...]) -> list[tuple[int, Span]]:
    return [(c, span) for c in range(len(row)) if (span := origin_span(row, c))]


class _Form:
    """Walks the rows of one form, switching part when a part's header row appears."""

    def __init__(self, doc: SourceDocument, builder: RecordBuilder) -> None:
        self.doc = doc
        self.builder = builder
        self.target_id: str | None = None
        self.part: str | None = None
        self.columns: dict[str, int] = {}
        self.fund_unit = "万元"

    def text(self, span: Span) -> str:
        return squash(self.doc.text[span[0] : span[1]])

    def read(self, block: Block) -> bool:
        read_any = False
        for row in block.rows:
            texts = row_texts(self.doc, row)
            if self._switch(row, texts):
                read_any = True
                continue
            if self.part == "indicators":
                self._indicator_row(row)
            elif self.part == "funds":
                self._fund_row(row)
            elif self.part == "overall":
                self._overall_row(row)
        return read_any

    def _switch(self, row: tuple[Cell, ...], texts: list[str]) -> bool:
        """Whether `row` is a head or header row (and act on it)."""
        origins = _origins(row)
        first = self.text(origins[0][1]) if origins else ""
        if first == "项目名称" and len(origins) > 1:
            span = origins[1][1]
            self.target_id = self.builder.add_target(self.text(span), *span)
            return True
        if first in ("主管部门", "实施单位", "部门名称"):
            return True
        if self.part is None and "资金" in first and len(origins) == 2 \
                and _FIGURE.match(self.text(origins[1][1])):
            # 项目资金总额 2,350,000.00 above a 绩效目标表: the project's funds, planned
            span = origins[1][1]
            unit = _UNIT_IN_HEADER.search(first)
            emit_values(self.doc, self.builder, *span, role="target",
                        target_id=self._ensure_target(), indicator=(first, *origins[0][1]),
                        bare=True, unit=unit.group(1) if unit else "元")
            return True
        columns = match_columns(texts, INDICATOR_COLUMNS)
        if {"name", "target"} <= columns.keys():  # 申报表: targets only, no 实际完成值
            self.part, self.columns = "indicators", columns
            return True
        columns = match_columns(texts, FUND_COLUMNS)
        if {"budget", "spent"} <= columns.keys():
            self.part, self.columns = "funds", columns
            unit = _UNIT_IN_HEADER.search("".join(texts))
            self.fund_unit = unit.group(1) if unit else "万元"
            return True
        if any(t.startswith("年度总体目标") for t in texts) and (
                "预期目标" in texts or "实际完成情况" in texts):
            self.part = "overall"
            self.columns = {"target": texts.index("预期目标") if "预期目标" in texts else -1,
                            "actual": texts.index("实际完成情况")
                            if "实际完成情况" in texts else -1}
            return True
        return False

    def _ensure_target(self) -> str:
        if self.target_id is None:
            title = self.doc.title or "绩效自评"
            self.target_id = self.builder.add_target(title, 0, 0, text=title)
        return self.target_id

    def _indicator_row(self, row: tuple[Cell, ...]) -> None:
        cols = self.columns
        name_span = origin_span(row, cols["name"])
        level = {key: self.text((row[cols[key]].start, row[cols[key]].end))
                 for key in ("level1", "level2") if key in cols}
        if name_span is None:  # 总分: a row labelled in its merged first cells
            label = next((s for _, s in _origins(row)), None)
            if label is None:
                return
            name_span, level = label, {}
        name = self.text(name_span)
        target_id = self._ensure_target()
        for column, (role, suffix, unit) in INDICATOR_ROLES.items():
            span = origin_span(row, cols.get(column))
            if span:
                emit_values(self.doc, self.builder, *span, role=role, target_id=target_id,
                            indicator=(name + suffix, *name_span), bare=True, unit=unit,
                            level1=level.get("level1"), level2=level.get("level2"))

    def _fund_row(self, row: tuple[Cell, ...]) -> None:
        used = set(self.columns.values())
        label = next((s for c, s in _origins(row) if c not in used), None)
        if label is None:
            return
        name = self.text(label).removeprefix("其中:").removeprefix("其中：")
        target_id = self._ensure_target()
        for column, (role, suffix, unit) in FUND_ROLES.items():
            span = origin_span(row, self.columns.get(column))
            if span:
                emit_values(self.doc, self.builder, *span, role=role, target_id=target_id,
                            indicator=(name + suffix, *label), bare=True,
                            unit=self.fund_unit if unit == "万元" else unit)

    def _overall_row(self, row: tuple[Cell, ...]) -> None:
        target_id = self._ensure_target()
        for column, role in (("target", "target"), ("actual", "actual")):
            index = self.columns.get(column, -1)
            span = origin_span(row, index) if index >= 0 else None
            if span:
                emit_values(self.doc, self.builder, *span, role=role, target_id=target_id)


def parse_self_evaluation(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """Targets, indicators (with levels), target/actual/score values of the form."""
    form = _Form(doc, builder)
    if not any([form.read(block) for block in table_blocks(doc)]):
        raise GenreMismatch("no 三级指标 / 年度指标值 / 实际完成值 form")
    return []
