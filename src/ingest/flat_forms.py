"""Performance forms a web page copied as text one cell per line: cut back into grid rows.

A 绩效自评表 or 绩效目标表 stored as text loses its grid. Each cell becomes a line, written
`cell |` with a bare `|` for an empty cell (and `||…` where a row ends), or a plain line with
blank lines between cells and empty cells gone. Merged cells survive only once, where
they start. The national template still says where each row starts:
- the indicator part's header (一级指标 | 二级指标 | 三级指标 | … | 得分) gives the columns;
- each row opens with its 一级/二级指标 label from a closed list (产出指标, 数量指标 …),
  left out when merged with the row above, then the 三级指标 name and its value cells;
- the fund part (年初预算数 | 全年预算数 | 全年执行数 …) has rows of a fund label and figures.

`rebuild_flat_forms` replaces such a run of one-cell blocks with one table block whose rows
are the form's grid (a level label left out becomes a covered slot of the one above), so
the parse layer reads it like a form from an HTML page or a PDF.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from zhibiao.ingest.document import Block, Cell, strip_span
from zhibiao.limits import check_table

#: 一级指标 labels of the national templates (2021 on: 成本指标 and 满意度指标 are level 1).
LEVEL1_LABELS = frozenset({"产出指标", "效益指标", "满意度指标", "成本指标", "效果指标",
                           "影响力指标",
                           # the evaluation framework's (决策 | 项目立项 | 立项程序规范性)
                           "决策", "过程", "产出", "效益"})
#: 二级指标 labels.
LEVEL2_LABELS = frozenset({
    "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标",
    "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
    "服务对象满意度指标", "社会公众或服务对象满意度指标", "满意度指标",
    "服务对象满意度", "社会公众或服务对象满意度",  # (a template that drops 指标 from them)
    # the evaluation framework's second level (决策 › 项目立项, 过程 › 资金管理, 产出 › 产出数量)
    "项目立项", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "产出时效",
    "产出成本", "项目效益", "绩效目标",
})
#: Header words of the indicator part; a header cell holds one of them.
INDICATOR_HEADER_WORDS = (
    "一级指标", "二级指标", "三级指标", "指标内容", "指标名称", "具体指标", "指标性质",
    "指标方向", "计算符号", "运算符号", "指标值", "目标值", "度量单位", "计量单位", "完成值",
    "实际值", "完成率",
    "分值", "权重", "得分", "原因", "措施", "备注", "说明", "绩效标准", "评分标准",
)
#: Header words that open an indicator part's row of headers: its first column.
INDICATOR_FIRST_COLUMN = ("一级指标", "二级指标", "三级指标")
NAME_HEADERS = ("三级指标", "指标内容", "指标名称", "具体指标")
#: Header words of the fund part (项目资金 / 预算执行情况); a form's fund header names at
#: least two of the budget and spending columns.
FUND_HEADER_WORDS = ("年初预算", "全年预算", "调整后预算", "预算执行数", "全年执行数",
                     "预算数", "执行数", "执行率", "分值", "权重", "得分", "原因", "说明", "备注")
FUND_AMOUNT_WORDS = ("年初预算", "全年预算", "调整后预算", "预算执行数", "全年执行数", "预算数",
                     "执行数")
#: Words a fund line's label holds (年度资金总额, 其中：财政拨款, 上年结转资金, 总额).
FUND_LABEL_WORDS = ("资金", "拨款", "总额", "合计", "其中", "结转", "经费", "收入")
#: Labels of head rows whose value is the next cell (the project is the form's target).
HEAD_LABELS = ("项目名称", "项目支出名称")
#: Words of a head label about the project's money (项目资金(万元), 年度资金总额, 年度本级
#: 预算金额), and a cell holding one amount (2,350,000.00, 250万); the form reader
#: (parse/genres/self_evaluation.py) reads head funds by the same words.
FUNDS_WORDS: tuple[str, ...] = ("资金", "预算金额")
AMOUNT_CELL = re.compile(r"^(?=[^\d]*\d)[\d,，.]+\s*(?:万元|亿元|万|元)?$")  # (a digit: no ......)
#: Labels of a form's part printed in a cell of their own before its header (绩效指标).
PART_LABELS = frozenset({"绩效指标", "绩效目标", "年度绩效指标", "年度绩效目标"})
#: The title that opens a page's next form after the rows of one (项目支出绩效目标表).
NEXT_FORM = "项目支出绩效"
#: A cell that ends the form's indicator rows.
END_WORDS = ("合计", "总分", "评价结论", "存在问题", "改进措施", "财政部门审核意见",
              "主管部门审核意见", "填表人", "项目负责人", "财务负责人", "单位负责人",
              "填报日期", "联系电话",
              # the next form of the page (项目支出绩效目标表 / 项目责任人: / 项目名称 | …)
              NEXT_FORM, "项目责任人", "项目名称")
#: Header words of a column only filled in some rows (a reason, a note): in a copy that
#: lost its empty cells, such a cell is taken only when a new row starts right after it.
OPTIONAL_COLUMN_WORDS = ("原因", "措施", "备注", "说明")
#: Header words of a column of points (a bare number).
POINTS_COLUMN_WORDS = ("分值", "权重", "得分")
RELATION_WORDS = frozenset({"≥", "≤", "=", ">", "<", ">=", "<=", "＝", "定性", "定量",
                            "正向", "反向", "正向指标", "反向指标", "大于等于", "小于等于",
                            "等于", "不低于", "不高于", "大于", "小于"})
#: What a form writes in a cell that states nothing (a dash, a slash, 无); the parse
#: layer's readers use the same set.
PLACEHOLDERS = frozenset({"", "-", "—", "--", "/", "／", "无", "——"})
_POINTS_SUFFIX = re.compile(r"\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$")
#: A level label's points the page wrapped onto a line of their own: (50), 30分) — the
#: opening bracket may be lost with the wrap.
_POINTS_PIECE = re.compile(r"^[(（]?\s*\d+(?:\.\d+)?\s*分?\s*[)）]$")
_NUMBER = re.compile(r"^[-−]?\d[\d,，]*(?:\.\d+)?%?$")
_SENTENCE = re.compile(r"[。；;！？]")
#: Lines of a form copy: a cell (`text |`), an empty cell (`|`) or a row's end (`||…`).
_PIPE_ONLY = re.compile(r"^\|+$")
#: A cell line: short enough to be one cell of a form (a long 年度总体目标 cell is one).
MAX_CELL_CHARS = 400
#: A header cell's longest text, and the longest piece of a header cell the page wrapped.
MAX_HEADER_CHARS = 20
MAX_WRAPPED_PIECE = 4
#: Fewest indicator rows for a run of cells to be taken as a form.
MIN_INDICATOR_ROWS = 1


@dataclass(frozen=True, slots=True)
class _Token:
    """One line of the copy: a cell (`start`..`end` its text, empty for an empty cell) or
    the end of a row."""

    start: int
    end: int
    text: str
    row_end: bool = False

    @property
    def empty(self) -> bool:
        return not self.text and not self.row_end


def cell_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a cell line without the spaces around it and the one pipe a page copy
    writes after each cell (`544126 |` → 544126); a line with other pipes is left whole."""
    start, end = strip_span(text, start, end)
    if end > start and text[end - 1] == "|" and text.count("|", start, end) == 1:
        start, end = strip_span(text, start, end - 1)
    return start, end


