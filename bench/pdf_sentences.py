"""Sentences intact in PDF prose: a generated corpus of known paragraphs, set as PDFs the
way reports are (first-line indents, justified CJK lines, running headers and page
numbers, paragraphs broken across pages), read back by zhibiao.

Every paragraph of the prose samples (001, 002, 004, 010 text copies) is the source; each
PDF sets a random run of them in a random page size, margin, font size and leading (a
seed makes the corpus the same every run). A sentence (text up to 。！？; at least six
characters) is intact when zhibiao gives it inside one paragraph or heading, characters
compared without spaces; one that crosses a page break (no single page's text, as
pdfplumber extracts it, holds it whole) is counted apart. Prints both shares and the
figures of issue #20 beside them (≥ 0.99 intact, ≥ 0.95 across page breaks), and with
`--show` every sentence that is not intact.

    .venv/bin/python bench/pdf_sentences.py [-n 40] [--seed 1] [--show]
"""

from __future__ import annotations

import argparse
import io
import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PROSE = ("001_half_year_summary", "002_annual_work_plan", "004_district_fyp_plan",
         "010_government_report")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
_SPACE = re.compile(r"\s+")
MIN_SENTENCE = 6


def paragraphs() -> list[str]:
    """The prose paragraphs of the samples: lines long enough to be running text."""
    out = []
    for name in PROSE:
        for line in (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 40 and "\t" not in line and "|" not in line:
                out.append(line)
    return out


def make_pdf(paras: list[str], rng: random.Random) -> bytes:
    """The paragraphs set as a report: indented, justified, with a running header and
    page numbers, in a drawn page size, margin and font size."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, B5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size = rng.choice((10.5, 12, 14, 16))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=size,
                           leading=size * rng.choice((1.5, 1.8, 2.0)),
                           firstLineIndent=2 * size, alignment=TA_JUSTIFY, wordWrap="CJK",
                           spaceAfter=rng.choice((0, size / 2)))
    margin = rng.choice((54, 72, 90))
    header = rng.choice(("某区人民政府办公室", "2023年工作总结", ""))

    def decorate(canvas, doc) -> None:  # reportlab page callback
        canvas.setFont("STSong-Light", 9)
        width, height = doc.pagesize
        if header:
            canvas.drawCentredString(width / 2, height - margin / 2, header)
        canvas.drawCentredString(width / 2, margin / 2, f"- {doc.page} -")

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=rng.choice((A4, B5)), leftMargin=margin,
                            rightMargin=margin, topMargin=margin, bottomMargin=margin,
                            invariant=1)
    doc.build([Paragraph(p, style) for p in paras], onFirstPage=decorate,
              onLaterPages=decorate)
    return buffer.getvalue()


def squash(text: str) -> str:
    from zhibiao.ingest.normalize import normalize

    return _SPACE.sub("", normalize(text).text)


def sentences(paras: list[str]) -> list[str]:
    return [s for p in paras for s in (squash(m.group()) for m in _SENTENCE.finditer(p))
            if len(s) >= MIN_SENTENCE]


def page_texts(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [squash(page.extract_text() or "") for page in pdf.pages]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=40, help="how many PDFs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print each broken sentence")
    args = parser.parse_args()

    from zhibiao.ingest.pdf import read_pdf

    rng = random.Random(args.seed)
    source = paragraphs()
    intact = total = crossing = crossing_intact = pages = 0
    for k in range(args.n):
        start = rng.randrange(len(source))
        paras = (source * 2)[start : start + rng.randint(4, 30)]
        data = make_pdf(paras, rng)
        doc = read_pdf(data, f"generated-{k}.pdf", f"{k:016x}")
        pages += doc.pages or 0
        blocks = [squash(doc.text[b.start : b.end]) for b in doc.blocks if b.kind != "table"]
        per_page = page_texts(data)
        for sentence in sentences(paras):
            whole = any(sentence in block for block in blocks)
            crosses = not any(sentence in text for text in per_page)
            total += 1
            intact += whole
            crossing += crosses
            crossing_intact += whole and crosses
            if args.show and not whole:
                print(f"  {'(page break) ' if crosses else ''}{sentence}")
    print(f"{args.n} generated PDFs, {pages} pages, {total} sentences")
    print(f"sentences intact                 {intact / total:6.3f}   (goal ≥ 0.99)")
    print(f"  across a page break ({crossing:>4})  {crossing_intact / max(crossing, 1):6.3f}"
          f"   (goal ≥ 0.95)")


if __name__ == "__main__":
    main()
