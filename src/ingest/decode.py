"""Bytes → str for text and web pages: BOM, UTF-8, GB18030/GBK, then detection."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from zhibiao.errors import BinaryInput, EmptyInput, EncodingProblem

#: Labels pages use for the GBK family; browsers (WHATWG Encoding) read all of them with
#: the GB18030 decoder, since pages that say gb2312 routinely hold GBK-only characters.
_GB_LABELS = frozenset({"gb2312", "gbk", "x-gbk", "gb18030", "gb_2312-80", "csgb2312",
                        "chinese", "iso-ir-58", "cp936", "ms936", "windows-936", "euc-cn"})
#: Latin labels browsers read as windows-1252.
_LATIN_LABELS = frozenset({"iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
                           "cp1252", "windows-1252", "iso8859-1", "iso_8859-1"})

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(
        1 for ch in text
        if (unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\t\n\r\f")
        or ch == "\ufffd"
    )
    return bad / len(text)


def _cjk_share_of_non_ascii(text: str) -> float:
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return 1.0
    cjk = sum(
        1 for ch in non_ascii
        if unicodedata.name(ch, "").startswith(("CJK", "FULLWIDTH", "IDEOGRAPHIC"))
        or "\u3000" <= ch <= "\u303f" or ch in "“”‘’…—·"
    )
    return cjk / len(non_ascii)


def charset_codec(label: str | None) -> str | None:
    """The Python codec for a charset label as browsers read it, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    if label in _GB_LABELS:
        return "gb18030"
    if label in _LATIN_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


#: How the encoding is reported when invalid UTF-8 bytes were replaced (see `lossy`).
_REPLACED = "utf-8 with {} invalid byte sequence(s) replaced by U+FFFD"


def lossy(encoding: str) -> bool:
    """Whether `decode_text` had to replace bytes to read the text (the document is then
    partial)."""
    return "replaced by U+FFFD" in encoding


def _utf8_with_a_few_bad_bytes(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text damaged in a few places (a truncated download, a bad copy): read with
    the bad sequences replaced, when they are few (at most 4, or 1% of the non-ASCII
    characters) beside ten times as many good ones: text in another encoding read as
    UTF-8 is nearly all replacement characters."""
    text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127) - replaced
    if (replaced <= max(4, 0.01 * good) and good >= 10 * replaced
            and _control_ratio(text.replace("\ufffd", "")) < 0.01):
        return text, _REPLACED.format(replaced)
    return None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding used). `declared` is a charset a page claims; it is checked, not trusted:
    bytes that are valid UTF-8 are read as UTF-8 whatever the page says (GBK text is never
    valid UTF-8 by accident), and a declared codec must give plausible Chinese text.

    Raises EmptyInput, BinaryInput or EncodingProblem instead of returning garbage.
    """
    if not data.strip():
        raise EmptyInput("the file is empty" if not data else "the file holds only whitespace")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "")
            except UnicodeDecodeError:
                continue  # FF FE 00 00 is UTF-32's BOM, or UTF-16's and a NUL; or damage
    if b"\x00" in data[:4096]:
        raise BinaryInput("NUL bytes: this is a binary file, not text")
    candidates = [c for c in ("utf-8", charset_codec(declared), "gb18030") if c]
    for codec in dict.fromkeys(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        plausible = codec == "utf-8" or _cjk_share_of_non_ascii(text) > 0.8
        if plausible and _control_ratio(text) < 0.01:
            return text, codecs.lookup(codec).name
    repaired = _utf8_with_a_few_bad_bytes(data)
    if repaired is not None:
        return repaired
    best = from_bytes(data).best()
    if best is None:
        raise BinaryInput("no text encoding fits these bytes")
    text = str(best)
    if _control_ratio(text) >= 0.01:
        raise BinaryInput(f"decoded as {best.encoding} but full of control characters")
    if best.chaos > 0.3:
        raise EncodingProblem(f"best guess {best.encoding} still reads as garbage")
    return text, best.encoding
