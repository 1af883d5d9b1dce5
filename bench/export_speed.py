"""Export time and peak memory of `zhibiao export` for 10^6 values (issue 21).

Builds a synthetic convert output of DOCS × VALUES_PER_DOC value rows (default 10,000 ×
100 = 10^6) with the contract's Arrow schemas, the other tables in the samples'
proportions (bench/lake_refresh.py's Synthesizer, with the ids linked: every value has an
indicator, every indicator a target, 3 % of the values a target ↔ actual attainment row),
then exports its facts view to each format in a fresh process and prints:

- seconds, wall clock, of `zhibiao.export_facts` (xlsx: the facts plus a sheet per table,
  so about 2.8 × 10^6 rows in all; csv and parquet: the facts);
- peak RSS of that process, and how much of it the export added over the process after
  its imports; Arrow's own peak allocation;
- for comparison, `zhibiao.facts(out)`: the whole view as one pandas DataFrame.

Figures only, nothing asserted. Progress of the build is printed; the output folder is
deleted at the end unless --keep.

    .venv/bin/python bench/export_speed.py [--docs 10000] [--values-per-doc 100]
        [--formats csv,xlsx,parquet,facts] [--keep]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from lake_refresh import Synthesizer

from zhibiao.schema import SCHEMAS, TABLES

CHUNK_DOCS = 500


def _set(table: pa.Table, column: str, values: np.ndarray) -> pa.Table:
    index = table.schema.get_field_index(column)
    field = table.schema.field(column)
    return table.set_column(index, field, pa.array(values, field.type))


def _link(tables: dict[str, pa.Table], doc_ids: list[str],
          per_doc: dict[str, int]) -> dict[str, pa.Table]:
    """The Synthesizer's rows with their ids pointing at each other, as a parse makes
    them: values → indicators → targets, and attainment pairing a target value with the
    actual after it."""
    docs = np.array(doc_ids, dtype=object)

    def serial(name: str) -> tuple[np.ndarray, np.ndarray]:
        per = per_doc[name]
        return np.repeat(docs, per), np.tile(np.arange(per), len(docs))

    ids, k = serial("values")
    values = _set(tables["values"], "indicator_id",
                  ids + "-" + (k % per_doc["indicators"]).astype(str).astype(object))
    values = _set(values, "role", np.where(k % 2 == 0, "target", "actual").astype(object))
    ids, k = serial("indicators")
    indicators = _set(tables["indicators"], "target_id",
                      ids + "-" + (k % per_doc["targets"]).astype(str).astype(object))
    ids, k = serial("attainment")
    attainment = _set(tables["attainment"], "target_value_id",
                      ids + "-" + (2 * k).astype(str).astype(object))
    attainment = _set(attainment, "actual_value_id",
                      ids + "-" + (2 * k + 1).astype(str).astype(object))
    return {**tables, "values": values, "indicators": indicators, "attainment": attainment}


def build(out: Path, docs: int, values_per_doc: int) -> dict[str, int]:
    """A convert output folder of synthesized rows; rows per table."""
    synth = Synthesizer(values_per_doc)
    out.mkdir(parents=True)
    writers = {name: pq.ParquetWriter(out / f"{name}.parquet", SCHEMAS[name]) for name in TABLES}
    rows = dict.fromkeys(TABLES, 0)
    try:
        for start in range(0, docs, CHUNK_DOCS):
            count = min(CHUNK_DOCS, docs - start)
            doc_ids = [f"{i:016x}" for i in range(start, start + count)]
            sources = [f"reports/r{i:06d}.txt" for i in range(start, start + count)]
            tables = _link(synth.tables(doc_ids, sources), doc_ids, synth.per_doc)
            for name, table in tables.items():
                writers[name].write_table(table)
                rows[name] += table.num_rows
    finally:
        for writer in writers.values():
            writer.close()
    return rows


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(kind: str, out: Path, dest: Path) -> None:
    """In a fresh process: one export (or facts()), timed, with its memory."""
    import zhibiao

    zhibiao.facts  # noqa: B018 - imported and ready before the baseline is taken
    import pandas  # noqa: F401
    import xlsxwriter  # noqa: F401

    baseline = _rss_mb()
    start = time.perf_counter()
    if kind == "facts":
        frame = zhibiao.facts(out)
        rows, size = len(frame), int(frame.memory_usage(deep=True).sum())
    else:
        summary = zhibiao.export_facts(out, dest)
        rows, size = summary.facts, summary.bytes
    seconds = time.perf_counter() - start
    print(json.dumps({"kind": kind, "seconds": seconds, "rows": rows, "bytes": size,
                      "peak_mb": _rss_mb(), "baseline_mb": baseline,
                      "arrow_peak_mb": pa.default_memory_pool().max_memory() / 2**20}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--values-per-doc", type=int, default=100)
    parser.add_argument("--formats", default="csv,xlsx,parquet,facts")
    parser.add_argument("--keep", action="store_true", help="keep the output folder")
    parser.add_argument("--one", nargs=3, metavar=("KIND", "OUT", "DEST"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, out, dest = args.one
        one(kind, Path(out), Path(dest))
        return
    work = Path(tempfile.mkdtemp(prefix="zhibiao-export-bench-"))
    try:
        out = work / "out"
        start = time.perf_counter()
        rows = build(out, args.docs, args.values_per_doc)
        size = sum(p.stat().st_size for p in out.iterdir())
        print(f"synthetic output: {rows['values']:,} values, {rows['indicators']:,} indicators, "
              f"{rows['targets']:,} targets, {rows['attainment']:,} attainment rows, "
              f"{rows['documents']:,} documents ({size / 1e6:.0f} MB of Parquet, built in "
              f"{time.perf_counter() - start:.0f} s)", flush=True)
        print(f"\n{'':16} {'seconds':>8} {'rows/s':>10} {'MB':>7} {'peak RSS':>9} "
              f"{'added':>7} {'Arrow peak':>10}")
        for kind in args.formats.split(","):
            dest = work / f"facts.{kind}"
            done = subprocess.run([sys.executable, __file__, "--one", kind, str(out),
                                   str(dest)], check=True, capture_output=True, text=True)
            r = json.loads(done.stdout.strip().splitlines()[-1])
            label = "facts() pandas" if kind == "facts" else f"export {kind}"
            print(f"{label:16} {r['seconds']:8.1f} {r['rows'] / r['seconds']:10,.0f} "
                  f"{r['bytes'] / 1e6:7.0f} {r['peak_mb']:7.0f}MB "
                  f"{r['peak_mb'] - r['baseline_mb']:5.0f}MB {r['arrow_peak_mb']:8.0f}MB",
                  flush=True)
        print("\nrows/s: facts rows (the values) per second, though xlsx also writes every "
              "table; MB: the file (facts(): the DataFrame); peak RSS of the exporting "
              "process, added: over the process after its imports")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
