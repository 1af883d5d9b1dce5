"""Snapshot Parquet files: one file per table, streamed in batches, swapped into place."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import secrets
import shutil
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

from zhibiao.schema import SCHEMAS, TABLES
from zhibiao.schema.models import TableRow

BATCH_ROWS = 5_000
#: Characters of text a table may buffer before it is written: documents carry their whole
#: text, so 5,000 of them would hold hundreds of MB; this keeps the driver's memory flat.
BATCH_CHARS = 8_000_000
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE); False where the
    system or file system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(a))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap_into_place(tmp: Path, out: Path) -> None:
    """Make the finished folder `tmp` become `out` in one step: readers see the old
    folder or the new one, never a mix. Plain files in an existing `out` that are not
    tables (a report page, notes) are carried over by hard link (or copy).

    An `out` that is a symlink, the working directory, or holds sub-folders is a folder
    of the user's, not ours to swap: there each table file is renamed into place on its
    own (each file atomic, the set not)."""
    if not out.exists() and not out.is_symlink():
        os.rename(tmp, out)
        return
    if not out.is_dir():
        raise NotADirectoryError(f"{out} exists and is not a folder")
    ours = {f"{name}.parquet" for name in TABLES}
    foreign = [e for e in out.iterdir() if e.name not in ours]
    if (out.is_symlink() or out.resolve() == Path.cwd().resolve()
            or any(e.is_dir() and not e.is_symlink() for e in foreign)):
        for entry in sorted(tmp.iterdir()):
            os.replace(entry, out / entry.name)
        tmp.rmdir()
        return
    for entry in foreign:
        _link_or_copy(entry, tmp / entry.name)
    if _exchange(tmp, out):
        shutil.rmtree(tmp)  # now holds the previous snapshot
        return
    # No atomic exchange here: two renames, with a moment in which `out` is missing
    # (never half-written); the previous snapshot is in `old` until the second rename.
    old = out.with_name(f".{out.name}.old-{os.getpid()}-{secrets.token_hex(3)}")
    os.rename(out, old)
    os.rename(tmp, out)
    shutil.rmtree(old)


def _link_or_copy(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    if os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def remove_stale_temporaries(out: Path) -> None:
    """Temporary folders that a killed run left next to `out`."""
    for entry in out.parent.glob(f".{out.name}.tmp-*"):
        pid = entry.name.removeprefix(f".{out.name}.tmp-").split("-")[0]
        if pid.isdigit() and not _pid_alive(int(pid)) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


class SnapshotWriter:
    """Writes every table to `<out>/<table>.parquet`, all of them at once.

    Rows are buffered per table and flushed in batches, so memory does not grow with the
    corpus. The files are written into a temporary folder next to `out`, which replaces
    `out` only when the whole run finished (an atomic swap where Linux offers one), so a
    reader never sees a half-written table or tables of two runs; a failed or killed run
    leaves the previous snapshot in place.
    """

    def __init__(self, out: str | os.PathLike[str]) -> None:
        self.out = Path(out).absolute()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.out)
        self.tmp_dir = self.out.with_name(
            f".{self.out.name}.tmp-{os.getpid()}-{secrets.token_hex(3)}")
        self.tmp_dir.mkdir()
        self._buffers: dict[str, list[dict]] = {name: [] for name in TABLES}
        self._bytes: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._tmp = {name: self.tmp_dir / f"{name}.parquet" for name in TABLES}

    def __enter__(self) -> SnapshotWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write(self, table: str, rows: Iterable[TableRow]) -> None:
        buffer = self._buffers[table]
        for row in rows:
            dumped = row.model_dump()
            buffer.append(dumped)
            self._bytes[table] += sum(len(v) for v in dumped.values() if isinstance(v, str))
        if len(buffer) >= BATCH_ROWS or self._bytes[table] >= BATCH_CHARS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        buffer = self._buffers[table]
        if table not in self._writers:
            self._writers[table] = pq.ParquetWriter(self._tmp[table], SCHEMAS[table])
        if buffer:
            self._writers[table].write_table(pa.Table.from_pylist(buffer, schema=SCHEMAS[table]))
            buffer.clear()
        self._bytes[table] = 0

    def close(self) -> dict[str, Path]:
        """Flush, then swap the finished folder into place; returns the final paths."""
        for table in TABLES:
            self._flush(table)
            self._writers.pop(table).close()
        for path in self._tmp.values():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        swap_into_place(self.tmp_dir, self.out)
        return {table: self.out / f"{table}.parquet" for table in TABLES}

    def abort(self) -> None:
        for writer in self._writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        self._writers.clear()
        shutil.rmtree(self.tmp_dir, ignore_errors=True)
