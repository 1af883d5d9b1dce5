"""Limits on one document, so that no input can exhaust a run: size, pages, characters,
inflated PDF streams, and the memory of a pool worker.

A document over a limit is quarantined with a reason naming the limit (`errors.py`:
too_large, too_many_pages, too_long, decompression_bomb, too_many_cells, and too_deep for
pages past libxml2's nesting limit; out_of_memory or worker_died past the memory cap).
Fixed limits guard the table code (MAX_TABLE_CELLS here, MAX_RULE_CROSSINGS in
ingest/pdf_tables.py). The per-document timeout is the
runners' (`runners.DEFAULT_TIMEOUT`, `--timeout`), since only a runner can stop a
document that hangs. The memory cap is set in pool workers only (`resource.RLIMIT_AS`):
never in the driver, so `--engine local` and the tests run without it.

Time is a budget a pool worker keeps itself (`start_budget`): an interval timer whose
SIGALRM, left to its default action, ends the worker even inside native code, and the
runner reports that as a timeout. The budget grows with the work found: each page sent to
OCR adds `OCR_SECONDS_PER_PAGE` (`more_time`), so a long scan is not cut at `--timeout`
while a hang anywhere still is.
"""

from __future__ import annotations

import gc
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from zhibiao.errors import TooLong, TooManyCells

MB = 1024 * 1024


@dataclass(frozen=True)  # no slots: frozen slotted dataclasses do not unpickle on 3.10
class Limits:
    """What one document may use; every limit is checked before the work it bounds."""

    #: Bytes of one input file (checked with stat, before reading) or fetched page.
    max_file_bytes: int = 200 * MB
    #: Pages of one PDF (checked once the page tree is read, before any page is).
    max_pages: int = 2_000
    #: Characters of one document: the decoded text or page, the text a PDF gives.
    max_chars: int = 20_000_000
    #: Bytes one compressed PDF stream may inflate to (a decompression bomb is refused
    #: before pdfium decodes it, which it would do in memory).
    max_inflated_bytes: int = 512 * MB
    #: Memory a pool worker may take for its documents: its address space is capped
    #: (`RLIMIT_AS`) at what it had mapped when it started plus this (None: no cap).
    #: Allocation past it fails in the worker; the document is quarantined and the run
    #: goes on. Relative, because a forked worker starts with its parent's mappings
    #: (about 1 GB with pdfium, pyarrow and jieba loaded; more under pytest).
    max_memory_bytes: int | None = 4096 * MB

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_pages", "max_chars", "max_inflated_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.max_memory_bytes is not None and self.max_memory_bytes < 256 * MB:
            raise ValueError("max_memory_bytes must be at least 256 MB (or None: no cap)")

    @classmethod
    def from_options(cls, *, max_file_mb: float | None = None, max_pages: int | None = None,
                     max_chars: int | None = None, max_inflated_mb: float | None = None,
                     max_memory_mb: float | None = None) -> Limits:
        """Limits from CLI-style options (megabytes); None keeps a default, a memory cap
        of 0 turns the cap off."""
        base = cls()
        memory = base.max_memory_bytes
        if max_memory_mb is not None:
            memory = int(max_memory_mb * MB) or None
        return cls(
            max_file_bytes=int(max_file_mb * MB) if max_file_mb is not None
            else base.max_file_bytes,
            max_pages=max_pages if max_pages is not None else base.max_pages,
            max_chars=max_chars if max_chars is not None else base.max_chars,
            max_inflated_bytes=int(max_inflated_mb * MB) if max_inflated_mb is not None
            else base.max_inflated_bytes,
            max_memory_bytes=memory,
        )


#: Slots of one table grid (rows × columns): far past any report's table, and small enough
#: that spreading merged cells over the grid stays quick (`errors.TooManyCells`).
MAX_TABLE_CELLS = 250_000

#: The limits used when none are given.
DEFAULT_LIMITS = Limits()


