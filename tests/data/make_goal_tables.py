"""项目支出绩效目标表 (project performance-goal tables) as departments print them in their
annual 部门预算 PDF, in the three layouts seen in the wild, with the facts they state.

A 部门预算 closes with one goal table per project: what the money buys (产出指标), what it
changes (效益指标), who should be pleased (满意度指标) and at what cost (成本指标), each a
三级指标 with a target value. The six projects of `PROJECTS` (a municipal housing and
construction bureau) are drawn with reportlab platypus in landscape A4, in STSong-Light (a
CID font reportlab never embeds), with `invariant=1` so the bytes are reproducible, a
title on page 1 and "- N -" page numbers:

- form_per_project: the 财政部 template, one small ruled form per project, one after
  another (a form runs over a page break where it falls): 项目名称, 主管部门 / 实施单位,
  项目资金(万元) over three sub-rows (年度资金总额, 其中：财政拨款, 其他资金), 年度总体目标,
  then 一级指标 | 二级指标 | 三级指标 | 指标值, the first two merged down over their rows and
  the value written as one string ("≥320个", "=100%", "≥320.00(个)", "达标");
- long_list: one table over several pages for all projects, 项目名称 | 项目资金(万元) |
  年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值, the project's three cells and 一级 / 二级
  merged down over its rows, the header repeated on every page;
- split_columns: as long_list without 项目资金, the value in three columns 指标性质 (≥ ≤ = >
  < or 定性) | 指标值 (a bare figure, or the words of a 定性 row) | 度量单位;
- titled_tables: a table of indicators alone per project (一级 | 二级 | 三级 | 指标值), the
  project's name and goal in lines above it (项目名称：…), no funds.

platypus never breaks a table inside a row span, so long_list and split_columns are cut
into pages here, one table per page with the header repeated: a merged cell cut by the
page break goes on as an empty merged cell on the next page, as a word processor prints
it (the project's name, funds and goal are on the first page only). At least one project
is cut so (checked when the file is written).

Oddities of real tables kept on purpose: 3万 in a 人次 row, 万元 in a 成本 row, decimals
(99.50), a 时效 row whose value is a date (2024年12月底前, a 定性 value), units in brackets
(≥320.00(个)), a 指标值 cell stating two values in words ("培训人数不少于60人,发放资料不少于
5000份"; in split_columns it is a 定性 row whose 指标值 holds the sentence), and figures in
the 年度总体目标 sentences that are not goal values of an indicator row.

The gold comes from the data here, never from a reader:

    write_goal_tables(folder) -> list of the paths written
    gold_facts(layout) -> [(project, 三级指标, number, unit, comparator, qualitative)]

A fact per value in document order: number with 万 folded in (3万人次 → 30000 人次; 万元 →
×10000 元), None for 定性; unit as written after folding, '' for 定性; comparator '=' when
none is written or 定性, else ≥ ≤ > < as written (不少于 → ≥); qualitative the words of a
定性 value, else None. The project funds are a fact of the project in form_per_project,
named "年度资金总额", with its sub-rows 财政拨款 and 其他资金 (planned amounts too), and in
long_list, named "项目资金"; each (project, name, amount × 10000, "元", "=", None), before
the project's indicator facts. split_columns and titled_tables have no funds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

DEPARTMENT = "某某市住房和城乡建设局"
TITLE = f"{DEPARTMENT}2024年部门预算"
SUBTITLE = "项目支出绩效目标表"
PAGE = (842.0, 595.0)  # landscape A4
MARGIN = 36.0
LAYOUTS = ("form_per_project", "long_list", "split_columns", "titled_tables")

Fact = tuple[str, str, float | None, str, str, str | None]


class Goal(NamedTuple):
    """One target value: comparator (≥ > = ≤ < or 定性), the figure and unit as written
    ('' for 定性), and the words of a 定性 value."""

    comparator: str
    figure: str
    unit: str
    words: str | None = None


class Line(NamedTuple):
    """An indicator row. `cell` is the 指标值 text when it is not its one goal drawn as
    comparator + figure + unit; `brackets` draws the unit in brackets: ≥320.00(个)."""

    level1: str
    level2: str
    name: str
    goals: tuple[Goal, ...]
    cell: str | None = None
    brackets: bool = False


class Project(NamedTuple):
    name: str
    unit: str  # 实施单位
    funds: str  # 万元, as written
    own: str  # 其中：财政拨款
    goal: str  # 年度总体目标
    lines: tuple[Line, ...]


OUT, USE, JOY, COST = "产出指标", "效益指标", "满意度指标", "成本指标"
NUM, QUA, TIME, PRICE = "数量指标", "质量指标", "时效指标", "成本指标"
SOC, ECO, ENV, LAST = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标"
FANS = "服务对象满意度指标"


def _n(level1: str, level2: str, name: str, comparator: str, figure: str, unit: str,
       brackets: bool = False) -> Line:
    return Line(level1, level2, name, (Goal(comparator, figure, unit),), brackets=brackets)


def _q(level1: str, level2: str, name: str, words: str) -> Line:
    return Line(level1, level2, name, (Goal("定性", "", "", words),))


PROJECTS: tuple[Project, ...] = (
    Project(
        "老旧小区停车设施改造", "某某市城市更新服务中心", "235.00", "235.00",
        "完成12个老旧小区停车设施改造，新建停车泊位不少于320个，缓解老旧小区停车难问题，"
        "提升居民生活品质。",
        (
            _n(OUT, NUM, "新建停车泊位", "≥", "320.00", "个", brackets=True),
            _n(OUT, NUM, "改造小区数量", "=", "12", "个"),
            _n(OUT, QUA, "验收合格率", "=", "100.00", "%", brackets=True),
            _q(OUT, TIME, "项目完成时限", "2024年12月底前"),
            _n(OUT, PRICE, "单个泊位改造成本", "≤", "0.7", "万元"),
            _q(USE, SOC, "停车难问题缓解程度", "有效提升"),
            _n(USE, LAST, "设施使用年限", "≥", "10", "年"),
            _n(JOY, FANS, "居民满意度", "≥", "90", "%"),
        ),
    ),
    Project(
        "城镇住房保障家庭租赁补贴", "某某市住房保障服务中心", "1280.50", "1080.50",
        "按标准向符合条件的城镇住房困难家庭发放租赁补贴，保障困难家庭基本住房需求，"
        "实现应保尽保。",
        (
            _n(OUT, NUM, "补贴发放户数", "≥", "2100", "户"),
            _n(OUT, NUM, "入户核查次数", "≥", "4", "次"),
            _n(OUT, QUA, "补贴发放准确率", "=", "100", "%"),
            _n(OUT, TIME, "补贴发放及时率", "≥", "99.50", "%"),
            _n(OUT, PRICE, "人均补助标准", "=", "600", "元/人"),
            _q(USE, SOC, "困难家庭生活改善度", "有效提升"),
            _n(USE, ECO, "户均减轻租房支出", "≥", "3000", "元"),
            _n(JOY, FANS, "保障对象满意度", "≥", "95", "%"),
        ),
    ),
    Project(
        "建筑行业从业人员技能培训", "某某市建设行业培训中心", "86.00", "86.00",
        "开展建筑施工安全和职业技能等级培训，全年培训从业人员3万人次，提升从业人员"
        "安全意识和职业技能水平。",
        (
            _n(OUT, NUM, "培训人次", "≥", "3万", "人次"),
            Line(OUT, NUM, "安全宣传进工地", (Goal("≥", "60", "人"), Goal("≥", "5000", "份")),
                 cell="培训人数不少于60人,发放资料不少于5000份"),
            _n(OUT, NUM, "举办培训班次数", "≥", "24", "次"),
            _n(OUT, QUA, "培训考核合格率", "≥", "95", "%"),
            _n(OUT, TIME, "培训完成及时率", "=", "100", "%"),
            _n(OUT, PRICE, "人均培训成本", "≤", "28.50", "元/人"),
            _q(USE, SOC, "从业人员安全意识", "有效提升"),
            _n(USE, LAST, "建筑施工较大安全事故", "<", "1", "起"),
            _n(JOY, FANS, "参训人员满意度", "≥", "90", "%"),
        ),
    ),
    Project(
        "市政道路桥梁养护维修", "某某市市政设施管理处", "2560.00", "2400.00",
        "对建成区市政道路、桥梁开展日常养护和中修，及时处置道路病害，保持设施完好，"
        "保障城市道路通行安全。",
        (
            _n(OUT, NUM, "道路养护里程", "≥", "156.8", "公里"),
            _n(OUT, NUM, "桥梁定期检测", "=", "42", "座"),
            _n(OUT, NUM, "处置道路病害", ">", "1200", "处"),
            _n(OUT, QUA, "养护设备完好率", "≥", "98.00", "%", brackets=True),
            _q(OUT, QUA, "养护工程质量", "优良"),
            _n(OUT, TIME, "病害处置时限", "≤", "3", "天"),
            _n(COST, "经济成本指标", "养护成本控制", "≤", "2560", "万元"),
            _q(USE, SOC, "道路通行安全水平", "有效提升"),
            _q(USE, LAST, "设施使用寿命", "有效延长"),
            _n(JOY, FANS, "市民满意度", "≥", "85", "%"),
        ),
    ),
    Project(
        "建筑工地扬尘污染治理", "某某市建筑工程管理站", "148.20", "148.20",
        "加强在建工地扬尘管控，落实施工现场六个百分之百措施，减少施工扬尘污染，"
        "改善城市空气质量。",
        (
            _n(OUT, NUM, "巡查建筑施工企业", "≥", "350", "家"),
            _n(OUT, NUM, "安装视频监控设备", "≥", "80", "套"),
            _n(OUT, QUA, "扬尘防治措施落实率", "≥", "95", "%"),
            _n(OUT, TIME, "问题整改时限", "≤", "30", "天"),
            _n(USE, ENV, "扬尘污染投诉下降率", "≥", "10", "%"),
            _q(USE, SOC, "文明施工水平", "达标"),
            _n(JOY, FANS, "周边群众满意度", "≥", "90", "%"),
        ),
    ),
    Project(
        "城市房屋安全隐患排查整治", "某某市房屋安全鉴定中心", "412.00", "312.00",
        "对城区老旧房屋开展安全隐患排查，建立房屋安全档案，完成重大隐患房屋整治，"
        "保障群众生命财产安全。",
        (
            _n(OUT, NUM, "排查房屋栋数", "≥", "5000", "栋"),
            _n(OUT, NUM, "建立房屋安全档案", "≥", "5000", "份"),
            _n(OUT, NUM, "隐患房屋整治", "≥", "120", "户"),
            _n(OUT, QUA, "排查覆盖率", "=", "100", "%"),
            _q(OUT, QUA, "鉴定报告质量", "达标"),
            _q(OUT, TIME, "排查完成时间", "按时完成"),
            _n(OUT, PRICE, "单栋排查成本", "≤", "600", "元"),
            _n(USE, SOC, "房屋垮塌伤亡事故", "=", "0", "起"),
            _n(JOY, FANS, "群众满意度", "≥", "90", "%"),
        ),
    ),
)


# --- the gold -------------------------------------------------------------------------


def fold(figure: str, unit: str) -> tuple[float, str]:
    """The number and unit a figure states: 3万 人次 → 30000 人次, 0.7 万元 → 7000 元."""
    number = float(figure.removesuffix("万"))
    if figure.endswith("万"):
        number *= 10000
    if unit.startswith("万") and len(unit) > 1:
        number, unit = number * 10000, unit[1:]
    return number, unit


def goal_fact(project: str, name: str, goal: Goal) -> Fact:
    if goal.comparator == "定性":
        return (project, name, None, "", "=", goal.words)
    number, unit = fold(goal.figure, goal.unit)
    return (project, name, number, unit, goal.comparator, None)


def funds_fact(project: Project, name: str, amount: str | None = None) -> Fact:
    return (project.name, name, *fold(amount or project.funds, "万元"), "=", None)


def other_funds(project: Project) -> str:
    """其他资金: what the 年度资金总额 holds beyond the 财政拨款."""
    return f"{float(project.funds) - float(project.own):.2f}"


FUNDS_NAME = {"form_per_project": "年度资金总额", "long_list": "项目资金"}


def gold_facts(layout: str) -> list[Fact]:
    """The facts a reader should take from `layout`'s PDF, in document order (see the
    module docstring for their form)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; one of {LAYOUTS}")
    facts: list[Fact] = []
    for project in PROJECTS:
        if layout in FUNDS_NAME:
            facts.append(funds_fact(project, FUNDS_NAME[layout]))
        if layout == "form_per_project":
            facts.append(funds_fact(project, "财政拨款", project.own))
            facts.append(funds_fact(project, "其他资金", other_funds(project)))
        for line in project.lines:
            facts.extend(goal_fact(project.name, line.name, goal) for goal in line.goals)
    return facts


