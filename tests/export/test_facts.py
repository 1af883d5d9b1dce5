"""The facts view (export/facts.py): one row per value, joined right, from a folder or a lake."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import zhibiao
from support import REPO, SAMPLES
from zhibiao.export.facts import (
    FACT_COLUMNS,
    FACTS_SCHEMA,
    FactsInputError,
    fact_batches,
    to_pandas,
)


@pytest.fixture(scope="module")
def out(converted_run) -> Path:
    return converted_run.out


@pytest.fixture(scope="module")
def view(out) -> pd.DataFrame:
    return zhibiao.facts(out)


def test_one_row_per_value_in_the_values_order(view, converted):
    values = converted["values"]
    assert list(view.columns) == list(FACT_COLUMNS) == FACTS_SCHEMA.names
    assert list(view.value_id) == list(values.value_id)
    for column in ("role", "raw", "comparator"):
        assert list(view[column]) == list(values[column]), column
    pd.testing.assert_series_equal(view.number, values.number, check_names=False)


def test_each_row_carries_its_document_indicator_and_target(view, converted):
    docs = converted["documents"].set_index("doc_id")
    indicators = converted["indicators"].set_index("indicator_id")
    targets = converted["targets"].set_index("target_id")
    values = converted["values"].set_index("value_id")
    checked = 0
    for row in view.itertuples():
        value = values.loc[row.value_id]
        doc = docs.loc[row.doc_id]
        assert (row.title, row.issuer, row.genre, row.source) == (
            doc.title, doc.issuer, doc.genre, doc.source)
        if pd.isna(value.indicator_id):
            assert pd.isna(row.indicator) and pd.isna(row.target)
            continue
        indicator = indicators.loc[value.indicator_id]
        assert row.indicator == indicator["name"]
        if pd.notna(indicator.target_id):
            assert row.target == targets.loc[indicator.target_id, "name"]
            checked += 1
    assert checked > 100  # most values of the samples belong to a target


def test_targets_carry_their_matched_actual_and_attainment(view, converted):
    attainment = converted["attainment"]
    values = converted["values"].set_index("value_id")
    rows = view.set_index("value_id")
    assert len(attainment) > 20 and set(attainment.status) >= {"met", "not_met"}
    for pair in attainment.itertuples():
        row = rows.loc[pair.target_value_id]
        assert row.role == "target"
        assert row.actual == values.loc[pair.actual_value_id, "raw"]
        assert row.attainment == pair.status
        assert row.gap == pytest.approx(pair.gap, nan_ok=True)
    others = view[~view.value_id.isin(attainment.target_value_id)]
    assert others.attainment.isna().all() and others.actual.isna().all()


def test_types_and_blanks(view):
    assert str(view.published.dtype).startswith("datetime64")
    assert str(view.period_end.dtype).startswith("datetime64")
    assert str(view.page.dtype) == "Int64" and view.page.notna().any()  # the PDF samples
    assert view.number.dtype == "float64"
    assert not (view.select_dtypes("string") == "").any().any()  # empty text is null
    assert view.unit.isna().any()  # values without a unit


def test_chinese_headings_name_the_same_columns(out, view):
    zh = zhibiao.facts(out, headings="zh")
    assert list(zh.columns) == list(FACT_COLUMNS.values())
    assert {"文件标题", "指标", "目标", "达成情况"} <= set(zh.columns)
    pd.testing.assert_frame_equal(zh.set_axis(list(FACT_COLUMNS), axis=1), view)
    with pytest.raises(ValueError, match="headings"):
        zhibiao.facts(out, headings="fr")


def test_small_batches_join_the_same(out, view):
    """A target and its actual in different batches still meet (the export's path)."""
    batches = list(fact_batches(out, batch_rows=37))
    assert len(batches) > 10 and all(b.schema == FACTS_SCHEMA for b in batches)
    whole = to_pandas(pa.concat_tables(batches))
    pd.testing.assert_frame_equal(whole, view)


def test_a_lake_snapshot_gives_the_same_facts(tmp_path):
    first = [SAMPLES / "000_progress_quarterly.txt"]
    both = [*first, SAMPLES / "002_annual_work_plan.txt"]
    lake = tmp_path / "lake"
    zhibiao.refresh(first, lake)
    first_run = zhibiao.read_lake(lake, tables=["runs"])["runs"]["run_id"][-1].as_py()
    zhibiao.refresh(both, lake)
    zhibiao.convert(both, tmp_path / "out")

    from_lake = zhibiao.facts(lake).sort_values("value_id", ignore_index=True)
    from_folder = zhibiao.facts(tmp_path / "out").sort_values("value_id", ignore_index=True)
    pd.testing.assert_frame_equal(from_lake, from_folder)
    assert from_lake.attainment.notna().any()
    earlier = zhibiao.facts(lake, run_id=first_run)
    assert set(earlier.source) == {str(first[0])} and 0 < len(earlier) < len(from_lake)


def test_not_an_output_folder(tmp_path):
    with pytest.raises(FactsInputError, match="zhibiao convert"):
        zhibiao.facts(tmp_path)
    (tmp_path / "runs" / "_delta_log").mkdir(parents=True)
    with pytest.raises(FactsInputError):
        zhibiao.facts(tmp_path)


def test_readme_analyst_snippet_runs(out, tmp_path, monkeypatch):
    """The Python block of the README's facts section, run against a real output."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The facts view and spreadsheets", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks and "zhibiao.facts(" in blocks[0]
    assert "zhibiao export out -o facts.xlsx" in section
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").symlink_to(out)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    assert (tmp_path / "facts.xlsx").stat().st_size > 0
