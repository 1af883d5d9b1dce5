"""Performance forms copied one cell per line are cut back into their grid rows."""

from __future__ import annotations

import itertools

from support import REPO
from zhibiao.ingest import read_document
from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.text import split_blocks
from zhibiao.parse import parse
from zhibiao.parse.tables import row_texts, table_blocks


def _grid(text: str) -> list[list[str]]:
    tables = [b for b in split_blocks(text) if b.kind == "table"]
    assert len(tables) == 1
    return [[("^" if c.covered else "") + text[c.start : c.end] for c in row]
            for row in tables[0].rows]


def _piped(cells: list[str]) -> str:
    """A form as a page converter writes it: each cell `text |`, an empty cell `|`."""
    return "\n".join(f"{c} |" if c else "|" for c in cells) + "\n"


#: A 自评表 with empty cells kept as bare pipes; 效益指标 covers two rows.
SELF_EVALUATION = [
    "部门预算项目支出绩效自评表(2023年度)", "项目名称", "道路保洁服务", "主管部门", "市城管局",
    "预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数",
    "预算执行率", "权重", "得分", "原因",
    "总额", "120.00", "118.50", "117.20", "98.90%", "10", "9.9", "",
    "其中:财政资金", "120.00", "118.50", "117.20", "98.90%", "/", "/",
    "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
    "完成值", "权重", "得分", "未完成原因分析",
    "产出指标", "数量指标", "保洁道路面积", "≥", "350", "万平方米", "362", "30", "30", "",
    "效益指标", "社会效益指标", "道路机扫率", "≥", "85", "%", "87", "30", "30", "",
    "满意度指标", "群众满意度", "≥", "90", "%", "92", "30", "28", "个别路段投诉",
    "合计", "100", "97.9", "",
    "评价结论", "项目完成良好。",
]


def _doc_rows(text: str) -> tuple[SourceDocument, list[list[str]]]:
    """The document read from `text` and its one table's rows as cell texts."""
    doc = read_document("form.txt", text.encode())
    (block,) = table_blocks(doc)
    return doc, [row_texts(doc, row) for row in block.rows]


def test_a_piped_self_evaluation_form_is_its_grid_again():
    grid = _grid(_piped(SELF_EVALUATION))
    assert grid[0] == ["项目名称", "道路保洁服务"] + [""] * 8
    assert grid[1][:5] == ["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数",
                           "预算执行率"]
    assert grid[2][:7] == ["总额", "120.00", "118.50", "117.20", "98.90%", "10", "9.9"]
    assert grid[3][:5] == ["其中:财政资金", "120.00", "118.50", "117.20", "98.90%"]
    assert grid[4] == ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                       "完成值", "权重", "得分", "未完成原因分析"]
    assert grid[5] == ["产出指标", "数量指标", "保洁道路面积", "≥", "350", "万平方米", "362",
                       "30", "30", ""]
    # 满意度指标 is a 二级指标 here (a name follows it), under the 效益指标 above
    assert grid[7] == ["^效益指标", "满意度指标", "群众满意度", "≥", "90", "%", "92", "30", "28",
                       "个别路段投诉"]
    assert len(grid) == 8  # 合计 and 评价结论 end the rows


def test_a_form_with_its_empty_cells_lost_is_aligned_by_what_each_column_holds():
    """Cells between blank lines, empty cells gone: a row takes a column's cell only when
    it fits the column (a points column a number), and a reason only before a new row."""
    cells = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
             "得分", "偏差原因分析及改进措施",
             "产出指标(50分)", "数量指标", "培训人次", "≥500人次", "612", "20", "20",
             "质量指标", "培训合格率", "≥95%", "97%", "15", "15",
             "考核覆盖率", "100%", "100%", "15", "15",
             "满意度指标(10分)", "满意度指标", "学员满意度", "≥90%", "93%", "10", "10",
             "总分", "100", "100"]
    grid = _grid("\n\n".join(cells) + "\n")
    assert grid[0][:4] == ["一级指标", "二级指标", "三级指标", "年度指标值"]
    assert grid[1] == ["产出指标(50分)", "数量指标", "培训人次", "≥500人次", "612", "20", "20", ""]
    assert grid[2] == ["^产出指标(50分)", "质量指标", "培训合格率", "≥95%", "97%", "15", "15", ""]
    assert grid[3] == ["^产出指标(50分)", "^质量指标", "考核覆盖率", "100%", "100%", "15", "15", ""]
    assert grid[4] == ["满意度指标(10分)", "满意度指标", "学员满意度", "≥90%", "93%", "10", "10",
                       ""]