# --- drawing --------------------------------------------------------------------------


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _styles() -> dict[str, object]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12,
                          wordWrap="CJK")
    return {
        "cell": cell,
        "centre": ParagraphStyle("centre", parent=cell, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=cell, fontSize=18, leading=26,
                                alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=cell, fontSize=15, leading=22,
                                   alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=cell, fontSize=10, leading=14),
    }


STYLES: dict[str, object] = {}


def _p(text: str, style: str = "cell"):
    from reportlab.platypus import Paragraph

    if not STYLES:
        STYLES.update(_styles())
    return Paragraph(text, STYLES[style]) if text else ""


def _value_cell(line: Line) -> str:
    """指标值 as one string: ≥320个, ≥320.00(个), =100%, 达标, or the row's own text."""
    if line.cell is not None:
        return line.cell
    (goal,) = line.goals
    if goal.comparator == "定性":
        return goal.words or ""
    unit = f"({goal.unit})" if line.brackets else goal.unit
    return f"{goal.comparator}{goal.figure}{unit}"


def _bare(figure: str) -> str:
    """A figure as a split-column table writes it: 320.00 → 320, 99.50 → 99.5."""
    if "." in figure and not figure.endswith("万"):
        figure = figure.rstrip("0").rstrip(".")
    return figure


