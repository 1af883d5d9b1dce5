"""The national self-evaluation form (项目支出绩效自评表), sample 005 as a PDF."""

from __future__ import annotations

import pytest

from support import SAMPLES
from zhibiao import process


def test_self_evaluation_form():
    result = process(SAMPLES / "005_self_evaluation.pdf")
    assert result.ok, result.quarantine
    document, t = result.records.document, result.records.tables
    assert (document.genre, document.status) == ("self_evaluation_table", "ok")
    assert [x.name for x in t["targets"]] == ["安全生产监管执法及应急救援能力提升专项"]
    indicators = {i.indicator_id: i for i in t["indicators"]}

    def rows(name):
        return [(v.role, v.number, v.unit, v.comparator) for v in t["values"]
                if indicators[v.indicator_id].name == name]

    drill = next(i for i in t["indicators"] if i.name == "应急演练场次")
    assert (drill.level1, drill.level2) == ("产出指标", "数量指标")
    # the 年度总体目标 texts' 12场 / 10场 (read first, above the table), then the row's
    assert rows("应急演练场次") == [("target", 12, "场", "="), ("actual", 10, "场", "="),
                                ("target", 12, "场", "≥"), ("actual", 10, "场", "=")]
    # bare points, printed without 分, take no unit (as the corpus README labels them)
    assert rows("应急演练场次·分值") == [("score", 5, "", "=")]
    assert rows("应急演练场次·得分") == [("score", 4, "", "=")]
    # the 年初预算数 is the first plan: a target of its own indicator, so the 全年预算数
    # (the plan as adjusted) is the one the 全年执行数 is measured against
    assert rows("年度资金总额年初预算数") == [("target", 3_200_000, "元", "=")]
    assert rows("年度资金总额") == [("target", 3_200_000, "元", "="),
                                ("actual", 2_984_600, "元", "=")]
    # the row of all the funds: its 执行率 is the form's 预算执行率 (the other rows keep
    # their own names, 当年财政拨款执行率)
    assert rows("预算执行率") == [("actual", 93.27, "%", "=")]
    # …and its 分值 are the rate's points, as analysts name them
    assert rows("预算执行率·分值") == [("score", 10, "", "=")]
    # scores never pass for targets, and every target cell has its actual
    assert not [v for v in t["values"] if v.role == "target"
                and indicators[v.indicator_id].name.endswith(("·分值", "·得分"))]
    status = {indicators[a.indicator_id].name: a.status for a in t["attainment"]}
    assert status["应急演练场次"] == "not_met"
    assert status["隐患整改率"] == "met"
    assert status["重大隐患整改完成时限"] == "met"
    assert status["较大及以上生产安全事故起数"] == "met"
    assert all(v.page == 1 and v.bbox for v in t["values"])


def test_the_web_page_gives_the_values_of_the_pdf():
    """005 is published as a PDF and as a page (GB18030, merged cells as rowspan/colspan)."""
    def view(name):
        result = process(SAMPLES / name)
        assert result.ok, result.quarantine
        names = {i.indicator_id: (i.name, i.level1, i.level2)
                 for i in result.records.tables["indicators"]}
        return [(names[v.indicator_id], v.role, v.raw, v.number, v.unit, v.comparator)
                for v in result.records.tables["values"]]
    assert view("005_self_evaluation.html") == view("005_self_evaluation.pdf")
    document = process(SAMPLES / "005_self_evaluation.html").records.document
    assert (document.genre, document.issuer, str(document.published)) == (
        "self_evaluation_table", "规划财务处", "2023-04-20")


DECLARATION = """<html><head><title>2023年度项目支出绩效目标申报表</title></head><body>
<table border=1>
<tr><td colspan=2>项目名称</td><td colspan=3>森林防灭火能力提升项目</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>分值</th></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>巡护人次</td><td>≥5000人次</td><td>20</td></tr>
<tr><td>时效指标</td><td>火情响应时间</td><td>≤30分钟</td><td>20</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>10</td></tr>
</table></body></html>"""


def test_a_declaration_form_gives_targets_with_levels_and_no_actuals():
    from zhibiao.ingest.html import read_html
    from zhibiao.parse import parse

    records = parse(read_html(DECLARATION.encode(), "d.html", "0123456789abcdef"))
    # a declaration form (申报表) is its own genre, goal_table, read by the same parser
    assert (records.document["genre"], records.document["status"]) == ("goal_table", "ok")
    indicators = {i["indicator_id"]: i for i in records.indicators}
    rows = [(indicators[v["indicator_id"]]["name"], indicators[v["indicator_id"]]["level1"],
             v["role"], v["number"], v["unit"], v["comparator"]) for v in records.values]
    assert rows == [
        ("巡护人次", "产出指标", "target", 5000, "人次", "≥"),
        ("巡护人次·分值", "产出指标", "score", 20, "", "="),
        ("火情响应时间", "产出指标", "target", 30, "分钟", "≤"),
        ("火情响应时间·分值", "产出指标", "score", 20, "", "="),
        ("群众满意度", "满意度指标", "target", 90, "%", "≥"),
        ("群众满意度·分值", "满意度指标", "score", 10, "", "="),
    ]
    assert records.attainment == []


