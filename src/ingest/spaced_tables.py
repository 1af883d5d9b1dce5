"""Numbered tables a page copied as text with spaces between cells: their spaces made tabs.

A 主要指标完成情况 table stored as text keeps a row a line, its cells parted by spaces:
``序号 指标名称 2020 年目标值 2020 年预计值 完成情况`` then ``1 全区生产总值(亿元) 1000 1008.5
完成`` …. Normalization drops a space between Chinese and digits (2020 年 → 2020年), which
would glue those cells together, so this runs on the text before it: a header line opening
on 序号 followed by lines opening on their row numbers 1, 2, 3 …, each with as many cells as
the header and a figure among them, has the spaces between its cells turned into tabs, and
`text.split_blocks` reads the run as a table like any tab-separated one. A year parted from
its 年 (``2020 年目标值``, as PDF-to-text copies write it) stays one cell; a row whose name
holds a space (``R&D 经费``) keeps the words before its first figure in one cell. The text
keeps its length, so offsets into it stay valid.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from zhibiao.ingest.flat_forms import (
    END_WORDS,
    FUND_AMOUNT_WORDS,
    FUND_HEADER_WORDS,
    FUND_LABEL_WORDS,
    INDICATOR_HEADER_WORDS,
    LEVEL1_LABELS,
    LEVEL2_LABELS,
)
from zhibiao.ingest.numbered_tables import ROW_NUMBER, SERIAL_HEADERS
from zhibiao.ingest.row_alignment import column_kind

#: Fewest columns (the row-number column included) and data rows for a run to be a table.
MIN_COLUMNS = 3
MIN_ROWS = 2
#: Fewest header cells and rows for a form's indicator part copied with spaces.
MIN_FORM_COLUMNS = 4
MIN_FORM_ROWS = 1
#: Fewest header cells of a form's fund part copied with spaces (年初预算数 全年执行数 执行率).
MIN_FUND_COLUMNS = 3
_TOKEN = re.compile(r"\S+")
#: A year cut off its 年/月 word: 2020 | 年目标值.
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d{2}$")
_YEAR_WORD = re.compile(r"^[年月]")
#: A cell that holds a figure (with its unit or comparator), or a dash for none.
_FIGURE = re.compile(r"^(?:[≥≤<>＞＜]|不低于|不高于|不少于)?[-−+]?\d[\d,.]*%?\S{0,4}$"
                     r"|^[-—–/]{1,2}$")
#: A 目标表 row's 指标值 with the comparator the template writes (>=1102人, =10个, ≧300人).
_GOAL_FIGURE = re.compile(r"^(?:>=|<=|[≥≤<>＞＜=＝≧≦])?[-−+]?\d[\d,.]*%?\S{0,6}$")

#: Header words of a progress table's columns: one row of sentences is enough.
PROGRESS_HEADER_WORDS: tuple[str, ...] = ("完成情况", "进展情况", "落实情况", "推进情况")
#: Header words of a column of words after a form's figures (得分计算方法, 偏差原因).
TEXT_COLUMN_WORDS: tuple[str, ...] = ("方法", "原因", "说明", "备注")
#: Header words of a column a row may leave empty at its end (the copy drops the cell).
OPTIONAL_HEADERS: tuple[str, ...] = ("备注", "说明")
#: A cell of words holding a figure (完成营造林9.55万亩,其中人工造林500亩…): a progress
#: table's task or progress, written in sentences.
_SENTENCE_WITH_FIGURE = re.compile(r"[\u4e00-\u9fff][^\s]*\d|\d[^\s]*[\u4e00-\u9fff]")

Span = tuple[int, int]
#: The longest cell of words a further row may hold (a unit, a remark: 元/月/人, 卫健委), and
#: of words around a figure (达到目标60元).
SHORT_WORDS = 5
SHORT_FIGURE_WORDS = 12


def _cells(line: str) -> list[Span]:
    """The space-parted cells of a line, a year joined to the word after it."""
    cells: list[Span] = []
    for m in _TOKEN.finditer(line):
        if cells and _YEAR_WORD.match(m.group()) \
                and _YEAR_TOKEN.match(line[cells[-1][0] : cells[-1][1]]):
            cells[-1] = (cells[-1][0], m.end())
        else:
            cells.append((m.start(), m.end()))
    return cells


#: A header piece that opens a range and stops (1- of 1- 8月实际完成情况).
_OPEN_RANGE = re.compile(r"^\d{1,4}\s*[-—–~～至]$")


def _header_cells(line: str) -> list[Span]:
    """A header line's cells, a word spaced out one character a cell joined again
    (单 位, 备  注: a copy keeps the spacing that centred a two-character header)."""
    cells: list[Span] = []
    for cell in _cells(line):
        if cells and cell[1] - cell[0] == 1 and _is_han(line[cell[0]]) \
                and cells[-1][1] - cells[-1][0] == 1 and _is_han(line[cells[-1][0]]) \
                and (len(cells) < 2 or cells[-2][1] - cells[-2][0] > 1):
            cells[-1] = (cells[-1][0], cell[1])
        elif cells and _OPEN_RANGE.match(line[cells[-1][0] : cells[-1][1]]):
            cells[-1] = (cells[-1][0], cell[1])  # 1- 8月实际完成情况: a month range cut
        else:
            cells.append(cell)
    return cells


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _fitted(line: str, cells: list[Span], width: int) -> list[Span] | None:
    """A row's cells joined to `width`: the words of its name (after the row number, up to
    the first figure) become one cell; None when the row cannot be made to fit."""
    cells = list(cells)
    while len(cells) > width and len(cells) > 2 \
            and not _FIGURE.match(line[cells[2][0] : cells[2][1]]):
        cells[1:3] = [(cells[1][0], cells[2][1])]
    return cells if len(cells) == width else None


def _tabbed(line: str, cells: list[Span]) -> str:
    """The line with the spaces between its cells made tabs (the first of each run)."""
    chars = list(line)
    for (_, end), (start, _) in itertools.pairwise(cells):
        chars[end] = "\t"
        for k in range(end + 1, start):
            chars[k] = " "
    return "".join(chars)


def _table_rows(lines: list[str], i: int) -> list[list[Span]] | None:
    """The cells of the table whose header is line i, header first, or None."""
    header = _header_cells(lines[i])
    if len(header) < MIN_COLUMNS or lines[i][header[0][0] : header[0][1]] not in SERIAL_HEADERS \
            or "|" in lines[i]:
        return None  # (a table between pipes is read by its pipes)
    rows = [header]
    # trailing columns a row may leave empty (its 备注): the copy drops them
    optional = 0
    while optional < len(header) - MIN_COLUMNS and any(
            w in lines[i][slice(*header[len(header) - 1 - optional])].replace(" ", "")
            for w in OPTIONAL_HEADERS):
        optional += 1
    numbered = 0
    for line in lines[i + 1 :]:
        cells = _cells(line)
        number = ROW_NUMBER.match(line[cells[0][0] : cells[0][1]]) if cells else None
        if number is None and numbered and _sub_row(line, cells, len(header)):
            # 提质改造农村公路 公里 168 171.70 102.2%: a second row of the item above, whose
            # row number (a merged cell) it shares; text.split_blocks puts it under its
            # columns
            rows.append(cells)
            continue
        if number is None or int(number.group(1)) != numbered + 1:
            break
        numbered += 1
        fitted = next((f for width in range(len(header), len(header) - optional - 1, -1)
                       if (f := _fitted(line, cells, width)) is not None), None)
        if fitted is None and MIN_COLUMNS <= len(cells) < len(header):
            # 7 所有县(市)实现…全覆盖 - - -, 9 完成棚改项目 区棚改办 5 因…滞后。: cells a copy
            # left out (text.split_blocks puts the others under their columns)
            fitted = cells
        if fitted is None or not any(_FIGURE.match(line[a:b]) or _SENTENCE_WITH_FIGURE.search(
                line[a:b]) for a, b in fitted[2:]):
            break
        rows.append(fitted)
    # a progress table's one task (重点工作任务 | 本月完成情况 | 累计进展情况), written in
    # sentences, is a table too
    progress = any(w in lines[i] for w in PROGRESS_HEADER_WORDS) and numbered == 1 \
        and any(mark in lines[i + 1][a:b] for a, b in rows[1][1:] for mark in "。,，;；")
    return rows if numbered >= (1 if progress else MIN_ROWS) else None


def _sub_row(line: str, cells: list[Span], width: int) -> bool:
    """Whether a line without a row number is a further row of the numbered item above:
    a name of words, then figures and short words (units, remarks), fewer cells than the
    header."""
    return 3 <= len(cells) < width and _is_han(line[cells[0][0]]) \
        and not _FIGURE.match(line[cells[0][0] : cells[0][1]]) \
        and all(_FIGURE.match(line[a:b]) or len(line[a:b]) <= SHORT_WORDS
                or (_SENTENCE_WITH_FIGURE.search(line[a:b]) and b - a <= SHORT_FIGURE_WORDS)
                for a, b in cells[1:]) \
        and any(_FIGURE.match(line[a:b]) for a, b in cells[1:])


def _header_at(line: str, tokens: list[Span], opens: Callable[[str], bool],
               words: tuple[str, ...], fewest: int) -> tuple[int, list[Span]] | None:
    """A form part's header in `line`: the index of the first token `opens` takes and the
    tokens from there, each holding one of the header `words` and at least `fewest` of
    them; None when the line holds no such header (words before it are no part of it)."""
    first = next((k for k, (a, b) in enumerate(tokens) if opens(line[a:b])), None)
    if first is None:
        return None
    header = tokens[first:]
    if len(header) < fewest or not all(any(w in line[a:b] for w in words) for a, b in header):
        return None
    return first, header


def _bracket_kept(cells: list[Span], line: str) -> list[Span]:
    """`cells` with those a bracket opened in and a later one closed joined into one (the
    template's blank written with spaces: *资产股权年收益率( ≥**% ) is one name cell)."""
    joined: list[Span] = []
    depth = 0
    for a, b in cells:
        if depth > 0 and joined:
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
        cell = line[a:b]
        depth = max(0, depth + cell.count("(") + cell.count("（")
                    - cell.count(")") - cell.count("）"))
    return joined


def _form_rows(lines: list[str], i: int) -> tuple[int, list[list[Span]]] | None:
    """A performance form's indicator part copied with spaces between cells (一级指标 二级指标
    三级指标 指标性质 … over 产出指标 数量指标 出差人数 正向 = 8 4): the index of the header's
    first cell in line i and the cells of the header and of each row, or None. The rows open
    on a 一级/二级指标 label; cells a row left empty are gone (ingest/flat_forms.py puts
    the others back in their columns)."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(lines[i])]
    found = _header_at(lines[i], tokens, lambda cell: cell == "一级指标",
                       INDICATOR_HEADER_WORDS, MIN_FORM_COLUMNS)
    if found is None:
        return None
    first, header = found
    rows = [header]
    labels = LEVEL1_LABELS | LEVEL2_LABELS
    for line in lines[i + 1 :]:
        cells = _bracket_kept([(m.start(), m.end()) for m in _TOKEN.finditer(line)], line)
        # (a 目标表's row under merged level cells is its name and its 指标值 alone:
        # 入股合作社个数 =10个)
        name_and_goal = len(cells) == 2 and len(rows) > 1 and _is_han(line[cells[0][0]]) \
            and _GOAL_FIGURE.match(line[cells[1][0] : cells[1][1]]) is not None
        if len(cells) < 3 and not name_and_goal:
            break
        opening = _LEVEL_POINTS.sub("", line[cells[0][0] : cells[0][1]])
        if opening.startswith(END_WORDS):
            break  # 合计 100.00 46.35: the form's total, no indicator
        # (产出指标(50分) 数量指标 …; a row whose level cells are merged above opens on its
        # name and closes on its points: 保障村干部人数 =42个 42 8 8)
        if opening not in labels and not name_and_goal and not (len(rows) > 1 and all(
                _BARE_NUMBER.match(line[a:b]) for a, b in cells[-2:])):
            break
        rows.append(cells)
    return (first, rows) if len(rows) - 1 >= MIN_FORM_ROWS else None


def _fund_rows(lines: list[str], i: int) -> tuple[int, list[list[Span]]] | None:
    """A performance form's fund part copied with spaces between cells (全年预算数(A)
    全年执行数(B) 分值 执行率(B/A) 得分 over 年度资金总额: 8.408 8.408 10 100.00% 10): the
    index of the header's first cell in line i and the cells of the header and of each
    line, or None. The header has no cell over the lines' labels (ingest/flat_forms.py
    shifts it); a line's label is the words before its first figure, and a line may end
    early (其他资金 0 0)."""
    found = _header_at(lines[i], _cells(lines[i]),
                       lambda cell: any(w in cell for w in FUND_AMOUNT_WORDS),
                       FUND_HEADER_WORDS, MIN_FUND_COLUMNS)
    if found is None:
        return None
    first, header = found
    rows = [header]
    # (a last column of words: 得分计算方法, 偏差原因 …, which a line may fill after its figures)
    texts_last = any(w in lines[i][header[-1][0] : header[-1][1]] for w in TEXT_COLUMN_WORDS)
    for line in lines[i + 1 :]:
        cells = _cells(line)
        figure = next((k for k, (a, b) in enumerate(cells) if _FIGURE.match(line[a:b])), None)
        end = len(cells)
        if texts_last and figure and not _FIGURE.match(line[cells[-1][0] : cells[-1][1]]):
            end -= 1  # 年度资金总额 45 45 10 100% 10 执行率*该指标分值,…: the last cell's words
        if not figure or end - figure > len(header) \
                or not all(_FIGURE.match(line[a:b]) for a, b in cells[figure:end]) \
                or not any(w in line[: cells[figure][0]] for w in FUND_LABEL_WORDS):
            break
        rows.append([(cells[0][0], cells[figure - 1][1]), *cells[figure:]])
    return (first, rows) if len(rows) > 1 else None


# --- a form copied onto one line ---------------------------------------------------------

#: A line this long holding a form's header words is a whole form run together (a page
#: that lost its line breaks): it is cut back into lines before the form readers read it.
MIN_ONE_LINE_FORM = 300
ONE_LINE_FORM_WORDS = ("一级指标", "三级指标", "年初预算数", "全年执行数", "项目名称")
#: Cells each of which opens a line of the form (its field lines and its fund lines).
_FORM_LINE_OPENERS = re.compile(r"(?:主管部门|项目资金|年度资金总额|其中[:：]|上年结转资金|其他资金"
                                r"|年度总体目标|绩效指标)")
#: A level label with its points (产出指标(50分)).
_LEVEL_POINTS = re.compile(r"[(（]\d+(?:\.\d+)?分?[)）]$")
_BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def unfold_one_line_forms(text: str) -> str:
    """`text` with each performance form run onto one line cut back into its lines, a
    line break put for the space before each cell that opens one: a field or fund line's
    label, the indicator header, a 一级/二级指标 label (not the 二级 right after its 一级),
    and an indicator's name after the two points (分值, 得分) that close the row before.
    The same length."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if len(line) >= MIN_ONE_LINE_FORM \
                and sum(w in line for w in ONE_LINE_FORM_WORDS) >= 3:
            lines[k] = _unfolded(line)
    return "\n".join(lines)


