"""The Delta lake: its tables, lock, recovery and consistent reads (`read_lake`).

Refreshing is in lake_refresh.py; compact and migrate in lake_upkeep.py. How the three keep
the lake consistent is told here, once.

Layout of a lake folder::

    <lake>/documents/ targets/ indicators/ values/ attainment/ quarantine/   Delta tables
    <lake>/runs/                                                             Delta table
    <lake>/.zhibiao.lock                                                     writer lock
    <lake>/.zhibiao.inputs.parquet                       inputs' stat → doc_id (a cache)

How a refresh keeps the lake consistent
---------------------------------------
* **One writer at a time.** A refresh (and `compact`) holds an exclusive POSIX record
  lock (`fcntl.lockf`) on `<lake>/.zhibiao.lock`; a second one waits for it (or gives up
  after `lock_timeout`). The kernel drops the lock when its holder dies, even by
  `kill -9`; unlike `flock`, worker processes forked by the runner do not inherit it, so
  a worker outliving a killed refresh cannot keep the lake locked. There is no retry on
  commit conflicts: under the lock there are none; a foreign writer's conflicting commit
  raises `CommitFailedError`, the refresh stops, and the next refresh recovers.
* **Incremental.** Every input's doc_id (first 16 hex of SHA-256 of its bytes) is known:
  hashed, or remembered from the last refresh when the file's stat has not changed
  (ingest/fingerprint.py; the memo is `<lake>/.zhibiao.inputs.parquet`, a cache that may
  be deleted at any time; `rehash=True` ignores it).
  A source whose documents row has the same doc_id and parser_version is skipped without
  being parsed. Quarantined sources are re-processed every run (they are few, and a fixed
  parser may now read them) but rewritten only when the outcome changed.
* **Batches and commit order.** Changed documents are written in batches. Per batch, each
  table gets at most one transaction for the replacement, in this order:
    1. documents: new rows appended (a re-parse of the same bytes replaces the row in the
       same transaction), so a document row exists before any of its values;
    2. targets, indicators, values, attainment: rows of the changed doc_ids deleted and the
       new rows appended in *one* transaction per table (`write_deltalake(mode="overwrite",
       predicate="doc_id IN (…)")`, Delta's replaceWhere);
    3. documents: rows of the replaced/removed versions deleted (their values are gone);
    4. quarantine: rows of the batch's sources replaced;
    5. runs: one row recording the version of every table (`status="checkpoint"`).
  So a reader of the latest versions never sees values without their document.
* **Consistent reads.** The last row of a run has `status="complete"`. `read_lake(lake)`
  reads every table at the versions of the last complete run (Delta time travel), so what
  it returns is one consistent snapshot even while a refresh is writing.
* **Crash safety.** A refresh killed at any point leaves at most some commits after the
  last runs row. The next writer first restores every table to the versions of the last
  runs row (`DeltaTable.restore`, a new commit; nothing is lost from the log), then goes
  on: work up to the last checkpoint is kept, the rest is redone.
* **Schema.** Each table stores `zhibiao.schema_version` in its table properties; a lake
  written by another schema version is refused with `LakeSchemaError` (no silent
  overwrite); `migrate` is the explicit step that conforms its tables to this version
  and marks every document for re-parsing by the next refresh. Each commit's commitInfo
  carries `zhibiao.parser_version` and the run id; documents rows carry their
  parser_version, and runs rows the run's.
* **No partitioning.** A lake of this kind is small (10^6 value rows are about 100 MB of
  Parquet), so a query reads a few large files with column pruning. Partitioning values
  by report year would cut every batch into one small file per year and table, and the
  year is not a clean key (`published` is often null; values carry their own periods,
  many reports span years). `compact` rewrites the small files that batches leave into
  large ones and vacuums old ones.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from deltalake import CommitProperties, DeltaTable, write_deltalake

from zhibiao.schema import SCHEMA_VERSION, SCHEMAS, TABLES

#: Tables whose rows belong to one document (keyed by doc_id), in commit order.
CHILD_TABLES = ("targets", "indicators", "values", "attainment")
LAKE_TABLES = (*TABLES, "runs")
LOCK_NAME = ".zhibiao.lock"
FINGERPRINTS_NAME = ".zhibiao.inputs.parquet"
SCHEMA_KEY = "zhibiao.schema_version"
RUNS_SCHEMA = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("seq", pa.int64(), nullable=False),
        pa.field("status", pa.string(), nullable=False),  # checkpoint/complete/compact/migrate
        pa.field("started", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("finished", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("engine", pa.string(), nullable=False),
        pa.field("parser_version", pa.string(), nullable=False),
        pa.field("schema_version", pa.string(), nullable=False),
        pa.field("inputs", pa.int64(), nullable=False),
        pa.field("processed", pa.int64(), nullable=False),
        pa.field("skipped", pa.int64(), nullable=False),
        pa.field("pruned", pa.int64(), nullable=False),
        pa.field("quarantined", pa.int64(), nullable=False),
        pa.field("rows_written", pa.int64(), nullable=False),
        pa.field("rows_deleted", pa.int64(), nullable=False),
        *(pa.field(f"version_{name}", pa.int64(), nullable=False) for name in TABLES),
    ],
    metadata={"zhibiao.table": "Run", SCHEMA_KEY: SCHEMA_VERSION},
)
ALL_SCHEMAS: dict[str, pa.Schema] = {**SCHEMAS, "runs": RUNS_SCHEMA}


class LakeError(Exception):
    """Base of the lake's errors."""


