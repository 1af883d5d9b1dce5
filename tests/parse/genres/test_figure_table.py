"""Tables of bare figures: each figure named by its row and column, scaled by the units the
table states, with the role its header (or the genre) gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.html import read_html
from zhibiao.ingest.text import split_blocks
from zhibiao.parse import parse


def doc_of(text: str, title: str | None, year: int | None = None) -> SourceDocument:
    return SourceDocument(doc_id="0123456789abcdef", source="t.txt", media_type="text/plain",
                          text=text, blocks=split_blocks(text), title=title, year=year)


def rows(doc: SourceDocument) -> list[tuple]:
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    return [(v["raw"], names.get(v["indicator_id"]), v["role"], v["number"], v["unit"],
             v["change"], v["period_end"]) for v in records.values]


def bulletin_names(text: str, year: int) -> list[tuple[str, str | None]]:
    """(raw, indicator name) of each value of `text` read as a year's 统计公报."""
    return [(raw, name) for raw, name, *_ in rows(
        doc_of(text, f"{year}年某县国民经济和社会发展统计公报", year))]


BULLETIN = """2019年某市国民经济和社会发展统计公报
表1 2019年某市生产总值
| 绝对数(亿元) | 比上年增长(%) |
地区生产总值 | 617.50 | 5.2 |
第一产业 | 37.11 | -2.6 |
"""


def test_a_bulletin_table_with_its_stub_header_left_out():
    """The header names the two figure columns only; units from the headers; the change
    column gives changes (a minus sign kept), never baselines; the year from the title; a
    trade under the 地区生产总值 row is its value added (第一产业增加值)."""
    end = date(2019, 12, 31)
    assert rows(doc_of(BULLETIN, "2019年某市国民经济和社会发展统计公报", 2019)) == [
        ("617.50", "地区生产总值", "actual", 61750000000.0, "元", None, end),
        ("5.2", "地区生产总值", "actual", 5.2, "%", "up", end),
        ("37.11", "第一产业增加值", "actual", 3711000000.0, "元", None, end),
        ("-2.6", "第一产业增加值", "actual", -2.6, "%", "up", end),
    ]


def test_a_table_unit_above_a_bare_pipe_line_holds_for_the_table():
    """A page copied a cell per line puts a bare | after its 单位:亿元 line."""
    text = ("2022年全区生产总值及其增长速度\n|\n单位:亿元\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n"
            "生产总值\n|\n295.4\n|\n7.7\n|\n第一产业\n|\n24.4\n|\n3.3\n|\n第二产业\n|\n"
            "210.1\n|\n11.6\n|\n")
    got = [(raw, name, number, unit) for raw, name, _, number, unit, _, _
           in rows(doc_of(text, "2022年某区国民经济和社会发展统计公报", 2022))]
    assert got[:2] == [("295.4", "生产总值", 29540000000.0, "元"), ("7.7", "生产总值", 7.7, "%")]
    assert len(got) == 6


def test_units_listed_over_a_table_go_to_the_columns_whose_measure_they_fit():
    """单位:万人、% over 年末数 | 比重: the counts are in 万人 and the shares in %, not every
    figure in the first unit listed."""
    text = ("2018年末常住人口及构成\n单位:万人、%\n指标\n年末数\n比重\n常住人口\n282.17\n100\n"
            "其中:城镇\n100.24\n35.52\n乡村\n181.93\n64.48\n60岁及以上\n32.62\n11.56\n")
    got = [(raw, number, unit) for raw, _, _, number, unit, _, _
           in rows(doc_of(text, "2018年某市国民经济和社会发展统计公报", 2018))]
    assert got[:2] == [("282.17", 2821700.0, "人"), ("100", 100.0, "%")]
    assert got[-2:] == [("32.62", 326200.0, "人"), ("11.56", 11.56, "%")]


DISCLOSURE = """2023年某局政府信息公开工作年度报告
二、主动公开政府信息情况
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 3 |
| 行政规范性文件 | 2 | 0 | 15 |
"""


def test_a_disclosure_table_names_figures_by_row_and_column():
    """(In a 政府信息公开年报 the template reader takes this table first: genres/
    disclosure.py. Here it stands in a summary, where the figure reader reads it.)"""
    found = rows(doc_of(DISCLOSURE, "2023年某局信息公开工作总结", 2023))
    assert [(raw, name, role, unit) for raw, name, role, _, unit, *_ in found] == [
        ("0", "规章本年制发件数", "actual", "件"), ("0", "规章本年废止件数", "actual", "件"),
        ("3", "规章现行有效件数", "actual", "件"),
        ("2", "行政规范性文件本年制发件数", "actual", "件"),
        ("0", "行政规范性文件本年废止件数", "actual", "件"),
        ("15", "行政规范性文件现行有效件数", "actual", "件"),
    ]


BUDGET = """2019年度部门预算公开
单位：万元
| 项目 | 上年预算数 | 本年预算数 | 决算数 |
| 一般公共预算拨款 | 1200.5 | 1300 | 1180.25 |
"""


def test_roles_come_from_the_column_headers_and_the_unit_from_the_table():
    """预算数 and 决算数 of one row are one indicator (the headers only say which figure
    they hold), so the 决算 meets its 预算 in attainment."""
    doc = doc_of(BUDGET, "2019年度部门预算公开", 2019)
    found = rows(doc)
    assert [(raw, name, role, number, unit) for raw, name, role, number, unit, *_ in found] == [
        ("1200.5", "一般公共预算拨款", "baseline", 12005000.0, "元"),
        ("1300", "一般公共预算拨款", "target", 13000000.0, "元"),
        ("1180.25", "一般公共预算拨款", "actual", 11802500.0, "元"),
    ]
    (pair,) = parse(doc).attainment
    assert (pair["status"], pair["gap"]) == ("not_met", -1197500.0)


TASKS = """2021年1-8月深松整地工作进度表
| 序号 | 区(县) | 下达任务面积(亩) | 当月完成面积(亩) | 累计完成面积(亩) | 任务完成量占比(%) |
| 1 | 石柱县 | 1000 | 200 | 600 | 60% |
| 2 | 黔江区 | 3000 | 0 | 900 | 30% |
"""


def test_a_column_of_the_task_handed_down_holds_targets():
    """下达任务面积 beside 累计完成面积 in a progress table: the task handed down is the
    target, whatever the page's genre says of plain figures."""
    found = rows(doc_of(TASKS, "2021年1-8月深松整地工作进度表", 2021))
    assert [(raw, role) for raw, name, role, *_ in found if raw in ("1000", "3000")] == [
        ("1000", "target"), ("3000", "target")]
    assert ("600", "actual") in [(raw, role) for raw, name, role, *_ in found]


