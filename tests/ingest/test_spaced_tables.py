"""Numbered tables copied as text with spaces between cells: read back as tables."""

from __future__ import annotations

from zhibiao.ingest import read_document
from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.spaced_tables import tabulate_spaced_forms, tabulate_spaced_tables
from zhibiao.parse.tables import row_texts, table_blocks

TABLE = ("“十三五”规划主要指标完成情况\n"
         "序号 指标名称 2020 年目标值 2020 年预计值 完成情况\n"
         "1 全区生产总值(亿元) 1000 1008.5 完成\n"
         "2 R&D 经费支出占比(%) 3.2 3.3 完成\n"
         "3 公共财政预算收入(亿元) 72.69 72.69 完成\n"
         "全区经济运行总体平稳。\n")


def _grid(text: str) -> tuple[SourceDocument, list[list[str]]]:
    """The document read from `text` and its one table as rows of cell texts."""
    doc = read_document("t.txt", text.encode("utf-8"))
    (block,) = table_blocks(doc)
    return doc, [row_texts(doc, row) for row in block.rows]


def test_a_spaced_numbered_table_is_a_table_of_its_header_and_rows():
    doc, grid = _grid(TABLE)
    assert grid == [
        ["序号", "指标名称", "2020年目标值", "2020年预计值", "完成情况"],
        ["1", "全区生产总值(亿元)", "1000", "1008.5", "完成"],
        ["2", "R&D经费支出占比(%)", "3.2", "3.3", "完成"],
        ["3", "公共财政预算收入(亿元)", "72.69", "72.69", "完成"]]
    assert "全区经济运行总体平稳。" in doc.text  # the prose after it is left as it was


def test_only_numbered_rows_with_figures_under_a_serial_header_are_taken():
    assert tabulate_spaced_tables(TABLE) != TABLE
    assert len(tabulate_spaced_tables(TABLE)) == len(TABLE)
    for text in (
            TABLE.replace("序号", "编次"),  # no serial header
            TABLE.replace("2 R&D", "5 R&D").replace("3 公共", "6 公共"),  # rows out of order
            "序号 任务 牵头单位\n1 推进项目建设 发改局\n2 加强安全监管 应急局\n",  # no figures
            "序号 指标 目标值\n1 生产总值 1000\n"):  # a single row
        assert tabulate_spaced_tables(text) == text, text


FORM = ("再生资源回收市场管理经费项目绩效目标表\n(2021年)\n"
        "绩效指标(权重分值90分,其中产出指标权重分值50分) 一级指标 二级指标 三级指标 指标性质 "
        "指标方向 目标值 计量单位 分值 备注\n"
        "产出指标 数量指标 出差人数 正向 = 8 4\n"
        "产出指标 数量指标 出差人次 正向 = 24 人/次 4\n"
        "产出指标 时效指标 项目财政资金到位时间 正向 = 44,561 44,561 10\n"
        "产出指标 成本指标 出差总成本 反向 = 1 万元 4\n")


def test_a_forms_indicator_rows_copied_with_spaces_are_a_grid_with_their_empty_cells_back():
    """The header's words before 一级指标 become a line of their own; a row that left its
    unit empty keeps its points under 分值 (the cells put back by their kind); a row whose
    unit cell holds a figure keeps it there."""
    doc, rows = _grid(FORM)
    assert rows[0] == ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值",
                       "计量单位", "分值", "备注"]
    assert rows[1] == ["产出指标", "数量指标", "出差人数", "正向", "=", "8", "", "4", ""]
    assert rows[2] == ["产出指标", "数量指标", "出差人次", "正向", "=", "24", "人/次", "4", ""]
    assert rows[3][5:8] == ["44,561", "44,561", "10"]
    assert "绩效指标(权重分值90分,其中产出指标权重分值50分)\n" in doc.text


