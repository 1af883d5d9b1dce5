"""End to end: samples and bad inputs through `convert`, checked on the Parquet output."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from support import SAMPLES, make_bad_inputs, sample_documents
from zhibiao import convert, process
from zhibiao.pipeline import expand_inputs


def test_every_input_is_in_documents_or_quarantine(converted):
    inputs = set(converted["_inputs"].source)
    read = set(converted["documents"].source)
    quarantined = set(converted["quarantine"].source)
    assert inputs == read | quarantined
    assert not read & quarantined


def test_bad_inputs_are_quarantined_with_their_reason(converted, tmp_path):
    expected = make_bad_inputs(tmp_path)
    quarantine = converted["quarantine"].set_index(
        converted["quarantine"].source.map(lambda s: Path(s).name))
    documents = set(converted["documents"].source.map(lambda s: Path(s).name))
    for name, reason in expected.items():
        if reason is None:
            assert name in documents
        else:
            assert quarantine.loc[name, "reason"] == reason
            assert quarantine.loc[name, "error"]  # a human message, not just a code


def test_gbk_report_without_bom_is_parsed(converted):
    docs = converted["documents"]
    gbk = docs[docs.source.str.endswith("gbk_no_bom.txt")].iloc[0]
    values = converted["values"]
    numbers = set(values[values.doc_id == gbk.doc_id].number)
    assert {12, 13, 20, 18.8, 320, 1_565_000} <= numbers


def test_every_value_slices_its_raw_text_out_of_the_stored_text(converted):
    text_of = converted["documents"].set_index("doc_id").text
    values = converted["values"]
    assert len(values) > 0
    for row in values.itertuples():
        assert text_of[row.doc_id][row.char_start : row.char_end] == row.raw, row.value_id


def test_every_sample_yields_values(converted):
    docs = converted["documents"]
    samples = docs[docs.source.str.startswith(str(SAMPLES))]
    assert len(samples) == len(sample_documents())
    counts = converted["values"].groupby("doc_id").size()
    for doc_id in samples.doc_id:
        assert counts.get(doc_id, 0) > 0


def test_seed_000_progress_figures(converted):
    docs = converted["documents"]
    doc_id = docs[docs.source.str.endswith("000_progress_quarterly.txt")].doc_id.iloc[0]
    values = converted["values"]
    values = values[values.doc_id == doc_id]
    got = set(zip(values.number, values.unit, strict=True))
    for figure in [(28, "起"), (31.7, "%"), (30, "人"), (18.9, "%"), (56, "起"), (60, "%"),
                   (61, "人"), (52, "%"), (200, "家次"), (660, "家次")]:
        assert figure in got, figure
    progress = values[values.raw.str.fullmatch(r"\d+\.\d\d")]
    assert sorted(zip(progress.number, progress.unit, strict=True)) == [
        (75.0, "%"), (80.0, "%"), (90.0, "%"), (90.0, "%"), (100.0, "%")]


def test_changes_carry_direction_and_basis(converted):
    values = converted["values"]
    row = values[values.raw == "同比下降60%"].iloc[0]
    assert (row.number, row.unit, row.change, row.change_basis) == (60, "%", "down", "同比")
    assert str(row.period_start) == "2020-01-01" and str(row.period_end) == "2020-09-30"


def test_two_runs_give_identical_tables(tmp_path):
    bad = tmp_path / "bad"
    make_bad_inputs(bad)
    first = convert([SAMPLES, bad], tmp_path / "a")
    second = convert([SAMPLES, bad], tmp_path / "b")
    for table, path in first.tables.items():
        a, b = pd.read_parquet(path), pd.read_parquet(second.tables[table])
        if table == "quarantine":  # the time of failure is the one thing that differs
            a, b = a.drop(columns="at"), b.drop(columns="at")
        pd.testing.assert_frame_equal(a, b)


def test_no_temporary_files_are_left_behind(tmp_path):
    convert([SAMPLES], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{t}.parquet" for t in ["documents", "targets", "indicators", "values", "attainment",
                                 "quarantine"])


def test_missing_and_directory_inputs_are_quarantined_not_raised(tmp_path):
    missing = process(tmp_path / "nope.txt")
    assert missing.quarantine.reason == "unreadable" and missing.quarantine.stage == "read"
    folder = process(tmp_path)
    assert folder.quarantine.reason == "unreadable"


def test_unsupported_media_is_quarantined_with_its_type(tmp_path):
    archive = tmp_path / "report.zip"  # PDFs are read now (tests/ingest/test_pdf.py)
    archive.write_bytes(b"PK\x03\x04" + bytes(60))
    result = process(archive)
    assert result.quarantine.reason == "unsupported"
    assert "application/zip" in result.quarantine.error


def test_a_crash_inside_parse_is_quarantined(monkeypatch, tmp_path):
    import zhibiao.pipeline as pipeline

    def boom(doc):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(pipeline, "parse", boom)
    (tmp_path / "a.txt").write_text("全市共发生事故12起。", encoding="utf-8")
    result = pipeline.process(tmp_path / "a.txt")
    assert result.quarantine.reason == "crash"
    assert result.quarantine.stage == "parse"
    assert "RuntimeError: parser exploded" in result.quarantine.error


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_readme_examples_run(converted, tmp_path, engine):
    out = tmp_path / "out"
    convert([SAMPLES / "000_progress_quarterly.txt"], out)
    if engine == "pandas":
        values = pd.read_parquet(out / "values.parquet")
        docs = pd.read_parquet(out / "documents.parquet")
        joined = values.merge(docs[["doc_id", "title"]], on="doc_id")
        assert (joined.title == "市应急管理局2020年职能目标三季度工作进度汇总表").all()
    else:
        duckdb = pytest.importorskip("duckdb")
        rows = duckdb.sql(
            f"select unit, count(*) n from '{out}/values.parquet' group by unit order by n desc"
        ).fetchall()
        assert rows and rows[0][1] >= 1


def test_a_folder_named_in_a_list_file_is_walked_like_one_given_directly(tmp_path):
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.html", "notes.docx"):
        (folder / name).write_text("x", encoding="utf-8")
    listing = tmp_path / "inputs.lst"
    listing.write_text(f"# a folder\n{folder}\n", encoding="utf-8")
    assert expand_inputs([], [listing]) == expand_inputs([folder]) == [
        str(folder / "a.txt"), str(folder / "sub" / "b.html")]


def test_process_raises_the_collector_threshold_only_while_it_runs(monkeypatch):
    import gc

    from zhibiao import pipeline
    from zhibiao.limits import GC_THRESHOLD

    seen = []
    monkeypatch.setattr(pipeline, "read_source",
                        lambda *a: seen.append(gc.get_threshold()) or (b"x", None))
    monkeypatch.setattr(pipeline, "read_document", lambda *a, **k: 1 / 0)
    before = gc.get_threshold()
    process(SAMPLES / "000_progress_quarterly.txt")
    assert seen[0][0] >= GC_THRESHOLD
    assert gc.get_threshold() == before
