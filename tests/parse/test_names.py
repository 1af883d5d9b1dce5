"""Indicator names cut from clauses: what each value measures, with its position."""

from __future__ import annotations

import pytest

from zhibiao.parse.names import name_values, normalize_name
from zhibiao.parse.values import find_values


def named(text: str, year: int | None = 2020) -> list[tuple[str, list[str]]]:
    """(raw value, its names) for every value the grammar finds in `text` (dated `year`)."""
    spans = find_values(text, year=year)
    return [(span.raw, [name for name, _, _ in names])
            for span, names in zip(spans, name_values(text, spans), strict=True)]


def test_paired_enumeration_gives_each_count_and_rate_its_own_name():
    text = "1-6月,全市共发生各类事故27起、死亡30人,同比下降72.7%、66.7%,未发生重大以上安全生产事故"
    assert named(text) == [
        ("27起", ["事故起数"]), ("30人", ["事故死亡人数"]),
        ("同比下降72.7%", ["事故起数"]), ("66.7%", ["事故死亡人数"]),
        ("未发生重大以上安全生产事故", ["重大以上安全生产事故"]),
    ]


def test_enumerated_subjects_share_one_value():
    text = ("严防重特大事故发生,确保事故起数、死亡人数同比下降20%。严格落实事故的责任追究,"
            "全市事故调查抽查复核比率不低于50%。")
    assert named(text) == [
        ("同比下降20%", ["事故起数", "死亡人数"]),
        ("不低于50%", ["事故调查抽查复核比率"]),
    ]


def test_name_positions_point_at_the_words_in_the_text():
    text = "确保事故起数、死亡人数同比下降20%。"
    spans = find_values(text)
    (names,) = name_values(text, spans)
    assert [text[start:end] for _, start, end in names] == ["事故起数", "死亡人数"]


def test_same_indicator_in_a_plan_and_a_summary_gets_the_same_name():
    """Names are kept as written (生产安全事故起数, as an analyst writes it); the wordings of
    one indicator meet under one link key, which the builder uses so a report's target and
    result are one indicator (tests/parse/test_builder.py)."""
    from zhibiao.parse.names import link_key

    plan = named("(一)安全生产方面:生产安全事故起数、死亡人数同比前两年平均数下降20%,"
                 "亿元GDP生产安全事故死亡率同比前两年平均数下降25%;")
    summary = named("全市共发生各类事故27起、死亡30人,同比下降72.7%、66.7%。")
    assert plan[0][1] == ["生产安全事故起数", "死亡人数"]
    assert {link_key(n) for _, names in summary for n in names} == {
        link_key(n) for n in plan[0][1]} == {"事故起数", "死亡人数"}
    assert plan[1][1] == ["亿元GDP生产安全事故死亡率"]


def test_unit_turns_the_counted_noun_into_a_measure():
    text = ("全市应急管理系统共检查企业7639家次;实施行政处罚1005次、罚款2022万元,同比增长36%、21%。"
            "其中非事故罚款1639万元,同比增长67%。")
    assert named(text) == [
        ("7639家次", ["检查企业家次"]), ("1005次", ["行政处罚次数"]), ("2022万元", ["罚款金额"]),
        ("同比增长36%", ["行政处罚次数"]), ("21%", ["罚款金额"]),
        ("1639万元", ["非事故罚款金额"]), ("同比增长67%", ["非事故罚款金额"]),
    ]


def test_a_count_followed_by_what_it_counts_is_named_after_it():
    text = ("提升危化品等专业救援队伍建设,新培育5支社会应急力量,乡镇(街道)应急管理站建成率达100%。"
            "规范事故、灾害现场指挥,新增5个航空救援临时起降点。"
            "完成3000人次危化品一线员工应急技能及安全培训。"
            "对全市70家危险化学品重大危险源单位和7个尾矿库实施全覆盖检查。"
            "扶持不少于5家有一定规模实力的专业化安全技术服务机构。")
    assert named(text) == [
        ("5支", ["新培育社会应急力量数"]),
        ("达100%", ["乡镇应急管理站建成率"]),
        ("5个", ["新增航空救援临时起降点数"]),
        ("3000人次", ["危化品一线员工应急技能及安全培训人次"]),
        ("70家", ["危险化学品重大危险源单位数"]),
        ("7个", ["尾矿库数"]),
        ("不少于5家", ["专业化安全技术服务机构数"]),
    ]


def test_words_for_all_of_the_things_counted_end_their_name():
    """8个续建项目全部复工, 8个续建项目已全部复工, 6个项目均已开工: 全部 / 均 say all of the
    things had it done, no part of what they are."""
    for text in ("8个续建项目全部复工。", "8个续建项目已全部复工。", "8个续建项目均已复工。"):
        assert named(text) == [("8个", ["续建项目数"])], text
    assert named("新开工项目4个,全部开工。")[0] == ("4个", ["新开工项目数"])
    # a word the tagger cut apart keeps its parts (零|直|排: 直 is no adverb here)
    assert named("创建60个乡镇污水零直排区。") == [("60个", ["创建乡镇污水零直排区数"])]


def test_what_is_counted_keeps_its_works_its_notes_and_its_quoted_name():
    """The works done to a counted thing end its name (改造), an inclusion note inside
    the noun is skipped, and a 的 inside quotes is part of a quoted name; a verb that
    starts a predicate still ends the noun."""
    text = ("完成300户居家环境适老化改造。新增400个公共(含专用)充电桩、10个共享充电桩示范小区。"
            "推出5处以上区级“家门口的好去处”。建成5个(含改扩建)标准化考场。"
            "25家重大危险源企业全面落实包保责任。")
    assert named(text) == [
        ("300户", ["居家环境适老化改造户数"]),
        ("400个", ["新增公共充电桩数"]),
        ("10个", ["共享充电桩示范小区数"]),
        ("5处以上", ["区级家门口的好去处数"]),
        ("5个", ["建成标准化考场数"]),
        ("25家", ["重大危险源企业数"]),
    ]


def test_a_rate_or_words_after_a_count_and_its_noun_are_about_those_things():
    """10个水源地水质100%稳定达标: the rate is of the things counted (and 稳定 no part of
    its name, nor 稳定达标 a second value); 出动514支队伍2.8万人次 still names the people
    from the clause before both."""
    text = "10个城市集中式饮用水水源地水质100%稳定达标,3条国控入海河流水质全部优良。"
    assert named(text) == [
        ("10个", ["城市集中式饮用水水源地水质数"]),
        ("100%", ["城市集中式饮用水水源地水质达标率"]),
        ("3条", ["国控入海河流水质数"]),
        ("全部优良", ["国控入海河流水质"]),
    ]
    assert named("出动514支队伍2.8万人次。") == [("514支", ["队伍数"]), ("2.8万人次", ["出动人次"])]


def test_paired_sides_scopes_and_a_share_run_name_each_value_of_a_run():
    """存贷款余额分别为A、B: one side each; the run's changes and shares after it follow it;
    城镇 stands in 农村's place in 城镇和农村居民人均可支配收入."""
    text = ("年末金融机构本外币存贷款余额分别为10733.1亿元、12124.6亿元,增长5.9%、17%,"
            "占全省比重30.4%、39.7%。城镇和农村居民人均可支配收入分别增长8.3%、9%。")
    assert named(text) == [
        ("10733.1亿元", ["金融机构本外币存款余额"]), ("12124.6亿元", ["金融机构本外币贷款余额"]),
        ("增长5.9%", ["金融机构本外币存款余额"]), ("17%", ["金融机构本外币贷款余额"]),
        ("30.4%", ["金融机构本外币存款余额占全省比重"]),
        ("39.7%", ["金融机构本外币贷款余额占全省比重"]),
        ("增长8.3%", ["城镇居民人均可支配收入"]), ("9%", ["农村居民人均可支配收入"]),
    ]


def test_two_scopes_before_one_measure_share_a_pair_of_values_without_fenbie():
    text = "城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。"
    assert named(text) == [
        ("29092元", ["城镇常住居民人均可支配收入"]), ("17191元", ["农村常住居民人均可支配收入"]),
        ("增长3%", ["城镇常住居民人均可支配收入"]), ("6.4%", ["农村常住居民人均可支配收入"])]


def test_an_investment_alone_is_the_clause_befores_and_a_target_cue_trails_no_name():
    text = "开展农村人居环境整治,完成投资25亿元。全市固定资产投资力争120亿元。"
    assert named(text) == [("25亿元", ["农村人居环境整治投资"]), ("120亿元", ["固定资产投资"])]


def test_a_five_year_plan_as_the_basis_of_a_change_is_no_name():
    assert named("亿元以上项目完成投资2534亿元,较十一五增长164%。") == [
        ("2534亿元", ["亿元以上项目完成投资"]), ("较十一五增长164%", ["亿元以上项目完成投资"])]


def test_a_short_parallel_item_takes_the_words_before_its_twins_noun():
    assert named("实际使用内资30.2亿元、外资381万美元。出口120亿元、进口80亿元。") == [
        ("30.2亿元", ["实际使用内资"]), ("381万美元", ["实际使用外资"]),
        ("120亿元", ["出口额"]), ("80亿元", ["进口额"])]
    assert named("新建公厕120座、旅游厕所8座。") == [
        ("120座", ["新建公厕数"]), ("8座", ["旅游厕所数"])]


def test_a_qualifier_alone_stands_in_its_kinds_place_in_the_name_before():
    assert named("新认定国家级龙头企业1家、省级32家。城镇新增就业1.2万人,农村0.8万人。") == [
        ("1家", ["新认定国家级龙头企业数"]), ("32家", ["新认定省级龙头企业数"]),
        ("1.2万人", ["城镇新增就业人数"]), ("0.8万人", ["农村新增就业人数"])]


def test_warnings_by_colour_and_deaths_in_brackets_take_their_totals_thing():
    assert named("市气象台在我区发布暴雨预警21次(黄色16次、橙色5次)。", 2025)[1:] == [
        ("16次", ["黄色暴雨预警次数"]), ("5次", ["橙色暴雨预警次数"])]
    assert named("其中死亡事故7起(7人),较去年同期10起(10人)下降30%。", 2025)[:2] == [
        ("7起", ["死亡事故起数"]), ("7人", ["事故死亡人数"])]


def test_parts_of_a_count_of_people_named_by_their_kind_take_the_peoples_noun():
    text = ("专任教师1567人,其中:小学813人,幼儿园48人。在校学生17278人,其中:小学6982人。"
            "人员编制数为51人,退休人员28人。其中卫生技术45人。")
    assert named(text, 2022)[:5] == [
        ("1567人", ["专任教师数"]), ("813人", ["小学专任教师数"]), ("48人", ["幼儿园专任教师数"]),
        ("17278人", ["在校学生数"]), ("6982人", ["小学在校学生数"])]
    # (more than the figure before, in a sentence of several: of no total said)
    assert "退休人员" not in named(text, 2022)[-1][1][0]


def test_a_creating_verb_before_a_count_stays_in_its_name():
    assert named("新成立11个集团,教育集团达30个。新建5所学校。", 2024) == [
        ("11个", ["新成立集团数"]), ("达30个", ["教育集团数"]), ("5所", ["新建学校数"])]


def test_sectors_listed_after_a_lead_naming_the_events_count_those_events():
    text = "亡人事故根据行业类型来划分,分别为:建筑行业3起(3人),清淤作业1起(1人)。"
    assert named(text, 2025) == [
        ("3起", ["建筑行业亡人事故起数"]), ("3人", ["建筑行业事故死亡人数"]),
        ("1起", ["清淤作业亡人事故起数"]), ("1人", ["清淤作业事故死亡人数"])]


def test_money_after_an_opening_verb_is_named_by_the_money_noun_after_it():
    text = ("已完成2.5255亿元专债资金、2000万元长期国债资金支付全部支付任务。完成13.6亿元纳统额。"
            "区级财政年初预算安排200万元专项资金,用于修缮。")
    assert named(text, 2024) == [
        ("2.5255亿元", ["专债资金"]), ("2000万元", ["长期国债资金"]), ("13.6亿元", ["纳统额"]),
        ("200万元", ["区级财政年初预算"])]


def test_goods_weighed_after_a_trading_verb_are_its_volume_like_a_herds():
    text = "全年销售宣莲12400千克、香菇275000千克。收购烤烟80万公斤。烟叶收购量865万公斤。"
    assert named(text) == [
        ("12400千克", ["宣莲销售量"]), ("275000千克", ["香菇销售量"]),
        ("80万公斤", ["烤烟收购量"]), ("865万公斤", ["烟叶收购量"])]
    # crops by the area sown, as statistics name it (粮食播种面积)
    assert named("全乡种植粮食作物8960亩、蔬菜4100亩,示范种植羊肚菌650亩。") == [
        ("8960亩", ["粮食作物种植面积"]), ("4100亩", ["蔬菜种植面积"]),
        ("650亩", ["羊肚菌示范种植面积"])]


def test_a_final_accounts_paragraph_on_a_budget_line_names_its_figures_by_the_line():
    text = ("国防支出(类)国防动员(款)其他国防动员支出(项):支出决算为2万元,完成预算100%。\n"
            "一般公共服务(类)党委办公厅(室)及相关机构事务(款) 其他党委办公厅(室)及相关机构事务"
            "支出(项):支出决算为3万元。")
    assert named(text, 2022) == [
        ("2万元", ["其他国防动员支出"]), ("100%", ["其他国防动员支出预算完成率"]),
        ("3万元", ["其他党委办公厅(室)及相关机构事务支出"])]


def test_the_toll_of_deadly_events_is_named_without_the_word_that_made_them_deadly():
    text = ("生产经营性死亡事故4起,与去年同期相比下降20.0%;死亡4人。"
            "全市共发生各类伤亡事故20起,受伤14人。")
    assert [names for raw, names in named(text, 2016) if raw.endswith("人")] == [
        ["生产经营性事故死亡人数"], ["事故受伤人数"]]


def test_counts_of_people_who_all_did_something_are_named_by_the_doing():
    assert named("贫困人口问题全面解决,403户1828人全部脱贫。", 2021) == [
        ("403户", ["脱贫户数"]), ("1828人", ["脱贫人数"])]


def test_a_change_against_last_year_said_with_its_year_is_the_figure_befores():
    text = ("1-3月,全县发生道路交通事故1起,与去年同比上升100%,受伤1人,与去年同比下降50%,"
            "死亡0人,与去年同比持平。")
    assert named(text, 2023) == [
        ("1起", ["道路交通事故起数"]), ("同比上升100%", ["道路交通事故起数"]),
        ("1人", ["道路交通事故受伤人数"]), ("同比下降50%", ["道路交通事故受伤人数"]),
        ("0人", ["道路交通事故死亡人数"]), ("同比持平", ["道路交通事故死亡人数"])]


def test_a_basis_an_estimate_and_an_adverb_are_no_part_of_a_name():
    text = ("完成财政总收入938.6亿元,按省口径计算增长11.1%。"
            "预计全区地区生产总值由十二五末的1123亿元增加到2020年的1700亿元。"
            "规上工业总产值提前突破3000亿元。")
    assert named(text) == [
        ("938.6亿元", ["财政总收入"]), ("增长11.1%", ["财政总收入"]),
        ("1123亿元", ["地区生产总值"]), ("1700亿元", ["地区生产总值"]),
        ("突破3000亿元", ["规上工业总产值"]),
    ]


def test_a_growth_rate_alone_is_of_the_figure_before_and_a_run_beats_a_change_link():
    text = ("固定资产投资总额56.4亿元,全市排名第7位,增速-4.7%。"
            "接处火警336起,其中成灾48起,直接经济损失292万元,火警数、成灾数分别下降13.2%、45.5%。")
    found = named(text)
    assert found[:2] == [("56.4亿元", ["固定资产投资总额"]),
                         ("增速-4.7%", ["固定资产投资总额增速"])]
    # the run after 分别 names the 45.5%, not the change link to the loss before it
    assert found[-2:] == [("下降13.2%", ["火警数"]), ("45.5%", ["成灾数"])]


def test_works_end_a_listed_item_and_a_bare_measure_takes_the_counted_thing():
    text = ("16座小二型水库除险加固、岳沙河项目区小流域水土流失综合治理工程已全部完成。"
            "办理永久性征占用林地8宗,面积49.3505公顷。")
    assert named(text) == [
        ("16座", ["小二型水库除险加固数"]),
        ("已全部完成", ["岳沙河项目区小流域水土流失综合治理工程"]),
        ("8宗", ["办理永久性征占用林地起数"]), ("49.3505公顷", ["办理永久性征占用林地面积"])]


def test_a_relative_clause_after_a_count_is_skipped_to_the_thing_counted():
    text = "对480户符合条件的困难老年人家庭进行适老化改造。建成5个具有示范作用的农村社区。"
    # (and the homes served are named with the service done for them)
    assert named(text) == [("480户", ["困难老年人家庭适老化改造户数"]), ("5个", ["建成农村社区数"])]
    assert named("完成40个行业领域的风险评估。") == [("40个", ["行业领域数"])]
    text = "对两家不落实防控工作的农贸市场下达了告诫书,对55家落实防控工作不到位的经营户下达通知书。"
    assert named(text) == [("两家", ["农贸市场数"]), ("55家", ["经营户数"])]


def test_the_three_sectors_split_and_a_verb_before_a_measure_is_dropped():
    text = ("第一产业实现增加值307370万元。三次产业对GDP的贡献率分别为13.7%、67.0%、19.3%。"
            "全区实现地区生产总值2242104万元。")
    assert named(text) == [
        ("307370万元", ["第一产业增加值"]), ("13.7%", ["第一产业对GDP的贡献率"]),
        ("67.0%", ["第二产业对GDP的贡献率"]), ("19.3%", ["第三产业对GDP的贡献率"]),
        ("2242104万元", ["地区生产总值"])]


def test_one_character_items_of_a_run_are_items_and_share_what_the_last_says():
    """农、林、牧、渔业…总产值: each trade, its 业 written once; 猪、牛、羊、家禽出栏: each
    animal, with the verb the last item writes (收、支 still join as one word)."""
    text = ("农、林、牧、渔业、农林牧渔服务业总产值分别为143452万元、5390万元、73655万元、"
            "1632万元、3221万元。全年猪、牛、羊、家禽出栏分别达16.99万头、0.59万头、2.7万只和64.53万羽。")
    assert [names for _, names in named(text)] == [
        ["农业总产值"], ["林业总产值"], ["牧业总产值"], ["渔业总产值"], ["农林牧渔服务业总产值"],
        ["猪出栏"], ["牛出栏"], ["羊出栏"], ["家禽出栏"]]


def test_a_measure_said_after_the_runs_verb_is_each_items():
    """化工、医药、家居分别实现产值156.2亿元、28.3亿元、39亿元: the measure after 分别实现
    is each item's, and the run of changes after it follows the items."""
    assert names_of("化工、医药、家居分别实现产值156.2亿元、28.3亿元、39亿元,分别下降9%、"
                    "26.3%、3.9%。") == [
        ("156.2亿元", ["化工产值"]), ("28.3亿元", ["医药产值"]), ("39亿元", ["家居产值"]),
        ("下降9%", ["化工产值"]), ("26.3%", ["医药产值"]), ("3.9%", ["家居产值"])]


def test_the_last_items_words_from_its_kind_on_are_each_items_and_so_are_its_shares():
    """新农村建设、产业发展、节能环保项目完成投资分别为…: what the last item says from its kind
    word on (项目完成投资) is each item's; …各占年计划的… are their shares in order, each an
    investment's completion rate."""
    text = ("新农村建设、产业发展、节能环保项目完成投资分别为86.9亿元、170.4亿元和22.9亿元,"
            "各占年计划的90%、79.5%和43.1%。")
    assert [n[0] for _, n in names_of(text)] == [
        "新农村建设项目完成投资", "产业发展项目完成投资", "节能环保项目完成投资",
        "新农村建设项目投资完成率", "产业发展项目投资完成率", "节能环保项目投资完成率"]


def test_items_counted_before_a_run_are_its_items():
    """41个投产项目、104个续建项目、27个新开工项目分别完成投资127亿元、…: the words after each
    count are the run's items, each with what the run says they did."""
    text = ("41个投产项目、104个续建项目、27个新开工项目分别完成投资127亿元、527.7亿元、35.6亿元,"
            "各占年计划的77.5%、93%、51.8%。")
    assert [n[0] for _, n in names_of(text)][3:] == [
        "投产项目完成投资", "续建项目完成投资", "新开工项目完成投资",
        "投产项目投资完成率", "续建项目投资完成率", "新开工项目投资完成率"]


def test_a_change_after_a_share_is_the_levels_unless_it_is_in_points():
    text = ("地区生产总值实现846.44亿元,占全市比重为7.0%,按可比价格计算,同比增长5.4%。"
            "非公有制经济增加值500亿元,占地区生产总值比重为55%,较2022年提高1.4个百分点。"
            "一般公共预算收入41.79亿元,同口径同比增长24.2%。")
    assert [names for _, names in named(text)] == [
        ["地区生产总值"], ["地区生产总值占全市比重"], ["地区生产总值"],
        ["非公有制经济增加值"], ["非公有制经济增加值占地区生产总值比重"],
        ["非公有制经济增加值占地区生产总值比重"],
        ["一般公共预算收入"], ["一般公共预算收入"]]


def test_a_change_in_the_sentence_after_a_share_of_a_total_is_the_levels():
    """…占本年支出合计的99.4%。与上年相比,增加…: the total the share is of names nothing
    (the 部门预算 template's 一般公共预算支出 paragraph)."""
    text = ("一般公共预算财政拨款支出预算13,297.11万元,占本年支出合计的99.4%。"
            "与上年相比,增加3,226.63万元,增长32.04%。")
    assert [names for _, names in named(text)] == [
        ["一般公共预算财政拨款支出"], ["一般公共预算财政拨款支出占本年支出比重"],
        ["一般公共预算财政拨款支出"], ["一般公共预算财政拨款支出"]]


def test_a_change_said_net_of_the_changes_listed_is_the_lines_change_again():
    """增减相抵后…: a budget's reasons sum up the line's change; with its own words it is
    named by them, without it is the change of that number said before."""
    text = ("2.人大事务(款)一般行政管理事务(项)支出2464.02万元,与上年相比增加123.67万元。"
            "主要原因是外事经费增加200万元,增减相抵后增加123.67万元。"
            "信息化建设经费专项增加55万元,增减相抵后项目支出预算数增加125.62万元。")
    assert [names for _, names in named(text)] == [
        ["人大事务一般行政管理事务支出"], ["人大事务一般行政管理事务支出"], ["外事经费"],
        ["人大事务一般行政管理事务支出"], ["信息化建设经费专项金额"], ["项目支出"]]


def test_level_with_last_year_after_a_share_is_the_amounts():
    """公务接待费2万元,占36%,和上年持平: the amount stayed level, not its share."""
    text = "公务用车运行维护费3.6万元,占64%,比上年减少1.4万元,公务接待费2万元,占36%,和上年持平。"
    assert [names for _, names in named(text)] == [
        ["公务用车运行维护费"], ["公务用车运行维护费占比"], ["公务用车运行维护费"],
        ["公务接待费"], ["公务接待费占比"], ["公务接待费"]]


def test_a_name_is_never_a_number_nor_a_comparison_alone():
    """比全市制造业增加值平均增速(14.4%)高11.7个百分点: the figure compared (制造业增加值),
    not 高 nor the basis; a name of digits only (a table's cells run together) is none."""
    text = "制造业增加值同比增长26.1%,比全市制造业增加值平均增速(14.4%)高11.7个百分点。"
    assert [names for _, names in named(text)][-1] == ["制造业增加值"]
    text = "固定资产投资同比增长9.1%,增速比上半年快1.66个百分点。"
    assert [names for _, names in named(text)][-1] in (["固定资产投资"], ["固定资产投资增速"])
    from zhibiao.parse.names import _no_figures_or_verbs
    from zhibiao.parse.values import find_values

    text = "1010 95%"
    spans = find_values(text)
    names = [[("1010", 0, 4)] for _ in spans]
    _no_figures_or_verbs(text, spans, names)
    assert names == [[] for _ in spans]


def test_shares_of_two_wholes_and_the_run_compared_after_them():
    """The run of gaps after 高于全省 is each share's gap to the province, in order."""
    text = ("全市税收收入占财政总收入和地方一般公共预算收入的比重分别达到89.6%、80.5%,"
            "高于全省8.3和10.4个百分点。")
    assert [names for _, names in named(text)] == [
        ["税收收入占财政总收入比重"], ["税收收入占地方一般公共预算收入比重"],
        ["税收收入占财政总收入比重高于全省"], ["税收收入占地方一般公共预算收入比重高于全省"]]


def test_outcomes_after_a_semicolon_and_parts_in_brackets_keep_their_events():
    text = ("全市共发生生产安全事故17起,同比下降19.01%;死亡20人。"
            "工矿商贸事故13起、死亡14人(工程建设领域事故10起、死亡11人)。梅雨量达815毫米(为常年3倍)。")
    assert [names for _, names in named(text)] == [
        ["生产安全事故起数"], ["生产安全事故起数"], ["生产安全事故死亡人数"],
        ["工矿商贸事故起数"], ["工矿商贸事故死亡人数"],
        ["工程建设领域事故起数"], ["工程建设领域事故死亡人数"], ["梅雨量"], ["梅雨量"]]


