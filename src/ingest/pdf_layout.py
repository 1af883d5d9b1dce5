"""PDF page layout: characters into lines, lines into paragraphs, running headers and footers.

Works on positioned characters only (top-down PDF points of the page as displayed, as
pdfplumber gives them; `PageSpace` maps PDF user space there), so it does not care which
library read them:

- fake-bold duplicates (the same glyph drawn again within a point) dropped;
- lines by vertical overlap in content-stream order, a space put between two Latin
  letters or digits that are visibly apart, none between CJK characters;
- running headers, footers and page numbers found by repetition: a line near the top or
  bottom edge whose text, digits aside, recurs on at least half of the pages (or that is
  nothing but the page's own number);
- paragraphs by first-line indent, a short last line (the next line's first word would
  have fitted), extra spacing, a change of size, a page that ended early, or, in
  documents that do not indent, a numbered heading; a wrapped line is joined without a
  space between CJK characters and with one between Latin words, a hyphen kept as printed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from typing import cast

import numpy as np

from zhibiao.ingest.document import Box
from zhibiao.ingest.text import heading_like

#: pdfplumber's dedupe_chars tolerance: the same glyph within 1pt is a fake-bold copy.
DEDUPE_TOLERANCE = 1.0
#: A gap this many glyph heights wide between two glyphs of a line is a space (words or
#: columns visibly apart), whatever the glyphs.
WORD_GAP = 1.5
#: Share of the page height, top and bottom, where running headers and footers live.
MARGIN_BAND = 0.12
_DIGITS = re.compile(r"\d+")
#: A line that is nothing but a page number: 3, - 3 -, 第 3 页, 第 3 页 共 9 页, 3/9.
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?(\d+)\s*页?\s*(?:(?:/|共)\s*\d+\s*页?)?[-—–\s]*$")


@dataclass(slots=True)
class Char:
    """One glyph: its text and loose box (x0, top, x1, bottom) in top-down points."""

    ch: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class PageSpace:
    """PDF user space → top-down display coordinates as pdfplumber gives them: points
    from the top-left corner of the media box, the page's /Rotate applied."""

    left: float
    bottom: float
    width: float  # of the media box, unrotated
    height: float
    rotation: int = 0

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of the page as displayed."""
        if self.rotation in (90, 270):
            return self.height, self.width
        return self.width, self.height

    def point(self, x: float, y: float) -> tuple[float, float]:
        u, v = x - self.left, y - self.bottom
        if self.rotation == 90:
            return v, u
        if self.rotation == 180:
            return self.width - u, v
        if self.rotation == 270:
            return self.height - v, self.width - u
        return u, self.height - v

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, ...]:
        """(x0, top, x1, bottom) of a PDF rectangle."""
        ax, ay = self.point(left, bottom)
        bx, by = self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def dedupe(chars: list[Char], tolerance: float = DEDUPE_TOLERANCE) -> tuple[list[Char], int]:
    """Chars without fake-bold copies (same text, x0 and top within `tolerance`), and how
    many copies were dropped. The letters of a ligature (pdfium gives ﬀ as two f with
    one box, one after the other) are not copies."""
    seen: dict[tuple[str, int], list[tuple[int, Char]]] = {}  # (glyph, top // tol) → chars
    kept: list[Char] = []
    dropped = 0
    for index, c in enumerate(chars):
        if c.ch.isspace():
            kept.append(c)
            continue
        row = int(c.top // tolerance)
        duplicate = False
        for key in ((c.ch, row), (c.ch, row - 1), (c.ch, row + 1)):
            for j, o in seen.get(key, ()):
                if abs(o.x0 - c.x0) <= tolerance and abs(o.top - c.top) <= tolerance and not (
                        j == index - 1 and o.x0 == c.x0 and o.x1 == c.x1 and o.top == c.top):
                    duplicate = True
                    break
            if duplicate:
                break
        if duplicate:
            dropped += 1
            continue
        seen.setdefault((c.ch, row), []).append((index, c))
        kept.append(c)
    return kept, dropped


def may_have_copies(keys: np.ndarray, x0: np.ndarray, top: np.ndarray,
                    tolerance: float = DEDUPE_TOLERANCE) -> bool:
    """Whether two of these glyphs (`keys` tells which glyph, equal keys the same one)
    could be fake-bold copies for `dedupe`: the same glyph with x0 and top within
    `tolerance`. False means `dedupe` would drop nothing; True, that it may.

    Array work over the page: each glyph falls in a square of the side `tolerance`;
    two glyphs that close are in the same or neighbouring squares, so it is enough
    that no square holds the same glyph twice and no neighbouring one holds it too."""
    if len(keys) < 2:
        return False
    bx = np.floor(x0 / tolerance)
    by = np.floor(top / tolerance)
    if not (np.abs(bx).max() < _CELL_LIMIT and np.abs(by).max() < _CELL_LIMIT):
        return True  # far off the page (or not a number): let dedupe look
    ids = np.sort((keys.astype(np.int64) << 42) | ((bx.astype(np.int64) + _CELL_LIMIT) << 21)
                  | (by.astype(np.int64) + _CELL_LIMIT))
    if (ids[1:] == ids[:-1]).any():
        return True
    near = (ids[None, :] + _NEIGHBOURS[:, None]).ravel()  # all neighbours in one lookup
    at = np.minimum(np.searchsorted(ids, near), len(ids) - 1)
    return bool((ids[at] == near).any())


#: Squares are numbered in 21 bits per axis (and the glyph above them).
_CELL_LIMIT = 1 << 20
#: Square numbers of the neighbours to the right (and up, and down) and below.
_NEIGHBOURS = np.array([(1 << 21) - 1, 1 << 21, (1 << 21) + 1, 1], dtype=np.int64)


@dataclass(slots=True)
class Line:
    """A line of text on one page; `chars` may hold inserted spaces (box None)."""

    page: int
    chars: list[Char | None]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # median glyph height

    def boxes(self) -> list[Box | None]:
        return [None if c is None else (self.page, c.x0, c.top, c.x1, c.bottom)
                for c in self.chars]


def line_of(page: int, chars: list[Char]) -> Line | None:
    """A Line of `chars` (spaces at its ends dropped); None when it has no ink."""
    while chars and chars[-1].ch.isspace():
        chars.pop()
    while chars and chars[0].ch.isspace():
        chars.pop(0)
    ink = [c for c in chars if not c.ch.isspace()]
    if not ink:
        return None
    heights = sorted([c.bottom - c.top for c in ink])  # statistics.median, inlined
    n = len(heights)
    size = heights[n // 2] if n % 2 else (heights[n // 2 - 1] + heights[n // 2]) / 2
    if len(ink) == len(chars):  # no space inside: the common case in Chinese text
        out: list[Char | None] = list(chars)
        text = [c.ch for c in chars]
        near, far = 0.25 * size, WORD_GAP * size
        gaps = [i for i in range(1, len(chars)) if chars[i].x0 - chars[i - 1].x1 > near]
        if gaps:
            out, text = [], []
            start = 0
            for i in gaps:
                c, p = chars[i], chars[i - 1]
                if (_latin(p.ch) and _latin(c.ch)) or c.x0 - p.x1 > far:
                    out.extend(chars[start:i])
                    out.append(None)  # words (or columns) visibly apart: a space
                    text.extend([ch.ch for ch in chars[start:i]])
                    text.append(" ")
                    start = i
            out.extend(chars[start:])
            text.extend([ch.ch for ch in chars[start:]])
    else:
        out = []
        text = []
        prev: Char | None = None
        for c in chars:
            if prev is not None and not c.ch.isspace() and not prev.ch.isspace() and (
                    c.x0 - prev.x1 > 0.25 * size and ((_latin(prev.ch) and _latin(c.ch))
                                                       or c.x0 - prev.x1 > WORD_GAP * size)):
                out.append(None)  # words (or columns) visibly apart: a space
                text.append(" ")
            out.append(c)
            text.append(c.ch)
            prev = c
    return Line(page, out, "".join(text), min([c.x0 for c in ink]), min([c.top for c in ink]),
                max([c.x1 for c in ink]), max([c.bottom for c in ink]), size)


def make_lines(chars: Iterable[Char], page: int, at: np.ndarray | None = None) -> list[Line]:
    """Lines of `chars` (content-stream order): a new line starts where a glyph no longer
    overlaps the current line vertically by half its height, or jumps back left. `at`:
    the characters' boxes as rows (x0, top, x1, bottom) of an array, when known."""
    chars = chars if isinstance(chars, list) else list(chars)
    if len(chars) >= _ARRAY_MIN:
        lines = lines_of_groups([chars], page, at)
        if lines is not None:
            return lines[0]
    return _make_lines(chars, page)


