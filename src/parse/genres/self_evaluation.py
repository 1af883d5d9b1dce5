"""Performance forms, in any document: 项目支出绩效自评表, 部门整体支出绩效自评表, and the
项目支出绩效目标表 / 绩效目标申报表 a 部门预算 closes with (targets only).

A form is a grid in up to four parts:
- the head: 项目名称 (the target), 主管部门 / 实施单位, and in a 目标表 the project's funds
  (项目资金(万元) | 年度资金总额 | 235.00, its sub-rows 其中：财政拨款 …): planned amounts;
- 项目资金(万元) of a 自评表: per fund line (年度资金总额, 其中:当年财政拨款 …) the 全年预算数
  is a target, the 全年执行数 an actual, the 年初预算数 the first plan, a target of its own
  indicator (…年初预算数, as a 决算's 年初预算为 is a target), and the 执行率 an actual of its
  own indicator (…执行率, in %); figures without a unit are 万元 as the header says;
- 年度总体目标: in a 自评表 with 预期目标 / 实际完成情况 columns, their texts hold target and
  actual values; a 目标表's one-cell goal restates its indicator rows and is not read;
- the indicator table: 一级 / 二级 / 三级指标 (level1 / level2 / the indicator; the
  name column may be headed 指标内容 or 指标名称), 年度指标值 (target), 实际完成值 (actual),
  and 分值 / 得分, kept as `score` values of their own indicators (…·分值, …·得分) so points
  never pass for targets. A 指标值 cell is read by the value grammar (≥320.00(个), 3万人次,
  two values in words); one the grammar finds nothing in is a qualitative value (优良);
  a 指标性质 column gives the relation (≥, 定性) and a 度量单位 column the unit of bare
  figures. A list of many projects in one table has a 项目名称 column (and maybe 项目资金):
  each row belongs to the project named in it or above it.

`read_form_tables` reads every form table of a document, whatever its genre, and takes the
table whole (the other table readers leave it alone); a table with no header row continues
the form above it when it has as many columns (a form cut by a page break).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from typing import Any

from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.ingest.flat_forms import (
    AMOUNT_CELL,
    FUND_LABEL_WORDS,
    FUNDS_WORDS,
    LEVEL1_LABELS,
    LEVEL2_LABELS,
)
from zhibiao.ingest.list_marks import ITEM
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres import GenreMismatch
from zhibiao.parse.genres.cells import emit_values, plain_unit
from zhibiao.parse.genres.figure_table import unit_of_header, without_unit
from zhibiao.parse.tables import (
    ColumnCues,
    match_columns,
    origin_span,
    row_label,
    row_texts,
    squash,
    table_blocks,
    without_part_mark,
)
from zhibiao.parse.values import ValueSpan, find_values, year_period
from zhibiao.parse.values import replace_span as replace

#: Column role → header words, checked in this order (项目名称 before 名称-like cells, 年度
#: 指标值 before 指标值; each column takes one role).
INDICATOR_COLUMNS: ColumnCues = {
    "project": ("项目名称",), "funds": ("项目资金", "资金总额", "预算金额"),
    "level1": ("一级指标",), "level2": ("二级指标",),
    "name": ("三级指标", "指标内容", "指标名称", "具体指标"),
    "sign": ("指标方向", "计算符号", "运算符号"), "relation": ("指标性质",),
    "target": ("年度指标值", "指标值", "年度目标值", "目标值"),
    "unit": ("度量单位", "计量单位"),
    "actual": ("实际完成值", "完成值", "完成指标值", "全年实际值", "实际值"),
    "rate": ("完成率",),  # (实际完成值 | 完成率 | 分值: how much of the row's goal was done)
    "weight": ("分值", "权重"),
    "score": ("得分",),
}
#: (预算数(A) | 执行数(B) | 执行率(B/A): a template that names its columns by letter; a
#: bare 预算数 would also match the label column's 年度预算数(万元).)
FUND_COLUMNS: ColumnCues = {
    "initial": ("年初预算",),
    "budget": ("全年预算数", "调整后预算", "调整预算数", "预算数(A", "预算数（A"),
    "spent": ("全年执行数", "预算执行数", "执行数(B", "执行数（B", "执行数"),
    "weight": ("分值", "权重"),
    "rate": ("执行率",), "score": ("得分",),
}
#: Indicator-row column → (role, suffix of the indicator name, unit when the cell has none:
#: None for the row's own, '' for none at all), in the order the values are emitted.
INDICATOR_ROLES: dict[str, tuple[str, str, str | None]] = {
    "target": ("target", "", None), "actual": ("actual", "", None),
    "rate": ("actual", "完成率", "%"),
    "weight": ("score", cues.POINTS_SUFFIXES[0], ""),
    "score": ("score", cues.POINTS_SUFFIXES[1], ""),
}
#: A weight column's other header word (权重 for 分值): its points are named by it.
WEIGHT_WORD = "权重"
#: A fund row's 执行率 written as a ratio (0.958), not a percentage.
RATIO_CELL = re.compile(r"[01]\.\d+")
#: A unit in brackets a fund row's label opens on, run in from the label column's header
#: ((万元) 年度资金总额).
LEADING_UNIT = re.compile(r"^[(（][^()（）]{1,4}[)）]\s*")
#: The row of all the funds (年度资金总额): its 执行率 is the form's 预算执行率, as an
#: analyst names it, and so are its 分值 / 得分 (预算执行率·分值: 59 of dev's 71 labelled
#: points of a total row are named by the rate, 12 by the row; a part's points, by the
#: part: 当年财政拨款·分值).
TOTAL_FUND_LABELS = frozenset({"年度资金总额", "年度财政资金总额", "资金总额"})
TOTAL_FUND_RATE = "预算执行率"
#: Fund column → (role, indicator suffix, unit for bare figures).
FUND_ROLES: dict[str, tuple[str, str, str]] = {
    "initial": ("target", "年初预算数", "万元"), "budget": ("target", "", "万元"),
    "spent": ("actual", "", "万元"), "rate": ("actual", "执行率", "%"),
    "weight": ("score", cues.POINTS_SUFFIXES[0], ""),
    "score": ("score", cues.POINTS_SUFFIXES[1], ""),
}
#: Fewest figures a 三级指标 cell lists for them to be the indicator's planned quantities
#: (慰问伤残军人50人;革命烈士遗属50人;…); units a name's bracket states are no quantity.
MIN_NAME_QUANTITIES = 2
NAME_CELL_UNITS = frozenset({"%", "‰"})
#: A number a form writes before each indicator's name (指标1:, 指标2：, 指标1工程完工率).
INDICATOR_NUMBER = re.compile(r"^\s*指标\s*\d+\s*(?:[:：.、]\s*|(?=[\u4e00-\u9fff]))")
#: A form's rate written as a bare figure (工程完工率 | 100 | 100, 学生满意度 | 100): in %,
#: but a birth or death rate is per thousand or more, as its own unit says.
RATE_NAME = re.compile(r"(?:率|满意度)$")
NOT_PERCENT_RATES = ("死亡率", "发病率", "出生率", "患病率", "万车", "万人", "千人")
#: A level label with its points (产出指标 (50分), 效益指标(30)): the level's weight.
LEVEL_POINTS = re.compile(r"(?P<label>[^()（）\d]{2,12}?)\s*[(（]\s*(?P<points>\d+(?:\.\d+)?\s*分?)"
                          r"\s*[)）]")
POINTS_SUFFIX = "分值"
#: The mark a template puts before its core indicators (★补助鱼塘面积).
KEY_MARK = re.compile(rf"^\s*[{re.escape(cues.KEY_MARKS)}]+\s*")
#: The blank a template leaves after an indicator's name for its value, with the
#: relation and unit: 公猪舍(≥**平方米), 种植作物成活率(≥**%), 保育栏(≥套).
TEMPLATE_HINT = re.compile(cues.TEMPLATE_BLANK + r"\s*$")
#: The template's blank with its stars anywhere in a name, bracketed or not (≥**人).
STARRED_BLANK = re.compile(r"[(（]?\s*(?P<relation>≥|≤|>=|<=|＞|＜|>|<|=|＝)?\s*[*＊]{2,}")
#: What a 指标性质 cell says → the comparator of its row's figures (定性: none, the value
#: is words).
RELATIONS: dict[str, str] = {
    "≥": "≥", ">=": "≥", "大于等于": "≥", "不低于": "≥", "正向": "≥", "正向指标": "≥",
    "≤": "≤", "<=": "≤", "小于等于": "≤", "不高于": "≤", "反向": "≤", "反向指标": "≤",
    ">": ">", "大于": ">", "<": "<", "小于": "<", "=": "=", "等于": "=",
}
#: Head rows that name who runs the project, not a value.
HEAD_LABELS: tuple[str, ...] = ("主管部门", "实施单位", "部门名称", "单位名称", "预算单位",
                                "项目负责人", "联系电话", "项目属性", "项目类型")
PROJECT_LABELS = ("项目名称", "项目支出名称")
#: A unit in brackets closing an indicator's name (任务完成时限(月), 兑付率（%）).
NAME_UNIT = re.compile(r"\s*[(（]\s*(?P<unit>[^()（）\s]{1,4})\s*[)）]\s*$")
_UNIT_IN_HEADER = re.compile(r"[(（]\s*(万元|元|亿元)\s*[)）]")
#: A cell of a form's head declaring the unit of its amounts (207101某法院 | 单位:万元 |).
_DECLARED_UNIT = re.compile(r"(?:金额)?单位\s*[:：]\s*(万元|元|亿元)")
#: A head row's label of the project's budget (项目总预算 | 100, 当年年度预算 | 100).
BUDGET_LABELS = ("总预算", "年度预算")
#: How far before a fund header its label column's cell printed above it is looked for.
LABEL_ABOVE_CHARS = 40
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")

Span = tuple[int, int]


def _year_of(doc: SourceDocument) -> tuple[date, date] | None:
    """The year a form is of, as a period (a 2023年度 自评表 reports 2023, a budget's
    目标表 plans its year); None when the document names none."""
    return year_period(doc.year) if doc.year else None


def _origins(row: tuple[Cell, ...]) -> list[tuple[int, Span]]:
    return [(c, span) for c in range(len(row)) if (span := origin_span(row, c))]


class _Form:
    """Walks the rows of the forms of one document, switching part when a part's header
    row appears."""

    def __init__(self, doc: SourceDocument, builder: RecordBuilder) -> None:
        self.doc = doc
        self.builder = builder
        self.target_id: str | None = None
        self.part: str | None = None
        self.columns: dict[str, int] = {}
        self.width = 0  # columns of the table whose header row set `columns`
        self.header_texts: dict[str, str] = {}  # role → its header cell's text
        self.period = _year_of(doc)
        self.fund_unit = "万元"
        self.head_fund_unit = "元"  # a head fund row's unit when no cell of it names one

    def _emit(self, start: int, end: int, **how: Any) -> int:
        """emit_values dated by the form's year (a 2023年度 自评表 reports 2023, a budget's
        目标表 plans its year) when a figure says no period of its own."""
        return emit_values(self.doc, self.builder, start, end, period=self.period, **how)

    def text(self, span: Span) -> str:
        return squash(self.doc.text[span[0] : span[1]])

    def read(self, block: Block) -> None:
        """Read the block's rows; a block with as many columns as the one whose header
        row set the columns goes on in the same part (a form cut by a page break)."""
        width = len(block.rows[0]) if block.rows else 0
        if width != self.width:
            self.part = None
        for row in block.rows:
            texts = row_texts(self.doc, row)
            if self._switch(row, texts):
                self.width = width
                continue
            if self.part == "indicators":
                self._indicator_row(row)
            elif self.part == "funds":
                self._fund_row(row)
            elif self.part == "overall":
                self._overall_row(row)

    def _switch(self, row: tuple[Cell, ...], texts: list[str]) -> bool:
        """Whether `row` is a head or header row (and act on it)."""
        origins = _origins(row)
        first = self.text(origins[0][1]) if origins else ""
        columns = match_columns(texts, INDICATOR_COLUMNS)
        if {"name", "target"} <= columns.keys():  # 申报表: targets only, no 实际完成值
            self.part, self.columns = "indicators", columns
            self.header_texts = {role: texts[c] for role, c in columns.items()}
            return True
        columns = match_columns(texts, FUND_COLUMNS)
        if _fund_header(columns):
            self.header_texts = {role: texts[c] for role, c in columns.items()}
            said = "".join(texts)
            if min(columns.values()) == 0:
                # 年初预算数 | 全年预算数 | … in the first column: the label column's cell
                # (预算资金(万元), spanning the rows) was printed above the header row, on
                # the line before it (资金构成(元) / 年初预算数 …): its unit is the funds'
                columns = {role: c + 1 for role, c in columns.items()}
                start = row[0].start if row else 0
                above = self.doc.text[max(0, start - LABEL_ABOVE_CHARS) : start]
                said = above.rstrip().rsplit("\n", 1)[-1] + said
            self.part, self.columns = "funds", columns
            unit = _UNIT_IN_HEADER.search(said)
            self.fund_unit = unit.group(1) if unit else "万元"
            return True
        if first in PROJECT_LABELS and len(origins) > 1:
            span = origins[1][1]
            self.target_id = self.builder.add_target(self.text(span), *span)
            self.part = "head"
            return True
        if self.part in (None, "head") and (declared := next(
                (m for t in texts if (m := _DECLARED_UNIT.fullmatch(t))), None)):
            self.head_fund_unit = declared.group(1)  # (预算单位: | … | 金额单位:万元 |)
            return True
        if first.startswith(HEAD_LABELS):
            return True
        if self.part in (None, "head") and self._head_funds(row, origins):
            return True
        if any(t.startswith("年度总体目标") for t in texts) and (
                "预期目标" in texts or "实际完成情况" in texts):
            self.part = "overall"
            self.columns = {"target": texts.index("预期目标") if "预期目标" in texts else -1,
                            "actual": texts.index("实际完成情况")
                            if "实际完成情况" in texts else -1}
            return True
        return False

    def _head_funds(self, row: tuple[Cell, ...], origins: list[tuple[int, Span]]) -> bool:
        """项目资金(万元) | 年度资金总额 | 235.00 (or 项目资金总额 | 2,350,000.00) above a
        目标表's indicators: the project's planned funds, each named by the label before
        it; a 申报表 sets its 中期 and 年度 funds side by side (中期资金总额: | 68.50 |
        年度资金总额: | 51.35), and may print 项目资金 (万元) on a row of its own above."""
        whole = self.text((row[0].start, row[0].end))  # a covered slot: the merged label
        if len(origins) == 1 and any(word in whole for word in FUNDS_WORDS):
            unit = _UNIT_IN_HEADER.search(whole)
            if unit:  # 项目资金 (万元) alone: the unit of the fund rows below
                self.head_fund_unit = unit.group(1)
            return bool(unit)
        if len(origins) < 2 or not any(
                AMOUNT_CELL.match(self.text(span)) for _, span in origins[1:]):
            # (预算规模及资金用途 | 预算数 | 20.00 | 其中:财政 资金 | 20.00 | 其他资金 |: the
            # last label's amount may be left empty)
            return False
        if not any(word in whole for word in FUNDS_WORDS + FUND_LABEL_WORDS + BUDGET_LABELS):
            return False
        stated = _UNIT_IN_HEADER.search(whole)
        if stated and any(word in whole for word in FUNDS_WORDS):
            # 资金情况 (万元) | 项目资金总额: | 1500: the unit of this row and of the rows below
            # it (其中:财政资金 | 1500), which a copy left without the merged label
            self.head_fund_unit = stated.group(1)
        for (_, label_span), (_, span) in pairwise(origins):
            if not AMOUNT_CELL.match(self.text(span)) or AMOUNT_CELL.match(
                    self.text(label_span)):
                continue
            label = without_part_mark(self.text(label_span))
            unit = _UNIT_IN_HEADER.search(whole) or _UNIT_IN_HEADER.search(label)
            self._emit(*span, role="target", target_id=self._ensure_target(),
                       indicator=(_BRACKETED.sub("", label).rstrip(":："), *label_span),
                       bare=True, unit=unit.group(1) if unit else self.head_fund_unit)
        return True

    def _points_suffix(self, column: str, suffix: str) -> str:
        """A column's suffix, or …·权重 for a weight column its template heads 权重."""
        if column == "weight" and WEIGHT_WORD in self.header_texts.get(column, ""):
            return "·" + WEIGHT_WORD
        return suffix

    def _ensure_target(self) -> str:
        if self.target_id is None:
            title = self.doc.title or "绩效自评"
            self.target_id = self.builder.add_target(title, 0, 0, text=title)
        return self.target_id

    def _row_project(self, row: tuple[Cell, ...]) -> str:
        """The target of a row of a many-project list: the project named in its 项目名称
        cell (the one above when the cell is merged or empty), with its funds."""
        cols = self.columns
        span = origin_span(row, cols.get("project"))
        if span:
            self.target_id = self.builder.add_target(self.text(span), *span)
            funds = origin_span(row, cols.get("funds"))
            if funds:
                header = self.header_texts.get("funds", "")
                unit = _UNIT_IN_HEADER.search(header)
                name = _BRACKETED.sub("", header)
                self._emit(*funds, role="target",
                            target_id=self.target_id, indicator=(name, *funds), bare=True,
                            unit=unit.group(1) if unit else "万元")
        return self._ensure_target()

    def _level_points(self, row: tuple[Cell, ...]) -> None:
        """A level cell that starts on this row and carries its points (产出指标 (50分)):
        the level's points, a score named …分值."""
        for key in ("level1", "level2"):
            span = origin_span(row, self.columns.get(key))
            if span is None:
                continue
            m = LEVEL_POINTS.fullmatch(self.doc.text, span[0], span[1])
            if m:
                label = squash(m.group("label"))
                self._emit(m.start("points"), m.end("points"), role="score",
                           target_id=self._row_project(row), bare=True, unit="",
                           indicator=(label + POINTS_SUFFIX, span[0], m.end("label")),
                           whole_cell=False)

    def _aligned(self, row: tuple[Cell, ...]) -> tuple[Cell, ...]:
        """The row put back under the header when a copy dropped the cells merged down
        from the rows above (专项年度绩效指标 | 一级指标 | 二级指标 | 三级指标内容 | 指标值
        over 产出指标 | 数量指标 | … and 质量指标 | 逾期发放率 | >=100%): its first cell
        stands in the column of its kind (a 一级 or 二级 label, else the name), and the
        cells it pushes off the end are empty."""
        cols = self.columns
        first = next((c for c, cell in enumerate(row) if cell.end > cell.start), None)
        if first is None or "name" not in cols or any(cell.covered for cell in row):
            return row  # (a grid whose merged cells are marked is aligned already)
        text = squash(self.text((row[first].start, row[first].end)))
        points = LEVEL_POINTS.fullmatch(text)  # 产出指标(40分): the level with its points
        text = squash(points.group("label")) if points else text
        kind = "level1" if text in LEVEL1_LABELS else "level2" if text in LEVEL2_LABELS \
            else "name"
        shift = cols.get(kind, cols["name"]) - first
        if shift <= 0 or any(cell.end > cell.start for cell in row[len(row) - shift :]) \
                or "target" not in cols:
            return row
        shifted = _shifted(row, shift)
        # (only a row whose figure the shift brings under the target column, from a column
        # that holds none where it stands; a level label says where the row starts itself)
        if kind == "name" and (self._figure_at(row, cols["target"])
                               or not self._figure_at(shifted, cols["target"])):
            return row
        return shifted

    def _figure_at(self, row: tuple[Cell, ...], column: int) -> bool:
        span = origin_span(row, column)
        return span is not None and any(ch.isdigit() for ch in self.text(span))

    def _indicator_row(self, row: tuple[Cell, ...]) -> None:
        cols = self.columns
        row = self._aligned(row)
        self._level_points(row)
        name_span = origin_span(row, cols["name"])
        level = {key: self.text((row[cols[key]].start, row[cols[key]].end))
                 for key in ("level1", "level2") if key in cols}
        target_id = self._row_project(row)
        if name_span is None:  # 总分: a row labelled in its merged first cells
            label = next((s for c, s in _origins(row)
                          if c not in (cols.get("project"), cols.get("funds"))), None)
            if label is None:
                return
            name_span, level = label, {}
        name = self.text(name_span)
        # a sign column (指标方向 =) says the relation before a 指标性质 (正向) does
        relation = next((RELATIONS[word] for key in ("sign", "relation")
                         if (span := origin_span(row, cols.get(key)))
                         and (word := self.text(span)) in RELATIONS), None)
        unit_span = origin_span(row, cols.get("unit"))
        row_unit = self.text(unit_span) if unit_span else None
        # 指标1:开展精品示范村建设数量, ★补助鱼塘面积 (a core indicator's star), 其中桃树…,
        # 1、水稻侧深施肥 (a list marker)
        name = row_label(KEY_MARK.sub("", INDICATOR_NUMBER.sub("", name))) or name
        hint = TEMPLATE_HINT.search(name)
        if hint and (hint.group("relation") or hint.group("stars")):
            # 公猪舍(≥**平方米): the template's blank for the value, kept in the name
            name = name[: hint.start()].rstrip()
            row_unit = row_unit or hint.group("unit") or None
            relation = relation or RELATIONS.get(hint.group("relation") or "")
        starred = STARRED_BLANK.search(name)
        if starred and starred.start() >= 2:
            # 受益建档立卡贫困人口数≥**人, 扶贫临时救助标准(<**元/户·年)——一户年最高5300元:
            # a blank not at the end, or not bracketed; the name ends where it starts
            name = name[: starred.start()].rstrip()
            relation = relation or RELATIONS.get(starred.group("relation") or "")
        # 任务完成时限(月), 兑付率(%): the bracket is the row's unit, not part of its name
        bracket = NAME_UNIT.search(name)
        if bracket and bracket.start() and (bracket.group("unit") in cues.UNITS
                                            or bracket.group("unit") in cues.PER_UNITS):
            row_unit = row_unit or bracket.group("unit")
            name = name[: bracket.start()]
        if not row_unit and RATE_NAME.search(name) \
                and not any(w in name for w in NOT_PERCENT_RATES):
            row_unit = "%"
        # =8个 | 8: a bare result is counted in the unit its target is written in
        target_span = origin_span(row, cols.get("target"))
        if self._quantities_in_name(name_span, target_span, target_id,
                                    level.get("level1"), level.get("level2")) \
                and level.get("level2"):
            name = level["level2"]  # the row's 100% | 100% is of the list: 数量指标
        task_unit = row_unit or (plain_unit(self.doc.text[slice(*target_span)])
                                 if target_span else None)
        for column, (role, suffix, unit) in INDICATOR_ROLES.items():
            span = origin_span(row, cols.get(column))
            suffix = self._points_suffix(column, suffix)
            if span:
                scored = role == "score"
                self._emit(*span, role=role, target_id=target_id,
                            indicator=(name + suffix, *name_span), bare=True,
                            unit=(task_unit if role == "actual" else row_unit)
                            if unit is None else unit, level1=level.get("level1"),
                            level2=level.get("level2"),
                            comparator=relation if role == "target" else None,
                            whole_cell=not scored)

    def _quantities_in_name(self, name_span: Span, target_span: Span | None,
                            target_id: str, level1: str | None, level2: str | None) -> bool:
        """A 三级指标 that lists what is to be done with its figures (慰问伤残军人50人;革命烈士
        遗属50人;…, then 100% | 100%): the figures are the indicator's planned quantities,
        targets named by their own words; a figure the target cell repeats is not read twice.
        Whether there were such figures."""
        text = self.doc.text[name_span[0] : name_span[1]]
        found = [v for v in find_values(text) if v.unit and v.unit not in NAME_CELL_UNITS]
        if len(found) < MIN_NAME_QUANTITIES:
            return False
        stated = {v.number for v in find_values(self.doc.text[slice(*target_span)])} \
            if target_span else set()
        if any(v.number in stated for v in found):
            return False
        self._emit(*name_span, role="target", target_id=target_id, level1=level1,
                   level2=level2)
        return True

    def _fund_row(self, row: tuple[Cell, ...]) -> None:
        used = set(self.columns.values())
        label = next((s for c, s in _origins(row) if c not in used), None)
        if label is None:
            return
        # (年度资金总额:, and (万元) 年度资金总额: the label column's unit run into it)
        name = LEADING_UNIT.sub("", without_part_mark(self.text(label)).rstrip(":："))
        target_id = self._ensure_target()
        placed = self._fund_cells_by_kind(row, label)
        rate_suffix = FUND_ROLES["rate"][1]
        header = _BRACKETED.sub("", self.header_texts.get("rate", ""))
        # the rate as its header words it (执行率, 预算执行率)
        rate = TOTAL_FUND_RATE if name in TOTAL_FUND_LABELS \
            else name + (header if header.endswith(rate_suffix) else rate_suffix)
        for column, (role, suffix, unit) in FUND_ROLES.items():
            span = placed.get(column) if placed is not None \
                else origin_span(row, self.columns.get(column))
            # (the total's 分值 / 得分 score how much of the budget was spent: the rate's
            # points; a part's keep its own name, as labellers name them)
            total_points = role == "score" and name in TOTAL_FUND_LABELS
            suffix = self._points_suffix(column, suffix)
            indicator = rate if column == "rate" \
                else rate + suffix if total_points else name + suffix
            if span:
                # (0.958: the rate written as a ratio, kept as written, not 0.958%)
                ratio = column == "rate" and RATIO_CELL.fullmatch(self.text(span).strip())
                self._emit(*span, role=role, target_id=target_id,
                            indicator=(indicator, *label), bare=True,
                            unit="" if ratio else self.fund_unit if unit == "万元" else unit,
                            implied=not ratio)

    def _fund_cells_by_kind(self, row: tuple[Cell, ...],
                            label: tuple[int, int]) -> dict[str, tuple[int, int]] | None:
        """The fund row's cells by column when the copy lost some (年度资金总额 | 30 | 30 | 10
        | 100% | 99 under 年初预算数 | 调整预算数 | 全年执行数 | 分值 | 执行率 | 得分): the one
        percentage is the 执行率, the figure after it the 得分 and then the one before it
        the 分值, and the amounts before those the money columns in order, the 年初预算数
        the one a short row leaves out first. None when the row fills its columns or holds
        no single percentage off its column."""
        cols = self.columns
        cells = [(c, (cell.start, cell.end)) for c, cell in enumerate(row)
                 if cell.end > cell.start and not cell.covered
                 and (cell.start, cell.end) != label]
        rates = [k for k, (_, span) in enumerate(cells) if "%" in self.text(span)]
        money: list[str] = [c for c in ("initial", "budget", "spent") if c in cols]
        if len(rates) != 1 or "rate" not in cols or cells[rates[0]][0] == cols["rate"] \
                or len(cells) >= len([c for c in FUND_ROLES if c in cols]):
            return None
        p = rates[0]
        placed = {"rate": cells[p][1]}
        after, before = cells[p + 1 :], cells[:p]
        if "score" in cols and len(after) == 1:
            placed["score"] = after[0][1]
            # (a row with points has its 分值 before the rate; a 其中 row has neither)
            if "weight" in cols and before and cols["weight"] < cols["rate"]:
                placed["weight"] = before.pop()[1]
        if len(before) < len(money):
            # the 年初预算数 is the column a copy leaves out first, then the last ones
            money = ([c for c in money if c != "initial"] or money)[: len(before)]
        for column, (_, span) in zip(money, before[len(before) - len(money) :], strict=False):
            placed[column] = span
        return placed

    def _overall_row(self, row: tuple[Cell, ...]) -> None:
        target_id = self._ensure_target()
        for column, role in (("target", "target"), ("actual", "actual")):
            index = self.columns.get(column, -1)
            span = origin_span(row, index) if index >= 0 else None
            if span:
                self._emit(*span, role=role, target_id=target_id)


