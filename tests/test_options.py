"""Options: settings chosen at the edge (convert, refresh, the CLI, or a Python caller) reach
the readers in every worker, pickled, and the environment is read there once, not below."""

from __future__ import annotations

import pickle
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from support import SAMPLES, load_make_bad
from zhibiao import convert, process, refresh
from zhibiao.cli import app
from zhibiao.ingest import ocr
from zhibiao.limits import Limits
from zhibiao.options import DEFAULT_CACHE_MAX_AGE, FetchOptions, Options
from zhibiao.runners import run_pool

TEXT = SAMPLES / "001_half_year_summary.txt"


@pytest.fixture
def scan(tmp_path) -> Path:
    """A one-page PDF of an image and no text layer: read only by OCR."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(load_make_bad().image_only_pdf())
    return path


@pytest.fixture
def ocr_calls(monkeypatch) -> list[dict]:
    """OCR installed or not, a stand-in that records each page sent to it (with the
    arguments the reader gave) and reads nothing from it."""
    calls: list[dict] = []

    def fake_ocr(page, space, number, **options):
        calls.append({"page": number, **options})
        return ocr.OcrPage(number, [], [])

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "ocr_page", fake_ocr)
    monkeypatch.delenv("ZHIBIAO_OCR", raising=False)
    monkeypatch.delenv("ZHIBIAO_OCR_THREADS", raising=False)
    return calls


def _quarantine_errors(out: Path) -> list[str]:
    return pd.read_parquet(out / "quarantine.parquet")["error"].tolist()


def test_convert_with_ocr_never_does_not_ocr_an_image_only_pdf(scan, ocr_calls, tmp_path):
    convert([scan], tmp_path / "never", ocr="never")
    assert ocr_calls == []
    [error] = _quarantine_errors(tmp_path / "never")
    assert "scanned, no text layer; OCR is off" in error

    convert([scan], tmp_path / "auto")  # the default, auto: the page goes to OCR
    assert ocr_calls == [{"page": 1, "threads": 0}]
    [error] = _quarantine_errors(tmp_path / "auto")
    assert "OCR found no text" in error


def test_convert_takes_an_options_object(scan, ocr_calls, tmp_path):
    convert([scan], tmp_path / "never", options=Options(ocr="never"))
    assert ocr_calls == []
    convert([scan], tmp_path / "threads", options=Options(ocr_threads=3))
    assert ocr_calls == [{"page": 1, "threads": 3}]
    # the limits keyword still works, and replaces the options' limits
    summary = convert([scan], tmp_path / "small", options=Options(ocr="never"),
                      limits=Limits(max_file_bytes=100))
    assert ocr_calls == [{"page": 1, "threads": 3}]
    [error] = _quarantine_errors(summary.out)
    assert "over the file-size limit" in error


def test_a_bad_ocr_mode_is_refused_at_the_edge(tmp_path):
    with pytest.raises(ValueError, match="auto, always, never"):
        convert([TEXT], tmp_path, ocr="sometimes")
    with pytest.raises(ValueError, match="auto, always, never"):
        Options(ocr="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ocr_threads"):
        Options(ocr_threads=-1)


def test_options_pickle_as_they_are_sent_to_workers():
    options = Options(limits=Limits(max_pages=7, max_memory_bytes=None), ocr="never",
                      ocr_threads=2, fetch=FetchOptions(cache_dir=Path("/tmp/c"), max_age=5))
    again = pickle.loads(pickle.dumps(options))
    assert again == options and hash(again) == hash(options)
    assert again.limits.max_pages == 7 and again.fetch.cache_dir == Path("/tmp/c")


def test_the_options_reach_a_pool_worker(scan, monkeypatch):
    """A forked worker inherits the environment; it must read the options it was sent."""
    monkeypatch.setenv("ZHIBIAO_OCR", "always")
    [result] = run_pool([str(scan)], workers=1, timeout=60, options=Options(ocr="never"))
    assert result.quarantine is not None, result
    assert "OCR is off" in result.quarantine.error


def test_from_env_reads_the_overrides():
    options = Options.from_env({"ZHIBIAO_OCR": " Never ", "ZHIBIAO_OCR_THREADS": "2",
                                "ZHIBIAO_CACHE": "/srv/cache", "ZHIBIAO_CACHE_MAX_AGE": "60"})
    assert options == Options(ocr="never", ocr_threads=2,
                              fetch=FetchOptions(cache_dir="/srv/cache", max_age=60.0))
    assert Options.from_env({}) == Options()
    xdg = Options.from_env({"XDG_CACHE_HOME": "/x", "ZHIBIAO_CACHE_MAX_AGE": "soon"})
    assert xdg.fetch == FetchOptions(cache_dir=str(Path("/x/zhibiao/http")),
                                     max_age=DEFAULT_CACHE_MAX_AGE)
    with pytest.raises(ValueError, match="ZHIBIAO_OCR_THREADS"):
        Options.from_env({"ZHIBIAO_OCR_THREADS": "many"})


def test_below_the_edge_the_environment_is_not_read(scan, ocr_calls, monkeypatch, tmp_path):
    """process is given its options; only convert, refresh and the CLI read ZHIBIAO_*."""
    monkeypatch.setenv("ZHIBIAO_OCR", "never")
    monkeypatch.setenv("ZHIBIAO_OCR_THREADS", "5")
    result = process(scan)
    assert ocr_calls == [{"page": 1, "threads": 0}]  # Options(): auto, whatever the env says
    assert "OCR found no text" in result.quarantine.error

    convert([scan], tmp_path / "out")
    assert len(ocr_calls) == 1  # the edge read ZHIBIAO_OCR=never
    summary = refresh([scan], tmp_path / "lake")
    assert len(ocr_calls) == 1 and summary.quarantined == 1


def test_each_edge_reads_the_environment_once(monkeypatch, tmp_path):
    reads: list[int] = []
    real = Options.from_env.__func__

    def counted(cls, environ=None):
        reads.append(1)
        return real(cls, environ)

    monkeypatch.setattr(Options, "from_env", classmethod(counted))
    convert([TEXT], tmp_path / "a")
    assert len(reads) == 1
    convert([TEXT], tmp_path / "b", options=Options())  # given: the environment is not read
    assert len(reads) == 1
    result = CliRunner().invoke(app, ["convert", str(TEXT), "-o", str(tmp_path / "c"),
                                      "--engine", "local", "--quiet"])
    assert result.exit_code == 0, result.output
    assert len(reads) == 2
