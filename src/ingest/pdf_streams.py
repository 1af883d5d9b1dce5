"""Decompression bombs: how far a PDF's compressed streams inflate, measured before pdfium
reads them.

pdfium decodes a content stream whole, in memory, and has no limit of its own: a 3 KB
file whose content stream is deflated twice inflates to gigabytes and takes as much
memory (tests/data/bad/bomb.pdf: 1.1 GB). Here every stream whose filter chain starts
with FlateDecode is inflated as a stream of bounded chunks, through each Flate layer in
turn, and thrown away as it is counted; the first stream past the limit raises
DecompressionBomb. Memory stays at a few chunks whatever the ratio; time is bounded by
the limit (zlib inflates about 1 GB/s), and a stream too short to get past the limit
even at deflate's highest ratio (MAX_FLATE_RATIO) is not inflated at all.

Flate is what PDF writers use and what bombs use (ratio up to 1:1032 per layer, and
layers nest); the ASCII85 and ASCIIHex filters writers put around it (reportlab writes
[/ASCII85Decode /FlateDecode]) are decoded on the way, in memory, since they only
shrink. A chain is followed up to its first other filter. LZW is left to the worker's
memory cap and the timeout (it tops out near 1:1400 and does not nest in practice);
image filters are decoded only when a page is rendered, which zhibiao never does.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Iterator

from zhibiao.errors import DecompressionBomb
from zhibiao.limits import megabytes

#: A stream's data starts after the `stream` keyword and its end of line.
_STREAM = re.compile(rb"\bstream(?:\r\n|\n|\r)")
_ENDSTREAM = b"endstream"
#: The stream dictionary's /Filter: one name or an array of names.
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_FLATE = frozenset({b"FlateDecode", b"Fl"})
_ASCII85 = frozenset({b"ASCII85Decode", b"A85"})
_ASCIIHEX = frozenset({b"ASCIIHexDecode", b"AHx"})
#: The filters whose output the bomb check can measure by decoding.
_MEASURED = _FLATE | _ASCII85 | _ASCIIHEX
_WHITESPACE = b" \t\r\n\f\x00"
#: How far back from `stream` its dictionary may start.
_DICT_WINDOW = 4096
_CHUNK = 1 << 20
#: The most one Flate layer can inflate a byte to: deflate's longest match (258 bytes)
#: takes at least two bits (a one-bit length code and a one-bit distance code), so
#: 258 * 4 = 1032 bytes out per byte in. A stream whose length times this (per Flate
#: layer; the ASCII filters before them only shrink it) is within the limit is not
#: inflated to be measured: most of a PDF's streams, so most of the work is skipped.
MAX_FLATE_RATIO = 1032


def _filters(dictionary: bytes) -> list[bytes]:
    """The stream's filter chain, up to its first filter not measured here; empty when
    it holds no Flate filter."""
    filters = _FILTER.findall(dictionary)
    if not filters:
        return []
    chain = []
    for name in _NAME.findall(filters[-1]):
        if name not in _MEASURED:
            break
        chain.append(name)
    return chain if any(name in _FLATE for name in chain) else []


def _ascii_decode(name: bytes, data: bytes) -> bytes:
    """ASCII85 or ASCIIHex data decoded (damaged data: what decodes before the damage is
    not worth the trouble, the stream counts as empty)."""
    try:
        if name in _ASCII85:
            body = data.split(b"~>", 1)[0]
            body = body[2:] if body.lstrip(_WHITESPACE).startswith(b"<~") else body
            return base64.a85decode(body.strip(_WHITESPACE), ignorechars=_WHITESPACE)
        body = bytes(b for b in data.split(b">", 1)[0] if b not in _WHITESPACE)
        return binascii.unhexlify(body + b"0" * (len(body) % 2))
    except ValueError:
        return b""


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """One Flate layer over a stream of chunks, in chunks of at most _CHUNK bytes; stops
    quietly at the end of the data or at damage (pdfium decides what damage means)."""
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            pending = chunk
            while pending:
                out = inflater.decompress(pending, _CHUNK)
                if out:
                    yield out
                if inflater.eof:
                    return
                pending = inflater.unconsumed_tail
        rest = inflater.flush()
        if rest:
            yield rest
    except zlib.error:
        return


def inflated_size(raw: bytes, filters: int | list[bytes], limit: int) -> int:
    """Bytes `raw` decodes to through `filters` (a chain of Flate, ASCII85 and ASCIIHex
    names, or a number of Flate layers), counting stopped once past `limit`. ASCII
    filters after a Flate one are not decoded: they would only shrink the count."""
    chain = [b"FlateDecode"] * filters if isinstance(filters, int) else filters
    chunks: Iterator[bytes] = iter((raw,))
    inflating = False
    for name in chain:
        if name in _FLATE:
            chunks = _inflate(chunks)
            inflating = True
        elif not inflating:
            chunks = iter((_ascii_decode(name, b"".join(chunks)),))
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            break
    return size


_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _streams(data: bytes) -> Iterator[tuple[int, int]]:
    """Where each `stream` keyword is and where its data starts: the matches of `_STREAM`
    (`stream` at a word boundary, then an end of line), found with bytes.find (the
    regular expression tries its word boundary at every byte of the file)."""
    at = data.find(b"stream")
    while at >= 0:
        after = at + 6
        if not at or data[at - 1] not in _WORD:
            eol = data[after : after + 2]
            if eol == b"\r\n":
                yield at, after + 2
            elif eol[:1] in (b"\n", b"\r"):
                yield at, after + 1
        at = data.find(b"stream", after)


def check_streams(data: bytes, limit: int) -> None:
    """Raise DecompressionBomb when a Flate stream of the PDF `data` inflates past
    `limit` bytes."""
    for at, start in _streams(data):
        dictionary = data[max(0, at - _DICT_WINDOW) : at]
        dictionary = dictionary[dictionary.rfind(b"obj") + 1 :]  # this object's only
        chain = _filters(dictionary)
        if not chain:
            continue
        end = data.find(_ENDSTREAM, start)
        stop = end if end >= 0 else len(data)
        layers = sum(name in _FLATE for name in chain)
        if (stop - start) * MAX_FLATE_RATIO**layers <= limit:
            continue  # cannot inflate past the limit: no need to inflate it
        raw = data[start:stop]
        if inflated_size(raw, chain, limit) > limit:
            raise DecompressionBomb(
                f"a compressed stream at byte {start} inflates to more than "
                f"{megabytes(limit)} ({len(raw):,} bytes through {layers} Flate layer(s)): "
                "a decompression bomb (limit: --max-inflated-mb)")
