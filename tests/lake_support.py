"""Helpers of the lake tests (tests/export/test_lake*.py): comparing tables, a corpus."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from deltalake import DeltaTable

from support import SAMPLES, make_bad_inputs
from zhibiao import convert
from zhibiao.schema import TABLES

CLI = [sys.executable, "-m", "zhibiao.cli"]


def rows_as_json(table: pa.Table, name: str) -> list[str]:
    """A table's rows as sorted JSON lines (quarantine.at left out: it is a time)."""
    rows = table.to_pylist()
    if name == "quarantine":
        for row in rows:
            row.pop("at")
    return sorted(json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)
                  for row in rows)


def converted_tables(inputs, out) -> dict[str, pa.Table]:
    summary = convert(inputs, out)
    return {name: pq.read_table(path) for name, path in summary.tables.items()}


def assert_same_tables(lake_tables: dict[str, pa.Table], expected: dict[str, pa.Table]) -> None:
    for name in TABLES:
        assert rows_as_json(lake_tables[name], name) == rows_as_json(expected[name], name), name


def table_versions(lake: Path) -> dict[str, int]:
    return {name: DeltaTable(str(lake / name)).version() for name in (*TABLES, "runs")}


def change_numbers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text, count=3)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


def make_corpus(tmp_path: Path) -> Path:
    """The samples and the bad inputs, copied so tests can change them."""
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("make", "expected"))
    make_bad_inputs(folder / "bad")
    return folder
