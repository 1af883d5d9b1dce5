"""A department's final account (部门决算, issue 19): the standard tables of the 财政部
template, read as a real PDF (tests/data/make_final_accounts.py), give exactly the facts
the generator drew, under the table they stand in; the 项目支出绩效自评表 in it is read as
a form; and the rules the tables need, one by one, on small text tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from support import load_data_module
from zhibiao import process
from zhibiao.ingest import read_document
from zhibiao.ingest.text import split_blocks
from zhibiao.parse import parse
from zhibiao.parse.tables import table_blocks


def _maker():
    return load_data_module("make_final_accounts")


@pytest.fixture(scope="module")
def account(final_accounts: Path):
    """The PDF processed once: (document row, [(where, target, name, role, number, unit,
    comparator, change, qualitative)] per value, attainment rows, indicator id → name)."""
    result = process(final_accounts)
    assert result.ok, result.quarantine
    tables = result.records.tables
    doc = read_document(str(final_accounts), final_accounts.read_bytes())
    blocks = [(b.start, b.end, "form" if "三级指标" in doc.text[b.start:b.end] else "table")
              for b in table_blocks(doc)]

    def where(offset: int) -> str:
        return next((kind for start, end, kind in blocks if start <= offset < end), "prose")

    targets = {t.target_id: t.name for t in tables["targets"]}
    indicators = {i.indicator_id: i for i in tables["indicators"]}
    rows = []
    for v in tables["values"]:
        indicator = indicators[v.indicator_id]
        rows.append((where(v.char_start), targets.get(indicator.target_id), indicator.name,
                     v.role, None if v.number is None else round(v.number, 6), v.unit,
                     v.comparator, v.change, v.qualitative))
    names = {i.indicator_id: (targets.get(i.target_id), i.name) for i in indicators.values()}
    return tables["documents"][0], rows, tables["attainment"], names, tables["values"]


def _gold(kind: str) -> list[tuple]:
    return [(f.part, f.name, f.role, None if f.number is None else round(f.number, 6), f.unit,
             f.comparator, f.change, f.qualitative)
            for f in _maker().gold_facts() if f.kind == kind]


def test_the_document_is_a_final_account_of_its_year(account):
    document, *_ = account
    assert (document.genre, document.title, document.issuer, document.published) == (
        "final_account", "某某市生态环境局2023年度部门决算", "某某市生态环境局",
        date(2024, 9, 20))


def test_every_table_figure_is_the_gold_fact_in_document_order(account):
    """Six tables, 534 figures: 收支总表 side by side with 年初预算数 and 决算数, the
    收入 / 支出 决算表 by 类 / 款 / 项 (a 栏次 row, 编制单位 before 单位：万元), the
    财政拨款收支总表 (行次 columns, funds named …预算财政拨款), the 一般公共预算 table cut by
    a page break (its header repeated), the 三公 table with its measures across and the
    figure kinds down (2022年度决算数 a baseline). Every 万元 figure is exact 元; no 栏次 or
    行次 number is a value."""
    _, rows, *_ = account
    written = [row[1:] for row in rows if row[0] == "table"]
    assert written == _gold("table")


def test_the_self_evaluation_form_gives_its_gold_facts(account):
    """The 项目支出绩效自评表: fund lines (年初预算数 a baseline, 全年预算数 a target, 全年
    执行数 an actual, 执行率, 分值 / 得分 as scores), indicator rows with their comparators
    and a 定性 row, 总分."""
    _, rows, *_ = account
    written = sorted((row[1:] for row in rows if row[0] == "form"), key=repr)
    assert written == sorted(_gold("form"), key=repr)


def test_the_table_cut_by_a_page_break_is_one_table(account):
    """The 一般公共预算财政拨款支出决算表 runs over two pages: its rows on both are read under
    one target, and each row's 年初预算数 meets its 决算数 in attainment."""
    _, rows, attainment, names, values = account
    title = "一般公共预算财政拨款支出决算表"
    pages = {v.page for v, row in zip(values, rows, strict=True) if row[1] == title}
    assert len(pages) == 2
    status = {names[a.indicator_id]: (a.status, a.gap) for a in attainment}
    assert status[(title, "行政运行")] == ("not_met", -144000.0)
    assert status[(title, "固体废弃物与化学品")] == ("met", 268000.0)
    assert status[(title, "一般公共预算财政拨款支出")] == ("not_met", -748200.0)
    sangong = "一般公共预算财政拨款“三公”经费支出决算表"
    assert status[(sangong, "公务接待费")] == ("not_met", -15000.0)


def test_no_rank_number_is_a_value(account):
    """栏次 rows (栏次 | 1 | 2 …) and 行次 columns (31, 32 …) number the template."""
    _, rows, *_ = account
    assert not [row for row in rows if row[0] == "table" and row[5] != "元"]
    assert not [row for row in rows if row[2] in ("栏次", "行次") or "行次" in row[2]]


