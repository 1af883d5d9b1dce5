"""Tables of an unknown genre: target and actual columns told by their headers."""

from __future__ import annotations

from zhibiao.ingest import read_document
from zhibiao.ingest.html import read_html
from zhibiao.parse import parse

PAGE = """<html><head><title>关于2021年重点工作的说明</title></head><body>
<p>现将有关情况说明如下。</p>
<table border=1>
<tr><th>序号</th><th>工作内容</th><th>计划数</th><th>实际完成</th><th>备注</th></tr>
<tr><td>1</td><td>执法检查</td><td>400家次</td><td>420家次</td><td>另有3家</td></tr>
<tr><td>2</td><td>安全培训</td><td>不少于3000人次</td><td>2800人次</td><td></td></tr>
</table>
<p>全年共投入资金120万元。</p>
</body></html>"""


def test_an_unknown_table_is_read_by_its_column_headers():
    doc = read_html(PAGE.encode(), "u.html", "0123456789abcdef")
    records = parse(doc)
    assert records.document["genre"] == "unknown"
    assert records.document["status"] == "partial"
    assert any("read by its column headers" in w for w in records.document["warnings"])
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["raw"]) for v in records.values]
    assert rows[:4] == [("执法检查", "target", "400家次"), ("执法检查", "actual", "420家次"),
                        ("安全培训", "target", "不少于3000人次"),
                        ("安全培训", "actual", "2800人次")]
    # 备注 is neither target nor actual: only the generic reading sees it, and in a
    # document of no genre it takes the role most of its figures have (3 actual, 2 target)
    assert [(role, raw) for name, role, raw in rows if raw == "3家"] == [("actual", "3家")]
    assert ("投入资金", "actual", "120万元") in rows  # the prose still gets generic reading
    status = {names[a["indicator_id"]]: a["status"] for a in records.attainment}
    assert status == {"执法检查": "met", "安全培训": "not_met"}


TWO_PER_ROW = """<html><head><title>基本公共卫生服务项目绩效评价</title></head><body>
<table border=1>
<tr><th>目标名称</th><th>目标值</th><th>评价指标</th><th>标准值</th><th>目标完成值</th>
<th>评价指标值</th><th>权重分值</th><th>得分</th></tr>
<tr><td>1.预算投入资金</td><td>6475万元</td><td>预算完成率</td><td>100%</td><td>6475万元</td>
<td>98%</td><td>1</td><td>0.5</td></tr>
<tr><td>居民电子健康档案建档率=建档人数/常住居民数*100%</td><td>941250份</td>
<td>建档率</td><td>≥75%</td><td>1024410份</td><td>81.74%</td><td>5</td><td>5</td></tr>
</table></body></html>"""


def test_a_table_naming_two_indicators_a_row_pairs_each_value_with_its_name():
    """目标值 / 目标完成值 belong to 目标名称, 标准值 / 评价指标值 to 评价指标 (the
    second of a name's two target-like columns is what was reached); points are scores;
    a name's definition after = is no part of it."""
    records = parse(read_html(TWO_PER_ROW.encode(), "t.html", "0123456789abcdef"))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["raw"]) for v in records.values]
    assert rows[:6] == [("预算投入资金", "target", "6475万元"), ("预算完成率", "target", "100%"),
                        ("预算投入资金", "actual", "6475万元"), ("预算完成率", "actual", "98%"),
                        ("预算完成率·权重分值", "score", "1"), ("预算完成率·得分", "score", "0.5")]
    assert ("居民电子健康档案建档率", "target", "941250份") in rows
    assert ("建档率", "actual", "81.74%") in rows


def test_a_column_of_scoring_rules_gives_no_values():
    """评分规则 cells (预算完成率超出正负10%不得分) say how points are given."""
    page = TWO_PER_ROW.replace("<th>权重分值</th>", "<th>权重分值</th><th>评分规则</th>").replace(
        "<td>1</td><td>0.5</td>", "<td>1</td><td>预算完成率超出正负10%不得分</td><td>0.5</td>")
    records = parse(read_html(page.encode(), "t.html", "0123456789abcdef"))
    assert not [v for v in records.values if "10%" in v["raw"]]
    assert [v["raw"] for v in records.values][:6] == [
        "6475万元", "100%", "6475万元", "98%", "1", "0.5"]


