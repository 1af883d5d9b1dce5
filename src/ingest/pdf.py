"""PDF reports: text with a box per character, ruled tables as grids, bad PDFs quarantined.

pypdfium2 reads every character with its loose box (its text extraction is ~15x faster
than pdfplumber's on the samples; the page's text comes in one call and the rest of a
page's characters is sorted out as arrays, `_chars`); the ruling lines of pages that draw
vector paths are read from pdfium too and go through pdfplumber's table-finding steps
(`pdf_tables`), so the slow pdfminer parse is never run; fonts the PDF does not embed are
given to pdfium by `pdf_fonts` (never the machine's, so boxes do not depend on it); the
rest is layout (`pdf_layout`): lines, running headers and footers, paragraphs, unruled
tables. The
result is the structure every reader gives (`document.py`): normalized text cut into
heading / paragraph / table blocks, and `boxes`, one (page, x0, top, x1, bottom) per
character of the text (None for separators this reader put in), so every value can be
located on its page.

Each piece (paragraph, cell) is normalized on its own as the HTML reader does, and the
text is built from the pieces: blocks separated by newlines, table rows by newlines and
cells by tabs, a merged cell once at its origin.

Bad PDFs raise: EncryptedPdf (a password is needed), CorruptPdf (truncated, damaged,
no pages), ScannedPdf (page images and no text layer, when OCR is off, not installed or
finds nothing), NoContent (blank pages).

A page of images with (almost) no text layer is OCR'd when the extra zhibiao[ocr] is
installed (`ocr.py`: mode auto | always | never, `read_pdf(ocr=)`, from `Options`);
its characters and ruling lines then go through the same layout and table code, and the
document gets one confidence per character (`SourceDocument.confidences`). Glyphs
without a Unicode mapping ((cid:NN) in pdfminer, private-use code points) become U+FFFD
and mark the document partial, with the share of such characters in a warning.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from zhibiao.errors import CorruptPdf, EncryptedPdf, NoContent, ScannedPdf, TooManyPages
from zhibiao.ingest import ocr as _ocr
from zhibiao.ingest import pdf_fonts
from zhibiao.ingest.document import Block, BlockKind, Box, Cell, SourceDocument, full_grid
from zhibiao.ingest.metadata import read_issuer, read_published, read_title, report_year
from zhibiao.ingest.normalize import normalize, normalize_changed, unchanged_chars
from zhibiao.ingest.pdf_layout import (
    Char,
    Line,
    PageSpace,
    dedupe,
    frame_of,
    join_lines,
    make_lines,
    may_have_copies,
    paragraphs,
    running_lines,
)
from zhibiao.ingest.pdf_streams import check_streams
from zhibiao.ingest.pdf_tables import (
    Rules,
    Table,
    build_table,
    can_continue,
    find_cells,
    merge_tables,
    native,
    page_graphics,
    unruled_tables,
)
from zhibiao.ingest.text import heading_like
from zhibiao.limits import (
    DEFAULT_LIMITS,
    OCR_SECONDS_PER_PAGE,
    Limits,
    check_chars,
    fewer_collections,
    more_time,
)
from zhibiao.options import OcrMode

#: Where the end-of-file marker must be: a file cut short has lost it.
_EOF_WINDOW = 4096
_REPLACEMENT = "\ufffd"
NO_CJK_FONT = ("the machine has no CJK font, so Chinese text in the PDF's non-embedded fonts "
               "was not drawn for OCR (install one, e.g. Debian's fonts-wqy-microhei, which "
               "`make demo` installs)")

# What pdfium reads must not depend on the machine's fonts (pdf_fonts says why).
pdf_fonts.install()
_EMPTY_PAGE_TREE = re.compile(
    rb"/Type\s*/Pages\b[^>]*?/Count\s+0\b|/Count\s+0\b[^>]*?/Type\s*/Pages\b")


def _bad_glyph(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF or code == 0xFFFD or 0xF0000 <= code <= 0x10FFFF


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    has_text: bool
    tables: list[Table] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    images: int = 0
    scan: _ocr.OcrPage | None = None  # set when the page was OCR'd


class _Drawer:
    """Pages drawn for OCR: from a second copy of the document, opened with the
    machine's fonts (pdf_fonts.drawing), so the reading copy keeps the fixed ones."""

    def __init__(self, data: bytes, threads: int = 0) -> None:
        self.data = data
        self.threads = threads
        self.pdf: pdfium.PdfDocument | None = None
        self.missing_cjk = False

    def ocr(self, index: int, space: PageSpace) -> _ocr.OcrPage:
        with pdf_fonts.drawing() as drawing:
            if self.pdf is None:
                self.pdf = pdfium.PdfDocument(self.data)
            page = self.pdf[index]
            try:
                return _ocr.ocr_page(page, space, index + 1, threads=self.threads)
            finally:
                page.close()
                self.missing_cjk |= drawing.missing_cjk

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


