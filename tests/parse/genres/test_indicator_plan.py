"""Plans with an indicator table: sample 004 flattened to text and as a PDF with a real table."""

from __future__ import annotations

from datetime import date

import pytest

from support import SAMPLES
from zhibiao import process

Y2025 = (date(2025, 1, 1), date(2025, 12, 31))
TABLE = [
    ("亿元生产总值生产安全事故死亡率", "控制在0.002以内", 0.002, "", "≤"),
    ("较大及以上生产安全事故起数", "0", 0, "起", "="),
    ("火灾十万人口死亡率", "控制在0.047以内", 0.047, "", "≤"),
    ("特种设备万台死亡率", "控制在0.2以内", 0.2, "", "≤"),
    ("企业安全生产标准化达标率", "达到100%", 100, "%", "≥"),
]


@pytest.mark.parametrize("sample", ["004_district_fyp_plan.txt", "004_district_fyp_plan.pdf"])
def test_seed_004_indicator_table_gives_2025_targets(sample):
    result = process(SAMPLES / sample)
    assert result.ok, result.quarantine
    t = result.records.tables
    assert result.records.document.genre == "indicator_plan"
    names = {i.indicator_id: i.name for i in t["indicators"]}
    (table_target,) = [x for x in t["targets"] if x.name == "拱墅区应急管理“十四五”规划指标表"]
    in_table = {i.indicator_id for i in t["indicators"]
                if i.target_id == table_target.target_id}
    table = [(names[v.indicator_id], v.raw, v.number, v.unit, v.comparator)
             for v in t["values"] if v.indicator_id in in_table]
    assert table == TABLE
    assert all((v.role, v.period_start, v.period_end) == ("target", *Y2025)
               for v in t["values"] if v.indicator_id in in_table)
    headers = {"序号", "指标名称", "2025年目标值"}
    assert not headers & set(names.values())
    if sample.endswith(".pdf"):
        assert all(v.page and v.bbox for v in t["values"])


VARIANT = """<html><head><title>某区应急管理“十四五”规划</title></head><body>
<h2>一、主要目标</h2><p>到2025年，主要指标如下。</p>
<p>表1 主要指标</p>
<table border=1>
<tr><th>序号</th><th>指标名称</th><th>基期值(2020年)</th><th>2025年目标值</th><th>属性</th></tr>
<tr><td>1</td><td>生产安全事故死亡人数</td><td>12人</td><td>下降15%</td><td>约束性</td></tr>
<tr><td>2</td><td>应急避难场所</td><td>40个</td><td>60个以上</td><td>预期性</td></tr>
</table></body></html>"""


def test_a_variant_with_baseline_and_attribute_columns():
    """基期值(2020年) | 2025年目标值: bases of 2020, targets of 2025; 属性 names nothing."""
    from zhibiao.ingest.html import read_html
    from zhibiao.parse import parse

    records = parse(read_html(VARIANT.encode(), "v.html", "0123456789abcdef"))
    assert records.document["genre"] == "indicator_plan"
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(names[v["indicator_id"]], v["role"], v["raw"], v["period_start"])
            for v in records.values if v["indicator_id"] in names]
    assert rows[:4] == [
        ("生产安全事故死亡人数", "target", "下降15%", date(2025, 1, 1)),
        ("生产安全事故死亡人数", "baseline", "12人", date(2020, 1, 1)),
        ("应急避难场所", "target", "60个以上", date(2025, 1, 1)),
        ("应急避难场所", "baseline", "40个", date(2020, 1, 1)),
    ]
    assert not any(names.get(v["indicator_id"]) in ("约束性", "预期性") for v in records.values)


def test_a_target_header_over_two_columns_and_a_unit_column():
    """“十四五”目标 spanning 2025年 | 年均[累计], copied a cell a line with its empty cells
    written: both columns hold targets, in the unit the 单位 column states; a target in words
    (与经济增长基本同步) is one too."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    lines = ["表:上海市“十四五”规划《纲要》主要指标", "序号 |", "指 标 |", "单位 |", "属性 |",
             "“十四五”目标 |", "|", "2025年 |", "年均[累计] |", "||||",
             "1 |", "全市生产总值年均增长率 |", "% |", "预期性 |", "- |", "5左右 |",
             "2 |", "全员劳动生产率 |", "万元/人 |", "预期性 |", "36左右 |", "- |",
             "3 |", "居民人均可支配收入增长 |", "% |", "预期性 |", "- |", "与经济增长基本同步 |"]
    text = "上海市国民经济和社会发展第十四个五年规划纲要\n" + "\n".join(lines) + "\n"
    records = parse(read_document("plan.txt", text.encode()))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = [(names[v["indicator_id"]], v["role"], v["number"], v["unit"], v["qualitative"])
             for v in records.values]
    assert found == [("全市生产总值年均增长率", "target", 5.0, "%", None),
                     ("全员劳动生产率", "target", 360000.0, "元/人", None),
                     ("居民人均可支配收入增长", "target", None, "", "与经济增长基本同步")]


def test_a_base_years_results_column_and_units_in_the_names():
    """指标 | 2010年实绩 | 2015年目标 in a 十二五 plan: the 2010 results are the plan's
    base (baselines of 2010), the 2015 column its targets; a name's bracket (农业增加值(亿元))
    is the unit of both and no part of the name."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    text = ("镇江市现代农业发展“十二五”规划\n表1 “十二五”现代农业主要经济指标表\n"
            "指标 | 2010年实绩 | 2015年目标 |\n"
            "农业增加值(亿元) | 81.53 | 163 |\n"
            "农民人均纯收入(元) | 10874 | 22000 |\n")
    records = parse(read_document("plan.txt", text.encode()))
    assert records.document["genre"] == "indicator_plan"
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    found = [(names[v["indicator_id"]], v["role"], v["number"], v["unit"],
              v["period_end"].year if v["period_end"] else None) for v in records.values]
    assert found == [("农业增加值", "target", 16_300_000_000, "元", 2015),
                     ("农业增加值", "baseline", 8_153_000_000, "元", 2010),
                     ("农民人均纯收入", "target", 22000, "元", 2015),
                     ("农民人均纯收入", "baseline", 10874, "元", 2010)]