PLAN_REVIEW = ("“十三五”规划主要指标完成情况\n"
               "序号\t指标名称\t2020年目标值\t2020年预计值\t完成情况\n"
               "1\t全区生产总值(亿元)\t1000\t1008.5\t完成\n"
               "2\t人均生产总值(元)\t130000\t130913\t基本完成\n")


def test_a_plans_indicator_review_is_read_by_its_headers_not_as_a_form():
    """指标名称 | 2020年目标值 is a plan's table, not a performance form: the target, the
    estimate beside it and the result in words, dated by the column's year, in the unit the
    row's name gives."""
    from datetime import date

    from zhibiao.ingest.text import read_text

    records = parse(read_text(PLAN_REVIEW.encode(), "p.txt", "0123456789abcdef"))
    assert not any("performance form" in w for w in records.document["warnings"])
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["number"], v["unit"], v["qualitative"],
             v["period_start"]) for v in records.values]
    y2020 = date(2020, 1, 1)
    assert rows == [("全区生产总值", "target", 1000e8, "元", None, y2020),
                    ("全区生产总值", "actual", 1008.5e8, "元", None, y2020),
                    ("全区生产总值", "actual", None, "", "完成", None),
                    ("人均生产总值", "target", 130000, "元", None, y2020),
                    ("人均生产总值", "actual", 130913, "元", None, y2020),
                    ("人均生产总值", "actual", None, "", "基本完成", None)]


PROGRESS = ("岳阳市1-11月重点民生实事工作落实情况\n"
            "序号 考核指标 单位 工作目标 已完成数 占年任务之比 备注\n"
            "1 城镇新增就业 万人 5.2 7.23 139.1% 人社局\n"
            "2 新增15万户直播卫星用户 12800 7854 61.4% 文旅局\n"
            "3 提高农村低保标准 元/年/人 不低于3700元 3840 103.8% 民政局\n"
            "4 完成10千伏及以下行政村配电网改造(37个村) 万元 5900 5900 100.0% 电力公司\n")


def test_a_progress_tables_units_shares_and_task_sizes_are_read_by_its_columns():
    """The 单位 column gives each row's unit (万人: ×10,000); 占年任务之比 is the share of
    the year's task done, named after the row and the column; a task's size written into
    its label (新增15万户…, (37个村)) is no part of the indicator's name but a target of its
    own, whose unit the row's bare figures take; a figure with no unit (10千伏 is a spec, not
    a size) stays."""
    doc = read_document("p.txt", PROGRESS.encode("utf-8"))
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["raw"], v["number"], v["unit"])
            for v in records.values]
    assert rows[:3] == [("城镇新增就业", "target", "5.2", 52000, "人"),
                        ("城镇新增就业", "actual", "7.23", 72300, "人"),
                        ("城镇新增就业占年任务之比", "actual", "139.1%", 139.1, "%")]
    assert ("新增直播卫星用户", "actual", "7854", 7854, "户") in rows  # the size's unit
    assert ("新增直播卫星用户", "target", "15万户", 150_000, "户") in rows  # the task's size
    assert ("提高农村低保标准", "actual", "3840", 3840, "元/年/人") in rows
    assert ("完成10千伏及以下行政村配电网改造", "target", "5900", 59_000_000, "元") in rows


PLACES = ("<html><head><title>全省重点民生实事项目完成进度表</title></head><body><table border=1>"
          "<tr><th>序号</th><th>市州</th><th>计划完成数</th><th>累计开工数</th><th>开工率</th>"
          "<th>计划投资额(万元)</th><th>累计完成投资额(万元)</th><th>计划投资完成率</th></tr>"
          "<tr><td>1</td><td>长沙市</td><td>150</td><td>143</td><td>95.33%</td><td>86157.25</td>"
          "<td>36836.13</td><td>42.75%</td></tr>"
          "<tr><td>2</td><td>株洲市</td><td>71</td><td>44</td><td>61.97%</td><td>13533.40</td>"
          "<td>4756.44</td><td>35.15%</td></tr></table></body></html>")