def test_a_budget_goal_table_in_the_shape_of_issue_19():
    """A 项目支出绩效目标表 as 部门预算 publish it (tests/data/goal_table_2023.html, the
    rows of issue 19): every 三级指标 a target of the project, the 指标值 cell read with
    its relation and its unit in brackets, several values in one cell, 达标 qualitative."""
    from support import REPO
    from zhibiao import process

    records = process(REPO / "tests" / "data" / "goal_table_2023.html").records
    assert (records.document.genre, records.document.status) == ("goal_table", "ok")
    t = records.tables
    names = {i.indicator_id: (i.name, i.level2, i.target_id) for i in t["indicators"]}
    targets = {x.target_id: x.name for x in t["targets"]}
    rows = [(names[v.indicator_id][0], names[v.indicator_id][1], v.role, v.number, v.unit,
             v.comparator, v.qualitative) for v in t["values"]]
    assert rows == [
        ("项目资金总额", None, "target", 2350000, "元", "=", None),
        ("新建停车泊位", "产出指标", "target", 320, "个", "≥", None),
        ("验收合格率", "质量指标", "target", 100, "%", "=", None),
        ("困难家庭生活改善度", "社会效益指标", "target", 85, "%", "≥", None),
        ("居民满意度", "服务对象满意度指标", "target", 90, "%", "≥", None),
        ("走访企业户数", "数量指标", "target", 200, "家", ">", None),
        ("年服务人次", "数量指标", "target", 30000, "人次", "=", None),
        ("按计划完成", "数量指标", "target", 60, "人", "≥", None),
        ("按计划完成", "数量指标", "target", 5000, "份", "≥", None),
        ("制度建设", "质量指标", "target", None, "", "=", "达标"),
    ]
    assert {targets[names[v.indicator_id][2]] for v in t["values"]} == {"老旧小区停车设施改造"}


@pytest.mark.parametrize("layout", ["form_per_project", "long_list", "split_columns",
                                    "titled_tables"])
def test_budget_goal_tables_in_pdf_give_every_row_as_a_target_of_its_project(
        goal_tables, layout):
    """The 项目支出绩效目标表 of a 部门预算 (tests/data/make_goal_tables.py: a form per
    project, one long list with merged project cells, 指标性质 / 指标值 / 度量单位 in three
    columns; a table per project named in a line above it; forms and merged cells cut by
    page breaks) is read as a form although the document is a budget: every value is a
    target of the 三级指标 of its row, under its project, with the number, unit,
    comparator and words the generator wrote, and nothing else is read from the forms
    (年度总体目标 restates the rows; as a paragraph above a table it is prose)."""
    from support import load_data_module
    from zhibiao import process

    gold = load_data_module("make_goal_tables").gold_facts(layout)
    result = process(goal_tables[layout])
    tables = result.records.tables
    assert result.records.document.genre == "budget"
    names = {i.indicator_id: (i.name, i.target_id) for i in tables["indicators"]}
    projects = {t.target_id: t.name for t in tables["targets"]}
    written = []
    project_names = {project for project, *_ in gold}
    for v in tables["values"]:
        name, target_id = names[v.indicator_id]
        if projects[target_id] not in project_names:
            continue  # a sentence of a 年度绩效目标 paragraph above a table
        number = None if v.number is None else round(v.number, 6)
        written.append((v.role, projects[target_id], name, number, v.unit, v.comparator,
                        v.qualitative))
    expected = [("target", project, name, None if number is None else round(number, 6),
                 unit, comparator, words)
                for project, name, number, unit, comparator, words in gold]
    assert written == expected


def test_the_goal_table_sample_is_what_the_generator_writes(goal_tables):
    """samples/007 is tests/data/make_goal_tables.py's form_per_project, byte for byte, so
    its golden file and the generator's gold describe the same document."""
    sample = SAMPLES / "007_budget_goal_tables.pdf"
    assert sample.read_bytes() == goal_tables["form_per_project"].read_bytes()


