"""Writing a file so that no reader ever sees half of it (temporary name, then rename)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path in the same folder as `path` for a writer that streams into a
    file of its own (a spreadsheet, Parquet); renamed onto `path` when the block ends
    without error, removed otherwise, so `path` is the old file or the whole new one."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(3)}.tmp")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and one rename;
    a writer killed half-way leaves the old file (and no temporary one once it returns)."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
