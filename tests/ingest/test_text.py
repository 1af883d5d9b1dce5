"""Reading .txt reports: encodings, bad bytes, metadata and blocks."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from zhibiao.errors import BinaryInput, EmptyInput
from zhibiao.ingest import doc_id_of, read_document
from zhibiao.ingest.decode import decode_text
from zhibiao.ingest.text import split_blocks

REPORT = (
    "市应急管理局2021年工作总结\n发布日期: 2022-01-05 来源:办公室\n"
    "一、主要成效\n全年共发生事故12起。\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_every_common_encoding_decodes_to_the_same_text(encoding):
    text, _ = decode_text(REPORT.encode(encoding))
    assert text == REPORT


def test_gbk_without_bom_is_detected_and_named():
    _, used = decode_text(REPORT.encode("gbk"))
    assert used == "gb18030"


def test_utf8_bom_is_not_left_in_the_text():
    text, _ = decode_text(codecs.BOM_UTF8 + "一、总体".encode())
    assert text == "一、总体"


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n"])
def test_empty_input_is_refused(data):
    with pytest.raises(EmptyInput):
        decode_text(data)


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_garbage_is_refused(data):
    with pytest.raises(BinaryInput):
        decode_text(data)


def test_metadata_of_a_report():
    doc = read_document("r.txt", REPORT.encode("gbk"))
    assert doc.title == "市应急管理局2021年工作总结"
    assert doc.issuer == "市应急管理局"
    assert doc.published == date(2022, 1, 5)
    assert doc.year == 2021
    assert doc.doc_id == doc_id_of(REPORT.encode("gbk"))
    assert doc.warnings == ["decoded as gb18030"]


def test_blocks_split_headings_paragraphs_and_tab_tables():
    text = "一、主要目标\n事故下降20%。\n指标\t目标值\n死亡率\t0.002\n\n二、任务"
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == ["heading", "paragraph", "table", "heading"]
    table = blocks[2]
    cells = [[text[c.start : c.end] for c in row] for row in table.rows]
    assert cells == [["指标", "目标值"], ["死亡率", "0.002"]]


SAMPLE_METADATA = {
    "000_progress_quarterly.txt": ("市应急管理局2020年职能目标三季度工作进度汇总表", "市应急管理局",
                                   date(2020, 10, 21), 2020),
    "001_half_year_summary.txt": ("市应急管理局2020上半年工作总结下半年工作思路", "市应急管理局",
                                  date(2021, 10, 11), 2020),
    "002_annual_work_plan.txt": (
        "金华市应急管理局(人防办)关于印发《2021年全市应急管理(人民防空)工作要点》的通知",
        "金华市应急管理局", date(2022, 7, 15), 2021),
    "003_completion_table.txt": ("广州市应急管理局2020年部门整体绩效完成情况表", "广州市应急管理局",
                                 None, 2020),
    "004_district_fyp_plan.txt": ("关于印发《杭州市拱墅区应急管理“十四五”规划》的通知",
                                  "杭州市拱墅区应急管理局", None, None),
}


@pytest.mark.parametrize("name", sorted(SAMPLE_METADATA))
def test_sample_metadata(name):
    from support import SAMPLES

    doc = read_document(name, (SAMPLES / name).read_bytes())
    assert (doc.title, doc.issuer, doc.published, doc.year) == SAMPLE_METADATA[name]


def test_tables_written_between_pipes_are_tables():
    """Markdown and many converters write a table as | a | b |, outer pipes optional, a
    |---| rule under the header: one table block, cells without their spaces."""
    from zhibiao.ingest.text import split_blocks

    text = ("表1\n| 指标 | 2023年 |\n|---|---|\n| 地区生产总值 | 617.50 |\n"
            "第一产业 | 37.11 |\n正文一句。")
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    grid = [[text[c.start : c.end] for c in row] for row in blocks[1].rows]
    assert grid == [["指标", "2023年"], ["地区生产总值", "617.50"], ["第一产业", "37.11"]]
    assert [b.kind for b in split_blocks("甲|乙两地相距5公里。")] == ["paragraph"]


def test_a_numbered_tables_further_rows_between_pipes_keep_their_columns():
    """序号 | 项目内容 | 进展情况 | 责任单位: a row of the item above (its number's cell
    spanned it) written 新增托位500个。 | 新增托位600个。 | | falls under 项目内容 and 进展情况;
    a row of a table without a 序号 column stays as written."""
    text = ("序号 | 项目内容 | 进展情况 | 责任单位 |\n"
            "2 | 新建成成长驿站7家。 | 新建13家成长驿站。 | 卫生健康局 |\n"
            "新增托位500个。 | 新增托位600个。 | | |\n")
    (block,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[text[c.start : c.end] for c in row] for row in block.rows]
    assert grid[2] == ["", "新增托位500个。", "新增托位600个。", ""]
    plain = text.replace("序号", "类别").replace("2 |", "教育 |")
    (block,) = [b for b in split_blocks(plain) if b.kind == "table"]
    first = block.rows[2][0]
    assert plain[first.start : first.end] == "新增托位500个。"


def test_lines_of_one_cell_after_a_piped_box_are_no_rows_of_it_unless_a_row_follows():
    """A page's field box between pipes, then its form copied a cell a line (项目支出绩效自评表
    | / ||||| / ( 2021 年度) | / 项目名称 | …): those lines are not the box's rows; but a
    level label of a form between pipes (效益指标 (30分) | / 经济效益指标 |, then a row of
    cells) stays in its table."""
    box = "发文单位: | 鄂州市行政审批局 | 发布日期: | 2022年11月04日 |\n"
    text = box + "项目支出绩效自评表 |\n|||||\n( 2021 年度) |\n|||||\n项目名称 |\n市民中心 |\n"
    assert len(split_blocks(text)[0].rows) == 1
    form = ("三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
            "受益人口数量 | 10 | 90人 | 90人 | 10 |\n"
            "效 益 指 标 (30分) |\n经济效益 指标 |\n|||||\n"
            "增加受益农户收入 | 20 | ≥11万元 | 12万元 | 20 |\n")
    (table,) = [b for b in split_blocks(form) if b.kind == "table"]
    assert len(table.rows) == 5


def test_a_table_copied_one_cell_per_line_is_a_table_again():
    """A page copied as text gives its table one cell per line: a header of words (or the
    year a column is of), then rows of a label and figures, is one table block with the
    fewest columns that fit; the prose around it stays prose."""
    text = ("全年粮食总产量16.28万吨。\n主要产品产量\n\n2023年\n\n较上年增长(%)\n\n粮食总产量\n\n"
            "162817吨\n\n0.5\n\n其中:谷物\n\n97658吨\n\n-9.7\n\n豆类\n\n26084吨\n\n49.1\n\n"
            "三、工业\n全年规模以上工业增加值增长5%。")
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == ["paragraph", "table", "heading", "paragraph"]
    grid = [[text[c.start : c.end] for c in row] for row in blocks[1].rows]
    assert grid == [["主要产品产量", "2023年", "较上年增长(%)"], ["粮食总产量", "162817吨", "0.5"],
                    ["其中:谷物", "97658吨", "-9.7"], ["豆类", "26084吨", "49.1"]]


def test_a_population_tables_age_bands_are_its_rows_labels():
    """A bulletin's 年末常住人口及构成 copied a cell a line ends on 60岁及以上: an age band is
    the row's label, not a figure with a unit, so the last row stays in the table."""
    lines = ["指标", "年末数(万人)", "比重(%)", "年末常住人口", "144.3", "100.0", "其中:城镇",
             "75.5", "52.3", "乡村", "68.8", "47.7", "其中:0-14岁", "19.9", "13.8", "15-59岁",
             "96.0", "66.5", "60岁及以上", "28.4", "19.7"]
    text = "\n".join(lines) + "\n初步核算,全年地区生产总值589亿元。\n"
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[text[c.start : c.end] for c in row] for row in table.rows]
    assert grid[-2:] == [["15-59岁", "96.0", "66.5"], ["60岁及以上", "28.4", "19.7"]]


