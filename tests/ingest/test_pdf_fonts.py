"""PDF reading does not depend on the machine's fonts (ingest/pdf_fonts.py).

`make test` runs this file and tests/ingest/test_pdf.py twice: as the machine is (with
the CJK font `make test` installs) and again under tests/without_fonts.sh, with every
font folder hidden. Here, the samples' PDFs and a generated corpus of reports in
non-embedded fonts are converted both ways and every table must be identical.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from support import REPO, SAMPLES
from zhibiao import convert
from zhibiao.ingest import pdf_fonts
from zhibiao.ingest.pdf import NO_CJK_FONT, read_pdf

WITHOUT_FONTS = REPO / "tests" / "without_fonts.sh"
HIDDEN = os.environ.get("ZHIBIAO_FONTS_HIDDEN") == "1"


def _load(name: str, path):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def cjk_reports():
    return _load("make_cjk_reports", REPO / "tests" / "data" / "make_cjk_reports.py")


def cjk_fonts(command: tuple[str, ...] = ()) -> list[str] | None:
    """The machine's Chinese fonts as fontconfig lists them (run under `command`, e.g.
    the font-hiding wrapper); None when fontconfig is not installed."""
    if shutil.which("fc-list") is None:
        return None
    run = subprocess.run([*command, "fc-list", ":lang=zh", "file"], capture_output=True,
                         text=True, check=True)
    return [line for line in run.stdout.splitlines() if line.strip()]


def can_hide_fonts() -> bool:
    probe = subprocess.run([str(WITHOUT_FONTS), "true"], capture_output=True)
    return probe.returncode == 0


def require_font_hiding() -> None:
    """Skip where fonts cannot be hidden (no root, no user namespaces), never in CI."""
    if not can_hide_fonts():
        if os.environ.get("CI"):
            pytest.fail("tests/without_fonts.sh cannot run here, and CI must compare")
        pytest.skip("fonts cannot be hidden here (needs root or user namespaces)")


# --- the metrics font and the policy --------------------------------------------------------


def test_the_metrics_font_is_what_its_script_builds():
    """The committed font is exactly what tools/make_metrics_font.py makes (so neither is
    changed without the other), and its bar lies inside the em box it promises."""
    script = _load("make_metrics_font", REPO / "tools" / "make_metrics_font.py")
    assert script.build() == pdf_fonts.METRICS_FONT
    x0, y0, x1, y1 = script.BAR
    assert 0 <= x0 < x1 <= script.UNITS // 10 and script.DESCENT <= y0 < y1 <= script.ASCENT


def test_reading_gives_pdfium_the_metrics_font_or_none():
    policy = pdf_fonts._policy
    assert policy is not None and policy.drawing is None
    assert policy.MapFont(None, 400, 0, 134, 0, b"SimSun", None) == pdf_fonts._METRICS
    assert policy.MapFont(None, 400, 0, 136, 0, b"MingLiU", None) == pdf_fonts._METRICS
    assert policy.MapFont(None, 400, 0, 0, 0, b"Arial", None) is None
    assert policy.GetFont(None, b"SimSun") is None


def table_pdf_and_fonts(tmp_path):
    """The generated table report (STSong-Light, not embedded) and the machine's Chinese
    fonts; skips where fontconfig cannot tell whether there are any."""
    fonts = cjk_fonts()
    if fonts is None:
        pytest.skip("fontconfig is not installed: cannot tell whether a CJK font is here")
    cjk_reports()._register()
    path = tmp_path / "table.pdf"
    cjk_reports().table(path)
    return path, fonts


def test_drawing_asks_the_machine_and_says_when_it_has_no_cjk_font(tmp_path):
    import pypdfium2 as pdfium

    path, fonts = table_pdf_and_fonts(tmp_path)
    with pdf_fonts.drawing() as drawing:
        pdf = pdfium.PdfDocument(path.read_bytes())
        page = pdf[0]
        page.render(scale=0.5)
        page.close()
        pdf.close()
    assert drawing.missing_cjk == (not fonts)
    assert pdf_fonts._policy.drawing is None  # reading again


# --- the same tables with and without the machine's fonts -----------------------------------


def _tables(out) -> dict[str, pd.DataFrame]:
    tables = {}
    for path in sorted(out.glob("*.parquet")):
        frame = pd.read_parquet(path).drop(columns=["at"], errors="ignore")
        tables[path.stem] = frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)
    return tables


@pytest.mark.slow
def test_non_embedded_fonts_read_the_same_without_the_machines_fonts(tmp_path):
    if HIDDEN:
        pytest.skip("this run already hides the fonts; the comparison runs in the other")
    require_font_hiding()
    assert cjk_fonts() != [], "the machine as it is has no CJK font: nothing to compare"
    assert cjk_fonts((str(WITHOUT_FONTS),)) in ([], None), "fonts were not hidden"
    corpus = tmp_path / "corpus"
    cjk_reports().write_corpus(corpus)
    for pdf in SAMPLES.glob("*.pdf"):
        shutil.copy(pdf, corpus / pdf.name)

    convert([corpus], tmp_path / "with_fonts")
    subprocess.run([str(WITHOUT_FONTS), sys.executable, "-m", "zhibiao.cli", "convert",
                    str(corpus), "-o", str(tmp_path / "without_fonts"), "--workers", "1"],
                   check=True, capture_output=True)
    ours, bare = _tables(tmp_path / "with_fonts"), _tables(tmp_path / "without_fonts")
    assert ours.keys() == bare.keys()
    written = len(list(corpus.glob("*.pdf")))
    assert len(ours["documents"]) == written >= 8 and ours["quarantine"].empty
    for name in ours:
        pd.testing.assert_frame_equal(ours[name], bare[name], obj=name)


def test_a_turned_table_in_a_non_embedded_font_is_read_whole(tmp_path):
    """The case pdfium used to drop on a machine without CJK fonts: text in a CID font
    nobody embedded, on a page turned by /Rotate 90. Runs with and without fonts."""
    cjk_reports()._register()
    path = tmp_path / "rotated.pdf"
    cjk_reports().rotated(path)
    doc = read_pdf(path.read_bytes(), str(path), "x", ocr="never")
    (grid,) = [[[doc.text[c.start : c.end] for c in row] for row in b.rows]
               for b in doc.blocks if b.kind == "table"]
    assert grid == [list(row) for row in cjk_reports().TABLE]
    assert doc.text.startswith("表2重点任务完成情况")


def test_wrapped_paragraphs_in_a_non_embedded_font_are_joined(tmp_path):
    """Lines of STSong-Light prose (not embedded) join into their paragraphs, with and
    without the machine's fonts: no mid-sentence line break is left."""
    from zhibiao.ingest.normalize import normalize

    cjk_reports()._register()
    path = tmp_path / "prose.pdf"
    cjk_reports().prose(path)
    doc = read_pdf(path.read_bytes(), str(path), "x", ocr="never")
    paragraphs = doc.text.replace(" ", "").split("\n")
    for paragraph in cjk_reports().PROSE:
        assert paragraphs.count(normalize(paragraph).text.replace(" ", "")) == 3
    assert doc.warnings == ["removed 6 running header/footer lines"]


def test_one_text_object_per_character_upright_and_turned(tmp_path):
    cjk_reports()._register()
    path = tmp_path / "mixed.pdf"
    cjk_reports().mixed(path)
    doc = read_pdf(path.read_bytes(), str(path), "x", ocr="never")
    assert "全市森林覆盖率达到45%" in doc.text
    assert "竖排标注文字" in doc.text
    assert "臺北市政府年度施政計畫" in doc.text and "Completion rate 95.5%" in doc.text


# --- drawing for OCR ------------------------------------------------------------------------


@pytest.mark.slow
def test_ocr_says_when_chinese_text_cannot_be_drawn(tmp_path):
    """--ocr always draws the page; a CJK font the PDF does not embed needs one of the
    machine's. Without one, the document says so instead of silently reading nothing."""
    pytest.importorskip("rapidocr_onnxruntime")
    path, fonts = table_pdf_and_fonts(tmp_path)
    doc = read_pdf(path.read_bytes(), str(path), "x", ocr="always")
    if fonts:
        assert NO_CJK_FONT not in doc.warnings
        assert "执法检查企业数量" in doc.text  # drawn with the machine's font and read back
    else:
        assert NO_CJK_FONT in doc.warnings
