"""OCR of scanned PDFs (issue 13): the scans in tests/data/scanned/ (made from two samples
by samples/make/make_scans.py) read back into the values of their text-layer originals."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from support import REPO, SAMPLES, check_document
from zhibiao import process
from zhibiao.errors import ScannedPdf
from zhibiao.ingest import ocr
from zhibiao.ingest.pdf import read_pdf
from zhibiao.options import Options

SCANNED = REPO / "tests" / "data" / "scanned"
PAIRS = {  # scan → its text-layer original
    "001_half_year_summary_scan.pdf": "001_half_year_summary.pdf",
    "003_completion_table_scan.pdf": "003_completion_table.pdf",
}
#: Share of the original's (number, unit, role) values the scan must give.
MIN_RECALL = 0.95

needs_ocr = pytest.mark.skipif(not ocr.available(), reason="zhibiao[ocr] is not installed")


def _values(result) -> list[dict]:
    assert result.records is not None, result.quarantine
    return [row.model_dump() if hasattr(row, "model_dump") else dict(row)
            for row in result.records.tables["values"]]


def _keys(values: list[dict]) -> Counter:
    return Counter((v["number"], v["unit"], v["role"]) for v in values if v["number"] is not None)


def _read_and_process(scan: str, original: str) -> tuple:
    """In a worker process: the scan processed (keeping the SourceDocument read on the
    way) and its original."""
    import zhibiao.pipeline as pipeline

    options = Options(ocr_threads=1)  # two documents on two cores: one thread each
    kept = []
    real = pipeline.read_document

    def keep(source, *args, **kwargs):
        kept.append(real(source, *args, **kwargs))
        return kept[-1]

    pipeline.read_document = keep
    try:
        scanned = process(SCANNED / scan, options=options)
    finally:
        pipeline.read_document = real
    return scanned, process(SAMPLES / original, options=options), kept[0] if kept else None


#: The SourceDocuments of the scans, filled by the `scans` fixture.
documents: dict = {}


@pytest.fixture(scope="module")
def scans():
    """Each scan processed once (OCR takes seconds a page), with its original; the two
    scans side by side in two processes (forked: pdfium is not thread-safe)."""
    if not ocr.available():
        pytest.skip("zhibiao[ocr] is not installed")
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    out = {}
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = {scan: pool.submit(_read_and_process, scan, original)
                   for scan, original in PAIRS.items()}
        for scan, future in futures.items():
            scanned, original, doc = future.result()
            out[scan] = (scanned, original)
            documents[scan] = doc
    return out


def test_the_scans_have_no_text_layer_and_stay_small():
    import pypdfium2 as pdfium

    for name in PAIRS:
        path = SCANNED / name
        assert path.stat().st_size < 400 * 1024, name
        pdf = pdfium.PdfDocument(str(path))
        try:
            assert all(page.get_textpage().count_chars() == 0 for page in pdf), name
        finally:
            pdf.close()


@needs_ocr
@pytest.mark.slow
@pytest.mark.parametrize("scan", list(PAIRS))
def test_a_scan_gives_the_values_of_its_original(scans, scan):
    scanned, original = scans[scan]
    got, want = _keys(_values(scanned)), _keys(_values(original))
    assert sum(want.values()) >= 20  # the comparison means something
    found = sum((got & want).values())
    recall = found / sum(want.values())
    missing = want - got
    assert recall >= MIN_RECALL, (
        f"{scan}: {found} of {sum(want.values())} values ({recall:.1%}); missing "
        f"{sorted(missing.items(), key=str)[:20]}")


@needs_ocr
@pytest.mark.slow
@pytest.mark.parametrize("scan", list(PAIRS))
def test_ocr_values_carry_page_bbox_and_confidence(scans, scan):
    scanned, _ = scans[scan]
    values = _values(scanned)
    assert values
    for v in values:
        assert v["page"] is not None and v["page"] >= 1, v
        x0, top, x1, bottom = v["bbox"]
        assert 0 <= x0 < x1 <= 600 and 0 <= top < bottom <= 850, v
        assert v["confidence"] is not None and 0.3 <= v["confidence"] <= 1, v
    document = scanned.records.tables["documents"][0]
    document = document.model_dump() if hasattr(document, "model_dump") else document
    assert document["status"] == "ok"
    assert any(w.startswith("OCR used on ") and f"({ocr.ENGINE}, {ocr.DPI} dpi)" in w
               for w in document["warnings"]), document["warnings"]


@needs_ocr
@pytest.mark.slow
def test_a_skewed_table_scan_is_straightened_and_read_as_grids(scans):
    scanned, original = scans["003_completion_table_scan.pdf"]
    warnings = scanned.records.tables["documents"][0].warnings
    assert any("straightened" in w for w in warnings), warnings
    # roles come from the columns (预期实现值 → target, 年度完成值 → actual): the grid was read
    roles = Counter(v["role"] for v in _values(scanned))
    want = Counter(v["role"] for v in _values(original))
    assert want["target"] >= 5 and want["actual"] >= 50, want
    for role in ("target", "actual"):
        assert roles[role] >= 0.8 * want[role], (roles, want)
    tables = [b for b in documents["003_completion_table_scan.pdf"].blocks if b.kind == "table"]
    assert tables and all(len(row) == 5 for t in tables for row in t.rows)


def test_values_from_a_text_layer_have_no_confidence():
    values = _values(process(SAMPLES / "004_district_fyp_plan.pdf"))
    assert values and all(v["confidence"] is None for v in values)


@pytest.fixture
def without_ocr(monkeypatch):
    """The OCR extra not installed: importing it fails."""
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # import → ImportError
    assert not ocr.available()


@pytest.mark.parametrize("scan", list(PAIRS))
def test_without_the_extra_a_scan_is_quarantined(without_ocr, scan):
    path = SCANNED / scan
    with pytest.raises(ScannedPdf, match=r"scanned, no text layer; install zhibiao\[ocr\]"):
        read_pdf(path.read_bytes(), str(path), "x")
    result = process(path)
    assert result.quarantine is not None
    assert result.quarantine.reason == "scanned" and result.quarantine.stage == "ingest"
    assert "scanned, no text layer; install zhibiao[ocr]" in result.quarantine.error


@pytest.mark.parametrize("scan", list(PAIRS))
def test_ocr_never_quarantines_a_scan(scan):
    path = SCANNED / scan
    with pytest.raises(ScannedPdf, match="scanned, no text layer; OCR is off"):
        read_pdf(path.read_bytes(), str(path), "x", ocr="never")
    result = process(path, options=Options(ocr="never"))  # what `convert --ocr never` gives
    assert result.quarantine is not None and result.quarantine.reason == "scanned"
    assert "OCR is off" in result.quarantine.error


def test_convert_ocr_never_quarantines_the_scans(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from zhibiao.cli import app

    monkeypatch.delenv("ZHIBIAO_OCR", raising=False)
    before = dict(os.environ)
    result = CliRunner().invoke(app, ["convert", str(SCANNED), "-o", str(tmp_path / "out"),
                                      "--ocr", "never", "--engine", "local", "--quiet"])
    assert result.exit_code == 0, result.output
    assert dict(os.environ) == before  # the mode is passed to the readers, never set
    import pyarrow.parquet as pq

    quarantine = pq.read_table(tmp_path / "out" / "quarantine.parquet").to_pylist()
    assert sorted(Path(q["source"]).name for q in quarantine) == sorted(PAIRS)
    assert all(q["reason"] == "scanned" and "OCR is off" in q["error"] for q in quarantine)


def test_a_bad_ocr_mode_is_refused(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from zhibiao.cli import app

    result = CliRunner().invoke(app, ["convert", str(SAMPLES / "001_half_year_summary.txt"),
                                      "-o", str(tmp_path), "--ocr", "sometimes"])
    assert result.exit_code != 0 and "auto, always, never" in result.output
    with pytest.raises(ValueError, match="ZHIBIAO_OCR"):
        Options.from_env({"ZHIBIAO_OCR": "sometimes"})
    monkeypatch.setenv("ZHIBIAO_OCR", "sometimes")  # the CLI reads it, and says which
    result = CliRunner().invoke(app, ["convert", str(SAMPLES / "001_half_year_summary.txt"),
                                      "-o", str(tmp_path)])
    assert result.exit_code != 0 and "ZHIBIAO_OCR" in result.output


def test_text_pages_are_not_ocrd_in_auto_mode(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("OCR ran on a page with a text layer")

    monkeypatch.setattr(ocr, "ocr_page", boom)
    path = SAMPLES / "003_completion_table.pdf"
    doc = read_pdf(path.read_bytes(), str(path), "x", ocr="auto")
    assert doc.confidences is None and not any(w.startswith("OCR") for w in doc.warnings)


def test_each_page_sent_to_ocr_first_asks_for_more_time(monkeypatch):
    """The worker's time budget grows by limits.OCR_SECONDS_PER_PAGE before each OCR'd
    page (runners.run_pool): a long scan is work, not a hang."""
    import zhibiao.ingest.pdf as pdf_module
    from zhibiao.limits import OCR_SECONDS_PER_PAGE

    asked: list[float] = []

    class Seen(Exception):
        pass

    def fake_ocr(page, space, number, **options):
        raise Seen(list(asked))  # what had been asked for when OCR started

    monkeypatch.setattr(pdf_module, "more_time", asked.append)
    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_page", fake_ocr)
    path = SCANNED / "001_half_year_summary_scan.pdf"
    with pytest.raises(Seen) as seen:
        read_pdf(path.read_bytes(), str(path), "x", ocr="auto")
    assert seen.value.args[0] == [OCR_SECONDS_PER_PAGE]


def test_a_page_needs_ocr_when_it_is_images_with_almost_no_text():
    a4 = (595.0, 842.0)
    assert ocr.wants_ocr("auto", 0, 1, *a4)
    assert ocr.wants_ocr("auto", 5, 1, *a4)  # a stamped page number
    assert not ocr.wants_ocr("auto", 400, 1, *a4)  # text with a logo
    assert not ocr.wants_ocr("auto", 0, 0, *a4)  # blank
    assert ocr.wants_ocr("always", 400, 0, *a4)
    assert not ocr.wants_ocr("never", 0, 3, *a4)


def test_a_line_box_is_cut_into_character_boxes():
    parts = ocr._split("年度2020", 0.0, 60.0)  # two full-width, four half-width
    assert [round(b - a, 1) for a, b in parts] == [15.0, 15.0, 7.5, 7.5, 7.5, 7.5]
    assert parts[0][0] == 0.0 and parts[-1][1] == pytest.approx(60.0)


@needs_ocr
@pytest.mark.parametrize("model", ["Det", "Rec"])
def test_the_folded_models_compute_what_the_shipped_ones_do(model):
    import numpy as np
    import onnxruntime as ort
    from rapidocr_onnxruntime.main import DEFAULT_CFG_PATH
    from rapidocr_onnxruntime.utils import read_yaml, update_model_path

    from zhibiao.ingest.ocr_models import _messages, folded

    shipped = Path(update_model_path(read_yaml(DEFAULT_CFG_PATH))[model]["model_path"])
    raw = shipped.read_bytes()
    new = folded(raw)
    ops = [node.op_type for node in _messages()["Model"].FromString(new).graph.node]
    assert "HardSigmoid" in ops and "Clip" not in ops  # no hard-swish spelt out any more
    shape = (1, 3, 96, 128) if model == "Det" else (1, 3, 48, 200)
    page = np.random.default_rng(0).uniform(-1, 1, shape).astype(np.float32)
    outputs, metadata = [], []
    for data in (raw, new):
        session = ort.InferenceSession(data, providers=["CPUExecutionProvider"])
        outputs.append(session.run(None, {session.get_inputs()[0].name: page})[0])
        metadata.append(session.get_modelmeta().custom_metadata_map)  # the characters
    assert np.abs(outputs[0] - outputs[1]).max() < 1e-3
    assert metadata[0] == metadata[1]


def test_skew_is_measured_on_a_turned_page():
    import numpy as np
    from PIL import Image, ImageDraw

    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    for y in range(200, 1400, 40):  # text-like rows
        for x in range(150, 1050, 30):
            draw.rectangle((x, y, x + 22, y + 22), fill=0)
    turned = image.rotate(0.7, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert ocr.skew_angle(np.asarray(turned)) == pytest.approx(0.7, abs=0.1)
    assert ocr.skew_angle(np.asarray(image)) == pytest.approx(0.0, abs=0.06)


@needs_ocr
@pytest.mark.slow
@pytest.mark.parametrize("scan", list(PAIRS))
def test_an_ocr_document_keeps_the_reader_invariants(scans, scan):
    doc = documents[scan]
    check_document(doc)
    assert all(b is not None and b[0] >= 1 for b in doc.boxes if b is not None)
    assert doc.confidences is not None and len(doc.confidences) == len(doc.text)


@needs_ocr
@pytest.mark.slow
def test_the_prose_scan_reads_like_its_original(scans):
    doc = documents["001_half_year_summary_scan.pdf"]
    assert doc.confidences is not None and len(doc.confidences) == len(doc.text)
    assert "27" in doc.text and "72.7%" in doc.text
