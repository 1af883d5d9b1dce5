"""Tables of a label and bare figures a line under a header stacked over lines: made tabbed.

A PDF's table copied as text (a 水资源公报's 表 3) keeps a row a line, one space between its
cells, and its header as the page stacked it, each column's words broken over lines::

    水资源 地表水 与2020年 与多年
    一级区 资源量 比较 平均值比较
    /亿m3
    /% /%
    全国 28310.5 -6.8 6.6
    北方 6 区 6273.1 12.3 46.1

A run of MIN_ROWS lines or more, each a label then the same number of figures (none but
figures after the label), under header lines of no more words than the table has columns,
is written as a table: the header's pieces gathered column by column into one line with
tabs between its cells (a line of as many words as columns gives one to each column, one
short of that starts at the first figure column, shorter ones fill the figure columns in
turn: /亿m3 then /% /%), the rows with a tab before each figure. A header line with no
Chinese (a yearbook's English) stays a line of its own, above. Only the header's characters
move; the text keeps its length, so offsets after it stay valid.
"""

from __future__ import annotations

import re

#: Fewest rows, and fewest figures a row, for a run to be a table.
MIN_ROWS = 3
MIN_FIGURES = 2
#: Most header lines gathered, and most characters a row's label may run to.
MAX_HEADER_LINES = 5
MAX_LABEL = 30
_TOKEN = re.compile(r"\S+")
#: A cell holding a bare figure (a rate, a share, a dash for none).
_FIGURE = re.compile(r"^(?:[-−+]?\d[\d,]*(?:\.\d+)?%?|[-—–]{1,2})$")
#: A figure with its bound (≥2, <0.5%): a row's, never a header's.
_BOUND_FIGURE = re.compile(r"^[≥≤<>＞＜]?[-−+]?\d[\d,.]*%?$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A yearbook's English after the Chinese (Food,Tobacco and Liquor): its commas are no
#: sentence's; and a header line in English alone (Level(yuan) Growth Rate(%)).
_ENGLISH = re.compile(r"[A-Za-z][A-Za-z ,.&'()/-]*")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
#: Marks of a sentence or of a cell already parted: no label or header holds them.
_NOT_A_CELL = re.compile(r"[。，,；;\t|]")
#: A table's title or unit line over its header (表 3 …, 单位:亿元): where the header ends.
_ABOVE_HEADER = re.compile(r"^\s*(?:表\s*[\d一二三四五六七八九十]|单位\s*[:：])")


def _row(line: str) -> tuple[int, list[tuple[int, int]]] | None:
    """(label end, figure spans) of a line that is a label then bare figures, or None (a
    line already parted by tabs or pipes is some other table's)."""
    if "\t" in line or "|" in line:
        return None
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
    k = len(tokens)
    while k > 0 and _FIGURE.match(line[tokens[k - 1][0] : tokens[k - 1][1]]):
        k -= 1
    figures = tokens[k:]
    if k == 0 or len(figures) < MIN_FIGURES:
        return None
    label = line[tokens[0][0] : tokens[k - 1][1]]
    chinese = _ENGLISH.sub("", label).removeprefix("其中:").removeprefix("其中：")
    if not _HAN.search(label) or len(chinese) > MAX_LABEL or _NOT_A_CELL.search(chinese):
        return None
    return tokens[k - 1][1], figures


def _run(lines: list[str], i: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """The rows of the run of figure rows opening at line i (each with as many figures as
    the first), empty when there are fewer than MIN_ROWS."""
    rows: list[tuple[int, list[tuple[int, int]]]] = []
    for line in lines[i:]:
        found = _row(line)
        if found is None or (rows and len(found[1]) != len(rows[0][1])):
            break
        rows.append(found)
    return rows if len(rows) >= MIN_ROWS else []


def _header(lines: list[str], i: int, width: int) -> tuple[int, list[str], list[str]] | None:
    """(first line, cells, lines kept apart) of the header stacked over the rows opening at
    line i with `width` figures, or None when the lines above make no such header."""
    pieces: list[tuple[int, list[str]]] = []  # (line, its words), top down
    above = i
    while above > 0 and len(pieces) < MAX_HEADER_LINES:
        line = lines[above - 1]
        tokens = _TOKEN.findall(line)
        if tokens and (_NOT_A_CELL.search(line) or _ABOVE_HEADER.match(line)
                       or len(tokens) > width + 1 or _row(line) is not None
                       or any(_BOUND_FIGURE.match(token) for token in tokens)):
            break
        above -= 1
        if tokens:
            pieces.insert(0, (above, tokens))
    # (a title's words above the header's first full line are no part of it)
    while pieces and len(pieces[0][1]) < width:
        pieces.pop(0)
    if not pieces:
        return None
    first = pieces[0][0]
    cells = [""] * (width + 1)
    apart: list[str] = []
    filled = width + 1  # the next figure column a short line fills
    named = False
    for _, tokens in pieces:
        line = " ".join(tokens)
        if not _HAN.search(line) and _ENGLISH_WORD.search(line) and named:
            apart.append(line)  # Level(yuan) Growth Rate(%): the English, kept as it is
            continue
        if len(tokens) >= width:
            for c, token in enumerate(tokens, start=width + 1 - len(tokens)):
                cells[c] += token
            named, filled = True, 1
        elif filled + len(tokens) <= width + 1:
            for c, token in enumerate(tokens, start=filled):
                cells[c] += token
            filled += len(tokens)
        else:
            return None
    if not named:
        return None
    return first, cells, apart


def tabulate_stacked_tables(text: str) -> str:
    """`text` with each table of figure rows under a stacked header (the module's doc)
    written with tabs between its cells, its header gathered on one line; the same length."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        rows = _run(lines, i)
        header = _header(lines, i, len(rows[0][1])) if rows else None
        if header is None:
            i += 1
            continue
        first, cells, apart = header
        region = "\n".join(lines[first:i])
        gathered = "\n".join([*apart, "\t".join(cells)])
        if len(gathered) > len(region):
            i += 1
            continue
        new = (gathered + " " * (len(region) - len(gathered))).split("\n")
        lines[first:i] = new  # (fewer lines, the same characters in all)
        i = first + len(new)
        for k, (label_end, figures) in enumerate(rows):
            chars = list(lines[i + k])
            for start, _ in figures:
                # (the gap may be any space: a full-width one too)
                gap = next(j for j in range(start - 1, label_end - 1, -1) if chars[j].isspace())
                chars[gap] = "\t"
            lines[i + k] = "".join(chars)
        i += len(rows)
    return "\n".join(lines)