def test_a_goal_tables_rows_under_merged_level_cells_keep_to_the_grid():
    """A 目标表 copied with spaces writes a row under merged level cells as its name and its
    指标值 alone (入股合作社个数 =10个), and the template's blank with spaces inside its
    brackets (*资产股权年收益率( ≥**% )): both stay rows of the grid, the name one cell."""
    text = ("绩效指标 一级指标 二级指标 三级指标 指标值 备注\n"
            "产出指标 数量指标 *贫困人口加入合作社人数(≥**人) >=1102人\n"
            "入股合作社个数 =10个\n"
            "效益指标 经济效益指标 *资产股权年收益率( ≥**% ) >=8%\n"
            "贫困户全年返本分红总额 =46.16万元\n"
            "财政部门支出股室初审意见 (盖章)\n")
    _, rows = _grid(text)
    assert [row[2:4] for row in rows[1:]] == [
        ["*贫困人口加入合作社人数(≥**人)", ">=1102人"], ["入股合作社个数", "=10个"],
        ["*资产股权年收益率(≥**%)", ">=8%"], ["贫困户全年返本分红总额", "=46.16万元"]]


def test_a_form_header_needs_its_header_words_and_a_row_under_it():
    assert len(tabulate_spaced_forms(FORM)) == len(FORM)
    for text in ("一级指标 二级指标 三级指标 指标值\n全区经济运行总体平稳 增长5%\n",
                 "一级指标 二级指标 说明文字 其他\n产出指标 数量指标 出差人数 8\n"):
        assert tabulate_spaced_forms(text) == text, text


def test_a_progress_tables_one_row_of_sentences_copied_with_spaces_is_a_table():
    """序号 重点工作任务 本月完成情况 累计进展情况 … 备注 over one task whose cells are
    sentences and whose 备注 was left empty: a table of its header and that row."""
    text = ("石台县林业局2024年重点工作进展情况汇总表(十一月)\n"
            "序号 重点工作任务 本月完成情况 累计进展情况 是否达到时序进度 备注\n"
            "1 完成营造林9.55万亩,其中人工造林500亩。 完成油茶造林500亩栽植。 "
            "累计完成营造林96069.9亩,任务完成率100.6%。 达到时序进度\n")
    _, rows = _grid(text)
    assert rows[1][:3] == ["1", "完成营造林9.55万亩,其中人工造林500亩。", "完成油茶造林500亩栽植。"]
    assert rows[1][-2:] == ["达到时序进度", ""]
    assert tabulate_spaced_tables("序号 任务 进展\n1 推进项目建设 已开工\n") == \
        "序号 任务 进展\n1 推进项目建设 已开工\n"  # no figure anywhere


FUND = ("资金情况\n(万元)\n"
        "全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
        "年度资金总额: 8.408 8.408 10 100.00% 10\n"
        "其中:本年财政拨款 8.408 8.408 10 100.00% 10\n"
        "      其他资金 0 0\n"
        "年度总体目标 年初设定目标 年度总体目标完成情况综述\n")


def test_a_fund_lines_words_under_a_last_column_of_words_stay_in_the_grid():
    """年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法 over 年度资金总额 45 45 10
    100% 10 执行率*该指标分值,…: the words after the figures are the last column's."""
    text = ("年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法\n"
            "年度资金总额 45 45 10 100% 10 执行率*该指标分值,最高不得超过分值上限。\n"
            "其中:财政拨款 45 45 - - -\n")
    _, rows = _grid(text)
    assert rows[1] == ["年度资金总额", "45", "45", "10", "100%", "10",
                       "执行率*该指标分值,最高不得超过分值上限。"]
    assert rows[2][:3] == ["其中:财政拨款", "45", "45"]


def test_a_forms_fund_part_copied_with_spaces_is_a_table_under_its_shifted_header():
    """The fund lines keep their label in one cell and each figure in its own (spaces
    would otherwise be dropped between figures: 8.4088.40810); a line may end early."""
    _, rows = _grid(FUND)
    assert rows[1] == ["年度资金总额:", "8.408", "8.408", "10", "100.00%", "10"]
    assert rows[3][:3] == ["其他资金", "0", "0"]
    assert "年度总体目标" not in " ".join(" ".join(r) for r in rows)
    assert len(tabulate_spaced_forms(FUND)) == len(FUND)
    # a line whose label names no fund, or a header naming no budget column, stays text
    for text in (FUND.replace("年度资金总额:", "项目完成情况").replace("本年财政拨款", "进度")
                 .replace("其他资金", "其他"),
                 FUND.replace("全年预算数(A) 全年执行数(B)", "目标值 实际值")):
        assert "\t" not in tabulate_spaced_forms(text), text


