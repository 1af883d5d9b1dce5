"""Tables copied one cell per line with a pipe after each cell are cut back into rows."""

from __future__ import annotations

from zhibiao.ingest.text import split_blocks


def _grid(text: str) -> list[list[str]]:
    (table,) = [b for b in split_blocks(text) if b.kind == "table"]
    return [[text[c.start : c.end] for c in row] for row in table.rows]


def test_cells_with_the_pipe_on_the_next_line_and_empty_cells_keep_their_columns():
    """目标名称 / | / 目标值 / | …: a bare pipe closes the text above it, or is an empty
    cell; the title lines over the header stay paragraphs."""
    cells = ["绩效目标设置情况", "", "目标名称", "目标值", "评价指标", "标准值", "得分",
             "一、投入目标", "", "", "", "",
             "1.预算投入资金", "6475", "预算完成率", "100%", "1",
             "2.实际到位资金", "6475", "资金到位率", "100%", "1"]
    text = "".join(f"{c}\n|\n" if c else "|\n" for c in cells)
    assert _grid(text) == [
        ["目标名称", "目标值", "评价指标", "标准值", "得分"],
        ["一、投入目标", "", "", "", ""],
        ["1.预算投入资金", "6475", "预算完成率", "100%", "1"],
        ["2.实际到位资金", "6475", "资金到位率", "100%", "1"]]
    paragraphs = [text[b.start : b.end] for b in split_blocks(text) if b.kind != "table"]
    assert paragraphs[0] == "绩效目标设置情况"


def test_a_run_of_header_words_alone_is_no_table():
    """Cells that never hold a figure (a list of names copied with pipes) stay lines."""
    text = "".join(f"{c} |\n" for c in ["名称", "优良天数", "PM10均值", "SO2均值", "NO2均值",
                                         "CO浓度", "O3浓度", "综合指数", "首要污染物"])
    assert not [b for b in split_blocks(text) if b.kind == "table"]