def _unfolded(line: str) -> str:
    chars = list(line)
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
    indicators = line.find("一级指标")
    texts = [line[a:b] for a, b in tokens]
    for n, (start, _) in enumerate(tokens):
        if not n or start == 0 or chars[start - 1] != " ":
            continue
        word, before = texts[n], texts[n - 1]
        level1 = _LEVEL_POINTS.sub("", word) in LEVEL1_LABELS
        level2 = word in LEVEL2_LABELS and _LEVEL_POINTS.sub("", before) not in LEVEL1_LABELS
        after_points = (start > indicators >= 0 and n >= 2
                        and _BARE_NUMBER.match(before) and _BARE_NUMBER.match(texts[n - 2])
                        and not _FIGURE.match(word))
        if _FORM_LINE_OPENERS.match(word) or word == "一级指标" or level1 or level2 \
                or after_points:
            chars[start - 1] = "\n"
    return "".join(chars)


def tabulate_spaced_forms(text: str) -> str:
    """`text` with the indicator part and the fund part of each performance form copied
    with spaces between its cells written with tabs instead (words before the header on
    its line, 绩效指标(权重分值90分,…), made a line of their own); the same length."""
    if "一级指标" in text:
        text = _tabulated(text, _form_rows)
    if any(w in text for w in FUND_AMOUNT_WORDS):
        text = _tabulated(text, _fund_rows)
    return text


