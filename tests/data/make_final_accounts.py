"""A department's annual final account (部门决算) as departments publish it, with the facts
it states.

Every department of a city publishes its 部门决算 each autumn: a cover, 部门概况, the
情况说明 (prose reporting each table's totals against the year before and against the
年初预算), the 项目支出绩效自评表 of its projects, and the standard tables of the 财政部
template, in 万元. `write_final_account(folder)` draws one for a municipal 生态环境局's
2023 accounts with reportlab platypus, in landscape A4, in STSong-Light (a CID font
reportlab never embeds), with `invariant=1` so the bytes are reproducible and "- N -" page
numbers. The tables, ruled (GRID) with merged cells (SPAN) as the template prints them,
each under a "公开NN表" mark, its title and a 部门 / 单位：万元 line:

- 收入支出决算总表: 收入 | 支出 side by side, each 项目 | 年初预算数 | 决算数 (the variant with
  budget columns some provinces print), 收入 / 支出 merged over their three columns;
- 收入决算表: 功能分类科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 上级补助收入 |
  事业收入 | 经营收入 | 附属单位上缴收入 | 其他收入, 类 / 款 / 项 rows under a 合计 row;
- 支出决算表: … | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位
  补助支出, with a 栏次 row (1 2 3 …) under its header and 编制单位 before 单位 in its unit line;
- 财政拨款收入支出决算总表: 收入 项目 | 行次 | 金额 beside 支出 项目 | 行次 | 合计 | 一般公共
  预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款, with its 栏次 row;
- 一般公共预算财政拨款支出决算表: 科目编码 | 科目名称 | 年初预算数 | 决算数 (合计 | 基本
  支出 | 项目支出), two header rows; long enough to run over a page break, where platypus
  repeats its header (checked when the file is written);
- 一般公共预算财政拨款"三公"经费支出决算表: the measures across (合计 | 因公出国（境）费 |
  公务用车购置及运行费 (小计 | 公务用车购置费 | 公务用车运行费) | 公务接待费), a 行次 row,
  then one row per figure kind: 2023年度预算数, 2023年度决算数, 2022年度决算数.

The figures are illustrative but add up: every 类 and 款 is the sum of its 项, every 合计
and 总计 the sum of its parts, 收 equals 支 (年末结转和结余 closing the gap), and the 情况
说明 and the 自评表 quote the tables (their changes against figures of 2022 kept here).
Figures are kept as the 万元 strings printed and summed with Decimal, so the gold's 元
are exact.

The gold comes from the data the pages are drawn from, never from a reader:

    write_final_account(folder) -> the path written
    gold_facts() -> [Fact], in document order

A Fact is one figure: `name` the indicator as an analyst writes it, `role`, `number` (元 for
money, 万元 × 10000 exactly; else the number written), `unit` ('元', '%', '' for points printed
bare, or the count's unit), `comparator` ('=' unless the figure is written with one, as a
自评表's ≥90%), `change` ('up' / 'down' for 比上年增加 / 减少 and their percentages, else None),
`qualitative` (the words of a 定性 value), `part` (the table's title, the form's project, or
the prose section's heading) and `kind` ('table', 'form' or 'prose').

Roles: 决算数 and figures of 2023 reported as done → 'actual' (the tables with no role in
their header hold actuals: a 决算 reports); 预算数, 年初预算数, 全年预算数, a 自评表's 年度
指标值 → 'target'; 上年 (a 2022年度决算数 row) → 'baseline'; 分值 /
得分 → 'score'. A change against 上年 (比上年增加215.36万元，增长6.9%) is an actual with its
change, not a baseline.

Names (the convention the readers are held to), as zhibiao's normalized text writes
them (NFKC: 因公出国（境）费 is 因公出国(境)费); a table's and the form's facts stand under
the table's title or the project's name as their target, so one row label in two tables
is two indicators:

- a table figure is named by its row label without its list mark (一、, 1., （1）) and
  without 其中：; plus the column's measure when the column names one beyond the figure kind
  (行政运行 | 基本支出 → 行政运行基本支出), and the label alone when the column only says the
  kind (年初预算数, 决算数, 金额) or is the row's total (本年支出合计, 合计): so a row's
  年初预算数 and 决算数 are one indicator and meet in attainment;
- a total row (合计, 总计) is named by the column's measure (合计 | 基本支出 → 基本支出),
  by the column when it is a total with words of its own (合计 | 本年收入合计 → 本年收入合计),
  else by the side it stands under plus the label (收入 … 总计 → 收入总计), else by the
  table's subject: its title without 决算表 (一般公共预算财政拨款支出). So the 财政拨款收支
  总表's 总计 | 一般公共预算财政拨款 is 一般公共预算财政拨款, like its first 收入 row (the
  same figure);
- a row that only says the figure kind (2023年度预算数) names nothing: the column does
  (因公出国（境）费; 公务用车购置及运行费 for its 小计; the table's subject for 合计);
- a 自评表 row is its 三级指标 (target and actual), 三级指标·分值 / ·得分 (scores); a fund row
  its label (年度资金总额, 当年财政拨款) for 全年预算数 (target) / 全年执行数 (actual), label +
  年初预算数 for the first plan (a target), label + 执行率 for the rate (年度资金总额's is the
  form's 预算执行率, and its points 预算执行率·分值 / ·得分); 总分·分值 / 总分·得分;
- a prose figure is the subject of its clause as printed (收入总计, 一般公共预算财政拨款收入),
  its changes too; a share (占95.05%) is the subject + 占比; 完成年初预算的108.1% is the
  subject + 预算完成率; a count (内设7个职能科室) is the thing counted + 数.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple

DEPARTMENT = "某某市生态环境局"
YEAR = 2023
TITLE = f"{DEPARTMENT}{YEAR}年度部门决算"
PUBLISHED = "2024年9月20日"
PAGE = (842.0, 595.0)  # landscape A4
MARGIN = 36.0
FILE_NAME = "final_account.pdf"


class Fact(NamedTuple):
    name: str
    role: str
    number: float | None
    unit: str
    comparator: str
    change: str | None
    qualitative: str | None
    part: str
    kind: str


# --- the accounts ----------------------------------------------------------------------


class Item(NamedTuple):
    """A 项 of the functional classification, in 万元: what was spent (基本支出, 项目支出),
    how much of the 项目支出 the 一般公共预算 paid, the income classed to it beyond what the
    一般公共预算 paid (事业收入, 其他收入, 一般公共预算 left over for next year) and its
    一般公共预算 年初预算数."""

    code: str
    name: str
    basic: str
    project: str
    gpb_project: str
    budget: str
    shiye: str = "0.00"
    other: str = "0.00"
    gpb_carry: str = "0.00"


class Group(NamedTuple):
    code: str
    name: str
    children: tuple  # of Group (款 under a 类) or Item (项 under a 款)


CLASSES: tuple[Group, ...] = (
    Group("208", "社会保障和就业支出", (
        Group("20805", "行政事业单位养老支出", (
            Item("2080505", "机关事业单位基本养老保险缴费支出", "156.32", "0.00", "0.00",
                 "160.00"),
            Item("2080506", "机关事业单位职业年金缴费支出", "62.53", "0.00", "0.00", "65.00"),
        )),
    )),
    Group("210", "卫生健康支出", (
        Group("21011", "行政事业单位医疗", (
            Item("2101101", "行政单位医疗", "72.18", "0.00", "0.00", "75.00"),
            Item("2101103", "公务员医疗补助", "28.40", "0.00", "0.00", "30.00"),
        )),
    )),
    Group("211", "节能环保支出", (
        Group("21101", "环境保护管理事务", (
            Item("2110101", "行政运行", "1245.60", "0.00", "0.00", "1260.00"),
            Item("2110102", "一般行政管理事务", "0.00", "186.40", "186.40", "150.00"),
            Item("2110104", "生态环境保护宣传", "0.00", "42.30", "42.30", "50.00"),
            Item("2110105", "环境保护法规、规划及标准", "0.00", "68.50", "68.50", "80.00"),
            Item("2110199", "其他环境保护管理事务支出", "0.00", "95.20", "70.40", "80.00",
                 other="24.80"),
        )),
        Group("21102", "环境监测与监察", (
            Item("2110203", "建设项目环评审查与监督", "0.00", "55.60", "55.60", "60.00"),
            Item("2110204", "核与辐射安全监督", "0.00", "31.25", "31.25", "30.00"),
        )),
        Group("21103", "污染防治", (
            Item("2110301", "大气", "0.00", "620.75", "500.00", "500.00", shiye="136.50"),
            Item("2110302", "水体", "0.00", "318.90", "318.90", "400.00", gpb_carry="31.10"),
            Item("2110304", "固体废弃物与化学品", "0.00", "26.80", "26.80", "0.00"),
        )),
    )),
    Group("221", "住房保障支出", (
        Group("22102", "住房改革支出", (
            Item("2210201", "住房公积金", "98.40", "0.00", "0.00", "98.40"),
        )),
    )),
)
#: 类 the 总表 list with nothing spent (the template prints every 类; a few kept here).
EMPTY_CLASSES: tuple[str, ...] = ("一般公共服务支出",)
#: Budgets of the income beyond the 一般公共预算, and what was left from 2022.
SHIYE_BUDGET, OTHER_BUDGET = "120.00", "20.00"
CARRY_IN = "85.60"  # 年初结转和结余 (none of it 财政拨款)
#: 2022 figures the 情况说明 compares with.
LAST_YEAR = {"收入总计": "3130.42", "财政拨款收入总计": "3157.37", "公务接待费": "20.80",
             "机关运行经费": "90.50"}
#: "三公" 经费: (预算数, 决算数, 2022年度决算数) per measure, 公务用车 split in two.
SANGONG = {
    "因公出国（境）费": ("0.00", "0.00", "0.00"),
    "公务用车购置费": ("0.00", "0.00", "0.00"),
    "公务用车运行费": ("25.00", "20.12", "21.36"),
    "公务接待费": ("20.00", "18.50", "20.80"),
}
RUNNING_COSTS = "86.32"  # 机关运行经费
PROCUREMENT = "215.60"  # 政府采购支出
VEHICLES = 3


def nfkc(text: str) -> str:
    """Text as zhibiao's normalized text has it (NFKC: 因公出国（境）费 → 因公出国(境)费)."""
    return unicodedata.normalize("NFKC", text)


