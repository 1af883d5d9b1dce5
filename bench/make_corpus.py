"""A benchmark corpus made by varying the samples: text, web pages and PDFs of every genre.

    .venv/bin/python bench/make_corpus.py OUT_DIR [-n 2000] [--seed 1]

Each document is a sample with its figures changed (every run of digits replaced by
another of the same length) and, for text and PDFs, its body repeated to a drawn length,
so PDFs run from 1 to 80 pages. PDFs are drawn with reportlab (its built-in CID font, as
samples/make/make_pdf.py does for 001), web pages keep the sample's markup and encoding.
Nothing here is needed by `make test`.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_DIGITS = re.compile(r"\d+")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


def vary(text: str, rng: random.Random) -> str:
    """Every run of digits replaced by a random one of the same length (no leading 0)."""
    def new(m: re.Match[str]) -> str:
        n = len(m.group())
        return str(rng.randint(10 ** (n - 1) if n > 1 else 0, 10**n - 1))
    return _DIGITS.sub(new, text)


def vary_html(markup: str, rng: random.Random) -> str:
    """Figures changed in the text between tags only, so markup stays valid."""
    return "".join(part if part.startswith("<") else vary(part, rng)
                   for part in _TAG_OR_TEXT.split(markup))


def html_encoding(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"


def write_pdf(lines: list[str], out: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(out), pagesize=A4)
    width, height = A4
    per_page, chars = 38, 38
    line_no = 0
    for number in range(1, pages + 1):
        page.setFont("STSong-Light", 9)
        page.drawCentredString(width / 2, height - 30, "市应急管理局工作报告")
        page.drawCentredString(width / 2, 25, f"- {number} -")
        page.setFont("STSong-Light", 11)
        y = height - 60
        for _ in range(per_page):
            line = lines[line_no % len(lines)]
            line_no += 1
            for start in range(0, max(len(line), 1), chars):
                page.drawString(50, y, line[start : start + chars])
                y -= 18
                if y < 50:
                    break
            if y < 50:
                break
        page.showPage()
    page.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=2000, help="documents (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("00*.txt"))}
    pages = {p.stem: p.read_bytes() for p in sorted(SAMPLES.glob("00*.html"))}
    for i in range(args.n):
        kind = ("txt", "html", "pdf")[i % 3]
        if kind == "html":
            stem = sorted(pages)[i // 3 % len(pages)]
            encoding = html_encoding(pages[stem])
            markup = vary_html(pages[stem].decode(encoding), rng)
            (args.out / f"{i:05d}_{stem}.html").write_bytes(markup.encode(encoding))
            continue
        stem = sorted(texts)[i // 3 % len(texts)]
        body = vary(texts[stem], rng)
        if kind == "txt":
            (args.out / f"{i:05d}_{stem}.txt").write_text(body * rng.randint(1, 3),
                                                          encoding="utf-8")
        else:
            lines = [line for line in body.splitlines() if line.strip()]
            write_pdf(lines, args.out / f"{i:05d}_{stem}.pdf", rng.choice((1, 2, 5, 10, 80)))
    print(f"{args.n} documents in {args.out}")


if __name__ == "__main__":
    main()
