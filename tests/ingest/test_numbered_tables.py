"""Numbered tables copied one cell per line are cut back into rows (ingest/numbered_tables.py)."""

from __future__ import annotations

from zhibiao.ingest.text import split_blocks

PAGE = """2024年重点工作及责任清单落实情况汇总表

序号

重点工作

牵头责任单位

上半年落实情况

1

新开工亿元以上项目170个以上、竣工120个以上。

市发改委

截至6月底,已开工项目145个,占全年目标任务的87.9%。

2

生活污水治理率达30%。

市生态

环境局

截至6月底,已完成50个(55%)。

3

新增技能人才2万人。

市人社局

截至6月30日,全市新增技能人才14826人。

以上数据由各单位报送。
"""


def cells(text, block):
    return [[text[c.start : c.end].replace("\n", "") for c in row] for row in block.rows]


def test_rows_are_cut_at_their_numbers_and_a_wrapped_cell_is_joined():
    blocks = split_blocks(PAGE)
    kinds = [b.kind for b in blocks]
    assert kinds == ["paragraph", "table", "paragraph"]
    rows = cells(PAGE, blocks[1])
    assert rows[0] == ["序号", "重点工作", "牵头责任单位", "上半年落实情况"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[2][2] == "市生态环境局"  # one cell the page wrapped
    assert rows[3] == ["3", "新增技能人才2万人。", "市人社局",
                       "截至6月30日,全市新增技能人才14826人。"]


def test_lines_that_do_not_fall_into_numbered_rows_stay_lines():
    text = "序号\n\n重点工作\n\n牵头单位\n\n一、总体情况\n\n全年完成投资5亿元。\n"
    assert [b.kind for b in split_blocks(text)] == ["paragraph"] * 3 + ["heading", "paragraph"]
    # a row that cannot be made to fit its header (a long line too many) leaves the run
    text = ("序号\n\n重点工作\n\n牵头单位\n\n1\n\n新开工项目170个。\n\n市发改委\n\n"
            "全年完成投资5亿元,同比增长3%。\n\n2\n\n新增就业1万人。\n\n市人社局\n")
    assert all(b.kind != "table" for b in split_blocks(text))


def test_an_items_further_rows_without_their_number_are_rows_of_the_table():
    """1 / 新增4000张养老床位 / 4385 / 110% / 新增800张…床位 / 810 / 101% / 2 / …: the item's
    lines come in whole rows; those after its first open on words, their number's cell
    spanned; the last item's further rows count too."""
    cells = ["序号", "实事项目名称", "完成情况", "占全年计划",
             "1", "新增4000张养老床位", "4385", "110%", "新增800张残疾人养护床位", "810", "101%",
             "2", "新增30个社区长者食堂", "39", "130%",
             "3", "开办500个爱心暑托班", "699", "140%", "开办150个爱心寒托班", "229", "153%"]
    text = "\n\n".join(cells) + "\n\n欢迎市民参与评议。\n"
    (block,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[text[c.start : c.end] for c in row] for row in block.rows]
    assert grid[1:4] == [["1", "新增4000张养老床位", "4385", "110%"],
                         ["", "新增800张残疾人养护床位", "810", "101%"],
                         ["2", "新增30个社区长者食堂", "39", "130%"]]
    assert grid[-1] == ["", "开办150个爱心寒托班", "229", "153%"]


def _grid(text):
    (block,) = [b for b in split_blocks(text) if b.kind == "table"]
    return [[("^" if c.covered else "") + text[c.start : c.end].replace("\n", " ") for c in row]
            for row in block.rows]


def test_a_plan_table_that_lost_its_empty_cells_is_placed_by_kind():
    """领域 | 序号 | 主要指标 | 单位 | 2020年 | 2025年目标 | 指标性质, copied a cell a line: the
    empty 单位 cells are gone, and each 领域 stands once, before its group's first number."""
    lines = ["领域", "序号", "主要指标", "单位", "2020年", "2025年目标", "指标性质",
             "健康水平", "1", "人均预期寿命", "82.98", ">79", "预期性",
             "2", "孕产妇死亡率", "/10万", "9.7", "<9", "预期性",
             "健康服务", "3", "每千人口拥有执业(助理)医师数", "1.49", "1.67", "预期性",
             "其中:每千人口拥有中医类别执业(助理)医师数", "0.105", "0.42", "预期性",
             "4", "每万人口拥有全科医生数", "-", "4", "预期性"]
    text = "\n\n".join(lines) + "\n"
    assert _grid(text) == [
        ["领域", "序号", "主要指标", "单位", "2020年", "2025年目标", "指标性质"],
        ["健康水平", "1", "人均预期寿命", "", "82.98", ">79", "预期性"],
        ["^健康水平", "2", "孕产妇死亡率", "/10万", "9.7", "<9", "预期性"],
        ["健康服务", "3", "每千人口拥有执业(助理)医师数", "", "1.49", "1.67", "预期性"],
        ["^健康服务", "", "其中:每千人口拥有中医类别执业(助理)医师数", "", "0.105", "0.42",
         "预期性"],
        ["^健康服务", "4", "每万人口拥有全科医生数", "", "-", "4", "预期性"]]


def test_piped_cells_a_line_with_merged_cells_and_a_total_row():
    """序号 | … with each cell on its own line and a pipe after it: an empty cell is a bare
    |, a cell merged down from the row above is not there at all; the unnumbered 全省 row
    after the last number is the total."""
    lines = ["序号 |", "市州 |", "计划完成数 |", "累计开工数 |", "开工率 |",
             "1 |", "长沙市 |", "150 |", "143 |", "95.33% |",
             "2 |", "株洲市 |", "71 |", "|", "61.97% |",
             "3 |", "湘潭市 |", "87 |", "71 |", "81.61% |",
             "全省 |", "308 |", "214 |", "69.48% |", "以上数据截至8月底。"]
    text = "\n".join(lines) + "\n"
    assert _grid(text)[1:] == [["1", "长沙市", "150", "143", "95.33%"],
                               ["2", "株洲市", "71", "", "61.97%"],
                               ["3", "湘潭市", "87", "71", "81.61%"],
                               ["", "全省", "308", "214", "69.48%"]]


def test_a_list_of_tasks_numbered_from_its_place_in_a_longer_list():
    """6, then 52, 53: a bureau's share of a government's task list; a row number may skip
    ahead when the table does not open on 1."""
    lines = ["序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况",
             "6", "农村常住居民人均可支配收入与经济增长同步。", "经管站", "2023年底",
             "三季度绝对数16285元,增幅7.4%",
             "52", "建成高标准农田8.3万亩。", "农田建设管理股", "2023年底", "整体进度70%。",
             "53", "完成“一村一块田”改革试验20万亩。", "经管站", "2023年底",
             "已累计完成改革试验面积31.7万亩。"]
    text = "\n\n".join(lines) + "\n"
    assert [row[0] for row in _grid(text)[1:]] == ["6", "52", "53"]
    assert _grid(text)[2] == ["52", "建成高标准农田8.3万亩。", "农田建设管理股", "2023年底",
                              "整体进度70%。"]


def test_a_header_the_copy_wrapped_is_no_header_to_place_rows_under():
    """总投资 / (万元): the header's own cells are cut, so its columns are unknown."""
    lines = ["序号", "项目名称", "总投资", "(万元)", "责任单位",
             "1", "城市用气提升工程", "1200", "城投集团",
             "2", "山塘水库综合整治工程", "4600", "水利局"]
    text = "\n\n".join(lines) + "\n"
    assert not [b for b in split_blocks(text)
                if b.kind == "table" and text[b.rows[0][0].start : b.rows[0][0].end] == "序号"]


def test_a_header_cell_of_up_to_twenty_characters_still_heads_a_column():
    """是否省市统一进度(全省县市区名次) is a column's header (17 characters), not a sentence:
    the numbered rows under it are cut as usual, empty cells placed by kind."""
    lines = ["序号", "民生实事名称", "项目内容", "完成率(%)", "是否省市统一进度(全省县市区名次)",
             "牵头单位",
             "1", "*医疗卫生", "为全县60岁以上老年人免费接种流感疫苗27758人。", "20%",
             "是,全省统一进度", "县卫健局",
             "2", "*医疗卫生", "在公共场所新增配置自动体外除颤仪40台。", "80%", "否,全市第一",
             "县卫健局"]
    text = "\n\n".join(lines) + "\n"
    grid = _grid(text)
    assert grid[0][4] == "是否省市统一进度(全省县市区名次)"
    assert [row[3] for row in grid[1:]] == ["20%", "80%"]


def test_a_rows_task_stays_in_the_task_column_when_the_cells_of_who_and_when_were_merged():
    """序号 | 重点工作任务(民生实事项目) | 牵头单位 | 负责科室 | 负责人 | 计划完成时间 | 进展情况
    (一季度), then rows that lost the cells merged with the row above (区民政局, 养老服务科,
    何滢, and the deadline): each row's first line is its task, its last its progress."""
    header = ["序号", "重点工作任务(民生实事项目)", "牵头单位", "负责科室", "负责人",
              "计划完成时间", "进展情况(一季度)"]
    rows = [["1", "新增老年食堂(助餐点)15个", "区民政局", "养老服务科", "何滢", "11月底前",
             "其中3个点位已完成建设。"],
            ["2", "新增认知障碍照护专区床位100张", "10月底前", "目前已完成20张专区床位建设。"],
            ["3", "建成启用区级老年活动中心", "目前正在进行主体建筑装修阶段。"],
            ["4", "新增养老机构护理型床位500张", "目前已完成500张护理型床位建设。"]]
    page = "\n\n".join(header + [line for row in rows for line in row]) + "\n"
    (table,) = [b for b in split_blocks(page) if b.kind == "table"]
    got = cells(page, table)
    assert got[0] == header
    assert got[2] == ["2", "新增认知障碍照护专区床位100张", "", "", "", "10月底前",
                      "目前已完成20张专区床位建设。"]
    assert got[3] == ["3", "建成启用区级老年活动中心", "", "", "", "",
                      "目前正在进行主体建筑装修阶段。"]
