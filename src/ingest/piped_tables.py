"""Tables a page copied with pipes: one cell per line cut back into rows; a wrapped header joined.

Some page converters write every table cell on a line of its own, `text |`, and an empty
cell as a bare `|`. A grid's rows then survive only as a count: with its empty cells kept,
a table of `w` columns is a header of `w` word cells followed by rows of `w` cells each.
`rebuild_piped_tables` finds the width (and how many title lines stand over the header)
that cuts a run of such lines into a header and rows that each open on a label, and
replaces the run with one table block; the parse layer reads it like any table.
(Performance forms, whose rows lose their merged cells, are rebuilt by their template in
ingest/flat_forms.py first; tables of a label and figures without pipes in ingest/text.py.)

A table copied a row a line (`a | b | c |`) is read by ingest/text.py; its header a copy
wrapped over lines is put back on one line here first (`unwrap_piped_headers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from zhibiao.ingest.document import Block, Cell, strip_span
from zhibiao.ingest.flat_forms import FUND_LABEL_WORDS
from zhibiao.ingest.numbered_tables import ROW_NUMBER, SERIAL_HEADERS
from zhibiao.ingest.row_alignment import cell_kind, column_kind
from zhibiao.limits import check_table

#: Fewest and most columns tried, and how many title lines may stand over the header.
MIN_COLUMNS, MAX_COLUMNS, MAX_TITLE_LINES = 3, 16, 4
#: Fewest data rows for a run of lines to be a table; and the fewest columns of a table
#: whose one row its number opens (排名 | 城市 | 最大值 | … / 1 | 长治市 | 2.1 | …).
MIN_ROWS = 2
MIN_NUMBERED_ALONE = 4
#: The longest header cell (a header names a column; a sentence is no header).
MAX_HEADER_CHARS = 20
#: The longest cell text (a 评分规则 or 说明 cell may be a sentence).
MAX_CELL_CHARS = 200
_FIGURE = re.compile(r"^[-−+]?[\d,，.]+\s*%?$")
_DIGIT = re.compile(r"\d")
_LEADING_FIGURE = re.compile(r"^\d(?!\d*\s*(?:年|月[\u4e00-\u9fff]{2}))")  # (10月降尘量: a header)
#: The fewest empty cells after a spanning header cell whose second line writes no empty
#: cells (one could be a row's label read as a header).
MIN_SPANNED = 2
#: The most cells of a two-level header's second line (| 一级 | 二级 |).
MAX_SUB_CELLS = 6


@dataclass(frozen=True, slots=True)
class _PipedCell:
    """One cell of the copy: its text's span (empty for an empty cell) and the blocks,
    first to last, its text and its pipe stand on."""

    start: int
    end: int
    first: int
    last: int
    #: an empty cell a line of pipes alone stands for (`written_empties`)
    pipes_only: bool = False


def _piped_cells(text: str, blocks: list[Block], i: int,
                 written_empties: bool = False) -> list[_PipedCell]:
    """The cells of the run of piped lines from block i: `text |` is a cell, a bare `|`
    closes the text on the line before it (目标名称 / |) or, with none, is an empty cell.
    A line of pipes alone (||||||) ends a header or row whose empty cells were not written;
    `written_empties` reads it as those empty cells instead (一、经济发展 | then ||||| in a
    table of six columns)."""
    cells: list[_PipedCell] = []
    pending: tuple[int, int, int] | None = None  # a cell's text waiting for its pipe
    for k in range(i, len(blocks)):
        block = blocks[k]
        if block.kind == "table" and pending is None \
                and all(c.end <= c.start for row in block.rows for c in row):
            continue  # ||||||: the end of a header or row, its empty cells not written
        if block.kind == "table" and pending is None and len(block.rows) == 1 \
                and block.rows[0][0].end > block.rows[0][0].start \
                and all(c.end <= c.start for c in block.rows[0][1:]):
            # `text | |`: a cell, then the empty cells its line closes on (written, or
            # the end of a header or row whose empty cells were not)
            first = block.rows[0][0]
            cells.append(_PipedCell(first.start, first.end, k, k))
            if written_empties:
                cells.extend(_PipedCell(c.start, c.start, k, k, True)
                             for c in block.rows[0][1:])
            continue
        if block.kind == "table":
            break
        start, end = strip_span(text, block.start, block.end)
        pipes = text.count("|", start, end)
        if pipes > 1 and pipes == end - start and pending is None:
            if written_empties:
                cells.extend(_PipedCell(start, start, k, k, True) for _ in range(pipes))
            continue  # ||||||: the end of a header or row, its empty cells not written
        if pipes == 1 and text[end - 1] == "|":
            body_start, body_end = strip_span(text, start, end - 1)
            if body_end > body_start:  # `text |`: a whole cell
                if pending is not None:
                    break
                cells.append(_PipedCell(body_start, body_end, k, k))
            elif pending is not None:  # the pipe after the text on the line before
                cells.append(_PipedCell(pending[0], pending[1], pending[2], k))
                pending = None
            else:
                cells.append(_PipedCell(start, start, k, k))
        elif pipes == 0 and pending is None and end - start <= MAX_CELL_CHARS:
            pending = (start, end, k)
        elif pipes == 0 and pending is not None and end - pending[0] <= MAX_HEADER_CHARS \
                and (text[start] in "(（" or (pending[1] - pending[0] > 1
                                             and not _DIGIT.search(text, pending[0], end))):
            # CO / (第95百分位数) / |, #卫生技术 / 人员 / |: a header cell wrapped (not 绩 /
            # 效 / 指 / 标, a form's words set upright, a character a line)
            pending = (pending[0], end, pending[2])
        else:
            break
    return cells


#: Header endings of a first column of ranks (排名, 全省城市排名): its cells number the rows.
RANK_HEADER_ENDINGS = ("排名", "名次")


def _numbering(header: str) -> bool:
    """Whether a first column's header says its cells number the rows (序号, 排名)."""
    words = header.replace(" ", "")
    return words in SERIAL_HEADERS or words.endswith(RANK_HEADER_ENDINGS)


