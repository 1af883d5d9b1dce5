"""Properties of the value grammar over generated input (hypothesis).

- Any integer or decimal, written in Arabic (plain, with thousands separators, full-width)
  or in Chinese numerals, with any multiplier, reads back as itself.
- On arbitrary text the grammar never raises, every value's offsets slice its raw text
  out of the input, values come in order without overlapping, and a change only ever
  qualifies a value before it.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao.parse.values import find_values, parse_chinese_numeral, parse_number

CN_DIGITS = "零一二三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def chinese_section(n: int, *, short_ten: bool) -> str:
    """1 ≤ n < 10000 in Chinese: 1005 → 一千零五, 10 → 十 (or 一十)."""
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = n // size % 10
        if digit == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out, zero = out + "零", False
        out += CN_DIGITS[digit] + unit
    if short_ten and out.startswith("一十"):
        out = out[1:]
    return out


def chinese_integer(n: int, *, short_ten: bool = True) -> str:
    """0 ≤ n < 10**12 as a Chinese numeral, the way reports write it (一亿零五百万)."""
    if n == 0:
        return "零"
    groups = [(n // 10**8) % 10**4, (n // 10**4) % 10**4, n % 10**4]
    out, pending_zero = "", False
    for group, unit in zip(groups, ("亿", "万", ""), strict=True):
        if group == 0:
            pending_zero = pending_zero or bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += "零"
        pending_zero = False
        out += chinese_section(group, short_ten=short_ten and not out) + unit
    return out


def test_the_chinese_writer_writes_what_reports_write():
    assert [chinese_integer(n) for n in (12, 105, 1005, 20000, 10_500_000, 100_050_000)] == [
        "十二", "一百零五", "一千零五", "二万", "一千零五十万", "一亿零五万"]


@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans())
def test_chinese_integers_parse_back(n, short_ten):
    assert parse_chinese_numeral(chinese_integer(n, short_ten=short_ten)) == n


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=1, max_value=10**4 - 1))
def test_chinese_decimals_parse_back(whole, fraction):
    digits = str(fraction)
    written = chinese_integer(whole) + "点" + "".join(CN_DIGITS[int(d)] for d in digits)
    assert parse_chinese_numeral(written) == Decimal(f"{whole}.{digits}")


arabic_numbers = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(str),
    st.integers(1, 4).flatmap(lambda places: st.decimals(
        min_value=0, max_value=10**9, places=places, allow_nan=False, allow_infinity=False,
    )).map(lambda d: f"{d:f}"),
    st.integers(min_value=1000, max_value=10**12).map(lambda n: f"{n:,}"),
)
MULTIPLIERS = {"": 1, "万": 10**4, "亿": 10**8, "千万": 10**7, "百万": 10**6}


@given(arabic_numbers, st.sampled_from(sorted(MULTIPLIERS)), st.booleans(),
       st.sampled_from(["人", "家次", "起", "%", "元"]))
def test_arabic_numbers_with_any_multiplier_read_back(written, multiplier, full_width, unit):
    if unit == "%" and multiplier:
        multiplier = ""
    shown = written.translate(FULL_WIDTH) if full_width else written
    text = f"全年共完成{shown}{multiplier}{unit}。"
    (value,) = find_values(text)
    expected = Decimal(written.replace(",", "")) * MULTIPLIERS[multiplier]
    assert value.number == float(expected)
    assert value.unit == unit
    assert value.raw == f"{shown}{multiplier}{unit}"
    assert parse_number(shown) == Decimal(written.replace(",", ""))


@given(st.integers(min_value=2, max_value=10**12 - 1),
       st.sampled_from(["", "万", "亿"]), st.sampled_from(["人", "起", "家", "万元"]))
def test_chinese_numbers_in_text_read_back(n, multiplier, unit):
    written = chinese_integer(n)
    if "万" in written or "亿" in written:  # 三万万, 三万万元: nobody writes these
        multiplier, unit = "", unit.replace("万元", "元")
    if multiplier and unit == "万元":
        unit = "元"
    text = f"共{written}{multiplier}{unit},"
    (value,) = find_values(text)
    factor = MULTIPLIERS[multiplier] * (10**4 if unit == "万元" else 1)
    assert value.number == float(Decimal(n) * factor)
    assert value.raw == f"{written}{multiplier}{unit}"


CUE_ALPHABET = ("0123456789.,%‰万亿千百十零一二三四五六七八九两〇点人次家起元年月日号"
                "同比下降增长较上年不低于以内以上左右约近余多至-—~～、,，。;；:：()（）《》“”"
                "第条是否按时完成全覆盖达标 \n\t")


@settings(max_examples=300)
@given(st.one_of(st.text(), st.text(alphabet=CUE_ALPHABET, max_size=80)),
       st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)), st.booleans())
def test_any_text_gives_well_formed_values(text, year, bare):
    values = find_values(text, year=year, bare=bare)
    end = 0
    for i, value in enumerate(values):
        assert text[value.start : value.end] == value.raw
        assert value.raw
        assert value.start >= end
        end = value.end
        assert (value.number is None) == (value.qualitative is not None)
        if value.number_max is not None:
            assert value.number is not None and value.number_max > value.number
        if value.qualifies is not None:
            assert 0 <= value.qualifies < i and value.change is not None
        if value.period_start and value.period_end:
            assert value.period_start <= value.period_end
