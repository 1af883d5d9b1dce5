"""Rows under construction for one document: ids, provenance and de-duplication in one place.

Every parser (generic, table genres, prose genres) adds targets, indicators and values
through a `RecordBuilder`, so ids are numbered the same way everywhere
(`<doc_id>-t0001`, `-i0001`, `-v00001`), every row gets its page and bbox from the
document's character boxes, and an indicator named twice under the same target is one
indicator.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.parse.names import (
    home_places,
    link_key,
    without_fund_source,
    without_home_place,
    without_owner,
    without_trailing_figures,
)
from zhibiao.parse.records import IndicatorRow, ProvenanceRow, TargetRow, ValueRow
from zhibiao.parse.values import ValueSpan


class RecordBuilder:
    """Collects the target, indicator and value rows of one document."""

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        self.targets: list[TargetRow] = []
        self.indicators: list[IndicatorRow] = []
        self.values: list[ValueRow] = []
        self._indicator_ids: dict[tuple[str | None, str], str] = {}
        self._value_spans: set[tuple[int, int]] = set()
        #: the same spans sorted, so `has_value_in` looks only at those starting inside
        self._sorted_spans: list[tuple[int, int]] = []
        self._value_keys: set[tuple[int, int, str | None]] = set()
        self._taken_tables: set[int] = set()
        #: the places the document is of (海口市): no part of its figures' names
        self._home_places = home_places(doc.title, doc.issuer)
        #: a name as written → as add_indicator keeps it (the same names come again and
        #: again: a table's rows, a report's sentences)
        self._kept_names: dict[str, str] = {}

    def take(self, block: Block) -> None:
        """Mark a table a reader has read whole (a performance form): the readers after it
        leave its cells alone, even the ones it chose not to read (年度总体目标)."""
        self._taken_tables.add(block.start)

    def taken(self, block: Block) -> bool:
        return block.start in self._taken_tables

    def _provenance(self, start: int, end: int) -> ProvenanceRow:
        page, bbox = self.doc.locate(start, end)
        return {"char_start": start, "char_end": end, "page": page, "bbox": bbox}

    def add_target(self, name: str, start: int, end: int, *, section: str | None = None,
                   text: str | None = None) -> str:
        """A new target spanning text[start:end]; returns its id."""
        target_id = f"{self.doc.doc_id}-t{len(self.targets) + 1:04d}"
        self.targets.append({
            "target_id": target_id, "doc_id": self.doc.doc_id, "name": name,
            "section": section, "text": text if text is not None else self.doc.text[start:end],
            **self._provenance(start, end),
        })
        return target_id

    def add_indicator(self, name: str, start: int, end: int, *, target_id: str | None = None,
                      text: str | None = None, level1: str | None = None,
                      level2: str | None = None, section: str | None = None) -> str:
        """The id of the indicator `name` under `target_id`, created at text[start:end] the
        first time it is named (without the reporting body's own name or the document's
        own place in front)."""
        kept = self._kept_names.get(name)
        if kept is None:
            kept = self._kept_names[name] = without_fund_source(without_home_place(
                without_owner(without_trailing_figures(name), self.doc.issuer),
                self._home_places))
        name = kept
        key = (target_id, link_key(name))
        if key not in self._indicator_ids:
            indicator_id = f"{self.doc.doc_id}-i{len(self.indicators) + 1:04d}"
            self._indicator_ids[key] = indicator_id
            self.indicators.append({
                "indicator_id": indicator_id, "doc_id": self.doc.doc_id,
                "target_id": target_id, "name": name, "text": text, "level1": level1,
                "level2": level2, "section": section, **self._provenance(start, end),
            })
        elif level1 or level2:  # a table row names the levels a sentence did not
            row = self.indicators[int(self._indicator_ids[key].rsplit("-i", 1)[1]) - 1]
            row["level1"] = row["level1"] or level1
            row["level2"] = row["level2"] or level2
        return self._indicator_ids[key]

    def has_value_at(self, start: int, end: int) -> bool:
        """Whether a value was already read from exactly text[start:end]."""
        return (start, end) in self._value_spans

    def has_value_in(self, start: int, end: int) -> bool:
        """Whether a value was already read from inside text[start:end] (asked for every
        table row: only the spans that start inside are looked at, not all of them)."""
        spans = self._sorted_spans
        for i in range(bisect_left(spans, (start, start)), len(spans)):
            s, e = spans[i]
            if s > end:
                return False
            if e <= end:
                return True
        return False

    def add_value(self, span: ValueSpan, offset: int, role: str, *,
                  indicator_id: str | None = None, section: str | None = None) -> str | None:
        """A value the grammar read from text starting at `offset`; None (and nothing added)
        when the same span was already added for the same indicator. One span may measure
        several indicators (事故起数、死亡人数同比下降20%): one row per indicator."""
        start, end = offset + span.start, offset + span.end
        key = (start, end, indicator_id)
        if key in self._value_keys:
            return None
        self._value_keys.add(key)
        if (start, end) not in self._value_spans:
            self._value_spans.add((start, end))
            insort(self._sorted_spans, (start, end))
        value_id = f"{self.doc.doc_id}-v{len(self.values) + 1:05d}"
        self.values.append({
            "value_id": value_id, "doc_id": self.doc.doc_id, "indicator_id": indicator_id,
            "role": role, "raw": span.raw, "number": span.number,
            "number_max": span.number_max, "unit": span.unit, "comparator": span.comparator,
            "change": span.change, "change_basis": span.change_basis,
            "period_start": span.period_start, "period_end": span.period_end,
            "qualitative": span.qualitative, "section": section,
            "confidence": self.doc.confidence_of(start, end),
            **self._provenance(start, end),
        })
        return value_id
