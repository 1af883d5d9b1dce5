"""OCR of scanned PDF pages: page images into the characters and ruling lines layout reads.

Optional: the extra ``zhibiao[ocr]`` installs ``rapidocr_onnxruntime``, whose wheel ships
the PP-OCRv4 Chinese detection and recognition models (ONNX), so OCR runs offline and
loads no model at run time. Without it a page of images and no text layer cannot be read
and `pdf.py` quarantines a scanned document ("scanned, no text layer; install
zhibiao[ocr]").

A page is rendered by pdfium at `DPI` in grayscale and then, on the bitmap:

1. straightened: the skew of paper fed askew is found from the ink's row profile (the
   angle at which text rows are sharpest) and the bitmap turned back;
2. ruling lines found: rows (columns) of pixels mostly dark along a long stretch and
   light just beside it (text has ink beside its densest rows), collinear pieces broken
   by the scan joined, and only rules that cross another kept (a grid, not a run of
   strokes along a line of text); they become pdfplumber edge dicts for
   `pdf_tables.find_cells`, as the vector rules of a text PDF do, and are wiped from the
   bitmap so OCR does not read a rule as 丨, | or 1;
3. OCR'd by RapidOCR: text lines with a box and a confidence. A line's box is narrowed
   to its ink and cut into one box per character (full-width characters twice as wide as
   ASCII ones), so `pdf_layout` builds lines, paragraphs, headers and footers, and
   `pdf_tables` fills cells, exactly as for a text layer.

Speed (bench/ocr_quality.py on 2 cores at 200 dpi, the whole read): 1.2-1.5 s a page
when the machine is otherwise idle, about 2.4 CPU-seconds (it was 2.2-2.5 s and 3.4
CPU-seconds before the models were folded (`ocr_models.py`) and their sessions kept a
memory arena (`_session`)): recognition about 60%, detection 30%, the rest rules,
straightening and rendering.

Coordinates are top-down PDF points of the page as displayed. Characters are placed on
the straightened page (so a line of text is level for layout); `source_box` maps a box
back onto the page as scanned, which is what the values' bboxes give. Every character
carries the confidence of the OCR line it came from.

The mode (`auto` | `always` | `never`) and the threads OCR uses are
`read_pdf`'s arguments, which `Options` (`options.py`) hands down from the edge of the
run, so every worker, a remote Dask one too, reads with the driver's choice.
"""

from __future__ import annotations

import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pypdfium2 as pdfium

from zhibiao.ingest.document import Box
from zhibiao.ingest.pdf_layout import Char, PageSpace
from zhibiao.ingest.pdf_tables import edge
from zhibiao.options import OcrMode

ENGINE = "rapidocr"
INSTALL_HINT = "install zhibiao[ocr]"

#: Render resolution (bench/ocr_quality.py measures 150/200/300: see its docstring).
DPI = 200
#: Text detection runs on the page scaled to this many pixels on its longer side (A4 at
#: 170 dpi); recognition reads the lines cut from the page as rendered. RapidOCR 1.4 used
#: 2000 whatever it was asked for a page of 1500 px or more; 1600 and 1280 were faster but
#: lost characters in tables (bench/ocr_quality.py at 200 dpi: 97.7% → 95.6%, 94.0%), and
#: an earlier try at 1280 lost decimal points (72.7% read as 717%).
DET_MAX_SIDE = 2000
#: Detection reads the page's inked part and this many pixels (at its scale) around it.
_DET_MARGIN = 32
#: Recognition reads a text line scaled to the model's height (48 px) and then narrowed to
#: this share of its width: a third fewer columns to compute, and on the scans of
#: bench/ocr_quality.py character accuracy 96.6% → 97.8% at 200 dpi (squeezed 0.5: 97.8%
#: but values lost; 0.8: less gain).
REC_SQUEEZE = 0.67
#: ... for a line cut up to 40 px tall (body text and table cells at 200 dpi or less,
#: scaled up to 48 px); a taller one, scaled down, is narrowed less: to its height over
#: _REC_SQUEEZE_HEIGHT, at most _REC_SQUEEZE_MAX. At 300 dpi (lines 45-55 px) 0.67 for all
#: read 96.7% and this 97.2% (1.0 above 48 px: 96.9% but values lost); 150 and 200 dpi
#: read the same.
_REC_SQUEEZE_HEIGHT = 60.0
_REC_SQUEEZE_MAX = 0.85
#: Lines narrower than this (pixels at the model's height) are padded to it, as RapidOCR
#: pads to 320: a short cell of a table costs what its width costs.
REC_MIN_WIDTH = 48
#: A page is OCR'd (mode auto) when it holds images and fewer text-layer characters than
#: this per A4-sized area: a scan with a stamped page number or a few words of a
#: watermark is still a scan.
MIN_CHARS_PER_A4 = 20
_A4 = 595.0 * 842.0

