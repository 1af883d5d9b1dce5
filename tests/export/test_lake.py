"""The Delta lake: incremental, atomic, crash-safe `refresh` (issue 9)."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from deltalake import DeltaTable, write_deltalake

from support import REPO, SAMPLES, make_bad_inputs
from zhibiao import PARSER_VERSION, compact, convert, migrate, process, read_lake, refresh
from zhibiao.export import lake as lake_module
from zhibiao.export import lake_refresh
from zhibiao.export.lake import (
    CHILD_TABLES,
    LakeBusyError,
    LakeEmptyError,
    LakeSchemaError,
    lake_lock,
    lake_runs,
)
from zhibiao.ingest import doc_id_of
from zhibiao.schema import TABLES

CLI = [sys.executable, "-m", "zhibiao.cli"]


# --------------------------------------------------------------------------- helpers


def _rows(table: pa.Table, name: str) -> list[str]:
    """A table's rows as sorted JSON lines (quarantine.at left out: it is a time)."""
    rows = table.to_pylist()
    if name == "quarantine":
        for row in rows:
            row.pop("at")
    return sorted(json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)
                  for row in rows)


def _converted(inputs, out) -> dict[str, pa.Table]:
    summary = convert(inputs, out)
    return {name: pq.read_table(path) for name, path in summary.tables.items()}


def assert_same_tables(lake_tables: dict[str, pa.Table], expected: dict[str, pa.Table]) -> None:
    for name in TABLES:
        assert _rows(lake_tables[name], name) == _rows(expected[name], name), name


def _versions(lake: Path) -> dict[str, int]:
    return {name: DeltaTable(str(lake / name)).version() for name in (*TABLES, "runs")}


@pytest.fixture()
def corpus(tmp_path) -> Path:
    """The samples and the bad inputs, copied so tests can change them."""
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLES, folder, ignore=shutil.ignore_patterns("make", "expected"))
    make_bad_inputs(folder / "bad")
    return folder


def _change_numbers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text, count=3)
    assert changed != text
    path.write_text(changed, encoding="utf-8")


# --------------------------------------------------------------------------- acceptance


def test_first_refresh_holds_what_convert_writes(corpus, tmp_path):
    lake = tmp_path / "lake"
    summary = refresh([corpus], lake)
    assert summary.run_id is not None
    assert summary.processed == summary.inputs > 10
    assert summary.quarantined == 3 and summary.skipped == 0
    tables = read_lake(lake)
    assert_same_tables(tables, _converted([corpus], tmp_path / "out"))
    assert summary.rows_written == sum(tables[name].num_rows for name in TABLES)
    runs = lake_runs(lake).to_pylist()
    assert runs[-1]["status"] == "complete"
    assert {r["run_id"] for r in runs} == {summary.run_id}
    # Schema and parser version in the table metadata and the commit info.
    for name in TABLES:
        dt = DeltaTable(str(lake / name))
        assert dt.metadata().configuration["zhibiao.schema_version"] == lake_module.SCHEMA_VERSION
        assert dt.metadata().partition_columns == []
    info = DeltaTable(str(lake / "values")).history(1)[0]
    assert info["zhibiao.parser_version"] == PARSER_VERSION
    assert info["zhibiao.run_id"] == summary.run_id