def D(text: str) -> Decimal:
    return Decimal(text)


def fmt(number: Decimal) -> str:
    return str(number.quantize(Decimal("0.01")))


def pct(part: Decimal, whole: Decimal, places: str = "0.01") -> str:
    return str((part / whole * 100).quantize(Decimal(places), rounding=ROUND_HALF_UP))


def items(node=None) -> Iterator[Item]:
    for child in (CLASSES if node is None else node.children):
        if isinstance(child, Item):
            yield child
        else:
            yield from items(child)


def total(field, node=None) -> Decimal:
    """The sum of `field(item)` over the items under `node` (all when None)."""
    return sum((field(i) for i in items(node)), Decimal("0"))


def spent(i: Item) -> Decimal:
    return D(i.basic) + D(i.project)


def gpb_spent(i: Item) -> Decimal:
    return D(i.basic) + D(i.gpb_project)


def gpb_in(i: Item) -> Decimal:
    return gpb_spent(i) + D(i.gpb_carry)


def income(i: Item) -> Decimal:
    return gpb_in(i) + D(i.shiye) + D(i.other)


def budget(i: Item) -> Decimal:
    return D(i.budget)


class Accounts(NamedTuple):
    """The totals every table and the 情况说明 quote, in 万元."""

    gpb_in: Decimal
    shiye: Decimal
    other: Decimal
    income: Decimal  # 本年收入合计
    carry_in: Decimal
    grand: Decimal  # 总计
    spent: Decimal  # 本年支出合计
    basic: Decimal
    project: Decimal
    carry_out: Decimal
    gpb_spent: Decimal
    gpb_carry_out: Decimal
    gpb_budget: Decimal


def accounts() -> Accounts:
    gpb = total(gpb_in)
    shiye, other = total(lambda i: D(i.shiye)), total(lambda i: D(i.other))
    inc = gpb + shiye + other
    grand = inc + D(CARRY_IN)
    out = total(spent)
    return Accounts(gpb, shiye, other, inc, D(CARRY_IN), grand, out,
                    total(lambda i: D(i.basic)), total(lambda i: D(i.project)), grand - out,
                    total(gpb_spent), total(lambda i: D(i.gpb_carry)), total(budget))


