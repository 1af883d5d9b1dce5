"""The review page: one self-contained HTML file an analyst opens in a browser.

`write_review(out_dir, html_path)` reads the Parquet tables of a `zhibiao convert` output
and writes a single static page (inline CSS and JavaScript, nothing fetched): the document
list, each document's stored text with every extracted value highlighted, the document's
tab-separated tables as grids, attainment per target and the quarantine with reasons.
The page's HTML, CSS and JavaScript are the files in templates/ (shipped as package data);
this module fills in the data.

Safety and scale:

- Data never passes through an HTML parser. It is embedded as JSON in
  `<script type="application/json">` blocks, with every ``<``, ``>`` and ``&`` written as a
  ``\\u00XX`` escape, so no string in a report (``</script>``, ``<!--``) can end the block;
  the page's script builds the DOM with createElement / textContent only.
- Each document's text, values and attainment sit in a block of their own that is parsed
  and rendered only when the document is opened, so a report of 1,000 documents loads as
  fast as its document list.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any, get_args

import pyarrow.parquet as pq

from zhibiao.files import write_atomic
from zhibiao.schema import SCHEMAS, TABLES
from zhibiao.schema.models import AttainmentStatus, Role

#: Columns of each table as the page embeds them (and its script reads them by these names):
#: all of them, in the order of the Arrow schemas derived from the models, so a new schema
#: field reaches the page without an edit here. A document's text is not in the index: its
#: own block carries it, parsed only when the document is opened.
FIELDS: dict[str, tuple[str, ...]] = {name: tuple(SCHEMAS[name].names) for name in TABLES}
VALUE_FIELDS = FIELDS["values"]
INDICATOR_FIELDS = FIELDS["indicators"]
TARGET_FIELDS = FIELDS["targets"]
ATTAINMENT_FIELDS = FIELDS["attainment"]
QUARANTINE_FIELDS = FIELDS["quarantine"]
DOCUMENT_FIELDS = tuple(f for f in FIELDS["documents"] if f != "text")
ROLES = get_args(Role)
STATUSES = get_args(AttainmentStatus)


@dataclass(frozen=True)
class ReviewSummary:
    path: Path
    documents: int
    values: int
    quarantined: int
    bytes: int


TABLE_NAMES = tuple(TABLES)


@cache
def _template(name: str) -> str:
    """One file of the page from templates/ (package data, installed with the package)."""
    return (resources.files("zhibiao.export") / "templates" / name).read_text(encoding="utf-8")


class ReviewInputError(Exception):
    """The folder given is neither a convert output nor a lake with a complete run."""


def load_tables(out_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table: from a convert output (one Parquet file per table) or, where
    there is none, from a `zhibiao refresh` lake (its last complete run)."""
    if not (out_dir / "documents.parquet").exists():
        if (out_dir / "runs" / "_delta_log").is_dir():
            from zhibiao.export.lake import LakeError, read_lake

            try:
                lake = read_lake(out_dir, tables=TABLE_NAMES)
            except LakeError as exc:
                raise ReviewInputError(str(exc)) from exc
            return {name: lake[name].to_pylist() for name in TABLE_NAMES}
        raise ReviewInputError(f"{out_dir / 'documents.parquet'} not found: is {out_dir} the "
                               f"output folder of `zhibiao convert` (or a refresh lake)?")
    return {name: pq.read_table(out_dir / f"{name}.parquet").to_pylist()
            if (out_dir / f"{name}.parquet").exists() else [] for name in TABLE_NAMES}


