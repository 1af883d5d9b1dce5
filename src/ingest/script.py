"""Reports in traditional characters read as simplified, one character for one.

The central portal's big5 gateway and some Hong Kong, Macao and Taiwan-facing pages give
reports in traditional characters (累計發生生産安全事故7003起). Every cue word, unit and
name rule is written in simplified characters, so such a text is converted (OpenCC's
t2s, phrase by phrase) before parse reads it. Offsets must not move, so a conversion that
changes the length falls back to character by character. A simplified text is left as it
is: OpenCC would change a few characters of one (乾 in 乾隆), so only a text in which a
real share of the characters change is converted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.metadata import read_published, report_year

#: A text is traditional when at least this share of its Han characters change under t2s
#: (a traditional report: about a quarter; a simplified one: 0.2% at most on our corpus).
TRADITIONAL_SHARE = 0.05
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _converter() -> Any:  # OpenCC ships no types
    import opencc

    return opencc.OpenCC("t2s")


#: How much of a text's start decides whether it is traditional (a long PDF's text is
#: converted only when its start is).
SAMPLE_CHARS = 20_000


def _same_length(text: str) -> str:
    convert = _converter().convert
    simplified: str = convert(text)
    if len(simplified) != len(text):
        simplified = "".join(ch if len(out := convert(ch)) != 1 else out for ch in text)
    return simplified


#: Characters common in government reports that exist only in traditional script: a text
#: with none of them is not converted at all (the conversion costs ~2 ms a document).
TRADITIONAL_MARKERS = frozenset(
    "們個這為來說時會國於與產業發經區開關進門見點電車東長問題實體變應數報計劃設資務員總項達"
    "屬統額億萬歲處縣鄉鎮級機構綜標準辦規轉帶當記錄較繼續況環護")


def _simplified_if_traditional(text: str) -> str | None:
    """`text` converted when a real share of its Han characters change under t2s, else
    None."""
    if TRADITIONAL_MARKERS.isdisjoint(text):
        return None
    han = len(_HAN.findall(text))
    if not han:
        return None
    simplified = _same_length(text)
    changed = sum(1 for a, b in zip(text, simplified, strict=True) if a != b)
    return simplified if changed >= TRADITIONAL_SHARE * han else None


def is_traditional(text: str) -> bool:
    """Whether a real share of the Han characters of `text` change under t2s."""
    return _simplified_if_traditional(text) is not None


def to_simplified(text: str) -> str | None:
    """`text` in simplified characters, same length; None when it is not traditional. (A
    text no longer than the sample its start is judged by is converted once.)"""
    sample = _simplified_if_traditional(text[:SAMPLE_CHARS])
    if sample is None or len(text) <= SAMPLE_CHARS:
        return sample
    return _same_length(text)


def in_simplified(text: str) -> str:
    """`text` in simplified characters whatever script it is written in (a short name
    mixing both, 旅游文化社會事業類完成投资, too), for comparing names across scripts. Always
    converted: a short name may hold no marker (戶籍人口)."""
    return str(_converter().convert(text))


def simplified_document(doc: SourceDocument) -> SourceDocument:
    """The document with its text, title and issuer in simplified characters when it is
    written in traditional ones (a warning says so); else the document itself."""
    text = to_simplified(doc.text)
    if text is None:
        return doc
    convert = _converter().convert
    title = convert(doc.title) if doc.title else doc.title
    published = doc.published or read_published(text)  # (發布日期, 10時57分: now readable)
    return replace(doc, text=text, title=title,
                   issuer=convert(doc.issuer) if doc.issuer else doc.issuer,
                   published=published, year=doc.year or report_year(title, published, text),
                   warnings=[*doc.warnings, "traditional characters read as simplified"])