@dataclass(slots=True)
class _Stats:
    chars: int = 0
    bad: int = 0
    duplicates: int = 0
    #: The character limit: a page is not read when it would take the total past it.
    limits: Limits = DEFAULT_LIMITS


def _open(data: bytes) -> pdfium.PdfDocument:
    truncated = b"%%EOF" not in data[-_EOF_WINDOW:]
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdf("the PDF is encrypted and needs a password to open") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedPdf("the PDF uses an unsupported security handler") from exc
        if truncated:
            raise CorruptPdf("the PDF is truncated: its end-of-file marker is missing and "
                             "it cannot be opened") from exc
        if _EMPTY_PAGE_TREE.search(data):  # pdfium refuses a document without pages
            raise CorruptPdf("the PDF has zero pages") from exc
        raise CorruptPdf(f"the PDF cannot be opened, it is damaged: {exc}") from exc
    if truncated:
        pdf.close()
        raise CorruptPdf("the PDF is truncated: its end-of-file marker is missing")
    if len(pdf) == 0:
        pdf.close()
        raise CorruptPdf("the PDF has zero pages")
    return pdf


# pdfium's per-character calls with plain C types (pdf_tables.native): they are most of
# what reading a page costs in Python.
_INT, _UINT, _PTR = ctypes.c_int, ctypes.c_uint, ctypes.c_void_p
_GET_UNICODE = native(pdfium_c.FPDFText_GetUnicode, _UINT, _PTR, _INT)
_IS_GENERATED = native(pdfium_c.FPDFText_IsGenerated, _INT, _PTR, _INT)
_MAP_ERROR = native(pdfium_c.FPDFText_HasUnicodeMapError, _INT, _PTR, _INT)
_LOOSE_BOX = native(pdfium_c.FPDFText_GetLooseCharBox, _INT, _PTR, _INT, _PTR)
#: What pdfium's page text holds where its character has another code (U+FFFE for a
#: hyphen at a line end, code 2, and for a glyph without a Unicode value, code 0): such
#: characters, and the glyphs pdfium found no Unicode mapping for, are asked one by one.
_SPACES: np.ndarray | None = None


def _is_space(codes: np.ndarray) -> np.ndarray:
    """`chr(code).isspace()` for each code (Python's own test, tabulated once)."""
    global _SPACES
    if _SPACES is None:
        table = np.zeros(0x10000, dtype=bool)
        table[[c for c in range(0x10000) if chr(c).isspace()]] = True
        _SPACES = table
    small = codes < 0x10000
    if small.all():
        return _SPACES[codes]
    return np.array([chr(c).isspace() if c else False for c in codes.tolist()], dtype=bool)


def _page_text(tp: Any, count: int) -> np.ndarray | None:
    """The code of each character of the page as pdfium's page text gives it (the code
    FPDFText_GetUnicode gives, but U+FFFE where that is 0 or 2): one call for the page
    instead of one per character. None when the page's text does not line up with its
    characters (pdfium leaves control characters out of it): then ask per character."""
    if pdfium_c.FPDFText_GetTextIndexFromCharIndex(tp, count - 1) != count - 1:
        return None
    units = np.zeros(count + 1, dtype=np.uint16)
    written = pdfium_c.FPDFText_GetText(tp, 0, count,
                                        units.ctypes.data_as(ctypes.POINTER(ctypes.c_ushort)))
    if written != count + 1:
        return None
    # one code per UTF-16 unit: pdfium keeps the two halves of a surrogate pair as two
    # characters, and so does its text
    return units[:count].astype(np.int64)


