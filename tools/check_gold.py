"""Check a folder of newly labelled documents before it joins the corpus (corpus/LABELLING.md).

    .venv/bin/python tools/check_gold.py FOLDER [--corpus corpus/real] [--other DIR [DIR ...]]

Each NAME.gold.json must load as `zhibiao score` loads it, name a .txt document of 300+
characters, hold 8+ facts whose raw text stands verbatim in the document (as the scorer
finds it), use the corpus's kinds, roles, comparators and changes, and come from a source
no gold file of the corpus or of the other folders uses and that FOLDER/used_sources.txt
lists. Prints every problem; exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from zhibiao.ingest.normalize import normalize
from zhibiao.score import GoldError, _find_raw, load_gold

KINDS = {"summary", "work_plan", "progress", "completion", "self_evaluation", "goal_table",
         "government_report", "statistical_bulletin", "plan", "budget", "final_account",
         "disclosure_report", "other"}
ROLES = {"target", "actual", "baseline", "score"}
COMPARATORS = {"=", "≥", "≤", ">", "<", "~"}
MIN_FACTS, MIN_CHARS = 8, 300


def used_sources(corpus: Path, others: list[Path], folder: Path) -> dict[str, str]:
    """Every source already taken: address → where it is used."""
    used: dict[str, str] = {}
    for listed in corpus.glob("*/used_sources.txt"):
        used.update(dict.fromkeys(listed.read_text(encoding="utf-8").split(), str(listed)))
    for place in [corpus, *others]:
        for gold in place.rglob("*.gold.json"):
            if gold.parent.resolve() != folder.resolve():
                used[json.loads(gold.read_text(encoding="utf-8")).get("source", "")] = str(gold)
    return used


def problems_of(folder: Path, used: dict[str, str]) -> list[str]:
    problems: list[str] = []
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        return ["no *.gold.json files"]
    listing = folder / "used_sources.txt"
    listed = set(listing.read_text(encoding="utf-8").split()) if listing.exists() else set()
    for path in golds:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            (doc,) = load_gold([path])
        except (GoldError, ValueError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        source = data.get("source", "")
        if not source.startswith("http"):
            problems.append(f"{path.name}: source is not an address")
        if source in used:
            problems.append(f"{path.name}: source already used by {used[source]}")
        if source not in listed:
            problems.append(f"{path.name}: source missing from used_sources.txt")
        if data.get("kind") not in KINDS:
            problems.append(f"{path.name}: kind {data.get('kind')!r} unknown")
        if doc.document.suffix != ".txt":
            problems.append(f"{path.name}: document is not a .txt file")
            continue
        text = normalize(doc.document.read_text(encoding="utf-8")).text
        if len(text) < MIN_CHARS:
            problems.append(f"{path.name}: document shorter than {MIN_CHARS} characters")
        if len(doc.facts) < MIN_FACTS:
            problems.append(f"{path.name}: fewer than {MIN_FACTS} facts")
        for i, (item, fact) in enumerate(zip(data["facts"], doc.facts, strict=True)):
            where = f"{path.name} fact {i + 1} {fact.raw!r}"
            needle = normalize(fact.raw).text.strip()
            if not needle or _find_raw(text, needle, 0) < 0:
                problems.append(f"{where}: raw not found verbatim in the document")
            if fact.role not in ROLES:
                problems.append(f"{where}: role {fact.role!r}")
            if fact.comparator not in COMPARATORS:
                problems.append(f"{where}: comparator {fact.comparator!r}")
            if fact.change not in (None, "up", "down"):
                problems.append(f"{where}: change {fact.change!r}")
            if fact.number is None and not item.get("qualitative"):
                problems.append(f"{where}: number null without qualitative")
            problems.extend(f"{where}: indicator {name!r}" for name in fact.indicators
                            if not name or re.fullmatch(r"[\d.%]+", name))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent.parent / "corpus/real")
    parser.add_argument("--other", type=Path, action="extend", nargs="+", default=[],
                        help="other folders being labelled (their sources are taken too)")
    args = parser.parse_args()
    problems = problems_of(args.folder, used_sources(args.corpus, args.other, args.folder))
    print("\n".join(problems))
    print(f"{len(list(args.folder.glob('*.gold.json')))} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