def test_a_share_written_zhanbi_is_the_subjects_share():
    assert named("学校1158所,占比99.66%。") == [("1158所", ["学校数"]), ("99.66%", ["学校占比"])]


def test_a_run_held_steady_respectively_and_our_county_is_no_name():
    text = ("今年我县计划播种粮食面积68万亩。"
            "生猪出栏量、蔬菜产量分别稳定在34万头、54万吨以上。")
    assert [names for _, names in named(text)] == [
        ["计划播种粮食面积"], ["生猪出栏量"], ["蔬菜产量"]]


def test_sectors_contributions_keep_what_they_contribute_to():
    text = "第一、二、三次产业对经济增长的贡献率分别为12.0%、19.0%和69.0%。"
    assert named(text) == [("12.0%", ["第一产业对经济增长的贡献率"]),
                           ("19.0%", ["第二产业对经济增长的贡献率"]),
                           ("69.0%", ["第三产业对经济增长的贡献率"])]


def test_periods_scope_words_and_examples_are_not_part_of_the_name():
    text = ("到年底加工制造类小微企业安全风险管控体系建设覆盖率65%,其他行业领域企业覆盖率50%。"
            "推动矿山、危险化学品、金属冶炼等高危行业领域投保率100%。"
            "市、县、乡三级灾害信息员年度培训率100%。曝光各类隐患1375处。")
    assert named(text) == [
        ("65%", ["加工制造类小微企业安全风险管控体系建设覆盖率"]),
        ("50%", ["其他行业领域企业覆盖率"]),
        ("100%", ["高危行业领域投保率"]),
        ("100%", ["灾害信息员年度培训率"]),
        ("1375处", ["曝光隐患数"]),
    ]


def test_changes_of_a_run_of_counts_and_their_rates_pair_with_the_counts_in_order():
    """1977起、死亡1506人、受伤1106人、直接经济损失3.56亿元,同比分别减少449起、283人、345人,下降
    18.5%、15.8%、23.8%: the three changes are of the first three counts (the units say so, not
    the last three), and the three rates are of those changes, in order."""
    text = ("全省共发生生产安全事故1977起、死亡1506人、受伤1106人、直接经济损失3.56亿元,"
            "同比分别减少449起、283人、345人,下降18.5%、15.8%、23.8%,直接经济损失下降9.7%。")
    names = dict(named(text)[4:10])
    assert names == {"同比分别减少449起": ["生产安全事故起数"], "283人": ["生产安全事故死亡人数"],
                     "345人": ["生产安全事故受伤人数"], "下降18.5%": ["生产安全事故起数"],
                     "15.8%": ["生产安全事故死亡人数"], "23.8%": ["生产安全事故受伤人数"]}


def test_an_estimate_and_a_two_year_average_name_the_measure_they_are_of():
    """规上工业预计实现产值2.62亿元: an estimate of 规上工业产值; 两年平均增长5.9%: a basis (the
    growth a year over two), no name of its own (it was named 平均)."""
    text = ("规上工业预计实现产值2.62亿元,服务业预计营业收入3100万元。"
            "地区生产总值100亿元,比上年增长8.1%,两年平均增长5.9%。")
    assert named(text) == [("2.62亿元", ["规上工业产值"]), ("3100万元", ["服务业营业收入"]),
                           ("100亿元", ["地区生产总值"]), ("比上年增长8.1%", ["地区生产总值"]),
                           ("两年平均增长5.9%", ["地区生产总值"])]


def test_an_event_said_not_to_have_happened_is_named_by_the_event():
    """未发生较大及以上生产安全事故: the event; 烟花爆竹1月份无事故,同比持平: the sector's
    事故, and the change after it the sector's 事故起数."""
    text = "(四)烟花爆竹1月份无事故,同比持平。全年未发生较大及以上生产安全事故。"
    assert named(text) == [("无事故", ["烟花爆竹事故"]), ("同比持平", ["烟花爆竹事故起数"]),
                           ("未发生较大及以上生产安全事故", ["较大及以上生产安全事故"])]


def test_a_subject_naming_its_sides_gives_one_value_a_side_without_fenbie():
    """五、城乡居民收入同比增长3.6%、5.7%: 城乡 and two values of one kind are one a side (the
    item's mark 五、 is no part of the subject); a level and its change (外贸进出口总额
    3242.1亿元,增长9.4%) are one subject's."""
    text = "五、城乡居民收入同比增长3.6%、5.7%。外贸进出口总额3242.1亿元,增长9.4%。"
    assert named(text) == [("同比增长3.6%", ["城镇居民收入"]), ("5.7%", ["农村居民收入"]),
                           ("3242.1亿元", ["外贸进出口总额"]), ("增长9.4%", ["外贸进出口总额"])]


def test_our_city_or_district_is_no_part_of_a_name():
    """我区地区生产总值, 我市规模以上工业增加值: 我区/我市 are scope words like 我县 (jieba
    split them into 我 + 区 and the name kept them)."""
    text = "上半年,我区地区生产总值同比增长1.3%。我市规模以上工业增加值同比增长5%。"
    assert named(text) == [("同比增长1.3%", ["地区生产总值"]),
                           ("同比增长5%", ["规模以上工业增加值"])]


def test_percentage_closed_by_a_word_is_a_rate_of_that_word():
    text = "乡镇避灾安置场所实现100%规范化。救生衣等“四小件”配备100%到位。"
    assert named(text) == [("100%", ["乡镇避灾安置场所规范化率"]),
                           ("100%", ["四小件配备到位率"])]


def test_change_without_a_subject_takes_the_previous_values_name():
    assert named("梅雨期长达50天(比常年偏多24天)") == [
        ("长达50天", ["梅雨期天数"]), ("比常年偏多24天", ["梅雨期天数"])]


def test_interval_and_groups_are_named_for_what_they_time_or_split():
    assert named("每15天一次点评通报,清单化整改。局班子成员带队分7组督查。") == [
        ("15天", ["点评通报周期"]), ("7组", ["分组数"])]


def test_figure_in_brackets_describes_the_one_before_it():
    assert named("梅雨量达815毫米(为常年3倍);") == [("达815毫米", ["梅雨量"]), ("3倍", ["梅雨量"])]
    # …unless it is money naming its own measure after a count: the count's money
    assert names_of("发生道路交通事故12起,死亡3人(直接经济损失11.24万元)。")[-1] == (
        "11.24万元", ["道路交通事故直接经济损失"])
    assert names_of("包括吴江开发区15个(总投资152.62亿元)。") == [
        ("15个", ["吴江开发区数"]), ("152.62亿元", ["吴江开发区总投资"])]


def test_people_counted_by_what_they_did():
    assert named("吸引50余万人次观看。全市共出动514支队伍2.8万人次。") == [
        ("50余万人次", ["观看人次"]), ("514支", ["队伍数"]), ("2.8万人次", ["出动人次"])]


def test_value_with_nothing_nameable_gets_no_name():
    assert named("共计1亿元。") == [("1亿元", [])]


@pytest.mark.parametrize(("phrase", "unit", "name"), [
    ("全市共发生各类事故", "起", "事故起数"),
    ("生产安全事故死亡人数", "人", "生产安全事故死亡人数"),
    ("安全生产事故死亡人数", "人", "生产安全事故死亡人数"),
    ("其中非事故罚款", "元", "非事故罚款金额"),
    ("培训人数", "人", "培训人数"),
    ("全市综合非事故处罚额占比率达", "%", "综合非事故处罚额占比率"),
    ("发送复工安全提示短信", "条", "发送复工安全提示短信数"),
    ("一是加大执法力度", "", "加大执法力度"),
    ("共", "起", ""),
])
def test_normalize_name(phrase, unit, name):
    assert normalize_name(phrase, unit) == name


# --- runs of values and continuations (real documents: 统计公报, 卫生健康工作总结) ----------


def names_of(text: str) -> list[tuple[str, list[str]]]:
    """`named` with no document year."""
    return named(text, year=None)


def test_a_level_after_its_change_has_the_changes_subject():
    assert names_of("全县地区生产总值增长12.6%达92.9亿元,第一产业增长9.1%达21.2亿元") == [
        ("增长12.6%", ["地区生产总值"]), ("达92.9亿元", ["地区生产总值"]),
        ("增长9.1%", ["第一产业"]), ("达21.2亿元", ["第一产业"])]


def test_the_time_said_between_a_measure_and_its_verb_is_no_part_of_it():
    """地区生产总值全年完成116.5亿元: the measure stands before 全年, the verb after it (and
    not 组织技术员对我县 + 2021年 + 1万亩…: words before a year that name no measure)."""
    assert names_of("初步核算,地区生产总值全年完成116.5亿元,比上年增长4.6%。粮食产量全年达到"
                    "24万吨。") == [
        ("116.5亿元", ["地区生产总值"]), ("比上年增长4.6%", ["地区生产总值"]),
        ("达到24万吨", ["粮食产量"])]
    assert names_of("及时组织技术员对我县2021年1万亩森林抚育项目进行规划设计") == [
        ("1万亩", ["森林抚育项目面积"])]


def test_a_part_of_a_sectors_value_added_is_value_added():
    """第二产业完成43.5亿元…其中工业完成37.7亿元: industry's part of the sector's 增加值 is
    工业增加值 (not 工业值 from the last character of the total's measure)."""
    assert names_of("第二产业完成43.5亿元,同比增长1.0%,其中工业完成37.7亿元,增长0.8%") == [
        ("43.5亿元", ["第二产业增加值"]), ("同比增长1.0%", ["第二产业增加值"]),
        ("37.7亿元", ["工业增加值"]), ("增长0.8%", ["工业增加值"])]


def test_the_size_after_a_change_is_the_level_of_what_changed():
    """地方一般公共预算收入增速达30.9%,…,规模达到2727.1亿元: 规模 (总量) is the size of the
    revenue whose growth was just said."""
    assert names_of("地方一般公共预算收入增速达30.9%,跃居全国省级财政第一,"
                    "规模达到2727.1亿元。") == [
        ("增速达30.9%", ["地方一般公共预算收入增速"]),
        ("达到2727.1亿元", ["地方一般公共预算收入"])]
    assert names_of("粮食产量增长3%,总量达到24万吨。") == [
        ("增长3%", ["粮食产量"]), ("达到24万吨", ["粮食产量"])]


def test_a_score_said_alone_is_of_its_items_criterion():
    """(1)奖补政策合规性:…制定了…扶持政策,得6分: the criterion the item opens on."""
    assert names_of("(1)奖补政策合规性:印发《若干奖补政策》,制定了示范创建等扶持政策,得6分。") == [
        ("6分", ["奖补政策合规性得分"])]


def test_a_count_of_a_task_said_after_it_is_named_by_what_was_done():
    """…发放“防疫健康包”133万份的任务, 造林1.2万亩的目标任务: 的任务 is the task the count
    sizes, not what is counted; 18项惠民实事如下: the list that follows is no part of it."""
    assert names_of("完成向全省重点人群免费发放“防疫健康包”133万份的任务。") == [
        ("133万份", ["向全省重点人群免费发放防疫健康包数"])]
    assert names_of("完成造林1.2万亩的目标任务。") == [("1.2万亩", ["造林面积"])]
    assert names_of("18项惠民实事如下:完成约15万㎡宜居住区整治改造。")[0] == (
        "18项", ["惠民实事数"])


def test_a_gap_to_the_schedule_is_named_against_the_schedule():
    """超过时间进度4.6个百分点, 落后时间进度8.1个百分点: how far ahead of or behind the
    schedule, not the rate said before it (高于 is said 超过, as analysts write it)."""
    found = names_of("重点建设项目完成投资188亿元,完成年度投资计划的46.3%,超过时间进度4.6个"
                     "百分点;省重点项目完成年度计划的33.6%,落后时间进度8.1个百分点,产业工程高于"
                     "时间进度16.3个百分点。")
    assert [(raw, name) for raw, name in found if raw.endswith("百分点")] == [
        ("超过时间进度4.6个百分点", ["超过时间进度"]), ("8.1个百分点", ["落后时间进度"]),
        ("高于时间进度16.3个百分点", ["超过时间进度"])]


def test_issues_and_volumes_are_counted_in_their_own_word():
    """编发简报12期 → 编发简报期数, 新增图书2000册 → 新增图书册数 (dev labels: 期 17 of 17, 册
    7 of 7 name the word)."""
    assert names_of("全年编发简报12期,新增图书2000册。") == [
        ("12期", ["编发简报期数"]), ("2000册", ["新增图书册数"])]


def test_the_level_reached_after_a_milestone_is_the_same_measures():
    assert names_of("全省生产总值突破2000亿元大关,达到2052.12亿元") == [
        ("突破2000亿元", ["生产总值"]), ("达到2052.12亿元", ["生产总值"])]


def test_a_score_won_with_is_the_score_of_the_clause_before():
    assert names_of("完成项目应用绩效评价,以91.02分获评优秀") == [
        ("91.02分", ["项目应用绩效评价得分"])]


def test_a_list_of_measures_each_in_its_own_unit_names_its_values_in_order():
    """民营经济户数、从业人员、注册资金为2.5万户、9.9万人和256.8亿元 (no 分别): three parts, three
    values each in a unit of its own, joined as a list: one value a part; but a level and its
    change (成交额748.7亿元、增长1.1倍) are one subject's."""
    assert names_of("民营经济户数、从业人员、注册资金为2.5万户、9.9万人和256.8亿元,"
                    "分别增长13.7%、16.2%和32.1%。") == [
        ("2.5万户", ["民营经济户数"]), ("9.9万人", ["从业人员数"]), ("256.8亿元", ["注册资金"]),
        ("增长13.7%", ["民营经济户数"]), ("16.2%", ["从业人员数"]), ("32.1%", ["注册资金"])]
    level, change = names_of("北京向天津、河北输出技术合同成交额748.7亿元、增长1.1倍。")
    assert level[1] == change[1] and level[1][0].endswith("技术合同成交额")


def test_subjects_given_respectively_name_their_values_in_order():
    """分别为: one part per value; a part without a measure word takes the last one's."""
    assert names_of("新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰,均优于国家标准") == [
        ("0.93‰", ["新生儿死亡率"]), ("1.62‰", ["婴儿死亡率"]), ("1.93‰", ["5岁以下儿童死亡率"])]


def test_a_change_naming_its_own_subject_is_not_the_previous_counts():
    """A change the grammar ties to the count before it keeps that count's name only
    when nothing names a subject of its own between them."""
    assert names_of("开展应急演练10场,生产安全事故死亡人数同比下降8.3%。") == [
        ("10场", ["应急演练场次"]), ("同比下降8.3%", ["生产安全事故死亡人数"])]
    assert names_of("全市共发生各类生产安全事故27起、死亡30人,同比分别下降72.7%、66.7%") == [
        ("27起", ["生产安全事故起数"]), ("30人", ["生产安全事故死亡人数"]),
        ("同比分别下降72.7%", ["生产安全事故起数"]), ("66.7%", ["生产安全事故死亡人数"])]


def test_what_counted_events_caused_is_named_after_the_events():
    """死亡30人 after 事故27起 counts the deaths of those events (EVENT_OUTCOMES); a
    death toll after anything but a count of events keeps its own name."""
    assert names_of("发生道路交通事故15起、死亡12人、受伤20人,直接经济损失35万元") == [
        ("15起", ["道路交通事故起数"]), ("12人", ["道路交通事故死亡人数"]),
        ("20人", ["道路交通事故受伤人数"]), ("35万元", ["道路交通事故直接经济损失"])]
    assert names_of("开展演练10场,死亡3人。") == [("10场", ["演练场次"]), ("3人", ["死亡人数"])]
    # a new sentence names its own events
    assert names_of("发生火灾8起。死亡2人。")[1] == ("2人", ["死亡人数"])


def test_a_sentence_opening_on_an_outcome_goes_on_with_the_events_before():
    """…受伤0人。造成直接经济损失327.1万元: a loss that opens its sentence with no subject of
    its own was caused by the events of the sentence before; not across a line."""
    assert names_of("工商贸事故3起,同比增加3起,其中,死亡3人;受伤0人。造成直接经济损失327.1万元,"
                    "同比增加327.1万元。")[-2:] == [
        ("327.1万元", ["工商贸事故直接经济损失"]),
        ("同比增加327.1万元", ["工商贸事故直接经济损失"])]
    assert names_of("道路运输事故6起,死亡6人。直接经济损失0.9万元。")[-1] == (
        "0.9万元", ["道路运输事故直接经济损失"])
    assert names_of("道路运输事故6起,死亡6人。\n直接经济损失0.9万元。")[-1] == (
        "0.9万元", ["直接经济损失"])
    assert names_of("道路运输事故6起,死亡6人。全省火灾直接经济损失0.9万元。")[-1][1] != [
        "道路运输事故直接经济损失"]


def test_a_town_and_country_scope_splits_into_its_two_populations():
    """城乡…分别 names 城镇… and 农村… in that order, and a second 分别 run after it
    measures the same two."""
    assert names_of("城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元") == [
        ("增长12%", ["城镇常住居民人均可支配收入"]), ("13%", ["农村常住居民人均可支配收入"]),
        ("达43366元", ["城镇常住居民人均可支配收入"]), ("13835元", ["农村常住居民人均可支配收入"])]


def test_people_nouns_are_counted_without_a_second_person_word():
    """(a population takes no 数 either: 户籍人口)"""
    assert names_of("户籍人口49.81万人,今年以来开展农产品定量检测2033批次") == [
        ("49.81万人", ["户籍人口"]), ("2033批次", ["农产品定量检测批次"])]
    assert names_of("全区共有社区工作人员320人。")[0] == ("320人", ["社区工作人员数"])


def test_the_sangong_account_is_named_without_its_level_and_account_words():
    """区本级一般公共预算财政拨款开支三公经费2921.7万元: analysts write 三公经费; a share or an
    item in front of it is kept."""
    assert names_of("2023年区本级一般公共预算财政拨款开支三公经费2921.7万元。") == [
        ("2921.7万元", ["三公经费"])]
    assert names_of("“三公”经费财政拨款支出决算为2.02万元。") == [("2.02万元", ["三公经费"])]
    assert names_of("“三公”经费支出决算总额5.48万元。") == [("5.48万元", ["三公经费支出决算总额"])]
    assert names_of("因公出国(境)费160万元,占三公经费的31.14%") == [
        ("160万元", ["因公出国(境)费"]), ("31.14%", ["因公出国(境)费占三公经费比重"])]


def test_the_whole_place_before_a_county_economy_is_dropped_and_xianyu_kept():
    """全盟县域社会消费品零售总额: the league's county economy (县域) is what is measured."""
    assert names_of("全盟县域社会消费品零售总额完成26.23亿元。") == [
        ("26.23亿元", ["县域社会消费品零售总额"])]
    assert names_of("全县乡镇企业增加值5亿元。") == [("5亿元", ["乡镇企业增加值"])]


def test_a_population_is_named_as_it_is_and_measures_its_parts():
    """年末常住人口26.10万人: 常住人口 (no 数, it counts people by itself); 其中男性13.69万人:
    男性人口."""
    assert names_of("年末常住人口26.10万人,比上年末增加1.25万人。其中,男性13.69万人。") == [
        ("26.10万人", ["常住人口"]), ("比上年末增加1.25万人", ["常住人口"]),
        ("13.69万人", ["男性人口"])]
    assert names_of("全年出生人口2394人。")[0] == ("2394人", ["出生人口"])
    assert names_of("帮扶医务人员120人。")[0] == ("120人", ["帮扶医务人员数"])


def test_a_footnote_mark_is_no_part_of_a_name():
    """地区生产总值[2]2909.1亿元: the [2] sends the reader to a note at the bulletin's end;
    the name is 地区生产总值 (and, a measure, it takes no 金额)."""
    assert names_of("全年实现地区生产总值[2]2909.1亿元,同比增长9.7%。") == [
        ("2909.1亿元", ["地区生产总值"]), ("同比增长9.7%", ["地区生产总值"])]
    assert names_of("全县地区生产总值〔2〕达到156.3亿元。") == [("达到156.3亿元", ["地区生产总值"])]
    assert names_of("全县地区生产总值【1】156.3亿元。") == [("156.3亿元", ["地区生产总值"])]


def test_first_second_as_words_are_not_list_markers():
    """第一产业 is a sector; only 第一, (with its comma) opens a list item."""
    assert names_of("第一产业增加值37.11亿元") == [("37.11亿元", ["第一产业增加值"])]


def test_a_share_is_named_after_the_value_it_is_a_share_of():
    assert names_of("其中:基本支出21968万元,占59.07%;项目支出10208万元,占27.45%") == [
        ("21968万元", ["基本支出"]), ("59.07%", ["基本支出占比"]),
        ("10208万元", ["项目支出"]), ("27.45%", ["项目支出占比"])]
    assert names_of("因公出国(境)费160万元,占三公经费的31.14%") == [
        ("160万元", ["因公出国(境)费"]), ("31.14%", ["因公出国(境)费占三公经费比重"])]



def test_a_bare_share_is_of_the_account_the_sentence_opens_with():
    """…“三公”经费支出决算中,X…,占N%: a share of the 三公 account, less the year, the
    account words and the kind of figure; a frame that is no sum of money is not named."""
    text = ("某中心2022年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出0元,"
            "占0%;公务接待费支出3.1万元,占100%。")
    assert names_of(text) == [
        ("0元", ["因公出国(境)费"]), ("0%", ["因公出国(境)费占“三公”经费比重"]),
        ("3.1万元", ["公务接待费"]), ("100%", ["公务接待费占“三公”经费比重"])]
    assert names_of("在一般公共预算支出中,教育支出3.2亿元,占18.5%。")[1] == (
        "18.5%", ["教育支出占一般公共预算支出比重"])
    assert names_of("年末常住人口中,男性人口5.1万人,占51.8%。")[1] == ("51.8%", ["男性人口占比"])

def test_parts_after_qizhong_measure_what_their_total_measures():
    text = "全年农林牧渔业总产值37.42亿元,较上年增长4.5%。其中,农业29.24亿元,增长4.9%;林业0.34亿元"
    assert names_of(text) == [
        ("37.42亿元", ["农林牧渔业总产值"]), ("较上年增长4.5%", ["农林牧渔业总产值"]),
        ("29.24亿元", ["农业产值"]), ("增长4.9%", ["农业产值"]), ("0.34亿元", ["林业产值"])]
    # a part with a measure word of its own keeps it
    assert names_of("全年罚款2022万元,其中非事故罚款1639万元") == [
        ("2022万元", ["罚款金额"]), ("1639万元", ["非事故罚款金额"])]
    # parts in a bracket (含…) after a figure are that figure's, not the sentence's total's
    text = "粮食总播面30.42万亩,其中水稻种植21.42万亩(含早稻400亩、中稻21.34万亩)、旱粮9万亩"
    assert names_of(text)[2:4] == [("400亩", ["早稻种植面积"]), ("21.34万亩", ["中稻种植面积"])]


def test_both_ends_of_a_change_name_its_subject():
    """X从A增加到B and X由A提高到B: A and B (and the rate after them) measure X."""
    assert names_of("地区生产总值从2010年的671.1亿元增加到2015年的1107.8亿元,年均增长10.5%") == [
        ("671.1亿元", ["地区生产总值"]), ("1107.8亿元", ["地区生产总值"]),
        ("年均增长10.5%", ["地区生产总值"])]
    assert names_of("一般公共预算收入由40.6亿元增加到79亿元") == [
        ("40.6亿元", ["一般公共预算收入"]), ("79亿元", ["一般公共预算收入"])]


def test_a_comparison_and_an_area_are_named_as_analysts_do():
    assert names_of("城镇登记失业率3.36%,低于省控线0.84个百分点") == [
        ("3.36%", ["城镇登记失业率"]), ("低于省控线0.84个百分点", ["城镇登记失业率"])]
    assert names_of("全年造林19800亩") == [("19800亩", ["造林面积"])]
    assert names_of("新安江水库最高水位108.39米") == [("108.39米", ["新安江水库最高水位"])]
    assert names_of("全系统共有医务人员1.86万人") == [("1.86万人", ["医务人员数"])]


def test_a_share_of_a_target_reached_is_named_after_the_subject_that_reached_it():
    assert names_of("失业人员再就业12089人,完成目标任务的157%") == [
        ("12089人", ["失业人员再就业人数"]), ("157%", ["失业人员再就业目标完成率"])]


def test_a_subject_before_its_anchor_when_nothing_follows_it():
    """固定资产投资累计完成2867亿元: only a verb follows 累计, so the words before name the
    value; who did something (各区、县(市)累计开展156期) names none."""
    assert names_of("固定资产投资累计完成2867亿元;社会消费品零售总额累计完成418亿元") == [
        ("2867亿元", ["固定资产投资"]), ("418亿元", ["社会消费品零售总额"])]
    assert names_of("各区、县(市)累计开展156期") == [("156期", [])]


def test_the_reporting_body_is_no_part_of_a_name_in_any_of_its_forms():
    from zhibiao.parse.names import without_owner

    for name in ("江苏省人民检察院本年收入预算合计", "省检察院本年收入预算合计",
                 "江苏省检察院本年收入预算合计"):
        assert without_owner(name, "江苏省人民检察院") == "收入预算总额"
    assert without_owner("省法院机关运行经费", "江苏省高级人民法院") == "机关运行经费"
    other = "省人大常委会机关运行经费"  # another body's name stays
    assert without_owner(other, "江苏省人民检察院") == other


