"""The review page (`zhibiao review OUT -o report.html`): unit tests on the written file and
browser tests in headless Chromium (Debian's `chromium`, driven by Playwright).

Browser tests never skip: without chromium or Playwright they fail, since `make test`
installs both."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import get_args

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from support import SAMPLES, make_bad_inputs
from zhibiao import convert
from zhibiao.cli import app
from zhibiao.export.review import VALUE_FIELDS, embed_json, write_review
from zhibiao.schema import SCHEMAS, TABLES, Document, Quarantine, Value
from zhibiao.schema.models import AttainmentStatus, Role

HOSTILE_TEXT = (
    "市应急管理局<script>window.__pwned=1</script>工作报告\n"
    "1-9月全市共发生生产安全事故56起，同比下降60%。"
    '<img src=x onerror="window.__pwned=2">\n'
    "全年执法检查不少于300家次。</script><!--<script>window.__pwned=3</script>\n"
)
BLOCK = re.compile(r'<script type="application/json" id="(zb-[a-z0-9-]+)">(.*?)</script>', re.S)


# ---- fixtures ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def samples_report(tmp_path_factory) -> dict:
    """The samples plus bad inputs (for quarantine rows) converted, and their review page."""
    bad = tmp_path_factory.mktemp("review_bad")
    make_bad_inputs(bad)
    out = tmp_path_factory.mktemp("review_out")
    convert([SAMPLES, bad], out)
    html = out / "report.html"
    summary = write_review(out, html)
    tables = {name: pd.read_parquet(out / f"{name}.parquet")
              for name in ("documents", "values", "attainment", "quarantine")}
    return {"out": out, "html": html, "summary": summary, **tables}


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> dict:
    """A text report with markup in it, through convert and review."""
    src = tmp_path_factory.mktemp("hostile_src")
    (src / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_out")
    convert([src], out)
    html = out / "report.html"
    write_review(out, html)
    return {"out": out, "html": html, "source": src,
            "documents": pd.read_parquet(out / "documents.parquet"),
            "values": pd.read_parquet(out / "values.parquet")}


def blocks(html: Path) -> dict[str, object]:
    """The JSON blocks embedded in a review page, decoded."""
    return {name: json.loads(body) for name, body in BLOCK.findall(html.read_text("utf-8"))}


# ---- unit tests on the file ----------------------------------------------------------------

def test_page_is_self_contained(samples_report):
    page = samples_report["html"].read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # Nothing is loaded from anywhere: no external src/href, no stylesheet links, no CSS urls.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<link\b|<script[^>]*\bsrc\s*=|@import|url\(", page, re.I)
    assert re.search(r"https?://", page.replace("http://www.w3.org/2000/svg", "")) is None
    # And the page forbids it: only its own script (by hash) may run, nothing is fetched.
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_embedded_values_match_the_tables(samples_report):
    data = blocks(samples_report["html"])
    index = data.pop("zb-index")
    docs, values = samples_report["documents"], samples_report["values"]
    assert [d["doc_id"] for d in index["documents"]] == sorted(
        docs.doc_id, key=lambda i: (docs.set_index("doc_id").source[i], i))
    assert len(data) == len(docs)  # one lazily parsed block per document
    embedded = [v for block in data.values() for v in block["values"]]
    assert len(embedded) == len(values) == samples_report["summary"].values > 0
    per_doc = values.groupby("doc_id").size().to_dict()
    for i, doc in enumerate(index["documents"]):
        block = data[f"zb-doc-{i}"]
        assert len(block["values"]) == per_doc.get(doc["doc_id"], 0) == doc["counts"]["values"]
        text = docs.set_index("doc_id").text[doc["doc_id"]]
        assert block["text"] == text
        for row in block["values"]:
            v = dict(zip(VALUE_FIELDS, row, strict=True))
            assert text[v["char_start"]:v["char_end"]] == v["raw"]
    ids = {dict(zip(VALUE_FIELDS, r, strict=True))["value_id"]
           for b in data.values() for r in b["values"]}
    assert ids == set(values.value_id)
    assert index["totals"]["met"] == (samples_report["attainment"].status == "met").sum()
    quarantine = samples_report["quarantine"]
    assert len(index["quarantine"]) == len(quarantine) > 0
    assert {q[3] for q in index["quarantine"]} == set(quarantine.reason)


def test_page_embeds_every_column_of_the_schema(samples_report):
    """The page's field lists come from the schema, so a new field (as values' confidence
    was) reaches the page with no edit to review.py; and the rows embedded are the tables'."""
    data = blocks(samples_report["html"])
    index = data.pop("zb-index")
    for name in ("values", "indicators", "targets", "attainment", "quarantine"):
        assert set(TABLES[name].model_fields) <= set(index["fields"][name]), name
        assert len(index["fields"][name]) == len(set(index["fields"][name])), name
    assert "confidence" in index["fields"]["values"]
    assert index["fields"]["values"] == list(VALUE_FIELDS)
    # Documents: every column but the text, which each document's own block carries.
    for doc in index["documents"]:
        assert set(doc) == set(TABLES["documents"].model_fields) - {"text"} | {"counts"}
    assert (index["roles"], index["statuses"]) == (list(get_args(Role)),
                                                   list(get_args(AttainmentStatus)))
    for name in ("values", "indicators", "targets", "attainment"):
        rows = pq.read_table(samples_report["out"] / f"{name}.parquet").to_pylist()
        embedded = [dict(zip(index["fields"][name], row, strict=True))
                    for block in data.values() for row in block[name]]
        as_json = [json.dumps(r, sort_keys=True, ensure_ascii=False, default=str) for r in rows]
        assert sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in embedded) == (
            sorted(as_json)), name


