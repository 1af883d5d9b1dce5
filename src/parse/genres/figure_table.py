"""Tables of bare figures no genre reader took: each figure named and scaled by its headers.

统计公报, 政府信息公开年报, 部门预算 and 决算 print their figures in tables whose cells hold
a number and nothing else (| 规章 | 0 | 0 | 0 |, | 地区生产总值 | 亿元 | 617.50 | 5.2 |);
the grammar reads a bare number only when told what it is. For every table cell that is
one figure and nothing else (the value grammar reads the whole cell), this reader finds:

- the **row label**: the nearest cell to its left that is not a figure (without its list
  mark and 其中：);
- the **column header**: the cells with words above it, top down (a header over several
  columns, 决算数 over 合计 | 基本支出 | 项目支出, is part of each one's header; a title
  merged over the whole table is not);
- the **unit**: the row's 单位 column, else a unit the header writes ((万元), 单位：万元,
  a % at its end), else one stated for the whole table (a 单位：万元 line on top);
- the **indicator**: the row label and the header's lowest cell together (规章 + 本年制发
  件数; 行政运行 + 基本支出), the label alone when that cell only says which figure of the
  row it holds (决算数, 年初预算数, 金额) or that it is the row's total (合计, 本年支出合计),
  or that the figures are changes (比上年增长%: the figure is the label's change, up).
  A total row (合计, 总计) is named by its column (合计 | 基本支出 → 基本支出; 合计 | 本年
  收入合计 → 本年收入合计), else by the side it stands under (收入 … 总计 → 收入总计), else
  by the table's subject (its title without 决算表: 一般公共预算财政拨款支出). A label that
  only says which figure its row holds (2023年度预算数) names nothing: the column does;
- the **role**: from the header's words, lowest cell first (预算, 目标 → target; 决算, 执行,
  完成, 实际 → actual; 上年, or a year before the latest the table names → baseline), a
  fund's name (一般公共预算财政拨款) being no 预算; else from a row label that only says
  which figure its row holds (2022年度决算数); else the genre's prior (a plan's figures
  are targets, a report's actuals), else unknown;
- the **target**: the table's title (收入支出决算总表, the line ending in 表 above it), so
  the same row in two tables is two indicators.

A column of codes or row numbers (序号, 代码, 行次, a figure with leading zeros, 1 2 3 …) and
a 栏次 row (栏次 | 1 | 2 | 3) hold no values, and a table with no header row above its
figures is left to the other readers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from itertools import pairwise

from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.ingest.list_marks import ARABIC_ITEM, BRACKETED_ARABIC_ITEM
from zhibiao.ingest.numbered_tables import SERIAL_HEADERS
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres.cells import PLACEHOLDERS, with_unit
from zhibiao.parse.names import PLACE_ONLY
from zhibiao.parse.tables import (
    LIST_MARK,
    PART_MARK,
    row_label,
    row_texts,
    squash,
    table_blocks,
)
from zhibiao.parse.values import (
    ValueSpan,
    find_periods,
    find_values,
    forget_after_each_document,
    is_unit,
    year_period,
)
from zhibiao.parse.values import replace_span as replace

# --- data ----------------------------------------------------------------------------------

#: A row counting a unit's staff (编制数, 在职人数, 其中:在岗人数, 离退休人数): what it has,
#: whatever the table plans.
STAFF_ROW = re.compile(cues.STAFF_WORDS + r"(?:人员)?(?:人数|数)$")

#: Header words naming a column of targets, actuals or baselines (checked in this order:
#: 上年预算数 is a baseline, 预算执行数 an actual).
HEADER_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("score", ("分值", "得分", "权重")),
    ("baseline", ("上年", "去年", "上一年", "基期", "基数")),
    ("actual", ("决算", "执行", "完成", "实际", "实绩", "实现", "累计")),
    # (下达任务面积 beside 累计完成面积: the task handed down; 下达资金: the money allotted)
    ("target", ("预算", "目标", "计划", "指标值", "预期", "任务", "下达")),
)
#: A header over sub-columns that names the rate reached of each (完成率 › 年度计划).
RATE_OF_PLAN_HEADS: tuple[str, ...] = ("完成率", "执行率", "完成比例", "完成进度")
#: Headers that only say the column holds the figures: the row label alone names them.
GENERIC_HEADERS: tuple[str, ...] = (
    "绝对数", "绝对额", "绝对值", "总量", "数值", "数量", "金额", "合计", "总计", "小计", "本年",
    "本期",
    "全年", "年度",
    "指标值", "数据", "单位", "计量单位", "单位名称",
)
#: Words that only say which figure of a row a column holds (上年预算数, 决算数, 全年执行数,
#: 2023年度预算数): with them stripped nothing is left, so the row label alone names the
#: figure and a target and an actual of one row meet in attainment.
ROLE_ONLY_WORDS = re.compile(
    r"(?:19|20)\d{2}(?:年度?|(?=上半年|下半年|[一二三四]季度|前三季度))"
    # a row of a period's data (2020上半年监测数据) or of the change (同期相比)
    r"|上半年|下半年|[一二三四]季度|前三季度|监测|数据|同期相比|同比|比较|累计"
    # 2025年1-9月, 上年同期, 本月: the months a column's figures are of
    r"|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月份?|(?<!\d)\d{1,2}\s*月份?|同期|本月|当月"
    r"|上年|去年|本年|当年|全年|年初|年度|调整后|预算|决算|执行|完成|实际|目标|计划|数|额|值"
    # a plan table's base and goal columns (2010年实绩 | 2015年目标, 基期 | 预期)
    r"|实绩|基期|基数|现状|预期")
#: The words of a total (a 合计 row or column).
TOTAL_WORDS: tuple[str, ...] = ("合计", "总计", "小计")
#: Endings of a measure a total column sums for each row (优良天数合计, 事故起数合计).
COUNTED_TOTALS: tuple[str, ...] = ("天数", "起数", "人数", "次数", "户数", "个数")
#: Funds named after their budget (一般公共预算财政拨款): their 预算 says no figure is planned.
FUND_NAMES = re.compile(r"(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算")
#: A year in a header or label (2022年度决算数): before the latest year the table names, a
#: baseline.
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|(?=上半年|下半年|[一二三四]季度|前三季度))")
#: Labels of a row numbering the columns (栏次 | 1 | 2 | 3 …): no values.
RANK_LABELS: tuple[str, ...] = ("栏次", "行次")
#: A table's title: the line above it ending in 表 (收入支出决算总表), not a mark in the
#: corner (公开01表, 表3) nor a sentence (详见附表。); or a caption 表1 2019年某市生产总值.
_TITLE_LINE = re.compile(r"^(?!公开\s*\d+\s*表$|表\s*\d+$)(?!.*[。，,；;])\S.{2,60}表$")
_CAPTION = re.compile(r"^(?:表\s*\d+|\d{1,2}\s*[-—–]\s*\d{1,2}(?!\s*[月日号]))"
                      r"\s*(?P<title>\S.{2,60})$")  # (表1 …, a yearbook's 7-11 …)
#: A yearbook table's title naming its rows as groups and what is measured of each
#: (农村居民按收入五等分分组的人均可支配收入: 低收入户 … are groups, the figures incomes).
_GROUPED_MEASURE = re.compile(r"按\S{1,12}?分(?:组|类|档)?的(?P<measure>[\u4e00-\u9fff]{2,12})$")
#: The title of a table of one subject (一般公共预算财政拨款支出决算表; not a 总表 or 明细表
#: of many): the subject names a total no row or column names.
_SUBJECT = re.compile(r"^(?P<subject>.{2,}?(?<!总|细))(?:财政拨款)?(?:决算|预算)(?:支出)?"
                      # (…“三公”经费预算财政拨款情况统计表, …“三公”经费财政拨款预算表)
                      r"(?:财政拨款)?(?:情况)?(?:统计)?表$")
#: Header words of a column of changes (比上年增长%): the figure is its label's change.
CHANGE_HEADERS: dict[str, str] = {"增长": "up", "增减": "up", "下降": "down", "减少": "down",
                                  # 比上年涨跌幅度(%), 涨幅, 增幅, 增速: signed changes
                                  "涨跌": "up", "涨幅": "up", "增幅": "up", "增速": "up",
                                  # 与上年同期对比(%), 同比(%), 比上年±%: signed changes too
                                  "同期对比": "up", "同比": "up", "±": "up", "增、减": "up"}
#: A change column of amounts, not rates (增、减金额, 增减额): in the table's unit.
_AMOUNT_CHANGE = re.compile(r"金额|额$")
#: Labels of a table's total row, which stand where a place would (合计 | 55 | -19).
TOTAL_ROW_LABELS = frozenset({"合计", "总计", "全市", "全县", "全区", "全省"})
#: …or signed amounts of the level beside it (事故起数 | 同比 +,- | ±%; 2017年 | 2016年 | 增减):
#: in the level's unit.
_SIGNED_AMOUNT = re.compile(r"\+\s*[,，/、]\s*-|增减(?:数|量)?$")
#: What a cell holds that says nothing (——, —, /): no row's label.
LABEL_PLACEHOLDERS = (PLACEHOLDERS - {"无"}) | {"…", "……"}
#: Header words of a column that holds codes or row numbers, not values.
NOT_VALUE_HEADERS: tuple[str, ...] = (
    "序号", "编号", "代码", "编码", "代号", "电话", "邮编", "年份", "年度代码", "排名", "名次",
    "行次", "栏次",
)
#: A header (or row label) ending in a measure word implies its figures' unit: 本年制发件数
#: counts 件, 完成率 is a %. A figure with no unit from anywhere is left alone (a code, a
#: year, a row number read as a value is worse than no value).
MEASURE_UNITS: dict[str, str] = {
    "件数": "件", "人数": "人", "人次": "人次", "户数": "户", "个数": "个", "起数": "起",
    "天数": "天",
    "家数": "家", "家次": "家次", "次数": "次", "条数": "条", "项数": "项", "场次": "场次",
    "率": "%", "比重": "%", "占比": "%", "比例": "%", "百分比": "%",
}
#: 单位：万元 above a table (or in its first row) states every figure's unit.
#: (up to a compound unit: 单位:微克/立方米; the longest unit it opens on is taken)
_TABLE_UNIT = re.compile(r"(?:金额|计量)?单位\s*[:：]\s*(?P<unit>[^\s,，;；)）|]{1,8})")
#: 单位:万人、% or 单位：亿元，%: the units of a table whose columns (or rows) differ in kind.
_LISTED_UNITS = re.compile(r"(?:金额|计量)?单位\s*[:：]\s*(?P<units>[^\s,，;；)）|、/]{1,4}"
                           r"(?:\s*[、,，/]\s*[^\s,，;；)）|、/]{1,4})+)")
_UNIT_SEPARATORS = re.compile(r"\s*[、,，/]\s*")
#: Who made the table, in a row of its own over it (部门名称：江苏省人民检察院, 编制单位：…):
#: a field of the form, no column's name.
_TABLE_FIELD = re.compile(
    r"(?:部门|单位|编制单位|填报单位|预算单位|主管部门)(?:名称)?\s*[:：]\s*\S+")
#: A unit a header writes in brackets or at its end: 收费金额(万元), 增长%.
_HEADER_UNIT = re.compile(
    # (a copy may drop the ）; a rate's unit is longer: PM10均值(微克/立方米))
    r"[(（](?:单位\s*[:：]\s*)?(?P<unit>[^()（）:：]{1,4}|[^()（）:：]{1,4}/[^()（）:：]{1,4})"
    r"(?:[)）]|$)"
    r"|(?P<pct>[%‰]|[uμm]g/m3)\s*$")
#: A figure written as a code: leading zero(s) before more digits (000998, 01).
_CODE = re.compile(r"^0\d")
#: A header or label has words, not only digits and signs.
_WORDS = re.compile(r"[^\W\d_]")
_MINUS = ("-", "−", "－")

Figure = tuple[int, int, ValueSpan]  # (row, column, the grammar's reading of the cell)
Period = tuple[date, date] | None


#: The unit of an age: a cell of a range or bound of ages (15-64岁, 65岁及以上) is a class.
AGE_UNIT = "岁"


def _figure(doc: SourceDocument, start: int, end: int) -> ValueSpan | None:
    """The cell read as one figure (the grammar reads all of it), or None; a leading minus
    makes it negative."""
    text = doc.text[start:end].strip()
    if not text or _CODE.match(text):
        return None
    sign = 1
    if text.startswith(_MINUS):
        sign, text = -1, text[1:]
    spans = find_values(text, year=doc.year, bare=True)
    if len(spans) != 1:
        return None
    span = spans[0]
    if span.raw != text or (span.number is None and text not in cues.NO_CHANGE_CELLS):
        return None
    if span.unit == AGE_UNIT and (span.number_max is not None or span.comparator):
        return None  # 15-64岁, 65岁及以上: a row's age class, its label
    if sign < 0 and span.number is not None:
        span = replace(span, number=-span.number, raw="-" + span.raw, start=0,
                       end=span.end + 1)
    return span


#: A header giving an index's base (上年同期=100, 以上年为100): its figures have no unit.
_INDEX_BASE = re.compile(r"=\s*100|为\s*100")


def _unitless(header: str, label: str, title: str) -> bool:
    """Whether the figure is of a measure written without a unit: an index (the table
    居民消费价格指数, the column 上年同期=100), a ratio or a coefficient."""
    return bool(_INDEX_BASE.search(header)) or any(
        word in text for word in cues.UNITLESS_MEASURES for text in (header, label, title))


def _leading_unit(words: str) -> str | None:
    """The longest unit `words` starts with (万元收支预算总表 → 万元), a multiplier before a
    unit included (万人次, 万吨: with_unit scales the figures), a rate too (吨/平方千米·月)."""
    return next((words[:n] for n in range(len(words), 0, -1) if words[:n] in cues.UNITS
                 or (words[0] in cues.CN_BIG_UNITS and words[1:n] in cues.UNITS)
                 # (吨/平方千米·月: a rate, as the value grammar reads one)
                 or ("/" in words[:n] and is_unit(words[:n]))), None)


@lru_cache(maxsize=4096)  # (a table asks about the same labels and headers row after row)
def unit_of_header(header: str) -> str | None:
    m = _TABLE_UNIT.search(header)
    unit = _leading_unit(m.group("unit")) if m else None
    if unit:
        return unit
    m = _HEADER_UNIT.search(header)
    if m:
        unit = m.group("unit") or m.group("pct")
        if unit in cues.UNITS:  # PM10均值ug/m3 → 微克/立方米 (a multiplier stays: 亿元)
            canonical, factor = cues.UNITS[unit]
            return canonical if factor == 1 else unit
        if _multiplied_unit(m.group("unit")):
            return unit  # 人口数(万人): a count in ten thousands (with_unit scales it)
    return None


forget_after_each_document(unit_of_header)


#: How far back over the short words of a header row copied a cell a line (收入, 支出) the
#: unit over a table is looked for, and how short such a word is.
MAX_LINES_OVER_TABLE, SIDE_WORD_CHARS = 6, 4


def table_units(doc: SourceDocument, block: Block, texts: list[list[str]]) -> tuple[str, ...]:
    """The units stated for the whole table: 单位：万元 in a row of its own on top, or on
    one of the two lines right before the table (after 编制单位：… on the same line); several
    when the line lists them (单位:万人、%: the counts' and the shares')."""
    lines = doc.text[max(0, block.start - 80) : block.start].split("\n")
    # (a page copied a cell per line puts a bare | after 单位:亿元: no line of its own)
    kept = [ln for ln in lines if ln.strip(" |\t")]
    reach = 2
    while reach < min(len(kept), MAX_LINES_OVER_TABLE) \
            and len(kept[-reach].strip(" |\t").replace(" ", "")) <= SIDE_WORD_CHARS:
        reach += 1  # (单位:万元 over a top row copied a cell a line: 收 入 | 支 出 | ||)
    before = kept[-reach:]
    for line in [*before, *("".join(row) for row in texts[:2])]:
        listed = _LISTED_UNITS.search(line)
        if listed:
            units = [_leading_unit(part.strip()) for part in _UNIT_SEPARATORS.split(
                listed.group("units"))]
            if all(units):
                return tuple(u for u in units if u)
        for m in _TABLE_UNIT.finditer(line):
            unit = _leading_unit(m.group("unit"))
            if unit:
                return (unit,)
    unit = _corner_unit(texts)
    return (unit,) if unit else ()


def table_unit(doc: SourceDocument, block: Block, texts: list[list[str]]) -> str | None:
    """The unit stated for the whole table (the first, when a line lists several)."""
    units = table_units(doc, block, texts)
    return units[0] if units else None


def _corner_unit(texts: list[list[str]]) -> str | None:
    """The corner cell's unit: 经费控制情况(万元) holds for the figures under the header."""
    corner = texts[0][0] if texts and texts[0] else ""
    found = _HEADER_UNIT.search(corner)
    return found.group("unit") if found and found.group("unit") in cues.UNITS else None