def _header_cell(cell: str) -> bool:
    """Words naming a column: short, not a figure, not opening on one unless a year or a
    month's measure (2025年目标值, 10月降尘量; PM10均值ug/m3 is a header, 2020上半年监测
    数据 a row's label)."""
    return 0 < len(cell) <= MAX_HEADER_CHARS and not _FIGURE.match(cell) \
        and not _LEADING_FIGURE.match(cell)


def _is_header(texts: list[str], unnamed_last: bool = False) -> bool:
    """A header row: column words, no two the same side by side; with `unnamed_last`, the
    last may be empty (a column of notes left unnamed: 指标属性 | then |)."""
    named = texts[:-1] if unnamed_last and texts and not texts[-1] else texts
    return len(named) >= MIN_COLUMNS and all(map(_header_cell, named)) \
        and all(a != b for a, b in pairwise(named))


def _word_columns(header: list[str]) -> frozenset[int]:
    """The columns after the first that hold words by their header: units (计量单位) and,
    in a two-sided table (项目 | 预算数 | 项目 | 预算数), the second side's labels."""
    return frozenset(k for k, words in enumerate(header)
                     if k and (column_kind(words) == "unit" or words == header[0]))


def _rows(texts: list[str], at: int, width: int, numbered: bool = False,
          word_columns: frozenset[int] = frozenset()) -> int:
    """How many whole rows of `width` cells follow from `at`, each opening on a label (no
    figure) and holding a figure or, when it heads a part (一、投入目标), nothing else;
    under a 序号 column (`numbered`), each opening on its row number, then the label. The
    cells of `word_columns` are left out: 白茶 | 吨 | (empty) and 四、上级补助收入 | (empty) |
    三、事业单位经营支出 | (empty) are rows with nothing reported, not words that end the
    table."""
    count = 0
    for row_at in range(at, len(texts) - width + 1, width):
        row = [t for k, t in enumerate(texts[row_at : row_at + width]) if k not in word_columns]
        if numbered:
            if not ROW_NUMBER.match(row[0]):
                break
            row = row[1:]
        if not row[0] and _one_side_left(row):
            count += 1  # | | 三、债务还本支出 | 159700: a two-sided table, its left side out
            continue
        if not row[0] or _FIGURE.match(row[0]):
            break
        if not numbered and not any(_DIGIT.search(t) for t in row[1:]) and any(row[1:]):
            break  # (a row its number opens may hold words only: 与经济增长基本同步)
        count += 1
    return count


