"""Numbered tables copied as text with spaces between cells: read back as tables."""

from __future__ import annotations

from zhibiao.ingest import read_document
from zhibiao.ingest.spaced_tables import tabulate_spaced_tables
from zhibiao.parse.tables import row_texts, table_blocks

TABLE = ("“十三五”规划主要指标完成情况\n"
         "序号 指标名称 2020 年目标值 2020 年预计值 完成情况\n"
         "1 全区生产总值(亿元) 1000 1008.5 完成\n"
         "2 R&D 经费支出占比(%) 3.2 3.3 完成\n"
         "3 公共财政预算收入(亿元) 72.69 72.69 完成\n"
         "全区经济运行总体平稳。\n")


def test_a_spaced_numbered_table_is_a_table_of_its_header_and_rows():
    doc = read_document("t.txt", TABLE.encode("utf-8"))
    (block,) = table_blocks(doc)
    assert [row_texts(doc, row) for row in block.rows] == [
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
