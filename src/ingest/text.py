"""Plain-text reports (.txt): decode, normalize, and cut into heading/paragraph/table blocks.

Text copies of web pages and PDFs arrive with one paragraph per line and, for tables,
tab-separated cells (seed 003) or cells between pipes, as Markdown and many converters
write a table (| 规章 | 0 | 0 |) — consecutive lines of either become one table block
(a Markdown rule line, |---|---|, is no row). A page copied as text may also give a
table one cell per line (主要产品产量 / 2023年 / 较上年增长(%) / 粮食总产量 / 162817吨 /
0.5 / …): a run of short lines that falls into rows of a header of words, then a label
and figures, is that table again (`_cell_per_line_tables`); a performance form copied one
cell per line is cut back into its rows by its template (ingest/flat_forms.py), and a
table of numbered rows under a 序号 header by its row numbers (ingest/numbered_tables.py);
one whose cells a copy parted by spaces has them made tabs before normalization drops
them (ingest/spaced_tables.py). A text pasted from a PDF with the page's line breaks is
joined back into its paragraphs first (ingest/rewrap.py).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from zhibiao.errors import EmptyInput
from zhibiao.ingest.aligned_tables import rebuild_aligned_tables
from zhibiao.ingest.decode import decode_text, lossy
from zhibiao.ingest.document import Block, BlockKind, Cell, SourceDocument, strip_span
from zhibiao.ingest.flat_forms import (
    cell_span,
    fund_columns,
    is_fund_header,
    realign_form_rows,
    rebuild_flat_forms,
)
from zhibiao.ingest.gapped_cells import tabulate_gapped_cells
from zhibiao.ingest.lost_cells import place_lost_cells
from zhibiao.ingest.metadata import (
    CHROME_LABELS,
    read_issuer,
    read_published,
    read_title,
    report_year,
)
from zhibiao.ingest.normalize import normalize
from zhibiao.ingest.numbered_tables import ROW_NUMBER, SERIAL_HEADERS, rebuild_numbered_tables
from zhibiao.ingest.piped_tables import (
    join_wrapped_labels,
    rebuild_piped_tables,
    unwrap_piped_headers,
)
from zhibiao.ingest.rewrap import join_split_figures, opens_item, rewrap
from zhibiao.ingest.row_alignment import AGE_BAND
from zhibiao.ingest.side_by_side import stack_side_by_side
from zhibiao.ingest.spaced_tables import (
    OPTIONAL_HEADERS,
    tabulate_spaced_forms,
    tabulate_spaced_tables,
    unfold_one_line_forms,
)
from zhibiao.ingest.stacked_tables import tabulate_stacked_tables
from zhibiao.ingest.three_public_tables import rebuild_three_public_tables
from zhibiao.limits import DEFAULT_LIMITS, Limits, check_chars, check_table

_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十百]+[章节部分篇]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
    r"|\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])"
)


def heading_like(line: str) -> bool:
    """A numbered line short enough to be a heading rather than a numbered paragraph
    (shared with the HTML reader so both call the same lines headings)."""
    return bool(_HEADING.match(line)) and (len(line) <= 40 or "。" not in line[:-1])


_PIPE_ROW = re.compile(r"^\s*\|.*\|.*$|^.*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^[\s|:\-]*$")
#: A row of one cell a page copy writes `产出指标 (50分) |`: words, one pipe at the end.
_ONE_CELL_ROW = re.compile(r"^[^|]{1,30}\|\s*$")


def _pipe_cells(line: str, start: int) -> tuple[Cell, ...] | None:
    """The cells of a line written | a | b | (either outer pipe may be left out), spaces
    around each cell left out; None for a line that is not such a row (or is the rule
    under a Markdown header)."""
    if line.count("|") < 2 or not _PIPE_ROW.match(line) or _PIPE_RULE.match(line):
        return None
    # the outer pipes are optional (a | b |, | a | b): cells run between them
    first = line.index("|") if not line[: line.index("|")].strip() else -1
    last = line.rindex("|") if not line[line.rindex("|") + 1 :].strip() else len(line)
    cells, pos = [], first + 1
    for part in line[first + 1 : last].split("|"):
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        cell_start = start + pos + lead
        cells.append(Cell(cell_start, cell_start + len(body)))
        pos += len(part) + 1
    return tuple(cells)


def _row_cells(line: str, start: int) -> tuple[Cell, ...] | None:
    """The cells of a table row written with pipes or, failing that, tabs; None for a line
    that is not a row."""
    piped = _pipe_cells(line, start) if "|" in line else None
    if piped is not None or "\t" not in line:
        return piped
    cells, cell_start = [], start
    for part in line.split("\t"):
        cells.append(Cell(cell_start, cell_start + len(part)))
        cell_start += len(part) + 1
    return tuple(cells)


#: A line that can be one table cell: short, and no sentence in it.
MAX_CELL = 20
_SENTENCE_MARKS = "。；;！!？?"
#: A cell holding a figure (162817吨, -9.7, 0.5, 1,234.5万元, a dash for none).
_FIGURE_CELL = re.compile(r"^(?:[-−]?\d[\d,]*(?:\.\d+)?\s*[^\d\s]{0,4}|[-—–/]{1,2})$")
#: Columns a cell-per-line table may have, and the data rows it needs.
CELL_COLUMNS = range(2, 7)
MIN_CELL_ROWS = 3
#: First header cells of a national template's tables: known tables, however short.
TEMPLATE_TABLE_OPENERS: frozenset[str] = frozenset({"信息内容"})
#: The figures a header cell may be: the year its column is of (2023年), or the month or
#: months of a monthly table (11, 1-11, 本月, 1-本月: a statistics office's 月报).
_YEAR_CELL = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:度|末)?[\u4e00-\u9fff]{0,8}"
                        r"|(?:1[-—~至])?(?:[1-9]|1[0-2]|本月)月?)$")
_DIGIT_RUN = re.compile(r"\d{4}")
#: A month a header writes as its number alone (11 | 1-11).
_BARE_MONTH = re.compile(r"^(?:[1-9]|1[0-2])$")


def _cell_of(text: str, block: Block) -> Block:
    """The block as one cell: without the pipe a page copy writes after it (`544126 |`)."""
    return Block(block.kind, *cell_span(text, block.start, block.end))


def _is_cell(text: str, block: Block) -> bool:
    line = text[block.start : block.end].strip()
    return block.kind in ("paragraph", "heading") and 0 < len(line) <= MAX_CELL \
        and not any(mark in line for mark in _SENTENCE_MARKS)


def _header_cell(line: str) -> bool:
    """Words naming a column, or the year it is of (2023年); not a figure, a code or a
    date range (202001-202012)."""
    return bool(_YEAR_CELL.match(line)) or (
        not _FIGURE_CELL.match(line) and not _DIGIT_RUN.search(line))


def _figure_cell(text: str, cell: Block | Cell) -> bool:
    line = text[cell.start : cell.end].strip()
    return bool(_FIGURE_CELL.match(line)) and not AGE_BAND.match(line)


def _one_bare_month(header: list[str]) -> bool:
    """Whether a header names at most one month by its number alone (11 | 1-11, the month
    and the months so far): 省级现代农业园区(个) | 1 | 8 is a row of figures."""
    return sum(1 for cell in header if _BARE_MONTH.match(cell)) <= 1


def _rows_of(text: str, cells: list[Block], width: int) -> int:
    """How many data rows follow a header of `width` word cells: rows of a label (no
    figure) then figures; 0 when the cells do not start so."""
    header = cells[:width]
    if len(header) < width or _figure_cell(text, header[0]) \
            or not all(_header_cell(text[c.start : c.end].strip()) for c in header) \
            or not _one_bare_month([text[c.start : c.end].strip() for c in header]):
        return 0
    rows = 0
    for at in range(width, len(cells) - width + 1, width):
        row = cells[at : at + width]
        if _figure_cell(text, row[0]) or not all(_figure_cell(text, c) for c in row[1:]):
            break
        rows += 1
    return rows


def _usual_gap(text: str, cells: list[Block]) -> int:
    """The line breaks between one cell and the next in most of `cells` (a page copy puts
    a blank line between cells: 2)."""
    gaps = [text.count("\n", a.end, b.start) for a, b in itertools.pairwise(cells)]
    return max(set(gaps), key=gaps.count) if gaps else 1


def _gapped_rows(text: str, cells: list[Block], width: int,
                 gap: int) -> list[tuple[Block | None, ...]]:
    """Rows after the regular ones whose empty cells the copy left as extra blank lines
    (规模以上工业产品销售率(%) / 100.9 / ⏎ / 99.6 / ⏎): each line break past the usual gap
    is an empty cell (None). Stops at the first row that does not come out `width` wide."""
    rows: list[tuple[Block | None, ...]] = []
    at = 0
    while at < len(cells) and not _figure_cell(text, cells[at]):
        row: list[Block | None] = [cells[at]]
        k = at + 1
        while k < len(cells) and _figure_cell(text, cells[k]) and len(row) < width:
            row += [None] * max(0, text.count("\n", cells[k - 1].end, cells[k].start) - gap)
            row.append(cells[k])
            k += 1
        if k < len(cells) and len(row) < width:  # empty cells at the row's end
            row += [None] * max(0, text.count("\n", cells[k - 1].end, cells[k].start) - gap)
        # (a row of a label alone counts when its blank lines are exactly its empty cells:
        # 1、业务工作经费 / ⏎ ⏎ ⏎ under 2022年决算数 | 2023年预算数 | 2023年决算数)
        if len(row) != width or (k == at + 1 and k >= len(cells)):
            break
        rows.append(tuple(row))
        at = k
    return rows


def _fewest_rows(text: str, run: list[Block]) -> int:
    """How many rows a run of one-cell lines needs to be a table: fewer when its first cell
    opens a template's table (信息内容 of a disclosure report's 第二十条 tables, which may
    hold one row: 行政许可 | 0)."""
    first = text[run[0].start : run[0].end].strip() if run else ""
    return 1 if first in TEMPLATE_TABLE_OPENERS else MIN_CELL_ROWS


#: A header cell's unit the page wrapped onto a line of its own (事故起数 / (起)).
_WRAPPED_UNIT = re.compile(r"^[(（]\s*(?:%|‰|[^\d\s()（）]{1,5})\s*[)）]$")


def _units_joined(text: str, run: list[Block]) -> tuple[list[Block], list[int]]:
    """The run's cells with each header unit on a line of its own (事故起数 / (起) /
    占月度事故起数总量(%)) joined to the header cell above it, and how many of the run's
    lines each cell holds. Only before the first figure: a unit among the rows is a cell."""
    cells: list[Block] = []
    lines: list[int] = []
    for cell in run:
        line = text[cell.start : cell.end].strip()
        if _figure_cell(text, cell):
            break
        if cells and _WRAPPED_UNIT.match(line) and _header_cell(
                text[cells[-1].start : cells[-1].end].strip()):
            cells[-1] = Block(cells[-1].kind, cells[-1].start, cell.end)
            lines[-1] += 1
            continue
        cells.append(cell)
        lines.append(1)
    rest = run[sum(lines) :]
    return cells + rest, lines + [1] * len(rest)


def _cell_per_line_tables(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks with every run of one-cell lines that forms a table (a header of words,
    then rows of a label and figures, the fewest columns that fit) made one table block."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _is_cell(text, _cell_of(text, blocks[j])):
            j += 1
        run, lines = _units_joined(text, [_cell_of(text, b) for b in blocks[i:j]])
        best = next(((w, n) for w in CELL_COLUMNS
                     if (n := _rows_of(text, run, w)) >= _fewest_rows(text, run)), None)
        if best is None:
            out.append(blocks[i])
            i += 1
            continue
        width, rows = best
        cells = run[: width * (rows + 1)]
        grid = [tuple(Cell(*strip_span(text, c.start, c.end)) for c in cells[r : r + width])
                for r in range(0, len(cells), width)]
        more = _gapped_rows(text, run[len(cells) :], width, _usual_gap(text, cells))
        for row in more:
            last = next(c for c in reversed(row) if c is not None)
            grid.append(tuple(Cell(*strip_span(text, c.start, c.end)) if c is not None
                              else Cell(last.end, last.end) for c in row))
        taken = len(cells) + sum(1 for row in more for c in row if c is not None)
        check_table(len(grid), width)
        out.append(Block("table", cells[0].start, run[taken - 1].end, rows=tuple(grid)))
        i += sum(lines[:taken])
    return out


def _chrome(line: str) -> bool:
    """Whether a line is the page's field box (名称 | …, 发布机构: …), not a table's header
    row that opens on 名称 (名称 | 农业总产值 | 农业产值 | 林业产值 |): a field box holds a
    value after each label, a header names three columns or more after it."""
    if not CHROME_LABELS.match(line):
        return False
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return len(cells) < 4 or any(CHROME_LABELS.match(c + ":") for c in cells[2::2])


def _serial_column(text: str, header: tuple[Cell, ...]) -> int:
    """Where a table's 序号 column is (0 when it is first or there is none)."""
    cells = [re.sub(r"\s+", "", text[c.start : c.end]) for c in header]
    return next((k for k, c in enumerate(cells) if c in SERIAL_HEADERS), 0)