def _chars(textpage: pdfium.PdfTextPage, space: PageSpace,
           stats: _Stats) -> tuple[list[Char], bool, np.ndarray | None]:
    """The page's characters in content-stream order, bad glyphs as U+FFFD; pdfium's
    line breaks left out (layout makes lines itself), its word spaces kept between
    Latin words; whether some may be fake-bold copies (`may_have_copies`: when not,
    `dedupe` need not look); and their boxes as rows (x0, top, x1, bottom) of an
    array, for the layout's array work (None on a turned page, or when asked one by one).

    The page's text comes from pdfium in one call (`_page_text`) and is sorted out as
    arrays; per character only what has no page-wide call is asked: whether its glyph
    has a Unicode mapping, its loose box (written into one array), and, for a space,
    whether pdfium put it in. A page whose text does not line up with its characters is
    read asking every question per character (`_chars_one_by_one`)."""
    tp = textpage.raw
    count = pdfium_c.FPDFText_CountChars(tp)
    check_chars(stats.chars + count, stats.limits, "the PDF's text")
    if count <= 0:
        return [], False, None
    codes = _page_text(tp, count)
    if codes is None:
        return _chars_one_by_one(tp, count, space, stats), True, None
    handle = ctypes.cast(tp, ctypes.c_void_p).value
    error = np.fromiter(map(_MAP_ERROR, repeat(handle, count), range(count)),
                        dtype=np.int64, count=count) == 1
    text = codes.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    chars = list(text)
    asked = (error | (codes == 0xFFFE) | (codes == 0) | (codes == 2)).nonzero()[0].tolist()
    for i in asked:  # never a space pdfium generated (those are plain spaces)
        code = _GET_UNICODE(handle, i)
        if code == 2:  # pdfium's mark for a hyphen at a line end: keep the printed "-"
            code = 0x2D
        chars[i] = chr(code) if code else _REPLACEMENT
        codes[i] = code
    kept = (codes != 0x0D) & (codes != 0x0A)  # pdfium's line breaks (generated or not)
    ink = kept & ~_is_space(codes)
    bad = ink & (error | ((codes >= 0xE000) & (codes <= 0xF8FF)) | (codes == 0xFFFD)
                 | ((codes >= 0xF0000) & (codes <= 0x10FFFF)))
    for i in bad.nonzero()[0].tolist():
        chars[i] = _REPLACEMENT
    keep = kept.nonzero()[0]
    n = len(keep)
    keep_list = keep.tolist()
    rects = np.empty((n, 4), dtype=np.float32)  # FS_RECTF: left, top, right, bottom
    base = rects.ctypes.data
    if not all(map(_LOOSE_BOX, repeat(handle, n), keep_list, range(base, base + 16 * n, 16))):
        return _chars_one_by_one(tp, count, space, stats), True, None
    stats.chars += int(ink.sum())
    stats.bad += int(bad.sum())
    spaces = ((codes == 0x20) & ~error).nonzero()[0]
    generated = [int(at) for at, i in zip(np.searchsorted(keep, spaces).tolist(), spaces.tolist(),
                                          strict=True) if _IS_GENERATED(handle, i) == 1]
    out_ch = [chars[i] for i in keep_list]
    if space.rotation == 0:  # the common case, without the general mapping
        x_origin, y_origin = space.left, space.bottom + space.height
        box = rects.astype(np.float64)
        x0, top = box[:, 0] - x_origin, y_origin - box[:, 1]
        x1, bottom = box[:, 2] - x_origin, y_origin - box[:, 3]
        out = list(map(Char, out_ch, x0.tolist(), top.tolist(), x1.tolist(), bottom.tolist()))
        glyph = ink[keep]
        final = np.where(bad | (codes == 0), 0xFFFD, codes)[keep]
        copies = may_have_copies(final[glyph], x0[glyph], top[glyph])
        at = np.column_stack([x0, top, x1, bottom])
    else:
        out = [Char(ch, *space.box(left, bottom, right, top))
               for ch, (left, top, right, bottom) in zip(out_ch, rects.tolist(), strict=True)]
        return _word_spaces(out, generated)[0], True, None
    out, dropped = _word_spaces(out, generated)
    return out, copies, np.delete(at, dropped, axis=0) if dropped else at


