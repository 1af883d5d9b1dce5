"""parse/pos.py cuts exactly as jieba.posseg does, whether its cache was just built or read."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from support import REPO
from zhibiao.parse import pos
from zhibiao.parse.names import CUSTOM_WORDS

#: Phrases jieba's block rules treat differently: ASCII runs, digits, spaces, symbols.
EDGE_PHRASES = (
    "", " ", "5G基站2000个", "PM2.5浓度下降3.2%", "a b\r\nc", "GDP增长6.5%左右", "C++与C#",
    "第1-6月 共发生事故27起", "x", "12", "ab1", "全市共建成5G基站1.2万个、IPv6地址", "\t新建\n",
    "重大隐患整改率100%（含挂牌督办）", "Ⅲ类水质", "①②", "1,234.5万元", "3.a.b",
)


def phrases() -> list[str]:
    """Clauses of the sample texts plus the edge phrases."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "samples").glob("*.txt")))
    return [*EDGE_PHRASES, *(c for c in re.split(r"[，。；,;\n]", text) if c)]


def reference(words: tuple[str, ...]) -> jieba.posseg.POSTokenizer:
    """jieba's own tagger over a tokenizer with `words`, as names.py built it before."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word, freq=pos.CUSTOM_FREQ)
    return jieba.posseg.POSTokenizer(tokenizer)


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no tagger loaded in this process."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    pos.tagger.cache_clear()
    yield tmp_path
    pos.tagger.cache_clear()


def test_cut_is_posseg_cut_built_and_from_cache(fresh_cache: Path) -> None:
    jieba_tagger = reference(CUSTOM_WORDS)
    expected = [[(p.word, p.flag) for p in jieba_tagger.cut(s, HMM=False)] for s in phrases()]
    assert [pos.cut(s, CUSTOM_WORDS) for s in phrases()] == expected  # built
    assert len(list(fresh_cache.glob("zhibiao-jieba-*.cache"))) == 1
    pos.tagger.cache_clear()
    tokenizer, tags = pos.tagger(CUSTOM_WORDS)  # read back
    assert tokenizer.FREQ == jieba_tagger.tokenizer.FREQ
    assert tokenizer.total == jieba_tagger.tokenizer.total
    assert tags == jieba_tagger.word_tag_tab
    assert [pos.cut(s, CUSTOM_WORDS) for s in phrases()] == expected


def test_a_damaged_cache_is_rebuilt(fresh_cache: Path) -> None:
    pos.tagger(CUSTOM_WORDS)
    (path,) = fresh_cache.glob("zhibiao-jieba-*.cache")
    path.write_bytes(path.read_bytes()[:1000])
    pos.tagger.cache_clear()
    assert pos.cut("危险化学品重大危险源", CUSTOM_WORDS) == [("危险化学品", "x"), ("重大", "a"),
                                                         ("危险源", "n")]
    assert path.stat().st_size > 1000


def test_other_words_use_another_cache(fresh_cache: Path) -> None:
    pos.tagger(("起降点",))
    pos.tagger(("尾矿库",))
    assert len(list(fresh_cache.glob("zhibiao-jieba-*.cache"))) == 2
