"""find_values' fast path (issue 20) changes no result: text it returns [] for at once —
no digit, no Chinese numeral character, no qualitative word, not a bare 是/否 cell — is
text the whole grammar finds no value in, on every sample and corpus document, cut the
ways the parsers cut it (whole text, blocks, cells, lines, sentences, clauses), and on
random text made of the words the grammar reacts to without a figure.
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from support import REPO, SAMPLES
from zhibiao.ingest import read_document, read_source
from zhibiao.parse import cues
from zhibiao.parse import values as grammar
from zhibiao.pipeline import expand_inputs

_SENTENCE = re.compile(r"[^。；;！？!?\n]+")
_CLAUSE = re.compile(r"[^。；;！？!?\n，,、:：\t]+")


def _fast(text: str, year: int | None, bare: bool) -> bool:
    """Whether find_values takes its fast path for these arguments."""
    return (grammar._VALUE_MATERIAL.search(text) is None
            and not (bare and text.strip() in cues.YES_NO)
            and (year is None or date.min.year <= year <= date.max.year))


@pytest.fixture
def slow(monkeypatch):
    """find_values without its fast path: the material pattern then matches any text."""
    def find(text: str, *, year: int | None = None, bare: bool = False):
        with monkeypatch.context() as patch:
            patch.setattr(grammar, "_VALUE_MATERIAL", re.compile(""))
            return grammar.find_values(text, year=year, bare=bare)
    return find


def _pieces(doc) -> set[str]:
    pieces = {doc.text}
    for block in doc.blocks:
        pieces.add(doc.block_text(block))
        for row in block.rows:
            pieces.update(doc.text[cell.start : cell.end] for cell in row)
    for whole in list(pieces):
        pieces.update(whole.splitlines())
        pieces.update(m.group() for m in _SENTENCE.finditer(whole))
        pieces.update(m.group() for m in _CLAUSE.finditer(whole))
    return pieces


def test_texts_of_samples_and_corpus_the_fast_path_skips_hold_no_value(slow):
    sources = expand_inputs([SAMPLES, REPO / "corpus"])
    assert len(sources) > 40
    skipped = 0
    for source in sources:
        data, content_type = read_source(source)
        doc = read_document(source, data, content_type)
        for text in _pieces(doc):
            for year in (None, doc.year):
                for bare in (False, True):
                    if _fast(text, year, bare):
                        assert slow(text, year=year, bare=bare) == [], (source, text)
                        assert grammar.find_values(text, year=year, bare=bare) == []
                        skipped += 1
    assert skipped > 1000


def test_random_text_without_figures_holds_no_value(slow):
    """Words the grammar reacts to (units, comparators, change verbs, periods, 是/否, the
    characters around numerals) without a figure: the fast path's text holds no value."""
    words = [*cues.UNITS, *cues.COMPARATOR_PREFIXES, *cues.COMPARATOR_SUFFIXES,
             *cues.CHANGE_VERBS, *cues.BASIS_OPENERS, *cues.NAMED_PERIODS,
             *cues.DEADLINE_PERIODS, *cues.PERIOD_START_WORDS, *cues.YES_NO,
             *cues.RANGE_SEPARATORS, *cues.IMPLIED_UNITS, "点", "第", "余", "多", "几", "数",
             "双", "俩", "半", "《", "》", "（", "）", "，", "。", "、", " ", "\t", "\n", "达",
             "标", "完成", "覆盖", "按时", "提升", "全部", "Ⅳ", "ⅱ", "½", "²", "①"]
    rng = random.Random(20)
    tried = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        year = rng.choice([None, 2020, 1])
        bare = rng.random() < 0.5
        if _fast(text, year, bare):
            assert slow(text, year=year, bare=bare) == [], text
            tried += 1
    assert tried > 5000


def test_what_the_fast_path_leaves_to_the_grammar():
    """A digit of any script, a numeral, a qualitative word, a bare 是 cell, an
    impossible year: the fast path does not decide these."""
    assert not _fast("增长٣", None, False)  # an Arabic-Indic digit is \d too
    assert not _fast("百分之五", None, False)
    assert not _fast("按时完成", None, False)
    assert not _fast(" 是 ", None, True) and _fast(" 是 ", None, False)
    assert not _fast("上半年", 0, False)