# --- the rules, on small tables ---------------------------------------------------------------


def _rows(text: str, title: str, year: int = 2023) -> list[tuple]:
    from zhibiao.ingest.document import SourceDocument

    doc = SourceDocument(doc_id="0123456789abcdef", source="t.txt", media_type="text/plain",
                         text=text, blocks=split_blocks(text), title=title, year=year)
    records = parse(doc)
    targets = {t["target_id"]: t["name"] for t in records.targets}
    names = {i["indicator_id"]: (targets.get(i["target_id"]), i["name"])
             for i in records.indicators}
    return [(*names[v["indicator_id"]], v["role"], v["number"], v["unit"])
            for v in records.values]


SANGONG = """某局2023年度部门决算
公开06表
一般公共预算财政拨款“三公”经费支出决算表
编制单位：某局　　　　　　单位：万元
| 项目 | 合计 | 因公出国（境）费 | 公务接待费 |
| 行次 | 1 | 2 | 3 |
| 2023年度预算数 | 12.50 | 2.50 | 10.00 |
| 2023年度决算数 | 9.80 | 0.00 | 9.80 |
| 2022年度决算数 | 11.20 | 1.20 | 10.00 |
"""


def test_rows_that_only_say_the_figure_kind_take_their_role_and_leave_the_name_to_the_column():
    """2023年度预算数 is a target, 2023年度决算数 an actual, 2022年度决算数 (a year before
    the report's) a baseline; the columns name the figures (合计: the table's subject);
    the 行次 row holds no values; 编制单位 before 单位 on the unit line does not hide it;
    the title is the target; (境) stays in the name, the fund the money is paid from
    (一般公共预算财政拨款) does not."""
    subject = "“三公”经费支出"
    title = "一般公共预算财政拨款" + subject + "决算表"
    assert _rows(SANGONG, "某局2023年度部门决算") == [
        (title, subject, "target", 125000.0, "元"),
        (title, "因公出国（境）费", "target", 25000.0, "元"),
        (title, "公务接待费", "target", 100000.0, "元"),
        (title, subject, "actual", 98000.0, "元"),
        (title, "因公出国（境）费", "actual", 0.0, "元"),
        (title, "公务接待费", "actual", 98000.0, "元"),
        (title, subject, "baseline", 112000.0, "元"),
        (title, "因公出国（境）费", "baseline", 12000.0, "元"),
        (title, "公务接待费", "baseline", 100000.0, "元"),
    ]


FISCAL = """某局2023年度部门决算
财政拨款收入支出决算总表
单位：万元
| 项目 | 行次 | 金额 | 项目 | 行次 | 合计 | 一般公共预算财政拨款 |
| 栏次 | | 1 | 栏次 | | 2 | 3 |
| 一、一般公共预算财政拨款 | 1 | 300.00 | 一、卫生健康支出 | 31 | 280.00 | 280.00 |
| 本年收入合计 | 2 | 300.00 | 本年支出合计 | 32 | 280.00 | 280.00 |
| 总计 | 3 | 300.00 | 总计 | 33 | 300.00 | 300.00 |
"""


def test_a_fund_named_after_its_budget_holds_actuals_and_totals_take_their_column():
    """一般公共预算财政拨款 names a fund, not a 预算 column: its figures are the genre's
    actuals, named by the row plus the fund; 行次 columns and the 栏次 row hold no values;
    a 总计 row is named by its column's measure, or (under 合计) the label alone."""
    title = "财政拨款收入支出决算总表"
    assert _rows(FISCAL, "某局2023年度部门决算") == [
        (title, "一般公共预算财政拨款", "actual", 3000000.0, "元"),
        (title, "卫生健康支出", "actual", 2800000.0, "元"),
        (title, "卫生健康支出一般公共预算财政拨款", "actual", 2800000.0, "元"),
        (title, "本年收入合计", "actual", 3000000.0, "元"),
        (title, "本年支出合计", "actual", 2800000.0, "元"),
        (title, "本年支出合计一般公共预算财政拨款", "actual", 2800000.0, "元"),
        (title, "总计", "actual", 3000000.0, "元"),
        (title, "总计", "actual", 3000000.0, "元"),
        (title, "一般公共预算财政拨款", "actual", 3000000.0, "元"),
    ]


def test_the_final_account_sample_is_what_the_generator_writes(final_accounts):
    """samples/011 is tests/data/make_final_accounts.py's PDF, byte for byte."""
    from support import SAMPLES

    assert (SAMPLES / "011_final_account.pdf").read_bytes() == final_accounts.read_bytes()
