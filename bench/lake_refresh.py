"""Refreshing the Delta lake vs rewriting the plain Parquet snapshot (issue 9).

Builds a corpus of DOCS small files and a lake of DOCS × VALUES_PER_DOC value rows (plus
indicators, targets, attainment and documents rows in the samples' proportions). Rows are
synthesized with the contract's Arrow schemas (a parse of 10^6 values would measure the
parser, not the lake): the runner that `refresh` calls returns ready Arrow rows for each
source, with doc_id = SHA-256 prefix of the file's bytes as in production. Prints:

- full refresh of an empty lake, no-op refresh (every file hashed, nothing written),
- 1% of the documents changed, two ways: the newest 1% (the daily case: reports revised
  soon after they appear) and 1% at random (worst case: copy-on-write rewrites every file
  that holds a changed document; delta-rs writes no deletion vectors),
- the same 1% refresh after `compact` (one large file per table),
- rewriting the whole plain Parquet snapshot (what `convert` does: all rows again),
- the parse cost these leave out, measured with `process` on generated text reports, and
  the end-to-end times it implies (labelled as estimates).

    .venv/bin/python bench/lake_refresh.py [--docs 10000] [--values-per-doc 100]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from zhibiao import PARSER_VERSION, process
from zhibiao.export.lake import DocRows, compact, read_lake, refresh
from zhibiao.schema import SCHEMAS, TABLES

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
#: Rows per document relative to values, as in the samples (about).
RATIOS = {"targets": 0.05, "indicators": 0.7, "attainment": 0.03}


def _template(name: str, rows: int) -> pa.Table:
    """`rows` plausible rows of a table with placeholder ids."""
    base = {
        "documents": {"doc_id": "0" * 16, "source": "", "media_type": "text/plain",
                      "title": "某市应急管理局2024年上半年工作总结", "issuer": "某市应急管理局",
                      "genre": "half_year_summary", "chars": 2400, "status": "ok",
                      "warnings": [], "parser_version": PARSER_VERSION, "text": "全市" * 1200},
        "targets": {"target_id": "t", "doc_id": "0" * 16, "name": "安全生产",
                    "section": "一、主要目标", "text": "生产安全事故死亡人数控制在30人以内",
                    "char_start": 10, "char_end": 30},
        "indicators": {"indicator_id": "i", "doc_id": "0" * 16, "target_id": "t",
                       "name": "生产安全事故死亡人数", "text": "死亡30人，同比下降66.7%",
                       "section": "一、主要目标", "char_start": 40, "char_end": 52},
        "values": {"value_id": "v", "doc_id": "0" * 16, "indicator_id": "i", "role": "actual",
                   "raw": "死亡30人", "number": 30.0, "unit": "人", "comparator": "=",
                   "change": "down", "change_basis": "同比", "section": "一、主要目标",
                   "char_start": 40, "char_end": 46},
        "attainment": {"doc_id": "0" * 16, "indicator_id": "i", "target_value_id": "v1",
                       "actual_value_id": "v2", "status": "met", "gap": 0.5},
    }[name]
    return pa.Table.from_pylist([base] * rows, schema=SCHEMAS[name])


#: Text columns filled with slices of the samples' text (so Parquet cannot squeeze
#: identical strings away) and their lengths.
TEXT_COLUMNS = {"documents": {"text": 3000, "title": 20},
                "targets": {"name": 8, "text": 40},
                "indicators": {"name": 10, "text": 30},
                "values": {"raw": 8, "section": 12}}


class Synthesizer:
    """Arrow rows for documents, vectorized per chunk of sources."""

    def __init__(self, values_per_doc: int) -> None:
        self.per_doc = {"documents": 1, "values": values_per_doc,
                        **{n: max(1, round(values_per_doc * r)) for n, r in RATIOS.items()}}
        self.templates = {n: _template(n, k) for n, k in self.per_doc.items()}
        self.rng = np.random.default_rng(9)
        self.cache: dict[str, tuple[str, dict[str, pa.Table]]] = {}
        self.text = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))

    def _slices(self, count: int, length: int) -> pa.Array:
        starts = self.rng.integers(0, len(self.text) - length, count)
        return pa.array([self.text[i : i + length] for i in starts.tolist()], pa.string())

    def tables(self, doc_ids: list[str], sources: list[str]) -> dict[str, pa.Table]:
        out = {}
        for name, per in self.per_doc.items():
            table = pa.concat_tables([self.templates[name]] * len(doc_ids)).combine_chunks()
            ids = np.repeat(np.array(doc_ids, dtype=object), per)
            table = table.set_column(table.schema.get_field_index("doc_id"), "doc_id",
                                     pa.array(ids, pa.string()))
            key = {"targets": "target_id", "indicators": "indicator_id",
                   "values": "value_id"}.get(name)
            if key:
                serial = np.tile(np.arange(per).astype(str).astype(object), len(doc_ids))
                table = table.set_column(table.schema.get_field_index(key), key,
                                         pa.array(ids + "-" + serial, pa.string()))
            if name == "values":
                numbers = self.rng.uniform(0, 1000, table.num_rows).round(1)
                table = table.set_column(table.schema.get_field_index("number"), "number",
                                         pa.array(numbers))
            for column, length in TEXT_COLUMNS.get(name, {}).items():
                table = table.set_column(table.schema.get_field_index(column), column,
                                         self._slices(table.num_rows, length))
            if name == "documents":
                table = table.set_column(table.schema.get_field_index("source"), "source",
                                         pa.array(sources, pa.string()))
            out[name] = table.cast(SCHEMAS[name])
        return out

    def runner(self, sources: Iterable[str], chunk: int = 500) -> Iterator[DocRows]:
        """What `refresh` calls instead of parsing: each source's rows, from `cache`
        when it holds that very version, else synthesized now."""
        sources = list(sources)
        for start in range(0, len(sources), chunk):
            part = sources[start : start + chunk]
            ids = [doc_id(s) for s in part]
            fresh = [(s, d) for s, d in zip(part, ids, strict=True)
                     if self.cache.get(s, (None,))[0] != d]
            if fresh:
                self.add([s for s, _ in fresh], [d for _, d in fresh])
            for source, did in zip(part, ids, strict=True):
                yield DocRows(source, did, True, self.cache[source][1])

    def add(self, sources: list[str], ids: list[str]) -> dict[str, pa.Table]:
        """Synthesize the rows of these sources and remember them, sliced per source."""
        tables = self.tables(ids, sources)
        offsets = dict.fromkeys(tables, 0)
        for source, did in zip(sources, ids, strict=True):
            rows = {}
            for name, table in tables.items():
                per = self.per_doc[name]
                rows[name] = table.slice(offsets[name], per)
                offsets[name] += per
            self.cache[source] = (did, rows)
        return tables


def doc_id(source: str) -> str:
    return hashlib.sha256(Path(source).read_bytes()).hexdigest()[:16]


def write_file(path: Path, version: int) -> None:
    path.write_text(f"report {path.stem} version {version}\n", encoding="utf-8")


def timed(label: str, fn, results: dict[str, float]):
    start = time.perf_counter()
    value = fn()
    results[label] = time.perf_counter() - start
    return value


def rewrite_plain(tables: dict[str, list[pa.Table]], out: Path) -> int:
    """What a plain-Parquet job does on any change: every file written again (temporary
    names, then renamed, like `convert`). The rows are ready in memory, as they are for
    the lake above: both sides are timed without parsing."""
    out.mkdir(parents=True, exist_ok=True)
    rows = 0
    for name in TABLES:
        with pq.ParquetWriter(out / f".{name}.tmp", SCHEMAS[name]) as writer:
            for table in tables.get(name, []):
                writer.write_table(table)
                rows += table.num_rows
        os.replace(out / f".{name}.tmp", out / f"{name}.parquet")
    return rows


def parse_seconds_per_doc(folder: Path, count: int = 40) -> float:
    """Median `process` time of small text reports cut from the samples."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    times = []
    rng = random.Random(1)
    for i in range(count):
        path = folder / f"parse_{i}.txt"
        path.write_text(texts[i % len(texts)] + f"\n本期完成{rng.randint(1, 999)}项。\n",
                        encoding="utf-8")
        start = time.perf_counter()
        process(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--values-per-doc", type=int, default=100)
    args = parser.parse_args()
    synth = Synthesizer(args.values_per_doc)
    work = Path(tempfile.mkdtemp(prefix="zhibiao-bench-"))
    try:
        corpus, lake, plain = work / "corpus", work / "lake", work / "plain"
        corpus.mkdir()
        for i in range(args.docs):
            write_file(corpus / f"r{i:06d}.txt", 0)
        sources = sorted(str(p) for p in corpus.iterdir())
        snapshot: dict[str, list[pa.Table]] = {}
        for start in range(0, len(sources), 500):  # every row, synthesized once, untimed
            part = sources[start : start + 500]
            for name, table in synth.add(part, [doc_id(x) for x in part]).items():
                snapshot.setdefault(name, []).append(table)
        t: dict[str, float] = {}

        def run() -> object:
            return refresh([corpus], lake, runner=synth.runner)

        full = timed("full refresh (empty lake)", run, t)
        noop = timed("no-op refresh", run, t)
        assert noop.run_id is None  # type: ignore[attr-defined]
        n_values = read_lake(lake, tables=["values"])["values"].num_rows
        rewritten = timed("rewrite plain Parquet snapshot",
                          lambda: rewrite_plain(snapshot, plain), t)

        changed = max(1, args.docs // 100)
        newest = sources[-changed:]
        rng = random.Random(7)
        spread = rng.sample(sources[:-changed], changed)
        for path in newest:
            write_file(Path(path), 1)
        one = timed("1% changed: newest docs", run, t)
        for path in spread:
            write_file(Path(path), 1)
        timed("1% changed: random docs", run, t)
        timed("compact (optimize + vacuum)", lambda: compact(lake), t)
        for path in rng.sample(sources, changed):
            write_file(Path(path), 2)
        timed("1% changed: random, after compact", run, t)

        values = read_lake(lake, tables=["values"])["values"]
        assert values.num_rows == n_values
        assert pc.count_distinct(values["value_id"]).as_py() == n_values

        per_doc = parse_seconds_per_doc(work)
        full_files = sum(f.stat().st_size for f in plain.iterdir())
        print(f"lake of {n_values:,} value rows ({args.docs:,} documents, "
              f"{full.rows_written:,} rows in all tables; "  # type: ignore[attr-defined]
              f"{rewritten:,} rows / {full_files / 1e6:.0f} MB as plain Parquet)")
        print(f"{'':36} {'seconds':>8} {'vs rewrite':>11}")
        base = t["rewrite plain Parquet snapshot"]
        for label, seconds in t.items():
            print(f"{label:36} {seconds:8.2f} {base / seconds:10.1f}×")
        print(f"1% refresh wrote {one.rows_written:,} rows, "  # type: ignore[attr-defined]
              f"deleted {one.rows_deleted:,}, in {one.commits} commits")  # type: ignore[attr-defined]
        print(f"\nparse cost left out above: {per_doc * 1000:.1f} ms per document (median "
              f"`process` of a sample-sized text report). Estimated end to end:")
        full_e2e = base + per_doc * args.docs
        for label in ("1% changed: newest docs", "1% changed: random docs"):
            e2e = t[label] + per_doc * changed
            print(f"  {label:34} {e2e:8.1f} s vs full re-convert {full_e2e:8.1f} s: "
                  f"{full_e2e / e2e:5.1f}×")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
