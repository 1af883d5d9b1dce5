"""How well zhibiao reads 项目支出绩效目标表 (budget performance-goal tables), per layout.

Writes the three PDFs of tests/data/make_goal_tables.py (form_per_project, long_list,
split_columns) into a temporary folder (or --keep FOLDER), runs `zhibiao.process` on
each and compares the values it wrote with the generator's gold facts. For each layout
it prints the document's genre and title, then a funnel: gold facts; how many have a
written value of role 'target' whose indicator has the gold name (whitespace removed);
and of those the right number (1e-6 relative), unit, comparator, and project (the name
of the indicator's target); then every miss, each with the closest written value and
what differs; then every written value that no gold fact took (those already shown as
the closest of a miss are counted, not repeated). A value is taken by at most one gold
fact (the first in document order that matches it on all five counts).
Figures, never pass/fail.

    .venv/bin/python bench/goal_tables.py [--keep FOLDER]
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

MAKER = Path(__file__).resolve().parent.parent / "tests" / "data" / "make_goal_tables.py"
CHECKS = ("name", "number", "unit", "comparator", "project")

Fact = tuple[str, str, float | None, str, str, str | None]


class Written(NamedTuple):
    """A value as zhibiao wrote it, with its indicator's and target's names."""

    role: str
    name: str | None
    number: float | None
    unit: str
    comparator: str
    qualitative: str | None
    project: str | None
    raw: str
    page: int | None

    def show(self) -> str:
        words = f" qual={self.qualitative!r}" if self.qualitative else ""
        return (f"{self.raw!r} p{self.page} role={self.role} name={self.name!r} "
                f"number={self.number} unit={self.unit!r} cmp={self.comparator}{words} "
                f"target={self.project!r}")


def load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_goal_tables", MAKER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_goal_tables"] = module
    spec.loader.exec_module(module)
    return module


def squash(text: str | None) -> str | None:
    return None if text is None else "".join(text.split())


def written_values(path: Path) -> tuple[str, list[Written]]:
    """A line describing the document, and its values in the order written."""
    result = process(path)
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
        project = targets.get(ind.target_id) if ind and ind.target_id else None
        values.append(Written(v.role, ind.name if ind else None, v.number, v.unit,
                              v.comparator, v.qualitative, project, v.raw, v.page))
    about = (f"genre={doc.genre} title={doc.title!r} status={doc.status} pages={doc.pages}; "
             f"counts {result.counts}")
    if doc.warnings:
        about += "\n  warnings: " + "; ".join(doc.warnings)
    return about, values


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def passed(fact: Fact, value: Written) -> dict[str, bool]:
    """Each check of `CHECKS` for one gold fact against one written value ('name' also
    asks for role 'target')."""
    project, name, number, unit, comparator, _ = fact
    return {
        "name": value.role == "target" and squash(value.name) == squash(name),
        "number": same_number(value.number, number),
        "unit": value.unit == unit,
        "comparator": value.comparator == comparator,
        "project": squash(value.project) == squash(project),
    }


def funnel_depth(fact: Fact, value: Written) -> int:
    """How many checks in a row, from the first, the value passes."""
    ok = passed(fact, value)
    depth = 0
    for check in CHECKS:
        if not ok[check]:
            break
        depth += 1
    return depth


def name_likeness(fact: Fact, value: Written) -> int:
    """2: the gold name; 1: one name holds the other (a name run into a neighbouring cell's
    text, or cut short); 0: neither."""
    gold, name = squash(fact[1]), squash(value.name)
    if not name:
        return 0
    return 2 if name == gold else int(gold in name or name in gold)


def closest(fact: Fact, values: list[Written], taken: set[int]) -> int | None:
    """The written value most like the fact: by name (the same, then one holding the
    other), then number, then qualitative words, then checks passed, free values before
    taken ones; None when none has a like name nor the number."""
    best, best_key = None, None
    for k, value in enumerate(values):
        ok = passed(fact, value)
        like = name_likeness(fact, value)
        words = fact[5] is not None and value.qualitative == fact[5]
        if not (like or (ok["number"] and fact[2] is not None) or words):
            continue
        key = (like, ok["number"], words, sum(ok.values()), k not in taken)
        if best_key is None or key > best_key:
            best, best_key = k, key
    return best


def show_fact(fact: Fact) -> str:
    project, name, number, unit, comparator, words = fact
    shown = repr(words) if number is None else f"{comparator}{number:g} {unit!r}"
    return f"[{project}] {name}: {shown}"


def report(layout: str, path: Path, gold: list[Fact]) -> dict[str, int]:
    about, values = written_values(path)
    print(f"\n== {path.name}: {about}")
    depths = [max((funnel_depth(f, v) for v in values), default=0) for f in gold]
    counts = {"gold": len(gold)}
    print(f"  {'gold facts':<44}{len(gold):>4}")
    labels = ("as target with the indicator name", "+ number", "+ unit", "+ comparator",
              "+ project (target name)")
    for level, label in enumerate(labels, start=1):
        counts[CHECKS[level - 1]] = sum(d >= level for d in depths)
        print(f"  {label:<44}{counts[CHECKS[level - 1]]:>4}")

    taken: dict[int, int] = {}  # value index -> gold index
    for g, fact in enumerate(gold):
        for k, value in enumerate(values):
            if k not in taken and funnel_depth(fact, value) == len(CHECKS):
                taken[k] = g
                break
    matched = set(taken.values())
    words_right = sum(values[k].qualitative == gold[g][5] for k, g in taken.items())
    print(f"  {'matched one to one on all five':<44}{len(matched):>4}"
          f"   (qualitative words also right: {words_right})")

    first_failure: Counter[str] = Counter()
    shown: set[int] = set()
    print(f"  misses ({len(gold) - len(matched)} gold facts not matched):")
    for g, fact in enumerate(gold):
        if g in matched:
            continue
        k = closest(fact, values, set(taken))
        if k is None:
            first_failure["nothing like it"] += 1
            print(f"    {show_fact(fact)}  -- nothing written with a like name, its number "
                  "or its words")
            continue
        ok = passed(fact, values[k])
        wrong = [c for c in CHECKS if not ok[c]] or ["value taken by an earlier fact"]
        first_failure[wrong[0]] += 1
        shown.add(k)
        print(f"    {show_fact(fact)}  -- wrong: {', '.join(wrong)}\n"
              f"      closest {values[k].show()}")
    extra = [k for k in range(len(values)) if k not in taken]
    rest = [k for k in extra if k not in shown]
    print(f"  written, no gold fact: {len(extra)}, of which {len(extra) - len(rest)} shown "
          f"above as the closest of a miss; the other {len(rest)}:")
    for k in rest:
        print(f"    {values[k].show()}")
    print("  misses by first failing check: "
          + (", ".join(f"{c} {n}" for c, n in first_failure.most_common()) or "none"))
    counts["matched"] = len(matched)
    counts["extra"] = len(extra)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the PDFs here and keep them")
    args = parser.parse_args()
    maker = load_maker()
    with tempfile.TemporaryDirectory(prefix="goal_tables_") as tmp:
        folder = args.keep or Path(tmp)
        paths = maker.write_goal_tables(folder)
        summary = {path.stem: report(path.stem, path, maker.gold_facts(path.stem))
                   for path in paths}
    print("\n== summary (gold / name / +number / +unit / +comparator / +project / "
          "matched / written without gold)")
    for layout, c in summary.items():
        print(f"  {layout:<18}" + " ".join(f"{c[k]:>4}" for k in (
            "gold", *CHECKS, "matched", "extra")))


if __name__ == "__main__":
    main()
