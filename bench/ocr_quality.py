"""OCR quality and speed on the scanned test documents, per render resolution.

For each scan in tests/data/scanned/ and each DPI, the scan is read with OCR at that
resolution and compared with its text-layer original (read from its text layer, no OCR):

- character accuracy: 1 - (edit distance / length of the original) on the texts with all
  whitespace removed (so line joining and table tabs do not count), floored at 0;
- values: the share of the original's (number, unit, role) values the scan gives;
- pages/s of the whole read (render, straighten, rules, OCR, layout) on this machine.

    .venv/bin/python bench/ocr_quality.py                # 150, 200 and 300 dpi
    .venv/bin/python bench/ocr_quality.py --dpi 200      # one resolution

Prints figures only; never fails on them. `zhibiao.ingest.ocr.DPI` is the default chosen
from these figures.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCANNED = REPO / "tests" / "data" / "scanned"
SAMPLES = REPO / "samples"
PAIRS = {
    "001_half_year_summary_scan.pdf": "001_half_year_summary.pdf",
    "003_completion_table_scan.pdf": "003_completion_table.pdf",
}


def edit_distance(a: str, b: str) -> int:
    """Edits that turn `b` into `a` along difflib's alignment (each replaced, inserted
    or deleted run costs its longer side): Levenshtein distance, or a little over it, in
    far less than the O(n·m) a pure-Python Levenshtein takes on 10,000 characters."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
               if tag != "equal")


def char_accuracy(ocr_text: str, truth: str) -> float:
    a, b = re.sub(r"\s+", "", ocr_text), re.sub(r"\s+", "", truth)
    if not b:
        return 1.0 if not a else 0.0
    return max(0.0, 1 - edit_distance(a, b) / len(b))


def value_keys(doc) -> Counter:
    from zhibiao.parse import parse
    from zhibiao.schema.validate import validate

    valid = validate(parse(doc))
    return Counter((v.number, v.unit, v.role) for v in valid.tables["values"]
                   if v.number is not None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, action="append",
                        help="render resolution (repeatable; default 150, 200, 300)")
    args = parser.parse_args()
    dpis = args.dpi or [150, 200, 300]

    from zhibiao.ingest import doc_id_of, ocr
    from zhibiao.ingest.pdf import read_pdf

    if not ocr.available():
        raise SystemExit("zhibiao[ocr] is not installed: pip install 'zhibiao[ocr]'")
    ocr._engine()  # load the models once, outside the timings
    print(f"OCR quality: {ocr.ENGINE}, detection on pages scaled to {ocr.DET_MAX_SIDE} px; "
          f"default DPI = {ocr.DPI}")
    print(f"{'scan':<34} {'dpi':>4} {'pages':>5} {'seconds':>8} {'pages/s':>8} "
          f"{'char acc':>9} {'values':>8}")
    totals: dict[int, list[float]] = {dpi: [0, 0, 0, 0] for dpi in dpis}
    for scan, original in PAIRS.items():
        data = (SAMPLES / original).read_bytes()
        truth = read_pdf(data, original, doc_id_of(data), ocr="never")
        want = value_keys(truth)
        scan_data = (SCANNED / scan).read_bytes()
        for dpi in dpis:
            saved, ocr.DPI = ocr.DPI, dpi
            try:
                start = time.perf_counter()
                doc = read_pdf(scan_data, scan, doc_id_of(scan_data), ocr="auto")
                seconds = time.perf_counter() - start
            finally:
                ocr.DPI = saved
            accuracy = char_accuracy(doc.text, truth.text)
            got = value_keys(doc)
            recall = sum((got & want).values()) / max(1, sum(want.values()))
            pages = doc.pages or 0
            print(f"{scan:<34} {dpi:>4} {pages:>5} {seconds:>8.1f} {pages / seconds:>8.2f} "
                  f"{accuracy:>9.1%} {recall:>8.1%}")
            t = totals[dpi]
            t[0] += pages
            t[1] += seconds
            t[2] += accuracy * len(truth.text)
            t[3] += len(truth.text)
    for dpi, (pages, seconds, weighted, chars) in totals.items():
        print(f"{'all (char acc weighted by length)':<34} {dpi:>4} {pages:>5.0f} "
              f"{seconds:>8.1f} {pages / seconds:>8.2f} {weighted / chars:>9.1%}")


if __name__ == "__main__":
    main()