def _split_cells(line: Line) -> list[str]:
    """指标性质 | 指标值 | 度量单位 of a split-column row."""
    if line.cell is not None or line.goals[0].comparator == "定性":
        return ["定性", _value_cell(line), ""]
    (goal,) = line.goals
    return [goal.comparator, _bare(goal.figure), goal.unit]


def _runs(keys: list[str]) -> list[tuple[int, int]]:
    """(first, last) row of each run of equal keys."""
    runs: list[tuple[int, int]] = []
    for k, key in enumerate(keys):
        if runs and keys[runs[-1][0]] == key:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return runs


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.6, "black"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("STSong-Light", 10)
    canvas.drawCentredString(PAGE[0] / 2, 20, f"- {canvas.getPageNumber()} -")
    canvas.restoreState()


def _heading(note: str) -> list:
    from reportlab.platypus import Spacer

    return [_p(TITLE, "title"), _p(SUBTITLE, "subtitle"), Spacer(1, 4), _p(note, "note"),
            Spacer(1, 4)]


def _build(path: Path, story: list) -> None:
    from reportlab.platypus import SimpleDocTemplate

    doc = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 6, invariant=1,
                            title=f"{TITLE}{SUBTITLE}", author=DEPARTMENT)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)


def _frame() -> tuple[float, float]:
    """Width and height a table may take in the page's frame (inside its 6 pt padding)."""
    return PAGE[0] - 2 * MARGIN - 12, PAGE[1] - 2 * MARGIN - 6 - 12


