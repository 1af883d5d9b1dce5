"""The data contract: pydantic models and the Arrow schemas derived from them."""

from zhibiao.schema.arrow import SCHEMAS, arrow_schema
from zhibiao.schema.models import (
    SCHEMA_VERSION,
    TABLES,
    Attainment,
    Document,
    Indicator,
    Provenance,
    Quarantine,
    Target,
    Value,
)

__all__ = [
    "SCHEMAS",
    "SCHEMA_VERSION",
    "TABLES",
    "Attainment",
    "Document",
    "Indicator",
    "Provenance",
    "Quarantine",
    "Target",
    "Value",
    "arrow_schema",
]
