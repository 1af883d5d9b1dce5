"""zhibiao score: pairing gold facts with written values, per-field counts, floors, the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from zhibiao import convert
from zhibiao.cli import app
from zhibiao.score import (
    GoldDocument,
    GoldError,
    Written,
    _fact,
    below,
    load_gold,
    same_indicator,
    score,
    score_document,
)

TEXT = ("全年共检查企业1234家次，同比增长12.5%。"
        "下一步，确保全年生产安全事故死亡人数控制在50人以内，隐患整改率达到100%。")
Y2024 = (date(2024, 1, 1), date(2024, 12, 31))


def fact(**kw):
    base = {"raw": "1234家次", "number": 1234, "unit": "家次", "role": "actual",
            "indicator": "检查企业数"}
    return _fact({**base, **kw}, "test")


def written(raw, number, unit, role="actual", indicator=None, comparator="=", change=None,
            period=(None, None), at=0):
    return Written(raw, number, None, unit, comparator, change, role, indicator, period, None,
                   at)


def gold_document(facts, complete=True):
    return GoldDocument(path=None, document=None, doc_id="0" * 16, kind="summary",
                        complete=complete, facts=facts)


def test_each_field_is_counted_on_its_own():
    facts = [fact(),
             fact(raw="同比增长12.5%", number=12.5, unit="%", change="up",
                  indicator="检查企业数"),
             fact(raw="控制在50人以内", number=50, unit="人", comparator="≤", role="target",
                  indicator=["生产安全事故死亡人数", "死亡人数"], period_start="2024-01-01",
                  period_end="2024-12-31")]
    ours = [written("1234家次", 1234, "家次", indicator="全年共检查企业数", at=7),
            written("同比增长12.5%", 12.5, "%", indicator="检查企业", change="up", at=14),
            written("控制在50人以内", 50, "人", role="unknown", indicator="死亡人数",
                    comparator="≤", period=Y2024, at=40),
            written("达到100%", 100, "%", at=55)]
    d = score_document(gold_document(facts), ours, TEXT)
    t = d.tally
    assert (t.gold, t.written) == (3, 4)
    assert t.right["value"] == 3 and t.recall("value") == 1.0
    assert t.precision("value") == 0.75  # 100% is no gold fact
    assert t.right["role"] == 2  # the target came out unknown
    assert t.right["indicator"] == 3  # 检查企业数 inside 全年共检查企业数 (5 of 8 characters)
    assert t.right["role+indicator"] == 2
    assert t.applicable["period"] == 1 and t.right["period"] == 1
    assert [m.wrong for m in d.misses] == [("role",)]
    assert [w.raw for w in d.extra] == ["达到100%"]


def test_a_value_needs_the_same_number_and_unit():
    facts = [fact(raw="≥320.00(个)", number=320, unit="个", comparator="≥", role="target")]
    d = score_document(gold_document(facts), [written("≥320.00", 320, "", role="target")],
                       "新建停车泊位≥320.00(个)")
    assert d.tally.right["value"] == 0 and d.misses[0].written is None


def test_a_unit_spelled_as_the_grammar_spells_another_is_the_same_unit():
    """A gold's μg/m³ (as printed) is zhibiao's 微克/立方米; a multiplier is never folded."""
    from zhibiao.score import same_unit

    assert same_unit("μg/m³", "微克/立方米") and same_unit("μg/m3", "微克/立方米")
    # a per-unit joined with • or ・ is the grammar's · (吨/平方公里•月)
    assert same_unit("吨/平方公里•月", "吨/平方公里·月") and same_unit("元/人・月", "元/人·月")
    assert not same_unit("万元", "元") and not same_unit("人", "人次")
    # a gold labelled on a page in traditional characters (zhibiao reads it as simplified)
    assert same_unit("個", "个") and same_unit("項", "项") and not same_unit("個", "项")
    assert not same_unit("吨/平方公里•月", "吨/平方公里")
    facts = [fact(raw="40μg/m³", number=40, unit="μg/m³", role="actual")]
    d = score_document(gold_document(facts), [written("40μg/m3", 40, "微克/立方米")],
                       "PM2.5年均浓度为40μg/m³")
    assert d.tally.right["value"] == 1


def test_points_are_points_with_or_without_their_unit():
    """A form's bare 10 under 分值 is 10 分 whether the labeller wrote the 分 or not; only a
    score is read so (a bare 10 is not 10 人)."""
    facts = [fact(raw="10", number=10, unit="分", role="score")]
    d = score_document(gold_document(facts), [written("10", 10, "", role="score")],
                       "接受业务培训人数200 200余人10 10")
    assert d.tally.right["value"] == 1
    facts = [fact(raw="10", number=10, unit="人", role="actual")]
    d = score_document(gold_document(facts), [written("10", 10, "", role="actual")],
                       "接受业务培训人数10")
    assert d.tally.right["value"] == 0


def test_the_same_number_twice_pairs_by_position():
    text = "完成率100%，覆盖率100%。"
    facts = [fact(raw="100%", number=100, unit="%", indicator="完成率"),
             fact(raw="100%", number=100, unit="%", indicator="覆盖率")]
    ours = [written("100%", 100, "%", indicator="覆盖率", at=12),
            written("100%", 100, "%", indicator="完成率", at=3)]
    d = score_document(gold_document(facts), ours, text)
    assert d.tally.right["indicator"] == 2


def test_a_bare_figure_is_located_as_a_number_of_its_own():
    """A table's bare 0 is not the 0 of 2022年 in the header above it: each gold 0 stands
    where its row's 0 stands, and pairs with the value written there."""
    text = "| 2022年决算数 |\n| 三公经费 | 0 |\n| 公务接待 | 0 |"
    facts = [fact(raw="0", number=0, unit="", indicator="三公经费"),
             fact(raw="0", number=0, unit="", indicator="公务接待")]
    ours = [written("0", 0, "", indicator="三公经费", at=text.index("费 | 0") + 4),
            written("0", 0, "", indicator="公务接待", at=text.index("待 | 0") + 4)]
    d = score_document(gold_document(facts), ours, text)
    assert d.tally.right["indicator"] == 2

