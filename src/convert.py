"""One-shot conversion: every input through the pipeline, one Parquet file per table.

`convert(paths, out)` is what `zhibiao convert` and a Python caller run; it sits above
both the pipeline (which reads and parses one document) and the Parquet writer (export),
so neither of them needs the other.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from zhibiao.export.parquet import SnapshotWriter
from zhibiao.limits import Limits, fewer_collections, objects_set_aside
from zhibiao.options import Options
from zhibiao.pipeline import (
    DocumentSummary,
    Result,
    expand_inputs,
    rows_by_table,
    run_local,
    summarize,
)
from zhibiao.schema.models import TABLES


@dataclass(slots=True)
class ConvertSummary:
    out: Path
    documents: list[DocumentSummary]
    tables: dict[str, Path]

    @property
    def quarantined(self) -> int:
        return sum(1 for d in self.documents if d.status == "quarantined")



def convert(inputs: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *,
            list_files: Iterable[str | os.PathLike[str]] = (),
            url_files: Iterable[str | os.PathLike[str]] = (),
            on_start: Callable[[int], None] | None = None,
            on_result: Callable[[Result], None] | None = None,
            runner: Callable[[Iterable[str]], Iterator[Result]] | None = None,
            options: Options | None = None,
            limits: Limits | None = None,
            ocr: str | None = None,
            ) -> ConvertSummary:
    """Convert documents into one Parquet file per table under `out`.

    Every input ends up in `documents` or in `quarantine`. Tables are identical between
    two runs on the same inputs, except quarantine.at (the time of the failure).
    Documents are read with `options` (default: `Options.from_env()`, the defaults with
    the ZHIBIAO_* overrides); `limits` and `ocr` (auto | always | never), when given,
    replace theirs. `runner` runs the documents (runners.runner_for: a process pool,
    Dask); by default one after another in this process (a runner brings its own options:
    pass the same to runner_for). `on_start` is told how many documents the inputs hold.
    """
    options = Options.at_edge(options, limits=limits, ocr=ocr)
    sources = expand_inputs(inputs, list_files, url_files)
    if on_start is not None:
        on_start(len(sources))
    summaries = []
    # (the collector's threshold stays raised between documents too: at CPython's 700 it
    # ran again on every document's rows as the last one was written)
    with SnapshotWriter(out) as writer, objects_set_aside(), fewer_collections():
        run = runner or (lambda todo: run_local(todo, options))
        for result in run(sources):
            for table, rows in rows_by_table(result).items():
                writer.write(table, rows)
            summaries.append(summarize(result))
            if on_result is not None:
                on_result(result)
    return ConvertSummary(Path(out), summaries, {t: Path(out) / f"{t}.parquet" for t in TABLES})
