"""Reading table grids for the table genres: header rows, column roles, cells and row groups.

A table block is a full grid (see ingest/document.py): every row has one Cell per column
and a merged cell repeats its origin's offsets, flagged `covered`, in the slots it covers.
Table genres describe their columns as cue words (`ColumnCues`); `find_header` finds the
row that names them, and `match_columns` tells which roles any one row names (a header
printed again after a page break), so a genre reads one logical table however ingest cut it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.ingest.list_marks import ITEM
from zhibiao.parse.values import document_memo, forget_after_each_document

#: Column role → words any of which, inside a header cell, names that column.
ColumnCues = Mapping[str, tuple[str, ...]]


def squash(text: str) -> str:
    """Text without whitespace, for comparing header words a PDF may have spaced out (split
    drops what \\s matches, str.isspace, at a third of the cost: every cell is squashed)."""
    return "".join(text.split())


@dataclass(frozen=True, slots=True)
class Header:
    """Where a table's header row is and which column plays which role."""

    row: int
    columns: dict[str, int]


#: What opens a row that is a part of the total above it (其中：公务用车购置费).
PART_MARK = re.compile(r"^(?:其中\s*[:：]?|[#＃]+)\s*")  # 其中：乡村人口, #乡村人口


def without_part_mark(label: str) -> str:
    """A row label without the 其中： (or the # of a statistics table) that makes it a part
    of the row above."""
    return PART_MARK.sub("", label)


#: A list marker opening a row label (一、财政拨款, 1.一般公共预算, (二)).
LIST_MARK = re.compile(f"^{ITEM}")


#: A bilingual yearbook's English name after the Chinese one, to the label's end: a word
#: in lower case letters after its capital, then no Chinese (an acronym, PM2.5, stays).
_TRANSLATION = re.compile(r"(?<=[\u4e00-\u9fff)）])\s*[A-Z][a-z]{2,}[^\u4e00-\u9fff]*$")


#: A footnote's number after a label (第一产业[2], 人口[注1]).
_FOOTNOTE_MARK = re.compile(r"\s*[\[［](?:注)?\d{1,2}[\]］]\s*$")


@lru_cache(maxsize=4096)  # (a table's labels are asked about again, row after row)
def row_label(text: str) -> str:
    """A row's label without its list marker and part mark (1.预算投入资金, 其中：农业), nor
    the star that marks a binding indicator or a note (*单位增加值综合能耗下降率)."""
    text = _TRANSLATION.sub("", text)  # 乡镇户数 (户) Number of Rural Households (household)
    text = _FOOTNOTE_MARK.sub("", text)  # 其中:第一产业[2]: a note's number, no part of it
    return without_part_mark(LIST_MARK.sub("", text)).rstrip(":：").lstrip("*＊※")


forget_after_each_document(row_label)


def match_columns(cells: list[str], cues: ColumnCues) -> dict[str, int]:
    """Role → column of the cells (squashed texts) naming a role; each column one role."""
    columns: dict[str, int] = {}
    taken: set[int] = set()
    joined = "\x00".join(cells)
    patterns, any_role = _role_patterns(cues)
    if any_role.search(joined) is None:  # one search tells whether the row names a role at all
        return columns
    for role, pattern in patterns:
        if pattern.search(joined) is None:
            continue
        for index, text in enumerate(cells):
            if index not in taken and pattern.search(text):
                columns[role] = index
                taken.add(index)
                break
    return columns


_PATTERNS: dict[int, tuple[ColumnCues, list[tuple[str, re.Pattern[str]]], re.Pattern[str]]] = {}


def _role_patterns(cues: ColumnCues) -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    """Each role's cue words as one compiled alternation (match_columns runs on every row
    of every table, so the words are not tried one by one), and all roles' words as one
    (most rows, a table's figures, name no role: one search says so). Cached per cue
    table."""
    cached = _PATTERNS.get(id(cues))
    if cached is None or cached[0] is not cues:
        patterns = [(role, re.compile("|".join(map(re.escape, words))))
                    for role, words in cues.items() if words]
        every = re.compile("|".join(map(re.escape, [w for words in cues.values() for w in words]))
                           or "(?!)")
        cached = _PATTERNS[id(cues)] = (cues, patterns, every)
    return cached[1], cached[2]


#: row_texts' answers while one document is parsed (values.remembering_values keeps it):
#: the readers of a document (forms, figures, prose tables, narrative cells) each squash
#: every row of its tables again. Id of the row → (the document, the row, its texts); the
#: row is kept, so its id is not reused meanwhile.
_ROWS: ContextVar[dict[int, tuple[SourceDocument, tuple[Cell, ...], list[str]]] | None] = \
    document_memo("row_texts_memo")


def row_texts(doc: SourceDocument, row: tuple[Cell, ...]) -> list[str]:
    """The squashed text of each cell of the row (a list of its own)."""
    memo = _ROWS.get()
    if memo is None:
        return [squash(doc.text[cell.start : cell.end]) for cell in row]
    known = memo.get(id(row))
    if known is None or known[0] is not doc or known[1] is not row:
        texts = [squash(doc.text[cell.start : cell.end]) for cell in row]
        memo[id(row)] = (doc, row, texts)
        return list(texts)
    return list(known[2])


def find_header(doc: SourceDocument, block: Block, cues: ColumnCues, *,
                required: tuple[str, ...], max_row: int = 5) -> Header | None:
    """The first of the top rows naming every `required` column (and as many others as it
    can); None when the table is not of this kind."""
    for index, row in enumerate(block.rows[:max_row]):
        columns = match_columns(row_texts(doc, row), cues)
        if all(role in columns for role in required):
            return Header(index, columns)
    return None


