"""The generic parser: every value per block, a role guess and an indicator label."""

from __future__ import annotations

from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.ingest.text import split_blocks
from zhibiao.parse import parse
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.generic import extract as extract_into
from zhibiao.parse.generic import label_before


def extract(doc: SourceDocument) -> tuple[list[dict], list[dict]]:
    builder = RecordBuilder(doc)
    extract_into(doc, builder)
    return builder.indicators, builder.values


def doc_of(text: str, year: int | None = 2020) -> SourceDocument:
    return SourceDocument(doc_id="0123456789abcdef", source="t.txt", media_type="text/plain",
                          text=text, blocks=split_blocks(text), year=year)


def test_label_is_the_words_before_the_number_without_cue_verbs():
    text = "1-9月,全市共发生生产安全事故56起"
    assert label_before(text, text.index("56"), 0)[0] == "生产安全事故"


def test_period_inside_the_label_is_not_part_of_the_name():
    text = "当季进度7-9月全市共发生生产安全事故28起"
    assert label_before(text, text.index("28"), 0)[0] == "生产安全事故"


def test_change_shares_the_indicator_of_the_count_it_describes():
    indicators, values = extract(doc_of("1-9月,全市共发生生产安全事故56起(同比下降60%)。"))
    count, change = values
    assert count["indicator_id"] == change["indicator_id"]
    assert [i["name"] for i in indicators] == ["生产安全事故"]


def test_roles_from_comparators_and_cue_words():
    text = ("全市事故调查抽查复核比率不低于50%。\n"
            "7-9月全市共发生生产安全事故28起。\n"
            "印象中有300个。")
    _, values = extract(doc_of(text))
    assert [v["role"] for v in values] == ["target", "actual", "unknown"]


def test_table_cells_are_read_one_by_one_and_covered_slots_skipped():
    text = "不低于50%\t复核比率\n\t抽查比率"
    merged = Cell(0, 6, row_span=2)
    doc = SourceDocument(
        doc_id="0123456789abcdef", source="t.txt", media_type="text/plain", text=text,
        blocks=[Block("table", 0, len(text), rows=(
            (merged, Cell(7, 11)),
            (Cell(0, 6, covered=True), Cell(13, 17)),
        ))],
    )
    _, values = extract(doc)
    assert [(v["raw"], v["number"], v["comparator"]) for v in values] == [
        ("不低于50%", 50.0, "≥")]


def test_parse_reports_generic_extraction_honestly():
    records = parse(doc_of("二、下一步工作思路\n全年力争事故起数下降10%。"))
    document = records.document
    assert document["genre"] == "work_summary"
    assert document["status"] == "partial"
    assert any("generic extraction" in w for w in document["warnings"])


def test_document_without_values_is_flagged():
    records = parse(doc_of("一、总体要求\n坚持以人民为中心。"))
    assert records.values == []
    assert "no values found" in records.document["warnings"]


def test_a_criterions_weight_in_brackets_is_a_score_named_by_the_criterion():
    """An evaluation's framework table (一级指标 | 二级指标 | 三级指标 | 得分) whose cells
    carry each criterion's weight: 部门决策(25分) is the 25 points 部门决策 weighs, whatever
    goal word (目标任务) stands in the row."""
    text = ("| 一级指标 | 二级指标 | 三级指标 | 得分 |\n"
            "| 部门决策(25分) | 目标任务(15分) | 相关性(5分) |\n")
    indicators, values = extract(doc_of(text))
    names = {i["indicator_id"]: i["name"] for i in indicators}
    assert [(v["raw"], v["role"], names[v["indicator_id"]]) for v in values] == [
        ("25分", "score", "部门决策"), ("15分", "score", "目标任务"), ("5分", "score", "相关性")]