# --- text with its facts ----------------------------------------------------------------


class Fig(NamedTuple):
    """A figure as printed, with the fact it states (name None: a figure that states no
    fact, like a 栏次 number)."""

    text: str
    name: str | None = None
    role: str = "actual"
    unit: str = "万元"
    change: str | None = None
    comparator: str = "="
    qualitative: str | None = None

    def fact(self, part: str, kind: str) -> Fact | None:
        if self.name is None:
            return None
        name, part = nfkc(self.name), nfkc(part)
        if self.qualitative is not None:
            return Fact(name, self.role, None, "", "=", None, self.qualitative, part,
                        kind)
        number = D(re.match(r"[≥≤<>=]?(-?[\d.]+)", self.text).group(1))
        unit = self.unit
        if unit == "万元":
            number, unit = number * 10000, "元"
        return Fact(name, self.role, float(number), unit, self.comparator, self.change,
                    None, part, kind)


def money(text: str, name: str, role: str = "actual", change: str | None = None) -> Fig:
    return Fig(text, name, role, "万元", change)


def share(text: str, name: str, role: str = "actual", change: str | None = None) -> Fig:
    return Fig(text, name, role, "%", change)


# --- the prose ----------------------------------------------------------------------------

Piece = str | Fig
Text = tuple[Piece, ...]  # a paragraph: words and figures


def change_of(now: Decimal, before: str, name: str, lead: str = "比上年"
              ) -> tuple[Piece, ...]:
    """比上年增加X万元，增长Y% (or 减少 / 下降) of `now` against last year's `before`."""
    diff = now - D(before)
    way = "up" if diff >= 0 else "down"
    verb, rate = ("增加", "增长") if way == "up" else ("减少", "下降")
    return (f"{lead}{verb}", money(fmt(abs(diff)), name, change=way), "万元，", rate,
            share(pct(abs(diff), D(before), "0.1"), name, change=way), "%")


def prose() -> list[tuple[str, list[Text]]]:
    """(section heading, its paragraphs) of the 情况说明 and 部门概况, in order."""
    a = accounts()
    sangong_budget = sum((D(v[0]) for v in SANGONG.values()), Decimal("0"))
    sangong_spent = sum((D(v[1]) for v in SANGONG.values()), Decimal("0"))
    car = [SANGONG["公务用车购置费"], SANGONG["公务用车运行费"]]
    car_budget = sum((D(v[0]) for v in car), Decimal("0"))
    car_spent = sum((D(v[1]) for v in car), Decimal("0"))
    reception = SANGONG["公务接待费"]
    gpb_total = "一般公共预算财政拨款支出"
    sangong = "一般公共预算财政拨款“三公”经费支出"
    items_by_name = {i.name: i for i in items()}
    run, water = items_by_name["行政运行"], items_by_name["水体"]
    return [
        ("二、机构设置", [(
            "本部门内设", Fig("7", "职能科室数", unit="个"), "个职能科室，下属",
            Fig("2", "事业单位数", unit="个"), "个事业单位，均纳入本部门决算编制范围。",
        )]),
        ("一、收入支出决算总体情况说明", [(
            f"{YEAR}年度收入总计", money(fmt(a.grand), "收入总计"), "万元，",
            *change_of(a.grand, LAST_YEAR["收入总计"], "收入总计"), "；支出总计",
            money(fmt(a.grand), "支出总计"), "万元，",
            *change_of(a.grand, LAST_YEAR["收入总计"], "支出总计"),
            "。主要变动原因是新增大气污染防治专项资金。",
        )]),
        ("二、收入决算情况说明", [(
            f"{YEAR}年度本年收入合计", money(fmt(a.income), "本年收入合计"), "万元，其中：",
            "一般公共预算财政拨款收入", money(fmt(a.gpb_in), "一般公共预算财政拨款收入"),
            "万元，占", share(pct(a.gpb_in, a.income), "一般公共预算财政拨款收入占比"), "%；",
            "事业收入", money(fmt(a.shiye), "事业收入"), "万元，占",
            share(pct(a.shiye, a.income), "事业收入占比"), "%；其他收入",
            money(fmt(a.other), "其他收入"), "万元，占",
            share(pct(a.other, a.income), "其他收入占比"), "%。",
        )]),
        ("三、支出决算情况说明", [(
            f"{YEAR}年度本年支出合计", money(fmt(a.spent), "本年支出合计"), "万元，其中：",
            "基本支出", money(fmt(a.basic), "基本支出"), "万元，占",
            share(pct(a.basic, a.spent), "基本支出占比"), "%；项目支出",
            money(fmt(a.project), "项目支出"), "万元，占",
            share(pct(a.project, a.spent), "项目支出占比"), "%。",
        )]),
        ("四、财政拨款收入支出决算总体情况说明", [(
            f"{YEAR}年度财政拨款收入总计", money(fmt(a.gpb_in), "财政拨款收入总计"), "万元，",
            *change_of(a.gpb_in, LAST_YEAR["财政拨款收入总计"], "财政拨款收入总计",
                       "与上年相比"),
            "。主要变动原因是上年一次性安排的污染源普查经费本年不再安排。",
        )]),
        ("五、一般公共预算财政拨款支出决算情况说明", [
            (f"{YEAR}年度{gpb_total}年初预算为", money(fmt(a.gpb_budget), gpb_total, "target"),
             "万元，支出决算为", money(fmt(a.gpb_spent), gpb_total), "万元，完成年初预算的",
             share(pct(a.gpb_spent, a.gpb_budget, "0.1"), gpb_total + "预算完成率"),
             "%。决算数大于年初预算数的主要原因是年中追加大气污染防治和固体废弃物治理资金。"),
            ("1.节能环保支出（类）环境保护管理事务（款）行政运行（项）。年初预算为",
             money(run.budget, "行政运行", "target"), "万元，支出决算为",
             money(fmt(gpb_spent(run)), "行政运行"), "万元，完成年初预算的",
             share(pct(gpb_spent(run), budget(run), "0.1"), "行政运行预算完成率"),
             "%。决算数小于年初预算数的主要原因是人员调出。"),
            ("2.节能环保支出（类）污染防治（款）水体（项）。年初预算为",
             money(water.budget, "水体", "target"), "万元，支出决算为",
             money(fmt(gpb_spent(water)), "水体"), "万元，完成年初预算的",
             share(pct(gpb_spent(water), budget(water), "0.1"), "水体预算完成率"),
             "%。决算数小于年初预算数的主要原因是部分工程未完工，资金结转下年使用。"),
        ]),
        ("六、一般公共预算财政拨款“三公”经费支出决算情况说明", [
            (f"{YEAR}年度{sangong}预算为", money(fmt(sangong_budget), sangong, "target"),
             "万元，支出决算为", money(fmt(sangong_spent), sangong), "万元，完成预算的",
             share(pct(sangong_spent, sangong_budget, "0.1"), sangong + "预算完成率"),
             "%。其中：因公出国（境）费支出决算为",
             money(SANGONG["因公出国（境）费"][1], "因公出国（境）费"), "万元；公务用车购置及运行费"
             "支出决算为", money(fmt(car_spent), "公务用车购置及运行费"), "万元，完成预算的",
             share(pct(car_spent, car_budget, "0.1"), "公务用车购置及运行费预算完成率"),
             "%；公务接待费支出决算为", money(reception[1], "公务接待费"), "万元，",
             *change_of(D(reception[1]), LAST_YEAR["公务接待费"], "公务接待费"),
             "。决算数小于预算数的主要原因是严格落实中央八项规定精神，压减一般性支出。"),
        ]),
        ("七、其他重要事项的情况说明", [
            (f"{YEAR}年度本部门机关运行经费支出", money(RUNNING_COSTS, "机关运行经费"), "万元，",
             *change_of(D(RUNNING_COSTS), LAST_YEAR["机关运行经费"], "机关运行经费"),
             "。主要原因是严格控制办公费和差旅费支出。"),
            (f"{YEAR}年度本部门政府采购支出总额", money(PROCUREMENT, "政府采购支出总额"),
             f"万元。截至{YEAR}年12月31日，本部门共有车辆", Fig(str(VEHICLES), "车辆数", unit="辆"),
             "辆。"),
        ]),
    ]


