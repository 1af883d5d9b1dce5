"""Fuzzing text, HTML and PDF ingest (hypothesis, bounded so `make test` stays quick): any
bytes become a SourceDocument whose offsets hold, or a QuarantineError; never another
exception. The full pipeline on the same inputs never quarantines with reason "crash".

The value grammar has its own generated-input properties (tests/parse/
test_values_properties.py::test_any_text_gives_well_formed_values); fuzz/ has the
atheris harnesses for long runs (`make fuzz`). Crashes found by fuzzing are regression
tests at the end of this file.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import check_document, load_make_bad
from zhibiao import process
from zhibiao.errors import QuarantineError
from zhibiao.ingest import read_document
from zhibiao.limits import Limits
from zhibiao.options import Options

make_bad = load_make_bad()
#: `ZHIBIAO_FUZZ_EXAMPLES=5000 pytest tests/ingest/test_fuzz.py` for a longer run.
EXAMPLES = int(os.environ.get("ZHIBIAO_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LIMITS = Limits(max_chars=200_000)

REPORT_WORDS = ["一、主要目标", "（一）", "1.", "全市共发生生产安全事故", "27起", "死亡30人",
                "同比下降72.7%", "、", "，", "。", "不低于95%", "控制在0.002以内", "万元", "1-9月",
                "目标名称", "考核指标", "进展情况", "\t", "\n", " ", "2025年", "达100%", "%",
                "二〇二〇年", "十二", "12.5", "亿元", "以上", "左右", "—", "\u3000", "\ufffd"]
ENCODINGS = ["utf-8", "gb18030", "gbk", "utf-16", "utf-8-sig", "big5", "latin-1"]


def read(source: str, data: bytes, ocr: str = "auto"):
    """read_document's outcome: a checked SourceDocument, or None for a QuarantineError."""
    try:
        doc = read_document(source, data, options=Options(limits=LIMITS, ocr=ocr))
    except QuarantineError:
        return None
    check_document(doc)
    return doc


def no_crash(path) -> None:
    result = process(path, LIMITS)
    if result.quarantine is not None:
        assert result.quarantine.reason != "crash", result.quarantine.error


report_text = st.lists(st.one_of(st.sampled_from(REPORT_WORDS), st.text(max_size=8)),
                       max_size=60).map("".join)


@st.composite
def encoded_report(draw) -> bytes:
    text = draw(report_text)
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()) and data:  # damage: flip, cut or insert bytes
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at + draw(st.integers(0, 3)):]
    return data


_TAGS = ["div", "p", "span", "b", "strong", "h1", "h2", "h3", "td", "th", "tr", "table",
         "tbody", "thead", "br", "script", "style", "nav", "footer", "li", "ul", "pre", "a",
         "font", "center", "iframe", "title", "meta"]
_ATTRS = st.sampled_from(['', ' rowspan="2"', ' colspan="3"', ' rowspan="0"', ' colspan="0"',
                          ' rowspan="-1"', ' colspan="99999"', ' rowspan="x"', ' hidden',
                          ' style="display:none"', ' style="font-weight:bold"', ' id="zoom"',
                          ' class="nav"', ' class="TRS_Editor"', ' role="presentation"'])


@st.composite
def html_tree(draw, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    attrs = "".join(draw(st.lists(_ATTRS, max_size=2)))
    children = [] if depth > 5 else draw(st.lists(
        st.one_of(report_text, html_tree(depth + 1)), max_size=4))
    close = draw(st.sampled_from([f"</{tag}>", "", "</td>", "</table>"]))
    return f"<{tag}{attrs}>" + "".join(children) + close


@st.composite
def html_page(draw) -> bytes:
    charset = draw(st.sampled_from(["utf-8", "gbk", "gb2312", "big5", "nonsense", ""]))
    head = f'<meta charset="{charset}">' if charset else ""
    body = "".join(draw(st.lists(html_tree(), max_size=4)))
    page = f"<!DOCTYPE html><html><head>{head}<title>{draw(report_text)}</title></head>" \
           f"<body>{body}</body></html>"
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "utf-16"]))
    return page.encode(encoding, errors="replace")


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_as_text_or_html(data):
    read("fuzz.txt", data)
    read("fuzz.html", data)


@FUZZ
@given(encoded_report())
def test_damaged_reports_in_any_encoding(data):
    doc = read("report.txt", data)
    if doc is not None:
        assert doc.media_type in ("text/plain", "text/html")


@FUZZ
@given(html_page())
def test_generated_web_pages(data):
    doc = read("page.html", data)
    if doc is not None:
        assert doc.media_type == "text/html"


@st.composite
def damaged_pdf(draw) -> bytes:
    """A small valid PDF (Latin or Chinese text, an image, many pages) with bytes flipped,
    cut out or put in: what a bad download or disk leaves."""
    data = bytearray(draw(st.sampled_from(_PDFS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            data[at:at] = draw(st.sampled_from([b"0", b" ", b"9999999999", b"/Length 0",
                                                b"obj", b"endobj", b"<<", b">>", b"R",
                                                b"%%EOF", b"\x00" * 8, b"-1"]))
    return bytes(data)


_PDFS = [make_bad.text_pdf(), make_bad.chinese_pdf(), make_bad.image_only_pdf(),
         make_bad.blank_pages_pdf(60), make_bad.broken_xref_pdf()]


@settings(max_examples=max(20, EXAMPLES // 3), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(damaged_pdf())
def test_damaged_pdfs(data):
    read("damaged.pdf", data, ocr="never")  # the reader, not OCR


@settings(max_examples=max(20, EXAMPLES // 5), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.one_of(html_page(), encoded_report()), st.sampled_from(["a.html", "a.txt"]))
def test_the_pipeline_never_crashes_on_generated_documents(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    no_crash(path)


# --- regressions: inputs fuzzing found -----------------------------------------------------


def test_ragged_tab_lines_make_a_full_grid():
    """atheris (fuzz_html.py) found a text table whose rows had 5 and 4 cells; every
    table must be a full grid (document.py): short rows get empty cells at their end."""
    doc = read("ragged.txt", "指标\t目标\t完成\n事故起数\t30起\n死亡人数\t10人\t8人\n".encode())
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [len(row) for row in table.rows] == [3, 3, 3]
    short = table.rows[1]
    assert [doc.text[c.start : c.end] for c in short] == ["事故起数", "30起", ""]


@pytest.mark.parametrize("data", [
    b"",
    # a UTF-8 BOM before bytes that are not UTF-8 (UnicodeDecodeError escaped decode_text)
    b"\xef\xbb\xbf\x80\xe4\xb8\x80\xe3\x80\x81\xe4\xb8\xbb\xe8\xa6\x81\xe7\x9b\xae\xe6\xa0\x87",
    # FF FE 00 00: UTF-32-LE's BOM, but what follows is UTF-16 (code point out of range)
    b"\xff\xfe\x00\x00N\x010;N\x81\x89\xeev\x07h",
    # a control character in text whose neighbour is dropped: lxml refused the moved tail
    b'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><div><div>'
    b"\x08<iframe></iframe>\xe4\xb8\x80\xe3\x80\x81\xe4\xb8\xbb\xe8\xa6\x81\xe7\x9b\xae\xe6\xa0\x87"
    b"</div></body></html>",
], ids=["empty", "utf8-bom-then-garbage", "utf32-bom-that-is-utf16", "control-char-tail"])
def test_fuzz_regressions(tmp_path, data):
    read("regression.html", data)
    read("regression.txt", data)
    path = tmp_path / "regression.html"
    path.write_bytes(data)
    no_crash(path)
