"""Tables copied one cell per line with a pipe after each cell are cut back into rows."""

from __future__ import annotations

from zhibiao.ingest.piped_tables import join_wrapped_labels, unwrap_piped_headers
from zhibiao.ingest.text import split_blocks


def _grid(text: str) -> list[list[str]]:
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    return [[text[c.start : c.end] for c in row] for row in table.rows]


def test_cells_with_the_pipe_on_the_next_line_and_empty_cells_keep_their_columns():
    """目标名称 / | / 目标值 / | …: a bare pipe closes the text above it, or is an empty
    cell; the title lines over the header stay paragraphs."""
    cells = ["绩效目标设置情况", "", "目标名称", "目标值", "评价指标", "标准值", "得分",
             "一、投入目标", "", "", "", "",
             "1.预算投入资金", "6475", "预算完成率", "100%", "1",
             "2.实际到位资金", "6475", "资金到位率", "100%", "1"]
    text = "".join(f"{c}\n|\n" if c else "|\n" for c in cells)
    assert _grid(text) == [
        ["目标名称", "目标值", "评价指标", "标准值", "得分"],
        ["一、投入目标", "", "", "", ""],
        ["1.预算投入资金", "6475", "预算完成率", "100%", "1"],
        ["2.实际到位资金", "6475", "资金到位率", "100%", "1"]]
    paragraphs = [text[b.start : b.end] for b in split_blocks(text) if b.kind != "table"]
    assert paragraphs[0] == "绩效目标设置情况"


def test_a_run_of_header_words_alone_is_no_table():
    """Cells that never hold a figure (a list of names copied with pipes) stay lines."""
    text = "".join(f"{c} |\n" for c in ["名称", "优良天数", "PM10均值", "SO2均值", "NO2均值",
                                         "CO浓度", "O3浓度", "综合指数", "首要污染物"])
    assert not [b for b in split_blocks(text) if b.kind == "table"]


def test_a_numbered_tables_rows_open_on_their_numbers_and_its_total_spans_the_number_column():
    """序号 | 市州 | …: each row opens on its row number, then its label; a last row one
    cell short (全省 | 1500 | …) is the total, its label spanning the 序号 column."""
    cells = ["全省重点民生实事项目完成进度表", "序号", "市州", "计划完成数", "累计开工数", "开工率",
             "1", "长沙市", "150", "143", "95.33%",
             "2", "株洲市", "71", "44", "61.97%",
             "全省", "221", "187", "84.62%"]
    text = "".join(f"{c} |\n" for c in cells) + "各地要加快进度。\n"
    assert _grid(text) == [
        ["序号", "市州", "计划完成数", "累计开工数", "开工率"],
        ["1", "长沙市", "150", "143", "95.33%"],
        ["2", "株洲市", "71", "44", "61.97%"],
        ["", "全省", "221", "187", "84.62%"]]
    # without the row numbers in order the run is no numbered table
    assert not [b for b in split_blocks(text.replace("2 |\n株洲市", "株洲市 |\n2"))
                if b.kind == "table"]


def test_a_row_of_units_under_the_header_and_a_wrapped_header_cell_keep_the_columns():
    """SO2 | … | CO / (第95百分位数) | … then μg/m3 | mg/m3 under the first figure columns
    (none under 达标天数): the units are a second header row, the bracket a header's
    wrapped words, and the title line over the header no cell."""
    cells = ["时间", "SO2", "CO\n(第95百分位数)", "达标天数", "达标率",
             "μg/m3", "mg/m3",
             "2016年", "20", "1.4", "284", "77.6%",
             "2015年", "26", "2.6", "261", "74.6%"]
    text = "2016年某市环境空气质量状况\n" + "".join(f"{c}\n|\n" for c in cells)
    assert _grid(text) == [
        ["时间", "SO2", "CO\n(第95百分位数)", "达标天数", "达标率"],
        ["时间", "μg/m3", "mg/m3", "", ""],
        ["2016年", "20", "1.4", "284", "77.6%"],
        ["2015年", "26", "2.6", "261", "74.6%"]]