def _chars_one_by_one(tp: Any, count: int, space: PageSpace, stats: _Stats) -> list[Char]:
    """`_chars` asking pdfium every question per character."""
    rect = pdfium_c.FS_RECTF()
    out: list[Char] = []
    generated: list[int] = []
    upright = space.rotation == 0
    x_origin, y_origin = space.left, space.bottom + space.height
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(tp, i)
        if pdfium_c.FPDFText_IsGenerated(tp, i) == 1:
            if code == 0x20:
                generated.append(len(out))
            else:
                continue  # pdfium's line breaks
        if code == 2:  # pdfium's mark for a hyphen at a line end: keep the printed "-"
            code = 0x2D
        ch = chr(code) if code else _REPLACEMENT
        if ch in "\r\n":
            continue
        if not ch.isspace():
            stats.chars += 1
            if pdfium_c.FPDFText_HasUnicodeMapError(tp, i) == 1 or _bad_glyph(code):
                ch = _REPLACEMENT
                stats.bad += 1
        pdfium_c.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(rect))
        if upright:
            out.append(Char(ch, rect.left - x_origin, y_origin - rect.top, rect.right - x_origin,
                            y_origin - rect.bottom))
        else:
            out.append(Char(ch, *space.box(rect.left, rect.bottom, rect.right, rect.top)))
    return _word_spaces(out, generated)[0]


def _word_spaces(chars: list[Char], generated: list[int]) -> tuple[list[Char], list[int]]:
    """Keep a space pdfium generated only between Latin words (a PDF need not draw its
    spaces); next to CJK text it is the autospacing gap Word and WPS put around Latin
    text and digits, or a wide comma, and Chinese has no space there. Returns the
    characters kept and the positions of the ones dropped."""
    drop = set()
    for i in generated:
        prev = chars[i - 1].ch if i else " "
        after = chars[i + 1].ch if i + 1 < len(chars) else " "
        if not (prev.isascii() and not prev.isspace() and after.isascii()
                and (after.isalnum() or after in "([{\"'")):
            drop.add(i)
    if not drop:
        return chars, []
    kept = [True] * len(chars)
    for i in drop:
        kept[i] = False
    return list(compress(chars, kept)), sorted(drop)


def _read_page(pdf: pdfium.PdfDocument, index: int, stats: _Stats,
               ocr: OcrMode = "never", drawer: _Drawer | None = None,
               rulings: dict[tuple, list[list[tuple]]] | None = None) -> _Page:
    """One page: its characters, tables and lines. `rulings`: the cells found for the
    rulings of the document's pages so far (`_table_cells`), when kept."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        raise CorruptPdf(f"page {index + 1} of the PDF is damaged: {exc}") from exc
    try:
        left, bottom, right, top = page.get_mediabox()
        space = PageSpace(left, bottom, right - left, top - bottom, page.get_rotation() % 360)
        width, height = space.size
        textpage = page.get_textpage()
        counted = stats.chars
        chars, copies, at = _chars(textpage, space, stats)
        ink = stats.chars - counted  # _chars counts the glyphs (what is not a space)
        if copies:
            chars, dropped = dedupe(chars)  # (copies are glyphs)
            stats.duplicates += dropped
            ink -= dropped
            if dropped:
                at = None
        textpage.close()
        result = _Page(index + 1, width, height, ink > 0)
        edges, result.images = page_graphics(page, space)
        if (drawer is not None and _ocr.wants_ocr(ocr, ink, result.images, width, height)
                and _ocr.available()):
            more_time(OCR_SECONDS_PER_PAGE)  # a long scan is work, not a hang
            result.scan = drawer.ocr(index, space)
            chars, at = result.scan.chars, None
            result.has_text = any(not c.ch.isspace() for c in chars)
            if len(edges) < 4:  # vector rules drawn over the scan are kept
                edges = Rules.of(result.scan.edges)
        for cells in _table_cells(edges, width, height, rulings):
            table, chars, at = build_table(cells, chars, index + 1, at)
            result.tables.append(table)
        result.lines = make_lines(chars, index + 1, at)
        return result
    finally:
        page.close()


#: How many rulings a document's reading keeps the cells of (`_table_cells`).
_RULINGS_KEPT = 16


def _table_cells(edges: Rules, width: float, height: float,
                 rulings: dict[tuple, list[list[tuple]]] | None) -> list[list[tuple]]:
    """`find_cells(edges, width, height)`, remembered in `rulings` for the last rulings
    read: a long table is ruled the same on page after page (79 of the 215 ruled pages of
    shared/real-pdfs repeat a ruling of their document, to the last bit), and the cells
    depend on the ruling alone."""
    if rulings is None or len(edges) < 4:  # (fewer: no table, nothing to look up)
        return find_cells(edges, width, height)
    columns = (edges.x0, edges.top, edges.x1, edges.bottom, edges.horizontal)
    key = (width, height, *(c.dtype.str for c in columns), *(c.tobytes() for c in columns))
    cells = rulings.get(key)
    if cells is None:
        cells = find_cells(edges, width, height)
        while len(rulings) >= _RULINGS_KEPT:
            del rulings[next(iter(rulings))]  # the oldest
        rulings[key] = cells
    return [list(table) for table in cells]  # (lists of their own)


# --- reading order and pieces ---------------------------------------------------------------


@dataclass(slots=True)
class _Piece:
    kind: BlockKind
    lines: list[Line] = field(default_factory=list)
    table: Table | None = None


def _flow(pages: list[_Page]) -> list[Line | Table]:
    """Lines and tables of all pages in reading order: each table where its top is,
    among the page's lines (which are in content-stream order)."""
    items: list[Line | Table] = []
    for page in pages:
        tables = sorted(page.tables, key=lambda t: t.bbox[1])
        for line in page.lines:
            while tables and tables[0].bbox[1] <= line.top:
                items.append(tables.pop(0))
            items.append(line)
        items.extend(tables)
    return items


