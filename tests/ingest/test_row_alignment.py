"""A row's lines placed in its columns by kind when the copy lost cells (row_alignment.py)."""

from __future__ import annotations

import pytest

from zhibiao.ingest.row_alignment import align_row, cell_kind, column_kind

PLAN = [column_kind(h) for h in ("主要指标", "单位", "2020年", "2025年目标", "指标性质")]
TASKS = [column_kind(h) for h in ("目标任务", "牵头责任单位", "计划完成时间", "目前完成情况",
                                  "是否达到序时进度")]


def placed(lines, columns, lead=0):
    aligned = align_row([cell_kind(line) for line in lines], columns, lead)
    assert aligned is not None
    rows = [[" ".join(lines[k] for k in cell) for cell in row] for row in aligned.rows]
    return rows, [lines[k] for k in aligned.carried]


@pytest.mark.parametrize(("line", "kind"), [
    ("82.98", "figure"), (">79", "figure"), ("96.64%", "figure"), ("-", "figure"), ("2", "mark"),
    ("%", "unit"), ("/10万", "unit"), ("元/月", "unit"), ("2023年底", "date"),
    ("12月底前", "date"), ("9月投入使用", "date"), ("人均预期寿命", "words"),
    ("新建2座人行天桥。", "sentence"),
    # the age bands of a bulletin's population table (年末常住人口及构成) are its rows' labels
    ("60岁及以上", "words"), ("65周岁以上", "words"), ("15-59岁", "words"), ("78岁", "figure"),
    ("", "empty"), ("|", "empty")])
def test_kinds_of_lines(line, kind):
    assert cell_kind(line) == kind


def test_column_kinds_come_from_the_headers_words():
    assert PLAN == ["words", "unit", "figure", "figure", "words"]
    assert TASKS == ["sentence", "words", "date", "sentence", "words"]
    assert column_kind("计划投资额(万元)") == column_kind("累计完成") == "figure"
    assert column_kind("备注") == "any"


def test_an_empty_unit_cell_the_copy_dropped_is_left_empty():
    assert placed(["人均预期寿命", "82.98", ">79", "预期性"], PLAN)[0] == [
        ["人均预期寿命", "", "82.98", ">79", "预期性"]]
    # words under a figure column (持续提升) rather than a 预期性 carried off
    assert placed(["千人口献血率", "-", "持续提升", "预期性"], PLAN, lead=1) == (
        [["千人口献血率", "", "-", "持续提升", "预期性"]], [])


def test_words_after_the_last_column_are_the_next_rows_lead_cell():
    """预期性 / 健康生活 / 6: the 领域 of the next group, printed before its first number."""
    assert placed(["重大慢性病过早死亡率", "%", "-", "<11", "预期性", "健康生活"], PLAN,
                  lead=1) == ([["重大慢性病过早死亡率", "%", "-", "<11", "预期性"]], ["健康生活"])


def test_an_items_further_row_starts_again_at_its_name():
    rows, _ = placed(["每千人口拥有执业(助理)医师数", "1.49", "1.67", "预期性",
                      "其中:每千人口拥有中医类别执业(助理)医师数", "0.105", "0.42", "预期性"], PLAN)
    assert rows == [["每千人口拥有执业(助理)医师数", "", "1.49", "1.67", "预期性"],
                    ["其中:每千人口拥有中医类别执业(助理)医师数", "", "0.105", "0.42", "预期性"]]


def test_a_wrapped_unit_name_and_a_stray_mark_are_joined_to_their_cell():
    rows, _ = placed(["加强农产品品牌建设,创建优质专用粮食生产基地62万亩。", "农业股",
                      "乡村产业发展股", "2023年底", "完成“三品一标”认证10个,建成基地3个。"], TASKS)
    assert rows == [["加强农产品品牌建设,创建优质专用粮食生产基地62万亩。", "农业股 乡村产业发展股",
                     "2023年底", "完成“三品一标”认证10个,建成基地3个。", ""]]
    rows, _ = placed(["农村常住居民人均可支配收入与经济增长同步。", "经管站", "2", "2023年底",
                      "三季度绝对数16285元,增幅7.4%"], TASKS)
    assert rows[0][1:3] == ["经管站 2", "2023年底"]


def test_a_row_with_a_line_a_column_is_taken_as_it_stands():
    """计划投资额(万元) under 开工率: the count of lines is sure, a line's kind a guess."""
    columns = [column_kind(h) for h in ("市州", "计划完成数", "开工率", "备注")]
    assert placed(["长沙市", "150", "95.33%", "已开工"], columns)[0] == [
        ["长沙市", "150", "95.33%", "已开工"]]


def test_a_run_without_row_numbers_is_cut_into_rows_at_their_labels():
    """指标 | 2020年 | 2025年 | 属性 copied a cell a line: a group's row is its label alone
    (一、发展水平), each indicator's row opens on its numbered label."""
    from zhibiao.ingest.row_alignment import segment_rows

    columns = [column_kind(h) for h in ("指标", "2020年", "2025年", "属性")]
    lines = ["一、发展水平", "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
             "2.义务教育巩固率(%)", "100%", "100%", "约束性",
             "二、优质资源建设", "1.省市优质幼儿园比例(%)", "85.1%", "90%以上", "预期性"]
    placed = segment_rows([cell_kind(line) for line in lines], columns)
    assert placed is not None
    rows, used = placed
    assert used == len(lines)
    assert [[" ".join(lines[k] for k in cell) for cell in row] for row in rows] == [
        ["一、发展水平", "", "", ""],
        ["1.学前教育毛入园率(%)", "99%", "99%以上", "约束性"],
        ["2.义务教育巩固率(%)", "100%", "100%", "约束性"],
        ["二、优质资源建设", "", "", ""],
        ["1.省市优质幼儿园比例(%)", "85.1%", "90%以上", "预期性"]]
