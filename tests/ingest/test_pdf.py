"""PDF ingest: CJK line joining, running headers/footers, tables as grids (merged cells,
tables across page breaks), provenance, bad PDFs, and values equal to the text copies.

The sample PDFs are committed (samples/make/make_pdf.py made them with LibreOffice and
reportlab); the bad PDFs are built here, with reportlab or by hand.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from support import SAMPLES, load_make_bad
from zhibiao import process
from zhibiao.errors import CorruptPdf, EncryptedPdf, ScannedPdf
from zhibiao.ingest import read_document
from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.normalize import normalize
from zhibiao.ingest.pdf import read_pdf

PDFS = sorted(SAMPLES.glob("*.pdf"))
#: The seed PDFs samples/make/make_pdf.py drew, with a running header on every page.
SEED_PDFS = [p for p in PDFS if p.name[:3] in ("000", "001", "002", "003", "004", "005")]
#: Sample PDFs without a ruled table (a summary; a real budget whose tables are unruled).
NO_RULED_TABLES = frozenset({"001_half_year_summary", "006_budget_npc_office_2019"})
#: Samples that have a text copy of the same document (005 has none: no seed).
WITH_TEXT = ["001_half_year_summary", "003_completion_table", "004_district_fyp_plan"]
_CJK = r"[\u4e00-\u9fff\u3000-\u303f“”]"


def read(name: str) -> SourceDocument:
    path = SAMPLES / f"{name}.pdf"
    return read_document(str(path), path.read_bytes())


def tables(doc: SourceDocument) -> list[list[list[str]]]:
    return [[[doc.text[c.start : c.end] for c in row] for row in b.rows]
            for b in doc.blocks if b.kind == "table"]


def seed_paragraphs(name: str, min_len: int = 60) -> list[str]:
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    return [p for p in (normalize(line).text.strip() for line in text.split("\n"))
            if len(p) >= min_len and "\t" not in p]


# --- hand-made PDFs -------------------------------------------------------------------------


# The PDF writer of the bad-input corpus (tests/data/make_bad.py): objects → file with xref.
build_pdf = load_make_bad().build_pdf
stream = load_make_bad().stream


_PUA_CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <41> <5A> <E000> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end"""


def bad_glyph_pdf() -> bytes:
    """One page: 8 glyphs mapped to private-use code points (F1), 5 glyphs of a CID font
    without a ToUnicode map, which pdfminer shows as (cid:65) (F3), and 31 good ones."""
    content = (b"BT /F1 12 Tf 72 700 Td (ABCDEFGH) Tj ET "
               b"BT /F2 12 Tf 72 680 Td (Inspected 326 firms in 2020) Tj ET "
               b"BT /F3 12 Tf 72 660 Td <00410042004300440045> Tj ET")
    return build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 7 0 R /F3 8 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        stream(_PUA_CMAP),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Foo /Encoding /Identity-H "
        b"/DescendantFonts [9 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Foo /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 >>",
    ])


def zero_page_pdf() -> bytes:
    return build_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [] /Count 0 >>"])


def reportlab_pdf(path: Path, draw, **kwargs) -> Path:
    canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas_mod.Canvas(str(path), pagesize=(595, 842), invariant=1, **kwargs)
    draw(c)
    c.save()
    return path


# --- text and layout ------------------------------------------------------------------------


@pytest.mark.parametrize("name", WITH_TEXT)
def test_wrapped_cjk_paragraphs_come_back_whole(name):
    """Every long paragraph (or table cell) of the text copy is in the PDF's text as one
    run: wrapped lines joined with no space or line break between CJK characters."""
    doc = read(name)
    if name.startswith("003"):
        # A table: its cells. The text copy kept the spaces of its old line wraps inside
        # cells (2020- 2023年) and cut some cells at its old page breaks; the pieces are
        # still runs of the PDF's text once spaces are left out on both sides.
        text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
        pieces = [normalize(cell).text.replace(" ", "") for line in text.split("\n")
                  for cell in line.split("\t")]
        pieces = [p for p in pieces if len(p) >= 40]
        haystack = doc.text.replace(" ", "")
    else:
        pieces, haystack = seed_paragraphs(name), doc.text
    assert len(pieces) >= 5
    for piece in pieces:
        assert piece in haystack, piece[:40]
    assert not re.search(f"{_CJK} +{_CJK}", doc.text)