def test_empty_cells_a_copy_kept_as_blank_lines_place_the_cells_after_them():
    """Cells between blank lines, each empty cell one more blank line (指标2 with five empty
    cells, then the template's …… row): every row's cells come in order, the reason
    written after the points stays in its row and no placeholder takes a figure."""
    cells = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施",
             "产出指标", "数量指标", "指标1工程资金金额", "43.2", "37.24", "10", "9",
             "已完工,剩余3%尾款未付。", "指标2", "", "", "", "", "", "……", "", "", "", "", "",
             "质量指标", "指标1工程完工率", "100", "100", "10", "10", "",
             "指标2工程验收合格率", "100", "100", "10", "10", ""]
    grid = _grid("\n\n".join(cells) + "\n")
    assert grid[1] == ["产出指标", "数量指标", "指标1工程资金金额", "43.2", "37.24", "10", "9",
                       "已完工,剩余3%尾款未付。"]
    assert grid[2][2:] == ["指标2", "", "", "", "", ""]
    assert grid[4] == ["^产出指标", "质量指标", "指标1工程完工率", "100", "100", "10", "10", ""]
    assert grid[5][2:] == ["指标2工程验收合格率", "100", "100", "10", "10", ""]


def test_a_copy_that_kept_only_some_empty_cells_is_aligned_by_kind():
    """Where a blank line stands for an empty cell only now and then (the cells of a row
    after it would shift a column), the copy is read as one that lost its empty cells."""
    cells = ["一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值",
             "得分", "偏差原因", "分析及", "改进措施",
             "产出指标", "数量指标", "造林面积", "1.2万亩", "1.2万亩", "10", "10", "",
             "病虫害防治面积", "3.45万亩", "3.45万亩", "7", "7",
             "森林经营面积", "16.3万亩", "16.3万亩", "7", "7", ""]
    grid = _grid("\n\n".join(cells) + "\n")
    assert [row[2:5] for row in grid[1:]] == [
        ["造林面积", "1.2万亩", "1.2万亩"], ["病虫害防治面积", "3.45万亩", "3.45万亩"],
        ["森林经营面积", "16.3万亩", "16.3万亩"]]


def test_a_rows_last_cell_written_with_the_pipes_of_its_merged_cells_ends_the_row():
    """A copy opening each row with a bare | and writing the row's last cell with the pipes
    of the empty cells merged after it (3500 | |, 年度资金总额: | then 153.5184 | ||||): the
    form is still one grid, each such line a cell and the row's end."""
    lines = ["|", "资金情况(万元) |", "年度资金总额: |", "153.5184 | ||||", "|", "绩效指标 |",
             "|", "一级指标 |", "二级指标 |", "三级指标 |", "计量单位 |", "指标性质 |", "指标值 |",
             "|", "产出指标 |", "数量指标 |", "绿化美化公路 |", "米 |", "= |", "3500 | |",
             "|", "购买发放李子苗 |", "株 |", "= |", "15000 | |||",
             "|", "质量指标 |", "树木成活率 |", "% |", "≥ |", "85 | ||"]
    text = "\n".join(lines) + "\n"
    rows = [[cell for cell in row if cell] for row in _grid(text)]
    assert ["^产出指标", "^数量指标", "购买发放李子苗", "株", "=", "15000"] in rows
    assert rows[-1] == ["^产出指标", "质量指标", "树木成活率", "%", "≥", "85"]


