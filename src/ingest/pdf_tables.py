"""Ruled PDF tables: ruling lines from pdfium, cells from pdfplumber's finder, grids, page merges.

pdfplumber finds tables well but is slow because pdfminer parses every page object. Here
the ruling lines are read from pdfium's path objects (cheap, and only pages that have
some get this far) and handed, as pdfplumber-style edge dicts, to pdfplumber's own
`TableFinder`, so the cells are the ones `page.find_tables()` gives on the same page
(a test checks this on the samples).

A table becomes a grid: column boundaries are the distinct x edges of its cells and row
boundaries the distinct y edges, a cell spanning several of them is a merged cell. A
table that continues on the next page (nothing between them but the page break, same
columns) is merged into one: a repeated header is dropped, a row broken by the page break
is joined back, and a merged cell cut by the break is one cell again.

Tables drawn without rules are found where the columns are clear: consecutive lines cut
by wide gaps into segments that line up in the same columns (`unruled_tables`).
"""

from __future__ import annotations

import ctypes
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder

from zhibiao.errors import TooManyCells
from zhibiao.ingest.pdf_layout import Char, Line, PageSpace, line_of, make_lines
from zhibiao.limits import check_table

#: Crossings of ruling lines one page may have for the table finder (a 60 × 30 table has
#: 1,800; 5,000 take the finder about 2 s).
MAX_RULE_CROSSINGS = 5_000
#: Coordinates closer than this are the same line / boundary (pdfplumber's default snap).
_SNAP = 3.0
_AXIS = 0.05  # a segment within this much of horizontal/vertical is axis-aligned


@dataclass(slots=True)
class _FakePage:
    """What pdfplumber's TableFinder reads from a page: its edges and bbox."""

    edges: list[dict]
    bbox: tuple[float, float, float, float]


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """inner then outer (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _objects(handle, level: int = 0):
    """(object, type, level) of a page's objects, form XObjects' contents included."""
    form = level > 0
    count = (pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects)(handle)
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    for i in range(count):
        obj = get(handle, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        yield obj, kind, level
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < 3:
            yield from _objects(obj, level + 1)


def _matrix(obj) -> tuple[float, ...]:
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(m))
    return m.a, m.b, m.c, m.d, m.e, m.f


def page_graphics(page: pdfium.PdfPage, space: PageSpace) -> tuple[list[dict], int]:
    """Horizontal and vertical segments of the page's paths, as pdfplumber edge dicts in
    top-down display coordinates (`space`), what `pdfplumber.Page.edges` holds for lines
    and rects; and
    the number of image objects; one pass over the page's objects."""
    edges: list[dict] = []
    images = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    forms: dict[int, tuple[float, ...]] = {}
    for obj, kind, level in _objects(page.raw):
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        if kind not in (pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_PATH):
            continue
        matrix = _matrix(obj)
        if level:
            matrix = _compose(matrix, forms[level - 1])
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            forms[level] = matrix
            continue
        a, b, c, d, e, f = matrix
        last: tuple[float, float] | None = None
        start: tuple[float, float] | None = None
        for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
            pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
            point = space.point(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            seg_type = pdfium_c.FPDFPathSegment_GetType(seg)
            if seg_type == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif seg_type == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
                _add_edge(edges, last, point)
            last = point
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_edge(edges, point, start)
    return edges, images


def _add_edge(edges: list[dict], p: tuple[float, float], q: tuple[float, float]) -> None:
    x0, x1 = sorted((p[0], q[0]))
    top, bottom = sorted((p[1], q[1]))
    if bottom - top <= _AXIS and x1 - x0 > _AXIS:
        top = bottom = (top + bottom) / 2
        orientation = "h"
    elif x1 - x0 <= _AXIS and bottom - top > _AXIS:
        x0 = x1 = (x0 + x1) / 2
        orientation = "v"
    else:
        return
    edges.append(edge(x0, top, x1, bottom, orientation))


def edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    """A ruling line as pdfplumber's table finder takes it."""
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": orientation, "object_type": "line"}


def find_cells(edges: list[dict], width: float, height: float) -> list[list[tuple]]:
    """Cell bboxes (x0, top, x1, bottom) of each ruled table, by pdfplumber's finder.

    The finder's time grows with the square of the rule crossings (10,000 take 13 s), so
    a page ruled like graph paper is refused (TooManyCells) rather than left to hang."""
    if len(edges) < 4:
        return []
    rows = _boundaries([e["top"] for e in edges if e["orientation"] == "h"])
    columns = _boundaries([e["x0"] for e in edges if e["orientation"] == "v"])
    if len(rows) * len(columns) > MAX_RULE_CROSSINGS:
        raise TooManyCells(
            f"a page is ruled with {len(rows):,} horizontal × {len(columns):,} vertical lines "
            f"({len(rows) * len(columns):,} crossings), over the table finder's limit of "
            f"{MAX_RULE_CROSSINGS:,}")
    finder = TableFinder(_FakePage(edges, (0, 0, width, height)))  # type: ignore[arg-type]
    return [sorted(t.cells, key=lambda b: (b[1], b[0])) for t in finder.tables]


# --- grids ----------------------------------------------------------------------------------


@dataclass(slots=True)
class GridCell:
    """A cell of a table grid: its slot range, bbox, and the lines of text inside it."""

    row: int
    col: int
    row_span: int
    col_span: int
    bbox: tuple[float, float, float, float]
    page: int
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines).replace(" ", "")