def test_a_balance_tables_two_sides_keep_their_columns_when_one_side_runs_out():
    """收入 | 执行数 | 支出 | 执行数 (执行数 twice is no performance form's fund header): rows
    of two sides, and at the end a row whose left side is empty (| | 债务还本支出 | 159700)."""
    cells = ["收入", "执行数", "支出", "执行数", "总计", "394427", "总计", "394427",
             "一、本级收入", "120318", "一、本级支出", "150881",
             "上年结转", "1888", "调出资金", "46618", "", "", "三、债务还本支出", "159700"]
    text = "2024年全县政府性基金预算收支平衡表\n单位:万元\n" + "".join(
        f"{c} |\n" if c else "|\n" for c in cells) + "——全县政府性基金预算收入完成12.03亿元。\n"
    assert _grid(text) == [
        ["收入", "执行数", "支出", "执行数"], ["总计", "394427", "总计", "394427"],
        ["一、本级收入", "120318", "一、本级支出", "150881"],
        ["上年结转", "1888", "调出资金", "46618"], ["", "", "三、债务还本支出", "159700"]]


def test_a_line_of_pipes_alone_may_be_the_empty_cells_that_close_a_groups_row():
    """一、经济发展 | then |||||: in a table of six columns the five pipes are the group
    row's empty cells (its last column unnamed: 指标属性 | then |); read so only when each
    such line closes a row exactly."""
    lines = ["指 标 |", "2015年 完成 |", "2020年 完成 |", "年均增长(%) |", "指标属性 |", "|",
             "一、经济发展 |", "|||||",
             "地区生产总值(亿元) |", "300.41 |", "469.5 |", "9.3 |", "预期性 |", "|",
             "财政收入(亿元) |", "27.2 |", "42.6 |", "9.4 |", "预期性 |", "|",
             "二、结构效益 |", "|||||",
             "规模以上工业增加值(亿元) |", "240 |", "188.5 |", "-5.82 |", "预期性 |", "|"]
    grid = _grid("\n".join(lines) + "\n")
    assert grid[0][:5] == ["指 标", "2015年 完成", "2020年 完成", "年均增长(%)", "指标属性"]
    assert grid[1:] == [
        ["一、经济发展", "", "", "", "", ""],
        ["地区生产总值(亿元)", "300.41", "469.5", "9.3", "预期性", ""],
        ["财政收入(亿元)", "27.2", "42.6", "9.4", "预期性", ""],
        ["二、结构效益", "", "", "", "", ""],
        ["规模以上工业增加值(亿元)", "240", "188.5", "-5.82", "预期性", ""]]


def test_a_header_cell_over_the_empty_cells_after_it_heads_a_second_header_line():
    """“十四五”目标 | (empty) then 2025年 | 年均[累计] | |||| : the last header cell spans two
    columns, named on the second line; rows its number opens may hold words only."""
    lines = ["序号 |", "指 标 |", "单位 |", "属性 |", "“十四五”目标 |", "|", "2025年 |",
             "年均[累计] |", "||||",
             "1 |", "全市生产总值年均增长率 |", "% |", "预期性 |", "- |", "5左右 |",
             "2 |", "居民人均可支配收入增长 |", "% |", "预期性 |", "- |", "与经济增长基本同步 |",
             "3 |", "森林覆盖率 |", "% |", "约束性 |", "19.5 |", "- |"]
    grid = _grid("\n".join(lines) + "\n")
    assert grid[1][4:] == ["2025年", "年均[累计]"]
    assert grid[2:] == [["1", "全市生产总值年均增长率", "%", "预期性", "-", "5左右"],
                        ["2", "居民人均可支配收入增长", "%", "预期性", "-", "与经济增长基本同步"],
                        ["3", "森林覆盖率", "%", "约束性", "19.5", "-"]]


