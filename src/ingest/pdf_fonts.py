"""The fonts pdfium may use for a PDF's non-embedded fonts: fixed, so PDFs read alike anywhere.

A PDF need not embed its fonts; generated government PDFs often name STSong-Light or
SimSun and embed nothing. pdfium then borrows a font of the machine, and what it reads
depends on what the machine has: the loose box of a character is its em box (from the
PDF's widths and font size) joined with the borrowed glyph's box, and a text object
whose borrowed glyphs are all empty (a machine without CJK fonts) is dropped from the
text page altogether when it is turned 90°. The same PDF gave different tables with and
without `fonts-wqy-microhei` installed.

So while zhibiao *reads* a PDF, pdfium is given no machine font at all (`install`, done
once per process when `ingest.pdf` is imported):

- a request for a CJK font (charsets Shift-JIS, Hangeul, GB2312, Big5) gets the metrics
  font that ships with zhibiao (`zhibiao-metrics.ttf` beside this module, built by
  tools/make_metrics_font.py): a thin bar inside every character's em box, so the loose
  box is the em box and no text object is empty;
- any other request gets nothing, so pdfium uses its own built-in fonts (the same in
  every copy of the pinned pypdfium2).

Only *drawing* a page (for OCR) wants real glyphs: inside `drawing()`, requests go to the
machine's fonts, and a CJK font the machine lacks is reported (`Drawing.missing_cjk`)
so the document can say its Chinese text could not be drawn. pdfium keeps the fonts it
loaded per document, so a page is drawn from a document opened inside `drawing()`.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import pypdfium2 as pdfium

#: Windows charset codes pdfium asks for when a font is Japanese, Korean or Chinese.
CJK_CHARSETS = frozenset({128, 129, 134, 136})
METRICS_FONT = files("zhibiao.ingest").joinpath("zhibiao-metrics.ttf").read_bytes()
_FACE_NAME = b"Zhibiao Metrics\0"
#: The handle pdfium is given for the metrics font (any non-null value it hands back).
_METRICS = 0x7A6862  # "zhb"


@dataclass(slots=True)
class Drawing:
    """What happened to font requests while pages were drawn."""

    #: A CJK font was asked for and the machine has none: Chinese text not drawn.
    missing_cjk: bool = False


class _FontPolicy(pdfium.PdfSysfontBase):
    """pdfium's FPDF_SYSFONTINFO: the metrics font or nothing while reading; the
    machine's fonts (pdfium's default handler) while drawing."""

    def __init__(self) -> None:
        super().__init__()
        self.drawing: Drawing | None = None

    # pdfium's default handler scans the machine's font folders here; its list is used
    # only while drawing (the mapper passes names, never handles, to MapFont and GetFont).
    def MapFont(self, _: Any, weight: int, italic: int, charset: int, pitch_family: int,
                face: Any, exact: Any) -> Any:
        if self.drawing is None:
            return _METRICS if charset in CJK_CHARSETS else None
        handle = self.default.MapFont(self.default, weight, italic, charset, pitch_family,
                                      face, exact)
        if not handle and charset in CJK_CHARSETS:
            self.drawing.missing_cjk = True
        return handle

    def GetFont(self, _: Any, face: Any) -> Any:
        if self.drawing is None:
            return None
        return self.default.GetFont(self.default, face)

    def GetFontData(self, _: Any, handle: Any, table: int, buffer: Any, size: int) -> int:
        if handle != _METRICS:
            return self.default.GetFontData(self.default, handle, table, buffer, size)
        if table != 0:  # the whole file only; 'ttcf' asks whether it is a collection
            return 0
        return _copy(METRICS_FONT, buffer, size)

    def GetFaceName(self, _: Any, handle: Any, buffer: Any, size: int) -> int:
        if handle != _METRICS:
            return self.default.GetFaceName(self.default, handle, buffer, size)
        return _copy(_FACE_NAME, buffer, size)

    def GetFontCharset(self, _: Any, handle: Any) -> int:
        if handle != _METRICS:
            return self.default.GetFontCharset(self.default, handle)
        return 134

    def DeleteFont(self, _: Any, handle: Any) -> None:
        if handle != _METRICS:
            self.default.DeleteFont(self.default, handle)


def _copy(data: bytes, buffer: Any, size: int) -> int:
    """FPDF_SYSFONTINFO's buffer protocol: always the length; the bytes when they fit."""
    if buffer and size >= len(data):
        ctypes.memmove(buffer, data, len(data))
    return len(data)


_policy: _FontPolicy | None = None
_lock = threading.RLock()


def install() -> None:
    """Give pdfium the reading policy (once per process; idempotent)."""
    global _policy
    with _lock:
        if _policy is None:
            _policy = _FontPolicy()
            _policy.setup()


@contextmanager
def drawing() -> Iterator[Drawing]:
    """Within: documents opened and pages drawn get the machine's fonts."""
    install()
    assert _policy is not None
    with _lock:
        report = Drawing()
        _policy.drawing = report
        try:
            yield report
        finally:
            _policy.drawing = None