def test_rows_delimited_by_runs_of_pipes_and_empty_rows():
    """A copy that marks each row's start with `|` and its end with `||`: a 二级指标 with
    no indicator in it (经济效益指标 and empty cells) adds no row."""
    text = ("|\n本年度 绩效指标 |\n一级指标 |\n二级指标 |\n三级指标 |\n指标值及单位 |\n绩效标准 |\n"
            "|\n产出指标 |\n数量指标 |\n清运车辆数 |\n12辆 |\n计划标准 |\n||\n"
            "|\n效益指标 |\n经济效益指标 |\n|\n|\n|\n||\n"
            "|\n社会效益指标 |\n垃圾日产日清率 |\n100% |\n计划标准 |\n|||\n"
            "|\n财政部门审核意见 |\n|\n")
    grid = _grid(text)
    assert grid[1:] == [["产出指标", "数量指标", "清运车辆数", "12辆", "计划标准"],
                        ["效益指标", "社会效益指标", "垃圾日产日清率", "100%", "计划标准"]]


def test_the_projects_funds_above_a_goal_form_are_head_rows_and_targets():
    """年度本级 预算金额 | 250万 | 该项目支出上级资金 | 0 above the indicator part: the
    project's planned funds, targets named by their labels (250万 → 2,500,000 元)."""
    text = _piped(["项目支出名称", "清扫保洁服务", "年度本级 预算金额", "250万",
                   "该项目支出上级资金", "0", "一级指标", "二级指标", "三级指标", "指标值及单位",
                   "产出指标", "数量指标", "清扫面积", "≥80万平方米"])
    grid = _grid(text)
    assert [row[:2] for row in grid[:3]] == [["项目支出名称", "清扫保洁服务"],
                                             ["年度本级 预算金额", "250万"],
                                             ["该项目支出上级资金", "0"]]
    records = parse(read_document("goal.txt", text.encode("utf-8")))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = {(names.get(v["indicator_id"]), v["role"], v["number"], v["unit"])
             for v in records.values}
    assert ("年度本级预算金额", "target", 2_500_000, "元") in facts  # the label's space gone
    assert ("该项目支出上级资金", "target", 0, "元") in facts


def test_short_lines_without_a_form_header_stay_paragraphs():
    text = _piped(["一、工作目标", "产出指标", "数量指标", "完成培训500人次", "二、保障措施"])
    assert all(b.kind != "table" for b in split_blocks(text))


def test_a_flattened_form_gives_targets_and_actuals_of_its_indicators():
    """End to end: the rebuilt grid is read as a form, so each 三级指标 gets its target,
    its actual and its points, and nothing of the form is read again as prose."""
    doc = read_document("form.txt", _piped(SELF_EVALUATION).encode("utf-8"))
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = {(names.get(v["indicator_id"]), v["role"], v["number"]) for v in records.values}
    assert ("保洁道路面积", "target", 3_500_000) in facts
    assert ("保洁道路面积", "actual", 3_620_000) in facts
    assert ("群众满意度", "actual", 92) in facts
    assert ("道路机扫率·权重", "score", 30) in facts  # (the form heads its points 权重)
    assert ("总额", "actual", 1_172_000) in facts
    assert ("总额年初预算数", "target", 1_200_000) in facts
    assert ("总额预算执行率", "actual", 98.9) in facts  # the rate as its header words it
    targets = {t["name"] for t in records.targets}
    assert "道路保洁服务" in targets


