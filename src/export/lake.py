"""The Delta lake: `refresh` keeps one Delta table per output table up to date.

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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from deltalake import CommitProperties, DeltaTable, write_deltalake

from zhibiao.ingest.fingerprint import Fingerprint, content_ids
from zhibiao.parse import PARSER_VERSION
from zhibiao.pipeline import DocumentSummary, Result, expand_inputs, run_local, summarize
from zhibiao.schema import SCHEMA_VERSION, SCHEMAS, TABLES

#: Tables whose rows belong to one document (keyed by doc_id), in commit order.
CHILD_TABLES = ("targets", "indicators", "values", "attainment")
LAKE_TABLES = (*TABLES, "runs")
LOCK_NAME = ".zhibiao.lock"
FINGERPRINTS_NAME = ".zhibiao.inputs.parquet"
SCHEMA_KEY = "zhibiao.schema_version"
#: Minimum vacuum retention: older versions stay readable (and restorable) this long.
MIN_RETENTION_HOURS = 24
DEFAULT_RETENTION_HOURS = 7 * 24
#: Predicates list at most this many literals; larger sets are split over commits.
PREDICATE_CHUNK = 1000

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
_ALL_SCHEMAS: dict[str, pa.Schema] = {**SCHEMAS, "runs": RUNS_SCHEMA}


class LakeError(Exception):
    """Base of the lake's errors."""


class LakeSchemaError(LakeError):
    """The lake was written with another schema version: migrate it explicitly."""


class LakeBusyError(LakeError):
    """Another refresh or compact holds the lake's lock."""


class LakeEmptyError(LakeError):
    """No run has completed in this lake yet (or the asked run does not exist)."""


@dataclass(slots=True)
class DocRows:
    """What one processed source contributes to the lake, as Arrow tables."""

    source: str
    doc_id: str | None
    ok: bool  # True: documents row (+ children); False: one quarantine row
    tables: dict[str, pa.Table]
    summary: DocumentSummary | None = None


def doc_rows(result: Result) -> DocRows:
    """A pipeline Result as Arrow tables with the contract's schemas."""
    if result.records is not None:
        tables = {name: pa.Table.from_pylist([r.model_dump() for r in rows], schema=SCHEMAS[name])
                  for name, rows in result.records.tables.items() if rows}
        return DocRows(result.source, result.records.document.doc_id, True, tables,
                       summarize(result))
    assert result.quarantine is not None
    row = result.quarantine
    table = pa.Table.from_pylist([row.model_dump()], schema=SCHEMAS["quarantine"])
    return DocRows(result.source, row.doc_id, False, {"quarantine": table}, summarize(result))


@dataclass(slots=True)
class RefreshSummary:
    lake: Path
    run_id: str | None  # None: nothing changed, nothing written
    inputs: int = 0
    processed: int = 0
    skipped: int = 0
    pruned: int = 0
    quarantined: int = 0
    rows_written: int = 0
    rows_deleted: int = 0
    commits: int = 0
    recovered: bool = False
    versions: dict[str, int] = field(default_factory=dict)
    documents: list[DocumentSummary] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.run_id is not None


# --------------------------------------------------------------------------- helpers


def _row_count(dt: DeltaTable) -> int:
    """Rows of the table's current version, from the files' statistics in the log (no
    data is read; every file we write has them)."""
    counts = pa.table(dt.get_add_actions(flatten=True))["num_records"]
    if counts.null_count:
        return dt.to_pyarrow_dataset().count_rows()
    return int(pc.sum(counts).as_py() or 0)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _in(column: str, values: Iterable[str]) -> str:
    return f"{column} IN ({', '.join(_quote(v) for v in sorted(values))})"


def _pairs(pairs: Iterable[tuple[str, str]]) -> str:
    """Rows of exactly these (source, doc_id) pairs."""
    return " OR ".join(f"(source = {_quote(s)} AND doc_id = {_quote(d)})"
                       for s, d in sorted(pairs))


