"""The Delta lake (export/lake.py): reads, schema guard, the writer lock, crash safety."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pyarrow as pa
import pytest
from deltalake import DeltaTable, write_deltalake

from lake_support import CLI, table_versions
from support import REPO, SAMPLES
from zhibiao import lake_versions, read_lake, refresh
from zhibiao.export import lake as lake_module
from zhibiao.export.lake import (
    CHILD_TABLES,
    Lake,
    LakeBusyError,
    LakeEmptyError,
    LakeSchemaError,
    lake_lock,
)
from zhibiao.ingest import doc_id_of
from zhibiao.schema import TABLES


def test_read_lake_before_any_run_and_unknown_run(tmp_path):
    with pytest.raises(LakeEmptyError):
        read_lake(tmp_path / "nothing")
    lake = tmp_path / "lake"
    refresh([SAMPLES / "000_progress_quarterly.txt"], lake)
    with pytest.raises(LakeEmptyError):
        read_lake(lake, run_id="no-such-run")
    frames = read_lake(lake, as_pandas=True, tables=["documents", "values", "runs"])
    assert len(frames["documents"]) == 1 and len(frames["values"]) > 0
    assert list(frames["runs"].status) == ["checkpoint", "complete"]


def test_lake_versions_name_the_snapshot_read_lake_reads(tmp_path):
    """Another engine reading at lake_versions() sees what read_lake returns, even with a
    newer, unfinished batch committed after the last complete run."""
    lake = tmp_path / "lake"
    refresh([SAMPLES / "000_progress_quarterly.txt"], lake)
    first_run = Lake(lake).runs().to_pylist()[-1]["run_id"]
    refresh([SAMPLES / "000_progress_quarterly.txt", SAMPLES / "002_annual_work_plan.txt"],
            lake)
    write_deltalake(str(lake / "values"),  # a crashed writer's commit: not in any snapshot
                    read_lake(lake, tables=["values"])["values"].slice(0, 3), mode="append")
    versions = lake_versions(lake)
    assert versions["values"] == DeltaTable(str(lake / "values")).version() - 1
    snapshot = read_lake(lake)
    for name in TABLES:
        direct = DeltaTable(str(lake / name), version=versions[name]).to_pyarrow_table()
        assert direct.num_rows == snapshot[name].num_rows, name
    old = lake_versions(lake, run_id=first_run)
    assert old["values"] < versions["values"]
    with pytest.raises(LakeEmptyError):
        lake_versions(tmp_path / "nothing")


def test_schema_version_mismatch_is_an_explicit_error(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    DeltaTable(str(lake / "values")).alter.set_table_properties(
        {"zhibiao.schema_version": "1"}, raise_if_not_exists=False)
    before = table_versions(lake)
    with pytest.raises(LakeSchemaError, match="schema version '1'"):
        refresh([corpus], lake)
    with pytest.raises(LakeSchemaError):
        read_lake(lake)
    assert table_versions(lake) == before  # nothing was overwritten
    result = subprocess.run([*CLI, "refresh", str(corpus), "--lake", str(lake)],
                            capture_output=True, text=True)
    assert result.returncode == 3 and "migrate" in result.stdout


def test_a_held_lock_makes_a_refresh_wait_or_give_up(tmp_path):
    lake = tmp_path / "lake"
    report = SAMPLES / "000_progress_quarterly.txt"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom zhibiao.export.lake import lake_lock\n"
         f"with lake_lock({str(lake)!r}):\n    print('held', flush=True)\n"
         "    sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"  # type: ignore[union-attr]
    with pytest.raises(LakeBusyError):
        refresh([report], lake, lock_timeout=0.3)
    with pytest.raises(LakeBusyError), lake_lock(lake, timeout=0):
        pass
    holder.communicate("go\n", timeout=30)  # releases the lock
    assert refresh([report], lake, lock_timeout=5).changed
    with lake_lock(lake), pytest.raises(LakeBusyError):  # another thread of this process
        refresh([report], lake, lock_timeout=0.3)


# --------------------------------------------------------------------------- crash safety


def _make_corpus(folder: Path, count: int, rng: random.Random) -> None:
    """`count` small text reports cut from the samples, with varied numbers."""
    templates = [p.read_text(encoding="utf-8")[:1200] for p in sorted(SAMPLES.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        _write_version(folder / f"report_{i:04d}.txt", templates[i % len(templates)], rng)


def _write_version(path: Path, template: str, rng: random.Random) -> None:
    text = re.sub(r"(?<![\d.])\d{1,3}(?![\d年])",
                  lambda m: str(rng.randint(1, 999)) if rng.random() < 0.3 else m.group(),
                  template)
    tail = f"\n本期共完成{rng.randint(1, 500)}项，同比增长{rng.randint(1, 99)}%。\n"
    path.write_text(text + tail, encoding="utf-8")


_REFERENCE_WORKER = """
import json, sys
from zhibiao import process
for line in sys.stdin:
    records = process(line.rstrip("\\n")).records
    print(json.dumps({n: len(records.tables[n]) for n in TABLES}), flush=True)