def test_a_level_label_the_page_wrapped_into_two_lines_is_one_cell():
    """经济效益 / 指标 on two lines is the 二级指标 label 经济效益指标, not a 三级指标 with the
    value 指标."""
    lines = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值",
             "产出指标", "数量指标", "脱贫村村内道路硬化里程", "≥100公里",
             "效益指标", "经济效益", "指标", "年增粮食", "3500公斤"]
    text = "\n\n".join(lines) + "\n"
    rows = [[cell.replace("\n", "") for cell in row] for row in _grid(text)]
    assert rows[-1][-3:] == ["经济效益指标", "年增粮食", "3500公斤"]
    # three pieces make the longest label (服务对象 / 满意度 / 指标), though two of them make
    # a shorter one (服务对象满意度)
    text = "\n\n".join([*lines, "满意度指标", "服务对象", "满意度", "指标", "金融机构满意度",
                         "≥80%"]) + "\n"
    rows = [[cell.replace("\n", "") for cell in row] for row in _grid(text)]
    assert rows[-1][-3:] == ["服务对象满意度指标", "金融机构满意度", "≥80%"]


def test_wrapped_headers_and_points_are_cells_again_and_lines_between_parts_stay():
    """A 部门整体支出绩效自评表 copied with its header cells wrapped (年初 / 预算数, 年度 /
    指标值, 分析及 / 改进措施) and a level's points on a line of their own (产出指标 / (50)):
    the grid comes back, amounts in 万元 fill the fund line, and the lines between the fund
    part and the indicator part that no row took (其中: 一般公共预算:1873.66万元, the
    年度总体目标) stay paragraphs."""
    lines = ["(万元)", "年初", "预算数", "全年预算数", "全年", "执行数", "分值", "执行率", "得分",
             "年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10", "100%", "10",
             "按收入性质分:", "其中: 一般公共预算:1873.66万元", "年度总体目标",
             "目标1:造林1.2万亩,",
             "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
             "偏差原因", "分析及", "改进措施",
             "产出指标", "(50)", "数量", "指标", "造林面积", "1.2万亩", "1.2万亩", "10", "10",
             "效益指标", "30分)", "经济效", "益指标", "木材销售收入", "1100万元", "1093万元", "6",
             "5"]
    text = "\n\n".join(lines) + "\n"
    blocks = split_blocks(text)
    (table,) = [b for b in blocks if b.kind == "table"]
    rows = [[text[c.start : c.end].replace("\n", "") for c in row] for row in table.rows]
    assert rows[0][:4] == ["(万元)", "年初预算数", "全年预算数", "全年执行数"]
    assert rows[1][:7] == ["年度资金总额", "4753.66万元", "4753.66万元", "3824.26万元", "10",
                           "100%", "10"]
    assert rows[2] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                       "得分", "偏差原因", "分析及改进措施"]
    assert rows[3][:5] == ["产出指标(50)", "数量指标", "造林面积", "1.2万亩", "1.2万亩"]
    assert rows[4][:5] == ["效益指标30分)", "经济效益指标", "木材销售收入", "1100万元", "1093万元"]
    paragraphs = [text[b.start : b.end] for b in blocks if b.kind != "table"]
    assert "其中: 一般公共预算:1873.66万元" in paragraphs
    assert "目标1:造林1.2万亩," in paragraphs


def test_a_template_blank_after_a_name_gives_the_rows_unit_and_relation():
    """公猪舍(≥**平方米): the template's blank for the value says its unit and relation
    (the target is at least 22.8 m², the result is 22.8 m²); the points take neither, and
    a fund part headed 预算数(A) | 执行数(B) | 执行率(B/A) is read."""
    lines = ["项目名称", "生猪养殖场建设项目", "预算执行情况(万元)", "预算数(A)", "执行数(B)",
             "执行率(B/A)", "得分", "年度财政资金总额", "50", "10", "20", "4",
             "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分",
             "产出指标(40分)", "数量指标", "公猪舍(≥**平方米)", "22.8", "22.8", "1",
             "保育栏(≥套)", "4", "4", "1"]
    doc = read_document("form.txt", ("\n\n".join(lines) + "\n").encode("utf-8"))
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = {(names.get(v["indicator_id"]), v["role"], v["number"], v["unit"], v["comparator"])
             for v in records.values}
    assert ("公猪舍", "target", 22.8, "平方米", "≥") in facts
    assert ("公猪舍", "actual", 22.8, "平方米", "=") in facts
    assert ("公猪舍·得分", "score", 1, "", "=") in facts
    assert ("保育栏", "target", 4, "套", "≥") in facts
    assert ("年度财政资金总额", "target", 500_000, "元", "=") in facts
    assert ("年度财政资金总额", "actual", 100_000, "元", "=") in facts