def without_unit(header: str) -> str:
    """The header without the unit it writes (收费金额(万元) → 收费金额, 增长% → 增长);
    brackets holding words stay (因公出国（境）费)."""
    def drop(m: re.Match) -> str:
        return "" if m.group("pct") or m.group("unit") in cues.UNITS \
            or _multiplied_unit(m.group("unit")) else m.group(0)
    return _HEADER_UNIT.sub(drop, header)


def _multiplied_unit(unit: str | None) -> bool:
    """万人, 万亩: a unit the grammar reads with a multiplier before it."""
    return unit is not None and unit[:1] in cues.CN_BIG_UNITS and is_unit(unit)


def _measure_unit(*names: str) -> str | None:
    for name in names:
        bare = without_unit(name)
        for ending, unit in MEASURE_UNITS.items():
            if bare.endswith(ending):
                return unit
    return None


def _title(doc: SourceDocument, block: Block) -> tuple[str, int, int] | None:
    """The table's title and where it stands: the nearest of the three lines above it
    that ends in 表 (收入支出决算总表; not the 公开01表 mark) or is a caption (表1 …); else
    its first row, when that is one cell merged over the columns and reads as one."""
    floor = max(0, block.start - 240)
    end = block.start
    for _ in range(3):
        while end > floor and doc.text[end - 1] in "\n \t":
            end -= 1
        start = doc.text.rfind("\n", floor, end) + 1
        if (start <= floor and floor > 0) or end <= start:
            break
        title = _as_title(doc, start, end)
        if title:
            return title
        end = start
    # the table's title printed as its first row, one cell merged over the columns
    # (2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表 | ||||)
    filled = [cell for cell in block.rows[0] if cell.end > cell.start] if block.rows else []
    return _as_title(doc, filled[0].start, filled[0].end) if len(filled) == 1 else None


