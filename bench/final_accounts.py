"""How well zhibiao reads a department's final account (部门决算) as a real PDF.

Writes the PDF of tests/data/make_final_accounts.py into a temporary folder (or --keep
FOLDER), runs `zhibiao.process` on it and compares the values written with the
generator's gold facts. It prints the document's genre, title and status, then per kind
of fact (table: the standard tables; form: the 项目支出绩效自评表; prose: the 情况说明
and 部门概况) a funnel: gold facts; how many have a written value of the right role whose
indicator has the gold name (whitespace removed), read in a table, the form or prose as
the fact stands and, for a table or form fact, under the table's or the project's name
as target; and of those the right number (1e-6
relative), unit, comparator and change (with the qualitative words for a 定性 value).
Then every miss, with the closest written value and what differs, and every written
value no gold fact took (those already shown as the closest of a miss are counted, not
repeated). A value is taken by at most one gold fact (the first in document order that
matches it on every check). Figures, never pass/fail.

    .venv/bin/python bench/final_accounts.py [--keep FOLDER] [--quiet]
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from zhibiao import process

MAKER = Path(__file__).resolve().parent.parent / "tests" / "data" / "make_final_accounts.py"
CHECKS = ("name", "number", "unit", "comparator", "change")
KINDS = ("table", "form", "prose")


class Written(NamedTuple):
    """A value as zhibiao wrote it, with its indicator's and target's names."""

    role: str
    name: str | None
    number: float | None
    unit: str
    comparator: str
    change: str | None
    qualitative: str | None
    target: str | None
    raw: str
    page: int | None
    kind: str  # where it was read: table, form (the 自评表) or prose

    def show(self) -> str:
        words = f" qual={self.qualitative!r}" if self.qualitative else ""
        change = f" change={self.change}" if self.change else ""
        return (f"{self.raw!r} p{self.page} {self.kind} role={self.role} name={self.name!r} "
                f"number={self.number} unit={self.unit!r} cmp={self.comparator}{change}"
                f"{words} target={self.target!r}")


def load_maker() -> ModuleType:
    if "make_final_accounts" in sys.modules:
        return sys.modules["make_final_accounts"]
    spec = importlib.util.spec_from_file_location("make_final_accounts", MAKER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_final_accounts"] = module
    spec.loader.exec_module(module)
    return module


def squash(text: str | None) -> str | None:
    return None if text is None else "".join(text.split())


def kinds_of(path: Path):
    """offset → where it stands (table, form or prose), from the document's blocks."""
    from zhibiao.ingest import read_document

    doc = read_document(str(path), path.read_bytes())
    spans = []
    for block in doc.blocks:
        if block.kind == "table":
            kind = "form" if "三级指标" in doc.text[block.start : block.end] else "table"
            spans.append((block.start, block.end, kind))

    def kind_at(offset: int) -> str:
        return next((kind for start, end, kind in spans if start <= offset < end), "prose")
    return kind_at


def written_values(path: Path) -> tuple[str, list[Written]]:
    """A line describing the document, and its values in the order written."""
    result = process(path)
    kind_at = kinds_of(path)
    if result.records is None:
        return f"quarantined: {result.quarantine}", []
    tables = result.records.tables
    docs = tables.get("documents", [])
    if not docs:
        return f"no document row; counts {result.counts}", []
    doc = docs[0]
    targets = {t.target_id: t.name for t in tables.get("targets", [])}
    indicators = {i.indicator_id: i for i in tables.get("indicators", [])}
    values = []
    for v in tables.get("values", []):
        ind = indicators.get(v.indicator_id)
        target = targets.get(ind.target_id) if ind and ind.target_id else None
        values.append(Written(v.role, ind.name if ind else None, v.number, v.unit or "",
                              v.comparator, v.change, v.qualitative, target, v.raw, v.page,
                              kind_at(v.char_start)))
    about = (f"genre={doc.genre} title={doc.title!r} issuer={doc.issuer!r} "
             f"published={doc.published} status={doc.status} pages={doc.pages}; "
             f"counts {result.counts}")
    if doc.warnings:
        about += "\n  warnings: " + "\n            ".join(doc.warnings)
    return about, values


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def passed(fact, value: Written) -> dict[str, bool]:
    """Each check of `CHECKS` for one gold fact against one written value ('name' also
    asks for the role and that the value was read where the fact stands: a table, the
    form, prose, and for a table or form fact under its target, the table's title or
    the project; 'change' also for the qualitative words)."""
    return {
        "name": value.role == fact.role and squash(value.name) == squash(fact.name)
        and value.kind == fact.kind
        and (fact.kind == "prose" or squash(value.target) == squash(fact.part)),
        "number": same_number(value.number, fact.number),
        "unit": value.unit == fact.unit,
        "comparator": value.comparator == fact.comparator,
        "change": value.change == fact.change and value.qualitative == fact.qualitative,
    }


