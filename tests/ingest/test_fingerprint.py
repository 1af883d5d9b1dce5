"""Content ids remembered by stat: unchanged files are not re-read, changed ones always are."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from support import GBK_REPORT
from zhibiao.ingest import doc_id_of, fingerprint
from zhibiao.ingest.fingerprint import RACY_NS, Fingerprint, content_ids


@pytest.fixture()
def reads(monkeypatch) -> list[str]:
    """Sources whose bytes were read to hash them, in order."""
    seen: list[str] = []
    real = fingerprint._hash

    def counting(source: str, options) -> str | None:
        seen.append(source)
        return real(source, options)

    monkeypatch.setattr(fingerprint, "_hash", counting)
    return seen


def _aged(prints: dict[str, Fingerprint], seconds: float = 10) -> dict[str, Fingerprint]:
    """The fingerprints as if they had been taken `seconds` later (past the racy window)."""
    shift = int(seconds * 1e9)
    return {s: Fingerprint(f.source, f.doc_id, f.size, f.mtime_ns, f.ctime_ns, f.inode,
                           f.seen_ns + shift) for s, f in prints.items()}


def _report(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_unchanged_files_are_not_read_again(tmp_path, reads):
    sources = [_report(tmp_path, f"r{i}.txt", f"全市完成{i}项。\n") for i in range(5)]
    ids, prints = content_ids(sources)
    assert ids == {s: doc_id_of(Path(s).read_bytes()) for s in sources}
    assert reads == sources
    reads.clear()
    again, kept = content_ids(sources, _aged(prints))
    assert again == ids and reads == []
    assert kept == _aged(prints)  # nothing new to remember


def test_a_rewrite_with_same_size_and_restored_mtime_is_still_hashed(tmp_path, reads):
    path = Path(_report(tmp_path, "r.txt", "罚款156.5万元。\n"))
    ids, prints = content_ids([str(path)])
    before = path.stat()
    time.sleep(0.01)
    path.write_text("罚款165.5万元。\n", encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # mtime faked back
    assert path.stat().st_size == before.st_size
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    reads.clear()
    again, _ = content_ids([str(path)], _aged(prints))
    assert reads == [str(path)]  # ctime moved: read again
    assert again[str(path)] == doc_id_of(path.read_bytes()) != ids[str(path)]


def test_a_file_seen_right_after_it_changed_is_hashed_again(tmp_path, reads):
    """Racy-git rule: a write in the same timestamp tick as the stat could look unchanged,
    so a hash taken within RACY_NS of the file's change is not trusted."""
    source = _report(tmp_path, "r.txt", "开展执法检查320家次。\n")
    _, prints = content_ids([source])
    assert prints[source].seen_ns - prints[source].mtime_ns < RACY_NS
    reads.clear()
    content_ids([source], prints)
    assert reads == [source]


def test_replaced_file_with_new_inode_is_hashed_again(tmp_path, reads):
    source = _report(tmp_path, "r.txt", GBK_REPORT)
    _, prints = content_ids([source])
    other = _report(tmp_path, "other.txt", GBK_REPORT.replace("12", "21"))
    os.replace(other, source)
    reads.clear()
    ids, _ = content_ids([source], _aged(prints))
    assert reads == [source]
    assert ids[source] == doc_id_of(Path(source).read_bytes())


def test_rehash_reads_everything(tmp_path, reads):
    sources = [_report(tmp_path, f"r{i}.txt", f"死亡{i}人。\n") for i in range(3)]
    _, prints = content_ids(sources)
    reads.clear()
    content_ids(sources, _aged(prints), rehash=True)
    assert reads == sources


def test_unreadable_and_missing_inputs_have_no_id_and_are_not_remembered(tmp_path):
    folder = tmp_path / "a_folder.txt"
    folder.mkdir()
    missing = str(tmp_path / "gone.txt")
    ok = _report(tmp_path, "ok.txt", "完成80%。\n")
    ids, prints = content_ids([str(folder), missing, ok])
    assert ids == {str(folder): None, missing: None, ok: doc_id_of(Path(ok).read_bytes())}
    assert set(prints) == {ok}