def test_latin_words_keep_their_spaces_across_a_wrap(tmp_path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    words = ("Inspection teams visited 326 firms and closed 17 sites; the quick brown fox "
             "jumps over the lazy dog while auditors count every remaining hazard twice.")
    path = tmp_path / "latin.pdf"
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=11, leading=15)
    SimpleDocTemplate(str(path), pagesize=(300, 400), leftMargin=40, rightMargin=40,
                      invariant=1).build([Paragraph(words, style)])
    doc = read_pdf(path.read_bytes(), str(path), "x")
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages[0].extract_text().splitlines()) >= 3  # it did wrap
    assert doc.text == words
    assert [b.kind for b in doc.blocks] == ["paragraph"]


def test_words_set_apart_without_space_glyphs_get_their_spaces():
    """TeX and many converters position words instead of drawing spaces."""
    content = b"BT /F1 12 Tf 72 700 Td [(Inspected) -333 (326) -333 (firms,) -333 (closed) " \
              b"-333 (17) -333 (sites) -333 ((ASN.1)) -333 (done.)] TJ ET"
    data = build_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])
    assert read_pdf(data, "x.pdf", "x").text == "Inspected 326 firms, closed 17 sites (ASN.1) done."


def test_hyphens_at_line_ends_are_kept_not_invented_or_dropped(tmp_path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    words = ("Inspectors finished the district-wide self-assessment of 326 firms; the "
             "well-documented cross-department follow-up reviews continue.")
    path = tmp_path / "hyphen.pdf"
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=11, leading=15,
                           embeddedHyphenation=1, alignment=4)
    SimpleDocTemplate(str(path), pagesize=(260, 400), leftMargin=40, rightMargin=40,
                      invariant=1).build([Paragraph(words, style)])
    with pdfplumber.open(path) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    assert lines[0].endswith("district-")  # the line did break at the hyphen
    assert read_pdf(path.read_bytes(), str(path), "x").text == words


def test_paragraph_breaks_are_kept():
    doc = read("004_district_fyp_plan")
    kinds = Counter(b.kind for b in doc.blocks)
    assert kinds["paragraph"] >= 40 and kinds["heading"] >= 20
    texts = [doc.block_text(b) for b in doc.blocks]
    assert "一、现状与形势" in texts and "(一)工作成效" in texts
    assert "三是随着社会治理能力不断提高,社会文明素质、安全意识和法治观念加快提升,安全发展的" \
           "社会环境进一步优化。" in texts


@pytest.mark.parametrize("path", SEED_PDFS, ids=lambda p: p.stem)
def test_running_headers_footers_and_page_numbers_are_removed(path):
    doc = read_document(str(path), path.read_bytes())
    with pdfplumber.open(path) as pdf:
        first_lines = {p.extract_text().splitlines()[0] for p in pdf.pages}
        last_lines = {p.extract_text().splitlines()[-1] for p in pdf.pages}
    lines = [doc.text[b.start : b.end] for b in doc.blocks if b.kind != "table"]
    for line in lines:
        assert not re.fullmatch(r"-\s*\d+\s*-|第\s*\d+\s*页(\s*共\s*\d+\s*页)?", line), line
    if doc.pages > 1:
        header = next(iter(first_lines))
        assert len(first_lines) == 1  # every page starts with the same running header
        assert normalize(header).text not in lines
        removed = re.search(r"removed (\d+) running header/footer lines", " ".join(doc.warnings))
        assert removed and int(removed.group(1)) == 2 * doc.pages
        assert len(last_lines) == doc.pages  # page numbers differ page to page