#: Headers of a first column that numbers or ranks the rows (序号 | 行业 | …): a total row
#: written one cell short (全市合计 | 116 | 100 |) spans it with its label.
RANK_HEADERS = SERIAL_HEADERS | {"排位", "排名", "名次"}
_TOTAL_LABEL = re.compile(r"(?:合计|总计|小计|总体)$")
#: Headers of a column of units, which a row copied without its unit leaves out.
UNIT_HEADERS = frozenset({"单位", "计量单位"})
_NUMBER_START = re.compile(r"^[-−+]?\d")
#: Headers of a column of shares (任务完成率, 占年任务之比); a last column of notes is
#: spaced_tables.OPTIONAL_HEADERS (备注, 说明).
RATE_HEADER_ENDINGS: tuple[str, ...] = ("率", "之比", "比例")
_NOTE_SENTENCE = re.compile(r"[。；;，,]")


@dataclass(frozen=True, slots=True)
class _Layout:
    """What a table's header row says about where its rows' cells go."""

    width: int  # the grid's width (its widest row)
    serial: int  # the 序号 column (0 when first or none)
    ranked: bool  # the first column numbers or ranks the rows (序号, 排名)
    numbered: bool  # the first column is 序号/编号
    unit: int | None  # the 单位 column
    rate: int | None  # a column of shares (任务完成率, 占年任务之比)
    note: bool  # the last column holds notes (备注, 说明)


