"""Refresh (export/lake_refresh.py): incremental, one transaction per table, the hash memo."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pyarrow as pa
from deltalake import DeltaTable

from lake_support import (
    CLI,
    assert_same_tables,
    change_numbers,
    converted_tables,
    rows_as_json,
    table_versions,
)
from support import SAMPLES
from web_support import Reply
from zhibiao import PARSER_VERSION, process, read_lake, refresh
from zhibiao.export import lake as lake_module
from zhibiao.export import lake_refresh
from zhibiao.export.lake import CHILD_TABLES, Lake
from zhibiao.ingest import doc_id_of
from zhibiao.schema import TABLES


def test_first_refresh_holds_what_convert_writes(corpus, tmp_path):
    lake = tmp_path / "lake"
    summary = refresh([corpus], lake)
    assert summary.run_id is not None
    assert summary.processed == summary.inputs > 10
    assert summary.quarantined == 3 and summary.skipped == 0
    tables = read_lake(lake)
    assert_same_tables(tables, converted_tables([corpus], tmp_path / "out"))
    assert summary.rows_written == sum(tables[name].num_rows for name in TABLES)
    runs = Lake(lake).runs().to_pylist()
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
    before = table_versions(lake)
    runs_before = Lake(lake).runs().num_rows
    summary = refresh([corpus], lake)
    assert summary.run_id is None and not summary.changed
    assert summary.rows_written == 0 and summary.rows_deleted == 0 and summary.commits == 0
    assert summary.skipped == summary.inputs - 3  # the 3 bad inputs are retried
    assert table_versions(lake) == before
    assert Lake(lake).runs().num_rows == runs_before
    result = subprocess.run([*CLI, "refresh", str(corpus), "--lake", str(lake)],
                            capture_output=True, text=True, check=True)
    assert "unchanged" in result.stdout and "0 rows written" in result.stdout
    assert table_versions(lake) == before


def test_one_changed_document_replaces_only_its_rows(corpus, tmp_path):
    lake = tmp_path / "lake"
    refresh([corpus], lake)
    old = read_lake(lake)
    path = corpus / "001_half_year_summary.txt"
    old_id = doc_id_of(path.read_bytes())
    change_numbers(path)
    new_id = doc_id_of(path.read_bytes())
    summary = refresh([corpus], lake)
    assert summary.processed == 1 + 3 and summary.skipped == summary.inputs - 4
    new = read_lake(lake)
    fresh = process(path).records
    for name in ("documents", *CHILD_TABLES):
        others_old = old[name].filter(pa.compute.not_equal(old[name]["doc_id"], old_id))
        others_new = new[name].filter(pa.compute.not_equal(new[name]["doc_id"], new_id))
        assert rows_as_json(others_old, name) == rows_as_json(others_new, name), name  # untouched
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
    first_run = Lake(lake).runs().to_pylist()[0]["run_id"]
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
    assert_same_tables(tables, converted_tables([corpus], tmp_path / "out"))


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
    assert Lake(lake).runs().to_pylist()[-1]["parser_version"] == "99.0.0"
    assert_same_tables(tables, converted_tables([corpus], tmp_path / "out"))  # no duplicates
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
    assert_same_tables(tables, converted_tables([corpus], tmp_path / "out"))


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
    monkeypatch.setattr(fingerprint, "_hash", lambda s, o: hashed.append(s) or real(s, o))
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
    assert_same_tables(read_lake(lake), converted_tables([corpus], tmp_path / "out"))
    result = subprocess.run([*CLI, "refresh", str(corpus), "--lake", str(lake), "--rehash"],
                            capture_output=True, text=True, check=True)
    assert "unchanged" in result.stdout

    # Refreshing one sub-folder keeps what is remembered of the others.
    refresh([corpus / "bad"], lake)
    hashed.clear()
    assert refresh([corpus], lake).run_id is None
    assert hashed == []


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
    assert_same_tables(tables, converted_tables([corpus], tmp_path / "out"))
    for name, key in (("documents", "source"), ("values", "value_id"),
                      ("indicators", "indicator_id")):
        keys = tables[name][key].to_pylist()
        assert len(keys) == len(set(keys)), name


def test_refresh_from_a_url_list_rereads_only_the_changed_page(site, tmp_path, monkeypatch):
    """--urls into a lake: the fetcher's cache revalidates (ETag) so unchanged pages cost
    a 304 and no parse; a page the server changed is replaced alone."""
    from zhibiao.ingest import fetch as fetch_module
    from zhibiao.options import FetchOptions, Options

    monkeypatch.setattr(fetch_module, "_current", None)  # restored after the test
    options = Options(fetch=FetchOptions(cache_dir=str(tmp_path / "cache"), min_interval=0,
                                         max_age=0, retries=1, timeout=5))
    names = ["001_half_year_summary", "002_annual_work_plan"]
    urls = []
    for name in names:
        body = (SAMPLES / f"{name}.html").read_bytes()
        urls.append(site.route(f"/art/{name}.html",
                               Reply(body=body, headers={"ETag": f'"{name}-1"'})))
    listing = tmp_path / "urls.lst"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    lake = tmp_path / "lake"
    try:
        first = refresh([], lake, url_files=[listing], options=options)
        assert first.processed == 2 and first.quarantined == 0
        assert sorted(read_lake(lake)["documents"]["source"].to_pylist()) == sorted(urls)

        again = refresh([], lake, url_files=[listing], options=options)
        assert again.run_id is None and again.skipped == 2

        page = (SAMPLES / f"{names[0]}.html").read_bytes()  # GB2312: ASCII digits are
        changed = re.sub(rb"\d+", lambda m: b"%d" % (int(m.group()) + 1), page, count=5)
        site.route(f"/art/{names[0]}.html",  # never a trail byte, so bytes can be edited
                   Reply(body=changed, headers={"ETag": f'"{names[0]}-2"'}))
        third = refresh([], lake, url_files=[listing], options=options)
        assert third.processed == 1 and third.skipped == 1
        docs = read_lake(lake)["documents"].to_pylist()
        assert {d["source"]: d["doc_id"] for d in docs}[urls[0]] == doc_id_of(changed)
        assert len(docs) == 2
    finally:
        if fetch_module._current is not None:
            fetch_module._current[1].close()
