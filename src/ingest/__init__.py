"""Ingest: read one input (path or URL) into a SourceDocument; the only code that reads inputs."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from zhibiao.errors import EmptyInput, NotHtml, TooLarge, UnreadableInput, UnsupportedType
from zhibiao.ingest.document import Block, Cell, SourceDocument
from zhibiao.ingest.fetch import fetch_url, is_url, parse_content_type
from zhibiao.ingest.html import read_html
from zhibiao.ingest.pdf import read_pdf
from zhibiao.ingest.script import simplified_document
from zhibiao.ingest.sniff import sniff_media_type
from zhibiao.ingest.text import read_text
from zhibiao.limits import DEFAULT_LIMITS, Limits, check_chars, megabytes
from zhibiao.options import DEFAULT_OPTIONS, Options

__all__ = ["Block", "Cell", "SourceDocument", "doc_id_of", "is_url", "read_bytes",
           "read_document", "read_source"]


def doc_id_of(data: bytes) -> str:
    """First 16 hex digits of the SHA-256 of the source bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def _too_large(size: int, limits: Limits) -> TooLarge:
    return TooLarge(f"{megabytes(size)} is over the file-size limit of "
                    f"{megabytes(limits.max_file_bytes)} (--max-file-mb)")


def read_bytes(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a regular file, refused before reading when over the size limit.

    Opened without blocking and checked to be a regular file first, so a FIFO or a
    device named like a document cannot hang or flood the run."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError as exc:
        raise UnreadableInput(f"{path} is a directory") from exc
    except OSError as exc:
        raise UnreadableInput(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableInput(f"{path} is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput(f"{path} is not a regular file (a pipe, socket or device)")
        if info.st_size > limits.max_file_bytes:
            raise _too_large(info.st_size, limits)
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limits.max_file_bytes + 1)  # the file may grow while read
    except OSError as exc:
        raise UnreadableInput(f"cannot read {path}: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > limits.max_file_bytes:
        raise _too_large(len(data), limits)
    return data


def read_source(source: str, options: Options = DEFAULT_OPTIONS) -> tuple[bytes, str | None]:
    """The bytes of a path or an http(s) URL (fetched as `options.fetch` says), and the
    Content-Type a server sent."""
    limits = options.limits
    if is_url(source):
        page = fetch_url(source, options.fetch)
        if len(page.data) > limits.max_file_bytes:
            raise _too_large(len(page.data), limits)
        return page.data, page.content_type
    return read_bytes(source, limits), None


def read_document(source: str, data: bytes, content_type: str | None = None, *,
                  options: Options = DEFAULT_OPTIONS) -> SourceDocument:
    """Dispatch on the content (not the file name) to the reader for its type.

    `content_type` is the HTTP header of a fetched page: it breaks the text/HTML tie and
    its charset outranks the page's own <meta>. A URL must give a web page (or a PDF).
    `options.limits` bound the characters (and a PDF's pages and streams; the file size
    was checked when the bytes were read); a PDF is OCR'd as `options.ocr` says.
    """
    limits = options.limits
    media_type = sniff_media_type(data, source)
    mime, charset = parse_content_type(content_type)
    if media_type == "text/plain" and mime in ("text/html", "application/xhtml+xml"):
        media_type = "text/html"
    doc_id = doc_id_of(data)
    if media_type == "text/html":
        doc = read_html(data, source, doc_id, http_charset=charset, limits=limits)
    elif is_url(source) and media_type != "application/pdf":
        if not data.strip():
            raise EmptyInput("the server sent an empty page")
        raise NotHtml(f"the URL served {mime or media_type}, not a web page")
    elif media_type == "text/plain":
        doc = read_text(data, source, doc_id, limits=limits)
    elif media_type == "application/pdf":
        doc = read_pdf(data, source, doc_id, limits=limits, ocr=options.ocr,
                       ocr_threads=options.ocr_threads)
    else:
        raise UnsupportedType(f"{media_type} documents are not read yet")
    check_chars(len(doc.text), limits, "the text read")
    return simplified_document(doc)
