"""The heading hierarchy of a document: which section every block and offset belongs to.

Chinese reports number their headings in a conventional order — 第一章 / 第一节, 一、,
（一）, 1., （1）, ① — and the readers give every block a kind (heading or paragraph) and,
for HTML h1-h6 and big or centred PDF lines, a level. The hierarchy is built from the
numbering, not from the block kind, because the readers cannot always tell:

- a numbered line is a heading whatever its length (一、强化…，确保… is a heading that is a
  sentence; 1.巩固提升…改革。在完成… is a run-in heading starting its paragraph), and its
  title is cut at the first full stop, colon or semicolon
  (（二）自然灾害方面：… → （二）自然灾害方面);
- a numbered item may also start inside a paragraph, after a full stop, when it continues
  the numbering of its siblings (（一）复盘梅汛…。（二）以…);
- a marker kind already open closes everything below it; a new kind nests below the open
  ones, after closing those that are conventionally deeper (a 1. list before 一、 is closed);
- unnumbered headings before the first numbered one are the title and front matter and
  belong to no section; after it they are captions under the current section. A document
  without numbered headings uses the readers' levels.

A path joins the titles from the top: "一、主要目标 › (二)自然灾害方面".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from zhibiao.ingest.document import SourceDocument
from zhibiao.parse.values import parse_number

SEPARATOR = " › "

_CN = "一二三四五六七八九十百零〇两"
#: Marker kinds in their conventional order (outermost first) and the pattern of each.
MARKERS: tuple[tuple[str, str], ...] = (
    ("part", rf"第[{_CN}\d]+(?:编|篇|部分)"),
    ("chapter", rf"第[{_CN}\d]+章"),
    ("section", rf"第[{_CN}\d]+节"),
    ("cn", rf"[{_CN}]+[、．.](?![{_CN}])"),
    ("paren_cn", rf"[(（][{_CN}]+[)）]"),
    ("arabic", r"\d{1,2}(?:[、．]|\.(?!\d))"),
    ("paren_arabic", r"[(（]\d{1,2}[)）]"),
    ("circled", r"[①-⑳]"),
)
RANK = {kind: rank for rank, (kind, _) in enumerate(MARKERS)}
_MARKER_RE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in MARKERS))
#: A title ends at the first of these (the rest of the line is the section's text).
TITLE_ENDS = "。:：;；!！?？\n\t"
#: Longer titles are cut at their first comma (or at this length).
MAX_TITLE = 40
#: Marker kinds whose first item (一、, (一)) may open a section inside a paragraph.
INLINE_FIRST_KINDS = frozenset({"cn", "paren_cn"})
#: A first section (一、 / (一)) inside a paragraph, after a full stop: a page that ran its
#: report into one paragraph is numbered still.
_INLINE_FIRST = re.compile(r"[。；;！!？?][ \u3000]*(?:一[、．.]|[(（]一[)）])"
                           r"(?![一二三四五六七八九十])")
#: Characters after which a numbered item may start inside a paragraph.
INLINE_OPENERS = "。；;！!？?"
_OPENER = re.compile(f"[{re.escape(INLINE_OPENERS)}]")


@dataclass(frozen=True, slots=True)
class Heading:
    """One numbered (or captioning) heading: where it is and what it is called."""

    start: int
    end: int  # end of the title in doc.text
    kind: str  # a MARKERS kind, or "caption" / "level" for unnumbered headings
    number: int | None
    title: str  # marker and title as written, e.g. "(二)自然灾害方面"
    name: str = ""  # the title without its marker, e.g. "自然灾害方面"


def _number(marker: str) -> int | None:
    digits = marker.strip("第章节编篇部分()（）、.． ")
    if len(digits) == 1 and "①" <= digits <= "⑳":
        return ord(digits) - ord("①") + 1
    value = parse_number(digits)
    return int(value) if value is not None else None


def _title(text: str, start: int, limit: int) -> int:
    """End of the title starting at `start` (the block ends at `limit`)."""
    end = start
    while end < limit and text[end] not in TITLE_ENDS:
        end += 1
    if end - start > MAX_TITLE:  # a run-on first sentence: its first clause is the title
        cuts = [c for c in (text.find(",", start + 4, start + MAX_TITLE),
                            text.find("，", start + 4, start + MAX_TITLE)) if c != -1]
        end = min(cuts) if cuts else start + MAX_TITLE
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _marker_at(text: str, pos: int, limit: int) -> tuple[str, int, int | None] | None:
    """(kind, end, number) of a heading marker at `pos` followed by a title, or None."""
    m = _MARKER_RE.match(text, pos, limit)
    if m is None:
        return None
    after = m.end()
    while after < limit and text[after] in " \u3000":
        after += 1
    if after >= limit or text[after] in TITLE_ENDS or text[after] in ",，、":
        return None
    return m.lastgroup or "", m.end(), _number(m.group())


class Sections:
    """The hierarchy of one document: `paths` (one per block) and `at(offset)`."""

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        self.headings: list[Heading] = []
        self._starts: list[int] = []
        self._paths: list[str | None] = []
        self._chains: list[tuple[Heading, ...]] = []
        self.paths: list[str | None] = []
        numbered = any(
            block.kind != "table" and (self._block_marker(block.start, block.end) is not None
                                       or _INLINE_FIRST.search(doc.text, block.start, block.end))
            for block in doc.blocks
        )
        if numbered:
            self._build_numbered()
        else:
            self._build_levels()

    # -- construction ----------------------------------------------------------------------

    def _block_marker(self, start: int, end: int
                      ) -> tuple[int, str, int, int | None] | None:
        """(start, kind, end, number) of the heading marker a block opens with, if any."""
        text = self.doc.text
        while start < end and text[start].isspace():
            start += 1
        found = _marker_at(text, start, end)
        return (start, *found) if found else None

    def _mark(self, offset: int, stack: list[Heading], caption: Heading | None) -> None:
        chain = (*stack, caption) if caption else tuple(stack)
        path = SEPARATOR.join(h.title for h in chain) if chain else None
        if self._starts and self._starts[-1] == offset:
            self._paths[-1], self._chains[-1] = path, chain
        else:
            self._starts.append(offset)
            self._paths.append(path)
            self._chains.append(chain)

    def _open(self, stack: list[Heading], heading: Heading) -> None:
        kinds = [h.kind for h in stack]
        if heading.kind in kinds:
            del stack[kinds.index(heading.kind):]
        else:
            while stack and RANK[stack[-1].kind] >= RANK[heading.kind]:
                stack.pop()
        stack.append(heading)
        self.headings.append(heading)

    def _heading(self, kind: str, start: int, marker_end: int, limit: int,
                 number: int | None) -> Heading:
        text = self.doc.text
        title_start = marker_end
        while title_start < limit and text[title_start] in " \u3000":
            title_start += 1
        end = _title(text, title_start, limit)
        return Heading(start, end, kind, number, text[start:end].strip(),
                       text[title_start:end].strip())

    def _build_numbered(self) -> None:
        doc, text = self.doc, self.doc.text
        stack: list[Heading] = []
        caption: Heading | None = None
        seen_numbered = False
        self.paths = []
        for block in doc.blocks:
            marker = None if block.kind == "table" else self._block_marker(block.start,
                                                                            block.end)
            if marker is not None:
                start, kind, marker_end, number = marker
                self._open(stack, self._heading(kind, start, marker_end, block.end, number))
                caption, seen_numbered = None, True
                self._mark(block.start, stack, caption)
            elif block.kind == "heading" and seen_numbered:
                end = _title(text, block.start, block.end)
                title = text[block.start:end].strip()
                caption = Heading(block.start, end, "caption", None, title, title)
                self.headings.append(caption)
                self._mark(block.start, stack, caption)
            else:
                self._mark(block.start, stack, caption)
            self.paths.append(self._paths[-1])
            if block.kind != "table":
                caption = self._inline(block.start, block.end, stack, caption)

    def _inline(self, start: int, end: int, stack: list[Heading],
                caption: Heading | None) -> Heading | None:
        """Numbered items starting inside the block, after a full stop, that continue the
        numbering of an open heading of their kind (or, for 一、 and (一), open the first)."""
        text = self.doc.text
        pos = start + 1
        while pos < end:
            opener = _OPENER.search(text, pos - 1, end - 1)  # the next full stop
            if opener is None:
                break
            at = opener.end()
            while at < end and text[at] in " \u3000":
                at += 1
            found = _marker_at(text, at, end)
            if found is not None:
                kind, marker_end, number = found
                sibling = next((h for h in stack if h.kind == kind), None)
                if number is not None and (
                        (sibling is not None and sibling.number is not None
                         and number == sibling.number + 1)
                        # a page that ran its report into one paragraph: …提出意见。 一、2024年
                        # 政府工作回顾 2024年是… opens the first section of its kind
                        or (sibling is None and number == 1 and kind in INLINE_FIRST_KINDS)):
                    self._open(stack, self._heading(kind, at, marker_end, end, number))
                    caption = None
                    self._mark(at, stack, caption)
            pos = at + 1
        return caption

    def _build_levels(self) -> None:
        """No numbered headings: nest the readers' headings by level (unknown = deepest)."""
        doc, text = self.doc, self.doc.text
        stack: list[tuple[int, Heading]] = []
        title = (doc.title or "").strip()
        self.paths = []
        for block in doc.blocks:
            if block.kind == "heading":
                end = _title(text, block.start, block.end)
                name = text[block.start:end].strip()
                if not (title and name in title and not stack):
                    level = block.level if block.level is not None else 99
                    while stack and stack[-1][0] >= level:
                        stack.pop()
                    heading = Heading(block.start, end, "level", None, name, name)
                    stack.append((level, heading))
                    self.headings.append(heading)
            chain = tuple(h for _, h in stack)
            self._starts.append(block.start)
            self._paths.append(SEPARATOR.join(h.title for h in chain) if chain else None)
            self._chains.append(chain)
            self.paths.append(self._paths[-1])

    # -- queries -----------------------------------------------------------------------------

    def at(self, offset: int) -> str | None:
        """The path of the section holding text offset `offset` (None before any)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._paths[i] if i >= 0 else None

    def chain_at(self, offset: int) -> tuple[Heading, ...]:
        """The headings (outermost first) of the section holding `offset`."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._chains[i] if i >= 0 else ()

    @property
    def numbered(self) -> list[Heading]:
        """The numbered headings (not captions or level headings)."""
        return [h for h in self.headings if h.kind in RANK]


_cache: list[tuple[SourceDocument, Sections]] = []


def sections(doc: SourceDocument) -> Sections:
    """The (memoized) hierarchy of `doc`; reused while the same document is being parsed."""
    for cached_doc, cached in _cache:
        if cached_doc is doc:
            return cached
    built = Sections(doc)
    _cache[:] = [(doc, built)]
    return built


def section_at(doc: SourceDocument, offset: int) -> str | None:
    """The section path at a text offset: finer than per block, because a numbered item can
    start inside a paragraph ((一)…。(二)…)."""
    return sections(doc).at(offset)
