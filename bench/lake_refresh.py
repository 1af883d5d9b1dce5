"""Refreshing the Delta lake vs rewriting the plain Parquet dataset (issue 9), two ways.

**End to end** (real reports, real parse; the default first part). A corpus of DOCS
reports made from the text and web-page samples with their figures changed
(bench/make_corpus.py's `vary`), about 68 values each, so the default 15,000 give a lake
of over 10^6 value rows. Timed, all with the same process pool (--workers):

- `convert` of the whole corpus: the full rewrite of the plain Parquet dataset, which is
  what a plain-Parquet job must do on any change (it keeps no state to skip with);
- `refresh` into an empty lake, a no-op refresh, 1% of the reports changed (the newest
  1%, and 1% at random).

**Write side only** (synthesized rows; --skip-end-to-end runs only this). The same lake
sizes with rows made directly with the contract's Arrow schemas (DOCS × VALUES_PER_DOC
value rows, the other tables in the samples' proportions): the runner returns ready rows,
so this times the lake's own work (hashing or stat'ing inputs, Delta commits) against
writing the whole plain snapshot with the rows already in memory — a lower bound no real
job reaches, since its rows come from a parse. A random 1% is the worst case here:
delta-rs writes no deletion vectors, so copy-on-write rewrites every file holding a
changed document; `compact` runs before a last random 1%.

Inputs are left untouched for 2 s (untimed) before the first refresh, as real reports are
older than a refresh: a file changed within 2 s of being seen is hashed again next time
(ingest/fingerprint.py). Peak RSS is that of this process (the driver).

    .venv/bin/python bench/lake_refresh.py [--docs 15000] [--workers 2]
        [--write-docs 10000] [--values-per-doc 100] [--skip-end-to-end]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from make_corpus import html_encoding, vary, vary_html

from zhibiao import PARSER_VERSION, compact, convert, read_lake, refresh
from zhibiao.export.lake_refresh import DocRows
from zhibiao.ingest import doc_id_of
from zhibiao.runners import runner_for
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
    return doc_id_of(Path(source).read_bytes())


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


def _table(title: str, rows: dict[str, float], base_label: str, note: str = "") -> None:
    print(f"\n{title}")
    print(f"{'':38} {'seconds':>8} {'vs ' + base_label:>22}")
    base = rows[base_label]
    for label, seconds in rows.items():
        print(f"{label:38} {seconds:8.2f} {base / seconds:21.1f}×")
    if note:
        print(note)


# --------------------------------------------------------------------------- end to end


def end_to_end(docs: int, workers: int, work: Path) -> None:
    rng = random.Random(5)
    templates: list[tuple[str, str, str]] = []  # (suffix, encoding, content)
    for path in sorted(SAMPLES.glob("00*.txt")):
        templates.append((".txt", "utf-8", path.read_text(encoding="utf-8")))
    for path in sorted(SAMPLES.glob("00*.html")):
        data = path.read_bytes()
        templates.append((".html", html_encoding(data), data.decode(html_encoding(data))))
    corpus = work / "reports"
    corpus.mkdir()
    paths = []
    for i in range(docs):
        suffix, encoding, content = templates[i % len(templates)]
        path = corpus / f"r{i:06d}{suffix}"
        paths.append((path, encoding, content))
        _write_varied(path, encoding, content, rng)
    time.sleep(2.1)  # past the racy window: the reports exist before the first refresh
    runner = runner_for("pool", workers=workers)
    lake, plain = work / "lake_e2e", work / "plain_e2e"
    t: dict[str, float] = {}
    converted = timed("full rewrite: convert everything", lambda: convert([corpus], plain,
                                                                          runner=runner), t)
    full = timed("refresh, empty lake", lambda: refresh([corpus], lake, runner=runner), t)
    noop = timed("refresh, nothing changed", lambda: refresh([corpus], lake, runner=runner), t)
    assert noop.run_id is None
    changed = max(1, docs // 100)
    for path, encoding, content in paths[-changed:]:
        _write_varied(path, encoding, content, rng)
    newest = timed("refresh, 1% changed: newest", lambda: refresh([corpus], lake,
                                                                   runner=runner), t)
    for path, encoding, content in rng.sample(paths[:-changed], changed):
        _write_varied(path, encoding, content, rng)
    spread = timed("refresh, 1% changed: random", lambda: refresh([corpus], lake,
                                                                   runner=runner), t)
    for summary in (newest, spread):
        assert summary.processed == changed and summary.quarantined == 0, summary
    values = read_lake(lake, tables=["values"])["values"].num_rows
    if values < 1_000_000:
        print(f"note: {values:,} value rows, under the 10^6 of issue 9: raise --docs")
    plain_values = pq.ParquetFile(plain / "values.parquet").metadata.num_rows
    print(f"END TO END: {docs:,} reports (text and web pages made from the samples), "
          f"{workers} workers; lake of {values:,} value rows "
          f"({full.rows_written:,} rows in all tables), "
          f"convert wrote {plain_values:,} value rows")
    print(f"  convert {docs / t['full rewrite: convert everything']:.0f} documents/s, "
          f"refresh of an empty lake {docs / t['refresh, empty lake']:.0f} documents/s; "
          f"{len(converted.documents):,} documents converted")
    _table("seconds, wall clock", t, "full rewrite: convert everything",
           f"1% newest: {newest.rows_written:,} rows written, {newest.rows_deleted:,} "
           f"deleted, {newest.commits} commits; 1% random: {spread.rows_written:,} written, "
           f"{spread.rows_deleted:,} deleted")


def _write_varied(path: Path, encoding: str, content: str, rng: random.Random) -> None:
    """A sample with every figure changed, in the sample's own encoding."""
    varied = vary_html(content, rng) if path.suffix == ".html" else vary(content, rng)
    path.write_bytes(varied.encode(encoding))


