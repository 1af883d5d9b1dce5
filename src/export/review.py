"""The review page: one self-contained HTML file an analyst opens in a browser.

`write_review(out_dir, html_path)` reads the Parquet tables of a `zhibiao convert` output
and writes a single static page (inline CSS and JavaScript, nothing fetched): the document
list, each document's stored text with every extracted value highlighted, the document's
tab-separated tables as grids, attainment per target and the quarantine with reasons.

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
from pathlib import Path
from typing import Any, get_args

import pyarrow.parquet as pq

from zhibiao.files import write_atomic
from zhibiao.schema import TABLES
from zhibiao.schema.models import AttainmentStatus, Role

#: Columns of one value as embedded per document (the page reads them by these names).
VALUE_FIELDS = (
    "value_id", "role", "raw", "number", "number_max", "unit", "comparator", "change",
    "change_basis", "period_start", "period_end", "qualitative", "indicator_id", "section",
    "page", "bbox", "char_start", "char_end",
)
INDICATOR_FIELDS = ("indicator_id", "name", "level1", "level2", "target_id", "section")
TARGET_FIELDS = ("target_id", "name", "section")
ATTAINMENT_FIELDS = ("indicator_id", "target_value_id", "actual_value_id", "status", "gap")
QUARANTINE_FIELDS = ("source", "doc_id", "stage", "reason", "error", "at")
DOCUMENT_FIELDS = ("doc_id", "source", "media_type", "title", "issuer", "published", "genre",
                   "pages", "chars", "status", "warnings", "parser_version")
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
        "totals": totals,
        "documents": index_docs,
        "quarantine": [_row(q, QUARANTINE_FIELDS) for q in quarantine],
    }
    return index, payloads


def render_html(index: dict[str, Any], payloads: list[dict[str, Any]]) -> str:
    """The page: fixed template, data only inside JSON blocks (see the module doc)."""
    # Defence in depth: only the page's own script (by hash) may run, nothing is fetched.
    digest = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
           f"img-src 'none'; form-action 'none'; base-uri 'none'")
    parts = [_HEAD, f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
             f"<style>{_CSS}</style>\n</head>\n<body>\n", _BODY,
             f'<script type="application/json" id="zb-index">{embed_json(index)}</script>\n']
    for i, payload in enumerate(payloads):
        parts.append(f'<script type="application/json" id="zb-doc-{i}">'
                     f"{embed_json(payload)}</script>\n")
    parts.append(f"<script>{_JS}</script>\n</body>\n</html>\n")
    return "".join(parts)


def write_review(out_dir: str | os.PathLike[str],
                 html_path: str | os.PathLike[str]) -> ReviewSummary:
    """Write the review page of a convert output folder to `html_path` (atomically)."""
    index, payloads = build_report(out_dir)
    html = render_html(index, payloads).encode("utf-8")
    target = Path(html_path)
    write_atomic(target, html)
    return ReviewSummary(target, index["totals"]["documents"], index["totals"]["values"],
                         len(index["quarantine"]), len(html))


_HEAD = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zhibiao review</title>
"""

