"""Target ↔ actual pairing and attainment: did the reported figure meet its target?

For every target value of an indicator that also has actuals, one attainment row: the
target is compared with the indicator's latest comparable actual (same unit, a change
for a change target; the one whose period ends last, e.g. 1-9月 over 7-9月, and the last
written when periods do not say).

How a target is read (the choice where reports are silent):
- a change target (同比下降20%) is met by a change the same way at least as large;
  a change the other way is not met; a level without a change cannot say (unknown);
- ≥ / > / ≤ / < are read literally; a range is met from its lower end up;
- a bare target figure (新培育5支, 完成3000人次) is an amount to reach: met at or above;
- ~ targets (约200人) are met within 10 % either way;
- an actual written as a bound (超24小时, 达到100%) decides only when the bound settles it
  (超24小时 against 24小时以内 is not met), otherwise unknown;
- figures in different units cannot be compared (unknown); qualitative targets are met
  only when the actual says the work is done (按时完成, 已完成 …), otherwise unknown.
`gap` is actual minus target when both are numbers in the same unit (for changes, the
difference of the magnitudes).
"""

from __future__ import annotations

from datetime import date

from zhibiao.parse.records import AttainmentRow, ValueRow

#: Qualitative actuals that say the work was done.
DONE_WORDS: tuple[str, ...] = (
    "按时完成", "按期完成", "如期完成", "全部完成", "已完成", "已全部完成", "完成", "达标",
    "全覆盖", "正常运营", "正常运行", "合格",
)
#: Tolerance of a ~ target.
APPROX_TOLERANCE = 0.10


def _latest(actuals: list[ValueRow]) -> ValueRow:
    """The actual whose period ends last; among equals (or none dated) the last written."""
    def key(item: tuple[int, ValueRow]) -> tuple[date, int]:
        index, row = item
        return (row.get("period_end") or date.min, index)
    return max(enumerate(actuals), key=key)[1]


def _comparable(target: ValueRow, actuals: list[ValueRow]) -> list[ValueRow]:
    """The actuals a target can be held against: same unit and, for a change target, a
    change (the 同比下降60% of a 56起 sentence, not the 56起); all of them when none is."""
    same = [a for a in actuals if (a.get("unit") or "") == (target.get("unit") or "")
            and bool(a.get("change")) == bool(target.get("change"))
            and (a.get("number") is None) == (target.get("number") is None)]
    return same or actuals


def _compare(target: float, actual: float, comparator: str,
             target_max: float | None) -> bool:
    if target_max is not None:
        return actual >= target if comparator in ("=", "≥", "~") else actual <= target_max
    if comparator in ("=", "≥"):
        return actual >= target
    if comparator == ">":
        return actual > target
    if comparator == "≤":
        return actual <= target
    if comparator == "<":
        return actual < target
    return abs(actual - target) <= APPROX_TOLERANCE * abs(target)  # ~


def attainment_status(target: ValueRow, actual: ValueRow) -> tuple[str, float | None]:
    """(met | not_met | unknown, gap) of one target value against one actual value."""
    t_num, a_num = target.get("number"), actual.get("number")
    if t_num is None or a_num is None:
        done = actual.get("qualitative") in DONE_WORDS
        if t_num is None and done:
            return "met", None
        return "unknown", None
    if (target.get("unit") or "") != (actual.get("unit") or ""):
        return "unknown", None
    if target.get("change"):
        if not actual.get("change"):
            return "unknown", None
        if actual["change"] != target["change"]:
            return "not_met", -a_num - t_num
    elif actual.get("change"):
        return "unknown", None
    bound = actual.get("comparator") or "="
    if bound not in ("=", "~"):
        return _bounded(t_num, a_num, target.get("comparator") or "=", bound), a_num - t_num
    met = _compare(t_num, a_num, target.get("comparator") or "=", target.get("number_max"))
    return ("met" if met else "not_met"), a_num - t_num


def _bounded(target: float, actual: float, comparator: str, bound: str) -> str:
    """An actual reported as a bound (超24小时, 达到100%, 2人以上): decided only when the
    bound settles it, else unknown."""
    at_least = bound in (">", "≥")
    if comparator in ("=", "≥", ">"):  # the target wants at least `target`
        if at_least and (actual > target or (actual == target and comparator != ">")):
            return "met"
        if not at_least and (actual < target or (actual == target and bound == "<")):
            return "not_met"
    elif comparator in ("≤", "<"):  # the target wants at most `target`
        if not at_least and (actual < target or (actual == target and comparator != "<")):
            return "met"
        if at_least and (actual > target or (actual == target and bound == ">")):
            return "not_met"
    return "unknown"


def link(doc_id: str, values: list[ValueRow]) -> list[AttainmentRow]:
    """Attainment rows for the values of one document (roles already decided)."""
    by_indicator: dict[str, dict[str, list[ValueRow]]] = {}
    for value in values:
        indicator_id = value["indicator_id"]
        if indicator_id and value["role"] in ("target", "actual"):
            roles = by_indicator.setdefault(indicator_id, {"target": [], "actual": []})
            roles[value["role"]].append(value)
    rows: list[AttainmentRow] = []
    for indicator_id, roles in by_indicator.items():
        if not roles["target"] or not roles["actual"]:
            continue
        for target in roles["target"]:
            actual = _latest(_comparable(target, roles["actual"]))
            status, gap = attainment_status(target, actual)
            rows.append({
                "doc_id": doc_id, "indicator_id": indicator_id,
                "target_value_id": target["value_id"], "actual_value_id": actual["value_id"],
                "status": status, "gap": round(gap, 10) if gap is not None else None,
            })
    return rows