#: Pixels darker than this are ink (grayscale 0-255).
_INK = 160
#: Ruling lines: pixels darker than _RULE_INK are ink (faint hairlines count); a rule
#: row has at least the share `cover` of ink in every stretch of `span` points along it
#: (horizontal rules of a scan are often broken; a vertical stretch must be longer than
#: two stacked characters' strokes) and at most _RULE_BESIDE _RULE_SIDE points off it;
#: it is at most _RULE_THICK thick, pieces are joined across _RULE_GAP, and it is at
#: least _RULE_MIN points long.
_RULE_INK = 215
_RULE_WINDOW = {"h": (20.0, 0.5), "v": (30.0, 0.75)}
_RULE_SIDE = 2.2
_RULE_BESIDE = 0.2
_RULE_THICK = 3.0
_RULE_GAP = 10.0
_RULE_MIN = 40.0
#: Skew search: ± this many degrees, in steps of _SKEW_STEP; below _SKEW_MIN, left as is.
_SKEW_MAX = 3.0
_SKEW_STEP = 0.05
_SKEW_MIN = 0.1


def available() -> bool:
    """Whether the OCR extra is installed (importable); checked on every call, cheap once
    imported."""
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def wants_ocr(mode: OcrMode, chars: int, images: int, width: float, height: float) -> bool:
    """Whether a page with `chars` text-layer characters and `images` image objects is
    OCR'd: always; or, in auto, a page of images with (almost) no text layer."""
    if mode == "always":
        return True
    if mode == "never" or not images:
        return False
    return chars < MIN_CHARS_PER_A4 * max(width * height / _A4, 0.25)


@dataclass(frozen=True, slots=True)
class _Engine:
    """RapidOCR's detection and recognition models (its ONNX sessions), no classifier:
    pages are straightened before OCR."""

    detector: Any
    recogniser: Any
    #: Reads that many text lines at once, each on one thread of the recognition session:
    #: a line is too small a job for onnxruntime to share among threads (two lines at once
    #: on 2 cores: rec 2.9 s where one line on two threads took 3.5-4.3 s). The threads
    #: live for a page: a forked worker inherits none of its parent's.
    workers: int
    #: Lines read with a lower confidence are dropped (RapidOCR's text_score).
    text_score: float


_lock = threading.Lock()
_engines: dict[int, _Engine] = {}


def _engine(threads: int = 0) -> _Engine:
    """One engine per process and thread count (the models load in about half a second):
    detection on `threads` threads and recognition of `threads` lines at once; 0: one per
    core."""
    with _lock:
        if threads not in _engines:
            from rapidocr_onnxruntime.ch_ppocr_det import TextDetector
            from rapidocr_onnxruntime.ch_ppocr_rec import TextRecognizer
            from rapidocr_onnxruntime.main import DEFAULT_CFG_PATH
            from rapidocr_onnxruntime.utils import read_yaml, update_model_path

            config = update_model_path(read_yaml(DEFAULT_CFG_PATH))
            detector, recogniser = TextDetector(config["Det"]), TextRecognizer(config["Rec"])
            # their sessions replaced by ones of the folded models (ocr_models.py)
            detector.infer.session = _session(config["Det"]["model_path"], threads)
            recogniser.session.session = _session(config["Rec"]["model_path"], 1)
            workers = threads or len(os.sched_getaffinity(0))
            _engines[threads] = _Engine(detector, recogniser, workers,
                                        float(config["Global"]["text_score"]))
        return _engines[threads]


def _session(model_path: str, threads: int) -> Any:
    """An onnxruntime session of the model with its elementwise chains folded into its
    convolutions (ocr_models.py: detection and recognition about a fifth faster, same
    outputs), on `threads` threads (0: onnxruntime's default, one per core).

    Unlike RapidOCR's sessions, these keep onnxruntime's memory arena: without it every
    run maps and unmaps its feature maps afresh (bench/ocr_quality.py at 200 dpi: system
    CPU 4.1 → 1.3 s, wall 1.9-2.5 → 1.4-1.8 s/page), for ~250 MB more peak memory per
    process. Idle threads sleep rather than spin: a detection thread spinning after its
    run takes a core from the recognition workers and from other processes (CPU -5%)."""
    import onnxruntime as ort

    from zhibiao.ingest.ocr_models import folded

    options = ort.SessionOptions()
    options.log_severity_level = 4
    options.enable_cpu_mem_arena = True
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    with open(model_path, "rb") as model:
        return ort.InferenceSession(folded(model.read()), options,
                                    providers=["CPUExecutionProvider"])


