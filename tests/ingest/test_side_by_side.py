"""A form's indicator columns printed twice side by side (中期 | 年度) are stacked."""

from __future__ import annotations

from zhibiao.ingest.text import split_blocks

#: The national 项目支出绩效目标申报表 as a page copies it: rows lost their merged level cells.
APPLICATION_FORM = (
    "一级指标 | 二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值 | |\n"
    "产出指标 | 数量指标 | 鉴定校准实验室仪器 | ≥57个 | "
    "数量指标 | 鉴定校准实验室仪器 | ≥57个 | |||\n"
    "购买标准试剂 | ≥100个 | 购买标准试剂 | ≥120个 | ||||||\n"
    "质量指标 | 农产品例行监测合格率 | ≥98% | 质量指标 | 农产品例行监测合格率 | ≥99% | ||||\n")


def _grid(text: str) -> list[list[str]]:
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    return [[("^" if c.covered else "") + text[c.start : c.end] for c in row]
            for row in table.rows]


def test_each_side_is_read_under_its_own_copy_of_the_columns():
    """Each row's cells split in two halves: the left side's rows, then the right side's,
    each right-aligned, a missing merged cell a covered copy of the one above."""
    grid = [row[:4] for row in _grid(APPLICATION_FORM)]
    header = ["一级指标", "二级指标", "三级指标", "指标值"]
    assert grid == [
        header,
        ["产出指标", "数量指标", "鉴定校准实验室仪器", "≥57个"],
        ["^产出指标", "^数量指标", "购买标准试剂", "≥100个"],
        ["^产出指标", "质量指标", "农产品例行监测合格率", "≥98%"],
        header,
        ["产出指标", "数量指标", "鉴定校准实验室仪器", "≥57个"],
        ["^产出指标", "^数量指标", "购买标准试剂", "≥120个"],
        ["^产出指标", "质量指标", "农产品例行监测合格率", "≥99%"]]


def test_both_sides_values_are_targets_of_their_indicator():
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    text = "项目支出绩效目标申报表\n" + APPLICATION_FORM
    records = parse(read_document("form.txt", text.encode()))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = [(names[v["indicator_id"]], v["number"], v["role"]) for v in records.values]
    assert found == [("鉴定校准实验室仪器", 57, "target"), ("购买标准试剂", 100, "target"),
                     ("农产品例行监测合格率", 98, "target"),
                     ("鉴定校准实验室仪器", 57, "target"), ("购买标准试剂", 120, "target"),
                     ("农产品例行监测合格率", 99, "target")]


def test_a_row_the_two_sides_cannot_share_leaves_the_table_as_it_was():
    """A row of more cells than the two sides hold is no side-by-side row."""
    text = APPLICATION_FORM + ("效益指标 | 社会效益指标 | 检测覆盖率 | ≥90% | 正向 | 社会效益指标 "
                               "| 检测覆盖率 | ≥95% | 正向 |\n")
    grid = _grid(text)
    assert sum(row[0] == "一级指标" for row in grid) == 1
