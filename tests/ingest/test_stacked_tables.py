"""Tables of a label and bare figures a line under a header stacked over lines: read back as
tables, the header's pieces gathered column by column."""

from __future__ import annotations

from zhibiao.ingest import read_document
from zhibiao.ingest.stacked_tables import tabulate_stacked_tables
from zhibiao.parse import parse
from zhibiao.parse.tables import row_texts, table_blocks

WATER = ("水资源一级区地表水资源量见表 3。\n表 3 2021 年水资源一级区地表水资源量\n"
         "水资源 地表水 与2020年 与多年\n一级区 资源量 比较 平均值比较\n/亿m3\n/% /%\n"
         "全国 28310.5 -6.8 6.6\n北方 6 区 6273.1 12.3 46.1\n南方 4 区 22037.4 -11.2 -1.0\n"
         "其中:太湖流域 250.5 -14.3 43.3\n注:地表水资源量为河川径流量。\n")


def _grid(text: str) -> list[list[str]]:
    doc = read_document("t.txt", text.encode("utf-8"))
    (block,) = table_blocks(doc)
    return [row_texts(doc, row) for row in block.rows]


def test_a_header_stacked_over_lines_is_gathered_column_by_column():
    """Two lines of a word a column, then the units one or two a line (/亿m3, then /% /%)
    filling the figure columns in turn; a row label may hold a digit (北方 6 区)."""
    assert _grid(WATER) == [
        ["水资源一级区", "地表水资源量/亿m3", "与2020年比较/%", "与多年平均值比较/%"],
        ["全国", "28310.5", "-6.8", "6.6"], ["北方6区", "6273.1", "12.3", "46.1"],
        ["南方4区", "22037.4", "-11.2", "-1.0"], ["其中:太湖流域", "250.5", "-14.3", "43.3"]]


def test_the_text_keeps_its_length_and_what_is_no_such_table_is_left_alone():
    tabbed = tabulate_stacked_tables(WATER)
    assert len(tabbed) == len(WATER)
    assert tabbed.startswith(WATER[: WATER.index("水资源 地表水")])  # (the title stays)
    # a form's rows with bounded targets (≥2 3) are no header over the rows after them
    form = ("三级指标 指标值 完成值\n指标1.药品抽验品种 ≥3 4\n指标3.医疗器械抽验批次 ≥2 3\n"
            "质量指标 指标1.药品抽检完成率 100% 100%\n指标2.化妆品抽验完成率 100% 100%\n"
            "指标3.医疗器械抽验完成率 100% 100%\n")
    assert "≥3 4\n指标3.医疗器械抽验批次 ≥2 3\n" in tabulate_stacked_tables(form)
    # …nor are fewer than three rows a table
    assert tabulate_stacked_tables("项目 2020 2021\n收入 5 6\n支出 3 4\n") == \
        "项目 2020 2021\n收入 5 6\n支出 3 4\n"


def test_a_yearbook_headers_english_line_stays_apart_and_its_rows_are_named_in_chinese():
    """Item 绝对数(元) 增长率(%) 构成(%) over Level(yuan) Growth Rate(%) …: the English line is
    no header cell; a row's English name (with its commas) is no part of the indicator."""
    text = ("7-13 2019年农村常住居民人均收支情况\n    Item 绝对数(元) 增长率(%) 构成(%)\n"
            "Level(yuan) Growth Rate(%) Composition(%)\n         \n"
            "可支配收入 Disposable Income 11499 10.6 100.0\n"
            "  工资性收入  Income of Wages and Salaries 3617 18.7 31.5\n"
            "消费支出    Food,Tobacco and Liquor 11343 9.6 100.0\n")
    assert _grid(text)[0] == ["Item", "绝对数(元)", "增长率(%)", "构成(%)"]
    doc = read_document("t.txt", text.encode("utf-8"))
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    assert [(v["raw"], names[v["indicator_id"]]) for v in records.values][:3] == [
        ("11499", "可支配收入"), ("10.6", "可支配收入"), ("100.0", "可支配收入构成")]


def test_cells_parted_by_full_width_spaces_are_tabbed_too():
    """全国\u300028310.5\u3000-6.8\u30006.6: a page's full-width spaces part the cells as well."""
    text = WATER.replace("全国 28310.5 -6.8 6.6", "全国\u300028310.5\u3000-6.8\u30006.6")
    assert _grid(text)[1] == ["全国", "28310.5", "-6.8", "6.6"]
