"""Decide what kind of document some bytes are, by content first and name second."""

from __future__ import annotations

import re

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0", "application/x-ole-storage"),  # .doc / .xls
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
)
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div")
#: What may come before the first tag of a page: a BOM, an XML declaration, comments.
_PROLOG = re.compile(rb"^(?:\xef\xbb\xbf|\s+|<\?xml[^>]*>|<!--.*?-->)+", re.DOTALL)


def sniff_media_type(data: bytes, source: str = "") -> str:
    """Media type of `data`; the name only breaks ties between text and HTML."""
    head = data[:1024].lstrip()
    for signature, media_type in _SIGNATURES:
        if head.startswith(signature) or (signature == b"%PDF-" and signature in data[:1024]):
            return media_type
    lowered = _PROLOG.sub(b"", data[:4096], count=1).lower()
    if any(lowered.startswith(marker) for marker in _HTML_MARKERS) or (
        source.lower().endswith((".html", ".htm", ".shtml", ".xhtml")) and b"<" in lowered
    ):
        return "text/html"
    return "text/plain"
