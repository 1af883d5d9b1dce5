"""`convert` writes its Parquet snapshot atomically: a temporary folder, then one swap."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from support import SAMPLES
from zhibiao import convert, process
from zhibiao.schema import TABLES


def _snapshot(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}


def _leftovers(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.*"))


def test_convert_replaces_the_tables_and_keeps_other_files(tmp_path):
    out = tmp_path / "out"
    convert([SAMPLES / "000_progress_quarterly.txt"], out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    convert([SAMPLES / "001_half_year_summary.txt"], out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert {p.name for p in out.iterdir()} == {f"{t}.parquet" for t in TABLES} | {"notes.txt"}
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [Path(d["source"]).name for d in docs] == ["001_half_year_summary.txt"]
    assert _leftovers(out) == []


def test_a_failed_convert_leaves_the_previous_snapshot(tmp_path):
    out = tmp_path / "out"
    convert([SAMPLES], out)
    before = _snapshot(out)

    def failing_runner(sources):
        for i, source in enumerate(sources):
            if i == 2:
                raise RuntimeError("the machine caught fire")
            yield process(source)

    with pytest.raises(RuntimeError, match="fire"):
        convert([SAMPLES / "000_progress_quarterly.txt", SAMPLES / "001_half_year_summary.txt",
                 SAMPLES / "002_annual_work_plan.txt"], out, runner=failing_runner)
    assert _snapshot(out) == before
    assert _leftovers(out) == []


@pytest.mark.slow
def test_a_killed_convert_leaves_the_previous_snapshot(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (SAMPLES / "001_half_year_summary.txt").read_text(encoding="utf-8")
    for i in range(300):
        (corpus / f"r{i:03d}.txt").write_text(f"{text}\n第{i}号。\n", encoding="utf-8")
    out = tmp_path / "out"
    convert([SAMPLES / "000_progress_quarterly.txt"], out)
    before = _snapshot(out)
    proc = subprocess.Popen([sys.executable, "-m", "zhibiao.cli", "convert", str(corpus),
                             "-o", str(out), "-q"])
    deadline = time.monotonic() + 60
    while not _leftovers(out) and time.monotonic() < deadline:  # writing has begun
        time.sleep(0.01)
    time.sleep(0.3)
    assert proc.poll() is None, "convert finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _snapshot(out) == before
    assert _leftovers(out)  # the dead run's temporary folder...
    convert([SAMPLES / "000_progress_quarterly.txt"], out)
    assert _leftovers(out) == []  # ...is cleared by the next run