def cell_span(row: tuple[Cell, ...], column: int | None) -> tuple[int, int] | None:
    """(start, end) of the cell's own text, None for a missing column or an empty cell."""
    if column is None or column >= len(row):
        return None
    cell = row[column]
    return (cell.start, cell.end) if cell.end > cell.start else None


def origin_span(row: tuple[Cell, ...], column: int | None) -> tuple[int, int] | None:
    """Like `cell_span`, but None for a slot covered by a merged cell above or left (its
    text belongs to the row where the merged cell starts)."""
    if column is None or column >= len(row) or row[column].covered:
        return None
    return cell_span(row, column)


def block_spans(block: Block) -> Iterator[tuple[int, int]]:
    """(start, end) of a paragraph or heading, or of each non-empty cell of a table; a
    merged cell is read once, at its origin, not again in every slot it covers."""
    if block.kind != "table":
        yield block.start, block.end
        return
    for row in block.rows:
        for cell in row:
            if cell.end > cell.start and not cell.covered:
                yield cell.start, cell.end


#: A cell of running text: this long, with a clause mark in it (or the 、 of a list of
#: tasks: 新增就业岗位18300人、帮扶引领成功创业人数450人).
TEXT_CELL_CHARS = 15
_CLAUSE_MARK = re.compile(r"[,，。;；、]")


#: Headers of a column that reports, in sentences, what was done on each row's task.
PROGRESS_HEADERS: tuple[str, ...] = ("落实情况", "进展情况", "完成情况", "推进情况", "落实进展",
                                     "工作进展", "进展", "进度",  # 7月进度, 当前进度
                                     # …or says what is to be done (序号 | 民生实事 | 责任单位 |
                                     # 完成时限: a plan's tasks, one a row)
                                     "实事", "目标任务", "工作任务", "重点工作", "任务内容",
                                     "工作内容")


#: A short cell is a sentence too when it ends as one (新建2座人行天桥。).
SENTENCE_CELL_MIN_CHARS = 6


def _is_sentence(cell: str) -> bool:
    cell = cell.strip()
    return (len(cell) >= TEXT_CELL_CHARS and bool(_CLAUSE_MARK.search(cell))) \
        or (len(cell) >= SENTENCE_CELL_MIN_CHARS and cell.endswith("。"))


def one_text_row(doc: SourceDocument, row: tuple[Cell, ...]) -> bool:
    """A row of one text across the table, its other cells empty or covered by it: a title
    the table opens on, or the heading of a part of a form (二、项目支出明细情况)."""
    return len(row) > 1 and len({doc.text[c.start : c.end].strip() for c in row} - {""}) == 1


def header_index(doc: SourceDocument, block: Block) -> int:
    """The row a table's column headers are in: the first, or the one under a title the
    table opens on (2022年青浦区民生实事项目7月份进度 | | over 项目名称 | 项目内容 | 7月进度)."""
    return 1 if len(block.rows) > 2 and one_text_row(doc, block.rows[0]) else 0


def is_text_table(doc: SourceDocument, block: Block) -> bool:
    """A table whose cells below the header are mostly sentences (a 重点工作落实情况表:
    task | lead unit | what was done): it is read sentence by sentence, cell by cell,
    not as a grid of figures."""
    top = header_index(doc, block)
    body = block.rows[top + 1 :]
    cells = [doc.text[c.start : c.end] for row in body for c in row
             if c.end > c.start and not c.covered]
    texts = [t for t in cells if _is_sentence(t)]
    if bool(cells) and len(texts) >= len(body) and 2 * len(texts) >= len(cells) - len(body):
        return True
    # …or a column says it reports what was done or what is to be, and its cells are
    # sentences (工作任务 | 分管市领导 | 牵头单位 | 落实进展情况: its names and units outnumber
    # them)
    header = [re.sub(r"\s+", "", doc.text[c.start : c.end]) for c in block.rows[top]]
    for k, title in enumerate(header):
        if not any(word in title for word in PROGRESS_HEADERS):
            continue
        column = [doc.text[row[k].start : row[k].end] for row in body
                  if k < len(row) and row[k].end > row[k].start]
        said = [t for t in column if _is_sentence(t)]
        if column and 2 * len(said) >= len(column):
            return True
    return False


def table_blocks(doc: SourceDocument) -> Iterator[Block]:
    return (block for block in doc.blocks if block.kind == "table")


#: A narrative cell: long, with a sentence's punctuation and a figure in it.
NARRATIVE_MIN_CHARS = 40
_NARRATIVE_MARKS = re.compile(r"[。；;]|[，,].*[，,]")


def narrative_cells(doc: SourceDocument, has_value_in: Callable[[int, int], bool],
                    read: list[Block]) -> list[Block]:
    """The cells of the document's tables (but those in `read`, tables already read as
    prose) that tell something in sentences and hold a figure, in rows no reader took a
    value from, each as a paragraph block of its own."""
    cells = []
    for block in table_blocks(doc):
        if block in read:
            continue
        for row in block.rows:
            if any(has_value_in(cell.start, cell.end) for cell in row if cell.end > cell.start):
                continue  # a row a reader took: its other cells were left out on purpose
            for cell in row:
                text = doc.text[cell.start : cell.end]
                if not cell.covered and len(text.strip()) >= NARRATIVE_MIN_CHARS \
                        and _NARRATIVE_MARKS.search(text) and re.search(r"\d", text):
                    cells.append(Block("paragraph", cell.start, cell.end))
    return cells
