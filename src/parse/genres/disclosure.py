"""The fixed tables of a 政府信息公开工作年度报告, read by the national template's rows and columns.

Every government body's annual disclosure report prints the same three tables (the
template of 国务院办公厅政府信息与政务公开办公室, as revised in 2021):

- 二、主动公开政府信息情况: blocks headed 第二十条第(一)项 … (八)项, each a header row
  (信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数, or 本年处理决定数量, or
  本年收费金额(单位：万元)) over its rows (规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制,
  行政事业性收费);
- 三、收到和处理政府信息公开申请情况: seven applicant columns (自然人, five kinds of 法人或
  其他组织, 总计) over 25 rows, 三、本年度办理结果 and its (三)…(六) merged down over the
  numbered rows under them;
- 四、政府信息公开行政复议、行政诉讼情况: one row of 15 figures (行政复议, then 行政诉讼
  未经复议直接起诉 and 复议后起诉, each 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计).

Because the template never changes, a row is recognised by its label and its figures are
given to the template's columns in order. That is what survives the ways a page loses its
grid: a web page flattened to pipe rows drops the merged cells, so a row's cells shift
left (| 2.其他法律行政法规禁止公开 | 0 | … with its (三)不予公开 gone), and a PDF table cut by a
page break goes on as a second table with no header. The group a numbered row belongs to
is carried down from the rows above (and into the table that continues one), so 3.其他
under (六)其他处理 is told from any other 其他. Where a row holds more or fewer figures than
its template row has columns, the figures are placed by the columns of the table's own
header row instead, if it has one; otherwise the row is left (with a warning) to the bare
figure reader. The 2019 form, which some bodies still print, names other columns
(本年新制作数量, 上一年项目数量 | 本年增/减 | 处理决定数量, 采购项目数量 …): a row's header
says which form it is in; a header naming neither leaves the table alone.

Every figure is an actual of the report's year (the document's; for a page whose title
and date give none, the year its preface's 统计期限 or 截至…12月31日 names); counts are 件
and the 收费金额 is in the unit its header names (万元 in the template), folded into 元.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres.cells import PLACEHOLDERS, with_unit
from zhibiao.parse.tables import row_texts
from zhibiao.parse.values import ValueSpan, find_values, year_period
from zhibiao.parse.values import replace_span as replace

# --- the template ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """A column of figures: its name pattern ({row} is the row's name), the unit its figures
    are counted in, and the words its header cell writes."""

    name: str
    unit: str
    header: str


@dataclass(frozen=True, slots=True)
class TemplateRow:
    """A row of the template: `key` is how its label begins (list marks, quotes and
    brackets dropped), `parent` the key of the group it is printed under (None at the
    top), `name` the indicator its figures are of."""

    key: str
    name: str
    parent: str | None = None


#: 二、主动公开: each item's columns, by the word its 信息内容 header row writes.
ISSUED = (Column("{row}本年制发件数", "件", "本年制发件数"),
          Column("{row}本年废止件数", "件", "本年废止件数"),
          Column("现行有效{row}件数", "件", "现行有效件数"))
DECIDED = (Column("{row}本年处理决定数量", "件", "本年处理决定数量"),)
CHARGED = (Column("{row}金额", "万元", "本年收费金额"),)
#: …and the 2019 form's, still printed by some bodies years later: issued documents, items
#: (上一年项目数量 | 本年增/减 | 处理决定数量), fees' items, and 政府集中采购.
ISSUED_2019 = (Column("{row}本年新制作数量", "件", "本年新制作数量"),
               Column("{row}本年新公开数量", "件", "本年新公开数量"),
               Column("{row}对外公开总数量", "件", "对外公开总数量"))
ITEMS_2019 = (Column("{row}上一年项目数量", "项", "上一年项目数量"),
              Column("{row}本年增/减", "项", "本年增/减"),
              Column("{row}处理决定数量", "件", "处理决定数量"))
CHARGED_2019 = ITEMS_2019[:2]
PROCURED_2019 = (Column("{row}项目数量", "个", "采购项目数量"),
                 Column("{row}总金额", "", "采购总金额"))
#: 二、主动公开: row label → (its name, its columns in each form, the 2021 one first).
ACTIVE_ROWS: dict[str, tuple[str, tuple[tuple[Column, ...], ...]]] = {
    "规章": ("规章", (ISSUED, ISSUED_2019)),
    "行政规范性文件": ("行政规范性文件", (ISSUED, ISSUED_2019)),
    "规范性文件": ("行政规范性文件", (ISSUED, ISSUED_2019)),  # the 2019 form's label
    "行政许可": ("行政许可", (DECIDED, ITEMS_2019)),
    "其他对外管理服务事项": ("其他对外管理服务事项", (ITEMS_2019,)),
    "行政处罚": ("行政处罚", (DECIDED, ITEMS_2019)),
    "行政强制": ("行政强制", (DECIDED, ITEMS_2019)),
    "行政事业性收费": ("行政事业性收费", (CHARGED, CHARGED_2019)),
    "政府集中采购": ("政府集中采购", (PROCURED_2019,)),
}
#: Words of a 主动公开 table that no other table writes.
ACTIVE_MARKS = ("第二十条", "信息内容")

#: 三、申请情况: the applicant columns in order; the 总计 column's figure is the row's own.
APPLICANTS: tuple[str | None, ...] = (
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", None)
APPLICANT_HEADERS: tuple[str, ...] = (
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
RESULT, REFUSED, UNABLE, IGNORED, OTHER = "本年度办理结果", "不予公开", "无法提供", "不予处理", \
    "其他处理"
#: 三、申请情况: every row of the template, groups before the rows under them.
APPLICATION_ROWS: tuple[TemplateRow, ...] = (
    TemplateRow("本年新收政府信息公开申请", "本年新收政府信息公开申请数"),
    TemplateRow("上年结转政府信息公开申请", "上年结转政府信息公开申请数"),
    TemplateRow(RESULT, "本年度办理结果数"),
    TemplateRow("予以公开", "予以公开数", RESULT),
    TemplateRow("部分公开", "部分公开数", RESULT),
    TemplateRow(REFUSED, "不予公开数", RESULT),
    TemplateRow("属于国家秘密", "属于国家秘密不予公开数", REFUSED),
    TemplateRow("其他法律行政法规禁止公开", "其他法律行政法规禁止公开不予公开数", REFUSED),
    TemplateRow("危及三安全一稳定", "危及三安全一稳定不予公开数", REFUSED),
    TemplateRow("保护第三方合法权益", "保护第三方合法权益不予公开数", REFUSED),
    TemplateRow("属于三类内部事务信息", "属于三类内部事务信息不予公开数", REFUSED),
    TemplateRow("属于四类过程性信息", "属于四类过程性信息不予公开数", REFUSED),
    TemplateRow("属于行政执法案卷", "属于行政执法案卷不予公开数", REFUSED),
    TemplateRow("属于行政查询事项", "属于行政查询事项不予公开数", REFUSED),
    TemplateRow(UNABLE, "无法提供数", RESULT),
    TemplateRow("本机关不掌握相关政府信息", "本机关不掌握相关政府信息无法提供数", UNABLE),
    TemplateRow("没有现成信息需要另行制作", "没有现成信息需要另行制作无法提供数", UNABLE),
    TemplateRow("补正后申请内容仍不明确", "补正后申请内容仍不明确无法提供数", UNABLE),
    TemplateRow(IGNORED, "不予处理数", RESULT),
    TemplateRow("信访举报投诉类申请", "信访举报投诉类申请不予处理数", IGNORED),
    TemplateRow("重复申请", "重复申请不予处理数", IGNORED),
    TemplateRow("要求提供公开出版物", "要求提供公开出版物不予处理数", IGNORED),
    TemplateRow("无正当理由大量反复申请", "无正当理由大量反复申请不予处理数", IGNORED),
    TemplateRow("要求行政机关确认或重新出具已获取信息",
                "要求行政机关确认或重新出具已获取信息不予处理数", IGNORED),
    TemplateRow(OTHER, "其他处理数", RESULT),
    TemplateRow("申请人无正当理由逾期不补正", "逾期不补正不再处理数", OTHER),
    TemplateRow("申请人逾期未按收费通知要求缴纳费用", "逾期未缴纳费用不再处理数", OTHER),
    TemplateRow("其他", "其他情形处理数", OTHER),
    TemplateRow("总计", "本年度办理结果总数", RESULT),
    TemplateRow("结转下年度继续办理", "结转下年度继续办理申请数"),
)
#: Keys of the rows other rows are printed under.
GROUPS = frozenset(row.parent for row in APPLICATION_ROWS if row.parent)

#: 四、复议诉讼: the 15 figures of its one row, in order.
CASE_COLUMNS: tuple[str, ...] = tuple(
    f"{case}{result}数{suit}"
    for case, suit in (("行政复议", ""), ("行政诉讼", "(未经复议直接起诉)"),
                       ("行政诉讼", "(复议后起诉)"))
    for result in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总"))
#: Both of these written in a table's header make it the 复议诉讼 table.
CASE_MARKS = ("行政复议", "行政诉讼")

#: The section each table is of (the values' section).
SECTIONS = {"active": "主动公开政府信息情况", "application": "收到和处理政府信息公开申请情况",
            "case": "政府信息公开行政复议、行政诉讼情况"}

#: List marks at the head of a label (一、 (三) 1. 1．), any number of them.
_LIST_MARK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]"
                        r"|\d{1,2}[.．、](?!\d))")
#: Quotes and brackets inside a label (危及“三安全一稳定”; 部分公开(区分处理的 …)).
_LABEL_NOISE = re.compile(r"[“”\"'‘’「」《》]")
#: A unit a header names: 本年收费金额(单位：万元).
_HEADER_UNIT = re.compile(r"单位[:：]?\s*(亿元|万元|千元|元)")
#: The statistical period every report states in its preface (统计期限为2022年1月1日至12月31日,
#: 截止2023年12月31日): the year of a report whose title and date give none.
_STATED_YEAR = re.compile(r"(?:统计期限|统计时限|统计时间)\D{0,6}((?:19|20)\d{2})年1月1日"
                          r"|(?:截至|截止)((?:19|20)\d{2})年12月31日")

# --- reading a row ------------------------------------------------------------------------------


def label_key(text: str) -> str:
    """A label as the template rows' keys are written: without whitespace, list marks,
    quotes and a leading bracket's mark (（一）予以公开 → 予以公开)."""
    text = _LABEL_NOISE.sub("", re.sub(r"\s+", "", text))
    while True:
        stripped = _LIST_MARK.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


def _figure(doc: SourceDocument, cell: Cell) -> ValueSpan | None:
    """The cell read as one bare figure (the grammar reads all of it), its offsets into
    the document; None for words, an empty cell or more than one value."""
    text = doc.text[cell.start:cell.end]
    raw = text.strip()
    if not raw:
        return None
    spans = find_values(raw, year=doc.year, bare=True)
    if len(spans) != 1 or spans[0].raw != raw or spans[0].number is None:
        return None
    start = cell.start + (len(text) - len(text.lstrip()))
    return replace(spans[0], start=start, end=start + len(raw))


@dataclass(slots=True)
class SlotRow:
    """One grid row cut into the labels before its figures and its figure slots.

    A slot is a cell holding a figure or a placeholder (-, /, 无: a figure not given);
    `columns` is the grid column of each slot, for placing figures under a header."""

    labels: list[tuple[str, Cell]]
    slots: list[ValueSpan | None]
    columns: list[int]

    @property
    def figures(self) -> int:
        return sum(1 for slot in self.slots if slot is not None)


def _row(doc: SourceDocument, cells: tuple[Cell, ...]) -> SlotRow:
    labels: list[tuple[str, Cell]] = []
    slots: list[ValueSpan | None] = []
    columns: list[int] = []
    last = None
    for column, cell in enumerate(cells):
        if cell.covered and (cell.start, cell.end) == last:
            continue  # a cell merged across counts once
        last = (cell.start, cell.end)
        text = re.sub(r"\s+", "", doc.text[cell.start:cell.end])
        span = _figure(doc, cell) if text else None
        if span is not None or text in PLACEHOLDERS - {""}:
            slots.append(span)
            columns.append(column)
        elif text and not slots:
            labels.append((text, cell))
    return SlotRow(labels, slots, columns)


#: The fewest characters of a header a copy cut short that still name its column (本年新 for
#: 本年新制作数量).
MIN_CUT_HEADER = 3


def _heads(word: str, text: str) -> bool:
    """Whether a header cell's text is the column word, whole or cut short by the copy."""
    return word in text or (len(text) >= MIN_CUT_HEADER and word.startswith(text))


def _header_columns(texts: list[list[str]], words: tuple[str, ...]) -> list[int] | None:
    """The grid column under each of `words` in the table's header rows, in order; None
    unless every one is found, each in its own column, left to right."""
    found: list[int] = []
    for word in words:
        column = next((c for row in texts for c, text in enumerate(row)
                       if text == word or (len(word) > 2 and text.startswith(word))), None)
        if column is None or (found and column <= found[-1]):
            return None
        found.append(column)
    return found


def _placed(row: SlotRow, width: int,
            header: list[int] | None) -> list[ValueSpan | None] | None:
    """The row's figures given to the template's `width` columns: in order when its slots
    are as many, else by the grid columns of the table's header; None when neither fits."""
    if len(row.slots) == width:
        return row.slots
    if header is None:
        return None
    at = {column: slot for column, slot in zip(row.columns, row.slots, strict=True)}
    if set(at) - set(header):
        return None
    return [at.get(column) for column in header]


def _unit(column: Column, header: list[str]) -> str:
    """The unit of a column's figures: one its header names (本年收费金额(单位：万元)), else
    the template's."""
    for text in header:
        m = _HEADER_UNIT.search(text)
        if m and column.header in text:
            return m.group(1)
    return column.unit


# --- the reader ---------------------------------------------------------------------------------


def reported_year(doc: SourceDocument) -> int | None:
    """The year the report is about: the document's, else the one its statistical period
    names (统计期限为2023年1月1日至12月31日, 截止2023年12月31日)."""
    if doc.year:
        return doc.year
    m = _STATED_YEAR.search(doc.text)
    return int(m.group(1) or m.group(2)) if m else None


class _Reader:
    """Adds the figures of one document's template tables; carries the 申请 table's group
    from one row, and one table, to the next."""

    def __init__(self, doc: SourceDocument, builder: RecordBuilder) -> None:
        self.doc, self.builder = doc, builder
        year = reported_year(doc)
        self.period = year_period(year) if year else None
        self.groups: list[str] = []  # the 申请 table's open groups, outermost first
        self.in_application = False  # the last table read was (a part of) the 申请 table
        self.warnings: list[str] = []

    def add(self, span: ValueSpan, name: str, unit: str, where: Cell, table: str) -> bool:
        if not span.unit:
            span = with_unit(span, unit)
        if self.period and not (span.period_start or span.period_end):
            span = replace(span, period_start=self.period[0], period_end=self.period[1])
        section = SECTIONS[table]
        indicator_id = self.builder.add_indicator(name, where.start, where.end,
                                                  section=section)
        offset, span = span.start, replace(span, start=0, end=span.end - span.start)
        return self.builder.add_value(span, offset, "actual", indicator_id=indicator_id,
                                      section=section) is not None

    # -- 二、主动公开 ------------------------------------------------------------------------

    def active(self, texts: list[list[str]], rows: list[SlotRow]) -> tuple[int, int]:
        """(figures added, rows with figures not read) of a 主动公开 table."""
        added = unread = 0
        header: list[str] = []  # the cells of the last 信息内容 row above
        header_at = -1
        for index, row in enumerate(rows):
            if any(text == "信息内容" for text, _ in row.labels):
                header, header_at = texts[index], index
            if not row.figures:
                continue
            entry = next((ACTIVE_ROWS[label_key(text)] for text, _ in reversed(row.labels)
                          if label_key(text) in ACTIVE_ROWS), None)
            if entry is None:
                unread += 1
                continue
            name, forms = entry
            # the form whose columns the item's header row names (with none, the 2021 one)
            columns = next((form for form in forms
                            if any(_heads(form[0].header, text) for text in header)),
                           None) if header else forms[0]
            if columns is None:
                unread += 1
                continue
            grid = (_header_columns([texts[header_at]], tuple(c.header for c in columns))
                    if header else None)
            placed = _placed(row, len(columns), grid)
            if placed is None:
                unread += 1
                continue
            label_cell = row.labels[-1][1]
            for column, span in zip(columns, placed, strict=True):
                if span is not None:
                    added += self.add(span, column.name.format(row=name),
                                      _unit(column, header), label_cell, "active")
        return added, unread

    # -- 三、申请情况 ------------------------------------------------------------------------

    def _resolve(self, text: str) -> TemplateRow | None:
        """The template row a label names, among those open under the current groups
        (the longest key wins: (六)其他处理 is no 其他)."""
        key = label_key(text)
        open_groups = set(self.groups)
        candidates = [row for row in APPLICATION_ROWS if key.startswith(row.key)
                      and (row.parent is None or row.parent in open_groups)]
        return max(candidates, key=lambda row: len(row.key), default=None)

    def _enter(self, row: TemplateRow) -> None:
        """Make `row` the current row: its ancestors (and it, if a group) stay open."""
        chain: list[str] = []
        parent = row.parent
        while parent:
            chain.insert(0, parent)
            parent = next(r.parent for r in APPLICATION_ROWS if r.key == parent)
        self.groups = [*chain, row.key] if row.key in GROUPS else chain

    def application(self, texts: list[list[str]], rows: list[SlotRow]) -> tuple[int, int]:
        """(figures added, rows with figures not read) of (a part of) the 申请 table."""
        added = unread = 0
        header = _header_columns(texts, APPLICANT_HEADERS)
        for row in rows:
            found = None
            for text, _ in row.labels:
                resolved = self._resolve(text)
                if resolved is not None:
                    found = resolved
                    self._enter(resolved)
            if not row.figures:
                continue
            placed = _placed(row, len(APPLICANTS), header) if found else None
            if found is None or placed is None:
                unread += 1
                continue
            label_cell = next(cell for text, cell in reversed(row.labels)
                              if label_key(text).startswith(found.key))
            for applicant, span in zip(APPLICANTS, placed, strict=True):
                if span is not None:
                    name = f"{found.name}({applicant})" if applicant else found.name
                    added += self.add(span, name, "件", label_cell, "application")
        return added, unread

    def is_application(self, rows: list[SlotRow]) -> bool:
        """A table of the 申请 template: one of its labels is a top-level row of it, or it
        goes on from the table before (a PDF table cut by a page break)."""
        if self.in_application:
            return any(self._resolve(text) for row in rows for text, _ in row.labels)
        return any(label_key(text).startswith(r.key) for row in rows for text, _ in row.labels
                   for r in APPLICATION_ROWS if r.parent is None)

    # -- 四、复议诉讼 ------------------------------------------------------------------------

    def case(self, rows: list[SlotRow]) -> tuple[int, int]:
        """(figures added, rows with figures not read) of the 复议诉讼 table."""
        added = unread = 0
        for row in rows:
            if not row.figures:
                continue
            if len(row.slots) != len(CASE_COLUMNS):
                unread += 1
                continue
            for name, span in zip(CASE_COLUMNS, row.slots, strict=True):
                if span is not None:  # named by the template: the figure is its own place
                    added += self.add(span, name, "件", Cell(span.start, span.end), "case")
        return added, unread

    # -- a document ------------------------------------------------------------------------

    def read(self, block: Block) -> None:
        texts = [row_texts(self.doc, cells) for cells in block.rows]
        rows = [_row(self.doc, cells) for cells in block.rows]
        words = {text for row in texts for text in row}
        if all(any(mark in text for text in words) for mark in CASE_MARKS):
            kind, (added, unread) = "case", self.case(rows)
        elif any(mark in text for text in words for mark in ACTIVE_MARKS) and any(
                label_key(text) in ACTIVE_ROWS for row in rows for text, _ in row.labels):
            kind, (added, unread) = "active", self.active(texts, rows)
        elif self.is_application(rows):
            kind, (added, unread) = "application", self.application(texts, rows)
        else:
            self.in_application = False
            return
        self.in_application = kind == "application"
        if not added and unread:
            self.warnings.append(f"table at offset {block.start}: a {SECTIONS[kind]} table "
                                 "not in the template's shape: left to the bare figure reader")
            return
        if unread:
            self.warnings.append(f"table at offset {block.start}: {unread} rows of the "
                                 f"{SECTIONS[kind]} table not in the template: left to the "
                                 "bare figure reader")
        else:
            self.builder.take(block)
        if added:
            self.warnings.append(f"table at offset {block.start}: {added} figures read by "
                                 "the national disclosure-report template")


def read_disclosure_tables(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """Read the template tables of a 政府信息公开工作年度报告 (each figure an actual of the
    report's year, named by its row and column); a table read whole is taken, so the
    readers after this one leave it alone. Returns a warning per table read or skipped."""
    reader = _Reader(doc, builder)
    for block in doc.blocks:
        if block.kind != "table":
            if block.kind == "heading":
                reader.in_application, reader.groups = False, []
            continue
        if not builder.taken(block):
            reader.read(block)
    return reader.warnings