def test_a_goal_tables_fund_lines_copied_as_text_are_targets_in_yuan():
    """资金情况(万元) 年度资金总额: 10 / 其中:财政拨款10 / 其他资金0 (the grid lost): each amount
    a target of its label, scaled by the form's (万元); an amount with its own 万 keeps it."""
    text = ("2018年扶贫基地绩效目标申报表\n项目名称 扶贫基地基础设施\n"
            "资金情况(万元) 年度资金总额: 10\n其中:财政拨款10\n其他资金0\n"
            "绩效指标 一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 流转土地 >=60亩\n")
    values = _form_values(text)
    funds = [(v["raw"], v["number"], v["unit"], v["role"], v["name"])
             for v in values if v["unit"] == "元"]
    assert funds == [("10", 100000.0, "元", "target", "年度资金总额"),
                     ("10", 100000.0, "元", "target", "财政拨款"),
                     ("0", 0.0, "元", "target", "其他资金")]
    # (a 申报表's sources of money, as its template lists them)
    text = ("项目支出绩效目标申报表\n项目名称 麻风病防治\n项目资金(万元) 年度资金总额 金额(万元)\n"
            "(一)财政拨款小计4.00\n1、一般公共预算4.00\n2、政府性基金0.00\n"
            "(二)自有资金小计0.00\n1、事业收入0.00\n")
    funds = [(v["number"], v["name"]) for v in _form_values(text) if v["unit"] == "元"]
    assert funds == [(40000.0, "财政拨款小计"), (40000.0, "一般公共预算"), (0.0, "政府性基金"),
                     (0.0, "自有资金小计"), (0.0, "事业收入")]


def test_a_self_evaluation_copied_without_its_grid_is_read_by_the_templates_row_shape():
    """Pipe rows cut where the page's merged cells fell: the header and the first indicator
    row share one long row, the others start at 二级指标. Each row is known by 三级指标 |
    指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分, wherever it starts."""
    text = ("2022年度项目支出绩效自评表 | 部门:永德县明朗中学 |\n"
            "| 年度总体目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | "
            "产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |\n"
            "| 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |\n"
            "| 时效指标 | 资金到位及时率 | ═ | 100 | % | 98% | 10 | 7 |\n")
    values = _form_values(text)
    found = [(v["name"], v["role"], v["number"], v["unit"], v["comparator"])
             for v in values]
    assert found[:4] == [("学生受资助人数", "target", 735.0, "人次", "≥"),
                         ("学生受资助人数", "actual", 735.0, "人次", "="),
                         ("学生受资助人数", "score", 10.0, "", "="),
                         ("学生受资助人数", "score", 10.0, "", "=")]
    assert found[-4:] == [("资金到位及时率", "target", 100.0, "%", "="),
                          ("资金到位及时率", "actual", 98.0, "%", "="),
                          ("资金到位及时率", "score", 10.0, "", "="),
                          ("资金到位及时率", "score", 7.0, "", "=")]
    # …and each of them is of the form's year, as the form reader dates a grid's rows
    titled = _form_values("永德县明朗中学2022年度项目支出绩效自评表\n" + text)
    assert {(str(v["period_start"]), str(v["period_end"])) for v in titled} == {
        ("2022-01-01", "2022-12-31")}


def test_template_rows_are_read_in_a_page_of_any_kind_and_a_lone_figure_is_a_weight():
    """A page that starts inside a form (its title and header on the page before): the rows
    keep the template's shape (三级指标 | = | 100 | % | 100 | 5), whatever the page is taken
    for; where every row holds one figure after its unit, that figure is the row's 权重
    (a 目标表 part, no 完成值), not a result."""
    text = ("安全警示标志设置及时率 | = | 100 | % | 100 | 5 |\n"
            "成本指标 | 安全隐患排查成本预算 | = | 6 | 万元 | 6 | 5 |\n"
            "效益指标 | 社会效益指标 | 环境治理亮化美化率 | ≥ | 90 | % | 93 | 10 |\n")
    found = [(v["name"], v["role"], v["number"], v["unit"]) for v in _form_values(text)]
    assert found[:3] == [("安全警示标志设置及时率", "target", 100.0, "%"),
                         ("安全警示标志设置及时率", "actual", 100.0, "%"),
                         ("安全警示标志设置及时率", "score", 5.0, "")]
    assert ("环境治理亮化美化率", "actual", 93.0, "%") in found
    text = ("城乡居民医保参保工作经费发放及时率 | = | 100 | % | 5 |\n"
            "成本指标 | 城乡居民参保网络宣传成本预算 | ≤ | 101400 | 元 | 5 |\n"
            "满意度指标 | 服务对象满意度指标 | 城乡居民参保人员满意度 | ≥ | 90 | % | 10 |\n")
    found = [(v["name"], v["role"], v["number"]) for v in _form_values(text)]
    assert found == [("城乡居民医保参保工作经费发放及时率", "target", 100.0),
                     ("城乡居民医保参保工作经费发放及时率", "score", 5.0),
                     ("城乡居民参保网络宣传成本预算", "target", 101400.0),
                     ("城乡居民参保网络宣传成本预算", "score", 5.0),
                     ("城乡居民参保人员满意度", "target", 90.0),
                     ("城乡居民参保人员满意度", "score", 10.0)]