def _form(project: Project):
    """One 财政部 form: the project's head rows, then its indicators, 一级 / 二级 merged."""
    from reportlab.platypus import Table, TableStyle

    other = other_funds(project)
    rows = [
        [_p("项目名称", "centre"), _p(project.name), "", ""],
        [_p("主管部门", "centre"), _p(DEPARTMENT), _p("实施单位", "centre"), _p(project.unit)],
        [_p("项目资金<br/>（万元）", "centre"), _p("年度资金总额"), _p(project.funds), ""],
        ["", _p("其中：财政拨款"), _p(project.own), ""],
        ["", _p("其他资金"), _p(other), ""],
        [_p("年度总体目标", "centre"), _p(project.goal), "", ""],
        [_p(text, "centre") for text in ("一级指标", "二级指标", "三级指标", "指标值")],
    ]
    style = [*GRID, ("SPAN", (1, 0), (3, 0)), ("SPAN", (0, 2), (0, 4)),
             ("SPAN", (2, 2), (3, 2)), ("SPAN", (2, 3), (3, 3)), ("SPAN", (2, 4), (3, 4)),
             ("SPAN", (1, 5), (3, 5))]
    top = len(rows)
    lines = project.lines
    for column, keys in ((0, [ln.level1 for ln in lines]),
                         (1, [f"{ln.level1}/{ln.level2}" for ln in lines])):
        for first, last in _runs(keys):
            if last > first:
                style.append(("SPAN", (column, top + first), (column, top + last)))
    for k, line in enumerate(lines):
        merged = [k > 0 and lines[k - 1].level1 == line.level1,
                  k > 0 and (lines[k - 1].level1, lines[k - 1].level2)
                  == (line.level1, line.level2)]
        rows.append([
            "" if merged[0] else _p(line.level1, "centre"),
            "" if merged[1] else _p(line.level2, "centre"),
            _p(line.name), _p(_value_cell(line)),
        ])
    width = _frame()[0]
    return Table(rows, colWidths=[width * f for f in (0.15, 0.2, 0.3, 0.35)],
                 style=TableStyle(style))


