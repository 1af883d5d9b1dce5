"""The value grammar: turns a span of Chinese text into values with exact offsets.

This is the only place in zhibiao that decides what a number, unit, comparator, change,
range, period or qualitative value is. Genres and the generic parser call `find_values`
and `find_periods`; they never look for numbers themselves. The words it reacts to are
tables in `parse/cues.py`.

How it works: the text is scanned once for things that are *not* values (dates, periods,
document numbers, phone numbers, ordinals, list numbering), then for number tokens outside
those; each number is grown into a value by reading the words around it (multiplier,
unit, comparator before and after, change verb and basis before, range partner after).
A last pass over the values of each sentence handles enumerations (同比下降72.7%、66.7%)
and assigns the sentence's period.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache, wraps
from typing import Any, ParamSpec, TypeVar

from zhibiao.parse import cues
from zhibiao.parse.prefilter import needed

# Full-width digits and signs mapped one-to-one, so offsets into the scan string are
# offsets into the caller's text.
_SCAN_TABLE = str.maketrans(
    "０１２３４５６７８９．％，～－：　",
    "0123456789.%,~-: ",
)
_CN_DIGIT_CHARS = "".join(cues.CN_DIGITS)
_CN_NUMERAL_CHARS = _CN_DIGIT_CHARS + "".join(cues.CN_SMALL_UNITS) + "".join(cues.CN_BIG_UNITS)
# The capital numerals (cues.CAPITAL_NUMERALS) mapped one-to-one too, but only inside a run
# of numeral characters: a lone 陆 is a name (陆家嘴), not six.
_CAPITAL_CHARS = "".join(cues.CAPITAL_NUMERALS)
_CAPITALS = str.maketrans(cues.CAPITAL_NUMERALS)
_CAPITAL_RUN = re.compile(f"[{_CAPITAL_CHARS}{_CN_NUMERAL_CHARS}]{{2,}}")


#: A middle dot between digits is a decimal point typed on a CJK keyboard (上涨1·8%).
_DOT_DECIMAL = re.compile(r"(?<=\d)[·•∙・](?=\d)")


_ANY_CAPITAL = re.compile(f"[{re.escape(_CAPITAL_CHARS)}]")


@lru_cache(maxsize=8192)
def _scan_of(text: str) -> str:
    """`text` as the grammar reads it, character for character (see _SCAN_TABLE); cached,
    as the value scan, the period scan and the readers ask for the same texts."""
    scan = _DOT_DECIMAL.sub(".", text.translate(_SCAN_TABLE))
    if _ANY_CAPITAL.search(scan):
        scan = _CAPITAL_RUN.sub(lambda m: m.group().translate(_CAPITALS), scan)
    return scan
_CN_NUM = f"[{_CN_NUMERAL_CHARS}]+(?:点[{_CN_DIGIT_CHARS}]+)?"
_AR_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER_RE = re.compile(rf"(?P<ar>{_AR_NUM})|(?P<cn>{_CN_NUM})")
_AR_NUM_RE = re.compile(_AR_NUM)
_FRACTION_RE = re.compile(rf"(?P<base>百|千|万)分之(?P<num>{_AR_NUM}|{_CN_NUM})")
_CN_NUMBER_CHAR = re.compile(f"[{_CN_NUMERAL_CHARS}]")
_RANGE_SEP = "|".join(re.escape(s) for s in cues.RANGE_SEPARATORS)
_YEAR = rf"(?:\d{{4}}|[{_CN_DIGIT_CHARS}]{{4}})"

_SENTENCE_ENDS = cues.SENTENCE_BREAKS
_CLAUSE_ENDS = _SENTENCE_ENDS + ",，、:：()（）\t “”\"'《》"
#: A basis that quotes its period (较“十三五”末): the openers, and the longest quote.
QUOTED_BASIS_OPENERS = "较比"
QUOTED_BASIS_MAX = 8
_NON_VALUE_FOLLOWERS = "年月日号时届岁"  # 2025年, 9月, 60日, 18号, 16时: names and dates
_TIME_UNITS = frozenset({"小时", "分钟", "秒", "天", "周", "个月", "个工作日", "工作日", "年"})
#: 年 after a number is a date or a name (2025年, 十四五) unless a comparator stands
#: right before a number of at most this many digits: 使用年限≥10年, 不少于5年 is a duration.
_DURATION_YEAR_DIGITS = 2


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


_UNITS_LF = _longest_first(cues.UNITS)
_MULTIPLIERS_LF = _longest_first(cues.MULTIPLIERS)
_PREFIX_LF = _longest_first(cues.COMPARATOR_PREFIXES)
_SUFFIX_LF = _longest_first(cues.COMPARATOR_SUFFIXES)
_CHANGE_LF = _longest_first(cues.CHANGE_VERBS)
_QUALITATIVE_LF = _longest_first(cues.QUALITATIVE)
#: Any of the qualitative words: most texts have none, found in one search instead of a
#: `find` per word.
_ANY_QUALITATIVE = re.compile("|".join(re.escape(w) for w in _QUALITATIVE_LF))
_IMPLIED_LF = _longest_first(cues.IMPLIED_UNITS)
_PER_UNITS_LF = _longest_first(cues.PER_UNITS)
_DISTANT_LF = _longest_first(cues.DISTANT_COMPARATOR_PREFIXES)


@dataclass(frozen=True, slots=True)
class Period:
    """A period or date expression and the dates it stands for (None where unknowable)."""

    start: int
    end: int
    raw: str
    period_start: date | None
    period_end: date | None


@dataclass(frozen=True, slots=True)
class ValueSpan:
    """One value read from text; `start`/`end` slice `raw` out of the text given."""

    start: int
    end: int
    raw: str
    number: float | None
    number_max: float | None = None
    unit: str = ""
    comparator: str = "="
    change: str | None = None
    change_basis: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    qualitative: str | None = None
    #: Index, in the same result list, of the value this change describes
    #: (事故27起、死亡30人，同比下降72.7%、66.7%: 72.7% qualifies 27起).
    qualifies: int | None = None



_SPAN_FIELDS = tuple(ValueSpan.__dataclass_fields__)
_new_object, _set_attribute = object.__new__, object.__setattr__


def replace_span(span: ValueSpan, **changes: Any) -> ValueSpan:
    """`dataclasses.replace` for a ValueSpan, without its generic machinery: the table
    readers re-date, re-unit and move every figure they read (it was a few percent of a
    convert)."""
    if not changes.keys() <= _SPAN_FIELD_SET:
        raise TypeError(f"ValueSpan has no field {sorted(changes.keys() - _SPAN_FIELD_SET)}")
    new = _new_object(ValueSpan)
    for name in _SPAN_FIELDS:
        _set_attribute(new, name, changes[name] if name in changes else getattr(span, name))
    return new


_SPAN_FIELD_SET = frozenset(_SPAN_FIELDS)

# --- numbers -----------------------------------------------------------------------------


def parse_chinese_numeral(text: str) -> Decimal | None:
    """Value of a Chinese numeral (十二, 一百零五, 两万, 二〇二五, 三点五); None if malformed."""
    if not text:
        return None
    integer_part, _, decimal_part = text.partition("点")
    if decimal_part:
        if any(ch not in cues.CN_DIGITS for ch in decimal_part):
            return None
        whole = parse_chinese_numeral(integer_part) if integer_part else Decimal(0)
        if whole is None:
            return None
        digits = "".join(str(cues.CN_DIGITS[ch]) for ch in decimal_part)
        return whole + Decimal("0." + digits)
    if all(ch in cues.CN_DIGITS for ch in text):
        if len(text) == 1:
            return Decimal(cues.CN_DIGITS[text])
        # A digit-by-digit numeral (二〇二五); 三五 ("three or five") is not one.
        if len(text) >= 3 or "〇" in text or "零" in text:
            return Decimal("".join(str(cues.CN_DIGITS[ch]) for ch in text))
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in cues.CN_DIGITS:
            if digit not in (None, 0) and cues.CN_DIGITS[ch] != 0:
                return None  # two digits in a row inside a positional numeral
            digit = cues.CN_DIGITS[ch]
        elif ch in cues.CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * cues.CN_SMALL_UNITS[ch]
            digit = None
        else:  # 万 or 亿
            section += digit or 0
            if section == 0:
                return None  # 万万, or a big unit with nothing before it
            if cues.CN_BIG_UNITS[ch] == 10**8:
                total = (total + section) * 10**8
            else:
                total += section * 10**4
            section, digit = 0, None
    return Decimal(total + section + (digit or 0))


def parse_number(text: str) -> Decimal | None:
    """Value of an Arabic (1,234.5, full-width too) or Chinese numeral; None if not one."""
    scan = _scan_of(text).strip()
    if _AR_NUM_RE.fullmatch(scan):
        try:
            return Decimal(scan.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits only digits
            return None
    return parse_chinese_numeral(scan)


def _to_float(value: Decimal) -> float:
    return float(value.normalize()) if value == value.to_integral_value() else float(value)


# --- periods -----------------------------------------------------------------------------


def year_period(year: int) -> tuple[date, date]:
    """The whole of `year` as a period: its first and last day (what 2023年, a 2023年度
    report or a 2023 budget's columns are about)."""
    return date(year, 1, 1), date(year, 12, 31)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int | None, month: int, day: int | None = None, *,
               end: bool = False) -> date | None:
    if year is None or not 1 <= month <= 12:
        return None
    try:
        if day is None:
            return _month_end(year, month) if end else date(year, month, 1)
        return date(year, month, day)
    except ValueError:
        return None


def _year_value(text: str) -> int | None:
    number = parse_number(text)
    if number is None or not 1900 <= number <= 2100:
        return None
    return int(number)


