"""Ingest: read one input (path) into a SourceDocument; the only code that reads inputs."""

from __future__ import annotations

import hashlib
from pathlib import Path

from zhibiao.errors import UnreadableInput, UnsupportedType
from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.ingest.sniff import sniff_media_type
from zhibiao.ingest.text import read_text

__all__ = ["Block", "Cell", "SourceDocument", "doc_id_of", "read_bytes", "read_document"]


def doc_id_of(data: bytes) -> str:
    """First 16 hex digits of the SHA-256 of the source bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except IsADirectoryError as exc:
        raise UnreadableInput(f"{path} is a directory") from exc
    except OSError as exc:
        raise UnreadableInput(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_document(source: str, data: bytes) -> SourceDocument:
    """Dispatch on the content (not the file name) to the reader for its type."""
    media_type = sniff_media_type(data, source)
    doc_id = doc_id_of(data)
    if media_type == "text/plain":
        return read_text(data, source, doc_id)
    raise UnsupportedType(f"{media_type} documents are not read yet")
