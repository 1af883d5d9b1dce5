"""The national 三公经费 table copied one cell per line, read back by its template."""

from __future__ import annotations

from zhibiao.ingest import read_document
from zhibiao.parse import parse
from zhibiao.parse.tables import row_texts, table_blocks

HEAD = "一、2024年一般公共预算“三公”经费支出预算表\n单位:万元\n"
PLAIN = (HEAD + "“三公”经费合计\n因公出国(境)费\n公务用车购置及运行费\n公务\n接待费\n小计\n"
         "公务用车购置费\n公务用车运行费\n328.7\n10\n78.7\n43\n35.7\n240\n"
         "二、2024年一般公共预算“三公”经费支出预算情况说明\n")
PIPED = (HEAD + "“三公”经费合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务 接待费 |\n||\n"
         "小计 |\n公务用车购置费 |\n公务用车运行费 |\n|||\n79 |\n0 |\n75 |\n50 |\n25 |\n4 |\n"
         "二、情况说明\n")


def test_a_three_public_table_one_cell_a_line_is_its_template_grid():
    """The sub-heads written after 公务接待费 sit under their group; the figures follow
    the leaf columns (a head broken over two lines, 公务 / 接待费, is one)."""
    doc = read_document("t.txt", PLAIN.encode("utf-8"))
    (block,) = table_blocks(doc)
    rows = [row_texts(doc, row) for row in block.rows]
    assert rows[1][2:5] == ["小计", "公务用车购置费", "公务用车运行费"]
    assert rows[2] == ["328.7", "10", "78.7", "43", "35.7", "240"]
    named = {v["raw"]: v for v in parse(doc).values}
    indicators = {i["indicator_id"]: i["name"] for i in parse(doc).indicators}
    assert indicators[named["240"]["indicator_id"]] == "公务接待费"
    assert indicators[named["43"]["indicator_id"]] == "公务用车购置费"
    assert named["240"]["number"] == 2_400_000  # 单位:万元
    assert named["240"]["role"] == "target"


def test_a_piped_copy_with_row_ends_and_labelled_rows_is_read_too():
    doc = read_document("t.txt", PIPED.encode("utf-8"))
    (block,) = table_blocks(doc)
    assert [row_texts(doc, row) for row in block.rows][2] == ["79", "0", "75", "50", "25", "4"]
    labelled = PIPED.replace("|||\n79 |", "|||\n预算数 |\n79 |").replace(
        "4 |\n", "4 |\n决算数 |\n70 |\n0 |\n66 |\n45 |\n21 |\n4 |\n")
    doc = read_document("t.txt", labelled.encode("utf-8"))
    (block,) = table_blocks(doc)
    rows = [row_texts(doc, row) for row in block.rows]
    assert [row[0] for row in rows[2:]] == ["预算数", "决算数"]
    assert rows[3][1:] == ["70", "0", "66", "45", "21", "4"]
    # a final account's rows: the budget planned, the account's figures done
    doc = read_document("t.txt", ("寿县司法局2022年“三公”经费决算情况\n" + labelled).encode())
    roles = {v["raw"]: v["role"] for v in parse(doc).values}
    assert (roles["79"], roles["70"], roles["66"]) == ("target", "actual", "actual")


def test_cells_that_are_not_the_template_are_left_alone():
    """Without the group's sub-heads the run is no 三公 table; lines stay paragraphs."""
    text = PLAIN.replace("公务用车运行费\n", "")
    doc = read_document("t.txt", text.encode("utf-8"))
    assert all(b.kind != "table" or len(b.rows[0]) != 6 for b in doc.blocks)