def test_points_under_a_weight_header_are_named_by_it():
    """A template heading its points 权重 (not 分值): they are named …·权重, as the form
    prints them; 得分 stays …·得分."""
    text = ("项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分 |\n"
            "| 产出指标 | 数量指标 | 培训人数 | 200人 | 210人 | 10 | 10 |\n")
    found = [(v["name"], v["role"], v["number"]) for v in _form_values(text)
             if v["role"] == "score"]
    assert found == [("培训人数·权重", "score", 10.0), ("培训人数·得分", "score", 10.0)]


def test_the_unit_of_a_head_fund_row_holds_for_the_rows_below_it():
    """资金情况 (万元) | 项目资金总额: | 1500 over 其中:财政资金 | 1500: the merged label cell
    that states the unit spans both rows, though the copy printed it on the first only."""
    text = ("绩效目标申报表 | ||||\n"
            "项目名称 | 某某建设项目 | |||\n"
            "资金情况 (万元) | 项目资金总额: | 1500 | 年度资金申请总额 | 1500 |\n"
            "其中:财政资金 | 1500 | 其中:当年财政拨款 | 1500 | |\n"
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 |\n"
            "产出指标 | 数量指标 | 新建保鲜库数量 | 1座 | |\n")
    found = [(v["name"], v["number"], v["unit"]) for v in _form_values(text)
             if v["unit"] == "元"]
    assert found == [("项目资金总额", 15_000_000.0, "元"), ("年度资金申请总额", 15_000_000.0, "元"),
                     ("财政资金", 15_000_000.0, "元"), ("当年财政拨款", 15_000_000.0, "元")]


def test_a_goal_approval_form_is_a_goal_table_and_its_budget_lines_are_read():
    """A 绩效目标审批表 is a goal table; its 项目总预算 65 / 其中:财政资金 65 under 金额单位:万元
    are targets in 元."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse
    from zhibiao.parse.genres import recognise

    text = ("2023年加工园配套设施建设项目支出绩效目标审批表\n金额单位:万元\n"
            "项目名称 加工园配套设施建设项目\n项目总预算 65 财政资金预算分类 一般公共预算\n"
            "其中:财政资金 65\n其中:其它资金 0\n")
    doc = read_document("form.txt", text.encode())
    assert recognise(doc) == "goal_table"
    records = parse(doc)
    assert [(v["raw"], v["number"], v["role"]) for v in records.values if v["unit"] == "元"] == [
        ("65", 650000.0, "target"), ("65", 650000.0, "target"), ("0", 0.0, "target")]


def test_a_head_fund_row_ending_on_an_empty_amount_in_the_unit_a_head_cell_declares():
    """预算规模及资金用途 | 预算数 | 20.00 | 其中:财政资金 | 20.00 | 其他资金 | (no amount
    after the last label) under 207101某法院 | 单位:万元, and 项目总预算 | 100 under 预算单位:
    | … | 金额单位:万元: targets in 元."""
    text = ("207101某区人民法院 | 单位:万元 | ||||\n"
            "项目名称 | 安全隐患维修 | ||||\n"
            "预算规模及资金用途 | 预算数 | 20.00 | 其中:财政资金 | 20.00 | 其他资金 | \n"
            "一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | |\n"
            "产出指标 | 数量指标 | 维修面积 | 维修面积 | ≥400平方米 | |\n")
    found = [(v["name"], v["number"]) for v in _form_values(text) if v["unit"] == "元"]
    assert found == [("预算数", 200_000.0), ("财政资金", 200_000.0)]
    text = ("预算单位: | 某县应急管理局 | 金额单位:万元 | |||\n"
            "项目名称 | 安全生产专项督查工作经费 | 项目分类 | 运转类 | ||\n"
            "项目总预算 | 100 | 财政资金预算分类 | 一般公共预算 | ||\n"
            "一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 | |\n"
            "产出指标 | 数量指标 | 举报奖励次数 | ≥5次 | 10 | |\n")
    assert [(v["name"], v["number"]) for v in _form_values(text) if v["unit"] == "元"] == [
        ("项目总预算", 1_000_000.0)]


def test_a_fund_header_that_lost_its_label_column_still_reads_the_fund_lines():
    """预算资金 (万元) printed on a line of its own above 年初预算数 | 全年预算数 | …: the
    header starts at the first amount column, the fund lines one cell to its right."""
    text = ("部门整体支出绩效自评表 | ||||\n(2023年度) | ||||\n预算资金 (万元) |\n"
            "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |\n"
            "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% | |\n"
            "其中:当年财政拨款 | 329.77 | 329.77 | 338.31 | — | 102.59% | — |\n")
    values = _form_values(text)
    found = [(v["name"], v["role"], v["number"], v["unit"])
             for v in values]
    assert found[:5] == [("年度资金总额年初预算数", "target", 3297700.0, "元"),
                         ("年度资金总额", "target", 3297700.0, "元"),
                         ("年度资金总额", "actual", 3383100.0, "元"),
                         ("预算执行率", "actual", 102.59, "%"),
                         ("预算执行率·分值", "score", 10.0, "")]
    assert ("当年财政拨款", "actual", 3383100.0, "元") in found
    assert ("当年财政拨款执行率", "actual", 102.59, "%") in found


def test_a_sign_column_says_the_relation_before_the_indicators_kind():
    """指标性质 正向 | 指标方向 =: the figure is to equal 8, the kind (正向) says only that
    more is better."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    text = ("项目绩效目标表\n"
            "一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t目标值\t计量单位\t分值\n"
            "产出指标\t数量指标\t出差人数\t正向\t=\t8\t人\t4\n"
            "产出指标\t成本指标\t出差总成本\t反向\t\t1\t万元\t4\n")
    records = parse(read_document("form.txt", text.encode()))
    targets = [(v["number"], v["comparator"]) for v in records.values if v["role"] == "target"]
    assert targets == [(8.0, "="), (10000.0, "≤")]