def _untouched(builder: RecordBuilder, block: Block) -> bool:
    """No reader took the table or read a value inside it yet."""
    return not builder.taken(block) and not builder.has_value_in(block.start, block.end)


#: A target column dated by a year (2020年目标值, 2025年目标): a plan's indicator table, not
#: a performance form (whose columns say 年度指标值).
DATED_HEADER = re.compile(r"(?:19|20)\d{2}\s*年")


def _fund_header(columns: dict[str, int]) -> bool:
    """Whether a row's columns are a fund part's header: a budget (全年预算数, or a 部门整体
    form's 年初预算数 alone) and what was spent."""
    return "spent" in columns and ("budget" in columns or "initial" in columns)


def _shifted(row: tuple[Cell, ...], shift: int) -> tuple[Cell, ...]:
    """The row's cells moved `shift` columns right, the columns they leave empty covered
    (merged from above), the empty cells they push off its end dropped."""
    at = row[0].start if row else 0
    return (*[Cell(at, at, covered=True)] * shift, *row[: len(row) - shift])


def _has_form_header(doc: SourceDocument, block: Block) -> bool:
    """Whether a row of the table is the header of a form's indicator or fund part, or
    the 年度总体目标 | 预期目标 | 实际完成情况 row of a 自评表."""
    for row in block.rows:
        texts = row_texts(doc, row)
        columns = match_columns(texts, INDICATOR_COLUMNS)
        if ({"name", "target"} <= columns.keys()
                and not DATED_HEADER.search(texts[columns["target"]])) \
                or _fund_header(match_columns(texts, FUND_COLUMNS)) \
                or ("年度总体目标" in "".join(texts)  # (one search first: most rows have none)
                    and any(t.startswith("年度总体目标") for t in texts)
                    and ("预期目标" in texts or "实际完成情况" in texts)):
            return True
    return False


