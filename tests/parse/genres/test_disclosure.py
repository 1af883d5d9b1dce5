"""The template tables of a 政府信息公开工作年度报告 (parse/genres/disclosure.py): every
figure named by its row and column, an actual of the report's year, in a web page, a PDF
and a text copy whose pipe rows lost their merged cells."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from support import REPO, load_data_module
from zhibiao.ingest import read_document
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres.disclosure import read_disclosure_tables
from zhibiao.parse.genres.figure_table import read_figure_tables
from zhibiao.parse.tables import table_blocks

DEV = REPO / "corpus" / "real" / "dev"


@pytest.fixture(scope="session")
def disclosure_reports(tmp_path_factory) -> dict[str, Path]:
    """tests/data/make_disclosure_reports.py's report (html, pdf, txt → path), written once."""
    folder = tmp_path_factory.mktemp("disclosure_reports")
    return load_data_module("make_disclosure_reports").write_reports(folder)


def _read(name: str, data: bytes):
    doc = read_document(name, data)
    builder = RecordBuilder(doc)
    return doc, builder, read_disclosure_tables(doc, builder)


def _facts(builder: RecordBuilder) -> list[tuple[str, float, str, str]]:
    names = {i["indicator_id"]: i["name"] for i in builder.indicators}
    return [(names[v["indicator_id"]], v["number"], v["unit"], v["role"])
            for v in builder.values]


@pytest.mark.parametrize("kind", ["html", "pdf", "txt"])
def test_the_generated_report_gives_exactly_the_gold_facts(disclosure_reports, kind):
    """The page (rowspan/colspan), the PDF (ruled, merged cells, the 申请 table cut by a page
    break) and the text copy (pipe rows shifted left where merged cells were lost)."""
    path = disclosure_reports[kind]
    doc, builder, warnings = _read(path.name, path.read_bytes())
    gold = load_data_module("make_disclosure_reports").gold_facts("tables")
    assert _facts(builder) == gold
    assert {(v["period_start"], v["period_end"]) for v in builder.values} == {
        (date(2023, 1, 1), date(2023, 12, 31))}
    fee = next(v for v in builder.values if v["unit"] == "元")
    assert (fee["raw"], fee["number"]) == ("12.56", 125600)
    assert doc.text[fee["char_start"]:fee["char_end"]] == "12.56"
    # every template table is read whole: the readers after this one leave it alone
    assert all(builder.taken(block) for block in table_blocks(doc))
    assert not [w for w in warnings if "left to" in w]
    assert read_figure_tables(doc, builder, "actual", None) == []
    assert len(builder.values) == len(gold)


def test_a_flattened_page_with_shifted_cells_reads_right():
    """corpus/real/dev/disclosure_02.txt: a page whose merged cells were lost, so its header
    rows and labels stand in the wrong columns; no year in its title (the period comes
    from 截止2023年12月31日). Every table figure of its gold comes out as labelled."""
    gold = json.loads((DEV / "disclosure_02.gold.json").read_text(encoding="utf-8"))
    path = DEV / gold["document"]
    _, builder, _ = _read(path.name, path.read_bytes())
    table_gold = [f for f in gold["facts"] if f["raw"].isdigit()]  # the bare table cells
    assert len(table_gold) == 24
    names = {i["indicator_id"]: i["name"] for i in builder.indicators}
    got = [(names[v["indicator_id"]], v["raw"], v["number"], v["unit"], v["role"],
            str(v["period_start"]), str(v["period_end"])) for v in builder.values]
    want = [(f["indicator"] if isinstance(f["indicator"], str) else f["indicator"][0],
             f["raw"], f["number"], f["unit"], f["role"], f["period_start"], f["period_end"])
            for f in table_gold]
    assert got == want


SHIFTED = "\n".join([
    "2023年某某县政府信息公开工作年度报告",
    "三、收到和处理政府信息公开申请情况",
    "| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||",
    "| 自然人 | 法人或其他组织 | 总计 | |||||||",
    "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
    "| 一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 2 | 7 | ||",
    "| 三、本年度办理结果 | (一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | |",
    "| (六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 "
    "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | |",
    "| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 "
    "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
    "| 3.其他 | 3 | 1 | 0 | 0 | 0 | 2 | 6 | ||",
    "| (七)总计 | 4 | 1 | 0 | 0 | 0 | 2 | 7 | ||",
])