def _token(text: str, block: Block) -> _Token | None:
    """The block as a form cell, or None when it cannot be one (a table, a long text)."""
    if block.kind == "table":
        return None
    body = text[block.start : block.end].strip()
    if _PIPE_ONLY.match(body):
        return _Token(block.start, block.start, "", row_end=len(body) > 1)
    if body.endswith("|") and body.count("|") > 1:
        return None  # a row of cells between pipes
    start, end = cell_span(text, block.start, block.end)
    if start == end or end - start > MAX_CELL_CHARS:
        return None
    return _Token(start, end, text[start:end])


#: Pipes with spaces between them and nothing else (| |||||): an empty cell, then the row's end.
_SPACED_PIPES = re.compile(r"^\|(?:\s*\|)+$")


def _tokens(text: str, block: Block) -> list[_Token] | None:
    """The block as form cells: one cell (`_token`), or a row's last cells a copy wrote on
    one line, its text then the pipes of the empty cells merged after it (153.5184 | |||| ,
    read as a table of one row: the cell, then the row's end; | ||||: an empty cell, then
    the row's end). None when it cannot be part of a form."""
    if block.kind == "table":
        if not block.rows or any(c.end > c.start for row in block.rows for c in row[1:]):
            return None
        tokens: list[_Token] = []
        for row in block.rows:
            if row[0].end > row[0].start and row[0].end - row[0].start <= MAX_CELL_CHARS:
                tokens.append(_Token(row[0].start, row[0].end, text[row[0].start : row[0].end]))
            tokens.append(_Token(row[0].end, row[0].end, "", row_end=True))
        return tokens
    body = text[block.start : block.end].strip()
    if _SPACED_PIPES.match(body) and not _PIPE_ONLY.match(body):
        return [_Token(block.start, block.start, ""),
                _Token(block.start, block.start, "", row_end=True)]
    token = _token(text, block)
    return [token] if token is not None else None


def _join_wrapped_labels(tokens: list[_Token]) -> list[_Token]:
    """A level label the page wrapped into two or three cells (经济效益 / 指标) as one
    cell: the first piece is no label of the template, all together are."""
    labels = LEVEL1_LABELS | LEVEL2_LABELS
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i + 1 < len(tokens) and cell_label(token.text) in labels \
                and _POINTS_PIECE.match(tokens[i + 1].text.strip()):
            # 产出指标 / (50): the label's points, on a line of their own
            after = tokens[i + 1]
            points = after.text.strip().lstrip("(（").rstrip(")）").removesuffix("分")
            out.append(_Token(token.start, after.end, f"{token.text}({points.strip()}分)"))
            i += 2
            continue
        # (the longest label the pieces make: 服务对象 / 满意度 / 指标, not 服务对象满意度)
        pieces = next((n for n in (3, 2) if i + n <= len(tokens)
                       and all(t.text for t in tokens[i : i + n])
                       and cell_label(token.text) not in labels
                       and cell_label("".join(t.text for t in tokens[i : i + n])) in labels),
                      None)
        if pieces:
            after = tokens[i + pieces - 1]
            joined = "".join(t.text for t in tokens[i : i + pieces])
            out.append(_Token(token.start, after.end, joined))
            i += pieces
            continue
        out.append(token)
        i += 1
    return out