def test_rows_of_places_are_named_by_place_and_column_and_a_plans_amounts_are_targets():
    """计划完成数 and 计划投资额 are what was planned (though 完成 is in one); 累计开工数 is
    what was done; 开工率, a rate with no plan's word, is progress; the 序号 column names
    nothing; rows of places name each figure by place and column; (万元) is the column's
    unit."""
    records = parse(read_html(PLACES.encode(), "p.html", "0123456789abcdef"))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["raw"], v["number"])
            for v in sorted(records.values, key=lambda v: v["char_start"])]
    assert rows[:6] == [("长沙市计划完成数", "target", "150", 150),
                        ("长沙市累计开工数", "actual", "143", 143),
                        ("长沙市开工率", "actual", "95.33%", 95.33),
                        ("长沙市计划投资额", "target", "86157.25", 861_572_500),
                        ("长沙市累计完成投资额", "actual", "36836.13", 368_361_300),
                        ("长沙市计划投资完成率", "actual", "42.75%", 42.75)]


SHARES = ("2024年上海市为民办实事项目完成情况\n"
          "序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
          "1 | 新增4000张养老床位 | 4385 | 110% |\n"
          "2 | 新增30个社区长者食堂 | 39 | 130% |\n")


def test_a_table_of_what_was_done_and_its_share_of_the_plan_takes_the_task_from_the_label():
    """完成情况 | 占全年计划: what was done and its share of the year's plan, no target
    column; the label states the task (新增4000张养老床位: 4000张, a target), whose unit the
    figure done takes (4385张); the share is named after the row and the column."""
    records = parse(read_document("shares.txt", SHARES.encode("utf-8")))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["raw"], v["unit"])
            for v in sorted(records.values, key=lambda v: v["char_start"])]
    assert rows[:3] == [("新增养老床位", "target", "4000张", "张"),
                        ("新增养老床位", "actual", "4385", "张"),
                        ("新增养老床位占全年计划", "actual", "110%", "%")]


def test_a_bare_result_is_counted_as_its_rows_task_is():
    """目标任务 1300人 | 完成 700: the 700 are people too; a task in 万 (10000万) says no unit
    for a bare result, whose scale it would not say."""
    text = ("| 序号 | 项目名称 | 目标任务 | 实际完成 | 完成率 |\n"
            "| 1 | 农村饮用水安全巩固提升 | 1300人 | 700 | 54% |\n"
            "| 2 | 城市棚户区改造 | 7699套 | 4629 | 60% |\n"
            "| 3 | 完成征缴基金 | 10000万 | 7965 | 80% |\n")
    records = parse(read_document("p.txt", text.encode("utf-8")))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = {(names.get(v["indicator_id"]), v["raw"]): (v["role"], v["unit"])
             for v in records.values}
    assert found[("农村饮用水安全巩固提升", "700")] == ("actual", "人")
    assert found[("城市棚户区改造", "4629")] == ("actual", "套")
    assert found[("完成征缴基金", "7965")][1] == ""


def test_a_rate_column_whose_header_writes_its_unit_names_its_own_measure():
    """1-8月实际完成率%: a rate of the row's task, named after the row and the column, like
    开工率 (the % at its end hid the 率)."""
    text = ("| 序号 | 项目名称 | 目标任务 | 1-8月实际完成情况 | 1-8月实际完成率% |\n"
            "| 1 | 新增城镇就业 | 8950人 | 7356 | 82% |\n"
            "| 2 | 新增养老服务床位 | 71个 | 55 | 77% |\n")
    records = parse(read_document("p.txt", text.encode("utf-8")))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = {v["raw"]: names.get(v["indicator_id"]) for v in records.values}
    assert found["82%"] == "新增城镇就业1-8月实际完成率"
    assert found["7356"] == "新增城镇就业"