@dataclass(slots=True)
class Table:
    """One table as origin cells on an n_rows × n_cols grid (covered slots implied)."""

    page: int
    bbox: tuple[float, float, float, float]
    xs: list[float]  # column boundaries of the first page's part
    n_rows: int
    cells: list[GridCell]
    last_page: int = 0
    #: bottom of the table's last part on its last page
    bottom: float = 0.0

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def row(self, r: int) -> list[GridCell]:
        return sorted((c for c in self.cells if c.row == r), key=lambda c: c.col)

    def row_texts(self, r: int) -> list[str]:
        return [c.text for c in self.row(r)]


def _boundaries(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def _index(bounds: list[float], v: float) -> int:
    return min(range(len(bounds)), key=lambda i: abs(bounds[i] - v))


def build_table(cells: list[tuple], chars: list[Char], page: int) -> tuple[Table, list[Char]]:
    """A grid from one table's cell bboxes, each cell holding the lines of the characters
    whose centre lies inside it; returns the table and the characters it did not take."""
    xs = _boundaries([b[0] for b in cells] + [b[2] for b in cells])
    ys = _boundaries([b[1] for b in cells] + [b[3] for b in cells])
    check_table(len(ys) - 1, len(xs) - 1)
    grid: list[GridCell] = []
    for x0, top, x1, bottom in cells:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 > c0 and r1 > r0:
            grid.append(GridCell(r0, c0, r1 - r0, c1 - c0, (x0, top, x1, bottom), page))
    taken: dict[int, list[Char]] = {i: [] for i in range(len(grid))}
    slot_owner = {(r, c): i for i, g in enumerate(grid) for r in range(g.row, g.row + g.row_span)
                  for c in range(g.col, g.col + g.col_span)}
    left: list[Char] = []
    bx0, btop, bx1, bbottom = xs[0], ys[0], xs[-1], ys[-1]
    for ch in chars:
        cx, cy = (ch.x0 + ch.x1) / 2, (ch.top + ch.bottom) / 2
        if not (bx0 <= cx <= bx1 and btop <= cy <= bbottom):
            left.append(ch)
            continue
        col = min(max(bisect_right(xs, cx) - 1, 0), len(xs) - 2)
        row = min(max(bisect_right(ys, cy) - 1, 0), len(ys) - 2)
        owner = slot_owner.get((row, col))
        if owner is not None:
            taken[owner].append(ch)
    for i, cell in enumerate(grid):
        cell.lines = make_lines(taken[i], page)
    # Slots no cell covers (a missing rule) get empty cells, so the grid stays full.
    for r in range(len(ys) - 1):
        for c in range(len(xs) - 1):
            if (r, c) not in slot_owner:
                grid.append(GridCell(r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1]), page))
    bbox = (bx0, btop, bx1, bbottom)
    return Table(page, bbox, xs, len(ys) - 1, grid, page, bbottom), left


# --- tables across page breaks --------------------------------------------------------------


def _same_columns(a: Table, b: Table) -> bool:
    return a.n_cols == b.n_cols and all(
        abs(p - q) <= _SNAP for p, q in zip(a.xs, b.xs, strict=True))


def _full_to_bottom(cell: GridCell) -> bool:
    """The cell's text runs down to its bottom rule: the page break may have cut it."""
    if not cell.lines:
        return False
    last = cell.lines[-1]
    return cell.bbox[3] - last.bottom <= 1.5 * last.size


def _cells_at_bottom(table: Table) -> dict[int, GridCell]:
    """Column → the origin cell whose slot in the last row covers that column."""
    last = table.n_rows - 1
    out: dict[int, GridCell] = {}
    for cell in table.cells:
        if cell.row <= last < cell.row + cell.row_span:
            for c in range(cell.col, cell.col + cell.col_span):
                out[c] = cell
    return out


def _same_row(a: list[str], b: list[str]) -> bool:
    """The same header row: equal texts, or (OCR'd pages misread a character or read a
    speck as a dot) texts at least 80% alike once punctuation is left out."""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    def bare(texts: list[str]) -> str:
        return "\t".join("".join(ch for ch in t if ch.isalnum()) for t in texts)

    return SequenceMatcher(None, bare(a), bare(b), autojunk=False).ratio() >= 0.8


def _whole_rows(top_cells: list[GridCell], above: list[GridCell]) -> bool:
    """Whether the rows on both sides of the break are whole although every cell seems to
    run on: a row of single lines with text in every cell of the next page's first row (a
    header row that ended a page, then the first row of figures). A row the break cut
    leaves some cell empty on the new page, or has a cell of several lines above it."""
    return all(c.lines for c in top_cells) and all(len(c.lines) == 1 for c in above)


