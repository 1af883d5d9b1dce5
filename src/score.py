"""Accuracy against hand-labelled gold facts: precision and recall per field, document and kind.

A gold file (`*.gold.json`, format in corpus/README.md) names a document and lists the
facts a careful reader takes out of it. `score(out, gold)` pairs each gold fact with at
most one value zhibiao wrote for that document (the document is found by the hash of its
bytes, so the gold may sit anywhere) and counts, per field, how many gold facts came out
right:

- value: the same number (and upper end of a range) and unit — or, for a qualitative
  fact, the same words; the pairing prefers a value whose raw text overlaps the gold's,
  then the indicator and role that agree, then the nearest position;
- role, indicator (the gold's name or one of its names, in either script, or a name
  containing it or contained in it when the shorter is at least half the longer),
  role+indicator (both),
  comparator, change, period (only facts whose gold gives a period).

Recall of a field is right / gold facts; precision is right / values written, counted only
on documents whose gold is `complete` (every value labelled). A document of the gold that
is not in the output counts every fact as missed.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from zhibiao.ingest import doc_id_of
from zhibiao.ingest.normalize import normalize
from zhibiao.ingest.script import in_simplified
from zhibiao.parse.cues import PER_UNIT_JOIN, PER_UNIT_JOINERS, UNITS

GOLD_SUFFIX = ".gold.json"
#: Fields scored, in the order they are printed.
FIELDS = ("value", "role", "indicator", "role+indicator", "comparator", "change", "period")
#: Two names for the same thing when the shorter is at least this share of the longer.
NAME_OVERLAP = 0.5
_NAME_NOISE = re.compile(r"[\s\u3000,，、.。:：;；()（）\"“”'‘’《》<>【】\[\]·\-—_/]")


class GoldError(ValueError):
    """A gold file that cannot be read: the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class GoldFact:
    raw: str
    number: float | None
    number_max: float | None
    unit: str
    comparator: str
    change: str | None
    role: str
    indicators: tuple[str, ...]
    #: (start, end) when the gold gives a period, else None (then not scored).
    period: tuple[date | None, date | None] | None
    qualitative: str | None
    #: Where the raw text is in the document's normalized text (-1: not found).
    at: int = -1


@dataclass(slots=True)
class GoldDocument:
    path: Path
    document: Path
    doc_id: str
    kind: str
    complete: bool
    facts: list[GoldFact]


@dataclass(frozen=True, slots=True)
class Written:
    """One value zhibiao wrote, with its indicator's name."""

    raw: str
    number: float | None
    number_max: float | None
    unit: str
    comparator: str
    change: str | None
    role: str
    indicator: str | None
    period: tuple[date | None, date | None]
    qualitative: str | None
    at: int


@dataclass(slots=True)
class Tally:
    """Counts behind the figures of one document, kind or corpus."""

    gold: int = 0
    written: int = 0  # on complete documents only (the precision denominator)
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    #: right answers among values written on complete documents (precision numerators)
    right_written: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    #: gold facts a field applies to (period: those with a period)
    applicable: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.written += other.written
        for name in FIELDS:
            self.right[name] += other.right[name]
            self.right_written[name] += other.right_written[name]
            self.applicable[name] += other.applicable[name]

    def recall(self, name: str) -> float | None:
        return self.right[name] / self.applicable[name] if self.applicable[name] else None

    def precision(self, name: str) -> float | None:
        return self.right_written[name] / self.written if self.written else None


@dataclass(slots=True)
class Miss:
    """A gold fact not read right, for --misses: what was expected and what came out."""

    gold: GoldFact
    written: Written | None
    wrong: tuple[str, ...]


@dataclass(slots=True)
class DocumentScore:
    gold: GoldDocument
    found: bool
    tally: Tally
    misses: list[Miss]
    extra: list[Written]  # values written that match no gold fact (complete documents)


@dataclass(slots=True)
class Report:
    documents: list[DocumentScore]

    def total(self) -> Tally:
        total = Tally()
        for d in self.documents:
            total.add(d.tally)
        return total

    def by_kind(self) -> dict[str, Tally]:
        kinds: dict[str, Tally] = {}
        for d in self.documents:
            kinds.setdefault(d.gold.kind, Tally()).add(d.tally)
        return dict(sorted(kinds.items()))