@dataclass(slots=True)
class OcrPage:
    """What OCR read from one page, in top-down points of the straightened page."""

    number: int
    chars: list[Char]
    #: Ruling lines as pdfplumber edge dicts.
    edges: list[dict]
    #: (x0, top, x1, bottom) of a char → the confidence of its OCR line.
    confidence: dict[tuple[float, float, float, float], float] = field(default_factory=dict)
    #: Degrees the page image was turned to straighten it.
    angle: float = 0.0
    #: Straightened point → scanned page point: (a, b, c, d, e, f), x' = a x + b y + c ...
    _back: tuple[float, ...] = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)
    dpi: int = DPI

    def source_box(self, box: Box) -> Box:
        """A box on the straightened page as the box it covers on the page as scanned."""
        if self.angle == 0.0:
            return box
        a, b, c, d, e, f = self._back
        page, x0, top, x1, bottom = box
        xs, ys = [], []
        for x, y in ((x0, top), (x1, top), (x0, bottom), (x1, bottom)):
            xs.append(a * x + b * y + c)
            ys.append(d * x + e * y + f)
        return page, min(xs), min(ys), max(xs), max(ys)


def ocr_page(page: pdfium.PdfPage, space: PageSpace, number: int, *, threads: int = 0,
             dpi: int | None = None) -> OcrPage:
    """OCR one page: render, straighten, find and wipe ruling lines, read text lines;
    `threads` per ONNX session (0: one per core)."""
    import cv2  # installed with rapidocr_onnxruntime (opencv-python)

    dpi = dpi or DPI
    gray = page.render(scale=dpi / 72, grayscale=True).to_numpy()
    if gray.ndim == 3:
        gray = gray[..., 0]
    gray = np.ascontiguousarray(gray)
    height_px, width_px = gray.shape
    # The bitmap shows the crop box as displayed; its top-left corner in display points:
    cl, cb, cr, ct = page.get_cropbox()
    x_origin, y_origin, _, _ = space.box(cl, cb, cr, ct)
    scale = 72.0 / dpi

    angle = skew_angle(gray)
    back = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)
    if abs(angle) >= _SKEW_MIN:
        centre = (width_px / 2, height_px / 2)
        matrix = cv2.getRotationMatrix2D(centre, -angle, 1.0)
        gray = cv2.warpAffine(gray, matrix, (width_px, height_px), flags=cv2.INTER_LINEAR,
                              borderValue=255)
        inverse = cv2.invertAffineTransform(matrix)
        # pixel maps → point maps: p_pt = origin + scale * p_px on both sides
        (a, b, c), (d, e, f) = inverse.tolist()
        c_pt = x_origin + scale * c + x_origin * (-a) + y_origin * (-b)
        f_pt = y_origin + scale * f + x_origin * (-d) + y_origin * (-e)
        back = (a, b, c_pt, d, e, f_pt)
    else:
        angle = 0.0

    ink = gray < _INK
    rule_mask, edges_px = _rules(gray, dpi)
    if edges_px:
        wipe = cv2.dilate(rule_mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        gray = gray.copy()
        gray[wipe] = 255
        ink &= ~wipe
    edges = [_edge(kind, a0, a1, pos, scale, x_origin, y_origin)
             for kind, a0, a1, pos in edges_px]

    chars: list[Char] = []
    confidence: dict[tuple[float, float, float, float], float] = {}
    rows = _reading_order([line for line in _read_lines(_engine(threads), gray)
                           if not _speck(line[1])])
    for quad, text, score in rows:
        x0, y0, x1, y1 = _ink_box(ink, quad)
        for ch, (cx0, cx1) in zip(text, _split(text, x0, x1), strict=True):
            c = Char(ch, x_origin + cx0 * scale, y_origin + y0 * scale,
                     x_origin + cx1 * scale, y_origin + y1 * scale)
            chars.append(c)
            confidence[(c.x0, c.top, c.x1, c.bottom)] = score
    return OcrPage(number, chars, edges, confidence, angle, back, dpi)


# --- text lines ------------------------------------------------------------------------------


def _read_lines(engine: _Engine, gray: np.ndarray) -> list[tuple[np.ndarray, str, float]]:
    """RapidOCR's detection and recognition, run step by step: the text lines of the page
    as (quad in pixels, text, confidence), those below the engine's text_score dropped
    (as RapidOCR's own call drops them)."""
    boxes = _detect(engine.detector, gray)
    with ThreadPoolExecutor(engine.workers, thread_name_prefix="ocr") as pool:
        read = list(pool.map(lambda quad: _recognise(engine.recogniser, _crop(gray, quad)),
                             boxes))
    return [(np.asarray(quad, dtype=float), text, score)
            for quad, (text, score) in zip(boxes, read, strict=True)
            if score >= engine.text_score]


def _crop(gray: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """A text line's quad cut out of the page and set level (RapidOCR's crop): a line
    much taller than wide is a vertical one, turned to run left to right."""
    import cv2

    width = int(max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3])))
    height = int(max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2])))
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    line = cv2.warpPerspective(gray, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE,
                               flags=cv2.INTER_CUBIC)
    return np.rot90(line) if line.shape[0] >= 1.5 * line.shape[1] else line


