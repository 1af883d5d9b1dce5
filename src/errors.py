"""Errors that send a document to quarantine: a reason code plus a human message."""

from __future__ import annotations

from typing import ClassVar, Literal

#: Where a document failed: reading its bytes, ingesting them, parsing, validating the
#: rows; run: the runner gave up on it (timeout, dead worker).
Stage = Literal["read", "ingest", "parse", "validate", "run"]


class QuarantineError(Exception):
    """Base of every error that quarantines one document; the run goes on."""

    reason: ClassVar[str] = "error"
    stage: ClassVar[Stage] = "ingest"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnreadableInput(QuarantineError):
    """The file cannot be opened or read (missing, permissions, a directory, a loop)."""

    reason = "unreadable"
    stage = "read"


class EmptyInput(QuarantineError):
    """Zero bytes, or nothing but whitespace."""

    reason = "empty"


class BinaryInput(QuarantineError):
    """Bytes that are not text in any encoding we read (a misnamed binary file)."""

    reason = "binary"


class EncodingProblem(QuarantineError):
    """Text whose encoding cannot be determined without producing garbage."""

    reason = "encoding"


class UnsupportedType(QuarantineError):
    """A kind of document zhibiao does not read (yet)."""

    reason = "unsupported"


class NoContent(QuarantineError):
    """Readable, but no text came out of it (an image-only page, a blank PDF)."""

    reason = "no_text"
    stage = "parse"


class FetchFailed(QuarantineError):
    """A URL could not be fetched: network error, timeout, or server errors after retries."""

    reason = "fetch"
    stage = "read"


class RobotsDisallowed(FetchFailed):
    """The site's robots.txt does not allow zhibiao to fetch this URL."""

    reason = "robots"


class NotHtml(QuarantineError):
    """A URL answered with something that is not a web page (an image, an archive …)."""

    reason = "not_html"


class ErrorPage(QuarantineError):
    """The server answered with an error page (HTTP 404, or a 页面不存在 page sent as 200)."""

    reason = "error_page"


class EncryptedPdf(QuarantineError):
    """A PDF that needs a password to be opened."""

    reason = "encrypted"


class CorruptPdf(QuarantineError):
    """A PDF that is truncated or damaged, or has no pages."""

    reason = "corrupt"


class ScannedPdf(QuarantineError):
    """A PDF of page images only: nothing to read without OCR."""

    reason = "scanned"


# --- limits (limits.py): a document too big to read safely ---------------------------------


class TooLarge(QuarantineError):
    """The input file (or fetched page) is larger than the file-size limit."""

    reason = "too_large"
    stage = "read"


class TooManyPages(QuarantineError):
    """A PDF with more pages than the page limit."""

    reason = "too_many_pages"


class TooLong(QuarantineError):
    """More characters than the character limit (decoded text, a page, a PDF's text)."""

    reason = "too_long"


class DecompressionBomb(QuarantineError):
    """A compressed PDF stream that inflates past the inflated-stream limit."""

    reason = "decompression_bomb"


class TooDeep(QuarantineError):
    """A web page nested deeper than the HTML parser reads (libxml2 stops at 256 levels
    and would silently drop the rest)."""

    reason = "too_deep"


class TooManyCells(QuarantineError):
    """A table whose grid (rows × columns, merged cells spread out) is over the cell
    limit: a few KB of colspan="1000" cells would otherwise take minutes and gigabytes."""

    reason = "too_many_cells"


class OutOfMemory(QuarantineError):
    """Reading the document ran out of memory (the worker's memory cap)."""

    reason = "out_of_memory"