def test_a_fund_header_ending_the_row_and_missing_its_label_column_does_not_crash():
    """年初预算数 | … | 得分 as a table of its own whose width is its header's: moved
    one column right for the fund lines, the header's own words are still its own (a
    2023 自评表 of 临翔区 went to quarantine on an IndexError here)."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    text = ("2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表\n作者: 时间:2023-12-01\n"
            "项目支出绩效自评表 |\n| ( 2023年度) |\n项目名称 | 2023年野生动物收容所建设项目 |\n"
            "主管部门 | 临翔区林业和草原局 | 实施单位 | 临翔区林业和草原局 |\n项目资金 (万元) |\n"
            "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 |\n"
            "| 32.4 | 31.69 | 10 | 97.80% | 9 |\n其中:当年财政拨款 |\n"
            "| 32.4 | 31.69 | 10 | 97.80% | 9 |\n")
    records = parse(read_document("form.txt", text.encode()))  # no IndexError
    assert records.document["genre"] == "self_evaluation_table"


def test_a_unit_in_brackets_after_an_indicators_name_is_the_rows_unit():
    """任务完成时限(月) | 10 | 10: the bracket is the unit of the row's bare figures, and no
    part of the name its points are named by (任务完成时限·分值, not 任务完成时限(月)·分值)."""
    text = ("项目支出绩效自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "效益指标 | 经济效益指标 | 奖补资金兑付率(%) | ≥100% | ≥100% | 10.8 | 10.8 |\n"
            "产出指标 | 时效指标 | 任务完成时限(月) | 10 | 10 | 10.3 | 10.3 |\n")
    values = _form_values(text)
    found = [(v["name"], v["role"], v["number"], v["unit"])
             for v in values]
    assert found == [("奖补资金兑付率", "target", 100.0, "%"),
                     ("奖补资金兑付率", "actual", 100.0, "%"),
                     ("奖补资金兑付率·分值", "score", 10.8, ""),
                     ("奖补资金兑付率·得分", "score", 10.8, ""),
                     ("任务完成时限", "target", 10.0, "月"),
                     ("任务完成时限", "actual", 10.0, "月"),
                     ("任务完成时限·分值", "score", 10.3, ""),
                     ("任务完成时限·得分", "score", 10.3, "")]


def test_the_templates_starred_blank_ends_a_name_wherever_it_stands():
    """受益建档立卡贫困人口数≥**人, 扶贫临时救助标准(<**元/户·年)——一户年最高5300元: the
    template's blank for the value (stars) ends the indicator's name, bracketed or not, at
    the end or before a description."""
    text = ("项目支出绩效自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 受益建档立卡贫困人口数≥**人 | >=80人 | 87人 | 30 | 30 |\n"
            "产出指标 | 成本指标 | 扶贫临时救助标准(<**元/户·年)——一户年最高5300元 | "
            "<=5300元/户 | 5830元/户 | 10 | 10 |\n")
    names = [v["name"] for v in _form_values(text) if v["role"] != "score"]
    assert names == ["受益建档立卡贫困人口数"] * 2 + ["扶贫临时救助标准"] * 2


def test_a_bare_result_is_counted_in_the_unit_its_target_is_written_in():
    """补助村(社区)数量 | =8个 | 8: the 8 villages are 个 too; a target in 万元 gives no unit
    to a bare result, whose scale it would not say."""
    text = ("项目支出绩效自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 补助村(社区)数量 | =8个 | 8 | 8 | 8 |\n"
            "产出指标 | 成本指标 | 项目总成本 | ≤202.6万元 | 132.9 | 10 | 10 |\n")
    values = _form_values(text)
    found = {(v["name"], v["role"]): v["unit"] for v in values}
    assert found[("补助村(社区)数量", "actual")] == "个"
    assert found[("项目总成本", "actual")] == ""


def test_a_rates_bare_figures_are_percent_and_the_templates_number_is_no_part_of_its_name():
    """指标1工程完工率 | 100 | 100: a rate (and a 满意度) written bare is in %, as the form's
    readers take it; a death rate is not (its unit is per thousand or more); the
    template's 指标1 glued to the name is dropped as 指标1: is."""
    text = ("项目支出绩效自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 质量指标 | 指标1工程完工率 | 100 | 100 | 10 | 10 |\n"
            "满意度指标 | 服务对象满意度指标 | 指标1学生满意度 | 90 | 95 | 10 | 10 |\n"
            "效益指标 | 社会效益指标 | 婴儿死亡率 | 6 | 4 | 10 | 10 |\n")
    found = [(v["name"], v["role"], v["unit"]) for v in _form_values(text)
             if v["role"] != "score"]
    assert found == [("工程完工率", "target", "%"), ("工程完工率", "actual", "%"),
                     ("学生满意度", "target", "%"), ("学生满意度", "actual", "%"),
                     ("婴儿死亡率", "target", ""), ("婴儿死亡率", "actual", "")]