def _make_lines(chars: list[Char], page: int) -> list[Line]:
    """`make_lines` one character at a time."""
    lines: list[Line] = []
    cur: list[Char] = []
    last: Char | None = None
    # min() and max() of two floats written out (min(a, b) is `b if b < a else a`)
    for c in chars:
        ch = c.ch
        if ch in "\r\n":
            continue
        if ch.isspace():
            if cur:
                cur.append(c)
            continue
        if last is not None:
            lb, cb, lt, ct = last.bottom, c.bottom, last.top, c.top
            overlap = (cb if cb < lb else lb) - (ct if ct > lt else lt)
            lh, chh = lb - lt, cb - ct
            h = (chh if chh < lh else lh) or 1.0
            if overlap < 0.5 * h or c.x1 < last.x0:
                line = line_of(page, cur)
                if line is not None:
                    lines.append(line)
                cur = []
        cur.append(c)
        last = c
    line = line_of(page, cur)
    if line is not None:
        lines.append(line)
    return lines


#: Below this many characters make_lines goes one by one: the array work has a fixed cost
#: (about 80 µs), which the loop's cost per character overtakes at around 100 to 150.
_ARRAY_MIN = 128
#: Whether Python's str.isspace takes each code up to U+3000 for a space (none above is).
_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3001)], dtype=bool)