def tabulate_spaced_tables(text: str) -> str:
    """`text` with the cells of each numbered table written with spaces parted by tabs
    instead; the same length, every other character unchanged but for the line breaks of
    a header the copy wrapped (`_unwrapped_headers`)."""
    if "序号" in text or "编号" in text:
        text = _tabulated(_unwrapped_headers(text), lambda lines, i: (
            (0, rows) if (rows := _table_rows(lines, i)) is not None else None))
    if "指" in text or "项" in text or "产品" in text:  # (LABEL_HEADERS: 指标…, 项目, 产品名称)
        text = _tabulated_label_tables(text)
    return text


# --- tables whose rows open on a numbered label (1.残疾人家庭人均收入年均增长(%) >7.5 预期性) --

#: Headers of a label column that opens a table with no 序号 column (指 标, 主要指标).
LABEL_HEADERS = frozenset({"指标", "主要指标", "指标名称", "具体指标", "指标项", "项目",
                           "产品名称"})  # (产品名称 产 量 比上年增长%)
#: Endings of a column header naming a measure its figures are of (指数, 产量, 金额).
MEASURE_HEADER_ENDINGS = ("指数", "量", "额", "值")
#: A bilingual yearbook's English header (项  目   Item   2020 2021): no column of its own,
#: its rows' English names run on in the label's cell.
_LATIN_ONLY = re.compile(r"^[A-Za-z][A-Za-z.&'-]*$")
#: …and its rows' English names, whose commas are no sentence's (Agriculture, Forestry).
_ENGLISH = re.compile(r"\s[A-Za-z][^\u4e00-\u9fff]*")
#: A row's label opening on its number (1.残疾人家庭人均收入…, 2、…).
_NUMBERED_LABEL = re.compile(r"^\d{1,2}[.、．](?!\d)\S")
#: Blank lines a PDF page's text may leave between two rows.
MAX_ROW_GAP = 3