def _indicator_table(project: Project):
    """The project's indicators alone (一级 | 二级 | 三级 | 指标值), 一级 / 二级 merged."""
    from reportlab.platypus import Table, TableStyle

    rows = [[_p(text, "centre") for text in ("一级指标", "二级指标", "三级指标", "指标值")]]
    style = list(GRID)
    lines = project.lines
    for column, keys in ((0, [ln.level1 for ln in lines]),
                         (1, [f"{ln.level1}/{ln.level2}" for ln in lines])):
        for first, last in _runs(keys):
            if last > first:
                style.append(("SPAN", (column, 1 + first), (column, 1 + last)))
    for k, line in enumerate(lines):
        merged = [k > 0 and lines[k - 1].level1 == line.level1,
                  k > 0 and (lines[k - 1].level1, lines[k - 1].level2)
                  == (line.level1, line.level2)]
        rows.append(["" if merged[0] else _p(line.level1, "centre"),
                     "" if merged[1] else _p(line.level2, "centre"),
                     _p(line.name), _p(_value_cell(line))])
    width = _frame()[0]
    return Table(rows, colWidths=[width * f for f in (0.15, 0.2, 0.3, 0.35)],
                 style=TableStyle(style))


def titled_tables(path: Path) -> None:
    """A table of indicators per project, its name (and funds) in lines above it, as
    many municipal budgets print them: 项目名称：… / 项目资金：…万元."""
    from reportlab.platypus import Spacer

    story = _heading(f"单位名称：{DEPARTMENT}")
    for project in PROJECTS:
        story += [_p(f"项目名称：{project.name}", "note"),
                  _p(f"年度绩效目标：{project.goal}", "note"),
                  Spacer(1, 2), _indicator_table(project), Spacer(1, 14)]
    _build(path, story)


def form_per_project(path: Path) -> None:
    from reportlab.platypus import Spacer

    story = _heading(f"单位名称：{DEPARTMENT}")
    for project in PROJECTS:
        story += [_form(project), Spacer(1, 14)]
    _build(path, story)


class Sheet(NamedTuple):
    """A long table before it is cut into pages: its header, its rows, and its merges as
    (column, first row, last row), the text in the first row of each."""

    widths: list[float]
    header: list[str]
    rows: list[list]
    merges: list[tuple[int, int, int]]
    project_of_row: list[int]


