"""Attainment: each target value against its indicator's latest actual."""

from __future__ import annotations

from datetime import date

import pytest

from zhibiao.parse.link import attainment_status, link


def val(number, unit="%", cmp="=", change=None, *, role="target", qual=None, vid="v",
        ind="i1", number_max=None, period_end=None):
    return {"value_id": vid, "indicator_id": ind, "role": role, "number": number,
            "unit": unit, "comparator": cmp, "change": change, "qualitative": qual,
            "number_max": number_max, "period_end": period_end}


@pytest.mark.parametrize(("target", "actual", "status", "gap"), [
    # the examples
    (val(20, change="down"), val(31.7, change="down", role="actual"), "met", 11.7),
    (val(60, "条", "≥"), val(540, "条", "~", role="actual"), "met", 480),
    (val(95, "%", "≥"), val(75, "%", role="actual"), "not_met", -20),
    (val(None, "", qual="按时完成"), val(None, "", qual="已完成", role="actual"), "met", None),
    (val(None, "", qual="按时完成"), val(None, "", qual="正在推进", role="actual"),
     "unknown", None),
    # comparators read literally
    (val(152, "人", "≤"), val(61, "人", role="actual"), "met", -91),
    (val(152, "人", "≤"), val(160, "人", role="actual"), "not_met", 8),
    (val(0, "人", "≤"), val(0, "人", role="actual"), "met", 0),
    (val(90, "%", ">"), val(90, "%", role="actual"), "not_met", 0),
    (val(1, "%", "<"), val(0.5, "%", role="actual"), "met", -0.5),
    (val(200, "人", "~"), val(215, "人", role="actual"), "met", 15),
    (val(200, "人", "~"), val(260, "人", role="actual"), "not_met", 60),
    (val(5, "%", number_max=6), val(5.5, "%", role="actual"), "met", 0.5),
    # a bare amount is reached at or above
    (val(3000, "人次"), val(2780, "人次", role="actual"), "not_met", -220),
    # changes: the other way is not met; a level against a change cannot say
    (val(20, change="down"), val(5, change="up", role="actual"), "not_met", -25),
    (val(20, change="down"), val(56, "%", role="actual"), "unknown", None),
    (val(20, "%"), val(5, "%", change="up", role="actual"), "unknown", None),
    # an actual written as a bound decides only when the bound settles it
    (val(24, "小时", "≤"), val(24, "小时", ">", role="actual"), "not_met", 0),
    (val(100, "%", "≥"), val(100, "%", "≥", role="actual"), "met", 0),
    (val(95, "%", "≥"), val(90, "%", "≥", role="actual"), "unknown", -5),
    (val(5, "人", "≤"), val(2, "人", "≥", role="actual"), "unknown", -3),
    (val(5, "人", "≤"), val(3, "人", "<", role="actual"), "met", -2),
    # different units are not compared
    (val(400, "家次", "≥"), val(660, "次", role="actual"), "unknown", None),
])
def test_attainment_status(target, actual, status, gap):
    got_status, got_gap = attainment_status(target, actual)
    assert got_status == status
    assert got_gap == pytest.approx(gap) if gap is not None else got_gap is None


def test_each_target_meets_the_latest_actual_of_its_indicator():
    values = [
        val(20, change="down", vid="t1"),
        val(31.7, change="down", role="actual", vid="a-q3", period_end=date(2020, 9, 30)),
        val(60, change="down", role="actual", vid="a-1-9", period_end=date(2020, 9, 30)),
        val(10, change="down", role="actual", vid="a-h1", period_end=date(2020, 6, 30)),
        val(50, "人", "≤", vid="t2", ind="i2"),  # no actual: no row
        val(3, "人", role="baseline", vid="b", ind="i2"),
        val(7, "人", role="actual", vid="x", ind=None),  # no indicator: never linked
    ]
    rows = link("0123456789abcdef", values)
    assert rows == [{"doc_id": "0123456789abcdef", "indicator_id": "i1",
                     "target_value_id": "t1", "actual_value_id": "a-1-9", "status": "met",
                     "gap": 40.0}]


def test_a_target_is_held_against_a_comparable_actual_not_the_last_figure():
    values = [
        val(20, change="down", vid="t-change"),
        val(95, "%", "≥", vid="t-rate", ind="i2"),
        val(56, "起", role="actual", vid="a-count"),
        val(60, change="down", role="actual", vid="a-change"),
        val(3, "次", role="actual", vid="a-times"),  # written last, but a count of events
        val(75, "%", role="actual", vid="a-rate", ind="i2"),
        val(4, "次", role="actual", vid="a-other", ind="i2"),
    ]
    rows = {r["target_value_id"]: (r["actual_value_id"], r["status"])
            for r in link("0123456789abcdef", values)}
    assert rows == {"t-change": ("a-change", "met"), "t-rate": ("a-rate", "not_met")}
