"""Errors that send a document to quarantine: a reason code plus a human message."""

from __future__ import annotations


class QuarantineError(Exception):
    """Base of every error that quarantines one document; the run goes on."""

    reason = "error"
    stage = "ingest"

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