_PERIOD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("date_range", rf"(?P<y1>{_YEAR})\s*年\s*(?P<m1>\d{{1,2}})\s*月\s*(?P<d1>\d{{1,2}})\s*日"
                       rf"\s*(?:{_RANGE_SEP})\s*(?P<y2>{_YEAR})\s*年\s*(?P<m2>\d{{1,2}})\s*月"
                       rf"\s*(?P<d2>\d{{1,2}})\s*日"),
        ("full_date", rf"(?P<cut>截至|截止到?|到)?\s*(?P<y>{_YEAR})\s*年\s*(?P<m>\d{{1,2}})\s*月"
                      rf"\s*(?P<d>\d{{1,2}})\s*日(?P<before>前)?"),
        ("iso_date", r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
        # 2021年1-7月, 2020年1至10月, 2022年1月-12月: the months of the year written, not the
        # document's
        ("year_month_range", rf"(?P<y>{_YEAR})\s*年\s*"
                             rf"(?P<m1>\d{{1,2}}|[{_CN_DIGIT_CHARS}十]{{1,2}})\s*月?\s*(?:{_RANGE_SEP})"
                             rf"\s*(?P<m2>\d{{1,2}}|[{_CN_DIGIT_CHARS}十]{{1,3}})\s*月(?:份)?"),
        ("year_month", rf"(?P<cut>截至|截止到?|到)?\s*(?P<y>{_YEAR})\s*年\s*(?P<m>\d{{1,2}})\s*月"
                       r"(?P<tail>底|末|份)?(?P<before>前)?"),
        ("year_range", rf"(?P<y1>{_YEAR})\s*(?:{_RANGE_SEP})\s*(?P<y2>{_YEAR})\s*年"),
        ("year", rf"(?P<cut>到|至)?\s*(?P<y>{_YEAR})\s*年(?:度)?(?P<half>上半年|下半年)?"
                 r"(?P<yend>底|末)?"),
        ("month_range", rf"(?P<m1>\d{{1,2}}|[{_CN_DIGIT_CHARS}十]{{1,2}})\s*月?"
                        rf"\s*(?:{_RANGE_SEP})\s*"
                        rf"(?P<m2>\d{{1,2}}|[{_CN_DIGIT_CHARS}十]{{1,3}})\s*月(?:份)?"),
        ("month_day", r"(?P<cut>截至|截止到?)?\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                      r"(?P<before>前)?"),
        ("month", r"(?P<cut>截至|截止到?)?\s*(?<![\d.每])(?P<m>\d{1,2})\s*月"
                  r"(?P<tail>底|末|份|中旬|上旬|下旬)?(?P<before>前)?"),
        ("time", r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"),
    )
)
_NAMED_RE = re.compile(
    "|".join(re.escape(k) for k in _longest_first(
        [*cues.NAMED_PERIODS, *cues.FIVE_YEAR_PLANS, *cues.DEADLINE_PERIODS]))
)
#: Every period pattern needs one of these (年, 月, 日, a time's colon, an ISO date's
#: year and separator, a named period's first character): text with none holds no
#: period, and find_periods, asked of every table cell, returns at once.
_PERIOD_MATERIAL = re.compile(r"\d{4}[-/.]\d|[" + re.escape("".join(sorted(
    set("年月日:") | {k[0] for k in (*cues.NAMED_PERIODS, *cues.FIVE_YEAR_PLANS,
                                      *cues.DEADLINE_PERIODS)}))) + "]")
_START_WORDS_LF = _longest_first(cues.PERIOD_START_WORDS)
#: 起数, 起火 …: a 起 followed by these is a word, not "starting from" (a tuple, so that
#: the end of the text, "", is not taken for one).
_QI_CONTINUATIONS = tuple(cues.UNIT_WORD_CONTINUATIONS["起"])


def _start_word_after(scan: str, end: int) -> str | None:
    """开始/以来/起 right after a date (2020年1月1日起), not the 起 of 起数."""
    word = _match_at(scan, end, _START_WORDS_LF)
    if word == "起" and scan[end + 1 : end + 2] in _QI_CONTINUATIONS:
        return None
    return word


#: What follows a year that a clause is about (2024年是…, 2023年,全县…).
YEAR_AS_SUBJECT: tuple[str, ...] = ("是", ",", "，")


def _year_opening(scan: str, found: list[Period], before: int) -> int | None:
    """The year of the last whole year written at the start of a sentence before `before`,
    or of a clause it is the subject of (…指出,2024年是…; 2023年,全县…), or None."""
    for period in sorted(found, key=lambda p: p.start, reverse=True):
        if period.start >= before:
            continue
        first, last = period.period_start, period.period_end
        whole_year = first is not None and last is not None and first.year == last.year \
            and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        opening = scan[: period.start].rstrip(" \t")
        subject = scan[period.end : period.end + 1] in YEAR_AS_SUBJECT
        if whole_year and (not opening or opening[-1] in cues.FULL_STOPS
                           or (subject and opening[-1] in cues.CLAUSE_BREAKS)):
            return first.year if first is not None else None
    return None


def find_periods(text: str, *, year: int | None = None,
                 reported_by: date | None = None) -> list[Period]:
    """Every period or date expression in `text`; `year` resolves 1-9月, 上半年, 今年 …
    With `reported_by` (the publication date of a report of results), a yearless range of
    months that would not be over by then is of the year before: 1-12月 in a summary
    published in February 2024 is 2023's."""
    scan = _scan_of(text)
    if _PERIOD_MATERIAL.search(scan) is None:
        return []
    return list(_periods(text, scan, year, reported_by))


def whole_period(text: str) -> tuple[date, date] | None:
    """The first period in `text` with both its ends (a heading's 2020年…, a column's
    2020年目标值, 2024年上半年 → its first half), None when it names none."""
    for period in find_periods(text):
        if period.period_start is not None and period.period_end is not None:
            return period.period_start, period.period_end
    return None


#: The characters each period pattern needs (prefilter.py): a text without is not searched.
_PERIOD_NEEDS = tuple(needed(pattern) for _, pattern in _PERIOD_PATTERNS)


#: A whole year estimated (预计全年, 预计,全年) in a report out by February is the year just
#: ended: no report estimates a year that has only begun.
ESTIMATED_YEAR_WORDS = frozenset({"全年"})
ESTIMATE_BEFORE = re.compile(r"预计[,，:：]?\s*$")
ESTIMATED_YEAR_LAST_MONTH = 2


#: Units a gap between two rates is said in (…增长15%,高于目标7.5个百分点).
GAP_UNITS = frozenset({"百分点"})


@lru_cache(maxsize=8192)
def _periods(text: str, scan: str, year: int | None,
             reported_by: date | None) -> tuple[Period, ...]:
    """find_periods' scan, cached: table cells and labels repeat their texts (Period is
    frozen; every caller gets a list of its own)."""
    taken = bytearray(len(text))
    found: list[Period] = []

    def add(start: int, end: int, first: date | None, last: date | None) -> None:
        if any(taken[start:end]):
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(Period(start, end, text[start:end], first, last))

    for (name, pattern), need in zip(_PERIOD_PATTERNS, _PERIOD_NEEDS, strict=True):
        if need is not None and need.search(scan) is None:
            continue
        for m in pattern.finditer(scan):
            start, end = m.start(), m.end()
            while start < end and scan[start].isspace():
                start += 1
            g = m.groupdict()
            first = last = None
            if name == "date_range":
                first = _safe_date(_year_value(g["y1"]), int(g["m1"]), int(g["d1"]))
                last = _safe_date(_year_value(g["y2"]), int(g["m2"]), int(g["d2"]))
            elif name in ("full_date", "iso_date", "month_day"):
                y = _year_value(g["y"]) if g.get("y") else year
                day = _safe_date(y, int(g["m"]), int(g["d"]))
                if g.get("cut") or g.get("before"):
                    first, last = None, day
                else:
                    first = last = day
            elif name in ("year_month", "month"):
                y = _year_value(g["y"]) if g.get("y") else year
                month = int(g["m"])
                if not 1 <= month <= 12:
                    continue
                last = _safe_date(y, month, end=True)
                cut = g.get("cut") or g.get("before") or (g.get("tail") in ("底", "末"))
                first = None if cut else _safe_date(y, month)
            elif name == "year_range":
                y1, y2 = _year_value(g["y1"]), _year_value(g["y2"])
                if y1 is None or y2 is None:
                    continue
                first, last = date(y1, 1, 1), date(y2, 12, 31)
            elif name == "year":
                y = _year_value(g["y"])
                if y is None:
                    continue
                months = cues.NAMED_PERIODS.get(g.get("half") or "全年", (1, 12))
                first, last = date(y, months[0], 1), _month_end(y, months[1])
                if g.get("cut") or g.get("yend"):
                    first = None
            elif name in ("month_range", "year_month_range"):
                m1, m2 = parse_number(g["m1"]), parse_number(g["m2"])
                if m1 is None or m2 is None or not 1 <= m1 <= m2 <= 12:
                    continue
                y = _year_value(g["y"]) if g.get("y") else year
                ends = _safe_date(y, int(m2), end=True)
                if y is not None and ends is not None and reported_by is not None \
                        and ends > reported_by and not g.get("y"):
                    y -= 1
                first = _safe_date(y, int(m1))
                last = _safe_date(y, int(m2), end=True)
            if name != "time" and first is not None:
                word = _start_word_after(scan, end)
                if word:  # an open period: 2020年1月1日起, 3月以来
                    end, last = end + len(word), None
            add(start, end, first, last)
    for m in _NAMED_RE.finditer(scan):
        word = m.group()
        if word in cues.DEADLINE_PERIODS:
            last = _month_end(year, cues.DEADLINE_PERIODS[word]) if year is not None else None
            add(m.start(), m.end(), None, last)
        elif word in cues.FIVE_YEAR_PLANS:
            y1, y2 = cues.FIVE_YEAR_PLANS[word]
            tail = next((t for t in cues.PLAN_END_WORDS if scan.startswith(t, m.end())), "")
            if tail:  # 十二五末: the plan's last year
                add(m.start(), m.end() + len(tail), date(y2, 1, 1), date(y2, 12, 31))
            else:
                add(m.start(), m.end(), date(y1, 1, 1), date(y2, 12, 31))
        elif year is not None or found:
            # 2024年是…关键一年。…全年完成地区生产总值112.96亿元: the year a sentence before
            # opened on, not the document's
            opened = word not in cues.DOCUMENT_YEAR_WORDS and _year_opening(scan, found,
                                                                             m.start())
            y = opened or year
            if y is not None and not opened and reported_by is not None \
                    and reported_by.month <= ESTIMATED_YEAR_LAST_MONTH \
                    and word in ESTIMATED_YEAR_WORDS \
                    and ESTIMATE_BEFORE.search(scan, max(0, m.start() - 4), m.start()):
                y = reported_by.year - 1  # 预计,全年实现…, out in January: the year just ended
            if y is None:
                add(m.start(), m.end(), None, None)
                continue
            first_month, last_month = cues.NAMED_PERIODS[word]
            add(m.start(), m.end(), date(y, first_month, 1), _month_end(y, last_month))
        else:
            add(m.start(), m.end(), None, None)
    found.sort(key=lambda p: p.start)
    return tuple(found)


# --- things that look like numbers but are not values -------------------------------------

#: What a money size class stands before when it is part of a name (500万元以上项目).
SIZE_CLASSED: tuple[str, ...] = ("项目", "工业企业", "企业", "重点项目", "产业项目", "工业项目",
                                 # 单价20万元(含)以上的设备63台(套): a 决算's asset class
                                 "设备", "通用设备", "专用设备", "大型设备")
#: What a herd or farm size class stands before when it is part of a name (50头以上养殖户).
HOLDER_CLASSED: tuple[str, ...] = ("养殖户", "养殖场", "规模养殖", "大户", "种植大户", "种植户",
                                   "家庭农场", "合作社", "农户")
_NOT_VALUE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        r"[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d*\s*号?",  # document numbers 〔2021〕18号
        r"(?<!\d)0\d{2,3}\s*-\s*\d{7,8}(?!\d)",  # landline 0571-88888888
        r"(?<![\d.])1[3-9]\d{9}(?![\d.,%‰万亿千百]|\s*(?:人|家|元|起|次|个|项|处))",  # mobile
        r"(?<![\d.])\d{1,2}\s*时\s*(?:\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?|许)?",  # 16时30分
        r"(?:电话|传真|联系方式|Tel|TEL)\s*[:：]?\s*[\d\-\s]{5,}",
        r"第\s*(?:\d+|[" + _CN_NUMERAL_CHARS + r"]+)",  # ordinals 第三条, 第5期
        r"[(（]\s*(?:\d{1,2}|[" + _CN_NUMERAL_CHARS + r"]{1,3})\s*[)）]",  # (2) （一）
        # a spending line's classification code: 社会保障和就业支出(208类), (2080501项)
        r"[(（]\s*\d{3,7}\s*[类款项]\s*[)）]",
        # 1. 一、 1、 — not the decimals of 0.5、2.7 (a run of figures)
        r"(?<![\d.])(?:\d+|[" + _CN_NUMERAL_CHARS + r"]{1,3})\s*(?:[、]|\.(?!\d))",
        r"\d+(?:\s*\+\s*(?:\d+|[A-Za-z]))+|[A-Za-z]\s*\+\s*\d+",  # 1+X, 3+9
        # PM2.5, GB50016, ICP123 (but GDP43.6亿元 is GDP's figure)
        r"(?<![A-Za-z])(?!(?:GDP|CPI|PPI|PMI)\d)[A-Za-z][A-Za-z0-9.\-_]*\d[A-Za-z0-9.\-_]*",
        r"“\s*\d+(?:\.\d+)*\s*”",  # “12.1”事故 — a date used as a name
        # an air pollutant's measure names its averaging time and percentile: 臭氧日最大8小时
        # 平均浓度, 一氧化碳24小时平均95百分位数 (not 24小时值班: a duty, said in passing)
        r"(?<![\d.])\d{1,2}\s*小时(?=\s*(?:滑动)?(?:平均|均值)|\s*值(?![班守勤]))",
        r"(?<![\d.])\d{2}\s*百分位",
        # bus routes by number: 完成8路、12路和夜10路公交线路优化
        r"夜?\d{1,3}路(?=[、和及与]|公交|公共汽车|专线)",
        # a project's phase in its name: 华南快速路二期工程, 3期项目, …水系建设二期(张坂镇…),
        # 九龙江防洪工程漳州段(二期)
        r"(?:\d{1,2}|[" + _CN_NUMERAL_CHARS + r"]{1,2})\s*期(?=工程|项目|建设|改造|扩建)",
        # 产业园区二期149.5亩, 铁路桥下空间三期完成竣工验收 (a count of issues is written in
        # digits: 已召开4期(10月中旬…); a run of them is held: 举办培训班三期)
        r"(?<=[建设段线区路道程园站港桥馆间厂场楼目(（])\s*[" + _CN_NUMERAL_CHARS + r"]{1,2}\s*期",
        # …园入驻7家企业,二期9.29万平方米厂房: a phase whose figure follows
        r"[" + _CN_NUMERAL_CHARS + r"]{1,2}期(?=\d)",
        # 巴克斯二期, 合兴三期, 实现一期、二期、三期全线贯通: a phase in words is a project's,
        # whoever owns it; only a run of sessions is counted so (举办培训班三期)
        r"(?<![班训会课])[" + _CN_NUMERAL_CHARS + r"]{1,2}\s*期(?![间限末中内])",
        r"[" + _CN_NUMERAL_CHARS + r"]+(?=[大是类化级])",  # 三大改革, 一是, 四类, 一体化
        r"三次产业",  # the three sectors, not 3 times
        r"[八十]项规定",  # 中央八项规定, 省市十项规定 (精神): a rule's name, not 8 项
        # 建立…四项制度, 十项工作机制: the rules set up, named by how many (no result)
        r"[" + _CN_NUMERAL_CHARS + r"]{1,2}项(?=(?:工作)?(?:制度|机制))",
        r"二轮(?=土地|延包|承包)",  # 第二轮土地延包: a policy's round, not 2 rounds
        # 稳增长26条: a policy package's name (出台政策措施26条 is counted)
        r"(?<=稳增长|稳经济|稳就业|促消费|稳外贸|稳投资)\s*\d+\s*条",
        r"两条底线|两件大事",  # 守住发展和安全两条底线: a slogan's number
        # 十三届全国人大二次会议, 省第十三次党代会: a session's ordinal, not a count
        r"[" + _CN_NUMERAL_CHARS + r"]{1,3}次(?:[、和及]\s*[" + _CN_NUMERAL_CHARS
        + r"]{1,3}次)*(?:会议|全会|全体会议|党代会|代表大会)",
        # a streak or a stretch said in passing: 连续37个月未发生, 近3年来
        r"(?:连续|近)\s*(?:\d+|[" + _CN_NUMERAL_CHARS + r"]{1,3})\s*(?:个月|年|天|周)",
        r"前\s*(?:\d+|[" + _CN_NUMERAL_CHARS + r"]{1,3})\s*(?:位|名|强)",  # rankings 前40位
        r"(?:\d+|[" + _CN_NUMERAL_CHARS + r"]{1,3})\s*周年",  # anniversaries 70周年
        # an office in a numbered list of a body's units (4.公诉一处 / 5.公诉二处): its name
        r"(?m:^\s*\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff]{1,12}?[一二三四五六七八九十]处\s*$)",
        # a named set of policies or tasks (十项重点任务, 八条政策措施, “七个加力提效”): its
        # name, written in Chinese numerals, not a count
        r"[" + _CN_NUMERAL_CHARS + r"]{1,3}[项条大个](?=[“\"]?(?:重点)?(?:工作|任务|政策|措施"
        r"|举措|行动|规定|原则|机制|制度|攻坚|硬仗|改革|加力|专项行动))",
        # a year's programme named by its number (十件民生实事, “十件民生实事”进展情况): its
        # name in Chinese numerals (dev labels: 19 of 21 not a value; 12件 in digits counts,
        # and so do those a doing sets out: 为民办好十件实事:)
        r"(?<!办好)(?<!确定)(?<!实施)(?<!推出)(?<!兴办)(?<!办)"
        r"[" + _CN_NUMERAL_CHARS + r"]{1,3}件"
        r"(?=[“\"]?(?:重点)?(?:民生实事|惠民实事|为民办实事|实事))",
        # an age bounding the group named right after it: 35-64岁妇女, 65岁及以上老年人, and
        # each of a list of such ages (0-17岁、18-34岁、…户籍人口)
        r"\d{1,3}\s*(?:[-—~～至到]\s*\d{1,3}\s*)?(?:周)?岁(?:及以上|以上|以下|及以下)?"
        r"(?=[\u4e00-\u9fff]|、\s*\d{1,3}\s*(?:[-—~～至到]\s*\d{1,3}\s*)?(?:周)?岁)"
        r"(?![及以上下])",
        # a size class in a name: 500万元以上项目累计投资, 10至500万元项目, 2000万元及以上企业,
        # 总投资超30亿元或3亿美元产业项目 (in either currency)
        r"(?:\d+(?:\.\d+)?\s*[至到~～\-—]\s*)?\d+(?:\.\d+)?\s*[万亿]?美?元\s*(?:[(（]含[)）])?\s*"
        r"(?:(?:及以上|以上|及以下|以下)的?)?"
        r"(?:或\s*\d+(?:\.\d+)?\s*[万亿]?美?元\s*(?:(?:及以上|以上)的?)?)?"
        r"(?=(?:" + "|".join(SIZE_CLASSED) + r"))",
        # a herd or farm size class in a name: 肉牛存栏50头以上养殖户, 100亩以上种植大户, and a
        # list of classes of one kind of holder (100亩以上、50亩以上、30亩以上的种粮大户)
        r"\d+(?:\.\d+)?\s*(?:头|只|羽|亩)\s*(?:及以上|以上)"
        r"(?=(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*(?:头|只|羽|亩)\s*(?:及以上|以上))*\s*的?"
        r"[\u4e00-\u9fff]{0,2}?(?:" + "|".join(HOLDER_CLASSED) + r"))",
        r"[两二三四]轮(?=车|摩托|电动|汽车)",  # 三轮车: a kind of vehicle, not 3 rounds
        r"\d{1,2}\s*人制",  # 3人制篮球场: a game's format, not 3 people
        r"二次(?=结构|装修|供水|加压|污染)",  # 二次结构施工: a stage of works, not twice
        r"\d+(?:\.\d+)?\s*(?:千伏|kV|KV|kv)",  # equipment specs 500千伏 (a line's voltage)
        # the share of a tax a level keeps, in a name: 增值税收入(50%部分)672890万元
        r"(?<=[(（])\d+(?:\.\d+)?\s*%\s*部分(?=[)）])",
        # administrative units a figure after them in their clause is of (全年43个行政村村集体
        # 经济总收入达7526万元): the scope of that figure, no count of its own
        r"(?<![\d.])\d+\s*个\s*(?:行政村|村)(?=村集体|村级)",
        # a band a count is of (30万以上32个村, 注册资金在1000万以上的200家): the band is no
        # value, the count is
        r"\d+(?:\.\d+)?\s*[万亿]?元?\s*(?:及以上|以上|及以下|以下)(?=\s*的?\s*\d+\s*[个家户])",
        # administrative units named in passing (全县辖7个镇、3个乡; 全省16个市): not a result
        # (but those of a band, 30万以上32个村, are counted)
        r"(?<!以上)(?<!以下)(?<![\d.])(?:\d+|[" + _CN_NUMERAL_CHARS + r"]{1,3})\s*个\s*"
        r"(?:省|市|县|区|镇|乡|村|街道|社区|乡镇"
        r"|镇街|村居|行政村|自然村|地市|县区|县市区|旗县区)(?=[、,，。;；]|$)",
        # …the whole's units as the group a ranking or an "all" is said of (全省16个市均实现
        # 增长, 全市20个区县排名第4, 全市12个县区中有8个), unless a doing is done to them (在完成
        # 全市147个乡镇…); a list of them (全市15个区县市、191个乡镇…) counts what is covered
        r"(?<!完成)(?<!覆盖)(?<!实现)(?<!建成)(?<!创建)全?[省市县区州盟旗国]?\s*"
        r"(?<![\d.])(?:\d+|[" + _CN_NUMERAL_CHARS + r"]{1,3})\s*个\s*"
        r"(?:省份|省|市州|地市|市|县市区|县区|区县|县|区|乡镇|镇街|镇|乡|街道"
        r"|重点城市|国考城市|城市)"
        r"(?=\s*(?:中|排|位居|位列|并列|均|都|全部|范围内))",
        # the cities a province's figure is of (全省14个地级城市优良天数比例为82.8%, 全省17个重点
        # 城市PM2.5浓度累计均值为34μg/m3, (13个国考城市均值为86.2%)): its scope
        r"(?:(?<=全省|全区|全国)|(?<=[(（]))\s*\d+\s*个\s*"
        r"(?:地级及以上城市|地级城市|地级市|地州市|市州|重点城市|国考城市|城市)"
        r"(?=[\u4e00-\u9fffA-Za-z])",
        # …and its counties or districts, a figure following in the clause (全省77个县(市)
        # 实现生产总值2135.01亿元): their total's scope (not 全省12个县实现脱贫摘帽, a result)
        r"(?<=全省|全市|全区|全国|全州)\s*\d+\s*个\s*"
        r"(?:县[(（]市[)）]|县[(（]市、区[)）]|县市区|县市|县区|区县|市州|地市|县|区)"
        # (not a list of what is covered: 全市15个区县市、191个乡镇…落实防汛责任人47009名)
        r"(?![县市区、])(?=[^,，。;；、\d]{1,20}\d)",
    )
)


