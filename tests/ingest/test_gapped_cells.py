"""Tables copied a cell a paragraph, empty cells as lines of spaces: made a row a line."""

from __future__ import annotations

import re

from zhibiao.ingest.gapped_cells import tabulate_gapped_cells
from zhibiao.ingest.text import read_text

#: A page's safety table as a copy gives it (芜湖市, 1-10月份): a cell, an empty line, …
TABLE = "\n\n".join([
    "统计日期:20200101-20201030", " ", "总计", "事故起数", "同比", "死亡人数", "同比",
    "+,-", "±%", "+,-", "±%",
    "合 计", "55", "-19", "-25.7", "53", "-17", "-24.3",
    "无为市", "2", "-4", "-65.7", "2", " ", " ",
    "镜湖区", " ", "-1", "-100", " ", "-1", "-100",
    "南陵县", "6", "-6", "-50", "8", "-8", "-50",
]) + "\n\n说明:数据为快报数。\n"


def test_a_gapped_table_with_empty_cells_is_written_a_row_a_line_of_the_same_length():
    out = tabulate_gapped_cells(TABLE)
    assert len(out) == len(TABLE)
    lines = [line for line in out.split("\n") if "\t" in line]
    assert [[c.strip() for c in line.split("\t")] for line in lines] == [
        ["事故起数", "同比+,-", "同比±%", "死亡人数", "同比+,-", "同比±%"],
        ["合 计", "55", "-19", "-25.7", "53", "-17", "-24.3"],
        ["无为市", "2", "-4", "-65.7", "2", "", ""],
        ["镜湖区", "", "-1", "-100", "", "-1", "-100"],
        ["南陵县", "6", "-6", "-50", "8", "-8", "-50"],
    ]
    assert out.startswith("统计日期:20200101-20201030")  # (a page field is no header)


def test_a_gapped_table_with_no_empty_cell_is_left_to_the_cell_a_line_readers():
    full = re.sub(r"(?m)^ $", "0", TABLE)
    assert tabulate_gapped_cells(full) == full


def test_prose_parted_by_blank_lines_is_left_as_it_is():
    text = "一、总体情况\n\n全市发生事故5起。\n\n \n\n二、下步打算\n\n加强监管。\n"
    assert tabulate_gapped_cells(text) == text


def test_the_rows_of_a_gapped_table_reach_the_document_as_one_table():
    doc = read_text(TABLE.encode(), "t.txt", "t")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert len(table.rows) == 5
    assert [doc.text[c.start : c.end].strip() for c in table.rows[3]] == [
        "镜湖区", "", "-1", "-100", "", "-1", "-100"]


def test_a_gapped_table_under_a_header_of_two_rows_is_rewritten_even_with_no_empty_cell():
    text = "\n\n".join([
        "3.各县(区、市)和高速公路事故情况:", "地区", "合计", "道路交通",
        "事故起数", "死亡人数", "事故起数", "死亡人数",
        "保山市", "29", "37", "21", "28",
        "隆阳区", "6", "11", "4", "8",
        "施甸县", "3", "3", "2", "2",
    ]) + "\n"
    lines = [line for line in tabulate_gapped_cells(text).split("\n") if "\t" in line]
    assert [c.strip() for c in lines[0].split("\t")] == [
        "合计事故起数", "合计死亡人数", "道路交通事故起数", "道路交通死亡人数"]
    assert [c.strip() for c in lines[1].split("\t")] == ["保山市", "29", "37", "21", "28"]