def _one_side_left(row: list[str]) -> bool:
    """Whether a row opening on empty cells holds a label and its figures after them (the
    right side of a 收入 | 执行数 | 支出 | 执行数 balance table whose left side ran out)."""
    empty = next((k for k, t in enumerate(row) if t), len(row))
    rest = row[empty:]
    return len(rest) >= 2 and all(rest) and not _FIGURE.match(rest[0]) \
        and all(_DIGIT.search(t) for t in rest[1:])


def _total_after(texts: list[str], at: int, width: int) -> bool:
    """Whether the cells from `at` are a numbered table's last row without its number (全省 |
    1500 | 1110 | …: a total's label spans the 序号 column): a label, then figures."""
    row = texts[at : at + width - 1]
    return len(row) == width - 1 and bool(row[0]) and not _FIGURE.match(row[0]) \
        and all(_DIGIT.search(t) for t in row[1:] if t) and any(row[1:])


@dataclass(frozen=True, slots=True)
class _Cut:
    """How a run of cells is a table: `skip` title cells, a header of `header` cells (and,
    for a two-level header, `sub` cells under the one at `parent`), then `rows` rows of
    `width` cells."""

    skip: int
    header: int
    width: int
    rows: int
    sub: int = 0
    parent: int = -1
    total: bool = False  # a last row one cell short, its label spanning the 序号 column
    units: int = 0  # a row of units under the header, fewer cells than the columns
    spanned: int = 0  # empty header cells after `parent`, the columns its sub cells fill

    @property
    def size(self) -> int:
        return self.header + self.sub + self.units + self.width * self.rows \
            + (self.width - 1) * self.total

    @property
    def data_at(self) -> int:
        """Where the first row's cells start."""
        return self.skip + self.header + self.sub + self.units


def _spanning_header(texts: list[str], skip: int, empties_written: bool = True
                     ) -> _Cut | None:
    """序号 | 指标 | … | “十四五”目标 | (empty) then 2025年 | 年均[累计] | (empties): a
    header whose last named cell spans the empty cells after it, its second line naming
    the columns under it first and the others' empty cells after (the empty cells
    written, `written_empties`); or (`empties_written` or not) 卫生人员数(人) | (empty) |
    (empty) then #卫生技术人员 | #执业(助理)医师 and the rows: the spanning cell's own
    column (its total) unnamed under it, no empty cell written on the second line."""
    best: _Cut | None = None
    for width in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        head, under = texts[skip : skip + width], texts[skip + width : skip + 2 * width]
        if len(under) < width:
            break
        parent = max((k for k, t in enumerate(head) if t), default=-1)
        spanned = width - 1 - parent
        named = [t for t in under if t]
        if parent < 1 or spanned < 1 or not all(map(_header_cell, head[: parent + 1])):
            continue
        if spanned >= MIN_SPANNED and all(under[:spanned]) \
                and all(map(_header_cell, under[:spanned])) and not set(under) & set(head):
            # 卫生人员数(人) | | then #卫生技术人员 | #执业(助理)医师 and the rows: the
            # spanning cell's own column (its total) is unnamed under it, and the second
            # line writes no empty cells
            at = skip + width + spanned
            rows = _rows(texts, at, width, _numbering(head[0]))
            if rows >= MIN_ROWS and len(texts) - at - width * rows < width \
                    and (best is None or rows * width > best.rows * best.width):
                best = _Cut(skip, width, width, rows, sub=spanned, parent=parent,
                            spanned=spanned)
                continue
        if not empties_written:
            continue
        if len(named) != spanned + 1 or any(under[len(named) :]) \
                or not all(map(_header_cell, named)):
            continue
        at = skip + 2 * width
        rows = _rows(texts, at, width, _numbering(head[0]))
        if rows >= MIN_ROWS and len(texts) - at - width * rows < width \
                and (best is None or rows * width > best.rows * best.width):
            best = _Cut(skip, width, width, rows, sub=width, parent=parent, spanned=spanned)
    return best