def test_markup_in_text_cannot_leave_its_json_block(hostile_report):
    page = hostile_report["html"].read_text("utf-8")
    # Only the page's own script tags open and close: one index, one per document, the code.
    n_docs = len(hostile_report["documents"])
    assert page.count("<script") == page.count("</script>") == n_docs + 2
    assert "window.__pwned" in page  # the text is there ...
    assert "<img" not in page and "<!--" not in page  # ... but never as markup
    for name, body in BLOCK.findall(page):
        assert "<" not in body and ">" not in body, name
    (block,) = [b for n, b in blocks(hostile_report["html"]).items() if n != "zb-index"]
    assert block["text"] == hostile_report["documents"].text[0]
    assert "<script>window.__pwned=1</script>" in block["text"]


def test_embed_json_escapes_everything_a_script_element_reacts_to():
    hostile = "</script><!--<script>&amp;\u2028\u2029"
    encoded = embed_json({"t": hostile})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in encoded
    assert json.loads(encoded) == {"t": hostile}
    with pytest.raises(ValueError):
        embed_json({"x": float("nan")})  # never write JSON the browser cannot parse


def test_review_command(samples_report, tmp_path):
    runner = CliRunner()
    target = tmp_path / "sub" / "page.html"
    result = runner.invoke(app, ["review", str(samples_report["out"]), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert f"{len(samples_report['values'])} values" in result.output
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert not list(target.parent.glob(".*.tmp"))  # written via a temporary name
    missing = runner.invoke(app, ["review", str(tmp_path / "nowhere"), "-o", str(target)])
    assert missing.exit_code == 2
    assert "documents.parquet not found" in missing.output


def test_review_of_a_refresh_lake(hostile_report, tmp_path):
    from zhibiao import read_lake, refresh

    lake = tmp_path / "lake"
    refresh([hostile_report["source"]], lake)
    summary = write_review(lake, tmp_path / "lake.html")
    tables = read_lake(lake, as_pandas=True)
    assert (summary.documents, summary.values) == (len(tables["documents"]),
                                                   len(tables["values"]))
    data = blocks(tmp_path / "lake.html")
    assert data["zb-doc-0"]["text"] == hostile_report["documents"].text[0]
    assert len(data["zb-doc-0"]["values"]) == len(hostile_report["values"]) > 0


# ---- a large synthetic output (1,000 documents) ----------------------------------------------

N_DOCS, VALUES_PER_DOC = 1000, 20


@pytest.fixture(scope="module")
def large_report(tmp_path_factory) -> Path:
    """1,000 documents of ~3,000 characters with 20 values each, written as Parquet
    directly (no parsing), plus a hostile title; and their review page."""
    out = tmp_path_factory.mktemp("large_out")
    documents, values = [], []
    for d in range(N_DOCS):
        doc_id = f"{d:016x}"
        lines = [f"第{d}号报告"]
        spans = []
        for k in range(VALUES_PER_DOC):
            prefix = "\n".join(lines) + f"\n第{k}项\t完成投资"
            raw = f"{k + 1}.5亿元"
            spans.append((len(prefix), len(prefix) + len(raw), raw, (k + 1.5) * 1e8))
            lines.append(f"第{k}项\t完成投资{raw}\t" + "工作稳步推进。" * 18)
        text = "\n".join(lines)
        title = "<script>window.__pwned=9</script>" if d == 7 else f"报告{d}"
        documents.append(Document(
            doc_id=doc_id, source=f"reports/{d:04d}.txt", media_type="text/plain",
            title=title, genre="unknown", chars=len(text), status="ok",
            parser_version="test", text=text).model_dump())
        for k, (s, e, raw, number) in enumerate(spans):
            values.append(Value(
                value_id=f"{doc_id}-v{k:05d}", doc_id=doc_id, role="actual", raw=raw,
                number=number, unit="元", char_start=s, char_end=e).model_dump())
    quarantine = [Quarantine(source="reports/bad.txt", stage="read", reason="empty",
                             error="EmptyDocument: no text", at=datetime.now(timezone.utc))
                  .model_dump()]
    for name, rows in (("documents", documents), ("values", values),
                       ("quarantine", quarantine)):
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]),
                       out / f"{name}.parquet")
    html = out / "report.html"
    summary = write_review(out, html)
    assert (summary.documents, summary.values) == (N_DOCS, N_DOCS * VALUES_PER_DOC)
    return html


