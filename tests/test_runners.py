"""Runners: a poisoned, a hanging and a crashing document among 50, on the process pool and
on a Dask local cluster; each is quarantined with its reason and the others are written."""

from __future__ import annotations

import logging
import os
import time

import pytest

from support import SAMPLES
from zhibiao import pipeline
from zhibiao.options import Options
from zhibiao.runners import default_workers, run_dask, run_pool, runner_for, with_ocr_share

SEED = (SAMPLES / "001_half_year_summary.txt").read_text(encoding="utf-8")


def corpus(tmp_path, n: int = 50) -> list[str]:
    """n reports varied from a seed, with three bad ones at known places (spread over the
    first 30 and the rest)."""
    paths = []
    bad = ({7: "poison", 23: "hang", 41: "crash"} if n > 41
           else {3: "poison", 11: "hang", 19: "crash"} if n > 19 else {})
    for i in range(n):
        name = bad.get(i, "report")
        path = tmp_path / f"{i:03d}_{name}.txt"
        path.write_text(SEED.replace("27起", f"{i + 2}起"), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def sabotaged(monkeypatch):
    """read_document that raises, hangs or kills its process for the bad documents; the
    workers are forked after this, so they run it too."""
    real = pipeline.read_document

    def read_document(source, data, content_type=None, **kwargs):
        if "poison" in source:
            raise RuntimeError("poisoned document")
        if "hang" in source:
            time.sleep(600)
        if "crash" in source:
            os._exit(9)
        return real(source, data, content_type, **kwargs)

    monkeypatch.setattr(pipeline, "read_document", read_document)


def check(results, sources, good: int = 47, hang_reason: str = "timeout"):
    assert [r.source for r in results] == sources  # every input, in input order
    bad = {r.source.rsplit("_", 1)[-1]: r.quarantine for r in results if not r.ok}
    assert set(bad) == {"poison.txt", "hang.txt", "crash.txt"}
    assert (bad["poison.txt"].reason, bad["poison.txt"].stage) == ("crash", "ingest")
    assert "poisoned document" in bad["poison.txt"].error
    assert (bad["hang.txt"].reason, bad["hang.txt"].stage) == (hang_reason, "run")
    assert (bad["crash.txt"].reason, bad["crash.txt"].stage) == ("worker_died", "run")
    written = [r for r in results if r.ok]
    assert len(written) == good
    counts = sorted(v.number for r in written for v in r.records.tables["values"]
                    if v.raw.endswith("起") and v.unit == "起" and v.char_start < 400
                    and v.number < 60)
    assert len(counts) >= good


@pytest.mark.slow
def test_process_pool_quarantines_poison_hang_and_crash(tmp_path, sabotaged):
    sources = corpus(tmp_path)
    start = time.monotonic()
    # generous: a fresh worker loads jieba on its first document (seconds on a busy machine)
    results = list(run_pool(sources, workers=2, timeout=10))
    check(results, sources)
    assert time.monotonic() - start < 300  # a hang guard: the sleeping document (600 s) was cut


@pytest.mark.slow
def test_process_pool_gives_up_a_task_its_pool_lost(tmp_path, sabotaged, monkeypatch):
    """pebble can lose a dead worker's task (its death seen before the task's
    acknowledgement is read): the task stays marked running for ever. Made to happen for
    every death here; the driver still ends each document, by what it saw."""
    from pebble.pool.process import PoolManager

    monkeypatch.setattr(PoolManager, "handle_worker_expiration", lambda self, expired: None)
    sources = corpus(tmp_path, 30)
    results = list(run_pool(sources, workers=2, timeout=5))
    # how a lost task's worker ended is lost with it: the hanging one reads as a death
    check(results, sources, good=27, hang_reason="worker_died")
    hang = next(r.quarantine for r in results if r.source.endswith("hang.txt"))
    assert "time budget" in hang.error


@pytest.mark.slow
def test_process_pool_replaces_a_broken_pool(tmp_path, sabotaged, monkeypatch):
    """When no task is known to run as a worker dies, pebble breaks the pool and aborts
    every pending task. Made to happen for every death here: the pool is replaced, each
    aborted document sent again, and only the hanging and the crashing ones are lost."""
    from concurrent.futures.process import BrokenProcessPool

    from pebble.pool.process import PoolManager

    def broken(self, expired):
        raise BrokenProcessPool("All workers expired")

    monkeypatch.setattr(PoolManager, "handle_worker_expiration", broken)
    sources = corpus(tmp_path, 30)
    results = list(run_pool(sources, workers=2, timeout=5))
    check(results, sources, good=27)


@pytest.mark.slow
def test_dask_local_cluster_quarantines_poison_hang_and_crash(tmp_path, sabotaged):
    import dask

    sources = corpus(tmp_path)
    # fork: the workers inherit the sabotaged reader. Dask retries a task whose worker died
    # (another task on that worker may have been the culprit), then reports it.
    # Logging is off meanwhile: a process forked while another thread of its parent holds
    # a logging stream's lock (the nanny's IO loop logs while it forks a worker) waits for
    # that lock for ever; seen once in a CI run, LocalCluster never came up.
    logging.disable(logging.CRITICAL)
    try:
        with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}):
            results = list(run_dask(sources, workers=2, timeout=10))
    finally:
        logging.disable(logging.NOTSET)
    check(results, sources)