def test_numbered_rows_take_the_group_of_the_rows_above():
    """3.其他 under (六)其他处理 is that group's row (its label shifted into the first
    column), not the 其他 applicant column, and (七)总计 is the 办理结果's total."""
    _, builder, _ = _read("shifted.txt", SHIFTED.encode())
    facts = {name: number for name, number, _, _ in _facts(builder)}
    assert facts["其他情形处理数(自然人)"] == 3
    assert facts["其他情形处理数(其他)"] == 2
    assert facts["其他情形处理数"] == 6
    assert facts["逾期未缴纳费用不再处理数"] == 0
    assert facts["本年度办理结果总数"] == 7
    assert facts["本年新收政府信息公开申请数(其他)"] == 2
    assert len(facts) == 6 * 7


GAPS = """<html><head><title>2022年某某区政府信息公开工作年度报告</title></head><body>
<p>二、主动公开政府信息情况</p>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>2</td><td></td><td>5</td></tr>
<tr><td>行政规范性文件</td><td>—</td><td>1</td><td>12</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">3560</td></tr>
</table></body></html>"""


def test_a_figure_left_out_stays_out_and_the_header_gives_the_unit():
    """A blank cell puts the row's figures under their header's columns; a dash is a figure
    not given; a 收费金额 header in 元 keeps its figures in 元."""
    _, builder, _ = _read("gaps.html", GAPS.encode())
    assert _facts(builder) == [
        ("规章本年制发件数", 2, "件", "actual"), ("现行有效规章件数", 5, "件", "actual"),
        ("行政规范性文件本年废止件数", 1, "件", "actual"),
        ("现行有效行政规范性文件件数", 12, "件", "actual"),
        ("行政事业性收费金额", 3560, "元", "actual"),
    ]
    assert {(v["period_start"], v["period_end"]) for v in builder.values} == {
        (date(2022, 1, 1), date(2022, 12, 31))}


OLD_FORM = """2019年某某局政府信息公开工作年度报告
二、主动公开政府信息情况
| 第二十条第(一)项 | | | |
| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| 规章 | 1 | 1 | 3 |
| 规范性文件 | 7 | 7 | 40 |

| 第二十条第(五)项 | | | |
| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| 行政许可 | 2 | 0 | 15 |

| 第二十条第(九)项 | | |
| 信息内容 | 采购项目数量 | 采购总金额 |
| 政府集中采购 | 1 | 8040 |
五、其他
| 项目 | 规章 | 合计 |
| 规章 | 3 | 3 |
"""


def test_the_2019_forms_columns_are_read_and_other_tables_left_alone():
    """The 2019 form (本年新制作数量 …, still printed by some bodies) is read by its own
    columns; a table without the template's marks is not one of its tables."""
    doc, builder, _ = _read("old.txt", OLD_FORM.encode())
    assert _facts(builder) == [
        ("规章本年新制作数量", 1, "件", "actual"), ("规章本年新公开数量", 1, "件", "actual"),
        ("规章对外公开总数量", 3, "件", "actual"),
        ("行政规范性文件本年新制作数量", 7, "件", "actual"),
        ("行政规范性文件本年新公开数量", 7, "件", "actual"),
        ("行政规范性文件对外公开总数量", 40, "件", "actual"),
        ("行政许可上一年项目数量", 2, "项", "actual"), ("行政许可本年增/减", 0, "项", "actual"),
        ("行政许可处理决定数量", 15, "件", "actual"),
        ("政府集中采购项目数量", 1, "个", "actual"), ("政府集中采购总金额", 8040, "", "actual")]
    taken = [builder.taken(block) for block in table_blocks(doc)]
    assert all(taken[:-1]) and not taken[-1]  # (项目 | 规章 | 合计: no template table)


CUT = """2023年某某县政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
| 三、本年度办理结果 | (三)不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| | | 2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |

- 3 -

| | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | | 4.保护第三方合法权益 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |
"""