def _label_table(lines: list[str], i: int) -> list[tuple[int, list[Span]]] | None:
    """The rows (line index, cells) of the table whose header is line i — a label column
    (指 标), then columns of which one is a year's or a figure's (2025 年 | 属 性) — each
    row opening on its numbered label, or on a label followed by figures only, blank lines
    allowed between; None when there is no such table (or fewer than MIN_ROWS rows)."""
    header: list[Span] = []
    for a, b in _header_cells(lines[i]):
        if header and _LATIN_ONLY.match(lines[i][a:b]):
            header[-1] = (header[-1][0], b)  # (项  目   Item: one cell)
        else:
            header.append((a, b))
    names = [_ENGLISH.sub("", lines[i][a:b]).replace(" ", "") for a, b in header]
    if len(header) < MIN_COLUMNS - 1 or names[0] not in LABEL_HEADERS or "|" in lines[i] \
            or "\t" in lines[i] or not any(column_kind(name) == "figure"
                                           or _YEAR_TOKEN.match(name)
                                           or name.endswith(MEASURE_HEADER_ENDINGS)
                                           for name in names[1:]):
        return None
    rows: list[tuple[int, list[Span]]] = [(i, header)]
    k, gap = i + 1, 0
    while k < len(lines) and gap <= MAX_ROW_GAP:
        line = lines[k]
        if not line.strip():
            gap, k = gap + 1, k + 1
            continue
        cells = _cells(line)
        if "\t" in line:
            break
        fitted = _fitted(line, cells, len(header)) or _label_fitted(line, cells, len(header)) \
            or _short_row(line, cells, len(header))
        if fitted is None or not any(_FIGURE.match(line[a:b]) for a, b in fitted[1:]):
            break
        # (a row of a label and figures only needs no number: 全县地区生产总值 184413 6.0
        # under 指标 绝对值(万元) 比上年增长(%))
        if not _NUMBERED_LABEL.match(line[cells[0][0] :]) and (
                _FIGURE.match(line[slice(*fitted[0])])
                or _SENTENCE_MARK.search(_ENGLISH.sub(" ", _PART_LEAD.sub("", line)))
                or not all(_FIGURE.match(line[a:b]) for a, b in fitted[1:])):
            break
        rows.append((k, fitted))
        gap, k = 0, k + 1
    return rows if len(rows) - 1 >= MIN_ROWS else None