def _plain(value: Any) -> Any:
    """A JSON-ready form of one cell: dates as ISO strings, NaN/inf as null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _row(record: dict[str, Any], fields: tuple[str, ...]) -> list[Any]:
    return [_plain(record.get(f)) for f in fields]


def embed_json(data: Any) -> str:
    """JSON that is inert inside a `<script>` element: `<`, `>` and `&` (which can only occur
    inside JSON strings) and the JS line separators become \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def build_report(out_dir: str | os.PathLike[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(index, one payload per document): the data the page embeds."""
    out_dir = Path(out_dir)
    tables = load_tables(out_dir)
    documents = tables["documents"]
    by_doc: dict[str | None, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list))
    for name in ("targets", "indicators", "values", "attainment"):
        for record in tables[name]:
            by_doc[record.get("doc_id")][name].append(record)
    quarantine = tables["quarantine"]

    documents.sort(key=lambda d: (str(d.get("source") or ""), str(d.get("doc_id") or "")))
    index_docs: list[dict[str, Any]] = []
    payloads: list[dict[str, Any]] = []
    totals = {"documents": len(documents), "values": 0, "targets": 0, "indicators": 0,
              **{s: 0 for s in STATUSES}}
    for doc in documents:
        rows = by_doc.get(doc.get("doc_id"), {})
        values = sorted(rows.get("values", []),
                        key=lambda v: (v.get("char_start") or 0, -(v.get("char_end") or 0)))
        attainment = rows.get("attainment", [])
        roles = {r: 0 for r in ROLES}
        for v in values:
            roles[v.get("role") or "unknown"] = roles.get(v.get("role") or "unknown", 0) + 1
        statuses = {s: 0 for s in STATUSES}
        for a in attainment:
            statuses[a.get("status") or "unknown"] = statuses.get(a.get("status") or "unknown",
                                                                  0) + 1
        counts: dict[str, Any] = {"targets": len(rows.get("targets", [])),
                  "indicators": len(rows.get("indicators", [])), "values": len(values),
                  "roles": roles, **statuses}
        for key in ("values", "targets", "indicators", *STATUSES):
            totals[key] += counts[key]
        entry = {f: _plain(doc.get(f)) for f in DOCUMENT_FIELDS}
        entry["counts"] = counts
        index_docs.append(entry)
        payloads.append({
            "text": doc.get("text") or "",
            "values": [_row(v, VALUE_FIELDS) for v in values],
            "indicators": [_row(i, INDICATOR_FIELDS) for i in rows.get("indicators", [])],
            "targets": [_row(t, TARGET_FIELDS) for t in rows.get("targets", [])],
            "attainment": [_row(a, ATTAINMENT_FIELDS) for a in attainment],
        })
    index = {
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "out": str(out_dir),
        "fields": {"values": VALUE_FIELDS, "indicators": INDICATOR_FIELDS,
                   "targets": TARGET_FIELDS, "attainment": ATTAINMENT_FIELDS,
                   "quarantine": QUARANTINE_FIELDS},
        "roles": ROLES,
        "statuses": STATUSES,
        "totals": totals,
        "documents": index_docs,
        "quarantine": [_row(q, QUARANTINE_FIELDS) for q in quarantine],
    }
    return index, payloads


def render_html(index: dict[str, Any], payloads: list[dict[str, Any]]) -> str:
    """The page: the fixed templates, data only inside JSON blocks (see the module doc)."""
    script = _template("review.js")
    # Defence in depth: only the page's own script (by hash) may run, nothing is fetched.
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
           f"img-src 'none'; form-action 'none'; base-uri 'none'")
    blocks = [f'<script type="application/json" id="zb-index">{embed_json(index)}</script>\n']
    blocks.extend(f'<script type="application/json" id="zb-doc-{i}">{embed_json(payload)}'
                  f"</script>\n" for i, payload in enumerate(payloads))
    # The values are inserted as they are: only the template is read for ${...} fields.
    return Template(_template("review.html")).substitute(
        csp=csp, css=_template("review.css"), data="".join(blocks), script=script)


def write_review(out_dir: str | os.PathLike[str],
                 html_path: str | os.PathLike[str]) -> ReviewSummary:
    """Write the review page of a convert output folder to `html_path` (atomically)."""
    index, payloads = build_report(out_dir)
    html = render_html(index, payloads).encode("utf-8")
    target = Path(html_path)
    write_atomic(target, html)
    return ReviewSummary(target, index["totals"]["documents"], index["totals"]["values"],
                         len(index["quarantine"]), len(html))

