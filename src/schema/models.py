"""The data contract: one pydantic model per output table (README.md, Output tables)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from zhibiao.errors import Stage

SCHEMA_VERSION = "3"  # 2: section on indicators and values; 3: confidence on values

#: score: points of an evaluation form (分值 = the weight, 得分 = the points earned); kept
#: apart from targets and actuals so they never enter attainment.
Role = Literal["target", "actual", "baseline", "score", "unknown"]
Comparator = Literal["=", "≥", "≤", ">", "<", "~"]
Change = Literal["up", "down"]
Status = Literal["ok", "partial", "quarantined"]
AttainmentStatus = Literal["met", "not_met", "unknown"]


class TableRow(BaseModel):
    """Base of every table row: strict, immutable once validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Provenance(TableRow):
    """Where in the source a row came from, so it can be shown highlighted there."""

    page: int | None = Field(None, ge=1, description="1-based PDF page; null for web and text")
    bbox: list[float] | None = Field(
        None, min_length=4, max_length=4, description="x0, top, x1, bottom in PDF points"
    )
    char_start: int = Field(ge=0, description="offset into documents.text (normalized)")
    char_end: int = Field(ge=0, description="end offset (exclusive) into documents.text")


class Document(TableRow):
    doc_id: str = Field(pattern=r"^[0-9a-f]{16}$", description="first 16 hex of SHA-256(bytes)")
    source: str
    media_type: str
    title: str | None = None
    issuer: str | None = None
    published: date | None = None
    genre: str
    pages: int | None = Field(None, ge=0)
    chars: int = Field(ge=0)
    status: Status
    warnings: list[str] = Field(default_factory=list)
    parser_version: str
    text: str = Field(description="normalized text all char offsets point into")


class Target(Provenance):
    target_id: str
    doc_id: str
    name: str
    section: str | None = Field(None, description="heading path, e.g. 一、主要目标 › （二）")
    text: str


class Indicator(Provenance):
    indicator_id: str
    doc_id: str
    target_id: str | None = None
    name: str = Field(description="short analyst name, e.g. 生产安全事故死亡人数")
    text: str | None = Field(None, description="the clause or cell the name was cut from")
    level1: str | None = None
    level2: str | None = None
    section: str | None = Field(None, description="heading path of the clause or table")


class Value(Provenance):
    value_id: str
    doc_id: str
    indicator_id: str | None = None
    role: Role
    raw: str = Field(description="the exact span: documents.text[char_start:char_end]")
    number: float | None = None
    number_max: float | None = Field(None, description="upper end of a range")
    unit: str = ""
    comparator: Comparator = "="
    change: Change | None = None
    change_basis: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    qualitative: str | None = None
    section: str | None = Field(None, description="heading path, e.g. 一、主要目标 › （二）")
    confidence: float | None = Field(
        None, ge=0, le=1, description="OCR confidence of the characters the value was read "
                                      "from; null when read from a text layer")


class Attainment(TableRow):
    doc_id: str
    indicator_id: str
    target_value_id: str
    actual_value_id: str
    status: AttainmentStatus
    gap: float | None = None


class Quarantine(TableRow):
    source: str
    doc_id: str | None = None
    stage: Stage = Field(
        description="where it failed; run: the runner gave up on it (timeout, dead worker)")
    reason: str = Field(description="machine-readable reason code, e.g. empty, binary, encoding")
    error: str = Field(description="exception type and human message")
    at: datetime


#: Output tables in the order they are written.
TABLES: dict[str, type[TableRow]] = {
    "documents": Document,
    "targets": Target,
    "indicators": Indicator,
    "values": Value,
    "attainment": Attainment,
    "quarantine": Quarantine,
}