def test_a_budget_line_is_named_by_its_item_and_its_owner_when_short():
    """检察(款)行政运行(项)支出: a short 款 says whose line it is and stays; a long one is a
    general category (行政事业单位离退休, 党委办公厅(室)及相关机构事务) and the 项 names the
    line. 财政拨款预算支出 is 财政拨款支出 (every figure of a budget is budgeted), but an
    一般公共预算支出 is a kind of budget."""
    assert names_of("1.检察(款)行政运行(项)支出12,268.62万元。") == [
        ("12,268.62万元", ["检察行政运行支出"])]
    assert names_of("2.行政事业单位离退休(款)机关事业单位职业年金缴费(项)支出297.36万元。") == [
        ("297.36万元", ["机关事业单位职业年金缴费"])]  # a 费 is spending already
    assert names_of("1.党委办公厅(室)及相关机构事务(款)行政运行(项)支出8072.29万元。") == [
        ("8072.29万元", ["行政运行支出"])]
    # the level above the 项 marked 类 where the template says 款 (江苏省人大常委会办公厅)
    assert names_of("1.住房改革支出(类)住房公积金(项)752.9万元,与上年相比增加180.34万元。")[0] == (
        "752.9万元", ["住房公积金"])
    assert names_of("2019年财政拨款预算支出37188.34万元。") == [("37188.34万元", ["财政拨款支出"])]
    assert names_of("一般公共预算支出500万元。") == [("500万元", ["一般公共预算支出"])]
    # (a bulletin's short name of that kind)
    assert names_of("一般预算支出189729万元,下降3.2%。") == [
        ("189729万元", ["一般预算支出"]), ("下降3.2%", ["一般预算支出"])]


def test_budget_names_lose_what_they_repeat():
    """一般公共预算拨款安排的会议费预算支出: the fee after 的, without 预算支出 (a 费 is
    spending); 收入预算总计 is a measure already (no 金额), named 收入预算总额 as analysts
    name a budget's totals; 占…的比重 is kept whole, as analysts write it (占…比重)."""
    assert names_of("一般公共预算拨款安排的会议费预算支出271.02万元") == [
        ("271.02万元", ["会议费"])]
    assert names_of("2019年收入预算总计37188.34万元") == [("37188.34万元", ["收入预算总额"])]
    assert names_of("收入预算合计37188.34万元") == [("37188.34万元", ["收入预算总额"])]
    assert names_of("非公有制经济增加值占生产总值的比重为46.2%") == [
        ("46.2%", ["非公有制经济增加值占生产总值比重"])]


def test_a_bare_measure_takes_the_subject_of_the_value_before_it():
    assert names_of("全市农林牧渔业总产值69.93亿元,比上年增长2.5%,增加值37.90亿元,增长2.7%") == [
        ("69.93亿元", ["农林牧渔业总产值"]), ("比上年增长2.5%", ["农林牧渔业总产值"]),
        ("37.90亿元", ["农林牧渔业增加值"]), ("增长2.7%", ["农林牧渔业增加值"])]
    assert names_of("果用瓜1107公顷,增长1.9%,产量28408吨") == [
        ("1107公顷", ["果用瓜面积"]), ("增长1.9%", ["果用瓜面积"]), ("28408吨", ["果用瓜产量"])]


def test_the_reason_or_rule_before_a_name_is_not_part_of_it():
    assert names_of("主要原因是根据国务院通知要求运转类项目预算较上年压减10%。") == [
        ("较上年压减10%", ["运转类项目预算"])]
    assert names_of("按省厅要求配备卫星电话875部") == [("875部", ["配备卫星电话数"])]
    # …nor whom a notice addresses, nor its "now"; 现 of 现症病人 stays
    assert names_of("现下达你单位乡村振兴重点帮扶团场专项资金1500万元。") == [
        ("1500万元", ["下达乡村振兴重点帮扶团场专项资金"])]
    assert names_of("现症病人32人。") == [("32人", ["现症病人人数"])]
    # …and neither is the lead-in of a list of works
    assert names_of("主要建设内容为建设道路311520平方米,小桥2座。") == [
        ("311520平方米", ["建设道路面积"]), ("2座", ["小桥数"])]


def test_the_reporting_body_is_not_part_of_a_name():
    """本部门 / 本单位 / 本年 in front say who or when, and the issuer's own name in front
    of a name (江苏省高级人民法院本年收入预算合计 in its own budget) is dropped."""
    from zhibiao.parse.names import without_owner

    assert names_of("本部门一般公共预算机关运行经费3580.05万元") == [
        ("3580.05万元", ["一般公共预算机关运行经费"])]
    court, name = "江苏省高级人民法院", "江苏省高级人民法院本年收入预算合计"
    assert without_owner(name, court) == "收入预算总额"  # a budget's total, as analysts say
    assert without_owner(name, None) == name
    assert without_owner("市应急管理局", "市应急管理局") == "市应急管理局"  # nothing would be left


def test_a_cumulated_lone_verb_keeps_its_noun_subject():
    assert names_of("高标准农田建设累计投入22552.36万元") == [
        ("22552.36万元", ["高标准农田建设累计投入"])]
    assert names_of("沿线五地累计转移5.1万余人") == [("5.1万余人", ["转移人数"])]
    assert names_of("固定资产投资累计完成2867亿元") == [("2867亿元", ["固定资产投资"])]


def test_a_measure_alone_is_of_the_subject_right_before_it():
    text = "蔬菜播种面积5000公顷,产量106551吨,下降2.2%;果用瓜1107公顷,增长1.9%,产量28408吨"
    assert [n for _, n in names_of(text)] == [
        ["蔬菜播种面积"], ["蔬菜产量"], ["蔬菜产量"], ["果用瓜面积"], ["果用瓜面积"],
        ["果用瓜产量"]]
    assert names_of("全县户籍人口49.81万人,其中男性25.79万人,占总人口的51.8%。") == [
        ("49.81万人", ["户籍人口"]), ("25.79万人", ["男性人口"]),
        ("51.8%", ["男性人口占总人口比重"])]


def test_a_harvested_or_planted_area_is_one_measure_its_crop_the_subject():
    """粮食收获面积38.14万亩、产量14.31万吨: the output is 粮食产量 (收获面积, like 播种面积,
    is one measure; its crop is the subject)."""
    assert names_of("全年粮食收获面积38.14万亩、产量14.31万吨。") == [
        ("38.14万亩", ["粮食收获面积"]), ("14.31万吨", ["粮食产量"])]
    assert names_of("蔬菜种植面积2万亩,产量5万吨。")[1] == ("5万吨", ["蔬菜产量"])
    # (公务用车保有量38辆,其中:执勤执法用车34辆: the part's 保有量, not its 量)
    assert names_of("年末公务用车保有量38辆,其中:执勤执法用车34辆。")[1] == (
        "34辆", ["执勤执法用车保有量"])


def test_the_value_added_of_enterprises_above_scale_is_named_as_the_statistics_name_it():
    """规模以上工业企业实现增加值 is the bulletins' 规模以上工业增加值; the enterprises' own
    profit keeps its 企业."""
    found = names_of("规模以上工业企业实现增加值62.86亿元,同比增长16.8%。"
                     "规模以上工业企业利润总额5亿元。")
    assert [n for _, n in found] == [["规模以上工业增加值"], ["规模以上工业增加值"],
                                     ["规模以上工业企业利润总额"]]
    # 实现 only says the figure was reached, whatever the measure after it
    assert names_of("1-5月,规模以上工业企业实现利润总额6.0亿元,增长13.2%。") == [
        ("6.0亿元", ["规模以上工业企业利润总额"]), ("增长13.2%", ["规模以上工业企业利润总额"])]
    assert names_of("全省失业人员实现再就业14.47万人。") == [("14.47万人", ["失业人员再就业人数"])]


def test_one_character_set_against_one_shares_the_rest_of_the_word():
    """金融机构存、贷款余额 A和B: 存 stands against 贷 of 贷款, so the first is 金融机构存款余额
    (and 金融机构 is the second's too); two measures (诉求解决率、群众满意率) or one-character
    items of no such word (猪、牛、羊、家禽) are left as they were."""
    text = "金融机构存、贷款余额274.98亿元和294.42亿元,分别增长12.3%和17.6%。"
    assert [n for _, n in names_of(text)] == [
        ["金融机构存款余额"], ["金融机构贷款余额"], ["金融机构存款余额"], ["金融机构贷款余额"]]
    text = "诉求解决率、群众满意率分别达到95.5%、96.1%。"
    assert [n for _, n in names_of(text)] == [["诉求解决率"], ["群众满意率"]]


def test_ordinals_of_the_industries_written_without_their_separators():
    """第一二三产业增加值分别为A、B、C: 第一产业增加值, 第二产业增加值, 第三产业增加值 (as
    一、二、三产业 is read)."""
    text = "第一二三产业增加值分别为65.6亿元、78.51亿元、212.15亿元。"
    assert [n for _, n in names_of(text)] == [["第一产业增加值"], ["第二产业增加值"],
                                              ["第三产业增加值"]]


def test_a_list_of_age_classes_names_each_class_of_the_population():
    """0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为…: the ages are classes, not values;
    each figure is its class's 户籍人口 (the last class keeps its 及以上); an age alone
    is a measure (人均预期寿命78.5岁, no 数)."""
    text = "0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。"
    assert names_of(text) == [("18891人", ["0-17岁户籍人口"]), ("19099人", ["18-34岁户籍人口"]),
                              ("48951人", ["35-59岁户籍人口"]), ("25594人", ["60岁及以上户籍人口"])]
    assert names_of("全市人均预期寿命78.5岁。") == [("78.5岁", ["人均预期寿命"])]


def test_a_figure_only_reached_takes_the_measure_opening_the_clause_before():
    """全年地区生产总值首次迈入千亿大关,达1102.31亿元,比上年增长8.7%: the figure's clause says
    only that it was reached; the clause before opens on its measure (地区生产总值), whose
    change follows it. A change alone is not named so."""
    text = "经核算,全年地区生产总值首次迈入千亿大关,达1102.31亿元,比上年增长8.7%。"
    assert [n for _, n in names_of(text)] == [["地区生产总值"], ["地区生产总值"]]
    assert names_of("规模以上工业增加值较快增长,达56亿元。") == [
        ("达56亿元", ["规模以上工业增加值"])]


def test_a_total_said_again_with_another_total_word_is_the_same_total():
    """财政拨款收、支总预算24,169.74万元。与上年相比,财政拨款收、支总计各增加2228.78万元: the
    change is of 财政拨款收支总预算 (总计 is the same total said again)."""
    text = ("省检察院2019年度财政拨款收、支总预算24,169.74万元。与上年相比,财政拨款收、支总计"
            "各增加2228.78万元,增长10.15%。")
    assert [n for _, n in names_of(text)] == [["财政拨款收支总预算"]] * 3
    text = ("省政协办公厅2018年度财政拨款收支预算10,070.48万元。与上年相比,财政拨款收、支总计"
            "各增加1,003.69万元。")
    assert [n for _, n in names_of(text)] == [["财政拨款收支预算"]] * 2


def test_a_budgets_account_lines_take_their_standard_names():
    """2019年度一般公共预算财政拨款基本支出15,844.04万元 is the tables' 一般公共预算基本支出;
    财政拨款预算支出…占本年支出合计的100% is a share of the year's spending."""
    assert names_of("2019年度一般公共预算财政拨款基本支出15,844.04万元。") == [
        ("15,844.04万元", ["一般公共预算基本支出"])]
    assert names_of("(1)公务用车购置预算支出0万元,与上年一致。") == [("0万元", ["公务用车购置费"])]
    assert names_of("2019年本部门实行整体支出绩效目标管理,涉及财政性资金合计37188.34万元。") == [
        ("37188.34万元", ["绩效目标管理资金"])]
    text = "2019年财政拨款预算支出24,169.74万元,占本年支出合计的100%。"
    assert [n for _, n in names_of(text)][1] == ["财政拨款支出占本年支出比重"]


def test_a_template_change_after_its_levels_sentence_is_the_levels():
    """财政专户管理资金收入预算总计0万元。与上年相比增加(减少)0万元,增长(减少)0%: the template's
    changes, their direction left open, are the level's (as a directed change would be)."""
    text = "财政专户管理资金收入预算总计0万元。与上年相比增加(减少)0万元,增长(减少)0%。"
    assert [n for _, n in names_of(text)] == [["财政专户管理资金收入预算总额"]] * 3


def test_money_on_a_budget_line_is_its_spending():
    """1.政协事务(款)行政运行(项)4,432.78万元: a line of the budget's functional classes; the
    money on it is spent (政协事务行政运行支出, not …金额)."""
    assert names_of("1.政协事务(款)行政运行(项)4,432.78万元,与上年相比增加1,199.75万元。")[0] == (
        "4,432.78万元", ["政协事务行政运行支出"])


def test_a_converted_figure_and_a_current_price_total_keep_their_measure():
    """…人均地区生产总值68049元,增长8.6%,按年平均汇率计算,折合10547美元: the dollars are
    the same measure; 生产总值现价总量为972846万元 is 生产总值 (its pricing is no name)."""
    text = "全年人均地区生产总值68049元,增长8.6%,按年平均汇率计算,折合10547美元。"
    assert names_of(text)[-1] == ("10547美元", ["人均地区生产总值"])
    text = "2021年全县生产总值现价总量为972846万元,按可比价格计算,比上年增长9.6%。"
    assert [n for _, n in names_of(text)] == [["生产总值"], ["生产总值"]]


def test_a_period_between_a_subject_and_its_value_keeps_the_subject():
    assert names_of("辖区居民健康素养水平稳步提升,2022年达38.2%。")[-1] == (
        "达38.2%", ["辖区居民健康素养水平"])


def test_volumes_sessions_and_light_verbs():
    """出栏 in 头 is a herd's measure of its own (生猪出栏, as the bulletins write it and
    the labels name it); 场 counts 场次; after 累计 a light verb (举行) leaves the subject
    before it to name the count."""
    assert names_of("全市生猪出栏19.21万头") == [("19.21万头", ["生猪出栏"])]
    assert names_of("疫情防控新闻发布会累计举行151场") == [("151场", ["疫情防控新闻发布会场次"])]
    assert names_of("全县户籍人口49.81万人,其中城镇人口12.82万人,占总人口比重25.7%") == [
        ("49.81万人", ["户籍人口"]), ("12.82万人", ["城镇人口"]),
        ("25.7%", ["城镇人口占总人口比重"])]


def test_a_breakdown_in_brackets_names_each_part_by_what_was_done_to_the_total():
    text = "主动公开市政府规章13件(含新制定5件,修改4件,废止4件),主动公开行政规范性文件42件。"
    assert [n for _, n in names_of(text)] == [
        ["主动公开市政府规章数"], ["新制定市政府规章数"], ["修改市政府规章数"],
        ["废止市政府规章数"], ["主动公开行政规范性文件数"]]
    # a part naming a thing of its own keeps it; a bracket that is no breakdown describes
    assert names_of("共检查企业120家(其中重点企业30家)")[1] == ("30家", ["重点企业数"])
    assert names_of("梅雨量达815毫米(为常年3倍)")[1] == ("3倍", ["梅雨量"])


def test_a_part_after_qizhong_in_another_unit_keeps_its_own_name():
    text = "市政府领导出席新闻发布会共计25人次。其中,疫情防控新闻发布会累计举行151场。"
    assert names_of(text)[1] == ("151场", ["疫情防控新闻发布会场次"])


def test_a_level_after_a_change_of_the_same_subject_and_noun_changes():
    """增长5.2%、约4.4万亿元: the level after the change is of the same subject; 涨幅 and
    增速 written as nouns are part of the name."""
    text = "全市地区生产总值增长5.2%、约4.4万亿元,一般公共预算收入增长8.2%、突破6000亿元"
    assert names_of(text) == [
        ("增长5.2%", ["地区生产总值"]), ("约4.4万亿元", ["地区生产总值"]),
        ("增长8.2%", ["一般公共预算收入"]), ("突破6000亿元", ["一般公共预算收入"])]
    assert names_of("居民消费价格涨幅3%左右") == [("涨幅3%左右", ["居民消费价格涨幅"])]


def test_concentrations_intensities_and_dollar_amounts():
    assert names_of("细颗粒物(PM2.5)年均浓度32微克/立方米,下降5.9%。")[0] == (
        "32微克/立方米", ["细颗粒物年均浓度"])
    assert names_of("实际利用外资137.1亿美元") == [("137.1亿美元", ["实际利用外资"])]
    assert names_of("研发投入强度保持在6%左右") == [("6%左右", ["研发投入强度"])]


def test_a_doing_alone_counts_the_thing_counted_before_it():
    """发现隐患5678项,已整改5432项: the second counts 隐患 too; the same for 核实 after
    接报森林火警 and 改造 after 新建5G基站; a death toll stays an event's outcome."""
    assert names_of("发现隐患5678项,已整改5432项。") == [
        ("5678项", ["发现隐患数"]), ("5432项", ["整改隐患数"])]
    assert names_of("接报森林火警186宗,核实7宗")[1] == ("7宗", ["核实森林火警起数"])
    assert names_of("新建5G基站2000个,改造4000个。")[1] == ("4000个", ["改造5G基站数"])
    assert names_of("曝光隐患11640处,已整改验收完毕10992处。")[1] == (
        "10992处", ["整改验收完毕隐患数"])
    # not across a sentence, and not for a thing of its own
    assert names_of("发现隐患5678项。整改5432项。")[1] == ("5432项", ["整改数"])
    # (issues are counted as 期数: test_issues_and_volumes_are_counted_in_their_own_word)
    assert names_of("累计开展12期隐患曝光,曝光隐患1515处。")[0] == ("12期", ["隐患曝光期数"])


def test_budget_execution_sentences_name_the_spending_not_the_figure_kind():
    """年初预算为 / 支出决算为 only say which figure of the spending this is."""
    text = ("一般公共预算财政拨款支出年初预算为3038.40万元,支出决算为2963.58万元,"
            "完成年初预算的97.5%。")
    assert names_of(text) == [
        ("3038.40万元", ["一般公共预算财政拨款支出"]),
        ("2963.58万元", ["一般公共预算财政拨款支出"]),
        ("97.5%", ["一般公共预算财政拨款支出预算完成率"])]
    text = "“三公”经费支出预算为45.00万元,支出决算为38.62万元。其中:公务接待费支出决算为18.50万元。"
    assert [n for _, n in names_of(text)] == [["三公经费"], ["三公经费"], ["公务接待费"]]


def test_enumerations_of_ordinals_sides_and_split_words():
    """第一、二、三产业 are three sectors; 收入、支出预算总计 two sides of one total, and 收、支
    one word split by 、; a change's basis (与上年相比) and a bare change verb name nothing
    (the change is of the value before it, if any), but 上年结转资金 keeps its 上年."""
    text = "第一、二、三产业增加值分别为20.1亿元、40.2亿元和63.1亿元。"
    assert [n for _, n in names_of(text)] == [["第一产业增加值"], ["第二产业增加值"],
                                               ["第三产业增加值"]]
    # the sectors written short (一、二、三产投资): named in full
    text = "分产业看:一、二、三产投资分别增长16.3%、下降5.1%和增长12.5%。"
    assert [n for _, n in names_of(text)] == [["第一产业投资"], ["第二产业投资"],
                                               ["第三产业投资"]]
    text = "收入、支出预算总计18330.37万元,与上年相比收、支预算总计各增加2432.93万元,增长15.3%。"
    assert [n for _, n in names_of(text)] == [
        ["收入预算总额", "支出预算总额"], ["收支预算总额"], ["收支预算总额"]]
    assert names_of("上年结转资金0万元,与上年相比增加0万元。") == [
        ("0万元", ["上年结转资金"]), ("与上年相比增加0万元", ["上年结转资金"])]
    assert names_of("与上年相比增加0万元,增长0%。") == [
        ("与上年相比增加0万元", []), ("增长0%", [])]
    assert names_of("涉及财政性资金合计0万元。") == [("0万元", ["绩效目标管理资金"])]


def test_a_second_completion_share_in_the_same_run():
    text = "城镇新增就业12345人,完成省民生工程目标任务的130.26%,市民生工程目标任务的127%;"
    assert [n for _, n in names_of(text)] == [
        ["城镇新增就业人数"], ["城镇新增就业目标完成率"], ["城镇新增就业目标完成率"]]


def test_paired_characters_and_kept_brackets():
    """财政拨款收、支总预算 is one word split by 、; (境) is part of 因公出国(境)费, a fee is an
    amount already; 增加 in front of what grew is no part of it."""
    text = "财政拨款收、支总预算37188.34万元。"
    assert names_of(text) == [("37188.34万元", ["财政拨款收支总预算"])]
    assert names_of("因公出国(境)费160万元") == [("160万元", ["因公出国(境)费"])]
    assert names_of("综合管理费专项增加209万元用于办公用房租赁,增加外事经费200万元")[1] == (
        "200万元", ["外事经费"])


def test_what_changed_by_its_examples_is_the_subject_before_the_verb():
    text = "主要原因是基本支出增加人员工资、住房公积金、提租补贴等3397.18万元。"
    assert names_of(text) == [("3397.18万元", ["基本支出"])]
    # 等 closing examples of a name (no change verb) keeps the name after it
    assert names_of("矿山、危化品等高危行业领域投保率达到100%") == [
        ("达到100%", ["高危行业领域投保率"])]


def test_a_stretch_in_kilometres_is_a_mileage():
    assert names_of("新建改造城市道路100公里") == [("100公里", ["新建改造城市道路里程"])]
    assert names_of("道路养护里程156.8公里") == [("156.8公里", ["道路养护里程"])]


def test_a_share_of_a_planned_amount_is_the_completion_of_the_value_before_it():
    assert names_of("全年完成投资1274亿元,占年度投资计划1059.8亿元的120.2%。") == [
        ("1274亿元", ["完成投资"]), ("1059.8亿元", ["年度投资计划"]),
        ("120.2%", ["投资计划完成率"])]


def test_the_same_things_measured_another_way_in_a_list():
    assert names_of("累计成交房屋1366套、16.6万平方米、成交额10.6亿元。") == [
        ("1366套", ["成交房屋数"]), ("16.6万平方米", ["成交房屋面积"]), ("10.6亿元", ["成交额"])]


def test_a_bare_measure_is_of_the_thing_the_clause_before_is_about():
    text = "一是壮大肉牛产业,产值达到120亿元;二是发展养生滋补预制菜产业,产值突破100亿元。"
    assert [n for _, n in names_of(text)] == [["肉牛产业产值"], ["养生滋补预制菜产业产值"]]


def test_a_volume_verb_measured_in_area_is_an_area():
    assert names_of("商品房累计销售109.8万平方米") == [("109.8万平方米", ["商品房累计销售面积"])]


def test_a_target_figure_in_brackets_is_the_sentences_measure():
    text = ("辖区居民健康素养水平稳步提升,2022年达38.2%,"
            "提前8年实现了健康广州行动2030年的目标值(37%)。")
    assert names_of(text)[-1] == ("37%", ["辖区居民健康素养水平"])


def test_the_change_of_a_short_name_is_the_longer_name_said_before_it():
    """事故起数 in the change is the 生产经营性道路交通事故起数 just counted; parallel counts
    keep their own names."""
    text = "发生生产经营性道路交通事故2起,事故起数同比减少1起,下降33.3%。"
    assert [n for _, n in names_of(text)] == [["生产经营性道路交通事故起数"]] * 3
    text = "新建成18个道路交通项目,新开工10个交通项目。"
    assert [n for _, n in names_of(text)][1] != ["道路交通项目数"]


def test_a_rate_alone_is_of_what_was_just_counted_but_not_of_a_lists_last_item():
    text = "实体零工驿站建设完成2个,完成率200%;完成高标准农田建设28.69万亩,完成率124.2%。"
    assert [n for _, n in names_of(text)][1::2] == [["实体零工驿站建设完成率"],
                                                    ["高标准农田建设完成率"]]
    text = "配备卫星电话875部,小型发电机组898台,排水泵1194台,完成率100%。"
    assert names_of(text)[-1] == ("100%", ["完成率"])
    # pairs of a figure and its rate are no list; a list's count after a colon is not the
    # item's; the doing a rate names is said once (完成投资 → 投资完成率)
    text = "完成投资24.2亿元,完成率65.3%,完成中央资金7.3亿元、完成率73.5%。"
    assert [n for _, n in names_of(text)][1::2] == [["投资完成率"], ["中央资金完成率"]]
    text = "其中超额完成任务的已有10项:实体零工驿站建设完成2个,完成率200%;"
    assert names_of(text)[-1] == ("200%", ["实体零工驿站建设完成率"])


def test_a_places_share_of_a_total_is_named_by_the_total_not_the_place():
    text = "2024年度全区计划实施农村危房改造任务4894户。其中,南宁市274户,柳州市369户。"
    assert {n[0] for _, n in names_of(text)} == {"计划实施农村危房改造任务户数"}
    # a thing named like a place after its count is no place
    text = "已汇聚1470个水情监测站、1905个山洪危险区、1131个地质灾害风险区等数据。"
    assert [n for _, n in names_of(text)][1:] == [["山洪危险区数"], ["地质灾害风险区数"]]