RATES = """<html><head><title>2019年中央水利投资计划执行进展情况</title></head><body>
<h2>一、全省水利建设投资完成情况</h2><p>至7月底,全省水利建设完成投资300.9亿元。</p>
<h2>二、中央水利投资计划执行进展情况</h2><p>2019年度中央项目分类型完成情况</p>
<p>单位:万元</p><table border=1>
<tr><th rowspan=2>序号</th><th rowspan=2>类型名称</th><th colspan=2>计划下达</th>
<th colspan=2>投资完成</th><th colspan=2>完成率</th></tr>
<tr><th>年度计划</th><th>中央资金</th><th>计划完成</th><th>中央完成</th><th>年度计划</th>
<th>中央资金</th></tr>
<tr><td></td><td>总计</td><td>370111</td><td>98826</td><td>241684</td><td>72656</td>
<td>65.3%</td><td>73.5%</td></tr>
</table></body></html>"""


def test_a_rate_over_its_plans_columns_is_reached():
    """完成率 over 年度计划 | 中央资金 in a report's table: how much of each plan was
    reached, not the plan, whatever plan word the sub-header holds."""
    records = parse(read_html(RATES.encode(), "r.html", "0123456789abcdef"))
    assert records.document["genre"] == "work_summary"
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = {v["raw"]: (v["role"], names.get(v["indicator_id"])) for v in records.values}
    assert found["98826"] == ("target", "中央资金")
    # (read by the figure reader, not cell by cell as the report's sentences: named by
    # their column, the rate of each plan)
    assert found["65.3%"] == ("actual", "年度计划完成率")
    assert found["73.5%"] == ("actual", "中央资金完成率")


CODES = """上市公司行业分类结果
| 门类名称及代码 | 行业大类代码 | 上市公司代码 | 上市公司简称 |
| 农业(A) | 01 | 000998 | 隆平高科 |
| | | 300087 | 荃银高科 |
| 序号 | 2 | 600108 | 亚盛集团 |
"""


def test_codes_row_numbers_and_figures_without_any_unit_are_no_values():
    assert rows(doc_of(CODES, "上市公司行业分类结果")) == []


def test_a_budget_table_under_a_merged_title_with_its_unit():
    """A real 支出预算总表: the title (with 单位：万元 glued to the table's name) is merged
    over the whole first row and down the first column; it names no row, states the unit,
    and amounts in 万元 become exact 元."""
    from zhibiao.ingest.document import Block, Cell

    title = "部门:中共江苏省委办公厅单位:万元支出预算总表"
    head = ["合计", "基本支出", "项目支出"]
    figures = ["27,664.22", "11,700.63", "13,025.38"]
    text = "\n".join([title, "\t".join(head), "\t".join(figures)])
    t0 = Cell(0, len(title))
    covered = Cell(0, len(title), covered=True)
    pos = len(title) + 1
    row1, row2 = [covered], [covered]
    for words, row in ((head, row1), (figures, row2)):
        for w in words:
            row.append(Cell(pos, pos + len(w)))
            pos += len(w) + 1
    grid = ((t0, covered, covered, covered), tuple(row1), tuple(row2))
    doc = SourceDocument(doc_id="0123456789abcdef", source="t.pdf", media_type="application/pdf",
                         text=text, blocks=[Block("table", 0, len(text), rows=grid)],
                         title="2019年度部门预算", year=2019)
    found = rows(doc)
    assert [(raw, name, role, number, unit) for raw, name, role, number, unit, *_ in found] == [
        ("27,664.22", "合计", "target", 276642200.0, "元"),
        ("11,700.63", "基本支出", "target", 117006300.0, "元"),
        ("13,025.38", "项目支出", "target", 130253800.0, "元"),
    ]


def test_an_index_table_gives_unitless_actuals_named_by_their_rows():
    """表1 居民消费价格指数 with the column 上年同期=100: each index is a figure without a
    unit, named by its row, an actual of the year (the base is no period, no baseline)."""
    text = ("2020年某州国民经济和社会发展统计公报\n表1 居民消费价格指数\n| 上年同期=100 |\n"
            "居民消费价格总指数 | 101.8 |\n一、食品烟酒 | 105.7 |\n粮食 | 100.7 |\n")
    end = date(2020, 12, 31)
    assert rows(doc_of(text, "2020年某州国民经济和社会发展统计公报", 2020)) == [
        ("101.8", "居民消费价格总指数", "actual", 101.8, "", None, end),
        ("105.7", "食品烟酒", "actual", 105.7, "", None, end),
        ("100.7", "粮食", "actual", 100.7, "", None, end),
    ]


def test_a_statistics_tables_hash_mark_is_no_part_of_a_row_name():
    """#乡村人口 is a part of the row above, like 其中：乡村人口."""
    text = ("2022年某县国民经济和社会发展统计公报\n表1 2022年末户籍人口数及构成\n"
            "| 指标 | 年末数(人) |\n全县户籍人口 | 544126 |\n#乡村人口 | 381432 |\n")
    doc = doc_of(text, "2022年某县国民经济和社会发展统计公报", 2022)
    names = [name for _, name, *_ in rows(doc)]
    assert "#" not in "".join(names) and any(name.startswith("乡村人口") for name in names)


def test_a_two_level_piped_table_of_period_rows_and_a_change_row():
    """An environment bulletin's table copied a cell and its pipe a line: the repeated
    优良天数 spans 一级 / 二级, a row of an earlier half-year is the baseline, the 同期相比
    row holds changes (持平 among them), and ug/m3 in a header is 微克/立方米. The page
    says no word of a goal: the half-year it is about is reported (actual)."""
    cells = ["名称", "优良天数", "优良天数", "PM10均值ug/m3", "", "一级", "二级",
             "2020上半年监测数据", "173", "79", "94", "50",
             "2021上半年监测数据", "170", "76", "94", "54",
             "同期相比", "减少3天", "减少3天", "持平", "增加8%"]
    text = "".join(f"{c} |\n" if c else "|\n" for c in cells)
    found = rows(doc_of(text, title="2021年上半年环境质量状况"))
    assert ("173", "优良天数", "baseline", 173, "天", None, None) in found
    assert ("50", "PM10均值", "baseline", 50, "微克/立方米", None, None) in found
    assert ("54", "PM10均值", "actual", 54, "微克/立方米", None, None) in found
    assert ("79", "一级", "baseline", 79, "天", None, None) in found
    assert [f[:2] for f in found if f[0] in ("减少3天", "持平", "增加8%")] == [
        ("减少3天", "优良天数"), ("减少3天", "一级"), ("持平", "二级"), ("增加8%", "PM10均值")]


def test_a_monthly_table_copied_a_cell_a_line():
    """A statistics office's 月报 copied one cell a line: its 11 / 1-11 columns are the
    title's month and the months to it, the 比去年同月增长(%) column after each holds that
    period's change; the (亿元) a label writes holds for the rows under it."""
    cells = ["指标名称", "11", "比去年同月增长(%)", "1-11", "比去年同期增长(%)",
             "全市工业总产值(亿元)", "3694.41", "7.6", "33034.98", "0.4",
             "# 国有控股", "1262.25", "5.9", "11587.49", "-3.1",
             "私人控股", "686.56", "8.9", "5754.42", "0.1"]
    text = "2020年11月工业生产情况 2020-12-18\n\n" + "\n\n".join(cells) + "\n"
    from zhibiao.ingest import read_document
    doc = read_document("t.txt", text.encode())
    found = rows(doc)
    nov, to_nov = date(2020, 11, 30), date(2020, 11, 30)
    assert ("3694.41", "全市工业总产值", "actual", 369_441_000_000, "元", None, nov) in found
    assert ("7.6", "全市工业总产值", "actual", 7.6, "%", "up", nov) in found
    assert ("33034.98", "全市工业总产值", "actual", 3_303_498_000_000, "元", None, to_nov) in found
    assert ("1262.25", "国有控股", "actual", 126_225_000_000, "元", None, nov) in found


