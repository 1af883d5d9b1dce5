"""Validation: parse's plain rows → contract models; a broken row is a parse bug, reported."""

from __future__ import annotations

from pydantic import ValidationError

from zhibiao.errors import QuarantineError
from zhibiao.parse.records import Records
from zhibiao.schema.models import Attainment, Document, Indicator, Row, Target, Value


class InvalidRecords(QuarantineError):
    """Parse produced rows that break the data contract (a parser bug, not bad input)."""

    reason = "invalid_records"
    stage = "validate"


class ValidRecords:
    """The validated rows of one document, by table name."""

    __slots__ = ("document", "tables")

    def __init__(self, document: Document, tables: dict[str, list[Row]]) -> None:
        self.document = document
        self.tables = tables


def validate(records: Records) -> ValidRecords:
    """Every row checked against its model; offsets checked against the document text."""
    try:
        document = Document(**records.document)
        tables: dict[str, list[Row]] = {
            "documents": [document],
            "targets": [Target(**row) for row in records.targets],
            "indicators": [Indicator(**row) for row in records.indicators],
            "values": [Value(**row) for row in records.values],
            "attainment": [Attainment(**row) for row in records.attainment],
        }
    except ValidationError as exc:
        raise InvalidRecords(f"rows break the data contract: {exc}") from exc
    for value in tables["values"]:
        if document.text[value.char_start : value.char_end] != value.raw:
            raise InvalidRecords(
                f"value {value.value_id} offsets {value.char_start}:{value.char_end} "
                f"do not slice its raw text {value.raw!r}"
            )
    return ValidRecords(document, tables)
