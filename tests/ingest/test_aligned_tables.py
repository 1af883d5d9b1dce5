"""Cell-a-line tables with no row numbers, rows found by kind (ingest/aligned_tables.py)."""

from __future__ import annotations

from zhibiao.ingest.text import split_blocks

PLAN = ["“十四五”教育事业发展主要指标表", "指  标", "2020年", "2025年", "属性",
        "一、发展水平", "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
        "2.劳动年龄人口平均受教育年限(年)", "11.4年", "12.3年以上", "约束性",
        "二、优质资源建设", "1.智慧校园比例(%)", "60%", "100%", "预期性",
        "到2025年,全县教育现代化水平显著提升,教育服务经济社会发展能力显著增强,"
        "人民群众满意度持续提高。"]


def test_a_plans_indicator_table_copied_a_cell_a_line_is_one_table():
    text = "\n\n".join(PLAN) + "\n"
    blocks = split_blocks(text)
    (table,) = [b for b in blocks if b.kind == "table"]
    grid = [[text[c.start : c.end] for c in row] for row in table.rows]
    assert grid == [["指  标", "2020年", "2025年", "属性"],
                    ["一、发展水平", "", "", ""],
                    ["1.学前教育毛入园率(%)", "99%", "99%以上", "约束性"],
                    ["2.劳动年龄人口平均受教育年限(年)", "11.4年", "12.3年以上", "约束性"],
                    ["二、优质资源建设", "", "", ""],
                    ["1.智慧校园比例(%)", "60%", "100%", "预期性"]]
    assert blocks[-1].kind == "paragraph"  # the prose after the table stays prose


def test_short_lines_without_figures_under_them_are_no_table():
    lines = ["工作要求", "加强领导", "压实责任", "强化督导", "一、加强组织领导",
             "各单位要高度重视。"]
    text = "\n\n".join(lines) + "\n"
    assert all(b.kind != "table" for b in split_blocks(text))


GROUPED = ["“十二五”现代农业主要经济指标表", "类别", "指标", "2010年实绩", "2015年目标",
           "一、经济增长", "农业增加值(亿元)", "81.53", "163", "农民人均纯收入(元)", "10874",
           "22000", "二、农产品供给", "粮食总产(万吨)", "119.6", "100", "省级现代农业园区(个)",
           "1", "8", "国家级农业龙头企业(个)", "3", "4", "奶类(万吨)", "1.75", "2"]


def test_a_group_column_merged_down_leaves_its_rows_opening_on_their_label():
    """类别 | 指标 | 2010年实绩 | 2015年目标: a group's row names the group and its first
    indicator; the rows under it open on their label, the group's cell merged over them.
    A row of small figures (…(个) | 1 | 8, | 3 | 4) is no header of month columns."""
    text = "\n\n".join(f"  {line}" for line in GROUPED) + "\n"
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[text[c.start : c.end] for c in row] for row in table.rows]
    assert grid == [["类别", "指标", "2010年实绩", "2015年目标"],
                    ["一、经济增长", "农业增加值(亿元)", "81.53", "163"],
                    ["", "农民人均纯收入(元)", "10874", "22000"],
                    ["二、农产品供给", "粮食总产(万吨)", "119.6", "100"],
                    ["", "省级现代农业园区(个)", "1", "8"],
                    ["", "国家级农业龙头企业(个)", "3", "4"],
                    ["", "奶类(万吨)", "1.75", "2"]]