def test_a_change_after_a_share_of_the_task_is_the_subjects():
    text = "2020年地方财政收入实现2496万元,完成任务的117.46%,同比增长28.7%;"
    assert [n[0] for _, n in names_of(text)] == ["地方财政收入", "地方财政收入任务完成率",
                                                 "地方财政收入"]


def test_an_economic_loss_after_counted_events_is_theirs():
    text = "全县共发生各类安全事故14起、死亡4人、受伤9人、经济损失4.65万元。"
    assert [n[0] for _, n in names_of(text)] == [
        "安全事故起数", "安全事故死亡人数", "安全事故受伤人数", "安全事故经济损失"]


def test_a_share_of_the_years_plan_without_de_is_a_completion_rate():
    assert names_of("13个重点项目累计完成投资35.42亿元,占年计划100.36%;")[-1] == (
        "100.36%", ["重点项目投资完成率"])  # (of an investment done: _rate_name)
    assert names_of("完成年度计划5亿元。") == [("5亿元", ["年度计划金额"])]


def test_what_was_done_of_a_task_is_named_by_the_task_and_its_rate_too():
    text = "农村改厕任务38283座,完成38649座,完成率101%。"
    assert [n[0] for _, n in names_of(text)] == ["农村改厕任务数", "农村改厕数", "农村改厕完成率"]


def test_outcomes_are_the_events_counted_earlier_in_the_sentence_and_works_have_progress():
    text = ("全区发生生产安全事故2起,事故起数同比减少1起;事故造成1人死亡,死亡人数同比持平;"
            "造成经济损失0.06万,同比减少0.04万。")
    assert [n[0] for _, n in names_of(text)][2:] == [
        "生产安全事故死亡人数", "生产安全事故死亡人数", "生产安全事故经济损失",
        "生产安全事故经济损失"]
    assert names_of("农村供水保障提升工程正在施工中(75%)") == [
        ("75%", ["农村供水保障提升工程进度"])]


def test_a_localizer_after_a_count_is_no_counted_noun():
    assert names_of("其余27项中,截至9月底已完成19项。")[0][1] != ["中数"]


def test_a_share_of_the_whole_is_a_part_not_a_completion():
    text = "欠进度的有17个,占总任务的7.7%;超进度的10个,占总任务的4.5%。"
    assert [n[0] for _, n in names_of(text)] == ["欠进度数", "欠进度占比", "超进度数", "超进度占比"]


def test_one_character_items_before_a_compound_share_its_second_word():
    assert [n[0] for _, n in names_of("轻、重工业占比分别为30.6%和69.4%。")] == [
        "轻工业占比", "重工业占比"]


def test_a_verb_made_a_noun_by_its_suffix_stays_in_the_counted_noun():
    assert names_of("新增3家乡村长者照护之家。") == [("3家", ["新增乡村长者照护之家数"])]
    assert names_of("培训4000名持证应急救护员。") == [("4000名", ["持证应急救护员人数"])]


def test_a_sectors_money_is_its_value_added_and_a_growth_rates_change_is_a_change():
    text = ("全县地区生产总值总量为52.22亿元,同比增长4.0%,比去年同期加快2.2个百分点。"
            "分产业看:第一产业4.41亿元,同比增长1.8%。")
    found = names_of(text)
    assert [n[0] for _, n in found] == ["地区生产总值", "地区生产总值", "地区生产总值",
                                        "第一产业增加值", "第一产业增加值"]
    assert find_values(text)[2].change == "up"


def test_an_outcomes_events_are_read_with_the_longest_outcome_word():
    """事故直接经济损失 is 事故's loss, whatever order Python's hashing would give a set."""
    assert names_of("消防领域:事故5起,直接经济损失2.55万元、同比下降87.6%") == [
        ("5起", ["事故起数"]), ("2.55万元", ["事故直接经济损失"]),
        ("同比下降87.6%", ["事故直接经济损失"])]


def test_a_part_after_qizhong_counts_as_its_total_does_and_only_is_no_name():
    assert names_of("实有人数59人(其中:50岁以上18人;30岁以下5人)。40岁以下仅2人。") == [
        ("59人", ["实有人数"]), ("18人", ["50岁以上人数"]), ("5人", ["30岁以下人数"]),
        ("2人", ["40岁以下人数"])]


def test_one_character_items_share_the_last_items_measure_when_fenbie_is_in_the_change():
    assert names_of("全市猪、牛、羊、禽出栏量同比分别增长9%、23%、6%、28%。") == [
        ("同比分别增长9%", ["猪出栏量"]), ("23%", ["牛出栏量"]), ("6%", ["羊出栏量"]),
        ("28%", ["禽出栏量"])]


def test_a_figure_in_brackets_after_a_comparison_is_the_bases_and_the_gap_the_subjects():
    assert names_of("邮政行业业务总量同比增长17.53%,高于全省平均增速(16.8%)0.73个百分点。") == [
        ("同比增长17.53%", ["邮政行业业务总量"]), ("16.8%", ["全省平均增速"]),
        ("0.73个百分点", ["邮政行业业务总量"])]


def test_a_price_basis_is_part_of_the_change_and_a_level_word_is_no_counted_noun():
    text = "农林牧渔业增加值267.5亿元,可比增长4.6%。总产量连续十三年保持在70亿斤以上水平。"
    assert names_of(text) == [
        ("267.5亿元", ["农林牧渔业增加值"]), ("可比增长4.6%", ["农林牧渔业增加值"]),
        ("70亿斤以上", ["总产量"])]
    assert names_of("编制338名,其中行政编制200名、事业编制34名。") == [
        ("338名", ["编制人数"]), ("200名", ["行政编制数"]), ("34名", ["事业编制数"])]


def test_a_subject_between_tongbi_and_the_verb_names_the_change_and_its_rate():
    """同比事故起数增加2起、上升4.7%: 事故起数 is what changed (not the basis), and the rate
    after the change in 起 is the same count's."""
    text = "共发生生产安全事故45起、死亡51人、受伤14人,同比事故起数增加2起、上升4.7%。"
    assert names_of(text)[3:] == [("增加2起", ["生产安全事故起数"]),
                                  ("上升4.7%", ["生产安全事故起数"])]


def test_a_short_pair_joined_by_dun_shares_the_figure_after_it():
    text = "受益脱贫户、监测户10户。新建、改造提升高标准农田26万亩。全市有企业50家、个体户300户。"
    assert names_of(text) == [
        ("10户", ["受益脱贫户、监测户数"]), ("26万亩", ["新建、改造提升高标准农田面积"]),
        ("50家", ["企业数"]), ("300户", ["个体户数"])]


def test_a_change_verb_before_a_minus_is_growth_below_zero():
    assert names_of("第二产业增加值为1080242万元,增长-12.7%;地区生产总值比上年同期增长-8.7%。") == [
        ("1080242万元", ["第二产业增加值"]), ("增长-12.7%", ["第二产业增加值"]),
        ("比上年同期增长-8.7%", ["地区生产总值"])]


def test_an_owner_before_gong_you_names_what_it_has_but_a_whole_does_not():
    assert names_of("幼儿园共有教职工1405人。小学共有教职工3269人。全县共有企业50家。") == [
        ("1405人", ["幼儿园教职工数"]), ("3269人", ["小学教职工数"]), ("50家", ["企业数"])]


def test_the_words_before_a_bare_rate_stay_in_its_name():
    assert names_of("完成及时率(≥**%)>=100%。") == [(">=100%", ["及时率"])]


def test_later_short_names_of_a_sentence_share_the_owner_of_its_first_count():
    assert names_of("小学共有教职工3269人,专任教师3150人。全市共有幼儿园81所,入园儿童3354人。") == [
        ("3269人", ["小学教职工数"]), ("3150人", ["小学专任教师数"]), ("81所", ["幼儿园数"]),
        ("3354人", ["入园儿童人数"])]


def test_a_payout_is_named_money_first_and_people_before_a_count_are_its_name():
    text = "为各类优抚对象8493人发放抚恤金和生活补助5579.83万元,发放慰问金43.45万元。"
    assert names_of(text) == [
        ("8493人", ["优抚对象人数"]), ("5579.83万元", ["抚恤金和生活补助发放金额"]),
        ("43.45万元", ["慰问金发放金额"])]


def test_a_bracketed_list_is_a_note_and_a_bare_measure_stays_in_its_sentence():
    text = ("全市持证人员(含企业经营管理人才、专业技术人才、技能人才、农村实用人才、社会工作人才)"
            "总量达到130万人以上。粮食产量与去年保持持平。")
    assert names_of(text) == [("达到130万人以上", ["持证人员总量"]),
                              ("与去年保持持平", ["粮食产量"])]


def test_ji_inside_an_item_of_a_run_does_not_part_it():
    assert names_of("蔬菜及食用菌、瓜果产量分别增长39.3%、-97.7%。") == [
        ("增长39.3%", ["蔬菜及食用菌产量"]), ("-97.7%", ["瓜果产量"])]


def test_a_long_list_before_a_run_names_each_value_in_order():
    """Six price categories run past the usual reach of a clause, and the joiner before the
    last one is the 和 after the 类 every item ends on, not the 及 inside the last item."""
    assert names_of("其中,食品烟酒类、生活用品及服务类、交通和通讯类、教育文化及娱乐类、"
                    "医疗保健类和其他用品及服务类分别上涨"
                    "3.5%、4.1%、0.7%、2.6%、13.9%和0.5%。") == [
        ("上涨3.5%", ["食品烟酒类"]), ("4.1%", ["生活用品及服务类"]), ("0.7%", ["交通和通讯类"]),
        ("2.6%", ["教育文化及娱乐类"]), ("13.9%", ["医疗保健类"]), ("0.5%", ["其他用品及服务类"])]


def test_an_outcome_alone_is_of_no_events():
    assert names_of("直接经济损失45.74亿元、同比下降5.7%。") == [
        ("45.74亿元", ["直接经济损失"]), ("同比下降5.7%", ["直接经济损失"])]


def test_a_goal_named_right_after_its_figure_names_it():
    assert names_of("围绕年度52亿元投资目标,以水务工程建设为重点。") == [
        ("52亿元", ["年度投资目标"])]


def test_a_clause_saying_how_a_figure_is_counted_names_nothing():
    text = ("一般公共预算收入完成6.1亿元,剔除留抵退税因素完成6.8亿元。"
            "固定资产投资增长8.1%;规模以上工业增加值剔除增加值率变化因素,同比增长2.2%。")
    assert [n for _, n in names_of(text)] == [
        ["一般公共预算收入"], ["一般公共预算收入"], ["固定资产投资"], ["规模以上工业增加值"]]
    # (还原留抵退税口径后增长3.4%: the same measure counted another way)
    assert names_of("全区一般公共预算本级收入增长22.1%,还原留抵退税口径后增长3.4%。") == [
        ("增长22.1%", ["一般公共预算本级收入"]), ("增长3.4%", ["一般公共预算本级收入"])]


def test_a_lead_sentence_run_into_the_clause_of_its_scope_is_cut_off():
    text = "粮食总产和单产再创新高全区粮食总产量791.6亿斤。工业增加值占全市比重为30%。"
    assert names_of(text) == [("791.6亿斤", ["粮食总产量"]), ("30%", ["工业增加值占全市比重"])]


def test_a_word_ending_in_a_separator_character_is_not_parted():
    assert names_of("消费券惠及1.2万人次。国企和民企共50家。") == [
        ("1.2万人次", ["消费券惠及人次"]), ("50家", ["国企和民企数"])]


def test_a_share_of_the_things_named_after_it_is_named_by_what_they_do():
    text = "90%的乡镇卫生院达到服务能力推荐标准。全省46%的村开展经营性资产折股量化。"
    assert names_of(text) == [("90%", ["达到服务能力推荐标准的乡镇卫生院比例"]),
                              ("46%", ["开展经营性资产折股量化的村比例"])]
    assert names_of("达到80%的水平。") == [("达到80%", [])]  # no doing follows: no share


def test_a_count_of_events_is_named_by_the_event_ending_its_clause():
    assert names_of("发生1起三轮车侧翻较大事故,全市安全生产形势总体平稳。") == [
        ("1起", ["较大事故起数"])]


def test_a_payout_names_its_money_first_and_the_people_it_went_to():
    text = "为5826人次发放医疗保障经费350.37万元;为120家市场主体融资1.35亿元。"
    assert names_of(text) == [
        ("5826人次", ["医疗保障经费发放人次"]), ("350.37万元", ["医疗保障经费发放金额"]),
        ("120家", ["市场主体融资数"]), ("1.35亿元", ["市场主体融资金额"])]


def test_a_count_running_into_the_next_through_a_doing_counts_only_its_noun():
    assert names_of("全年赴北京、山东等14个省市对接企业96家。") == [
        ("14个", ["省市数"]), ("96家", ["对接企业数"])]
    # …but the subject of a completed share stays the subject (2个…建设已完成1个)
    assert names_of("2个嵌入式养老机构建设已完成1个。")[1][1] == ["嵌入式养老机构建设数"]


def test_a_closing_bracket_ends_the_noun_a_count_counts():
    assert names_of("入选全国示范市(全国仅4个设区市)。") == [("4个", ["设区市数"])]


def test_a_breakdown_in_brackets_takes_the_totals_event_and_leaves_its_change_to_it():
    text = ("全县发生各类生产安全事故14起(道路交通安全事故12起、建筑施工2起),同比下降26.3%;"
            "死亡13人(道路交通安全事故10人、建筑施工3人),同比下降18.8%。")
    assert [n for _, n in names_of(text)] == [
        ["生产安全事故起数"], ["道路交通安全事故起数"], ["建筑施工事故起数"],
        ["生产安全事故起数"], ["生产安全事故死亡人数"], ["道路交通安全事故死亡人数"],
        ["建筑施工事故死亡人数"], ["生产安全事故死亡人数"]]


def test_a_count_of_households_is_a_count_of_households_and_a_kind_of_household_keeps_its_name():
    assert names_of("实施临时救助24户,纳入城乡低保8957户24835人。") == [
        ("24户", ["临时救助户数"]), ("8957户", ["纳入城乡低保户数"]),
        ("24835人", ["纳入城乡低保人数"])]
    assert names_of("个体工商户44530户,农民专业合作社1613户。") == [
        ("44530户", ["个体工商户数"]), ("1613户", ["农民专业合作社户数"])]


def test_a_rate_closed_by_its_measure_after_de_is_named_by_it():
    assert names_of("一般公共预算收入等指标保持20%以上的增速。") == [("20%以上", ["指标增速"])]


def test_last_years_figure_and_the_plans_are_named_after_the_level_they_are_compared_with():
    text = ("县级一般公共预算收入完成31751万元,完成预算数31220万元的101.7%,"
            "较上年28899万元增长9.9%。一般公共预算支出537347万元,占调整预算数539267万元的99.6%。")
    assert [n for _, n in names_of(text)] == [
        ["县级一般公共预算收入"], ["县级一般公共预算收入预算数"],
        ["县级一般公共预算收入预算完成率"], ["县级一般公共预算收入"], ["县级一般公共预算收入"],
        ["一般公共预算支出"], ["一般公共预算支出调整预算数"], ["一般公共预算支出预算完成率"]]


def test_bare_school_measures_take_the_kind_named_before_them_in_the_paragraph():
    text = ("2023年,全市共有义务教育阶段学校77所,招生24636人,在校生84036人。"
            "其中普通小学49所,小学招生17108人,在校生60766人。\n"
            "2023年,全市高中阶段共有学校8所。招生8057人,在校生29396人。"
            "其中中等职业学校2所,招生2322人。")
    kinds = ["义务教育阶段学校", "义务教育阶段招生", "义务教育阶段在校生", "普通小学",
             "小学招生", "小学在校生", "高中阶段学校", "高中阶段招生", "高中阶段在校生",
             "中等职业学校", "中等职业学校招生"]
    names = [n[0] for _, n in names_of(text)]
    assert len(names) == len(kinds)
    assert all(name.removesuffix("数").removesuffix("人") == kind
               for name, kind in zip(names, kinds, strict=True)), names


def test_a_deng_inside_a_word_cuts_no_list():
    assert names_of("矿山、危化品等高危行业领域投保率达到100%。") == [
        ("达到100%", ["高危行业领域投保率"])]
    assert names_of("全县中等职业学校2所。") == [("2所", ["中等职业学校数"])]


def test_an_industrys_name_holding_separators_is_one_name():
    assert names_of("电力、热力、燃气及水生产和供应业增加值同比增长9.8%。") == [
        ("同比增长9.8%", ["电力、热力、燃气及水生产和供应业增加值"])]
    assert names_of("批发和零售业、住宿和餐饮业销售额分别增长5%、6%。") == [
        ("增长5%", ["批发和零售业销售额"]), ("6%", ["住宿和餐饮业销售额"])]
    # a copy writing 及 for the classification's 和 (交通运输、仓储及邮政业) names the trade too
    assert names_of("交通运输、仓储及邮政业增加值2.9亿元,增长7.0%。") == [
        ("2.9亿元", ["交通运输、仓储及邮政业增加值"]),
        ("增长7.0%", ["交通运输、仓储及邮政业增加值"])]


def test_an_approved_plan_and_a_change_after_a_share_are_the_levels():
    text = ("区级一般公共预算收入预计完成39.1亿元,完成区人大常委会会议批准收入调整预算37.5亿元的"
            "104.3%。全县一般公共预算收入完成59541万元,占调整预算的100%,同比下降6.8%。")
    assert [n[0] for _, n in names_of(text)] == [
        "区级一般公共预算收入", "区级一般公共预算收入调整预算数", "区级一般公共预算收入预算完成率",
        "一般公共预算收入", "一般公共预算收入预算完成率", "一般公共预算收入"]
    # a plan's amount in any unit (全年目标任务1200人的114%): the subject's, and so its rate
    text = ("创造新的就业岗位1374个,完成全年目标任务1200人的114%;"
            "完成造林11.4万亩,占年计划12万亩的95%。")
    assert [n[0] for _, n in names_of(text)] == [
        "就业岗位数", "就业岗位数", "就业岗位目标完成率",
        "造林面积", "造林面积", "造林面积年计划完成率"]
    # an investment made, as a share of its plan: the investment's completion rate, and the
    # change after it the investment's
    assert names_of("普通国省道完成投资12亿元,占年度计划的27.4%,同比下降2.8%。") == [
        ("12亿元", ["普通国省道完成投资"]), ("27.4%", ["普通国省道投资完成率"]),
        ("同比下降2.8%", ["普通国省道完成投资"])]
    # the plan named 预算调整数: its amount, the rate of it and the level's change after them
    text = "一般公共财政收入43096万元,完成预算调整数41616万元的103.56%,同比增长87.34%。"
    assert [n[0] for _, n in names_of(text)] == [
        "一般公共财政收入", "一般公共财政收入预算调整数", "一般公共财政收入预算完成率",
        "一般公共财政收入"]


def test_items_counted_in_visits_take_the_verb_the_first_item_opens_with():
    text = ("出动执法人员231人次、执法车辆65台次,检查食品生产企业78家次,食品小作坊47家次,"
            "发现问题15个。")
    assert [n[0] for _, n in names_of(text)] == [
        "出动执法人员人次", "出动执法车辆台次", "检查食品生产企业家次", "检查食品小作坊家次",
        "发现问题数"]


def test_a_places_bare_accidents_are_the_kind_its_paragraph_named_first():
    text = ("全市共发生生产安全事故17起,死亡20人。分行业来看,道路运输事故2起。"
            "分区域来看,黄山区事故6起、死亡9人。")
    assert [n[0] for _, n in names_of(text)] == [
        "生产安全事故起数", "生产安全事故死亡人数", "道路运输事故起数",
        "黄山区生产安全事故起数", "黄山区生产安全事故死亡人数"]


def test_income_gained_or_lost_against_last_year_is_the_levels_change():
    text = ("一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,"
            "下降4.2%。带动农民人均增收415元。")
    assert names_of(text) == [
        ("24627万元", ["一般公共预算收入"]), ("60999万元", ["一般公共预算收入年初预算数"]),
        ("40.4%", ["一般公共预算收入预算完成率"]), ("比上年减收1070万元", ["一般公共预算收入"]),
        ("下降4.2%", ["一般公共预算收入"]), ("增收415元", ["带动农民人均增收"])]
    spans = find_values(text)
    assert [(s.change, s.number) for s in spans[3:]] == [("down", 1070e4), ("down", 4.2),
                                                          ("up", 415)]


def test_a_share_of_the_plan_without_a_verb_is_the_levels_completion_rate():
    """为年初预算的116.9% after a level: how much of its plan it reached; the change after
    it is the level's, not the plan's."""
    text = ("全镇本级一般公共预算收入实现111.11万元,为年初预算的116.9%,比上年增长9.0%。"
            "地方财政收入完成9.8亿元,占年度任务的34.8%。")
    assert names_of(text) == [
        ("111.11万元", ["本级一般公共预算收入"]), ("116.9%", ["本级一般公共预算收入预算完成率"]),
        ("比上年增长9.0%", ["本级一般公共预算收入"]), ("9.8亿元", ["地方财政收入"]),
        ("34.8%", ["地方财政收入年度任务完成率"])]


def test_a_verb_between_a_subject_and_its_measure_is_no_part_of_the_name():
    text = ("限额以上住宿业完成营业额1.76亿元,精制食用植物油实现产量303136吨,"
            "高新区园区实现规上工业总产值405.97亿元。")
    assert [n[0] for _, n in names_of(text)] == [
        "限额以上住宿业营业额", "精制食用植物油产量", "高新区园区规上工业总产值"]


def test_a_bare_measure_after_an_anchor_keeps_its_subject_and_in_step_is_no_name():
    """服务业累计营收: the subject's measure, cumulated; 同步增长: in step, the level's change."""
    text = ("服务业累计营收突破2.7亿元,同比增长23.7%。"
            "限上批发业销售额累计完成7.77亿元,同步增长26.02%。")
    assert [n[0] for _, n in names_of(text)] == [
        "服务业营收", "服务业营收", "限上批发业销售额", "限上批发业销售额"]


def test_an_amount_describing_the_project_after_it_is_that_projects():
    text = ("投资5000万元的鑫源食品加工项目建成投产,总投资1.2亿元的县医院新院区项目开工建设。"
            "完成投资5亿元,增长5%。")
    assert [n[0] for _, n in names_of(text)][:2] == [
        "鑫源食品加工项目投资", "县医院新院区项目总投资"]


def test_a_run_of_animals_after_a_herd_verb_are_their_volumes():
    text = "累计出栏生猪86501头、肉牛5141头、肉羊43363只、家禽53.5万羽,肉类总产量10130吨。"
    assert [n[0] for _, n in names_of(text)] == [
        "生猪出栏", "肉牛出栏", "肉羊出栏", "家禽出栏", "肉类总产量"]


def test_a_price_is_named_no_amount():
    assert [n[0] for _, n in names_of("烤烟收购均价达32.42元,生猪价格16元。")] == [
        "烤烟收购均价", "生猪价格"]


def test_households_and_people_side_by_side_are_named_by_what_follows():
    assert [n[0] for _, n in names_of("全区共有2357户3702人享受城乡低保,发放低保金385万元。")] == [
        "享受城乡低保户数", "享受城乡低保人数", "低保金发放金额"]


def test_the_parts_of_a_total_are_counted_as_their_unit_counts():
    text = ("全县共有低保对象9173人,其中,城市低保对象395人。12月份纳入低保3167户,其中城镇"
            "低保469户。编制338名,其中行政编制200名。")
    assert [n[0] for _, n in names_of(text)] == [
        "低保对象人数", "城市低保对象人数", "纳入低保户数", "城镇低保户数", "编制人数",
        "行政编制数"]


def test_investment_done_after_the_years_plan_is_no_part_of_the_plan():
    text = "年度计划投资561.86亿元,1-6月累计完成投资362.32亿元。果用瓜1107公顷,产量28408吨。"
    assert [n[0] for _, n in names_of(text)] == [
        "年度计划投资", "完成投资", "果用瓜面积", "果用瓜产量"]


def test_a_schools_intake_is_no_doing_and_a_paragraph_may_open_on_its_kind():
    assert [n[0] for _, n in names_of("小学毕业生4008人,招生3675人,在校生22250人。")] == [
        "小学毕业生数", "小学招生数", "小学在校生数"]
    text = "——初中。校数13所;毕业3584人;招生4000人;在校生11012人。"
    assert [n[0] for _, n in names_of(text)] == [
        "初中校数", "初中毕业人数", "初中招生数", "初中在校生数"]


def test_parts_in_brackets_named_by_their_level_are_of_the_totals_kind():
    text = "其中:建设项目27项(省级6项、市级5项、县级16项),前期项目3项(市级2项、县级1项)。"
    assert [n[0] for _, n in names_of(text)] == [
        "建设项目数", "省级建设项目数", "市级建设项目数", "县级建设项目数", "前期项目数",
        "市级前期项目数", "县级前期项目数"]
    # by their stage: the works' kind, as analysts write it (续建项目数)
    text = "2019年,我市实施亿元以上重点工业项目106项(新建43项,续建63项),总投资2757.05亿元。"
    assert names_of(text)[2] == ("63项", ["续建项目数"])
    # a bare measure after the bracket is the total's, not its last part's
    assert names_of(text)[3] == ("2757.05亿元", ["亿元以上重点工业项目总投资"])