_CSS = """
:root { --target:#2563eb; --actual:#16a34a; --baseline:#9333ea; --score:#d97706;
  --unknown:#6b7280; --met:#16a34a; --not_met:#dc2626; --unk:#9ca3af; --line:#e5e7eb; }
* { box-sizing: border-box; }
[hidden] { display:none !important; }
body { margin:0; font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  color:#111827; background:#f9fafb; }
header { display:flex; gap:16px; align-items:center; padding:8px 16px; background:#111827;
  color:#f9fafb; flex-wrap:wrap; }
header h1 { font-size:16px; margin:0; }
header nav button { background:none; border:1px solid #4b5563; color:inherit; padding:2px 10px;
  border-radius:4px; cursor:pointer; }
header nav button.on { background:#374151; }
#totals { color:#d1d5db; font-size:13px; }
main { display:flex; height:calc(100vh - 44px); }
#list-pane { width:40%; min-width:320px; border-right:1px solid var(--line); display:flex;
  flex-direction:column; background:#fff; }
#filter { margin:8px; padding:4px 8px; border:1px solid #d1d5db; border-radius:4px; }
#list-wrap { overflow:auto; flex:1; }
table { border-collapse:collapse; }
#doc-list { width:100%; font-size:13px; }
#doc-list th { position:sticky; top:0; background:#f3f4f6; text-align:left; padding:4px 6px; }
#doc-list td { padding:4px 6px; border-top:1px solid var(--line); vertical-align:top; }
#doc-list td.n { text-align:right; font-variant-numeric:tabular-nums; }
#doc-list tr.doc { cursor:pointer; }
#doc-list tr.doc:hover { background:#eff6ff; }
#doc-list tr.doc.open { background:#dbeafe; }
.src { color:#6b7280; font-size:12px; word-break:break-all; }
#detail-pane { flex:1; overflow:auto; padding:12px 20px; }
#detail-pane h2 { font-size:18px; margin:0 0 4px; }
.meta { color:#4b5563; font-size:13px; margin:0 0 8px; }
.warn { color:#92400e; background:#fef3c7; padding:2px 8px; border-radius:4px; margin:2px 0;
  font-size:13px; }
.badge { display:inline-block; padding:0 6px; border-radius:9px; font-size:12px; color:#fff;
  background:var(--unk); white-space:nowrap; }
.badge.ok, .badge.met { background:var(--met); }
.badge.partial { background:#d97706; }
.badge.quarantined, .badge.not_met { background:var(--not_met); }
.legend { display:flex; gap:10px; flex-wrap:wrap; margin:8px 0; font-size:13px;
  align-items:center; }
.legend label { cursor:pointer; }
.sw { display:inline-block; width:12px; height:12px; border-radius:2px; vertical-align:-1px; }
.toolbar button { margin-right:4px; cursor:pointer; }
.toolbar button.on { font-weight:600; }
#doc-text { background:#fff; border:1px solid var(--line); padding:12px; border-radius:6px;
  white-space:pre-wrap; word-break:break-word; tab-size:4; }
#doc-text .ln { min-height:1.5em; }
table.grid { margin:6px 0; font-size:13px; }
table.grid td { border:1px solid #d1d5db; padding:3px 6px; vertical-align:top;
  white-space:pre-wrap; }
table.grid tr:first-child td { background:#f3f4f6; font-weight:600; }
mark.v { background:rgba(107,114,128,.18); border-bottom:2px solid var(--unknown);
  color:inherit; cursor:pointer; padding:0 1px; border-radius:2px; }
mark.v:empty::after { content:"\\25C6"; color:var(--unknown); }
mark.r-target { background:rgba(37,99,235,.15); border-bottom-color:var(--target); }
mark.r-actual { background:rgba(22,163,74,.15); border-bottom-color:var(--actual); }
mark.r-baseline { background:rgba(147,51,234,.15); border-bottom-color:var(--baseline); }
mark.r-score { background:rgba(217,119,6,.15); border-bottom-color:var(--score); }
mark.v.sel { outline:2px solid #f59e0b; }
.hide-target mark.r-target, .hide-actual mark.r-actual, .hide-baseline mark.r-baseline,
.hide-score mark.r-score, .hide-unknown mark.r-unknown { background:none; border-bottom:none; }
#tip { position:fixed; z-index:10; background:#111827; color:#f9fafb; padding:6px 10px;
  border-radius:6px; font-size:12px; max-width:420px; pointer-events:none; display:none;
  box-shadow:0 4px 12px rgba(0,0,0,.3); }
#tip .vt + .vt { border-top:1px solid #4b5563; margin-top:4px; padding-top:4px; }
dl.kv { display:grid; grid-template-columns:auto 1fr; gap:0 10px; margin:2px 0; }
dl.kv dt { color:#9ca3af; }
dl.kv dd { margin:0; word-break:break-word; }
#value-detail { position:sticky; top:0; background:#fffbeb; border:1px solid #fcd34d;
  border-radius:6px; padding:6px 10px; margin:8px 0; font-size:13px; z-index:2; }
#value-detail dl.kv dt { color:#6b7280; }
#value-detail { max-height:45vh; overflow:auto; }
#value-detail .close { float:right; border:none; background:none; font-size:18px; cursor:pointer; }
h3 { font-size:15px; margin:16px 0 6px; }
.tgroup { background:#fff; border:1px solid var(--line); border-radius:6px; padding:6px 10px;
  margin:6px 0; }
.tgroup h4 { margin:0 0 4px; font-size:14px; display:flex; gap:10px; align-items:center; }
.stack { display:inline-flex; width:160px; height:10px; border-radius:3px; overflow:hidden;
  background:#f3f4f6; vertical-align:middle; }
.stack span { display:block; height:100%; }
.stack .met { background:var(--met); } .stack .not_met { background:var(--not_met); }
.stack .unknown { background:var(--unk); }
table.att { width:100%; font-size:13px; }
table.att td, table.att th { padding:2px 6px; border-top:1px solid var(--line);
  text-align:left; vertical-align:middle; }
a.jump { color:#1d4ed8; cursor:pointer; text-decoration:underline dotted; }
#quarantine-pane { padding:12px 20px; overflow:auto; flex:1; }
#quarantine-pane table { width:100%; background:#fff; font-size:13px; }
#quarantine-pane td, #quarantine-pane th { border:1px solid var(--line); padding:4px 6px;
  text-align:left; vertical-align:top; word-break:break-word; }
.empty { color:#6b7280; font-style:italic; }
"""