#: A title in 《》 names a document; its numbers and dates are not values or periods.
_TITLE_RE = re.compile(r"《[^《》\n]{1,120}》")
#: …but a plan may list its tasks in 《》 (《城镇新增就业2000人以上》《建成幼儿园3所,新增园位
#: 1000个以上》): a title opening on a doing, holding a figure with a unit and naming no
#: kind of document is a task, and its figures are values.
_TASK_TITLE_START = re.compile(r"^(?:城镇新增|新增|新建|建成|建设|完成|实施|维修|改造|开展|为|"
                               r"培训|发放|提供|实现|推进|打造|创建)")
_DOCUMENT_KINDS = ("方案", "通知", "报告", "规划", "办法", "意见", "条例", "决定", "纲要",
                   "计划", "细则", "规定", "标准", "公报", "法", "要点", "指南", "目录")
_FIGURE_WITH_UNIT = re.compile(r"\d+(?:\.\d+)?\s*[^\d\s.,，、;；]")


def _is_task_title(inner: str) -> bool:
    return bool(_TASK_TITLE_START.match(inner)) and not inner.endswith(_DOCUMENT_KINDS) \
        and _FIGURE_WITH_UNIT.search(inner) is not None


def in_task_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a task listed in 《》 (a plan's goal)."""
    open_at = text.rfind("《", 0, start)
    close_at = text.find("》", end)
    return open_at >= 0 and close_at >= 0 and "》" not in text[open_at:start] \
        and "《" not in text[end:close_at] and _is_task_title(text[open_at + 1 : close_at])


def _title_mask(scan: str) -> bytearray:
    mask = bytearray(len(scan))
    for m in _TITLE_RE.finditer(scan):
        if _is_task_title(m.group()[1:-1]):
            continue
        mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return mask


#: Words before a share of a whole (占调整预算的100%, 占全市比重为7.0%).
_SHARE_BEFORE = re.compile(r"占[^,，。;；\d]{0,16}?(?:的|比重|比例)?(?:为|达到|达)?$"
                           # 完成全年总量目标的107%: the share of a goal reached
                           r"|(?:完成|达到|实现)[^,，。;；\d]{0,12}?(?:目标|任务|计划)(?:任务)?的$")


def _is_share(scan: str, value: ValueSpan) -> bool:
    return value.unit == "%" and bool(_SHARE_BEFORE.search(scan, max(0, value.start - 20),
                                                            value.start))


def _closed_bracket_between(scan: str, start: int, end: int) -> bool:
    """Whether a bracket open at `start` closes before `end`: a value inside a breakdown
    (事故14起(道路交通事故12起、建筑施工2起),同比下降26.3%) is not what a change after the
    bracket is about."""
    depth = 0
    for ch in scan[start:end]:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth < 0:
                return True
    return False


def _blocked_mask(scan: str, periods: list[Period], titles: bytearray) -> bytearray:
    """Where no value may start: titles (document names in 《》), periods, and the
    patterns that look like values but are not."""
    mask = bytearray(titles)
    for period in periods:
        mask[period.start : period.end] = b"\x01" * (period.end - period.start)
    for start, end in _not_value_spans(scan):
        mask[start:end] = b"\x01" * (end - start)
    return mask


#: Any of _NOT_VALUE_PATTERNS (one alternation matches wherever one of them does): most
#: texts have none, found in one search instead of 25.
_ANY_NOT_VALUE = re.compile("|".join(f"(?:{p.pattern})" for p in _NOT_VALUE_PATTERNS))
#: The characters each of them needs (prefilter.py): a text without is not searched.
_NOT_VALUE_NEEDS = tuple(needed(pattern) for pattern in _NOT_VALUE_PATTERNS)


@lru_cache(maxsize=8192)
def _not_value_spans(scan: str) -> tuple[tuple[int, int], ...]:
    """Where _NOT_VALUE_PATTERNS match `scan`; cached, as half the texts scanned are table
    cells said again (合计, 100%, ≥95%) and the patterns take most of _blocked_mask."""
    if _ANY_NOT_VALUE.search(scan) is None:
        return ()
    return tuple((m.start(), m.end())
                 for pattern, need in zip(_NOT_VALUE_PATTERNS, _NOT_VALUE_NEEDS, strict=True)
                 if need is None or need.search(scan) for m in pattern.finditer(scan))


# --- reading one value around a number -----------------------------------------------------


def _match_at(scan: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The first of `words` (in their order) written at `pos`, or None."""
    m = _alternation(words).match(scan, pos)
    return m.group() if m else None


def _match_before(scan: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The first of `words` (in their order) that ends at `pos`, or None."""
    if pos <= 0:
        return None
    for word in _by_last_char(words).get(scan[pos - 1], ()):
        if pos >= len(word) and scan.startswith(word, pos - len(word)):
            return word
    return None


# The value scan asks these two at almost every number; the word lists are module
# constants, so each is compiled once (keyed by identity, checked, as tuples do not cache
# their hash). A regex alternation tries its branches in order: the same first word wins.
_ALTERNATIONS: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
_LAST_CHARS: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    cached = _ALTERNATIONS.get(id(words))
    if cached is None or cached[0] is not words:
        pattern = re.compile("|".join(map(re.escape, words)) if words else r"(?!)")
        cached = _ALTERNATIONS[id(words)] = (words, pattern)
    return cached[1]


def _by_last_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    cached = _LAST_CHARS.get(id(words))
    if cached is None or cached[0] is not words:
        table: dict[str, list[str]] = {}
        for word in words:
            if word:
                table.setdefault(word[-1], []).append(word)
        cached = _LAST_CHARS[id(words)] = (words, {k: tuple(v) for k, v in table.items()})
    return cached[1]


def _skip_spaces(scan: str, pos: int) -> int:
    while pos < len(scan) and scan[pos] == " ":
        pos += 1
    return pos


def _skip_spaces_back(scan: str, pos: int) -> int:
    while pos > 0 and scan[pos - 1] == " ":
        pos -= 1
    return pos


@dataclass(slots=True)
class _Core:
    """A number with what follows it: 20余万人次 → 20, approx, ×1e4, 人次."""

    number: Decimal
    end: int
    unit: str = ""
    factor: Decimal = Decimal(1)
    approx: bool = False
    has_multiplier: bool = False
    chinese: bool = False


def _bracketed_unit(scan: str, pos: int) -> tuple[str | None, str, int] | None:
    """A unit in brackets right after the number, as 绩效目标表 cells write it:
    ≥320.00(个), =100.00(%), =3.00(万人次); (multiplier or None, unit, position after
    the closing bracket), or None."""
    if not scan.startswith(("(", "（"), pos):
        return None
    multiplier = _match_at(scan, pos + 1, _MULTIPLIERS_LF)
    inner = pos + 1 + (len(multiplier) if multiplier else 0)
    unit = _read_unit(scan, inner)
    if unit is None and multiplier:  # (万元) is a unit of its own
        multiplier, unit = None, _read_unit(scan, pos + 1)
    if unit is None or not scan.startswith((")", "）"), unit[1]):
        return None
    return multiplier, unit[0], unit[1] + 1


def _read_unit(scan: str, pos: int) -> tuple[str, int] | None:
    """The unit written at `pos` and the position after it, or None."""
    # 3个多月: the approximation sits between the classifier and the measure word.
    if scan.startswith("个", pos):
        inner = pos + 1
        approx_inner = _match_at(scan, inner, cues.APPROX_INFIXES)
        if approx_inner:
            rest = _match_at(scan, inner + 1, ("月", "小时", "工作日", "百分点"))
            if rest:
                return "个" + rest, inner + 1 + len(rest)
    word = _match_at(scan, pos, _UNITS_LF)
    while word is not None:
        follower = scan[pos + len(word) : pos + len(word) + 1]
        if not (follower and follower in cues.UNIT_WORD_CONTINUATIONS.get(word[-1], "")) \
                or (scan[pos - 1 : pos].isdigit()  # (统筹发展与安全两项目标: a phrase)
                    and scan.startswith(cues.UNIT_BEFORE_WORDS.get(word, ()), pos + len(word))):
            return word, pos + len(word)
        # the longest unit starts another word (3个点位): a shorter one may still be it
        word = next((w for w in _UNITS_LF if len(w) < len(word) and scan.startswith(w, pos)),
                    None)
    return None


def _read_core(scan: str, m: re.Match[str]) -> _Core | None:
    chinese = m.group("cn") is not None
    token = m.group()
    if chinese and token == "一":
        return None
    number = parse_number(token)
    if number is None:
        return None
    core = _Core(number=number, end=m.end(), chinese=chinese)
    pos = _skip_spaces(scan, m.end())
    for _ in range(2):  # 20余万 / 5万余
        if _match_at(scan, pos, cues.APPROX_INFIXES) and not _match_at(scan, pos, ("多元",)):
            # 余/多 only count as approximation when a multiplier or unit follows.
            after = pos + 1
            if _match_at(scan, after, _MULTIPLIERS_LF) or _read_unit(scan, after):
                core.approx = True
                pos = after
                continue
        multiplier = None if core.has_multiplier else _match_at(scan, pos, _MULTIPLIERS_LF)
        if multiplier == "千" and (
            _match_at(scan, pos, ("千米", "千克", "千瓦"))  # a unit, not a multiplier
            or not (_read_unit(scan, pos + 1) or _match_at(scan, pos + 1, cues.APPROX_INFIXES))
        ):
            break  # a bare 千 after a number (3千 alone) is rarely a multiplier
        if multiplier:
            core.factor *= cues.MULTIPLIERS[multiplier]
            core.has_multiplier = True
            pos += len(multiplier)
            continue
        break
    pos = _skip_spaces(scan, pos)
    unit = _read_unit(scan, pos)
    bracketed = None if unit or chinese or core.has_multiplier else _bracketed_unit(scan, pos)
    if bracketed is not None:
        multiplier, written, after = bracketed
        if multiplier:
            core.factor *= cues.MULTIPLIERS[multiplier]
            core.has_multiplier = True
        unit = (written, after)
    if unit is not None:
        unit_start, (written, pos) = pos, unit
        if pos - unit_start > len(written) and bracketed is None:
            core.approx = True  # 3个多月: the 多 sits inside the unit
        canonical, factor = cues.UNITS[written]
        if chinese and not core.has_multiplier and written not in cues.CN_NUMERAL_UNITS and (
                written not in cues.CN_NUMERAL_UNITS_FROM_TEN or number < 10):
            return None
        if scan.startswith(PER_MARKS, pos):
            per = _match_at(scan, pos + 1, _PER_UNITS_LF)
            if per:  # 2次/年, 50元/吨, 3100元每平方米
                canonical = f"{canonical}/{cues.PER_UNIT_SPELLINGS.get(per, per)}"
                pos += 1 + len(per)
                then = _match_at(scan, pos + 1, _PER_UNITS_LF) \
                    if scan.startswith(cues.PER_UNIT_JOINERS, pos) else None
                if then:  # 744元/人·月: per person and month
                    canonical = f"{canonical}{cues.PER_UNIT_JOIN}{then}"
                    pos += 1 + len(then)
        core.unit = canonical
        core.factor *= Decimal(str(factor))
        core.end = pos
    elif chinese and not core.has_multiplier:
        return None
    else:
        core.end = pos if core.has_multiplier or core.approx else m.end()
    return core


#: What stands between a unit and the unit it is per: 50元/吨, 3100元每平方米.
PER_MARKS = ("/", "每")


def _comparator_after(scan: str, pos: int, unit: str) -> tuple[str, int] | None:
    word = _match_at(scan, pos, _SUFFIX_LF)
    if word is None:
        return None
    if word == "内" and unit not in _TIME_UNITS:
        return None
    if word in cues.APPROX_INFIXES:
        follower = scan[pos + 1 : pos + 2]
        if follower and follower not in _CLAUSE_ENDS:
            return None  # 多 of 多部门, 余 of 其余
    return cues.COMPARATOR_SUFFIXES[word], pos + len(word)


_CHANGE_BY_EXAMPLES = re.compile(
    r"(?P<verb>增加|减少|增长|下降|提高|降低)[^,，。;；:：\d]*、[^,，。;；:：\d]*等$")


#: The basis a signed growth rate is written right after (同比-6.2%, 同比分别-6.2%).
_SIGNED_RATE_BASIS = re.compile(r"(?P<basis>同比|环比|比上年|较上年)(?:分别)?(?:为)?[-−－+]$")
#: …and an unsigned percentage right after 同比/环比 (同比5.9%): growth, the verb left out.
_BARE_RATE_BASIS = re.compile(r"(?P<basis>同比|环比)(?:分别)?$")


#: A percentage right at a position (7%, -2.5%).
_PERCENT_AT = re.compile(r"[-−+]?\d+(?:\.\d+)?%")
#: A particle between a change verb and its figure (减少了1237.7万元, 增长了12%).
CHANGE_PARTICLES = "了"


def _change_before(scan: str, pos: int, floor: int = 0) -> tuple[str, str | None, int] | None:
    """(direction, basis, start) of a change verb (and its basis) ending at `pos`, never
    reaching back before `floor` (the end of the value before)."""
    verb = _match_before(scan, pos, _CHANGE_LF)
    if verb is None and pos > floor and scan[pos - 1] in CHANGE_PARTICLES:
        verb = _match_before(scan, pos - 1, _CHANGE_LF)  # 减少了1237.7万元
        pos = pos - 1 if verb else pos
    if verb is None:
        link = _match_before(scan, pos, cues.CHANGE_LINKS)
        if link and pos - len(link) > floor:
            # 同比增长仅为1.2%, 下降仅0.5%: the verb, then the figure it grew by
            verb = _match_before(scan, pos - len(link), _CHANGE_LF)
            pos = pos - len(link) if verb else pos
    if verb is None and pos - 1 > floor and scan[pos - 1] in _MINUS_SIGNS \
            and cues.is_han(scan[pos - 2]):
        verb = _match_before(scan, pos - 1, _CHANGE_LF)  # 增长-12.7%: growth below zero
        pos = pos - 1 if verb else pos
    if verb is None:
        # 同比分别-6.2%、-19.3%: a signed rate after its basis is a growth rate
        signed = _SIGNED_RATE_BASIS.search(scan, max(floor, pos - 9), pos)
        if signed is None and _PERCENT_AT.match(scan, pos):
            # 渔业产值2.37亿元,同比5.9%: a bulletin's shorthand of 同比增长5.9%
            signed = _BARE_RATE_BASIS.search(scan, max(floor, pos - 4), pos)
        if signed:
            basis = signed.group("basis")
            return "up", cues.BASIS_ALIASES.get(basis, basis), signed.start()
        return None
    if pos - len(verb) < floor:
        return None
    verb_start = pos - len(verb)
    clause_start = verb_start
    while clause_start > floor and scan[clause_start - 1] not in _CLAUSE_ENDS:
        clause_start -= 1
        if verb_start - clause_start > 16:
            break
    if clause_start > floor + 1 and scan[clause_start - 1] == "”":
        # 较“十三五”末增长135%: a quoted period inside the basis, no clause's end
        open_at = scan.rfind("“", floor, clause_start - 1)
        if open_at > floor and clause_start - 1 - open_at <= QUOTED_BASIS_MAX \
                and scan[open_at - 1] in QUOTED_BASIS_OPENERS:
            clause_start = open_at - 1
    basis, start = None, verb_start
    window = scan[clause_start:verb_start]
    for opener in cues.BASIS_OPENERS:
        at = window.rfind(opener)
        if at != -1:
            basis_text = window[at:].strip()
            if basis_text == "比" and verb in cues.SHORT_BASIS_VERBS:
                basis_text = cues.SHORT_BASIS  # 比增11%: the shorthand of 比上年增长11%
            elif opener in ("较", "比", "与") and len(basis_text) == 1:
                continue
            if opener == "比" and basis_text[1:2] in cues.NOT_BASIS_AFTER_BI:
                continue  # 比重, 比例, 占比: a share, not a comparison
            basis = cues.BASIS_ALIASES.get(basis_text, basis_text)
            start = clause_start + at
            break
    if verb in cues.WEAK_CHANGE_VERBS and basis is None:
        # (生产总值增7%, 农民人均纯收入增10%: a rate after a measure is its growth; so is
        # one right after the measure's level, 生产总值5.17亿元、增7%)
        rate = verb in cues.RATE_WEAK_VERBS and bool(_PERCENT_AT.match(scan, pos)) \
            and verb_start > floor \
            and ((cues.is_han(scan[verb_start - 1])
                  and scan[verb_start - 1] not in cues.NOT_BEFORE_RATE_VERB)
                 or (floor > 0 and scan[floor:verb_start] in ("、", ",", "，")))
        if verb not in cues.CARRIED_WEAK_VERBS or verb_start != clause_start:
            if not rate:
                return None
        else:
            basis = _basis_of_clause_before(scan, clause_start, floor)
            if basis is None and not rate \
                    and not _changes_figure_before(scan, clause_start, pos):
                return None
    if basis is None:
        price = next((w for w in cues.PRICE_BASES if window.endswith(w)), None)
        if price:  # 可比增长4.6%, 现价增长24.2%: the prices the change is at, part of it
            start = verb_start - len(price)
    if basis is not None and basis.startswith(("同比", "环比")) and len(basis) > 2 \
            and basis not in cues.BASIS_ALIASES \
            and not any(word in basis[2:] for word in cues.TIME_WORDS_IN_BASIS) \
            and not basis[2:].startswith(cues.ADVERBS_AFTER_BASIS):
        # 同比事故起数增加2起: what changed stands between the basis and the verb; the
        # change is 增加2起, against 同比, and 事故起数 its name
        basis, start = basis[:2], verb_start
    if basis is not None and basis.startswith("同比") and len(basis) > 2:
        basis = "同比" if basis[2:].startswith(cues.ADVERBS_AFTER_BASIS) \
            else cues.BASIS_ALIASES.get(basis, basis[2:])  # 同比分别下降: against 同比
    return cues.CHANGE_VERBS[verb], basis, start




#: A clause that changes against a basis: 较上年增18.67万元, 比2017年预算数减少0.06万元.
_BASIS_CHANGE = re.compile(
    "(?P<basis>" + "|".join(sorted(cues.BASIS_OPENERS, key=len, reverse=True)) + ")"
    r"[^,，;；。]{0,12}?"
    "(?:" + "|".join(sorted(cues.CHANGE_VERBS, key=len, reverse=True)) + r")[了]?[-−+]?\d")


#: A template's change verb offering both ways (比上年预算增(减)0元, 同比增长(下降)0%): the
#: figure is the change, with no direction.
_EITHER_WAY_BEFORE = re.compile(
    r"(?:同比|环比|(?:比|较|与)(?:上年|去年)(?:预算)?(?:相比)?"
    r"|" + cues.BUDGET_COMPARED + r")?"  # 较预算数增加(减少)0.03万元
    + cues.EITHER_WAY_VERB + r"[了]?$")
#: A clause ending on a figure of its own, right before a clause opening on a weak change
#: verb and a figure in the same unit: 公务用车运行维护费325000元,增72000元 — the figure's
#: change, against no basis said (新增就业1100人,增3个: another count).
_FIGURE_CLAUSE_BEFORE = re.compile(r"\d\s*[万亿]?(?P<unit>[\u4e00-\u9fff]{1,2})[,，]$")
_FIGURE_AT = re.compile(r"[\d.,]+\s*[万亿]?(?P<unit>[\u4e00-\u9fff]{1,2})")


def _changes_figure_before(scan: str, clause_start: int, pos: int) -> bool:
    """Whether the figure at `pos`, opening its clause on a weak change verb, is the change
    of the figure ending the clause before (same unit)."""
    before = _FIGURE_CLAUSE_BEFORE.search(scan, max(0, clause_start - 24), clause_start)
    here = _FIGURE_AT.match(scan, pos)
    return bool(before and here and here.group("unit") == before.group("unit"))


def _basis_of_clause_before(scan: str, clause_start: int, floor: int) -> str | None:
    """The basis of the change the clause before `clause_start` states, when it ends
    right there (较上年增18.67万元,|增21.86%): the head of this clause shares it."""
    if clause_start < 1 or scan[clause_start - 1] not in ",，":
        return None
    before = scan[max(0, clause_start - 40) : clause_start - 1]
    start = max(before.rfind(ch) for ch in ",，;；。") + 1
    m = _BASIS_CHANGE.search(before, start)
    if m is None:
        return None
    change = _change_before(before, m.end() - 1)
    return change[1] if change else None


_COMPARISON_BEFORE = re.compile(
    "(?:(?P<verb>" + "|".join(sorted(cues.COMPARISON_VERBS, key=len, reverse=True)) + ")"
    r"(?P<basis>[^\d\s,，。;；、:：()（）]{1,12}?)"
    # (超年度计划15.11个百分点: 超 alone compares only with a plan or a schedule)
    rf"|(?P<over>超)(?P<plan>{cues.OVER_PLAN_BASIS}))$")


def _comparison_before(scan: str, pos: int, floor: int = 0) -> tuple[str, str | None, int] | None:
    """(direction, basis, start) of a comparison written before its basis and figure:
    高于全省8.3个百分点, 低于省控线0.84个百分点, 高于预期目标4.3个百分点."""
    m = _COMPARISON_BEFORE.search(scan, max(floor, pos - 16), pos)
    if m is None:
        return None
    if m.group("over"):
        return "up", m.group("plan"), m.start()
    return cues.COMPARISON_VERBS[m.group("verb")], m.group("basis"), m.start()


def _distant_prefix(scan: str, head: int) -> tuple[str, int] | None:
    """(word, start) of a 至少/最多 a few Chinese characters before `head`
    (每年至少开展2次): only words, no number or punctuation, in between."""
    for gap in range(1, cues.DISTANT_COMPARATOR_GAP + 1):
        at = head - gap
        if at <= 0 or not cues.is_han(scan[at]):
            return None
        word = _match_before(scan, at, _DISTANT_LF)
        if word and not _CN_NUMBER_CHAR.search(scan[at:head]):
            return word, at - len(word)
    return None


#: How far before a bare number its unitless measure may stand (past a bracketed note).
UNITLESS_REACH = 48
#: A measure that has no unit right before a bare number: 居民消费价格总指数为101.8,
#: 男女性别比为106.88, 城乡居民收入比2.026, 空气质量指数AQI为31 (UNITLESS_MEASURES in cues).
_UNITLESS_BEFORE = re.compile(
    "(?:" + "|".join(cues.UNITLESS_MEASURES) + r")(?:\s*[(（]?[A-Za-z]{2,5}[)）]?)?"
    # (新生婴儿性别比(以女性为100,男性对女性的比例)为109.0: how it is measured, in brackets)
    r"(?:\s*[(（][^()（）\n]{1,30}[)）])?"
    # (综合指数年累计为5.73, 综合指数均值为2.00: which figure of the index)
    r"(?:年累计|累计|年均值|年均|均值|平均值|平均)?(?:为|是|达到|达)?\s*$")


#: A word of money right before a bare figure with a multiplier (资金29.6万): it is in 元.
_MONEY_BEFORE_BARE = re.compile(
    "(?:" + "|".join(_longest_first(cues.MONEY_WORDS_BEFORE_BARE))
    + r")(?:合计|总计|共计)?(?:为|是|达到|达|共|约)?\s*$")  # (决算数合计为807.95万)


#: The blank a performance template leaves for a value (种植数量(≥**株)>=17600株,
#: 成活率(≥**%)>=85): its unit, when the figure is printed without one.
_TEMPLATE_HINT = re.compile(cues.TEMPLATE_BLANK + r"\s*(?:≥|≤|>=|<=|>|<|=)?\s*$")


def _implied_unit(scan: str, pos: int) -> str | None:
    label = _match_before(scan, _skip_spaces_back(scan, pos), _IMPLIED_LF)
    return cues.IMPLIED_UNITS[label] if label else None


def _read_value(
    text: str, scan: str, m: re.Match[str], *, bare: bool, blocked: bytearray, floor: int = 0
) -> ValueSpan | None:
    """The value grown around the number `m`; nothing before `floor` (the end of the value
    before it) is read as its comparator, change or basis."""
    core = _read_core(scan, m)
    if core is None:
        return None
    start, end = m.start(), core.end
    number_max: Decimal | None = None
    unit = core.unit

    # A range: 5%-6%, 3至5个, 5%～6%.
    after = _skip_spaces(scan, end)
    sep = _match_at(scan, after, cues.RANGE_SEPARATORS)
    if sep:
        partner = _NUMBER_RE.match(scan, _skip_spaces(scan, after + len(sep)))
        if partner and not blocked[partner.start()]:
            other = _read_core(scan, partner)
            if other is not None and (not unit or not other.unit or other.unit == unit):
                unit = unit or other.unit
                factor = core.factor if core.unit or core.has_multiplier else other.factor
                low = core.number * factor
                high = other.number * other.factor
                if high > low:
                    number_max, end = high, other.end
                    core.factor = factor

    comparator, approx = "=", core.approx
    suffix = _comparator_after(scan, _skip_spaces(scan, end), unit)
    if suffix:
        comparator, end = suffix[0], suffix[1]

    head = _skip_spaces_back(scan, start)
    prefix = _match_before(scan, head, _PREFIX_LF)
    if prefix and (head - len(prefix) < floor or (
            head - len(prefix) > 0
            and scan[head - len(prefix) - 1] in cues.PREFIXES_ENDING_VERBS.get(prefix, ""))):
        prefix = None
    if prefix:
        if comparator == "=" or cues.COMPARATOR_PREFIXES[prefix] == comparator:
            comparator = cues.COMPARATOR_PREFIXES[prefix]
        head = _skip_spaces_back(scan, head - len(prefix))
        start = head
    elif comparator == "=":
        distant = _distant_prefix(scan, head)
        if distant is not None and distant[1] >= floor:
            comparator, head = cues.COMPARATOR_PREFIXES[distant[0]], distant[1]
            start = head
    change = _change_before(scan, head, floor)
    compared = _comparison_before(scan, head, floor)
    if compared and (change is None or compared[2] < change[2]):
        change = compared  # 低于全市平均增速14.8个百分点: compared with the city's growth
    direction = basis = None
    if change:
        direction, basis, start = change
    elif scan[head - 1 : head] == "等":
        # 基本支出增加人员工资、住房公积金、提租补贴等3397.18万元: the examples of what grew
        # stand between the verb and the amount it grew by
        examples = _CHANGE_BY_EXAMPLES.search(scan[max(floor, head - 40) : head])
        if examples:
            direction = cues.CHANGE_VERBS[examples.group("verb")]
    elif either := _EITHER_WAY_BEFORE.search(scan, max(floor, head - 16), head):
        start = either.start()  # 比上年预算增(减)0元: a change, its direction left open
    if approx and comparator in ("=", "≥"):
        comparator = "~"  # 55万多人次, 达55万余: the figure is approximate

    if not unit:
        unit = _implied_unit(scan, start) or ""
    if not unit and core.has_multiplier \
            and _MONEY_BEFORE_BARE.search(scan, max(0, start - 8), start):
        unit = "元"  # 投入中央直达资金29.6万: money written without its 元
    if not unit:
        hint = _TEMPLATE_HINT.search(scan, max(0, start - 16), start)
        if hint and hint.group("stars") and hint.group("unit"):
            # 种植作物成活率(≥**%)>=85, 补助成本(≤**元/株)≤28.40/株: the template's blank
            # says the unit; a per-unit tail printed after the figure is part of it
            unit = hint.group("unit")
            per = unit.partition("/")[2]
            if per and scan.startswith("/" + per, end):
                end += 1 + len(per)
    unitless = not unit \
        and bool(_UNITLESS_BEFORE.search(scan, max(0, start - UNITLESS_REACH), start))
    if not (unit or comparator != "=" or direction or core.has_multiplier or bare or unitless):
        return None
    while start < end and text[start].isspace():
        start += 1
    value = core.number * core.factor
    if direction == "up" and start < m.start() and scan[m.start() - 1] in _MINUS_SIGNS:
        value = -value  # 同比-6.2%: a growth rate below zero
    # (下降-48.3%: the sign says the fall again; the figure is the fall, 48.3%)
    return ValueSpan(
        start=start,
        end=end,
        raw=text[start:end],
        number=_to_float(value),
        number_max=_to_float(number_max) if number_max is not None else None,
        unit=unit,
        comparator=comparator,
        change=direction,
        change_basis=basis,
    )


def _is_duration(scan: str, m: re.Match[str]) -> bool:
    """A number of years, not a year: ≥10年, 不少于5年 (a comparator right before it)."""
    digits = m.group("ar") or ""
    return 0 < len(digits) <= _DURATION_YEAR_DIGITS and _match_before(
        scan, _skip_spaces_back(scan, m.start()), _PREFIX_LF) is not None


_FRACTION_UNITS = {"百": "%", "千": "‰", "万": "‱"}


def _fractions(text: str, scan: str, blocked: bytearray) -> list[ValueSpan]:
    """百分之五十 → 50 %, 千分之二 → 2 ‰, 万分之一 → 1 ‱."""
    found = []
    for m in _FRACTION_RE.finditer(scan):
        number = parse_number(m.group("num"))
        if number is None or blocked[m.start()]:
            continue
        blocked[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found.append(
            ValueSpan(m.start(), m.end(), text[m.start() : m.end()], _to_float(number),
                      unit=_FRACTION_UNITS[m.group("base")])
        )
    return found


_ZERO_OUTCOME_RE = re.compile("零(?:" + "|".join(cues.ZERO_OUTCOMES) + ")")


#: An event that did not happen, closing its clause (未发生较大及以上生产安全事故。, 1月份无
#: 事故,): a result in words, the event its indicator.
NONE_HAPPENED = re.compile(r"(?:未发生|没有发生|无发生|未出现|无)"
                           r"(?P<event>[^,，。;；:：、\d]{0,16}?事故)(?=$|[,，。;；])")


def _none_happened(text: str, scan: str, taken: bytearray) -> list[ValueSpan]:
    """未发生较大及以上生产安全事故, 无事故: what a safety report states of an event with no
    count, as a qualitative result."""
    return [ValueSpan(m.start(), m.end(), text[m.start() : m.end()], None,
                      qualitative=text[m.start() : m.end()])
            for m in _untaken(NONE_HAPPENED, scan, taken)]


def _untaken(pattern: re.Pattern[str], scan: str,
             taken: bytearray) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `scan` that no value found before holds, each marked in
    `taken` as it is given."""
    for m in pattern.finditer(scan):
        if not any(taken[m.start() : m.end()]):
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            yield m


#: Words in quotes: a slogan or a name (“3天1轮”, “两件大事”), whose figures are no values.
QUOTE_MAX = 80
QUOTED = re.compile(rf"“[^“”\n]{{0,{QUOTE_MAX}}}”")


def in_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside “quotes” and is no outcome counted as none
    (实现“零感染” is a result still). Only the text a quote around it could span is
    searched (a quote holds no quote mark, so where the search starts changes nothing):
    the generic extraction asks this of every figure with the whole document's text."""
    reach = QUOTE_MAX + 2
    return not is_zero_outcome(text[start:end]) and any(
        m.start() < start and end < m.end()
        for m in QUOTED.finditer(text, max(0, start - reach), min(len(text), end + reach)))


def is_zero_outcome(raw: str) -> bool:
    """Whether a value's raw text is an outcome counted as none (零感染)."""
    return _ZERO_OUTCOME_RE.fullmatch(raw) is not None


def _zero_outcomes(text: str, scan: str, taken: bytearray) -> list[ValueSpan]:
    """零死亡, 零感染 …: an outcome counted as none, the figure 0 (not 零容忍, an attitude)."""
    return [ValueSpan(m.start(), m.end(), text[m.start() : m.end()], 0.0)
            for m in _untaken(_ZERO_OUTCOME_RE, scan, taken)]


def _qualitative(text: str, scan: str, taken: bytearray, *, bare: bool) -> list[ValueSpan]:
    stripped = text.strip()
    if bare and stripped in cues.YES_NO:
        at = text.index(stripped)
        return [ValueSpan(at, at + len(stripped), stripped, None, qualitative=stripped)]
    found: list[ValueSpan] = []
    if _ANY_QUALITATIVE.search(scan) is None:
        return found
    for word in _QUALITATIVE_LF:
        pos = scan.find(word)
        while pos != -1:
            end = pos + len(word)
            closes_clause = end == len(scan) or scan[end] in _CLAUSE_ENDS
            # 水质100%稳定达标: the words right after a figure say what it measures
            follows_figure = pos > 0 and taken[pos - 1] and not taken[pos]
            if closes_clause and not any(taken[pos:end]):
                taken[pos:end] = b"\x01" * len(word)
                if not follows_figure:
                    found.append(ValueSpan(pos, end, word, None, qualitative=word))
            pos = scan.find(word, end)
    return found


# --- sentence-level passes ---------------------------------------------------------------


class _SentenceIds:
    """The number of the sentence each position of a text is in, and one past its end
    (the end mark is in its sentence): how many end marks stand before the position,
    looked up among their positions (most texts are asked about a few values only)."""

    __slots__ = ("_marks",)

    def __init__(self, marks: list[int]) -> None:
        self._marks = marks

    def __getitem__(self, at: int) -> int:
        return bisect_left(self._marks, at)


def _sentence_ids(scan: str, ends: str = _SENTENCE_ENDS) -> _SentenceIds:
    """The number of the sentence each character of `scan` is in (sentences end on `ends`,
    found by a regular expression)."""
    pattern = _END_PATTERNS.get(ends)
    if pattern is None:
        pattern = _END_PATTERNS[ends] = re.compile(
            "[" + "".join(re.escape(ch) for ch in sorted(set(ends))) + "]")
    return _SentenceIds([m.start() for m in pattern.finditer(scan)])


_END_PATTERNS: dict[str, re.Pattern[str]] = {}


#: Between two items of a list of counts: the words of what the first counts, then 、 / 和 /
#: 以及 (以及1000场 …), no clause break.
_LIST_ITEM_GAP = re.compile(r"[^,，。;；:：\d]{0,20}(?:、|和|以及|及)")


def _is_joined(scan: str, left: ValueSpan, right: ValueSpan) -> bool:
    between = scan[left.end : right.start].strip()
    if not between:
        # nothing between: a run whose 、 the page lost (下降27.7%31.7%) or one count in two
        # units (减少4户10人), not a rate then a count (增长30.5%10家…: a lost 。)
        return left.unit == right.unit or (left.unit not in cues.RATE_UNITS
                                           and right.unit not in cues.RATE_UNITS)
    return between in cues.ENUMERATION_JOINERS


#: An opening bracket between two figures (较上年减少18.50万元(65.37%), 已完成50个(55%)):
#: the second is in brackets right after the first.
BRACKET_OPEN = re.compile(r"\s*[(（]\s*")


def _stayed_level(value: ValueSpan) -> bool:
    """Whether `value` says in words that nothing changed (…下降14.29%、20%、持平)."""
    return value.qualitative is not None and value.raw.endswith(cues.NO_CHANGE_ENDINGS)


def _link(values: list[ValueSpan], scan: str, periods: list[Period]) -> list[ValueSpan]:
    sentence_of = _sentence_ids(scan)
    # 拉动GDP增长1.93个、2.43个、4.34个百分点: fractions of 个 in a run ending in 个百分点
    # are points too (no count has a fraction)
    for i in range(len(values) - 2, -1, -1):
        left, right = values[i], values[i + 1]
        if left.unit == "个" and right.unit in ("百分点", "千分点") \
                and left.number is not None \
                and not float(left.number).is_integer() and _is_joined(scan, left, right):
            values[i] = replace(left, unit=right.unit)
    # Enumerations inherit the change and comparator of the item before them; an
    # aspiration after a change (增长8%、力争9%) its change only.
    for i in range(1, len(values)):
        left, right = values[i - 1], values[i]
        if right.qualitative is not None or not left.change or right.change is not None:
            continue
        if right.comparator == "=" and _is_joined(scan, left, right) \
                and (right.unit == left.unit or scan[left.end : right.start].strip() != ","):
            values[i] = replace(right, change=left.change, change_basis=left.change_basis,
                                comparator=left.comparator)
        elif right.unit == left.unit \
                and cues.ASPIRATION_GAP.fullmatch(scan[left.end : right.start].strip()):
            values[i] = replace(right, change=left.change, change_basis=left.change_basis)
    # 推出不少于200场…、400场…、1000场…: a bound written before the first item of a list of
    # counts bounds every item (each with the words of what it counts between).
    spread = False  # whether values[i - 1] took its bound from the item before it
    for i in range(1, len(values)):
        left, right = values[i - 1], values[i]
        bounded = left.raw.startswith(cues.LIST_BOUND_PREFIXES) or spread
        spread = (bounded and left.comparator in ("≥", "≤") and left.change is None
                  and right.change is None and right.comparator == "="
                  and right.qualitative is None and bool(right.unit)
                  and right.unit == left.unit
                  and bool(_LIST_ITEM_GAP.fullmatch(scan[left.end : right.start])))
        if spread:
            values[i] = replace(right, comparator=left.comparator)
    # 较上年减少18.50万元(65.37%): a rate in brackets right after an amount's change is
    # the rate of that change, in its direction
    for i in range(1, len(values)):
        left, right = values[i - 1], values[i]
        if right.unit == "%" and right.change is None and left.change \
                and left.unit not in cues.RATE_UNITS \
                and BRACKET_OPEN.fullmatch(scan, left.end, right.start) \
                and scan[right.end : right.end + 1] in (")", "）"):
            values[i] = replace(right, change=left.change, change_basis=left.change_basis,
                                qualifies=i - 1)
    # Changes describe the counts before them, in order (27起、30人，同比下降72.7%、66.7%).
    full_sentence_of = _sentence_ids(scan, cues.FULL_STOPS)
    i, claimed = 0, set()
    while i < len(values):
        if values[i].change is None:
            i += 1
            continue
        run_end = i + 1
        while (
            run_end < len(values)
            and (values[run_end].change or _stayed_level(values[run_end]))
            and _is_joined(scan, values[run_end - 1], values[run_end])
        ):
            run_end += 1
        counts = 0
        while i + counts < run_end and values[i + counts].unit not in cues.RATE_UNITS:
            counts += 1
        if counts >= 2 and run_end - i == 2 * counts:
            # 减少449起、283人、345人,下降18.5%、15.8%、23.8%: as many changes as rates of
            # them, two runs (the rates, the next, are of these changes in order)
            run_end = i + counts
        sentence = sentence_of[values[i].start]
        n = run_end - i
        gap = scan[values[i - 1].end : values[i].start] if i else ""
        # (…同比分别减少449起、283人、345人,下降18.5%、15.8%、23.8%: the 分别 of the run of
        # changes before stands for this run too)
        # (…减少29起、27人、30人,同比下降32.22%、33.75%、44.78%: as many rates right after as
        # many changes are theirs in order, 分别 or not)
        respectively = "分别" in gap or (i >= n and gap.strip() in (",", "，"))
        if n >= 2 and i >= n and respectively \
                and all(values[k].unit in cues.RATE_UNITS or _stayed_level(values[k])
                        for k in range(i, run_end)) \
                and all(values[k].change and values[k].unit not in cues.RATE_UNITS
                        and full_sentence_of[values[k].start] == full_sentence_of[values[i].start]
                        for k in range(i - n, i)):
            # 事故起数减少3起,死亡人数减少6人,分别下降6.7%、11.8%: the rates of those changes
            for k in range(n):
                values[i + k] = replace(values[i + k], qualifies=i - n + k)
            i = run_end
            continue
        candidates = [
            j for j in range(i)
            if values[j].change is None and values[j].qualitative is None
            and sentence_of[values[j].start] == sentence and j not in claimed
            and not _closed_bracket_between(scan, values[j].end, values[i].start)
        ]
        if values[i].unit == "%" and len(candidates) > 1 \
                and _is_share(scan, values[candidates[-1]]):
            # 完成59541万元,占调整预算的100%,同比下降6.8%: a rate of change is the level's; a
            # share changes in 百分点
            candidates.pop()
        # 完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元: the plan is
        # what the level is measured against, not what changed
        candidates = [j for j in candidates if not cues.PLAN_BASIS.search(
            scan, max(0, values[j].start - cues.BASIS_REACH), values[j].start)] or candidates
        # 增加2起、上升4.7%: a change in the count's unit and its rate are one count's
        groups: list[list[int]] = []
        for k in range(i, run_end):
            if groups and len(groups[-1]) == 1 and values[k].unit in cues.RATE_UNITS \
                    and values[groups[-1][0]].unit not in cues.RATE_UNITS:
                groups[-1].append(k)
            elif groups and len(groups[-1]) == 1 and values[k].unit in GAP_UNITS \
                    and values[groups[-1][0]].unit == "%":
                # 同比增长15%,高于全年增速目标7.5个百分点: the gap is the growth rate's
                groups[-1].append(k)
            else:
                groups.append([k])
        if candidates and len(candidates) >= len(groups):
            # the changes are of as many counts in a row, the last such ones unless the
            # units say which (1977起、1506人、1106人、3.56亿元,同比分别减少449起、283人、345人:
            # the first three)
            window = max(range(len(candidates) - len(groups), -1, -1), key=lambda at: sum(
                values[c].unit == values[g[0]].unit and values[c].unit not in cues.RATE_UNITS
                for c, g in zip(candidates[at : at + len(groups)], groups, strict=True)))
            for j, group in zip(candidates[window : window + len(groups)], groups,
                                strict=True):
                if len(groups) == 1 and values[group[0]].unit not in cues.RATE_UNITS:
                    # 45起、51人、14人,同比事故起数增加2起: the count in the change's unit
                    j = next((c for c in reversed(candidates)
                              if values[c].unit == values[group[0]].unit), j)
                values[group[0]] = replace(values[group[0]], qualifies=j)
                for k in group[1:]:  # the rate is of what the change in the count is of
                    values[k] = replace(values[k], qualifies=group[0])
                claimed.add(j)
        claimed.update(range(i))
        i = run_end
    # The period of a value is the last period before it in its sentence (a list of
    # results parted by ; is one sentence: 全年完成…112.96亿元…;规上工业总产值80.93亿元).
    if periods:
        for i, value in enumerate(values):
            sentence = full_sentence_of[value.start]
            best = None
            basis = cues.LAST_YEAR_BASIS.search(scan, max(0, value.start - cues.BASIS_REACH),
                                                value.start)
            if basis and (value.change or value.number is None):
                # (同比无变化, 与去年同比上升100%: this period's, said against the last)
                basis = None
            for period in periods:
                if period.start >= value.start:
                    break
                before = _char_before_quote(scan, period.start)
                if before in cues.YEAR_BASIS_OPENERS \
                        and not (basis and basis.start() < period.start):
                    continue  # 较2024年的2190万元减少221万元: 2024 is the basis's, not the change's
                after = scan[period.end : period.end + 2].lstrip(CLOSING_QUOTES)
                if before in cues.MULTIPLE_BASIS_OPENERS and after.startswith("的"):
                    # 2016年…189亿元,是2011年的1.74倍;…10.6亿元: still 2016's (是“十二五”的2倍 too)
                    continue
                if value.unit == "%" and period.raw in PLAN_YEAR_WORDS \
                        and PLAN_AFTER_YEAR.match(scan, period.end):
                    continue  # 完成年度目标任务的81.73%: the plan's year, not the share's
                same_clause = sentence_of[period.start] == sentence_of[value.start]
                # (今年 before a ; in a half-year summary is the year so far: not carried)
                if full_sentence_of[period.start] == sentence \
                        and (same_clause or period.raw not in cues.DOCUMENT_YEAR_WORDS) \
                        and (period.period_start or period.period_end):
                    best = period
            if best is not None:
                first, last = best.period_start, best.period_end
                if basis and not (basis.start() < best.start < basis.end()):
                    # 较上年28899万元增长9.9%: the figure compared with is last year's
                    first, last = _year_before(first), _year_before(last)
                values[i] = replace(value, period_start=first, period_end=last)
    return values


#: Quotes a period's name may stand in (是“十二五”的2倍, 较“十三五”末).
OPENING_QUOTES, CLOSING_QUOTES = "“\"'‘", "”\"'’"


def _char_before_quote(scan: str, start: int) -> str:
    """The character before `start`, an opening quote stepped over."""
    at = start - 1
    if at > 0 and scan[at] in OPENING_QUOTES:
        at -= 1
    return scan[at] if at >= 0 else ""


#: The year of a plan a share is taken of (完成年度目标任务的81.73%, 占全年计划的52%): the
#: share is of the results so far, not of the plan's year.
PLAN_YEAR_WORDS = frozenset({"年度", "全年"})
PLAN_AFTER_YEAR = re.compile(r"(?:目标|任务|计划|预算)")


def _year_before(day: date | None) -> date | None:
    """The same day a year earlier (29 February → 28 February)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


# --- a unit written once for an enumeration of figures -----------------------------------


#: How many bare numbers a run may hold before the one that writes the unit.
MAX_UNIT_RUN = 6


#: 分别 right before a run of figures (分别实现零售额31.4、15.7、34.9亿元): the figures are
#: parallel, so the multiplier written once at the end is every one's.
RESPECTIVELY_BEFORE = re.compile(r"分别[^,，。;；\d]{0,8}$")
#: The multiplier a figure is written with (34.9亿元: 亿), its scale in cues.MULTIPLIERS.
_RUN_MULTIPLIER = re.compile(r"[\d.,]+\s*(?P<scale>万亿|亿|万)")


#: A bare number and the separator after it, ending where the next item of a run starts.
_RUN_ITEM_BEFORE = re.compile(r"[\d.,]+\s*[、和及与]\s*$")


def _opens_respectively(scan: str, start: int) -> bool:
    """Whether 分别 stands right before the run of bare numbers that the number at `start`
    is an item of (分别实现零售额31.4、15.7、…)."""
    for _ in range(MAX_UNIT_RUN):
        item = _RUN_ITEM_BEFORE.search(scan, max(0, start - 16), start)
        if item is None:
            break
        start = item.start()
    return RESPECTIVELY_BEFORE.search(scan, max(0, start - 12), start) is not None


def _shares_unit(scan: str, end: int, blocked: bytearray, start: int) -> bool:
    """Whether the number ending at `end` is followed, across separators and other bare
    numbers (0.5、2.7、0.8个百分点), by a number with a unit of its own, and no multiplier
    (which the first would have had to write) unless 分别 opens the run (分别实现零售额
    31.4、15.7、34.9亿元)."""
    respectively = _opens_respectively(scan, start)
    for _ in range(MAX_UNIT_RUN):
        pos = _skip_spaces(scan, end)
        if scan[pos : pos + 1] not in cues.RUN_SEPARATORS:
            return False
        m = _NUMBER_RE.match(scan, _skip_spaces(scan, pos + 1))
        if m is None or blocked[m.start()]:
            return False
        core = _read_core(scan, m)
        if core is None or (core.has_multiplier and not respectively):
            return False
        if core.unit:
            return True
        end = core.end
    return False


def _share_units(values: list[ValueSpan], scan: str) -> list[ValueSpan]:
    """A figure without a unit takes the unit of the figure right after it across one
    separator (2.16和1.5个百分点 → 2.16个百分点), and its multiplier too in a run 分别
    opens (分别实现零售额31.4、15.7、34.9亿元 → 31.4亿元)."""
    out = list(values)
    scale_of: dict[int, int] = {}  # index → the multiplier a run's later figure lent it
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.unit or a.number is None or not b.unit or b.number is None:
            continue
        if scan[a.end : b.start].strip() not in cues.RUN_SEPARATORS:
            continue
        multiplier = _RUN_MULTIPLIER.search(b.raw)
        scale = cues.MULTIPLIERS[multiplier.group("scale")] if multiplier \
            else scale_of.get(i + 1)
        if _RUN_MULTIPLIER.search(a.raw) and scale is not None:
            out[i] = replace(a, unit=b.unit)  # 分别达0.15万、2万头: scaled already
        elif scale is None and not any(ch in b.raw for ch in "万亿千"):
            out[i] = replace(a, unit=b.unit)
        elif scale is not None and _opens_respectively(scan, a.start):
            out[i] = replace(a, unit=b.unit, number=a.number * scale)
            scale_of[i] = scale
    return out


#: A scaled figure with no unit (8万, 100万) and what says it is money: 用于 right after it.
_BARE_SCALED = re.compile(r"[\d.,]+\s*(?:万|亿)(?:余|多)?$")
_MONEY_PURPOSE_AFTER = re.compile(r"\s*(?:元)?用于")


def _money_in_context(values: list[ValueSpan], scan: str) -> list[ValueSpan]:
    """A figure in 万 or 亿 with no unit is money when its sentence has been counting money
    (其中80万元洪涝灾害资金分配如下:水东8万、狸桥6万 …: 元, the unit of the 80万元 before it,
    with no figure of another unit between) or when what it pays for follows (100万用于…)."""
    if not any(not v.unit and _BARE_SCALED.search(v.raw) for v in values):
        return values  # (the scan runs on every text: most hold no such figure)
    out = list(values)
    last_unit: str | None = None
    for i, v in enumerate(out):
        if i and any(mark in scan[out[i - 1].end : v.start] for mark in cues.FULL_STOPS):
            last_unit = None  # a new sentence
        if not v.unit and v.number is not None and _BARE_SCALED.search(v.raw) and (
                last_unit == "元" or _MONEY_PURPOSE_AFTER.match(scan, v.end)):
            out[i] = replace(v, unit="元")
        last_unit = out[i].unit or last_unit
    return out


# --- signs -------------------------------------------------------------------------------

_MINUS_SIGNS = frozenset("-−－")


def _negatives(values: list[ValueSpan], text: str, scan: str) -> list[ValueSpan]:
    """A minus right before a figure, after words rather than a figure or a code
    (人口自然增长率为-2.11‰, not 5%-6% or 2023-2025), makes it negative."""
    out = []
    for v in values:
        before = scan[v.start - 2 : v.start - 1] if v.start >= 2 else ""
        after_figure = bool(before) and (
            (before.isalnum() and before.isascii()) or before in "%‰.)）-−－")
        if (v.number is not None and v.start >= 1 and scan[v.start - 1] in _MINUS_SIGNS
                and not v.change and not after_figure):
            v = replace(v, start=v.start - 1, raw=text[v.start - 1 : v.end],
                        number=-v.number,
                        number_max=-v.number_max if v.number_max is not None else None)
        out.append(v)
    return out


# --- the entry point ---------------------------------------------------------------------


#: What every value is made of: a digit (any the number pattern's \d takes), a Chinese
#: numeral character (which fractions like 百分之五 need too), a qualitative word, or an
#: event that may be said not to have happened (未发生…事故). Text
#: without any (and not a bare 是/否 cell) holds no value: find_values returns [] at once.
_VALUE_MATERIAL = re.compile(
    rf"[\d{_CN_NUMERAL_CHARS}{_CAPITAL_CHARS}]|事故|"
    + "|".join(re.escape(w) for w in cues.QUALITATIVE))


#: A figure alone, in ASCII digits (no sign, unit or space), as table cells hold it: the
#: general reading gives it as a bare value (and nothing when not bare) whatever the year,
#: so find_values says so at once; not 11 digits or more (a mobile number is none), and
#: test_values checks the shortcut against `_find_values` for every kind of figure.
_PLAIN_FIGURE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,10}(?:\.[0-9]+)?")


#: find_values' results by its arguments, while one document is parsed (`remembering_values`).
_MEMO: ContextVar[dict[tuple, list[ValueSpan]] | None] = ContextVar("find_values_memo",
                                                                    default=None)
#: Texts up to this long are remembered (cells and short sentences are the ones asked
#: about again; a paragraph hardly ever is, and would cost memory).
_MEMO_TEXT = 100
_P = ParamSpec("_P")
_R = TypeVar("_R")


#: The cache_clear of the caches of pure functions over a document's words (cue_text, a
#: heading chain's role, a row's label …): they are kept while one document is parsed and
#: emptied after it (`remembering_values`), so they hold no memory between documents.
_DOCUMENT_CACHES: list[Callable[[], None]] = []


def forget_after_each_document(cached: Any) -> None:
    """Have the lru_cache `cached` emptied whenever a document's parse ends."""
    _DOCUMENT_CACHES.append(cached.cache_clear)


#: Other modules' memos kept for one document's parse as find_values' own is (a table
#: row's squashed texts): each empty when a parse starts, reset when it ends.
_DOCUMENT_MEMOS: list[ContextVar[Any]] = []


def document_memo(name: str) -> ContextVar[Any]:
    """A memo (a dict while a document is parsed, else None) `remembering_values` sets
    and resets with its own."""
    memo: ContextVar[Any] = ContextVar(name, default=None)
    _DOCUMENT_MEMOS.append(memo)
    return memo


def remembering_values(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """`function` with find_values' results kept while it runs: a document's tables and
    sentences ask about the same texts again (0.00, 合计, a repeated header), and the
    answer depends on the arguments alone. Kept per call (one document's parse), so
    memory does not grow with the corpus; the memos of `document_memo` are kept so too,
    and the caches of `forget_after_each_document` are emptied then."""
    @wraps(function)
    def remembering(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        tokens = [(memo, memo.set({})) for memo in (_MEMO, *_DOCUMENT_MEMOS)]
        try:
            return function(*args, **kwargs)
        finally:
            for memo, token in reversed(tokens):
                memo.reset(token)
            if _MEMO.get() is None:  # (the outermost parse)
                for clear in _DOCUMENT_CACHES:
                    clear()

    return remembering


def find_values(text: str, *, year: int | None = None, bare: bool = False,
                reported_by: date | None = None) -> list[ValueSpan]:
    """Every value in `text`, in order of position.

    `year` is the document year, used to date 1-9月 or 上半年 (see find_periods for
    `reported_by`). `bare=True` accepts a lone
    number with no unit or cue (a table cell holding 0 or 75.00); in running prose such a
    number is too often a name or a version to be reported.
    """
    if _PLAIN_FIGURE.fullmatch(text):  # a table's bare figure (15,844.04): most cells
        return [ValueSpan(0, len(text), text, _to_float(Decimal(text.replace(",", ""))))
                ] if bare else []
    memo = _MEMO.get()
    if memo is None or len(text) > _MEMO_TEXT:
        return _find_values(text, year, bare, reported_by)
    key = (text, year, bare, reported_by)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _find_values(text, year, bare, reported_by)
    return list(found)  # a list of its own (the spans are frozen)


def _find_values(text: str, year: int | None, bare: bool,
                 reported_by: date | None) -> list[ValueSpan]:
    if (_VALUE_MATERIAL.search(text) is None and not (bare and text.strip() in cues.YES_NO)
            and (year is None or date.min.year <= year <= date.max.year)):
        return []  # the fast path: nothing here a value is made of (a valid year cannot fail)
    scan = _scan_of(text)
    titles = _title_mask(scan)
    periods = [p for p in find_periods(text, year=year, reported_by=reported_by)
               if not titles[p.start]]
    blocked = _blocked_mask(scan, periods, titles)
    values = _fractions(text, scan, blocked)
    pos = 0
    while True:
        m = _NUMBER_RE.search(scan, pos)
        if m is None:
            break
        pos = m.end()
        if any(blocked[m.start() : m.end()]):
            continue
        if m.start() > 0 and scan[m.start() - 1] in "0123456789.":
            continue
        after = _skip_spaces(scan, m.end())
        follower = scan[after : after + 1]
        if follower and follower in _NON_VALUE_FOLLOWERS and not (
                follower == "岁" and "." in m.group()) and not (  # 预期寿命82.4岁 is a measure
                follower == "年" and _is_duration(scan, m)):
            continue
        floor = max((v.end for v in values if v.end <= m.start()), default=0)
        value = _read_value(text, scan, m, bare=bare, blocked=blocked, floor=floor)
        if value is None and _shares_unit(scan, m.end(), blocked, m.start()):
            # 分别回落2.16和1.5个百分点: the first figure's unit is written after the last
            value = _read_value(text, scan, m, bare=True, blocked=blocked, floor=floor)
        if value is None:
            continue
        values.append(value)
        pos = max(pos, value.end)
    taken = bytearray(titles)
    for value in values:
        taken[value.start : value.end] = b"\x01" * (value.end - value.start)
    values.extend(_qualitative(text, scan, taken, bare=bare))
    values.extend(_zero_outcomes(text, scan, taken))
    values.extend(_none_happened(text, scan, taken))
    values.sort(key=lambda v: v.start)
    return _link(_negatives(_money_in_context(_share_units(values, scan), scan), text, scan),
                 scan, periods)


def is_unit(written: str) -> bool:
    """Whether a cell's words are a unit the value grammar reads (万人, 公里), or one it
    reads the start of and a further per-unit follows (元/月 + /人)."""
    if not written:
        return False
    if written in cues.UNITS:
        return True
    spans = find_values(f"1{written}", bare=True)
    return len(spans) == 1 and bool(spans[0].unit) and spans[0].start == 0 and (
        spans[0].end == len(written) + 1 or written[spans[0].end - 1 :].startswith("/"))