def _as_title(doc: SourceDocument, start: int, end: int) -> tuple[str, int, int] | None:
    """doc.text[start:end] as a table's title (a caption's title, or a line ending in 表),
    with where it stands; None when it reads as none."""
    line = squash(doc.text[start:end])
    caption = _CAPTION.match(line)
    if caption:
        return caption.group("title"), start, end
    return (line, start, end) if _TITLE_LINE.match(line) else None


#: A year and the reporting body in front of a table's subject (八、2018年度江苏省高级人民
#: 法院一般公共预算基本支出): no part of what the figures measure.
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")


#: The budget terms a table's subject opens on once the body reporting it is left out
#: (卡斯镇“三公”经费, 区本级“三公”经费: the unit's place, no part of the measure).
SUBJECT_HEADS: tuple[str, ...] = ("“三公”经费", '"三公"经费', "三公经费", "一般公共预算",
                                  "政府性基金", "国有资本经营", "财政拨款")


def _subject_name(subject: str, issuer: str | None) -> str:
    """A table's subject as an indicator name: without its list mark, year and issuer (or,
    the issuer unknown, the words before a budget term it opens on)."""
    subject = _LEADING_YEAR.sub("", LIST_MARK.sub("", subject))
    if issuer and subject.startswith(issuer) and len(subject) > len(issuer) + 1:
        subject = subject[len(issuer):]
    subject = _LEADING_YEAR.sub("", subject)
    head = min((at for word in SUBJECT_HEADS if (at := subject.find(word)) >= 0), default=0)
    return subject[head:]