def test_a_header_cells_unit_wrapped_onto_its_own_line_stays_that_cells():
    """事故起数 / (起) / 占月度事故起数总量(%) / 死亡人数 / (人): each unit is the header cell
    above it, so the header is as wide as the rows (label and four figures)."""
    lines = ["事故类型", "事故起数", "(起)", "占月度事故起数总量(%)", "死亡人数", "(人)",
             "占月度死亡人数总量(%)", "工矿商贸", "20", "25.0", "21", "24.4",
             "道路运输", "60", "75.0", "65", "75.6", "合计", "80", "-", "86", "-"]
    text = "\n\n".join(lines) + "\n"
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[" ".join(text[c.start : c.end].split()) for c in row] for row in table.rows]
    assert grid[0] == ["事故类型", "事故起数 (起)", "占月度事故起数总量(%)", "死亡人数 (人)",
                       "占月度死亡人数总量(%)"]
    assert grid[1] == ["工矿商贸", "20", "25.0", "21", "24.4"]
    assert grid[-1] == ["合计", "80", "-", "86", "-"]


def test_empty_cells_a_cell_per_line_copy_left_as_blank_lines_keep_their_place():
    """A row of a monthly table with no growth figures (销售率 100.9 | | 99.6 | ) is copied
    with an extra line break for each empty cell: the row keeps its columns and the table
    goes on after it."""
    text = ("指标名称\n\n11\n\n比去年同月增长(%)\n\n1-11\n\n比去年同期增长(%)\n\n"
            "全市工业总产值(亿元)\n\n3694.41\n\n7.6\n\n33034.98\n\n0.4\n\n"
            "规模以上工业总产值(亿元)\n\n3479.41\n\n7.8\n\n31111.36\n\n0.7\n\n"
            "国有控股\n\n1262.25\n\n5.9\n\n11587.49\n\n-3.1\n\n"
            "规模以上工业产品销售率(%)\n\n100.9\n\n\n99.6\n\n\n"
            "规模以上工业出口交货值(亿元)\n\n769.50\n\n2.9\n\n6843.58\n\n-0.4\n\n"
            "工业统计范围及主要指标解释\n")
    tables = [b for b in split_blocks(text) if b.kind == "table"]
    assert [[text[c.start : c.end] for c in row] for row in tables[0].rows][-2:] == [
        ["规模以上工业产品销售率(%)", "100.9", "", "99.6", ""],
        ["规模以上工业出口交货值(亿元)", "769.50", "2.9", "6843.58", "-0.4"]]
    assert text[tables[0].end :].strip() == "工业统计范围及主要指标解释"


