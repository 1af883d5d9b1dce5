"""Build src/ingest/zhibiao-metrics.ttf, the font pdfium is given for every
non-embedded CJK font (see src/ingest/pdf_fonts.py for why).

    .venv/bin/python tools/make_metrics_font.py        # rewrites the file

Every code point maps to one of two glyphs, a bar 0.1 em wide and 0.5 em tall standing
on the baseline at the pen position: full width (advance 1 em) for everything but
printable ASCII, half width (0.5 em) for that. A bar lies inside the character's em box
(pen position to advance, descent to ascent) for any character at least 0.1 em wide, so
pdfium's loose character box, which is the em box joined with the glyph's box, is the em
box: the PDF's own widths and font size, nothing from a font file. The bar is not empty,
so pdfium never drops a text object as zero-sized (which it does to glyphs a machine has
no font for). The output is byte-for-byte the same on every run (fixed timestamps), and
tests/ingest/test_pdf_fonts.py checks that the committed file is what this script builds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._c_m_a_p import cmap_format_13, table__c_m_a_p

TARGET = Path(__file__).resolve().parent.parent / "src" / "ingest" / "zhibiao-metrics.ttf"
UNITS = 1000
ASCENT, DESCENT = 880, -120  # the ideographic em box of the Adobe CJK fonts
BAR = (0, 0, 100, 500)  # x0, y0, x1, y1 in font units
FAMILY = "Zhibiao Metrics"
#: Fixed head.created / head.modified (seconds since 1904-01-01) so builds are identical.
TIMESTAMP = 3_786_912_000  # 2024-01-01


def _bar():
    x0, y0, x1, y1 = BAR
    pen = TTGlyphPen(None)
    pen.moveTo((x0, y0))
    pen.lineTo((x0, y1))
    pen.lineTo((x1, y1))
    pen.lineTo((x1, y0))
    pen.closePath()
    return pen.glyph()


def _cmap() -> table__c_m_a_p:
    """Format 13 (many-to-one ranges): the whole of Unicode in three groups, a few bytes."""
    sub = cmap_format_13(13)
    sub.platformID, sub.platEncID, sub.format = 3, 10, 13
    sub.reserved, sub.length, sub.language, sub.nGroups = 0, 0, 0, 0
    mapping = {}
    for start, end in ((0x20, 0xD7FF), (0xE000, 0x10FFFF)):
        for cp in range(start, end + 1):
            mapping[cp] = "half" if cp < 0x7F else "full"
    sub.cmap = mapping
    table = table__c_m_a_p()
    table.tableVersion = 0
    table.tables = [sub]
    return table


def build() -> bytes:
    """The font file's bytes."""
    import io

    fb = FontBuilder(UNITS, isTTF=True)
    fb.setupGlyphOrder([".notdef", "full", "half"])
    fb.font["cmap"] = _cmap()
    fb.setupGlyf({".notdef": _bar(), "full": _bar(), "half": _bar()})
    fb.setupHorizontalMetrics({".notdef": (UNITS, 0), "full": (UNITS, 0), "half": (UNITS // 2, 0)})
    fb.setupHorizontalHeader(ascent=ASCENT, descent=DESCENT)
    fb.setupNameTable({"familyName": FAMILY, "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=ASCENT, sTypoDescender=DESCENT, usWinAscent=ASCENT,
                usWinDescent=-DESCENT, ulCodePageRange1=1 << 18)  # bit 18: GB2312
    fb.setupPost()
    fb.font["head"].created = fb.font["head"].modified = TIMESTAMP
    out = io.BytesIO()
    fb.save(out)
    return out.getvalue()


if __name__ == "__main__":
    data = build()
    TARGET.write_bytes(data)
    print(f"wrote {TARGET} ({len(data)} bytes)", file=sys.stderr)
