"""Security of a run over untrusted documents (issue 12):

- nothing is fetched unless URLs are given: converting files opens no socket, whatever
  links, frames or URLs the documents hold;
- fetched or read content is never executed: scripts are dropped, never run (lxml only
  parses; see also tests/ingest/test_html.py::test_blocks_headings_line_breaks_and_scripts);
- output paths cannot escape the output folder: convert writes its fixed table names
  only, whatever the input file names or document metadata say;
- the review page escapes all document text: tests/export/test_review.py
  (test_markup_in_text_cannot_leave_its_json_block,
  test_embed_json_escapes_everything_a_script_element_reacts_to, and in Chromium
  test_script_in_document_text_does_not_run).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pandas as pd
import pytest

from support import SAMPLES, load_make_bad, sample_documents
from zhibiao import convert, process
from zhibiao.schema.models import TABLES

make_bad = load_make_bad()

HOSTILE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>../../../evil 市应急管理局2021年工作总结</title>
<meta name="ArticleTitle" content="../../etc/passwd">
<meta name="ContentSource" content="/tmp/evil">
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/refresh">
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<script src="http://127.0.0.1:9/x.js"></script>
<script>fetch("http://127.0.0.1:9/"); document.title = "事故99起";</script>
</head><body><div id="zoom">
<p>全市共发生生产安全事故27起、死亡30人，同比下降72.7%、66.7%。</p>
<img src="http://127.0.0.1:9/scan.jpg"><iframe src="http://127.0.0.1:9/frame"></iframe>
<p>原文见 http://127.0.0.1:9/report.html 与 https://example.invalid/a.pdf</p>
</div></body></html>"""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Every way out of the process fails loudly and is recorded."""
    calls: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            calls.append(f"{name}{args[:2]}")
            raise NetworkUsed(f"network used: {name}{args[:2]}")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    import httpx

    monkeypatch.setattr(httpx.Client, "send", refuse("httpx.Client.send"))
    return calls


def _hostile_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (folder / "links.txt").write_text(
        "市应急管理局2021年工作总结\nhttp://127.0.0.1:9/a.html\n"
        "全市共发生生产安全事故27起。详见 https://example.invalid/b.pdf\n", encoding="utf-8")
    for name in make_bad.EXPECTED:
        (folder / name).write_bytes((make_bad.BAD / name).read_bytes())
    return folder


def test_converting_files_uses_no_network(no_network, tmp_path):
    inputs = [*sample_documents(), str(_hostile_corpus(tmp_path / "in"))]
    summary = convert(inputs, tmp_path / "out")  # this process: the patches hold
    assert no_network == []
    documents = pd.read_parquet(summary.tables["documents"])
    assert len(summary.documents) == len(sample_documents()) + 2 + len(make_bad.EXPECTED)
    read = set(documents["source"].map(lambda s: Path(s).name))
    assert {"hostile.html", "links.txt"} <= read  # URLs in text are text, not inputs
    quarantine = pd.read_parquet(summary.tables["quarantine"])
    assert "fetch" not in set(quarantine["reason"])


def test_a_url_is_fetched_only_when_given_as_an_input(no_network, tmp_path, monkeypatch):
    """The control: a URL input does reach the network layer (and is quarantined here,
    where the network is blocked), so the test above would have seen a fetch."""
    from zhibiao.ingest import fetch as fetch_module
    from zhibiao.options import FetchOptions, Options

    monkeypatch.setattr(fetch_module, "_current", None)  # restored after the test
    options = Options(fetch=FetchOptions(cache_dir=str(tmp_path / "cache"), retries=0,
                                         min_interval=0))
    try:
        result = process("http://127.0.0.1:9/report.html", options=options)
    finally:
        if fetch_module._current is not None:
            fetch_module._current[1].close()
    assert no_network, "a URL input should have tried the network"
    assert result.quarantine is not None


def test_scripts_are_dropped_never_run(tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(HOSTILE_HTML, encoding="utf-8")
    result = process(path)
    assert result.ok
    text = result.records.document.title or ""
    values = [v.raw for v in result.records.tables["values"]]
    assert "99起" not in values and "fetch(" not in text
    assert "27起" in values


@pytest.mark.parametrize("name", [
    "..%2F..%2Fevil.txt", "a\\..\\..\\evil.txt", "-o evil.txt", "evil\nname.txt",
    "documents.parquet.txt", "..txt", "名称 ..:evil.txt"])
def test_crafted_file_names_cannot_move_the_output(tmp_path, name):
    root = tmp_path / "root"
    inputs = root / "in" / "deep"
    inputs.mkdir(parents=True)
    (inputs / name).write_text("市应急管理局2021年工作总结\n全市共发生生产安全事故27起。\n",
                               encoding="utf-8")
    (inputs / "meta.html").write_text(HOSTILE_HTML, encoding="utf-8")
    before = {p for p in tmp_path.rglob("*")}
    out = root / "out"
    # a source path that walks up and down again is just a path to read
    roundabout = inputs / ".." / "deep" / name
    summary = convert([roundabout, inputs / "meta.html"], out)
    assert [d.status for d in summary.documents] != ["quarantined"] * 2
    created = {p for p in tmp_path.rglob("*")} - before
    assert {p.relative_to(out).as_posix() for p in created if p != out} == {
        f"{table}.parquet" for table in TABLES}
    assert all(out in p.parents or p == out for p in created)


def test_pdf_metadata_cannot_name_an_output_path(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "in" / "meta.pdf"
    path.parent.mkdir()
    c = canvas.Canvas(str(path), invariant=1)
    c.setTitle("../../../../tmp/evil")
    c.setAuthor("/etc/passwd")
    c.drawString(72, 700, "Closed 17 sites in 2021")
    c.save()
    before = set(tmp_path.rglob("*"))
    out = tmp_path / "out"
    summary = convert([path], out)
    assert summary.documents[0].status != "quarantined"
    created = set(tmp_path.rglob("*")) - before
    assert {p.name for p in created if p != out} == {f"{t}.parquet" for t in TABLES}


def test_samples_folder_is_read_only_input(tmp_path):
    """Converting never writes next to its inputs."""
    before = {p: p.stat().st_mtime_ns for p in SAMPLES.rglob("*")}
    convert([SAMPLES], tmp_path / "out")
    assert {p: p.stat().st_mtime_ns for p in SAMPLES.rglob("*")} == before