def test_large_report_embeds_each_document_separately(large_report):
    data = blocks(large_report)
    assert len(data) == N_DOCS + 1
    assert sum(len(b["values"]) for n, b in data.items() if n != "zb-index") == (
        N_DOCS * VALUES_PER_DOC)
    assert large_report.stat().st_size < 30e6


# ---- browser tests ---------------------------------------------------------------------------

def chromium_path() -> str:
    """Debian's chromium (installed by `make test`); ZHIBIAO_CHROMIUM overrides."""
    path = os.environ.get("ZHIBIAO_CHROMIUM") or shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if not path:
        pytest.fail("chromium not found: `make test` installs it (apt-get install chromium); "
                    "the browser tests fail rather than skip without it", pytrace=False)
    return path


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - a broken dev install
        pytest.fail("playwright is not installed: pip install -e '.[dev]'", pytrace=False)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=chromium_path(), headless=True,
                                      args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.errors = []
    page.requests = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.on("request", lambda req: page.requests.append(req.url))
    yield page
    context.close()


def open_report(page, html: Path) -> None:
    page.goto(html.resolve().as_uri())
    page.wait_for_function("window.zhibiaoReview && window.zhibiaoReview.ready")


def number_text(number: float) -> str:
    """How the page (JavaScript's String(n)) writes a number."""
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def crossing(values: pd.DataFrame) -> set[str]:
    """Values whose span partly overlaps another's (drawn clipped; not nested)."""
    out = set()
    rows = list(values[["value_id", "char_start", "char_end"]].itertuples(index=False))
    for a in rows:
        for b in rows:
            if a.char_start < b.char_start < a.char_end < b.char_end:
                out.update((a.value_id, b.value_id))
    return out