@lru_cache(maxsize=4096)
def _kind_only(words: str) -> bool:
    """Whether a header or label only says which figure it holds (决算数, 2023年度预算数,
    金额): nothing is left without those words."""
    return words in GENERIC_HEADERS or not ROLE_ONLY_WORDS.sub("", words) \
        or bool(_MONTH_HEADER.match(words))


forget_after_each_document(_kind_only)


def _total(words: str) -> str | None:
    """'' for a bare total (合计, 小计); the words for a total of something (本年收入合计);
    None when the words are no total."""
    for word in TOTAL_WORDS:
        if words.endswith(word):
            rest = words[: -len(word)]
            return "" if not rest or _kind_only(rest) else words
    return None


@lru_cache(maxsize=4096)  # (asked for every figure of a column, with its header's words)
def _role_of(words: str, year: int | None) -> str | None:
    """The role a header or label names, if any: a year before `year` (the latest the
    table's headers and labels name, or the document's own year if earlier) is a baseline;
    a fund's name (一般公共预算财政拨款) holds no 预算."""
    words = FUND_NAMES.sub("", words)
    m = _YEAR.search(words)
    if m and year and int(m.group(1)) < year:
        return "baseline"
    for role, cue_words in HEADER_ROLES:
        if any(word in words for word in cue_words):
            return role
    return None


forget_after_each_document(_role_of)


def _unit_only(header: str) -> bool:
    """Whether a header cell is a unit and nothing else (μg/m3, (万元))."""
    return is_unit(header) and unit_of_header(header) is not None


class _Column:
    """What a column's header says: its cells top down (without units), the measure it
    names, whether it is a total (and of what), and the side it stands under."""

    def __init__(self, path: list[str]) -> None:
        # (a yearbook's column of a year writes it bare: 2020 is 2020年)
        path = [h + "年" if _BARE_YEAR_HEADER.match(h) else h for h in path]
        # a header row of units alone (μg/m3 | mg/m3 under SO2 | CO) names no measure: the
        # unit is the column's, the words above it its header
        units = [h for h in path if _unit_only(h)]
        path = [h for h in path if h not in units] or path
        #: the unit a cell of its own in the header states, else, for a column of a part
        #: (#卫生技术人员, 其中:… under 卫生人员数(人)), the unit of the whole over it
        self.unit: str | None = None
        if units:
            self.unit = unit_of_header(units[-1])
        elif path and PART_MARK.match(path[-1]):
            self.unit = next((unit for h in reversed(path[:-1])
                              if (unit := unit_of_header(h))), None)
        self.path = path
        self.header = path[-1] if path else ""
        self.text = "".join(path)
        # (#卫生技术人员: the mark of a part is no part of its name)
        words = [without_unit(h).lstrip("#＃") for h in path]
        lowest = words[-1] if words else ""
        total = _total(lowest)
        self.total = total is not None
        #: the words naming a total column's figures in a total row (本年收入合计; the
        #: group a 小计 sums: 公务用车购置及运行费), '' for a bare one
        self.total_name = total or ""
        #: the measure a column names beyond the figure kind (基本支出), '' when none
        self.measure = "" if self.total or _kind_only(lowest) else lowest
        summed = next((lowest[: -len(w)] for w in TOTAL_WORDS if lowest.endswith(w)), "")
        if self.total_name and summed.endswith(COUNTED_TOTALS):
            # 优良天数合计(天): a count summed over the period, named by what it counts (not
            # 本年收入合计, the row's total in a 收支总表)
            self.measure = summed
        #: the headers above naming the rate reached of each sub-column (完成率 › 年度计划)
        self.rate_headers = [h for h, w in zip(path[:-1], words[:-1], strict=True)
                             if w.endswith(RATE_OF_PLAN_HEADS)]
        if self.rate_headers and lowest and not self.total:
            # 完成率 › 中央资金: the rate reached of that plan (中央资金完成率), not the plan
            self.measure = lowest + without_unit(self.rate_headers[0])
        above = [w for w in words[:-1] if w and not _kind_only(w) and _total(w) is None]
        if lowest.endswith("小计") and not self.total_name and above:
            self.total_name = above[-1]  # the group it sums (公务用车购置及运行费)
        #: the side a column stands under (收入 | 支出 of a 收支总表)
        self.side = above[-1] if above else ""

    def role(self, year: int | None) -> str | None:
        if any(_role_of(header, year) == "actual" for header in self.rate_headers):
            # a rate over what it is of (完成率 › 年度计划 | 中央资金): how much of the plan
            # was reached, whatever plan word stands under it
            return "actual"
        for header in reversed(self.path):
            role = _role_of(header, year)
            if role:
                return role
        return None


def _header_paths(texts: list[list[str]], rows: list[int], columns: list[int],
                  wide: set[int], twins: dict[int, list[int]] | None = None
                  ) -> dict[int, list[str]]:
    """Column → its header cells with words, top down, from the header `rows` (a title
    merged over the whole table, in `wide`, left out). A header row that names exactly
    as many columns as hold figures, left of them (its stub cell left out: | 绝对数(亿元)
    | 比上年增长(%) | over 地区生产总值 | 617.50 | 5.2 |), names them in order."""
    texts = [_realigned(texts[r], columns) if r in rows else texts[r]
             for r in range(len(texts))]
    if rows:
        last = texts[rows[-1]]
        named = [text for text in last if _WORDS.search(text)]
        units = any(map(_unit_only, named))  # μg/m3 | mg/m3: a row of units names nothing
        if len(named) == len(columns) and not units and not _WORDS.search(
                last[columns[-1]] if columns[-1] < len(last) else ""):
            return {c: [name] for c, name in zip(columns, named, strict=True)}
    paths: dict[int, list[str]] = {}
    for c in columns:
        path = _column_path(texts, rows, c, wide)
        if not path and twins:
            # a figure cell merged over columns whose header stands over another of them
            # (| 24,169.74 | 24,169.74 | under | (empty) | 金额 |): that header is its own
            path = next((p for t in twins.get(c, []) if (p := _column_path(texts, rows, t, wide))),
                        [])
        paths[c] = path
    return _shares_of_their_figures(paths, columns)