def test_a_piped_form_whose_header_broke_over_lines_and_rows_lost_their_levels():
    """一级指标 | … | 年度 指标值 | / 实际 完成值 | / 分值 | 得分 | 偏差原因 |: one header
    again; a row without its merged level cells keeps its cells on the right (under 三级指标
    … 得分, the empty reason column left out), the level cells above standing in."""
    text = ("一级指标 | 二级指标 | 三级指标 | 年度 指标值 |\n实际 完成值 |\n"
            "分值 | 得分 | 偏差原因分析及改进措施 | |||||\n"
            "产出指标 | 数量指标 | 指标1:开展精品示范村建设数量 | ≤4 | 4 | 10 | 10 | |||||\n"
            "指标2:建设美丽宜居自然村庄数量 | ≥200 | 202 | 10 | 10 | ||||||\n"
            "质量指标 | 指标1:美丽宜居自然村庄验收通过率 | ≥95% | 100% | 5 | 5 | |||\n")
    rows = _grid(text)
    assert [c.replace(" ", "") for c in rows[0][:8]] == [
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施"]
    assert rows[2][:7] == ["^产出指标", "^数量指标", "指标2:建设美丽宜居自然村庄数量", "≥200",
                           "202", "10", "10"]
    assert rows[3][:7] == ["^产出指标", "质量指标", "指标1:美丽宜居自然村庄验收通过率", "≥95%",
                           "100%", "5", "5"]
    records = parse(read_document("form.txt", text.encode("utf-8")))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = {(names.get(v["indicator_id"]), v["role"], v["number"]) for v in records.values}
    assert ("建设美丽宜居自然村庄数量", "target", 200) in facts
    assert ("建设美丽宜居自然村庄数量", "actual", 202) in facts


def test_a_parts_label_before_the_indicator_header_is_no_column():
    """| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | …: the 绩效指标 cell spans the
    part's rows, which the copy printed without it; the header starts at 一级指标, and a row
    that lost its 一级指标 too keeps the one above."""
    text = ("项目支出绩效自评表\n"
            "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 "
            "| 得分 |\n"
            "| 产出指标 | 数量指标 | 野生动物收容所 | ≥200平方米 | 204.46平方米 | 10 | 10 |\n"
            "| 数量指标 | 钢结构圈养围栏 | ≥120米 | 121.5米 | 10 | 10 |\n")
    _, rows = _doc_rows(text)
    assert rows[0][:3] == ["一级指标", "二级指标", "三级指标"]
    assert rows[1][:4] == ["产出指标", "数量指标", "野生动物收容所", "≥200平方米"]
    assert rows[2][1:4] == ["数量指标", "钢结构圈养围栏", "≥120米"]


FORM_WITH_LEVEL_ROWS = (
    "绩效目标自评表 | ||||||||||\n"
    "项目名称 | 河西村特色种养补贴到户项目 | 项目负责人及电话 | 李宁 | |||||||\n"
    "资金情况 (万元) |\n"
    "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||||\n"
    "年度资金总额 |\n"
    "32.4 | 31.69 | 10 | 97.80% | 9 | ||||||\n"
    "绩效指标 | 一级 指标 |\n"
    "二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 "
    "| 未完成原因及拟采取的改进措施 | |\n"
    "产 出 指 标 (50分) |\n"
    "数量指标 | ★补助各类瓜果蔬菜种植面积 | 20 | 29.5亩 | 29.5亩 | 20 | ||||\n"
    "其中桃树种植面积 | 1.5亩 | 1.5亩 | ||||||||\n"
    "★补助鱼塘面积 | 10 | 3亩 | 3亩 | 10 | ||||||\n"
    "质量指标 | ||||||||||\n"
    "种植作物成活率 | 5 | 95% | 95% | 5 | ||||||\n"
    "效 益 指 标 (30分) |\n"
    "社会效益指标 |\n"
    "受益人口数量 | 10 | 90人 | 90人 | 10 | |||||\n"
)


def test_level_labels_on_rows_of_their_own_head_the_rows_below_them():
    """产出指标 (50分) | and 质量指标 | stand on rows of their own: each is the merged level
    cell of the rows below (a new 一级 ends the 二级 above); a row that lost its empty
    points cell (其中桃树种植面积 | 1.5亩 | 1.5亩) puts its figures under 年度指标值 and
    全年实际值, and 全年实际值 is the actual column."""
    from zhibiao.parse.tables import row_texts, table_blocks

    doc = read_document("form.txt", FORM_WITH_LEVEL_ROWS.encode())
    (block,) = table_blocks(doc)
    rows = [row_texts(doc, row)[:7] for row in block.rows]
    assert ["产出指标(50分)", "数量指标", "★补助各类瓜果蔬菜种植面积", "20", "29.5亩", "29.5亩",
            "20"] in rows
    assert ["产出指标(50分)", "数量指标", "其中桃树种植面积", "", "1.5亩", "1.5亩", ""] in rows
    assert ["产出指标(50分)", "质量指标", "种植作物成活率", "5", "95%", "95%", "5"] in rows
    assert ["效益指标(30分)", "社会效益指标", "受益人口数量", "10", "90人", "90人", "10"] in rows
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = {(names.get(v["indicator_id"]), v["role"], v["raw"]) for v in records.values}
    assert {("桃树种植面积", "target", "1.5亩"), ("桃树种植面积", "actual", "1.5亩"),
            ("受益人口数量", "actual", "90人"), ("产出指标分值", "score", "50分"),
            ("效益指标分值", "score", "30分")} <= facts


def test_a_fund_label_on_its_own_row_takes_the_figures_below_in_the_columns_they_fit():
    """年度资金总额 | / 32.4 | 31.69 | 10 | 97.80% | 9 |: one row, under a header that gains
    the labels' column; five figures for six columns: the rate goes under 执行率, points
    under 分值 and 得分, amounts to the spending column and the budget before it."""
    from zhibiao.parse.tables import row_texts, table_blocks

    doc = read_document("form.txt", FORM_WITH_LEVEL_ROWS.encode())
    (block,) = table_blocks(doc)
    rows = [row_texts(doc, row)[:7] for row in block.rows]
    assert ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] in rows
    assert ["年度资金总额", "", "32.4", "31.69", "10", "97.80%", "9"] in rows