def test_pool_results_equal_local_results(tmp_path):
    sources = corpus(tmp_path, 6)
    local = [r.records.tables["values"] for r in runner_for("local")(sources)]
    pooled = [r.records.tables["values"] for r in runner_for("pool", workers=2)(sources)]
    assert pooled == local


def test_pool_workers_share_the_cores_for_ocr_unless_told():
    cores = default_workers()
    assert with_ocr_share(Options(), 1).ocr_threads == cores
    assert with_ocr_share(Options(), cores).ocr_threads == 1
    assert with_ocr_share(Options(), 4 * cores).ocr_threads == 1  # never 0: that is "all"
    assert with_ocr_share(Options(ocr_threads=3), cores).ocr_threads == 3


def test_pool_workers_read_with_their_share_of_ocr_threads(tmp_path, monkeypatch):
    """The options a forked pool worker reads with carry its share of the cores."""
    seen = []
    real = pipeline.read_document

    def read_document(source, data, content_type=None, *, options):
        doc = real(source, data, content_type, options=options)
        doc.title = f"threads {options.ocr_threads}"
        return doc

    monkeypatch.setattr(pipeline, "read_document", read_document)  # forked workers inherit
    for result in run_pool(corpus(tmp_path, 2), workers=2):
        seen.append(result.records.document.title if result.records else None)
    assert seen == [f"threads {max(1, default_workers() // 2)}"] * 2


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        runner_for("spark")


@pytest.fixture
def slow_ocr(monkeypatch):
    """read_document that works 3 s: documents named *ocr* first ask for more time, as the
    PDF reader does for each page it sends to OCR; *silent* ones do not."""
    from zhibiao import limits

    real = pipeline.read_document

    def read_document(source, data, content_type=None, **kwargs):
        if "ocr" in source:
            limits.more_time(5)
        if "ocr" in source or "silent" in source:
            time.sleep(3)
        return real(source, data, content_type, **kwargs)

    monkeypatch.setattr(pipeline, "read_document", read_document)


@pytest.mark.slow
def test_pool_budget_grows_with_ocr_work_and_still_stops_the_rest(tmp_path, slow_ocr):
    sources = []
    for name in ("a_ocr", "b_silent", "c_plain"):
        path = tmp_path / f"{name}.txt"
        path.write_text(SEED, encoding="utf-8")
        sources.append(str(path))
    results = {r.source.rsplit("/", 1)[-1]: r for r in run_pool(sources, workers=2, timeout=1.5)}
    assert results["a_ocr.txt"].ok  # 3 s of work, 1.5 s + 5 s of budget
    assert results["c_plain.txt"].ok
    late = results["b_silent.txt"].quarantine
    assert (late.reason, late.stage) == ("timeout", "run")
    assert "over its time budget (1.5 s, plus 20 s per page sent to OCR)" in late.error


def test_a_budget_ends_only_its_own_document():
    """No budget in the driver or with --engine local; more_time then does nothing."""
    from zhibiao import limits

    limits.more_time(1)  # nothing armed: no alarm may start
    import signal

    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
