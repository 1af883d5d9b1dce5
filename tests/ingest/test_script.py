"""Reports in traditional characters read as simplified, offsets kept; simplified ones kept."""

from __future__ import annotations

from datetime import date

from zhibiao.ingest import read_document
from zhibiao.ingest.script import to_simplified
from zhibiao.parse import parse

TRADITIONAL = (
    "內蒙古自治區1-8月份道路交通事故累計死亡620人\n"
    "中央政府門戶網站 www.gov.cn   2012年09月04日 10時57分   來源:內蒙古自治區人民政府網站\n"
    "1-8月份,內蒙古自治區累計發生各類生産安全事故7003起,死亡865人,同比事故起數和死亡人數分別"
    "下降41.54%和23.99%。工礦商貿行業事故累計死亡205人,同比下降6.39%。\n"
)


def test_a_traditional_report_is_read_in_simplified_characters():
    doc = read_document("big5-gateway.txt", TRADITIONAL.encode())
    assert doc.text.startswith("内蒙古自治区1-8月份道路交通事故累计死亡620人")
    last = doc.blocks[-1]
    assert doc.text[last.start : last.end].endswith("工矿商贸行业事故累计死亡205人,同比下降6.39%。")
    assert doc.title == "内蒙古自治区1-8月份道路交通事故累计死亡620人"
    assert doc.published == date(2012, 9, 4)  # its stamp line, 10時57分 → 10时57分
    assert "traditional characters read as simplified" in doc.warnings


def test_its_figures_get_simplified_names_and_the_page_stamp_is_no_value():
    records = parse(read_document("big5-gateway.txt", TRADITIONAL.encode()))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    got = {(v["raw"], names.get(v["indicator_id"])) for v in records.values}
    assert ("7003起", "生产安全事故起数") in got
    assert ("205人", "工矿商贸行业事故死亡人数") in got
    assert not any(raw.endswith("57分") for raw, _ in got)


def test_a_simplified_text_is_left_as_it_is():
    """OpenCC would turn 乾隆's 乾 into 干: a text with so few such characters is not
    traditional."""
    text = "乾隆年间修建的古桥,2023年完成修缮投资120万元,接待游客5.2万人次。" * 3
    assert to_simplified(text) is None


def test_conversion_keeps_every_offset():
    simplified = to_simplified(TRADITIONAL)
    assert simplified is not None and len(simplified) == len(TRADITIONAL)
    assert simplified.index("7003起") == TRADITIONAL.index("7003起")