def _pieces(items: list[Line | Table], body: list[Line], page_height: float) -> list[_Piece]:
    frame = frame_of(body, page_height)
    pieces: list[_Piece] = []
    run: list[Line] = []

    def flush() -> None:
        for para in paragraphs(run, frame):
            single = len(para) == 1
            text = "".join(ln.text for ln in para)
            big = single and para[0].size >= 1.15 * frame.size and len(text) <= 60
            centred = (single and para[0].x0 > frame.left + 2 * frame.size
                       and para[0].x1 < frame.right - 2 * frame.size and len(text) <= 40)
            kind: BlockKind = "heading" if heading_like(text) or big or centred else "paragraph"
            pieces.append(_Piece(kind, para))
        run.clear()

    previous: Table | None = None  # the table right before, with no text in between
    for item in items:
        if isinstance(item, Table):
            flush()
            if previous is not None and can_continue(previous, item):
                merge_tables(previous, item)
                continue
            pieces.append(_Piece("table", table=item))
            previous = item
        else:
            previous = None
            run.append(item)
    flush()
    return pieces


def _normal_form(text: str) -> tuple[str, list[int] | None]:
    """`text` normalized and stripped, and where each of its characters came from (None:
    from the same place)."""
    chars = set(text)
    if unchanged_chars(chars):  # normalize would map each character to itself
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        return stripped, list(range(lead, lead + len(stripped))) if lead and stripped else None
    norm = normalize_changed(text, chars)
    stripped = norm.text.strip()
    lead = len(norm.text) - len(norm.text.lstrip())
    origin: list[int] | None = norm.origin[:-1][lead : lead + len(stripped)]
    if origin == list(range(len(stripped))):
        origin = None
    return stripped, origin