def test_parts_after_qizhong_measure_the_totals_level_not_its_change_or_plan():
    text = ("全区一般公共预算收入累计完成99552万元,占年初预算数109466万元的90.9%,增收8300万元。"
            "其中税务部门完成49018万元,占任务数的96.3%,同比增长19.1%。")
    assert [n[0] for _, n in names_of(text)][-3:] == [
        "税务部门收入", "税务部门收入任务完成率", "税务部门收入"]


def test_a_doing_takes_the_thing_counted_before_but_not_another_doing():
    assert [n[0] for _, n in names_of("发现隐患5678项,已整改5432项。")] == [
        "发现隐患数", "整改隐患数"]
    assert [n[0] for _, n in names_of("加装电梯完成公示38台,开工11台,竣工14台。")][1:] == [
        "开工电梯数", "竣工电梯数"]  # (the thing, not what was done to it: not 开工电梯完成公示数)
    assert [n[0] for _, n in names_of("完成公示38台,开工11台。")] == ["公示数", "开工数"]


def test_a_trade_whose_name_holds_he_and_de_is_one_name():
    text = "制造业同比下降4.0%,电力、热力、燃气及水的生产和供应业同比增长125.3%。"
    assert [n[0] for _, n in names_of(text)] == ["制造业", "电力、热力、燃气及水的生产和供应业"]


def test_the_prices_a_change_is_at_are_no_name():
    text = "全区实现地区生产总值91.4亿元,可比价同比增长5.1%。规模工业增加值可比价增长1.0%。"
    assert names_of(text) == [("91.4亿元", ["地区生产总值"]), ("同比增长5.1%", ["地区生产总值"]),
                              ("可比价增长1.0%", ["规模工业增加值"])]


def test_a_respectively_run_after_a_clause_that_counts_its_items_as_a_group():
    text = ("汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、"
            "159.4%;农副食品加工业、金属制品业两个行业增幅回落,分别下降4.2%、25.8%。")
    assert [n[0] for _, n in names_of(text)] == [
        "汽车制造业增加值", "食品制造业增加值", "燃气生产和供应业增加值", "农副食品加工业",
        "金属制品业"]


def test_a_respectively_run_after_items_closed_by_deng_and_a_growth_noun():
    """…农副食品加工等行业增长较快,增速分别为…: the items before 等行业 name the run, with
    the run's own measure (增速) or the group's (出口), and so does a second run after it."""
    text = ("其中,铁路船舶、电子、化工等行业增长较快,增速分别为46.4%、27.8%、15.0%。"
            "电子、汽车等行业出口增势较好,分别增长20.3%、17.6%,分别高于全部规上工业11.8、"
            "9.1个百分点。")
    assert [n[0] for _, n in names_of(text)] == [
        "铁路船舶增速", "电子增速", "化工增速", "电子出口", "汽车出口", "电子出口", "汽车出口"]

def test_a_respectively_run_over_periods_is_of_one_subject():
    text = "一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%。"
    assert [n[0] for _, n in names_of(text)] == ["GDP"] * 4


def test_a_state_in_zai_is_part_of_the_name():
    """在谈项目, 在库项目, 在校生: a state, not the preposition 在 before a verb."""
    text = "在谈项目2个。在库固定资产投资项目141个,在建项目56个,在校生1200人。"
    assert [n[0] for _, n in names_of(text)] == [
        "在谈项目数", "在库固定资产投资项目数", "在建项目数", "在校生数"]


def test_a_level_word_is_kept_whole_in_a_name():
    assert names_of("全国级消防安全示范校1所,自治区级消防安全示范校4所。") == [
        ("1所", ["全国级消防安全示范校数"]), ("4所", ["自治区级消防安全示范校数"])]


def test_a_bare_volume_takes_the_subject_of_the_volume_before_it():
    assert names_of("我县生猪存栏80.49万头,出栏90.18万头;牛存栏4.31万头,出栏1.30万头。") == [
        ("80.49万头", ["生猪存栏"]), ("90.18万头", ["生猪出栏"]),
        ("4.31万头", ["牛存栏"]), ("1.30万头", ["牛出栏"])]
    # (a flock's too: 家禽存笼, 家禽出笼)
    assert names_of("家禽存笼1242.8万羽,同比下降14.5%;家禽出笼2523.8万羽。") == [
        ("1242.8万羽", ["家禽存笼"]), ("同比下降14.5%", ["家禽存笼"]), ("2523.8万羽", ["家禽出笼"])]
    # (and the change of a herd's stock is the stock's: 生猪存栏…,同比增长13.2%)
    assert names_of("羊存栏94769只,同比增长13.2%,出栏102266头。") == [
        ("94769只", ["羊存栏"]), ("同比增长13.2%", ["羊存栏"]), ("102266头", ["羊出栏"])]


def test_households_paid_and_the_money_paid_them_are_named_apart():
    assert names_of("为831户特困人员发放供养金858.27万元。") == [
        ("831户", ["特困人员户数"]), ("858.27万元", ["供养金发放金额"])]


def test_money_named_by_the_list_before_its_deng_keeps_the_list():
    assert names_of("加上税收返还和转移支付等资金27.23亿元。") == [
        ("27.23亿元", ["税收返还和转移支付等资金"])]


def test_baokuo_before_a_part_names_nothing():
    assert names_of("全年主动公开政务信息382条,包括政府网站35条。")[1] == ("35条", ["政府网站数"])


def test_trade_shorthands_and_a_sentence_opening_on_a_change_noun():
    text = "全市限上批、零、住、餐四行业增速分别为-11.6%、4.1%、-30%、-22.2%。"
    assert [n for _, n in names_of(text)] == [
        ["限上批发业增速"], ["限上零售业增速"], ["限上住宿业增速"], ["限上餐饮业增速"]]
    text = "规上工业增加值27.3亿元,增长9%。增幅2-5月份分别为14.2%、13%。"
    assert [n[0] for _, n in names_of(text)][2:] == ["规上工业增加值增幅"] * 2


def test_a_figure_converted_at_a_rate_is_the_same_measure():
    assert names_of("全省人均生产总值23644元,按现行汇率折算为3505美元。") == [
        ("23644元", ["人均生产总值"]), ("3505美元", ["人均生产总值"])]


def test_what_stayed_level_with_its_basis_is_named_by_its_subject_not_the_basis():
    assert [n for _, n in names_of("其中:因公出国(境)经费0万元,和年初预算持平。")] == [
        ["因公出国(境)经费"], ["因公出国(境)经费"]]
    assert names_of("门急诊总诊疗量与2021年度持平。") == [("持平", ["门急诊总诊疗量"])]


def test_a_doing_ending_the_clause_after_a_counted_noun_says_which_are_counted():
    assert names_of("2019年本部门共0个项目实行绩效目标管理。全县共有8个村开展试点。") == [
        ("0个", ["实行绩效目标管理的项目数"]), ("8个", ["开展试点的村数"])]


def test_people_a_service_was_done_for_are_named_by_whom_and_what_was_done():
    """为4219名残疾人进行职业技能培训: the count is of the people served, named by them and
    the service, the verb left out (残疾人职业技能培训人数), not by the doing first."""
    assert names_of("为4219名残疾人进行职业技能培训,为456户独居老年人开展智能水表安全"
                    "监测服务,为5000名适龄农村妇女免费进行两癌检查。") == [
        ("4219名", ["残疾人职业技能培训人数"]), ("456户", ["独居老年人智能水表安全监测服务户数"]),
        ("5000名", ["适龄农村妇女免费两癌检查人数"])]


def test_a_half_year_written_with_du_is_a_period_and_a_bare_share_is_the_share_before():
    """非房收入占区级收入比重稳步提升,上半年度占比达到14%: 上半年度 is the half-year (no 度占比),
    and the bare 占比 is the share just named (not …比重占比)."""
    assert names_of("非房收入占区级收入比重稳步提升,上半年度占比达到14%。")[-1] == (
        "达到14%", ["非房收入占区级收入比重"])


def test_a_budgets_adjusted_figure_is_named_by_its_measure():
    """——上级补助收入拟调整为389501万元,调增84000万元: the measure adjusted (the list's dash
    and the verb of the adjustment are no part of it), and its adjustment is of it."""
    assert names_of("——上级补助收入拟调整为389501万元,调增84000万元。") == [
        ("389501万元", ["上级补助收入"]), ("调增84000万元", ["上级补助收入"])]


def test_the_verb_of_a_level_reached_is_no_part_of_the_name():
    """信用乡增加到13个, 规上工业企业增至425家: the level reached counts the subject, not
    信用乡增加到数."""
    assert names_of("信用乡增加到13个、信用村增加到318个,规上工业企业增至425家。") == [
        ("13个", ["信用乡数"]), ("318个", ["信用村数"]), ("425家", ["规上工业企业数"])]
    # things grown in number (发展到, 壮大至)
    assert names_of("全县农产品加工企业发展到56家,农民专业合作社壮大至1200家。") == [
        ("56家", ["农产品加工企业数"]), ("1200家", ["农民专业合作社数"])]


def test_a_plans_amount_of_investment_is_named_as_the_plan():
    """年度投资计划304亿元: the plan is the amount (年度投资计划), not 投资计划金额."""
    assert names_of("全县安排重点项目91宗,总投资1964.4亿元,年度投资计划304亿元。")[-1] == (
        "304亿元", ["投资计划"])


def test_the_last_figure_of_a_list_after_and_is_of_the_same_measure():
    """20.49%、19.32%和10.24%: the last, after 和, measures what the others do; but after
    客运量和周转量 two figures in two units are two measures."""
    assert [n for _, n in names_of("分别完成年度计划投资的20.49%、19.32%和10.24%。")] == [
        ["年度计划投资"]] * 3
    found = dict(names_of("全省公路客运量和周转量分别完成了3.7亿人和270.8亿人公里。"))
    assert found["270.8亿人公里"] != found["3.7亿人"]


def test_a_name_that_only_says_which_figure_takes_its_subjects():
    """…“三公”经费预算数为832.05万元,决算支出数为820.33万元,…较2022年决算数688.84万元
    131.49万元,增长19.09%: 决算支出数 and 决算数 say which figure of 三公经费 each is; the
    growth is of the amount before it, not of the completion rate."""
    text = ("“三公”经费预算数为832.05万元,决算支出数为820.33万元,完成年初预算数的98.59%,较2022年"
            "决算数688.84万元131.49万元,增长19.09%。")
    assert [n[0] for _, n in names_of(text)] == [
        "三公经费", "三公经费", "三公经费预算完成率", "三公经费", "三公经费", "三公经费"]


def test_a_growth_share_is_one_measure_and_no_subject_of_the_amount_after_it():
    """…139家企业实现正增长,增长面将近九成;累计实现产值225.46亿元: 增长面 is a measure of its
    own, and the 产值 after it is of no 增长面; a count printed without its unit before a
    name (160规模以上工业企业实现产值…) is no part of it, a bound is (50岁以上)."""
    text = "139家企业实现正增长,增长面将近九成;累计实现产值225.46亿元。"
    assert [n[0] for _, n in names_of(text)] == ["企业数", "增长面", "产值"]
    text = "160规模以上工业企业实现产值237.55亿元。50岁以上18人。"
    assert [n[0] for _, n in names_of(text)] == ["规模以上工业产值", "50岁以上人数"]


def test_a_respectively_run_after_a_verb_of_result():
    """城乡常住居民人均可支配收入分别完成36238元和16075元,增长6.9%和8.7%: 分别完成 opens a
    run as 分别为 does, and the changes after it follow the same sides."""
    text = "城乡常住居民人均可支配收入分别完成36238元和16075元,增长6.9%和8.7%。"
    assert [n[0] for _, n in names_of(text)] == [
        "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "城镇常住居民人均可支配收入",
        "农村常住居民人均可支配收入"]


def test_the_end_of_a_change_from_one_level_to_another_shares_its_name():
    """规上工业企业由33户增至61户: both counts are of 规上工业企业 (增至 as 增加到)."""
    assert [n[0] for _, n in names_of("规上工业企业由33户增至61户。")] == [
        "规上工业企业户数", "规上工业企业户数"]


def test_a_growth_rate_said_unchanged_is_the_growth_of_the_figure_before():
    """…工业增加值累计增长11.5%,…,增速与上月持平,分别较去年同期和全年分别回落4.5、4.2个
    百分点: 增速 is the figure's growth, named once, and the runs after it are its too;
    电力、热力及水生产和供应业 is one trade."""
    text = ("全市规模以上工业增加值累计增长11.5%,居全省第6位,增速与上月持平,分别较去年同期和全年"
            "分别回落4.5、4.2个百分点。电力、热力及水生产和供应业增加值同比增长2.9%。")
    assert [n[0] for _, n in names_of(text)] == [
        "规模以上工业增加值", "规模以上工业增加值增速", "规模以上工业增加值增速",
        "规模以上工业增加值增速", "电力、热力及水生产和供应业增加值"]


def test_a_share_describing_the_trade_after_it():
    """其中,占比63.3%的电力供应业同比增长6.5%: the share is 电力供应业's."""
    assert [n[0] for _, n in names_of("其中,占比63.3%的电力供应业同比增长6.5%。")] == [
        "电力供应业占比", "电力供应业"]


def test_a_second_measure_word_in_brackets_is_no_end_of_the_counted_noun():
    """对石家河、于家河等6条(段)河道进行了清淤; 1844个村(居)民小组: the bracket gives
    another measure word or character; the noun after it is what is counted."""
    assert [n[0] for _, n in names_of("对石家河、于家河等6条(段)河道进行了清淤。")] == ["河道数"]
    assert [n[0] for _, n in names_of("全县共有1844个村(居)民小组。")] == ["村民小组数"]


def test_the_documents_own_place_is_no_part_of_a_name():
    """In a page of 海口市's bureau, 海口市接待游客人次 is 接待游客人次; a place the page covers
    among others (龙华区 in a 海口 page) stays, and words ending like a place that name
    none (城市低保, 城镇新增就业) are no place."""
    from zhibiao.parse.names import home_places, without_home_place

    places = home_places("海口市2023年旅游工作总结", "海口市旅游和文化广电体育局")
    assert "海口市" in places
    assert without_home_place("海口市接待游客人次", places) == "接待游客人次"
    assert without_home_place("龙华区接待游客人次", places) == "龙华区接待游客人次"
    assert without_home_place("海口市", places) == "海口市"  # nothing would be left
    assert without_home_place("海口市2023三公经费", places) == "三公经费"  # a bare year too
    assert not home_places("城市低保工作总结", "城镇新增就业办公室") & {"城市", "城镇"}


def test_projects_counted_in_zong_are_items_and_cases_are_events():
    """全市水务项目96宗: a count of projects (水务项目数); 查处违法案件12宗: cases (起数)."""
    assert [n[0] for _, n in names_of("全市水务项目96宗。")] == ["水务项目数"]
    assert [n[0] for _, n in names_of("查处违法案件12宗。")] == ["查处违法案件起数"]


def test_how_the_subject_of_the_clause_before_went_is_no_part_of_it():
    """再生资源循环利用产业快速发展,产值较“十三五”末增长135%: the 产值 is the trade's; 快速发展
    says how it went."""
    text = "再生资源循环利用产业快速发展,产值较“十三五”末增长135%,达43.03亿元。"
    assert [n[0] for _, n in names_of(text)] == ["再生资源循环利用产业产值"] * 2


def test_a_run_named_by_a_bare_list_in_the_clause_before():
    """生态公墓新建项目、殡仪馆改扩建工程项目,截至三季度投资额分别为3000万元、3800万元:
    the clause before lists the run's items, the run's own measure names each."""
    text = "生态公墓新建项目、殡仪馆改扩建工程项目,截至三季度投资额分别为3000万元、3800万元。"
    assert [n[0] for _, n in names_of(text)] == [
        "生态公墓新建项目投资额", "殡仪馆改扩建工程项目投资额"]


def test_figures_describing_the_thing_built_after_their_de():
    """建成1个1200亩的杂交水稻制种基地,创建了1800余亩的中药材示范基地: the count and the area
    are the base's, not the doing's (建成数, 建成面积)."""
    text = "建成1个1200亩的杂交水稻制种基地,创建了1800余亩的中药材示范基地。"
    assert [n[0] for _, n in names_of(text)] == [
        "杂交水稻制种基地数", "杂交水稻制种基地面积", "中药材示范基地面积"]


def test_the_plan_a_level_is_said_to_be_a_share_of_is_the_subjects():
    """财税总收入累计完成419万元,为全年任务740万元的56.6%: the 740万元 is the subject's task."""
    text = "全镇财税总收入累计完成419万元,为全年任务740万元的56.6%。"
    assert [n[0] for _, n in names_of(text)] == [
        "财税总收入", "财税总收入全年任务数", "财税总收入任务完成率"]


def test_a_scope_word_before_a_cumulated_subject_is_no_part_of_it():
    """1-7月份,全区规模以上工业累计实现增加值50.2亿元: the subject is 规模以上工业, 全区 its
    scope; 全市累计完成投资 still has no subject but the measure."""
    text = "1-7月份,全区规模以上工业累计实现增加值50.2亿元,同比增长7.4%。"
    assert [n[0] for _, n in names_of(text)] == ["规模以上工业增加值"] * 2
    assert [n[0] for _, n in names_of("全市累计完成投资5亿元。")] == ["完成投资"]


def test_how_many_of_a_wholes_kinds_grew_or_fell():
    """统计监测的23种工业产品,12种增长,11种下降: the 12 are the products that grew."""
    text = "1-10月,统计监测的23种工业产品,12种增长,11种下降。"
    assert [n[0] for _, n in names_of(text)] == [
        "工业产品数", "增长的工业产品数", "下降的工业产品数"]


def test_a_label_before_a_colon_names_the_figure_after_it():
    """全县共有学校(幼儿园):480所; 普通高中情况:8所: the label before the colon names the
    figure (情况 only says it is a heading)."""
    assert [n[0] for _, n in names_of("全县共有学校(幼儿园):480所。")] == ["学校数"]
    assert [n[0] for _, n in names_of("普通高中情况:8所。")] == ["普通高中数"]
    # (the item's number after the label, and an estimate or a part of the year after the
    # colon: 外贸进出口总额(第8项):预计下降8%左右)
    assert [n[0] for _, n in names_of("7.外贸进出口总额(第8项):预计下降8%左右。")] == [
        "外贸进出口总额"]
    assert [n[0] for _, n in names_of("9.农民人均可支配收入(第12项):上半年增长8.6%。")] == [
        "农民人均可支配收入"]


def test_a_total_said_alone_after_a_count_is_the_amount_of_what_was_counted():
    """发放临时救助金1710人次,合计919.67万元: the money of the aid counted; 合计 after parts in
    the same unit sums them and says nothing of one."""
    assert [n[0] for _, n in names_of("发放临时救助金1710人次,合计919.67万元。")] == [
        "发放临时救助金人次", "临时救助金发放金额"]
    text = "企业税收入库8.67亿元,非居民一次性税收3.62亿元,合计12.29亿元。"
    assert [bool(n) for _, n in names_of(text)] == [True, True, False]


def test_a_run_of_shares_of_the_plan_after_a_run_of_results():
    """完成育苗1105亩,义务植树212万株,分别占年计划的110%和106%: each share is of its own
    result's plan."""
    text = "完成育苗1105亩,义务植树212万株,分别占年计划的110%和106%。"
    assert [n[0] for _, n in names_of(text)] == [
        "育苗面积", "义务植树数", "育苗面积年计划完成率", "义务植树年计划完成率"]


def test_what_was_done_of_a_counted_task_and_its_bracketed_share():
    """全市有91个行政村污水治理任务,已完成50个(55%): 50 of the task are done, 55% is the
    task's completion."""
    text = "全市有91个行政村污水治理任务,已完成50个(55%)。"
    assert [n[0] for _, n in names_of(text)] == [
        "行政村污水治理任务数", "行政村污水治理数", "行政村污水治理任务完成率"]


def test_two_values_joined_by_he_after_a_subject_of_two_parts_are_one_each():
    """网上零售额、农村产品网销额年均增长35.5%和37.7%: one each, in order, as with 分别; not
    when the 、 parts a basis (分别较一季度、上半年回落1.4和0.1个百分点)."""
    text = "网上零售额、农村产品网销额年均增长35.5%和37.7%。"
    assert [n[0] for _, n in names_of(text)] == ["网上零售额", "农村产品网销额"]
    text = "社会消费品零售总额增长13.1%,分别较一季度、上半年回落1.4和0.1个百分点。"
    names = [n[0] for _, n in names_of(text)]
    assert names[1] == names[2] and names[1].startswith("社会消费品零售总额")


def test_an_aspiration_after_a_figure_is_the_same_figure_hoped_for():
    """增长8%、力争9%: the 9% is the same growth of the same measure (its own comparator)."""
    assert names_of("地区生产总值增长8%、力争9%;城乡居民收入增长7%。") == [
        ("增长8%", ["地区生产总值"]), ("9%", ["地区生产总值"]),
        ("增长7%", ["城乡居民收入"])]
    assert names_of("完成投资10亿元,力争15亿元。") == [
        ("10亿元", ["完成投资"]), ("15亿元", ["完成投资"])]
    (_, hoped) = find_values("地区生产总值增长6.5%以上、力争7%")
    assert (hoped.change, hoped.comparator) == ("up", "=")


def test_both_sides_of_an_account_said_alone_are_their_totals():
    assert names_of("2022年度收入总计739.61万元,支出总计739.61万元。收支较上年决算数减少175.9万元、"
                    "下降19.21%。") == [
        ("739.61万元", ["收入总计"]), ("739.61万元", ["支出总计"]),
        ("较上年决算数减少175.9万元", ["收支总计"]), ("下降19.21%", ["收支总计"])]


def test_the_place_opening_an_issuers_name_is_the_documents_own():
    """铁岭市统计局: 铁岭市, which the dictionary tags as no place; up to the first 市 (广州市,
    not 广州)."""
    from zhibiao.parse.names import home_places

    assert home_places("铁岭市统计局") == {"铁岭市"}
    assert home_places("广州市应急管理局") == {"广州市"}
    assert home_places("区政府办") == frozenset()


def test_works_done_to_the_things_counted_end_their_name_after_a_doing_too():
    """完成40个小区雨污混接改造: 改造 ends the clause after 混接 (a doing), still the works."""
    assert names_of("完成40个小区雨污混接改造。") == [("40个", ["小区雨污混接改造数"])]
    assert names_of("完成3家人口密集区危化企业搬迁改造。") == [
        ("3家", ["人口密集区危化企业搬迁改造数"])]


def test_accident_figures_drop_the_whole_place_and_the_verb_of_happening():
    """全州发生各类生产安全事故42起: 生产安全事故起数; 工矿商贸事故发生20起: 工矿商贸事故起数;
    rates 分别 after two changes are those changes' rates, in order."""
    assert names_of("全州发生各类生产安全事故42起、死亡45人,与去年同期相比事故起数减少3起,"
                    "死亡人数减少6人,分别下降6.7%、11.8%。") == [
        ("42起", ["生产安全事故起数"]), ("45人", ["生产安全事故死亡人数"]),
        ("与去年同期相比事故起数减少3起", ["生产安全事故起数"]),
        ("减少6人", ["生产安全事故死亡人数"]),
        ("下降6.7%", ["生产安全事故起数"]), ("11.8%", ["生产安全事故死亡人数"])]
    assert names_of("工矿商贸事故发生20起、死亡22人,同比分别下降48.72%、47.62%。") == [
        ("20起", ["工矿商贸事故起数"]), ("22人", ["工矿商贸事故死亡人数"]),
        ("同比分别下降48.72%", ["工矿商贸事故起数"]), ("47.62%", ["工矿商贸事故死亡人数"])]
    # 各乡镇 is each town, no whole place; 事故发生率 keeps its 发生
    assert normalize_name("各乡镇审核上报", "人") == "各乡镇审核上报人数"
    assert normalize_name("事故发生率", "%") == "事故发生率"


def test_the_figure_before_said_again_for_last_year_has_its_name():
    assert names_of("优良天数为172天,去年同期为157天,重污染天数为9天,去年同期为12天。") == [
        ("172天", ["优良天数"]), ("157天", ["优良天数"]), ("9天", ["重污染天数"]),
        ("12天", ["重污染天数"])]


def test_days_are_counted_as_days_and_a_category_run_keeps_its_last_category_whole():
    assert names_of("上半年空气质量有效监测181天,优良178天。空气质量一级天76天。") == [
        ("181天", ["空气质量有效监测天数"]), ("178天", ["优良天数"]),
        ("76天", ["空气质量一级天数"])]
    assert names_of("限额以上单位饮料、烟酒、服装、鞋帽、针纺织品商品零售额分别增长"
                    "25.6%、7.3%、6.9%。") == [
        ("增长25.6%", ["限额以上单位饮料零售额"]), ("7.3%", ["烟酒零售额"]),
        ("6.9%", ["服装、鞋帽、针纺织品商品零售额"])]


def test_money_put_in_is_named_by_what_it_pays_for():
    """投入 / 投资 with nothing before it takes the works said right after it (对…进行…,
    完成…, 用于…); a purpose listing several things, or none, leaves the bare name."""
    assert named("投入82万元对17处农村供水设施进行升级改造。")[0] == (
        "82万元", ["农村供水设施升级改造投入"])
    assert named("投入1.06亿元,完成棚户区改造427套。")[0] == ("1.06亿元", ["棚户区改造投入"])
    assert named("投资1.9亿元,对石家河、五渚河等6条(段)河道进行了清淤、护砌。")[0] == (
        "1.9亿元", ["河道清淤护砌投资"])
    assert named("投入资金500万元用于农村道路硬化。") == [("500万元", ["农村道路硬化投入资金"])]
    assert named("投入1585万元,新建10千伏及以下农配网线路。")[0] == ("1585万元", ["投入"])