def lines_of_groups(groups: Sequence[list[Char]], page: int,
                    at: np.ndarray | None = None) -> list[list[Line]] | None:
    """`make_lines` of each group of characters (a page's, or each cell's of a table),
    as array work over all of them at once, with the same results (the same floats):
    the line breaks, each line's size (the median glyph height), its box, and the spaces
    `line_of` puts between glyphs visibly apart. A line with a space inside it goes
    through `line_of` itself. None when a character is not one code point or is a line
    break (then each group goes through make_lines one character at a time). `at`: the
    characters' boxes, all groups' one after the other, as rows (x0, top, x1, bottom) of
    an array, when known (else they are read from the characters)."""
    chars = [c for group in groups for c in group]
    n = len(chars)
    text = "".join([c.ch for c in chars])
    if len(text) != n or "\r" in text or "\n" in text:
        return None
    out: list[list[Line]] = [[] for _ in groups]
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    ink = (~_IS_SPACE[np.minimum(codes, 0x3000)] | (codes > 0x3000)).nonzero()[0]  # glyphs
    if not len(ink):
        return out
    if at is not None:
        x0, top, x1, bottom = at[:, 0], at[:, 1], at[:, 2], at[:, 3]
    else:
        x0 = np.array([c.x0 for c in chars], dtype=np.float64)
        top = np.array([c.top for c in chars], dtype=np.float64)
        x1 = np.array([c.x1 for c in chars], dtype=np.float64)
        bottom = np.array([c.bottom for c in chars], dtype=np.float64)
    if np.isnan(x0).any() or np.isnan(top).any() or np.isnan(x1).any() or np.isnan(bottom).any():
        return None  # (min and max of NaN are Python's business)
    group = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    # a line break between consecutive glyphs: make_lines' test, or a new group
    prev, cur = ink[:-1], ink[1:]
    lb, cb, lt, ct = bottom[prev], bottom[cur], top[prev], top[cur]
    overlap = np.where(cb < lb, cb, lb) - np.where(ct > lt, ct, lt)
    lh, chh = lb - lt, cb - ct
    h = np.where(chh < lh, chh, lh)
    h = np.where(h == 0, 1.0, h)  # `or 1.0`
    breaks = (overlap < 0.5 * h) | (x1[cur] < x0[prev]) | (group[cur] != group[prev])
    firsts = np.concatenate([[0], breaks.nonzero()[0] + 1])  # numbered among the glyphs
    lasts = np.concatenate([firsts[1:] - 1, [len(ink) - 1]])
    counts = lasts - firsts + 1
    starts, ends = ink[firsts], ink[lasts] + 1  # each line's characters, no end spaces
    spaced = ((ends - starts) != counts).tolist()  # a space inside the line
    # size: the median glyph height of each line (heights sorted within each line)
    line_of_glyph = np.repeat(np.arange(len(firsts)), counts)
    heights = bottom[ink] - top[ink]
    heights = heights[np.lexsort((heights, line_of_glyph))]
    mid = firsts + counts // 2
    size = np.where(counts % 2 == 1, heights[mid], (heights[mid - 1] + heights[mid]) / 2)
    # the box: for each side, the first glyph of the line that reaches it (its coordinate
    # is then the very float object the Char holds, as min() in line_of gives it: a new
    # float per line and side would be memory for nothing)
    reaching = []
    for column, reduce in ((x0, np.minimum), (top, np.minimum), (x1, np.maximum),
                           (bottom, np.maximum)):
        values = column[ink]
        hits = np.flatnonzero(values == reduce.reduceat(values, firsts)[line_of_glyph])
        reaching.append(ink[hits[np.searchsorted(hits, firsts)]].tolist())
    boxes = zip(*reaching, strict=True)
    # the spaces line_of puts in: a gap over a quarter of the size between two Latin
    # letters or digits, or over one and a half times the size
    position = np.arange(n)
    owner = np.searchsorted(starts, position, side="right") - 1  # the line started last
    inside = (owner >= 0) & (position > starts[owner]) & (position < ends[owner])
    gap = np.zeros(n, dtype=np.float64)
    gap[1:] = x0[1:] - x1[:-1]
    latin = (((codes >= 0x30) & (codes <= 0x39)) | ((codes >= 0x41) & (codes <= 0x5A))
             | ((codes >= 0x61) & (codes <= 0x7A)))
    latin_pair = np.zeros(n, dtype=bool)
    latin_pair[1:] = latin[1:] & latin[:-1]
    line_size = size[owner]
    put = (inside & (gap > 0.25 * line_size) & (latin_pair | (gap > WORD_GAP * line_size))
           ).nonzero()[0].tolist()
    put.append(n)  # a sentinel
    k = 0
    for s, e, g, sz, box, inner in zip(starts.tolist(), ends.tolist(), group[starts].tolist(),
                                       size.tolist(), boxes, spaced, strict=True):
        if inner:
            line = line_of(page, chars[s:e])
            if line is not None:
                out[g].append(line)
            while put[k] < e:
                k += 1
            continue
        if put[k] >= e:
            line_chars = cast(list[Char | None], chars[s:e])  # a new list already
            line_text = text[s:e]
        else:
            line_chars, pieces = [], []
            a = s
            while put[k] < e:
                line_chars.extend(chars[a:put[k]])
                line_chars.append(None)  # words (or columns) visibly apart: a space
                pieces.append(text[a:put[k]])
                a = put[k]
                k += 1
            line_chars.extend(chars[a:e])
            pieces.append(text[a:e])
            line_text = " ".join(pieces)
        out[g].append(Line(page, line_chars, line_text, chars[box[0]].x0, chars[box[1]].top,
                           chars[box[2]].x1, chars[box[3]].bottom, sz))
    return out