def prose_facts() -> Iterator[Fact]:
    for heading, paragraphs in prose():
        for paragraph in paragraphs:
            for piece in paragraph:
                if isinstance(piece, Fig):
                    yield piece.fact(heading, "prose")


# --- the tables ---------------------------------------------------------------------------


class Sheet(NamedTuple):
    """One standard table: its mark, title, unit line, column widths (shares), header rows
    (strings, '' under a merge), body rows (str or Fig), merges as (col0, row0, col1, row1)
    over header and body rows together."""

    mark: str
    title: str
    unit_line: str
    widths: tuple[float, ...]
    header: list[list[str]]
    body: list[list]
    spans: list[tuple[int, int, int, int]]


UNIT_LINE = f"部门：{DEPARTMENT}\u3000\u3000\u3000\u3000\u3000\u3000单位：万元"
EDITOR_LINE = f"编制单位：{DEPARTMENT}\u3000\u3000\u3000\u3000\u3000\u3000单位：万元"


def subject(title: str) -> str:
    """A table's subject: its title without 决算表 (一般公共预算财政拨款支出)."""
    return title.removesuffix("决算表")


def _numbered(k: int, name: str) -> str:
    return "一二三四五六七八九十"[k] + "、" + name


def table_income_expense() -> Sheet:
    a = accounts()
    title = "收入支出决算总表"
    inc = [
        ("一般公共预算财政拨款收入", fmt(a.gpb_budget), fmt(a.gpb_in)),
        ("政府性基金预算财政拨款收入", "0.00", "0.00"),
        ("国有资本经营预算财政拨款收入", "0.00", "0.00"),
        ("上级补助收入", "0.00", "0.00"),
        ("事业收入", SHIYE_BUDGET, fmt(a.shiye)),
        ("经营收入", "0.00", "0.00"),
        ("附属单位上缴收入", "0.00", "0.00"),
        ("其他收入", OTHER_BUDGET, fmt(a.other)),
    ]
    income_budget = sum((D(b) for _, b, _ in inc), Decimal("0"))
    out = [(name, "0.00", "0.00") for name in EMPTY_CLASSES]
    extra = D(SHIYE_BUDGET) + D(OTHER_BUDGET)  # what the 事业 / 其他 budgets pay for
    for group in CLASSES:
        own = total(budget, group) + (extra if group.name == "节能环保支出" else 0)
        out.append((group.name, fmt(own), fmt(total(spent, group))))
    body: list[list] = []
    for k in range(len(inc)):
        left = [_numbered(k, inc[k][0]), money(inc[k][1], inc[k][0], "target"),
                money(inc[k][2], inc[k][0])]
        if k < len(out):
            right = [_numbered(k, out[k][0]), money(out[k][1], out[k][0], "target"),
                     money(out[k][2], out[k][0])]
        else:
            right = ["", "", ""]
        body.append(left + right)
    body += [
        ["本年收入合计", money(fmt(income_budget), "本年收入合计", "target"),
         money(fmt(a.income), "本年收入合计"),
         "本年支出合计", money(fmt(income_budget), "本年支出合计", "target"),
         money(fmt(a.spent), "本年支出合计")],
        ["使用非财政拨款结余", "", money("0.00", "使用非财政拨款结余"),
         "结余分配", "", money("0.00", "结余分配")],
        ["年初结转和结余", "", money(fmt(a.carry_in), "年初结转和结余"),
         "年末结转和结余", "", money(fmt(a.carry_out), "年末结转和结余")],
        ["总计", "", money(fmt(a.grand), "收入总计"), "总计", "", money(fmt(a.grand), "支出总计")],
    ]
    header = [["收入", "", "", "支出", "", ""],
              ["项目", "年初预算数", "决算数", "项目", "年初预算数", "决算数"]]
    return Sheet("公开01表", title, UNIT_LINE, (0.26, 0.12, 0.12, 0.26, 0.12, 0.12), header,
                 body, [(0, 0, 2, 0), (3, 0, 5, 0)])