def test_what_stayed_level_is_named_after_its_basis_and_in_full():
    """持平 names what stands between its basis and it (与去年同期相比事故起数持平), in the
    full form the sentence gave it first; with nothing there, the figure before it."""
    text = ("农林牧渔业发生生产安全事故1起、死亡1人、受伤1人,与去年同期相比事故起数持平,"
            "死亡人数减少2人。")
    assert named(text)[3:] == [("持平", ["农林牧渔业生产安全事故起数"]),
                               ("减少2人", ["农林牧渔业生产安全事故死亡人数"])]
    assert named("门急诊总诊疗量与2021年度持平") == [("持平", ["门急诊总诊疗量"])]
    assert named("经费0万元,和年初预算持平")[1] == ("持平", ["经费"])


def test_a_forms_columns_written_in_prose_are_no_part_of_the_name():
    """…比例年初指标值为不低于85%,全年实际完成值100%: the goal and the result are both the
    indicator's, whose name the sentence gives first."""
    text = ("有需求的困难残疾人得到残疾人基本康复服务比例年初指标值为不低于85%,全年实际完成值100%。"
            "资助接受托养服务人次数年初指标值为不低于105人,全年实际完成值116人。")
    assert [names for _, names in named(text)] == [
        ["困难残疾人得到残疾人基本康复服务比例"], ["困难残疾人得到残疾人基本康复服务比例"],
        ["资助接受托养服务人次数"], ["资助接受托养服务人次数"]]


def test_a_contribution_is_the_parts_and_a_listed_trend_names_the_run_after_it():
    """拉动…N个百分点 after a part's growth is that part's contribution to the whole's growth
    (the whole without its place); a list whose clause only says it grew names the 分别 run
    of the next clause."""
    text = ("石油和天然气开采业增加值同比增长4.6%,拉动全市规模以上工业1.4个百分点;"
            "新材料产业、电子信息产业、航空航天产业保持增长,增速分别为4.6%、2.2%和0.5%。")
    assert [names for _, names in named(text)] == [
        ["石油和天然气开采业增加值"], ["石油和天然气开采业拉动规模以上工业增长"],
        ["新材料产业增速"], ["电子信息产业增速"], ["航空航天产业增速"]]
    assert named("第三产业对GDP的贡献率为60%,拉动GDP增长3.4个百分点。")[1] == (
        "增长3.4个百分点", ["第三产业拉动GDP增长"])
    # a share of growth opening on 对 after the part's own figure: the part's, and so is
    # the pull after it; not inside a 分别 run (each part's, in order)
    text = ("第一产业实现增加值62.69亿元,增长6.7%,对经济增长的贡献率为10.1%,"
            "拉动经济增长0.85个百分点;全年第二产业增加值占全市生产总值的比重为38.3%,"
            "对全市经济增长的贡献率达到45%,拉动经济增长3.3个百分点。")
    assert [names for _, names in named(text)][2:] == [
        ["第一产业对经济增长的贡献率"], ["第一产业拉动经济增长"],
        ["第二产业增加值占全市生产总值比重"], ["第二产业对经济增长的贡献率"],
        ["第二产业拉动经济增长"]]
    # a bare share of growth after the part's figure (…增长3.3%,贡献率为98%) is the part's
    assert [n for _, n in named("第三产业实现增加值59.42亿元,增长3.3%,贡献率为98%,"
                                "拉动GDP增长2.1个百分点。")][2:] == [
        ["第三产业贡献率"], ["第三产业拉动GDP增长"]]
    text = ("第一、二、三产业增加值的比重分别为39.0%、16.7%和44.3%,"
            "对经济增长的贡献率分别为75.3%、14.5%、10.2%。")
    assert named(text)[3][1] != ["第三产业对经济增长的贡献率"]
    # nor the whole (三大行业…高出全区规模以上工业6.3个百分点,对全区规模以上工业贡献率…)
    text = ("三大行业共实现工业增加值38.8亿元,高出全区规模以上工业6.3个百分点,"
            "对全区规模以上工业贡献率为134.4%。")
    assert named(text)[-1][1] != ["工业对规模以上工业贡献率"]


def test_a_bracket_of_parts_after_counts_and_outcomes_names_each_by_its_unit():
    """事故7起、死亡8人(其中建筑施工1起、死亡1人,…): each part goes with the total of its
    unit, and 死亡1人 alone is the outcome of the part before it (类 is no part of a kind)."""
    text = ("全市发生各类生产安全事故7起、死亡8人(其中建筑施工1起、死亡1人,"
            "经营性交通事故3起、死亡4人,非煤矿山类2起、死亡2人)。")
    assert [names for _, names in named(text)][2:] == [
        ["建筑施工事故起数"], ["建筑施工事故死亡人数"], ["经营性交通事故起数"],
        ["经营性交通事故死亡人数"], ["非煤矿山事故起数"], ["非煤矿山事故死亡人数"]]


def test_a_rate_set_as_a_goal_is_named_by_its_subject():
    """…每月中旬发放指标为100%: 指标 says the rate is the goal set, no part of the name; a
    count of 指标 (省级考核指标57项) counts the indicators."""
    text = "优抚对象生活补助金每月中旬发放指标为100%,实际完成值为100%。"
    assert [names for _, names in named(text)] == [["优抚对象生活补助金每月中旬发放"]] * 2
    assert named("乡村振兴省级考核指标57项。") == [("57项", ["乡村振兴省级考核指标数"])]


def test_a_time_is_no_name_and_a_length_with_nothing_before_is_of_what_follows():
    """“十三五”时期年均增长2.4% and 其中6月当月同比下降17.6% are of the figure named before;
    完成905.19公里农村公路安防设施 measures what follows it, and so does its 完成率."""
    assert named("全旗地区生产总值完成21.3亿元,“十三五”时期年均增长2.4%。")[1] == (
        "年均增长2.4%", ["地区生产总值"])
    assert named("工业企业完成产值同比下降1.8%。其中6月当月同比下降17.6%。")[1] == (
        "同比下降17.6%", ["工业企业产值"])
    assert named("完成905.19公里农村公路安防设施,完成率86.2%。") == [
        ("905.19公里", ["农村公路安防设施里程"]), ("86.2%", ["农村公路安防设施完成率"])]


def test_a_widening_or_narrowing_is_a_change_of_the_rate_before_it():
    """降幅较1-9月扩大0.8个百分点: 扩大 and 缩小 change a rate, as 加快 and 收窄 do."""
    assert named("固定资产投资下降10.9%,降幅较1-9月扩大0.8个百分点。")[1] == (
        "较1-9月扩大0.8个百分点", ["固定资产投资降幅"])


def test_a_total_investment_after_a_count_is_of_the_things_counted():
    assert named("累计储备项目508个,总投资539亿元。") == [
        ("508个", ["储备项目数"]), ("539亿元", ["储备项目总投资"])]


def test_a_word_said_twice_at_a_seam_and_a_verb_before_a_measure_are_dropped():
    assert named("沈阳市县域地区(包含康平县、法库县新民市)实现地区生产总值443.9亿元。") == [
        ("443.9亿元", ["沈阳市县域地区生产总值"])]
    assert named("规模以上工业企业实现出口交货值73.42亿元。") == [
        ("73.42亿元", ["规模以上工业企业出口交货值"])]
    assert named("股经社集体经济实现纯收入30余万元。") == [("30余万元", ["股经社集体经济纯收入"])]
    assert named("县域GDP达443.9亿元。") == [("达443.9亿元", ["县域GDP"])]


def test_a_run_whose_items_hold_a_joiner_is_parted_by_its_commas_and_last_joiner():
    text = ("建筑及装潢材料、饮料、金银珠宝、日用品和书报杂志类分别下降44.4%、20.0%、18.0%、"
            "12.5%和12.1%。")
    got = [names[0] for _, names in named(text)]
    assert got[0] == "建筑及装潢材料" and got[2:] == ["金银珠宝", "日用品", "书报杂志类"]


def test_a_count_in_shuliang_and_a_total_in_zonggong():
    """产业项目3个,总共投资1288.64万元: 总共 is no part of the name, and the count of 数量
    keeps its word (not …量) and is bare without it."""
    text = ("项目建设数量6个,其中:基础设施建设项目数量1个,总共投资200万元;"
            "产业项目3个,总共投资1288.64万元。")
    assert [names[0] for _, names in named(text)] == [
        "项目建设数量", "基础设施建设项目数量", "基础设施建设项目投资", "产业项目数量",
        "产业项目投资"]


def test_a_milestone_names_nothing():
    assert named("全区地区生产总值突破700亿元大关、达到721.44亿元,增长6.1%。") == [
        ("突破700亿元", ["地区生产总值"]), ("达到721.44亿元", ["地区生产总值"]),
        ("增长6.1%", ["地区生产总值"])]


@pytest.mark.parametrize(("text", "name"), [
    ("1月工矿商贸事故直接经济损失124万元。", "工矿商贸事故直接经济损失"),
    ("2023年实际利用外资1.84亿美元。", "实际利用外资"),
    ("城乡低保标准提高到835元。", "城乡低保标准"),
    ("2023年单位缴存住房公积金11万元。", "单位缴存住房公积金"),
    ("动用预算稳定调节基金1756.37万元。", "动用预算稳定调节基金"),
])
def test_a_noun_of_money_is_named_without_jine(text, name):
    """A loss, a tax, a standard, a fund … in 元 is money already: no 金额 is added."""
    assert named(text)[0][1] == [name]


def test_a_count_in_yuan_of_something_not_money_still_gets_jine():
    assert named("全年发放慰问品折合2.4万元。")[0][1][0].endswith("金额")


def test_a_list_or_a_time_before_a_bare_measure_is_not_its_subject():
    """确保完成税收9亿元 after a list of things to attract, or after 1—5月份: 税收 alone."""
    text = "着力引进一批头部企业、高能级平台和行业组织者,确保完成税收9亿元。"
    assert named(text)[0] == ("9亿元", ["税收"])
    assert named("1—5月份,累计完成税收1640万元。")[0] == ("1640万元", ["税收"])


def test_an_owner_before_a_period_names_the_bare_measure_after_it():
    assert named("园区1-8月税收达226.97万元,同比增长9%。")[0] == ("达226.97万元", ["园区税收"])
    assert named("全市1-8月税收达226.97万元。")[0] == ("达226.97万元", ["税收"])


def test_places_after_qizhong_take_the_subject_said_before_it_without_a_value():
    text = ("从2020年1月1日起,已提高我市城乡特困人员供养最低标准,其中,端州区提高到20100元/人年,"
            "鼎湖区提高到17340元/人年。")
    assert [names for _, names in named(text)] == [["城乡特困人员供养最低标准"]] * 2


def test_a_decline_breadth_and_a_bare_basis_word():
    """下降面 is one measure; 比增长4.6% (the basis's year left out) is the figure before's."""
    assert named("23个行业增加值同比下降,下降面69.7%。")[1] == ("69.7%", ["下降面"])
    text = "县域地区第一产业增加值实现103.9亿元,比增长4.6%;第二产业增加值实现108.4亿元。"
    assert named(text)[1] == ("增长4.6%", ["县域地区第一产业增加值"])


def test_a_sector_before_the_months_owns_the_events_after_them():
    """铁路运输业1月份发生事故2起: the sector's accidents; 多死亡2人 is the toll's change."""
    text = "铁路运输业1月份发生事故2起、死亡2人,同比增加1起、多死亡2人,事故起数上升100%。"
    assert named(text)[:4] == [
        ("2起", ["铁路运输业事故起数"]), ("2人", ["铁路运输业事故死亡人数"]),
        ("同比增加1起", ["铁路运输业事故起数"]), ("多死亡2人", ["铁路运输业事故死亡人数"])]
    assert named("全市1-9月发生事故12起。") == [("12起", ["事故起数"])]


def test_funds_planned_for_a_project_take_the_projects_name():
    text = ("(一)政策补贴延续类项目,共1240万元\n"
            "1、2022年延津县“雨露计划”职业教育助学工程项目,计划安排资金180万元。\n"
            "5、2022年延津县支持脱贫户种植优质小麦奖补项目,预计安排资金500万元。")
    assert [names for _, names in named(text)] == [
        ["政策补贴延续类项目资金"], ["“雨露计划”职业教育助学工程项目资金"],
        ["支持脱贫户种植优质小麦奖补项目资金"]]


def test_villages_named_with_their_town_are_places_in_a_breakdown():
    """(其中小黑河镇西二道村3户6人、班定营村3户5人): each village's households are the total's,
    not the first village's; 美丽乡村示范村 is no place."""
    text = "建档立卡脱贫享受政策25户46人(其中小黑河镇西二道村3户6人、班定营村3户5人)。"
    assert [names[0] for _, names in named(text)] == [
        "建档立卡脱贫享受政策户数", "建档立卡脱贫享受政策人数"] * 3
    assert named("树立美丽乡村示范村12个。")[0] == ("12个", ["树立美丽乡村示范村数"])


def test_a_counted_term_may_open_on_latin_letters_and_digits():
    assert named("建成113个4G基站,完成率100%。")[0] == ("113个", ["建成4G基站数"])
    assert named("在重点公共场所铺设83台AED设备。")[0] == ("83台", ["AED设备数"])


def test_a_payout_opening_its_clause_takes_the_subject_of_the_clause_before():
    text = ("2020年城市低保累计保障7.54万人次,发放保障金3854万元;农村低保累计保障3.11万人次,"
            "发放保障金1389万元。")
    assert [names[0] for _, names in named(text)] == [
        "城市低保累计保障人次", "城市低保保障金发放金额", "农村低保累计保障人次",
        "农村低保保障金发放金额"]


def test_a_second_run_of_pulls_follows_the_parts_of_the_first():
    text = ("第一、二、三产业对经济增长的贡献率分别为22.2%、27.9%、49.9%,分别拉动GDP增长1.93个、"
            "2.43个、4.34个百分点。")
    assert [names[0] for _, names in named(text)][3:] == [
        "第一产业拉动GDP增长", "第二产业拉动GDP增长", "第三产业拉动GDP增长"]
    # the pulls first (their figures in points but the last without a unit), the shares after
    text = ("第一、二、三产业分别拉动GDP增长2.74、1.96、5.1个百分点,"
            "对GDP的贡献率分别为28%、20%、52%。")
    assert [names[0] for _, names in named(text)] == [
        "第一产业拉动GDP增长", "第二产业拉动GDP增长", "第三产业拉动GDP增长",
        "第一产业对GDP的贡献率", "第二产业对GDP的贡献率", "第三产业对GDP的贡献率"]


def test_a_count_runs_into_the_next_only_when_that_one_names_nothing_after_it():
    """22个行政审批部门749项事项: 749项 names its own 事项, so 行政审批部门 is all the first
    count's (not cut at the verb 审批); 42个库内违建点位和…18个违建点位: cut at the joiner."""
    assert named("综合窗口可受理22个行政审批部门749项事项,综窗率100%。")[0] == (
        "22个", ["行政审批部门数"])
    assert named("与14个省市对接企业96家,")[:2] == [("14个", ["省市数"]), ("96家", ["对接企业数"])]
    assert named("拆除42个库内违建点位和上川地块金桥路沿线18个违建点位。")[0] == (
        "42个", ["库内违建点位数"])


def test_a_generic_noun_after_de_keeps_what_describes_it():
    """…产值超亿元的企业有69家: 企业 alone names nothing; 会议费 after 安排的 does."""
    assert named("1-7月累计产值超亿元的企业有69家。")[0] == ("69家", ["产值超亿元企业数"])
    assert named("一般公共预算拨款安排的会议费10万元。")[0] == ("10万元", ["会议费"])


def test_a_bare_measure_after_de_keeps_what_it_counts():
    """享受待遇的人数为2000人: 人数 alone counts nothing; the clause before 的 says whom."""
    assert named("城乡居民医保参保人数中,享受待遇的人数为2000人。")[0] == (
        "2000人", ["享受待遇的人数"])


def test_changes_after_a_sectors_no_events_are_of_its_events():
    """(一)农林牧渔业1月份无事故,同比持平: the sector's accident count held; 同比减少2起、
    少死亡2人 after 无事故 are its count's and its toll's changes."""
    assert named("(一)农林牧渔业1月份无事故,同比持平。") == [
        ("无事故", ["农林牧渔业事故"]), ("同比持平", ["农林牧渔业事故起数"])]
    assert named("(三)商贸制造业1月份无事故,同比减少2起、少死亡2人。") == [
        ("无事故", ["商贸制造业事故"]), ("同比减少2起", ["商贸制造业事故起数"]),
        ("少死亡2人", ["商贸制造业事故死亡人数"])]
    assert named("全市1-9月无事故,同比持平。") == [("无事故", []), ("同比持平", [])]


def test_parts_after_qizhong_count_the_totals_kind_of_events():
    """较大事故33起…其中煤矿3起: the part's 较大事故; 生产安全事故12起,其中道路运输5起: 事故 only;
    a part that is a doing (调处矛盾纠纷) is left as it was."""
    text = "全区共发生较大事故33起,死亡123人。其中煤矿3起,消防火灾1起,道路交通20起。"
    assert [names[0] for _, names in named(text)][2:] == [
        "煤矿较大事故起数", "消防火灾起数", "道路交通较大事故起数"]
    text = "全市发生生产安全事故12起,其中道路运输5起、建筑施工领域2起。"
    assert [names[0] for _, names in named(text)][1:] == ["道路运输事故起数", "建筑施工事故起数"]


def test_a_change_named_by_its_noun_alone_is_the_change_of_the_level_before():
    """增幅 opening a clause after the level (…收入12678元,…;增幅与全市持平) is the level's
    增幅; so is the 增速 of a sentence after the level's (…增加值70.90亿元…。…增速保持在10.0%
    左右)."""
    text = ("农村常住居民人均可支配收入12678元,在全市排第6位;增幅与全市持平,"
            "比全省高0.6个百分点。")
    assert [names for _, names in named(text)][1:] == [
        ["农村常住居民人均可支配收入增幅"], ["农村常住居民人均可支配收入增幅"]]
    text = ("1-5月,规模以上工业增加值70.90亿元,同比增长10.3%。从1-4月、1-5月的增长幅度来看,"
            "增速保持在10.0%左右,分别为10.5%、10.3%。")
    assert [names[0] for _, names in named(text)][2:] == ["规模以上工业增加值增速"] * 3


def test_among_after_a_counted_noun_is_no_part_of_it():
    """6个新开工项目中,3个…: the 6 are 新开工项目 (中 is "among them"); 高中 is a school."""
    assert named("6个新开工项目中,3个项目已开工建设。")[0] == ("6个", ["新开工项目数"])
    assert named("全市33个大类行业中,10个行业实现增长。")[0] == ("33个", ["大类行业数"])
    assert named("全县共有5所高中,新建实验室3个。")[0] == ("5所", ["高中数"])


def test_a_bracketed_figure_of_another_place_is_named_by_it_and_the_gap_after_is_the_subjects():
    """增速比全市平均增速(8.1%)低8.4个百分点: 8.1% is the city's 平均增速, the gap the
    subject's; 比全市(12905元)低227元: the city's figure of the subject's measure."""
    text = "全区规模以上工业增加值同比下降0.3%,增速比全市平均增速(8.1%)低8.4个百分点。"
    assert [names[0] for _, names in named(text)] == [
        "规模以上工业增加值", "全市平均增速", "规模以上工业增加值"]
    text = "全区农村居民人均可支配收入12678元,比全市(12905元)低227元。"
    assert [names[0] for _, names in named(text)] == [
        "农村居民人均可支配收入", "全市农村居民人均可支配收入", "农村居民人均可支配收入"]


def test_a_clause_opening_on_where_a_figure_went_from_carries_the_subject_before():
    """生产总值突破500亿元,由2010年的303.4亿元增加到2015年的511.9亿元,年均增长8.7%: the clause
    of 由…增加到… and the change after it say no subject; they are 生产总值's."""
    text = "生产总值突破500亿元,由2010年的303.4亿元增加到2015年的511.9亿元,年均增长8.7%。"
    assert [names[0] for _, names in named(text)] == ["生产总值"] * 4


def test_a_total_named_by_itself_is_of_the_things_the_figure_before_added_to():
    """新增规上工业企业17家,总数达184家: 184 is the number of 规上工业企业, not of additions."""
    assert named("新增规上工业企业17家,总数达184家。")[1] == ("达184家", ["规上工业企业总数"])


def test_shares_of_a_whole_are_named_by_their_part_and_a_run_of_them_by_each_part():
    """轻度污染占全年21.9%: the part's share (the whole a period, not named); a list the whole
    is mostly made of (以Ⅱ类、Ⅲ类水质为主) or listed before 各占 names a run of shares one
    part each, an item ending on the character the last one's noun follows (Ⅳ类, 劣Ⅴ类水质)
    taking that noun too."""
    assert named("轻度污染占全年21.9%,中度污染占0.3%。") == [
        ("21.9%", ["轻度污染占比"]), ("0.3%", ["中度污染占比"])]
    text = "全市水质以Ⅱ类、Ⅲ类水质为主,分别占23.4%和40.4%,Ⅳ类、劣Ⅴ类水质各占29.8%、2.1%。"
    assert named(text) == [
        ("23.4%", ["Ⅱ类水质占比"]), ("40.4%", ["Ⅲ类水质占比"]),
        ("29.8%", ["Ⅳ类水质占比"]), ("2.1%", ["劣Ⅴ类水质占比"])]
    assert named("全年新建、改建学校分别为12所和8所。") == [
        ("12所", ["新建学校数"]), ("8所", ["改建学校数"])]


def test_the_fund_a_three_public_figure_is_paid_from_is_no_part_of_its_name():
    """一般公共预算财政拨款“三公”经费支出 → “三公”经费支出: every department's budget and final
    account writes the fund first; a name that is only the fund stays."""
    from zhibiao.parse.names import without_fund_source

    assert without_fund_source("一般公共预算财政拨款“三公”经费支出") == "“三公”经费支出"
    assert without_fund_source("一般公共预算财政拨款三公经费预算完成率") == "三公经费预算完成率"
    assert without_fund_source("财政拨款三公经费") == "三公经费"
    assert without_fund_source("一般公共预算财政拨款支出") == "一般公共预算财政拨款支出"


def test_a_share_of_the_years_target_reached_is_the_subjects_completion_rate():
    """完成社会消费品零售总额73.97亿元,…,实现年度指标的63.77%: the share of its year's target
    the subject reached (实现 / 达到 as 完成, 指标 as 目标/任务)."""
    text = "完成社会消费品零售总额73.97亿元,同比增长51.98%,实现年度指标的63.77%。"
    assert named(text)[-1] == ("63.77%", ["社会消费品零售总额年度指标完成率"])
    assert named("完成税收收入20亿元,达到全年目标的60%。")[-1] == ("60%", ["税收收入目标完成率"])


def test_a_part_after_qizhong_takes_the_totals_measure_its_unit_stood_for():
    """粮食作物播种面积…。其中,小麦66.19万亩: the part's area is its 播种面积 (its unit alone
    would say 面积); a part that writes its own measure keeps it (其中公务接待费…)."""
    found = named("粮食作物播种面积192.96万亩,比上年增加0.03万亩。"
                  "其中,小麦66.19万亩,马铃薯82.07万亩。")
    assert [(raw, names) for raw, names in found] == [
        ("192.96万亩", ["粮食作物播种面积"]), ("比上年增加0.03万亩", ["粮食作物播种面积"]),
        ("66.19万亩", ["小麦播种面积"]), ("82.07万亩", ["马铃薯播种面积"])]
    assert named("“三公”经费支出20万元,其中公务接待费18.5万元。")[1] == ("18.5万元", ["公务接待费"])
    # a total that sums kinds (总产量): its parts in 吨 are the kinds' 产量, their change too;
    # an owner's part of a plain 原煤产量 is not named by the bare measure
    found = named("全年粮食总产量151.47万吨,同比下降7.94%。其中,玉米102.70万吨,同比下降12.88%;"
                  "薯类3130吨,同比下降56.20%。")
    assert [names for _, names in found[2:]] == [["玉米产量"]] * 2 + [["薯类产量"]] * 2
    found = named("原煤产量1657.8万吨,同比下降14.3%;其中,县属企业完成1094.2万吨。")
    assert found[2][1] != ["县属企业产量"]


def test_a_measures_name_in_brackets_before_its_figure_names_it():
    """占全市常住人口的比重(常住人口城镇化率)为40.97%: the bracket gives the name analysts
    use; the change after it is of the same measure."""
    found = named("城镇常住人口61.18万人,占全市常住人口的比重(常住人口城镇化率)为40.97%,"
                  "比上年末提高2.52个百分点。")
    assert found[1:] == [("40.97%", ["常住人口城镇化率"]),
                         ("比上年末提高2.52个百分点", ["常住人口城镇化率"])]