def test_a_table_cut_by_a_page_break_goes_on_in_its_group():
    """The 申请 table's second part (after a page number) starts inside (三)不予公开, with
    no label of its own group: it is the same table, read in the same group, and taken."""
    doc, builder, _ = _read("cut.txt", CUT.encode())
    facts = {name: number for name, number, _, _ in _facts(builder)}
    assert facts["保护第三方合法权益不予公开数(自然人)"] == 5
    assert facts["危及三安全一稳定不予公开数"] == 0
    assert len(facts) == 4 * 7
    assert all(builder.taken(block) for block in table_blocks(doc))


def test_parse_reads_the_template_tables_of_a_disclosure_report(disclosure_reports):
    """parse() hands a 政府信息公开年报's tables to the template reader: every table fact of
    the generated report comes out of the whole pipeline, as an actual of its year."""
    from zhibiao import process

    gold = load_data_module("make_disclosure_reports").gold_facts("tables")
    result = process(disclosure_reports["html"])
    t = result.records.tables
    assert result.records.document.genre == "disclosure_report"
    names = {i.indicator_id: i.name for i in t["indicators"]}
    written = {(names[v.indicator_id], v.number, v.unit, v.role) for v in t["values"]
               if v.indicator_id}
    assert {tuple(f) for f in gold} <= written
    assert {v.period_start.year for v in t["values"] if v.period_start} >= {2023}


def test_a_page_copied_one_cell_per_line_reads_its_active_disclosure_tables():
    """A 第二十条 table copied a cell per line, its row labelled 规范性文件 as the 2019
    template did: each figure is read into the template's column."""
    text = ("万潮镇2023年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
            "第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n0\n\n0\n\n0\n\n"
            "规范性文件\n\n2\n\n1\n\n5\n\n第二十条第(八)项\n\n信息内容\n\n本年收费金额(单位:万元)\n\n"
            "行政事业性收费\n\n0\n")
    _, builder, _ = _read("report.txt", text.encode("utf-8"))
    assert [(name, number) for name, number, _, _ in _facts(builder)] == [
        ("规章本年制发件数", 0), ("规章本年废止件数", 0), ("现行有效规章件数", 0),
        ("行政规范性文件本年制发件数", 2), ("行政规范性文件本年废止件数", 1),
        ("现行有效行政规范性文件件数", 5), ("行政事业性收费金额", 0)]


def test_a_copy_closing_each_row_on_a_line_of_pipes_reads_the_2019_forms_tables():
    """第二十条第(一)项 | / |||| / 信息内容 | / 本年新 | / 本年新 | / 对外公开总数量 | / | /
    规章 | …: each row ends on a line of pipes alone (a bare `|` inside a row is its empty
    cell), the copy cut the header 本年新制作数量 to 本年新, and a table of one row is still
    one."""
    lines = ["第二十条第(一)项 |", "||||", "信息内容 |", "本年新 |", "本年新 |", "对外公开总数量 |",
             "|", "规章 |", "0 |", "0 |", "0 |", "|", "规范性文件 |", "2 |", "1 |", "5 |", "|",
             "第二十条第(五)项 |", "||||", "信息内容 |", "上一年项目数量 |", "本年增/减 |",
             "处理决定数量 |", "|", "行政许可 |", "3 |", "|", "4 |", "|",
             "第二十条第(九)项 |", "||||", "信息内容 |", "采购项目数量 |", "采购总金额 |", "||",
             "政府集中采购 |", "1 |", "6 |"]
    text = "某某县卫生健康局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + \
        "\n".join(lines) + "\n三、收到和处理政府信息公开申请情况\n"
    _, builder, _ = _read("report.txt", text.encode("utf-8"))
    assert [(name, number) for name, number, _, _ in _facts(builder)] == [
        ("规章本年新制作数量", 0), ("规章本年新公开数量", 0), ("规章对外公开总数量", 0),
        ("行政规范性文件本年新制作数量", 2), ("行政规范性文件本年新公开数量", 1),
        ("行政规范性文件对外公开总数量", 5), ("行政许可上一年项目数量", 3),
        ("行政许可处理决定数量", 4), ("政府集中采购项目数量", 1), ("政府集中采购总金额", 6)]
