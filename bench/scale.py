"""Scale: documents/s and pages/s with 1 and 2 workers and on a Dask local cluster, the
scaling efficiency, peak memory of the driver and of a worker, and time to first result.

    .venv/bin/python bench/make_corpus.py /tmp/corpus -n 5000
    .venv/bin/python bench/scale.py /tmp/corpus [--sizes 500 5000]

Every configuration runs `zhibiao.convert` in a fresh Python process (so peak memory is
its own) over the first N documents of the corpus, writing Parquet to a temporary folder.
The reference is the same run with one worker, measured in the same invocation.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONFIGS = {"pool-1": ("pool", 1), "pool-2": ("pool", 2), "dask-2": ("dask", 2)}


def run_one(corpus: Path, limit: int, engine: str, workers: int) -> dict[str, float]:
    """One configuration, in this process; returns its figures."""
    from zhibiao.convert import convert
    from zhibiao.pipeline import expand_inputs
    from zhibiao.runners import runner_for

    sources = expand_inputs([corpus])[:limit]
    first: list[float] = []
    pages = 0
    start = time.monotonic()

    def on_result(result) -> None:
        nonlocal pages
        if not first:
            first.append(time.monotonic() - start)
        if result.records is not None:
            pages += result.records.document.pages or 1

    with tempfile.TemporaryDirectory() as out:
        convert(sources, out, on_result=on_result,
                runner=runner_for(engine, workers=workers, timeout=300))
    elapsed = time.monotonic() - start
    return {"docs": len(sources), "seconds": elapsed, "docs_s": len(sources) / elapsed,
            "pages_s": pages / elapsed, "first_s": first[0] if first else float("nan"),
            "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        engine, workers = CONFIGS[args.one]
        print(json.dumps(run_one(args.corpus, args.limit, engine, workers)))
        return
    print(f"{'config':10}{'docs':>7}{'docs/s':>9}{'pages/s':>9}{'first s':>9}"
          f"{'driver MB':>11}{'worker MB':>11}")
    for size in args.sizes:
        figures = {}
        for name in args.configs:
            out = subprocess.run([sys.executable, __file__, str(args.corpus), "--one", name,
                                  "--limit", str(size)], capture_output=True, text=True,
                                 check=True)
            figures[name] = f = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{name:10}{f['docs']:>7.0f}{f['docs_s']:>9.2f}{f['pages_s']:>9.1f}"
                  f"{f['first_s']:>9.2f}{f['driver_mb']:>11.0f}{f['worker_mb']:>11.0f}")
        if "pool-1" in figures and "pool-2" in figures:
            print(f"scaling efficiency at {size}: 2 workers / 1 worker = "
                  f"{figures['pool-2']['docs_s'] / figures['pool-1']['docs_s']:.2f} "
                  "(goal ≥ 1.8)")


if __name__ == "__main__":
    main()