def test_a_line_broken_by_hand_after_a_comma_goes_on_in_the_next(tmp_path):
    """A short line that ends on a comma is no paragraph end (the sentence goes on: a
    budget's 支出2354.4万元,⏎与上年相比减少1311.6万元); a short line ending on a full stop
    still is, and so is one before a numbered item."""
    lines = ["The office spent far more on rent and salaries than it had planned for.",
             "Management spent 2354.4,",
             "down 1311.6 from the year before.",
             "Closed 17 sites.",
             "The list:",
             "(1) Opened 5 more."]

    def draw(c):
        c.setFont("Helvetica", 11)
        for k, line in enumerate(lines):  # a wider gap after the first paragraph
            c.drawString(72, 700 - 15 * k - (10 if k else 0), line)

    path = reportlab_pdf(tmp_path / "comma.pdf", draw)
    doc = read_pdf(path.read_bytes(), str(path), "x")
    assert [doc.block_text(b) for b in doc.blocks] == [
        lines[0], "Management spent 2354.4, down 1311.6 from the year before.", lines[3],
        lines[4], lines[5]]


def test_full_lines_of_a_narrow_page_and_across_its_end_stay_one_paragraph(tmp_path):
    """A portrait page of prose in a document whose landscape table pages set the widest
    margin: its full lines are full against its own margin (they used to end a paragraph
    each, the next word "would have fitted" the landscape width), and a paragraph whose
    last line on a page that ends early stops mid-word goes on on the next page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = ["加大知识产权司法保护力度，健全知识产权案件集中办理、专家咨",  # indented 2
             "询、执法司法联动等工作机制，提高打击侵犯知识产权犯罪的综合能力",
             "依法监督纠正执行不规范、不公正的问题，促进依法行政和公正司法。",
             "全年拟听取和审议专项工作报告十二个，开展执法检查六次以上，对十"]
    assert [len(line) for line in lines] == [29, 31, 31, 31]  # one right edge
    tail = "个立法项目开展调研。"

    def draw(c):
        c.setFont("STSong-Light", 12)
        c.drawString(72, 760, "一、基本情况")
        for k, line in enumerate(lines):
            c.drawString(96 if k == 0 else 72, 730 - 20 * k, line)
        c.showPage()
        c.setFont("STSong-Light", 12)
        c.drawString(72, 770, tail)
        c.drawString(96, 740, "二、其他事项说明如下。")
        c.showPage()
        c.setPageSize((842, 595))
        c.setFont("STSong-Light", 12)
        for k, text in enumerate(("单位：万元", "单位：万元")):
            c.drawRightString(780, 540 - 200 * k, text)

    path = reportlab_pdf(tmp_path / "narrow.pdf", draw)
    doc = read_pdf(path.read_bytes(), str(path), "x")
    texts = [doc.block_text(b) for b in doc.blocks]
    assert texts[:3] == ["一、基本情况", normalize("".join(lines) + tail).text,
                         "二、其他事项说明如下。"]


def test_an_indented_paragraphs_ragged_lines_stay_one_paragraph(tmp_path):
    """Where paragraphs open with an indent, a line two characters short of the margin
    that stops mid-sentence (CJK set unjustified) goes on in the next line; a numbered
    heading line without a clause mark stays a heading."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size, width = 12, 26  # a column of 26 characters from x=72
    first = ("提升危化品等专业救援队伍建设，新培育五支社会应急力量，"
             "乡镇（街道）应急管理站建成率达到百分之百，全面完成年度工作任务。")
    second = "督促企业落实主体责任，进一步完善责任体系和工作机制，压实各级监管责任。"
    heading = "四、部门收支预算编制的相关依据及测算分析情况说明"  # 2 short, no clause mark
    body = "江苏省人民检察院部门预算包括机关本级预算和下辖单位预算。"
    # (x, text): the first lines of paragraphs indented 2 characters and 2 short of the
    # margin, as an unjustified setting leaves them
    lines = [(96, first[:22]), (72, first[22:48]), (72, first[48:]),
             (96, second[:22]), (72, second[22:]), (72, heading), (72, body[:width]),
             (72, body[width:])]
    assert len(heading) == width - 2

    def draw(c):
        c.setFont("STSong-Light", size)
        for k, (x, text) in enumerate(lines):
            c.drawString(x, 760 - 18 * k, text)

    path = reportlab_pdf(tmp_path / "ragged.pdf", draw)
    doc = read_pdf(path.read_bytes(), str(path), "x")
    texts = [doc.block_text(b) for b in doc.blocks]
    assert texts == [normalize(first).text, normalize(second).text, normalize(heading).text,
                     normalize(body).text]


def test_fake_bold_duplicates_are_dropped(tmp_path):
    def draw(c):
        c.setFont("Helvetica", 14)
        for dx in (0, 0.3, 0.6):  # fake bold: the same string overprinted, slightly offset
            c.drawString(72 + dx, 700, "Total 326 firms")
        c.drawString(72, 600, "Closed 17 sites")

    path = reportlab_pdf(tmp_path / "bold.pdf", draw)
    with pdfplumber.open(path) as pdf:  # without dedupe_chars every glyph is there 3 times
        assert pdf.pages[0].extract_text().startswith("TTToootttaaalll")
    doc = read_pdf(path.read_bytes(), str(path), "x")
    assert doc.text == "Total 326 firms\nClosed 17 sites"


def test_dedupe_drops_overprinted_copies_within_a_point():
    from zhibiao.ingest.pdf_layout import Char, dedupe

    chars = [Char(ch, 10 + 7 * i + dx, 100 + dy, 16 + 7 * i + dx, 112 + dy)
             for dx, dy in ((0, 0), (0.4, 0.3), (0.9, -0.2)) for i, ch in enumerate("326家")]
    chars.append(Char("3", 10 + 7 * 4 + 1.5, 100, 16 + 7 * 4 + 1.5, 112))  # a real next "3"
    kept, dropped = dedupe(chars)
    assert "".join(c.ch for c in kept) == "326家3" and dropped == 8
    # pdfium spells the ligature ﬀ as two f with one box, one after the other: not a copy
    word = [Char("b", 0, 0, 5, 10), Char("u", 5, 0, 10, 10), Char("f", 10, 0, 18, 10),
            Char("f", 10, 0, 18, 10), Char("e", 18, 0, 23, 10), Char("r", 23, 0, 27, 10)]
    assert dedupe(word) == (word, 0)


# --- tables ---------------------------------------------------------------------------------


def test_table_across_page_breaks_is_one_table_with_broken_rows_joined():
    doc = read("003_completion_table")
    table = [b for b in doc.blocks if b.kind == "table"][1]
    grid = tables(doc)[1]
    with pdfplumber.open(SAMPLES / "003_completion_table.pdf") as pdf:
        pages_with_it = [i for i, p in enumerate(pdf.pages, 1)
                         if "年度完成值" in (p.extract_text() or "") and i >= table.page]
    assert len(pages_with_it) >= 3  # the header repeats on every page it runs over
    headers = [row for row in grid if row[-1] == "年度完成值"]
    assert len(headers) == 1 and grid[0] == headers[0]  # kept once
    assert len(grid) == 22 and all(len(row) == 5 for row in grid)
    key_indicators = [row[2] for row in grid[1:]]
    seed = (SAMPLES / "003_completion_table.txt").read_text(encoding="utf-8")
    assert len(set(key_indicators)) == 21
    for name in key_indicators:  # each row whole, although several broke at a page end
        assert name in normalize(seed).text.replace(" ", ""), name
    assert "应急相关信息的网络舆情监测和应对" in key_indicators
    # The first two columns are one merged cell over every row, cut by each page break.
    first = table.rows[1][0]
    assert first.row_span == 21 and all(row[0].covered for row in table.rows[2:])
    assert "加快两项重点项目建设" in doc.text[first.start : first.end]
    assert doc.text[first.start : first.end].endswith("严守季节性风险关口。")


def test_merged_indicator_cells_of_a_self_evaluation_form():
    doc = read("005_self_evaluation")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    header = next(r for r, row in enumerate(table.rows)
                  if doc.text[row[0].start : row[0].end] == "一级指标")
    rows = table.rows[header + 1 :]
    level1 = [(doc.text[r[0].start : r[0].end], r[0].row_span) for r in rows if not r[0].covered]
    assert level1 == [("产出指标", 7), ("效益指标", 3), ("满意度指标", 1), ("总分", 1)]
    quantity = rows[0][1]
    assert (doc.text[quantity.start : quantity.end], quantity.row_span) == ("数量指标", 3)
    for row in rows[1:3]:  # covered slots repeat the merged cell's offsets
        assert row[1].covered and (row[1].start, row[1].end) == (quantity.start, quantity.end)
        assert row[0].covered and doc.text[row[0].start : row[0].end] == "产出指标"
    assert [doc.text[c.start : c.end] for c in rows[2][2:7]] == [
        "应急演练场次", "≥12场", "10场", "5", "4"]
    assert all(len(row) == 8 for row in table.rows)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_table_cells_are_the_ones_pdfplumber_finds(path):
    """Ruling lines come from pdfium, cells from pdfplumber's finder: the same cells as
    pdfplumber's own `find_tables` on every page."""
    import pypdfium2 as pdfium

    from zhibiao.ingest.pdf_layout import PageSpace
    from zhibiao.ingest.pdf_tables import find_cells, page_graphics

    def rounded(cells):
        return sorted(tuple(round(v) for v in c) for c in cells)

    pdf = pdfium.PdfDocument(path.read_bytes())
    with pdfplumber.open(path) as plumber:
        for page, ppage in zip(pdf, plumber.pages, strict=True):
            left, bottom, right, top = page.get_mediabox()
            space = PageSpace(left, bottom, right - left, top - bottom, page.get_rotation())
            ours = [rounded(t) for t in find_cells(page_graphics(page, space)[0], *space.size)]
            theirs = [rounded(t.cells) for t in ppage.find_tables()]
            assert sorted(ours) == sorted(theirs)
    pdf.close()


def test_an_unruled_table_is_read_from_its_aligned_columns(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rows = [("序号", "指标名称", "2025年目标值"),
            ("1", "亿元生产总值生产安全事故死亡率", "控制在0.002以内"),
            ("2", "较大及以上生产安全事故起数", "0"),
            ("3", "火灾十万人口死亡率", "控制在0.047以内")]

    def draw(c):
        c.setFont("STSong-Light", 12)
        c.drawString(72, 760, "主要指标如下表所示。")
        for r, row in enumerate(rows):
            for x, cell in zip((72, 130, 380), row, strict=True):
                c.drawString(x, 730 - 22 * r, cell)
        c.drawString(72, 620, "各街道要细化工作职责,确保完成目标。")

    path = reportlab_pdf(tmp_path / "unruled.pdf", draw)
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[0].find_tables() == []  # no rules: the ruled finder sees nothing
    doc = read_pdf(path.read_bytes(), str(path), "x")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert tables(doc) == [[list(row) for row in rows]]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_cell_texts_are_the_ones_pdfplumber_extracts(path):
    """Per page, before tables are merged across page breaks: the texts of the cells
    (pdfium characters in pdfplumber's cells) are pdfplumber's extract_tables() texts,
    line breaks and spaces aside."""
    import pypdfium2 as pdfium

    from zhibiao.ingest.pdf import _read_page, _Stats

    def squash(text):
        return re.sub(r"\s", "", normalize(text or "").text)

    pdf = pdfium.PdfDocument(path.read_bytes())
    compared = 0
    with pdfplumber.open(path) as plumber:
        for index, ppage in enumerate(plumber.pages):
            ours = sorted(Counter(squash(c.text) for t in _read_page(pdf, index, _Stats()).tables
                                  for c in t.cells).items())
            theirs = sorted(Counter(squash(cell) for t in ppage.extract_tables()
                                    for row in t for cell in row if cell is not None).items())
            assert ours == theirs, index + 1
            compared += len(ours)
    pdf.close()
    assert compared or path.stem in NO_RULED_TABLES


def test_a_rotated_page_reads_upright(tmp_path):
    """A page turned by /Rotate 90 (its media box is landscape, it is shown portrait),
    drawn so its text is upright when shown: text, tables and boxes are read in the
    coordinates of the page as displayed, as pdfplumber reports them."""
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    rows = [("指标名称", "年度指标值", "实际完成值"), ("执法检查企业数量", "≥300家次", "326家次"),
            ("隐患整改率", "≥95%", "97.6%")]

    def draw(c):
        c.setPageRotation(90)
        c.translate(595, 0)  # display (X, top) is unrotated (top, X) ...
        c.rotate(90)  # ... so draw in display coordinates on a turned canvas
        c.setFont("STSong-Light", 12)
        c.drawString(60, 595 - 60, "表1 绩效指标完成情况")
        xs, top = (60, 300, 500, 780), 595 - 90
        for r, row in enumerate(rows):
            for k, cell in enumerate(row):
                c.drawString(xs[k] + 6, top - 22 * r - 16, cell)
        for r in range(len(rows) + 1):
            c.line(xs[0], top - 22 * r, xs[-1], top - 22 * r)
        for x in xs:
            c.line(x, top, x, top - 22 * len(rows))

    path = reportlab_pdf(tmp_path / "rotated.pdf", draw)
    page = pdfium.PdfDocument(path.read_bytes())[0]
    assert page.get_rotation() == 90 and page.get_mediabox()[2:] == (842, 595)
    doc = read_pdf(path.read_bytes(), str(path), "x")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table"]
    assert doc.block_text(doc.blocks[0]) == "表1绩效指标完成情况"
    assert tables(doc) == [[list(row) for row in rows]]
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        (theirs,) = page.find_tables()
        assert [round(v) for v in doc.blocks[1].bbox] == [round(v) for v in theirs.bbox]
        start = doc.text.index("326家次")
        x0, top, x1, bottom = doc.locate(start, start + 5)[1]
        assert page.crop((x0, top, x1, bottom)).extract_text().replace(" ", "") == "326家次"


# --- provenance -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_every_block_and_value_has_page_and_bbox(path):
    doc = read_document(str(path), path.read_bytes())
    assert doc.boxes is not None and len(doc.boxes) == len(doc.text)
    assert all(b.page and b.bbox for b in doc.blocks)
    result = process(path)
    values = result.records.tables["values"]
    assert values
    with pdfplumber.open(path) as pdf:
        for v in values:
            assert v.page is not None and v.bbox is not None, v.raw
            x0, top, x1, bottom = v.bbox
            page = pdf.pages[v.page - 1]
            assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
            # What pdfplumber finds inside the box is the value's own text.
            found = normalize(page.crop((x0, top, x1, bottom)).extract_text()).text
            # (the box is of the value's first page: a value running onto the next page,
            # 与上年相比增加(减少) | 0万元, has its figure outside it)
            first_line = re.split(r"\s", v.raw)[0]
            digits = re.search(r"\d+(?:\.\d+)?", first_line)
            figure_at = v.char_start + (digits.start() if digits else 0)
            if digits and doc.locate(figure_at, figure_at + 1)[0] == v.page:
                assert digits.group(0) in found.replace(" ", ""), (v.raw, found)


# --- values equal to the text copies --------------------------------------------------------


def _broken_cell(doc_text: str) -> tuple[int, int]:
    """Sample 003's text copy cut one cell at its old page break (the part from 31321次 on
    is a row of its own there); values in that part get their role from a different
    sentence context, so they are compared without role."""
    start = doc_text.index("31321次")
    end = doc_text.index("3.87亿人次", start)
    return start, end + len("3.87亿人次")


@pytest.mark.parametrize("name", WITH_TEXT)
def test_pdf_values_equal_the_text_copy_values(name):
    pdf = process(SAMPLES / f"{name}.pdf")
    txt = process(SAMPLES / f"{name}.txt")
    assert pdf.records is not None and txt.records is not None

    def keyed(result, with_role: bool) -> Counter:
        text = result.records.document.text
        lo, hi = _broken_cell(text) if name.startswith("003") else (0, 0)
        return Counter(
            (v.number, v.number_max, v.unit, v.comparator, v.change)
            + ((v.role,) if with_role and not lo <= v.char_start < hi else ())
            for v in result.records.tables["values"])

    assert keyed(pdf, False) == keyed(txt, False)
    assert keyed(pdf, True) == keyed(txt, True)
    assert pdf.records.document.genre == txt.records.document.genre
    assert pdf.records.document.title == txt.records.document.title


# --- bad PDFs -------------------------------------------------------------------------------


def test_glyphs_without_unicode_make_the_document_partial():
    doc = read_pdf(bad_glyph_pdf(), "bad.pdf", "x")
    assert doc.partial
    (warning,) = [w for w in doc.warnings if "no Unicode mapping" in w]
    assert "13 of " in warning and "%" in warning
    assert doc.text.count("\ufffd") == 13
    assert not re.search("[\ue000-\uf8ff]", doc.text)
    assert "Inspected 326 firms in 2020" in doc.text


def test_a_scanned_page_among_text_pages_makes_the_document_partial(tmp_path):
    from PIL import Image

    png = tmp_path / "scan.png"
    Image.new("L", (200, 100), 128).save(png)

    def draw(c):
        c.drawString(72, 700, "Closed 17 sites")
        c.showPage()
        c.drawImage(str(png), 72, 400, width=400, height=200)
        c.showPage()
        c.drawString(72, 700, "Fined 326 firms")

    path = reportlab_pdf(tmp_path / "mixed.pdf", draw)
    doc = read_pdf(path.read_bytes(), str(path), "x")
    assert doc.pages == 3 and doc.partial
    assert "1 page(s) of images without a text layer (scanned, not read): 2" in doc.warnings
    assert doc.text == "Closed 17 sites\nFined 326 firms"


def _encrypted(tmp_path: Path) -> Path:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return reportlab_pdf(tmp_path / "encrypted.pdf", lambda c: c.drawString(72, 700, "326"),
                         encrypt=StandardEncryption("secret", ownerPassword="owner"))


def _image_only(tmp_path: Path) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).rectangle((20, 20, 380, 180), outline=0, width=3)
    png = tmp_path / "scan.png"
    image.save(png)

    def draw(c):
        c.drawImage(str(png), 72, 400, width=400, height=200)
        c.showPage()
        c.drawImage(str(png), 72, 400, width=400, height=200)

    return reportlab_pdf(tmp_path / "scanned.pdf", draw)