def _two_level(texts: list[str], skip: int) -> _Cut | None:
    """名称 | 优良天数 | 优良天数 | … then | 一级 | 二级: a header whose cell repeated side by
    side spans the words of a second header line (empty cells under the others)."""
    header = 0
    while skip + header < len(texts) and _header_cell(texts[skip + header]):
        header += 1
    repeats = [k for k in range(1, header) if texts[skip + k] == texts[skip + k - 1]]
    if len(repeats) != 1:
        return None
    for sub in range(2, MAX_SUB_CELLS + 1):
        words = texts[skip + header : skip + header + sub]
        if not all(not w or _header_cell(w) for w in words):
            break
        width = header - 1 + sum(1 for w in words if w)
        at = skip + header + sub
        rows = _rows(texts, at, width)
        if rows >= MIN_ROWS and len(texts) - at - width * rows < width:
            return _Cut(skip, header, width, rows, sub, repeats[0])
    return None


def _fit(texts: list[str], unnamed_last: bool = False) -> _Cut | None:
    """The cut of the cells into a header and the most rows, covering all but less than a
    row of them; None when no cut makes a table."""
    best: _Cut | None = None
    for skip in range(MAX_TITLE_LINES + 1):
        for width in range(MIN_COLUMNS, MAX_COLUMNS + 1):
            run = texts[skip:]
            numbered = bool(run) and _numbering(run[0])
            # (a table whose rows its 排名 or 序号 column numbers may have one row only: the
            # numbers say it is one)
            fewest = 1 if numbered and width >= MIN_NUMBERED_ALONE else MIN_ROWS
            if len(run) < width * (fewest + 1) or not _is_header(run[:width], unnamed_last):
                continue
            # (μg/m3 | μg/m3 | mg/m3 under SO2 | NO2 | CO: the units of the figure
            # columns after the label's, a cell each, none for the last columns)
            units = next((u for u in range(width) if cell_kind(run[width + u]) != "unit"), 0) \
                if len(run) > 2 * width else 0
            at = width + units
            rows = _rows(run, at, width, numbered, _word_columns(run[:width]))
            total = numbered and _total_after(run, at + width * rows, width)
            if rows < fewest or len(run) - at - width * rows - (width - 1) * total >= width:
                continue
            if best is None or rows * width > best.rows * best.width:
                best = _Cut(skip, width, width, rows, total=total, units=units)
        two = _two_level(texts, skip) or _spanning_header(texts, skip, unnamed_last)
        if two is not None and (best is None or two.size > best.size):
            best = two
    return best


def _header_rows(cells: list[_PipedCell], cut: _Cut) -> list[tuple[Cell, ...]]:
    """The header as grid rows: one row, or for a two-level header the top row with the
    spanning cell covering its columns and the second row with the words under it."""
    top = cells[cut.skip : cut.skip + cut.header]
    if cut.units:
        units = cells[cut.skip + cut.header : cut.skip + cut.header + cut.units]
        corner = Cell(top[0].start, top[0].end, covered=True)
        blank = Cell(units[-1].end, units[-1].end)
        return [tuple(Cell(c.start, c.end) for c in top),
                (corner, *(Cell(c.start, c.end) for c in units),
                 *[blank] * (cut.width - 1 - cut.units))]
    if not cut.sub:
        return [tuple(Cell(c.start, c.end) for c in top)]
    subs = [c for c in cells[cut.skip + cut.header : cut.skip + cut.header + cut.sub]
            if c.end > c.start]
    first: list[Cell] = []
    second: list[Cell] = []
    for k, c in enumerate(top):
        if cut.parent < k <= cut.parent + cut.spanned:
            continue  # the empty cells the spanning cell stands over
        if k == cut.parent:
            own = len(subs) == cut.spanned  # (its own total's column unnamed under it)
            first += [Cell(c.start, c.end)] + [Cell(c.start, c.end, covered=True)] * (
                len(subs) - 1 + own)
            second += [Cell(c.end, c.end)] * own + [Cell(s.start, s.end) for s in subs]
        else:
            first.append(Cell(c.start, c.end))
            second.append(Cell(c.start, c.end, covered=True))
    return [tuple(first), tuple(second)]


def _cut_of(text: str, blocks: list[Block], i: int,
            written_empties: bool) -> tuple[list[_PipedCell], _Cut | None]:
    """The cells of the piped run from block i (`_piped_cells`) and their cut, if any."""
    cells = _piped_cells(text, blocks, i, written_empties)
    texts = [text[c.start : c.end] for c in cells]
    # (a table whose empty cells were written may leave its last column unnamed too)
    cut = _fit(texts, written_empties) if len(cells) >= 2 * MIN_NUMBERED_ALONE \
        else None
    if cut is not None and written_empties and not _pipes_end_rows(cells, cut):
        cut = None
    return cells, cut


