"""The national 三公经费 table copied one cell per line: rebuilt by its template.

Every department's budget and final account prints the same table of the three public
expenses: “三公”经费合计 | 因公出国(境)费 | 公务用车购置及运行费 (over 小计 | 公务用车购置费 |
公务用车运行费) | 公务接待费. A page copied one cell per line (with a pipe after each cell
or not, a header word maybe broken over two lines: 公务 / 接待费) writes its two-level
header in reading order, the group's sub-heads after the last top-level head, and then
the figures of the leaf columns left to right, one row after another (a row maybe opening
on its label: 预算数, 2023年决算数). No width search can cut that back into rows, but the
template can: `rebuild_three_public_tables` finds the header words in such an order, then
rows of one figure per leaf column, and makes the run one table block with the template's
two header rows (merged cells as a ruled table's), which the parse layer reads like any.
"""

from __future__ import annotations

import re

from zhibiao.ingest.document import Block, Cell, replace_runs, strip_span

#: The group head whose three sub-heads the copy writes after the last top-level head.
GROUP = "公务用车购置及运行费"
#: The top-level heads besides the group (the total is written in several ways).
TOP_HEADS = frozenset({"三公经费合计", "合计", "总计", "因公出国(境)费", "公务接待费"})
SUB_HEADS = frozenset({"小计", "公务用车购置费", "公务用车运行费"})
HEADS = TOP_HEADS | SUB_HEADS | {GROUP}
#: The heads every such table has.
NEEDED = frozenset({"因公出国(境)费", GROUP, "公务接待费", "公务用车购置费", "公务用车运行费"})
_FIGURE = re.compile(r"^[-−]?[\d,，]*\d(?:\.\d+)?$|^[-—–/]{1,2}$")
#: A row's label before its figures (预算数, 2023年决算数, 本年): short, no figure alone.
_LABEL = re.compile(r"^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff()]{1,10}$")
_SQUASH = str.maketrans({"（": "(", "）": ")", " ": None, "\u3000": None, "“": None,
                         "”": None, "\"": None})
#: The longest cell text a run may hold (a sentence ends it), and the most cells looked at.
MAX_CELL = 20
MAX_RUN = 120


def _cell_text(text: str, block: Block) -> tuple[int, int] | None:
    """The span of the one cell a line holds (`text |` or `text`); None for a line of
    pipes only (a row's end), (-1, -1) for a block that is no one-cell line."""
    if block.kind == "table":
        filled = [c for row in block.rows for c in row if c.end > c.start]
        if not filled:
            return None
        return (filled[0].start, filled[0].end) if len(filled) == 1 else (-1, -1)
    start, end = strip_span(text, block.start, block.end)
    while end > start and text[end - 1] in "| ":
        end -= 1
    if end == start and text[block.start : block.end].strip(" |") == "":
        return None  # ||: a row's end, its empty cells not written
    return (start, end) if 0 < end - start <= MAX_CELL else (-1, -1)


def _squashed(text: str) -> str:
    return text.translate(_SQUASH)


Head = tuple[str, list[int]]  # a head's words and the cells it is written over


def _heads(texts: list[str]) -> tuple[list[Head], list[Head]] | None:
    """The template's heads the cells open on, each with the cells it is written over (a
    head broken over two lines joined): the top-level heads, the group among them, and
    the group's sub-heads after them; None when the cells do not open so."""
    heads: list[Head] = []
    k = 0
    while k < len(texts):
        word = _squashed(texts[k])
        if word in HEADS:
            heads.append((word, [k]))
            k += 1
        elif k + 1 < len(texts) and word + _squashed(texts[k + 1]) in HEADS:
            heads.append((word + _squashed(texts[k + 1]), [k, k + 1]))
            k += 2
        else:
            break
    names = [w for w, _ in heads]
    n_subs = next((n for n in range(len(names), 0, -1)
                   if all(w in SUB_HEADS for w in names[-n:])), 0)
    top = names[: len(names) - n_subs]
    if not NEEDED <= set(names) or top.count(GROUP) != 1 or set(top) & SUB_HEADS:
        return None
    return heads[: len(top)], heads[len(top) :]


def _rows(texts: list[str], at: int, width: int) -> tuple[list[tuple[int | None, list[int]]], int]:
    """The data rows from cell `at`: (label cell or None, figure cells), and the cells used."""
    rows: list[tuple[int | None, list[int]]] = []
    k = at
    while k < len(texts):
        label = k if _LABEL.match(_squashed(texts[k])) else None
        first = k + (label is not None)
        figures = list(range(first, first + width))
        if first + width > len(texts) or not all(_FIGURE.match(_squashed(texts[f]))
                                                 for f in figures):
            break
        rows.append((label, figures))
        k = first + width
    return rows, k


def rebuild_three_public_tables(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks with each run of one-cell lines that is a 三公经费 table by its template
    made one table block; everything else as it was."""
    if "公务用车购置" not in text:
        return blocks
    return replace_runs(blocks, lambda i: _table_at(text, blocks, i))


def _table_at(text: str, blocks: list[Block], i: int) -> tuple[Block, int] | None:
    """The table whose first head is block i, and the index of the block after it; or
    None."""
    first = _cell_text(text, blocks[i])
    if first is None or first[0] < 0 or not any(
            _squashed(text[first[0] : first[1]]) in (h, h[:2]) for h in HEADS):
        return None
    spans: list[tuple[int, int]] = []
    owner: list[int] = []  # the block each cell stands on
    for j in range(i, min(len(blocks), i + MAX_RUN)):
        span = _cell_text(text, blocks[j])
        if span is None:
            continue
        if span[0] < 0:
            break
        spans.append(span)
        owner.append(j)
    texts = [text[a:b] for a, b in spans]
    found = _heads(texts)
    if found is None:
        return None
    top, subs = found
    n_subs = len(subs)
    width = len(top) - 1 + n_subs
    used = sum(len(cells) for _, cells in top + subs)
    rows, end = _rows(texts, used, width)
    if not rows:
        return None
    labelled = any(label is not None for label, _ in rows)
    corner = spans[0][0]
    top_row: list[Cell] = [Cell(corner, corner, row_span=2)] if labelled else []
    sub_row: list[Cell] = [Cell(corner, corner, covered=True)] if labelled else []

    def span_of(cells: list[int]) -> tuple[int, int]:
        return spans[cells[0]][0], spans[cells[-1]][1]

    for word, cells in top:
        a, b = span_of(cells)
        if word == GROUP:
            top_row.append(Cell(a, b, col_span=n_subs))
            top_row.extend(Cell(a, b, covered=True) for _ in range(n_subs - 1))
            sub_row.extend(Cell(*span_of(c)) for _, c in subs)
        else:
            top_row.append(Cell(a, b, row_span=2))
            sub_row.append(Cell(a, b, covered=True))
    grid = [tuple(top_row), tuple(sub_row)]
    for label, figures in rows:
        row: list[Cell] = []
        if labelled:
            at = spans[figures[0]][0]
            row.append(Cell(*spans[label]) if label is not None else Cell(at, at))
        row.extend(Cell(*spans[f]) for f in figures)
        grid.append(tuple(row))
    last = owner[end - 1]
    return Block("table", blocks[i].start, blocks[last].end, rows=tuple(grid)), last + 1