def _class_table(mark: str, title: str, unit_line: str, heads: list[str], columns: list,
                 label_names: list[str | None]) -> Sheet:
    """A table of 类 / 款 / 项 rows: 项目 (科目编码 | 科目名称) then one column per head; a
    detail row's figure is named by its label plus `label_names[k]` (None: the label
    alone)."""
    body: list[list] = []
    total_row: list = ["合计", ""]
    for head, field in zip(heads, columns, strict=True):
        total_row.append(money(fmt(total(field)), head))
    body.append(total_row)

    def add(node) -> None:
        row = [node.code, node.name]
        for field, suffix in zip(columns, label_names, strict=True):
            value = field(node) if isinstance(node, Item) else total(field, node)
            row.append(money(fmt(value), node.name + (suffix or "")))
        body.append(row)
        if isinstance(node, Group):
            for child in node.children:
                add(child)

    for group in CLASSES:
        add(group)
    n = len(heads)
    header = [["项目", "", *heads], ["功能分类科目编码", "科目名称", *[""] * n]]
    spans = [(0, 0, 1, 0), *[(2 + k, 0, 2 + k, 1) for k in range(n)], (0, 2, 1, 2)]
    share_rest = (1 - 0.11 - 0.2) / n
    return Sheet(mark, title, unit_line, (0.11, 0.2, *[share_rest] * n), header, body, spans)


def table_income() -> Sheet:
    zero = lambda node: Decimal("0")  # noqa: E731
    heads = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
             "附属单位上缴收入", "其他收入"]
    fields = [income, gpb_in, zero, lambda i: D(i.shiye), zero, zero, lambda i: D(i.other)]
    return _class_table("公开02表", "收入决算表", UNIT_LINE, heads, fields,
                        [None, *heads[1:]])


def table_expense() -> Sheet:
    zero = lambda node: Decimal("0")  # noqa: E731
    heads = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出",
             "对附属单位补助支出"]
    fields = [spent, lambda i: D(i.basic), lambda i: D(i.project), zero, zero, zero]
    sheet = _class_table("公开03表", "支出决算表", EDITOR_LINE, heads, fields,
                         [None, *heads[1:]])
    # the 栏次 row of the template under the header: 栏次 | | 1 | 2 | …
    ranks = ["栏次", "", *[Fig(str(k + 1)) for k in range(len(heads))]]
    body = [ranks, *sheet.body]
    spans = [s if s[1] < 2 else (s[0], s[1] + 1, s[2], s[3] + 1) for s in sheet.spans]
    spans.append((0, 2, 1, 2))
    return sheet._replace(body=body, spans=spans)


def table_fiscal() -> Sheet:
    a = accounts()
    title = "财政拨款收入支出决算总表"
    left = [("一般公共预算财政拨款", fmt(a.gpb_in)), ("政府性基金预算财政拨款", "0.00"),
            ("国有资本经营预算财政拨款", "0.00")]
    funds = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
    classes = [(name, Decimal("0")) for name in EMPTY_CLASSES] + [
        (g.name, total(gpb_spent, g)) for g in CLASSES]
    body: list[list] = []
    rows = max(len(left), len(classes))
    for k in range(rows):
        row: list = []
        if k < len(left):
            row += [_numbered(k, left[k][0]), Fig(str(k + 1)), money(left[k][1], left[k][0])]
        else:
            row += ["", "", ""]
        if k < len(classes):
            name, amount = classes[k]
            row += [_numbered(k, name), Fig(str(31 + k)), money(fmt(amount), name),
                    money(fmt(amount), name + funds[0]), money("0.00", name + funds[1]),
                    money("0.00", name + funds[2])]
        else:
            row += ["", "", "", "", "", ""]
        body.append(row)
    n = len(classes)
    body += [
        ["本年收入合计", Fig("4"), money(fmt(a.gpb_in), "本年收入合计"),
         "本年支出合计", Fig(str(31 + n)), money(fmt(a.gpb_spent), "本年支出合计"),
         money(fmt(a.gpb_spent), "本年支出合计" + funds[0]),
         money("0.00", "本年支出合计" + funds[1]), money("0.00", "本年支出合计" + funds[2])],
        ["年初财政拨款结转和结余", Fig("5"), money("0.00", "年初财政拨款结转和结余"),
         "年末财政拨款结转和结余", Fig(str(32 + n)), money(fmt(a.gpb_carry_out),
                                                        "年末财政拨款结转和结余"),
         money(fmt(a.gpb_carry_out), "年末财政拨款结转和结余" + funds[0]),
         money("0.00", "年末财政拨款结转和结余" + funds[1]),
         money("0.00", "年末财政拨款结转和结余" + funds[2])],
        ["总计", Fig("6"), money(fmt(a.gpb_in), "收入总计"),
         "总计", Fig(str(33 + n)), money(fmt(a.gpb_in), "支出总计"),
         money(fmt(a.gpb_in), funds[0]), money("0.00", funds[1]), money("0.00", funds[2])],
    ]
    header = [["收入", "", "", "支出", "", "", "", "", ""],
              ["项目", "行次", "金额", "项目", "行次", "合计", *funds],
              ["栏次", "", "1", "栏次", "", "2", "3", "4", "5"]]
    spans = [(0, 0, 2, 0), (3, 0, 8, 0)]
    widths = (0.16, 0.05, 0.09, 0.2, 0.05, 0.09, 0.12, 0.12, 0.12)
    return Sheet("公开04表", title, UNIT_LINE, widths, header, body, spans)