def _pipes_end_rows(cells: list[_PipedCell], cut: _Cut) -> bool:
    """Whether the lines of pipes alone inside the cut's rows each close a row exactly (a
    group's label, then its empty cells up to the table's width), one of them at least:
    only then were the empty cells written."""
    data_at = cut.data_at
    # (a header as wide as the rows, and its second line, are rows of cells too)
    first = cut.skip if cut.header == cut.width and cut.sub in (0, cut.width) \
        and not cut.units else data_at
    end = data_at + cut.width * cut.rows
    closing = [k for k in range(first, end) if cells[k].pipes_only
               and (k + 1 == len(cells) or not cells[k + 1].pipes_only
                    or cells[k + 1].first != cells[k].first)]
    return bool(closing) and all((k + 1 - first) % cut.width == 0 for k in closing)


def _bare_pipe(text: str, block: Block) -> bool:
    return block.kind != "table" and text[block.start : block.end].strip() == "|"


def _pipes_only(text: str, block: Block) -> bool:
    """A line of pipes alone (`|`, `||||`): what closes a row in a copy that ends each row
    on such a line (and opens the next)."""
    line = text[block.start : block.end].strip()
    return block.kind != "table" and bool(line) and not line.strip("|")


def _opened_rows(text: str, blocks: list[Block], i: int) -> tuple[Block, int] | None:
    """The table from block i when a line of pipes alone opens each row (`|` / 指 标 | /
    年末数 | / 比重% | / `|` / 全市常住人口 | / 3365597 | / - | …; the header's may be
    `||||`), and its last block: the row openers mark the rows, so rows of any cells
    (6左右, -, 序时推进) count, as long as all are as wide as a header of column words and
    each opens on a label. Inside a row not yet as wide as the header a bare `|` is an
    empty cell (行政许可 | 0 | `|` | 0 |). None when the run is no such table."""
    rows: list[list[tuple[int, int]]] = []
    openers: list[int] = []  # the block that opened each row
    last = i
    for k in range(i, len(blocks)):
        block = blocks[k]
        if block.kind == "table":
            break
        if _pipes_only(text, block):
            if len(rows) > 1 and 0 < len(rows[-1]) < len(rows[0]) and _bare_pipe(text, block):
                rows[-1].append((block.start, block.start))  # an empty cell
                last = k
                continue
            if rows and len(rows[-1]) != len(rows[0]):
                break
            rows.append([])
            openers.append(k)
            last = k
            continue
        start, end = strip_span(text, block.start, block.end)
        if not rows or text.count("|", start, end) != 1 or text[end - 1] != "|":
            break
        body_start, body_end = strip_span(text, start, end - 1)
        rows[-1].append((body_start, body_end))
        last = k
    if rows and len(rows[-1]) != len(rows[0]):
        rows.pop()  # (an unfinished last row stays lines)
        last = openers.pop() - 1
    texts = [[text[a:b] for a, b in row] for row in rows]
    # (the openers mark the rows, so a header may say a word twice, 本年新 | 本年新, as a
    # copy cut them short, and one row of figures under it is a table)
    if len(rows) < 2 or (len(rows) < MIN_ROWS + 1
                         and not any(_FIGURE.match(cell) for cell in texts[1][1:])) \
            or len(texts[0]) < MIN_COLUMNS or not all(map(_header_cell, texts[0])) \
            or any(not row[0] or _FIGURE.match(row[0]) for row in texts[1:]):
        return None
    check_table(len(rows), len(rows[0]))
    grid = tuple(tuple(Cell(a, b) for a, b in row) for row in rows)
    return Block("table", blocks[i].start, blocks[last].end, rows=grid), last


