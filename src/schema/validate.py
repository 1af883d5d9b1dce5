"""Validation: parse's plain rows → contract models; a broken row is a parse bug, reported."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from zhibiao.errors import QuarantineError
from zhibiao.parse.records import Records
from zhibiao.schema.models import Attainment, Document, Indicator, TableRow, Target, Value


class InvalidRecords(QuarantineError):
    """Parse produced rows that break the data contract (a parser bug, not bad input)."""

    reason = "invalid_records"
    stage = "validate"


@dataclass(slots=True)
class ValidRecords:
    """The validated rows of one document, each table with its own model."""

    document: Document
    targets: list[Target]
    indicators: list[Indicator]
    values: list[Value]
    attainment: list[Attainment]

    @property
    def tables(self) -> dict[str, Sequence[TableRow]]:
        """The rows by output table name, in the order the tables are written."""
        return {"documents": [self.document], "targets": self.targets,
                "indicators": self.indicators, "values": self.values,
                "attainment": self.attainment}


def validate(records: Records) -> ValidRecords:
    """Every row checked against its model; offsets checked against the document text."""
    try:
        valid = ValidRecords(  # the rows' keys are typed; their values are checked here
            document=Document.model_validate(records.document),
            targets=[Target.model_validate(row) for row in records.targets],
            indicators=[Indicator.model_validate(row) for row in records.indicators],
            values=[Value.model_validate(row) for row in records.values],
            attainment=[Attainment.model_validate(row) for row in records.attainment],
        )
    except ValidationError as exc:
        raise InvalidRecords(f"rows break the data contract: {exc}") from exc
    text = valid.document.text
    for value in valid.values:
        if text[value.char_start : value.char_end] != value.raw:
            raise InvalidRecords(
                f"value {value.value_id} offsets {value.char_start}:{value.char_end} "
                f"do not slice its raw text {value.raw!r}"
            )
    return valid
