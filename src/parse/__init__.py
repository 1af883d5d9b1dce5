"""Parse: SourceDocument → Records. Pure functions over in-memory objects, no I/O."""

from __future__ import annotations

from zhibiao.ingest.document import SourceDocument
from zhibiao.parse import generic
from zhibiao.parse.genres import UNKNOWN, recognise
from zhibiao.parse.records import Records

#: Bumped whenever parse output may change, so the lake re-parses unchanged documents.
PARSER_VERSION = "0.1.0"

__all__ = ["PARSER_VERSION", "Records", "parse"]


def parse(doc: SourceDocument) -> Records:
    """Every target, indicator and value of one document."""
    genre = recognise(doc)
    warnings = list(doc.warnings)
    if genre == UNKNOWN:
        warnings.append("genre not recognised: generic extraction, roles are guesses")
    else:
        warnings.append(f"no {genre} parser yet: generic extraction, roles are guesses")
    indicators, values = generic.extract(doc)
    if not values:
        warnings.append("no values found")
    document = {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "media_type": doc.media_type,
        "title": doc.title,
        "issuer": doc.issuer,
        "published": doc.published,
        "genre": genre,
        "pages": doc.pages,
        "chars": len(doc.text),
        "status": "partial",  # generic extraction only; genre parsers report "ok" unless
        # ingest marked the document incomplete (doc.partial)
        "warnings": warnings,
        "parser_version": PARSER_VERSION,
        "text": doc.text,
    }
    return Records(document=document, indicators=indicators, values=values)