def merge_tables(first: Table, second: Table) -> None:
    """Append `second` (the next page's part) to `first` in place."""
    skip = 0  # a header repeated on the new page
    while (skip < min(first.n_rows, second.n_rows) - 1
           and _same_row(second.row_texts(skip), first.row_texts(skip))
           and any(second.row_texts(skip))):
        skip += 1
    bottom = _cells_at_bottom(first)
    top_cells = [c for c in second.cells if c.row == skip]
    # A cell cut by the break continues in the cell right below it on the next page when
    # its text ran to the bottom and the two are the same column range; a row of which
    # only such continuations have text is the broken row's second half.
    joins: dict[int, GridCell] = {}
    empties: dict[int, GridCell] = {}
    for cell in top_cells:
        above = bottom.get(cell.col)
        if above is None or above.col != cell.col or above.col_span != cell.col_span:
            continue
        if cell.lines and _full_to_bottom(above):
            joins[id(cell)] = above
        elif not cell.lines:
            empties[id(cell)] = above
    texts = [c for c in top_cells if c.lines]
    if texts and all(id(c) in joins for c in texts) \
            and _whole_rows(top_cells, [joins[id(c)] for c in texts]):
        joins = {}
    continuation = bool(texts) and all(id(c) in joins for c in texts)
    offset = first.n_rows - skip - (1 if continuation else 0)
    for cell in second.cells:
        if cell.row < skip:
            continue
        above = joins.get(id(cell)) or empties.get(id(cell))
        if above is not None and (continuation or above.row_span > 1 or cell.row_span > 1):
            above.lines.extend(cell.lines)  # one cell again (an empty part adds nothing)
            above.row_span = cell.row + offset + cell.row_span - above.row
            continue
        cell.row += offset
        first.cells.append(cell)
    first.n_rows = second.n_rows + offset
    first.last_page = second.last_page
    first.bottom = second.bottom


def can_continue(first: Table, second: Table) -> bool:
    return second.page == first.last_page + 1 and _same_columns(first, second)


# --- unruled tables -------------------------------------------------------------------------

#: A gap this many glyph heights wide inside a line separates two columns.
COLUMN_GAP = 1.5
#: Consecutive lines it takes to call aligned segments a table.
MIN_ROWS = 3


def _segments(line: Line) -> list[list[Char]]:
    """The line cut at gaps wider than COLUMN_GAP glyph heights."""
    parts: list[list[Char]] = [[]]
    prev: Char | None = None
    for c in line.chars:
        if c is None or c.ch.isspace():
            continue
        if prev is not None and c.x0 - prev.x1 > COLUMN_GAP * line.size:
            parts.append([])
        parts[-1].append(c)
        prev = c
    return [p for p in parts if p]


def _columns(rows: list[list[list[Char]]]) -> list[tuple[float, float]] | None:
    """Column intervals of a run of lines: the union of overlapping segment extents; None
    when some line has two segments in one column (then it is not a table)."""
    spans = sorted((seg[0].x0, seg[-1].x1) for row in rows for seg in row)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    for row in rows:
        used = [next(i for i, (a, b) in enumerate(cols) if a <= seg[0].x0 <= b) for seg in row]
        if len(set(used)) != len(used):
            return None
    return [(a, b) for a, b in cols]


def unruled_tables(lines: list[Line], page: int) -> tuple[list[Table], list[Line]]:
    """Tables drawn without rules, where the columns are clear: at least MIN_ROWS
    consecutive lines cut by wide gaps into segments that fall into the same two or more
    columns. Each line is a row (a cell that wraps in an unruled table cannot be told
    from a new row); returns the tables and the lines left over."""
    tables: list[Table] = []
    rest: list[Line] = []
    run: list[tuple[Line, list[list[Char]]]] = []

    def flush() -> None:
        cols = _columns([segs for _, segs in run]) if len(run) >= MIN_ROWS else None
        if cols is None or len(cols) < 2:
            rest.extend(line for line, _ in run)
        else:
            tables.append(_unruled_table(run, cols, page))
        run.clear()

    for line in lines:
        segs = _segments(line)
        if len(segs) >= 2 and (not run or line.top >= run[-1][0].bottom - 0.5 * line.size):
            run.append((line, segs))
            continue
        flush()
        rest.append(line)
    flush()
    return tables, rest


def _unruled_table(run: list[tuple[Line, list[list[Char]]]], cols: list[tuple[float, float]],
                   page: int) -> Table:
    xs = [cols[0][0]] + [(a[1] + b[0]) / 2 for a, b in pairwise(cols)] + [cols[-1][1]]
    cells: list[GridCell] = []
    for r, (line, segs) in enumerate(run):
        by_col = {next(i for i, (a, b) in enumerate(cols) if a <= seg[0].x0 <= b): seg
                  for seg in segs}
        for c in range(len(cols)):
            seg = by_col.get(c)
            made = line_of(page, list(seg)) if seg else None
            cells.append(GridCell(r, c, 1, 1, (xs[c], line.top, xs[c + 1], line.bottom), page,
                                  [made] if made else []))
    top, bottom = run[0][0].top, run[-1][0].bottom
    return Table(page, (xs[0], top, xs[-1], bottom), xs, len(run), cells, page, bottom)