def cell_label(text: str) -> str:
    """A cell's text without its points (产出指标(50分) → 产出指标) and inner spaces."""
    return _POINTS_SUFFIX.sub("", re.sub(r"\s+", "", text))


def _level(tokens: list[_Token], i: int) -> int:
    """1 or 2 when token i is a 一级/二级指标 label, else 0. 成本指标 and 满意度指标 are
    either: level 1 when a 二级指标 label follows."""
    after = next((t for t in tokens[i + 1 :] if t.text), None)
    return _label_level(cell_label(tokens[i].text), cell_label(after.text) if after else "")


def _label_level(label: str, next_label: str) -> int:
    """1 or 2 when `label` is a 一级/二级指标 label, else 0; one that is either (成本指标,
    满意度指标) is level 1 when the label after it (`next_label`) is a 二级指标 one."""
    one, two = label in LEVEL1_LABELS, label in LEVEL2_LABELS
    if one and two:
        return 1 if next_label in LEVEL2_LABELS else 2
    return 1 if one else 2 if two else 0


def _ends_rows(token: _Token) -> bool:
    return cell_label(token.text).startswith(END_WORDS) or any(
        cell_label(token.text).startswith(word) for word in INDICATOR_FIRST_COLUMN)


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(re.sub(r"\s+", "", text)))


def _header_cell(tokens: list[_Token], i: int, words: tuple[str, ...]) -> tuple[_Token | None, int]:
    """The header cell at token i (holding one of `words`) and the index after it; a cell
    the page wrapped (年度 / 指标值, 全年 / 执行数, 分析及 / 改进措施) is one cell again: a
    short piece of no header word whose join with the next holds one. (None, i) when no
    header cell starts at i."""
    token = tokens[i] if i < len(tokens) else None
    if token is None or not token.text or len(token.text) > MAX_HEADER_CHARS:
        return None, i
    if any(w in cell_label(token.text) for w in words):
        return token, i + 1
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or not after.text or len(token.text) > MAX_WRAPPED_PIECE \
            or re.search(r"\d", token.text) or _level(tokens, i):
        return None, i
    joined = token.text + after.text
    if len(joined) > MAX_HEADER_CHARS or not any(w in cell_label(joined) for w in words):
        return None, i
    return _Token(token.start, after.end, joined), i + 2


def _header_run(tokens: list[_Token], i: int, words: tuple[str, ...]) -> tuple[list[_Token], int]:
    """The run of header cells starting at i (each holding one of `words`) and the index
    after it."""
    header: list[_Token] = []
    cell, j = _header_cell(tokens, i, words)
    while cell is not None:
        header.append(cell)
        cell, j = _header_cell(tokens, j, words)
    return header, j


@dataclass
class _Grid:
    """The rows of the form being rebuilt, as cells of the document's text."""

    rows: list[list[Cell]]
    start: int = -1
    end: int = 0
    #: Rows named by a figure (3.45万亩): cells placed out of their columns.
    misplaced: int = 0

    def add(self, cells: list[Cell]) -> None:
        self.rows.append(cells)
        if self.start < 0:
            self.start = cells[0].start
        self.end = max([self.end] + [c.end for c in cells])

    def block(self) -> Block:
        width = max(len(r) for r in self.rows)
        grid = tuple(tuple(r) + (Cell(self.end, self.end),) * (width - len(r))
                     for r in self.rows)
        check_table(len(grid), width)
        return Block("table", self.start, self.end, rows=grid)


def _cell(token: _Token, covered: bool = False) -> Cell:
    return Cell(token.start, token.end, covered=covered)


def _empty(token: _Token) -> Cell:
    return Cell(token.start, token.start)


ColumnTest = Callable[[_Token], bool]


def _column_test(header: str) -> ColumnTest | None:
    """What a cell of a column must look like in a copy that lost its empty cells (None:
    anything)."""
    label = cell_label(header)
    if any(w in label for w in ("指标性质", "指标方向", "计算符号", "运算符号")):
        return lambda t: cell_label(t.text) in RELATION_WORDS
    if any(w in label for w in ("度量单位", "计量单位")):
        return lambda t: len(t.text) <= 6 and not re.search(r"\d", t.text)
    if any(w in label for w in POINTS_COLUMN_WORDS):
        return lambda t: _is_number(t.text) or t.text in PLACEHOLDERS
    return None


def _starts_row(tokens: list[_Token], i: int) -> bool:
    """Whether a new row (or the form's end) starts at token i."""
    if i >= len(tokens):
        return True
    token = tokens[i]
    return token.row_end or (bool(token.text) and (_level(tokens, i) > 0 or _ends_rows(token)))