def _detect(detector: Any, gray: np.ndarray) -> np.ndarray:
    """The quads of the text lines on the page, in its pixels: the detection model run on
    the page scaled to DET_MAX_SIDE (sides multiples of 32, as the model needs), and only
    on the part with ink (and _DET_MARGIN around it): the model's cost is in proportion to
    the pixels it is given, and a page's margins hold none of the text."""
    import cv2

    h, w = gray.shape
    ink = gray < _INK
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not len(rows):
        return np.zeros((0, 4, 2), np.float32)
    ratio = min(1.0, DET_MAX_SIDE / max(h, w))  # the page's scale, whatever part is read
    margin = round(_DET_MARGIN / ratio)
    top, bottom = max(0, rows[0] - margin), min(h, rows[-1] + 1 + margin)
    left, right = max(0, cols[0] - margin), min(w, cols[-1] + 1 + margin)
    part = gray[top:bottom, left:right]
    ph, pw = part.shape
    size = (max(32, round(pw * ratio / 32) * 32), max(32, round(ph * ratio / 32) * 32))
    small = cv2.resize(part, size) if size != (pw, ph) else part
    plane = small.astype(np.float32) / 127.5 - 1.0  # RapidOCR's mean 0.5, std 0.5
    batch = np.ascontiguousarray(np.broadcast_to(plane, (1, 3, *plane.shape)))
    boxes, _ = detector.postprocess_op(detector.infer(batch)[0], (ph, pw))
    boxes = np.asarray(detector.filter_tag_det_res(boxes, (ph, pw)), np.float32)
    return boxes + np.array([left, top], np.float32) if len(boxes) else boxes


def _recognise(recogniser: Any, crop: np.ndarray) -> tuple[str, float]:
    """One text line read alone, at its own width: RapidOCR reads lines in batches of six,
    each padded to the widest of its batch, and the model's cost grows with the width it
    is given. The line is scaled to the model's height and narrowed by REC_SQUEEZE, less
    for a tall line (characters keep a few columns of the model's output each, which CTC
    needs), then padded to at least REC_MIN_WIDTH."""
    import cv2

    _, height, _ = recogniser.rec_image_shape
    h, w = crop.shape[:2]
    squeeze = min(_REC_SQUEEZE_MAX, max(REC_SQUEEZE, h / _REC_SQUEEZE_HEIGHT))
    width = max(1, math.ceil(height * w / h * squeeze))
    line = cv2.resize(crop, (width, height), interpolation=cv2.INTER_AREA)
    batch = np.zeros((1, 3, height, max(width, REC_MIN_WIDTH)), np.float32)
    batch[0, :, :, :width] = line.astype(np.float32) / 127.5 - 1.0  # as RapidOCR: [-1, 1]
    (text, score), = recogniser.postprocess_op(recogniser.session(batch)[0])
    return str(text), float(score)


# --- skew -----------------------------------------------------------------------------------


