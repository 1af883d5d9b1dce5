"""Progress of a long run: a rich bar on a terminal, plain periodic lines elsewhere.

On a terminal: documents done of total, pages/s, quarantined so far and the ETA. When
output is not a terminal (CI, cron, a log file): one line every `LOG_EVERY` seconds and
a last line at the end, so logs stay readable.
"""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from zhibiao.pipeline import DocumentSummary

LOG_EVERY = 10.0


class RunProgress:
    """Counts documents as they are done and shows them; use as a context manager. Call
    it with each document's summary; `start(total)` sets the total when it is only known
    later (a refresh knows it after finding which inputs changed)."""

    def __init__(self, total: int, console: Console, *, enabled: bool = True,
                 verb: str = "converting") -> None:
        self.total = total
        self.console = console
        self.enabled = enabled
        self.verb = verb
        self.done = self.pages = self.quarantined = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._bar: Progress | None = None
        self._task = None

    def __enter__(self) -> RunProgress:
        if self.enabled and self.console.is_terminal:
            self._bar = Progress(
                TextColumn(f"[bold]{self.verb}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} pages/s · {task.fields[bad]} quarantined"),
                TimeRemainingColumn(), console=self.console, transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task("run", total=self.total, rate="0.0", bad=0)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)
        elif self.enabled and exc is None and (self.total or self.done):
            self._log()

    def start(self, total: int) -> None:
        """Set the number of documents to expect and restart the clock."""
        self.total = total
        self.started = self._last_log = time.monotonic()
        if self._bar is not None and self._task is not None:
            self._bar.reset(self._task, total=total)

    def _rate(self) -> float:
        return self.pages / max(time.monotonic() - self.started, 1e-9)

    def _log(self) -> None:
        self.console.print(f"{self.done}/{self.total} documents, {self.pages} pages "
                           f"({self._rate():.1f} pages/s), {self.quarantined} quarantined, "
                           f"{time.monotonic() - self.started:.0f} s", highlight=False)

    def __call__(self, summary: DocumentSummary | None) -> None:
        self.done += 1
        if summary is not None:
            self.pages += summary.pages
            self.quarantined += summary.status == "quarantined"
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=self.done, rate=f"{self._rate():.1f}",
                             bad=self.quarantined)
        elif self.enabled and time.monotonic() - self._last_log >= LOG_EVERY:
            self._last_log = time.monotonic()
            self._log()


class RowProgress:
    """Rows written by an export, shown as RunProgress shows documents: a bar on a
    terminal, a line every `LOG_EVERY` seconds elsewhere. `start(total)` then called with
    each batch's row count; use as a context manager."""

    def __init__(self, console: Console, *, enabled: bool = True,
                 verb: str = "exporting") -> None:
        self.console, self.enabled, self.verb = console, enabled, verb
        self.total = self.done = 0
        self.started = self._last_log = time.monotonic()
        self._bar: Progress | None = None
        self._task = None

    def __enter__(self) -> RowProgress:
        if self.enabled and self.console.is_terminal:
            self._bar = Progress(
                TextColumn(f"[bold]{self.verb}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("rows"), TimeRemainingColumn(), console=self.console,
                transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task("rows", total=None)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)

    def start(self, total: int) -> None:
        self.total = total
        self.started = self._last_log = time.monotonic()
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, total=total)

    def __call__(self, rows: int) -> None:
        self.done += rows
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=self.done)
        elif self.enabled and time.monotonic() - self._last_log >= LOG_EVERY:
            self._last_log = time.monotonic()
            self.console.print(f"{self.done:,}/{self.total:,} rows, "
                               f"{time.monotonic() - self.started:.0f} s", highlight=False)
