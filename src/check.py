"""Regression checks: re-run the samples and compare with their golden files.

`samples/expected/<sample file name>.json` holds, for one sample, the stable part of what
zhibiao extracts: the document's genre and metadata, its targets, indicators, values and
attainment, with ids replaced by what they point at (an indicator's name, a value's raw
text and offset) so a golden file reads like the report and a diff names the value that
moved. Timestamps, ids and the document text are left out.

A value is identified by (offset, raw text, indicator); the same key with other fields is
"changed", a key on one side only is "added" or "removed". Precision and recall of values
count a value as right only when every field matches.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from zhibiao.files import write_atomic
from zhibiao.pipeline import Quarantined, Result, expand_inputs, process

EXPECTED_DIR = "expected"
VALUE_FIELDS = ("role", "number", "number_max", "unit", "comparator", "change",
                "change_basis", "period", "qualitative", "section", "page")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def expected_view(result: Result) -> dict[str, Any]:
    """The stable, readable part of one document's output (what a golden file holds)."""
    if isinstance(result, Quarantined):
        return {"quarantine": {"stage": result.quarantine.stage,
                               "reason": result.quarantine.reason}}
    records = result.records
    doc = records.document
    targets = {t.target_id: t.name for t in records.targets}
    indicators = {i.indicator_id: i.name for i in records.indicators}
    values = {v.value_id: f"{v.raw}@{v.char_start}" for v in records.values}
    return {
        "document": {"genre": doc.genre, "status": doc.status, "title": doc.title,
                     "issuer": doc.issuer, "published": _iso(doc.published),
                     "pages": doc.pages},
        "targets": [{"name": t.name, "section": t.section, "at": t.char_start}
                    for t in records.targets],
        "indicators": [{"name": i.name, "target": targets.get(i.target_id or ""),
                        "level1": i.level1, "level2": i.level2, "section": i.section}
                       for i in records.indicators],
        "values": [{"raw": v.raw, "at": v.char_start,
                    "indicator": indicators.get(v.indicator_id or ""),
                    "role": v.role, "number": v.number, "number_max": v.number_max,
                    "unit": v.unit, "comparator": v.comparator, "change": v.change,
                    "change_basis": v.change_basis,
                    "period": (f"{_iso(v.period_start) or ''}..{_iso(v.period_end) or ''}"
                               if v.period_start or v.period_end else None),
                    "qualitative": v.qualitative, "section": v.section, "page": v.page}
                   for v in records.values],
        "attainment": [{"indicator": indicators.get(a.indicator_id),
                        "target": values.get(a.target_value_id),
                        "actual": values.get(a.actual_value_id),
                        "status": a.status, "gap": a.gap} for a in records.attainment],
    }


def _value_key(value: dict[str, Any]) -> tuple[Any, ...]:
    return (value["at"], value["raw"], value["indicator"])


def _row_key(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


@dataclass
class SampleCheck:
    """How one sample compares with its golden file."""

    name: str
    differences: list[str] = field(default_factory=list)
    expected_values: int = 0
    actual_values: int = 0
    exact_values: int = 0
    unchecked: bool = False

    @property
    def passed(self) -> bool:
        return not self.differences

    @property
    def precision(self) -> float:
        return self.exact_values / self.actual_values if self.actual_values else 1.0

    @property
    def recall(self) -> float:
        return self.exact_values / self.expected_values if self.expected_values else 1.0


def _describe(value: dict[str, Any]) -> str:
    page = f" p.{value['page']}" if value.get("page") else ""
    return f"{value['raw']!r} @{value['at']}{page} [{value['indicator'] or '-'}]"


def compare(name: str, expected: dict[str, Any], actual: dict[str, Any]) -> SampleCheck:
    """Readable differences between a golden view and a fresh one."""
    check = SampleCheck(name)
    diffs = check.differences
    if "quarantine" in expected or "quarantine" in actual:
        if expected != actual:
            diffs.append(f"quarantine: expected {expected.get('quarantine')}, "
                         f"got {actual.get('quarantine')}")
        return check
    for key, want in expected["document"].items():
        got = actual["document"].get(key)
        if got != want:
            diffs.append(f"document.{key}: {want!r} → {got!r}")
    want_values = {_value_key(v): v for v in expected["values"]}
    got_values = {_value_key(v): v for v in actual["values"]}
    check.expected_values, check.actual_values = len(expected["values"]), len(actual["values"])
    for key, want in want_values.items():
        got = got_values.get(key)
        if got is None:
            diffs.append(f"value removed: {_describe(want)}")
            continue
        changed = [f"{f} {want.get(f)!r} → {got.get(f)!r}" for f in VALUE_FIELDS
                   if want.get(f) != got.get(f)]
        if changed:
            diffs.append(f"value changed: {_describe(want)}: {', '.join(changed)}")
        else:
            check.exact_values += 1
    diffs.extend(f"value added: {_describe(got)}" for key, got in got_values.items()
                 if key not in want_values)
    for table in ("targets", "indicators", "attainment"):
        want_rows = {_row_key(r) for r in expected[table]}
        got_rows = {_row_key(r) for r in actual[table]}
        diffs.extend(f"{table[:-1] if table != 'attainment' else table} removed: {r}"
                     for r in sorted(want_rows - got_rows))
        diffs.extend(f"{table[:-1] if table != 'attainment' else table} added: {r}"
                     for r in sorted(got_rows - want_rows))
    return check


def expected_path(sample: Path) -> Path:
    return sample.parent / EXPECTED_DIR / f"{sample.name}.json"


def _write_json(path: Path, view: dict[str, Any]) -> None:
    write_atomic(path, (json.dumps(view, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def check_samples(samples: Iterable[str | os.PathLike[str]], *,
                  update: bool = False) -> list[SampleCheck]:
    """Compare every sample (files or folders) with its golden file; with `update`, write
    the golden files afresh and report what changed (so the change can be reviewed)."""
    checks = []
    for source in expand_inputs(samples):
        sample = Path(source)
        golden = expected_path(sample)
        actual = expected_view(process(sample))
        name = sample.name
        had_golden = golden.exists()
        if had_golden:
            expected = json.loads(golden.read_text(encoding="utf-8"))
            check = compare(name, expected, actual)
        else:
            check = SampleCheck(name, unchecked=not update,
                                actual_values=len(actual.get("values", [])))
            if update:
                check.differences.append("new golden file")
        if update and (check.differences or not had_golden):
            _write_json(golden, actual)
        checks.append(check)
    return checks
