"""Make the scanned test documents: two sample PDFs printed to page images and wrapped as
image-only PDFs (no text layer), as a scanner would give them.

- tests/data/scanned/001_half_year_summary_scan.pdf: 001_half_year_summary.pdf (prose),
  a clean grayscale scan at 110 dpi, JPEG;
- tests/data/scanned/003_completion_table_scan.pdf: 003_completion_table.pdf (a ruled
  table running over six pages), scanned askew (0.7°) with sensor noise and dust specks,
  black and white (1 bit) at 150 dpi, as fax-mode office scanners give.

They live in tests/data/scanned/, not in samples/: `zhibiao check samples` and
`zhibiao convert samples` walk samples/ recursively, and these files are read by the OCR
tests (tests/ingest/test_ocr.py) against the text-layer originals, not by the golden
files. Each file stays under 400 KB (grayscale JPEG of text is large: 001 is 4 pages,
003, at 7 pages, is bilevel).

    .venv/bin/python samples/make/make_scans.py   # rewrites both files

Rendering needs a CJK font that pdfium can substitute for 001's non-embedded STSong-Light
(Debian: fonts-noto-cjk); the files are committed, so only regeneration needs it. The
noise is seeded: the output is the same on every run.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

SAMPLES = Path(__file__).resolve().parent.parent
OUT = SAMPLES.parent / "tests" / "data" / "scanned"
JPEG_QUALITY = 30
#: Grey levels above this become white in a black-and-white scan. Printed hairline rules
#: are black on paper but pdfium's anti-aliasing draws a 0.5 pt rule grey (~170) at
#: 150 dpi, so a mid threshold would erase rules a scanner keeps.
BILEVEL_THRESHOLD = 200


def scan_pages(pdf_path: Path, dpi: int, *, angle: float = 0.0, noise: float = 0.0,
               bilevel: bool = False, seed: int = 0) -> list[Image.Image]:
    """The pages as grayscale images at `dpi`, turned by `angle` degrees (paper fed
    askew) with Gaussian noise of `noise` grey levels and some dark specks; `bilevel`:
    thresholded to black and white afterwards, as a fax-mode scanner does."""
    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(pdf_path))
    images = []
    try:
        for page in pdf:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            if angle:
                image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
            if noise:
                pixels = np.asarray(image, dtype=np.float32)
                pixels = pixels + rng.normal(0, noise, pixels.shape)
                specks = rng.random(pixels.shape) < 0.0004
                pixels[specks] = rng.uniform(0, 120, int(specks.sum()))
                image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
            if bilevel:
                image = image.point(lambda v: 255 if v > BILEVEL_THRESHOLD else 0).convert("1")
            images.append(image)
    finally:
        pdf.close()
    return images


def image_pdf(images: list[Image.Image], dpi: int) -> bytes:
    """An image-only PDF, one page image per page (grayscale as JPEG, black and white
    as a 1-bit image), pages sized at `dpi`."""
    out = io.BytesIO()
    options = {"quality": JPEG_QUALITY} if images[0].mode == "L" else {}
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi,
                   **options)
    return out.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("001_half_year_summary.pdf", "001_half_year_summary_scan.pdf", 110, {}),
        ("003_completion_table.pdf", "003_completion_table_scan.pdf", 150,
         {"angle": 0.7, "noise": 12.0, "bilevel": True, "seed": 3}),
    ]
    for source, target, dpi, options in jobs:
        data = image_pdf(scan_pages(SAMPLES / source, dpi, **options), dpi)
        (OUT / target).write_bytes(data)
        print(f"{OUT / target}: {len(data) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