def _layout(text: str, header_row: tuple[Cell, ...], width: int) -> _Layout:
    header = [re.sub(r"\s+", "", text[c.start : c.end]) for c in header_row]
    return _Layout(
        width=width, serial=_serial_column(text, header_row), ranked=header[0] in RANK_HEADERS,
        numbered=header[0] in SERIAL_HEADERS,
        unit=next((k for k, h in enumerate(header) if h in UNIT_HEADERS), None),
        rate=next((k for k, h in enumerate(header) if h.endswith(RATE_HEADER_ENDINGS)), None),
        note=len(header) == width and header[-1].endswith(OPTIONAL_HEADERS))


def _padded(text: str, row: tuple[Cell, ...], layout: _Layout) -> tuple[Cell, ...]:
    """The row as `layout.width` cells: empty ones before it when it opens on a row number
    and the row number's column is not the first (a merged cell above held those), or when
    it is a total one cell short under a first column of ranks (its label spans both); under
    a 序号 column as `_under_numbers` puts them; else after."""
    if layout.numbered:
        row = _under_numbers(text, row, layout)
    missing = layout.width - len(row)
    if missing <= 0:
        return row
    if layout.ranked and missing == 1 and len(row) > 1 \
            and _TOTAL_LABEL.search(text[row[0].start : row[0].end].strip()) \
            and all(_figure_cell(text, c) for c in row[1:] if c.end > c.start):
        return (Cell(row[0].start, row[0].start), *row)
    serial = layout.serial
    if serial and missing >= serial and ROW_NUMBER.match(
            text[row[0].start : row[0].end].strip()):
        front = (Cell(row[0].start, row[0].start),) * serial
        return front + row + (Cell(row[-1].end, row[-1].end),) * (missing - serial)
    return row + (Cell(row[-1].end, row[-1].end),) * missing


