"""Which column each cell of a table row belongs to, when the copy lost some of its cells.

A web page copied one cell per line drops the cells that were empty (a 单位 left blank)
and those a merged cell covered (a 领域 spanning four rows, a 牵头单位 spanning an item's
two rows). What is left is a run of lines per row, fewer than the header has columns.
Each line is still of a kind: a figure (82.98, >79, 96.64%, -), a unit (%, /10万, 元/月),
a word of the table's empty marks, or words; and each column expects a kind, told by its
header (2025年目标 holds figures, 单位 units, 主要指标 words). `align_row` places a row's
lines in the columns with the fewest mismatches (a dynamic programme over lines and
columns): an item's further rows (其中:…) start again at the first column (or after the
columns the item's merged cells span), and words
left after the last column are the next row's lead cells (a 领域 printed before its first
row number) when the table has such columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from zhibiao.ingest.list_marks import ITEM

CellKind = Literal["figure", "mark", "unit", "date", "words", "item", "sentence", "empty"]
ColumnKind = Literal["figure", "unit", "date", "words", "sentence", "any"]

#: A figure cell: a number with its bound and unit (82.98, >79, ≥98%, 1,234.5万元, 3台), or
#: the marks a table prints for no figure.
_FIGURE = re.compile(r"^(?:[<>≤≥＜＞≦≧]=?|不低于|不高于|不少于|约)?\s*[-−+]?\d[\d,，]*(?:\.\d+)?"
                     r"\s*[^\d\s]{0,4}$|^[-—–/]{1,3}$")
#: A figure that may be a stray mark: a bare number of one or two digits.
_MARK = re.compile(r"^\d{1,2}$")
#: A unit cell: a percent or per-mille sign, a per-unit (/10万, 元/月, 张/千人), or a short
#: unit word (个, 万元, 岁, 人次).
_UNIT = re.compile(r"^(?:[%‰]|/\d*[\u4e00-\u9fff]{0,3}"
                   r"|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff\d]{1,4})+"
                   r"|[个人元岁张名所家户次项座台套亩吨米天年月]|[万亿千]?元|[万千]?人次?|平方米|公里"
                   r"|(?:μg|ug|mg|微克|毫克)/(?:m3|m³|立方米))$")  # a concentration's
#: A date or deadline cell (2023年底, 12月底前, 2024年6月).
_DATE = re.compile(r"^(?=.*[年月])(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?"
                   r"(?:底|末|初|上旬|中旬|下旬|上半年|下半年)?(?:前|以前|之前|内)?"
                   r"(?:完成|动工|开工|竣工|建成|投入使用)?$")
#: A list item's mark (一、 1. (二)) opening a line: a row's or a group's label.
ITEM_MARK = re.compile(f"^{ITEM}")
#: A cell of a sentence, not a label: long, or with a sentence's punctuation.
_SENTENCE_MARKS = re.compile(r"[，。；,;：:！？!?]")
SENTENCE_CHARS = 16
#: Headers of a unit column.
UNIT_HEADERS = frozenset({"单位", "计量单位", "度量单位"})
#: Headers of a figure column: a year (2020年, 2025年目标), a value, a count, a rate.
_FIGURE_HEADER = re.compile(r"\d{4}\s*年|目标值|指标值|完成值|现状值|基期|基数|基准|预期值|"
                            r"(?:完成|目标|计划|实际|预算|执行)数|完成率|执行率|比例|[%‰]|值$|"
                            r"^累计|(?:完成|进度|金额|数量|投资|产值|人数|个数|率|额)$|"
                            r"[(（](?:万|亿)?元[)）]")
#: Headers of a deadline column, of a column of sentences, and of one that holds anything.
_DATE_HEADER = re.compile(r"(?:时间|时限|期限|日期)$")
_SENTENCE_HEADER = re.compile(r"(?:情况|任务|内容|措施|举措|目标|进展|成效|问题|原因|说明|实事|"
                              r"事项|工作)$")
_ANY_HEADERS = frozenset({"备注", "说明"})
#: Headers of a column of words though they name a figure's kind (是否达到序时进度).
_WORDS_HEADER = re.compile(r"^是否|单位$|性质$|属性$")

#: What a line of each kind costs in a column of each kind (0: what the column holds).
MISMATCH: dict[CellKind, dict[ColumnKind, float]] = {
    "figure": {"figure": 0.0, "any": 0.2, "sentence": 1.0, "words": 1.5, "date": 2.0,
               "unit": 3.0},
    "unit": {"unit": 0.0, "any": 0.2, "words": 1.5, "figure": 2.0, "sentence": 2.0,
             "date": 3.0},
    "date": {"date": 0.0, "any": 0.2, "sentence": 0.8, "words": 1.0, "figure": 1.0,
             "unit": 3.0},
    # a figure column may hold words (持续提升, 按时完成); a unit column only short ones
    "words": {"words": 0.0, "any": 0.2, "sentence": 0.2, "figure": 0.8, "date": 1.5,
              "unit": 4.0},
    # words opening on a list mark (一、发展水平, 1.学前教育毛入园率): a row's label
    "item": {"words": 0.0, "any": 0.2, "sentence": 0.2, "figure": 1.5, "date": 2.0,
             "unit": 4.0},
    "sentence": {"sentence": 0.0, "any": 0.2, "words": 0.6, "figure": 1.5, "date": 2.0,
                 "unit": 5.0},
    "empty": {"figure": 0.0, "any": 0.0, "sentence": 0.0, "words": 0.0, "date": 0.0,
              "unit": 0.0},
}
# a bare number of a digit or two: a figure, or a mark astray after words (经管站 / 2)
MISMATCH["mark"] = MISMATCH["figure"]
#: A column left empty (a cell the copy dropped).
SKIP = 0.5
#: Columns a merged cell more often covers (a 牵头单位, 负责人 or 完成时间 shared by the rows
#: of one group): left empty in the middle of a row at SPANNED, not SKIP.
MERGED_COLUMNS: frozenset[ColumnKind] = frozenset({"words", "date", "unit"})
#: Starting an item's further row (its row number's cell merged), on words.
FURTHER_ROW = 2.0
#: Kinds of lines a wrapped cell is made of.
WORDS_KINDS: frozenset[CellKind] = frozenset({"words", "item", "sentence"})
#: Kinds of lines that may be joined to the line before them.
JOINABLE_KINDS: frozenset[CellKind] = frozenset({"words", "sentence", "date", "unit", "mark"})
#: Columns whose cell may be two lines joined.
WORDS_COLUMNS: frozenset[ColumnKind] = frozenset({"words", "sentence", "any"})
#: A column a further row leaves to the item's merged cell, before its first line.
SPANNED = 0.25
#: A line joined to the line before it in the same cell: a wrapped cell (its pieces of one
#: kind), or a stray mark (a figure after a unit's name) at a little more.
JOINED = 1.0
JOINED_OTHER_KIND = 1.5
#: Words after the last column, carried to the next row's lead columns.
CARRIED = 0.6
#: A row of as many lines as columns is taken one line a column unless another placing
#: costs this much less (a line's kind is a guess; the count of lines is not).
EXACT_FIT = 1.0
#: Above this cost a line on average, the run is no table in this shape.
MAX_COST_PER_LINE = 0.6


#: An age band naming a row (60岁及以上, 65周岁以上, 15-59岁): a label, though it reads like a
#: figure with a unit (a bare 78岁 stays a figure: 人均预期寿命's).
AGE_BAND = re.compile(r"^\d{1,3}\s*(?:[-—–~～至]\s*\d{1,3}\s*周?岁(?:以下)?"
                       r"|周?岁(?:及以上|以上|及以下|以下))$")
#: A year and month written with a dot (2021.8, 2021.12): a date, not a figure.
_DOTTED_MONTH = re.compile(r"^(?:19|20)\d{2}[.．](?:0?[1-9]|1[0-2])$")


def cell_kind(line: str) -> CellKind:
    """The kind of one line's text (its pipe and spaces stripped)."""
    if not line or line == "|":
        return "empty"
    if _UNIT.match(line):
        return "unit"
    if _DATE.match(line) or _DOTTED_MONTH.match(line):
        return "date"
    if _MARK.match(line):
        return "mark"
    if AGE_BAND.match(line):
        return "words"
    if _FIGURE.match(line):
        return "figure"
    if ITEM_MARK.match(line):
        return "item"
    if len(line) > SENTENCE_CHARS or _SENTENCE_MARKS.search(line):
        return "sentence"
    return "words"