def test_a_year_target_parts_label_with_its_points_before_the_header_is_no_column():
    """年度绩效目标 (80分) | 一级指标 | …: the part's label (with its points) spans the rows;
    the header starts at 一级指标, and a sub-row (1、水稻侧深施肥 | ≧500亩 | 500亩 | 5.0) keeps
    the levels above and loses its list marker in the indicator's name."""
    text = ("2022年度项目支出绩效自评表\n"
            "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | "
            "实际完成值(B) | 得分 | |||\n"
            "产出指标 | 数量指标 | 一、示范区建立 | ≧20000亩 | 20000亩 | 15.0 | ||||\n"
            "1、水稻侧深施肥+缓控释肥 | ≧500亩 | 500亩 | 5.0 | ||||||\n")
    doc, rows = _doc_rows(text)
    assert rows[0][:4] == ["一级指标", "二级指标", "三级指标", "年初目标值(A)"]
    assert rows[2][2:6] == ["1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", "5.0"]
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = {(names.get(v["indicator_id"]), v["role"], v["number"], v["comparator"])
             for v in records.values}
    assert ("水稻侧深施肥+缓控释肥", "target", 500, "≥") in facts
    assert ("水稻侧深施肥+缓控释肥", "actual", 500, "=") in facts


def test_a_fund_header_opening_on_its_parts_label_sits_over_rows_that_lost_that_cell():
    """部门(单位)总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值 | 得分 over
    年度资金总额: | 1172.55 | 1268.72 | 10 | 10: the first header cell spans the part's rows;
    a 部门整体 form's fund part has 年初预算数 and no 全年预算数, and is read all the same."""
    text = ("部门整体支出绩效自评表 | |||||\n"
            "部门(单位)名称 | 绥阳县太白镇人民政府 | ||||\n"
            "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | "
            "分值(10分) | 得分 | |\n"
            "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | |\n"
            "项目支出 | 187.36 | 353.75 | 10 | 10 | |\n")
    doc, rows = _doc_rows(text)
    assert rows[2][:3] == ["资金来源", "年初预算数(A)", "全年执行数(B)"]
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = [(names.get(v["indicator_id"]), v["role"], v["number"]) for v in records.values]
    assert ("年度资金总额年初预算数", "target", 11_725_500) in facts
    assert ("年度资金总额", "actual", 12_687_200) in facts