#: A column of shares whose header says only "share of the total" (占总数比例%, 占比): of
#: the figures in the column before it (a bare 比重 after 年末数 is the rows' own share).
_SHARE_HEADER = re.compile(r"^占(?:[^\d]{0,6}?(?:比例|比重)|比)\s*[(（]?%?[)）]?$")


def _shares_of_their_figures(paths: dict[int, list[str]],
                             columns: list[int]) -> dict[int, list[str]]:
    """| 事故起数 | 占总数比例% | 死亡人数 | 占总数比例% |: each share column is named after
    the column of figures before it (事故起数占总数比例%)."""
    for before, c in pairwise(columns):
        own, prior = paths.get(c), paths.get(before)
        if own and prior and _SHARE_HEADER.match(own[-1]) \
                and not _SHARE_HEADER.match(prior[-1]):
            paths[c] = [*own[:-1], prior[-1] + own[-1]]
    return paths


def _column_path(texts: list[list[str]], rows: list[int], c: int, wide: set[int]) -> list[str]:
    """Column c's header cells with words, top down (see _header_paths)."""
    path: list[str] = []
    for r in rows:
        text = texts[r][c] if c < len(texts[r]) else ""
        if _TABLE_UNIT.fullmatch(text) or _TABLE_FIELD.fullmatch(text):
            continue  # 单位：万元, 部门名称：… over the figures name nothing
        if r not in wide and (_WORDS.search(text) or _MONTH_HEADER.match(text)
                              or _BARE_YEAR_HEADER.match(text)) \
                and (not path or path[-1] != text):
            path.append(text)  # (11 and 1-11 over a 月报's columns, 2020 over a yearbook's,
            # are words here)
    return path


def _column_heading(text: str) -> bool:
    """Whether a header cell names a column of figures (6月, 1-6月累计, 增长%, 年初预算数)
    rather than the column of row labels (指标, 项目)."""
    return bool(_MONTH_HEADER.match(text) or _role_of(text, None)
                or any(word in text for word in CHANGE_HEADERS))


def _realigned(row: list[str], columns: list[int]) -> list[str]:
    """A header row whose first cell already names a figure column lost the cell of the
    label column (it spans the header rows and a copy printed it once, or not at all):
    its cells move right, the last of them over the last figure column or at least past
    the label column (| 6月 | 1-6月累计 | 累计 | over | 本地生产总值 | —— | 1389.32 | -6.5 |,
    and the | 增长% | under it over -6.5)."""
    if not row or not columns or columns[0] < 1 or not _column_heading(row[0]) \
            or sum(1 for text in row if text) > len(columns):
        return row  # (预算科目 | 合计 | 基本支出 | 项目支出: the label column's header is there)
    last_word = max(c for c, text in enumerate(row) if text)
    shift = max(columns[0], columns[-1] - last_word)
    if last_word + shift >= len(row):
        return row
    return [""] * shift + row[: len(row) - shift]


#: The sides of an account a label column's header may name (收入 | 执行数 | 支出 | 执行数:
#: a balance table, each side's labels in a column of their own).
SIDE_HEADERS = frozenset({"收入", "支出", "收入项目", "支出项目"})


def _name(label: str, column: _Column, subject: str, label_side: str = "") -> str:
    """The indicator a figure measures from its row label and its column (see the module
    docstring); `label_side` is the side its label column's header names (收入)."""
    total = _total(label) == ""
    if total or not label or _kind_only(label):
        if column.measure:
            return column.measure
        if column.total_name:
            return column.total_name
        if total and (column.side or label_side):
            return (column.side or label_side.removesuffix("项目")) + label
        return subject or label or without_unit(column.header)
    if column.measure:
        # (总人口 under 人口(万人): the label names the measure already, 总人口 not 总人口人口)
        return label if label.endswith(column.measure) else label + column.measure
    if column.total and column.total_name and column.total_name in column.path[:-1]:
        return label + column.total_name  # a row's part of a group's 小计
    return label


#: A row's sub-item mark ((1), （2）) and its parent's item mark (1., 2、) in a table's
#: label column; a sub-item's label this short names a part of its parent.
_SUB_ITEM = re.compile(rf"^\s*{BRACKETED_ARABIC_ITEM}")
_ITEM = re.compile(rf"^\s*{ARABIC_ITEM}")
SHORT_SUB_LABEL = 5


def _parent_label(texts: list[list[str]], r: int, column: int) -> str:
    """The label of the item a (1)-marked row is part of: the nearest row above it marked
    1./2. in the same column, '' when the row is no sub-item or none is above."""
    if column >= len(texts[r]) or not _SUB_ITEM.match(texts[r][column]):
        return ""
    for above in range(r - 1, -1, -1):
        cell = texts[above][column] if column < len(texts[above]) else ""
        if _ITEM.match(cell):
            return row_label(cell)
        if cell and not _SUB_ITEM.match(cell):
            return ""
    return ""


#: A bulletin's table of the population and its make-up (表1 年末人口数及其构成: 常住人口
#: | 其中:城镇 | 乡村 | 男性 | 0-15岁 …, over 年末数 | 比重): a row that names only a part
#: (城镇, 男性, 0-15岁) is that part of the population the table counts (城镇常住人口,
#: 男性户籍人口), its 比重 that part's share; the count column (年末数, 年末人数) names no
#: measure. A table of the registered population (户籍, in its title or first row) names
#: its parts so (城镇户籍人口); one of the resident population names them as analysts do,
#: without 常住 (城镇人口, 男性人口比重).
POPULATION = cues.POPULATION_NOUN
POPULATION_KINDS: tuple[str, ...] = ("户籍",)
POPULATION_COUNT_HEADERS = frozenset({"年末数", "年末人数", "人数", "年末人口", "人口数",
                                      "年末人口数", "数量", "总数"})
_POPULATION_SCOPE = re.compile(r"^(?:年末)?(?:全[国省市县区州盟旗镇乡])?(?:年末)?")
_POPULATION_NOTE = re.compile(r"[(（][^()（）]*[)）]")  # 0-15岁(含不满16周岁)
_SHARE_WORDS: tuple[str, ...] = ("比重", "占比", "构成")


def _population_kind(title: str, first_label: str) -> str | None:
    """The population a table of its make-up counts (户籍人口, else 人口), or None when the
    table is no such table."""
    if POPULATION not in title and not first_label.endswith(POPULATION):
        return None
    words = title + first_label
    kind = next((k for k in POPULATION_KINDS if k in words), "")
    return kind + POPULATION


