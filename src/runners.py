"""Runners: many documents through `pipeline.process`, in this process, a process pool or
a Dask cluster, with results streamed back in input order.

Every runner calls the one `process(source)` function and yields one Result per source,
in the order given, so the writers stay simple and two runs write identical tables. The
run's `Options` travel with every document (pickled to pool and Dask workers), so a
worker reads exactly as the driver was told to. A
document whose work outlives `timeout` seconds, or whose worker dies (a segfault in a
native library, the out-of-memory killer), becomes a quarantine row with stage `run`;
the run goes on. Only a bounded window of documents is in flight, so memory does not
grow with the corpus.

- `pipeline.run_local`: one after another in this process (no timeout or isolation).
- `run_pool`: a local process pool (pebble: per-task timeouts that kill the worker, and
  workers replaced when they die).
- `run_dask`: a Dask cluster (`distributed`, the optional `dask` extra), or a local one
  when no scheduler address is given. A task that kills its worker is retried by Dask and
  then reported as a dead worker; a task past the timeout is given up and its worker
  restarted (a thread cannot be killed).
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from typing import Any

from zhibiao import pipeline
from zhibiao.limits import OCR_SECONDS_PER_PAGE, Limits, cap_memory, megabytes, start_budget
from zhibiao.options import DEFAULT_OPTIONS, Options
from zhibiao.parse import warm_up

#: Seconds one document may take before it is given up.
DEFAULT_TIMEOUT = 120.0
#: Documents in flight per worker: results are yielded in input order, so a long document
#: at the head holds back the others' results; a deep window keeps the other workers busy
#: meanwhile (measured: 4 per worker left one of two workers idle behind 80-page PDFs).
WINDOW_PER_WORKER = 16

Runner = Callable[[Iterable[str]], Iterator["pipeline.Result"]]


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def with_ocr_share(options: Options, workers: int) -> Options:
    """`options` with OCR's threads set to this machine's cores shared among `workers`
    processes, unless the user chose a number: OCR by default takes every core, and a
    pool of one worker per core each OCR'ing on all of them oversubscribes the CPU."""
    if options.ocr_threads:
        return options
    return replace(options, ocr_threads=max(1, default_workers() // max(1, workers)))


def gave_up(source: str, reason: str, message: str) -> pipeline.Result:
    """The quarantine row of a document the runner could not finish."""
    return pipeline.quarantined(source, None, "run", reason, message)


def process_in_worker(source: str, options: Options = DEFAULT_OPTIONS,
                      budget: float | None = None) -> pipeline.Result:
    """What a worker runs; `process` is looked up when it runs, not when it is sent. With
    a `budget` (pool workers), the worker keeps its own time (limits.start_budget)."""
    if budget is None:
        return pipeline.process(source, options=options)
    start_budget(budget)
    try:
        return pipeline.process(source, options=options)
    finally:
        start_budget(None)  # an idle worker must not be ended by a late alarm


def _start_worker(max_memory_bytes: int | None) -> None:
    """A pool worker's set-up: its memory cap, and SIGALRM back to its default action (the
    process ends), whatever handler the parent had, so the time budget always stops it."""
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    cap_memory(max_memory_bytes)


def _in_order(sources: Iterable[str], submit: Callable[[str], Any],
              collect: Callable[[str, Any], pipeline.Result],
              window: int) -> Iterator[pipeline.Result]:
    pending: deque[tuple[str, Any]] = deque()
    remaining = iter(sources)
    while True:
        while len(pending) < window:
            source = next(remaining, None)
            if source is None:
                break
            pending.append((source, submit(source)))
        if not pending:
            return
        source, future = pending.popleft()
        yield collect(source, future)


def run_pool(sources: Iterable[str], *, workers: int | None = None,
             timeout: float | None = DEFAULT_TIMEOUT,
             options: Options = DEFAULT_OPTIONS) -> Iterator[pipeline.Result]:
    """Documents on a local process pool; results in input order. Each worker may map
    `limits.max_memory_bytes` beyond what it had mapped when it started, and keeps each
    document to `timeout` seconds plus limits.OCR_SECONDS_PER_PAGE per page it OCRs; the
    pool's own timeout is only a backstop, past the longest budget a document can get."""
    from pebble import ProcessExpired, ProcessPool

    limits = options.limits
    workers = workers or default_workers()
    options = with_ocr_share(options, workers)
    backstop = None if timeout is None else timeout + limits.max_pages * OCR_SECONDS_PER_PAGE
    over_budget = (f"TimeoutError: over its time budget ({timeout:g} s, plus "
                   f"{OCR_SECONDS_PER_PAGE:g} s per page sent to OCR); the worker was stopped"
                   if timeout is not None else "")
    cap = (f"; workers may take {megabytes(limits.max_memory_bytes)}, --max-memory-mb"
           if limits.max_memory_bytes else "")

    def collect(source: str, future: Any) -> pipeline.Result:
        try:
            return future.result()
        except FutureTimeout:
            return gave_up(source, "timeout", over_budget)
        except ProcessExpired as exc:
            if exc.exitcode == -signal.SIGALRM:
                return gave_up(source, "timeout", over_budget)
            return gave_up(source, "worker_died", f"ProcessExpired: the worker died "
                                                  f"(exit code {exc.exitcode}: a crash or "
                                                  f"out of memory{cap})")

    warm_up()  # forked workers inherit the loaded dictionary
    with ProcessPool(max_workers=workers, initializer=_start_worker,
                     initargs=(limits.max_memory_bytes,)) as pool:
        yield from _in_order(
            sources, lambda s: pool.schedule(process_in_worker, (s, options, timeout),
                                             timeout=backstop),
            collect, workers * WINDOW_PER_WORKER)


def run_dask(sources: Iterable[str], *, scheduler: str | None = None,
             workers: int | None = None,
             timeout: float | None = DEFAULT_TIMEOUT,
             options: Options = DEFAULT_OPTIONS) -> Iterator[pipeline.Result]:
    """Documents on a Dask cluster (`scheduler` address), or a local cluster of `workers`
    processes; results in input order. Inputs must be readable by the workers (a shared
    file system, or URLs). The document limits apply; worker memory is Dask's own to
    manage (its workers' memory_limit), not capped here."""
    try:
        from distributed import Client, LocalCluster
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise RuntimeError("the dask engine needs the optional extra: "
                           "pip install 'zhibiao[dask]'") from exc

    if scheduler:
        client = Client(scheduler)
    else:
        workers = workers or default_workers()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
        options = with_ocr_share(options, workers)  # a remote cluster's cores are not ours
    window = WINDOW_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))

    def collect(source: str, future: Any, *, second_chance: bool = True) -> pipeline.Result:
        try:
            return future.result(timeout=timeout)
        except KilledWorker:
            if second_chance:
                # Dask blames every task that was on a worker when it died; an innocent
                # neighbour of a crashing document gets one more run of its own.
                retry = client.submit(process_in_worker, source, options, pure=False)
                return collect(source, retry, second_chance=False)
            return gave_up(source, "worker_died", "KilledWorker: the workers running it "
                                                  "died (a crash or out of memory)")
        except TimeoutError:
            # A thread cannot be killed: restart the worker running it, so the documents
            # queued behind it run elsewhere instead of timing out in turn.
            stuck = [worker for worker, keys in client.processing().items()
                     if future.key in keys]
            future.cancel()
            if stuck:
                client.restart_workers(stuck, raise_for_error=False)
            return gave_up(source, "timeout", f"TimeoutError: no result after {timeout:g} s; "
                                              "its worker was restarted")
        except FutureCancelledError as exc:
            return gave_up(source, "worker_died", f"{type(exc).__name__}: the worker running "
                                                  "it died (a crash or out of memory)")

    try:
        yield from _in_order(
            sources, lambda s: client.submit(process_in_worker, s, options, pure=False,
                                             retries=0),
            collect, window)
    finally:
        client.close()
        if not scheduler:
            cluster.close()


def runner_for(engine: str = "pool", *, workers: int | None = None,
               timeout: float | None = DEFAULT_TIMEOUT,
               scheduler: str | None = None, limits: Limits | None = None,
               options: Options = DEFAULT_OPTIONS) -> Runner:
    """The runner `convert` and `refresh` use for `engine` (local, pool or dask), reading
    documents with `options`; `limits`, when given, replace its limits."""
    if limits is not None:
        options = replace(options, limits=limits)
    if engine == "local":
        return lambda sources: pipeline.run_local(sources, options)
    if engine == "pool":
        return lambda sources: run_pool(sources, workers=workers, timeout=timeout,
                                        options=options)
    if engine == "dask":
        return lambda sources: run_dask(sources, scheduler=scheduler, workers=workers,
                                        timeout=timeout, options=options)
    raise ValueError(f"unknown engine {engine!r}: local, pool or dask")
