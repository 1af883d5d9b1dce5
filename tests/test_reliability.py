"""Acceptance of issue 12: `convert` over the bad-input corpus mixed with the samples.

The run finishes; every bad file is quarantined with a reason naming its problem (or, when
its problem can be read around, is a document whose warnings name it); every sample's
rows are the same as when the samples are converted alone; and inputs = documents +
quarantine. The corpus is tests/data/bad/ (tests/data/make_bad.py) plus what is made at
test time: 50 MB of HTML, symlink loops, a dangling symlink, a FIFO, an unreadable file.
"""

from __future__ import annotations

import os
import shutil
import zlib
from pathlib import Path

import pandas as pd
import pytest

from support import load_make_bad, sample_documents
from zhibiao import convert
from zhibiao.ingest.pdf_streams import inflated_size
from zhibiao.runners import runner_for

make_bad = load_make_bad()
#: Rows of these tables belong to one document (doc_id) and must not move.
DOC_TABLES = ("targets", "indicators", "values", "attainment")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> tuple[Path, dict[str, make_bad.Expect], list[str]]:
    """A folder of the samples (symlinked), the committed bad files (copied) and the
    runtime ones; with each bad file's expectation and the samples' paths."""
    root = tmp_path_factory.mktemp("mixed")
    samples = []
    for sample in sample_documents():
        link = root / "samples" / Path(sample).name
        link.parent.mkdir(exist_ok=True)
        link.symlink_to(sample)
        samples.append(str(link))
    bad = root / "bad"
    bad.mkdir()
    for name in make_bad.EXPECTED:
        shutil.copy(make_bad.BAD / name, bad / name)
    expected = dict(make_bad.EXPECTED)
    expected.update(make_bad.make_runtime_bad(bad))
    yield root, expected, samples
    make_bad.restore_permissions(bad)


@pytest.fixture(scope="module")
def samples_alone(tmp_path_factory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("alone")
    summary = convert(sample_documents(), out)
    return {name: pd.read_parquet(path) for name, path in summary.tables.items()}


def _rows(tables: dict[str, pd.DataFrame], table: str, doc_ids: set[str]) -> pd.DataFrame:
    frame = tables[table]
    frame = frame[frame["doc_id"].isin(doc_ids)]
    return frame.sort_values(list(frame.columns[:2])).reset_index(drop=True)


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["pool", "local"])
def test_convert_over_bad_inputs_mixed_with_samples(mixed, samples_alone, tmp_path, engine):
    root, expected, samples = mixed
    out = tmp_path / "out"
    # The pool's timeout is only a hang guard here: a hang would show as reason "timeout".
    runner = runner_for(engine, workers=2, timeout=60)
    summary = convert([root], out, runner=runner)  # the run finishes
    tables = {name: pd.read_parquet(path) for name, path in summary.tables.items()}
    documents, quarantine = tables["documents"], tables["quarantine"]

    # counts add up: every input is in documents or in quarantine, once
    inputs = [d.source for d in summary.documents]
    assert len(inputs) == len(samples) + len(expected)
    assert len(documents) + len(quarantine) == len(inputs)
    assert sorted([*documents["source"], *quarantine["source"]]) == sorted(inputs)
    assert not any("loop_dir" in source for source in inputs)  # the folder loop not followed

    # every bad file: quarantined with a reason that names its problem, or read with a
    # warning that names it
    by_name = {Path(s).name: s for s in inputs}
    for name, expect in expected.items():
        source = by_name[name]
        if expect.reason is None:
            row = documents[documents["source"] == source]
            assert len(row) == 1, f"{name} should have been read"
            assert any(expect.words in w for w in row["warnings"].iloc[0]), (name, row)
        else:
            row = quarantine[quarantine["source"] == source]
            assert len(row) == 1, f"{name} should have been quarantined"
            assert row["reason"].iloc[0] == expect.reason, (name, row["error"].iloc[0])
            assert expect.words in row["error"].iloc[0], (name, row["error"].iloc[0])
    assert "crash" not in set(quarantine["reason"])
    assert "timeout" not in set(quarantine["reason"])

    # every sample read, with the same rows as when converted alone
    read = documents[documents["source"].isin(samples)]
    assert len(read) == len(samples)
    doc_ids = set(read["doc_id"])
    assert doc_ids == set(samples_alone["documents"]["doc_id"])
    for table in DOC_TABLES:
        pd.testing.assert_frame_equal(_rows(tables, table, doc_ids),
                                      _rows(samples_alone, table, doc_ids))
    mine = read.drop(columns=["source"]).sort_values("doc_id").reset_index(drop=True)
    alone = samples_alone["documents"].drop(columns=["source"])
    pd.testing.assert_frame_equal(mine, alone.sort_values("doc_id").reset_index(drop=True))


# --- the corpus is what it says -------------------------------------------------------------


def test_the_committed_corpus_is_small_and_complete():
    files = {p.name: p for p in make_bad.BAD.iterdir()}
    assert set(files) == set(make_bad.EXPECTED)
    assert files["empty.txt"].stat().st_size == 0
    assert all(p.stat().st_size <= 64 * 1024 for p in files.values())


def test_the_bomb_is_tiny_and_inflates_past_a_gigabyte():
    data = (make_bad.BAD / "bomb.pdf").read_bytes()
    assert len(data) < 4096
    start = data.index(b"stream\n", data.index(b"/FlateDecode /FlateDecode")) + 7
    raw = data[start : data.index(b"endstream", start)]
    assert len(zlib.decompress(raw)) < 2 * 1024 * 1024  # one layer: still small
    gigabyte = 1024 * 1024 * 1024
    assert inflated_size(raw, 2, gigabyte) > gigabyte


def test_the_blank_pdf_has_5000_pages_and_the_deep_page_10000_levels():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument((make_bad.BAD / "blank_5000_pages.pdf").read_bytes())
    assert len(pdf) == 5000
    pdf.close()
    assert (make_bad.BAD / "deep_nesting.html").read_bytes().count(b"<div>") == 10_000


def test_the_runtime_corpus(tmp_path):
    expected = make_bad.make_runtime_bad(tmp_path)
    try:
        assert (tmp_path / "huge_50mb.html").stat().st_size >= 50 * 1024 * 1024
        assert os.path.islink(tmp_path / "loop.txt") and not (tmp_path / "loop.txt").exists()
        assert (tmp_path / "loop_dir").resolve() == tmp_path.resolve()
        assert (tmp_path / "fifo.txt").is_fifo()
        assert set(expected) >= set(make_bad.RUNTIME_EXPECTED)
    finally:
        make_bad.restore_permissions(tmp_path)


@pytest.mark.skipif(os.geteuid() != 0, reason="only as root: the chmod 000 file is in the "
                                               "corpus otherwise")
def test_as_root_a_chmod_000_file_is_simply_read(tmp_path):
    """Root reads a file whatever its mode, so the corpus leaves the permission case out
    when running as root (FIFO, loops and a dangling symlink stay unreadable for root)."""
    from zhibiao import process

    path = tmp_path / make_bad.UNREADABLE
    path.write_bytes(make_bad.REPORT.encode())
    path.chmod(0)
    assert process(path).ok
