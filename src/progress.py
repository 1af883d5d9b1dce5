"""Progress of a long run: a rich bar on a terminal, plain periodic lines elsewhere.

On a terminal: documents done of total, pages/s, quarantined so far and the ETA. When
output is not a terminal (CI, cron, a log file): one line every `LOG_EVERY` seconds and
a last line at the end, so logs stay readable.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from zhibiao.pipeline import DocumentSummary

LOG_EVERY = 10.0


class _Ticker:
    """What RunProgress and RowProgress share: a rich bar on a terminal (the verb, a bar,
    done of total, the subclass's columns, the ETA), otherwise one `_log()` line every
    LOG_EVERY seconds."""

    def __init__(self, console: Console, *, enabled: bool, verb: str, total: int) -> None:
        self.console, self.enabled, self.verb, self.total = console, enabled, verb, total
        self.done = 0
        self.started = self._last_log = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def _columns(self) -> list[TextColumn]:
        raise NotImplementedError

    def _fields(self) -> dict[str, Any]:
        return {}

    def _log(self) -> None:
        raise NotImplementedError

    def _open_bar(self, total: int | None) -> None:
        if self.enabled and self.console.is_terminal:
            self._bar = Progress(
                TextColumn(f"[bold]{self.verb}"), BarColumn(), MofNCompleteColumn(),
                *self._columns(), TimeRemainingColumn(), console=self.console,
                transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task(self.verb, total=total, **self._fields())

    def _close_bar(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                   tb: TracebackType | None) -> bool:
        """Close the bar; whether there was one."""
        if self._bar is None:
            return False
        self._bar.__exit__(exc_type, exc, tb)
        return True

    def _tick(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=self.done, **self._fields())
        elif self.enabled and time.monotonic() - self._last_log >= LOG_EVERY:
            self._last_log = time.monotonic()
            self._log()


class RunProgress(_Ticker):
    """Counts documents as they are done and shows them; use as a context manager. Call
    it with each document's summary; `start(total)` sets the total when it is only known
    later (a refresh knows it after finding which inputs changed)."""

    def __init__(self, total: int, console: Console, *, enabled: bool = True,
                 verb: str = "converting") -> None:
        super().__init__(console, enabled=enabled, verb=verb, total=total)
        self.pages = self.quarantined = 0

    def _columns(self) -> list[TextColumn]:
        return [TextColumn("{task.fields[rate]} pages/s · {task.fields[bad]} quarantined")]

    def _fields(self) -> dict[str, Any]:
        return {"rate": f"{self._rate():.1f}", "bad": self.quarantined}

    def __enter__(self) -> RunProgress:
        self._open_bar(self.total)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self._close_bar(exc_type, exc, tb) and self.enabled and exc is None and (
                self.total or self.done):
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
        self._tick()


class RowProgress(_Ticker):
    """Rows written by an export, shown as RunProgress shows documents: a bar on a
    terminal, a line every `LOG_EVERY` seconds elsewhere. `start(total)` then called with
    each batch's row count; use as a context manager."""

    def __init__(self, console: Console, *, enabled: bool = True,
                 verb: str = "exporting") -> None:
        super().__init__(console, enabled=enabled, verb=verb, total=0)

    def _columns(self) -> list[TextColumn]:
        return [TextColumn("rows")]

    def __enter__(self) -> RowProgress:
        self._open_bar(None)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._close_bar(exc_type, exc, tb)

    def start(self, total: int) -> None:
        self.total = total
        self.started = self._last_log = time.monotonic()
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, total=total)

    def _log(self) -> None:
        self.console.print(f"{self.done:,}/{self.total:,} rows, "
                           f"{time.monotonic() - self.started:.0f} s", highlight=False)

    def __call__(self, rows: int) -> None:
        self.done += rows
        self._tick()
