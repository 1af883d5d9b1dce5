"""The in-memory document ingest hands to parse: normalized text cut into blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BlockKind = Literal["heading", "paragraph", "table"]


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell; its text is `SourceDocument.text[start:end]`."""

    start: int
    end: int
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph or table; offsets index the document's normalized text."""

    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    rows: tuple[tuple[Cell, ...], ...] = ()


@dataclass(slots=True)
class SourceDocument:
    """Everything ingest learned about one input; parse reads only this."""

    doc_id: str
    source: str
    media_type: str
    text: str
    blocks: list[Block]
    title: str | None = None
    issuer: str | None = None
    published: date | None = None
    pages: int | None = None
    #: The year the report is about (from its title, else its date); dates 1-9月 and 上半年.
    year: int | None = None
    warnings: list[str] = field(default_factory=list)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]
