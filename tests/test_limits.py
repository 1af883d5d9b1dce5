"""Limits (limits.py): each one quarantines a document naming the limit, is checked before
the work it bounds, and is configurable from `zhibiao convert`; the worker memory cap
turns a runaway allocation into a quarantine row, and the run goes on."""

from __future__ import annotations

import os

import pandas as pd
import pytest
from typer.testing import CliRunner

from support import SAMPLES, load_make_bad
from zhibiao import pipeline, read_lake
from zhibiao.cli import app
from zhibiao.errors import TooLarge
from zhibiao.ingest import read_bytes
from zhibiao.limits import MB, Limits
from zhibiao.options import Options
from zhibiao.pipeline import process
from zhibiao.runners import run_pool

make_bad = load_make_bad()
BAD = make_bad.BAD
TEXT = SAMPLES / "001_half_year_summary.txt"
HTML = SAMPLES / "001_half_year_summary.html"
PDF = SAMPLES / "001_half_year_summary.pdf"


def quarantined(source, limits: Limits) -> tuple[str, str]:
    result = process(source, limits)
    assert result.quarantine is not None, f"{source} was read"
    return result.quarantine.reason, result.quarantine.error


def test_defaults_are_safe_and_checked():
    limits = Limits()
    assert limits.max_file_bytes == 200 * MB and limits.max_pages == 2000
    assert limits.max_chars == 20_000_000 and limits.max_memory_bytes == 4096 * MB
    with pytest.raises(ValueError, match="max_pages"):
        Limits(max_pages=0)
    with pytest.raises(ValueError, match="256 MB"):
        Limits(max_memory_bytes=10 * MB)
    with pytest.raises(ValueError, match="at least 256 MB"):
        Limits.from_options(max_memory_mb=100)
    assert Limits.from_options(max_memory_mb=0).max_memory_bytes is None
    assert Limits.from_options(max_file_mb=1.5).max_file_bytes == int(1.5 * MB)


def test_every_sample_is_within_the_default_limits():
    for source in sorted(SAMPLES.glob("*.*")):
        assert process(source).ok, source