def _chunks(values: Iterable[Any], size: int = PREDICATE_CHUNK) -> Iterator[list[Any]]:
    items = sorted(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _plain(schema: pa.Schema) -> list[tuple[str, str, bool]]:
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
                    if time.monotonic() >= deadline:  # type: ignore[operator]
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
            actual = _plain(pa.schema(dt.schema().to_arrow()))
            if actual != _plain(_ALL_SCHEMAS[name]):
                raise LakeSchemaError(
                    f"{self.path(name)} columns differ from schema version {SCHEMA_VERSION}: "
                    f"{actual} != {_plain(_ALL_SCHEMAS[name])}")

    def create_missing(self) -> None:
        for name in LAKE_TABLES:
            if not DeltaTable.is_deltatable(str(self.path(name))):
                DeltaTable.create(str(self.path(name)), _ALL_SCHEMAS[name], mode="ignore",
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
        if not rows:
            return None
        return max(rows, key=lambda r: (r["finished"], r["seq"]))

    def versions(self) -> dict[str, int]:
        return {name: self.table(name).version() for name in TABLES}

    def last_versions(self) -> dict[str, int]:
        """Table versions recorded by the newest runs row ({} before any run). Read without
        casting to this version's runs schema, so that a lake written by another schema
        version can be recovered before it is migrated."""
        if not DeltaTable.is_deltatable(str(self.path("runs"))):
            return {}
        rows = self.table("runs").to_pyarrow_table().to_pylist()
        if not rows:
            return {}
        last = max(rows, key=lambda r: (r["finished"], r["seq"]))
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

    def write_run(self, row: dict[str, Any]) -> None:
        write_deltalake(str(self.path("runs")), pa.Table.from_pylist([row], schema=RUNS_SCHEMA),
                        mode="append")


@dataclass(slots=True)
class _State:
    """What the lake holds now: source → doc rows, and quarantine rows."""

    docs: dict[str, dict[str, str]]  # source → {doc_id: parser_version}
    quarantine: dict[str, dict[str, Any]]  # source → quarantine row

    @classmethod
    def load(cls, lake: Lake) -> _State:
        docs: dict[str, dict[str, str]] = {}
        table = lake.table("documents").to_pyarrow_table(
            columns=["source", "doc_id", "parser_version"])
        for row in table.to_pylist():
            docs.setdefault(row["source"], {})[row["doc_id"]] = row["parser_version"]
        rows = lake.table("quarantine").to_pyarrow_table().to_pylist()
        quarantine = {r["source"]: r for r in rows}
        return cls(docs, quarantine)

    def doc_ids(self) -> set[str]:
        return {d for ids in self.docs.values() for d in ids}

    def sources(self) -> set[str]:
        return set(self.docs) | set(self.quarantine)


def _same_quarantine(old: dict[str, Any] | None, new: dict[str, Any] | None) -> bool:
    if old is None or new is None:
        return old is new
    keys = ("source", "doc_id", "stage", "reason", "error")
    return all(old[k] == new[k] for k in keys)


class _Writer:
    """Commits batches of changed documents in the order described in the module doc."""

    def __init__(self, lake: Lake, state: _State, summary: RefreshSummary, started: datetime,
                 engine: str) -> None:
        self.lake = lake
        self.state = state
        self.summary = summary
        self.started = started
        self.engine = engine
        self.seq = 0
        assert summary.run_id is not None
        self.props = CommitProperties(custom_metadata={
            "zhibiao.run_id": summary.run_id, "zhibiao.parser_version": PARSER_VERSION,
            SCHEMA_KEY: SCHEMA_VERSION})

    def dt(self, name: str) -> DeltaTable:
        return self.lake.table(name)

    def _write(self, name: str, data: pa.Table, predicate: str | None = None) -> None:
        """Append `data`; with `predicate`, first delete the rows it matches, in the same
        transaction (replaceWhere)."""
        if predicate is None:
            if data.num_rows:
                write_deltalake(self.dt(name), data, mode="append", commit_properties=self.props)
                self.summary.commits += 1
        else:
            before = _row_count(self.dt(name))
            write_deltalake(self.dt(name), data, mode="overwrite", predicate=predicate,
                            commit_properties=self.props)
            self.summary.commits += 1
            self.summary.rows_deleted += before + data.num_rows - _row_count(self.dt(name))
        self.summary.rows_written += data.num_rows

    def _delete(self, name: str, predicate: str) -> None:
        metrics = self.dt(name).delete(predicate, commit_properties=self.props)
        deleted = int(metrics.get("num_deleted_rows", 0) or 0)
        self.summary.rows_deleted += deleted
        if deleted or metrics.get("num_removed_files"):
            self.summary.commits += 1

    def commit(self, batch: list[DocRows], removed: Iterable[str] = ()) -> None:
        """Replace the rows of `batch`'s sources and drop those of `removed` sources."""
        state = self.state
        removed = set(removed)
        touched = {item.source for item in batch} | removed
        new_doc = {item.source: item.doc_id for item in batch if item.ok}
        new_q = {item.source: item.tables["quarantine"].to_pylist()[0]
                 for item in batch if not item.ok}
        lake_ids = state.doc_ids()
        referenced = {d for s, ids in state.docs.items() if s not in touched for d in ids}
        referenced |= {d for d in new_doc.values() if d}
        stale_ids = {d for s in touched for d in state.docs.get(s, {})} - referenced

        # 1. documents: new rows (same (source, doc_id) pairs replaced in place).
        doc_tables = [item.tables["documents"] for item in batch if item.ok]
        if doc_tables:
            data = pa.concat_tables(doc_tables)
            pairs = [(s, d) for s, d in new_doc.items() if d in state.docs.get(s, {})]
            predicate = _pairs(pairs) if pairs else None
            self._write("documents", data, predicate)

        # 2. children: delete the doc_ids being replaced or gone, append new rows — one
        #    transaction per table. A doc_id shared by two sources is written once.
        write_ids: dict[str, DocRows] = {}
        for item in batch:
            if item.ok and item.doc_id not in write_ids:
                write_ids[item.doc_id] = item  # type: ignore[index]
        replace_ids = stale_ids | (set(write_ids) & lake_ids)
        for name in CHILD_TABLES:
            parts = [item.tables[name] for item in write_ids.values() if name in item.tables]
            data = pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table()
            chunks = list(_chunks(replace_ids))
            if not chunks:
                self._write(name, data, None)
                continue
            # All new rows go with the chunk that holds their doc_ids' predicate; the
            # new doc_ids are added to the first chunk (replaceWhere checks the data).
            first = set(chunks[0]) | set(write_ids)
            self._write(name, data, _in("doc_id", first))
            for chunk in chunks[1:]:
                self._delete(name, _in("doc_id", chunk))

        # 3. documents: rows of the old versions of touched sources.
        stale_pairs = [(s, d) for s in touched for d in state.docs.get(s, {})
                       if d != new_doc.get(s)]
        for chunk in _chunks(stale_pairs, PREDICATE_CHUNK // 2):
            self._delete("documents", _pairs(chunk))

        # 4. quarantine: rows whose outcome changed.
        q_replace = {s for s in touched if not _same_quarantine(state.quarantine.get(s),
                                                                new_q.get(s))}
        q_rows = [new_q[s] for s in q_replace if s in new_q]
        q_old = [s for s in q_replace if s in state.quarantine]
        data = pa.Table.from_pylist(q_rows, schema=SCHEMAS["quarantine"])
        if q_old:
            chunks = list(_chunks(q_old))
            first = set(chunks[0]) | (set(new_q) & q_replace)
            self._write("quarantine", data, _in("source", first))
            for chunk in chunks[1:]:
                self._delete("quarantine", _in("source", chunk))
        else:
            self._write("quarantine", data, None)

        # the new state
        for s in touched:
            state.docs.pop(s, None)
            if s in q_replace:
                state.quarantine.pop(s, None)
        for item in batch:
            if item.ok:
                parser = item.tables["documents"].column("parser_version")[0].as_py()
                state.docs[item.source] = {item.doc_id: parser}  # type: ignore[dict-item]
        for s in q_replace:
            if s in new_q:
                state.quarantine[s] = new_q[s]
        self.checkpoint("checkpoint")

    def checkpoint(self, status: str) -> None:
        """5. runs: the row that makes everything above one readable snapshot."""
        s = self.summary
        s.versions = {name: self.dt(name).version() for name in TABLES}
        row = {
            "run_id": s.run_id, "seq": self.seq, "status": status, "started": self.started,
            "finished": _now(), "engine": self.engine, "parser_version": PARSER_VERSION,
            "schema_version": SCHEMA_VERSION, "inputs": s.inputs, "processed": s.processed,
            "skipped": s.skipped, "pruned": s.pruned, "quarantined": s.quarantined,
            "rows_written": s.rows_written, "rows_deleted": s.rows_deleted,
            **{f"version_{name}": v for name, v in s.versions.items()},
        }
        write_deltalake(self.dt("runs"), pa.Table.from_pylist([row], schema=RUNS_SCHEMA),
                        mode="append")
        self.seq += 1


def _new_run_id(started: datetime) -> str:
    return f"{started:%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}"


FINGERPRINT_SCHEMA = pa.schema([
    pa.field("source", pa.string(), nullable=False),
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("size", pa.int64(), nullable=False),
    pa.field("mtime_ns", pa.int64(), nullable=False),
    pa.field("ctime_ns", pa.int64(), nullable=False),
    pa.field("inode", pa.uint64(), nullable=False),
    pa.field("seen_ns", pa.int64(), nullable=False),
])


def _load_fingerprints(lake: Lake) -> dict[str, Fingerprint]:
    """Last refresh's input fingerprints; empty when missing or unreadable (a cache)."""
    try:
        table = pq.read_table(lake.fingerprints_path, schema=FINGERPRINT_SCHEMA)
    except (OSError, pa.ArrowException):
        return {}
    columns = table.to_pydict()  # column-wise: 3x faster than to_pylist for 10^4 rows
    rows = zip(*(columns[name] for name in FINGERPRINT_SCHEMA.names), strict=True)
    return {row[0]: Fingerprint(*row) for row in rows}


def _save_fingerprints(lake: Lake, seen: dict[str, Fingerprint]) -> None:
    """Replace the cache atomically (a reader never sees half a file). Called under the
    lock, so leftovers of a writer killed mid-write can go."""
    for leftover in lake.root.glob(f"{FINGERPRINTS_NAME}.*.tmp"):
        leftover.unlink(missing_ok=True)
    columns = {name: [getattr(f, name) for f in seen.values()] for name in FINGERPRINT_SCHEMA.names}
    tmp = lake.root / f"{FINGERPRINTS_NAME}.{os.getpid()}.tmp"
    pq.write_table(pa.table(columns, schema=FINGERPRINT_SCHEMA), tmp)
    os.replace(tmp, lake.fingerprints_path)


# --------------------------------------------------------------------------- public


def refresh(inputs: Iterable[str | os.PathLike[str]], lake: str | os.PathLike[str], *,
            list_files: Iterable[str | os.PathLike[str]] = (),
            url_files: Iterable[str | os.PathLike[str]] = (),
            prune: bool = False,
            batch_docs: int = 500,
            batch_rows: int = 250_000,
            lock_timeout: float | None = None,
            engine: str = "local",
            runner: Callable[[list[str]], Iterable[Result | DocRows]] | None = None,
            rehash: bool = False,
            on_start: Callable[[int], None] | None = None,
            on_result: Callable[[DocRows], None] | None = None) -> RefreshSummary:
    """Bring the Delta lake at `lake` up to date with `inputs`.

    New and changed documents (content hash or parser version differs) are processed and
    their rows replaced; unchanged ones are skipped; with `prune`, rows of sources that
    are no longer among the inputs are removed. Returns what was done; `run_id` is None
    when nothing changed and nothing was written.

    `runner` processes a list of sources (default: `run_local`, i.e. `process` one by
    one) and may yield `Result`s or ready `DocRows`. A file's doc_id is remembered with its
    stat between refreshes; `rehash` reads and hashes every input instead. `on_start` is
    told how many sources will be processed, `on_result` gets each one's rows.
    """
    sources = expand_inputs(inputs, list_files, url_files)
    runner = runner or run_local
    lake_ = Lake(lake)
    started = _now()
    summary = RefreshSummary(Path(lake), None, inputs=len(sources))
    with lake_lock(lake, lock_timeout):
        lake_.check_schema()
        lake_.create_missing()
        summary.recovered = lake_.recover()
        state = _State.load(lake_)

        known = _load_fingerprints(lake_)
        doc_ids, seen = content_ids(sources, known, rehash=rehash)
        # Sources refreshed another day (another folder, same lake) keep their entries.
        others = state.sources() - set(sources)
        memo = {s: f for s, f in known.items() if s in others} | seen
        if memo != known:
            _save_fingerprints(lake_, memo)
        todo = []
        for source in sources:
            doc_id = doc_ids[source]
            have = state.docs.get(source, {})
            if (source not in state.quarantine and doc_id is not None
                    and have == {doc_id: PARSER_VERSION}):
                summary.skipped += 1
            else:
                todo.append(source)
        gone = state.sources() - set(sources) if prune else set()
        summary.pruned = len(gone)
        if on_start is not None:
            on_start(len(todo))
        if not todo and not gone and not summary.recovered:
            return summary

        summary.run_id = _new_run_id(started)
        writer = _Writer(lake_, state, summary, started, engine)
        batch: list[DocRows] = []
        rows = 0
        wrote = summary.recovered

        def flush(removed: Iterable[str] = ()) -> None:
            nonlocal rows, wrote
            # A quarantine outcome equal to the stored one (but for its time) changes
            # nothing, unless the source still has a documents row to drop.
            changed = [item for item in batch if item.ok or item.source in state.docs
                       or not _same_quarantine(state.quarantine.get(item.source),
                                               item.tables["quarantine"].to_pylist()[0])]
            removed = list(removed)
            if changed or removed:
                writer.commit(changed, removed)
                wrote = True
            batch.clear()
            rows = 0

        for result in runner(todo):
            item = result if isinstance(result, DocRows) else doc_rows(result)
            summary.processed += 1
            summary.quarantined += not item.ok
            if item.summary is not None:
                summary.documents.append(item.summary)
            if on_result is not None:
                on_result(item)
            batch.append(item)
            rows += sum(t.num_rows for t in item.tables.values())
            if len(batch) >= batch_docs or rows >= batch_rows:
                flush()
        flush(gone)
        if not wrote:
            summary.run_id = None  # only unchanged quarantine outcomes: nothing written
            return summary
        writer.checkpoint("complete")
        return summary


def compact(lake: str | os.PathLike[str], *, retention_hours: int = DEFAULT_RETENTION_HOURS,
            lock_timeout: float | None = None, target_size: int | None = None
            ) -> dict[str, dict[str, Any]]:
    """Rewrite small files into large ones (optimize) and delete files no version younger
    than `retention_hours` needs (vacuum). Refuses a retention under MIN_RETENTION_HOURS,
    which would break readers of recent runs and crash recovery."""
    if retention_hours < MIN_RETENTION_HOURS:
        raise ValueError(f"retention {retention_hours} h is under the guard of "
                         f"{MIN_RETENTION_HOURS} h: older runs would become unreadable")
    lake_ = Lake(lake)
    if not lake_.exists():
        raise LakeEmptyError(f"{lake} is not a zhibiao lake (no runs table)")
    report: dict[str, dict[str, Any]] = {}
    started = _now()
    with lake_lock(lake, lock_timeout):
        lake_.check_schema()
        lake_.recover()
        last = lake_.last_run_row()
        for name in LAKE_TABLES:
            dt = lake_.table(name)
            metrics = dt.optimize.compact(target_size=target_size)
            dt = lake_.table(name)
            # Our guard (MIN_RETENTION_HOURS) stands in for Delta's default of 7 days.
            removed = dt.vacuum(retention_hours=retention_hours, dry_run=False,
                                enforce_retention_duration=False)
            report[name] = {"files_added": metrics.get("numFilesAdded", 0),
                            "files_removed": metrics.get("numFilesRemoved", 0),
                            "vacuumed": len(removed), "version": lake_.table(name).version()}
        if last is not None:
            row = dict(last)
            row.update(run_id=f"compact-{_new_run_id(started)}", seq=0, status="compact",
                       started=started, finished=_now(), engine="compact",
                       rows_written=0, rows_deleted=0,
                       **{f"version_{n}": v for n, v in lake_.versions().items()})
            lake_.write_run(row)
    return report


@dataclass(slots=True)
class TableMigration:
    """What `migrate` did to one table."""

    table: str
    found: str | None  # schema version it had
    added: list[str] = field(default_factory=list)  # columns new in this version (nulls)
    dropped: list[str] = field(default_factory=list)  # columns this version no longer has
    rows: int = 0
    version: int = 0

    @property
    def changed(self) -> bool:
        return self.found != SCHEMA_VERSION or bool(self.added or self.dropped)


def _conform(table: pa.Table, schema: pa.Schema, name: str) -> tuple[pa.Table, list[str],
                                                                     list[str]]:
    """`table`'s rows in `schema`: columns kept and cast, new nullable ones null. A new
    column that may not be null, or a value that does not cast, cannot be migrated."""
    columns, added = [], []
    for f in schema:
        if f.name in table.column_names:
            try:
                columns.append(table[f.name].cast(f.type))
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
                raise LakeSchemaError(f"{name}.{f.name} cannot become {f.type}: {exc}; "
                                      f"rebuild the lake instead (refresh into a new "
                                      f"folder)") from exc
        elif f.nullable:
            columns.append(pa.nulls(table.num_rows, f.type))
            added.append(f.name)
        else:
            raise LakeSchemaError(f"{name}.{f.name} is new in schema version "
                                  f"{SCHEMA_VERSION} and may not be empty: rebuild the lake "
                                  f"instead (refresh into a new folder)")
    dropped = [c for c in table.column_names if c not in schema.names]
    return pa.Table.from_arrays(columns, schema=schema), added, dropped


def _migrate_tables(lake: Lake, props: CommitProperties) -> list[TableMigration]:
    """Each table conformed to this schema version in one commit (see `migrate`)."""
    report: list[TableMigration] = []
    for name in LAKE_TABLES:
        dt = lake.table(name)
        found = dt.metadata().configuration.get(SCHEMA_KEY)
        target = _ALL_SCHEMAS[name]
        current = pa.schema(dt.schema().to_arrow())
        item = TableMigration(name, found)
        if found == SCHEMA_VERSION and _plain(current) == _plain(target):
            item.version = dt.version()
            report.append(item)
            continue
        data, item.added, item.dropped = _conform(dt.to_pyarrow_table(), target, name)
        if name == "documents":
            old = pc.fill_null(data["parser_version"], "")
            data = data.set_column(data.schema.get_field_index("parser_version"),
                                   target.field("parser_version"),
                                   pc.binary_join_element_wise("migrated:", old, ""))
        write_deltalake(dt, data, mode="overwrite", schema_mode="overwrite",
                        commit_properties=props)
        dt.alter.set_table_properties({SCHEMA_KEY: SCHEMA_VERSION},
                                      raise_if_not_exists=False, commit_properties=props)
        item.rows, item.version = data.num_rows, dt.version()
        report.append(item)
    return report


def migrate(lake: str | os.PathLike[str], *, lock_timeout: float | None = None
            ) -> list[TableMigration]:
    """Bring a lake written with another schema version to this one — the explicit step
    that `refresh` asks for instead of overwriting anything.

    Under the lake's lock: the lake is first recovered (a crashed refresh's commits undone);
    then every table whose schema version or columns differ is rewritten in one commit
    with its rows conformed (kept columns cast, new nullable columns null, dropped ones
    removed), and its `zhibiao.schema_version` property set. Documents are marked
    `parser_version = "migrated:<old>"`, so the next refresh re-parses every report and
    fills the new columns; until then `read_lake` serves the migrated rows. A runs row
    (`status="migrate"`) records the new versions; earlier versions stay in the Delta log
    (readable with `deltalake` directly, in their old schema). A lake written by a *newer*
    zhibiao is refused. Running it again on a migrated lake changes nothing."""
    lake_ = Lake(lake)
    if not lake_.exists():
        raise LakeEmptyError(f"{lake} is not a zhibiao lake (no runs table)")
    started = _now()
    run_id = f"migrate-{_new_run_id(started)}"
    props = CommitProperties(custom_metadata={"zhibiao.run_id": run_id,
                                              "zhibiao.operation": "migrate",
                                              SCHEMA_KEY: SCHEMA_VERSION})
    with lake_lock(lake, lock_timeout):
        for name in LAKE_TABLES:  # refuse a newer lake before touching anything
            if DeltaTable.is_deltatable(str(lake_.path(name))):
                found = lake_.table(name).metadata().configuration.get(SCHEMA_KEY)
                if found is not None and _newer(found, SCHEMA_VERSION):
                    raise LakeSchemaError(
                        f"{lake_.path(name)} has schema version {found}, newer than this "
                        f"zhibiao's {SCHEMA_VERSION}: upgrade zhibiao instead")
        lake_.recover()
        lake_.create_missing()
        try:
            report = _migrate_tables(lake_, props)
        except LakeSchemaError:
            lake_.recover()  # undo the tables already migrated: all or nothing
            raise
        if any(item.changed for item in report):
            last = lake_.last_run_row()
            row = {**(last or {}), "run_id": run_id, "seq": 0, "status": "migrate",
                   "started": started, "finished": _now(), "engine": "migrate",
                   "parser_version": PARSER_VERSION, "schema_version": SCHEMA_VERSION,
                   "rows_written": sum(i.rows for i in report if i.changed),
                   "rows_deleted": 0, **{f"version_{n}": v for n, v in lake_.versions().items()}}
            for column in ("inputs", "processed", "skipped", "pruned", "quarantined"):
                row.setdefault(column, 0)
            lake_.write_run(row)
    return report


def _newer(found: str, ours: str) -> bool:
    """Is schema version `found` later than `ours`? (They are integers as strings.)"""
    try:
        return int(found) > int(ours)
    except ValueError:
        return found != ours


def read_lake(lake: str | os.PathLike[str], run_id: str | None = None, *,
              tables: Iterable[str] | None = None,
              as_pandas: bool = False) -> dict[str, Any]:
    """Every table of the lake at the versions of one run: the last complete run, or the
    last checkpoint of `run_id`. Arrow tables with the contract's schemas (pandas
    DataFrames with `as_pandas`), plus `runs` up to that run."""
    lake_ = Lake(lake)
    if not lake_.exists():
        raise LakeEmptyError(f"{lake} is not a zhibiao lake (no runs table)")
    lake_.check_schema()
    row = lake_.last_run_row(complete=run_id is None, run_id=run_id)
    if row is None:
        raise LakeEmptyError(f"{lake}: " + (f"no run {run_id!r}" if run_id else
                                            "no refresh has completed yet"))
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


def lake_runs(lake: str | os.PathLike[str]) -> pa.Table:
    """The runs table: one row per checkpoint, complete run and compaction."""
    return Lake(lake).runs()