#: A row's label opening on 其中: (其中:城 镇 9.14 43.1): a part, not a sentence.
_PART_LEAD = re.compile(r"^\s*其中[:：]")


def _short_row(line: str, cells: list[Span], width: int) -> list[Span] | None:
    """A row of a label and fewer figures than the columns, its last cells left empty
    (全县常住人口 21.2 under 指 标 年末数(万人) 比重(%): a total has no share); None when
    it is no such row."""
    return next((fitted for n in range(width - 1, 1, -1)
                 if (fitted := _label_fitted(line, cells, n)) is not None), None)


def _label_fitted(line: str, cells: list[Span], width: int) -> list[Span] | None:
    """A row's cells as a label of several words (乡镇户数 (户) Number of Rural Households
    (household)) then figures only, `width` in all; None when it does not come out so."""
    first = next((k for k in range(1, len(cells)) if _FIGURE.match(line[slice(*cells[k])])),
                 None)
    if first is None or any(not _FIGURE.match(line[a:b]) for a, b in cells[first:]):
        return None
    fitted = [(cells[0][0], cells[first - 1][1]), *cells[first:]]
    return fitted if len(fitted) == width else None


def _tabulated_label_tables(text: str) -> str:
    """`text` with each table `_label_table` finds written with tabs between its cells;
    the same length."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        rows = _label_table(lines, i) if lines[i].strip() else None
        if rows is None:
            i += 1
            continue
        for k, cells in rows:
            lines[k] = _tabbed(lines[k], cells)
        i = rows[-1][0] + 1
    return "\n".join(lines)


#: The most lines a wrapped header may run on to, the most cells each, and the longest cell.
MAX_HEADER_LINES = 3
MAX_HEADER_LINE_CELLS = 3
MAX_HEADER_CELL = 10
#: Written where a header cell broke over lines (1-7月 / 实际完成情况): no space, so the
#: pieces stay one cell; normalization drops it (ingest/normalize.py).
JOINER = "\u200b"
_SENTENCE_MARK = re.compile(r"[。,，;；:：]")


def _unwrapped_headers(text: str) -> str:
    """`text` with each numbered table's header that a copy wrapped over lines (序号 项目名称
    责任单位 目标任务 1-7月 / 实际完成情况 / 任务完成率 备注, then 1 新增城镇就业 …) on one
    line again: a line of one word goes on the cell before it (joined by JOINER), a line of
    several words starts new cells. The same length."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        more = _header_continues(lines, i)
        for piece in lines[i + 1 : i + more + 1]:
            if len(_TOKEN.findall(piece)) == 1:
                stripped = line.rstrip(" ")
                line = stripped + JOINER * (len(line) - len(stripped) + 1) + piece
            else:
                line += " " + piece
        out.append(line)
        i += more + 1
    return "\n".join(out)


