"""The rows one document produces: typed dicts keyed like the schema models.

Parse builds rows as plain dicts (cheap to make, easy to test with a literal); these types
give each table's row its keys so a misspelled key is a type error, not a validation
failure at the end. `schema.validate` turns them into the pydantic models of the data
contract, which alone say what values are allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict


class ProvenanceRow(TypedDict):
    """Where in the document text (and, for a PDF, on which page and where) a row is."""

    char_start: int
    char_end: int
    page: int | None
    bbox: list[float] | None


class DocumentRow(TypedDict):
    doc_id: str
    source: str
    media_type: str
    title: str | None
    issuer: str | None
    published: date | None
    genre: str
    pages: int | None
    chars: int
    status: str
    warnings: list[str]
    parser_version: str
    text: str


class TargetRow(ProvenanceRow):
    target_id: str
    doc_id: str
    name: str
    section: str | None
    text: str


class IndicatorRow(ProvenanceRow):
    indicator_id: str
    doc_id: str
    target_id: str | None
    name: str
    text: str | None
    level1: str | None
    level2: str | None
    section: str | None


class ValueRow(ProvenanceRow):
    value_id: str
    doc_id: str
    indicator_id: str | None
    role: str
    raw: str
    number: float | None
    number_max: float | None
    unit: str
    comparator: str
    change: str | None
    change_basis: str | None
    period_start: date | None
    period_end: date | None
    qualitative: str | None
    section: str | None
    confidence: float | None


class AttainmentRow(TypedDict):
    doc_id: str
    indicator_id: str
    target_value_id: str
    actual_value_id: str
    status: str
    gap: float | None


@dataclass(slots=True)
class Records:
    """Rows of every table for one document; `schema.validate` turns them into models."""

    document: DocumentRow
    targets: list[TargetRow] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)
    values: list[ValueRow] = field(default_factory=list)
    attainment: list[AttainmentRow] = field(default_factory=list)
