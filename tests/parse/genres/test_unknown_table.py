"""Tables of an unknown genre: target and actual columns told by their headers."""

from __future__ import annotations

from zhibiao.ingest.html import read_html
from zhibiao.parse import parse

PAGE = """<html><head><title>关于2021年重点工作的说明</title></head><body>
<p>现将有关情况说明如下。</p>
<table border=1>
<tr><th>序号</th><th>工作内容</th><th>计划数</th><th>实际完成</th><th>备注</th></tr>
<tr><td>1</td><td>执法检查</td><td>400家次</td><td>420家次</td><td>另有3家</td></tr>
<tr><td>2</td><td>安全培训</td><td>不少于3000人次</td><td>2800人次</td><td></td></tr>
</table>
<p>全年共投入资金120万元。</p>
</body></html>"""


def test_an_unknown_table_is_read_by_its_column_headers():
    doc = read_html(PAGE.encode(), "u.html", "0123456789abcdef")
    records = parse(doc)
    assert records.document["genre"] == "unknown"
    assert records.document["status"] == "partial"
    assert any("read by its column headers" in w for w in records.document["warnings"])
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names.get(v["indicator_id"]), v["role"], v["raw"]) for v in records.values]
    assert rows[:4] == [("执法检查", "target", "400家次"), ("执法检查", "actual", "420家次"),
                        ("安全培训", "target", "不少于3000人次"),
                        ("安全培训", "actual", "2800人次")]
    # 备注 is neither target nor actual: only the generic reading sees it, and in a
    # document of no genre it takes the role most of its figures have (3 actual, 2 target)
    assert [(role, raw) for name, role, raw in rows if raw == "3家"] == [("actual", "3家")]
    assert ("投入资金", "actual", "120万元") in rows  # the prose still gets generic reading
    status = {names[a["indicator_id"]]: a["status"] for a in records.attainment}
    assert status == {"执法检查": "met", "安全培训": "not_met"}
