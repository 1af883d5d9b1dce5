"""Values of one cell or sentence span for the table genres: grammar, indicator, role.

A genre knows what a span is (a 考核指标 cell holds targets, a 年度完成值 cell actuals) and
which target it belongs to; this module runs the value grammar over the span, names the
indicator each value measures and adds both through the RecordBuilder.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from zhibiao.ingest.document import SourceDocument, strip_span
from zhibiao.ingest.flat_forms import PLACEHOLDERS
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.names import name_values
from zhibiao.parse.values import ValueSpan, find_values
from zhibiao.parse.values import replace_span as replace

#: The names of a value nothing names: it is added once, without an indicator.
_NO_NAME: list[tuple[str | None, int, int]] = [(None, 0, 0)]


def with_unit(span: ValueSpan, written: str) -> ValueSpan:
    """`span` in the unit `written` (as a header writes it: 万元, 分), normalised the way
    the grammar normalises units (万元 → 元 × 10,000, 万平方米 → 平方米 × 10,000)."""
    canonical, factor = _unit_factor(written)
    if any(big in span.raw for big in cues.CN_BIG_UNITS) and written[:1] in cues.CN_BIG_UNITS:
        factor = 1  # 150万 under 项目资金(万元): the cell wrote the header's 万 itself

    def scale(number: float | None) -> float | None:  # in decimal: 11700.63 万 is exact
        return None if number is None else float(Decimal(str(number)) * Decimal(str(factor)))

    return replace(span, unit=canonical, number=scale(span.number),
                   number_max=scale(span.number_max))


def _unit_factor(written: str) -> tuple[str, float]:
    """(canonical unit, factor) of a unit as a header or 度量单位 cell writes it, read by
    the value grammar (1万平方米 is 10,000 平方米); the unit as written when the grammar
    reads no unit in it."""
    if written in cues.UNITS:
        return cues.UNITS[written]
    spans = find_values(f"1{written}", bare=True)
    if len(spans) == 1 and spans[0].unit and spans[0].number is not None \
            and spans[0].end == len(written) + 1:
        return spans[0].unit, spans[0].number
    return written, 1


#: A unit written with a multiplier (10000万, ≤202.6万元): not given to a bare figure,
#: whose scale it would not say.
_MULTIPLIED = re.compile(r"[万亿千]")


def plain_unit(cell: str) -> str | None:
    """The unit of a cell that holds one figure with a plain unit (1300人, =8个), else None:
    the unit a bare figure of the same row (what was done of that task) is counted in."""
    values = find_values(cell)
    if len(values) != 1 or not values[0].unit or values[0].unit in cues.RATE_UNITS \
            or _MULTIPLIED.search(values[0].raw):
        return None
    return values[0].unit


def implied_unit(name: str) -> str:
    """The unit a bare figure takes from its indicator's name (…起数 0 → 起)."""
    for label, unit in cues.IMPLIED_UNITS.items():
        if name.endswith(label):
            return unit
    if name.endswith(cues.COUNT_NAME_ENDING) and not name.endswith(cues.NOT_COUNT_ENDINGS):
        return cues.COUNT_UNIT
    return ""


def emit_values(doc: SourceDocument, builder: RecordBuilder, start: int, end: int, *,
                role: str, target_id: str | None = None, section: str | None = None,
                indicator: tuple[str, int, int] | None = None, bare: bool = False,
                period: tuple[date | None, date | None] | None = None,
                unit: str | None = None, level1: str | None = None,
                level2: str | None = None,
                fallback: tuple[str, int, int] | None = None,
                comparator: str | None = None, whole_cell: bool = False,
                implied: bool = True) -> int:
    """Add every value in text[start:end] with `role`; returns how many were added.

    `indicator` (name, start, end) names the indicator of every value in the span (a table
    row's 关键指标 cell); without it each value is named from its own clause. `period`
    dates values that carry no period of their own (the 2025年目标值 column); `unit` is the
    unit a column header gives figures written without one (项目资金(万元): 320 → 3,200,000
    元). `level1`/`level2` are the indicator's 一级/二级指标. `fallback` (name, start, end)
    names a value no clause names (基本完成 alone), so it stays with its row's target.
    `comparator` is the relation a column states (指标性质 ≥) for values written without
    one. With `whole_cell`, a cell the grammar finds no value in is one qualitative value
    (优良, 有效延长, 2024年12月底前 in a 指标值 column). Without `implied`, a figure with no
    unit keeps none (a rate written as a ratio, 0.958), whatever its name implies.
    """
    text = doc.text[start:end]
    spans = find_values(text, year=doc.year, bare=bare)
    if not spans and whole_cell and text.strip() not in PLACEHOLDERS:
        s_start, s_end = strip_span(text, 0, len(text))
        raw = text[s_start:s_end]
        spans = [ValueSpan(s_start, s_end, raw, None, qualitative=raw)]
    if comparator:
        spans = [replace(span, comparator=comparator) if span.comparator == "=" else span
                 for span in spans]
    names = [[indicator]] * len(spans) if indicator else name_values(text, spans)
    added = 0
    for span, span_names in zip(spans, names, strict=True):
        if period and not (span.period_start or span.period_end):
            span = replace(span, period_start=period[0], period_end=period[1])
        if unit and not span.unit and span.number is not None:
            span = with_unit(span, unit)
        if not span_names and fallback:
            span_names = [(fallback[0], fallback[1] - start, fallback[2] - start)]
        for name, name_start, name_end in span_names or _NO_NAME:
            if name and implied and not span.unit and span.number is not None \
                    and role != "score":
                span = replace(span, unit=implied_unit(name))  # (points have no unit)
            indicator_id = None
            if name:
                offset = 0 if indicator else start
                indicator_id = builder.add_indicator(
                    name, offset + name_start, offset + name_end, target_id=target_id,
                    text=text if not indicator else None, section=section, level1=level1,
                    level2=level2)
            if builder.add_value(span, start, role, indicator_id=indicator_id,
                                 section=section):
                added += 1
    return added