def table_gpb() -> Sheet:
    title = "一般公共预算财政拨款支出决算表"
    whole = subject(title)
    body: list[list] = [["合计", "", money(fmt(total(budget)), whole, "target"),
                         money(fmt(total(gpb_spent)), whole),
                         money(fmt(total(lambda i: D(i.basic))), "基本支出"),
                         money(fmt(total(lambda i: D(i.gpb_project))), "项目支出")]]

    def add(node) -> None:
        def of(field) -> Decimal:
            return field(node) if isinstance(node, Item) else total(field, node)
        body.append([node.code, node.name, money(fmt(of(budget)), node.name, "target"),
                     money(fmt(of(gpb_spent)), node.name),
                     money(fmt(of(lambda i: D(i.basic))), node.name + "基本支出"),
                     money(fmt(of(lambda i: D(i.gpb_project))), node.name + "项目支出")])
        if isinstance(node, Group):
            for child in node.children:
                add(child)

    for group in CLASSES:
        add(group)
    header = [["功能分类科目编码", "科目名称", "年初预算数", "决算数", "", ""],
              ["", "", "", "合计", "基本支出", "项目支出"]]
    spans = [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 5, 0), (0, 2, 1, 2)]
    return Sheet("公开05表", title, UNIT_LINE, (0.13, 0.3, 0.14, 0.14, 0.14, 0.15), header,
                 body, spans)


def table_sangong() -> Sheet:
    title = "一般公共预算财政拨款“三公”经费支出决算表"
    # the fund the money is paid from is no part of the measure's name (“三公”经费支出)
    whole = subject(title).removeprefix("一般公共预算财政拨款")
    car = "公务用车购置及运行费"
    kinds = [(f"{YEAR}年度预算数", 0, "target"), (f"{YEAR}年度决算数", 1, "actual"),
             (f"{YEAR - 1}年度决算数", 2, "baseline")]
    body: list[list] = [["行次", *[Fig(str(k)) for k in range(1, 7)]]]
    for label, at, role in kinds:
        v = {name: D(figures[at]) for name, figures in SANGONG.items()}
        cars = v["公务用车购置费"] + v["公务用车运行费"]
        whole_sum = v["因公出国（境）费"] + cars + v["公务接待费"]
        body.append([label, money(fmt(whole_sum), whole, role),
                     money(fmt(v["因公出国（境）费"]), "因公出国（境）费", role),
                     money(fmt(cars), car, role),
                     money(fmt(v["公务用车购置费"]), "公务用车购置费", role),
                     money(fmt(v["公务用车运行费"]), "公务用车运行费", role),
                     money(fmt(v["公务接待费"]), "公务接待费", role)])
    header = [["项目", "合计", "因公出国（境）费", car, "", "", "公务接待费"],
              ["", "", "", "小计", "公务用车购置费", "公务用车运行费", ""]]
    spans = [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 5, 0), (6, 0, 6, 1)]
    return Sheet("公开06表", title, UNIT_LINE, (0.19, 0.13, 0.14, 0.13, 0.14, 0.14, 0.13),
                 header, body, spans)


SHEETS = (table_income_expense, table_income, table_expense, table_fiscal, table_gpb,
          table_sangong)
#: The table drawn on a page of its own that must run over a page break.
LONG_SHEET = "一般公共预算财政拨款支出决算表"


def sheet_facts(sheet: Sheet) -> Iterator[Fact]:
    for row in sheet.body:
        for cell in row:
            if isinstance(cell, Fig):
                fact = cell.fact(sheet.title, "table")
                if fact is not None:
                    yield fact


# --- the 项目支出绩效自评表 ----------------------------------------------------------------

PROJECT = "大气污染防治专项"
FUND_HEAD = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
#: Fund lines: (label, 年初预算数, 全年预算数, 全年执行数); the 年度资金总额 is scored.
FUNDS = (("当年财政拨款", "500.00", "500.00", "500.00"),
         ("上年结转资金", "0.00", "0.00", "0.00"),
         ("其他资金", "0.00", "140.00", "120.75"))
FUND_WEIGHT = 10


class Line(NamedTuple):
    level1: str
    level2: str
    name: str
    target: str  # as written: ≥20个, 健全
    actual: str
    weight: str
    score: str
    reason: str = ""


OUT, USE, JOY = "产出指标", "效益指标", "满意度指标"
LINES = (
    Line(OUT, "数量指标", "空气质量自动监测站点运维数量", "≥20个", "22个", "10", "10"),
    Line(OUT, "数量指标", "重点排污单位执法检查", "≥300家次", "326家次", "10", "10"),
    Line(OUT, "质量指标", "监测数据有效率", "≥90%", "95.6%", "10", "10"),
    Line(OUT, "时效指标", "重污染天气应急响应时间", "≤2小时", "1.5小时", "5", "5"),
    Line(OUT, "成本指标", "项目成本控制", "≤640万元", "620.75万元", "5", "5"),
    Line(USE, "生态效益指标", "细颗粒物年均浓度", "≤35微克/立方米", "33微克/立方米", "15",
         "15"),
    Line(USE, "生态效益指标", "空气质量优良天数比率", "≥85%", "83.6%", "15", "12",
         "受不利气象条件影响，夏季臭氧污染天数偏多；下一步加强挥发性有机物治理。"),
    Line(USE, "可持续影响指标", "大气污染防治长效机制", "健全", "健全", "10", "10"),
    Line(JOY, "服务对象满意度指标", "群众满意度", "≥90%", "92%", "10", "10"),
)
UNITS_OF = ("个", "家次", "%", "小时", "万元", "微克/立方米")


def _split(written: str) -> tuple[str, str, str]:
    """(comparator, figure, unit) of a 指标值 (≥20个 → ≥ 20 个); ('', '', '') for words."""
    comparator = written[0] if written[0] in "≥≤<>=" else "="
    rest = written.lstrip("≥≤<>=")
    unit = next((u for u in sorted(UNITS_OF, key=len, reverse=True) if rest.endswith(u)), "")
    figure = rest[: len(rest) - len(unit)]
    try:
        D(figure)
    except ArithmeticError:
        return "", "", ""
    return comparator, figure, unit


def _goal(written: str, name: str, role: str) -> Fig:
    comparator, figure, unit = _split(written)
    if not figure:
        return Fig(written, name, role, qualitative=written)
    return Fig(written, name, role, unit, None, comparator if role == "target" else "=")