# --- running headers and footers ------------------------------------------------------------


def running_lines(pages: Sequence[Sequence[Line]], heights: Sequence[float]) -> set[int]:
    """ids of the lines that are running headers, footers or page numbers: in the top or
    bottom band of the page, with a text that (digits normalized) recurs on at least half
    of the pages, and on two pages or more; or a bare number that is the page's own."""
    n = len(pages)
    where: dict[tuple[str, str], set[int]] = defaultdict(set)
    found: dict[tuple[str, str], list[Line]] = defaultdict(list)
    out_now: list[Line] = []
    for i, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        for line in lines:
            if line.bottom <= height * MARGIN_BAND:
                zone = "top"
            elif line.top >= height * (1 - MARGIN_BAND):
                zone = "bottom"
            else:
                continue
            m = _PAGE_NUMBER.match(line.text)
            if m and int(m.group(1)) == line.page:  # this page's number: no need to compare
                out_now.append(line)
                continue
            key = (zone, _DIGITS.sub("#", line.text.replace(" ", "")))
            where[key].add(i)
            found[key].append(line)
    out: set[int] = {id(line) for line in out_now}
    for key, on_pages in where.items():
        if len(on_pages) >= 2 and len(on_pages) * 2 >= n:
            out.update(id(line) for line in found[key])
    return out