def rebuild_piped_tables(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks with each run of piped cell lines that cuts into a header and rows made
    one table block; lines before the header stay as they are."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        opened = _opened_rows(text, blocks, i) if _pipes_only(text, blocks[i]) else None
        if opened is not None:
            out.append(opened[0])
            i = opened[1] + 1
            continue
        cells, cut = max((_cut_of(text, blocks, i, written) for written in (False, True)),
                         key=lambda found: found[1].width * found[1].rows if found[1] else -1)
        if cut is None:
            out.append(blocks[i])
            i += 1
            continue
        data_at = cut.data_at
        end = data_at + cut.width * cut.rows
        used = cells[cut.skip : end + (cut.width - 1) * cut.total]
        first, last = used[0].first, used[-1].last
        out.extend(blocks[i:first])
        grid = _header_rows(cells, cut) + [
            tuple(Cell(c.start, c.end) for c in cells[r : r + cut.width])
            for r in range(data_at, end, cut.width)]
        if cut.total:
            label = cells[end]
            grid.append((Cell(label.start, label.start),
                         *(Cell(c.start, c.end) for c in cells[end : end + cut.width - 1])))
        check_table(len(grid), cut.width)
        out.append(Block("table", blocks[first].start, blocks[last].end, rows=tuple(grid)))
        i = last + 1
    return out


# --- a row-a-line table whose header the copy wrapped over lines ---------------------------

#: The most lines a wrapped header of a row-a-line piped table is written over.
MAX_WRAPPED_HEADER_LINES = 4


def _line_cells(line: str) -> list[str]:
    """The cells of a line written a | b | (the last pipe closing the last cell)."""
    cells = [c.strip() for c in line.strip().split("|")]
    return cells[:-1] if cells and not cells[-1] else cells


def unwrap_piped_headers(text: str) -> str:
    """`text` with the header of each row-a-line piped table that a copy wrapped over lines
    (品 名 | 播种面积 / (亩) | / 同比增减(%) | 产量(吨) | 同比增减(%) |, then 粮食作物 | 726760 |
    -1.78 | 315690 | 0.8 |) on one line again: a line that does not end on a pipe goes on
    into the next, and the lines are joined when together they name as many columns as
    the first row of figures has cells. The same length (each line break a space)."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    joined: set[int] = set()  # indexes of the line breaks made spaces
    for i, line in enumerate(lines):
        if "|" not in line or line.rstrip().endswith("|") or i + 1 >= len(lines):
            continue
        for more in range(1, MAX_WRAPPED_HEADER_LINES):
            end = i + more
            if end + 1 >= len(lines) or "|" not in lines[end]:
                break
            header = _line_cells(" ".join(lines[i : end + 1]))
            row = _line_cells(lines[end + 1])
            if not all(map(_header_cell, header)):
                break
            if len(header) >= MIN_COLUMNS and lines[end].rstrip().endswith("|") \
                    and len(row) == len(header) \
                    and any(_FIGURE.match(cell) for cell in row[1:]) \
                    and lines[end + 1].rstrip().endswith("|"):
                joined.update(range(i, end))
                break
    if not joined:
        return text
    return "".join(line + ("" if k == len(lines) - 1 else " " if k in joined else "\n")
                   for k, line in enumerate(lines))


def join_wrapped_labels(text: str) -> str:
    """`text` with each row of a row-a-line piped table whose label the copy left on a line
    of its own (规章 | / 0 | 0 | 0 |) on one line again: a line of one word cell followed by
    a line of two figures or more that opens on one. The same length (the line break a
    space)."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    joined: set[int] = set()
    for i in range(len(lines) - 1):
        line, after = lines[i].strip(), lines[i + 1].strip()
        if not (line.endswith("|") and after.endswith("|") and line.count("|") == 1
                and after.count("|") >= 2):
            continue
        label, row = _line_cells(line), _line_cells(after)
        # (two figures at least: a figure and empty cells, 3500 | |, is a cell-a-line copy's
        # cell with its row's empty cells after it)
        # (not a performance form's fund line, 年度资金总额 | / 32.4 | 31.69 |: its template
        # in ingest/flat_forms.py puts its figures under the columns they fit)
        if len(label) == 1 and _header_cell(label[0]) and row and _FIGURE.match(row[0]) \
                and sum(1 for cell in row if _FIGURE.match(cell)) >= 2 \
                and not any(word in label[0] for word in FUND_LABEL_WORDS):
            joined.add(i)
    if not joined:
        return text
    return "".join(line + ("" if k == len(lines) - 1 else " " if k in joined else "\n")
                   for k, line in enumerate(lines))
