"""Text normalization shared by every reader, keeping a map back to the original text.

NFKC where safe (full-width digits, letters and punctuation to ASCII; ideographic and
no-break spaces to plain spaces), circled numbers kept (they are headings), stray HTML
tags removed, line ends unified, and spaces that only separate CJK from CJK or digits
removed (2020 年 7 月 → 2020年7月) since Chinese does not use them. The result is the text
all offsets in the output point into; `origin[i]` is the index in the input of the
character that produced normalized character i.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Circled and parenthesised numbers are heading markers; NFKC would turn ① into 1.
_KEEP = frozenset(
    chr(c)
    for lo, hi in ((0x2460, 0x24FF), (0x2776, 0x2793), (0x3251, 0x325F), (0x32B1, 0x32BF))
    for c in range(lo, hi + 1)
)
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_STRAY_TAG = re.compile(
    r"</?(?:p|br|span|div|strong|b|i|u|em|font|td|tr|table|tbody|a|section)\b[^<>]{0,200}>",
    re.IGNORECASE,
)


#: Pinyin a copied page wrote in brackets after a character (標(biāo), 萬(wàn)人: a mirror
#: site's ruby notes, not the text): dropped. A tone mark inside tells them from a bracket
#: of Latin letters (…(a)).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONE_MARKS = frozenset(_TONED)
_RUBY = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?=[a-zü]{{0,5}}[{_TONED}])"
                   rf"[a-zü{_TONED}]{{1,6}}[)）]")


def _has_ruby(text: str, chars: set[str]) -> bool:
    return not _TONE_MARKS.isdisjoint(chars) and _RUBY.search(text) is not None


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F  # CJK punctuation (、。〔〕《》)
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FFFF
        or ch in "“”‘’…—"
    )


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    origin: list[int]  # len(text) + 1 entries; the last maps the end


@cache  # a document has a few thousand distinct characters, asked about again and again
def _nfkc_char(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if ch in _DROP:
        return ""
    if ch == "\t" or ch == "\n":
        return ch
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return ""
    out = unicodedata.normalize("NFKC", ch)
    return " " if out.isspace() else out


#: Characters found to be their own normalization (and no space, tag start or CR): a set
#: a text's characters are checked against in C, growing as new ones are met.
_SELF_NORMAL: set[str] = set()


def unchanged(text: str) -> bool:
    """Whether `normalize` leaves `text` as it is: no space to squeeze, no tag or CR, and
    every distinct character its own normalization (most lines of a PDF), so the character
    loop can be skipped."""
    return unchanged_chars(set(text))


def unchanged_chars(chars: set[str]) -> bool:
    """`unchanged` of a text whose distinct characters are `chars` (a long text's set is
    worth making once)."""
    if chars <= _SELF_NORMAL:
        return True
    if " " in chars or "<" in chars or "\r" in chars:
        return False
    return _self_normal(chars)


def _self_normal(chars: set[str]) -> bool:
    """Whether every one of `chars` is its own normalization (no space, tag start or CR
    among them); those found so are remembered."""
    new = chars - _SELF_NORMAL
    if all(_nfkc_char(ch) == ch for ch in new):
        _SELF_NORMAL.update(new)
        return True
    return False


def normalize(text: str) -> Normalized:
    """Normalize `text` for parsing and keep the map back to it."""
    chars = set(text)
    if unchanged_chars(chars) and not _has_ruby(text, chars):
        return Normalized(text, list(range(len(text) + 1)))
    return normalize_changed(text, chars)


def normalize_changed(text: str, chars: set[str]) -> Normalized:
    """`normalize` of a text `unchanged_chars` said no to, `chars` its distinct characters
    (neither asked again)."""
    if "<" not in chars and "\r" not in chars and not _has_ruby(text, chars):
        n = len(text)
        if _self_normal(chars - {" "}):
            # only spaces to squeeze (a line of Latin words): the character loop would copy
            # every character as it is
            return _squeeze_spaces(list(text), list(range(n)), n)
        mapped = _one_for_one(text, chars)
        if mapped is not None:  # (a paragraph with full-width commas: ，→ ,)
            if " " not in mapped:
                return Normalized(mapped, list(range(n + 1)))
            return _squeeze_spaces(list(mapped), list(range(n)), n)
    return _normalize_chars(text)


#: Characters found to normalize to one character, and those of them that change (as a
#: str.translate table): both grow as new ones are met, like _SELF_NORMAL.
_ONE_CHAR: set[str] = set()
_TRANSLATE: dict[int, str] = {}


def _one_for_one(text: str, chars: set[str]) -> str | None:
    """What the character loop of `_normalize_chars` makes of `text` (no tag, no CR), in
    one str.translate, when each of its characters (`chars`) normalizes to one character;
    None when one is dropped or becomes several."""
    new = chars - _ONE_CHAR
    if any(len(_nfkc_char(ch)) != 1 for ch in new):
        return None
    for ch in new:
        if _nfkc_char(ch) != ch:
            _TRANSLATE[ord(ch)] = _nfkc_char(ch)
    _ONE_CHAR.update(new)
    return text.translate(_TRANSLATE)


def _normalize_chars(text: str) -> Normalized:
    """`normalize` one character at a time (what the fast paths above give, too)."""
    text_out: list[str] = []
    origin: list[int] = []
    tags = {m.start(): m.end() for m in _STRAY_TAG.finditer(text)}
    tags.update((m.start(), m.end()) for m in _RUBY.finditer(text))  # (pinyin notes too)
    i, n = 0, len(text)
    while i < n:
        if i in tags:
            i = tags[i]
            continue
        ch = text[i]
        if ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            ch = "\n"
        for out in _nfkc_char(ch):
            text_out.append(out)
            origin.append(i)
        i += 1
    return _squeeze_spaces(text_out, origin, n)


def _squeeze_spaces(chars: list[str], origin: list[int], end: int) -> Normalized:
    """Drop spaces at line ends and line starts, and between CJK and CJK or digits."""
    keep_chars: list[str] = []
    keep_origin: list[int] = []
    n = len(chars)
    i = 0
    while i < n:
        if chars[i] != " ":
            keep_chars.append(chars[i])
            keep_origin.append(origin[i])
            i += 1
            continue
        j = i
        while j < n and chars[j] == " ":
            j += 1
        left = keep_chars[-1] if keep_chars else "\n"
        right = chars[j] if j < n else "\n"
        drop = (
            left in "\n\t"
            or right in "\n\t"
            or (_is_cjk(left) and (_is_cjk(right) or right.isdigit() or right == "%"))
            or (_is_cjk(right) and (left.isdigit() or left == "%"))
        )
        if not drop:
            keep_chars.append(" ")
            keep_origin.append(origin[i])
        i = j
    keep_origin.append(end)
    return Normalized("".join(keep_chars), keep_origin)