def test_a_placeholder_cell_labels_no_row_and_a_cumulative_column_is_reported():
    """| 第一产业 | —— | 25.71 | -2.1 |: the row's label is 第一产业(增加值), not the —— of the
    month column it left empty; a 1-6月累计 column holds what was reached so far."""
    text = ("| 指标 | 6月 | 1-6月累计 | 增长% |\n| 本地生产总值(亿元) | —— | 1389.32 | -6.5 |\n"
            "| 第一产业 | —— | 25.71 | -2.1 |\n")
    found = rows(doc_of(text, title="统计月报"))
    assert ("1389.32", "本地生产总值", "actual", 138_932_000_000, "元", None, None) in found
    # (第一产业 under the 生产总值 it makes up: its value added)
    assert ("25.71", "第一产业增加值", "actual", 2_571_000_000, "元", None, None) in found


MONTHLY = """| 1、本地生产总值 | |||
| 6月 | 1-6月累计 | 累计 | |
| 增长% | |||
| 本地生产总值(亿元) | —— | 1389.32 | -6.5 |
| 第一产业 | —— | 25.71 | -2.1 |
| 2、本地生产总值构成 | |||
| 6月 | 1-6月累计 | 累计 | |
| 增减百分点 | |||
| 本地生产总值(%) | —— | 100.0 | —— |
| 第一产业 | —— | 1.9 | 0.1 |
"""


def test_a_monthly_table_whose_headers_lost_the_label_column_and_repeat():
    """A 统计月报 copied with its spanning cells dropped: | 6月 | 1-6月累计 | 累计 | sits
    over the figure columns, 增长% under 累计; the second table stacked in the same grid
    repeats the header and says its changes are 增减百分点. 第一产业 under 本地生产总值(亿元) is
    its value added; under 本地生产总值构成 / 本地生产总值(%) its share, named by the trade."""
    found = rows(doc_of(MONTHLY, "统计月报"))
    assert found == [
        ("1389.32", "本地生产总值", "actual", 138932000000.0, "元", None, None),
        ("-6.5", "本地生产总值", "actual", -6.5, "%", "up", None),
        ("25.71", "第一产业增加值", "actual", 2571000000.0, "元", None, None),
        ("-2.1", "第一产业增加值", "actual", -2.1, "%", "up", None),
        ("100.0", "本地生产总值", "actual", 100.0, "%", None, None),
        ("1.9", "第一产业", "actual", 1.9, "%", None, None),
        ("0.1", "第一产业", "actual", 0.1, "百分点", "up", None)]


def test_a_header_that_names_the_label_column_is_not_moved():
    """预算科目 | 合计 | 基本支出 | 项目支出: its first cell heads the labels, though 预算
    names a role."""
    text = ("2019年部门支出预算表\n单位:万元\n| 预算科目 | 合计 | 基本支出 | 项目支出 |\n"
            "| 一般公共服务支出 | 100.00 | 60.00 | 40.00 |\n")
    names = [name for _, name, *_ in rows(doc_of(text, "2019年部门支出预算表", 2019))]
    assert names == ["一般公共服务支出", "一般公共服务支出基本支出", "一般公共服务支出项目支出"]



def test_columns_named_by_years_date_their_figures_in_the_corners_unit():
    """经费控制情况(万元 (its bracket lost) | 2022年决算数 | 2023年预算数: figures in 万元, the
    2022 column a baseline of 2022, the plan of 2023 a target of 2023; a label's colon is
    no part of its name."""
    text = ("| 经费控制情况(万元 | 2022年决算数 | 2023年预算数 |\n| 三公经费: | 0 | 5 |\n"
            "| 项目支出: | 874.20 | 308.17 |\n")
    found = rows(doc_of(text, "2023年部门决算", 2023))
    assert [(raw, name, role, number, unit, end.year) for raw, name, role, number, unit, _,
            end in found] == [
        ("0", "三公经费", "baseline", 0.0, "元", 2022),
        ("5", "三公经费", "target", 50000.0, "元", 2023),
        ("874.20", "项目支出", "baseline", 8742000.0, "元", 2022),
        ("308.17", "项目支出", "target", 3081700.0, "元", 2023)]


def test_a_figure_merged_over_columns_takes_the_header_over_any_of_them():
    """A budget table's 部门名称：… row over it names no column; a figure cell merged over
    two columns whose header stands over the second is that header's, and its twin cell is
    no row label."""
    from zhibiao.ingest import read_document

    html = """<html><head><title>某局2019年部门预算</title></head><body><h1>某局2019年部门预算</h1>
<p>一般公共预算支出表</p><p>单位：万元</p>
<table>
<tr><td colspan="4">部门名称：某局</td></tr>
<tr><td>功能科目名称</td><td></td><td>金额</td><td>备注</td></tr>
<tr><td>公共安全支出</td><td colspan="2">16,593.12</td><td></td></tr>
<tr><td>检察</td><td colspan="2">12,268.62</td><td></td></tr>
</table></body></html>"""
    records = parse(read_document("t.html", html.encode("utf-8")))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    assert [(v["raw"], names.get(v["indicator_id"]), v["number"]) for v in records.values] == [
        ("16,593.12", "公共安全支出", 165931200.0), ("12,268.62", "检察", 122686200.0)]


def test_the_unit_column_names_no_row():
    """一级指标 | 二级指标 | 计量单位 | 1-3月: the % in the unit column is no row's label;
    a row that lost its unit cell keeps its label there."""
    text = ("某省高质量发展主要指标\n| 一级指标 | 二级指标 | 计量单位 | 1-3月 |\n"
            "| 经济稳定 | 居民消费价格涨幅 | % | 2.7 |\n"
            "| 民生改善 | 城乡居民人均收入比 |  | 2.92 |\n")
    got = [(raw, name) for raw, name, *_ in rows(doc_of(text, "某省高质量发展主要指标", 2018))]
    assert got == [("2.7", "居民消费价格涨幅"), ("2.92", "城乡居民人均收入比")]


RANKED = """2023年1-9月清远市生产安全事故总体情况
| 排位 | 行业 | 事故起数 | 占总数比例% | 死亡人数 | 占总数比例% |
| 1 | 道路运输业 | 98 | 84.48 | 95 | 80.4 |
| 2 | 商贸制造业 | 10 | 8.62 | 9 | 10.5 |
| 全市合计 | 116 | 100 | 111 | 100 |
"""