def skew_angle(gray: np.ndarray) -> float:
    """Degrees the page content is turned counter-clockwise (as PIL's rotate turns it):
    the angle whose row profile of ink is sharpest (text rows and rules line up)."""
    step = max(1, gray.shape[1] // 800)  # work at about 800 px across
    ink = gray[::step, ::step] < _INK
    ys, xs = np.nonzero(ink)
    if len(ys) < 200:
        return 0.0
    if len(ys) > 60_000:
        pick = np.random.default_rng(0).choice(len(ys), 60_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - ink.shape[1] / 2

    def sharpness(deg: float) -> float:
        t = math.tan(math.radians(deg))
        rows = np.round(ys + xs * t).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    coarse = np.arange(-_SKEW_MAX, _SKEW_MAX + 1e-9, 0.25)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.25, best + 0.25 + 1e-9, _SKEW_STEP)
    best = max(fine, key=sharpness)
    return round(float(best), 2)


# --- ruling lines ---------------------------------------------------------------------------


def _rules(gray: np.ndarray, dpi: int) -> tuple[np.ndarray, list[tuple]]:
    """The mask of the ruling lines and the rules as (kind, from, to, at) in pixels: h
    from x0 to x1 at y; v from top to bottom at x.

    A scanned hairline is faint and broken, so a rule is told by two things: along it,
    most pixels of every _RULE_WINDOW stretch are ink (not near white); beside it (_RULE_SIDE
    off, past its thickness) few are. A line of text has ink beside its densest rows."""
    import cv2

    px = dpi / 72.0
    ink = (gray < _RULE_INK).astype(np.float32)
    side = max(3, round(_RULE_SIDE * px))
    found: list[tuple] = []
    for kind, (span, cover) in _RULE_WINDOW.items():
        window = max(5, round(span * px))
        img = ink if kind == "h" else np.ascontiguousarray(ink.T)
        along = cv2.blur(img, (window, 1))  # coverage of each row's stretch
        # a rule a little askew or 2-3 px thick: the ink of three rows together
        slack = cv2.blur(cv2.dilate(img, np.ones((3, 1), np.uint8)), (window, 1))
        beside = np.zeros_like(along)
        beside[side:] = along[:-side]
        below = np.zeros_like(along)
        below[:-side] = along[side:]
        beside = np.maximum(beside, below)
        hits = ((slack >= cover) & (beside <= _RULE_BESIDE)).astype(np.uint8)
        hits = np.logical_and(cv2.dilate(hits, np.ones((1, window), np.uint8)),
                              img > 0).astype(np.uint8)  # the whole stretch
        _, _, stats, _ = cv2.connectedComponentsWithStats(hits, connectivity=8)
        segments = [[float(x), float(x + w), y + h / 2]
                    for x, y, w, h in stats[1:, :4].tolist() if h <= _RULE_THICK * px]
        for a0, a1, pos in _join(segments, _RULE_GAP * px, 1.5 * px):
            if a1 - a0 >= _RULE_MIN * px:
                found.append((kind, a0, a1, pos))
    # Only rules that meet a rule across them make cells; a lone "rule" may be a run of
    # strokes along a line of text, and wiping it would damage the characters.
    tol = 3.0 * px
    grid = [r for r in found if any(
        o[0] != r[0] and o[1] - tol <= r[3] <= o[2] + tol and r[1] - tol <= o[3] <= r[2] + tol
        for o in found)]
    mask = np.zeros(gray.shape, np.uint8)
    width = max(1, round(_RULE_THICK * px))
    for kind, a0, a1, pos in grid:
        a, b, p = round(a0), round(a1), round(pos)
        ends = ((a, p), (b, p)) if kind == "h" else ((p, a), (p, b))
        cv2.line(mask, ends[0], ends[1], 1, width)
    return (mask > 0) & (gray < _RULE_INK), grid


def _join(segments: list[list[float]], gap: float, off: float) -> list[tuple]:
    """Collinear pieces (positions within `off`) with gaps up to `gap` as one rule."""
    joined: list[list[float]] = []
    for a0, a1, pos in sorted(segments, key=lambda s: (s[2], s[0])):
        for j in joined:
            if abs(j[2] - pos) <= off and a0 <= j[1] + gap and a1 >= j[0] - gap:
                j[0], j[1] = min(j[0], a0), max(j[1], a1)
                break
        else:
            joined.append([a0, a1, pos])
    return [tuple(j) for j in joined]


def _edge(kind: str, a0: float, a1: float, pos: float, scale: float, x_origin: float,
          y_origin: float) -> dict:
    if kind == "h":
        x0, x1 = x_origin + a0 * scale, x_origin + a1 * scale
        top = bottom = y_origin + pos * scale
    else:
        top, bottom = y_origin + a0 * scale, y_origin + a1 * scale
        x0 = x1 = x_origin + pos * scale
    return edge(x0, top, x1, bottom, kind)


# --- text lines into characters ----------------------------------------------------------------


def _reading_order(items: list[tuple[np.ndarray, str, float]]) -> list[tuple]:
    """OCR lines top to bottom, those side by side (overlapping by half their height)
    left to right, so `make_lines` sees them as a text layer's content stream."""
    items = sorted(items, key=lambda it: (it[0][:, 1].min() + it[0][:, 1].max()) / 2)
    rows: list[list[tuple]] = []
    spans: list[list[float]] = []
    for it in items:
        top, bottom = it[0][:, 1].min(), it[0][:, 1].max()
        if rows:
            r_top, r_bottom = spans[-1]
            overlap = min(bottom, r_bottom) - max(top, r_top)
            if overlap >= 0.5 * min(bottom - top, r_bottom - r_top):
                rows[-1].append(it)
                spans[-1] = [min(top, r_top), max(bottom, r_bottom)]
                continue
        rows.append([it])
        spans.append([top, bottom])
    return [it for row in rows for it in sorted(row, key=lambda it: it[0][:, 0].min())]


def _ink_box(ink: np.ndarray, quad: np.ndarray) -> tuple[float, float, float, float]:
    """The OCR box (padded by the detector) narrowed to the ink inside it, in pixels."""
    h, w = ink.shape
    x0, x1 = max(0, int(quad[:, 0].min())), min(w, math.ceil(quad[:, 0].max()))
    y0, y1 = max(0, int(quad[:, 1].min())), min(h, math.ceil(quad[:, 1].max()))
    if x1 <= x0 or y1 <= y0:
        return float(x0), float(y0), float(max(x1, x0 + 1)), float(max(y1, y0 + 1))
    crop = ink[y0:y1, x0:x1]
    rows = np.flatnonzero(crop.sum(axis=1) > 0)
    cols = np.flatnonzero(crop.sum(axis=0) > 0)
    if len(rows) == 0 or len(cols) == 0:
        return float(x0), float(y0), float(x1), float(y1)
    return (float(x0 + cols[0]), float(y0 + rows[0]), float(x0 + cols[-1] + 1),
            float(y0 + rows[-1] + 1))


def _speck(text: str) -> bool:
    """A line of nothing but dots and strokes: dust or noise read as 。·.,'|-, dropped."""
    return not any(ch.isalnum() or ch in "%‰（）()《》“”" for ch in text)


def _width(ch: str) -> float:
    """Relative advance: full-width (CJK, full-width punctuation) 1, ASCII and spaces ½."""
    return 0.5 if ord(ch) < 0x2000 else 1.0


def _split(text: str, x0: float, x1: float) -> list[tuple[float, float]]:
    """x extents of each character of a line set from x0 to x1."""
    weights = [_width(ch) for ch in text]
    total = sum(weights) or 1.0
    out = []
    pos = x0
    for wgt in weights:
        nxt = pos + (x1 - x0) * wgt / total
        out.append((pos, nxt))
        pos = nxt
    return out


# --- the document -----------------------------------------------------------------------------


def finish(boxes: list[Box | None], pages: dict[int, OcrPage]
           ) -> tuple[list[Box | None], list[float | None] | None]:
    """The document's boxes with those of OCR'd pages mapped back onto the pages as
    scanned, and one confidence per character (None off OCR'd pages); no confidences
    when no page was OCR'd."""
    if not pages:
        return boxes, None
    out_boxes: list[Box | None] = []
    confidences: list[float | None] = []
    for box in boxes:
        scan = pages.get(box[0]) if box is not None else None
        if box is None or scan is None:
            out_boxes.append(box)
            confidences.append(None)
            continue
        confidences.append(scan.confidence.get(box[1:]))
        out_boxes.append(scan.source_box(box))
    return out_boxes, confidences


def summary(pages: dict[int, OcrPage]) -> str:
    """The warning that tells a document was OCR'd."""
    skewed = [p for p in pages.values() if p.angle]
    dpis = "/".join(str(d) for d in sorted({p.dpi for p in pages.values()}))
    text = f"OCR used on {len(pages)} pages ({ENGINE}, {dpis} dpi)"
    if skewed:
        text += f"; {len(skewed)} straightened (up to {max(abs(p.angle) for p in skewed):.1f}°)"
    return text