PROGRESS = ("岳阳市1-11月重点民生实事工作落实情况\n"
            "序号 考核指标 单 位 工作目标 已完成数 占年任务之比 备  注\n"
            "1 城镇新增就业 万人 5.2 7.23  139.1% 人力资源社会保障局\n"
            "2 自然村通水泥(沥青)路 公里  1360 1361.92  100.1% 交通局\n"
            "提质改造农村公路 公里  168 171.70  102.2%\n"
            "3 减少义务教育大班额1.4万个以上 869 1022 117.6% 教体局\n"
            "4 所有县(市)实现二甲公立医院全覆盖 - - -\n"
            "新建1500个行政村4G基站 68 68 100.0%\n"
            "各单位要加快进度。\n")


def test_a_progress_tables_second_rows_and_left_out_cells_fall_under_their_columns():
    """A header spaced out (单 位, 备  注), a second row of an item without its row number
    (the number's cell spanned it), a row without its unit, a row of dashes: one grid."""
    doc, grid = _grid(PROGRESS)
    assert grid == [
        ["序号", "考核指标", "单位", "工作目标", "已完成数", "占年任务之比", "备注"],
        ["1", "城镇新增就业", "万人", "5.2", "7.23", "139.1%", "人力资源社会保障局"],
        ["2", "自然村通水泥(沥青)路", "公里", "1360", "1361.92", "100.1%", "交通局"],
        ["", "提质改造农村公路", "公里", "168", "171.70", "102.2%", ""],
        ["3", "减少义务教育大班额1.4万个以上", "", "869", "1022", "117.6%", "教体局"],
        ["4", "所有县(市)实现二甲公立医院全覆盖", "-", "-", "-", "", ""],
        ["", "新建1500个行政村4G基站", "", "68", "68", "100.0%", ""]]
    assert "各单位要加快进度。" in doc.text


def test_a_line_of_words_after_a_numbered_table_is_no_second_row():
    text = PROGRESS.replace("各单位要加快进度。", "全市 民生实事 进展顺利")
    assert tabulate_spaced_tables(text).endswith("全市 民生实事 进展顺利\n")


WRAPPED = ("岳阳楼区2019年1-7月重点民生实事项目完成情况\n"
           "序号 项目名称 责任单位 目标任务  1-7月 \n实际完成情况\n任务完成率 备注\n"
           "1 新增城镇就业 区人社局 8950人 6453人 72%\n"
           "2 提高城乡低保标准 区民政局 不低于3480元/年 100% 已达标。\n"
           "3 完成棚改项目 区棚改办 5 因新政策出台滞后,影响签约进度。\n")


def test_a_wrapped_header_is_one_row_and_short_rows_put_shares_and_notes_in_their_columns():
    """A header the copy wrapped (…1-7月 / 实际完成情况 / 任务完成率 备注) is one row, a line
    of one word going on the cell before it; a row's share stands under 任务完成率 and a
    sentence ending a row under 备注, the cells they skipped empty."""
    assert len(tabulate_spaced_tables(WRAPPED)) == len(WRAPPED)
    _, grid = _grid(WRAPPED)
    assert grid == [
        ["序号", "项目名称", "责任单位", "目标任务", "1-7月实际完成情况", "任务完成率", "备注"],
        ["1", "新增城镇就业", "区人社局", "8950人", "6453人", "72%", ""],
        ["2", "提高城乡低保标准", "区民政局", "不低于3480元/年", "", "100%", "已达标。"],
        ["3", "完成棚改项目", "区棚改办", "5", "", "", "因新政策出台滞后,影响签约进度。"]]


def test_a_table_between_pipes_is_left_to_its_pipes():
    text = "序号 | 项目内容 | 牵头单位 | 落实情况 |\n1 | 新增就业 | 人社局 | 已完成 |\n"
    assert tabulate_spaced_tables(text) == text


def test_a_month_range_a_space_cut_in_a_header_is_one_cell():
    """1- 8月实际完成情况: the copy's space inside the range makes no column of 1-."""
    text = ("岳阳楼区2017年1-8月省重点民生实事完成情况表\n"
            "序号 项目名称 责任单位 目标任务 1- 8月实际完成情况 1-8月实际完成率% 备注\n"
            "1 农村饮用水安全巩固提升 农林水务局 1300人 700 54% 已解决\n"
            "2 新增城镇就业 人社局 8950 7356 82% 无\n"
            "3 新增养老服务床位 民政局 71个 55 77% 无\n")
    _, grid = _grid(text)
    assert grid[0] == ["序号", "项目名称", "责任单位", "目标任务", "1-8月实际完成情况",
                       "1-8月实际完成率%", "备注"]
    assert grid[1][3:6] == ["1300人", "700", "54%"]


