"""Genre-agnostic extraction: every value in every block, rough roles and indicator names.

This is the floor every document gets: the value grammar run over each paragraph,
heading and table cell, a role guessed from the clause's cue words, and an indicator
named after the words right before the number. Genre parsers refine all three.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from zhibiao.ingest.document import SourceDocument
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.tables import block_spans
from zhibiao.parse.values import ValueSpan, find_periods, find_values, in_quotes, is_unit

#: A label stops at any clause break, list comma, bracket, quote or book title.
_CLAUSE_BREAKS = cues.CLAUSE_BREAKS + "、()（）\t“”《》"
_SENTENCE_BREAKS = cues.SENTENCE_BREAKS + "\t"
_MAX_LABEL = 24


def _spans(doc: SourceDocument, builder: RecordBuilder) -> Iterator[tuple[int, int]]:
    """(start, end) of every paragraph, heading and table cell, in document order (not the
    cells of a table a reader took whole)."""
    for block in doc.blocks:
        if builder.taken(block):
            continue
        if block.kind != "table" or not block.rows:
            yield from block_spans(block)
            continue
        # a column of scoring rules (评分规则: ≥70%得3分) states how points are given, no
        # result or target
        rules = {c for c, cell in enumerate(block.rows[0])
                 if any(w in doc.text[cell.start : cell.end] for w in cues.RULE_HEADERS)}
        # nor does a unit in a column of units (单位 | /10万), though a cell shifted into
        # that column may hold a task (新建7000个贫困自然村通光纤)
        units = {c for c, cell in enumerate(block.rows[0])
                 if doc.text[cell.start : cell.end].strip() in cues.UNIT_COLUMN_HEADERS}
        for row in block.rows:
            for c, cell in enumerate(row):
                if cell.end > cell.start and not cell.covered and c not in rules \
                        and not (c in units and is_unit(doc.text[cell.start : cell.end])):
                    yield cell.start, cell.end


def enclosing(text: str, start: int, end: int, breaks: str) -> tuple[int, int]:
    """(left, right) of the clause or sentence around text[start:end]: widened to the
    nearest `breaks` character on each side (not included)."""
    left = start
    while left > 0 and text[left - 1] not in breaks:
        left -= 1
    right = end
    while right < len(text) and text[right] not in breaks:
        right += 1
    return left, right


def _sentence(text: str, start: int, end: int) -> str:
    left, right = enclosing(text, start, end, _SENTENCE_BREAKS)
    return text[left:right]


def guess_role(text: str, value: ValueSpan, start: int) -> str:
    """target / actual / unknown from the value's own comparator and its sentence's cues."""
    if value.comparator in ("≥", "≤", "<") and not value.raw.startswith(("达", "超")):
        return "target"
    sentence = _sentence(text, start, start + len(value.raw))
    if any(word in sentence for word in cues.TARGET_CUES):
        return "target"
    if any(word in sentence for word in cues.ACTUAL_CUES):
        return "actual"
    return "unknown"


def _strip_words(label: str) -> str:
    changed = True
    while changed and label:
        changed = False
        for word in cues.LABEL_NOISE_PREFIXES:
            if label.startswith(word) and len(label) >= len(word) + 2:
                label, changed = label[len(word):], True
        for word in cues.LABEL_NOISE_SUFFIXES:
            if label.endswith(word) and len(label) >= len(word) + 2:
                label, changed = label[: -len(word)], True
    return label.strip()


def label_before(text: str, start: int, floor: int) -> tuple[str, int]:
    """The words naming what the value at `start` measures, and where they begin."""
    left = start
    while left > floor and text[left - 1] not in _CLAUSE_BREAKS and start - left < _MAX_LABEL:
        left -= 1
    window = text[left:start]
    periods = find_periods(window)
    if periods:  # 7-9月 or 2020年 inside the label is context, not the indicator's name
        cut = periods[-1].end
        window, left = window[cut:], left + cut
    return _strip_words(window), left


def extract(doc: SourceDocument, builder: RecordBuilder,
            spans: Iterable[tuple[int, int]] | None = None) -> None:
    """Every value the grammar finds in `spans` (default: every block and cell), each with
    a guessed role and an indicator named after the words before it. Spans a genre parser
    already read are skipped value by value, so this also fills the gaps a genre leaves."""
    for span_start, span_end in spans if spans is not None else _spans(doc, builder):
        found = find_values(doc.text[span_start:span_end], year=doc.year)
        names: list[str | None] = []
        for value in found:
            start = span_start + value.start
            weight = cues.is_bracketed_weight(doc.text, start, span_start + value.end,
                                              value.unit)
            # (部门决策(25分): the criterion's name is before the bracket)
            name, label_start = label_before(doc.text, start - 1 if weight else start,
                                             span_start)
            qualified = names[value.qualifies] if value.qualifies is not None else None
            if qualified:
                name = qualified
            names.append(name or None)
            if builder.has_value_at(start, span_start + value.end) \
                    or in_quotes(doc.text, start, span_start + value.end):
                continue  # read already, or a slogan's figure (“两件大事”)
            indicator_id = None
            if name:
                indicator_id = builder.add_indicator(
                    name, label_start, start,
                    text=_sentence(doc.text, start, start + len(value.raw)))
            role = "score" if weight else guess_role(doc.text, value, start)
            if role != "target" and value.qualitative in cues.TRENDS:
                continue  # 发展质量稳步提升 said in passing: no result
            builder.add_value(value, span_start, role, indicator_id=indicator_id)