def test_a_task_in_brackets_after_a_figure_is_the_same_measures():
    """引进优强企业21家(任务数18家), 完成全年目标任务7家的114.29%, 完成年度计划数389.50万元:
    the task is of the measure just counted, not a measure called 任务数; 税收累计收入 is
    the 税收收入 cumulated."""
    assert named("引进优强企业21家(任务数18家),上报到位资金36亿元。")[:2] == [
        ("21家", ["引进优强企业数"]), ("18家", ["引进优强企业数"])]
    assert named("引进优强企业8家,完成全年目标任务7家的114.29%。")[1] == (
        "7家", ["引进优强企业数"])
    assert named("税收累计收入57.10万元,完成年度计划数389.50万元的14.66%。")[:2] == [
        ("57.10万元", ["税收收入"]), ("389.50万元", ["税收收入"])]


def test_a_one_character_bracket_inside_a_term_is_part_of_it():
    """入园(班)幼儿: the bracket is inside the term (as 因公出国(境)费's is); a budget line's
    level marks (公共安全(类)…) and notes (含…) are not kept."""
    assert named("入园(班)幼儿377694人,比上年减少48729人。")[0] == (
        "377694人", ["入园(班)幼儿数"])


def test_every_level_and_kind_of_school_is_one_term():
    """各级各类学校: education statistics' count of every school, kept whole; 各类 alone is a
    scope dropped (全市共发生各类事故12起 → 事故起数)."""
    assert named("全省共有各级各类学校15340所。")[0] == ("15340所", ["各级各类学校数"])
    assert named("全市共发生各类事故12起。")[0] == ("12起", ["事故起数"])


def test_a_count_in_another_unit_right_after_is_of_the_same_doing():
    """国内公务接待共312批次(其中外事接待0批次),4228人次: the visitors of the same
    receptions."""
    found = named("2020年国内公务接待共312批次(其中外事接待0批次),4228人次。")
    assert [found[0], found[2]] == [("312批次", ["国内公务接待批次"]),
                                    ("4228人次", ["国内公务接待人次"])]
    # its money, named 金额 alone: of the payment counted, or of the doing when the count
    # counts the things it was done to
    assert names_of("累计发放困难残疾人生活补贴46727人次,金额373.738万元。扶持企业78户,"
                    "金额1200万元。")[1::2] == [
        ("373.738万元", ["困难残疾人生活补贴发放金额"]), ("1200万元", ["扶持金额"])]


def test_a_figure_given_by_a_verb_alone_is_of_the_measure_the_clause_before_opens_on():
    """地区生产总值继续全市领跑,完成233.7亿元,同比增长7.2%: the clause before holds no figure
    and opens on the measure; the clause with the figure says only 完成."""
    assert names_of("地区生产总值继续全市领跑,完成233.7亿元,同比增长7.2%。") == [
        ("233.7亿元", ["地区生产总值"]), ("同比增长7.2%", ["地区生产总值"])]
    assert names_of("各项工作扎实推进,完成12项。")[0][1] != ["各项工作"]


def test_a_count_of_containers_is_a_volume():
    assert names_of("完成集装箱运输441.6万标准箱。") == [("441.6万标准箱", ["集装箱运输量"])]


def test_people_on_trips_counted_after_the_groups_are_no_groups():
    """共安排因公出国(境)团组0个,累计0人次: a summing word may open the second count, and
    what it counts is the people on the trips (因公出国(境)人次), not the groups."""
    found = named("因公出国(境)费支出0元,共安排因公出国(境)团组2个,累计6人次。")
    assert found[1:] == [("2个", ["因公出国(境)团组数"]), ("6人次", ["因公出国(境)人次"])]


def test_a_rate_of_a_volume_verb_has_no_volume_suffix():
    """粮食收购5万吨 is 粮食收购量 and 出口120亿元 出口额, but 出口增长16.2% is the growth of
    出口 (no 量 of a rate)."""
    assert named("粮食收购5万吨。")[0] == ("5万吨", ["粮食收购量"])
    assert named("外贸出口增长10%。")[0] == ("增长10%", ["外贸出口"])


def test_a_share_of_the_expected_revenue_is_its_completion_rate():
    """完成收入预期的98.3% is the subject's 预期完成率, and the growth after it the
    subject's; (50%部分) is a note in a tax's name, no figure."""
    assert named("2021年全区财政总收入决算为3777878万元,完成收入预期的98.3%,增长5.8%。") == [
        ("3777878万元", ["财政总收入"]), ("98.3%", ["财政总收入预期完成率"]),
        ("增长5.8%", ["财政总收入"])]
    assert named("增值税收入(50%部分)672890万元,完成预期的94.7%。")[0] == (
        "672890万元", ["增值税收入"])


@pytest.mark.parametrize(("text", "name"), [
    ("2022年初农村危房改造资金预算安排300.7万元。", "农村危房改造资金"),
    ("2022年初中毕业生人数1200人。", "初中毕业生人数"),
    ("2021年末全市常住人口120万人。", "常住人口"),
])
def test_the_part_of_a_year_said_after_it_is_the_periods_not_the_names(text, name):
    """2022年初 is the start of the year: no 初 opens the name; 2022年初中毕业生 keeps 初中."""
    assert named(text)[0][1] == [name]


def test_a_goal_in_brackets_after_a_ranking_is_the_measure_before():
    """…增长5.9%,高于全市0.8个百分点,排名全市第1位(预期目标为8.5%以上): the bracket's goal is
    the growth's, not a measure called 预期目标."""
    found = names_of("全年实现地区生产总值增长5.9%,高于全市0.8个百分点,排名全市第1位"
                     "(预期目标为8.5%以上);规模工业增加值增长9.5%。")
    assert found[2] == ("8.5%以上", ["地区生产总值"])


def test_a_mark_a_figure_passed_said_after_it_is_the_same_measure():
    """一般公共预算支出6002亿元,首次突破6000亿元,增长4.5%: the mark and the growth are the
    spending's; 首次 names nothing."""
    assert names_of("全省一般公共预算支出6002亿元,首次突破6000亿元,增长4.5%。") == [
        ("6002亿元", ["一般公共预算支出"]), ("突破6000亿元", ["一般公共预算支出"]),
        ("增长4.5%", ["一般公共预算支出"])]
    assert names_of("粮食产量首次达到50万吨。") == [("达到50万吨", ["粮食产量"])]


def test_this_years_words_leave_the_name_whole():
    """本年度截至目前完成投资93.63亿元: 本年度 and 截至目前 say when; no 度 is left to open the
    name (a progress report and a 政府信息公开年报 wrote 度…)."""
    assert names_of("本年度截至目前完成投资93.63亿元。") == [("93.63亿元", ["完成投资"])]
    assert names_of("本年度计划新开工项目270项。") == [("270项", ["计划新开工项目数"])]


def test_a_run_of_items_after_their_shared_measure_is_named_by_the_measure():
    """各县区完成比例从高到低依次为:城厢区20.5%、秀屿区20.4%: each figure is a 完成比例, the
    place only says whose; a scope opening the sentence (在建重点项目中) is kept. Items
    that are measures themselves (主要指标分别为:地区生产总值增长8%…) keep their names."""
    found = names_of("在建重点项目中,各县区完成比例从高到低依次为:城厢区20.5%、秀屿区20.4%、"
                     "荔城区20.0%、仙游县18.5%、涵江区17.0%、湄洲岛16.9%、北岸15.4%。")
    assert found == [(raw, ["在建重点项目完成比例"]) for raw in (
        "20.5%", "20.4%", "20.0%", "18.5%", "17.0%", "16.9%", "15.4%")]
    assert names_of("完成年度投资计划比例从高到低依次为:社会事业类项目25.2%、"
                    "能源类项目21.8%。") == [
        ("25.2%", ["完成年度投资计划比例"]), ("21.8%", ["完成年度投资计划比例"])]
    assert names_of("主要指标分别为:地区生产总值增长8%、固定资产投资增长10%。") == [
        ("增长8%", ["地区生产总值"]), ("增长10%", ["固定资产投资"])]


def test_items_of_which_only_the_doing_is_said_are_projects():
    """开复工84项, 未开复工2项: projects started (开复工项目数), as the labellers name them;
    a count that names its thing keeps it (整改任务66项 → 整改任务数)."""
    assert names_of("截至目前,共开复工38项,未开复工2项,开复工率为95%。") == [
        ("38项", ["开复工项目数"]), ("2项", ["未开复工项目数"]), ("95%", ["开复工率"])]
    assert names_of("已完成整改任务66项。") == [("66项", ["整改任务数"])]
    # 个 ending the clause counts the same projects; before what it counts, it is not one
    assert names_of("农牧林水项目9个,年度计划投资7.2亿元,开工7个,开工率78%。") == [
        ("9个", ["农牧林水项目数"]), ("7.2亿元", ["年度计划投资"]), ("7个", ["开工项目数"]),
        ("78%", ["开工率"])]
    assert names_of("建成20个“15分钟就业服务圈”社区就业服务站点。")[0][1] != ["建成项目数"]


def test_the_plan_a_figure_exceeds_is_of_the_same_measure():
    """…48所,超额完成40所的年度目标任务: the plan's amount is of the figure before it, not
    named by the words of the plan (的年度目标任务)."""
    assert names_of("全年新(改)扩建幼儿园48所,超额完成40所的年度目标任务;新(改)扩建总建筑面积"
                    "18.3万平方米,超额完成14万平方米的年度目标任务。") == [
        ("48所", ["新(改)扩建幼儿园数"]), ("40所", ["新(改)扩建幼儿园数"]),
        ("18.3万平方米", ["新(改)扩建总建筑面积"]), ("14万平方米", ["新(改)扩建总建筑面积"])]


def test_a_part_named_as_a_total_keeps_its_measure():
    """…完成交易金额101132.92万元,…,增价87.67万元。其中:市级中心…完成交易金额55327.81万元: the
    part names the measure a total named; the last total in 元 (增价) lends it nothing
    (交易 + 价 was 交易价)."""
    found = names_of("全市共完成交易项目114项,完成交易金额101132.92万元,增价87.67万元。其中:"
                     "市级中心完成交易项目49项,完成交易金额55327.81万元,增价3.78万元。")
    assert found[4] == ("55327.81万元", ["交易金额"])


def test_a_label_before_a_colon_names_the_figure_after_its_verb():
    """全社会固定资产投资额:实现127.6亿元,…,完成计划270亿元的47.3%: the label names the
    figure the verb gives, its plan and the share of it; 规模以上工业总产值:实现产值198.9亿元
    is not 总产值产值."""
    assert names_of("全社会固定资产投资额:实现127.6亿元,增长27.5%,完成计划270亿元的47.3%。") == [
        ("127.6亿元", ["全社会固定资产投资额"]), ("增长27.5%", ["全社会固定资产投资额"]),
        ("270亿元", ["全社会固定资产投资额计划数"]), ("47.3%", ["全社会固定资产投资额计划完成率"])]
    assert names_of("规模以上工业总产值:实现产值198.9亿元。") == [
        ("198.9亿元", ["规模以上工业总产值"])]


def test_items_counted_by_their_state_are_named_by_it():
    """其中24个事项已提前完成全年任务,9个事项超序时进度,11个事项按序时推进: the subsets of the
    items by how far they got (提前完成全年任务事项数 …), as the corpus names them; a rank
    after them (两项指标超额完成率全市第一) is no state."""
    assert names_of("其中24个事项已提前完成全年任务,9个事项超序时进度,11个事项按序时推进。") == [
        ("24个", ["提前完成全年任务事项数"]), ("9个", ["超序时进度事项数"]),
        ("11个", ["按序时推进事项数"])]
    assert names_of("22个项目超额完成。")[0] == ("22个", ["超额完成项目数"])


def test_an_air_pollutants_averaging_time_is_part_of_its_name():
    """臭氧日最大8小时平均浓度 and 一氧化碳24小时平均95百分位数 are the measures' names: 8小时,
    24小时 and 95百分位 are no values of their own, and the name is not cut at them."""
    assert names_of("臭氧日最大8小时平均浓度为126微克/立方米。") == [
        ("126微克/立方米", ["臭氧日最大8小时平均浓度"])]
    assert names_of("一氧化碳(CO)24小时平均95百分位数为1.1毫克/立方米。") == [
        ("1.1毫克/立方米", ["一氧化碳24小时平均95百分位数"])]
    # (a duty round the clock is still a duration said)
    assert [raw for raw, _ in names_of("实行24小时值班。")] == ["24小时"]


def test_a_noise_level_is_named_without_a_count_suffix():
    """城市区域环境噪声昼间平均等效A声级为52.0分贝: a level in decibels, not a count (…声级数)."""
    assert names_of("城市区域环境噪声昼间平均等效A声级为52.0分贝。") == [
        ("52.0分贝", ["城市区域环境噪声昼间平均等效A声级"])]
    assert names_of("道路交通噪声平均等效声级为66.2dB。") == [
        ("66.2dB", ["道路交通噪声平均等效声级"])]


def test_a_measure_named_inside_the_brackets_after_a_figure_keeps_its_name():
    """优良天数为274天(有效监测天数为358天): the bracket names a measure of its own; a note
    (不含…示范区15.7亿元), a plan (任务数占比60%) or a part's average (13个国考城市均值为86.2%)
    in the brackets still gives the figure before it its name."""
    assert names_of("空气质量优良天数为274天(有效监测天数为358天)。") == [
        ("274天", ["空气质量优良天数"]), ("358天", ["有效监测天数"])]
    assert names_of("工业到位资金占比64.9%(任务数占比60%)。") == [
        ("64.9%", ["工业到位资金占比"]), ("60%", ["工业到位资金占比"])]
    assert names_of("省本级一般公共预算收入81.2亿元(不含沈抚改革创新示范区15.7亿元)。") == [
        ("81.2亿元", ["省本级一般公共预算收入"]), ("15.7亿元", ["省本级一般公共预算收入"])]
    assert names_of("空气质量优良天数比例为86.7%(13个国考城市均值为86.2%)。")[-1] == (
        "86.2%", ["空气质量优良天数比例"])


def test_a_sum_word_after_the_period_leaves_the_measure_before_it():
    """核心景区一次进山人数全年累计36.21万人: 全年 and 累计 stand between the measure and its
    figure, as 全年完成 does; the measure names the figure and its change."""
    assert names_of("核心景区一次进山人数全年累计36.21万人,同比下降76.33%。") == [
        ("36.21万人", ["核心景区一次进山人数"]), ("同比下降76.33%", ["核心景区一次进山人数"])]


def test_a_count_then_its_things_money_measure_names_both():
    """75家县级以上农业龙头企业年销售收入18.4亿元: 75家 counts the enterprises, 18.4亿元 is
    their 年销售收入 (the count took the whole phrase, the amount had no name); so with
    110项市重点项目总投资625.96亿元."""
    assert names_of("75家县级以上农业龙头企业年销售收入18.4亿元,增长10.5%。") == [
        ("75家", ["县级以上农业龙头企业数"]), ("18.4亿元", ["县级以上农业龙头企业年销售收入"]),
        ("增长10.5%", ["县级以上农业龙头企业年销售收入"])]
    assert names_of("我县110项市重点项目总投资625.96亿元。") == [
        ("110项", ["市重点项目数"]), ("625.96亿元", ["市重点项目总投资"])]


def test_a_short_subject_before_a_total_names_it():
    """2021年度,收入总计为457.8161万元: 收入 and the total, although 收入 is two characters
    (the amount had no name)."""
    assert names_of("2021年度,收入总计为457.8161万元,其中:") == [("457.8161万元", ["收入总计"])]
    assert names_of("支出合计为300万元。") == [("300万元", ["支出合计"])]


def test_a_paragraph_counting_one_kind_of_school_names_its_measures_by_it():
    """小学141所,…。毕业生9587人;招生7966人;在校生58449人 (an education bulletin's paragraph
    on primary schools): the bare measures are the primary schools'."""
    got = dict(names_of("小学141所,比上年增加1所;教学点12个。毕业生9587人,比上年减少243人;"
                        "招生7966人;在校生58449人。"))
    assert (got["9587人"], got["7966人"], got["58449人"]) == (
        ["小学毕业生数"], ["小学招生数"], ["小学在校生数"])
    assert dict(names_of("其中普通高中6所,招生5735人,在校生22502人。"))["22502人"] == [
        "普通高中在校生数"]


def test_a_sub_kind_or_a_bracketed_count_of_schools_sets_no_kind():
    """幼儿园226所,…其中,普惠性民办幼儿园115所。…在园幼儿22765人: the paragraph counts all
    kindergartens (and 在园幼儿 names the kind already); (其中…实验幼儿园1所);现有在校学生…:
    the students of every school."""
    got = dict(names_of("殷都区共有幼儿园226所,其中,普惠性民办幼儿园115所,占59.59%。"
                        "在园幼儿22765人,比上年减少1467人。"))
    assert got["22765人"] == ["在园幼儿数"]
    got = dict(names_of("全区现有各类学校43所(其中:义务教育学校39所、高中3所、实验幼儿园1所);"
                        "现有在校学生44264人。"))
    assert got["44264人"] != ["实验幼儿园在校学生人数"]


def test_a_count_named_by_its_category_alone_takes_the_thing_counted():
    """新签约项目15个,其中制造类7个、配套类4个: 制造类 counts projects (制造类项目数, not
    制造类数)."""
    assert names_of("全年新签约项目15个,其中制造类7个、配套类4个。") == [
        ("15个", ["新签约项目数"]), ("7个", ["制造类项目数"]), ("4个", ["配套类项目数"])]


def test_a_bare_rate_after_a_task_and_what_was_done_of_it_names_the_things():
    """14个市级重点项目已开工8个,开工率57%: the rate of the task's projects; 主导产业项目完成
    投资77.39亿元,完成年度计划的74.1%,开工率84.9%: of the subject the sentence opened on."""
    assert dict(names_of("14个市级重点项目已开工8个,开工率57%。"))["57%"] == ["市级重点项目开工率"]
    assert dict(names_of("主导产业项目完成投资77.39亿元,完成年度计划的74.1%,开工率84.9%。")
                )["84.9%"] == ["主导产业项目开工率"]


def test_a_rate_of_a_doing_after_its_count_takes_the_count_s_subject():
    """免费新生儿两病筛查40559例,筛查率99.17%: the rate of that screening (was 筛查率)."""
    assert dict(names_of("免费新生儿两病筛查40559例,筛查率99.17%。"))["99.17%"] == [
        "免费新生儿两病筛查率"]


def test_a_bare_measure_after_a_share_is_its_owners():
    """消费品制造业占比0.7%,增加值同比增长0.4%: the 增加值 of what the share is of."""
    assert dict(names_of("消费品制造业占比0.7%,增加值同比增长0.4%。"))["同比增长0.4%"] == [
        "消费品制造业增加值"]
    assert dict(names_of("第一产业占地区生产总值比重为10%,增加值增长3%。"))["增长3%"] == [
        "第一产业增加值"]


def test_a_total_output_after_a_crops_area_is_that_crops():
    """油菜籽播种面积13.25千公顷,总产量2.02万吨 (a county bulletin's crops): 总产量 alone is
    the output of the crop whose area comes before it, as 产量 is."""
    text = ("蔬菜及食用菌播种面积10.13千公顷,总产量31.02万吨;"
            "中草药材播种面积0.24千公顷,总产量0.15万吨。")
    assert named(text, year=2019) == [
        ("10.13千公顷", ["蔬菜及食用菌播种面积"]), ("31.02万吨", ["蔬菜及食用菌总产量"]),
        ("0.24千公顷", ["中草药材播种面积"]), ("0.15万吨", ["中草药材总产量"])]


@pytest.mark.parametrize(("phrase", "name"), [
    ("争取各类资金", "争取各类资金"),  # (a report's 向上争资: not 资金 alone)
    ("已落实资金", "落实资金"),
    ("争取上级资金", "上级资金"),  # (named by whose money it is: the verb goes)
    ("到位资金", "到位资金"),
])
def test_money_named_by_nothing_but_its_noun_keeps_the_verb_before_it(phrase, name):
    assert normalize_name(phrase, "元") == name


def test_a_cumulated_investment_done_keeps_its_name_and_its_rate_drops_the_sum():
    """全区重点建设项目累计完成投资367.1亿元 is the statistic 累计完成投资 of those projects, as
    progress reports name it (not 重点建设项目投资); the share of the year's plan it makes is
    the projects' 投资完成率, no 累计 in it."""
    assert named("全区重点建设项目累计完成投资367.1亿元,其中新建项目累计完成投资153.7亿元。") == [
        ("367.1亿元", ["重点建设项目累计完成投资"]), ("153.7亿元", ["新建项目累计完成投资"])]
    assert named("今年以来,13个重点项目累计完成投资35.42亿元,占年计划100.36%。")[1:] == [
        ("35.42亿元", ["重点项目累计完成投资"]), ("100.36%", ["重点项目投资完成率"])]


def test_education_statistics_count_their_people_as_the_bulletins_do():
    """幼儿园专任教师75529人, 在园幼儿1271034人, 普通高中招生4.2万人: education statistics name
    their counts 专任教师数, 在园幼儿数, 招生数 (the people are in the noun), as a 人员 is
    counted 人员数; other people keep 人数 (死亡3人 → 死亡人数)."""
    assert [n for _, (n, *_) in named(
        "幼儿园专任教师75529人,在园幼儿1271034人。普通高中招生4.2万人,事故死亡3人。",
        year=2015)] == ["幼儿园专任教师数", "在园幼儿数", "普通高中招生数", "事故死亡人数"]


def test_a_run_of_shares_after_listed_parts_names_each_parts_share():
    """从事第一产业764.9万人,第二产业…,第三产业…,分别占全省总量的23.7%、35.2%和41.1%: the k-th
    share is the k-th part's (not each the last part's, the whole said again and again)."""
    text = ("从事第一产业764.9万人,第二产业2033.4万人,第三产业1952.6万人,"
            "分别占全省总量的23.7%、35.2%和41.1%。")
    assert [n for _, (n, *_) in named(text)][3:] == [
        "从事第一产业占全省总量比重", "第二产业占全省总量比重", "第三产业占全省总量比重"]


def test_shares_of_one_whole_after_a_share_name_it_once():
    """三个部分预算资金分别74万元、14万元、8万元,预算资金分别占当年预算资金比重为74%、14%、8%:
    the shares after the first are of the same whole; the whole is said once in their name
    (not …占当年预算资金比重占当年预算资金比重)."""
    text = ("三个部分预算资金分别74万元、14万元、8万元,预算资金分别占当年预算资金比重为"
            "74%、14%、8%。")
    shares = [n for raw, (n, *_) in named(text, year=2017) if raw.endswith("%")]
    assert shares and all(n.count("占当年预算资金比重") == 1 for n in shares)


def test_a_multiple_after_a_figure_is_that_figures_multiple_of_its_basis():
    """GDP达到830亿元,是2011年的1.6倍; 财政总收入、公共预算收入分别完成6.1亿元、3.6亿元,分别是
    2011年的1.65倍、1.86倍: each multiple is the figure's before it (in order), of the year
    said (not unnamed, nor 是2011年)."""
    text = ("GDP达到830亿元,是2011年的1.6倍;财政总收入、公共预算收入分别完成6.1亿元、3.6亿元,"
            "分别是2011年的1.65倍、1.86倍;固定资产投资4626亿元,是“十一五”的3.7倍。")
    assert [n for raw, (n, *_) in named(text, year=2016) if raw.endswith("倍")] == [
        "GDP相当于2011年的倍数", "财政总收入相当于2011年的倍数", "公共预算收入相当于2011年的倍数",
        "固定资产投资相当于“十一五”的倍数"]


def test_a_growth_by_a_multiple_keeps_the_figures_own_name():
    """房地产行业投资增长2.9倍 is a change, named by its subject, not a multiple of a basis."""
    assert [n for raw, (n, *_) in named("工业投资增长2.2倍,房地产行业投资增长2.9倍。", year=2016)
            ] == ["工业投资", "房地产行业投资"]


def test_new_school_places_are_the_places_of_the_kind_counted_before_them():
    """新建公办普高18所,新增学位4万个;新改扩建幼儿园50所,新增学位2万个: each part's places are
    its own kind's (the building verb no part of the kind); after a count of several
    kinds (公办幼儿园8所,中小学校16所; 中小学、幼儿园96所) they are no one kind's."""
    text = ("新建公办普高18所,新增学位4万个;新改扩建幼儿园50所,新增学位2万个。公办义务教育学校"
            "62所,新增学位10.2万个,幼儿园13所,新增学位0.5万个。新建、改扩建公办幼儿园8所,中小学校"
            "16所,新增学位3600个。已新建成中小学、幼儿园96所,新增学位10.09万个。")
    places = [n for raw, (n, *_) in named(text, year=2022) if raw.endswith("个")]
    assert places == ["公办普高新增学位数", "幼儿园新增学位数", "公办义务教育新增学位数",
                      "幼儿园新增学位数", "新增学位数", "新增学位数"]


def test_a_count_of_trades_and_how_they_fared_is_named_by_that():
    """11个行业大类中7个行业增加值实现正增长; 41个行业中有37个实现正增长; 23个行业增加值同比下降:
    counts of the trades that grew or fell (not 行业增加值, a value added counted in 个); the
    whole they are of (8个行业大类中超五成保持增长) stays a count of trades."""
    text = ("分行业看,11个行业大类中7个行业增加值实现正增长。41个行业中有37个实现正增长。"
            "23个行业增加值同比下降。8个行业大类中超五成保持增长。")
    assert [n for raw, (n, *_) in named(text, year=2022) if raw.endswith("个")] == [
        "行业大类数", "增加值实现正增长的行业数", "行业数", "实现正增长的行业数",
        "增加值同比下降的行业数", "行业大类数"]


