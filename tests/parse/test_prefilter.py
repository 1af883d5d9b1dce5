"""The characters a pattern needs (parse/prefilter.py): never one a match can do without."""

from __future__ import annotations

import random
import re

from zhibiao.parse.prefilter import needed
from zhibiao.parse.values import _NOT_VALUE_PATTERNS, _PERIOD_PATTERNS


def _chars(pattern: str) -> str | None:
    need = needed(re.compile(pattern))
    return None if need is None else "".join(sorted(set(need.pattern) - set("[]\\")))


def test_what_each_kind_of_item_needs():
    assert _chars("年") == "年"
    assert _chars(r"\d+\s*个") == "个"
    assert _chars(r"(?:电话|传真)\s*[:：]?") == "传电"
    assert _chars(r"[省市县]\s*\d") == "县市省"
    assert _chars(r"夜?\d{1,3}路(?=公交)") == "路"  # the shortest set among the items
    assert _chars(r"(?:\d+期)+") == "期"
    for nothing in (r"年?\d", r"[a-z]+", r"\d+", r"(?=年)\d", r"(?<=年)\d", r"年|\d",
                    r"(?:年)*\d", r"[^年]", "(?i)tel"):
        assert _chars(nothing) is None, nothing
    assert _chars("(?i:t)el") == "e"  # the case-free part needs nothing, the rest does


def test_a_text_without_the_needed_characters_has_no_match():
    """Over the value grammar's own patterns, on random texts of the characters they are
    made of: whenever the needed characters are missing, the pattern finds nothing."""
    patterns = [p for p in _NOT_VALUE_PATTERNS] + [p for _, p in _PERIOD_PATTERNS]
    alphabet = sorted(set("".join(p.pattern for p in patterns)) - set("\\()[]{}?*+|^$")
                      | set("0123456789 年月日个期元"))
    rng = random.Random(30)
    skipped = 0
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for pattern in patterns:
            need = needed(pattern)
            if need is not None and need.search(text) is None:
                skipped += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
    assert skipped > 5000