# --- reading the gold -----------------------------------------------------------------------


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldError(f"{where}: {value!r} is not an ISO date") from exc


def _fact(item: dict[str, Any], where: str) -> GoldFact:
    missing = [k for k in ("raw", "number", "unit", "role", "indicator") if k not in item]
    if missing:
        raise GoldError(f"{where}: missing {', '.join(missing)}")
    names = item["indicator"]
    names = (names,) if isinstance(names, str) else tuple(names)
    period = None
    if "period_start" in item or "period_end" in item:
        period = (_date(item.get("period_start"), where), _date(item.get("period_end"), where))
    number = item["number"]
    return GoldFact(
        raw=str(item["raw"]), number=None if number is None else float(number),
        number_max=None if item.get("number_max") is None else float(item["number_max"]),
        unit=str(item["unit"] or ""), comparator=str(item.get("comparator") or "="),
        change=item.get("change"), role=str(item["role"]), indicators=names, period=period,
        qualitative=item.get("qualitative"))


def _locate(facts: list[GoldFact], text: str) -> list[GoldFact]:
    """Each fact with the position of its raw text. Facts are listed in document order, so
    each is looked for after the end of the one before (增长5.2% after 比上年增长5.2%, not
    inside it); a fact listed out of order falls back to the k-th occurrence for the k-th
    fact of the same raw text."""
    seen: dict[str, int] = {}
    located = []
    cursor = 0
    for fact in facts:
        needle = normalize(fact.raw).text.strip()
        k = seen.get(needle, 0)
        seen[needle] = k + 1
        at = _find_raw(text, needle, cursor) if needle else -1
        if at < 0 and needle:
            at = -1
            for _ in range(k + 1):
                at = _find_raw(text, needle, at + 1)
                if at < 0:
                    break
        if at >= 0:
            cursor = at + len(needle)
        located.append(replace(fact, at=at))
    return located


def _find_raw(text: str, needle: str, start: int) -> int:
    """Where `needle` next stands in `text` from `start` as a value of its own: a raw that
    starts or ends with a digit is not a piece of a longer number (a bare 0 is not the 0
    of 2022年 or of 411001)."""
    lead = r"(?<![\d.])" if needle[:1].isdigit() else ""
    tail = r"(?![\d])" if needle[-1:].isdigit() else ""
    m = re.compile(lead + re.escape(needle) + tail).search(text, start)
    return m.start() if m else -1