def _value_columns(names: list[str]) -> tuple[int, list[ColumnTest | None], list[bool]] | None:
    """Of an indicator header's labels: the column naming the indicators (三级指标), and
    for each column after it the test its cells must pass in a copy that lost its empty
    cells and whether a row may leave it empty at its end (备注); None without a name
    column. One reading for a copy a cell a line and for a row that lost cells."""
    name_col = next((c for c, n in enumerate(names) if n.startswith(NAME_HEADERS)), None)
    if name_col is None:
        return None
    after = names[name_col + 1 :]
    return (name_col, [_column_test(n) for n in after],
            [any(w in n for w in OPTIONAL_COLUMN_WORDS) for n in after])


def _indicator_rows(tokens: list[_Token], header: list[_Token], i: int, grid: _Grid,
                    explicit: bool) -> int:
    """Add the header and the indicator rows from token i; returns the index after them."""
    names = [cell_label(h.text) for h in header]
    columns = _value_columns(names)
    if columns is None:  # (callers find a name column first)
        return i
    name_col, tests, optional = columns
    level_cols = _level_columns(names[:name_col])
    grid.add([_cell(h) for h in header])
    levels: dict[int, _Token] = {}
    fresh: set[int] = set()  # levels whose label no row has used yet: the merged cell's origin
    while i < len(tokens):
        token = tokens[i]
        if token.row_end or token.empty:
            i += 1
            continue
        if _ends_rows(token):
            break
        level = _level(tokens, i)
        if level:
            levels[level] = token
            fresh.add(level)
            if level == 1:
                levels.pop(2, None)
                fresh.discard(2)
            i += 1
            continue
        if _is_number(token.text) or token.text in PLACEHOLDERS:
            i += 1  # a stray figure: a merged points cell of the rows above
            continue
        if _FIGURE_NAME.match(token.text):
            grid.misplaced += 1
        row = [Cell(token.start, token.start)] * name_col + [_cell(token)]
        for lvl, col in level_cols.items():
            if lvl in levels:
                row[col] = _cell(levels[lvl], covered=lvl not in fresh)
        fresh.clear()
        i += 1
        for test, maybe in zip(tests, optional, strict=True):
            if i >= len(tokens) or tokens[i].row_end:
                break
            cell = tokens[i]
            if explicit:
                if cell.text and (_level(tokens, i) or _ends_rows(cell)):
                    break
                row.append(_cell(cell) if cell.text else _empty(cell))
                i += 1
                continue
            if _starts_row(tokens, i) or (test and not test(cell)) \
                    or (maybe and not _starts_row(tokens, i + 1)):
                row.append(_empty(cell))  # the cell was empty and is gone
                continue
            row.append(_cell(cell))
            i += 1
        grid.add(row)
    return i


#: A money unit in brackets alone: a header cell's wrapped second line.
_LABEL_UNIT = re.compile(r"[(（]\s*(?:万元|元|亿元)\s*[)）]")


def _fund_rows(tokens: list[_Token], i: int, columns: list[_Token], j: int, grid: _Grid) -> int:
    """Add the fund header (`columns`, tokens i..j, with the label column's header before
    it) and the fund lines after it; returns the index after them."""
    before = tokens[i - 1] if i > 0 else None
    # (the label column's header: the cell before, kept empty by a copy that keeps empty
    # cells: 项目资金(万元) / ⏎ / 年初预算数)
    header = [_cell(before)] if before and before.text else (
        [_empty(before)] if before and before.empty else [])
    width = len(columns)
    grid.add(header + [_cell(t) for t in columns])
    k = j
    while k < len(tokens):
        label = tokens[k]
        if label.row_end or label.empty or (k == j and _LABEL_UNIT.fullmatch(label.text)):
            # ((万元) right after the header: the label column's header wrapped, 项目资金 /
            # (万元), its second line printed after the other header cells)
            k += 1
            continue
        if not any(w in cell_label(label.text) for w in FUND_LABEL_WORDS) \
                or _is_number(label.text):
            break
        row, k = [_cell(label)], k + 1
        while len(row) <= width and k < len(tokens) and not tokens[k].row_end:
            cell = tokens[k]
            if cell.empty or _is_number(cell.text) or AMOUNT_CELL.match(cell.text) \
                    or cell.text in PLACEHOLDERS:
                row.append(_cell(cell) if cell.text else _empty(cell))
            elif _SENTENCE.search(cell.text) or len(cell.text) > 20:
                pass  # a 说明 cell merged down the rows: no figure of this line
            else:
                break
            k += 1
        if len(row) == 1:  # 其中: 一般公共预算:1873.66万元: a line of its own, no fund row
            return k - 1
        grid.add(row)
    return k


#: Share of a run's text cells followed by a bare pipe above which the copy wrote each
#: cell's pipe on a line of its own (年初目标值(A) / | / 实际完成值(B) / | …).
CLOSING_PIPE_SHARE = 0.8


def _closing_pipes_dropped(tokens: list[_Token]) -> list[_Token]:
    """The tokens without the bare pipes that close the cell on the line before, when the
    copy writes every cell so (text / |); a bare pipe after a pipe stays an empty cell."""
    texts = [k for k, t in enumerate(tokens) if t.text]
    closed = [k for k in texts if k + 1 < len(tokens) and tokens[k + 1].empty]
    if not texts or len(closed) < CLOSING_PIPE_SHARE * len(texts):
        return tokens
    closers = {k + 1 for k in closed}
    return [t for k, t in enumerate(tokens) if k not in closers]