def test_file_size_is_checked_with_stat_before_reading(tmp_path):
    """A 300 MB sparse file is refused from its size alone: nothing is read."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(300 * MB)
    with pytest.raises(TooLarge, match=r"300 MB is over the file-size limit of 200 MB"):
        read_bytes(path)
    reason, error = quarantined(path, Limits())
    assert reason == "too_large" and "--max-file-mb" in error
    result = process(path, Limits())
    assert result.quarantine.stage == "read" and result.quarantine.doc_id is None


def test_file_size_limit_is_configurable():
    size = TEXT.stat().st_size
    assert quarantined(TEXT, Limits(max_file_bytes=size - 1))[0] == "too_large"
    assert process(TEXT, Limits(max_file_bytes=size)).ok


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    reason, error = quarantined(fifo, Limits())
    assert reason == "unreadable" and "not a regular file" in error


def test_page_limit_is_checked_before_any_page_is_read():
    reason, error = quarantined(BAD / "blank_5000_pages.pdf", Limits())
    assert reason == "too_many_pages"
    assert "5,000 pages, over the limit of 2,000 (--max-pages)" in error
    # allowed, the 5,000 pages are read and found blank
    reason, error = quarantined(BAD / "blank_5000_pages.pdf", Limits(max_pages=5000))
    assert reason == "no_text" and "5000 page(s) are blank" in error
    pages = process(PDF).records.document.pages
    assert quarantined(PDF, Limits(max_pages=pages - 1))[0] == "too_many_pages"


@pytest.mark.parametrize("source", [TEXT, HTML, PDF], ids=["text", "html", "pdf"])
def test_character_limit_applies_to_every_kind_of_document(source):
    chars = process(source).records.document.chars
    reason, error = quarantined(source, Limits(max_chars=chars // 2))
    assert reason == "too_long" and "(--max-chars)" in error
    assert process(source, Limits(max_chars=chars * 4)).ok


def test_character_limit_refuses_a_long_file_before_decoding_it(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"a" * 1000)
    reason, error = quarantined(path, Limits(max_chars=100))
    assert reason == "too_long" and "the file has 250 characters or more" in error


def test_the_bomb_is_refused_before_pdfium_inflates_it():
    reason, error = quarantined(BAD / "bomb.pdf", Limits())
    assert reason == "decompression_bomb"
    assert "inflates to more than 512 MB" in error and "2 Flate layer(s)" in error


def test_inflated_stream_limit_is_configurable_and_spares_real_pdfs():
    # the sample's streams inflate to a few hundred KB at most
    assert process(PDF, Limits(max_inflated_bytes=4 * MB)).ok
    reason, _ = quarantined(PDF, Limits(max_inflated_bytes=1024))
    assert reason == "decompression_bomb"


@pytest.mark.slow
def test_worker_memory_cap_stops_a_bomb_past_the_stream_limit():
    """With the stream limit raised past the bomb, pdfium inflates it and hits the pool
    worker's cap of 1 GB more than it started with (the bomb needs over 2 GB): the worker
    dies, the document is quarantined naming the cap, and the next documents are read by
    a fresh worker."""
    limits = Limits(max_inflated_bytes=2048 * MB, max_memory_bytes=1024 * MB)
    sources = [str(BAD / "bomb.pdf"), str(TEXT), str(SAMPLES / "000_progress_quarterly.txt")]
    bomb, *rest = run_pool(sources, workers=1, timeout=120, options=Options(limits=limits))
    assert bomb.quarantine.reason in ("worker_died", "out_of_memory"), bomb.quarantine
    assert "may take 1024 MB, --max-memory-mb" in bomb.quarantine.error
    assert all(r.ok for r in rest)


def test_memory_error_in_process_is_quarantined_naming_the_cap(monkeypatch):
    def hungry(doc):
        raise MemoryError

    monkeypatch.setattr(pipeline, "parse", hungry)
    result = process(TEXT, Limits(max_memory_bytes=512 * MB))
    assert result.quarantine.reason == "out_of_memory"
    assert result.quarantine.stage == "parse"
    assert "may take 512 MB, --max-memory-mb" in result.quarantine.error


@pytest.mark.parametrize("command", ["convert", "refresh"])
def test_convert_and_refresh_take_the_limits_from_the_command_line(tmp_path, command):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        command, str(TEXT), str(PDF), str(BAD / "blank_5000_pages.pdf"),
        "--lake" if command == "refresh" else "-o", str(out),
        "-q", "--workers", "1", "--max-pages", "1", "--max-chars", "100000",
        "--max-file-mb", "1", "--max-inflated-mb", "64", "--max-memory-mb", "2048"])
    assert result.exit_code == 0, result.output
    if command == "refresh":
        tables = read_lake(out, as_pandas=True)
        quarantine, documents = tables["quarantine"], tables["documents"]
    else:
        quarantine = pd.read_parquet(out / "quarantine.parquet")
        documents = pd.read_parquet(out / "documents.parquet")
    reasons = dict(zip(quarantine["source"].map(lambda s: s.rsplit("/", 1)[-1]),
                       quarantine["reason"], strict=True))
    assert reasons == {PDF.name: "too_many_pages", "blank_5000_pages.pdf": "too_many_pages"}
    assert len(documents) == 1


def test_convert_refuses_a_memory_cap_too_small_to_run(tmp_path):
    result = CliRunner().invoke(app, ["convert", str(TEXT), "-o", str(tmp_path / "o"),
                                      "--max-memory-mb", "10"])
    assert result.exit_code != 0
    assert "256 MB" in result.output


def test_a_table_bomb_in_a_web_page_is_refused_quickly(tmp_path):
    """50 KB of colspan="1000" cells would spread into 2 million slots (minutes, GBs)."""
    row = "<tr>" + '<td colspan="1000">1</td>' * 40 + "</tr>"
    path = tmp_path / "cells.html"
    path.write_text(f"<html><body><table>{row * 50}</table></body></html>", encoding="utf-8")
    reason, error = quarantined(path, Limits())
    assert reason == "too_many_cells"
    assert "cover 2,000,000 slots, over the limit of 250,000 cells" in error


def test_a_ragged_tab_table_too_wide_to_pad_is_refused(tmp_path):
    """One line of 5,000 tabs over 100 short tab lines: padding them to a full grid would
    take 500,000 cells."""
    path = tmp_path / "tabs.txt"
    path.write_text("市应急管理局工作总结\n" + "\t" * 5000 + "x\n" + "事故\t27起\n" * 100,
                    encoding="utf-8")
    reason, error = quarantined(path, Limits())
    assert reason == "too_many_cells" and "101 rows × 5,001 columns" in error


def test_tables_under_the_cell_limit_are_read(tmp_path):
    row = "<tr>" + '<td colspan="10">12起</td>' * 5 + "</tr>"
    path = tmp_path / "wide.html"
    path.write_text(f"<html><body><table>{row * 100}</table></body></html>", encoding="utf-8")
    assert process(path, Limits()).ok