def test_a_unit_line_over_a_table_of_places_is_its_bare_figures_unit():
    """单位:亿元 on the line over a table whose rows are places: each bare figure in 亿元
    (the rate column keeps its %), named by its column, 市本级 a place like the others."""
    text = ("2019年1-3月全市重点项目完成情况表\n单位:亿元\n"
            "县(市、区) | 年度投资计划 | 一季度目标任务 | 一季度 完成投资 | "
            "完成一季度目标 任务占比(%) |\n"
            "达州市 | 600.1 | 110.5 | 120.5 | 109.1% |\n"
            "市本级 | 189.8 | 32.2 | 37.1 | 115.2% |\n")
    records = parse(read_document("t.txt", text.encode()))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names[v["indicator_id"]], v["role"], v["number"], v["unit"])
            for v in records.values]
    assert rows[:4] == [("达州市年度投资计划", "target", 60_010_000_000, "元"),
                        ("达州市一季度目标任务", "target", 11_050_000_000, "元"),
                        ("达州市一季度完成投资", "actual", 12_050_000_000, "元"),
                        ("达州市完成一季度目标任务占比", "actual", 109.1, "%")]
    assert rows[4][:2] == ("市本级年度投资计划", "target")


def test_a_table_inside_a_form_copied_as_one_grid_is_read_by_its_own_header():
    """A 绩效评价报告 form copied as one grid: its part 二、项目支出明细情况 opens on a header
    of its own (支出内容 | 计划支出数(万元) | 实际支出数(万元)) far below the grid's first
    rows; its rows are read under it, down to the next part."""
    text = ("某县财政支出政策绩效评价报告\n"
            "一、项目基本概况 | ||\n"
            "项目负责人 | 李某 | 联系电话 |\n"
            "项目起止时间 | 2020年度 | |\n"
            "二、项目支出明细情况 | ||\n"
            "支出内容(经济科目) | 计划支出数(万元) | 实际支出数(万元) |\n"
            "文化活动经费 | 166.16 | 129.05 |\n"
            "广电低保工程补助 | 80.00 | 62.54 |\n"
            "三、项目绩效情况 | ||\n"
            "项目绩效目标 | 完成情况 | 得分 |\n")
    doc = read_document("form.txt", text.encode())
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["number"]) for v in records.values]
    assert rows == [("文化活动经费", "target", 1661600.0), ("文化活动经费", "actual", 1290500.0),
                    ("广电低保工程补助", "target", 800000.0),
                    ("广电低保工程补助", "actual", 625400.0)]


REPORT_WITH_TABLE = ("上海市某区2021年国民经济和社会发展计划执行情况\n"
                     "一、2021年计划执行情况\n(一)经济社会持续较快发展\n1.主要指标实现计划目标\n"
                     "序号 指标名称 单位 年初目标 全年完成数\n"
                     "1 经济密度增长率 % 5左右 10.9\n"
                     "2 合同利用外资金额 亿美元 12-15 16.46\n"
                     "3 演艺大世界展演数量 场次/年 28000以上 39487\n"
                     "4 *单位增加值综合能耗下降率 % 2.2 预计基本完成\n"
                     "2.重点工作扎实推进\n全年新增就业岗位5.2万个。\n")


def test_a_reports_table_of_the_years_goals_and_results_is_read_by_its_headers():
    """年初目标 | 全年完成数 in a 计划执行情况 report: the start-of-year goal and the result,
    each row in its own unit (亿美元, 场次/年), its binding-indicator star no part of its
    name."""
    from datetime import date

    from zhibiao.ingest.text import read_text

    records = parse(read_text(REPORT_WITH_TABLE.encode(), "r.txt", "0123456789abcdef"))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["raw"], v["unit"])
            for v in records.values]
    assert rows[:8] == [
        ("经济密度增长率", "target", "5左右", "%"), ("经济密度增长率", "actual", "10.9", "%"),
        ("合同利用外资金额", "target", "12-15", "美元"),
        ("合同利用外资金额", "actual", "16.46", "美元"),
        ("演艺大世界展演数量", "target", "28000以上", "场次/年"),
        ("演艺大世界展演数量", "actual", "39487", "场次/年"),
        ("单位增加值综合能耗下降率", "target", "2.2", "%"),
        ("单位增加值综合能耗下降率", "actual", "基本完成", "")]
    # the headers name no year: the goal and the result are of the year the report is of
    assert {(v["period_start"], v["period_end"]) for v in records.values[:6]} == {
        (date(2021, 1, 1), date(2021, 12, 31))}