def funnel_depth(fact, value: Written) -> int:
    """How many checks in a row, from the first, the value passes."""
    ok = passed(fact, value)
    depth = 0
    for check in CHECKS:
        if not ok[check]:
            break
        depth += 1
    return depth


def name_likeness(fact, value: Written) -> int:
    """2: the gold name; 1: one name holds the other; 0: neither."""
    gold, name = squash(fact.name), squash(value.name)
    if not name:
        return 0
    return 2 if name == gold else int(gold in name or name in gold)


def closest(fact, values: list[Written], taken: set[int]) -> int | None:
    """The written value most like the fact: by name, then number, then checks passed,
    free values before taken ones; None when none has a like name nor the number."""
    best, best_key = None, None
    for k, value in enumerate(values):
        ok = passed(fact, value)
        like = name_likeness(fact, value)
        number = ok["number"] and fact.number is not None
        if not (like or number):
            continue
        key = (number and like > 0, like, number, sum(ok.values()), k not in taken)
        if best_key is None or key > best_key:
            best, best_key = k, key
    return best


def show_fact(fact) -> str:
    shown = repr(fact.qualitative) if fact.number is None else \
        f"{fact.comparator}{fact.number:g} {fact.unit!r}"
    change = f" {fact.change}" if fact.change else ""
    return f"[{fact.part}] {fact.name} ({fact.role}): {shown}{change}"


def match(gold: list, values: list[Written]) -> dict[int, int]:
    """value index → gold index, one to one, gold facts in order taking the first value
    that passes every check."""
    taken: dict[int, int] = {}
    for g, fact in enumerate(gold):
        for k, value in enumerate(values):
            if k not in taken and funnel_depth(fact, value) == len(CHECKS):
                taken[k] = g
                break
    return taken


def report(gold: list, values: list[Written], quiet: bool) -> dict[str, dict[str, int]]:
    taken = match(gold, values)
    matched = set(taken.values())
    summary: dict[str, dict[str, int]] = {}
    labels = ("right role and indicator name", "+ number", "+ unit", "+ comparator",
              "+ change (and 定性 words)")
    shown: set[int] = set()
    for kind in KINDS:
        facts = [(g, f) for g, f in enumerate(gold) if f.kind == kind]
        depths = [max((funnel_depth(f, v) for v in values), default=0) for _, f in facts]
        counts = {"gold": len(facts)}
        print(f"\n-- {kind} facts")
        print(f"  {'gold facts':<40}{len(facts):>5}")
        for level, label in enumerate(labels, start=1):
            counts[CHECKS[level - 1]] = sum(d >= level for d in depths)
            print(f"  {label:<40}{counts[CHECKS[level - 1]]:>5}")
        counts["matched"] = sum(g in matched for g, _ in facts)
        print(f"  {'matched one to one on every check':<40}{counts['matched']:>5}")
        first_failure: Counter[str] = Counter()
        misses = [(g, f) for g, f in facts if g not in matched]
        if misses and not quiet:
            print(f"  misses ({len(misses)}):")
        for _, fact in misses:
            k = closest(fact, values, set(taken))
            if k is None:
                first_failure["nothing like it"] += 1
                if not quiet:
                    print(f"    {show_fact(fact)}  -- nothing written with a like name or "
                          "its number")
                continue
            ok = passed(fact, values[k])
            wrong = [c for c in CHECKS if not ok[c]] or ["value taken by an earlier fact"]
            first_failure[wrong[0]] += 1
            shown.add(k)
            if not quiet:
                print(f"    {show_fact(fact)}  -- wrong: {', '.join(wrong)}\n"
                      f"      closest {values[k].show()}")
        print("  misses by first failing check: "
              + (", ".join(f"{c} {n}" for c, n in first_failure.most_common()) or "none"))
        summary[kind] = counts
    extra = [k for k in range(len(values)) if k not in taken]
    rest = [k for k in extra if k not in shown]
    print(f"\n-- written, no gold fact: {len(extra)}, of which {len(extra) - len(rest)} shown "
          f"above as the closest of a miss; the other {len(rest)}:")
    if not quiet:
        for k in rest:
            print(f"    {values[k].show()}")
    summary["all"] = {"written": len(values), "extra": len(extra)}
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the PDF here and keep it")
    parser.add_argument("--quiet", action="store_true", help="figures only, no lists")
    args = parser.parse_args()
    maker = load_maker()
    with tempfile.TemporaryDirectory(prefix="final_accounts_") as tmp:
        path = maker.write_final_account(args.keep or Path(tmp))
        about, values = written_values(path)
        print(f"== {path.name}: {about}")
        summary = report(maker.gold_facts(), values, args.quiet)
    print("\n== summary (gold / name+role / +number / +unit / +comparator / +change / "
          "matched)")
    for kind in KINDS:
        c = summary[kind]
        print(f"  {kind:<8}" + " ".join(f"{c[k]:>5}" for k in ("gold", *CHECKS, "matched")))
    print(f"  values written {summary['all']['written']}, no gold fact "
          f"{summary['all']['extra']}")


if __name__ == "__main__":
    main()
