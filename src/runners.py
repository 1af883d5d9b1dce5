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
  workers replaced when they die), watched for the tasks pebble can lose when a worker
  dies (`_WatchedPool`).
- `run_dask`: a Dask cluster (`distributed`, the optional `dask` extra), or a local one
  when no scheduler address is given. A task that kills its worker is retried by Dask and
  then reported as a dead worker; a task past the timeout is given up and its worker
  restarted (a thread cannot be killed).
"""

from __future__ import annotations

import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
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


#: Seconds between the looks a driver takes at the document it waits for (cheap: a dict scan).
WATCH_SECONDS = 2.0


class _WatchedPool:
    """pebble's process pool, watched for the two ways it can lose a task when a worker
    dies right after taking one (its death seen before its acknowledgement is read; pebble
    issue #153 is the same race): the task is then marked running on a worker that is
    already gone and never ends (an orphan), or, when no other task was running, every
    pending task is aborted with BrokenProcessPool. An orphan is given up once seen twice
    `WATCH_SECONDS` apart; a broken pool is replaced and each aborted document sent again
    once, as is one still waiting in the replaced pool's queue. Both looks read pebble's
    task and worker tables (internal; the version is pinned in the lock)."""

    def __init__(self, make: Callable[[], Any], task: Callable[[str], tuple[Any, ...]],
                 backstop: float | None) -> None:
        self.make, self.task, self.backstop = make, task, backstop
        self.pool = make()

    def submit(self, source: str) -> tuple[Any, Any]:
        """Schedule `source`; the pool it went to travels with its future."""
        try:
            future = self.pool.schedule(process_in_worker, self.task(source),
                                        timeout=self.backstop)
        except RuntimeError:  # the pool broke since the last submission
            self.renew()
            future = self.pool.schedule(process_in_worker, self.task(source),
                                        timeout=self.backstop)
        return self.pool, future

    def renew(self) -> None:
        """Replace a broken pool by a new one."""
        self.pool.stop()
        self.pool.join()
        self.pool = self.make()

    def close(self) -> None:
        """Stop the pool: every result was taken (or the caller stopped taking them), and
        a given-up orphan would keep a closing pool waiting for ever."""
        self.pool.stop()
        self.pool.join()

    def result(self, source: str, job: tuple[Any, Any],
               on_lost: Callable[[float | None], pipeline.Result]) -> pipeline.Result:
        """The document's result, waiting as long as its worker lives; `on_lost` gives the
        row of a document lost twice, from the seconds it ran, or orphaned (how long it ran
        is not known: it may have waited its turn after it ended). A document sent again
        is waited for before the next is sent, so it runs beside no other and a second
        break is its own."""
        pool, future = job
        sent_at: float | None = None  # when it was sent again
        lost_before = False
        while True:
            if sent_at is None and pool is not self.pool and not future.done():
                pool, future = self.submit(source)  # stranded in a replaced pool's queue
                sent_at = time.monotonic()
            try:
                return future.result(timeout=WATCH_SECONDS)
            except BrokenProcessPool:
                if sent_at is not None:
                    return on_lost(time.monotonic() - sent_at)
                if pool is self.pool:
                    self.renew()
                pool, future = self.submit(source)
                sent_at = time.monotonic()
            except FutureTimeout:
                if future.done():
                    raise  # the task's own timeout: the caller reports it
                orphaned = _orphaned(pool, future)
                if orphaned and lost_before:
                    return on_lost(None)
                lost_before = orphaned


def _orphaned(pool: Any, future: Any) -> bool:
    """Whether the task of `future` is marked running on a worker no longer in the pool."""
    try:
        manager = pool._pool_manager
        tasks = _snapshot(manager.task_manager.tasks)
        workers = manager.worker_manager.workers
    except AttributeError:  # pragma: no cover - another pebble: no watch
        return False
    return any(task.future is future and task.worker_id and task.worker_id not in workers
               for task in tasks)


def _snapshot(table: dict[Any, Any]) -> tuple[Any, ...]:
    """The values of a dict another thread may be changing."""
    while True:
        try:
            return tuple(table.values())
        except RuntimeError:  # changed size while read
            continue


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

    def died(source: str, how: str) -> pipeline.Result:
        return gave_up(source, "worker_died", f"ProcessExpired: the worker died ({how}: a "
                                              f"crash or out of memory{cap})")

    def lost(source: str, ran: float | None) -> pipeline.Result:
        if ran is None:
            return died(source, "the pool lost its exit code; if it ran past its time "
                                "budget, that ended it")
        if timeout is not None and ran >= timeout:
            return gave_up(source, "timeout", over_budget)
        return died(source, "twice, the second time alone")

    def collect(source: str, job: Any) -> pipeline.Result:
        try:
            return watched.result(source, job, lambda ran: lost(source, ran))
        except FutureTimeout:
            return gave_up(source, "timeout", over_budget)
        except ProcessExpired as exc:
            if exc.exitcode == -signal.SIGALRM:
                return gave_up(source, "timeout", over_budget)
            return died(source, f"exit code {exc.exitcode}")

    warm_up()  # forked workers inherit the loaded dictionary
    watched = _WatchedPool(
        lambda: ProcessPool(max_workers=workers, initializer=_start_worker,
                            initargs=(limits.max_memory_bytes,)),
        lambda source: (source, options, timeout), backstop)
    try:
        yield from _in_order(sources, watched.submit, collect, workers * WINDOW_PER_WORKER)
    finally:
        watched.close()


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
