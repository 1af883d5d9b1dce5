"""Ruled PDF tables: ruling lines from pdfium, cells as pdfplumber finds them, grids, page merges.

pdfplumber finds tables well but is slow because pdfminer parses every page object. Here
the ruling lines are read from pdfium's path objects (each path's segments as one block
of memory, the page's points and edges worked out as arrays) as `Rules`, what
pdfplumber holds as edge dicts, and `find_cells` does what pdfplumber's `TableFinder`
does with them, step by step with the same arithmetic, but with array work and lookups
where pdfplumber compares every crossing with every other:
the cells are the ones `page.find_tables()` gives on the same page (tests check this on
the samples and against `TableFinder` on random rulings), several times faster.

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
import re
import struct
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise, repeat
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from zhibiao.errors import TooManyCells
from zhibiao.ingest.pdf_layout import (
    _ARRAY_MIN,
    WORD_GAP,
    Char,
    Line,
    PageSpace,
    line_of,
    lines_of_groups,
    make_lines,
)
from zhibiao.limits import check_table

#: Crossings of ruling lines one page may have for the table finder (a 60 × 30 table has
#: 1,800; 5,000 take the finder about 2 s).
MAX_RULE_CROSSINGS = 5_000
#: Coordinates closer than this are the same line / boundary (pdfplumber's default snap).
_SNAP = 3.0
_AXIS = 0.05  # a segment within this much of horizontal/vertical is axis-aligned


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """inner then outer (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def address(pointer: Any) -> int:
    """The address a ctypes pointer, handle or function holds (pdfium's are never null
    where they are asked for)."""
    value = ctypes.cast(pointer, ctypes.c_void_p).value
    if value is None:
        raise ValueError("a null pointer from pdfium")
    return value


def native(function: Any, restype: Any, *argtypes: Any) -> Any:
    """`function` of pdfium's raw bindings called with plain C types (handles and
    addresses as ints), without the argument conversion of the bindings: for the calls
    made per character or per path segment, where that conversion is most of the cost.
    The GIL is kept over the call (PYFUNCTYPE): these are quick lookups that never call
    back into Python, and letting go of it and taking it back cost a sixth of a call."""
    return ctypes.PYFUNCTYPE(restype, *argtypes)(address(function))


_INT, _PTR = ctypes.c_int, ctypes.c_void_p
_PAGE_COUNT = native(pdfium_c.FPDFPage_CountObjects, _INT, _PTR)
_PAGE_OBJECT = native(pdfium_c.FPDFPage_GetObject, _PTR, _PTR, _INT)
_FORM_COUNT = native(pdfium_c.FPDFFormObj_CountObjects, _INT, _PTR)
_FORM_OBJECT = native(pdfium_c.FPDFFormObj_GetObject, _PTR, _PTR, ctypes.c_ulong)
_OBJECT_TYPE = native(pdfium_c.FPDFPageObj_GetType, _INT, _PTR)
_OBJECT_MATRIX = native(pdfium_c.FPDFPageObj_GetMatrix, _INT, _PTR, _PTR)
_SEGMENT_COUNT = native(pdfium_c.FPDFPath_CountSegments, _INT, _PTR)
_SEGMENT = native(pdfium_c.FPDFPath_GetPathSegment, _PTR, _PTR, _INT)
_SEGMENT_POINT = native(pdfium_c.FPDFPathSegment_GetPoint, _INT, _PTR, _PTR, _PTR)
_SEGMENT_TYPE = native(pdfium_c.FPDFPathSegment_GetType, _INT, _PTR)
_SEGMENT_CLOSE = native(pdfium_c.FPDFPathSegment_GetClose, _INT, _PTR)
_FORM, _PATH, _IMAGE = (pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_PATH,
                        pdfium_c.FPDF_PAGEOBJ_IMAGE)
_MOVETO, _LINETO = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO


def _objects(handle: int, level: int = 0) -> Iterator[tuple[int, int, int]]:
    """(object, type, level) of a page's paths, images and forms, form XObjects' contents
    included, in drawing order (text objects, most of a page's, are left out in C)."""
    form = level > 0
    count = (_FORM_COUNT if form else _PAGE_COUNT)(handle)
    if count <= 0:
        return
    get = _FORM_OBJECT if form else _PAGE_OBJECT
    objects = list(map(get, repeat(handle, count), range(count)))
    kinds = np.fromiter(map(_OBJECT_TYPE, objects), dtype=np.int64, count=count)
    for i in ((kinds == _PATH) | (kinds == _IMAGE) | (kinds == _FORM)).nonzero()[0].tolist():
        obj, kind = objects[i], int(kinds[i])
        yield obj, kind, level
        if kind == _FORM and level < 3:
            yield from _objects(obj, level + 1)


def _matrix(obj: int, m: Any) -> tuple[float, ...]:
    """The object's matrix, read into `m` (an FS_MATRIX reused for every object)."""
    if not _OBJECT_MATRIX(obj, ctypes.addressof(m)):
        return 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
    return m.a, m.b, m.c, m.d, m.e, m.f


#: One segment of a path as pdfium keeps it (CFX_Path::Point: x, y as floats, the type
#: as a byte with FPDF_SEGMENT_* values, the close flag as a byte, padding), what
#: FPDFPath_GetPathSegment points into: a path's segments are read as one block of
#: memory instead of three calls each. `_layout_ok` checks this against the calls once.
_POINT = np.dtype([("x", "<f4"), ("y", "<f4"), ("type", "u1"), ("close", "u1"), ("pad", "V2")])
_POINT_FORMAT = "<ffBB2x"  # the same, for struct
_LAYOUT: list[bool] = []  # [whether blocks read right], once checked


def _segments_by_call(obj: int, count: int) -> bytes:
    """A path's segments in `_POINT` layout, asked of pdfium one call at a time."""
    out = np.zeros(count, dtype=_POINT)
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(count):
        seg = _SEGMENT(obj, i)
        _SEGMENT_POINT(seg, ctypes.addressof(x), ctypes.addressof(y))
        out[i] = (x.value, y.value, _SEGMENT_TYPE(seg), 1 if _SEGMENT_CLOSE(seg) else 0, b"\0\0")
    return out.tobytes()


def _segment_block(obj: int, count: int) -> bytes | None:
    """A path's segments as pdfium holds them, when they sit in one block of memory."""
    first = _SEGMENT(obj, 0)
    if count > 1 and _SEGMENT(obj, count - 1) - first != _POINT.itemsize * (count - 1):
        return None
    return ctypes.string_at(first, _POINT.itemsize * count)


def _layout_ok(obj: int, count: int) -> bool:
    """Whether a path's block of segments reads the same as asking for each one."""
    block = _segment_block(obj, count)
    if block is None:
        return False
    ours, theirs = np.frombuffer(block, _POINT), np.frombuffer(_segments_by_call(obj, count),
                                                               _POINT)
    return all(np.array_equal(ours[k], theirs[k]) for k in ("x", "y", "type", "close"))


def page_graphics(page: pdfium.PdfPage, space: PageSpace) -> tuple[Rules, int]:
    """Horizontal and vertical segments of the page's paths in top-down display
    coordinates (`space`), what `pdfplumber.Page.edges` holds for lines and rects, in the
    order the page draws them; and the number of image objects.

    One pass over the page's objects finds the paths; their segment counts, matrices
    (written into one array) and segments (`_points`) are then asked for path after
    path with no Python step between the calls, and the points and edges of the whole
    page are worked out as arrays, with the arithmetic a per-point loop would do (the
    same floats)."""
    images = 0
    matrix_buf = pdfium_c.FS_MATRIX()
    forms: dict[int, tuple[float, ...]] = {}
    paths: list[int] = []
    outer: dict[int, tuple[float, ...]] = {}  # path number → the matrix of its form
    for obj, kind, level in _objects(address(page.raw)):
        if kind == _PATH:
            if level:
                outer[len(paths)] = forms[level - 1]
            paths.append(obj)
        elif kind == _IMAGE:
            images += 1
        elif kind == _FORM:
            matrix = _matrix(obj, matrix_buf)
            forms[level] = _compose(matrix, forms[level - 1]) if level else matrix
    counts = list(map(_SEGMENT_COUNT, paths))
    if paths and min(counts) <= 0:  # paths without segments are left out
        keep = [i for i, count in enumerate(counts) if count > 0]
        outer = {n: outer[i] for n, i in enumerate(keep) if i in outer}
        paths, counts = [paths[i] for i in keep], [counts[i] for i in keep]
    if not paths:
        return Rules.of([]), images
    raw = np.zeros((len(paths), 6), dtype=np.float32)  # FS_MATRIX rows: a, b, c, d, e, f
    base = raw.ctypes.data
    found = np.fromiter(map(_OBJECT_MATRIX, paths, range(base, base + 24 * len(paths), 24)),
                        dtype=np.int64, count=len(paths))
    raw[found == 0] = 0.0  # as `_matrix` gives a matrix pdfium does not
    matrices = raw.astype(np.float64)
    for i, form in outer.items():
        matrices[i] = _compose(tuple(matrices[i].tolist()), form)
    points = _points(paths, counts)
    if len(points) < _ARRAY_SEGMENTS:
        return _edges_one_by_one(points.tobytes(), counts, matrices.tolist(), space), images
    return _edges(points, counts, matrices, space), images


def _points(paths: list[int], counts: list[int]) -> np.ndarray:
    """The paths' segments in `_POINT` layout, one path after the other: each path's
    block of memory (`_segment_block`) copied in with one call, or, when a path's
    segments are not one block, asked for one by one."""
    if not _LAYOUT:
        _LAYOUT.append(_layout_ok(paths[0], counts[0]))
    size = _POINT.itemsize
    points = np.empty(sum(counts), dtype=_POINT)
    if not _LAYOUT[0]:
        points[:] = np.frombuffer(b"".join(map(_segments_by_call, paths, counts)), _POINT)
        return points
    firsts = list(map(_SEGMENT, paths, repeat(0)))
    lasts = list(map(_SEGMENT, paths, [count - 1 for count in counts]))
    n = np.array(counts, dtype=np.int64)
    starts = size * (np.cumsum(n) - n) + points.ctypes.data
    if (np.array(lasts, dtype=np.int64) - np.array(firsts, dtype=np.int64)
            == size * (n - 1)).all():
        list(map(ctypes.memmove, starts.tolist(), firsts, (size * n).tolist()))
        return points
    for obj, count, at in zip(paths, counts, ((starts - starts[0]) // size).tolist(),
                              strict=True):
        block = _segment_block(obj, count)
        points[at:at + count] = np.frombuffer(
            _segments_by_call(obj, count) if block is None else block, _POINT)
    return points


#: Below this many path segments a page's edges are worked out one segment at a time:
#: the array work has a fixed cost of some 50 µs (ruled pages of the generated reports
#: have 20 to 60 segments, budget tables drawn cell by cell hundreds).
_ARRAY_SEGMENTS = 200


def _edges_one_by_one(block: bytes, counts: list[int], matrices: Sequence[Sequence[float]],
                      space: PageSpace) -> Rules:
    """`_edges` walking the segments one at a time (the same arithmetic)."""
    found: list[tuple[float, float, float, float, bool]] = []
    add = found.append
    upright = space.rotation == 0  # PageSpace.point of the common case, written out
    left, bottom, height = space.left, space.bottom, space.height
    segments = struct.iter_unpack(_POINT_FORMAT, block)
    for count, (a, b, c, d, e, f) in zip(counts, matrices, strict=True):
        last: tuple[float, float] | None = None
        start: tuple[float, float] | None = None
        for _ in range(count):
            px, py, seg_type, closes = next(segments)
            if upright:
                point = (a * px + c * py + e - left, height - (b * px + d * py + f - bottom))
            else:
                point = space.point(a * px + c * py + e, b * px + d * py + f)
            if seg_type == _MOVETO:
                start = point
            elif seg_type == _LINETO and last is not None:
                edge_found = _edge_between(last, point)
                if edge_found is not None:
                    add(edge_found)
            last = point
            if start is not None and closes:
                edge_found = _edge_between(point, start)
                if edge_found is not None:
                    add(edge_found)
    if not found:
        return Rules.of([])
    x0, top, x1, bottom_, horizontal = zip(*found, strict=True)
    return Rules(np.array(x0), np.array(top), np.array(x1), np.array(bottom_),
                 np.array(horizontal, dtype=bool))


def _edge_between(p: tuple[float, float], q: tuple[float, float]
                  ) -> tuple[float, float, float, float, bool] | None:
    """The edge (x0, top, x1, bottom, horizontal) from `p` to `q` when it is horizontal
    or vertical (within _AXIS)."""
    x0, x1 = (q[0], p[0]) if q[0] < p[0] else (p[0], q[0])  # sorted((p[0], q[0]))
    top, bottom = (q[1], p[1]) if q[1] < p[1] else (p[1], q[1])
    if bottom - top <= _AXIS and x1 - x0 > _AXIS:
        top = bottom = (top + bottom) / 2
        return x0, top, x1, bottom, True
    if x1 - x0 <= _AXIS and bottom - top > _AXIS:
        x0 = x1 = (x0 + x1) / 2
        return x0, top, x1, bottom, False
    return None


def _edges(points: np.ndarray, counts: list[int],
           matrices: Sequence[Sequence[float]] | np.ndarray, space: PageSpace) -> Rules:
    """The edges of the page's path segments (`points`, `counts` per path, each path's
    matrix): a line to a point makes an edge from the point before it in the path, a
    closing flag one back to the path's last move, each kept when `_edge_between` would
    keep it, in the order a walk along the segments meets them."""
    n = len(points)
    m = np.repeat(np.array(matrices, dtype=np.float64), counts, axis=0)
    px, py = points["x"].astype(np.float64), points["y"].astype(np.float64)
    u = m[:, 0] * px + m[:, 2] * py + m[:, 4] - space.left
    v = m[:, 1] * px + m[:, 3] * py + m[:, 5] - space.bottom
    rotation = space.rotation
    if rotation == 90:
        xs, ys = v, u
    elif rotation == 180:
        xs, ys = space.width - u, v
    elif rotation == 270:
        xs, ys = space.height - v, space.width - u
    else:
        xs, ys = u, space.height - v
    index = np.arange(n)
    first = np.repeat(np.cumsum([0, *counts[:-1]]), counts)  # each point's path start
    kind = points["type"]
    line = (kind == _LINETO) & (index > first)  # a line from the point before
    moves = np.maximum.accumulate(np.where(kind == _MOVETO, index, -1))
    close = (points["close"] != 0) & (moves >= first)  # back to the path's last move
    ends = np.concatenate([index[line], index[close]])
    starts = np.concatenate([index[line] - 1, moves[close]])
    order = np.argsort(np.concatenate([2 * index[line], 2 * index[close] + 1]), kind="stable")
    ends, starts = ends[order], starts[order]
    # an edge from each start to its end when it is horizontal or vertical (within _AXIS)
    ax, bx, ay, by = xs[starts], xs[ends], ys[starts], ys[ends]
    swap_x, swap_y = bx < ax, by < ay  # sorted as _edge_between sorts (signed zeros too)
    x0, x1 = np.where(swap_x, bx, ax), np.where(swap_x, ax, bx)
    top, bottom = np.where(swap_y, by, ay), np.where(swap_y, ay, by)
    dx, dy = x1 - x0, bottom - top
    horizontal = (dy <= _AXIS) & (dx > _AXIS)
    vertical = (dx <= _AXIS) & (dy > _AXIS) & ~horizontal
    mid_y, mid_x = (top + bottom) / 2, (x0 + x1) / 2
    top = np.where(horizontal, mid_y, top)
    bottom = np.where(horizontal, mid_y, bottom)
    x0 = np.where(vertical, mid_x, x0)
    x1 = np.where(vertical, mid_x, x1)
    keep = (horizontal | vertical).nonzero()[0]
    return Rules(x0[keep], top[keep], x1[keep], bottom[keep], horizontal[keep])


@dataclass(frozen=True, slots=True)
class Rules:
    """A page's ruling lines, what pdfplumber holds as edge dicts, as arrays: each one's
    x0, top, x1, bottom and whether it is horizontal (else vertical), in drawing order.
    Arrays, so the finder can filter and sort them without a dict per line."""

    x0: np.ndarray
    top: np.ndarray
    x1: np.ndarray
    bottom: np.ndarray
    horizontal: np.ndarray

    def __len__(self) -> int:
        return len(self.x0)

    @classmethod
    def of(cls, edges: Sequence[dict]) -> Rules:
        """Rules from pdfplumber edge dicts (width and height are x1 - x0 and bottom - top)."""
        box = np.array([(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges],
                       dtype=np.float64).reshape(-1, 4)
        return cls(box[:, 0], box[:, 1], box[:, 2], box[:, 3],
                   np.array([e["orientation"] == "h" for e in edges], dtype=bool))

    def dicts(self) -> list[dict]:
        """The rules as pdfplumber edge dicts."""
        return [edge(a, t, b, w, "h" if h else "v") for a, t, b, w, h in zip(
            self.x0.tolist(), self.top.tolist(), self.x1.tolist(), self.bottom.tolist(),
            self.horizontal.tolist(), strict=True)]


def edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    """A ruling line as pdfplumber's table finder takes it."""
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "orientation": orientation, "object_type": "line"}


def find_cells(edges: Rules | Sequence[dict], width: float, height: float
               ) -> list[list[tuple]]:
    """Cell bboxes (x0, top, x1, bottom) of each ruled table: the cells and tables
    pdfplumber's `TableFinder` gives for these edges with its default settings ("lines"
    strategies, snap, join and intersection tolerance 3, minimum edge length 3), each
    table's cells sorted top to bottom, left to right.

    The steps are pdfplumber's, with the same arithmetic in the same order (so the same
    floats), but done once over the ruling lines: edges snapped and joined
    (`_merge_edges`), the crossings found as one array comparison, and each crossing's
    cell looked up among the crossings on its own column and row instead of all the
    points after it (pdfplumber's `find_smallest_cell` scans them all, for each point):
    for all crossings at once as array work when each is the crossing of one edge of
    each kind (`_cells_of_lone_crossings`, most ruled pages), else one at a time
    (`_intersections`, `_cells`). Tests check the result against pdfplumber's finder on
    random rulings, and the two ways against each other.

    The number of rule crossings is capped (MAX_RULE_CROSSINGS): a page ruled like graph
    paper is refused (TooManyCells) rather than left to take seconds."""
    rules = edges if isinstance(edges, Rules) else Rules.of(edges)
    if len(rules) < 4:
        return []
    rows = _boundaries(rules.top[rules.horizontal].tolist())
    columns = _boundaries(rules.x0[~rules.horizontal].tolist())
    if len(rows) * len(columns) > MAX_RULE_CROSSINGS:
        raise TooManyCells(
            f"a page is ruled with {len(rows):,} horizontal × {len(columns):,} vertical lines "
            f"({len(rows) * len(columns):,} crossings), over the table finder's limit of "
            f"{MAX_RULE_CROSSINGS:,}")
    h_edges, v_edges = _merge_edges(rules)
    if not h_edges or not v_edges:
        return []
    hits = _hits(h_edges, v_edges)
    cells = _cells_of_lone_crossings(*hits)
    if cells is None:
        cells = _cells(_intersections(*hits))
    return [sorted(t, key=lambda b: (b[1], b[0])) for t in _tables(cells)]


#: pdfplumber's table settings (TableSettings defaults) the finder reproduces.
_JOIN = 3.0
_INTERSECT = 3.0
_MIN_LENGTH = 3.0
_MIN_LENGTH_PREFILTER = 1.0


def _snap(group: np.ndarray, at: int, other: int) -> np.ndarray:
    """pdfplumber's `snap_objects` on edges as rows of an array: edges whose coordinate
    `at` (x0 of vertical edges, top of horizontal ones) chains within the snap tolerance
    are moved to their mean, the coordinate `other` (x1, bottom) by the same amount;
    clusters in order of position, each cluster's edges in their input order. The mean
    is Python's sum over the cluster in that order, as pdfplumber takes it."""
    if not len(group):
        return group
    values = group[:, at]
    distinct = np.unique(values)
    chain_breaks = np.concatenate([[0], np.cumsum(distinct[1:] > distinct[:-1] + _SNAP)])
    cluster = chain_breaks[np.searchsorted(distinct, values)]
    order = np.argsort(cluster, kind="stable")
    out, cluster = group[order], cluster[order]
    ends = [*(np.flatnonzero(np.diff(cluster)) + 1).tolist(), len(out)]
    listed = out[:, at].tolist()
    means = [sum(listed[i:j]) / (j - i) for i, j in zip([0, *ends[:-1]], ends, strict=True)]
    shift = np.repeat(means, np.diff([0, *ends])) - out[:, at]
    out[:, at] = out[:, at] + shift
    out[:, other] = out[:, other] + shift
    return out


def _joined(group: np.ndarray, at: int, lo: int, hi: int, size: int) -> list[list]:
    """pdfplumber's grouping of snapped edges by their line (`at`) and its
    `join_edge_group` on each line: edges on one line that overlap or come within the
    join tolerance are one edge (`resize_object` gives the length it computes); then
    the ones long enough. Lines in order of position."""
    rows = group[np.lexsort((group[:, lo], group[:, at]))].tolist()  # stable, as sorted()
    out: list[list] = []
    line_at = None
    last: list = []
    for e in rows:
        if e[at] != line_at or e[lo] > last[hi] + _JOIN:
            if last and last[size] >= _MIN_LENGTH:
                out.append(last)
            line_at, last = e[at], e
        elif e[hi] > last[hi]:
            _extend(last, e[hi], hi, size)
    if last and last[size] >= _MIN_LENGTH:
        out.append(last)
    return out


def _extend(edge: list, end: float, hi: int, size: int) -> None:
    """Lengthen `edge` to `end` as pdfplumber's join does: a horizontal edge's width is
    x1 - x0 again, a vertical one's height grows by what its bottom moved."""
    if size == 4:
        edge[4] = end - edge[0]
    else:
        edge[5] = edge[5] + (end - edge[hi])
    edge[hi] = end


def _merge_edges(rules: Rules) -> tuple[list[list], list[list]]:
    """The horizontal and the vertical edges pdfplumber's `TableFinder.get_edges` keeps:
    long enough, snapped, joined, long enough again; each list in pdfplumber's order. An
    edge is a list [x0, top, x1, bottom, width, height] (width and height as pdfplumber
    carries them: moved edges keep theirs, joined ones get new ones)."""
    width, height = rules.x1 - rules.x0, rules.bottom - rules.top
    table = np.column_stack([rules.x0, rules.top, rules.x1, rules.bottom, width, height])
    v = table[~rules.horizontal & (height >= _MIN_LENGTH_PREFILTER)]
    h = table[rules.horizontal & (width >= _MIN_LENGTH_PREFILTER)]
    if len(v) + len(h) < _ARRAY_EDGES:
        return (_merged_one_by_one(h.tolist(), 1, 0, 2, 4),
                _merged_one_by_one(v.tolist(), 0, 1, 3, 5))
    return _joined(_snap(h, 1, 3), 1, 0, 2, 4), _joined(_snap(v, 0, 2), 0, 1, 3, 5)


#: Below this many edges they are snapped and joined one at a time (the array work's
#: fixed cost is some 50 µs a page).
_ARRAY_EDGES = 150


def _merged_one_by_one(group: list[list], at: int, lo: int, hi: int, size: int) -> list[list]:
    """`_joined(_snap(group))` on a few edges, one at a time (the same arithmetic)."""
    values = sorted({e[at] for e in group})
    cluster_of: dict[float, int] = {}
    n = 0
    last = None
    for value in values:
        if last is not None and not value <= last + _SNAP:
            n += 1
        cluster_of[value] = n
        last = value
    clusters: list[list[list]] = [[] for _ in range(n + 1)] if values else []
    for e in group:
        clusters[cluster_of[e[at]]].append(e)
    snapped: list[list] = []
    for cluster in clusters:
        mean = sum([e[at] for e in cluster]) / len(cluster)
        for e in cluster:
            shift = mean - e[at]
            e[at], e[at + 2] = e[at] + shift, e[at + 2] + shift  # x1 or bottom moves too
            snapped.append(e)
    lines: dict[float, list[list]] = {}
    for e in sorted(snapped, key=lambda e: e[at]):
        lines.setdefault(e[at], []).append(e)
    out: list[list] = []
    for line in lines.values():
        ordered = sorted(line, key=lambda e: e[lo])
        joined = [ordered[0]]
        for e in ordered[1:]:
            cur = joined[-1]
            if e[lo] <= cur[hi] + _JOIN:
                if e[hi] > cur[hi]:
                    _extend(cur, e[hi], hi, size)
            else:
                joined.append(e)
        out.extend(e for e in joined if e[size] >= _MIN_LENGTH)
    return out


_Point = tuple[float, float]


def _hits(h_edges: list[list], v_edges: list[list]
          ) -> tuple[list[list], list[list], np.ndarray, np.ndarray]:
    """The vertical and the horizontal edges in the order pdfplumber's
    `edges_to_intersections` meets them, and the pairs that cross (within the
    intersection tolerance) as two arrays: the vertical edge's index, the horizontal's."""
    vs = sorted(v_edges, key=lambda e: (e[0], e[1]))
    hs = sorted(h_edges, key=lambda e: (e[1], e[0]))
    va = np.array([e[:4] for e in vs], dtype=np.float64)
    ha = np.array([e[:4] for e in hs], dtype=np.float64)
    vx, vtop, vbottom = va[:, 0:1], va[:, 1:2], va[:, 3:4]
    hx0, htop, hx1 = ha[:, 0], ha[:, 1], ha[:, 2]
    hit = ((vtop <= htop + _INTERSECT) & (vbottom >= htop - _INTERSECT)
           & (vx >= hx0 - _INTERSECT) & (vx <= hx1 + _INTERSECT))
    rows, cols = np.nonzero(hit)
    return vs, hs, rows, cols


def _intersections(vs: list[list], hs: list[list], rows: np.ndarray, cols: np.ndarray
                   ) -> dict[_Point, tuple[set[int], set[int]]]:
    """pdfplumber's `edges_to_intersections` (of the crossing pairs `_hits` found): each
    crossing (x of a vertical edge, top of a horizontal one) with the edges through it,
    as sets of edges (vertical, horizontal; an edge is its bbox, as pdfplumber compares
    them, numbered), in pdfplumber's order of discovery."""
    number: dict[tuple, int] = {}
    v_ids = [number.setdefault(tuple(e[:4]), len(number)) for e in vs]
    h_ids = [number.setdefault(tuple(e[:4]), len(number)) for e in hs]
    found: dict[_Point, tuple[set, set]] = {}
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        vertex = (vs[i][0], hs[j][1])
        at = found.get(vertex)
        if at is None:
            at = found[vertex] = (set(), set())
        at[0].add(v_ids[i])
        at[1].add(h_ids[j])
    return found


def _cells_of_lone_crossings(vs: list[list], hs: list[list], rows: np.ndarray,
                             cols: np.ndarray) -> list[tuple] | None:
    """`_cells(_intersections(...))` as array work, when every crossing is the crossing
    of one vertical and one horizontal edge (the common case: no two crossing pairs at
    the same point, no two edges alike); None otherwise (or with coordinates a float
    sort or lookup could take apart from Python's: NaN, -0.0).

    Then two crossings are joined by an edge when they share it, and the crossings that
    `_cells` tries below a crossing are the next ones along its vertical edge, those to
    its right the next ones along its horizontal edge: the first of each, and the
    crossing at their opposite corner, make the cell when that corner shares the edges
    (the usual case, looked up for all crossings at once); the few others are searched
    one at a time as `_cells` does."""
    if not len(rows):
        return []
    if _repeats(vs) or _repeats(hs):
        return None  # (two edges alike are one edge for pdfplumber's sets)
    x = np.array([e[0] for e in vs], dtype=np.float64)[rows]
    y = np.array([e[1] for e in hs], dtype=np.float64)[cols]
    if (np.isnan(x).any() or np.isnan(y).any() or ((x == 0) & np.signbit(x)).any()
            or ((y == 0) & np.signbit(y)).any()):
        return None
    order = np.lexsort((y, x))  # the crossings in (x, top) order, as `_cells` takes them
    x, y, v, h = x[order], y[order], rows[order], cols[order]
    if ((x[1:] == x[:-1]) & (y[1:] == y[:-1])).any():
        return None  # two pairs cross at one point
    n = len(x)
    below = np.full(n, -1, dtype=np.int64)  # the next crossing down the vertical edge
    along = np.lexsort((y, v))
    same = v[along[1:]] == v[along[:-1]]
    below[along[:-1][same]] = along[1:][same]
    right = np.full(n, -1, dtype=np.int64)  # the next crossing along the horizontal edge
    along = np.lexsort((x, h))
    same = h[along[1:]] == h[along[:-1]]
    right[along[:-1][same]] = along[1:][same]
    # the corner opposite, looked up among the crossings as complex numbers x + i·top
    # (which sort as (x, top) pairs do)
    points = np.empty(n, dtype=np.complex128)
    points.real, points.imag = x, y
    wanted = np.empty(n, dtype=np.complex128)
    wanted.real, wanted.imag = x[right], y[below]
    corner = np.minimum(np.searchsorted(points, wanted), n - 1)
    tried = (below >= 0) & (right >= 0)
    closed = (tried & (points[corner] == wanted) & (v[corner] == v[right])
              & (h[corner] == h[below]))
    xs, ys = x.tolist(), y.tolist()
    partner = np.where(closed, corner, -1).tolist()
    below_of, right_of, vl, hl = below.tolist(), right.tolist(), v.tolist(), h.tolist()
    at: dict[_Point, int] | None = None
    for k in (tried & ~closed).nonzero()[0].tolist():
        if at is None:
            at = {(a, b): i for i, (a, b) in enumerate(zip(xs, ys, strict=True))}
        down = below_of[k]
        while down >= 0 and partner[k] < 0:
            across = right_of[k]
            while across >= 0:
                c = at.get((xs[across], ys[down]))
                if c is not None and vl[c] == vl[across] and hl[c] == hl[down]:
                    partner[k] = c
                    break
                across = right_of[across]
            down = below_of[down]
    return [(xs[k], ys[k], xs[c], ys[c]) for k, c in enumerate(partner) if c >= 0]


def _repeats(edges: list[list]) -> bool:
    """Whether two of the edges have the same bbox."""
    box = np.array([e[:4] for e in edges], dtype=np.float64)
    box = box[np.lexsort(box.T[::-1])]
    return bool((box[1:] == box[:-1]).all(axis=1).any())


def _cells(crossings: dict[_Point, tuple[set[int], set[int]]]) -> list[tuple]:
    """pdfplumber's `intersections_to_cells`: for each crossing in (x, top) order, the
    smallest cell it is the top-left corner of, found as pdfplumber finds it (the first
    crossing below it joined by a vertical edge, then the first to its right joined by
    a horizontal one, whose corner opposite closes the rectangle), looking only at the
    crossings of its own column and row."""
    points = sorted(crossings)
    column: dict[float, list[_Point]] = {}
    row: dict[float, list[_Point]] = {}
    for p in points:  # each list in (x, top) order, as pdfplumber's scans meet them
        column.setdefault(p[0], []).append(p)
        row.setdefault(p[1], []).append(p)
    after: dict[_Point, tuple[list[_Point], list[_Point], int, int]] = {}
    for line in column.values():
        for i, p in enumerate(line):
            after[p] = (line, row[p[1]], i + 1, 0)
    for line in row.values():
        for i, p in enumerate(line):
            down, across, below_at, _ = after[p]
            after[p] = (down, across, below_at, i + 1)
    cells = []
    for pt in points:
        down, across, below_at, right_at = after[pt]
        if below_at == len(down) or right_at == len(across):
            continue
        vertical, horizontal = crossings[pt]
        # the crossings to the right joined to pt, found as far as they are needed (the
        # first one usually closes the cell)
        right: list[_Point] = []
        scan = right_at
        cell = None
        for below_pt in down[below_at:]:
            if vertical.isdisjoint(crossings[below_pt][0]):
                continue
            below_h = crossings[below_pt][1]
            k = 0
            while True:
                if k == len(right):
                    while scan < len(across) and horizontal.isdisjoint(
                            crossings[across[scan]][1]):
                        scan += 1
                    if scan == len(across):
                        break
                    right.append(across[scan])
                    scan += 1
                right_pt = right[k]
                k += 1
                at = crossings.get((right_pt[0], below_pt[1]))
                if (at is not None and not at[0].isdisjoint(crossings[right_pt][0])
                        and not at[1].isdisjoint(below_h)):
                    cell = (pt[0], pt[1], right_pt[0], below_pt[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def _tables(cells: list[tuple]) -> list[list[tuple]]:
    """pdfplumber's `cells_to_tables`: cells that share a corner, directly or through
    others, are one table; tables of one cell are dropped, the rest ordered by their
    topmost, then leftmost, corner.

    Union-find where a root is the lowest cell of its table and every cell's parent is
    below it (so one pass in cell order finds all roots); the current cell's root is kept
    at hand instead of being looked up for each corner it shares."""
    parent = list(range(len(cells)))
    owner: dict[_Point, int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        mine = i  # the root of cell i's table so far
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            j = owner.setdefault(corner, i)
            if j != i:
                while parent[j] != j:  # its root, halving the path
                    parent[j] = j = parent[parent[j]]
                if j < mine:
                    parent[mine] = mine = j
                elif j > mine:
                    parent[j] = mine
    for i, up in enumerate(parent):  # parents come first: theirs are roots already
        parent[i] = parent[up]
    groups: dict[int, list[tuple]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(parent[i], []).append(cell)
    tables = sorted(groups.values(), key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


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
    #: The cells and rows of the first page's part (a row above its last has cells from
    #: it alone: the parts of later pages start at that row or below, merge_tables), and
    #: the cells whose slots reach the last row once a later part is taken (in the order
    #: of `cells`; None: look at all): a table running over hundreds of pages is merged
    #: one page at a time, and looking at all its cells each time is quadratic.
    first_cells: int = field(init=False, default=0)
    first_rows: int = field(init=False, default=0)
    reaching: list[GridCell] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.first_cells, self.first_rows = len(self.cells), self.n_rows

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def row(self, r: int) -> list[GridCell]:
        cells = self.cells[:self.first_cells] if r < self.first_rows - 1 else self.cells
        return sorted((c for c in cells if c.row == r), key=lambda c: c.col)

    def row_texts(self, r: int) -> list[str]:
        return [c.text for c in self.row(r)]


def _boundaries(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def _index(bounds: list[float], v: float) -> int:
    """The index of the boundary nearest to `v` (the first of two as near): one of the
    two around it, as `bounds` is sorted."""
    i = bisect_left(bounds, v)
    if i == len(bounds):
        return i - 1
    if i and abs(bounds[i - 1] - v) <= abs(bounds[i] - v):
        return i - 1
    return i


def build_table(cells: list[tuple], chars: list[Char], page: int,
                at: np.ndarray | None = None) -> tuple[Table, list[Char], np.ndarray | None]:
    """A grid from one table's cell bboxes, each cell holding the lines of the characters
    whose centre lies inside it; returns the table and the characters it did not take
    (with their rows of `at`, the characters' boxes as an array, when given: then the
    characters are placed and their lines made as array work, `_place`)."""
    xs = _boundaries([b[0] for b in cells] + [b[2] for b in cells])
    ys = _boundaries([b[1] for b in cells] + [b[3] for b in cells])
    check_table(len(ys) - 1, len(xs) - 1)
    grid: list[GridCell] = []
    for x0, top, x1, bottom in cells:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 > c0 and r1 > r0:
            grid.append(GridCell(r0, c0, r1 - r0, c1 - c0, (x0, top, x1, bottom), page))
    slot_owner = {(r, c): i for i, g in enumerate(grid) for r in range(g.row, g.row + g.row_span)
                  for c in range(g.col, g.col + g.col_span)}
    bx0, btop, bx1, bbottom = xs[0], ys[0], xs[-1], ys[-1]
    if at is not None and len(chars) >= _ARRAY_MIN:
        left, at, lines = _place(chars, at, xs, ys, slot_owner, len(grid), page)
    else:
        taken, left = _taken(chars, xs, ys, slot_owner, len(grid))
        at = None  # (few characters: the page's lines are made one by one too)
        found = lines_of_groups(taken, page) if sum(map(len, taken)) >= _ARRAY_MIN else None
        lines = found or [make_lines(group, page) for group in taken]
    for cell, cell_lines in zip(grid, lines, strict=True):
        cell.lines = cell_lines
    # Slots no cell covers (a missing rule) get empty cells, so the grid stays full.
    for r in range(len(ys) - 1):
        for c in range(len(xs) - 1):
            if (r, c) not in slot_owner:
                grid.append(GridCell(r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1]), page))
    bbox = (bx0, btop, bx1, bbottom)
    return Table(page, bbox, xs, len(ys) - 1, grid, page, bbottom), left, at


def _taken(chars: list[Char], xs: list[float], ys: list[float],
           slot_owner: dict[tuple[int, int], int], cells: int
           ) -> tuple[list[list[Char]], list[Char]]:
    """The characters each cell takes (its slot holds their centre; inside the table's
    box but in no cell's slot, a character is dropped) and the ones outside the table."""
    taken: list[list[Char]] = [[] for _ in range(cells)]
    left: list[Char] = []
    bx0, btop, bx1, bbottom = xs[0], ys[0], xs[-1], ys[-1]
    last_col, last_row = len(xs) - 2, len(ys) - 2
    owner_of = slot_owner.get
    for ch in chars:
        cx, cy = (ch.x0 + ch.x1) / 2, (ch.top + ch.bottom) / 2
        if not (bx0 <= cx <= bx1 and btop <= cy <= bbottom):
            left.append(ch)
            continue
        col = bisect_right(xs, cx) - 1  # clamped to the grid: min(max(col, 0), last_col)
        col = 0 if col < 0 else last_col if col > last_col else col
        row = bisect_right(ys, cy) - 1
        row = 0 if row < 0 else last_row if row > last_row else row
        owner = owner_of((row, col))
        if owner is not None:
            taken[owner].append(ch)
    return taken, left


def _place(chars: list[Char], at: np.ndarray, xs: list[float], ys: list[float],
           slot_owner: dict[tuple[int, int], int], cells: int, page: int
           ) -> tuple[list[Char], np.ndarray, list[list[Line]]]:
    """`_taken` and the lines of each cell as array work over the characters' boxes
    `at` (x0, top, x1, bottom rows): the characters left outside the table, their rows
    of `at`, and each cell's lines."""
    cx, cy = (at[:, 0] + at[:, 2]) / 2, (at[:, 1] + at[:, 3]) / 2
    inside = (xs[0] <= cx) & (cx <= xs[-1]) & (ys[0] <= cy) & (cy <= ys[-1])
    col = np.clip(np.searchsorted(np.array(xs), cx, side="right") - 1, 0, len(xs) - 2)
    row = np.clip(np.searchsorted(np.array(ys), cy, side="right") - 1, 0, len(ys) - 2)
    owners = np.full((len(ys) - 1, len(xs) - 1), -1, dtype=np.int64)
    for (r, c), i in slot_owner.items():
        owners[r, c] = i
    owner = np.where(inside, owners[row, col], -1)
    order = (owner >= 0).nonzero()[0]
    order = order[np.argsort(owner[order], kind="stable")]  # by cell, in stream order
    ordered = [chars[i] for i in order.tolist()]
    ends = np.cumsum(np.bincount(owner[order], minlength=cells)).tolist()
    taken = [ordered[a:b] for a, b in zip([0, *ends][:len(ends)], ends, strict=True)]
    lines = lines_of_groups(taken, page, at[order]) if len(ordered) >= _ARRAY_MIN else None
    outside = (~inside).nonzero()[0]
    return ([chars[i] for i in outside.tolist()], at[outside],
            lines or [make_lines(group, page) for group in taken])


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


def _reaching_bottom(table: Table, among: list[GridCell] | None = None) -> list[GridCell]:
    """The origin cells whose slots reach the last row, in the order of `table.cells`:
    those of `among` (by default, those that may: `table.reaching`, else all)."""
    if among is None:
        among = table.cells if table.reaching is None else table.reaching
    last = table.n_rows - 1
    return [cell for cell in among if cell.row <= last < cell.row + cell.row_span]


def _cells_at_bottom(cells: list[GridCell]) -> dict[int, GridCell]:
    """Column → the origin cell (of `cells`, those reaching the last row) whose slot in
    the last row covers that column (the last one, if two do)."""
    out: dict[int, GridCell] = {}
    for cell in cells:
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
    reaching = _reaching_bottom(first)
    bottom = _cells_at_bottom(reaching)
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
    taken: list[GridCell] = []
    for cell in second.cells:
        if cell.row < skip:
            continue
        above = joins.get(id(cell)) or empties.get(id(cell))
        if above is not None and (continuation or above.row_span > 1 or cell.row_span > 1):
            above.lines.extend(cell.lines)  # one cell again (an empty part adds nothing)
            above.row_span = cell.row + offset + cell.row_span - above.row
            continue
        cell.row += offset
        taken.append(cell)
    first.cells.extend(taken)
    first.n_rows = second.n_rows + offset
    first.last_page = second.last_page
    first.bottom = second.bottom
    # no old row is below the new last row: what reaches it was taken now, or reached
    # the old last row (and may have been made taller now)
    first.reaching = _reaching_bottom(first, reaching + taken)


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


_WHITESPACE = re.compile(r"\s")


def _one_run(line: Line) -> bool:
    """Whether `_segments` would give the line as one piece without looking: a line with
    no space in its text has no gap over WORD_GAP sizes (`line_of` would have put a space
    there), so none over COLUMN_GAP sizes either."""
    return COLUMN_GAP >= WORD_GAP and line.size > 0 and _WHITESPACE.search(line.text) is None


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
        segs = [] if _one_run(line) else _segments(line)
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