def test_a_cell_merged_over_a_fund_headers_amount_columns_is_no_column_of_its_own():
    """预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | … over
    总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10: 年度预算数(万元) stood above the three
    amount columns; the rows' figures sit under those, not one column to their left."""
    text = ("部门预算项目支出绩效自评表(2023年度) | ||||||||||\n"
            "项目名称 | 2023年全县安可替代补助资金项目 | |||||||||\n"
            "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | "
            "预算执行率 | 权重 | 得分 | 原因 | ||\n"
            "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 无 | |||\n"
            "其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | ||||\n")
    doc, rows = _doc_rows(text)
    assert rows[2][:4] == ["预算执行情况(10分)", "年初预算", "调整后预算数", "预算执行数"]
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    facts = [(names.get(v["indicator_id"]), v["role"], v["number"]) for v in records.values]
    assert ("总额年初预算数", "target", 0) in facts
    assert ("总额", "target", 33_600) in facts
    assert ("总额", "actual", 33_600) in facts


def test_an_ellipsis_after_a_fund_label_is_no_amount():
    """3、省级专项资金(每个专项一行 / ……: a template's placeholder row in a table of
    figures copied a cell a line (a 部门整体支出绩效评价基础数据表, empty cells as blank
    lines), not a project's funds taking the self-evaluation form's fund row far below into
    one table; the figure table goes on past it."""
    doc = read_document("data.txt", (REPO / "tests" / "data" / "basic_data_table_hunan.txt")
                        .read_bytes())
    text = doc.text
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(tables))
    grid = [[text[c.start : c.end] for c in row] for row in tables[0].rows]
    assert ["公用经费", "118.31", "85.76", "193.42"] in grid
    assert ["3、省级专项资金(每个专项一行", "", "", ""] in grid


def test_a_fund_headers_wrapped_unit_printed_after_it_is_no_fund_line():
    """项目资金 / 年初预算数 … 得分 / (万元) / 年度资金总额 / 200 …: the label column's header
    wrapped (项目资金(万元)), its second line copied after the other header cells; the fund
    lines after it are read."""
    cells = ["项目名称", "公共文化服务体系经费", "项目资金", "年初预算数", "全年预算数",
             "全年执行数", "分值", "执行率", "得分", "(万元)",
             "年度资金总额", "200", "200", "179.43", "10", "89.7%", "9",
             "其中:当年财政拨款", "200", "200", "179.43", "10", "89.7%", "8"]
    grid = _grid("\n\n".join(cells) + "\n")
    assert grid[-2:] == [["年度资金总额", "200", "200", "179.43", "10", "89.7%", "9"],
                         ["其中:当年财政拨款", "200", "200", "179.43", "10", "89.7%", "8"]]