def test_unchanged_rerun_writes_nothing(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    before = _versions(lake)
    runs_before = lake_runs(lake).num_rows
    summary = refresh([corpus], lake)
    assert summary.run_id is None and not summary.changed
    assert summary.rows_written == 0 and summary.rows_deleted == 0 and summary.commits == 0
    assert summary.skipped == summary.inputs - 3  # the 3 bad inputs are retried
    assert _versions(lake) == before
    assert lake_runs(lake).num_rows == runs_before
    result = subprocess.run([*CLI, "refresh", str(corpus), "--lake", str(lake)],
                            capture_output=True, text=True, check=True)
    assert "unchanged" in result.stdout and "0 rows written" in result.stdout
    assert _versions(lake) == before


def test_one_changed_document_replaces_only_its_rows(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    old = read_lake(lake)
    path = corpus / "001_half_year_summary.txt"
    old_id = doc_id_of(path.read_bytes())
    _change_numbers(path)
    new_id = doc_id_of(path.read_bytes())
    summary = refresh([corpus], lake)
    assert summary.processed == 1 + 3 and summary.skipped == summary.inputs - 4
    new = read_lake(lake)
    fresh = process(path).records
    for name in ("documents", *CHILD_TABLES):
        others_old = old[name].filter(pa.compute.not_equal(old[name]["doc_id"], old_id))
        others_new = new[name].filter(pa.compute.not_equal(new[name]["doc_id"], new_id))
        assert _rows(others_old, name) == _rows(others_new, name), name  # untouched
        mine = new[name].filter(pa.compute.equal(new[name]["doc_id"], new_id))
        assert mine.num_rows == len(fresh.tables[name]), name
    assert old_id not in set(new["documents"]["doc_id"].to_pylist())
    old_rows = sum(pa.compute.sum(pa.compute.equal(old[n]["doc_id"], old_id)).as_py() or 0
                   for n in ("documents", *CHILD_TABLES))
    assert summary.rows_deleted == old_rows
    assert summary.rows_written == sum(len(rows) for rows in fresh.tables.values())
    # Each child table was replaced in one transaction whose predicate names the doc_ids.
    for name in CHILD_TABLES:
        last = DeltaTable(str(lake / name)).history(1)[0]
        if last["operation"] == "WRITE":
            assert old_id in last["operationParameters"]["predicate"]
    # The previous run stays readable by its id.
    first_run = lake_runs(lake).to_pylist()[0]["run_id"]
    assert_same_tables(read_lake(lake, run_id=first_run), old)


def test_prune_removes_rows_of_sources_that_are_gone(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    gone = corpus / "002_annual_work_plan.txt"
    gone_id = doc_id_of(gone.read_bytes())
    gone.unlink()
    (corpus / "bad" / "empty.txt").unlink()  # a quarantined source goes too
    kept = refresh([corpus], lake)
    assert kept.pruned == 0
    assert gone_id in read_lake(lake)["documents"]["doc_id"].to_pylist()
    summary = refresh([corpus], lake, prune=True)
    assert summary.pruned == 2 and summary.processed == 2  # the 2 remaining bad inputs
    tables = read_lake(lake)
    for name in ("documents", *CHILD_TABLES):
        assert gone_id not in tables[name]["doc_id"].to_pylist(), name
    assert not any(s.endswith("empty.txt") for s in tables["quarantine"]["source"].to_pylist())
    assert_same_tables(tables, _converted([corpus], tmp_path / "out"))


def test_parser_version_bump_reparses_every_document(corpus, tmp_path, monkeypatch):
    import zhibiao.parse

    lake = tmp_path / "lake"
    first = refresh([corpus], lake)
    monkeypatch.setattr(zhibiao.parse, "PARSER_VERSION", "99.0.0")
    monkeypatch.setattr(lake_refresh, "PARSER_VERSION", "99.0.0")
    summary = refresh([corpus], lake)
    assert summary.processed == first.processed and summary.skipped == 0
    tables = read_lake(lake)
    assert set(tables["documents"]["parser_version"].to_pylist()) == {"99.0.0"}
    assert lake_runs(lake).to_pylist()[-1]["parser_version"] == "99.0.0"
    assert_same_tables(tables, _converted([corpus], tmp_path / "out"))  # no duplicates
    assert refresh([corpus], lake).run_id is None  # and now it is up to date


def test_changed_document_that_now_fails_moves_to_quarantine(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    path = corpus / "000_progress_quarterly.txt"
    old_id = doc_id_of(path.read_bytes())
    path.write_bytes(b"")
    refresh([corpus], lake)
    tables = read_lake(lake)
    for name in ("documents", *CHILD_TABLES):
        assert old_id not in tables[name]["doc_id"].to_pylist(), name
    assert str(path) in tables["quarantine"]["source"].to_pylist()
    assert_same_tables(tables, _converted([corpus], tmp_path / "out"))


def test_identical_bytes_under_two_names_are_written_once(corpus, tmp_path):
    lake = tmp_path / "lake"
    shutil.copy(corpus / "001_half_year_summary.txt", corpus / "copy.txt")
    refresh([corpus], lake)
    tables = read_lake(lake)
    doc_id = doc_id_of((corpus / "copy.txt").read_bytes())
    assert tables["documents"]["doc_id"].to_pylist().count(doc_id) == 2
    values = tables["values"]["value_id"].to_pylist()
    assert len(values) == len(set(values))
    (corpus / "copy.txt").unlink()
    refresh([corpus], lake, prune=True)  # the other source still needs those rows
    tables = read_lake(lake)
    assert doc_id in tables["values"]["doc_id"].to_pylist()
    assert tables["documents"]["doc_id"].to_pylist().count(doc_id) == 1


def test_refresh_reads_only_inputs_whose_stat_changed(corpus, tmp_path, monkeypatch):
    """The hash memo: an unchanged input is not even read; a rewritten one is, even with
    its size kept and its mtime set back; a lost or damaged memo only costs time."""
    from zhibiao.ingest import fingerprint

    monkeypatch.setattr(fingerprint, "RACY_NS", 0)  # the corpus was copied a moment ago
    hashed: list[str] = []
    real = fingerprint._hash
    monkeypatch.setattr(fingerprint, "_hash", lambda s: hashed.append(s) or real(s))
    lake = tmp_path / "lake"
    first = refresh([corpus], lake)
    assert len(hashed) == first.inputs
    assert (lake / lake_module.FINGERPRINTS_NAME).is_file()

    hashed.clear()
    unchanged = refresh([corpus], lake)
    assert hashed == [] and unchanged.run_id is None

    path = corpus / "001_half_year_summary.txt"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    swapped = text.replace("1", "#").replace("2", "1").replace("#", "2")
    assert swapped != text
    path.write_text(swapped, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    changed = refresh([corpus], lake)
    assert hashed == [str(path)]
    assert changed.processed == 1 + 3  # it, and the 3 bad inputs that are always retried
    assert doc_id_of(path.read_bytes()) in read_lake(lake)["documents"]["doc_id"].to_pylist()

    (lake / lake_module.FINGERPRINTS_NAME).write_bytes(b"not parquet")
    hashed.clear()
    assert refresh([corpus], lake).run_id is None
    assert len(hashed) == first.inputs
    assert_same_tables(read_lake(lake), _converted([corpus], tmp_path / "out"))
    result = subprocess.run([*CLI, "refresh", str(corpus), "--lake", str(lake), "--rehash"],
                            capture_output=True, text=True, check=True)
    assert "unchanged" in result.stdout

    # Refreshing one sub-folder keeps what is remembered of the others.
    refresh([corpus / "bad"], lake)
    hashed.clear()
    assert refresh([corpus], lake).run_id is None
    assert hashed == []


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


def test_schema_version_mismatch_is_an_explicit_error(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    DeltaTable(str(lake / "values")).alter.set_table_properties(
        {"zhibiao.schema_version": "1"}, raise_if_not_exists=False)
    before = _versions(lake)
    with pytest.raises(LakeSchemaError, match="schema version '1'"):
        refresh([corpus], lake)
    with pytest.raises(LakeSchemaError):
        read_lake(lake)
    assert _versions(lake) == before  # nothing was overwritten
    result = subprocess.run([*CLI, "refresh", str(corpus), "--lake", str(lake)],
                            capture_output=True, text=True)
    assert result.returncode == 3 and "migrate" in result.stdout


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
    last = lake_runs(lake).to_pylist()[-1]
    last.update(seq=last["seq"] + 1, finished=datetime.now(timezone.utc),
                **{f"version_{name}": v for name, v in _versions(lake).items() if name != "runs"})
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
    assert lake_runs(lake).to_pylist()[-1]["status"] == "migrate"
    assert tables["values"].num_rows == old_values.num_rows
    assert tables["values"]["confidence"].null_count == old_values.num_rows
    assert tables["values"]["raw"].to_pylist() == old_values["raw"].to_pylist()
    assert all(v.startswith("migrated:")
               for v in tables["documents"]["parser_version"].to_pylist())
    versions = _versions(lake)
    assert all(not item.changed for item in migrate(lake))  # idempotent
    assert _versions(lake) == versions

    summary = refresh([corpus], lake)
    assert summary.processed == summary.inputs and summary.skipped == 0
    assert_same_tables(read_lake(lake), _converted([corpus], tmp_path / "out"))


def test_migrate_refuses_newer_lakes_and_required_columns_without_a_change(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    _as_older_schema(lake, {}, version="9")
    before = _versions(lake)
    with pytest.raises(LakeSchemaError, match="newer than this zhibiao"):
        migrate(lake)
    assert _versions(lake) == before

    _as_older_schema(lake, {"values": ["role"]})  # a column that may not be empty
    with pytest.raises(LakeSchemaError, match=r"values\.role is new"):
        migrate(lake)
    for name in ("documents", "targets", "indicators"):  # migrated first, then undone
        dt = DeltaTable(str(lake / name))
        assert dt.metadata().configuration["zhibiao.schema_version"] == "2", name
    with pytest.raises(LakeSchemaError):
        read_lake(lake)


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


def test_two_concurrent_refreshes_both_complete_without_duplicates(corpus, tmp_path):
    lake = tmp_path / "lake"
    command = [*CLI, "refresh", str(corpus), "--lake", str(lake), "--batch", "2", "-q"]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    said = " ".join(out for out, _ in outputs)
    # One did the work; the other waited for the lock and then found nothing to do.
    assert said.count("unchanged:") == 1 and said.count(" processed, ") == 1, said
    tables = read_lake(lake)
    assert_same_tables(tables, _converted([corpus], tmp_path / "out"))
    for name, key in (("documents", "source"), ("values", "value_id"),
                      ("indicators", "indicator_id")):
        keys = tables[name][key].to_pylist()
        assert len(keys) == len(set(keys)), name


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
    assert lake_runs(lake).to_pylist()[-1]["status"] == "compact"
    assert refresh([corpus], lake).run_id is None  # compaction changed no data
    compact(lake, retention_hours=24)  # the shortest retention the guard allows
    assert_same_tables(read_lake(lake), before)
    result = subprocess.run([*CLI, "compact", "--lake", str(lake)], capture_output=True,
                            text=True, check=True)
    assert "values:" in result.stdout


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
    return lake_runs(lake).num_rows > rows


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
    while kills < 10:
        attempts += 1
        assert attempts <= 30, f"only {kills} kills landed during a refresh"
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
            checkpoints = lake_runs(lake).num_rows
            _wait_while_running(proc, deadline, partial(_more_runs, lake, checkpoints))
            if rng.random() < 0.6:  # into the next batch's commits
                runs = lake_runs(lake).to_pylist()
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
        runs = lake_runs(lake).to_pylist()
        if runs and any(DeltaTable(str(lake / n)).version() > runs[-1][f"version_{n}"]
                        for n in TABLES):
            mid_batch += 1  # killed between two checkpoints: the next run must recover
        # The last complete run reads as one consistent snapshot of a corpus state...
        if lake_runs(lake).num_rows and any(
                r["status"] == "complete" for r in lake_runs(lake).to_pylist()):
            snapshot = _check_consistent(read_lake(lake), reference)
            assert snapshot in completed_states
            # ...and so does the last checkpoint of the killed run.
            last = lake_runs(lake).to_pylist()[-1]["run_id"]
            _check_consistent(read_lake(lake, run_id=last), reference)
        # Even the latest versions (no snapshot) never show values without a document.
        latest = _latest(lake)
        doc_ids = set(latest["documents"]["doc_id"].to_pylist())
        for name in CHILD_TABLES:
            assert set(latest[name]["doc_id"].to_pylist()) <= doc_ids, name
    print(f"{kills} kills in {attempts} refreshes, {mid_batch} between two checkpoints")
    assert mid_batch >= 3
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


@pytest.mark.slow
def test_killed_pool_refresh_does_not_leave_the_lake_locked(tmp_path):
    """Worker processes may outlive a killed refresh; they must not hold its lock."""
    corpus, lake = tmp_path / "corpus", tmp_path / "lake"
    _make_corpus(corpus, 40, random.Random(3))
    proc = subprocess.Popen([*CLI, "refresh", str(corpus), "--lake", str(lake), "--engine",
                             "pool", "--workers", "2", "--batch", "5", "-q"])
    lock = lake / lake_module.LOCK_NAME
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists() and lock.read_text().strip() == str(proc.pid):
            break
        time.sleep(0.01)
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    summary = refresh([corpus], lake, lock_timeout=30)
    assert summary.changed
    tables = read_lake(lake)
    assert tables["documents"].num_rows == 40
