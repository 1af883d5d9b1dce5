// The review page's script (src/export/review.py inlines it into the page and allows
// it, and only it, to run by its hash in the page's Content-Security-Policy).
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
const ROLES = INDEX.roles;         // the schema's roles and attainment statuses
const STATUSES = INDEX.statuses;
const STATUS_LABEL = {};
STATUSES.forEach(function (k) { STATUS_LABEL[k] = k.replace(/_/g, " "); });
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
