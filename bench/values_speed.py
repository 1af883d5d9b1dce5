"""Throughput of the value grammar on the five seeds concatenated (issue 4: ≥ 1 MB/s).

Prints, from one run on this machine: characters per second and MB/s (UTF-8 bytes) of
`find_values`, next to a reference measured in the same run, a bare regex that only
finds the numbers (no units, cues, periods or masks): the floor any grammar pays.

    .venv/bin/python bench/values_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import time
import tracemalloc
from pathlib import Path

from zhibiao.ingest import read_document
from zhibiao.parse.values import find_values

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BARE_NUMBERS = re.compile(r"\d+(?:\.\d+)?")


def corpus() -> list[tuple[str, int | None]]:
    """The normalized text and year of each text seed, split into its lines (the unit the
    parsers hand to the grammar: a paragraph or a table cell)."""
    pieces = []
    for path in sorted(SAMPLES.glob("00[0-4]_*.txt")):
        doc = read_document(str(path), path.read_bytes())
        pieces.extend((line, doc.year) for line in doc.text.split("\n") if line.strip())
    return pieces


def best_of(repeat: int, run) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs; the best is reported")
    args = parser.parse_args()
    pieces = corpus()
    chars = sum(len(text) for text, _ in pieces)
    mb = sum(len(text.encode("utf-8")) for text, _ in pieces) / 1e6
    found = sum(len(find_values(text, year=year)) for text, year in pieces)

    grammar = best_of(args.repeat, lambda: [find_values(t, year=y) for t, y in pieces])
    reference = best_of(args.repeat, lambda: [BARE_NUMBERS.findall(t) for t, _ in pieces])
    tracemalloc.start()
    for text, year in pieces:
        find_values(text, year=year)
    peak = tracemalloc.get_traced_memory()[1] / 1e3
    tracemalloc.stop()

    print(f"corpus: 5 seeds, {len(pieces)} lines, {chars:,} characters, {mb:.3f} MB UTF-8, "
          f"{found} values")
    print(f"{'':24}{'chars/s':>14}{'MB/s':>10}")
    print(f"{'find_values':24}{chars / grammar:>14,.0f}{mb / grammar:>10.2f}")
    print(f"{'bare number regex':24}{chars / reference:>14,.0f}{mb / reference:>10.2f}")
    print(f"grammar / reference: {reference / grammar:.3f} of the regex's speed; "
          f"target ≥ 1 MB/s: {'met' if mb / grammar >= 1 else 'NOT met'}; "
          f"peak memory while parsing: {peak:.0f} kB")


if __name__ == "__main__":
    main()