def test_a_plan_table_a_pdf_page_copied_with_spaces_and_numbered_labels():
    """指 标 / 2025 年 / 属 性 over 1.残疾人家庭人均收入年均增长(%) >7.5 预期性, blank lines
    between the rows (a PDF page shown as text): no 序号 column, each row opening on its
    numbered label, one table."""
    text = ("专栏 1  “十四五”时期残疾人事业发展主要指标\n\n"
            "          指 标                     2025 年        属 性\n\n"
            "   1.残疾人家庭人均收入年均增长(%)              >7.5           预期性\n\n"
            "   2.城乡残疾人职业技能培训人数(万人)             >4             预期性\n\n"
            "   3.困难残疾人生活补贴覆盖率(%)               100            约束性\n\n"
            "到2035年,残疾人事业与经济社会协调发展。\n")
    _, grid = _grid(text)
    assert grid == [["指标", "2025年", "属性"],
                    ["1.残疾人家庭人均收入年均增长(%)", ">7.5", "预期性"],
                    ["2.城乡残疾人职业技能培训人数(万人)", ">4", "预期性"],
                    ["3.困难残疾人生活补贴覆盖率(%)", "100", "约束性"]]



def test_a_bulletin_table_copied_with_spaces_and_unnumbered_rows_of_figures():
    """指标 绝对值(万元) 比上年增长(%) over 全县地区生产总值 184413 6.0 …: no row numbers, but
    each row a label and figures only; the prose after it is no row."""
    text = ("表1:2018年泾源县地区生产总值及其增长速度\n指标 绝对值(万元) 比上年增长(%)\n"
            "全县地区生产总值 184413 6.0\n交通运输、仓储和邮政业 9100 -5.5\n工业 8848 -45.1\n"
            "人口:据人口抽样调查,年末全县常住总人口为102408人。\n")
    _, grid = _grid(text)
    assert grid == [["指标", "绝对值(万元)", "比上年增长(%)"],
                    ["全县地区生产总值", "184413", "6.0"],
                    ["交通运输、仓储和邮政业", "9100", "-5.5"], ["工业", "8848", "-45.1"]]


def test_a_bilingual_yearbook_table_copied_with_spaces():
    """项  目   Item   2020   2021 over rows whose Chinese label runs on in English
    (乡镇户数 (户) Number of Rural Households (household)): the English header is no column,
    the English names are part of the label, and a bare year heads a column of figures."""
    text = ("1-3  主要农业经济指标\n"
            "项    目    Item                                   2020        2021\n"
            "乡镇户数 (户) Number of Rural Households (household)     45123       45310\n"
            "乡村人口 (人) Rural Population (person)                  160210      158960\n"
            "农林牧渔业总产值 (万元) Gross Output Value of Agriculture, Forestry   "
            "915432      987654\n")
    _, grid = _grid(text)
    assert grid == [["项目Item", "2020", "2021"],
                    ["乡镇户数(户)NumberofRuralHouseholds(household)", "45123", "45310"],
                    ["乡村人口(人)RuralPopulation(person)", "160210", "158960"],
                    ["农林牧渔业总产值(万元)GrossOutputValueofAgriculture,Forestry",
                     "915432", "987654"]]


def test_a_yearbook_table_of_single_spaces_under_a_project_header():
    """项目 Item 2015 2016 2017 over 工资性收入   Wages and Salaries 20714 22213 23886: a
    yearbook page with one space between its figures and no 指标 anywhere in it."""
    text = ("6-3 城镇居民人均可支配收入及构成\nPer Capita Income of Urban Households\n"
            "单位:元 (yuan)\n项目 Item 2015 2016 2017\n"
            "  可支配收入(元)  Disposable Income(yuan) 33275 36014 39001\n"
            "    工资性收入   Wages and Salaries 20714 22213 23886\n"
            "    经营净收入   Net Income from Business 4571 4919 5159\n")
    _, grid = _grid(text)
    assert grid == [["项目Item", "2015", "2016", "2017"],
                    ["可支配收入(元)DisposableIncome(yuan)", "33275", "36014", "39001"],
                    ["工资性收入WagesandSalaries", "20714", "22213", "23886"],
                    ["经营净收入NetIncomefromBusiness", "4571", "4919", "5159"]]


