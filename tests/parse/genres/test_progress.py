"""Quarterly progress tables: sample 000 as flattened text and as a web page, and a small grid."""

from __future__ import annotations

from datetime import date

import pytest

from support import SAMPLES
from zhibiao import process
from zhibiao.ingest.html import read_html
from zhibiao.parse import parse
from zhibiao.parse.genres.progress import split_name

TARGETS = ["安全形势稳定好转", "防汛防台基层体系建设", "风险隐患排查治理", "应急数字化水平提升",
           "应急物资储备体系"]
Q3 = (date(2020, 7, 1), date(2020, 9, 30))
JAN_SEP = (date(2020, 1, 1), date(2020, 9, 30))


def tables(name: str):
    result = process(SAMPLES / name)
    assert result.ok, result.quarantine
    return result.records.document, result.records.tables


@pytest.mark.parametrize(("glued", "name"), [
    ("安全形势稳定好转严防重特大事故发生,确保", "安全形势稳定好转"),
    ("防汛防台基层体系建设落实以行政首长负责制为核心", "防汛防台基层体系建设"),
    ("风险隐患排查治理推进“60日隐患暗访", "风险隐患排查治理"),
    ("应急数字化水平提升完善防汛防台应急联动场景", "应急数字化水平提升"),
    ("应急物资储备体系完善研究制定我市应急物资", "应急物资储备体系"),
    ("没有任何可切分的地方", ""),
])
def test_a_glued_target_name_is_cut_before_its_indicator_text(glued, name):
    assert glued[: split_name(glued)] == name


@pytest.mark.parametrize("sample", ["000_progress_quarterly.txt", "000_progress_quarterly.html"])
def test_seed_000_targets_and_their_target_values(sample):
    document, t = tables(sample)
    assert (document.genre, document.status) == ("progress_table", "ok")
    assert [x.name for x in t["targets"]] == TARGETS
    indicators = {i.indicator_id: i for i in t["indicators"]}
    first = t["targets"][0].target_id
    wanted = [("同比下降20%", 20, "%", "=", "down"), ("不低于50%", 50, "%", "≥", None),
              ("400家次以上", 400, "家次", "≥", None), ("不突破152", 152, "人", "≤", None),
              ("不突破24", 24, "人", "≤", None), ("不突破127", 127, "人", "≤", None),
              ("不突破1", 1, "人", "≤", None), ("不突破0", 0, "人", "≤", None)]
    got = [(v.raw, v.number, v.unit, v.comparator, v.change) for v in t["values"]
           if v.role == "target" and v.indicator_id in indicators
           and indicators[v.indicator_id].target_id == first]
    assert list(dict.fromkeys(got)) == wanted  # one row per indicator the span measures


@pytest.mark.parametrize("sample", ["000_progress_quarterly.txt", "000_progress_quarterly.html"])
def test_seed_000_actuals_carry_the_period_of_their_progress_row(sample):
    _, t = tables(sample)
    by_raw = {v.raw: v for v in t["values"] if v.role == "actual"}
    assert (by_raw["28起"].period_start, by_raw["28起"].period_end) == Q3
    assert (by_raw["下降31.7%"].period_start, by_raw["下降31.7%"].period_end) == Q3
    assert (by_raw["56起"].period_start, by_raw["56起"].period_end) == JAN_SEP
    assert by_raw["同比下降60%"].change == "down"
    workload = [(v.number, v.unit) for v in t["values"] if v.role == "actual"
                and any(i.name == "累计完成工作量" and i.indicator_id == v.indicator_id
                        for i in t["indicators"])]
    assert workload == [(75, "%"), (100, "%"), (80, "%"), (90, "%"), (90, "%")]


def test_seed_000_reads_the_same_from_the_page_and_from_the_text():
    def view(sample):
        _, t = tables(sample)
        return [(v.role, v.raw, v.number, v.unit, v.comparator, v.change, v.period_start,
                 v.period_end) for v in t["values"]]
    assert view("000_progress_quarterly.html") == view("000_progress_quarterly.txt")


def test_noise_columns_and_headers_give_nothing():
    document, t = tables("000_progress_quarterly.html")
    result = process(SAMPLES / "000_progress_quarterly.html")
    assert result.ok
    headers = {"目标名称", "考核指标", "进展情况", "填报内容", "公开程度", "存在问题", "解决途径",
               "解决建议", "备注", "当季进度", "累计进度"}
    assert not headers & {i.name for i in t["indicators"]}
    text = document.text
    noise = ("公开", "不公开", "部分公开", "加大工作力度,自行协调解决。")
    for value in t["values"]:
        line = text[text.rfind("\t", 0, value.char_start) + 1 : value.char_end]
        assert not line.startswith(noise), value.raw


PAGE = """<table border=1>
<tr><th>目标名称</th><th>考核指标</th><th>进展情况</th><th>填报内容</th><th>备注</th></tr>
<tr><td rowspan=3>执法检查</td><td rowspan=3>全年检查企业不少于400家次,罚款同比增长10%。</td>
    <td>当季进度</td><td>7-9月检查企业150家次,罚款同比增长12%。</td><td rowspan=3>共3人</td></tr>
<tr><td>累计进度</td><td>1-9月检查企业410家次。</td></tr>
<tr><td>累计完成工作量</td><td>95.00</td></tr>
<tr><td>宣传教育</td><td>开展宣传活动5场</td><td>当季进度</td><td>开展宣传活动2场</td><td></td></tr>
</table>"""