class LakeSchemaError(LakeError):
    """The lake was written with another schema version: migrate it explicitly."""


class LakeBusyError(LakeError):
    """Another refresh or compact holds the lake's lock."""


class LakeEmptyError(LakeError):
    """No run has completed in this lake yet (or the asked run does not exist)."""


# --------------------------------------------------------------------------- helpers


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def new_run_id(started: datetime) -> str:
    return f"{started:%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}"


def plain_schema(schema: pa.Schema) -> list[tuple[str, str, bool]]:
    """Names, types and nullability, ignoring metadata and list item names."""
    out = []
    for f in schema:
        kind = f.type
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            kind = pa.list_(kind.value_type)
        out.append((f.name, str(kind), f.nullable))
    return out


_THREAD_LOCKS: dict[Path, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


@contextmanager
def lake_lock(lake: str | os.PathLike[str], timeout: float | None = None) -> Iterator[None]:
    """Hold the lake's writer lock (waits; `timeout` seconds, then LakeBusyError).

    Between processes: a POSIX record lock on `<lake>/.zhibiao.lock` (released by the
    kernel when the holder dies; not inherited by forked workers). POSIX locks belong to
    a process, so threads of one process are kept apart by a lock of their own first."""
    root = Path(lake)
    root.mkdir(parents=True, exist_ok=True)
    path = root / LOCK_NAME
    with _THREAD_LOCKS_GUARD:
        local = _THREAD_LOCKS.setdefault(root.resolve(), threading.Lock())
    deadline = None if timeout is None else time.monotonic() + timeout
    if not local.acquire(timeout=-1 if timeout is None else timeout):
        raise LakeBusyError(f"{lake} is locked by another refresh or compact in this process")
    try:
        with open(path, "a+") as handle:
            while True:
                try:
                    fcntl.lockf(handle, fcntl.LOCK_EX | (fcntl.LOCK_NB if deadline else 0))
                    break
                except (BlockingIOError, PermissionError):
                    if deadline is not None and time.monotonic() >= deadline:
                        raise LakeBusyError(f"{lake} is locked by another refresh or compact "
                                            f"({path})") from None
                    time.sleep(0.1)
            try:
                handle.seek(0)
                handle.truncate()
                handle.write(f"{os.getpid()}\n")
                handle.flush()
                yield
            finally:
                fcntl.lockf(handle, fcntl.LOCK_UN)
    finally:
        local.release()


# --------------------------------------------------------------------------- the lake


class Lake:
    """A lake folder's Delta tables. Writing methods expect the caller to hold the lock."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        #: Latest-version tables, opened once (each open reads the log) and kept current
        #: by our own commits, which update a DeltaTable in place.
        self._open: dict[str, DeltaTable] = {}

    def path(self, table: str) -> Path:
        return self.root / table

    @property
    def fingerprints_path(self) -> Path:
        return self.root / FINGERPRINTS_NAME

    def exists(self) -> bool:
        return DeltaTable.is_deltatable(str(self.path("runs")))

    def require(self) -> None:
        """Raise LakeEmptyError unless this folder holds a zhibiao lake."""
        if not self.exists():
            raise LakeEmptyError(f"{self.root} is not a zhibiao lake (no runs table)")

    def table(self, name: str, version: int | None = None) -> DeltaTable:
        if version is not None:
            return DeltaTable(str(self.path(name)), version=version)
        if name not in self._open:
            self._open[name] = DeltaTable(str(self.path(name)))
        return self._open[name]

    # -- schema ---------------------------------------------------------------------

    def check_schema(self) -> None:
        """Raise LakeSchemaError unless every existing table has this schema version."""
        for name in LAKE_TABLES:
            if not DeltaTable.is_deltatable(str(self.path(name))):
                continue
            dt = self.table(name)
            found = dt.metadata().configuration.get(SCHEMA_KEY)
            if found != SCHEMA_VERSION:
                raise LakeSchemaError(
                    f"{self.path(name)} has schema version {found!r}, this zhibiao writes "
                    f"{SCHEMA_VERSION!r}: migrate it explicitly (`zhibiao migrate --lake "
                    f"{self.root}`) or refresh into a new lake folder; it is never "
                    f"overwritten silently")
            actual = plain_schema(pa.schema(dt.schema().to_arrow()))
            if actual != plain_schema(ALL_SCHEMAS[name]):
                raise LakeSchemaError(
                    f"{self.path(name)} columns differ from schema version {SCHEMA_VERSION}: "
                    f"{actual} != {plain_schema(ALL_SCHEMAS[name])}")

    def create_missing(self) -> None:
        for name in LAKE_TABLES:
            if not DeltaTable.is_deltatable(str(self.path(name))):
                DeltaTable.create(str(self.path(name)), ALL_SCHEMAS[name], mode="ignore",
                                  name=name, configuration={SCHEMA_KEY: SCHEMA_VERSION},
                                  raise_if_key_not_exists=False)

    # -- runs -------------------------------------------------------------------------

    def runs(self, version: int | None = None) -> pa.Table:
        if not DeltaTable.is_deltatable(str(self.path("runs"))):
            return RUNS_SCHEMA.empty_table()
        table = self.table("runs", version).to_pyarrow_table().cast(RUNS_SCHEMA)
        return table.sort_by([("finished", "ascending"), ("seq", "ascending")])

    def last_run_row(self, *, complete: bool = False,
                     run_id: str | None = None) -> dict[str, Any] | None:
        """The newest runs row (of `run_id`, or with a complete snapshot)."""
        rows = self.runs().to_pylist()
        if run_id is not None:
            rows = [r for r in rows if r["run_id"] == run_id]
        if complete:
            rows = [r for r in rows if r["status"] in ("complete", "compact", "migrate")]
        return _newest(rows)

    def versions(self) -> dict[str, int]:
        return {name: self.table(name).version() for name in TABLES}

    def last_versions(self) -> dict[str, int]:
        """Table versions recorded by the newest runs row ({} before any run). Read without
        casting to this version's runs schema, so that a lake written by another schema
        version can be recovered before it is migrated."""
        if not DeltaTable.is_deltatable(str(self.path("runs"))):
            return {}
        last = _newest(self.table("runs").to_pyarrow_table().to_pylist())
        if last is None:
            return {}
        return {name: last[f"version_{name}"] for name in TABLES if f"version_{name}" in last}

    def recover(self) -> bool:
        """Restore every table to the versions of the last runs row (undoing a crashed
        writer's commits after its last checkpoint). True when something was undone."""
        versions = self.last_versions()
        undone = False
        for name in TABLES:
            if not DeltaTable.is_deltatable(str(self.path(name))):
                continue
            dt = self.table(name)
            target = versions.get(name, 0)
            if dt.version() > target:
                dt.restore(target, commit_properties=CommitProperties(
                    custom_metadata={"zhibiao.operation": "recover"}))
                undone = True
        return undone

    def write_run(self, row: dict[str, Any]) -> dict[str, int]:
        """Append a runs row that records every table's version now (the snapshot it
        names); returns those versions."""
        versions = self.versions()
        row = {**row, **{f"version_{name}": v for name, v in versions.items()}}
        write_deltalake(self.table("runs"), pa.Table.from_pylist([row], schema=RUNS_SCHEMA),
                        mode="append")
        return versions


def _newest(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest of some runs rows (by finish time, then sequence), or None."""
    return max(rows, key=lambda r: (r["finished"], r["seq"]), default=None)


# --------------------------------------------------------------------------- reading


def _snapshot_row(lake: Lake, run_id: str | None) -> dict[str, Any]:
    """The runs row whose versions make the snapshot asked for (see read_lake)."""
    lake.require()
    lake.check_schema()
    row = lake.last_run_row(complete=run_id is None, run_id=run_id)
    if row is None:
        raise LakeEmptyError(f"{lake.root}: " + (f"no run {run_id!r}" if run_id else
                                                 "no refresh has completed yet"))
    return row


def lake_versions(lake: str | os.PathLike[str], run_id: str | None = None) -> dict[str, int]:
    """The Delta version of every table in the snapshot `read_lake` would return, for
    reading it with another engine without loading it here (`pl.scan_delta(path,
    version=...)`, `DeltaTable(path, version=...)`)."""
    row = _snapshot_row(Lake(lake), run_id)
    return {name: row[f"version_{name}"] for name in TABLES}


def read_lake(lake: str | os.PathLike[str], run_id: str | None = None, *,
              tables: Iterable[str] | None = None,
              as_pandas: bool = False) -> dict[str, Any]:
    """Every table of the lake at the versions of one run: the last complete run, or the
    last checkpoint of `run_id`. Arrow tables with the contract's schemas (pandas
    DataFrames with `as_pandas`), plus `runs` up to that run."""
    lake_ = Lake(lake)
    row = _snapshot_row(lake_, run_id)
    names = list(tables) if tables is not None else list(LAKE_TABLES)
    out: dict[str, Any] = {}
    for name in names:
        if name == "runs":
            runs = lake_.runs()
            finished = pa.scalar(row["finished"], type=RUNS_SCHEMA.field("finished").type)
            out[name] = runs.filter(pc.less_equal(runs["finished"], finished))
        else:
            dt = lake_.table(name, version=row[f"version_{name}"])
            out[name] = dt.to_pyarrow_table().cast(SCHEMAS[name])
    if as_pandas:
        return {name: table.to_pandas() for name, table in out.items()}
    return out