def _population_name(label: str, header: str, kind: str) -> str | None:
    """A population table's figure's name (城镇 | 比重 → 城镇人口比重); None when its column
    is neither the count nor the share."""
    words = without_unit(header).strip()
    share = any(w in words for w in _SHARE_WORDS)
    if not share and words not in POPULATION_COUNT_HEADERS:
        return None
    part = _POPULATION_NOTE.sub("", label).strip()
    if POPULATION in part:
        scoped = _POPULATION_SCOPE.sub("", part)  # 全县常住人口 → 常住人口 (全县人口 stays)
        part = scoped if scoped != POPULATION else part
    elif part and not part.endswith(("户", "人", "率", "比")):
        part += kind  # 城镇 → 城镇人口 (城镇户籍人口)
    else:
        return None
    return part + ("比重" if share else "")


#: A GDP table's rows (生产总值 | 第二产业增加值 | 工业 | 建筑业): a trade row under rows that
#: name the value added is that trade's 增加值.
VALUE_ADDED = "增加值"
GROSS_PRODUCT = "生产总值"
#: A row label stating its figures are percents (本地生产总值(%)): the shares of a whole.
_PERCENT_LABEL = re.compile(r"[(（]\s*%\s*[)）]")
#: Headers of a column of shares of the whole (构成(%), 比重): labelled by the trade alone.
SHARE_HEADER_WORDS = ("构成", "比重", "占")
_TRADE_ROW = re.compile(r"^[\u4e00-\u9fff、和及]{1,12}业$")


def _trade_value_added(texts: list[list[str]], r: int, column: int, label: str,
                       header: str = "") -> str:
    """`label` + 增加值 when it names only a trade (工业, 建筑业) and a row above it in
    its column names a 增加值, or (outside a column of shares: 第一产业构成) the 生产总值
    (GDP) the trades' value added makes up; else `label`."""
    if not _TRADE_ROW.match(label):
        return label
    shares = any(w in header for w in SHARE_HEADER_WORDS)
    for above in range(r - 1, -1, -1):
        raw = texts[above][column] if column < len(texts[above]) else ""
        cell = without_unit(row_label(raw))
        if cell.endswith(VALUE_ADDED):
            return label + VALUE_ADDED
        if any(w in raw for w in SHARE_HEADER_WORDS) or _PERCENT_LABEL.search(raw):
            return label  # (2、本地生产总值构成 / 本地生产总值(%): the rows below are shares)
        if (cell.endswith(GROSS_PRODUCT) or cell.upper() == "GDP") and not shares:
            return label + VALUE_ADDED
    return label


def _rank_row(texts: list[str]) -> bool:
    """A 栏次 row: its label says so and its other cells are column numbers."""
    return any(text in RANK_LABELS for text in texts) and all(
        not text or text in RANK_LABELS or text.isdigit() for text in texts)


def _row_numbers(figures: list[Figure], column: int) -> bool:
    """A column of row numbers: its figures run 1, 2, 3 … down the table."""
    numbers = [span.number for _, c, span in figures if c == column]
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def read_figure_tables(doc: SourceDocument, builder: RecordBuilder, genre_role: str,
                       period: Period = None) -> list[str]:
    """Read the bare figures of every table (cells no reader took); `genre_role` is the
    role of a figure whose header says none; `period` dates the undated ones."""
    warnings = []
    for block in table_blocks(doc):
        if builder.taken(block):
            continue
        added = _read(doc, builder, block, genre_role, period)
        if added:
            warnings.append(f"table at offset {block.start}: {added} bare figures read by "
                            "their row and column headers")
    return warnings


_NUMBER_ONLY = re.compile(r"^[-−+]?[\d,.]+%?$")
#: A header naming the month or months of a monthly table's column (11, 1-11, 本月, 1-本月).
_MONTH_HEADER = re.compile(
    r"^(?:(?P<first>1)\s*[-—~至]\s*)?(?P<month>1[0-2]|0?[1-9]|本月)月?份?(?:累计)?$")


#: A header or row label that is a year and nothing else (2016年), and how many of them
#: make a table a series of years.
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}年")
MIN_SERIES_YEARS = 3
#: A column header that is a year written bare (项目 | 2020 | 2021 of a yearbook's table).
_BARE_YEAR_HEADER = re.compile(r"^(?:19|20)\d{2}$")


def _year_header_row(texts: list[str]) -> bool:
    """项目 | 2020 | 2021: a header of words over columns of years written bare, which read
    as figures (two years at least, the words first)."""
    years = [t for t in texts[1:] if _BARE_YEAR_HEADER.match(t)]
    return bool(texts) and bool(texts[0]) and not _NUMBER_ONLY.match(texts[0]) \
        and len(years) >= 2 and all(not t or t in years for t in texts[1:])


def _month_header_row(texts: list[str]) -> bool:
    """指标名称 | 11 | 比去年同月增长(%) | 1-11 | …: a header whose month cells read as
    figures; it has words over the figure columns and no figure but months (and no
    placeholder of a figure left out: 每万人口拥有全科医生数 | - | 4 is a row of figures)."""
    months = [t for t in texts[1:] if _MONTH_HEADER.match(t)]
    words = [t for t in texts[1:] if t and not _MONTH_HEADER.match(t)]
    return bool(months) and bool(words) and all(
        not _NUMBER_ONLY.match(w) and w not in PLACEHOLDERS for w in words)


def _month_of(title: str, year: int | None) -> int | None:
    """The month a monthly table's title names (2020年11月工业生产情况 → 11), or None."""
    months = [p.period_end.month for p in find_periods(title, year=year)
              if p.period_end is not None and p.period_start is not None
              and p.period_start.month == p.period_end.month]
    return months[-1] if months else None


def _months_of(header: str, month_of_table: int | None,
               year: int | None) -> tuple[date, date] | None:
    """The period a month header names: 11 → November, 1-11 → January to November, 本月
    → the title's month; None when the header names none."""
    m = _MONTH_HEADER.match(header)
    if m is None or year is None:
        return None
    month = month_of_table if m.group("month") == "本月" else int(m.group("month"))
    if month is None or not 1 <= month <= 12:
        return None
    last = date(year, month, calendar.monthrange(year, month)[1])
    return (date(year, 1, 1) if m.group("first") else date(year, month, 1)), last