def _header_continues(lines: list[str], i: int) -> int:
    """How many lines after line i carry on its numbered table's header (short lines of
    words, then the row numbered 1); 0 when line i opens no wrapped header."""
    tokens = _TOKEN.findall(lines[i])
    if len(tokens) < MIN_COLUMNS - 1 or tokens[0] not in SERIAL_HEADERS or "|" in lines[i]:
        return 0
    more = 0
    while more < MAX_HEADER_LINES and i + more + 1 < len(lines):
        words = _TOKEN.findall(lines[i + more + 1])
        if not words or len(words) > MAX_HEADER_LINE_CELLS or ROW_NUMBER.match(words[0]) \
                or any(len(w) > MAX_HEADER_CELL or _SENTENCE_MARK.search(w) for w in words):
            break
        more += 1
    after = _TOKEN.findall(lines[i + more + 1]) if i + more + 1 < len(lines) else []
    first = ROW_NUMBER.match(after[0]) if after else None
    return more if first is not None and int(first.group(1)) == 1 else 0


def _tabulated(text: str, find: Callable[[list[str], int],
                                          tuple[int, list[list[Span]]] | None]) -> str:
    """`text` with each run of lines `find` reads as a table (the index of its header's
    first cell in its line, and the cells of each row) written with tabs between cells;
    words before that first cell become a line of their own. The same length."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        found = find(lines, i) if "\t" not in lines[i] else None
        if found is None:
            i += 1
            continue
        first, rows = found
        for k, cells in enumerate(rows):
            lines[i + k] = _tabbed(lines[i + k], cells)
        if first:
            at = rows[0][0][0] - 1  # the space before the header's first cell
            lines[i] = lines[i][:at] + "\n" + lines[i][at + 1 :]
        i += len(rows)
    return "\n".join(lines)