class _Builder:
    """Concatenates normalized pieces into the document text, with a box per character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.boxes: list[Box | None] = []
        self.pos = 0
        self.blocks: list[Block] = []
        #: text → its normalized, stripped text and where each character came from (None:
        #: from the same place, the common case): a table repeats its cell texts (合计, 0.00,
        #: empty cells), normalize runs once each
        self._norms: dict[str, tuple[str, list[int] | None]] = {}

    def _put(self, text: str, boxes: list[Box | None]) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.boxes.extend(boxes)
        self.pos += len(text)
        return start, self.pos

    def _sep(self, sep: str) -> None:
        self._put(sep, [None] * len(sep))

    def _normalized(self, text: str, boxes: list[Box | None]) -> tuple[str, list[Box | None]]:
        known = self._norms.get(text)
        if known is None:
            known = self._norms[text] = _normal_form(text)
        stripped, origin = known
        n = len(boxes)
        if origin is None and len(stripped) <= n:
            # (`boxes` is the caller's own new list: kept whole when nothing was stripped)
            return stripped, boxes if len(stripped) == n else boxes[:len(stripped)]
        return stripped, [boxes[i] if i < n else None for i in (origin or range(len(stripped)))]

    def add_text(self, kind: BlockKind, lines: list[Line]) -> None:
        text, boxes = self._normalized(*join_lines(lines))
        if not text:
            return
        if self.parts:
            self._sep("\n")
        start, end = self._put(text, boxes)
        first = lines[0].page
        on_page = [ln for ln in lines if ln.page == first]
        bbox = (min(ln.x0 for ln in on_page), min(ln.top for ln in on_page),
                max(ln.x1 for ln in on_page), max(ln.bottom for ln in on_page))
        self.blocks.append(Block(kind, start, end, page=first, bbox=bbox,
                                 level=1 if kind == "heading" and not heading_like(text) else None))

    def add_table(self, table: Table) -> None:
        if self.parts:
            self._sep("\n")
        origins = {(c.row, c.col): c for c in table.cells}
        covered: dict[tuple[int, int], tuple[int, int]] = {}
        for c in table.cells:
            if c.row_span == 1 and c.col_span == 1:  # (most cells) it covers no other slot
                continue
            for r in range(c.row, c.row + c.row_span):
                for k in range(c.col, c.col + c.col_span):
                    if (r, k) != (c.row, c.col) and (r, k) not in origins:
                        covered[(r, k)] = (c.row, c.col)
        placed: dict[tuple[int, int], Cell] = {}
        start = pos = self.pos
        # (`_put` and `_sep` written out: a budget table has thousands of cells)
        put_text, put_box, put_boxes = self.parts.append, self.boxes.append, self.boxes.extend
        normalized = self._normalized
        for r in range(table.n_rows):
            if r:
                put_text("\n")
                put_box(None)
                pos += 1
            first = True
            for k in range(table.n_cols):
                slot = (r, k)
                if slot in covered:
                    continue
                if not first:
                    put_text("\t")
                    put_box(None)
                    pos += 1
                first = False
                cell = origins.get(slot)
                text, boxes = normalized(*join_lines(cell.lines)) if cell else ("", [])
                if "\t" in text or "\n" in text:
                    text = text.replace("\t", " ").replace("\n", " ")
                put_text(text)
                put_boxes(boxes)
                s, pos = pos, pos + len(text)
                placed[slot] = Cell(s, pos, cell.row_span if cell else 1,
                                    cell.col_span if cell else 1)
        self.pos = pos
        grid = full_grid(placed, covered, table.n_rows, table.n_cols, self.pos)
        self.blocks.append(Block("table", start, self.pos, page=table.page, bbox=table.bbox,
                                 rows=grid))

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --- the reader -----------------------------------------------------------------------------


def _page_list(numbers: list[int]) -> str:
    """Page numbers for a warning: the first ten, then an ellipsis."""
    return ", ".join(map(str, numbers[:10])) + (" …" if len(numbers) > 10 else "")


def _no_ocr(mode: str, pages: list[_Page]) -> str:
    """Why scanned pages were not read."""
    if mode == "never":
        return "OCR is off (--ocr never)"
    if any(p.scan is not None for p in pages):
        return "OCR found no text"
    return _ocr.INSTALL_HINT


_HEX_STRING = re.compile(r"^<([0-9A-Fa-f]{8,})>$")
#: What producers put around a title in the PDF's Info: a program's name, a file extension.
_META_TITLE_NOISE = re.compile(r"^Microsoft (?:Word|Excel) - |\.(?:docx?|xlsx?|wps|et|pdf)$")


def _metadata_title(pdf: pdfium.PdfDocument) -> str | None:
    """The PDF's Info title, the last resort when its text names none (often a template's
    or a stale title: 离婚协议书 on a 部门预算). Chinese producers write it in GBK, which
    pdfium hands back as a hex string (<BDADCBD5…> → 江苏…)."""
    try:
        title = pdf.get_metadata_value("Title") or ""
    except (pdfium.PdfiumError, KeyError, UnicodeDecodeError):
        return None
    m = _HEX_STRING.match(title.strip())
    if m and len(m.group(1)) % 2 == 0:
        try:
            title = bytes.fromhex(m.group(1)).decode("gb18030")
        except UnicodeDecodeError:
            return None
    title = _META_TITLE_NOISE.sub("", normalize(title).text.strip()).strip()
    return title if len(title) >= 4 else None


def read_pdf(data: bytes, source: str, doc_id: str, *,
             limits: Limits = DEFAULT_LIMITS, ocr: OcrMode = "auto",
             ocr_threads: int = 0) -> SourceDocument:
    """A PDF as a SourceDocument; raises a QuarantineError when it cannot be read or is
    over a limit (a stream inflating too far, too many pages, too many characters).
    `ocr`: auto | always | never; `ocr_threads`: threads OCR uses (0: one per core)."""
    with fewer_collections():  # a page makes thousands of glyphs and boxes
        return _read_pdf(data, source, doc_id, limits, ocr, ocr_threads)


def _read_pdf(data: bytes, source: str, doc_id: str, limits: Limits, ocr: OcrMode,
              ocr_threads: int) -> SourceDocument:
    check_streams(data, limits.max_inflated_bytes)
    pdf = _open(data)
    if len(pdf) > limits.max_pages:
        n = len(pdf)
        pdf.close()
        raise TooManyPages(f"the PDF has {n:,} pages, over the limit of "
                           f"{limits.max_pages:,} (--max-pages)")
    stats = _Stats(limits=limits)
    pages: list[_Page] = []
    damaged: list[int] = []
    drawer = _Drawer(data, ocr_threads)
    rulings: dict[tuple, list[list[tuple]]] = {}
    try:
        for i in range(len(pdf)):
            try:
                pages.append(_read_page(pdf, i, stats, ocr, drawer, rulings))
            except CorruptPdf:
                damaged.append(i + 1)
        meta_title = _metadata_title(pdf)
        n = len(pdf)
    finally:
        drawer.close()
        pdf.close()
    if not pages:
        raise CorruptPdf(f"none of the PDF's {n} page(s) can be loaded, it is damaged")
    if not any(p.has_text for p in pages):
        if any(p.images for p in pages):
            raise ScannedPdf(f"scanned, no text layer; {_no_ocr(ocr, pages)}: {n} page(s) "
                             "of images and no text")
        raise NoContent(f"the PDF's {n} page(s) are blank: no text and no images")
    warnings: list[str] = []
    running = running_lines([p.lines for p in pages], [p.height for p in pages])
    if running:
        warnings.append(f"removed {len(running)} running header/footer lines")
    for page in pages:
        lines = [ln for ln in page.lines if id(ln) not in running]
        unruled, page.lines = unruled_tables(lines, page.number)
        page.tables.extend(unruled)
    body = [ln for p in pages for ln in p.lines]
    builder = _Builder()
    for piece in _pieces(_flow(pages), body, max(p.height for p in pages)):
        if piece.table is not None:
            builder.add_table(piece.table)
        else:
            builder.add_text(piece.kind, piece.lines)
    text = builder.text
    if not text.strip():
        raise NoContent("no text left in the PDF once headers and footers are removed")
    partial = False
    if stats.bad:
        partial = True
        warnings.append(f"{stats.bad} of {stats.chars} characters "
                        f"({100 * stats.bad / stats.chars:.1f}%) have no Unicode mapping "
                        "((cid:NN) or private-use glyphs); shown as U+FFFD")
    scanned = [p.number for p in pages if not p.has_text and p.images]  # blank pages aside
    if scanned:
        partial = True
        warnings.append(f"{len(scanned)} page(s) of images without a text layer "
                        f"(scanned, not read): {_page_list(scanned)}")
        warnings.append(f"scanned pages not read: {_no_ocr(ocr, pages)}")
    if damaged:
        partial = True
        warnings.append(f"{len(damaged)} damaged page(s) skipped: {_page_list(damaged)}")
    if stats.duplicates:
        warnings.append(f"dropped {stats.duplicates} duplicate characters (fake bold)")
    scans = {p.number: p.scan for p in pages if p.scan is not None}
    boxes, confidences = _ocr.finish(builder.boxes, scans)
    if scans:
        warnings.append(_ocr.summary(scans))
    if drawer.missing_cjk:
        warnings.append(NO_CJK_FONT)
    title = read_title(text) or meta_title
    published = read_published(text)
    return SourceDocument(
        doc_id=doc_id,
        source=source,
        media_type="application/pdf",
        text=text,
        blocks=builder.blocks,
        title=title,
        issuer=read_issuer(text, title),
        published=published,
        pages=n,
        # the Info title's year only when the text names none (it is often stale)
        year=report_year(title, published) or report_year(meta_title, None)
        or report_year(None, None, text),
        warnings=warnings,
        boxes=boxes,
        confidences=confidences,
        partial=partial,
    )