def _sections(texts: list[list[str]], figures: list[Figure],
              first: int) -> list[tuple[int, list[int]]]:
    """The tables stacked in one grid, as (first row, header rows): the rows above the
    first figure head the first; a header row of the first printed again between two
    figure rows starts a new one, headed by the rows from it down (| 6月 | 1-6月累计 |
    累计 | again under 2、本地生产总值构成, whose change column says 增减百分点 where the
    first said 增长%)."""
    def words(r: int) -> tuple[str, ...]:
        return tuple(text for text in texts[r] if text)

    repeated = {words(r) for r in range(first)
                if sum(1 for text in texts[r] if _column_heading(text)) >= 2}
    figure_rows = sorted({r for r, _, _ in figures})
    sections = [(first, list(range(first)))]
    for before, after in pairwise(figure_rows):
        again = next((r for r in range(before + 1, after) if words(r) in repeated), None)
        if again is not None:
            sections.append((before + 1, list(range(again, after))))
    return sections


def _read(doc: SourceDocument, builder: RecordBuilder, block: Block, genre_role: str,
          period: Period) -> int:
    texts = [row_texts(doc, row) for row in block.rows]
    ranks = {r for r, row in enumerate(texts) if _rank_row(row)}
    # (a row's number under 序号 is no month: 5 | 重大慢性病过早死亡率 | % | - | <11)
    serials = {c for c, h in enumerate(texts[0]) if h in SERIAL_HEADERS} if texts else set()
    figures: list[Figure] = []
    for r, row in enumerate(block.rows):
        # (a month header stands over the figures: below the first of them, 4 | 蓬莱镇 |
        # …修复 | 10 is a row of figures whose amount reads like a month)
        if r in ranks or (not figures and (_month_header_row(
                [t for c, t in enumerate(texts[r]) if c not in serials])
                or _year_header_row(texts[r]))):
            continue
        for c, cell in enumerate(row):
            if cell.covered or cell.end <= cell.start or builder.has_value_at(cell.start,
                                                                              cell.end):
                continue
            span = _figure(doc, cell.start, cell.end)
            if span is not None:
                figures.append((r, c, span))
    if not figures:
        return 0
    figure_at = {(r, c) for r, c, _ in figures}
    # (a figure's cell merged over several columns is no row's label in any of them)
    figure_cells = {block.rows[r][c].start for r, c, _ in figures}
    first = min(r for r, _, _ in figures)  # the rows above the first figure are headers
    stated_units = table_units(doc, block, texts)
    whole_unit = stated_units[0] if stated_units else None
    skipped = {c for c in {c for _, c, _ in figures} if _row_numbers(figures, c)}
    # a title merged over the whole width heads no column
    wide = {r for r in range(len(texts)) if len({cell.start for cell in block.rows[r]}) == 1
            and len(block.rows[r]) > 1}
    figure_columns = sorted({c for _, c, _ in figures})
    sections = _sections(texts, figures, first)
    # the columns a figure column's cells are merged over, in every row of figures
    twins = {c: [t for t in range(c + 1, len(block.rows[first]))
                 if all(t < len(block.rows[r]) and block.rows[r][t].start
                        == block.rows[r][c].start for r, k, _ in figures if k == c)]
             for c in figure_columns}
    columns_of = [{c: _Column(path) for c, path in _header_paths(
        texts, [r for r in rows if r not in ranks], figure_columns, wide, twins).items()}
        for _, rows in sections]
    section_of = {r: k for k, (start, _) in enumerate(sections)
                  for r in range(start, sections[k + 1][0] if k + 1 < len(sections)
                                 else len(texts))}
    columns = {c: column for cols in columns_of for c, column in cols.items()}
    # a cell merged down from the header rows (the table's title) labels no row
    header_zone = {cell.start for _, rows in sections for r in rows for cell in block.rows[r]}
    unit_col = next((k for row in texts[:first] for k, h in enumerate(row)
                     if h in cues.UNIT_COLUMN_HEADERS), None)
    # the year of the table's figures: the latest its headers and row kinds name (a
    # 2022年度决算数 beside 2023年度 figures is a baseline; a lone 2023年 column is not)
    named = [c.text for c in columns.values()] + [
        texts[r][0] for r, _, _ in figures if _kind_only(texts[r][0])]
    latest = max((int(y) for text in named for y in _YEAR.findall(text)), default=None)
    # (…and not the document's own year: a plan of 2024-2027 out in 2025 sets its 2025
    # milestone beside the 2027 goal; only 2023 is its base)
    base_before = min(latest, doc.year) if latest and doc.year else latest
    # years alone over the columns, none still to come (2016年 … 2021年 of a yearbook): a
    # series of results, no year of it a base the others are set against (a plan's
    # 2023年 | 2025年 | 2030年 sets targets against its base)
    series = [int(c.text[:4]) for c in columns.values() if _YEAR_ALONE.fullmatch(c.text)]
    if len(series) >= MIN_SERIES_YEARS and not (doc.year and max(series) > doc.year):
        base_before = None
    title = _title(doc, block)
    if period is None and title:
        # (表2 各县区2021年10月份降尘监测结果 in a page with no dated title: the caption's)
        dated = [(p.period_start, p.period_end) for p in find_periods(title[0], year=doc.year)
                 if p.period_start and p.period_end]
        period = dated[0] if len(dated) == 1 else None
    month_of_table = _month_of(doc.title or "", doc.year)
    # a unit a row's label writes (全市工业总产值(亿元)) holds for the rows under it that
    # write none (# 规模以上工业, 国有控股 …), until a label writes another
    row_units: dict[int, str] = {}
    carried: str | None = None
    for r in range(first, len(texts)):
        # (the unit the row's words before its figures write, the nearest first: a group's
        # column before the label may be empty or name the group, 一、经济增长 | 农业增加值
        # (亿元) | 81.53)
        first_figure = next((k for k in range(len(texts[r])) if (r, k) in figure_at),
                            len(texts[r]))
        words = [t for t in texts[r][:first_figure] if _WORDS.search(t)]
        own = next((unit for word in reversed(words)
                    if (unit := unit_of_header(row_label(word)))), None)
        carried = own or carried
        if carried:
            row_units[r] = carried
    subject_m = _SUBJECT.match(title[0]) if title else None
    subject = _subject_name(subject_m.group("subject"), doc.issuer) if subject_m else ""
    grouped_m = _GROUPED_MEASURE.search(title[0]) if title else None
    grouped = grouped_m.group("measure") if grouped_m else ""
    first_label = next((row_label(texts[r][0]) for r, _, _ in figures if texts[r]), "")
    population = _population_kind(title[0] if title else "", first_label)
    target_id: str | None = None
    added = 0
    level_units: dict[int, str] = {}  # row → the unit of its last level (not a change)
    level_names: dict[int, str] = {}  # …and its name
    for r, c, span in figures:
        column = columns_of[section_of[r]][c]
        header = column.header
        if not header or c in skipped or any(w in column.text for w in NOT_VALUE_HEADERS):
            continue
        label_col = next((left for left in range(c - 1, -1, -1)
                          if texts[r][left] and texts[r][left] not in LABEL_PLACEHOLDERS
                          and (r, left) not in figure_at
                          and not (left == unit_col and is_unit(texts[r][left]))
                          and block.rows[r][left].start not in figure_cells
                          and block.rows[r][left].start not in header_zone), None)
        label = row_label(texts[r][label_col]) if label_col is not None else ""
        if label_col is not None:
            # 工业 → 工业增加值
            label = _trade_value_added(texts, r, label_col, label, header)
        parent = _parent_label(texts, r, label_col) if label_col is not None else ""
        if parent and len(label) <= SHORT_SUB_LABEL:
            label = f"{parent}({label})"  # (1)外国人 under 2.入境过夜游客: 入境过夜游客(外国人)
        label_unit = row_units.get(r)
        if label_unit and unit_of_header(label):
            label = without_unit(label)  # 全市工业总产值(亿元): the unit is no part of it
        row_unit = texts[r][unit_col] if unit_col is not None and unit_col != c else ""
        change = next((d for w, d in CHANGE_HEADERS.items() if w in header), None)
        # a 单位 column left empty on the row says the figure has none (人均预期寿命 82.98,
        # 每千人口床位数 4.81): no unit is guessed from the name
        stated_none = unit_col is not None and not row_unit and not change
        amount_change = bool(change) and _AMOUNT_CHANGE.search(header) is not None
        signed_amount = bool(change) and _SIGNED_AMOUNT.search(header) is not None
        # (of several units listed over the table, the one its measure's name says: 比重 %)
        listed = _measure_unit(header, label) if len(stated_units) > 1 else None
        unit = span.unit or unit_of_header(header) or column.unit \
            or (whole_unit if amount_change else None) \
            or (level_units.get(r) if signed_amount else None) or (None if change else (
            label_unit or (row_unit if is_unit(row_unit) else None)
            or (listed if listed in stated_units else None) or whole_unit
            or (None if stated_none else _measure_unit(header, label, *column.path[:-1])))) \
            or (("百分点" if header.endswith("百分点") else "%") if change else None)
        if not unit and not stated_none \
                and not _unitless(header, label, title[0] if title else ""):
            continue
        if not span.unit and unit:
            span = with_unit(span, unit)
        if unit and not change:
            level_units[r] = unit  # (the unit of a signed amount beside it)
        index_base = bool(_INDEX_BASE.search(header))  # 上年同期=100: no period, no measure
        if change:
            span = replace(span, change=change)
            level = level_names.get(r, "")
            # (无为市 | 2 | -4 under 事故起数 | 同比+,-: the change of 无为市事故起数)
            name = level if level and (label in TOTAL_ROW_LABELS or (
                PLACE_ONLY.fullmatch(label) and level.startswith(label))) \
                else label or column.measure
        elif index_base and label:
            name = label
        elif population and label and (part := _population_name(label, header, population)):
            name = part
        else:
            side = next((texts[h][label_col] for h in reversed(sections[section_of[r]][1])
                         if label_col is not None and label_col < len(texts[h])
                         and texts[h][label_col]), "")
            name = _name(label, column, subject, side if side in SIDE_HEADERS else "")
            if grouped and label and not column.measure and not name.endswith(grouped):
                name += grouped  # 低收入户 of …按收入五等分分组的人均可支配收入
        if not name:
            continue
        if not change:
            level_names[r] = name
        months = _months_of(header, month_of_table, doc.year) or (
            _months_of(columns[c - 1].header, month_of_table, doc.year)
            if change and c - 1 in columns else None)  # 本月 | 比去年同月增长(%)
        if months and not (span.period_start or span.period_end):
            span = replace(span, period_start=months[0], period_end=months[1])
        year_named = _YEAR.search(column.text)
        if not year_named and label and _kind_only(label) \
                and not (span.period_start or span.period_end):
            # a row labelled by its period alone (2016年 | 20 | 25 over 2015年 | 26 | 25)
            row_periods = find_periods(label, year=None)
            if len(row_periods) == 1 and row_periods[0].period_start \
                    and row_periods[0].period_end:
                span = replace(span, period_start=row_periods[0].period_start,
                               period_end=row_periods[0].period_end)
        plan_named = cues.FIVE_YEAR_PLAN.search(column.text)  # (“十三五”年均增长)
        if plan_named and not year_named and not (span.period_start or span.period_end):
            # “十三五”年均增长(%): the plan's five years
            first_year, last_year = cues.FIVE_YEAR_PLANS[plan_named.group()]
            span = replace(span, period_start=date(first_year, 1, 1),
                           period_end=date(last_year, 12, 31))
        if year_named and not (span.period_start or span.period_end):
            # 2022年决算数 | 2023年预算数: each column's figures are of the year it names
            year = int(year_named.group(1))
            start, end = year_period(year)
            span = replace(span, period_start=start, period_end=end)
        if period and not (span.period_start or span.period_end):
            span = replace(span, period_start=period[0], period_end=period[1])
        if title and target_id is None:
            target_id = builder.add_target(title[0], title[1], title[2])
        cell = block.rows[r][c]
        name_cell = block.rows[r][label_col] if label_col is not None else cell
        indicator_id = builder.add_indicator(name, name_cell.start, name_cell.end,
                                             target_id=target_id)
        offset = cell.start + (len(doc.text[cell.start:cell.end]) -
                               len(doc.text[cell.start:cell.end].lstrip()))
        # 比上年增长: a change, no baseline
        role = genre_role if change or index_base else (column.role(base_before) or (
            _role_of(label, base_before) if _kind_only(label) and label else None)
            or genre_role)
        if role == "target" and not change and STAFF_ROW.search(label):
            role = "actual"  # 编制数 | 34 in a budget's staff table: the staff it has
        if role == "unknown" and span.period_end and doc.published \
                and span.period_end < doc.published:
            role = "actual"  # the 11月 column of a table published in December: reported
        if role == "unknown" and span.period_start and doc.published \
                and span.period_start.year > doc.published.year:
            role = "target"  # the 2025年 column of a plan published in 2022: what is aimed at
        if role == "target" and plan_named and period and span.period_end \
                and span.period_end < period[0]:
            role = "actual"  # the 十三五 column of a 十四五 plan's review table: its results
        if builder.add_value(replace(span, start=0, end=len(span.raw)), offset, role,
                             indicator_id=indicator_id):
            added += 1
    return added
