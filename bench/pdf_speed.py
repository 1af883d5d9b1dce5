"""PDF ingest speed: zhibiao's reader vs raw pdfplumber and raw pypdfium2, same corpus.

The corpus is the sample PDFs (samples/*.pdf), or the PDFs of a folder given as the
argument, repeated until it holds at least 200 pages. Each contender runs in its own
child process over the whole corpus (so peak memory is its own), and prints:

- zhibiao: `read_pdf` (text, boxes, tables as grids, headers/footers, paragraphs);
- pdfplumber: `page.extract_text()` + `page.extract_tables()` on every page;
- pypdfium2: `textpage.get_text_range()` on every page (text only, the floor);

pages per second, the ratios, and the peak resident memory of each process (and that
peak after imports and a warm-up file, so what the corpus adds can be told apart from
what importing costs). Figures, never pass/fail.

    .venv/bin/python bench/pdf_speed.py [folder-with-pdfs]
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MIN_PAGES = 200


def corpus(folder: Path) -> list[Path]:
    import pypdfium2 as pdfium

    files = sorted(folder.glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {folder}")
    pages = {f: len(pdfium.PdfDocument(f)) for f in files}
    out: list[Path] = []
    while sum(pages[f] for f in out) < MIN_PAGES:
        out.extend(files)
    return out


def run_zhibiao(datas: list[bytes]) -> None:
    from zhibiao.ingest.pdf import read_pdf  # imports the zhibiao package (pandas, pyarrow …)

    for i, data in enumerate(datas):
        read_pdf(data, f"bench-{i}.pdf", "bench")


def run_pdfplumber(datas: list[bytes]) -> None:
    import pdfplumber

    for data in datas:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()


def run_pypdfium2(datas: list[bytes]) -> None:
    import pypdfium2 as pdfium

    for data in datas:
        pdf = pdfium.PdfDocument(data)
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()


RUNNERS = {"zhibiao": run_zhibiao, "pdfplumber": run_pdfplumber, "pypdfium2": run_pypdfium2}


def child(name: str, paths: list[str]) -> None:
    """Run one contender over the corpus; print seconds and peak RSS as JSON."""
    datas = [Path(p).read_bytes() for p in paths]
    RUNNERS[name](datas[:1])  # warm-up: imports, font caches
    warm_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    RUNNERS[name](datas)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "warm_mb": warm_kb / 1024}))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return
    import pypdfium2 as pdfium

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES
    files = corpus(folder)
    pages = sum(len(pdfium.PdfDocument(f)) for f in files)
    print(f"corpus: {len(files)} files ({len(set(files))} distinct, from {folder}), "
          f"{pages} pages")
    results = {}
    for name in RUNNERS:
        proc = subprocess.run([sys.executable, __file__, "--child", name, *map(str, files)],
                              capture_output=True, text=True, check=True)
        results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
    rate = {name: pages / r["seconds"] for name, r in results.items()}
    labels = {"zhibiao": "zhibiao ingest (text+tables+layout)",
              "pdfplumber": "pdfplumber extract_text+extract_tables",
              "pypdfium2": "pypdfium2 text only"}
    for name, r in results.items():
        print(f"{labels[name]:<40} {rate[name]:8.1f} pages/s  {r['seconds']:7.2f} s  "
              f"peak RSS {r['peak_mb']:4.0f} MB ({r['warm_mb']:.0f} MB after imports and one "
              "file)")
    print(f"zhibiao / pdfplumber: {rate['zhibiao'] / rate['pdfplumber']:.1f}x   "
          f"zhibiao / pypdfium2: {rate['zhibiao'] / rate['pypdfium2']:.2f}x")


if __name__ == "__main__":
    main()