def _opens_form(doc: SourceDocument, block: Block) -> bool:
    """Whether the table holds a form's head (项目名称 | …) without its header: the form
    goes on in the next table (a page break after the head rows)."""
    return any(row and squash(doc.text[row[0].start : row[0].end]) in PROJECT_LABELS
               for row in block.rows)


def _form_tables(doc: SourceDocument, blocks: list[Block]) -> list[bool]:
    """Which of the tables (in order) are a form or part of one: a table with a form's
    header row; the one before it when that holds only the form's head; the one after a
    form with as many columns and no header of its own (the form cut by a page break)."""
    headed = [_has_form_header(doc, b) for b in blocks]
    flags = list(headed)
    for i, block in enumerate(blocks):
        if not headed[i] and i + 1 < len(blocks) and headed[i + 1] \
                and _opens_form(doc, block):
            flags[i] = True
    for i in range(1, len(blocks)):
        if not flags[i] and flags[i - 1] and blocks[i].rows and blocks[i - 1].rows \
                and len(blocks[i].rows[0]) == len(blocks[i - 1].rows[-1]):
            flags[i] = True
    return flags


#: 项目名称：… in a line above a form (the table itself has no head rows).
_PROJECT_LINE = re.compile(r"项目名称\s*[:：]\s*(?P<name>[^\s:：|]{2,60})\s*$")
#: How far above a table the line naming its project may stand.
PROJECT_LINE_REACH = 400