@pytest.mark.browser
def test_samples_report_in_browser(page, samples_report, tmp_path):
    docs, values = samples_report["documents"], samples_report["values"]
    attainment = samples_report["attainment"]
    # The document with attainment and the most values (the self-evaluation form today).
    ranked = values.groupby("doc_id").size().sort_values(ascending=False)
    doc_id = next(d for d in ranked.index if d in set(attainment.doc_id))
    doc_values = values[values.doc_id == doc_id]
    doc_attainment = attainment[attainment.doc_id == doc_id]

    open_report(page, samples_report["html"])
    assert page.locator("#doc-list tr.doc").count() == len(docs)
    assert page.locator("mark.v").count() == 0  # lazy: no document text drawn yet

    page.click(f'#doc-list tr.doc[data-doc-id="{doc_id}"]')
    marks = page.locator("#doc-text mark.v")
    assert marks.count() == len(doc_values)
    drawn = page.eval_on_selector_all(
        "#doc-text mark.v", "ms => ms.map(m => [m.dataset.vid, m.className])")
    assert Counter(v for v, _ in drawn) == Counter(doc_values.value_id)
    role_of = dict(zip(doc_values.value_id, doc_values.role, strict=True))
    assert all(f"r-{role_of[vid]}" in cls.split() for vid, cls in drawn)
    if "\t" in docs.set_index("doc_id").text[doc_id]:
        assert page.locator("#doc-text table.grid td mark.v").count() > 0
    # The legend has a box per role this document has (roles come from the schema).
    assert set(page.eval_on_selector_all(".legend input[data-role]", "bs => bs.map(b => "
                                         "b.dataset.role)")) == set(doc_values.role)

    # Hover a value with a number and a unit: the tooltip shows them.
    candidates = doc_values[doc_values.number.notna() & (doc_values.unit != "")
                            & doc_values.number_max.isna()]
    value = candidates.iloc[len(candidates) // 2]
    page.hover(f'#doc-text mark.v[data-vid="{value.value_id}"]')
    tip = page.locator("#tip")
    assert tip.is_visible()
    block = tip.locator(f'.vt[data-vid="{value.value_id}"]')
    assert block.locator('dd[data-field="number"]').text_content() == number_text(value.number)
    assert block.locator('dd[data-field="unit"]').text_content() == value.unit
    assert value.raw in block.text_content()
    page.screenshot(path=str(tmp_path / "review_hover.png"))
    assert (tmp_path / "review_hover.png").stat().st_size > 10_000

    # Click pins the full record; attainment lists this document's pairs by status.
    page.click(f'#doc-text mark.v[data-vid="{value.value_id}"]')
    assert value.value_id in page.locator("#value-detail").text_content()
    other_value = candidates.iloc[0]
    page.mouse.move(5, 5)  # pointer off the text (header), then the keyboard works too
    page.focus(f'#doc-text mark.v[data-vid="{other_value.value_id}"]')
    assert tip.locator(f'.vt[data-vid="{other_value.value_id}"]').is_visible()
    page.keyboard.press("Enter")
    assert other_value.value_id in page.locator("#value-detail").text_content()
    assert page.locator("#attainment tr.pair").count() == len(doc_attainment)
    for status, n in doc_attainment.status.value_counts().items():
        pairs = page.locator(f"#attainment tr.pair.{status}")
        assert pairs.count() == n
        assert pairs.first.locator(".badge").text_content() == status.replace("_", " ")

    # The plain stored text: still one mark per value, each over exactly its raw span.
    page.click("#mode-plain")
    spans = page.eval_on_selector_all(
        "#doc-text mark.v", "ms => ms.map(m => [m.dataset.vid, m.textContent])")
    assert len(spans) == len(doc_values)
    raw_of = dict(zip(doc_values.value_id, doc_values.raw, strict=True))
    skip = crossing(doc_values)
    assert all(text == raw_of[vid] for vid, text in spans if vid not in skip)
    assert page.locator("#doc-text").text_content() == docs.set_index("doc_id").text[doc_id]

    # Another document replaces the first; the quarantine lists reasons.
    other = next(d for d in ranked.index if d != doc_id)
    page.click(f'#doc-list tr.doc[data-doc-id="{other}"]')
    assert page.locator("#doc-text mark.v").count() == ranked[other]
    page.click("#nav-quarantine")
    rows = page.locator("#quarantine-table tr.q")
    assert rows.count() == len(samples_report["quarantine"])
    assert set(samples_report["quarantine"].reason) <= set(
        rows.locator("td:nth-child(3)").all_text_contents())
    page.screenshot(path=str(tmp_path / "review_quarantine.png"))
    assert page.errors == []
    assert all(url.startswith(("file:", "data:", "about:")) for url in page.requests)


@pytest.mark.browser
def test_script_in_document_text_does_not_run(page, hostile_report, tmp_path):
    (doc_id,) = hostile_report["documents"].doc_id
    text = hostile_report["documents"].text[0]
    open_report(page, hostile_report["html"])
    page.click(f'#doc-list tr.doc[data-doc-id="{doc_id}"]')
    assert page.locator("#doc-text mark.v").count() == len(hostile_report["values"]) > 0
    page.click("#mode-plain")
    assert page.locator("#doc-text").text_content() == text
    shown = page.locator("#doc-text").inner_text()
    assert "<script>window.__pwned=1</script>" in shown
    assert '<img src=x onerror="window.__pwned=2">' in shown
    page.click("#mode-grid")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#doc-text script, #doc-text img, img").count() == 0
    assert page.evaluate("document.scripts.length") == 3  # index, one document, the code
    page.screenshot(path=str(tmp_path / "hostile.png"))
    assert page.errors == []


@pytest.mark.browser
def test_thousand_documents_open_lazily(page, large_report):
    started = time.monotonic()
    open_report(page, large_report)
    loaded = time.monotonic() - started
    assert page.locator("#doc-list tr.doc").count() == N_DOCS
    assert page.locator("mark.v").count() == 0
    assert loaded < 15, f"1,000-document page took {loaded:.1f} s to load"
    hostile = page.locator('#doc-list tr.doc[data-doc-id="0000000000000007"] .title')
    assert hostile.text_content() == "<script>window.__pwned=9</script>"
    page.fill("#filter", "reports/0999")
    assert page.locator("#doc-list tr.doc:visible").count() == 1
    page.click('#doc-list tr.doc[data-doc-id="00000000000003e7"]')
    assert page.locator("#doc-text mark.v").count() == VALUES_PER_DOC
    assert page.locator("#doc-text table.grid tr").count() == VALUES_PER_DOC
    page.hover('#doc-text mark.v[data-vid="00000000000003e7-v00003"]')
    assert page.locator('#tip dd[data-field="number"]').first.text_content() == "450000000"
    page.fill("#filter", "")
    assert page.locator("#doc-list tr.doc:visible").count() == N_DOCS
    page.click('#doc-list tr.doc[data-doc-id="0000000000000007"]')
    assert page.locator("#doc-title").text_content() == "<script>window.__pwned=9</script>"
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []
