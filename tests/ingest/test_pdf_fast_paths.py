"""The fast paths of PDF ingest give what the straightforward code gives, exactly.

Reading a PDF was made faster (issue 20) without changing a byte of what it gives: each
fast path here is compared with the slow code it replaces (pdfplumber's own cell finder,
pdfium asked one question per character, the plain loops of the layout code, the regular
expression of the stream scan) on random inputs and on the sample and generated PDFs.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise
from pathlib import Path
from statistics import median

import numpy as np
import pypdfium2 as pdfium
import pytest
from pdfplumber.table import TableFinder

from support import SAMPLES, load_data_module
from zhibiao.errors import TooManyCells
from zhibiao.ingest import pdf as pdf_reader
from zhibiao.ingest import pdf_streams
from zhibiao.ingest.pdf_layout import (
    Char,
    Line,
    PageSpace,
    _latin,
    dedupe,
    line_of,
    lines_of_groups,
    make_lines,
    may_have_copies,
)
from zhibiao.ingest.pdf_tables import _boundaries, _index, edge, find_cells, page_graphics

PDFS = sorted(SAMPLES.glob("*.pdf"))


@pytest.fixture(scope="module")
def generated_pdfs(tmp_path_factory) -> list[Path]:
    """Generated reports: ruled goal tables with merged cells over page breaks, and CJK
    reports in fonts the PDF does not embed (one on a page turned by /Rotate 90), and
    two hand-made pages whose text pdfium cannot line up with its characters."""
    folder = tmp_path_factory.mktemp("generated")
    paths = list(load_data_module("make_goal_tables").write_goal_tables(folder))
    paths += load_data_module("make_cjk_reports").write_corpus(folder)
    paths += [_to_unicode_pdf(folder / "surrogates.pdf", b"BABAB"),
              _to_unicode_pdf(folder / "controls.pdf", b"BCBDBEB")]
    return paths


def _to_unicode_pdf(path: Path, shown: bytes) -> Path:
    """A one-page PDF in Helvetica whose ToUnicode map sends A to U+20000 (a surrogate
    pair in the map, two characters in pdfium), B to 中, C to the control code 2, D to
    U+FFFE and E to 0: the codes pdfium's page text writes differently, or leaves out."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def "
            b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange "
            b"5 beginbfchar <41> <D840DC00> <42> <4E2D> <43> <0002> <44> <FFFE> <45> <0000> "
            b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    content = b"BT /F1 12 Tf 20 100 Td (" + shown + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(out)
    return path


def _pages(paths: list[Path]):
    for path in paths:
        pdf = pdfium.PdfDocument(path.read_bytes())
        try:
            for page in pdf:
                left, bottom, right, top = page.get_mediabox()
                yield page, PageSpace(left, bottom, right - left, top - bottom,
                                      page.get_rotation() % 360)
                page.close()
        finally:
            pdf.close()


# --- the cell finder ----------------------------------------------------------------------


class _Page:
    def __init__(self, edges: list[dict], bbox: tuple) -> None:
        self.edges, self.bbox = edges, bbox


def _pdfplumber_cells(edges: list[dict], width: float, height: float) -> list[list[tuple]]:
    if len(edges) < 4:
        return []
    finder = TableFinder(_Page(edges, (0, 0, width, height)))  # type: ignore[arg-type]
    return [sorted(t.cells, key=lambda b: (b[1], b[0])) for t in finder.tables]


def _random_rulings(rng: random.Random) -> list[dict]:
    """Rules near a few grid lines: jittered within and beyond the snap tolerance, cut
    short, overlapping, duplicated, some too short to count."""
    def lines(n: int, span: float) -> list[float]:
        if rng.random() < 0.5:
            return sorted(rng.uniform(0, span) for _ in range(n))
        return [rng.choice([50, 100, 150.5, 200, 300]) + rng.choice([0, 0, 0.5, 1, 2.9, 3.1, 6])
                for _ in range(n)]

    k = rng.choice([2, 3, 5, 8, 15])
    xs, ys = lines(k, 500), lines(k, 700)
    edges: list[dict] = []
    for _ in range(rng.randint(2, 60)):
        horizontal = rng.random() < 0.5
        at = rng.choice(ys if horizontal else xs) + rng.choice([0, 0, 0, 0.2, -0.4, 1.5, 2.5, 3.5])
        ends = xs if horizontal else ys
        a, b = sorted(rng.sample(ends, 2)) if len(set(ends)) > 1 else (0, 10)
        a += rng.choice([0, 0, -1, 2, -3.5])
        b += rng.choice([0, 0, 1, -2, 4])
        if rng.random() < 0.1:
            b = a + rng.choice([0.5, 1.5, 2.5])
        lo, hi = min(a, b), max(a, b)
        edges.append(edge(lo, at, hi, at, "h") if horizontal else edge(at, lo, at, hi, "v"))
        if rng.random() < 0.1:
            edges.append(dict(edges[-1]))
    rng.shuffle(edges)
    return edges


@pytest.mark.parametrize("array_edges", [150, 0], ids=["few-edges-loop", "arrays"])
def test_cells_are_pdfplumbers_on_random_rulings(array_edges, monkeypatch):
    """The same floats, in the same order, as pdfplumber's TableFinder (edges snapped and
    joined one by one, as a page with few of them is, and as arrays)."""
    from zhibiao.ingest import pdf_tables

    monkeypatch.setattr(pdf_tables, "_ARRAY_EDGES", array_edges)
    rng = random.Random(20)
    tables = 0
    for _ in range(1500):
        edges = _random_rulings(rng)
        try:
            ours = find_cells(edges, 600, 800)
        except TooManyCells:
            continue
        assert repr(ours) == repr(_pdfplumber_cells(edges, 600, 800)), edges
        tables += len(ours)
    assert tables > 300  # the rulings make tables, not only noise


def test_cells_of_lone_crossings_are_the_general_ones():
    """The array work over crossings of one edge each gives the cells the general search
    gives, on random rulings (and takes most of them)."""
    from zhibiao.ingest import pdf_tables

    rng = random.Random(23)
    taken = 0
    for _ in range(1500):
        rules = pdf_tables.Rules.of(_random_rulings(rng))
        h_edges, v_edges = pdf_tables._merge_edges(rules)
        if not h_edges or not v_edges:
            continue
        hits = pdf_tables._hits(h_edges, v_edges)
        fast = pdf_tables._cells_of_lone_crossings(*hits)
        if fast is not None:
            assert repr(fast) == repr(pdf_tables._cells(pdf_tables._intersections(*hits)))
            taken += 1
    assert taken > 500


def test_cells_are_pdfplumbers_on_every_page(generated_pdfs):
    for page, space in _pages(PDFS + generated_pdfs):
        rules = page_graphics(page, space)[0]
        assert repr(find_cells(rules, *space.size)) == repr(
            _pdfplumber_cells(rules.dicts(), *space.size))


def test_nearest_boundary_is_the_first_nearest():
    rng = random.Random(7)
    for _ in range(20000):
        bounds = _boundaries([rng.choice([rng.uniform(0, 100), float(rng.randint(0, 100)),
                                          rng.randint(0, 20) * 3.5])
                              for _ in range(rng.randint(1, 12))])
        v = rng.choice([rng.uniform(-5, 105), rng.choice(bounds) + rng.choice([0, 0.5, -1.75]),
                        (rng.choice(bounds) + rng.choice(bounds)) / 2])
        assert _index(bounds, v) == min(range(len(bounds)), key=lambda i: abs(bounds[i] - v))


# --- characters -----------------------------------------------------------------------------


def test_page_characters_are_the_ones_pdfium_gives_one_by_one(generated_pdfs):
    """The page text in one call and arrays give the characters, boxes and counts that
    asking pdfium every question per character gives; and a page said to hold no fake-bold
    copies has none."""
    one_by_one = 0
    for page, space in _pages(PDFS + generated_pdfs):
        textpage = page.get_textpage()
        fast_stats, slow_stats = pdf_reader._Stats(), pdf_reader._Stats()
        chars, copies, at = pdf_reader._chars(textpage, space, fast_stats)
        count = pdfium.raw.FPDFText_CountChars(textpage.raw)
        slow = pdf_reader._chars_one_by_one(textpage.raw, count, space, slow_stats)
        assert repr(chars) == repr(slow)
        if at is not None:  # the boxes as an array, for the layout's array work
            assert at.tolist() == [[c.x0, c.top, c.x1, c.bottom] for c in chars]
        assert (fast_stats.chars, fast_stats.bad) == (slow_stats.chars, slow_stats.bad)
        assert copies or dedupe(slow)[1] == 0
        one_by_one += count > 0 and pdf_reader._page_text(textpage.raw, count) is None
        textpage.close()
    assert one_by_one >= 1  # controls.pdf: the page text leaves its control codes out


def test_surrogate_halves_come_through_as_pdfium_gives_them(generated_pdfs):
    by_name = {p.name: p for p in generated_pdfs}
    for page, space in _pages([by_name["surrogates.pdf"]]):
        chars, _, _ = pdf_reader._chars(page.get_textpage(), space, pdf_reader._Stats())
        assert "".join(c.ch for c in chars) == "中\ud840\udc00中\ud840\udc00中"


def _glyph_keys(chars: list[Char]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    ink = [c for c in chars if not c.ch.isspace()]
    return (np.array([ord(c.ch) for c in ink], dtype=np.int64),
            np.array([c.x0 for c in ink]), np.array([c.top for c in ink]))


def _random_chars(rng: random.Random, n: int) -> list[Char]:
    """Characters along wobbly lines: words and CJK runs, gaps and jumps back, spaces and
    line breaks, zero-size glyphs, and fake-bold copies at and just past the tolerance."""
    out: list[Char] = []
    x, y = rng.uniform(0, 50), rng.uniform(0, 50)
    for _ in range(n):
        if rng.random() < 0.1:
            y += rng.choice([0, 0.3, 5, 12, -12])
            x = rng.uniform(0, 60)
        h, w = rng.choice([10, 10, 9.5, 12, 0, 3]), rng.choice([10, 5, 0, 2])
        ch = rng.choice("中文字Ab1 2.,%-\u3000\n\rxx一一")
        out.append(Char(ch, x, y, x + w, y + h))
        x += w + rng.choice([0, 0, 0, 0.5, 2.6, 3, 16, -4, -40])
        if rng.random() < 0.05:
            c = out[-1]
            out.append(Char(ch, c.x0 + rng.choice([0, 0.5, 1.0, 1.01]),
                            c.top + rng.choice([0, 0.9, -1.0]), c.x1, c.bottom))
    return out


def test_pages_without_copies_are_told_apart():
    rng = random.Random(3)
    told = 0
    for _ in range(5000):
        chars = _random_chars(rng, rng.randint(0, 40))
        if not may_have_copies(*_glyph_keys(chars)):
            assert dedupe(chars)[1] == 0
            told += 1
    assert told > 1000


# --- lines: the plain loops they replace, as the oracle ----------------------------------


def _plain_line_of(page: int, chars: list[Char]) -> Line | None:
    while chars and chars[-1].ch.isspace():
        chars.pop()
    while chars and chars[0].ch.isspace():
        chars.pop(0)
    ink = [c for c in chars if not c.ch.isspace()]
    if not ink:
        return None
    out: list[Char | None] = []
    text: list[str] = []
    size = median(c.height for c in ink)
    prev: Char | None = None
    for c in chars:
        if prev is not None and not c.ch.isspace() and not prev.ch.isspace() and (
                c.x0 - prev.x1 > 0.25 * size and ((_latin(prev.ch) and _latin(c.ch))
                                                   or c.x0 - prev.x1 > 1.5 * size)):
            out.append(None)
            text.append(" ")
        out.append(c)
        text.append(c.ch)
        prev = c
    return Line(page, out, "".join(text), min(c.x0 for c in ink), min(c.top for c in ink),
                max(c.x1 for c in ink), max(c.bottom for c in ink), size)


def _plain_make_lines(chars: list[Char], page: int) -> list[Line]:
    lines: list[Line] = []
    cur: list[Char] = []
    last: Char | None = None
    for c in chars:
        if c.ch in "\r\n":
            continue
        if c.ch.isspace():
            if cur:
                cur.append(c)
            continue
        if last is not None:
            overlap = min(last.bottom, c.bottom) - max(last.top, c.top)
            h = min(last.height, c.height) or 1.0
            if overlap < 0.5 * h or c.x1 < last.x0:
                line = _plain_line_of(page, cur)
                if line is not None:
                    lines.append(line)
                cur = []
        cur.append(c)
        last = c
    line = _plain_line_of(page, cur)
    if line is not None:
        lines.append(line)
    return lines


def test_lines_are_the_plain_loops_lines():
    rng = random.Random(11)
    for _ in range(2000):
        chars = _random_chars(rng, rng.randint(0, 40))
        assert repr(make_lines(list(chars), 3)) == repr(_plain_make_lines(list(chars), 3))
        assert repr(line_of(2, list(chars))) == repr(_plain_line_of(2, list(chars)))


def test_lines_of_groups_are_the_plain_loops_lines_of_each_group():
    """The array work over many groups (a page, a table's cells) at once, on characters
    without line breaks (with them it declines, and make_lines goes one by one)."""
    rng = random.Random(12)
    declined = 0
    for _ in range(1500):
        groups = [[c for c in _random_chars(rng, rng.randint(0, 120))
                   if rng.random() < 0.02 or c.ch not in "\r\n"]
                  for _ in range(rng.choice([1, 1, 2, 5]))]
        found = lines_of_groups([list(g) for g in groups], 3)
        if found is None:
            declined += 1
            assert any(c.ch in "\r\n" for g in groups for c in g)
            continue
        assert repr(found) == repr([_plain_make_lines(list(g), 3) for g in groups])
    assert declined < 700


def test_lines_of_real_pages_are_the_plain_loops_lines(generated_pdfs):
    for page, space in _pages(PDFS + generated_pdfs):
        chars, _, at = pdf_reader._chars(page.get_textpage(), space, pdf_reader._Stats())
        assert repr(make_lines(list(chars), 1)) == repr(_plain_make_lines(list(chars), 1))
        assert repr(make_lines(list(chars), 1, at)) == repr(_plain_make_lines(list(chars), 1))


# --- the stream scan ------------------------------------------------------------------------


def test_stream_keywords_are_the_regular_expressions_matches():
    pattern = re.compile(rb"\bstream(?:\r\n|\n|\r)")
    rng = random.Random(5)
    samples = [path.read_bytes() for path in PDFS]
    samples += [bytes(rng.choice(b"stream\r\n xa_9\xe9endobj") for _ in range(rng.randint(0, 60)))
                .replace(b"xa", b"stream") for _ in range(20000)]
    for data in samples:
        assert list(pdf_streams._streams(data)) == [(m.start(), m.end())
                                                     for m in pattern.finditer(data)]


def test_streams_too_short_to_reach_the_limit_need_no_inflating():
    """A stream is skipped when its length times deflate's highest ratio is within the
    limit: zlib at its best on the most compressible data stays under that ratio."""
    import zlib

    for size in (10**3, 10**6, 10**7):
        packed = zlib.compress(b"\0" * size, 9)
        assert size <= len(packed) * pdf_streams.MAX_FLATE_RATIO


def test_path_segments_read_as_one_block_are_the_ones_pdfium_gives_one_by_one(generated_pdfs):
    """page_graphics reads a path's segments from pdfium's memory in one block: the same
    points, types and close flags as asking pdfium for each segment."""
    from zhibiao.ingest.pdf_tables import _PATH, _SEGMENT_COUNT, _layout_ok, _objects, address

    paths = 0
    for page, _ in _pages(PDFS + generated_pdfs):
        for obj, kind, _level in _objects(address(page.raw)):
            if kind == _PATH and _SEGMENT_COUNT(obj) > 0:
                assert _layout_ok(obj, _SEGMENT_COUNT(obj))
                paths += 1
    assert paths > 100


def test_cells_placed_as_arrays_take_what_the_loop_gives_them():
    """build_table with the characters' boxes as an array (placing and line making as
    array work) gives the table and leftovers the character loop gives."""
    from zhibiao.ingest.pdf_tables import build_table

    rng = random.Random(21)
    placed = 0
    for _ in range(300):
        xs = sorted(rng.sample(range(0, 200, 10), rng.randint(2, 6)))
        ys = sorted(rng.sample(range(0, 200, 12), rng.randint(2, 6)))
        cells = [(a, t, b, w) for a, b in pairwise(xs) for t, w in pairwise(ys)
                 if rng.random() < 0.85]
        if rng.random() < 0.3 and len(xs) > 2:  # a merged cell over two columns
            cells.append((xs[0], ys[0], xs[2], ys[1]))
        if not cells:
            continue
        chars = [c for c in _random_chars(rng, rng.randint(0, 400)) if c.ch not in "\r\n"]
        at = np.array([[c.x0, c.top, c.x1, c.bottom] for c in chars],
                      dtype=np.float64).reshape(-1, 4)
        slow_table, slow_left, _ = build_table(cells, list(chars), 4)
        fast_table, fast_left, left_at = build_table(cells, list(chars), 4, at)
        assert repr(fast_table) == repr(slow_table)
        assert repr(fast_left) == repr(slow_left)
        if left_at is not None:  # placed as arrays (enough characters)
            assert left_at.tolist() == [[c.x0, c.top, c.x1, c.bottom] for c in fast_left]
            placed += 1
    assert placed > 100


def test_a_table_merged_page_after_page_looks_only_where_it_may():
    """A table running over many pages keeps, as it takes each page's part, the cells that
    reach its last row, and finds a row of its first part among that part's cells: what
    looking at all its cells gives, after every merge."""
    from zhibiao.ingest.pdf_tables import _reaching_bottom, build_table, merge_tables

    def all_reaching(table):
        last = table.n_rows - 1
        return [c for c in table.cells if c.row <= last < c.row + c.row_span]

    rng = random.Random(22)

    def part(xs, page):
        ys = sorted(rng.sample(range(0, 200, 12), rng.randint(2, 6)))
        cells = [(a, t, b, w) for a, b in pairwise(xs) for t, w in pairwise(ys)
                 if rng.random() < 0.9]
        if rng.random() < 0.4 and len(ys) > 2:  # a cell merged down to the bottom
            cells.append((xs[0], ys[-3], xs[1], ys[-1]))
        chars = [c for c in _random_chars(rng, rng.randint(0, 300)) if c.ch not in "\r\n"]
        return build_table(cells or [(xs[0], ys[0], xs[1], ys[1])], chars, page)[0]

    merges = 0
    for _ in range(40):
        xs = sorted(rng.sample(range(0, 200, 10), rng.randint(2, 5)))
        first = part(xs, 1)
        for page in range(2, rng.randint(3, 12)):
            merge_tables(first, part(xs, page))
            merges += 1
            assert _reaching_bottom(first) == all_reaching(first)
            for r in range(first.n_rows):
                assert first.row(r) == sorted((c for c in first.cells if c.row == r),
                                              key=lambda c: c.col)
    assert merges > 150


def test_edges_walked_one_by_one_are_the_array_works(generated_pdfs):
    """A page with few path segments has its edges worked out one segment at a time:
    the same rules as the array work gives."""
    from zhibiao.ingest import pdf_tables

    pages = 0
    for page, space in _pages(PDFS + generated_pdfs):
        blocks, counts, matrices = [], [], []
        forms: dict[int, tuple[float, ...]] = {}
        matrix_buf = pdfium.raw.FS_MATRIX()
        for obj, kind, level in pdf_tables._objects(pdf_tables.address(page.raw)):
            if kind == pdf_tables._FORM:
                m = pdf_tables._matrix(obj, matrix_buf)
                forms[level] = pdf_tables._compose(m, forms[level - 1]) if level else m
            if kind != pdf_tables._PATH or pdf_tables._SEGMENT_COUNT(obj) <= 0:
                continue
            count = pdf_tables._SEGMENT_COUNT(obj)
            blocks.append(pdf_tables._segments_by_call(obj, count))
            m = pdf_tables._matrix(obj, matrix_buf)
            matrices.append(pdf_tables._compose(m, forms[level - 1]) if level else m)
            counts.append(count)
        if not blocks:
            continue
        block = b"".join(blocks)
        arrays = pdf_tables._edges(np.frombuffer(block, pdf_tables._POINT), counts, matrices,
                                   space)
        loop = pdf_tables._edges_one_by_one(block, counts, matrices, space)
        assert repr(loop.dicts()) == repr(arrays.dicts())
        pages += 1
    assert pages > 20


def test_a_line_without_spaces_is_one_segment(generated_pdfs):
    """unruled_tables skips cutting a line whose text has no space (`_one_run`): the cut
    gives it as one piece, on random lines (both ways of making them) and real pages."""
    from zhibiao.ingest.pdf_tables import _one_run, _segments

    rng = random.Random(23)
    lines = []
    for _ in range(1500):
        chars = [c for c in _random_chars(rng, rng.randint(0, 200)) if c.ch not in "\r\n"]
        lines += make_lines(list(chars), 1) + _plain_make_lines(list(chars), 1)
    for page, space in _pages(PDFS + generated_pdfs):
        chars, _, at = pdf_reader._chars(page.get_textpage(), space, pdf_reader._Stats())
        lines += make_lines(list(chars), 1, at)
    skipped = [line for line in lines if _one_run(line)]
    assert all(len(_segments(line)) <= 1 for line in skipped)
    assert len(skipped) > 1000


def test_locate_is_the_union_of_the_first_pages_boxes():
    """SourceDocument.locate (one pass over the boxes, min and max written out) gives the
    page of the first box and the union of that page's boxes, separators skipped, as
    min() and max() give it (a NaN side included)."""
    from zhibiao.ingest.document import SourceDocument

    def plain(boxes, start, end):
        spans = [b for b in boxes[start:end] if b is not None]
        if not spans:
            return None, None
        on_page = [b for b in spans if b[0] == spans[0][0]]
        return spans[0][0], [min(b[1] for b in on_page), min(b[2] for b in on_page),
                             max(b[3] for b in on_page), max(b[4] for b in on_page)]

    rng = random.Random(24)
    def side():
        return float("nan") if rng.random() < 0.01 else rng.choice([rng.random(), 0.5])

    boxes = [None if rng.random() < 0.1 else (rng.choice([1, 1, 1, 2]), side(), side(),
                                               side(), side())
             for _ in range(3000)]
    doc = SourceDocument("d", "s", "application/pdf", "x" * 3000, [], boxes=boxes)
    for _ in range(5000):
        start = rng.randint(0, 3000)
        end = start + rng.randint(0, 30)
        assert doc.locate(start, end) == plain(boxes, start, end)