def test_a_cell_per_line_table_headed_by_years_keeps_rows_left_empty():
    """2022 年决算数 | 2023 年预算数 over 三公经费: | 0 | 0 and 项目支出 …: a year with its kind of
    figure heads a column; a row of a label alone whose blank lines are its empty cells
    (1、业务工作经费) stays a row."""
    text = ("经费控制情况(万元\n\n2022 年决算数\n\n2023 年预算数\n\n三公经费:\n\n0\n\n0\n\n"
            "1、公务用车购置和维护经费\n\n0\n\n0\n\n其中:公车购置\n\n0\n\n0\n\n"
            "项目支出:\n\n874.20\n\n308.17\n\n1、业务工作经费\n\n\n\n2、运行维护经费\n\n\n\n"
            "公用经费\n\n118.31\n\n85.76\n\n说明:项目支出需要填报基本支出以外的所有项目支出情况。\n")
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[text[c.start : c.end] for c in row] for row in table.rows]
    assert grid[0] == ["经费控制情况(万元", "2022 年决算数", "2023 年预算数"]
    assert grid[4] == ["项目支出:", "874.20", "308.17"]
    assert grid[5:] == [["1、业务工作经费", "", ""], ["2、运行维护经费", "", ""],
                        ["公用经费", "118.31", "85.76"]]

def test_a_header_row_opening_on_mingcheng_is_no_field_box():
    """名称 | 农业总产值 | 农业产值 | … names a table's columns; 名称 | 关于…的通知 is the page's
    field box, dropped as chrome."""
    text = ("单位:万元 | |||\n名称 | 农业总产值 | 农业产值 | 林业产值 |\n"
            "2024年 | 53916.69 | 32492.84 | 4507.97 |\n2023年 | 44527.46 | 25886.76 | 7055.51 |\n")
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    assert [text[c.start : c.end] for c in table.rows[1]] == [
        "名称", "农业总产值", "农业产值", "林业产值"]
    box = "名称 | 关于做好2024年统计工作的通知\n正文。"
    assert [b.kind for b in split_blocks(box)] == ["paragraph"]


def test_a_row_that_opens_on_its_number_is_placed_under_the_serial_column():
    """大类 | 序号 | 工作任务: the 大类 cell spanned its rows, so the rows after the first open
    on their number; they keep their columns."""
    text = ("大类 | 序号 | 工作任务 | 落实进展情况 |\n"
            "一、民生保障 | 1 | 提高低保标准。 | 已完成。 |\n2 | 提高特困供养标准。 | 已完成。 |\n")
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    assert [[text[c.start : c.end] for c in row] for row in table.rows][2] == [
        "", "2", "提高特困供养标准。", "已完成。"]