def _under_numbers(text: str, row: tuple[Cell, ...], layout: _Layout) -> tuple[Cell, ...]:
    """A row of a table whose first column is 序号 with the cells a copy left out put back
    as empty ones: a row opening on words is a further row of the item above (the number's
    cell spanned it); a figure under the 单位 column means the unit was left out; a share
    (…%) left of the rate column belongs in it; a sentence ending a short row belongs in a
    last column of notes."""
    def empty_at(k: int) -> Cell:
        return Cell(row[k].start, row[k].start)

    if re.sub(r"\s+", "", text[row[0].start : row[0].end]) in SERIAL_HEADERS:
        return row  # the header row itself (序号 | 类型名称 | 计划下达 | … | ||: merged cells)
    missing = layout.width - len(row)
    if missing <= 0:
        if len(row) > 1 and row[-1].end <= row[-1].start and row[0].end > row[0].start \
                and not _opens_on_number(text, row):
            # 新增托位500个。 | 新增托位600个。 | | under 序号 | 项目内容 | 进展情况 | 责任单位:
            # a further row of the item above, an empty cell at its end
            return (empty_at(0), *row[:-1])
        return row
    if not _opens_on_number(text, row):
        row, missing = (empty_at(0), *row), missing - 1
    unit = layout.unit
    if missing and unit is not None and unit < len(row) \
            and _NUMBER_START.match(text[row[unit].start : row[unit].end].strip()):
        row, missing = (*row[:unit], empty_at(unit), *row[unit:]), missing - 1
    rate = layout.rate
    if missing and rate is not None:
        # 5 | 提高…标准 | 区民政局 | 标准不低于3480元/年 | 100% | 2019年…: the share stands under
        # the rate column (任务完成率), the cells it skipped were empty
        at = next((k for k in range(2, min(rate, len(row)))
                   if text[row[k].start : row[k].end].strip().endswith("%")), None)
        if at is not None:
            gap = min(rate - at, missing)
            row, missing = (*row[:at], *(empty_at(at),) * gap, *row[at:]), missing - gap
    if missing and layout.note and len(row) > 2 \
            and _NOTE_SENTENCE.search(text[row[-1].start : row[-1].end]):
        # 9 | 完成棚改项目 | 区棚改办 | 5 | 因集体土地征收…滞后。: the note column's sentence
        row = (*row[:-1], *(empty_at(len(row) - 1),) * missing, row[-1])
    return row