""".replace("TABLES", repr(CHILD_TABLES))


class _Reference:
    """What every version of every generated document must become (by doc_id), from
    `process` in a separate interpreter, like the refreshes under test (so an edit of
    the parser made while the test suite runs cannot make them disagree)."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {}
        self.worker = subprocess.Popen([sys.executable, "-c", _REFERENCE_WORKER],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       text=True)

    def close(self) -> None:
        self.worker.stdin.close()  # type: ignore[union-attr]
        self.worker.wait(timeout=60)

    def add_folder(self, folder: Path) -> dict[str, str]:
        state = {}
        for path in sorted(folder.glob("*.txt")):
            doc_id = doc_id_of(path.read_bytes())
            if doc_id not in self.counts:
                self.worker.stdin.write(f"{path}\n")  # type: ignore[union-attr]
                self.worker.stdin.flush()  # type: ignore[union-attr]
                self.counts[doc_id] = json.loads(self.worker.stdout.readline())  # type: ignore[union-attr]
            state[str(path)] = doc_id
        return state


def _check_consistent(tables: dict[str, pa.Table], reference: _Reference) -> dict[str, str]:
    """Every document complete, no orphans, no duplicates; returns source → doc_id."""
    docs = tables["documents"].to_pylist()
    sources = [d["source"] for d in docs]
    assert len(sources) == len(set(sources)), "a source has two documents rows"
    doc_ids = {d["doc_id"] for d in docs}
    for name in CHILD_TABLES:
        counts = Counter(tables[name]["doc_id"].to_pylist())
        assert set(counts) <= doc_ids, f"{name} rows without their document"
        for doc_id in doc_ids:
            assert counts.get(doc_id, 0) == reference.counts[doc_id][name], (name, doc_id)
    values = tables["values"]["value_id"].to_pylist()
    assert len(values) == len(set(values))
    return {d["source"]: d["doc_id"] for d in docs}


def _latest(lake: Path) -> dict[str, pa.Table]:
    return {name: DeltaTable(str(lake / name)).to_pyarrow_table(columns=["doc_id"])
            for name in ("documents", *CHILD_TABLES)}


def _wait_while_running(proc: subprocess.Popen, deadline: float,
                        condition: Callable[[], bool]) -> None:
    while time.monotonic() < deadline and proc.poll() is None and not condition():
        time.sleep(0.01)


def _holds_lock(lock: Path, pid: int) -> bool:
    return lock.exists() and lock.read_text().strip() == str(pid)


def _more_runs(lake: Path, rows: int) -> bool:
    return Lake(lake).runs().num_rows > rows


def _documents_past(lake: Path, version: int) -> bool:
    """A commit of the documents table after `version`: a batch is being written."""
    return DeltaTable(str(lake / "documents")).version() > version