def test_a_table_copied_one_cell_per_line_with_pipes_is_a_table_again():
    """The same, each cell written `cell |` as some page converters do."""
    text = ("表1 2022年末户籍人口数及构成\n指 标 |\n年末数(人) |\n比重(%) |\n全县户籍人口 |\n"
            "544126 |\n100.0 |\n按城乡分 |\n-- |\n-- |\n#乡村人口 |\n381432 |\n70.1 |\n")
    tables = [b for b in split_blocks(text) if b.kind == "table"]
    assert [[text[c.start : c.end] for c in row] for row in tables[0].rows] == [
        ["指 标", "年末数(人)", "比重(%)"], ["全县户籍人口", "544126", "100.0"],
        ["按城乡分", "--", "--"], ["#乡村人口", "381432", "70.1"]]


def test_a_disclosure_templates_short_tables_copied_one_cell_per_line_are_tables():
    """The 第二十条 tables of a 政府信息公开年度报告 open on 信息内容 and may hold one row."""
    text = ("第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n"
            "规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n0\n\n0\n\n0\n\n第二十条第(五)项\n\n"
            "信息内容\n\n本年处理决定数量\n\n行政许可\n\n3\n\n三、收到和处理政府信息公开申请情况\n")
    tables = [b for b in split_blocks(text) if b.kind == "table"]
    assert [[[text[c.start : c.end] for c in row] for row in t.rows] for t in tables] == [
        [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"],
         ["规范性文件", "0", "0", "0"]],
        [["信息内容", "本年处理决定数量"], ["行政许可", "3"]]]


def test_short_lines_that_are_no_table_stay_paragraphs():
    # a header that is a date range or code, and too few rows, make no table
    coded = "202001-202012\n项目资金\n年度资金总额\n100\n财政拨款\n100\n其他资金\n0\n"
    assert all(b.kind != "table" for b in split_blocks(coded))
    short = "指标\n数值\n起数\n12\n死亡人数\n3\n"
    assert all(b.kind != "table" for b in split_blocks(short))
    lines = "一、总体情况\n主要工作\n安全生产\n防灾减灾\n"
    assert all(b.kind != "table" for b in split_blocks(lines))


def test_a_pages_disclosure_box_is_no_block_but_stays_in_the_text():
    """索引号 / 发布机构 / 文号 / 名称 fields (as lines or pipe rows) are page chrome: no block
    is read for them (no 202403 or 00076组 values), the metadata readers still see them."""
    text = ("索 引 号: | 000014349/2023-91150 | 信息分类: | |\n"
            "名 称: | 市人民政府办公室关于印发行动方案的通知 |\n"
            "发布时间:2024-03-14 14:53来源:宣城市人民政府(办公室)\n"
            "一、主要目标\n到2024年,新建5G基站2000个。\n")
    doc = read_document("p.txt", text.encode("utf-8"))
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["一、主要目标",
                                                               "到2024年,新建5G基站2000个。"]
    assert doc.title == "市人民政府办公室关于印发行动方案的通知"
    assert doc.published == date(2024, 3, 14)


def test_rows_that_lost_their_merged_first_cells_move_to_the_columns_their_cells_fit():
    """项目名称 | 工作任务 | 计划完成时间 | 牵头单位 over rows that lost the project's merged
    cell (新建城市口袋公园2处; | 11月 | 建设局) or also the task's (2021.8 | 城投集团): each
    cell under the column its kind fits, the merged ones covered copies of the row above;
    a total row (合计 | 12) stays where it is."""
    text = ("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
            "1.城市人居环境提升项目 | 对人民中路等3条城区道路进行综合提升改造; | 11月 | 建设局 |\n"
            "2021.8 | 城投集团 | ||\n"
            "新建城市口袋公园2处; | 11月 | 建设局 | |\n")
    grid = _marked_grid(text)
    assert grid[2:] == [
        ["^1.城市人居环境提升项目", "^对人民中路等3条城区道路进行综合提升改造;", "2021.8",
         "城投集团"],
        ["^1.城市人居环境提升项目", "新建城市口袋公园2处;", "11月", "建设局"]]
    text = "地区 | 计划数 | 完成数 | 完成率 |\n甲县 | 10 | 12 | 120% |\n合计 | 12 |\n"
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    assert text[table.rows[2][0].start : table.rows[2][0].end] == "合计"