def test_a_form_copied_with_spaces_reads_its_funds_in_the_unit_above_and_its_completion_rates():
    """A 自评表 whose cells are parted by spaces: 资金构成(元), the fund header's label cell,
    stands on the line above, so its amounts are in 元; a 完成率 column holds how much of
    each row's goal was done; 服务对象满意度 (without 指标) is a 二级指标; 合计 ends the rows."""
    text = ("项目支出绩效自评表\n"
            "资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分\n"
            "资金总额: 120,000.00 120,000.00 30,000.00 10.00  25 2.5\n"
            "年度目标 年度目标完成情况\n"
            "一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 完成率 分值 得分 "
            "未完成原因分析\n"
            "产出指标 数量指标 资助困难教师及学生 52 10 19.23% 20.00 3.85 由中央直接拨付。\n"
            "满意度指标 服务对象满意度 受助学生满意度 90 100 100.00% 10.00 10\n"
            "合计 100.00 46.35\n")
    found = [(v["name"], v["role"], v["number"], v["unit"]) for v in _form_values(text)]
    assert found[0] == ("资金总额年初预算数", "target", 120000.0, "元")
    assert ("资金总额", "actual", 30000.0, "元") in found
    assert ("资助困难教师及学生完成率", "actual", 19.23, "%") in found
    assert ("受助学生满意度", "actual", 100.0, "%") in found
    assert not any(name.startswith("合计") for name, *_ in found)


def test_an_application_forms_mid_term_and_annual_funds_side_by_side_are_each_read():
    """项目资金 (万元) on a row of its own, then 中期资金总额: | 68.50 | 年度资金总额: | 51.35:
    each amount a target of the label before it, in the unit the row above names."""
    text = ("项目支出绩效目标申报表 | |||||||||\n"
            "项目名称 | 农产品质检体系建设 | ||||||||\n"
            "项目资金 (万元) |\n"
            "中期资金总额: | 68.50 | 年度资金总额: | 51.35 | |||||\n"
            "其中:财政拨款 | 68.50 | 其中:财政拨款 | 51.35 | ||||||\n"
            "一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 | |\n"
            "产出指标 | 数量指标 | 监督抽检批次 | ≥100组 | 数量指标 | 监督抽检批次 | ≥40组 | |\n")
    values = _form_values(text)
    funds = [(v["name"], v["number"], v["unit"], v["role"])
             for v in values]
    assert funds == [("中期资金总额", 685000, "元", "target"),
                     ("年度资金总额", 513500, "元", "target"),
                     ("财政拨款", 685000, "元", "target"), ("财政拨款", 513500, "元", "target"),
                     ("监督抽检批次", 100, "组", "target"), ("监督抽检批次", 40, "组", "target")]


def test_a_goal_tables_numbered_fund_lines_are_each_read():
    """项目资金申请 (万元) 资金总额: 250 / 一、预算资金:250 / 二、自有资金:0 / 三、其他:0."""
    text = ("2024年项目绩效目标表\n项目名称\n雾炮车抑尘降尘服务\n项目资金申请\n(万元)\n"
            "资金总额: 250\n一、预算资金:250\n二、自有资金:0\n三、其他:0\n"
            "绩效指标 一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 配备车辆数 10台\n")
    values = _form_values(text)
    funds = [(v["name"], v["number"]) for v in values
             if v["unit"] == "元"]
    assert funds == [("资金总额", 2_500_000), ("预算资金", 2_500_000), ("自有资金", 0),
                     ("其他资金", 0)]