def test_a_hand_made_progress_grid():
    head = "<title>市应急管理局2021年职能目标三季度工作进度汇总表</title>"
    doc = read_html(f"<html><head>{head}</head><body>{PAGE}</body></html>".encode(), "p.html",
                    "0123456789abcdef")
    records = parse(doc)
    assert records.document["genre"] == "progress_table"
    assert [t["name"] for t in records.targets] == ["执法检查", "宣传教育"]
    rows = [(v["role"], v["raw"], v["number"], v["unit"], v["period_start"])
            for v in records.values]
    assert rows == [
        ("target", "不少于400家次", 400, "家次", date(2021, 1, 1)),  # 全年
        ("target", "同比增长10%", 10, "%", date(2021, 1, 1)),
        ("actual", "150家次", 150, "家次", date(2021, 7, 1)),
        ("actual", "同比增长12%", 12, "%", date(2021, 7, 1)),
        ("actual", "410家次", 410, "家次", date(2021, 1, 1)),
        ("actual", "95.00", 95, "%", None),
        ("target", "5场", 5, "场", None),
        ("actual", "2场", 2, "场", None),
    ]  # 备注's 共3人 is not read
    status = {(a["target_value_id"], a["status"]) for a in records.attainment}
    ids = {v["raw"]: v["value_id"] for v in records.values if v["role"] == "target"}
    assert (ids["不少于400家次"], "met") in status


@pytest.mark.parametrize("sample", ["000_progress_quarterly.txt", "000_progress_quarterly.html"])
def test_seed_000_attainment_of_accidents_and_deaths(sample):
    _, t = tables(sample)
    names = {i.indicator_id: i.name for i in t["indicators"]}
    raw = {v.value_id: v.raw for v in t["values"]}
    rows = {(names[a.indicator_id], raw[a.target_value_id], raw[a.actual_value_id], a.status)
            for a in t["attainment"]}
    assert {("事故起数", "同比下降20%", "同比下降60%", "met"),
            ("死亡人数", "同比下降20%", "同比下降52%", "met"),
            ("死亡人数", "不突破152", "61人", "met"),
            ("市级执法监督检查次数", "400家次以上", "660家次", "met")} <= rows


TASKS_PAGE = """<html><head><title>2022年度民生实事项目进度表(截至10月31日)</title></head><body>
<table border=1>
<tr><th>序号</th><th>项目内容</th><th>当前进度</th><th>牵头单位</th></tr>
<tr><td>1</td><td>建设四好农村路55公里。</td><td>95%</td><td>县交通局</td></tr>
<tr><td>2</td><td>新建公办幼儿园5所,新增学位1000个。</td><td>80%(进度滞后)</td><td>县教育局</td></tr>
</table></body></html>"""


def test_a_table_of_tasks_and_their_progress_reads_targets_and_progress():
    """项目内容 | 当前进度: the figures in a task's words are its year's targets, the progress
    the actual named after the task, as of the date the title gives."""
    records = parse(read_html(TASKS_PAGE.encode(), "t.html", "0123456789abcdef"))
    assert records.document["genre"] == "progress_table"
    targets = {t["target_id"]: t["name"] for t in records.targets}
    named = {i["indicator_id"]: (i["name"], targets[i["target_id"]]) for i in records.indicators}
    year = (date(2022, 1, 1), date(2022, 12, 31))
    to_october = (date(2022, 1, 1), date(2022, 10, 31))
    rows = [(v["raw"], v["role"], *named[v["indicator_id"]], (v["period_start"], v["period_end"]))
            for v in records.values]
    assert rows == [
        ("55公里", "target", "建设四好农村路里程", "建设四好农村路55公里", year),
        ("95%", "actual", "建设四好农村路55公里进度", "建设四好农村路55公里", to_october),
        ("5所", "target", "新建公办幼儿园数", "新建公办幼儿园5所,新增学位1000个", year),
        ("1000个", "target", "公办幼儿园新增学位数", "新建公办幼儿园5所,新增学位1000个", year),
        ("80%", "actual", "新建公办幼儿园5所,新增学位1000个进度",
         "新建公办幼儿园5所,新增学位1000个", to_october)]


def test_a_completion_rate_column_is_each_tasks_progress():
    """项目内容 | 完成率(%): the figures in a task's words are targets, the rate beside it the
    task's progress."""
    page = ("<html><head><title>2024年民生实事项目半年度进度表</title></head><body><table>"
            "<tr><td>序号</td><td>项目内容</td><td>完成率(%)</td><td>牵头单位</td></tr>"
            "<tr><td>1</td><td>在公共场所新增配置自动体外除颤仪40台。</td><td>80%</td>"
            "<td>县卫健局</td></tr>"
            "<tr><td>2</td><td>培训应急救护人员200人以上。</td><td>80%</td><td>县红十字会</td></tr>"
            "</table></body></html>")
    records = parse(read_html(page.encode(), "t.html", "0123456789abcdef"))
    assert [(v["raw"], v["role"]) for v in records.values] == [
        ("40台", "target"), ("80%", "actual"), ("200人以上", "target"), ("80%", "actual")]