def test_a_share_column_is_of_the_figures_before_it_and_a_total_spans_the_rank():
    """| 事故起数 | 占总数比例% |: the share is the accidents' (道路运输业事故起数占总数比例);
    the total row written one cell short spans the 排位 column with its label."""
    got = {(raw, name) for raw, name, *_ in rows(doc_of(RANKED, RANKED.split("\n")[0], 2023))}
    assert {("84.48", "道路运输业事故起数占总数比例"), ("80.4", "道路运输业死亡人数占总数比例"),
            ("116", "全市合计事故起数"), ("111", "全市合计死亡人数")} <= got


MONTHS = """2025年1-9月规模以上工业主要指标
2025年1- 9 月 单位:万元
项 目 | 2025年1- 9 月 | 上年同期 | 同比增长(%) |
工业总产值(现价) | 4131926 | 3738113 | 10.5 |
汽车制造业 | 2150132 | 1763420 | 21.9 |
"""


def test_columns_of_months_name_no_measure():
    """2025年1-9月 and 上年同期 say which months a column's figures are of, not what they
    measure: each figure is named by its row alone."""
    names = {name for _, name, *_ in rows(doc_of(MONTHS, "2025年1-9月规模以上工业主要指标", 2025))}
    assert names == {"工业总产值(现价)", "汽车制造业"}


PRICES = """2024年国民经济和社会发展统计公报
图2:2024年居民消费价格比上年涨跌幅度(%) | |
居民消费价格 | 0.1 |
鲜菜 | -0.7 |
"""


def test_a_column_of_price_rises_and_falls_gives_changes_not_baselines():
    """比上年涨跌幅度(%): each figure is its row's signed change on last year (the sign kept,
    as 比上年增长 columns), not last year's figure."""
    facts = rows(doc_of(PRICES, "2024年国民经济和社会发展统计公报", 2024))
    assert [(raw, name, role, number, change) for raw, name, role, number, _, change, _
            in facts] == [("0.1", "居民消费价格", "actual", 0.1, "up"),
                          ("-0.7", "鲜菜", "actual", -0.7, "up")]


def test_a_plan_tables_row_numbers_are_no_months_and_an_empty_unit_cell_is_no_unit():
    """5 | 重大慢性病过早死亡率 | % | - | <11: the row number under 序号 is no month header (the
    row would be taken for one, its figures dropped); 人均预期寿命 with its 单位 cell empty has
    no unit, and none is guessed from a name ending in 率 (婴儿死亡率 is per thousand)."""
    text = ("| 序号 | 主要指标 | 单位 | 2020年 | 2025年目标 |\n"
            "| 1 | 人均预期寿命 | | 82.98 | >79 |\n"
            "| 2 | 婴儿死亡率 | | 2.28 | <3 |\n"
            "| 5 | 重大慢性病过早死亡率 | % | - | <11 |\n"
            "| 6 | 每万人口拥有全科医生数 | | - | 4 |\n")
    found = rows(doc_of(text, "十四五卫生健康事业主要发展指标", 2024))
    assert [(raw, name, role, unit, end.year) for raw, name, role, _, unit, _, end in found] == [
        ("82.98", "人均预期寿命", "baseline", "", 2020),
        (">79", "人均预期寿命", "target", "", 2025),
        ("2.28", "婴儿死亡率", "baseline", "", 2020), ("<3", "婴儿死亡率", "target", "", 2025),
        ("<11", "重大慢性病过早死亡率", "target", "%", 2025),
        ("4", "每万人口拥有全科医生数", "target", "", 2025)]


def test_a_plan_indicator_table_copied_a_cell_a_line_gives_bases_and_targets():
    """指标 | 2020年 | 2025年 | 属性, each cell on a line, no row numbers: the rows are found
    by kind (ingest/aligned_tables.py), 2020年 gives baselines and 2025年 targets, named by
    their labels without the list mark and the unit."""
    lines = ["“十四五”教育事业发展主要指标表", "指标", "2020年", "2025年", "属性",
             "一、发展水平", "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
             "2.智慧校园比例(%)", "60%", "100%", "预期性"]
    text = "\n\n".join(lines) + "\n"
    found = rows(doc_of(text, "教育事业发展“十四五”规划", 2021))
    assert [(raw, name, role, end.year) for raw, name, role, _, _, _, end in found] == [
        ("99%", "学前教育毛入园率", "baseline", 2020),
        ("99%以上", "学前教育毛入园率", "target", 2025),
        ("60%", "智慧校园比例", "baseline", 2020), ("100%", "智慧校园比例", "target", 2025)]


def test_a_plan_table_under_a_group_column_reads_each_rows_unit_from_its_label():
    """类别 | 指标 | 2010年实绩 | 2015年目标: the label stands in the second column (the
    group's cell merged down over the first), and its unit is the row's figures'; 2010年实绩
    says only which figure it is (a baseline), no part of the name."""
    lines = ["“十二五”现代农业主要经济指标表", "类别", "指标", "2010年实绩", "2015年目标",
             "一、经济增长", "农业增加值(亿元)", "81.53", "163", "农民人均纯收入(元)",
             "10874", "22000", "二、农产品供给", "粮食总产(万吨)", "119.6", "100"]
    text = "\n\n".join(lines) + "\n"
    found = rows(doc_of(text, "镇江市现代农业发展“十二五”规划", 2011))
    # (the plan's own reader reads it, targets first in each row: the same figures)
    assert sorted((raw, name, role, number, unit, end.year)
                  for raw, name, role, number, unit, _, end in found) == sorted([
        ("81.53", "农业增加值", "baseline", 8153000000.0, "元", 2010),
        ("163", "农业增加值", "target", 16300000000.0, "元", 2015),
        ("10874", "农民人均纯收入", "baseline", 10874.0, "元", 2010),
        ("22000", "农民人均纯收入", "target", 22000.0, "元", 2015),
        ("119.6", "粮食总产", "baseline", 1196000.0, "吨", 2010),
        ("100", "粮食总产", "target", 1000000.0, "吨", 2015)])


def test_a_past_plans_column_in_a_plans_review_table_holds_its_results():
    """表1:“十三五”期间…主要目标 in a 十四五 plan (和2035年远景目标纲要: the vision dates no
    target): 2015年完成 a baseline, 2020年完成 and the “十三五”年均增长 column results, the
    latter dated by the plan's five years."""
    lines = ["表1:“十三五”期间经济社会发展的主要目标", "指 标 |", "2015年 完成 |",
             "2020年 完成 |", "“十三五”年均增长(%) |", "指标属性 |", "|",
             "一、经济发展 |", "|||||",
             "地区生产总值(亿元) |", "300.41 |", "469.5 |", "9.3 |", "预期性 |", "|",
             "财政收入(亿元) |", "27.2 |", "42.6 |", "9.4 |", "预期性 |", "|"]
    text = "\n".join(lines) + "\n"
    found = rows(doc_of(text, "某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", 2021))
    assert [(raw, name, role, end.year) for raw, name, role, _, _, _, end in found] == [
        ("300.41", "地区生产总值", "baseline", 2015), ("469.5", "地区生产总值", "actual", 2020),
        ("9.3", "地区生产总值", "actual", 2020), ("27.2", "财政收入", "baseline", 2015),
        ("42.6", "财政收入", "actual", 2020), ("9.4", "财政收入", "actual", 2020)]


