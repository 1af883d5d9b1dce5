"""Main-content extraction on the HTML samples: zhibiao's own rules vs trafilatura.

Prints, per sample page: recall and precision of the report text (share of the text
seed's 6-grams found in the output, and of the output's 6-grams found in the seed), how
many pieces of site chrome leaked, headings kept, whether sample 000's table keeps merged
cells, and the time per page. trafilatura is optional (`pip install trafilatura`);
without it only our figures are printed.

    .venv/bin/python bench/html_extract.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from zhibiao.ingest import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAGES = ["000_progress_quarterly", "001_half_year_summary", "002_annual_work_plan"]
SEED_CHROME = ("首页", ">", "发布日期", "当前位置", "时间:", "推荐访问")
CHROME = ["当前位置", "分享到", "打印本页", "关闭窗口", "浏览次数", "访问次数", "主办单位",
          "联系电话", "ICP备", "网站标识码", "版权所有", "相关信息", "推荐访问", "上一篇",
          "信息公开指南", "机构概况"]
N = 6


def grams(text: str) -> set[str]:
    squashed = re.sub(r"\s|\|", "", text)
    return {squashed[i : i + N] for i in range(len(squashed) - N + 1)}


def seed_body(name: str) -> str:
    seed = read_document(f"{name}.txt", (SAMPLES / f"{name}.txt").read_bytes())
    return "\n".join(line for line in seed.text.split("\n") if not line.startswith(SEED_CHROME))


def ours(data: bytes, name: str) -> tuple[str, int, str]:
    doc = read_document(f"{name}.html", data)
    headings = sum(1 for b in doc.blocks if b.kind == "heading")
    tables = [b for b in doc.blocks if b.kind == "table"]
    merged = any(c.row_span > 1 or c.col_span > 1 for t in tables for r in t.rows for c in r)
    grid = f"{len(tables)} grid, merged cells kept" if merged else f"{len(tables)} tables"
    return doc.text, headings, grid


def theirs(data: bytes) -> tuple[str, int, str]:
    import trafilatura  # optional, only for this comparison

    text = trafilatura.extract(data, include_tables=True) or ""
    xml = trafilatura.extract(data, include_tables=True, output_format="xml") or ""
    spans = re.search(r"<cell[^>]*(rowspan|colspan)", xml) is not None
    tables = xml.count("<table")
    grid = f"{tables} tables"
    if tables:
        grid += f", spans {'kept' if spans else 'lost (padded with empty cells)'}"
    return text, xml.count("<head"), grid


def main() -> None:
    extractors = {"zhibiao": ours}
    try:
        import trafilatura  # noqa: F401

        extractors["trafilatura"] = lambda data, name: theirs(data)
    except ImportError:
        print("trafilatura not installed: showing zhibiao only (pip install trafilatura)")
    print(f"{'page':24} {'extractor':12} {'recall':>7} {'precis.':>7} {'chrome':>6} "
          f"{'heads':>5} {'ms':>5}  tables")
    for name in PAGES:
        data = (SAMPLES / f"{name}.html").read_bytes()
        truth = grams(seed_body(name))
        for label, extract in extractors.items():
            start = time.perf_counter()
            for _ in range(5):
                text, headings, grid = extract(data, name)
            ms = (time.perf_counter() - start) / 5 * 1000
            got = grams(text)
            recall = len(truth & got) / len(truth)
            precision = len(truth & got) / len(got) if got else 0.0
            leaked = sum(1 for word in CHROME if word in text)
            print(f"{name:24} {label:12} {recall:7.1%} {precision:7.1%} {leaked:6d} "
                  f"{headings:5d} {ms:5.1f}  {grid}")


if __name__ == "__main__":
    main()