def test_a_whole_department_goal_tables_money_split_two_ways_is_read():
    """年度预算申请 (万元)资金总额:952.22 / 按收入性质分:952.22按支出性质分:952.22 / 其中:一般
    公共预算:952.22其中:基本支出:875.22 / 政府性基金拨款:项目支出:77 (a Hunan 部门整体支出
    绩效目标表 copied as text): each amount, a target in 元."""
    text = ("2024年某县部门整体支出绩效目标表\n部门名称某县疾病预防控制中心\n"
            "年度预算申请 (万元)资金总额:952.22\n按收入性质分:952.22按支出性质分:952.22\n"
            "其中:一般公共预算:952.22其中:基本支出:875.22\n政府性基金拨款:项目支出:77\n")
    values = _form_values(text)
    funds = [(v["name"], v["number"], v["role"]) for v in values if v["unit"] == "元"]
    assert funds == [("资金总额", 9_522_200, "target"), ("按收入性质分", 9_522_200, "target"),
                     ("按支出性质分", 9_522_200, "target"), ("一般公共预算", 9_522_200, "target"),
                     ("基本支出", 8_752_200, "target"), ("项目支出", 770_000, "target")]


def test_a_self_evaluations_fund_lines_by_paying_government_are_read_in_its_year():
    """…资金合计(万元) 年度预算资金总额): 1084.25 / 其中:中央补助668.00 / 市级资金343.00 /
    本级资金(包括结转结余) 73.25 in an untitled 自评 copied as text: planned amounts of the
    form's year, in 元."""
    from datetime import date


    text = ("某县2024年度计划生育服务项目绩效自评表\n"
            "计划生育转移支付资金合计(万元) 年度预算资金总额): 1084.25\n其中:中央补助668.00\n"
            "市级资金343.00\n本级资金(包括结转结余) 73.25\n")
    values = _form_values(text)
    funds = [(v["name"], v["number"], v["role"], v["period_end"])
             for v in values]
    end = date(2024, 12, 31)
    assert funds == [("资金总额", 10_842_500, "target", end),
                     ("中央补助", 6_680_000, "target", end),
                     ("市级资金", 3_430_000, "target", end),
                     ("本级资金", 732_500, "target", end)]


