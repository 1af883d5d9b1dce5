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
