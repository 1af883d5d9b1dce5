"""Lake upkeep (export/lake_upkeep.py): compact, and migrate for schema changes."""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pytest
from deltalake import DeltaTable, write_deltalake

from lake_support import CLI, assert_same_tables, converted_tables, table_versions
from zhibiao import compact, migrate, read_lake, refresh
from zhibiao.export import lake as lake_module
from zhibiao.export.lake import Lake, LakeSchemaError
from zhibiao.schema import TABLES


def _as_older_schema(lake: Path, drop: dict[str, list[str]], version: str = "2") -> None:
    """Make a lake look written by an older zhibiao: tables without `drop`'s columns,
    every table's schema version property set to `version`, and a runs row recording
    those versions (as that zhibiao's last run would have)."""
    for name in (*TABLES, "runs"):
        dt = DeltaTable(str(lake / name))
        if name in drop:
            write_deltalake(dt, dt.to_pyarrow_table().drop_columns(drop[name]),
                            mode="overwrite", schema_mode="overwrite")
        dt.alter.set_table_properties({"zhibiao.schema_version": version},
                                      raise_if_not_exists=False)
    last = Lake(lake).runs().to_pylist()[-1]
    versions = {f"version_{name}": v for name, v in table_versions(lake).items()
                if name != "runs"}
    last.update(seq=last["seq"] + 1, finished=datetime.now(timezone.utc), **versions)
    write_deltalake(str(lake / "runs"), pa.Table.from_pylist([last],
                                                             schema=lake_module.RUNS_SCHEMA),
                    mode="append")


def test_migrate_conforms_an_older_lake_and_the_next_refresh_reparses(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    _as_older_schema(lake, {"values": ["section", "confidence"], "indicators": ["section"]})
    old_values = DeltaTable(str(lake / "values")).to_pyarrow_table()
    with pytest.raises(LakeSchemaError, match="zhibiao migrate"):
        refresh([corpus], lake)

    result = subprocess.run([*CLI, "migrate", "--lake", str(lake)],
                            capture_output=True, text=True, check=True)
    assert "values: schema 2 → 3" in result.stdout
    assert "added section, confidence" in result.stdout
    assert "documents: schema 2 → 3" in result.stdout and "re-parses" in result.stdout
    tables = read_lake(lake)  # readable again, at the migrate run
    assert Lake(lake).runs().to_pylist()[-1]["status"] == "migrate"
    assert tables["values"].num_rows == old_values.num_rows
    assert tables["values"]["confidence"].null_count == old_values.num_rows
    assert tables["values"]["raw"].to_pylist() == old_values["raw"].to_pylist()
    assert all(v.startswith("migrated:")
               for v in tables["documents"]["parser_version"].to_pylist())
    versions = table_versions(lake)
    assert all(not item.changed for item in migrate(lake))  # idempotent
    assert table_versions(lake) == versions

    summary = refresh([corpus], lake)
    assert summary.processed == summary.inputs and summary.skipped == 0
    assert_same_tables(read_lake(lake), converted_tables([corpus], tmp_path / "out"))


def test_migrate_refuses_newer_lakes_and_required_columns_without_a_change(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    _as_older_schema(lake, {}, version="9")
    before = table_versions(lake)
    with pytest.raises(LakeSchemaError, match="newer than this zhibiao"):
        migrate(lake)
    assert table_versions(lake) == before

    _as_older_schema(lake, {"values": ["role"]})  # a column that may not be empty
    with pytest.raises(LakeSchemaError, match=r"values\.role is new"):
        migrate(lake)
    for name in ("documents", "targets", "indicators"):  # migrated first, then undone
        dt = DeltaTable(str(lake / name))
        assert dt.metadata().configuration["zhibiao.schema_version"] == "2", name
    with pytest.raises(LakeSchemaError):
        read_lake(lake)


def test_compact_merges_small_files_and_keeps_the_data(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake, batch_docs=1)
    before = read_lake(lake)
    files_before = len(DeltaTable(str(lake / "values")).file_uris())
    assert files_before > 3
    with pytest.raises(ValueError, match="guard"):
        compact(lake, retention_hours=1)
    report = compact(lake)
    assert len(DeltaTable(str(lake / "values")).file_uris()) == 1
    assert report["values"]["files_removed"] == files_before
    assert_same_tables(read_lake(lake), before)
    assert Lake(lake).runs().to_pylist()[-1]["status"] == "compact"
    assert refresh([corpus], lake).run_id is None  # compaction changed no data
    compact(lake, retention_hours=24)  # the shortest retention the guard allows
    assert_same_tables(read_lake(lake), before)
    result = subprocess.run([*CLI, "compact", "--lake", str(lake)], capture_output=True,
                            text=True, check=True)
    assert "values:" in result.stdout