def _form_values(text: str) -> list[dict]:
    """The values read from a form copied as text, each with its indicator's name."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    records = parse(read_document("form.txt", text.encode()))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    return [{**v, "name": names[v["indicator_id"]]} for v in records.values]


def test_a_fund_rows_rate_written_as_a_ratio_and_its_label_after_the_unit():
    """(万元) 年度资金总额 29 29 27.8 9 0.958 8 under 项目资金 年初预算数 全年预算数 全年执行数
    分值 执行率 得分: the label column's unit is no part of the name, and a rate written as
    a ratio stays 0.958 (not 0.958%)."""
    text = ("某项目支出绩效自评表(2022年度)\n项目名称 文物保护专项经费\n"
            "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
            "(万元) 年度资金总额 29 29 27.8 9 0.958 8\n"
            "其中:当年财政拨款 29 29 27.8 9 0.958 8\n")
    values = _form_values(text)
    rates = [(v["name"], v["number"], v["unit"]) for v in values if v["number"] == 0.958]
    assert rates == [("预算执行率", 0.958, ""), ("当年财政拨款执行率", 0.958, "")]
    assert ("年度资金总额年初预算数", 290_000) in [(v["name"], v["number"]) for v in values]


def test_a_forms_rows_written_as_sentences_of_labelled_fields_are_read_in_any_report():
    """…(万元),目标值200,完成值200,分值10,得分10。: each field is the row's target, result
    or points, bare figures in the unit the name's brackets state; a sentence that names a
    目标值 among words of its own is prose (its figures are read there)."""
    text = ("2024年度市级预算项目绩效自评报告\n二、绩效分析\n"
            "1)获得补助企事业单位获得补助金额(万元),目标值200,完成值200,分值10,得分10。\n"
            "1)项目完成及时率(%),目标值90,完成值100,分值8,得分8。\n"
            "全年计划完成培训500人次,目标值为450人次。\n")
    found = [(v["raw"], v["role"], v["name"], v["number"], v["unit"])
             for v in _form_values(text)]
    assert found[:8] == [
        ("200", "target", "获得补助企事业单位获得补助金额", 2000000.0, "元"),
        ("200", "actual", "获得补助企事业单位获得补助金额", 2000000.0, "元"),
        ("10", "score", "获得补助企事业单位获得补助金额·分值", 10.0, ""),
        ("10", "score", "获得补助企事业单位获得补助金额·得分", 10.0, ""),
        ("90", "target", "项目完成及时率", 90.0, "%"),
        ("100", "actual", "项目完成及时率", 100.0, "%"),
        ("8", "score", "项目完成及时率·分值", 8.0, ""),
        ("8", "score", "项目完成及时率·得分", 8.0, "")]
    assert [v[0] for v in found[8:]] == ["500人次", "450人次"]


def test_indicator_rows_that_lost_their_merged_cells_are_put_back_under_the_header():
    """专项年度绩效指标 | 一级指标 | 二级指标 | 三级指标内容 | 指标值及单位 over rows a copy left
    without the cells merged down over them: each row's first cell goes to the column of its
    kind (a 一级 or 二级 label, else the name), so its figure stands under 指标值."""
    text = ("雨露计划绩效目标申报表\n"
            "| 专项年度绩效指标 | 一级指标 | 二级指标 | 三级指标内容 | 指标值及单位 |\n"
            "| 产出指标 | 数量指标 | 年度申请就学补助户数 | >=101人/次 | |\n"
            "| 质量指标 | 就学补助发放准确率 | >=98% | | |\n"
            "| 就学补助及时发放率 | >=100% | | | |\n")
    found = [(v["name"], v["role"], v["raw"]) for v in _form_values(text)]
    assert found == [("年度申请就学补助户数", "target", ">=101人/次"),
                     ("就学补助发放准确率", "target", ">=98%"),
                     ("就学补助及时发放率", "target", ">=100%")]


def test_a_row_opening_on_a_level_with_its_points_is_put_back_under_the_header():
    """年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) |
    得分 over 产出指标(40分) | 数量指标 | …: a level label keeps its points and still says
    where the row starts, though the target column held a figure (the row's actual) before
    the shift; and a level's row of words (质量指标 | …以当年为主 | …) is put back too."""
    text = ("2022年度共享工程项目自评表\n"
            "| 年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | "
            "实际完成值(B) | 得分 |\n"
            "| 产出指标(40分) | 数量指标 | 采购图书 | 2000册 | 2100册 | 10 | |\n"
            "| 质量指标 | 以最新资源面市 | 当年资源为主 | 当年资源为主 | 10 | | |\n")
    found = [(v["name"], v["role"], v["raw"]) for v in _form_values(text)]
    assert ("采购图书", "target", "2000册") in found
    assert ("采购图书", "actual", "2100册") in found
    assert ("以最新资源面市·得分", "score", "10") in found
    assert not [v for v in found if v[1] == "target" and v[2] == "10"]


def test_a_fund_row_that_lost_a_cell_is_read_by_the_kinds_of_its_cells():
    """年度资金总额 | 30 | 30 | 10 | 100% | 99 under 年初预算数 | 调整预算数 | 全年执行数 | 分值 |
    执行率 | 得分 (the empty 年初预算数 left out): the percentage is the 执行率, the figure after
    it the 得分 and the one before it the 分值, the amounts the budget and what was spent; a
    其中 row (30 | 30 | 100%) has no points."""
    text = ("项目支出绩效自评表\n"
            "| 项目资金(万元) | 年初预算数 | 调整预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| 年度资金总额 | 30 | 30 | 10 | 100% | 99 | |\n"
            "| 其中:当年财政拨款 | 30 | 30 | 100% | | | |\n")
    found = [(v["raw"], v["role"], v["name"])
             for v in sorted(_form_values(text), key=lambda v: v["char_start"])]
    assert found == [("30", "target", "年度资金总额"), ("30", "actual", "年度资金总额"),
                     ("10", "score", "预算执行率·分值"), ("100%", "actual", "预算执行率"),
                     ("99", "score", "预算执行率·得分"),
                     ("30", "target", "当年财政拨款"), ("30", "actual", "当年财政拨款"),
                     ("100%", "actual", "当年财政拨款执行率")]


def test_a_column_headed_actual_completed_indicator_value_holds_the_results():
    """年度指标值 | 实际完成指标值 (the 区域绩效目标自评表 of central transfers): the second
    column is the result, though its header ends in 指标值 like the target's."""
    text = ("食品监管补助资金区域绩效目标自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成指标值 |\n"
            "产出指标 | 质量指标 | 指标2:违法案件查办率 | 100% | 98% |\n")
    found = [(v["name"], v["role"], v["number"]) for v in _form_values(text)]
    assert found == [("违法案件查办率", "target", 100.0), ("违法案件查办率", "actual", 98.0)]


def test_a_third_level_indicator_listing_quantities_gives_them_as_targets():
    """慰问伤残军人50人;烈士家庭6户 | 100% | 100%: the list's figures are the planned
    quantities, and the row's shares are the level-2 indicator's (数量指标); a figure the
    target cell repeats (保洁道路面积350万平方米 | 350万平方米) is not read twice."""
    text = ("项目支出绩效自评表\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 慰问伤残军人50人;烈士家庭6户 | 100% | 100% | 20 | 20 |\n"
            "产出指标 | 质量指标 | 保洁道路面积350万平方米;机扫2次 | 350万平方米 | 362万平方米 "
            "| 20 | 20 |\n")
    found = [(v["raw"], v["role"], v["name"]) for v in _form_values(text) if v["role"] != "score"]
    assert found[:4] == [("50人", "target", "慰问伤残军人人数"), ("6户", "target", "烈士家庭户数"),
                         ("100%", "target", "数量指标"), ("100%", "actual", "数量指标")]
    assert [raw for raw, *_ in found[4:]] == ["350万平方米", "362万平方米"]
