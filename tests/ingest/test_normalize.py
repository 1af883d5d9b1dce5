"""Normalization keeps a map back to the input for every character it outputs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao.ingest.normalize import normalize


def test_full_width_digits_and_punctuation_become_ascii():
    assert normalize("１２３，（下降）％").text == "123,(下降)%"


def test_spaces_between_cjk_and_digits_are_removed_latin_spaces_kept():
    assert normalize("2020 年 7 月,共 28 起").text == "2020年7月,共28起"
    assert normalize("Word  export and GDP").text == "Word export and GDP"


def test_ideographic_and_no_break_spaces_become_spaces_then_squeezed():
    assert normalize("全市\u3000共发生\u00a0事故").text == "全市共发生事故"


def test_stray_markup_removed_and_tabs_kept():
    result = normalize("<p>深化重点</p>\t<p>持续推进</p>")
    assert result.text == "深化重点\t持续推进"


def test_pinyin_a_mirror_wrote_after_characters_is_dropped():
    """完成710項(xiàng), 3萬(wàn)畝: a copied page's ruby notes are no text (萬(wàn) would part 3
    from its 万); each kept character still maps back; a bracket of Latin letters without
    a tone mark stays."""
    result = normalize("完成710項(xiàng),新增3萬（wàn）畝")
    assert result.text == "完成710項,新增3萬畝"
    assert [result.origin[i] for i in (5, 10, 11)] == [5, 17, 23]
    assert normalize("第一产业(a)增长").text == "第一产业(a)增长"


def test_circled_numbers_survive_because_they_are_headings():
    assert normalize("①加强").text == "①加强"


def test_crlf_becomes_newline_and_line_edges_trimmed():
    assert normalize("  一、总体\r\n  二、目标  \r\n").text == "一、总体\n二、目标\n"


def test_origin_points_at_the_source_character():
    source = "共发生 ２８ 起"
    result = normalize(source)
    assert result.text == "共发生28起"
    assert [source[i] for i in result.origin[:-1]] == ["共", "发", "生", "２", "８", "起"]
    assert result.origin[-1] == len(source)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_origin_is_monotonic_and_in_range(text):
    result = normalize(text)
    assert len(result.origin) == len(result.text) + 1
    assert all(0 <= i <= len(text) for i in result.origin)
    assert result.origin == sorted(result.origin)


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(list("中文字Ab1 2.,%-\u3000\n\r\tＡ１<p>ⅰ①\u200b\u00a0"
                                             "，（㎡")), max_size=30))
def test_fast_paths_give_what_the_character_loop_gives(text):
    """normalize's shortcuts (text left as it is; only spaces to squeeze; each character
    normalized to one, in one str.translate) are exact."""
    from zhibiao.ingest.normalize import _normalize_chars

    fast, slow = normalize(text), _normalize_chars(text)
    assert (fast.text, fast.origin) == (slow.text, slow.origin)
