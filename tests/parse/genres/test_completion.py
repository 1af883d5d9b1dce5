"""Completion tables: sample 003 (tab-separated text with page-break debris) and a grid."""

from __future__ import annotations

from support import SAMPLES
from zhibiao import process
from zhibiao.ingest.html import read_html
from zhibiao.parse import parse


def tables(name: str):
    result = process(SAMPLES / name)
    assert result.ok, result.quarantine
    return result.records.document, result.records.tables


def by_indicator(t) -> dict[str, list[tuple[str, str]]]:
    names = {i.indicator_id: i.name for i in t["indicators"]}
    out: dict[str, list[tuple[str, str]]] = {}
    for v in t["values"]:
        out.setdefault(names.get(v.indicator_id, "-"), []).append((v.role, v.raw))
    return out


def test_seed_003_pairs_expected_and_completed_values_on_each_indicator():
    document, t = tables("003_completion_table.txt")
    assert (document.genre, document.status) == ("completion_table", "ok")
    rows = by_indicator(t)
    assert rows["在广州电视台、广州日报等社会主流媒体开展应急安全宣传"] == [
        ("target", "不少于60条"), ("actual", "近540条")]
    assert rows["安全事故处理完成率(%)"] == [
        ("target", "达到95%"), ("actual", "3次"), ("actual", "4次"), ("actual", "75%")]
    assert rows["森林消防应急队伍建设"] == [("target", "两支"), ("actual", "两支")]
    assert rows["应急相关信息的网络舆情监测和应对"][0] == ("target", "1期")
    names = {i.indicator_id: i.name for i in t["indicators"]}
    values = {v.value_id: v.raw for v in t["values"]}
    attained = {(names[a.indicator_id], values[a.target_value_id], values[a.actual_value_id],
                 a.status) for a in t["attainment"]}
    assert ("在广州电视台、广州日报等社会主流媒体开展应急安全宣传", "不少于60条", "近540条",
            "met") in attained
    assert ("安全事故处理完成率(%)", "达到95%", "75%", "not_met") in attained


def test_seed_003_page_break_debris_stays_with_its_row_and_target():
    _, t = tables("003_completion_table.txt")
    rows = by_indicator(t)
    # "31321次,罚款10147.59万元 …" is the rest of the row above, cut by a page break
    assert ("actual", "31321次") in rows["持续深入排查整治风险隐患"]
    assert ("actual", "10147.59万元") in rows["持续深入排查整治风险隐患"]
    # the goal cell continued after a repeated header is not a third target
    assert [x.name for x in t["targets"]] == ["坚持贯彻落实市委、市政府的部署要求",
                                            "服务服从广州实现老城市新活力、四个出彩发展大局"]
    headers = ("关键指标", "预期实现值", "年度完成值", "绩效目标", "年度主要支出计划")
    assert not [i.name for i in t["indicators"] if i.name.startswith(headers)]


GRID = """<table border=1>
<tr><th>绩效目标</th><th>关键指标</th><th>预期实现值</th><th>年度完成值</th></tr>
<tr><td rowspan=3>提升执法效能</td><td>执法检查</td><td>不少于400家次</td><td>完成420家次</td></tr>
<tr><td>案件办结率</td><td>达到95%</td><td>完成率90%</td></tr>
<tr><td></td><td></td><td>另有移送案件3起</td></tr>
<tr><td>宣传培训</td><td>培训人次</td><td>3000人次</td><td>按时完成</td></tr>
</table>"""


def test_a_hand_made_completion_grid():
    head = "<title>2021年度部门整体支出绩效目标完成情况表</title>"
    doc = read_html(f"<html><head>{head}</head><body>{GRID}</body></html>".encode(), "c.html",
                    "0123456789abcdef")
    records = parse(doc)
    assert records.document["genre"] == "completion_table"
    assert [t["name"] for t in records.targets] == ["提升执法效能", "宣传培训"]
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names[v["indicator_id"]], v["role"], v["raw"]) for v in records.values]
    assert rows == [
        ("执法检查", "target", "不少于400家次"), ("执法检查", "actual", "420家次"),
        ("案件办结率", "target", "达到95%"), ("案件办结率", "actual", "90%"),
        ("案件办结率", "actual", "3起"),  # the continuation row
        ("培训人次", "target", "3000人次"), ("培训人次", "actual", "按时完成"),
    ]
    status = {names[a["indicator_id"]]: a["status"] for a in records.attainment}
    assert status == {"执法检查": "met", "案件办结率": "not_met", "培训人次": "unknown"}