ONE_LINE_FORM = (
    "附件: 项目支出绩效自评表 (2022年度) 项目名称 村级补助及运转经费 "
    "主管部门 219-某镇人民政府 实施单位 219001-某镇人民政府 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 202.64 132.912 132.912 "
    "上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 "
    "本项目共申请预算资金2026400元。 本项目共完成预算资金1329120.67元。 绩效指标 "
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标(50分) 数量指标 补助村(社区)数量 =8个 8 8 8 保障村干部人数 =42个 42 8 8 "
    "质量指标 补助资格合规性 合规 达成预期指标 8 8 "
    "时效指标 补助经费到位及时性 及时 达成预期指标 8 8\n")


def test_a_form_run_onto_one_line_is_cut_back_into_its_lines():
    """A page that lost its line breaks puts a whole 自评表 on one line: each field and fund
    line, the indicator header, each level label and each indicator after the points that
    close the row before opens a line again (the text keeps its length)."""
    from zhibiao.ingest.spaced_tables import unfold_one_line_forms

    unfolded = unfold_one_line_forms(ONE_LINE_FORM)
    assert len(unfolded) == len(ONE_LINE_FORM)
    lines = unfolded.split("\n")
    assert "年度资金总额: 0 0 0 10 0 0" in lines
    assert "其中:本年财政拨款 202.64 132.912 132.912" in lines
    assert "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施" \
        in lines
    assert "产出指标(50分) 数量指标 补助村(社区)数量 =8个 8 8 8" in lines
    assert "保障村干部人数 =42个 42 8 8" in lines
    assert "质量指标 补助资格合规性 合规 达成预期指标 8 8" in lines


def test_a_form_run_onto_one_line_is_read_as_a_form():
    from zhibiao.parse import parse

    doc = read_document("form.txt", ONE_LINE_FORM.encode("utf-8"))
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = {(names.get(v["indicator_id"]), v["role"], v["raw"]) for v in records.values}
    assert {("保障村干部人数", "target", "=42个"), ("保障村干部人数", "actual", "42"),
            ("补助村(社区)数量", "target", "=8个")} <= found


def test_a_products_table_and_an_index_table_copied_with_spaces():
    """产品名称 产 量 比上年增长% over 肉类总产量(吨) 22426.3 -22.4, and 项 目 指数 over
    食品烟酒 101.8: tables too (the 产品名称 label column; a column of a measure, 指数)."""
    text = ("表3:2022年畜禽产品产量及存栏量\n\n产品名称 产 量 比上年增长%\n"
            "肉类总产量(吨) 22426.3 -22.4\n禽蛋总产量(吨) 19458.1 15.6\n")
    _, grid = _grid(text)
    assert grid == [["产品名称", "产量", "比上年增长%"], ["肉类总产量(吨)", "22426.3", "-22.4"],
                    ["禽蛋总产量(吨)", "19458.1", "15.6"]]
    index = "表1:2022年居民消费价格指数\n\n项 目 指数\n食品烟酒 101.8\n#粮食 105.2\n鲜菜 92.9\n"
    _, grid = _grid(index)
    assert grid == [["项目", "指数"], ["食品烟酒", "101.8"], ["#粮食", "105.2"], ["鲜菜", "92.9"]]


def test_a_total_row_without_its_share_and_parts_opening_on_qizhong_stay_rows():
    """指 标 年末数(万人) 比重(%) over 全县常住人口 21.2 (a total, no share) and 其中:城 镇
    9.14 43.1: the short row's last cell left empty, 其中: no sentence's colon."""
    text = ("表1 2021年年末人口数及其构成\n\n指 标 年末数(万人) 比重(%)\n全县常住人口 21.2\n"
            "其中:城 镇 9.14 43.1\n乡 村 12.07 56.9\n")
    _, grid = _grid(text)
    assert grid == [["指标", "年末数(万人)", "比重(%)"], ["全县常住人口", "21.2", ""],
                    ["其中:城镇", "9.14", "43.1"], ["乡村", "12.07", "56.9"]]
