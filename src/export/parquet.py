"""Snapshot Parquet files: one file per table, streamed in batches, renamed into place."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

from zhibiao.schema import SCHEMAS, TABLES
from zhibiao.schema.models import Row

BATCH_ROWS = 5_000


class SnapshotWriter:
    """Writes every table to `<out>/<table>.parquet`.

    Rows are buffered per table and flushed in batches, so memory does not grow with the
    corpus. Each file is written under a temporary name and renamed only when the whole
    run finished, so a reader never sees a half-written table; a failed run leaves the
    previous snapshot in place.
    """

    def __init__(self, out: str | os.PathLike[str]) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self._buffers: dict[str, list[dict]] = {name: [] for name in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._tmp = {name: self.out / f".{name}.parquet.tmp-{os.getpid()}" for name in TABLES}

    def __enter__(self) -> SnapshotWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write(self, table: str, rows: Iterable[Row]) -> None:
        buffer = self._buffers[table]
        buffer.extend(row.model_dump() for row in rows)
        if len(buffer) >= BATCH_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        buffer = self._buffers[table]
        if table not in self._writers:
            self._writers[table] = pq.ParquetWriter(self._tmp[table], SCHEMAS[table])
        if buffer:
            self._writers[table].write_table(pa.Table.from_pylist(buffer, schema=SCHEMAS[table]))
            buffer.clear()

    def close(self) -> dict[str, Path]:
        """Flush, then rename every table into place; returns the final paths."""
        written = {}
        for table in TABLES:
            self._flush(table)
            self._writers.pop(table).close()
            final = self.out / f"{table}.parquet"
            os.replace(self._tmp[table], final)
            written[table] = final
        return written

    def abort(self) -> None:
        for table, writer in self._writers.items():
            writer.close()
            self._tmp[table].unlink(missing_ok=True)
        self._writers.clear()