# --------------------------------------------------------------------------- write side


def write_side(docs: int, values_per_doc: int, work: Path) -> None:
    synth = Synthesizer(values_per_doc)
    corpus, lake, plain = work / "corpus", work / "lake", work / "plain"
    corpus.mkdir()
    for i in range(docs):
        write_file(corpus / f"r{i:06d}.txt", 0)
    sources = sorted(str(p) for p in corpus.iterdir())
    snapshot: dict[str, list[pa.Table]] = {}
    for start in range(0, len(sources), 500):  # every row, synthesized once, untimed
        part = sources[start : start + 500]
        for name, table in synth.add(part, [doc_id(x) for x in part]).items():
            snapshot.setdefault(name, []).append(table)
    time.sleep(2.1)  # past the racy window (see the module doc)
    t: dict[str, float] = {}

    def run() -> object:
        return refresh([corpus], lake, runner=synth.runner)

    full = timed("refresh, empty lake", run, t)
    noop = timed("refresh, nothing changed", run, t)
    assert noop.run_id is None  # type: ignore[attr-defined]
    n_values = read_lake(lake, tables=["values"])["values"].num_rows
    timed("rewrite plain Parquet (rows in memory)", lambda: rewrite_plain(snapshot, plain), t)
    changed = max(1, docs // 100)
    newest = sources[-changed:]
    rng = random.Random(7)
    spread = rng.sample(sources[:-changed], changed)
    for path in newest:
        write_file(Path(path), 1)
    one = timed("refresh, 1% changed: newest", run, t)
    for path in spread:
        write_file(Path(path), 1)
    timed("refresh, 1% changed: random", run, t)
    timed("compact (optimize + vacuum)", lambda: compact(lake), t)
    for path in rng.sample(sources, changed):
        write_file(Path(path), 2)
    timed("refresh, 1% random, after compact", run, t)

    values = read_lake(lake, tables=["values"])["values"]
    assert values.num_rows == n_values
    assert pc.count_distinct(values["value_id"]).as_py() == n_values
    size = sum(f.stat().st_size for f in plain.iterdir())
    print(f"\nWRITE SIDE ONLY: lake of {n_values:,} synthesized value rows ({docs:,} "
          f"documents, {full.rows_written:,} rows in all tables; "  # type: ignore[attr-defined]
          f"{size / 1e6:.0f} MB as plain Parquet)")
    _table("seconds, wall clock", t, "rewrite plain Parquet (rows in memory)",
           f"1% newest: {one.rows_written:,} rows written, "  # type: ignore[attr-defined]
           f"{one.rows_deleted:,} deleted, in {one.commits} commits")  # type: ignore[attr-defined]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=15_000, help="reports, end to end")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--write-docs", type=int, default=10_000,
                        help="documents, write side only")
    parser.add_argument("--values-per-doc", type=int, default=100)
    parser.add_argument("--skip-end-to-end", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="zhibiao-bench-"))
    try:
        if not args.skip_end_to_end:
            (work / "e2e").mkdir()
            end_to_end(args.docs, args.workers, work / "e2e")
            print(f"peak RSS of this process (the driver) so far: {_peak_mb():.0f} MB")
        (work / "write").mkdir()
        write_side(args.write_docs, args.values_per_doc, work / "write")
        print(f"peak RSS of this process: {_peak_mb():.0f} MB (the write-side part holds "
              f"every synthesized row in memory twice)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