def megabytes(n: int) -> str:
    """A byte count as the limits print it: 200 MB, 0.5 MB."""
    return f"{n / MB:g} MB"


def _mapped_bytes() -> int | None:
    """This process's address space now (Linux /proc), or None where unknown."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    import resource

    return pages * resource.getpagesize()


def cap_memory(max_bytes: int | None) -> None:
    """Cap this process's address space at what it maps now plus `max_bytes` (a pool
    worker's initializer). Only lowers the cap: a stricter one set from outside is kept."""
    if max_bytes is None:
        return
    import resource

    cap = (_mapped_bytes() or 0) + max_bytes
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft == resource.RLIM_INFINITY or cap < soft:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


#: Seconds added to a document's budget for each page it sends to OCR (measured ~3 s a
#: page on a quiet core, up to 15 s on a loaded machine).
OCR_SECONDS_PER_PAGE = 20.0

_budget_ends: float | None = None  # monotonic time this worker's document must end by


def start_budget(seconds: float | None) -> None:
    """Give the document this worker starts `seconds` (None: no budget, and any running
    one is stopped). Past it, SIGALRM ends the process."""
    global _budget_ends
    if seconds is None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _budget_ends = None
        return
    _budget_ends = time.monotonic() + seconds
    signal.setitimer(signal.ITIMER_REAL, seconds)


def more_time(seconds: float) -> None:
    """Add `seconds` to the running document's budget; nothing when none runs (the
    driver, `--engine local`, Dask)."""
    global _budget_ends
    if _budget_ends is None:
        return
    _budget_ends += seconds
    signal.setitimer(signal.ITIMER_REAL, max(_budget_ends - time.monotonic(), 0.001))


def check_table(rows: int, columns: int | None = None, *, slots: int | None = None) -> None:
    """Raise TooManyCells when a rows × columns grid, or the `slots` a table's merged
    cells cover, is over MAX_TABLE_CELLS."""
    if slots is not None and slots > MAX_TABLE_CELLS:
        raise TooManyCells(f"the merged cells of a table of {rows:,} rows cover {slots:,} "
                           f"slots, over the limit of {MAX_TABLE_CELLS:,} cells")
    if columns is not None and rows * columns > MAX_TABLE_CELLS:
        raise TooManyCells(f"a table of {rows:,} rows × {columns:,} columns is over the "
                           f"limit of {MAX_TABLE_CELLS:,} cells")


def check_chars(chars: int, limits: Limits, what: str = "the document") -> None:
    """Raise TooLong when `chars` is over the character limit."""
    if chars > limits.max_chars:
        raise TooLong(f"{what} has {chars:,} characters or more, over the limit of "
                      f"{limits.max_chars:,} (--max-chars)")


#: The garbage collector's first threshold while a document is read and parsed (CPython's is
#: 700 allocations): reading a PDF makes hundreds of thousands of small objects (glyphs,
#: boxes) that reference counting frees anyway, and at 700 the collector ran about 1,000
#: times on shared/real-pdfs (357 pages), a seventh of convert's time, mostly full passes
#: over everything loaded. At 10,000 the young collections still took 0.14 s a run there
#: (a document's glyphs, boxes and lines live until it is done, so each pass walks them
#: again); at 100,000, 0.05 to 0.09 s (one pass, in the middle of the largest document,
#: over all it has made so far); at 300,000 that pass does not come and the one left took
#: 0.015 to 0.02 s. Peak memory is the same (307 MB).
GC_THRESHOLD = 300_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The collector's first threshold at least GC_THRESHOLD (unless it is off), then back."""
    old = gc.get_threshold()
    if old[0]:
        gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


@contextmanager
def objects_set_aside() -> Iterator[None]:
    """The objects that exist now (modules loaded, the caller's) left out of the
    collector's passes until the block ends, then handed back (gc.freeze, gc.unfreeze):
    they are no garbage of the run, and a full pass over them took 60 ms of a convert of
    shared/real-pdfs. Nothing stays frozen: what becomes garbage meanwhile is collected
    after."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
