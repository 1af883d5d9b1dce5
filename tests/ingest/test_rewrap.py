"""Hard-wrapped .txt reports joined back into paragraphs; one-paragraph-per-line text kept."""

from __future__ import annotations

from zhibiao.ingest.rewrap import join_split_figures, opens_item, rewrap
from zhibiao.ingest.text import heading_like, read_text

WRAPPED = (
    "1月1日-9月4日,我县综合指数年累计\n"
    "为4.54,在全市并列排名第6位,(全省排名\n"
    "第69位),同比下降16.24%,市20个区县排\n"
    "名第12位(全省排名第57位);PM2.5年均\n"
    "浓度为40μg/m³,在全市并列排名第9位(全\n"
    "省排名第59位),同比下降24.53%,市20\n"
    "个区县并列排名第16位(全省排名第40)。\n"
    "优良天数为172天,去年同期为157天。\n"
)


def _rewrap(text: str) -> str:
    return rewrap(text, lambda line: heading_like(line) or opens_item(line))


def test_a_hard_wrapped_text_is_joined_into_its_paragraphs():
    assert _rewrap(WRAPPED).split("\n")[:2] == [
        "1月1日-9月4日,我县综合指数年累计为4.54,在全市并列排名第6位,(全省排名第69位),"
        "同比下降16.24%,市20个区县排名第12位(全省排名第57位);PM2.5年均浓度为40μg/m³,"
        "在全市并列排名第9位(全省排名第59位),同比下降24.53%,市20个区县并列排名第16位"
        "(全省排名第40)。",
        "优良天数为172天,去年同期为157天。"]


def test_a_sentence_across_wraps_is_read_whole():
    """PM2.5年均 / 浓度为40μg/m³: the concentration keeps its pollutant once joined."""
    doc = read_text(WRAPPED.encode(), "wrapped.txt", "d1")
    paragraph = doc.text.split("\n")[0]
    assert "PM2.5年均浓度为40μg/m" in paragraph


def test_one_paragraph_per_line_with_short_headings_is_left_alone():
    text = (
        "坚持发展为要,综合实力显著增强\n"
        "生产总值达到1923.5亿元,年均增长7.7%;一般公共预算收入147.5亿元,年均增长6.9%;"
        "社会消费品零售总额1155.7亿元,年均增长11.9%。\n"
        "坚持尽锐出战,脱贫攻坚决战决胜\n"
        "70.96万贫困人口如期脱贫、442个贫困村全部出列、所有贫困县高质量摘帽,脱贫攻坚历次考核"
        "均居全省前列。\n"
        "坚持改革创新,发展活力持续迸发\n"
        "新增市场主体12.3万户,总数达到46.5万户。\n"
        "坚持生态优先,绿色发展成效明显\n"
    )
    assert _rewrap(text) == text


def test_two_column_lines_and_table_rows_are_never_joined():
    two_columns = "".join(
        f"感实现五连升统筹两战取得重大胜利第{i}段, 与此同时当前发展中一些不平衡不充分\n"
        for i in range(8))
    assert _rewrap(two_columns) == two_columns
    rows = "".join(f"城镇新增就业人数{i}\t27800\t52242\t187.9完成年度目标任务的比例\n"
                   for i in range(8))
    assert _rewrap(rows) == rows


def test_a_copys_spaces_take_no_room_on_the_line():
    """A PDF copied to text puts spaces around its figures (减少 43506.06 元): counted as
    room, they make a full line of figures look short of the page's measure, and the
    sentence it starts loses its end (占支出总预 / 算4.04 %)."""
    text = (
        "一、支出预算情况说明\n"
        "基本支出预算 1037103.63 元,占支出总预算的 95.57%,同比\n"
        "减少 43506.06 元,下降 4.03 %;项目支出预算 48100 元,占支\n"
        "出总预算的 4.43%,同比无增减变化。其中:\n"
        "(二)社会保障和就业支出类科目 116433.12 元,占支\n"
        "出总预算 10.73 %,同比增加 16803.36 元,增长 14.43%。\n"
        "(三)卫生健康支出类科目 43897.73 元,占支出总预\n"
        "算4.04 %,同比减少 6014.46 元,下降 12.05 %。\n"
        "(四)住房保障支出类科目 74784.48 元,占支出总预\n"
        "算6.90 %,同比增加 62.16 元,增长 0.083 %。\n")
    lines = _rewrap(text).split("\n")
    assert "(三)卫生健康支出类科目 43897.73 元,占支出总预算4.04 %,同比减少 6014.46 元," \
           "下降 12.05 %。" in lines
    assert "(四)住房保障支出类科目 74784.48 元,占支出总预算6.90 %,同比增加 62.16 元," \
           "增长 0.083 %。" in lines


def test_a_sentence_broken_before_its_figure_is_joined_in_any_text():
    """…有效监测天数 / 365 天,AQI…: a break between a measure and its figure is joined even
    in a text that is not hard-wrapped; a heading before a year and a table's lone figure
    are left alone."""
    text = ("2018年梅州市城区环境空气质量有效监测天数\n365 天,AQI范围为20~292。\n"
            "一、学前教育\n2023年,全市共有幼儿园81所。\n城镇新增就业\n27800\n")
    assert join_split_figures(text) == (
        "2018年梅州市城区环境空气质量有效监测天数365 天,AQI范围为20~292。\n"
        "一、学前教育\n2023年,全市共有幼儿园81所。\n城镇新增就业\n27800\n")
