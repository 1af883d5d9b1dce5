"""Cell helpers shared by the table readers: a column's unit given to a cell's figure."""

from __future__ import annotations

from zhibiao.parse.genres.cells import with_unit
from zhibiao.parse.values import find_values


def _figure(text: str):
    (span,) = find_values(text, bare=True)
    return span


def test_a_columns_unit_scales_a_bare_figure_but_not_one_that_wrote_the_multiplier():
    """320 under 项目资金(万元) is 3,200,000 元; 150万 in that column wrote the header's 万
    itself: 1,500,000 元, not 万 twice."""
    assert (with_unit(_figure("320"), "万元").number, with_unit(_figure("320"), "万元").unit) \
        == (3_200_000, "元")
    assert with_unit(_figure("150万"), "万元").number == 1_500_000
    assert with_unit(_figure("3.5"), "亩").number == 3.5


def test_a_header_in_ten_thousands_of_a_unit_gives_its_column_that_unit():
    """人口数(万人) holds counts of 人 in ten thousands, as 金额(万元) holds 元; the name
    keeps the header's words without the unit."""
    from zhibiao.parse.genres.figure_table import unit_of_header, without_unit

    assert unit_of_header("人口数(万人)") == "万人"
    assert unit_of_header("金额(万元)") == "万元"
    assert unit_of_header("因公出国（境）费") is None
    assert without_unit("人口数(万人)") == "人口数"
    assert without_unit("因公出国（境）费") == "因公出国（境）费"
    assert with_unit(_figure("43.92"), "万人").number == 439_200


def test_a_bare_figure_named_as_a_count_takes_the_count_unit_its_name_implies():
    """计划完成数 150 counts items (个); 户数 counts 户; an index, a ratio, points or a
    budget's figure (价格指数, 预算数) is no count."""
    from zhibiao.parse.genres.cells import implied_unit

    assert implied_unit("长沙市计划完成数") == "个"
    assert implied_unit("脱贫户数") == "户" and implied_unit("事故起数") == "起"
    assert implied_unit("居民消费价格指数") == "" and implied_unit("三公经费预算数") == ""
    assert implied_unit("城镇新增就业") == ""
