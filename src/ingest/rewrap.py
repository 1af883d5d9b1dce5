"""Hard-wrapped text (a PDF's or a printout's lines pasted as they were) joined back into
its paragraphs, before a .txt is cut into blocks.

A text copied from a PDF keeps the page's line breaks: `…我县综合指数年` / `累计为 5.73,…`.
Read line by line, every sentence that crosses a break loses its subject. Such a text is
told by its lines: most of them are about as wide as the widest (the page's measure) and
stop mid-sentence. A line that wide and not ending a sentence is then joined to the next,
unless the next opens a heading or a list item. A text of one paragraph per line (a web
page's copy) has no such common width and is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: The narrowest a page's measure is taken to be, in half-width units (a CJK character is 2):
#: shorter common lines are a table's cells or a list, not a wrapped page.
MIN_MEASURE = 30
#: …and the widest (a line of 60 CJK characters is a paragraph, not a printed line).
MAX_MEASURE = 120
#: A line at least this share of the measure counts as full.
FULL_SHARE = 0.85
#: A page's lines are never much wider than its measure: a text with more than OVER_LINES
#: of its lines over OVER_SHARE of the measure has paragraphs on its lines, not wraps.
OVER_SHARE = 1.1
OVER_LINES = 0.1
#: A text is wrapped when at least this share of its lines are full and stop mid-sentence,
#: and at least MIN_WRAPPED of them do.
WRAPPED_SHARE = 0.4
MIN_WRAPPED = 4
#: Characters that end a sentence: a full line ending on one is not joined.
SENTENCE_ENDS = "。！？!?"
#: A line holding one of these is a table's row: never joined.
TABLE_MARKS = ("\t", "|")
#: Words, a space, words: a line across two columns of a page (取得重大胜利, 与此同时…), whose
#: halves continue on different lines: never joined.
TWO_COLUMNS = re.compile(r"[\u4e00-\u9fff，。、；：,;:“”\"] +[\u4e00-\u9fff“”\"]")


def _width(line: str) -> int:
    """The line's width on the page it was copied from, in half-width units: CJK and
    full-width characters count 2, a space 0: most spaces are the copy's own
    (`减少 43506.06 元` printed as 减少43506.06元), and they would make a line of figures
    look narrower than the page's measure."""
    return sum(0 if ch == " " else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in line)


def _measure(widths: list[int]) -> int:
    """The width most lines come close to from below (0 when none is in range)."""
    candidates = sorted({w for w in widths if MIN_MEASURE <= w <= MAX_MEASURE})
    best, best_count = 0, 0
    for c in candidates:
        count = sum(1 for w in widths if FULL_SHARE * c <= w <= c)
        if count >= best_count:
            best, best_count = c, count
    return best


def rewrap(text: str, opens_block: Callable[[str], bool]) -> str:
    """`text` with its hard wraps joined, or unchanged when it is not hard-wrapped.

    `opens_block(line)` says whether a line opens a heading or list item (never joined to
    the line before it)."""
    lines = text.split("\n")
    widths = [_width(line.rstrip()) for line in lines]
    filled = [w for w in widths if w]
    measure = _measure(filled)
    if not measure:
        return text

    if sum(1 for w in filled if w > measure * OVER_SHARE) > OVER_LINES * len(filled):
        return text  # lines far wider than the measure: paragraphs, not a page's lines

    def wraps(i: int) -> bool:
        line = lines[i].rstrip()
        return (FULL_SHARE * measure <= widths[i] <= measure * OVER_SHARE
                and line[-1:] not in SENTENCE_ENDS
                and i + 1 < len(lines) and bool(lines[i + 1].strip())
                and not opens_block(lines[i + 1].strip())
                and not any(mark in lines[k] for k in (i, i + 1) for mark in TABLE_MARKS)
                and not any(TWO_COLUMNS.search(lines[k]) for k in (i, i + 1)))

    joins = {i for i in range(len(lines)) if widths[i] and wraps(i)}
    if len(joins) < MIN_WRAPPED or len(joins) < WRAPPED_SHARE * len(filled):
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and i - 1 in joins:
            before, after = out[-1].rstrip(), line.lstrip()
            space = " " if before[-1:].isascii() and before[-1:].isalnum() \
                and after[:1].isascii() and after[:1].isalnum() else ""
            out[-1] = before + space + after
        else:
            out.append(line)
    return "\n".join(out)


#: A sentence broken between a measure and its figure (…有效监测天数 / 365 天,AQI…, 同比
#: 增加 / 2433505.07 元,增长…): a line ending on a Han character, the next opening on a
#: figure (not a year, month or day: 一、学前教育 / 2023年,… opens a paragraph) whose
#: clause ends right after its unit. A cell-a-line table's figure is alone on its line.
_SPLIT_FIGURE = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=[-−]?\d[\d.,]*\s*(?![年月日季时])"
    r"[\u4e00-\u9fff%‰]{0,3}\s*[,，;；。])")


def join_split_figures(text: str) -> str:
    """`text` with every sentence broken right before its figure joined again (any text,
    wrapped or not: one break is enough to cut a figure from its name)."""
    return _SPLIT_FIGURE.sub("", text)


_LIST_ITEM = re.compile(r"^(?:[-•·●○◆■□▪*]|\d{1,2}[.、．](?!\d))")


def opens_item(line: str) -> bool:
    """A bullet or a numbered item (1. 2、 •): a line that starts a block of its own."""
    return bool(_LIST_ITEM.match(line))