def test_a_second_header_row_stands_under_the_cell_merged_over_its_columns():
    """项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | (merged over two columns) then
    增、减金额 | 增、减幅度: the second row's words under the merged cell."""
    text = ("单位:万元 | ||||\n项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |\n"
            "增、减金额 | 增、减幅度 | |||\n合计 | 18.15 | 22.15 | 4 | 22% |\n")
    grid = _marked_grid(text)
    assert grid[1:3] == [
        ["项目", "2023年预算数", "2024年预算数", "比上年增、减情况", "^比上年增、减情况"],
        ["^项目", "^2023年预算数", "^2024年预算数", "增、减金额", "增、减幅度"]]


def test_several_merged_header_cells_share_the_second_rows_words_evenly():
    """序号 | 类型名称 | 计划下达 | 投资完成 | 完成率 | ||| over 年度计划 | 中央资金 | 计划完成 |
    中央完成 | 年度计划 | 中央资金: each of the three merged cells spans two columns, the
    header row stays where it is (it is no further row of an item) and 序号 | 类型名称 cover
    the second row's first columns."""
    text = ("序号 | 类型名称 | 计划下达 | 投资完成 | 完成率 | |||\n"
            "年度计划 | 中央资金 | 计划完成 | 中央完成 | 年度 计划 | 中央 资金 | ||\n"
            "总计 | 370111 | 98826 | 241684 | 72656 | 65.3% | 73.5% |\n"
            "1 | 太湖治理 | 50000 | 6000 | 34700 | 3100 | 69.4% | 51.7% |\n")
    grid = _marked_grid(text)
    assert grid[0] == ["序号", "类型名称", "计划下达", "^计划下达", "投资完成", "^投资完成",
                       "完成率", "^完成率"]
    assert grid[1] == ["^序号", "^类型名称", "年度计划", "中央资金", "计划完成", "中央完成",
                       "年度 计划", "中央 资金"]
    assert grid[3][1:4] == ["太湖治理", "50000", "6000"]


def test_further_rows_of_a_numbered_item_open_under_the_column_their_cells_fit():
    """序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位: an item's further rows lost
    the number's and the project's merged cells (新增绿化面积387亩。 | 已完成新增造林387亩。 |
    已完成): they open under 项目内容, as the rows before them; a row of one cell stays."""
    text = ("序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |\n"
            "1 | 农村人居环境整治提升工程 | 推广新模式,试点村达到100个。 | 试点村达到100个; | "
            "已完成 | 县专班 |\n"
            "新增绿化面积387亩。 | 已完成新增造林387亩。 | 已完成 | |||\n"
            "市场化运作农村户厕保洁管护。 | 1.常态化开展农村户厕保洁维护。 | 正常推进 | |||\n"
            "新增学位810个 | |||||\n")
    grid = _marked_grid(text)
    assert [row[2:5] for row in grid[2:4]] == [
        ["新增绿化面积387亩。", "已完成新增造林387亩。", "已完成"],
        ["市场化运作农村户厕保洁管护。", "1.常态化开展农村户厕保洁维护。", "正常推进"]]
    assert grid[2][1] == "^农村人居环境整治提升工程"
    assert grid[4][1] == "新增学位810个"


def _marked_grid(text: str) -> list[list[str]]:
    """The one table's cells as text, a covered (merged) cell marked ^."""
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    return [[("^" if c.covered else "") + text[c.start : c.end] for c in row]
            for row in table.rows]


def test_a_numbered_table_whose_groups_open_on_their_label_lines_its_numbers_up():
    from zhibiao.ingest.text import split_blocks

    text = ("序号 | 指标名称 | 单位 | 目标 | 上半年实绩 | |||||\n"
            "绝对值 | 增速(%) | ||||||||\n"
            "经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长6%以上 | 4297.8 | 6.2 | |||\n"
            "2 | #农林牧渔业增加值 | 亿元 | 增长4% | 77.7 | 4.2 | ||||\n")
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[text[c.start : c.end].strip() for c in row][:7] for row in table.rows]
    assert grid == [
        ["", "序号", "指标名称", "单位", "目标", "上半年实绩", ""],
        ["", "", "", "", "", "绝对值", "增速(%)"],
        ["经济发展", "1", "地区生产总值(GDP)", "亿元", "增长6%以上", "4297.8", "6.2"],
        ["", "2", "#农林牧渔业增加值", "亿元", "增长4%", "77.7", "4.2"],
    ]
