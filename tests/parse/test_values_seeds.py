"""On the real seed documents, nothing that is not a value comes out as one.

The spans below are found with simple patterns written independently of the grammar:
dates and times, years used as names, document numbers, ordinals (第三轮, 第13期), list
numbering, dates used as names (“12.1”事故), plus-joined names (3+9, 1+X) and page
numbers. No extracted value may overlap any of them.
"""

from __future__ import annotations

import re

import pytest

from support import SAMPLES
from zhibiao import process

CN = "一二三四五六七八九十"
NOT_VALUES = {
    "iso date / time": r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?",
    "written date": r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:度)?",
    "month / day": r"(?<![\d.])\d{1,2}月(?:\d{1,2}日)?|(?<![\d.])\d{1,2}-\d{1,2}月",
    "document number": r"〔\s*\d+\s*〕?\s*\d*\s*号?",
    "ordinal": rf"第\s*(?:\d+|[{CN}]+)",
    "list numbering": (
        rf"(?m)^\s*(?:\d{{1,2}}\s*[.、](?!\d)|[(（]\d{{1,2}}[)）]|[{CN}]+、|[(（][{CN}]+[)）])"
    ),
    "date as a name": r"“\d+(?:\.\d+)+”",
    "plus-joined name": r"\d\s*\+\s*[\dXx]",
    "five-year plan": r"十[二三四五]五",
    "page number": r"第\s*\d+\s*页|-\s*\d+\s*-",
}


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_no_not_value_is_extracted_as_a_value(sample):
    result = process(SAMPLES / sample)
    assert result.ok, result.quarantine
    text = result.records.document.text
    values = result.records.tables["values"]
    for kind, pattern in NOT_VALUES.items():
        for m in re.finditer(pattern, text):
            for value in values:
                overlaps = value.char_start < m.end() and m.start() < value.char_end
                assert not overlaps, f"{kind} {m.group()!r} read as value {value.raw!r}"