def fund_rows() -> list[tuple[str, list[Fig | str]]]:
    """The fund lines (年度资金总额 first), each label and its six cells."""
    whole = ("年度资金总额", *[fmt(sum((D(f[k]) for f in FUNDS), Decimal("0")))
                             for k in (1, 2, 3)])
    lines = [whole, *FUNDS]
    rows = []
    for k, (label, initial, planned, done) in enumerate(lines):
        rate = pct(D(done), D(planned)) if D(planned) else None
        cells: list[Fig | str] = [money(initial, label + "年初预算数", "target"),
                                  money(planned, label, "target"), money(done, label)]
        if k == 0:
            score = (D(FUND_WEIGHT) * D(done) / D(planned)).quantize(Decimal("0.01"))
            cells += [Fig(str(FUND_WEIGHT), "预算执行率·分值", "score", ""),
                      Fig(f"{rate}%", "预算执行率", "actual", "%"),
                      Fig(fmt(score), "预算执行率·得分", "score", "")]
        else:
            cells += ["—", Fig(f"{rate}%", label + "执行率", "actual", "%") if rate else "—",
                      "—"]
        rows.append((label, cells))
    return rows


def form_total() -> tuple[str, str]:
    fund_score = next(c for c in fund_rows()[0][1] if isinstance(c, Fig)
                      and c.name and c.name.endswith("·得分"))
    weight = sum(int(line.weight) for line in LINES) + FUND_WEIGHT
    score = sum((D(line.score) for line in LINES), Decimal("0")) + D(fund_score.text)
    return str(weight), fmt(score)


def form_cells() -> list[tuple[str, list]]:
    """The indicator rows' cells after 一级 / 二级 / 三级: 年度指标值, 实际完成值, 分值, 得分,
    偏差原因 (Fig where a fact is)."""
    rows = []
    for line in LINES:
        rows.append((line.name, [
            _goal(line.target, line.name, "target"), _goal(line.actual, line.name, "actual"),
            Fig(line.weight, line.name + "·分值", "score", ""),
            Fig(line.score, line.name + "·得分", "score", ""), line.reason]))
    return rows


def form_facts() -> Iterator[Fact]:
    for _, cells in fund_rows():
        for cell in cells:
            if isinstance(cell, Fig):
                yield cell.fact(PROJECT, "form")
    for _, cells in form_cells():
        for cell in cells:
            if isinstance(cell, Fig):
                yield cell.fact(PROJECT, "form")
    weight, score = form_total()
    yield Fact("总分·分值", "score", float(weight), "", "=", None, None, PROJECT, "form")
    yield Fact("总分·得分", "score", float(score), "", "=", None, None, PROJECT, "form")


# --- the gold ---------------------------------------------------------------------------


def gold_facts() -> list[Fact]:
    """Every fact of the document, in document order: 部门概况 and 情况说明, the 自评表,
    then the tables."""
    facts = list(prose_facts())
    facts += list(form_facts())
    for make in SHEETS:
        facts += list(sheet_facts(make()))
    return facts


# --- drawing --------------------------------------------------------------------------------


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


STYLES: dict[str, object] = {}


def _styles() -> dict[str, object]:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12,
                          wordWrap="CJK")
    body = ParagraphStyle("body", parent=cell, fontSize=12, leading=20, firstLineIndent=24,
                          spaceAfter=4)
    return {
        "cell": cell,
        "centre": ParagraphStyle("centre", parent=cell, alignment=TA_CENTER),
        "figure": ParagraphStyle("figure", parent=cell, alignment=TA_RIGHT),
        "cover": ParagraphStyle("cover", parent=cell, fontSize=26, leading=40,
                                alignment=TA_CENTER),
        "date": ParagraphStyle("date", parent=cell, fontSize=16, leading=24,
                               alignment=TA_CENTER),
        "part": ParagraphStyle("part", parent=cell, fontSize=16, leading=26,
                               alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=cell, fontSize=13, leading=22,
                                  spaceBefore=4),
        "body": body,
        "toc": ParagraphStyle("toc", parent=cell, fontSize=12, leading=18, leftIndent=24),
        "title": ParagraphStyle("title", parent=cell, fontSize=15, leading=22,
                                alignment=TA_CENTER),
        "mark": ParagraphStyle("mark", parent=cell, fontSize=10, leading=14,
                               alignment=TA_RIGHT),
        "note": ParagraphStyle("note", parent=cell, fontSize=10, leading=14),
    }


def _p(text: str, style: str = "cell"):
    from reportlab.platypus import Paragraph

    if not STYLES:
        STYLES.update(_styles())
    return Paragraph(text, STYLES[style]) if text else ""


def _text(paragraph: Text) -> str:
    return "".join(piece.text if isinstance(piece, Fig) else piece for piece in paragraph)


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.6, "black"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("STSong-Light", 10)
    canvas.drawCentredString(PAGE[0] / 2, 20, f"- {canvas.getPageNumber()} -")
    canvas.restoreState()


def _frame() -> tuple[float, float]:
    """Width and height a flowable may take in the page's frame (inside its 6 pt padding)."""
    return PAGE[0] - 2 * MARGIN - 12, PAGE[1] - 2 * MARGIN - 6 - 12


def _cell(cell, header: bool = False):
    if isinstance(cell, Fig):
        return _p(cell.text, "figure" if cell.name else "centre")
    if header:
        return _p(cell, "centre")
    return _p(cell)


def _table(sheet: Sheet):
    from reportlab.platypus import Table, TableStyle

    width = _frame()[0]
    rows = [[_cell(c, header=True) for c in row] for row in sheet.header]
    rows += [[_cell(c) for c in row] for row in sheet.body]
    style = list(GRID) + [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in sheet.spans]
    return Table(rows, colWidths=[width * s for s in sheet.widths], style=TableStyle(style),
                 repeatRows=len(sheet.header))


def _sheet_story(sheet: Sheet) -> list:
    from reportlab.platypus import Spacer

    return [_p(sheet.mark, "mark"), _p(sheet.title, "title"), Spacer(1, 2),
            _p(sheet.unit_line, "note"), Spacer(1, 4), _table(sheet)]


