"""`zhibiao check`: golden files catch a moved value and name it."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from support import SAMPLES
from zhibiao.check import check_samples, expected_path
from zhibiao.cli import app

runner = CliRunner()
SAMPLE = "000_progress_quarterly.txt"


def _copy_sample(tmp_path):
    shutil.copy(SAMPLES / SAMPLE, tmp_path / SAMPLE)
    return tmp_path / SAMPLE


def test_update_writes_golden_files_and_an_unchanged_run_passes(tmp_path):
    sample = _copy_sample(tmp_path)
    first = runner.invoke(app, ["check", str(tmp_path), "--update"])
    assert first.exit_code == 0, first.output
    golden = json.loads(expected_path(sample).read_text(encoding="utf-8"))
    assert any(v["raw"] == "28起" and v["number"] == 28 for v in golden["values"])
    again = runner.invoke(app, ["check", str(tmp_path)])
    assert again.exit_code == 0, again.output
    assert "1 passed, 0 failed" in again.output
    assert "precision 100.0%, recall 100.0%" in again.output


def test_a_perturbed_golden_file_fails_with_a_diff_naming_the_value(tmp_path):
    sample = _copy_sample(tmp_path)
    check_samples([tmp_path], update=True)
    path = expected_path(sample)
    golden = json.loads(path.read_text(encoding="utf-8"))
    moved = next(v for v in golden["values"] if v["raw"] == "28起")
    moved["number"] = 29.0
    dropped = golden["values"].pop(next(i for i, v in enumerate(golden["values"])
                                        if v["raw"] == "660家次"))
    path.write_text(json.dumps(golden, ensure_ascii=False), encoding="utf-8")

    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert f"value changed: '28起' @{moved['at']}" in result.output
    assert "number 29.0 → 28.0" in result.output
    assert f"value added: '660家次' @{dropped['at']}" in result.output
    assert "0 passed, 1 failed" in result.output
    (check,) = check_samples([tmp_path])
    assert check.recall < 1 and check.precision < 1


def test_a_sample_without_golden_file_is_reported_unchecked(tmp_path):
    _copy_sample(tmp_path)
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 0
    assert f"unchecked {SAMPLE}" in result.output


def test_a_quarantined_sample_is_checked_by_its_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    check_samples([tmp_path], update=True)
    golden = json.loads(expected_path(tmp_path / "empty.txt").read_text(encoding="utf-8"))
    assert golden == {"quarantine": {"stage": "ingest", "reason": "empty"}}
    assert all(c.passed for c in check_samples([tmp_path]))
