"""Ingest: read one input (path or URL) into a SourceDocument; the only code that reads inputs."""

from __future__ import annotations

import hashlib
from pathlib import Path

from zhibiao.errors import EmptyInput, NotHtml, UnreadableInput, UnsupportedType
from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.ingest.fetch import fetch_url, is_url, parse_content_type
from zhibiao.ingest.html import read_html
from zhibiao.ingest.pdf import read_pdf
from zhibiao.ingest.sniff import sniff_media_type
from zhibiao.ingest.text import read_text

__all__ = ["Block", "Cell", "SourceDocument", "doc_id_of", "is_url", "read_bytes",
           "read_document", "read_source"]


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


def read_source(source: str) -> tuple[bytes, str | None]:
    """The bytes of a path or an http(s) URL, and the Content-Type a server sent."""
    if is_url(source):
        page = fetch_url(source)
        return page.data, page.content_type
    return read_bytes(source), None


def read_document(source: str, data: bytes, content_type: str | None = None) -> SourceDocument:
    """Dispatch on the content (not the file name) to the reader for its type.

    `content_type` is the HTTP header of a fetched page: it breaks the text/HTML tie and
    its charset outranks the page's own <meta>. A URL must give a web page (or a PDF).
    """
    media_type = sniff_media_type(data, source)
    mime, charset = parse_content_type(content_type)
    if media_type == "text/plain" and mime in ("text/html", "application/xhtml+xml"):
        media_type = "text/html"
    doc_id = doc_id_of(data)
    if media_type == "text/html":
        return read_html(data, source, doc_id, http_charset=charset)
    if is_url(source) and media_type != "application/pdf":
        if not data.strip():
            raise EmptyInput("the server sent an empty page")
        raise NotHtml(f"the URL served {mime or media_type}, not a web page")
    if media_type == "text/plain":
        return read_text(data, source, doc_id)
    if media_type == "application/pdf":
        return read_pdf(data, source, doc_id)
    raise UnsupportedType(f"{media_type} documents are not read yet")
