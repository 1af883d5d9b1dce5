"""Lake upkeep: `compact` (small files merged, old ones vacuumed) and `migrate` (a lake
of another schema version conformed to this one, the explicit step refresh asks for)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from deltalake import CommitProperties, DeltaTable, write_deltalake

from zhibiao.export.lake import (
    ALL_SCHEMAS,
    LAKE_TABLES,
    SCHEMA_KEY,
    Lake,
    LakeSchemaError,
    lake_lock,
    new_run_id,
    plain_schema,
    utc_now,
)
from zhibiao.parse import PARSER_VERSION
from zhibiao.schema import SCHEMA_VERSION

#: Minimum vacuum retention: older versions stay readable (and restorable) this long.
MIN_RETENTION_HOURS = 24
DEFAULT_RETENTION_HOURS = 7 * 24
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
    lake_.require()
    report: dict[str, dict[str, Any]] = {}
    started = utc_now()
    with lake_lock(lake, lock_timeout):
        lake_.check_schema()
        lake_.recover()
        last = lake_.last_run_row()
        for name in LAKE_TABLES:
            dt = lake_.table(name)
            metrics = dt.optimize.compact(target_size=target_size)
            # Our guard (MIN_RETENTION_HOURS) stands in for Delta's default of 7 days.
            removed = dt.vacuum(retention_hours=retention_hours, dry_run=False,
                                enforce_retention_duration=False)
            report[name] = {"files_added": metrics.get("numFilesAdded", 0),
                            "files_removed": metrics.get("numFilesRemoved", 0),
                            "vacuumed": len(removed), "version": dt.version()}
        if last is not None:
            _record(lake_, last, f"compact-{new_run_id(started)}", "compact", started)
    return report


def _record(lake: Lake, last: dict[str, Any] | None, run_id: str, status: str,
            started: datetime, **changes: Any) -> None:
    """The runs row of a compact or migrate: the counts of the last run (zeros without
    one), this step's name and times, nothing written or deleted, and `changes`."""
    counts = dict.fromkeys(("inputs", "processed", "skipped", "pruned", "quarantined"), 0)
    lake.write_run({**counts, **(last or {}), "run_id": run_id, "seq": 0, "status": status,
                    "started": started, "finished": utc_now(), "engine": status,
                    "rows_written": 0, "rows_deleted": 0, **changes})


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
        target = ALL_SCHEMAS[name]
        current = pa.schema(dt.schema().to_arrow())
        item = TableMigration(name, found)
        if found == SCHEMA_VERSION and plain_schema(current) == plain_schema(target):
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
    lake_.require()
    started = utc_now()
    run_id = f"migrate-{new_run_id(started)}"
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
            _record(lake_, lake_.last_run_row(), run_id, "migrate", started,
                    parser_version=PARSER_VERSION, schema_version=SCHEMA_VERSION,
                    rows_written=sum(i.rows for i in report if i.changed))
    return report


def _newer(found: str, ours: str) -> bool:
    """Is schema version `found` later than `ours`? (They are integers as strings.)"""
    try:
        return int(found) > int(ours)
    except ValueError:
        return found != ours