def test_a_bare_pipe_opening_each_row_marks_the_rows_whatever_their_cells_hold():
    """`|` / 指标名称 | / 预期增长(%) | / 上半年完成(%) | / `|` / 地区生产总值 | / 6左右 | / 4 |
    …: a bare pipe opens each row, so rows of goals in words (完成省下达年度目标任务 |
    序时推进) stay rows; an unfinished last row stays lines."""
    rows = [["指标名称", "预期增长(%)", "上半年完成(%)"], ["地区生产总值", "6左右", "4"],
            ["规上工业增加值", "6.5以上", "-3.6"],
            ["粮食产量及播种面积", "完成省下达年度目标任务", "序时推进"]]
    text = "2025年上半年主要预期目标完成情况\n" + "".join(
        "|\n" + "".join(f"{c} |\n" for c in row) for row in rows) + "|\n能耗 |\n"
    assert _grid(text) == rows
    blocks = split_blocks(text)
    assert [text[b.start : b.end] for b in blocks if b.kind != "table"] == [
        "2025年上半年主要预期目标完成情况", "|", "能耗 |"]


def test_rows_a_bare_pipe_opens_must_be_as_wide_as_their_header():
    """A form's cells copied with bare pipes for its empty cells (rows of any width) is no
    such table."""
    cells = ["|", "项目名称 |", "资金 |", "|", "|", "产出指标 |", "|", "数量 |", "10 |", "12 |"]
    text = "".join(f"{c}\n" for c in cells)
    assert not [b for b in split_blocks(text) if b.kind == "table"]


def test_rows_with_a_unit_and_nothing_reported_stay_rows_of_the_table():
    """A yearbook table (指标 | 计量单位 | 2021年) leaves the figure empty where nothing was
    reported (白茶 | 吨 | empty): such a row holds its unit only, and the table goes on past
    it instead of being lost."""
    cells = ["指 标", "计量单位", "2021年", "一、茶叶合计", "吨", "1436", "红 茶", "吨", "11",
             "白 茶", "吨", "", "其他茶", "公顷", "", "二、园林水果", "吨", "145670",
             "2.梨", "吨", "27512"]
    text = "".join(f"{c}\n|\n" if c else "|\n" for c in cells) + "注:本表数据来源于市农业农村局。\n"
    grid = _grid(text)
    assert [row[0] for row in grid] == ["指 标", "一、茶叶合计", "红 茶", "白 茶", "其他茶",
                                        "二、园林水果", "2.梨"]
    assert grid[-1] == ["2.梨", "吨", "27512"] and grid[3] == ["白 茶", "吨", ""]


HOSPITALS = ("表14—16 各类医院基本情况(2020年)\n指 标\n|\n机构数\n(个)\n|\n实有床位数\n(张)\n|\n"
             "卫生人员数\n(人)\n|\n|\n|\n#卫生技术\n人员\n|\n#执业(助理)\n医师\n|\n"
             "全 市\n|\n271\n|\n57455\n|\n83314\n|\n69786\n|\n23804\n|\n"
             "综合医院\n|\n105\n|\n29419\n|\n47958\n|\n40869\n|\n13964\n|\n"
             "中医院\n|\n38\n|\n8126\n|\n11264\n|\n9948\n|\n3720\n|\n|\n|\n")


def test_a_header_cell_spanning_its_parts_whose_second_line_writes_no_empty_cells():
    """卫生人员数 (人) | (empty) | (empty) then #卫生技术人员 | #执业(助理)医师 (each wrapped
    over two lines) and the rows: the spanning cell covers its own column, unnamed under it,
    and its two parts'."""
    grid = _grid(HOSPITALS)
    assert [c.replace("\n", "") for c in grid[0]] == [
        "指 标", "机构数(个)", "实有床位数(张)", *["卫生人员数(人)"] * 3]
    assert [c.replace("\n", "") for c in grid[1][3:]] == ["", "#卫生技术人员", "#执业(助理)医师"]
    assert grid[2:] == [["全 市", "271", "57455", "83314", "69786", "23804"],
                        ["综合医院", "105", "29419", "47958", "40869", "13964"],
                        ["中医院", "38", "8126", "11264", "9948", "3720"]]


def test_a_form_set_upright_a_character_a_line_is_no_wrapped_header_cell():
    """绩 / 效 / 指 / 标 / | then 一级指标 …: one character a line is no header cell broken
    over lines; the run of cells opens after it."""
    text = ("绩\n效\n指\n标\n|\n一级指标\n|\n二级指标\n|\n三级指标\n|\n指标值\n|\n"
            "产出指标\n|\n数量指标\n|\n作业航时\n|\n30小时\n|\n")
    assert all(not (b.kind == "table" and b.start == 0) for b in split_blocks(text))