# --- paragraphs -----------------------------------------------------------------------------


@dataclass(slots=True)
class Frame:
    """The text column: left and right margins and the usual line gap and size."""

    left: float
    right: float
    gap: float
    size: float
    #: Paragraphs start with a first-line indent here (so a numbered heading at the
    #: start of an unindented line is a wrapped sentence, not a new paragraph).
    indents: bool = False
    #: Where a page's text ends when a paragraph runs on to the next page: the lowest
    #: line bottom on any page, and no higher than 3/4 of the page.
    bottom: float = 0.0


def _shared_edge(values: list[float], *, lowest: bool) -> float:
    """The lowest (or highest) position at least two lines share within 2pt: a margin,
    not a one-off centred or indented line; the extreme one when none is shared."""
    ordered = sorted(values, reverse=not lowest)
    for a, b in pairwise(ordered):
        if abs(a - b) <= 2:
            return a
    return ordered[0]


def frame_of(lines: Sequence[Line], page_height: float = 0.0) -> Frame:
    if not lines:
        return Frame(0, 0, 0, 10)
    size = median(ln.size for ln in lines)
    gaps = [b.top - a.bottom for a, b in pairwise(lines) if a.page == b.page
            and 0 <= b.top - a.bottom < 3 * size]
    left = _shared_edge([ln.x0 for ln in lines], lowest=True)
    indented = sum(1 for ln in lines if size < ln.x0 - left < 3 * size)
    return Frame(left, _shared_edge([ln.x1 for ln in lines], lowest=False),
                 median(gaps) if len(gaps) >= 3 else size * 0.5, size,
                 indented >= 0.05 * len(lines),
                 max(0.75 * page_height + 3 * size, max(ln.bottom for ln in lines)))


#: In a document whose paragraphs open with an indent, how many font sizes short of the
#: margin a line may end and still be full.
INDENTED_SLACK = 2.5
#: A numbered line with one of these runs on as a sentence; without, it is a heading.
_CLAUSE_MARKS = re.compile(r"[，,；;：:。]")
#: Marks a sentence or a list item may end on.
SENTENCE_END_MARKS: tuple[str, ...] = ("。", "！", "？", "!", "?", "；", ";", "：", ":")
#: Marks a sentence never ends on: a line ending on one goes on in the next line (a
#: semicolon or colon may end a list item, so they are not among them).
CONTINUING_MARKS: tuple[str, ...] = ("，", ",", "、")


def _first_word_width(line: Line) -> float:
    """Width of what a line break cannot split at the start of `line`: a run of Latin
    letters, digits and their punctuation, or one CJK character."""
    chars = [c for c in line.chars if c is not None]
    end = 1
    while end < len(chars) and (_latin(chars[end].ch) or chars[end].ch in ".,%-:/)") and (
            _latin(chars[0].ch)):
        end += 1
    return chars[end - 1].x1 - chars[0].x0