def test_a_form_whose_copy_closes_each_cell_with_a_pipe_line_is_its_grid_again():
    """年初目标值(A) / | / 实际完成值(B) / | …: each cell's pipe on the line after it, rows
    ended by lines of pipes; those pipes close cells, they are no empty cells."""
    cells = ["年度绩效目标", "一级指标", "二级指标", "三级指标", "年初目标值(A)",
             "实际完成值(B)", "得分"]
    rows = [["产出指标(60分)", "数量指标", "慰问伤残军人50人;烈士家庭6户。", "100%", "100%", "20"],
            ["质量指标", "补助经费足额拨付率", "100%", "100%", "20"],
            ["效益指标(10分)", "社会效益指标", "年内无群体性事件发生", "小于5次", "无上访", "10"]]
    text = "".join(f"{c}\n|\n" for c in cells) + "|||\n" + "".join(
        "".join(f"{c}\n|\n" for c in row) + "||||\n" for row in rows)
    grid = _grid(text)
    assert grid[0] == cells[1:]
    assert grid[1] == rows[0]
    assert grid[2] == ["^产出指标(60分)", *rows[1]]
    assert grid[3] == rows[2]


def test_a_goal_table_with_a_wrapped_first_header_and_the_next_form_cut_off():
    """一级 / 指标 | (the first header cell wrapped), the funds under 项目资金 / (万元) | with
    其中:财政拨款 after 年度资金总额, and the page's next form breaking off after its header:
    the first form is its grid, ending where the next one's 项目支出绩效目标表 starts."""
    lines = ["项目支出绩效目标表 |", "项目名称 |", "金安国际网球公开赛 |", "项目资金", "(万元) |",
             "年度资金总额: |", "1000.00 |", "其中:财政拨款 |", "1000.00 |", "其他资金 |",
             "0.00 |", "一级", "指标 |", "二级指标 |", "三级指标 |", "指标值 |",
             "产出指标 |", "数量指标 |", "开展运动种类 |", "1种 |", "打造品牌赛事种类 |", "1种 |",
             "满意度指标 |", "满意度指标 |", "群众满意度 |", "≥95% |",
             "项目支出绩效目标表 |", "项目名称 |", "安徽省常规赛费用 |", "一级", "指标 |",
             "二级指标 |", "三级指标 |", "指标值 |", "产出指标 |"]
    text = "\n".join(lines) + "\n"
    grid = [row for row in _grid(text) if any(row)]
    assert grid[1][0].replace("\n", " ") == "项目资金 (万元)"
    assert grid[3][:2] == ["其中:财政拨款", "1000.00"]
    assert grid[5] == ["一级\n指标", "二级指标", "三级指标", "指标值"]
    assert grid[6:9] == [["产出指标", "数量指标", "开展运动种类", "1种"],
                         ["^产出指标", "^数量指标", "打造品牌赛事种类", "1种"],
                         ["满意度指标", "满意度指标", "群众满意度", "≥95%"]]
    assert "安徽省常规赛费用" not in {c for row in grid for c in row}


def test_the_evaluation_frameworks_levels_start_rows_too():
    """决策 | 项目立项 | 立项程序规范性 | 规范 | 规范 copied a cell a line, blank lines between:
    the framework's levels (决策, 过程, 产出, 效益 › 项目立项, 绩效目标, 资金投入 …) start rows as
    the template's 产出指标 › 数量指标 do, so each name stands beside its values."""
    cells = ["一级指标", "二级指标", "三级指标", "半年(程) 指标值", "全年(程) 指标值",
             "决策", "项目立项", "立项程序规范性", "规范", "规范", "立项依据充分性", "充分", "充分",
             "绩效目标", "绩效指标明确性", "明确", "明确"]
    text = "2024年度某项目绩效公开\n\n" + "\n\n".join(cells) + "\n"
    grid = _grid(text)
    assert ["决策", "项目立项", "立项程序规范性", "规范", "规范"] in grid
    assert ["^决策", "^项目立项", "立项依据充分性", "充分", "充分"] in grid
    assert ["^决策", "绩效目标", "绩效指标明确性", "明确", "明确"] in grid