#: How many more rows of one cell may stand between a row of one cell and the table's next
#: row (效 益 指 标 (30分) | / 经济效益 指标 | / a row of cells).
MAX_ONE_CELL_RUN = 2


def _row_follows(lines: list[str], at: int) -> bool:
    """Whether a row of two cells or more follows from `at`, after lines of pipes only and
    at most MAX_ONE_CELL_RUN rows of one cell."""
    singles = 0
    for line in lines[at:]:
        if not line.strip(" |\t"):
            continue
        cells = _row_cells(line, 0)
        filled = sum(bool(line[c.start : c.end].strip()) for c in cells) if cells else 0
        if filled > 1:
            return True
        if not _ONE_CELL_ROW.match(line) or singles == MAX_ONE_CELL_RUN:
            return False
        singles += 1
    return False


def _opens_on_number(text: str, row: tuple[Cell, ...]) -> bool:
    """Whether a row opens on its row number (or any figure)."""
    first = text[row[0].start : row[0].end].strip()
    return bool(ROW_NUMBER.match(first)) or _figure_cell(text, row[0])


#: The longest group label a row may open on before its row number (经济发展 | 1 | …).
MAX_GROUP_LABEL = 8


def _grouped_rows(text: str, rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """Rows of a table under a header opening on 序号 whose groups' first rows open on the
    group's label (经济发展 | 1 | 地区生产总值 | …, then 2 | #农林牧渔业增加值 | …): the
    header left the group column out. An empty cell is put before the header and before
    every row opening on its number, so the numbers line up; and a header's second row of
    words (绝对值 | 增速(%) under 上半年实绩 | ||) is put under the cell it divides."""
    def words(row: tuple[Cell, ...]) -> list[str]:
        return [re.sub(r"\s+", "", text[c.start : c.end]) for c in row]

    texts = [words(row) for row in rows]
    header = texts[0]
    if not header or header[0] not in SERIAL_HEADERS:
        return rows
    grouped = [r for r, row in enumerate(rows[1:], start=1) if len(row) > 2
               and not ROW_NUMBER.match(texts[r][0]) and ROW_NUMBER.match(texts[r][1])
               and 0 < len(texts[r][0]) <= MAX_GROUP_LABEL
               and not _figure_cell(text, row[0])]
    if not grouped:
        return rows
    first_data = grouped[0]
    out = [(Cell(rows[0][0].start, rows[0][0].start), *rows[0])]
    # the last named header cell with an empty one after it: what a second row divides
    spanning = next((k for k in range(len(header) - 2, -1, -1)
                     if header[k] and not header[k + 1]), None)
    for r, row in enumerate(rows[1:], start=1):
        cells = texts[r]
        if r < first_data and spanning is not None and any(cells) \
                and all(not c or not _figure_cell(text, cell)
                        for c, cell in zip(cells, row, strict=True)):
            lead = (Cell(row[0].start, row[0].start),) * (spanning + 1)
            out.append((*lead, *(cell for c, cell in zip(cells, row, strict=True) if c)))
            continue
        if cells and ROW_NUMBER.match(cells[0]):
            out.append((Cell(row[0].start, row[0].start), *row))
        else:
            out.append(row)
    return out


def _labels_joined(text: str, rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """A row label a copy put on a row of its own, before a row of figures only
    (年度资金总额 | / 32.4 | 31.69 | 10 | 97.80% | 9 |): one row again. Under a fund header
    with no column for the labels (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
    得分), the header gains that column and each figure goes to the column it fits
    (flat_forms.fund_columns): the copy dropped the empty cells."""
    out: list[tuple[Cell, ...]] = []
    header_at: int | None = None  # the fund header above, whose columns the figures take
    shifted = False
    for row in rows:
        filled = [c for c in row if c.end > c.start]
        texts = [text[c.start : c.end] for c in filled]
        if is_fund_header(texts) and not any(map(_FIGURE_CELL.match, texts)):
            header_at, shifted = len(out), False
        before = [c for c in out[-1] if c.end > c.start] if out else []
        if len(before) == 1 and not _figure_cell(text, before[0]) and filled \
                and all(_figure_cell(text, c) for c in filled) and len(out[-1]) == 1:
            header = [text[c.start : c.end] for c in out[header_at] if c.end > c.start] \
                if header_at is not None else []
            columns = fund_columns(header, texts)  # (None under no fund header)
            if columns is None or header_at is None:
                out[-1] = (before[0], *filled)
                continue
            if not shifted:  # the header's first slot is the labels' column
                first = out[header_at][0]
                out[header_at] = (Cell(first.start, first.start), *out[header_at])
                shifted = True
            slots = [Cell(filled[-1].end, filled[-1].end)] * len(header)
            for cell, column in zip(filled, columns, strict=True):
                slots[column] = cell
            out[-1] = (before[0], *slots)
            continue
        out.append(row)
    return out


def split_blocks(text: str) -> list[Block]:
    """Blocks of normalized text: each line a paragraph or heading; consecutive table rows
    (pipe or tab lines) form one table."""
    blocks: list[Block] = []
    table_rows: list[tuple[Cell, ...]] = []
    table_start = table_end = 0

    def flush_table() -> None:
        nonlocal table_rows
        if table_rows:
            # A full grid (document.py): a row with fewer tabs gets empty cells at its end,
            # or at its start when it opens on the row number a 序号 column after the first
            # holds (大类 | 序号 | 工作任务 | …, then 2 | …: the 大类 cell spanned the rows)
            table_rows = _labels_joined(text, _grouped_rows(text, table_rows))
            width = max(len(row) for row in table_rows)
            check_table(len(table_rows), width)
            layout = _layout(text, table_rows[0], width)
            rows = tuple(_padded(text, row, layout) for row in table_rows)
            rows = place_lost_cells(text, rows)
            blocks.append(Block("table", table_start, table_end, rows=rows))
            table_rows = []

    pos = 0
    lines = text.split("\n")
    for at, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if table_rows and "|" in line and _PIPE_RULE.match(line):
            continue  # |---|---| under a Markdown header row
        chrome = _chrome(line)
        cells = _row_cells(line, start) if not chrome else None
        if cells is None and table_rows and not chrome and _ONE_CELL_ROW.match(line) \
                and _row_follows(lines, at + 1):
            # 产出指标 (50分) | inside a form copied as rows: a row of one merged cell,
            # not a paragraph that would cut the table in two (but a page copied a cell a
            # line, `项目名称 |` then `市民中心运行维护费 |`, is no row of the table above)
            cells = (Cell(*cell_span(text, start, end)),)
        if cells is not None:
            if not table_rows:
                table_start = start
            table_rows.append(cells)
            table_end = end
            continue
        if not line.strip():
            continue
        flush_table()
        if chrome:
            continue
        kind: BlockKind = "heading" if heading_like(line) else "paragraph"
        blocks.append(Block(kind, start, end))
    flush_table()
    blocks = realign_form_rows(text, stack_side_by_side(text, blocks))
    blocks = rebuild_numbered_tables(text, rebuild_flat_forms(text, blocks))
    blocks = rebuild_three_public_tables(text, blocks)
    blocks = _cell_per_line_tables(text, rebuild_piped_tables(text, blocks))
    # (a cell-a-line table the fixed widths above could not cut: rows found by kind)
    return rebuild_aligned_tables(text, blocks)


def read_text(data: bytes, source: str, doc_id: str, *,
              limits: Limits = DEFAULT_LIMITS) -> SourceDocument:
    """A .txt report as a SourceDocument; raises a QuarantineError when it cannot be read."""
    check_chars(len(data) // 4, limits, "the file")  # no encoding takes over 4 bytes a char
    decoded, encoding = decode_text(data)
    check_chars(len(decoded), limits, "the decoded text")
    piped = join_wrapped_labels(unwrap_piped_headers(decoded))
    tabulated = tabulate_stacked_tables(tabulate_spaced_forms(tabulate_spaced_tables(
        tabulate_gapped_cells(unfold_one_line_forms(piped)))))
    normalized = normalize(join_split_figures(
        rewrap(tabulated, lambda line: heading_like(line) or opens_item(line))))
    if not normalized.text.strip():
        raise EmptyInput("no visible text after normalization")
    warnings = [] if encoding in ("utf-8", "ascii") else [f"decoded as {encoding}"]
    title = read_title(normalized.text)
    published = read_published(normalized.text)
    return SourceDocument(
        doc_id=doc_id,
        source=source,
        media_type="text/plain",
        text=normalized.text,
        blocks=split_blocks(normalized.text),
        title=title,
        issuer=read_issuer(normalized.text, title),
        published=published,
        year=report_year(title, published, normalized.text),
        warnings=warnings,
        partial=lossy(encoding),
    )