def column_kind(header: str) -> ColumnKind:
    """The kind of cell a column holds, by its header's words (a note in brackets at its end
    left out when the words alone tell no kind: 重点工作任务(民生实事项目), 进展情况(一季度))."""
    header = re.sub(r"\s+", "", header)
    kind = _header_kind(header)
    noted = _HEADER_NOTE.search(header)
    if kind == "words" and noted and noted.start() > 0:
        return _header_kind(header[: noted.start()])
    return kind


#: A note in brackets closing a header (…(民生实事项目), …(一季度)).
_HEADER_NOTE = re.compile(r"[(（][^()（）]*[)）]$")


def _header_kind(header: str) -> ColumnKind:
    if header in UNIT_HEADERS:
        return "unit"
    if header in _ANY_HEADERS:
        return "any"
    if _WORDS_HEADER.search(header):
        return "words"
    if _FIGURE_HEADER.search(header):
        return "figure"
    if _DATE_HEADER.search(header):
        return "date"
    if _SENTENCE_HEADER.search(header):
        return "sentence"
    return "words"


@dataclass(frozen=True, slots=True)
class Aligned:
    """A row's lines placed: `rows` holds, for the row and each further row of its item,
    the line indexes of each column (an empty tuple: the cell is empty; several: a wrapped
    cell joined); `carried` the indexes of the lines left for the next row's lead."""

    rows: tuple[tuple[tuple[int, ...], ...], ...]
    carried: tuple[int, ...]
    cost: float