#: A cell holding a figure with a short unit (3.45万亩, ≥100): no indicator's name.
_FIGURE_NAME = re.compile(r"^[≥≤<>=＞＜]*\s*[-−]?\d[\d,，]*(?:\.\d+)?\s*[^\d\s]{0,3}$")
#: Line breaks between one cell and the next of a copy that puts a blank line between cells.
BLANK_LINE_GAP = 2


def _blank_cells_kept(text: str, tokens: list[_Token]) -> list[_Token]:
    """The tokens with the empty cells a copy kept as blank lines: where a blank line
    parts every two cells, each further pair of line breaks is an empty cell (指标2 and
    five empty cells under 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, then ……), so
    the rows' cells come in order."""
    gaps = [text.count("\n", a.end, b.start) for a, b in itertools.pairwise(tokens)]
    if not gaps or max(set(gaps), key=gaps.count) != BLANK_LINE_GAP:
        return tokens
    out: list[_Token] = []
    for token, gap in zip(tokens, [*gaps, 0], strict=True):
        out.append(token)
        if gap > BLANK_LINE_GAP and gap % BLANK_LINE_GAP == 0:
            out.extend([_Token(token.end, token.end, "")] * (gap // BLANK_LINE_GAP - 1))
    return out


def _rebuild(text: str, run: list[Block]) -> Block | None:
    """The run of one-cell blocks as a form's table, or None when it holds no form (no
    indicator header with a name and a value column, followed by a row)."""
    found = [_tokens(text, b) for b in run]
    if any(t is None for t in found):
        return None
    tokens = [t for block_tokens in found if block_tokens for t in block_tokens]
    if not any(t.empty or t.row_end for t in tokens):
        kept = _blank_cells_kept(text, tokens)
        if len(kept) > len(tokens):
            # (a copy that kept only some of its empty cells puts the cells after one it
            # dropped a column early: a row named by a figure; read it as one that lost them)
            grid = _grid_of(kept)
            if grid is None or not grid.misplaced:
                return grid.block() if grid else None
    grid = _grid_of(tokens)
    return grid.block() if grid else None


def _grid_of(tokens: list[_Token]) -> _Grid | None:
    """The form's grid from the tokens of its cells, or None when they hold no form."""
    tokens = _join_wrapped_labels(_closing_pipes_dropped(tokens))
    explicit = any(t.empty for t in tokens)
    grid = _Grid([])
    i = 0
    while i < len(tokens):
        token = tokens[i]
        label = cell_label(token.text)
        if label in HEAD_LABELS and i + 1 < len(tokens) and tokens[i + 1].text:
            grid.add([_cell(token), _cell(tokens[i + 1])])
            i += 2
            continue
        head = not any(len(r) > 2 for r in grid.rows)
        if head and any(w in label for w in FUNDS_WORDS) and i + 1 < len(tokens) \
                and _LABEL_UNIT.fullmatch(tokens[i + 1].text.strip()):
            # 项目资金 / (万元) |: the unit of the funds below, one cell as the form prints it
            grid.add([Cell(token.start, tokens[i + 1].end)])
            i += 2
            continue
        if head and (any(w in label for w in FUNDS_WORDS) or (
                grid.rows and any(w in label for w in FUND_LABEL_WORDS)
                and not label.endswith("表"))) \
                and i + 1 < len(tokens) and AMOUNT_CELL.match(tokens[i + 1].text):
            # 年度本级 预算金额 | 250万 above the form's parts: the project's planned funds
            # (and 其中:财政拨款 | 1000.00 after the first of them)
            grid.add([_cell(token), _cell(tokens[i + 1])])
            i += 2
            continue
        first, _ = _header_cell(tokens, i, FUND_HEADER_WORDS)
        if first is not None and cell_label(first.text).startswith(FUND_AMOUNT_WORDS):
            # (the whole run only where a fund header starts: from every cell of a long
            # run of header-like lines it would be read again and again)
            columns, j = _header_run(tokens, i, FUND_HEADER_WORDS)
            # (two kinds of amount: 收入 | 执行数 | 支出 | 执行数 is a balance table's head)
            amounts = {next((w for w in FUND_AMOUNT_WORDS if w in cell_label(t.text)), None)
                       for t in columns} - {None}
            if len(amounts) >= 2:
                i = _fund_rows(tokens, i, columns, j, grid)
                continue
        opening, _ = _header_cell(tokens, i, INDICATOR_HEADER_WORDS)
        if opening is not None and cell_label(opening.text).startswith(INDICATOR_FIRST_COLUMN):
            # (一级 / 指标 |: the first header cell the page wrapped counts too)
            header, j = _header_run(tokens, i, INDICATOR_HEADER_WORDS)
            names = [cell_label(h.text) for h in header]
            has_name = any(n.startswith(NAME_HEADERS) for n in names)
            has_value = any(w in n for n in names for w in ("指标值", "目标值", "完成值"))
            if has_name and has_value:
                before = len(grid.rows)
                i = _indicator_rows(tokens, header, j, grid, explicit)
                if len(grid.rows) - before - 1 >= MIN_INDICATOR_ROWS:  # 1: the header
                    if i < len(tokens) and cell_label(tokens[i].text).startswith(NEXT_FORM):
                        break  # the page's next form: its own grid, not more of this one
                    continue
                if not any(len(r) > 2 for r in grid.rows[:before]):
                    return None
                # (a next form's header the copy breaks off after: the forms before stand)
                del grid.rows[before:]
                break
        i += 1
    if not any(len(r) > 2 for r in grid.rows):
        return None
    return grid


def _cell_blocks(text: str, blocks: list[Block], i: int) -> int:
    """Index after the run of blocks from i that can each be a form cell."""
    j = i
    while j < len(blocks) and _tokens(text, blocks[j]) is not None:
        j += 1
    return j


def _in_cells(text: str, block: Block, cells: list[tuple[int, int]]) -> bool:
    """Whether the block's text is (part of) a cell of the rebuilt grid (each of its cells,
    for a line holding a cell and the pipes after it: 153.5184 | ||||)."""
    spans = [(t.start, t.end) for t in _tokens(text, block) or [] if t.text] \
        or [cell_span(text, block.start, block.end)]
    return all(any(c_start <= start and end <= c_end for c_start, c_end in cells)
               for start, end in spans)


def rebuild_flat_forms(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks with each run of one-cell lines that holds a performance form's
    indicator part replaced by the form's table; the lines before the form's first cell
    and after its last stay as they are."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = _cell_blocks(text, blocks, i)
        if j - i < 4:
            out.append(blocks[i])
            i += 1
            continue
        run = blocks[i:j]
        table = _rebuild(text, run)
        if table is None:
            out.extend(run)
        else:
            # lines the form's grid did not take (a 年度总体目标 sentence, 其中: …:1873.66万元)
            # stay paragraphs, after the table
            cells = [(c.start, c.end) for row in table.rows for c in row if c.end > c.start]
            out.extend(b for b in run if b.end <= table.start)
            out.append(table)
            out.extend(b for b in run if b.start >= table.end or (
                b.start >= table.start and not _in_cells(text, b, cells)))
        i = j
    return out


def filled_cells(row: tuple[Cell, ...]) -> list[Cell]:
    """The row's cells without the empty ones a page copy writes at its end (|||||)."""
    cells = list(row)
    while cells and cells[-1].end <= cells[-1].start:
        cells.pop()
    return cells


def _header_only(text: str, cells: list[Cell]) -> bool:
    return bool(cells) and all(
        any(w in cell_label(text[c.start : c.end]) for w in INDICATOR_HEADER_WORDS)
        for c in cells if c.end > c.start)


def opens_indicator_header(text: str, row: tuple[Cell, ...]) -> bool:
    cells = _header_cells(text, row)
    return bool(cells) and cell_label(text[cells[0].start : cells[0].end]).startswith("一级指标")


def _header_cells(text: str, row: tuple[Cell, ...]) -> list[Cell]:
    """The row's cells, without the part's label a copy printed before an indicator header
    (绩效指标 | 一级指标 | 二级指标 …: the 绩效指标 cell spans the part's rows, which lost it)."""
    cells = filled_cells(row)
    if len(cells) > 1 and cell_label(text[cells[0].start : cells[0].end]) in PART_LABELS \
            and cell_label(text[cells[1].start : cells[1].end]).startswith("一级指标"):
        return cells[1:]
    return cells


def _join_split_header(text: str, blocks: list[Block]) -> list[Block]:
    """一级指标 | 二级指标 | 三级指标 | 年度 指标值 | / 实际 完成值 | / 分值 | 得分 | …: an
    indicator header the page broke over lines (one a row of its own, one a lone cell, one
    the next table's first row) and the rows under it, as one table."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind != "table" or not opens_indicator_header(text, block.rows[-1]):
            out.append(block)
            i += 1
            continue
        header = filled_cells(block.rows[-1])
        rows, end, j = list(block.rows[:-1]), block.end, i + 1
        while j < len(blocks) and blocks[j].kind != "table":
            token = _token(text, blocks[j])
            if token is None or not token.text or not _header_only(
                    text, [Cell(token.start, token.end)]):
                break
            header.append(Cell(token.start, token.end))
            end, j = blocks[j].end, j + 1
        rest: list[tuple[Cell, ...]] = []
        if j < len(blocks) and blocks[j].kind == "table":
            following = list(blocks[j].rows)
            while following and _header_only(text, filled_cells(following[0])):
                header += filled_cells(following.pop(0))
            rest, end, j = following, blocks[j].end, j + 1
        rows += [tuple(header), *rest]
        width = max(len(r) for r in rows)
        grid = tuple(r + (Cell(end, end),) * (width - len(r)) for r in rows)
        check_table(len(grid), width)
        out.append(Block("table", block.start, end, rows=grid))
        i = j
    return out


def _fitted_by_kind(text: str, cells: list[Cell], header: list[str],
                    any_unit: bool = False) -> list[Cell] | None:
    """A row that kept its level labels but lost the cells it left empty (产出指标 | 数量指标
    | 出差人数 | 正向 | = | 8 | 4 under … | 目标值 | 计量单位 | 分值 | 备注): each cell put in
    the column whose kind it fits, as `_indicator_rows` does for a copy a cell a line, a
    note column taking no bare number; when that leaves cells over, the unit column takes
    whatever stands in it (a template's date serial, 44,561). None when nothing fits."""
    names = [cell_label(h) for h in header]
    columns = _value_columns(names)
    if columns is None:
        return None
    name_col, tests, optionals = columns
    texts = [text[c.start : c.end] for c in cells]
    out: list[Cell] = []
    k = 0
    for c in range(name_col):  # the level columns: a label, or empty
        level = 1 if names[c].startswith("一级指标") else 2 if names[c].startswith("二级指标") \
            else 0
        labels = LEVEL1_LABELS if level == 1 else LEVEL2_LABELS if level == 2 else frozenset()
        if k < len(cells) and cell_label(texts[k]) in labels:
            out.append(cells[k])
            k += 1
        else:
            out.append(Cell(cells[0].start, cells[0].start))
    if k >= len(cells):
        return None
    out.append(cells[k])  # the indicator's name
    k += 1
    for name, column_test, optional in zip(names[name_col + 1 :], tests, optionals,
                                           strict=True):
        unit = any(w in name for w in ("度量单位", "计量单位"))
        test = None if unit and any_unit else column_test
        token = _Token(cells[k].start, cells[k].end, texts[k]) if k < len(cells) else None
        if token is None or (test and not test(token)) \
                or (optional and (k != len(cells) - 1 or _is_number(token.text))):
            out.append(Cell(cells[-1].end, cells[-1].end))  # the cell was empty and is gone
            continue
        out.append(cells[k])
        k += 1
    if k == len(cells):
        return out
    return None if any_unit else _fitted_by_kind(text, cells, header, any_unit=True)


def is_fund_header(header: list[str]) -> bool:
    """Whether header cells name a budget or spending column (年初预算数, 全年执行数 …)."""
    return any(w in cell_label(h) for h in header for w in FUND_AMOUNT_WORDS)


def fund_columns(header: list[str], figures: list[str]) -> list[int] | None:
    """The column of a fund header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
    得分) each figure of a row that lost its empty cells stands in, or None when they do
    not fit. Placed from the right, each in the first column its kind fits: a rate (97.80%)
    in 执行率, points (a bare number) in 分值/得分/权重, an amount in a budget or spending
    column; a column left over was the empty one (a form states no 年初预算数)."""
    if not is_fund_header(header) or len(figures) > len(header):
        return None
    placed: list[int] = []
    col = len(header) - 1
    for figure in reversed(figures):
        while col >= 0 and not _fund_fits(cell_label(header[col]), figure.strip()):
            col -= 1
        if col < 0:
            return None
        placed.append(col)
        col -= 1
    return placed[::-1]


def _fund_fits(column: str, figure: str) -> bool:
    rate = figure.endswith("%")
    if "执行率" in column or "完成率" in column:
        return rate or figure in PLACEHOLDERS
    if any(w in column for w in POINTS_COLUMN_WORDS):
        return not rate and (_is_number(figure) or figure in PLACEHOLDERS)
    if any(w in column for w in FUND_AMOUNT_WORDS):
        return not rate
    return False


def _level_columns(names: list[str]) -> dict[int, int]:
    """Level → column, of an indicator header's labels (一级指标 → its column, 二级指标 →
    its)."""
    return {level: c for level, word in ((1, "一级指标"), (2, "二级指标"))
            for c, n in enumerate(names) if n.startswith(word)}


def _row_level(text: str, cells: list[Cell], after: tuple[Cell, ...]) -> int:
    """1 or 2 when the row is one 一级/二级指标 label alone (产出指标 (50分) |), else 0
    (`_label_level`, with the label the next row opens on)."""
    if len(cells) != 1:
        return 0
    nxt = filled_cells(after)
    return _label_level(cell_label(text[cells[0].start : cells[0].end]),
                        cell_label(text[nxt[0].start : nxt[0].end]) if nxt else "")


#: Header words of a fund part's label column, after the cell that names the part and spans
#: its rows (部门(单位)总体资金(万元) | 资金来源 | 年初预算数(A) | …).
FUND_SOURCE_HEADERS = ("资金来源", "资金性质", "资金类别", "资金构成")


#: A cell naming the amounts of the columns after it, with their unit (年度预算数(万元)): in
#: the form it stood above them, merged over their width.
_AMOUNTS_OVER = re.compile(r"^[\u4e00-\u9fff]{2,8}数?[(（](?:万元|元|亿元)[)）]$")


def _fund_part_label_dropped(text: str, block: Block) -> Block:
    """A fund header that opens on the part's label (部门(单位)总体资金(万元) | 资金来源 |
    年初预算数(A) | 全年执行数(B) | …) over rows that lost that spanning cell (年度资金总额: |
    1172.55 | 1268.72 | …), or that holds the cell merged over its amount columns
    (预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | … over 总额 | 0.00 | 3.36
    | …): the header without it, so its columns sit over the rows'."""
    rows = list(block.rows)
    for r, row in enumerate(rows[:-1]):
        cells = filled_cells(row)
        texts = [cell_label(text[c.start : c.end]) for c in cells]
        if len(texts) < 4 or not is_fund_header(texts[2:]):
            continue
        if texts[1] in FUND_SOURCE_HEADERS and "资金" in texts[0]:
            drop = 0  # 部门(单位)总体资金(万元) | 资金来源 | …: the part's label
        elif _AMOUNTS_OVER.match(texts[1]) and is_fund_header(texts[2:3]):
            drop = 1  # 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | …: a header over three
        else:
            continue
        below = filled_cells(rows[r + 1])
        if not below or len(below) >= len(cells) \
                or not any(w in cell_label(text[below[0].start : below[0].end])
                           for w in FUND_LABEL_WORDS):
            continue
        rows[r] = (*row[:drop], *row[drop + 1 :], Cell(row[-1].end, row[-1].end))
        return Block("table", block.start, block.end, rows=tuple(rows))
    return block


def realign_form_rows(text: str, blocks: list[Block]) -> list[Block]:
    """Performance forms copied as rows of cells between pipes: the indicator part's header
    the page broke over lines (一级指标 | 二级指标 | 三级指标 | 年度 指标值 / 实际 完成值 /
    分值 | 得分 …) is one row again, and a row that lost its merged level cells
    (指标2:建设美丽宜居自然村庄数量 | ≥200 | 202 | 10 | 10) keeps its cells on the right, the
    level cells above standing in (covered) on its left."""
    out: list[Block] = []
    blocks = [_fund_part_label_dropped(text, b) if b.kind == "table" else b for b in blocks]
    for block in _join_split_header(text, blocks):
        rows = list(block.rows) if block.kind == "table" else []
        at = next((r for r, row in enumerate(rows) if opens_indicator_header(text, row)),
                  None)
        if at is None:
            out.append(block)
            continue
        header = _header_cells(text, rows[at])
        nxt = at + 1
        while nxt < len(rows) and _header_only(text, filled_cells(rows[nxt])):
            header += filled_cells(rows[nxt])
            nxt += 1
        width = len(header)
        # a reason or note column at the end is often left empty (and dropped by the copy):
        # rows end in the last column before it
        optional = 0
        while optional < width and any(w in cell_label(text[header[width - 1 - optional].start :
                                                         header[width - 1 - optional].end])
                                       for w in OPTIONAL_COLUMN_WORDS):
            optional += 1
        fixed: list[tuple[Cell, ...]] = [*rows[:at], tuple(header)]
        above: list[Cell] = []  # the last row read: its level cells stand in for merged ones
        header_texts = [text[c.start : c.end] for c in header]
        level_cols = _level_columns([cell_label(h) for h in header_texts])
        data = rows[nxt:]
        for r, row in enumerate(data):
            cells = filled_cells(row)
            level = _row_level(text, cells, data[r + 1] if r + 1 < len(data) else ())
            if level in level_cols:
                # 产出指标 (50分) | on a row of its own: the merged level cell of the rows
                # below, put in its column (a new 一级 ends the 二级 above)
                col = level_cols[level]
                slots = [Cell(cells[0].start, cells[0].start)] * width
                slots[col] = cells[0]
                fixed.append(tuple(slots))
                above = ([*above, *slots[len(above):]] if above else slots)[:width]
                above[col] = cells[0]
                if level == 1 and 2 in level_cols:
                    above[level_cols[2]] = Cell(cells[0].end, cells[0].end)
                continue
            label = cell_label(text[cells[0].start : cells[0].end]) if cells else ""
            if cells and len(cells) < width and (label in LEVEL1_LABELS or level_cols):
                # (产出指标 | 数量指标 | 出差人数 | 正向 | = | 8 | 4: its level cells kept, the
                # empty unit cell gone; 其中桃树种植面积 | 1.5亩 | 1.5亩: its level cells
                # merged above, its empty points cell gone)
                fitted = _fitted_by_kind(text, cells, header_texts)
                if fitted is not None:
                    own = min((k for k in level_cols.values() if fitted[k].end > fitted[k].start),
                              default=len(fitted))  # (成本指标 | …: a new 一级, no 二级 above)
                    cells = [Cell(above[k].start, above[k].end, covered=True)
                             if k in level_cols.values() and k < own and k < len(above)
                             and above[k].end > above[k].start
                             else fitted[k] for k in range(len(fitted))]
            last = text[cells[-1].start : cells[-1].end] if cells else ""
            missing = width - len(cells) - (optional if _is_number(last) else 0)
            if cells and missing > 0:
                cells = [Cell(above[k].start, above[k].end, covered=True) if k < len(above)
                         else Cell(cells[0].start, cells[0].start) for k in range(missing)] \
                    + cells
            fixed.append(tuple(cells))
            if cells:
                above = cells
        grid_width = max(len(r) for r in fixed)
        end = block.end
        grid = tuple(r + (Cell(end, end),) * (grid_width - len(r)) for r in fixed)
        check_table(len(grid), grid_width)
        out.append(Block("table", block.start, block.end, rows=grid))
    return out