_BODY = """<header>
<h1>zhibiao review</h1>
<nav><button id="nav-docs" class="on" type="button">Documents</button>
<button id="nav-quarantine" type="button">Quarantine</button></nav>
<span id="totals"></span>
</header>
<main id="docs-view">
<section id="list-pane">
<input id="filter" type="search" placeholder="filter: title, source, genre, status">
<div id="list-wrap"><table id="doc-list"><thead><tr><th>document</th><th>genre</th>
<th>status</th><th title="targets">tg</th><th title="indicators">ind</th><th>values</th>
<th>attainment</th></tr></thead><tbody></tbody></table></div>
</section>
<section id="detail-pane"><p class="empty">Choose a document on the left.</p></section>
</main>
<main id="quarantine-view" hidden><section id="quarantine-pane"></section></main>
<div id="tip" role="tooltip"></div>
<noscript>This page needs JavaScript to show the report.</noscript>
"""

_JS = r"""
(function () {
"use strict";
// Every string from the report reaches the DOM through textContent / text nodes /
// setAttribute: never through innerHTML, so document text cannot become markup.
function el(tag, attrs) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const k of Object.keys(attrs)) {
      const v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = String(v);
      else if (k === "onclick") e.addEventListener("click", v);
      else e.setAttribute(k, String(v));
    }
  }
  for (let i = 2; i < arguments.length; i++) {
    const kid = arguments[i];
    if (kid === null || kid === undefined || kid === false) continue;
    e.appendChild(typeof kid === "object" ? kid : document.createTextNode(String(kid)));
  }
  return e;
}
function svg(tag, attrs) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const k of Object.keys(attrs || {})) e.setAttribute(k, String(attrs[k]));
  return e;
}
function readJSON(id) { return JSON.parse(document.getElementById(id).textContent); }
function objects(rows, fields) {
  return rows.map(function (r) { const o = {}; fields.forEach(function (f, i) { o[f] = r[i]; }); return o; });
}
function fmtNum(n) { return (n === null || n === undefined) ? "" : String(n); }
function dash(s) { return (s === null || s === undefined || s === "") ? "\u2014" : String(s); }
function basename(s) { s = String(s || ""); const i = Math.max(s.lastIndexOf("/"), s.lastIndexOf("\\")); return i >= 0 ? s.slice(i + 1) : s; }

const INDEX = readJSON("zb-index");
const F = INDEX.fields;
const ROLES = ["target", "actual", "baseline", "score", "unknown"];
const STATUSES = ["met", "not_met", "unknown"];
const STATUS_LABEL = {met: "met", not_met: "not met", unknown: "unknown"};
const tip = document.getElementById("tip");
let current = null;   // {i, doc, values, byId, indicators, targets, attainment, mode}

function stackBar(counts, width) {
  const total = STATUSES.reduce(function (s, k) { return s + (counts[k] || 0); }, 0);
  const bar = el("span", {class: "stack", title: STATUSES.map(function (k) { return STATUS_LABEL[k] + " " + (counts[k] || 0); }).join(", ")});
  if (width) bar.style.width = width + "px";
  if (!total) return bar;
  STATUSES.forEach(function (k) {
    if (!counts[k]) return;
    const part = el("span", {class: k});
    part.style.width = (100 * counts[k] / total) + "%";
    bar.appendChild(part);
  });
  return bar;
}

// ---- document list -------------------------------------------------------------------
const T = INDEX.totals;
document.getElementById("totals").textContent =
  T.documents + " documents \u00b7 " + T.values + " values \u00b7 attainment: " + T.met +
  " met, " + T.not_met + " not met, " + T.unknown + " unknown \u00b7 " +
  INDEX.quarantine.length + " quarantined";
const tbody = document.querySelector("#doc-list tbody");
INDEX.documents.forEach(function (d, i) {
  const c = d.counts;
  const row = el("tr", {class: "doc", "data-doc-id": d.doc_id, "data-i": i, onclick: function () { openDoc(i); }},
    el("td", null, el("div", {class: "title", text: d.title || basename(d.source)}), el("div", {class: "src", text: d.source})),
    el("td", {text: d.genre}),
    el("td", null, el("span", {class: "badge " + d.status, text: d.status})),
    el("td", {class: "n", text: c.targets}),
    el("td", {class: "n", text: c.indicators}),
    el("td", {class: "n values", text: c.values}),
    el("td", null, stackBar(c, 70), " " + c.met + "/" + (c.met + c.not_met + c.unknown)));
  row.dataset.search = [d.title, d.source, d.genre, d.status, d.doc_id].join(" ").toLowerCase();
  tbody.appendChild(row);
});
if (!INDEX.documents.length) tbody.appendChild(el("tr", null, el("td", {colspan: 7, class: "empty", text: "no documents"})));
document.getElementById("filter").addEventListener("input", function (ev) {
  const q = ev.target.value.trim().toLowerCase();
  tbody.querySelectorAll("tr.doc").forEach(function (r) { r.hidden = q !== "" && r.dataset.search.indexOf(q) < 0; });
});

// ---- one document (rendered only when opened) -----------------------------------------
function openDoc(i) {
  const d = INDEX.documents[i];
  const data = readJSON("zb-doc-" + i);
  const values = objects(data.values, F.values);
  const indicators = {}, targets = {}, byId = {};
  objects(data.indicators, F.indicators).forEach(function (x) { indicators[x.indicator_id] = x; });
  objects(data.targets, F.targets).forEach(function (x) { targets[x.target_id] = x; });
  values.forEach(function (v, k) { v.k = k; byId[v.value_id] = v; });
  const attainment = objects(data.attainment, F.attainment);
  const inPair = {};
  attainment.forEach(function (a) { (inPair[a.target_value_id] = inPair[a.target_value_id] || []).push(a); (inPair[a.actual_value_id] = inPair[a.actual_value_id] || []).push(a); });
  current = {i: i, doc: d, text: data.text, values: values, byId: byId, indicators: indicators,
             targets: targets, attainment: attainment, inPair: inPair, mode: "grid"};
  tbody.querySelectorAll("tr.open").forEach(function (r) { r.classList.remove("open"); });
  const row = tbody.querySelector('tr[data-i="' + i + '"]');
  if (row) row.classList.add("open");
  try { history.replaceState(null, "", "#doc=" + encodeURIComponent(d.doc_id)); } catch (err) { /* file: URLs in some browsers */ }

  const pane = document.getElementById("detail-pane");
  pane.textContent = "";
  pane.scrollTop = 0;
  pane.appendChild(el("h2", {id: "doc-title", text: d.title || basename(d.source)}));
  const meta = [d.source, d.media_type, d.genre, d.issuer, d.published,
                d.pages ? d.pages + " pages" : null, d.chars + " chars", "parser " + d.parser_version, d.doc_id]
    .filter(function (x) { return x !== null && x !== undefined && x !== ""; });
  pane.appendChild(el("p", {class: "meta"}, el("span", {class: "badge " + d.status, text: d.status}), " " + meta.join(" \u00b7 ")));
  (d.warnings || []).forEach(function (w) { pane.appendChild(el("div", {class: "warn", text: w})); });

  const legend = el("div", {class: "legend"}, el("b", {text: values.length + " values:"}));
  ROLES.forEach(function (r) {
    const n = d.counts.roles[r] || 0;
    if (!n) return;
    const box = el("input", {type: "checkbox", checked: "checked", "data-role": r});
    box.addEventListener("change", function () { document.getElementById("doc-text").classList.toggle("hide-" + r, !box.checked); });
    const sw = el("span", {class: "sw"});
    sw.style.background = "var(--" + r + ")";
    legend.appendChild(el("label", null, box, " ", sw, " " + r + " " + n));
  });
  pane.appendChild(legend);
  const bGrid = el("button", {type: "button", class: "on", id: "mode-grid", text: "text with tables as grids"});
  const bPlain = el("button", {type: "button", id: "mode-plain", text: "plain stored text"});
  function setMode(m) { current.mode = m; bGrid.classList.toggle("on", m === "grid"); bPlain.classList.toggle("on", m === "plain"); renderText(); }
  bGrid.addEventListener("click", function () { setMode("grid"); });
  bPlain.addEventListener("click", function () { setMode("plain"); });
  pane.appendChild(el("div", {class: "toolbar"}, bGrid, bPlain));
  pane.appendChild(el("div", {id: "value-detail", hidden: "hidden"}));
  const box = el("div", {id: "doc-text", "data-doc-id": d.doc_id});
  box.addEventListener("mouseover", onOver);
  box.addEventListener("mouseout", onOut);
  box.addEventListener("click", onClick);
  box.addEventListener("focusin", onOver);   // keyboard: Tab through values, Enter pins one
  box.addEventListener("focusout", function () { tip.style.display = "none"; });
  box.addEventListener("keydown", function (ev) { if (ev.key === "Enter") onClick(ev); });
  pane.appendChild(box);
  renderText();
  pane.appendChild(renderAttainment());
}

// Segments of the text a value may be drawn in: lines, or cells of tab-separated lines.
function segments(text, mode, box) {
  const segs = [];
  if (mode === "plain") { segs.push({s: 0, e: text.length, node: box}); return segs; }
  let pos = 0, table = null, maxCells = 0, rows = [];
  function closeTable() {
    if (!table) return;
    rows.forEach(function (tr) { const last = tr.lastChild; const n = tr.childNodes.length; if (n < maxCells) last.setAttribute("colspan", String(maxCells - n + 1)); });
    table = null; maxCells = 0; rows = [];
  }
  const lines = text.split("\n");
  lines.forEach(function (line) {
    const start = pos;
    pos += line.length + 1;
    if (line.indexOf("\t") >= 0) {
      if (!table) { table = el("table", {class: "grid"}); box.appendChild(table); }
      const tr = el("tr");
      table.appendChild(tr); rows.push(tr);
      let cs = start;
      line.split("\t").forEach(function (cell) {
        const td = el("td");
        tr.appendChild(td);
        segs.push({s: cs, e: cs + cell.length, node: td});
        cs += cell.length + 1;
      });
      maxCells = Math.max(maxCells, tr.childNodes.length);
    } else {
      closeTable();
      const div = el("div", {class: "ln"});
      box.appendChild(div);
      segs.push({s: start, e: start + line.length, node: div});
    }
  });
  closeTable();
  return segs;
}

// Draw text[s:e) into parent with the (sorted, clipped) values as nested <mark>s.
function drawRange(parent, text, s, e, items) {
  let pos = s, i = 0;
  while (i < items.length) {
    const it = items[i];
    if (it.s > pos) parent.appendChild(document.createTextNode(text.slice(pos, it.s)));
    const kids = [];
    let j = i + 1;
    while (j < items.length && items[j].s < it.e) {
      const k = items[j];
      kids.push({s: k.s, e: Math.min(k.e, it.e), v: k.v});
      j++;
    }
    const v = it.v;
    const m = el("mark", {class: "v r-" + (v.role || "unknown"), "data-vid": v.value_id, "data-k": v.k, tabindex: 0});
    drawRange(m, text, it.s, it.e, kids);
    parent.appendChild(m);
    pos = Math.max(pos, it.e);
    i = j;
  }
  if (e > pos) parent.appendChild(document.createTextNode(text.slice(pos, e)));
}

function renderText() {
  const box = document.getElementById("doc-text");
  box.textContent = "";
  const text = current.text, L = text.length;
  const segs = segments(text, current.mode, box);
  const per = segs.map(function () { return []; });
  // Each value is drawn exactly once: in the first segment that ends after its start
  // (a start on a tab or newline moves to the next cell), clipped to that segment.
  current.values.forEach(function (v) {
    let s = Math.min(Math.max(0, v.char_start | 0), L);
    let e = Math.min(Math.max(s, v.char_end | 0), L);
    let lo = 0, hi = segs.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (segs[mid].e > s || (segs[mid].e === s && s === e)) hi = mid; else lo = mid + 1; }
    const g = segs[lo];
    s = Math.min(Math.max(s, g.s), g.e);
    e = Math.max(Math.min(e, g.e), s);
    per[lo].push({s: s, e: e, v: v});
  });
  segs.forEach(function (g, n) {
    per[n].sort(function (a, b) { return a.s - b.s || b.e - a.e || a.v.k - b.v.k; });
    drawRange(g.node, text, g.s, g.e, per[n]);
  });
}

function indicatorOf(v) { return v.indicator_id ? current.indicators[v.indicator_id] : null; }
function period(v) {
  if (!v.period_start && !v.period_end) return "";
  if (v.period_start === v.period_end) return v.period_start;
  return (v.period_start || "\u2026") + " \u2013 " + (v.period_end || "\u2026");
}
function numberText(v) {
  if (v.number === null || v.number === undefined) return "";
  return fmtNum(v.number) + (v.number_max !== null && v.number_max !== undefined ? "\u2013" + fmtNum(v.number_max) : "");
}
function valueFacts(v, full) {
  const ind = indicatorOf(v);
  const facts = [
    ["number", numberText(v)], ["unit", v.unit], ["comparator", v.comparator],
    ["change", v.change ? v.change + (v.change_basis ? " (" + v.change_basis + ")" : "") : ""],
    ["period", period(v)], ["indicator", ind ? ind.name : ""], ["page", v.page]];
  if (v.qualitative) facts.splice(1, 0, ["qualitative", v.qualitative]);
  if (full) {
    if (ind && (ind.level1 || ind.level2)) facts.push(["levels", [ind.level1, ind.level2].filter(Boolean).join(" \u203a ")]);
    const tg = ind && ind.target_id ? current.targets[ind.target_id] : null;
    if (tg) facts.push(["target", tg.name]);
    if (v.section) facts.push(["section", v.section]);
    if (v.bbox) facts.push(["bbox", v.bbox.map(function (x) { return Math.round(x * 10) / 10; }).join(", ")]);
    facts.push(["chars", v.char_start + "\u2013" + v.char_end]);
    (current.inPair[v.value_id] || []).forEach(function (a) { facts.push(["attainment", STATUS_LABEL[a.status] + (a.gap !== null && a.gap !== undefined ? " (gap " + fmtNum(a.gap) + ")" : "")]); });
    facts.push(["value_id", v.value_id]);
  }
  return facts;
}
function factsBlock(v, full) {
  const dl = el("dl", {class: "kv"});
  valueFacts(v, full).forEach(function (f) { dl.appendChild(el("dt", {text: f[0]})); dl.appendChild(el("dd", {"data-field": f[0], text: dash(f[1])})); });
  return el("div", {class: "vt", "data-vid": v.value_id}, el("b", {text: v.role + " \u00b7 " + v.raw}), dl);
}
function marksAt(target) {
  const out = [];
  let m = target && target.closest ? target.closest("mark.v") : null;
  while (m) { out.push(current.values[+m.dataset.k]); m = m.parentElement ? m.parentElement.closest("mark.v") : null; }
  return out;
}
function onOver(ev) {
  const vals = marksAt(ev.target);
  if (!vals.length) { tip.style.display = "none"; return; }
  tip.textContent = "";
  vals.forEach(function (v) { tip.appendChild(factsBlock(v, false)); });
  tip.style.display = "block";
  const r = ev.target.closest("mark.v").getBoundingClientRect();
  const w = tip.offsetWidth, h = tip.offsetHeight;
  let x = Math.min(r.left, window.innerWidth - w - 8), y = r.bottom + 6;
  if (y + h > window.innerHeight - 4) y = Math.max(4, r.top - h - 6);
  tip.style.left = Math.max(4, x) + "px"; tip.style.top = y + "px";
}
function onOut(ev) {
  if (ev.relatedTarget && ev.relatedTarget.closest && ev.relatedTarget.closest("mark.v")) return;
  tip.style.display = "none";
}
function select(vals, mark) {
  document.querySelectorAll("mark.v.sel").forEach(function (m) { m.classList.remove("sel"); });
  const panel = document.getElementById("value-detail");
  panel.textContent = "";
  if (!vals.length) { panel.hidden = true; return; }
  if (mark) mark.classList.add("sel");
  panel.appendChild(el("button", {type: "button", class: "close", title: "close", text: "\u00d7", onclick: function () { select([], null); }}));
  vals.forEach(function (v) { panel.appendChild(factsBlock(v, true)); });
  panel.hidden = false;
}
function onClick(ev) {
  const mark = ev.target.closest ? ev.target.closest("mark.v") : null;
  select(marksAt(ev.target), mark);
}
function jumpTo(valueId) {
  const m = document.querySelector('#doc-text mark.v[data-vid="' + CSS.escape(valueId) + '"]');
  if (!m) return;
  m.scrollIntoView({block: "center"});
  select(marksAt(m), m);
}

// ---- attainment per target --------------------------------------------------------------
function miniBars(t, a) {
  const W = 120, H = 18, vals = [t, a];
  const max = Math.max(Math.abs(t || 0), Math.abs(a || 0));
  const s = svg("svg", {width: W, height: H, viewBox: "0 0 " + W + " " + H, class: "mini"});
  vals.forEach(function (n, k) {
    const w = (max > 0 && n !== null && n !== undefined) ? Math.max(1, W * Math.abs(n) / max) : 0;
    const r = svg("rect", {x: 0, y: k * 9 + 1, width: w, height: 7, fill: k ? "#16a34a" : "#2563eb"});
    const title = svg("title", {});
    title.textContent = (k ? "actual " : "target ") + fmtNum(n);
    r.appendChild(title);
    s.appendChild(r);
  });
  return s;
}
function valueLink(id) {
  const v = id ? current.byId[id] : null;
  if (!v) return el("span", {class: "empty", text: dash(id)});
  return el("a", {class: "jump", "data-vid": id, onclick: function () { jumpTo(id); }, text: v.raw});
}
function renderAttainment() {
  const sec = el("section", {id: "attainment"}, el("h3", {text: "Attainment per target (" + current.attainment.length + ")"}));
  if (!current.attainment.length) { sec.appendChild(el("p", {class: "empty", text: "no target \u2194 actual pairs in this document"})); return sec; }
  const groups = new Map();
  current.attainment.forEach(function (a) {
    const ind = current.indicators[a.indicator_id];
    const key = ind && ind.target_id ? ind.target_id : "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(a);
  });
  groups.forEach(function (rows, key) {
    const tg = current.targets[key];
    const counts = {met: 0, not_met: 0, unknown: 0};
    rows.forEach(function (a) { counts[a.status in counts ? a.status : "unknown"]++; });
    const g = el("div", {class: "tgroup", "data-target-id": key});
    g.appendChild(el("h4", null, el("span", {text: tg ? tg.name : "(indicators without a target)"}), stackBar(counts),
      el("span", {class: "counts", text: counts.met + " met \u00b7 " + counts.not_met + " not met \u00b7 " + counts.unknown + " unknown"})));
    const table = el("table", {class: "att"}, el("tr", null, el("th", {text: "indicator"}), el("th", {text: "target"}),
      el("th", {text: "actual"}), el("th", {text: "status"}), el("th", {text: "gap"}), el("th", {text: "target vs actual"})));
    rows.forEach(function (a) {
      const ind = current.indicators[a.indicator_id];
      const tv = current.byId[a.target_value_id], av = current.byId[a.actual_value_id];
      table.appendChild(el("tr", {class: "pair " + a.status},
        el("td", {text: ind ? ind.name : dash(a.indicator_id)}), el("td", null, valueLink(a.target_value_id)),
        el("td", null, valueLink(a.actual_value_id)), el("td", null, el("span", {class: "badge " + a.status, text: STATUS_LABEL[a.status] || a.status})),
        el("td", {text: dash(fmtNum(a.gap))}), el("td", null, miniBars(tv ? tv.number : null, av ? av.number : null))));
    });
    g.appendChild(table);
    sec.appendChild(g);
  });
  return sec;
}

// ---- quarantine ---------------------------------------------------------------------------
function renderQuarantine() {
  const pane = document.getElementById("quarantine-pane");
  const rows = objects(INDEX.quarantine, F.quarantine);
  pane.appendChild(el("h3", {text: rows.length + " inputs quarantined"}));
  if (!rows.length) { pane.appendChild(el("p", {class: "empty", text: "nothing was quarantined"})); return; }
  const table = el("table", {id: "quarantine-table"}, el("tr", null, el("th", {text: "source"}), el("th", {text: "stage"}),
    el("th", {text: "reason"}), el("th", {text: "error"}), el("th", {text: "at"}), el("th", {text: "doc_id"})));
  rows.forEach(function (q) {
    table.appendChild(el("tr", {class: "q"}, el("td", {text: q.source}), el("td", {text: q.stage}), el("td", null, el("b", {text: q.reason})),
      el("td", {text: q.error}), el("td", {text: dash(q.at)}), el("td", {text: dash(q.doc_id)})));
  });
  pane.appendChild(table);
}
renderQuarantine();
const navDocs = document.getElementById("nav-docs"), navQ = document.getElementById("nav-quarantine");
navQ.textContent = "Quarantine (" + INDEX.quarantine.length + ")";
navDocs.textContent = "Documents (" + INDEX.documents.length + ")";
function show(which) {
  document.getElementById("docs-view").hidden = which !== "docs";
  document.getElementById("quarantine-view").hidden = which !== "quarantine";
  navDocs.classList.toggle("on", which === "docs"); navQ.classList.toggle("on", which === "quarantine");
}
navDocs.addEventListener("click", function () { show("docs"); });
navQ.addEventListener("click", function () { show("quarantine"); });

const m = /^#doc=(.+)$/.exec(location.hash);
if (m) {
  const id = decodeURIComponent(m[1]);
  const i = INDEX.documents.findIndex(function (d) { return d.doc_id === id; });
  if (i >= 0) openDoc(i);
}
window.zhibiaoReview = {openDoc: openDoc, ready: true};
})();
"""  # noqa: E501 (the page's script, kept compact)
