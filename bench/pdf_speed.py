"""PDF speed: zhibiao (ingest alone, and convert end to end) vs pdfplumber, PyMuPDF and raw
pypdfium2, same corpus, same run.

The corpus is the sample PDFs (samples/*.pdf), or the PDFs of a folder given as the
argument, repeated until it holds at least 200 pages. Each contender runs in its own
child process over the whole corpus (so peak memory is its own), and prints:

- zhibiao convert: `zhibiao.convert` on one worker, in one process (text, tables, layout,
  parse, validation, Parquet), the corpus in rounds of distinct files, each round
  written to its own folder (convert reads a path once per run);
- zhibiao ingest: `read_pdf` (text, boxes, tables as grids, headers/footers, paragraphs);
- both again with OCR off (ocr="never"): a page of images without a text layer
  is OCR'd by default, at seconds a page, which can dwarf the rest (two such pages of
  the 357 in shared/real-pdfs take longer than all the others together);
- pdfplumber: `page.extract_text()` + `page.extract_tables()` on every page;
- PyMuPDF (when installed): `page.get_text()` (text only), and `page.get_text()` +
  `page.find_tables()` (text and tables);
- pypdfium2: `textpage.get_text_range()` on every page (text only, the floor for
  anything built on pdfium);

pages per second, the ratios, and the peak resident memory of each process (and that
peak after imports and a warm-up file, so what the corpus adds can be told apart from
what importing costs). Figures, never pass/fail. The machine may be shared: `--repeat N`
runs every contender N times, interleaved, and keeps each one's fastest run.

    .venv/bin/python bench/pdf_speed.py [folder-with-pdfs] [--repeat N] [--only a,b]
    .venv/bin/python bench/pdf_speed.py --generated    # the dense ruled-table corpus

`--generated` reads a corpus of reports drawn by the generators in tests/data instead: the
项目支出绩效目标表 in three layouts, a 政府信息公开年报 and (where its generator is there) a
部门决算, all dense ruled tables with merged cells, some across page breaks, plus four
short CJK reports in fonts the PDF does not embed (prose, a table, a rotated page).

Contenders for --only: convert, ingest, convert_no_ocr, ingest_no_ocr, pdfplumber, pymupdf,
pymupdf_tables, pypdfium2.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import io
import json
import resource
import subprocess
import sys
import tempfile
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


def generated_corpus(folder: Path) -> Path:
    """Write the generated reports (see the module doc) into `folder`; return it."""
    import importlib.util

    data = Path(__file__).resolve().parent.parent / "tests" / "data"

    def module(name: str):
        spec = importlib.util.spec_from_file_location(name, data / f"{name}.py")
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[name] = loaded
        spec.loader.exec_module(loaded)
        return loaded

    module("make_goal_tables").write_goal_tables(folder)
    module("make_disclosure_reports").write_reports(folder)
    module("make_cjk_reports").write_corpus(folder)
    if (data / "make_final_accounts.py").exists():
        module("make_final_accounts").write_final_account(folder)
    return folder


def run_convert(paths: list[Path], datas: list[bytes], ocr: str = "auto") -> None:
    import zhibiao

    rounds: list[list[Path]] = [[]]
    for path in paths:  # the corpus repeats its files: one round per repetition
        if path in rounds[-1]:
            rounds.append([])
        rounds[-1].append(path)
    with tempfile.TemporaryDirectory() as tmp:
        for i, batch in enumerate(rounds):
            zhibiao.convert(batch, Path(tmp) / str(i), ocr=ocr)


def run_ingest(paths: list[Path], datas: list[bytes], ocr: str = "auto") -> None:
    from zhibiao.ingest.pdf import read_pdf  # imports the zhibiao package (pandas, pyarrow …)

    for i, data in enumerate(datas):
        read_pdf(data, f"bench-{i}.pdf", "bench", ocr=ocr)


def run_pdfplumber(paths: list[Path], datas: list[bytes]) -> None:
    import pdfplumber

    for data in datas:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()


def run_pymupdf(paths: list[Path], datas: list[bytes], tables: bool = False) -> None:
    import pymupdf

    for data in datas:
        with pymupdf.open(stream=data, filetype="pdf") as pdf:
            for page in pdf:
                page.get_text()
                if tables:
                    page.find_tables()


def run_pymupdf_tables(paths: list[Path], datas: list[bytes]) -> None:
    run_pymupdf(paths, datas, tables=True)


def run_pypdfium2(paths: list[Path], datas: list[bytes]) -> None:
    import pypdfium2 as pdfium

    for data in datas:
        pdf = pdfium.PdfDocument(data)
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()


RUNNERS = {"convert": run_convert, "ingest": run_ingest, "convert_no_ocr": run_convert,
           "ingest_no_ocr": run_ingest, "pdfplumber": run_pdfplumber,
           "pymupdf": run_pymupdf, "pymupdf_tables": run_pymupdf_tables,
           "pypdfium2": run_pypdfium2}
LABELS = {"convert": "zhibiao convert, 1 worker (end to end)",
          "ingest": "zhibiao ingest (text+tables+layout)",
          "convert_no_ocr": "zhibiao convert, OCR off",
          "ingest_no_ocr": "zhibiao ingest, OCR off",
          "pdfplumber": "pdfplumber extract_text+extract_tables",
          "pymupdf": "PyMuPDF get_text (text only)",
          "pymupdf_tables": "PyMuPDF get_text+find_tables",
          "pypdfium2": "pypdfium2 text only"}


def child(name: str, paths: list[str]) -> None:
    """Run one contender over the corpus; print seconds and peak RSS as JSON."""
    run = RUNNERS[name]
    if name.endswith("_no_ocr"):
        run = functools.partial(run, ocr="never")
    files = [Path(p) for p in paths]
    datas = [f.read_bytes() for f in files]
    run(files[:1], datas[:1])  # warm-up: imports, font caches
    warm_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    run(files, datas)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "warm_mb": warm_kb / 1024}))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SAMPLES)
    parser.add_argument("--repeat", type=int, default=1, help="runs per contender (fastest kept)")
    parser.add_argument("--only", default="", help="comma-separated contenders")
    parser.add_argument("--generated", action="store_true",
                        help="the generated dense ruled-table corpus instead of a folder")
    args = parser.parse_args()
    import pypdfium2 as pdfium

    if args.generated:
        tmp = tempfile.TemporaryDirectory()
        args.folder = generated_corpus(Path(tmp.name))
    names = [n for n in RUNNERS if not args.only or n in args.only.split(",")]
    if importlib.util.find_spec("pymupdf") is None:
        names = [n for n in names if not n.startswith("pymupdf")]
    files = corpus(args.folder)
    pages = sum(len(pdfium.PdfDocument(f)) for f in files)
    print(f"corpus: {len(files)} files ({len(set(files))} distinct, from {args.folder}), "
          f"{pages} pages")
    results: dict[str, dict] = {}
    for _ in range(args.repeat):
        for name in names:
            proc = subprocess.run([sys.executable, __file__, "--child", name, *map(str, files)],
                                  capture_output=True, text=True, check=True)
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            best = results.get(name)
            results[name] = r if best is None or r["seconds"] < best["seconds"] else best
    rate = {name: pages / r["seconds"] for name, r in results.items()}
    for name, r in results.items():
        print(f"{LABELS[name]:<42} {rate[name]:8.1f} pages/s  {r['seconds']:7.2f} s  "
              f"peak RSS {r['peak_mb']:4.0f} MB ({r['warm_mb']:.0f} MB after imports and one "
              "file)")
    ratios = [f"zhibiao {z} / {o}: {rate[z] / rate[o]:.2f}x"
              for z in ("convert", "ingest", "ingest_no_ocr") for o in ("pdfplumber", "pypdfium2")
              if z in rate and o in rate]
    print("   ".join(ratios))


if __name__ == "__main__":
    main()