@pytest.mark.parametrize(("gold", "name", "same"), [
    (("地区生产总值",), "全市地区生产总值", True),
    (("生产安全事故死亡人数",), "死亡人数", False),  # 4 of 10 characters
    (("生产安全事故死亡人数", "死亡人数"), "死亡人数", True),
    (("地区生产总值",), "全市", False),
    (("城镇调查失业率",), None, False),
    # a gold labelled from a page in traditional characters, read as simplified
    (("旅游文化社會事業類完成投资",), "旅游文化社会事业类完成投资", True),
    # … a short one with no character of the marker list (戶 is not one)
    (("戶籍人口", "年末戶籍人口"), "户籍人口", True),
    (("仔豬市場價",), "仔猪市场价", True),
    (("工業類項目完成投資",), "工业类项目完成投资", True),
])
def test_indicator_names(gold, name, same):
    assert same_indicator(gold, name) is same


def test_an_incomplete_gold_counts_no_precision():
    d = score_document(gold_document([fact()], complete=False),
                       [written("1234家次", 1234, "家次"), written("9起", 9, "起")], TEXT)
    assert d.tally.written == 0 and d.tally.precision("value") is None and not d.extra


def test_bad_gold_files_are_named(tmp_path):
    (tmp_path / "a.gold.json").write_text('{"document": "a.txt", "facts": []}', "utf-8")
    with pytest.raises(GoldError, match=r"a\.gold\.json: its document"):
        load_gold([tmp_path])
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "a.gold.json").write_text(
        json.dumps({"document": "a.txt", "facts": [{"raw": "1234家次"}]}), "utf-8")
    with pytest.raises(GoldError, match="fact 1: missing number, unit, role, indicator"):
        load_gold([tmp_path])


def _corpus(tmp_path, facts):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "report.txt").write_text(TEXT, "utf-8")
    (gold / "report.gold.json").write_text(json.dumps(
        {"source": "test", "document": "report.txt", "kind": "summary", "complete": True,
         "facts": facts}, ensure_ascii=False), "utf-8")
    out = tmp_path / "out"
    convert([gold / "report.txt"], out)
    return gold, out


def test_the_command_prints_figures_and_gates_on_floors(tmp_path):
    facts = [{"raw": "1234家次", "number": 1234, "unit": "家次", "role": "actual",
              "indicator": "检查企业数"},
             {"raw": "9999起", "number": 9999, "unit": "起", "role": "actual",
              "indicator": "事故起数"}]  # not in the text: never found
    gold, out = _corpus(tmp_path, facts)
    report = score(out, [gold])
    assert report.documents[0].found and report.total().gold == 2
    assert report.total().recall("value") <= 0.5
    runner = CliRunner()
    ok = runner.invoke(app, ["score", str(out), str(gold), "--min-value-recall", "0.0"])
    assert ok.exit_code == 0, ok.output
    assert "score: 1 documents, 2 gold facts" in ok.output and "report" in ok.output
    gated = runner.invoke(app, ["score", str(out), str(gold), "--min-value-recall", "0.9",
                                "--misses"])
    assert gated.exit_code == 1
    assert "under the floor: value recall" in gated.output and "'9999起'" in gated.output
    assert below(report, {"value_recall": None}) == []
    missing = runner.invoke(app, ["score", str(out), str(tmp_path / "nowhere")])
    assert missing.exit_code == 2


def test_a_document_missing_from_the_output_misses_every_fact(tmp_path):
    gold, out = _corpus(tmp_path, [{"raw": "1234家次", "number": 1234, "unit": "家次",
                                    "role": "actual", "indicator": "检查企业数"}])
    (gold / "other.txt").write_text("另一份报告：完成投资5亿元。", "utf-8")
    (gold / "other.gold.json").write_text(json.dumps(
        {"document": "other.txt", "facts": [{"raw": "5亿元", "number": 5e8, "unit": "元",
                                             "role": "actual", "indicator": "投资"}]},
        ensure_ascii=False), "utf-8")
    report = score(out, [gold])
    absent = [d for d in report.documents if not d.found]
    assert len(absent) == 1 and absent[0].tally.right["value"] == 0


#: How much of a document's text (spaces dropped) says it is the same page: two excerpts of
#: one page stored by different labellers open alike and end differently.
SAME_PAGE_CHARS = 200


def test_the_real_corpus_holds_each_page_once():
    """A page labelled twice would count twice, and one in both parts would put a page the
    parsers were tuned on into the part only measured on: every stored text opens on its
    own words."""
    import re

    from support import REPO

    seen: dict[str, str] = {}
    twice = []
    for path in sorted((REPO / "corpus" / "real").glob("*/*")):
        if path.suffix not in (".txt", ".html"):
            continue
        opening = re.sub(r"\s+", "", path.read_text(encoding="utf-8"))[:SAME_PAGE_CHARS]
        if opening in seen:
            twice.append((seen[opening], path.relative_to(REPO).as_posix()))
        seen.setdefault(opening, path.relative_to(REPO).as_posix())
    assert len(seen) > 1000
    assert twice == []
