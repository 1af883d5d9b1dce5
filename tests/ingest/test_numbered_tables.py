"""Numbered tables copied one cell per line are cut back into rows (ingest/numbered_tables.py)."""

from __future__ import annotations

from zhibiao.ingest.text import split_blocks

PAGE = """2024年重点工作及责任清单落实情况汇总表

序号

重点工作

牵头责任单位

上半年落实情况

1

新开工亿元以上项目170个以上、竣工120个以上。

市发改委

截至6月底,已开工项目145个,占全年目标任务的87.9%。

2

生活污水治理率达30%。

市生态

环境局

截至6月底,已完成50个(55%)。

3

新增技能人才2万人。

市人社局

截至6月30日,全市新增技能人才14826人。

以上数据由各单位报送。
"""


def cells(text, block):
    return [[text[c.start : c.end].replace("\n", "") for c in row] for row in block.rows]


def test_rows_are_cut_at_their_numbers_and_a_wrapped_cell_is_joined():
    blocks = split_blocks(PAGE)
    kinds = [b.kind for b in blocks]
    assert kinds == ["paragraph", "table", "paragraph"]
    rows = cells(PAGE, blocks[1])
    assert rows[0] == ["序号", "重点工作", "牵头责任单位", "上半年落实情况"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[2][2] == "市生态环境局"  # one cell the page wrapped
    assert rows[3] == ["3", "新增技能人才2万人。", "市人社局",
                       "截至6月30日,全市新增技能人才14826人。"]


def test_lines_that_do_not_fall_into_numbered_rows_stay_lines():
    text = "序号\n\n重点工作\n\n牵头单位\n\n一、总体情况\n\n全年完成投资5亿元。\n"
    assert [b.kind for b in split_blocks(text)] == ["paragraph"] * 3 + ["heading", "paragraph"]
    # a row that cannot be made to fit its header (a long line too many) leaves the run
    text = ("序号\n\n重点工作\n\n牵头单位\n\n1\n\n新开工项目170个。\n\n市发改委\n\n"
            "全年完成投资5亿元,同比增长3%。\n\n2\n\n新增就业1万人。\n\n市人社局\n")
    assert all(b.kind != "table" for b in split_blocks(text))


def test_an_items_further_rows_without_their_number_are_rows_of_the_table():
    """1 / 新增4000张养老床位 / 4385 / 110% / 新增800张…床位 / 810 / 101% / 2 / …: the item's
    lines come in whole rows; those after its first open on words, their number's cell
    spanned; the last item's further rows count too."""
    cells = ["序号", "实事项目名称", "完成情况", "占全年计划",
             "1", "新增4000张养老床位", "4385", "110%", "新增800张残疾人养护床位", "810", "101%",
             "2", "新增30个社区长者食堂", "39", "130%",
             "3", "开办500个爱心暑托班", "699", "140%", "开办150个爱心寒托班", "229", "153%"]
    text = "\n\n".join(cells) + "\n\n欢迎市民参与评议。\n"
    (block,) = [b for b in split_blocks(text) if b.kind == "table"]
    grid = [[text[c.start : c.end] for c in row] for row in block.rows]
    assert grid[1:4] == [["1", "新增4000张养老床位", "4385", "110%"],
                         ["", "新增800张残疾人养护床位", "810", "101%"],
                         ["2", "新增30个社区长者食堂", "39", "130%"]]
    assert grid[-1] == ["", "开办150个爱心寒托班", "229", "153%"]
