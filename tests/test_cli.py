"""The command line: thin, but it must work and fail loudly."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from support import SAMPLES, sample_documents
from zhibiao.cli import app

runner = CliRunner()


def test_convert_prints_a_summary_and_writes_tables(tmp_path):
    result = runner.invoke(app, ["convert", str(SAMPLES), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "progress_table" in result.output
    n = len(sample_documents())
    assert f"{n} documents, {n} read, 0 quarantined" in result.output
    assert (tmp_path / "values.parquet").exists()


def test_convert_reads_a_list_file(tmp_path):
    listing = tmp_path / "inputs.lst"
    listing.write_text(f"# two samples\n{SAMPLES / '001_half_year_summary.txt'}\n"
                       f"{SAMPLES / '002_annual_work_plan.txt'}\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", "--list", str(listing), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "2 documents, 2 read" in result.output


def test_convert_without_inputs_fails(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["convert", str(empty), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no input documents" in result.output


def test_schema_prints_the_json_schema_of_a_table():
    result = runner.invoke(app, ["schema", "values"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"raw", "number", "unit", "comparator", "char_start"} <= set(schema["properties"])


def test_schema_refuses_an_unknown_table():
    result = runner.invoke(app, ["schema", "nope"])
    assert result.exit_code != 0


def test_refresh_reports_progress_only_for_the_documents_it_processes(tmp_path):
    lake = tmp_path / "lake"
    n = len(sample_documents())
    first = runner.invoke(app, ["refresh", str(SAMPLES), "--lake", str(lake), "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert f"{n}/{n} documents" in first.output  # the progress line (not a terminal)
    assert f"{n} processed, 0 unchanged" in first.output
    again = runner.invoke(app, ["refresh", str(SAMPLES), "--lake", str(lake), "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert "/0 documents" not in again.output and "documents," not in again.output
    assert f"{n} of {n} documents unchanged, 0 rows written" in again.output


def test_export_writes_the_facts_as_a_spreadsheet_or_csv(converted_run, converted, tmp_path):
    n = len(converted["values"])
    xlsx = runner.invoke(app, ["export", str(converted_run.out), "-o", str(tmp_path / "f.xlsx")])
    assert xlsx.exit_code == 0, xlsx.output
    assert f"{n:,} facts on 8 sheets" in xlsx.output and "neutralised" in xlsx.output
    assert (tmp_path / "f.xlsx").read_bytes()[:2] == b"PK"  # a zip: the xlsx container
    csv = runner.invoke(app, ["export", str(converted_run.out), "-o", str(tmp_path / "f.csv"),
                              "--chinese", "-q"])
    assert csv.exit_code == 0, csv.output
    lines = (tmp_path / "f.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith('"文件标题","发布机关"')


def test_export_refuses_an_unknown_format_and_a_folder_without_tables(converted_run, tmp_path):
    odd = runner.invoke(app, ["export", str(converted_run.out), "-o", str(tmp_path / "f.ods")])
    flat = re.sub(r"[│╭╮╰╯─\s]+", " ", odd.output)  # typer draws the error in a box
    assert odd.exit_code == 2 and ".xlsx, .csv or .parquet" in flat
    assert not (tmp_path / "f.ods").exists()
    empty = runner.invoke(app, ["export", str(tmp_path), "-o", str(tmp_path / "f.csv")])
    assert empty.exit_code == 2 and "zhibiao convert" in empty.output
    assert not (tmp_path / "f.csv").exists()