def test_a_header_row_of_units_names_no_measure_and_a_year_row_dates_its_figures():
    """时间 | SO2 | CO over μg/m3 | mg/m3, rows 2016年 and 2015年: each figure named by its
    column in its column's unit, dated by its row's year (the earlier row a baseline)."""
    page = ("<html><head><title>2016年某市环境质量公报</title></head><body><table border=1>"
            "<tr><th rowspan=2>时间</th><th>SO2</th><th>CO(第95百分位数)</th><th>达标天数</th>"
            "</tr><tr><th>μg/m3</th><th>mg/m3</th><th></th></tr>"
            "<tr><td>2016年</td><td>20</td><td>1.4</td><td>284</td></tr>"
            "<tr><td>2015年</td><td>26</td><td>2.6</td><td>261</td></tr></table></body></html>")
    records = parse(read_html(page.encode(), "t.html", "0123456789abcdef"))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = [(v["raw"], names[v["indicator_id"]], v["unit"], v["period_end"])
             for v in records.values]
    assert found == [
        ("20", "SO2", "微克/立方米", date(2016, 12, 31)),
        ("1.4", "CO(第95百分位数)", "毫克/立方米", date(2016, 12, 31)),
        ("284", "达标天数", "天", date(2016, 12, 31)),
        ("26", "SO2", "微克/立方米", date(2015, 12, 31)),
        ("2.6", "CO(第95百分位数)", "毫克/立方米", date(2015, 12, 31)),
        ("261", "达标天数", "天", date(2015, 12, 31))]
    assert {v["role"] for v in records.values[3:]} == {"baseline"}


def test_a_monthly_tables_comparison_columns_are_changes_and_its_unit_may_be_multiplied():
    """单位:万人次 over 指标 | 7月 | 与上年同期对比(%) | 1-本月累计 | 与上年同期对比(%): the
    level columns in 万人次 (scaled), the 对比 columns signed changes, not baselines."""
    text = ("全省旅游接待情况表 | ||||\n填报单位:某省旅游和文化广电体育厅 | 单位:万人次 | |||\n"
            "指 标 | 7月 | 与上年同期对比(%) | 1-本月累计 | 与上年同期对比(%) |\n"
            "一、接待游客总人数 | 602.81 | 19.8 | 4923.91 | 99.4 |\n"
            "2.入境过夜游客 | 2.43 | 49.6 | 12.45 | -6.0 |\n")
    found = rows(doc_of(text, "全省旅游接待情况表", 2021))
    assert [(raw, name, role, number, unit, change) for raw, name, role, number, unit, change, _
            in found][:4] == [
        ("602.81", "接待游客总人数", "actual", 6_028_100, "人次", None),
        ("19.8", "接待游客总人数", "actual", 19.8, "%", "up"),
        ("4923.91", "接待游客总人数", "actual", 49_239_100, "人次", None),
        ("99.4", "接待游客总人数", "actual", 99.4, "%", "up")]
    assert ("-6.0", "入境过夜游客", "actual", -6.0, "%", "up") in [f[:6] for f in found]


def test_a_change_in_amounts_takes_the_tables_unit_and_a_change_in_rates_percent():
    """单位:万元 over … | 比上年增、减情况 › 增、减金额 | 增、减幅度: 4 is a change of 4万元,
    22% a rate of change."""
    text = ("2024年某镇“三公”经费预算统计表\n单位:万元 | ||||\n"
            "项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |\n"
            "增、减金额 | 增、减幅度 | |||\n公务接待费 | 3 | 7 | 4 | 133% |\n")
    found = rows(doc_of(text, "2024年某镇“三公”经费预算统计表", 2024))
    assert [(raw, role, number, unit, change) for raw, _, role, number, unit, change, _
            in found] == [("3", "baseline", 30_000, "元", None),
                          ("7", "target", 70_000, "元", None),
                          ("4", "target", 40_000, "元", "up"),
                          ("133%", "target", 133, "%", "up")]


def test_a_short_sub_items_figures_are_named_with_the_item_it_is_part_of():
    """2.入境过夜游客 over (1)外 国 人 and (2)香港同胞: each sub-item's figures name the item
    it is part of (入境过夜游客(外国人)); a sub-item with a name of its own keeps it."""
    text = ("全省旅游接待情况表 | ||||\n单位:万人次 | |||\n"
            "指 标 | 7月 | 与上年同期对比(%) |\n"
            "2.入境过夜游客 | 2.43 | 49.6 |\n(1)外 国 人 | 1.89 | 49.8 |\n"
            "(2)香港同胞 | 0.30 | 26.1 |\n(3)其他国家和地区的游客 | 0.24 | 12.0 |\n")
    names = [name for _, name, *_ in rows(doc_of(text, "全省旅游接待情况表", 2021))]
    assert names == ["入境过夜游客", "入境过夜游客", "入境过夜游客(外国人)", "入境过夜游客(外国人)",
                     "入境过夜游客(香港同胞)", "入境过夜游客(香港同胞)",
                     "其他国家和地区的游客", "其他国家和地区的游客"]


def test_a_balance_tables_totals_are_named_by_the_side_their_label_column_heads():
    """收入 | 执行数 | 支出 | 执行数: each side's labels stand in a column headed by the side,
    so its 总计 is 收入总计 or 支出总计."""
    text = ("2024年全县一般公共预算收支平衡表\n单位:万元\n| 收入 | 执行数 | 支出 | 执行数 |\n"
            "| 总计 | 961745 | 总计 | 961745 |\n"
            "| 一、本级收入 | 260586 | 一、本级支出 | 763133 |\n")
    doc = doc_of(text, "关于某县2024年预算执行情况的报告", 2024)
    got = [(raw, name) for raw, name, *_ in rows(doc)]
    assert got == [("961745", "收入总计"), ("961745", "支出总计"), ("260586", "本级收入"),
                   ("763133", "本级支出")]


def test_a_figure_that_reads_like_a_month_below_the_first_figures_is_a_figure():
    """A month header stands over the figures (指标 | 11 | 1-11 |); a row below them whose
    amount is 10 (4 | 蓬莱镇 | …修复 | 10) is a row of figures like the others."""
    text = ("2022年水利专项资金安排表\n单位:万元\n| 序号 | 乡镇名称 | 项目名称 | 金额 |\n"
            "| 1 | 西坪镇 | 尧山村排洪排水工程建设 | 20 |\n"
            "| 2 | 蓬莱镇 | 植洋村墩后角落溪流河堤修复 | 10 |\n")
    doc = doc_of(text, "资金安排表")
    got = [(raw, name, number) for raw, name, _, number, *_ in rows(doc)]
    assert got == [("20", "尧山村排洪排水工程建设", 200000.0),
                   ("10", "植洋村墩后角落溪流河堤修复", 100000.0)]