def starts_paragraph(prev: Line, line: Line, frame: Frame, right: float | None = None, *,
                     prev_alone: bool = True) -> bool:
    """Whether `line` begins a new paragraph rather than continuing `prev`; `right` is
    the right edge of the block `prev` is set in (an indented quotation is narrower than
    the page's text column); `prev_alone` when `prev` is the first line of its paragraph
    (a heading, as far as a page break can tell)."""
    size = max(line.size, prev.size)
    if abs(line.size - prev.size) > 0.15 * size:
        return True
    # prev is full when the next line's first word would not have fitted after it; where
    # paragraphs open with an indent, that indent says where they start, and a line a
    # character or two short that stops mid-sentence (CJK lines set unjustified, a
    # no-break pair carried over), neither it nor the next a numbered item, is no
    # paragraph end
    slack = _first_word_width(line) + 0.5 * size
    if frame.indents and not prev.text.rstrip().endswith(SENTENCE_END_MARKS) \
            and not heading_like(line.text) \
            and not (heading_like(prev.text) and not _CLAUSE_MARKS.search(prev.text)):
        slack = max(slack, INDENTED_SLACK * size)
    full = (right or frame.right) - prev.x1 <= slack
    if line.page != prev.page and prev.bottom < frame.bottom - 3 * size \
            and (prev_alone or not (full and "\u4e00" <= prev.text.rstrip()[-1:] <= "\u9fff")):
        # the page ended early: a break before a new paragraph (unless a paragraph's last
        # line is full and stops mid-word: …专家咨⏎(next page)询、执法司法联动…)
        return True
    if heading_like(line.text) and not frame.indents:
        return True
    if line.x0 > prev.x0 + 0.8 * size or (line.x0 > frame.left + 0.8 * size
                                          and abs(line.x0 - prev.x0) > 2):
        return True  # a first-line indent, or a centred or indented line
    if not full and not (prev.text.rstrip().endswith(CONTINUING_MARKS)
                     and not heading_like(line.text)):
        # the next line's first word would have fitted: prev ended on purpose (unless it
        # ended on a comma: 支出2354.4万元,⏎与上年相比减少… is one sentence broken by hand)
        return True
    return line.page == prev.page and line.top - prev.bottom > frame.gap + 0.4 * size


def _block_rights(lines: Sequence[Line], frame: Frame) -> dict[int, float]:
    """id(line) → right edge of its block, for runs of two or more lines on one page that
    start at the same x and are wide (a quotation set in from both margins)."""
    out: dict[int, float] = {}
    i = 0
    while i < len(lines):
        j = i + 1
        while (j < len(lines) and lines[j].page == lines[i].page
               and abs(lines[j].x0 - lines[i].x0) <= 2):
            j += 1
        right = max(ln.x1 for ln in lines[i:j])
        if j - i >= 2 and right - lines[i].x0 >= 0.6 * (frame.right - frame.left):
            out.update((id(ln), right) for ln in lines[i:j])
        i = j
    return out


def _page_rights(lines: Sequence[Line]) -> dict[int, float]:
    """page → its right margin, when many of its lines reach it (at least three and a
    quarter of them, within a character of the rightmost): a prose page's text column. The
    document's frame takes the widest margin of any page (a landscape table page, a
    单位:万元 set out to the right), which would make a portrait page's full lines look
    short. A page of short lines (contents, a list of offices) keeps the frame's."""
    by_page: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append((line.x1, line.size))
    rights = {}
    for page, ends in by_page.items():
        right = max(x1 for x1, _ in ends)
        # within a character of it: CJK set unjustified stops a glyph short, or a closing
        # punctuation mark past it (…,与上年相 at 515.9 under a right edge of 523.3)
        reaching = sum(1 for x1, size in ends if x1 >= right - max(2.0, size))
        if reaching >= 3 and reaching >= 0.25 * len(ends):
            rights[page] = right
    return rights


def paragraphs(lines: Sequence[Line], frame: Frame) -> list[list[Line]]:
    rights = _block_rights(lines, frame)
    page_rights = _page_rights(lines)
    out: list[list[Line]] = []
    for line in lines:
        prev = out[-1][-1] if out else None
        right = rights.get(id(prev)) or page_rights.get(prev.page) if prev else None
        if prev is not None and not starts_paragraph(prev, line, frame, right,
                                                     prev_alone=len(out[-1]) == 1):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def join_lines(lines: Sequence[Line]) -> tuple[str, list[Box | None]]:
    """Text and boxes of wrapped lines joined into one: nothing between CJK characters
    (or after a hyphen), one space between Latin words."""
    if len(lines) == 1:  # (most table cells)
        return lines[0].text, lines[0].boxes()
    text: list[str] = []
    boxes: list[Box | None] = []
    for line in lines:
        if text and (_latin(text[-1][-1]) or text[-1][-1] in ",;:") and line.text \
                and _latin(line.text[0]):  # Latin words, or a Latin comma then a word
            text.append(" ")
            boxes.append(None)
        text.append(line.text)
        boxes.extend(line.boxes())
    return "".join(text), boxes