def _form_table():
    """The national template on nine columns: the head rows, 项目资金 (its label merged
    down over the fund lines), 年度总体目标, then the indicator rows (偏差原因 over the last
    two columns), 一级 / 二级 merged down, and 总分."""
    from reportlab.platypus import Table, TableStyle

    width = _frame()[0]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施"]
    funds = fund_rows()
    rows = [
        [_p("项目名称", "centre"), "", _p(PROJECT), "", "", "", "", "", ""],
        [_p("主管部门", "centre"), "", _p(DEPARTMENT), "", "", _p("实施单位", "centre"), "",
         _p(f"{DEPARTMENT}大气环境管理科"), ""],
        [_p("项目资金<br/>（万元）", "centre"), "", "", *[_p(h, "centre") for h in FUND_HEAD]],
    ]
    for label, cells in funds:
        shown = "其中：" + label if label == FUNDS[0][0] else label
        rows.append(["", "", _p(shown), *[_cell(c) for c in cells]])
    goal = 3 + len(funds)
    rows += [
        [_p("年度总体目标", "centre"), "", _p("预期目标", "centre"), "", "", "",
         _p("实际完成情况", "centre"), "", ""],
        ["", "", _p("加强大气环境监测和执法监管，开展重点行业挥发性有机物综合治理，"
                    "持续改善城市环境空气质量。"), "", "", "",
         _p("完成监测站点运维和重点排污单位执法检查，细颗粒物年均浓度持续下降，"
            "空气质量优良天数比率略低于目标。"), "", ""],
        [*[_p(h, "centre") for h in head], ""],
    ]
    top = len(rows)
    style = [
        *GRID, ("SPAN", (0, 0), (1, 0)), ("SPAN", (2, 0), (8, 0)),
        ("SPAN", (0, 1), (1, 1)), ("SPAN", (2, 1), (4, 1)), ("SPAN", (5, 1), (6, 1)),
        ("SPAN", (7, 1), (8, 1)),
        ("SPAN", (0, 2), (1, 2 + len(funds))),
        ("SPAN", (0, goal), (1, goal + 1)),
        ("SPAN", (2, goal), (5, goal)), ("SPAN", (6, goal), (8, goal)),
        ("SPAN", (2, goal + 1), (5, goal + 1)), ("SPAN", (6, goal + 1), (8, goal + 1)),
        ("SPAN", (7, top - 1), (8, top - 1)),
    ]
    for k, (line, (_, figs)) in enumerate(zip(LINES, form_cells(), strict=True)):
        new1 = k == 0 or LINES[k - 1].level1 != line.level1
        new2 = new1 or LINES[k - 1].level2 != line.level2
        rows.append([_p(line.level1, "centre") if new1 else "",
                     _p(line.level2, "centre") if new2 else "",
                     _p(line.name), *[_cell(c) for c in figs], ""])
        style.append(("SPAN", (7, top + k), (8, top + k)))
    for column, key in ((0, lambda ln: ln.level1), (1, lambda ln: (ln.level1, ln.level2))):
        start = 0
        for k in range(1, len(LINES) + 1):
            if k == len(LINES) or key(LINES[k]) != key(LINES[start]):
                if k - 1 > start:
                    style.append(("SPAN", (column, top + start), (column, top + k - 1)))
                start = k
    weight, score = form_total()
    rows.append([_p("总分", "centre"), "", "", "", "", _p(weight, "figure"),
                 _p(score, "figure"), "", ""])
    style += [("SPAN", (0, len(rows) - 1), (4, len(rows) - 1)),
              ("SPAN", (7, len(rows) - 1), (8, len(rows) - 1))]
    shares = (0.09, 0.11, 0.17, 0.1, 0.1, 0.07, 0.07, 0.15, 0.14)
    return Table(rows, colWidths=[width * s for s in shares], style=TableStyle(style))


TOC = (
    "第一部分　部门概况", "第二部分　2023年度部门决算情况说明", "第三部分　名词解释",
    "第四部分　项目支出绩效自评表", "第五部分　2023年度部门决算报表",
)


def _story() -> list:
    from reportlab.platypus import PageBreak, Spacer

    story: list = [Spacer(1, 150), _p(TITLE, "cover"), Spacer(1, 60), _p(PUBLISHED, "date"),
                   PageBreak(), _p("目　　录", "part")]
    story += [_p(line, "toc") for line in TOC]
    story += [PageBreak(), _p("第一部分　部门概况", "part"), _p("一、主要职能", "heading"),
              _p("贯彻执行国家、省、市生态环境保护方针政策和法律法规，组织拟订并监督实施全市生态"
                 "环境政策、规划和标准，负责重大生态环境问题的统筹协调和监督管理，负责全市环境污染"
                 "防治的监督管理，组织开展生态环境保护督察和执法检查。", "body")]
    sections = prose()
    heading, paragraphs = sections[0]
    story += [_p(heading, "heading"), *[_p(_text(p), "body") for p in paragraphs]]
    story += [_p("第二部分　2023年度部门决算情况说明", "part")]
    for heading, paragraphs in sections[1:]:
        story += [_p(heading, "heading"), *[_p(_text(p), "body") for p in paragraphs]]
    story += [_p("第三部分　名词解释", "part"),
              _p("一、财政拨款收入：指本级财政当年拨付的资金。", "body"),
              _p("二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
                 "body"),
              _p("三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
                 "body"),
              PageBreak(), _p("第四部分　项目支出绩效自评表", "part"),
              _p(f"项目支出绩效自评表（{YEAR}年度）", "title"), Spacer(1, 6), _form_table(),
              PageBreak(), _p("第五部分　2023年度部门决算报表", "part")]
    for k, make in enumerate(SHEETS):
        sheet = make()
        if k:
            story.append(PageBreak())
        story += _sheet_story(sheet)
    return story


def _check_long_sheet() -> None:
    """The long table starts at the top of a page and is taller than a page: platypus
    splits it there and repeats its header."""
    sheet = next(make() for make in SHEETS if make().title == LONG_SHEET)
    width, height = _frame()
    _register()
    used = sum(f.wrap(width, height)[1] for f in _sheet_story(sheet)[:-1] if f)
    if _table(sheet).wrap(width, height)[1] <= height - used:
        raise AssertionError(f"{LONG_SHEET} fits on one page: no page break inside it")


def write_final_account(folder: Path) -> Path:
    from reportlab.platypus import SimpleDocTemplate

    _register()
    _check_long_sheet()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    doc = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 6, invariant=1,
                            title=TITLE, author=DEPARTMENT)
    doc.build(_story(), onFirstPage=_footer, onLaterPages=_footer)
    return path