POPULATION = """2022年某县国民经济和社会发展统计公报
表1 2022年末某县户籍人口数及构成
指 标 | 年末数(人) | 比重(%) |
全县户籍人口 | 544126 | 100.0 |
其中:城镇 | 162694 | 29.9 |
乡村人口 | 381432 | 70.1 |
0-17岁(含不满18周岁) | 95573 | 17.6 |
"""


def test_a_population_table_names_each_part_of_the_population_it_counts():
    """表1 年末户籍人口数及构成: 城镇 is 城镇户籍人口 and its 比重 城镇户籍人口比重; the count
    column (年末数) names no measure, a row that says 人口 keeps its words (less 全县), and
    a note in brackets is no part of a name."""
    found = bulletin_names(POPULATION, 2022)
    assert found == [("544126", "户籍人口"), ("100.0", "户籍人口比重"),
                     ("162694", "城镇户籍人口"), ("29.9", "城镇户籍人口比重"),
                     ("381432", "乡村人口"), ("70.1", "乡村人口比重"),
                     ("95573", "0-17岁户籍人口"), ("17.6", "0-17岁户籍人口比重")]


def test_a_resident_population_table_names_its_parts_without_changzhu():
    """表2 年末常住人口及构成: 城镇 is 城镇人口 (as analysts write the urban population), its
    share 城镇人口比重; the total row keeps its own words."""
    text = ("2018年某市国民经济和社会发展统计公报\n表2:2018年某市年末常住人口及构成\n"
            "单位:万人\n"
            "指标 | 年末数 | 比重(%) |\n常住人口 | 282.17 | 100 |\n其中:城镇 | 100.24 | 35.52 |\n"
            "其中:男性 | 143.91 | 51 |\n")
    found = bulletin_names(text, 2018)
    assert found == [("282.17", "常住人口"), ("100", "常住人口比重"), ("100.24", "城镇人口"),
                     ("35.52", "城镇人口比重"), ("143.91", "男性人口"), ("51", "男性人口比重")]


def test_an_age_class_in_the_label_column_is_the_rows_label():
    """18-34岁 | 136948 | 25.2 in a population table: the age class labels its row (it is
    no value in 岁), so the figures are 18-34岁户籍人口 and its 比重."""
    text = ("2022年某县国民经济和社会发展统计公报\n表1 2022年末某县户籍人口数及构成\n"
            "指 标 | 年末数(人) | 比重(%) |\n全县户籍人口 | 544126 | 100.0 |\n"
            "18-34岁 | 136948 | 25.2 |\n60岁及以上 | 120000 | 22.1 |\n")
    found = bulletin_names(text, 2022)
    assert found == [("544126", "户籍人口"), ("100.0", "户籍人口比重"),
                     ("136948", "18-34岁户籍人口"), ("25.2", "18-34岁户籍人口比重"),
                     ("120000", "60岁及以上户籍人口"), ("22.1", "60岁及以上户籍人口比重")]


def test_a_trade_row_under_value_added_rows_is_that_trades_value_added():
    """表1 生产总值及增长速度 (总量 | 比上年增长): 工业 and 建筑业 under 第二产业增加值 are
    工业增加值 and 建筑业增加值; 总量 says only that the column holds the figures."""
    text = ("2018年某市国民经济和社会发展统计公报\n表1:2018年某市生产总值及增长速度\n"
            "单位:亿元、%\n指标 | 总量 | 比上年增长 |\n生产总值 | 356.26 | 6.3 |\n"
            "第二产业增加值 | 78.51 | 3.0 |\n工业 | 43.0 | 3.1 |\n建筑业 | 35.52 | 2.8 |\n")
    found = bulletin_names(text, 2018)
    assert found == [("356.26", "生产总值"), ("6.3", "生产总值"),
                     ("78.51", "第二产业增加值"), ("3.0", "第二产业增加值"),
                     ("43.0", "工业增加值"), ("3.1", "工业增加值"),
                     ("35.52", "建筑业增加值"), ("2.8", "建筑业增加值")]
    # a trade right under the 生产总值 it makes up is its value added too (绝对值 says only
    # that the column holds the figures), but not in a column of shares (第一产业构成)
    text = ("2018年某县国民经济和社会发展统计公报\n表1:2018年某县地区生产总值及其增长速度\n"
            "指标 | 绝对值(万元) | 比上年增长(%) | 构成(%) |\n"
            "全县地区生产总值 | 184413 | 6.0 | 100 |\n农林牧渔业 | 37554 | 4.0 | 20.4 |\n")
    assert bulletin_names(text, 2018)[3:] == [
        ("37554", "农林牧渔业增加值"), ("4.0", "农林牧渔业增加值"), ("20.4", "农林牧渔业构成")]
    # …and under GDP, as a 核算 release writes the 生产总值
    text = ("2021年GDP初步核算数据\n| 绝对额(万元) | 同比增长(%) |\nGDP | 35661670 | 8.2 |\n"
            "第一产业 | 908127 | 20.4 |\n工业 | 16491165 | 10.7 |\n")
    assert bulletin_names(text, 2021)[2:] == [
        ("908127", "第一产业增加值"), ("20.4", "第一产业增加值"), ("16491165", "工业增加值"),
        ("10.7", "工业增加值")]


def test_a_plans_milestone_in_its_own_year_is_a_target_and_only_earlier_years_are_bases():
    """2023年 | 2025年 | 2027年 in a 2024-2027 action plan out in 2025: 2023 is the base,
    the 2025 milestone a target like the 2027 goal (not a base for being before 2027)."""
    text = ("沅江市人均预期寿命提升行动计划主要目标任务\n"
            "序号 | 指标名称 | 单位 | 2023年 | 2025年 | 2027年 |\n"
            "1 | 人均预期寿命 | 岁 | 78.09 | ≥79.2 | ≥80 |\n"
            "2 | 结核病报告发病率 | /10万 | 76.75 | 60 | 50 |\n")
    found = [(raw, name, role) for raw, name, role, *_ in rows(
        doc_of(text, "沅江市人均预期寿命提升行动计划", 2025))]
    assert found == [
        ("78.09", "人均预期寿命", "baseline"), ("≥79.2", "人均预期寿命", "target"),
        ("≥80", "人均预期寿命", "target"), ("76.75", "结核病报告发病率", "baseline"),
        ("60", "结核病报告发病率", "target"), ("50", "结核病报告发病率", "target")]


def test_a_budgets_staff_rows_count_what_the_unit_has():
    """编制数 | 34 in a budget's table of its staff: what the unit has, not a plan; the
    money below is the budget's."""
    text = ("某县人大常委会办公室2017年部门预算\n一、机构及人员情况\n单位:人\n"
            "项目 | 合计 | 行政单位 |\n编制数 | 34 | 34 |\n在职人数 | 32 | 32 |\n"
            "离退休人数 | 25 | 25 |\n二、收入预算情况\n2017年部门经费预算7464053元。\n")
    found = rows(doc_of(text, "某县人大常委会办公室2017年部门预算", 2017))
    assert [(raw, role) for raw, _, role, *_ in found] == [
        ("34", "actual"), ("34", "actual"), ("32", "actual"), ("32", "actual"),
        ("25", "actual"), ("25", "actual"), ("7464053元", "target")]


