"""Tables copied a cell a paragraph (a blank line after each cell, an empty cell a line of
spaces): made tabbed, a row a line.

Some copies of a web page's table put every cell on a line of its own with an empty line
after it, and write an empty cell as a line holding only spaces::

    合 计          (a row: a label, then its figures)

    55

    -19
    ...
    1

    (a line of one space: an empty cell)

    南陵县

Only a table with an empty cell or a header of two rows is rewritten: without either, each
cell is a block of its own that text.py's cell-a-line readers place as they are; an empty
cell, lost as a blank line there, shifts every cell after it, and they read a header of one
row only. Cut at each empty line (a spaces-only line is a cell,
empty), the run's rows are found as
the width and start at which MIN_ROWS or more groups of that many cells in a row are each a
label then figures or empty cells. Each row is written on one line with a tab between its
cells (the two line breaks around an empty line become a space and a tab, at a row's end a
space and a line break), so the text keeps its length and offsets stay valid. The header
cells above the rows become one tabbed line too: as they are when they fill the columns (or
all but the label's), else as a header of two rows (事故起数 | 同比 over +,- | ±%: a word
said more than once over the cells under it) gathered into one, its words moved as
stacked_tables.py moves a stacked header's.
"""

from __future__ import annotations

import re
from collections import Counter

#: Fewest rows, fewest columns and most columns of such a table.
MIN_ROWS = 3
MIN_COLUMNS = 3
MAX_COLUMNS = 16
#: Most cells a header may have, and most characters a label or a header cell.
MAX_HEADER_CELLS = 40
MAX_LABEL = 30
#: A cell holding a figure (a signed change, a share, a bound, a dash for none).
_FIGURE = re.compile(r"^(?:[≥≤<>＞＜]?[-−+]?\d[\d,]*(?:\.\d+)?%?|[-—–/]{1,2})$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Marks of a sentence: no label or header cell holds them.
_NOT_A_CELL = re.compile(r"[。，；;\t|]")
#: …nor a page's field (统计单位:芜湖市), and a header cell is short.
_FIELD = re.compile(r"[:：]")
MAX_HEADER_CELL = 12


def _cells(lines: list[str], i: int) -> list[int]:
    """The line numbers of the cells of the gapped run opening at line i: a line, an empty
    line, a line … (a spaces-only line is an empty cell, an empty line a gap)."""
    found: list[int] = []
    k = i
    while k < len(lines) and lines[k] != "" and "\t" not in lines[k]:
        found.append(k)
        if k + 2 >= len(lines) or lines[k + 1] != "" or lines[k + 2] == "":
            break
        k += 2
    return found


def _is_label(cell: str) -> bool:
    return bool(_HAN.search(cell)) and not _FIGURE.match(cell) and len(cell) <= MAX_LABEL \
        and not _NOT_A_CELL.search(cell)


def _is_row(cells: list[str]) -> bool:
    """A label, then figures or empty cells (a row of a place with nothing to report)."""
    return _is_label(cells[0]) and all(not c or _FIGURE.match(c) for c in cells[1:])


def _rows(cells: list[str]) -> tuple[int, int, int] | None:
    """(start, width, rows) of the longest run of rows in `cells`, None when fewer than
    MIN_ROWS of them hold a figure."""
    best: tuple[int, int, int] | None = None
    for width in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        for start in range(0, min(len(cells), MAX_HEADER_CELLS + 1)):
            rows = filled = 0
            while start + (rows + 1) * width <= len(cells):
                row = cells[start + rows * width : start + (rows + 1) * width]
                if not _is_row(row):
                    break
                rows += 1
                filled += any(row[1:])
            if filled >= MIN_ROWS and (best is None or rows * width > best[1] * best[2]):
                best = (start, width, rows)
    return best


def _header_words(cells: list[str]) -> list[str]:
    """The header's words: the short cells right before the rows, empty ones left out
    (not a line of page fields above them: 统计日期:20200101-20201030)."""
    words: list[str] = []
    for cell in reversed(cells):
        if not cell:
            continue
        if len(cell) > MAX_HEADER_CELL or _NOT_A_CELL.search(cell) or _FIELD.search(cell):
            break
        words.insert(0, cell)
    return words


def _header_names(words: list[str], figures: int) -> list[str] | None:
    """The names of the `figures` figure columns (and the label's, first, when given) from
    the header's words, or None when they make no header of that many columns."""
    if len(words) in (figures, figures + 1):
        return words
    for upper_start in (0, 1):  # (a banner over all the columns first: 总计)
        for lower in range(len(words) - upper_start - 1, 0, -1):
            upper, under = words[upper_start : len(words) - lower], words[len(words) - lower :]
            # (the words said more than once span the cells under them, 事故起数 | 同比 ×3
            # over +,- | ±% ×3; with none repeated, each word spans as many: 合计 | 道路交通
            # over 事故起数 | 死亡人数 ×2)
            repeated = [w for w, n in Counter(upper).items() if n > 1] or upper
            spanning = [w for w in upper if w in repeated]
            if not spanning or lower % len(spanning):
                continue
            each = lower // len(spanning)
            # (the cells under each spanning word are the same ones: +,- | ±% each time)
            if len(upper) - len(spanning) + lower != figures \
                    or under != under[:each] * len(spanning):
                continue
            names: list[str] = []
            below = iter(under)
            for word in upper:
                if word in repeated:
                    names.extend(word + next(below) for _ in range(each))
                else:
                    names.append(word)
            return names
    return None


def tabulate_gapped_cells(text: str) -> str:
    """`text` with each table copied a cell a paragraph written a row a line with tabs
    between its cells (the module's doc); the same length."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    chars = list(text)
    i = 0
    while i < len(lines):
        run = _cells(lines, i)
        if len(run) < MIN_ROWS * MIN_COLUMNS:
            i += max(1, len(run) * 2 - 1)
            continue
        cells = [lines[k].strip() for k in run]
        found = _rows(cells)
        if found is None:
            i = run[-1] + 1
            continue
        start, width, rows = found
        end = start + width * rows
        header = _header_words(cells[:start])
        names = _header_names(header, width - 1) if header else None
        if all(cells[start:end]) and (names is None or len(header) <= width):
            # (with no empty cell, every cell a block of its own places as it is: the
            # cell-a-line readers of text.py read such a table under a header of one row)
            i = run[-1] + 1
            continue
        for r in range(rows):
            row = run[start + r * width : start + (r + 1) * width]
            for k, at in enumerate(row):
                if k + 1 < width or r + 1 < rows:  # (the last row's end stays as it is)
                    gap = starts[at] + len(lines[at])  # the line break ending the cell
                    chars[gap] = " "
                    chars[gap + 1] = "\t" if k + 1 < width else "\n"
        if names is not None:
            first = run[max(k for k in range(start) if cells[k] == header[0])]
            last = run[start - 1]
            region_start, region_end = starts[first], starts[last] + len(lines[last])
            gathered = "\t".join(names)
            if len(gathered) <= region_end - region_start:
                padded = gathered + " " * (region_end - region_start - len(gathered))
                chars[region_start:region_end] = list(padded)
                # the gap after the header: a line break, no blank line
                chars[region_end], chars[region_end + 1] = " ", "\n"
        i = run[end - 1] + 1
    return "".join(chars)