def test_the_particle_of_a_doing_done_is_no_part_of_a_name():
    """新生儿免费了遗传代谢疾病筛查7.98万名: 了 says the screening was done; the measure is
    named without it (了解率 keeps its word)."""
    names = [n for _, (n, *_) in named("新生儿免费了遗传代谢疾病筛查7.98万名,群众了解率达到95%。",
                                       year=2022)]
    assert names == ["新生儿免费遗传代谢疾病筛查人数", "群众了解率"]


def test_the_people_of_poor_households_are_a_population():
    """总人口3718户11440人,其中建档立卡贫困户共615户2096人,已脱贫426户1506人: poverty statistics
    count households and their people; the people are 建档立卡贫困人口, 脱贫人口 (not …贫困户
    人口); other households' people keep 人数 (低保对象人数)."""
    text = ("总人口3718户11440人,其中建档立卡贫困户共615户2096人,已脱贫426户1506人。"
            "全乡建档立卡贫困户共606户2059人。全区共有低保对象4966户6535人。")
    people = [n for raw, (n, *_) in named(text, year=2018) if raw.endswith("人")]
    assert people == ["总人口", "建档立卡贫困人口", "脱贫人口", "建档立卡贫困人口", "低保对象人数"]


def test_a_doing_done_of_planned_things_names_the_things_once():
    """本年度计划新开工项目270项,实际已开工129项: what was done of the plan's things is named
    by the doing and the things (开工项目数), not the doing glued to the plan's whole name
    (开工计划新开工项目数); 发现隐患5678项,已整改5432项 still gives 整改隐患数."""
    text = "本年度计划新开工项目270项,实际已开工129项。发现隐患5678项,已整改5432项。"
    assert [n for _, (n, *_) in named(text, year=2021)] == [
        "计划新开工项目数", "开工项目数", "发现隐患数", "整改隐患数"]


def test_products_listed_after_a_products_lead_are_named_by_their_output():
    """分产品看,…406种主要产品中…。其中,工业机器人245套,增长121.5倍: a bulletin's products made are
    counted by their output (工业机器人产量, not 工业机器人数) and so is the change said of them;
    the producers of a part of an output (县属企业完成1094.2万吨) are no product."""
    text = ("分产品看,在统计的406种主要产品中有238种产品同比增长。其中,工业机器人245套,增长121.5倍;"
            "钢材2202.5万吨,增长2.8%。分产品产量看,原煤产量1657.8万吨;其中,县属企业完成1094.2万吨。"
            "全年共有汽车9.7万辆。")
    assert [n for _, (n, *_) in named(text, year=2017)] == [
        "主要产品数", "产品数", "工业机器人产量", "工业机器人产量", "钢材产量", "钢材产量",
        "原煤产量", "县属企业", "汽车数"]


def test_a_growths_gap_to_its_goal_is_named_the_rates_gap():
    """地区生产总值…完成全年总量目标的107%,同比增长15%,高于全年增速目标7.5个百分点: the share is
    of the total's goal (…总量目标完成率, not 总量目标 alone), the growth is the level's (not the
    share's), and the gap in points is the growth rate's distance to its goal, one indicator
    whichever side it falls (…增速与目标差距); an amount's gap past its plan has no 增速."""
    text = ("地区生产总值预计实现1900亿元,完成全年总量目标的107%,同比增长15%,高于全年增速目标7.5个"
            "百分点。规上工业增加值增长9%,较上年提升1个百分点,低于计划5个百分点。"
            "其中,中央专项补助资金1.35亿元,超出目标计划约13个百分点。")
    assert [n for _, (n, *_) in named(text, year=2021)] == [
        "地区生产总值", "地区生产总值总量目标完成率", "地区生产总值", "地区生产总值增速与目标差距",
        "规上工业增加值", "规上工业增加值", "规上工业增加值增速与计划差距",
        "中央专项补助资金", "中央专项补助资金与目标差距"]


def test_a_growths_gap_to_a_wider_area_is_named_as_the_text_compares():
    """同比增长10.2%,高于全国2.8个百分点: the gap in points is the growth rate's to the
    area's, named as bulletins compare (…增速高于全国, …增速低于全市平均), not the level
    the rate is of; a share's gap stays the share's."""
    text = ("全市实现地区生产总值545.0亿元,同比增长10.2%,高于全国2.8个百分点。"
            "全市固定资产投资同比增长13.0%,高于全省平均水平6.1个百分点。"
            "社会消费品零售额增长4.2%,低于全市平均增速1.3个百分点。"
            "高新技术产业占规模以上工业总产值的比重为55.3%,高出全省10.6个百分点。")
    assert [n for _, (n, *_) in named(text, year=2021)] == [
        "地区生产总值", "地区生产总值", "地区生产总值增速高于全国",
        "固定资产投资", "固定资产投资增速高于全省平均",
        "社会消费品零售额", "社会消费品零售额增速低于全市平均",
        "高新技术产业占规模以上工业总产值比重", "高新技术产业占规模以上工业总产值比重高出全省"]


def test_who_checked_a_figure_is_no_part_of_its_name():
    """二氧化硫减排量经市环保局核定为77.76%: how the figure was obtained (经…核定, 经初步核算)
    is said between the name and the figure, not part of what is measured."""
    assert names_of("二氧化硫减排量经北京市环保局核定为77.76%。地区生产总值经初步核算为500亿元。"
                    "市级重点项目经市重点办审核15个。") == [
        ("77.76%", ["二氧化硫减排量"]), ("500亿元", ["地区生产总值"]), ("15个", ["市级重点项目数"])]


def test_investment_done_after_a_sum_word_keeps_its_statistics_name():
    """交通基础设施建设共完成投资58.8亿元: 共 goes, 完成投资 (the statistic of investment done)
    stays after its subject, as it does without 共 and in 累计完成投资."""
    assert names_of("全省交通基础设施建设共完成投资58.8亿元。重大项目已完成投资5亿元。"
                    "公路建设完成投资53.5亿元。") == [
        ("58.8亿元", ["交通基础设施建设完成投资"]), ("5亿元", ["重大项目完成投资"]),
        ("53.5亿元", ["公路建设完成投资"])]


def test_a_time_cut_down_is_named_by_what_it_times():
    """压缩至 / 缩至 / 减至 are the level reached, no part of the name, and a name that
    already says it is a time (时限, 时间, 工期) takes no 时间 or 天数 after it."""
    assert names_of("企业名称登记审核时限缩至24小时内。办理时限压缩至3个工作日。"
                    "审批环节缩减至4个。项目建设工期18个月。") == [
        ("24小时内", ["企业名称登记审核时限"]), ("3个工作日", ["办理时限"]),
        ("4个", ["审批环节数"]), ("18个月", ["项目建设工期"])]


def test_what_was_invested_is_no_part_of_the_goal_named_before_it():
    """年度投资目标15495万元,完成投资2513万元: the goal is its own amount (no 金额 after
    投资目标) and no subject of what was invested."""
    assert named("年度投资目标15495万元,完成投资2513万元。", 2023) == [
        ("15495万元", ["投资目标"]), ("2513万元", ["完成投资"])]


def test_rates_right_after_as_many_changes_are_theirs_in_order_without_fenbie():
    """…减少29起、27人、30人,同比下降32.22%、33.75%、44.78%: each rate is of the change at
    its place, as with 分别."""
    text = ("全市发生各类生产安全事故61起、死亡53人、受伤37人,比去年同期减少29起、27人、30人,"
            "同比下降32.22%、33.75%、44.78%。")
    assert [names for _, names in named(text, 2022)][3:] == [
        ["生产安全事故起数"], ["生产安全事故死亡人数"], ["生产安全事故受伤人数"],
        ["生产安全事故起数"], ["生产安全事故死亡人数"], ["生产安全事故受伤人数"]]


def test_a_budget_lines_account_class_is_no_part_of_its_name():
    """(一)教育支出类科目5,806,105.16元,占支出总预算82.27%: the budget's 教育支出 and its share."""
    assert named("(一)教育支出类科目5,806,105.16元,占支出总预算82.27%。", 2023) == [
        ("5,806,105.16元", ["教育支出"]), ("82.27%", ["教育支出占支出总预算比重"])]


def test_the_people_an_accident_count_goes_with_are_its_dead():
    """煤矿业事故4起、7人: a safety bulletin's people after an accident count are the dead."""
    assert named("煤矿业事故4起、7人,比去年同期增加3起、6人。", 2022) == [
        ("4起", ["煤矿业事故起数"]), ("7人", ["煤矿业事故死亡人数"]),
        ("比去年同期增加3起", ["煤矿业事故起数"]), ("6人", ["煤矿业事故死亡人数"])]


def test_a_provinces_counties_before_their_total_are_its_scope_not_a_count():
    """全省77个县(市)实现生产总值2135.01亿元: the 77 counties are the total's scope, no value,
    and the total is theirs (县(市)生产总值); 全省12个县实现脱贫摘帽 counts a result."""
    assert named("一季度,全省77个县(市)实现生产总值2135.01亿元,同比增长3.2%。", 2019) == [
        ("2135.01亿元", ["县(市)生产总值"]), ("同比增长3.2%", ["县(市)生产总值"])]
    assert [raw for raw, _ in named("全省12个县实现脱贫摘帽。", 2019)] == ["12个"]
    # …nor is a list of the units covered (全市15个区县市、191个乡镇…)
    assert [raw for raw, _ in named("全市15个区县市、191个乡镇落实防汛责任人47009名。", 2019)][
        :2] == ["15个", "191个"]


def test_things_counted_with_what_they_did_after_them_are_named_by_it():
    """54家加油站全部建成智能视频监控系统: the count is of the stations that did it (a state
    verb right after the things, or 全部/均/已/依法 between them and any verb)."""
    text = ("全区54家加油站全部建成智能视频监控系统,"
            "6家非煤矿山接入非煤矿山安全风险监测预警管理系统。"
            "市一中附小等12个重点工程建成投用。全旗37家学科类校外培训机构全部依法注销。")
    assert named(text, 2025) == [
        ("54家", ["建成智能视频监控系统的加油站数"]),
        ("6家", ["接入非煤矿山安全风险监测预警管理系统的非煤矿山数"]),
        ("12个", ["建成投用重点工程数"]), ("37家", ["依法注销学科类校外培训机构数"])]
    # a noun jieba reads as a verb (照护) does not split the things counted
    assert named("改造认知障碍照护床位120张。", 2025) == [("120张", ["改造认知障碍照护床位数"])]


def test_a_change_after_a_multiple_of_a_figure_is_the_figures():
    """累计1098.1亿元,是“十一五”的3.1倍,年均增长18.1%: the investment grew 18.1% a year, not
    the plan period it is a multiple of; nor is that period the figures'."""
    text = "全社会固定资产投资累计1098.1亿元,是“十一五”的3.1倍,年均增长18.1%。"
    assert [names for _, names in named(text, 2021)] == [
        ["全社会固定资产投资"], ["全社会固定资产投资相当于“十一五”的倍数"], ["全社会固定资产投资"]]


def test_the_basis_a_change_is_counted_on_is_no_name():
    """一般公共预算收入120.23亿元,自然口径增长3.5%: 自然口径 says how the growth is counted,
    the growth is the revenue's."""
    text = "全市实现一般公共预算收入120.23亿元,自然口径增长3.5%。"
    assert named(text, 2022) == [("120.23亿元", ["一般公共预算收入"]),
                                 ("增长3.5%", ["一般公共预算收入"])]


def test_cases_are_counted_in_their_own_word():
    """手术治疗13例, 临床治愈54例: cases, named …例数 as analysts write it."""
    assert named("累计手术治疗13例,临床治愈54例。", 2019) == [
        ("13例", ["手术治疗例数"]), ("54例", ["临床治愈例数"])]


def test_a_one_character_anchor_inside_a_word_jieba_cut_apart_keeps_the_name_whole():
    """亩均用水量 (an average per mu), 教共体, 惠民共富: 均 and 共 there are parts of words, no
    adverb after which the name starts (全市共发生各类事故 still starts after 共)."""
    assert normalize_name("农田灌溉亩均用水量", "立方米") == "农田灌溉亩均用水量"
    assert normalize_name("组建教共体", "对") == "组建教共体数"
    assert normalize_name("完成惠民共富小流域整治", "公里") == "惠民共富小流域整治里程"
    assert normalize_name("全市共发生各类事故", "起") == "事故起数"


def test_the_far_end_of_a_change_from_a_to_b_measures_what_a_does():
    """从573.7亿元预计增长到650亿元, 从2021年的18753元,增长至2022年的19818元: B is A's measure,
    a forecast word or (after 从) a comma between them."""
    text = ("社会消费品零售总额从573.7亿元预计增长到650亿元;"
            "农民人均纯收入从2021年的18753元,增长至2022年的19818元。")
    assert [names for _, names in named(text, 2022)] == [
        ["社会消费品零售总额"], ["社会消费品零售总额"], ["农民人均纯收入"], ["农民人均纯收入"]]


def test_what_was_done_of_a_task_said_right_before_is_the_tasks_measure():
    """*4.新增技能人才4000人完成736人 (a progress table's row written as a line): the 736 done
    are of the task's measure; the starred item mark and the done verb name nothing."""
    assert named("*4.新增技能人才4000人完成736人,完成率18.04%", 2023)[:2] == [
        ("4000人", ["新增技能人才人数"]), ("736人", ["新增技能人才人数"])]
    assert named("2.募集青年就业见习岗位325个 完成330个,完成率101.54%", 2023)[:2] == [
        ("325个", ["募集青年就业见习岗位数"]), ("330个", ["募集青年就业见习岗位数"])]


def test_deposits_and_funds_are_money_already_and_take_no_jin_e():
    """人均储蓄存款55266元, 全市总财力326.8亿元: named as written, no 金额 after them."""
    assert named("人均储蓄存款55266元,全市总财力326.8亿元。", 2020) == [
        ("55266元", ["人均储蓄存款"]), ("326.8亿元", ["总财力"])]


def test_a_parts_share_and_pull_of_growth_are_named_past_its_share_of_the_whole():
    """民营经济增加值…,增长3.5%,占GDP的比重达到60.0%,对GDP增长的贡献率高达57.08%,拉动GDP增长2.3个
    百分点: the contribution and the pull are 民营经济's (its share in between is no part);
    …对规上工业产值增长贡献率达39.1%,拉动规上工业产值增长7.5个百分点 (no 的) likewise."""
    text = ("民营经济增加值1270.46亿元,增长3.5%,占GDP的比重达到60.0%,对GDP增长的贡献率高达"
            "57.08%,拉动GDP增长2.3个百分点。")
    assert [names for _, names in named(text, 2020)][3:] == [
        ["民营经济对GDP增长的贡献率"], ["民营经济拉动GDP增长"]]
    text = ("一季度农产品加工业产值同比增长18.7%,对规上工业产值增长贡献率达39.1%,"
            "拉动规上工业产值增长7.5个百分点。")
    assert named(text, 2020)[2] == ("增长7.5个百分点", ["农产品加工业拉动规上工业产值增长"])


def test_a_change_in_words_names_no_figure_after_it():
    """与上月相比,分别为持平和上涨4.13%: 持平 is the first item's change, no name of the
    second."""
    text = "国合商业收购价110.81元,市场价127.57元。与上月相比,分别为持平和上涨4.13%。"
    assert named(text, 2020)[2] != ("上涨4.13%", ["持平"])


def test_figures_a_flattened_row_ran_into_its_label_are_no_part_of_the_name():
    """初中34.52, 完工率10, 基本支出7242318: the figures a row lost its spaces to; PM2.5 and a
    single digit (指标3) stay."""
    from zhibiao.parse.names import without_trailing_figures

    assert [without_trailing_figures(n) for n in ("初中34.52", "完工率10", "基本支出7242318",
                                                  "PM2.5", "指标3", "2025")] == [
        "初中", "完工率", "基本支出", "PM2.5", "指标3", "2025"]
    # …nor is a footnote's number inside it
    assert without_trailing_figures("装备制造业[2]增加值占规模以上工业增加值比重") == \
        "装备制造业增加值占规模以上工业增加值比重"


def test_a_run_of_changes_ending_in_words_keeps_its_order():
    """比去年同期减少2起、2人、0人,同比下降14.29%、20%、持平: 持平 is the third rate, so each
    change and rate is of its level in order (without it every one was 受伤人数's)."""
    text = ("全市发生各类生产安全事故12起、死亡8人、受伤10人,比去年同期减少2起、2人、0人,"
            "同比下降14.29%、20%、持平。")
    assert [names for _, names in named(text, 2022)][3:] == [
        ["生产安全事故起数"], ["生产安全事故死亡人数"], ["生产安全事故受伤人数"],
        ["生产安全事故起数"], ["生产安全事故死亡人数"], ["生产安全事故受伤人数"]]


def test_copies_of_a_titled_document_are_counted_by_its_title_and_the_time_is_no_name():
    """签订《2022年党风廉政建设责任状》38份: the document signed (its year no part of it);
    截止目前b超筛查8858人: 截止目前 says when, no part of the measure."""
    assert named("签订《2022年党风廉政建设责任状》38份。", 2022) == [
        ("38份", ["党风廉政建设责任状签订数"])]
    assert named("截止目前b超筛查8858人。", 2019) == [("8858人", ["b超筛查人数"])]


def test_a_documents_number_is_never_a_name():
    """…预计数(预计数取自《…的通报》,闽财预〔2018〕30号)的31.83%: the reference in brackets
    names nothing."""
    text = ("政府性基金支出完成260641万元,占省级核定政府性基金支出预计数(预计数取自《福建省财政厅"
            "关于2018年1-5月市县(区)财政收支考核情况的通报》,闽财预〔2018〕30号)的31.83%。")
    assert not any("号" in name for _, names in named(text, 2018) for name in names)


def test_each_parts_contribution_and_pull_follow_its_share_of_the_whole():
    """第一、二、三产业增加值占地区生产总值的比重分别为…,对经济增长的贡献率分别为…,分别拉动经济
    增长…: each part's contribution and pull, in the run's order (was 经济增长的贡献率 and
    第一产业增加值占地区生产总值比重拉动经济增长)."""
    text = ("第一、二、三产业增加值占地区生产总值的比重分别为39.0%、16.7%和44.3%,对经济增长的"
            "贡献率分别为75.3%、-14.5%、39.2%,分别拉动经济增长1.6、-0.3、0.8个百分点。")
    assert [names for _, names in named(text, 2020)][3:] == [
        ["第一产业对经济增长的贡献率"], ["第二产业对经济增长的贡献率"],
        ["第三产业对经济增长的贡献率"],
        ["第一产业拉动经济增长"], ["第二产业拉动经济增长"], ["第三产业拉动经济增长"]]


def test_a_change_right_after_a_share_is_its_owners_growth():
    """战略性新兴产业增加值占全区比重为2.2%,同比增长30.9%: the value added grew, not its share."""
    text = "全区战略性新兴产业增加值占全区比重为2.2%,同比增长30.9%。"
    assert named(text, 2020) == [("2.2%", ["战略性新兴产业增加值占全区比重"]),
                                 ("同比增长30.9%", ["战略性新兴产业增加值"])]


def test_kinds_of_goods_are_named_by_their_kind():
    """A kind that fared some way before its figure (通讯器材类增势良好,实现零售额…) names the
    figure; a list of kinds is parted at each 类, whatever joins words inside one (was
    零售额 alone, 日用品类和服装 and 鞋帽、针纺织品类)."""
    text = ("粮油食品类、日用品类和服装、鞋帽、针纺织品类分别实现零售额31.4、15.7、34.9亿元。"
            "通讯器材类增势良好,实现零售额4.6亿元,增长18.8%。"
            "汽车类商品稳定增长,实现零售额175.8亿元,增长10.5%。")
    assert [names for _, names in named(text, 2023)] == [
        ["粮油食品类零售额"], ["日用品类零售额"], ["服装、鞋帽、针纺织品类零售额"],
        ["通讯器材类零售额"], ["通讯器材类零售额"], ["汽车类零售额"], ["汽车类零售额"]]


def test_a_second_measure_takes_the_subject_less_the_whole_measure_before():
    """商贸行业实现销售额…,实现零售额…: 商贸行业零售额 (was 商贸行业销售零售额)."""
    text = "商贸行业实现销售额3.55亿元,比去年同期增长5.6%,实现零售额1936.5万元,比去年同期增长5.5%。"
    assert [names for _, names in named(text, 2023)][2:] == [["商贸行业零售额"], ["商贸行业零售额"]]


def test_what_was_done_of_a_task_set_from_above():
    """县下达我镇一般公共预算收入任务8000万元,全年预计完成8600万元,占任务的107.5%,比去年同期
    增长22.3%: who set the task is no part of its name, the estimate done is the revenue,
    and the growth after its share of the task is the revenue's (was no name for 8600万元
    and 占任务占任务比重 for the growth)."""
    text = ("2023年县下达我镇一般公共预算收入任务8000万元,全年预计完成8600万元,占任务的107.5%,"
            "比去年同期增长22.3%。")
    assert named(text, 2023) == [
        ("8000万元", ["一般公共预算收入任务金额"]), ("8600万元", ["一般公共预算收入"]),
        ("107.5%", ["一般公共预算收入任务完成率"]), ("比去年同期增长22.3%", ["一般公共预算收入"])]


def test_a_share_of_the_plan_is_no_plan_figure():
    """…完成投资28.62亿元,占计划144.5%: the share of the plan, not the plan of the share
    before (was 实际完成水利总投资计划完成率计划数)."""
    text = ("全县实际完成水利总投资32.67亿元,占计划130%,完成规模以上固定资产投资28.62亿元,"
            "占计划144.5%。")
    assert [names for _, names in named(text, 2017)][3] == ["规模以上固定资产投资计划完成率"]


def test_a_school_levels_lead_written_with_horizontal_bars_scopes_its_counts():
    """――小学。校数507所…招生12.62万人: the lead in U+2015 bars scopes the counts as in em
    dashes (was 招生数)."""
    text = "――小学。校数507所,比上年增加14所;招生12.62万人,比上年减少0.10万人;在校生71.07万人。"
    assert [names for _, names in named(text, 2022)] == [
        ["小学校数"], ["小学校数"], ["小学招生数"], ["小学招生数"], ["小学在校生数"]]


def test_last_years_final_figure_and_the_changes_on_it_are_the_levels():
    """完成地方财政收入11489万元,…,较上年决算11972万元,减收483万元,减幅4%: last year's final
    figure is the revenue's, and so are the fall and the rate of the fall (were 决算 and
    决算减收)."""
    text = ("我县完成地方财政收入11489万元,占年度预算12000万元的95.7%,较上年决算11972万元,"
            "减收483万元,减幅4%。")
    assert [names for _, names in named(text, 2021)][3:] == [
        ["地方财政收入"], ["地方财政收入"], ["地方财政收入"]]


def test_a_run_of_one_character_items_is_one_name_with_the_words_after_it():
    """农、林、牧、渔业总产值 is one measure (was 牧渔业总产值)."""
    assert named("农、林、牧、渔业总产值完成12503万元。", 2021) == [
        ("12503万元", ["农林牧渔业总产值"])]


def test_parts_of_a_livestock_total_counted_in_other_head_units_take_its_measure():
    """牲畜存栏88.4万头,其中奶牛10.7万头,羊44.3万只: the sheep, counted in 只, are part of
    the stock in 头 too (was 羊数); 分别是 opening a list is no part of a name."""
    text = "全县牲畜存栏88.4万头,其中奶牛10.7万头,羊44.3万只。"
    assert [names for _, names in named(text, 2023)] == [["牲畜存栏"], ["奶牛存栏"], ["羊存栏"]]
    assert named("粮食种植面积101.17万亩,分别是玉米77.81万亩,豆类23.36万亩。", 2023)[1] == (
        "77.81万亩", ["玉米面积"])


def test_a_pollutants_figure_is_its_concentration_named_by_its_formula():
    """二氧化硫(SO2)12微克/立方米,同比改善7.7%;二氧化氮27微克/立方米,同比持平: the
    concentration, named by the bracketed formula when given (SO2浓度, as the reports'
    tables write it), and its change is a fall (改善) of it."""
    text = ("2023年5月份,其中,二氧化硫(SO2)12微克/立方米,同比改善7.7%;二氧化氮27微克/立方米,"
            "同比持平;PM2.5浓度29微克/立方米。")
    assert [names for _, names in named(text, 2023)] == [
        ["SO2浓度"], ["SO2浓度"], ["二氧化氮浓度"], ["二氧化氮浓度"], ["PM2.5浓度"]]


def test_whom_and_how_often_an_amount_is_paid_is_no_part_of_its_name():
    """城市、农村低保标准分别提高到每人每月717元、581元: each side's 低保标准 (was 城市到每人
    每月金额 and 提高到每人每月金额)."""
    text = ("城市、农村低保标准分别提高到每人每月717元、581元,"
            "特困人员基本生活标准提高到每人每月932元。")
    assert [names for _, names in named(text, 2022)] == [
        ["城市低保标准"], ["农村低保标准"], ["特困人员基本生活标准"]]