def test_a_three_public_expenses_tables_total_is_named_by_its_title():
    """A 三公经费 table titled in its first row (…卡斯镇“三公”经费预算财政拨款情况统计表, one cell
    merged over the columns) or above it (2021年区本级“三公”经费预算支出表): its 合计 row is
    the 三公经费 total, without the unit's place, not a bare 合计."""
    text = ("2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表 | ||||\n单位:万元 | ||||\n"
            "项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |\n"
            "增、减金额 | 增、减幅度 | |||\n合计 | 18.15 | 22.15 | 4 | 22% |\n"
            "1.因公出国(境)费 | ||||\n2.公务接待费 | 3 | 7 | 4 | 133% |\n")
    got = {(raw, name) for raw, name, *_ in rows(doc_of(text, "卡斯镇三公经费预算", 2024))}
    assert {("18.15", "“三公”经费"), ("22.15", "“三公”经费"), ("7", "公务接待费")} <= got
    text = ("2021年区本级“三公”经费预算支出表\n单位:万元\n项目 | 预算数 |\n合计 | 4432 |\n"
            "1.因公出国(境)费用 | 39 |\n2.公务接待费 | 323 |\n")
    got = {(raw, name) for raw, name, *_ in rows(doc_of(text, "区本级三公经费预算", 2021))}
    assert ("4432", "“三公”经费") in got


def test_the_unit_over_a_top_row_copied_a_cell_a_line_holds_for_the_table():
    """单位:万元, then the top row of a two-sided table copied a cell a line (收 入 | 支 出 | ||),
    then 项目 | 预算数 | 项目 | 预算数: the unit stands three short lines over the table and is
    still its unit, so the figures are read."""
    cells = ["项 目", "预算数", "项 目", "预算数", "一、公共预算拨款", "404.77", "一、基本支出",
             "319.08", "二、政府性基金拨款", "", "1.工资福利支出", "213.37",
             "三、事业收入", "", "2.日常公用经费", "57.39", "其他事业收入", "", "二、项目支出",
             "85.69", "四、上级补助收入", "", "三、事业单位经营支出", "",
             "五、其他收入", "", "", "", "本年收入合计", "404.77", "本年支出合计", "404.77"]
    text = ("某局2016年收支预算总表\n单位:万元\n收 入\n|\n支 出\n|\n||\n"
            + "".join(f"{c}\n|\n" if c else "|\n" for c in cells))
    records = parse(doc_of(text, title="某局2016年部门预算", year=2016))
    amounts = {v["raw"]: (v["number"], v["unit"]) for v in records.values}
    assert amounts.get("319.08") == (3190800, "元") and amounts.get("213.37") == (2133700, "元")


def test_a_label_that_names_its_columns_measure_takes_it_once():
    """总人口 under a column 人口(万人): the row names the measure already (总人口, not
    总人口人口); 城镇 under it takes the measure (城镇人口)."""
    text = ("2020年某省国民经济和社会发展总量指标\n"
            "| 人口(万人) |\n总人口 | 3171.0 |\n男性人口 | 1588.2 |\n城镇 | 2080.5 |\n")
    assert [(raw, name) for raw, name, *_ in rows(doc_of(text, text.split("\n")[0], 2020))] == [
        ("3171.0", "总人口"), ("1588.2", "男性人口"), ("2080.5", "城镇人口")]


def test_a_yearbook_tables_columns_of_bare_years_date_their_figures():
    """项目 | 2020 | 2021 over 乡村人口 (人) Rural Population (person): the header of bare
    years is no row of figures, each column dates its figures, and the English name after
    the Chinese label is no part of the indicator's."""
    text = ("2021年某县统计年鉴 主要农业经济指标\n"
            "| 项目 | 2020 | 2021 |\n"
            "| 乡村人口 (人) Rural Population (person) | 160210 | 158960 |\n"
            "| 粮食产量 (吨) Output of Grain (ton) | 31250 | 32010 |\n")
    found = rows(doc_of(text, "2021年某县统计年鉴", 2021))
    assert [(raw, name, number, end.year) for raw, name, _, number, _, _, end in found] == [
        ("160210", "乡村人口", 160210.0, 2020), ("158960", "乡村人口", 158960.0, 2021),
        ("31250", "粮食产量", 31250.0, 2020), ("32010", "粮食产量", 32010.0, 2021)]


def test_a_series_of_past_years_over_the_columns_is_of_results_not_baselines():
    """项目 | 2018 | 2019 | 2020 | 2021 in a 2021 yearbook: each year's figure is that year's
    result; beside a year still to come (a plan's 2020年 | 2025年) the earlier is a base."""
    text = ("2022年某省统计年鉴 农村居民人均可支配收入\n单位:元\n"
            "| 项目 | 2018 | 2019 | 2020 | 2021 |\n| 低收入户 | 6422 | 7831 | 7900 | 6860 |\n"
            "| 高收入户 | 37903 | 36954 | 45754 | 51640 |\n")
    found = rows(doc_of(text, "农村居民按收入五等分分组的人均可支配收入", 2021))
    assert [(raw, name, role, end.year) for raw, name, role, _, _, _, end in found][:4] == [
        ("6422", "低收入户", "actual", 2018), ("7831", "低收入户", "actual", 2019),
        ("7900", "低收入户", "actual", 2020), ("6860", "低收入户", "actual", 2021)]
    plan = ("| 指标 | 2020年 | 2023年 | 2025年 |\n| 森林覆盖率(%) | 40.1 | 41.0 | 42 |\n"
            "| 人均预期寿命(岁) | 78.1 | 78.5 | 79 |\n")
    assert [role for _, _, role, *_ in rows(doc_of(plan, "某市“十四五”规划", 2021))][:3] == [
        "baseline", "target", "target"]


def test_a_yearbook_table_of_groups_takes_its_measure_from_its_title():
    """7-11 农村居民按收入五等分分组的人均可支配收入 over rows of groups (低收入户) and columns
    of years: each figure is its group's 人均可支配收入."""
    text = ("7-11 农村居民按收入五等分分组的人均可支配收入\n单位:元\n"
            "| 项目 | 2019 | 2020 | 2021 |\n| 低收入户 | 7831 | 7900 | 6860 |\n"
            "| 高收入户 | 36954 | 45754 | 51640 |\n")
    found = rows(doc_of(text, "农村居民按收入五等分分组的人均可支配收入", 2021))
    assert {name for _, name, *_ in found} == {"低收入户人均可支配收入", "高收入户人均可支配收入"}