def _project_above(doc: SourceDocument, block: Block) -> tuple[str, int, int] | None:
    """(name, start, end) of the project a line right above the table names, when no
    other table stands between them."""
    floor = max(0, block.start - PROJECT_LINE_REACH)
    for other in doc.blocks:
        if other.kind == "table" and floor <= other.end <= block.start and other is not block:
            floor = other.end
    found = None
    for line_start, line in _lines(doc.text, floor, block.start):
        m = _PROJECT_LINE.search(line)
        if m:
            found = (m.group("name"), line_start + m.start("name"), line_start + m.end("name"))
    return found


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out, pos = [], start
    for line in text[start:end].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def read_form_tables(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """Targets, indicators (with levels), target/actual/score values of every performance
    form in the document that no reader has read; each form table is taken whole. Returns
    a warning per table read."""
    blocks = [b for b in table_blocks(doc) if _untouched(builder, b)]
    form = _Form(doc, builder)
    warnings = []
    for block, is_form in zip(blocks, _form_tables(doc, blocks), strict=True):
        if not is_form:
            form.part = None
            continue
        named = _project_above(doc, block)
        if named:  # 项目名称：… in a line above the table (its own rows say none)
            form.target_id = builder.add_target(*named)
        before = len(builder.values)
        form.read(block)
        builder.take(block)
        warnings.append(f"table at offset {block.start} read as a performance form: "
                        f"{len(builder.values) - before} values")
    return warnings


#: A form's fund line copied as text (资金情况(万元) 年度资金总额: 10 / 其中:财政拨款 10 /
#: 其他资金 0, or 年度资金总额:⏎854万(…)): the label, then the amount.
FUND_LINE = re.compile(
    r"(?P<label>年度资金总额|资金总额|项目总预算|当年年度预算|年度预算|财政拨款(?!小计)|财政资金"
    r"|其他资金|其它资金|上年结转资金|上年结转|自筹资金"
    # (项目资金申请(万元) 资金总额: 250 / 一、预算资金:250 / 二、自有资金:0 / 三、其他:0)
    r"|预算资金|自有资金(?!小计)|(?<=、)其他(?=\s*[:：])"
    # (…资金合计(万元) 年度预算资金总额): 1084.25 / 其中:中央补助668.00 / 市级资金343.00 /
    # 本级资金(包括结转结余) 73.25: a transfer's money by the level of government paying)
    r"|中央补助|中央资金|省级资金|市级资金|县级资金|本级资金"
    # (a 申报表's sources of money: (一)财政拨款小计4.00 / 1、一般公共预算4.00 / 2、政府性基金
    # 0.00 / (二)自有资金小计0.00 / 1、事业收入0.00 …)
    r"|财政拨款小计|自有资金小计|一般公共预算|政府性基金|国有资本经营预算|事业收入|经营性收入"
    r"|其他收入"
    # (a 部门整体支出绩效目标表's money split two ways: 按收入性质分:952.22按支出性质分:952.22
    # / 其中:基本支出:875.22 / 项目支出:77)
    r"|按收入性质分|按支出性质分|基本支出(?=\s*[:：])|项目支出(?=\s*[:：]))"
    r"\s*(?:[(（][^()（）\d]{0,12}[)）])?\s*[)）]?\s*[:：]?\s*"
    r"(?P<amount>\d[\d,，]*(?:\.\d+)?)\s*(?P<mult>亿元|万元|万|元)?(?![\d.%])")
#: A fund line's label that names its money only beside the others (三、其他:0).
FUND_LINE_NAMES: dict[str, str] = {"其他": "其他资金"}
#: The scale a form declares for its amounts: 资金情况(万元), 项目资金(元), 金额单位:万元.
AMOUNT_SCALE = re.compile(r"[(（]\s*(?P<scale>万元|元)\s*[)）]"
                          r"|金额单位\s*[:：]\s*(?P<unit>万元|元)")
SCALES: dict[str, float] = {"亿元": 1e8, "万元": 1e4, "万": 1e4, "元": 1.0}


def read_fund_lines(doc: SourceDocument, builder: RecordBuilder, role: str = "target",
                    bare_only: bool = False) -> int:
    """The fund lines of a 绩效目标表 copied as text, whose grid is lost: each amount, in
    元 (scaled by its own 万 or by the form's declared (万元)), as a `role` of its label;
    with `bare_only`, only amounts without a unit of their own (a form's cells, not a
    report's sentences: 下达中央财政资金30.9万元 is read as prose). Figures a reader took
    already are left alone. Returns how many were added."""
    added = 0
    for m in FUND_LINE.finditer(doc.text):
        start, end = m.start("amount"), m.end("mult") if m.group("mult") else m.end("amount")
        if builder.has_value_in(start, end) or (bare_only and m.group("mult")):
            continue
        scale = m.group("mult")
        if scale is None:
            declared = list(AMOUNT_SCALE.finditer(doc.text, 0, m.start()))
            if not declared:
                continue  # no scale said: the amount's unit is unknown
            scale = declared[-1].group("scale") or declared[-1].group("unit")
        amount = float(m.group("amount").replace(",", "").replace("，", ""))
        span = ValueSpan(0, end - start, doc.text[start:end], amount * SCALES[scale], unit="元")
        year = _year_of(doc)
        if year:  # (the form's year: a 2022年度 表's money is 2022's)
            span = replace(span, period_start=year[0], period_end=year[1])
        label = FUND_LINE_NAMES.get(m.group("label"), m.group("label"))
        indicator_id = builder.add_indicator(label, m.start("label"), m.end("label"))
        if builder.add_value(span, start, role, indicator_id=indicator_id):
            added += 1
    return added


#: The relation cell of a template row (指标性质) as the comparator it states.
RELATION_CELLS: dict[str, str] = {
    "≧": "≥", "≥": "≥", ">=": "≥", "＞＝": "≥", "大于等于": "≥", "≦": "≤", "≤": "≤", "<=": "≤",
    "小于等于": "≤", "═": "=", "=": "=", "＝": "=", "等于": "=", ">": ">", "<": "<",
}
_NUMBER_CELL = re.compile(r"^\d[\d,]*(?:\.\d+)?%?$")
#: A unit cell (度量单位): short, no figure.
_UNIT_CELL = re.compile(r"^[^\d\s]{1,6}$")


def read_template_rows(doc: SourceDocument, builder: RecordBuilder, *,
                       with_actuals: bool = True) -> int:
    """Indicator rows of a form whose copy lost its grid (pipe rows cut where the page's
    merged cells fell, so no column holds): a row is known by the template's own shape —
    三级指标 | 指标性质 (≥) | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 — wherever it starts
    in its row. The figure is a target with the relation and unit beside it; the completed
    value an actual, the points scores (`with_actuals`: a 自评表; a 目标表 states targets).
    A table whose template rows all start in one column is a grid the form reader reads
    whole, and is left to it. Returns how many values were added."""
    added = 0
    year = _year_of(doc)  # (the form's year, as the form reader dates its rows)
    for block in table_blocks(doc):
        if not _untouched(builder, block):
            continue
        rows = [(row, texts, k) for row in block.rows
                for texts in [row_texts(doc, row)] for k in _template_at(texts)]
        if len({k for _, _, k in rows}) < 2:
            continue
        builder.take(block)
        # (one figure after every row's unit: the 权重 of a 目标表 part, no 完成值)
        weights_only = all(_figures_after(texts, k) <= 1 for _, texts, k in rows)
        for row, texts, k in rows:
            name = (texts[k - 1], row[k - 1].start, row[k - 1].end)
            unit = texts[k + 2] if k + 2 < len(texts) and _UNIT_CELL.match(texts[k + 2]) \
                else None
            after = k + 3 if unit else k + 2
            # (points keep the row's bare name: the template heads them 权重 or 分值, and
            # labellers name them after whichever it printed)
            cells = [(k + 1, "target")]
            if weights_only:
                cells.append((after, "score"))
            elif with_actuals:
                cells += [(after, "actual"), (after + 1, "score"), (after + 2, "score")]
            for column, role in cells:
                if column < len(row) and texts[column]:
                    added += emit_values(
                        doc, builder, row[column].start, row[column].end, role=role,
                        indicator=name, bare=True,
                        comparator=RELATION_CELLS[texts[k]] if role == "target" else None,
                        unit=unit if role in ("target", "actual") else None,
                        whole_cell=role == "actual", period=year)
    return added


def _figures_after(texts: list[str], k: int) -> int:
    """How many figures a template row holds after its target (and unit)."""
    return sum(1 for text in texts[k + 2 :] if _NUMBER_CELL.match(text))


def _template_at(texts: list[str]) -> list[int]:
    """Where a row's 指标性质 cell stands (a relation between a name and a figure)."""
    return [k for k in range(1, len(texts) - 1)
            if texts[k] in RELATION_CELLS and _NUMBER_CELL.match(texts[k + 1])
            and texts[k - 1] and not _NUMBER_CELL.match(texts[k - 1])]


def parse_self_evaluation(doc: SourceDocument, builder: RecordBuilder, *,
                          with_actuals: bool = True) -> list[str]:
    """The forms of a document whose genre is a form (自评表, 目标表): tables copied without
    their grid by the template's row shape first, then the forms read by their header."""
    shaped = read_template_rows(doc, builder, with_actuals=with_actuals)
    if not read_form_tables(doc, builder) and not shaped:
        raise GenreMismatch("no 三级指标 / 年度指标值 / 实际完成值 form")
    return []


#: A form's indicator written as a sentence of labelled fields (1)项目完成及时率(%),目标值90,
#: 完成值100,分值8,得分8。): each field's figure is the indicator's target, result or points,
#: as the same columns of a form's table are (INDICATOR_COLUMNS).
FIELD_ROLES: dict[str, str] = {
    label: column for column in ("target", "actual", "weight", "score")
    for label in INDICATOR_COLUMNS[column]}
_FIELD_LABEL = "|".join(sorted(FIELD_ROLES, key=len, reverse=True))
#: The line: a list mark (1), 1., (一)), the indicator's name with its unit in brackets,
#: then the fields, each a label and what it holds up to the next separator.
_FIELD_LINE = re.compile(
    rf"\s*(?:{ITEM}|\d{{1,2}}[)）])?\s*(?P<name>[^,，;；。:：\d][^,，;；。:：]{{1,40}}?)"
    rf"\s*[,，:：]\s*(?=(?:{_FIELD_LABEL}))")
_FIELD = re.compile(rf"(?P<label>{_FIELD_LABEL})\s*(?:为|是|[:：])?\s*"
                    r"(?P<value>[^,，;；。\s][^,，;；。]*?)\s*(?=[,，;；。]|$)")
#: Fewest fields a line names for it to be such a row (目标值, 完成值).
MIN_FIELDS = 2


def read_field_lines(doc: SourceDocument, builder: RecordBuilder) -> int:
    """The form rows a report wrote as sentences of labelled fields, one a paragraph, in any
    genre: `目标值` / `指标值` targets, `完成值` / `实际值` actuals, `分值` / `得分` points (…·分值,
    …·得分), bare figures in the unit the name's brackets state. Paragraphs whose figures a
    reader took already are left alone. Returns how many values were added."""
    added = 0
    year = _year_of(doc)
    for block in doc.blocks:
        if block.kind == "table" or builder.has_value_in(block.start, block.end):
            continue
        text = doc.text[block.start : block.end]
        line = _FIELD_LINE.match(text)
        if line is None:
            continue
        fields = list(_FIELD.finditer(text, line.end()))
        roles = {FIELD_ROLES[f.group("label")] for f in fields}
        if len(fields) < MIN_FIELDS or not roles & {"target", "actual"} \
                or text[fields[-1].end() :].strip(" 。.;；") != "":
            continue
        label = line.group("name").strip()
        name = without_unit(label) or label
        unit = unit_of_header(label)
        at = block.start + line.start("name")
        for field in fields:
            column = FIELD_ROLES[field.group("label")]
            role, suffix, points_unit = INDICATOR_ROLES[column]
            start, end = block.start + field.start("value"), block.start + field.end("value")
            added += emit_values(
                doc, builder, start, end, role=role, bare=True,
                indicator=(name + suffix, at, at + len(label)),
                unit=points_unit if points_unit is not None else unit,
                whole_cell=role != "score", period=year)
    return added
