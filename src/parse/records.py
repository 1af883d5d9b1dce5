"""The rows one document produces, as plain dicts keyed like the schema models."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Records:
    """Rows of every table for one document; `schema.validate` turns them into models."""

    document: dict[str, Any]
    targets: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    values: list[dict[str, Any]] = field(default_factory=list)
    attainment: list[dict[str, Any]] = field(default_factory=list)