def load_gold(paths: Iterable[str | os.PathLike[str]]) -> list[GoldDocument]:
    """Every gold file under the given files or folders, in path order."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob(f"*{GOLD_SUFFIX}")))
        elif p.is_file():
            files.append(p)
        else:
            raise GoldError(f"{p}: no such file or folder")
    documents = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: cannot be read as JSON: {exc}") from exc
        document = (path.parent / str(data.get("document", ""))).resolve()
        if not document.is_file():
            raise GoldError(f"{path}: its document {data.get('document')!r} is not there")
        facts = [_fact(item, f"{path} fact {i + 1}") for i, item in enumerate(data["facts"])]
        documents.append(GoldDocument(path, document, doc_id_of(document.read_bytes()),
                                      str(data.get("kind", "other")),
                                      bool(data.get("complete", True)), facts))
    return documents


# --- reading what zhibiao wrote -------------------------------------------------------------


def read_written(out: str | os.PathLike[str]) -> tuple[dict[str, list[Written]], dict[str, str]]:
    """Values per doc_id and document text per doc_id from a `zhibiao convert` folder."""
    folder = Path(out)
    for name in ("documents", "values", "indicators"):
        if not (folder / f"{name}.parquet").is_file():
            raise GoldError(f"{folder}: no {name}.parquet (not a `zhibiao convert` output)")
    texts = dict(zip(*pq.read_table(folder / "documents.parquet",
                                    columns=["doc_id", "text"]).to_pydict().values(),
                     strict=True))
    indicators = pq.read_table(folder / "indicators.parquet",
                               columns=["indicator_id", "name"]).to_pydict()
    names = dict(zip(indicators["indicator_id"], indicators["name"], strict=True))
    values = pq.read_table(folder / "values.parquet").to_pylist()
    written: dict[str, list[Written]] = {}
    for v in values:
        written.setdefault(v["doc_id"], []).append(Written(
            raw=v["raw"], number=v["number"], number_max=v["number_max"], unit=v["unit"] or "",
            comparator=v["comparator"], change=v["change"], role=v["role"],
            indicator=names.get(v["indicator_id"]) if v["indicator_id"] else None,
            period=(v["period_start"], v["period_end"]), qualitative=v["qualitative"],
            at=v["char_start"]))
    return written, texts


# --- pairing and counting -------------------------------------------------------------------


@cache
def _clean(name: str) -> str:
    """A name as compared: normalised, in simplified characters (a gold labelled from a
    page in traditional ones names as the page does; zhibiao reads it as simplified), its
    punctuation and spaces dropped."""
    return _NAME_NOISE.sub("", in_simplified(normalize(name).text))


def same_indicator(gold: tuple[str, ...], name: str | None) -> bool:
    """The written name is one of the gold's, or one contains the other and the shorter is
    at least NAME_OVERLAP of the longer."""
    if not name:
        return False
    ours = _clean(name)
    for g in map(_clean, gold):
        if not g or not ours:
            continue
        if g == ours:
            return True
        short, long_ = sorted((g, ours), key=len)
        if short in long_ and len(short) >= NAME_OVERLAP * len(long_):
            return True
    return False


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


#: The units a score is written in: none, or 分.
POINTS_UNITS = frozenset({"", "分"})


def same_value(g: GoldFact, w: Written) -> bool:
    if g.number is None:
        if w.number is not None:
            return False
        if not w.qualitative:
            return False
        words = normalize(g.qualitative or g.raw).text
        return w.qualitative in words or words in w.qualitative
    # (points are points: a form's bare 10 under 分值 is 10 分 whether or not a labeller
    # wrote the 分)
    points = w.role == "score" and {g.unit, w.unit} <= POINTS_UNITS
    return (_close(g.number, w.number) and _close(g.number_max, w.number_max)
            and (points or same_unit(g.unit, w.unit)))


def same_unit(gold: str, written: str) -> bool:
    """Whether two units are one: the same, or one spelled as the grammar spells the other
    (a gold's μg/m³ or μg/m3 is zhibiao's 微克/立方米, its 吨/平方公里•月 zhibiao's
    吨/平方公里·月; a gold's 個 of a page in traditional characters zhibiao's 个, as names are
    compared; no multiplier is folded here)."""
    if gold == written:
        return True
    spelled = in_simplified(normalize(gold).text)
    for joiner in PER_UNIT_JOINERS:
        spelled = spelled.replace(joiner, PER_UNIT_JOIN)
    canonical, multiplier = UNITS.get(spelled, (spelled, 1))
    return multiplier == 1 and canonical == written


def _overlaps(g: GoldFact, w: Written) -> bool:
    if g.at >= 0:
        return g.at < w.at + len(w.raw) and w.at < g.at + len(normalize(g.raw).text)
    a, b = normalize(g.raw).text, w.raw
    return a in b or b in a


def fields_right(g: GoldFact, w: Written) -> dict[str, bool]:
    indicator = same_indicator(g.indicators, w.indicator)
    role = g.role == w.role
    right = {"value": True, "role": role, "indicator": indicator,
             "role+indicator": role and indicator, "comparator": g.comparator == w.comparator,
             "change": (g.change or None) == (w.change or None)}
    if g.period is not None:
        start, end = g.period
        right["period"] = (start is None or start == w.period[0]) and end == w.period[1]
    return right


def pair(gold: list[GoldFact], written: list[Written]) -> list[tuple[GoldFact, Written | None]]:
    """Each gold fact with the written value it is paired with (or None): best pairs
    first, each value used once."""
    candidates = []
    for i, g in enumerate(gold):
        for j, w in enumerate(written):
            if not same_value(g, w):
                continue
            agree = fields_right(g, w)
            distance = abs(g.at - w.at) if g.at >= 0 else 10**9
            candidates.append(((not _overlaps(g, w), not agree["role+indicator"],
                                not agree["role"], distance), i, j))
    candidates.sort()
    taken_g: dict[int, int] = {}
    taken_w: set[int] = set()
    for _, i, j in candidates:
        if i not in taken_g and j not in taken_w:
            taken_g[i] = j
            taken_w.add(j)
    return [(g, written[taken_g[i]] if i in taken_g else None) for i, g in enumerate(gold)]


def score_document(gold: GoldDocument, written: list[Written] | None,
                   text: str | None) -> DocumentScore:
    facts = _locate(gold.facts, text) if text is not None else gold.facts
    tally = Tally(gold=len(facts))
    misses: list[Miss] = []
    used: set[int] = set()
    pairs = pair(facts, written or [])
    for g, w in pairs:
        for name in FIELDS:
            if name != "period" or g.period is not None:
                tally.applicable[name] += 1
        if w is None:
            misses.append(Miss(g, None, ("value",)))
            continue
        used.add(id(w))
        right = fields_right(g, w)
        for name, ok in right.items():
            tally.right[name] += ok
            if gold.complete:
                tally.right_written[name] += ok
        wrong = tuple(name for name, ok in right.items() if not ok and name != "role+indicator")
        if wrong:
            misses.append(Miss(g, w, wrong))
    extra: list[Written] = []
    if gold.complete:
        tally.written = len(written or [])
        extra = [w for w in written or [] if id(w) not in used]
    return DocumentScore(gold, written is not None, tally, misses, extra)


def score(out: str | os.PathLike[str], gold: Iterable[str | os.PathLike[str]]) -> Report:
    """Score a `zhibiao convert` output folder against the gold files under `gold`."""
    written, texts = read_written(out)
    return Report([score_document(g, written.get(g.doc_id, []) if g.doc_id in texts else None,
                                  texts.get(g.doc_id))
                   for g in load_gold(gold)])


# --- printing and gating --------------------------------------------------------------------

#: The figures of the summary line and the options that set a floor for them.
GATES = {"value_recall": ("value", "recall"), "role_recall": ("role", "recall"),
         "role_indicator_recall": ("role+indicator", "recall"),
         "precision": ("value", "precision")}


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def _row(label: str, t: Tally) -> str:
    figures = " ".join(_fmt(t.recall(name)) for name in FIELDS)
    return f"{label:<34} {t.gold:>5} {t.written:>5}  {_fmt(t.precision('value'))}  {figures}"


def format_report(report: Report, misses: bool = False) -> str:
    """Per document, per kind and overall: facts, values written, value precision and
    the recall of each field; with `misses`, every gold fact not read right."""
    head = (f"{'document':<34} {'gold':>5} {'wrote':>5}  {'prec':>5}  "
            + " ".join(f"{name[:5]:>5}" for name in FIELDS))
    lines = [head]
    for d in report.documents:
        label = d.gold.path.name.removesuffix(GOLD_SUFFIX) + ("" if d.found else " (absent)")
        lines.append(_row(label[:34], d.tally))
        if misses:
            for m in d.misses:
                g, w = m.gold, m.written
                got = ("nothing" if w is None else
                       f"{w.raw!r} {w.role} {w.indicator!r} {w.comparator} {w.change} "
                       f"{w.period[0]}..{w.period[1]}")
                lines.append(f"    {','.join(m.wrong):<24} {g.raw!r} {g.role} "
                             f"{'/'.join(g.indicators)!r} -> {got}")
            for w in d.extra:
                lines.append(f"    {'not a gold fact':<24} {w.raw!r} {w.role} {w.indicator!r}")
    lines.append("")
    lines.append(head.replace("document", "kind    ", 1))
    for kind, tally in report.by_kind().items():
        lines.append(_row(kind, tally))
    total = report.total()
    lines.append(_row("all", total))
    lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines)


def summary_line(report: Report) -> str:
    t = report.total()
    parts = [f"{name.replace('_', ' ')} {_fmt(figure(t, name)).strip()}" for name in GATES]
    return (f"score: {len(report.documents)} documents, {t.gold} gold facts, "
            f"{t.written} values written: " + ", ".join(parts))


def figure(tally: Tally, gate: str) -> float | None:
    name, kind = GATES[gate]
    return tally.recall(name) if kind == "recall" else tally.precision(name)


def below(report: Report, floors: dict[str, float | None]) -> list[str]:
    """The gates whose figure is under its floor (a floor of None is not checked)."""
    total = report.total()
    failed = []
    for gate, floor in floors.items():
        value = figure(total, gate)
        if floor is not None and (value is None or value < floor):
            failed.append(f"{gate.replace('_', ' ')} {_fmt(value).strip()} < {floor:.2f}")
    return failed
