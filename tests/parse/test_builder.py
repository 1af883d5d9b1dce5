"""RecordBuilder: one indicator per target and link key, under the name first given."""

from __future__ import annotations

from zhibiao.ingest.document import SourceDocument
from zhibiao.parse.builder import RecordBuilder


def builder() -> RecordBuilder:
    text = "确保事故起数下降20%。全市共发生生产安全事故28起。道路运输事故死亡人数不突破127。"
    return RecordBuilder(SourceDocument(doc_id="0123456789abcdef", source="t.txt",
                                        media_type="text/plain", text=text, blocks=[]))


def test_one_reports_wordings_of_one_indicator_are_one_indicator():
    """The target's 事故起数 and the result's 生产安全事故起数 (LINK_ALIASES) meet, under
    the name given first, so attainment can pair them; other names stay apart."""
    b = builder()
    first = b.add_indicator("事故起数", 2, 6, target_id="t1")
    assert b.add_indicator("生产安全事故起数", 15, 23, target_id="t1") == first
    assert b.add_indicator("生产安全事故起数", 15, 23, target_id="t2") != first
    assert b.add_indicator("道路运输事故死亡人数", 30, 40, target_id="t1") != \
        b.add_indicator("死亡人数", 30, 40, target_id="t1")
    assert next(i["name"] for i in b.indicators if i["target_id"] == "t1") == "事故起数"