@pytest.mark.slow
def test_kill_9_at_random_points_never_breaks_the_lake(tmp_path, request):
    rng = random.Random(9)
    corpus, lake = tmp_path / "corpus", tmp_path / "lake"
    _make_corpus(corpus, 90, rng)
    templates = [p.read_text(encoding="utf-8")[:1200] for p in sorted(SAMPLES.glob("*.txt"))]
    reference = _Reference()
    request.addfinalizer(reference.close)
    command = [*CLI, "refresh", str(corpus), "--lake", str(lake), "--batch", "6", "--prune",
               "--engine", "local", "-q"]
    completed_states = []  # corpus states that some run completed on
    kills = attempts = mid_batch = 0
    # (ten kills, three of them between two checkpoints: how often a kill lands inside a
    # batch's commits depends on how fast the machine parses, so it goes on until it has)
    while kills < 10 or mid_batch < 3:
        attempts += 1
        assert attempts <= 40, f"only {kills} kills landed during a refresh, {mid_batch} " \
            "of them between two checkpoints"
        if attempts > 1:  # change a third of the reports, remove one, add one
            for path in rng.sample(sorted(corpus.glob("*.txt")), 30):
                _write_version(path, rng.choice(templates), rng)
            rng.choice(sorted(corpus.glob("*.txt"))).unlink()
            _write_version(corpus / f"report_new_{attempts}.txt", rng.choice(templates), rng)
        state = reference.add_folder(corpus)
        completed_states.append(state)
        lock = lake / lake_module.LOCK_NAME
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Wait until it holds the lock (it writes its pid there), then kill it at a
        # random point of its work: mostly after its first checkpoint, often right
        # inside a batch's commits (a short window: aimed at, not left to chance),
        # otherwise anywhere in recovery, scanning and parsing.
        deadline = time.monotonic() + 60
        _wait_while_running(proc, deadline, partial(_holds_lock, lock, proc.pid))
        if rng.random() < 0.7:
            checkpoints = Lake(lake).runs().num_rows
            _wait_while_running(proc, deadline, partial(_more_runs, lake, checkpoints))
            if rng.random() < 0.6:  # into the next batch's commits
                runs = Lake(lake).runs().to_pylist()
                committed = runs[-1]["version_documents"] if runs else 0
                _wait_while_running(proc, deadline, partial(_documents_past, lake, committed))
                time.sleep(rng.uniform(0, 0.05))
            else:
                time.sleep(rng.uniform(0, 0.5))
        else:
            time.sleep(rng.uniform(0, 2.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        assert proc.returncode in (0, -signal.SIGKILL), proc.stderr.read()  # type: ignore[union-attr]
        runs = Lake(lake).runs().to_pylist()
        if runs and any(DeltaTable(str(lake / n)).version() > runs[-1][f"version_{n}"]
                        for n in TABLES):
            mid_batch += 1  # killed between two checkpoints: the next run must recover
        # The last complete run reads as one consistent snapshot of a corpus state...
        if Lake(lake).runs().num_rows and any(
                r["status"] == "complete" for r in Lake(lake).runs().to_pylist()):
            snapshot = _check_consistent(read_lake(lake), reference)
            assert snapshot in completed_states
            # ...and so does the last checkpoint of the killed run.
            last = Lake(lake).runs().to_pylist()[-1]["run_id"]
            _check_consistent(read_lake(lake, run_id=last), reference)
        # Even the latest versions (no snapshot) never show values without a document.
        latest = _latest(lake)
        doc_ids = set(latest["documents"]["doc_id"].to_pylist())
        for name in CHILD_TABLES:
            assert set(latest[name]["doc_id"].to_pylist()) <= doc_ids, name
    print(f"{kills} kills in {attempts} refreshes, {mid_batch} between two checkpoints")
    # A re-run completes with exactly the expected rows.
    subprocess.run(command, check=True, capture_output=True)
    tables = read_lake(lake)
    assert _check_consistent(tables, reference) == reference.add_folder(corpus)
    assert tables["values"].num_rows == sum(
        reference.counts[d][("values")] for d in reference.add_folder(corpus).values())
    assert refresh([corpus], lake, prune=True).run_id is None


# --------------------------------------------------------------------------- README


def test_readme_lake_snippets_run(tmp_path, monkeypatch):
    """The Python blocks of the README's lake section, run against a real lake."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The lake", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) >= 3
    monkeypatch.chdir(tmp_path)
    refresh([SAMPLES], tmp_path / "lake")
    for block in blocks:
        if "import polars" in block:
            pytest.importorskip("polars")
        exec(compile(block, "README.md", "exec"), {})


#: Documents of the refresh killed mid-run (faster parsing once let 40 finish in a second).
KILLED_CORPUS = 120


@pytest.mark.slow
def test_killed_pool_refresh_does_not_leave_the_lake_locked(tmp_path):
    """Worker processes may outlive a killed refresh; they must not hold its lock. (The
    corpus is large enough that the refresh is still running when it is killed, a moment
    after it took the lock.)"""
    corpus, lake = tmp_path / "corpus", tmp_path / "lake"
    _make_corpus(corpus, KILLED_CORPUS, random.Random(3))
    proc = subprocess.Popen([*CLI, "refresh", str(corpus), "--lake", str(lake), "--engine",
                             "pool", "--workers", "2", "--batch", "5", "-q"])
    lock = lake / lake_module.LOCK_NAME
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            break
        time.sleep(0.01)
    time.sleep(0.3)
    finished_first = proc.poll() is not None
    if not finished_first:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert not finished_first, "the refresh ended before it could be killed: enlarge the corpus"
    summary = refresh([corpus], lake, lock_timeout=30)
    assert summary.changed
    tables = read_lake(lake)
    assert tables["documents"].num_rows == KILLED_CORPUS