def test_a_header_the_copy_wrapped_over_lines_is_one_line_again():
    """品 名 | 播种面积 / (亩) | / 同比增减(%) | 产量(吨) | 同比增减(%) |: the first line runs on
    into the next (no pipe at its end); joined, the header names the five columns of the
    rows under it. A line of words with a pipe that heads no such rows is left alone."""
    text = ("品 名 | 播种面积\n(亩) |\n同比增减(%) | 产量(吨) | 同比增减(%) |\n"
            "粮食作物 | 726760 | -1.78 | 315690 | 0.8 |\n薯类 | 29698 | -5.50 | 16015 | 3.76 |\n")
    unwrapped = unwrap_piped_headers(text)
    assert len(unwrapped) == len(text)
    assert _grid(unwrapped)[:2] == [
        ["品 名", "播种面积 (亩)", "同比增减(%)", "产量(吨)", "同比增减(%)"],
        ["粮食作物", "726760", "-1.78", "315690", "0.8"]]
    other = "说明 | 见下表\n另起一段。\n"
    assert unwrap_piped_headers(other) == other


def test_a_rows_label_left_on_a_line_of_its_own_is_put_back_before_its_figures():
    """规章 | / 0 | 0 | 0 |: a copy that wrote a row's label on its own line keeps the row
    (a figure with empty cells after it, 3500 | |, is a cell-a-line copy's cell and stays)."""
    text = ("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 |\n0 | 0 | 0 |\n"
            "行政规范性文件 |\n2 | 1 | 5 |\n")
    assert join_wrapped_labels(text) == text.replace(" |\n0", " | 0").replace(" |\n2", " | 2")
    assert _grid(join_wrapped_labels(text)) == [
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"],
        ["行政规范性文件", "2", "1", "5"]]
    cells = "株 |\n= |\n15000 | |||\n|\n"
    assert join_wrapped_labels(cells) == cells


def test_a_rank_column_numbers_the_rows_and_a_month_opens_a_header():
    """排名 | 城市 | 区/县 | 10月降尘量 | 同比(%) copied a cell a line: the ranks number the
    rows (a tie repeats one), 10月降尘量 is a header; a ranked table of one row is one too."""
    cells = ["排名", "城市", "区/县", "10月降尘量", "同比(%)", "1", "长治市", "长子县", "1.0",
             "-50.0", "2", "长治市", "壶关县", "1.2", "-71.4", "2", "长治市", "上党区", "1.2",
             "-20.0"]
    text = "表2 各县区2021年10月份降尘监测结果\n" + "".join(f"{c} |\n" for c in cells)
    assert _grid(text)[:2] == [cells[:5], cells[5:10]]
    one = ["全省城市排名", "城市", "最大值", "最小值", "平均值", "1", "长治市", "2.1", "1.0", "1.4"]
    assert _grid("".join(f"{c} |\n" for c in one)) == [one[:5], one[5:]]


def test_a_header_cell_whose_line_closes_on_an_empty_cell_stays_in_the_header():
    """…空气质量综合指数 | / 按市辖行政区排序 | | / 凤县 | …: a cell line closing on an empty
    cell (read alone as a one-row table) is the header's last cell, not the table's end."""
    cells = ["县区名称 |", "PM10均值(微克/立方米) |", "优良天数合计(天) |", "综合指数排序 | |",
             "凤县 |", "24 |", "29 |", "1 |", "太白县 |", "31 |", "30 |", "2 |"]
    text = "附表1 2019年6月份各县(区)空气质量状况统计表\n" + "\n".join(cells) + "\n"
    assert _grid(text)[1:] == [["凤县", "24", "29", "1"], ["太白县", "31", "30", "2"]]
    assert _grid(text)[0][:4] == [
        "县区名称", "PM10均值(微克/立方米)", "优良天数合计(天)", "综合指数排序"]