def test_a_column_of_a_part_takes_the_unit_of_the_whole_over_it():
    """卫生人员数(人) over its own column and #卫生技术人员 | #执业(助理)医师: the parts are
    counted in 人 too, each row's figure named by the row and the part."""
    text = ("表14—16 各类医院基本情况(2020年)\n"
            "| 指标 | 机构数(个) | 卫生人员数(人) | 卫生人员数(人) |\n"
            "| 指标 | 机构数(个) | | #卫生技术人员 |\n| 综合医院 | 105 | 47958 | 40869 |\n"
            "| 中医院 | 38 | 11264 | 9948 |\n")
    found = rows(doc_of(text, "南京统计年鉴2021", 2020))
    assert [(raw, name, unit) for raw, name, _, _, unit, _, _ in found][:3] == [
        ("105", "综合医院机构数", "个"), ("47958", "综合医院卫生人员数", "人"),
        ("40869", "综合医院卫生技术人员", "人")]


def test_a_column_of_a_year_after_publication_holds_targets_in_any_genre():
    text = ("日前,龙湾区印发卫生健康事业发展规划。\n"
            "指标名称\t单位\t2025年\n人均期望寿命\t岁\t83\n婴儿死亡率\t‰\t<5\n")
    doc = doc_of(text, "卫生健康事业发展主要指标")
    roles = [(raw, role) for raw, _, role, *_ in rows(replace(doc, published=date(2022, 1, 18)))]
    assert roles == [("83", "target"), ("<5", "target")]
    # published after 2025, the same column reports what was reached
    assert {role for _, _, role, *_ in rows(replace(doc, published=date(2026, 3, 1)))} \
        != {"target"}


def test_signed_amounts_beside_a_level_take_its_unit_and_a_places_row_its_name():
    text = ("1-10月份全市生产安全事故分地区统计表\n"
            "地区\t事故起数\t同比+,-\t同比±%\t死亡人数\t同比+,-\t同比±%\n"
            "合计\t55\t-19\t-25.7\t53\t-17\t-24.3\n"
            "无为市\t2\t-4\t-65.7\t2\t-6\t-75\n"
            "南陵县\t6\t-6\t-50\t8\t-8\t-50\n")
    got = [(raw, name, unit, change) for raw, name, _, _, unit, change, _
           in rows(doc_of(text, "2020年1-10月份安全生产形势", 2020))]
    assert ("-4", "无为市事故起数", "起", "up") in got
    assert ("-65.7", "无为市事故起数", "%", "up") in got
    assert ("-17", "死亡人数", "人", "up") in got  # (the total row's: the measure's)


def test_a_column_headed_increase_or_decrease_alone_holds_amounts_in_the_levels_unit():
    """机构类别 | 2017年 | 2016年 | 增减 under 单位:所: -441 is 441 institutions fewer, not a
    rate (was -441%)."""
    text = ("表1:2017年福建省卫生机构变动情况表\n单位:所\n"
            "机构类别\t2017年\t2016年\t增减\n总计\t27217\t27658\t-441\n医院\t608\t590\t18\n")
    got = [(raw, unit, change) for raw, _, _, _, unit, change, _
           in rows(doc_of(text, "2017年福建省卫生计生事业发展情况", 2017))]
    assert ("-441", "所", "up") in got and ("18", "所", "up") in got


def test_a_captions_month_dates_a_table_in_an_undated_page_and_a_rate_unit_over_it_holds():
    """表2 各县区2021年10月份降尘监测结果 / (单位:吨/平方千米·月): the caption dates the
    figures of a page with no dated title, and the rate over the table is their unit."""
    text = ("根据省厅要求,现将降尘监测结果公示如下:\n表2 各县区2021年10月份降尘监测结果\n"
            "(单位:吨/平方千米·月)\n区/县\t10月降尘量\t同比(%)\n长子县\t1.0\t-50.0\n"
            "壶关县\t1.2\t-71.4\n")
    got = [(raw, unit, end) for raw, _, _, _, unit, _, end in rows(doc_of(text, None, None))]
    assert ("1.0", "吨/平方千米·月", date(2021, 10, 31)) in got
    assert ("-71.4", "%", date(2021, 10, 31)) in got


def test_a_rate_unit_in_a_headers_brackets_and_a_summed_count_column():
    """PM10均值(微克/立方米) gives its figures their unit (were dropped, no unit found), and
    优良天数合计(天) names them by the days counted (was the row's label alone)."""
    text = ("附表1 2019年6月份各县(区)空气质量状况统计表\n"
            "县区名称\tPM10均值(微克/立方米)\t优良天数合计(天)\t空气质量优良率(%)\n"
            "凤县\t24\t29\t100\n太白县\t31\t30\t100\n")
    got = [(raw, name, unit) for raw, name, _, _, unit, _, _
           in rows(doc_of(text, "2019年6月份空气质量状况", 2019))]
    assert got[:3] == [("24", "凤县PM10均值", "微克/立方米"), ("29", "凤县优良天数", "天"),
                       ("100", "凤县空气质量优良率", "%")]


def test_a_compound_unit_stated_over_a_table_holds_for_its_figures():
    text = ("表1 2020年5月正安县城区环境空气各指标监测结果\n单位:微克/立方米\n"
            "城市名称\t二氧化硫\t可吸入颗粒物\t细颗粒物\n正安县\t2\t23\t18\n")
    got = [(raw, unit) for raw, _, _, _, unit, _, _ in rows(doc_of(text, "环境质量", 2020))]
    assert got == [("2", "微克/立方米"), ("23", "微克/立方米"), ("18", "微克/立方米")]


def test_a_unit_column_with_a_multiplier_gives_the_figure_its_unit_and_names_no_row():
    """出栏肉猪 | 万头 | 94.28 | 2.10 under 品名 | 计量单位 | 数量 | 同比增长(%): 万头 is the unit
    (94.28万头 = 942,800 head), not the row's name nor 10,000 head."""
    text = ("2023年某县国民经济和社会发展统计公报\n畜牧业有起有落。\n"
            "品 名 | 计量单位 | 数 量 | 同比增长(%) |\n出栏肉猪 | 万头 | 94.28 | 2.10 |\n"
            "出栏牛 | 万头 | 2.23 | 4.21 |\n")
    got = [(raw, name, number, unit, change) for raw, name, _, number, unit, change, _ in rows(
        doc_of(text, "2023年某县国民经济和社会发展统计公报", 2023))]
    assert got == [("94.28", "出栏肉猪", 942800.0, "头", None),
                   ("2.10", "出栏肉猪", 2.1, "%", "up"),
                   ("2.23", "出栏牛", 22300.0, "头", None),
                   ("4.21", "出栏牛", 4.21, "%", "up")]


def test_a_footnotes_number_after_a_row_label_is_no_part_of_its_name():
    """其中:第一产业[2] | 55 | 3.2: the [2] points to a note under the table (the sector's
    value added, as under 地区生产总值)."""
    text = ("2022年某县国民经济和社会发展统计公报\n"
            "指标 | 绝对数(亿元) | 比上年增长(%) |\n地区生产总值 | 262.5 | 3.1 |\n"
            "其中:第一产业[2] | 55 | 3.2 |\n")
    assert bulletin_names(text, 2022) == [
        ("262.5", "地区生产总值"), ("3.1", "地区生产总值"), ("55", "第一产业增加值"),
        ("3.2", "第一产业增加值")]