def _sheet(layout: str) -> Sheet:
    split = layout == "split_columns"
    head = ["项目名称", *([] if split else ["项目资金<br/>（万元）"]), "年度目标", "一级指标",
            "二级指标", "三级指标", *(["指标性质", "指标值", "度量单位"] if split else ["指标值"])]
    shares = ((0.12, 0.24, 0.08, 0.1, 0.18, 0.08, 0.12, 0.08) if split
              else (0.12, 0.08, 0.25, 0.08, 0.1, 0.17, 0.2))
    width = _frame()[0]
    rows: list[list] = []
    merges: list[tuple[int, int, int]] = []
    owner: list[int] = []
    project_columns = 2 if split else 3
    for number, project in enumerate(PROJECTS):
        top = len(rows)
        lines = project.lines
        heads = [project.name, *([] if split else [project.funds]), project.goal]
        for k, line in enumerate(lines):
            first = k == 0
            new1 = first or lines[k - 1].level1 != line.level1
            new2 = new1 or lines[k - 1].level2 != line.level2
            value = [_p(c, "centre") for c in _split_cells(line)] if split \
                else [_p(_value_cell(line))]
            rows.append([
                *[(_p(h, "centre" if c < project_columns - 1 else "cell") if first else "")
                  for c, h in enumerate(heads)],
                _p(line.level1, "centre") if new1 else "",
                _p(line.level2, "centre") if new2 else "",
                _p(line.name), *value,
            ])
            owner.append(number)
        end = len(rows) - 1
        merges += [(c, top, end) for c in range(project_columns)]
        for column, keys in ((project_columns, [ln.level1 for ln in lines]),
                             (project_columns + 1, [f"{ln.level1}/{ln.level2}" for ln in lines])):
            merges += [(column, top + a, top + b) for a, b in _runs(keys) if b > a]
    return Sheet([width * s for s in shares], [_p(h, "centre") for h in head], rows, merges,
                 owner)


def _page_table(sheet: Sheet, start: int, stop: int):
    """Rows start..stop-1 under the header, merges clipped to the page."""
    from reportlab.platypus import Table, TableStyle

    style = list(GRID)
    for column, first, last in sheet.merges:
        a, b = max(first, start), min(last, stop - 1)
        if a < b:
            style.append(("SPAN", (column, a - start + 1), (column, b - start + 1)))
    return Table([sheet.header, *sheet.rows[start:stop]], colWidths=sheet.widths,
                 style=TableStyle(style), repeatRows=1)


def _paginate(sheet: Sheet, first_height: float) -> list[tuple[int, int]]:
    """Cut the rows into pages, as many rows on each as fit."""
    width, height = _frame()
    pages: list[tuple[int, int]] = []
    start, room = 0, first_height
    while start < len(sheet.rows):
        stop = start + 1
        while stop < len(sheet.rows) and \
                _page_table(sheet, start, stop + 1).wrap(width, height)[1] <= room:
            stop += 1
        pages.append((start, stop))
        start, room = stop, height - 2
    return pages


def _long_table(path: Path, layout: str) -> None:
    from reportlab.platypus import PageBreak

    heading = _heading(f"单位名称：{DEPARTMENT}" + ("" if layout == "split_columns"
                                                     else "\u3000\u3000金额单位：万元"))
    width, height = _frame()
    used = sum(f.wrap(width, height)[1] for f in heading) + 2
    sheet = _sheet(layout)
    pages = _paginate(sheet, height - used)
    cut = [stop for _, stop in pages[:-1]
           if sheet.project_of_row[stop - 1] == sheet.project_of_row[stop]]
    if not cut:
        raise AssertionError(f"{layout}: no project is cut by a page break")
    story = list(heading)
    for k, (start, stop) in enumerate(pages):
        story += [*([PageBreak()] if k else []), _page_table(sheet, start, stop)]
    _build(path, story)


def long_list(path: Path) -> None:
    _long_table(path, "long_list")


def split_columns(path: Path) -> None:
    _long_table(path, "split_columns")


WRITERS: dict[str, Callable[[Path], None]] = {
    "form_per_project": form_per_project, "long_list": long_list,
    "split_columns": split_columns, "titled_tables": titled_tables,
}


def write_goal_tables(folder: Path) -> list[Path]:
    _register()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, writer in WRITERS.items():
        path = folder / f"{name}.pdf"
        writer(path)
        paths.append(path)
    return paths