def _truncated(tmp_path: Path) -> Path:
    data = (SAMPLES / "004_district_fyp_plan.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def _zero_pages(tmp_path: Path) -> Path:
    path = tmp_path / "zero.pdf"
    path.write_bytes(zero_page_pdf())
    return path


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4 + b"\n%%EOF\n")
    return path


@pytest.mark.parametrize(("make", "error", "reason", "words"), [
    (_encrypted, EncryptedPdf, "encrypted", "password"),
    (_truncated, CorruptPdf, "corrupt", "truncated"),
    (_zero_pages, CorruptPdf, "corrupt", "zero pages"),
    (_damaged, CorruptPdf, "corrupt", "damaged"),
    (_image_only, ScannedPdf, "scanned", "scanned, no text layer"),
], ids=["encrypted", "truncated", "zero-pages", "damaged", "image-only"])
def test_bad_pdfs_are_quarantined_with_their_reason(tmp_path, make, error, reason, words):
    path = make(tmp_path)
    with pytest.raises(error, match=re.escape(words)):
        read_pdf(path.read_bytes(), str(path), "x")
    result = process(path)  # the run goes on: a quarantine row, not an exception
    assert result.quarantine is not None
    assert result.quarantine.reason == reason and result.quarantine.stage == "ingest"
    assert words in result.quarantine.error


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = reportlab_pdf(tmp_path / "owner.pdf", lambda c: c.drawString(72, 700, "Closed 17 sites"),
                         encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    assert read_pdf(path.read_bytes(), str(path), "x").text == "Closed 17 sites"


def test_a_header_row_ending_a_page_is_not_joined_to_the_next_pages_first_row(goal_tables):
    """A one-line row at a page's foot and a full row on top of the next page are two
    whole rows (the budget form's header row, then its first indicator), not one row the
    break cut: in form_per_project two forms have their header row last on a page."""
    path = goal_tables["form_per_project"]
    grids = tables(read_document(str(path), path.read_bytes()))
    headers = [row for grid in grids for row in grid if row[0].startswith("一级指标")]
    assert len(headers) == 6
    assert all(row == ["一级指标", "二级指标", "三级指标", "指标值"] for row in headers)
    rows = [row for grid in grids for row in grid]
    assert ["产出指标", "数量指标", "补贴发放户数", "≥2100户"] in rows