def _joinable(before: CellKind, line: CellKind, column: ColumnKind) -> bool:
    """Whether a line of kind `line` may join the cell of a `before` line in `column`: a
    wrapped cell or a stray mark after words, in a column of words; never a figure, and
    never a sentence into a column of short words (a 牵头单位 is no report of progress)."""
    return line in JOINABLE_KINDS and before in WORDS_KINDS | {line} \
        and column in WORDS_COLUMNS and bool(WORDS_KINDS & {line, before}) \
        and not (line == "sentence" and column == "words")


def align_row(kinds: list[CellKind], columns: list[ColumnKind], lead: int = 0,
              merged_by_kind: bool = False) -> Aligned | None:
    """Place a row's lines (their kinds, in order) in `columns`, the cheapest way.

    `lead`: how many lead columns (before the row number) the next row may take words
    for; 0 when the table has none. `merged_by_kind`: a column left empty costs by its
    kind wherever it stands (a numbered row keeps its own task and progress; its 牵头单位,
    负责人 and 完成时间 may be merged with the rows above), not by its place (the row's first
    columns spanned). None when nothing fits (no line, no column)."""
    n, m = len(kinds), len(columns)
    if not n or not m:
        return None

    def _left_empty(start: int, end: int) -> float:
        """What leaving columns[start:end] of the row empty costs."""
        if merged_by_kind:
            return sum(SPANNED if columns[e] in MERGED_COLUMNS else SKIP
                       for e in range(start, end))
        return (SPANNED if start == 0 else SKIP) * (end - start)

    def _trailing(start: int) -> float:
        """What leaving the row's columns from `start` on empty costs."""
        return _left_empty(start, m) if merged_by_kind else SKIP * (m - start)

    inf = float("inf")
    # best[k][c]: the cost of placing lines[:k] with the current (further) row filled up
    # to column c (the next line goes to column c or later); back[k][c] how it got there
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[str, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for k in range(n):
        kind = kinds[k]
        for c in range(m + 1):
            here = best[k][c]
            if here == inf:
                continue
            # the line in column c2 >= c, the columns between left empty
            for c2 in range(c, m):
                # (columns left empty are those a merged cell above spans: one of who or
                # when more often than one of tasks, progress or figures)
                skipped = _left_empty(c, c2)
                cost = here + skipped + MISMATCH[kind][columns[c2]]
                if cost < best[k + 1][c2 + 1]:
                    best[k + 1][c2 + 1] = cost
                    back[k + 1][c2 + 1] = ("place", c)
            if c and k and _joinable(kinds[k - 1], kind, columns[c - 1]):
                cost = here + (JOINED if kind == kinds[k - 1] else JOINED_OTHER_KIND)
                if cost < best[k + 1][c]:
                    best[k + 1][c] = cost
                    back[k + 1][c] = ("join", c)
            # words opening a further row of the item, in the first column or after
            # columns the item's cells span (序号 | 类别 | 项目名称 merged over its rows)
            if c and kind in ("words", "sentence"):
                for c2 in range(m):
                    if columns[c2] not in WORDS_COLUMNS:
                        continue
                    cost = here + SKIP * (m - c) + FURTHER_ROW + SPANNED * c2 \
                        + MISMATCH[kind][columns[c2]]
                    if cost < best[k + 1][c2 + 1]:
                        best[k + 1][c2 + 1] = cost
                        back[k + 1][c2 + 1] = ("further", c)
    # the end: the rest of the last row empty, or its last words carried to the next row
    end_cost, end_at, carried = inf, (n, 0), 0
    for c in range(m + 1):
        if best[n][c] < inf and best[n][c] + _trailing(c) < end_cost:
            end_cost, end_at, carried = best[n][c] + _trailing(c), (n, c), 0
    for t in range(1, lead + 1):
        if t >= n or any(kind not in ("words", "sentence") for kind in kinds[n - t :]):
            break
        for c in range(m + 1):
            cost = best[n - t][c] + _trailing(c) + CARRIED * t
            if cost < end_cost:
                end_cost, end_at, carried = cost, (n - t, c), t
    if end_cost == inf:
        return None
    if n == m:  # as many lines as columns: one a column, unless that is far worse
        direct = sum(MISMATCH[kind][column] for kind, column in zip(kinds, columns, strict=True))
        if direct <= end_cost + EXACT_FIT:
            return Aligned((tuple((k,) for k in range(n)),), (), direct)
    return Aligned(_walk_back(back, end_at, m), tuple(range(n - carried, n)), end_cost)


def placement_cost(kinds: list[CellKind], columns: list[ColumnKind], start: int) -> float:
    """What a row's lines cost placed one a column from `start`, the other columns empty,
    counted as align_row counts it (a column before them spanned by a merged cell, one
    after them left empty): the fixed placement its cheapest one is compared with."""
    return SPANNED * start + sum(MISMATCH[kind][columns[start + k]]
                                 for k, kind in enumerate(kinds)) \
        + SKIP * (len(columns) - start - len(kinds))


def _walk_back(back: list[list[tuple[str, int] | None]], end: tuple[int, int],
               m: int) -> tuple[tuple[tuple[int, ...], ...], ...]:
    rows: list[list[list[int]]] = [[[] for _ in range(m)]]
    k, c = end
    while k:
        step = back[k][c]
        assert step is not None
        how, before = step
        line = k - 1
        if how == "place" or how == "join":
            rows[0][c - 1].insert(0, line)
            k, c = line, before
        else:  # further: this line opened the row; the row before ended at `before`
            rows[0][c - 1].insert(0, line)
            rows.insert(0, [[] for _ in range(m)])
            k, c = line, before
    return tuple(tuple(tuple(cell) for cell in row) for row in rows)


#: Segmenting a run into rows (no row numbers): a row starting at the label column, and
#: each column a row leaves empty at its end (a group's row is its label alone).
ROW_START = 0.1
ROW_TAIL_SKIP = 0.3
#: A label with a list mark (1.学前教育毛入园率) anywhere but the label column.
ITEM_INSIDE = 1.5
#: A line that fits no column and opens no row (a sub-item's second figure): kept in the
#: cell before it, at a price.
STRAY = 3.0


def segment_rows(kinds: list[CellKind], columns: list[ColumnKind]
                 ) -> tuple[list[tuple[tuple[int, ...], ...]], int] | None:
    """Cut a run of lines with no row numbers into rows, each opening on words in the
    first column, and place each row's lines in the columns (as `align_row` does).

    Returns the rows (for each, the line indexes of each column) and how many lines of
    the run they take: the table ends where a further line costs more than it is worth
    (MAX_COST_PER_LINE). None when the run does not open on words."""
    n, m = len(kinds), len(columns)
    if not n or m < 2 or kinds[0] not in WORDS_KINDS or columns[0] not in WORDS_COLUMNS:
        return None
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[str, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    # a row may open past a group column a group's row merged down over it (类别 | 指标 |
    # 2010年实绩: 一、经济增长 | 农业增加值 | 81.53, then 农民人均纯收入 | 10874 under it):
    # only when the two words columns are the only ones before the figures
    lead = next((c for c in range(m) if columns[c] not in WORDS_COLUMNS), m)
    openings = range(2 if lead == 2 else 1)
    for c0 in openings:
        best[1][c0 + 1] = MISMATCH[kinds[0]][columns[c0]] + SPANNED * c0
        back[1][c0 + 1] = ("row", 0)
    for k in range(1, n):
        kind = kinds[k]
        for c in range(1, m + 1):
            here = best[k][c]
            if here == inf:
                continue
            for c2 in range(c, m):
                cost = here + SKIP * (c2 - c) + MISMATCH[kind][columns[c2]] \
                    + (ITEM_INSIDE if kind == "item" else 0.0)
                if cost < best[k + 1][c2 + 1]:
                    best[k + 1][c2 + 1] = cost
                    back[k + 1][c2 + 1] = ("place", c)
            if _joinable(kinds[k - 1], kind, columns[c - 1]):
                cost = here + (JOINED if kind == kinds[k - 1] else JOINED_OTHER_KIND)
                if cost < best[k + 1][c]:
                    best[k + 1][c] = cost
                    back[k + 1][c] = ("join", c)
            if kind != "empty" and k:
                cost = here + STRAY
                if cost < best[k + 1][c]:
                    best[k + 1][c] = cost
                    back[k + 1][c] = ("join", c)
            if kind in WORDS_KINDS:
                for c0 in openings:
                    cost = here + ROW_TAIL_SKIP * (m - c) + ROW_START \
                        + MISMATCH[kind][columns[c0]] + SPANNED * c0
                    if cost < best[k + 1][c0 + 1]:
                        best[k + 1][c0 + 1] = cost
                        back[k + 1][c0 + 1] = ("row", c)
    # the end: the prefix whose lines are worth most for what they cost
    ends = [(k * MAX_COST_PER_LINE - (best[k][c] + ROW_TAIL_SKIP * (m - c)), k, c)
            for k in range(1, n + 1) for c in range(1, m + 1) if best[k][c] < inf]
    if not ends:
        return None
    _, k, c = max(ends)
    used = k
    rows: list[list[list[int]]] = [[[] for _ in range(m)]]
    while k:
        step = back[k][c]
        assert step is not None
        how, before = step
        line = k - 1
        rows[0][c - 1].insert(0, line)
        if how == "row" and line:
            rows.insert(0, [[] for _ in range(m)])
        k, c = line, before
    return [tuple(tuple(cell) for cell in row) for row in rows], used
