"""Prose genres: work summaries and work plans read sentence by sentence in their sections."""

from __future__ import annotations

from datetime import date

import pytest

from support import SAMPLES
from zhibiao.check import check_samples
from zhibiao.ingest import read_document, read_source
from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.text import split_blocks
from zhibiao.parse import parse
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres import GenreMismatch
from zhibiao.parse.genres.prose import parse_work_plan, parse_work_summary, read_prose


def doc_of(text: str, title: str | None = None, year: int | None = 2021) -> SourceDocument:
    return SourceDocument(doc_id="0123456789abcdef", source="t.txt", media_type="text/plain",
                          text=text, blocks=split_blocks(text), title=title, year=year)


def rows(records) -> list[dict]:
    """Values with their indicator and target names (Records or a RecordBuilder)."""
    indicators = {i["indicator_id"]: i for i in records.indicators}
    targets = {t["target_id"]: t["name"] for t in records.targets}
    out = []
    for value in records.values:
        indicator = indicators.get(value["indicator_id"])
        out.append({**value, "indicator": indicator["name"] if indicator else None,
                    "target": targets.get(indicator["target_id"]) if indicator else None})
    return out


def prose_rows(text: str, genre: str, *, title: str, year: int) -> list[dict]:
    """The rows read_prose gives for `text` read whole as a `genre` document."""
    doc = doc_of(text, title=title, year=year)
    builder = RecordBuilder(doc)
    read_prose(doc, builder, list(doc.blocks), genre=genre)
    return rows(builder)


def by_raw(values: list[dict], raw: str, indicator: str | None = None) -> dict:
    (found,) = [v for v in values if v["raw"] == raw
                and (indicator is None or v["indicator"] == indicator)]
    return found


def parsed(name: str):
    """The parse records (dict rows) of a sample."""
    path = str(SAMPLES / name)
    return parse(read_document(path, *read_source(path)))


@pytest.fixture(scope="module")
def summary():
    return parsed("001_half_year_summary.txt")


@pytest.fixture(scope="module")
def plan():
    return parsed("002_annual_work_plan.txt")


# --- sample 001: half-year work summary ---------------------------------------------------------


def test_summary_is_read_by_its_genre(summary):
    assert summary.document["genre"] == "work_summary"
    assert summary.document["status"] == "ok"


def test_summary_paired_enumeration(summary):
    values = rows(summary)
    count, deaths = by_raw(values, "27起"), by_raw(values, "30人")
    down_count, down_deaths = by_raw(values, "同比下降72.7%"), by_raw(values, "66.7%")
    assert (count["indicator"], count["number"], count["unit"]) == ("事故起数", 27, "起")
    assert (deaths["indicator"], deaths["number"], deaths["unit"]) == ("事故死亡人数", 30, "人")
    assert (down_count["indicator"], down_count["number"], down_count["change"]) == (
        "事故起数", 72.7, "down")
    assert (down_deaths["indicator"], down_deaths["number"], down_deaths["change"]) == (
        "事故死亡人数", 66.7, "down")
    assert count["indicator_id"] == down_count["indicator_id"] != deaths["indicator_id"]
    assert {v["role"] for v in (count, deaths, down_count, down_deaths)} == {"actual"}
    assert count["period_start"] == date(2020, 1, 1) and count["period_end"] == date(2020, 6, 30)


def test_summary_multipliers_and_fine_with_its_rate(summary):
    values = rows(summary)
    firms = by_raw(values, "8.7万家次")
    assert (firms["number"], firms["unit"], firms["role"]) == (87000, "家次", "actual")
    fine = by_raw(values, "2022万元")
    assert (fine["number"], fine["unit"], fine["indicator"]) == (20_220_000, "元", "罚款金额")
    rate = by_raw(values, "21%")
    assert rate["indicator_id"] == fine["indicator_id"]
    assert (rate["change"], rate["change_basis"], rate["number"]) == ("up", "同比", 21)
    penalties = by_raw(values, "1005次")
    assert by_raw(values, "同比增长36%")["indicator_id"] == penalties["indicator_id"]


def test_summary_sections_group_the_actuals(summary):
    values = rows(summary)
    assert all(v["section"] for v in values)
    fine = by_raw(values, "2022万元")
    assert fine["section"] == "一、上半年重点工作情况 › (七)强化安全生产监督执法"
    assert fine["target"] == "强化安全生产监督执法"
    assert by_raw(values, "27起")["section"] == "导语"
    assert all(v["role"] == "actual" for v in values)


def test_summary_slogans_in_quotes_are_not_values(summary):
    raws = [v["raw"] for v in summary.values]
    assert "3天" not in raws and "1轮" not in raws  # 开展“3天1轮”检查


def test_summary_reported_figure_is_not_a_bound(summary):
    rain = by_raw(rows(summary), "达815毫米")
    assert (rain["comparator"], rain["role"], rain["indicator"]) == ("=", "actual", "梅雨量")


def test_text_web_page_and_pdf_give_the_same_values():
    def view(name):
        records = parsed(name)
        return [(v["raw"], v["role"], v["number"], v["unit"], v["section"], v["indicator"])
                for v in rows(records)]

    text = view("001_half_year_summary.txt")
    assert view("001_half_year_summary.html") == text
    assert view("001_half_year_summary.pdf") == text
    assert view("002_annual_work_plan.html") == view("002_annual_work_plan.txt")


# --- sample 002: annual work plan ---------------------------------------------------------------


def test_plan_is_read_by_its_genre(plan):
    assert plan.document["genre"] == "work_plan"
    assert plan.document["status"] == "ok"


def test_plan_main_targets_with_comparator_and_baseline(plan):
    values = rows(plan)
    goals = [v for v in values if v["section"].startswith("一、主要目标")]
    assert goals and all(v["role"] == "target" for v in goals)
    accidents = by_raw(values, "同比前两年平均数下降20%", "生产安全事故起数")
    deaths = by_raw(values, "同比前两年平均数下降20%", "死亡人数")
    for value in (accidents, deaths):
        assert (value["change"], value["change_basis"], value["number"]) == (
            "down", "前两年平均数", 20)
        assert value["target"] == "安全生产方面"
    gdp = by_raw(values, "同比前两年平均数下降25%")
    assert (gdp["indicator"], gdp["change_basis"]) == ("亿元GDP生产安全事故死亡率", "前两年平均数")
    loss = by_raw(values, "控制在1%以内")
    assert (loss["comparator"], loss["number"], loss["unit"]) == ("≤", 1, "%")
    assert loss["section"] == "一、主要目标 › (二)自然灾害方面"
    station = by_raw(values, "达100%")
    assert (station["comparator"], station["indicator"]) == ("≥", "乡镇应急管理站建成率")
    teams = [v for v in values if v["raw"] == "5支"]
    assert teams[0]["indicator"] == "新培育社会应急力量数"
    assert teams[0]["section"] == "一、主要目标 › (三)应急能力方面"


def test_plan_task_figures_are_targets_with_names(plan):
    values = rows(plan)
    expected = {
        "65%": "加工制造类小微企业安全风险管控体系建设覆盖率",
        "3000人次": "危化品一线员工应急技能及安全培训人次",
        "不少于12.6万人": "培训人数",
        "190个": "避灾安置场所规范化建设数",
        "增加5个以上": "临时起降点数",
        "不少于5家": "专业化安全技术服务机构数",
    }
    for raw, name in expected.items():
        value = by_raw(values, raw)
        assert (value["indicator"], value["role"]) == (name, "target"), raw
        assert value["section"].startswith("二、重点任务措施 › (三)扎实开展五大行动")
    trained = by_raw(values, "不少于12.6万人")
    assert (trained["number"], trained["unit"], trained["comparator"]) == (126000, "人", "≥")
    assert trained["target"] == "深化提升全民安全素养"


def test_plan_targets_are_dated_by_the_plan_year(plan):
    values = rows(plan)
    coverage = by_raw(values, "3000人次")
    assert (coverage["period_start"], coverage["period_end"]) == (date(2021, 1, 1),
                                                                  date(2021, 12, 31))
    by_year_end = by_raw(values, "65%")  # 到年底…覆盖率65%: the sentence's own deadline
    assert by_year_end["period_end"] == date(2021, 12, 31)


def test_plan_achievement_written_in_a_task_is_an_actual(plan):
    done = by_raw(rows(plan), "147个")  # 在完成全市147个乡镇…建设任务的基础上
    assert done["role"] == "actual"


def test_plan_threshold_naming_which_towns_is_not_a_target(plan):
    scope = by_raw(rows(plan), "10亿元以上")  # 在所有工业产值10亿元以上乡镇(街道)全面推开
    assert (scope["role"], scope["indicator"]) == ("unknown", "工业产值")
    assert scope["period_start"] is None


def test_every_plan_target_item_with_a_figure_is_a_target(plan):
    names = {t["name"] for t in plan.targets}
    assert {"安全生产方面", "自然灾害方面", "应急能力方面", "深化专项综合治理",
            "深化提升全民安全素养"} <= names
    assert all(t["section"] for t in plan.targets)
    item = next(t for t in plan.targets if t["name"] == "安全生产方面")
    assert "下降20%" in item["text"]  # the whole item, not only its title


# --- roles from clauses, sections and genres ------------------------------------------------


def test_next_steps_of_a_summary_are_targets_and_clause_cues_win():
    text = ("2021年上半年工作总结\n"
            "一、上半年工作情况\n"
            "全市共发生事故12起,同比下降20%。确保全年事故起数控制在30起以内。\n"
            "二、下一步工作思路\n"
            "全年新增救援队伍5支。目前已建成救援站8个。\n")
    doc = doc_of(text)
    builder = RecordBuilder(doc)
    parse_work_summary(doc, builder)
    role = {v["raw"]: v["role"] for v in builder.values}
    assert role == {"12起": "actual", "同比下降20%": "actual", "控制在30起以内": "target",
                    "5支": "target", "8个": "actual"}


def test_a_task_given_to_the_unit_that_answers_for_it_is_a_target():
    """In a report of how a year's 十件实事 went, 新建保障性住房2.8万套(责任单位:市住建局)
    states the task; 实际实物开工21789套 under it is what was done. 11个专委会牵头单位 in
    running text names no task."""
    text = ("2014年“十件实事”第二季度完成情况\n"
            "1、新建保障性住房2.8万套(责任单位:市住建局)\n"
            "此项工作进展顺利。截至目前,全市保障性安居工程实际实物开工21789套,占任务数的77.82%。\n")
    result = rows(parse(doc_of(text, title="2014年“十件实事”第二季度完成情况", year=2014)))
    assert [(r["raw"], r["role"]) for r in result] == [
        ("2.8万套", "target"), ("21789套", "actual"), ("77.82%", "actual")]


def test_the_date_of_an_estimate_in_a_review_is_no_deadline():
    """一、本届政府工作回顾 › 预计到2016年末, GDP达到830亿元: the term's estimated result, not a
    goal set for the end of 2016 (its 到20 is the estimate's date)."""
    text = ("政府工作报告\n各位代表:\n一、本届政府工作回顾\n"
            "经济规模实现历史性跨越。预计到2016年末, GDP达到830亿元,是2011年的1.6倍。\n")
    result = rows(parse(doc_of(text, title="政府工作报告", year=None)))
    assert {(r["raw"], r["role"]) for r in result} == {
        ("达到830亿元", "actual"), ("1.6倍", "actual")}


def test_what_should_be_reached_is_a_target_in_a_report():
    """粮食风险基金应到位资金36121万元,实际到位36121万元: 应到位 is the plan the money
    reached is measured against; 项目投资比例应完成25% names no 应."""
    text = ("2022年度粮食风险基金绩效自评报告\n"
            "粮食风险基金应到位资金36121万元,实际到位资金36121万元。全县项目投资比例应完成25%。\n")
    result = rows(parse(doc_of(text, title="2022年度粮食风险基金绩效自评报告", year=2022)))
    assert [(r["raw"], r["role"]) for r in result] == [
        ("36121万元", "target"), ("36121万元", "actual"), ("25%", "target")]
    assert result[-1]["indicator"] == "项目投资比例"


def test_money_a_notice_allots_is_planned_whatever_the_genre():
    """关于下达…资金的通知: 现下达…资金299.424万元 is the notice's own act, the money planned
    for the year (labellers: target), though 下达 in a summary reports money sent."""
    text = ("清流县财政局关于下达省级乡村振兴试点示范资金的通知\n"
            "各有关乡(镇):经研究,现下达你单位省级乡村振兴试点示范资金299.424万元"
            "(分配明细和列支科目详见附件1)。\n")
    result = rows(parse(doc_of(text, title="清流县财政局关于下达省级乡村振兴试点示范资金的通知")))
    assert [(r["raw"], r["role"], r["indicator"]) for r in result] == [
        ("299.424万元", "target", "下达省级乡村振兴试点示范资金")]


def test_baseline_written_before_its_target():
    text = ("一、主要目标\n"
            "森林覆盖率由60%提高到65%。\n"
            "二、重点任务\n"
            "完成培训3000人次。\n")
    doc = doc_of(text, title="2021年工作要点")
    builder = RecordBuilder(doc)
    parse_work_plan(doc, builder)
    role = {v["raw"]: (v["role"], v["period_end"]) for v in builder.values}
    assert role["60%"][0] == "baseline"
    assert role["提高到65%"] == ("target", date(2021, 12, 31))  # at least 65%
    # (the rate's basis between 从 and the first figure: 从年人均580元提高到610元)
    text = "2022年十件民生实事完成情况\n一是城乡医保各级财政补助标准从年人均580元提高到610元。\n"
    result = rows(parse(doc_of(text, title="2022年十件民生实事完成情况", year=2022)))
    # (十件 of the title's 十件民生实事 names the programme: no value)
    assert [(r["raw"], r["role"], r["indicator"]) for r in result] == [
        ("580元", "baseline", "城乡医保各级财政补助标准"),
        ("提高到610元", "actual", "城乡医保各级财政补助标准")]
    assert role["3000人次"] == ("target", date(2021, 12, 31))


def test_prose_genre_needs_a_heading_hierarchy():
    doc = doc_of("二、下一步工作思路\n全年力争事故起数下降10%。\n")
    with pytest.raises(GenreMismatch):
        parse_work_summary(doc, RecordBuilder(doc))
    assert parse(doc).document["status"] == "partial"


def test_read_prose_reads_given_blocks_of_a_five_year_plan():
    path = str(SAMPLES / "004_district_fyp_plan.txt")
    doc = read_document(path, *read_source(path))
    builder = RecordBuilder(doc)
    # the text copy's indicator table, one cell a line under 序号, is a table again: its
    # cells are read too, under their column headers
    assert sum(b.kind == "table" for b in doc.blocks) == 1
    read_prose(doc, builder, list(doc.blocks), genre="indicator_plan")
    values = rows(builder)
    assert all(v["section"] for v in values)
    # 十三五 achievements in 现状与形势 are actuals, 主要目标 figures are 2025 targets
    assert by_raw(values, "6984人")["role"] == "actual"
    assert by_raw(values, "6984人")["section"].startswith("一、现状与形势")
    mortality = by_raw(values, "不高于0.002")
    assert mortality["role"] == "target" and mortality["period_end"] == date(2025, 12, 31)
    standard = by_raw(values, "达到100%")
    assert (standard["role"], standard["period_start"]) == ("target", date(2025, 1, 1))
    # the document number and the issue date are not values
    raws = " ".join(v["raw"] for v in values)
    assert "202118" not in raws and "20211029" not in raws


GOVERNMENT_REPORT = """2021年政府工作报告
各位代表:
现在,我代表市人民政府,向大会报告工作,请予审议。
一、2020年工作回顾
过去一年,全市地区生产总值增长3.5%,一般公共预算收入完成120亿元。
二、2021年主要预期目标和工作安排
今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业3万人以上。
(一)扎实推进重点项目
新开工亿元以上项目50个。
"""


def test_government_report_reviews_actuals_and_sets_targets():
    records = parse(doc_of(GOVERNMENT_REPORT, title="2021年政府工作报告"))
    assert records.document["genre"] == "government_report"
    assert records.document["status"] == "ok"
    values = rows(records)
    review = by_raw(values, "增长3.5%")
    assert (review["role"], review["indicator"]) == ("actual", "地区生产总值")
    assert by_raw(values, "120亿元")["indicator"] == "一般公共预算收入"
    goal = by_raw(values, "增长6%左右")
    assert (goal["role"], goal["comparator"], goal["indicator"]) == ("target", "~", "地区生产总值")
    # the same indicator in the review and in the goals reads the same
    assert review["indicator"] == goal["indicator"]
    jobs = by_raw(values, "3万人以上")
    assert (jobs["role"], jobs["number"], jobs["period_end"]) == ("target", 30000,
                                                                  date(2021, 12, 31))
    projects = by_raw(values, "50个")
    assert projects["role"] == "target"
    assert projects["section"] == "二、2021年主要预期目标和工作安排 › (一)扎实推进重点项目"


@pytest.mark.parametrize("name", ["001_half_year_summary.txt", "001_half_year_summary.html",
                                  "002_annual_work_plan.txt", "002_annual_work_plan.html"])
def test_output_matches_the_hand_checked_golden_file(name):
    (check,) = check_samples([SAMPLES / name])
    assert not check.unchecked, f"no golden file for {name}"
    assert check.passed, "\n".join(check.differences)
    assert check.precision == check.recall == 1.0


def test_an_estimate_is_a_result_in_a_report_and_a_target_in_a_plan():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "预计全年水产品产量约48538吨。"
    (span,) = find_values(text, year=2024)
    assert value_role(text, span, (), "work_summary") == "actual"
    assert value_role(text, span, (), "work_plan") == "target"


def test_budget_and_execution_figures_and_reporting_dates():
    """In a 决算 report, 年初预算为 is the plan, 决算为 the result, 完成年初预算的X% an
    actual; 截至2023年12月31日 is a reporting date, not a deadline."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("一般公共预算财政拨款支出年初预算为3038.40万元,支出决算为2963.58万元,"
            "完成年初预算的97.5%。")
    roles = [value_role(text, span, (), "final_account") for span in find_values(text, year=2023)]
    assert roles == ["target", "actual", "actual"]
    text = "截至2023年12月31日,本部门共有车辆3辆。"
    (span,) = find_values(text, year=2023)
    assert value_role(text, span, (), "final_account") == "actual"


def test_a_second_completion_share_is_an_actual_too():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "城镇新增就业12345人,完成省民生工程目标任务的130.26%,市民生工程目标任务的127%;"
    spans = find_values(text, year=2019)
    assert [value_role(text, s, (), "work_summary") for s in spans] == ["actual"] * 3


def test_secured_funds_in_a_review_and_a_share_of_a_planned_amount():
    """争取上级转移支付31.8亿元 under 工作回顾 was obtained (actual); 占年度投资计划1059.8亿元的
    120.2% is how much of the plan was done (actual), the plan itself a target."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.sections import Heading
    from zhibiao.parse.values import find_values

    text = "争取上级转移支付31.8亿元、专项资金25.8亿元。"
    review = (Heading(0, 11, "cn", 1, "一、2024年工作回顾", "2024年工作回顾"),)
    roles = [value_role(text, s, review, "government_report") for s in find_values(text)]
    assert roles == ["actual", "actual"]
    assert value_role(text, find_values(text)[0], (), "work_plan") == "target"
    text = "全年完成投资1274亿元,占年度投资计划1059.8亿元的120.2%。"
    roles = [value_role(text, s, (), "work_summary") for s in find_values(text, year=2023)]
    assert roles == ["actual", "target", "actual"]
    # 已完成中央投资计划60.0亿元 and 投资计划完成60.0亿元、完成率93.8%: what was done of a plan
    # (确保完成年度计划400亿元 stays the plan)
    text = ("2021年度中央水利投资计划完成60.0亿元、完成率93.8%。全省已分解下达中央水利投资计划"
            "64.0亿元;已完成中央投资计划60.0亿元、完成率93.8%。确保完成年度计划400亿元。")
    roles = [value_role(text, s, (), "work_summary") for s in find_values(text, year=2021)]
    assert roles == ["actual", "actual", "target", "actual", "actual", "target"]
    # 为年投资计划的74.1%: the share reached, said with 为 and the plan's kind (投资)
    text = "累计完成投资474.5亿元,为年投资计划的74.1%;基础设施项目75个,为年度投资计划的59%。"
    roles = [value_role(text, s, (), "work_summary") for s in find_values(text, year=2021)]
    assert roles == ["actual", "actual", "actual", "actual"]


def test_a_cue_word_inside_a_noun_is_no_cue():
    """拜访目标企业150家: the companies sought, visited in the year under review — an actual;
    the same figure with a real target cue stays a target."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "区级领导带队招商考察32次,拜访目标企业150家。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "actual", "actual"]
    text = "力争拜访目标企业150家。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == ["target"]
    # goals counted (145项目标任务) or missed (未达预期目标) set no goal
    text = "明确145项目标任务,细化为222个具体工作内容。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "actual", "actual"]
    text = "重点工作中的17个具体事项推进未达预期目标。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == ["actual"]
    # 达到20万亩 is no deadline's 到20(25年) for the figures after it; 到2025年 is
    text = "土地流转面积达到20万亩、流转率52.8%。力争到2025年,森林覆盖率达到45%。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text, year=2019)] == [
        "actual", "actual", "target"]
    # (12项主要目标任务圆满完成; 增长7.5%,与预期目标持平: a result compared with its goal)
    text = "2019年12项主要目标任务圆满完成。地区生产总值增长7.5%,与预期目标持平。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text, year=2019)
            if s.number is not None] == ["actual", "actual"]


def test_a_level_at_the_end_of_a_plan_period_is_a_baseline():
    """由十二五末的1123亿元增加到2020年的1700亿元: the start of the change is the baseline."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "全区地区生产总值由十二五末的1123亿元增加到2020年的1700亿元。"
    roles = [value_role(text, s, (), "government_report") for s in find_values(text)]
    assert roles[0] == "baseline"


def test_a_programmes_name_holds_no_cue_and_a_count_raised_to_another_starts_at_a_baseline():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "推进综合治理三年行动计划,厘清全县121项年度工作任务。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == ["actual"]
    text = "发放特惠性学生生活补助及雨露计划补助411.59万元。"  # a programme paying out
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == ["actual"]
    text = "计划新建公厕120座。"  # a plan still
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == ["target"]
    text = "目前专业安委会由14个增加为15个。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "baseline", "actual"]


def test_a_share_of_a_target_reached_is_no_target_cue_for_the_next_clause():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "截至7月底,开工建设危旧房棚户区1005套,占目标任务的80.40%,发放租赁补贴1430户。"
    roles = [value_role(text, s, (), "work_summary") for s in find_values(text, year=2020)]
    assert roles == ["actual", "actual", "actual"]


def test_a_result_compared_with_its_goal_is_an_actual_of_the_same_measure():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.names import name_values
    from zhibiao.parse.values import find_values

    text = ("上半年全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点;"
            "规模以上工业增加值同比增长10.1%,高于目标2.1个百分点。")
    spans = find_values(text, year=2023)
    found = [(s.raw, value_role(text, s, (), "work_summary"), names[0][0])
             for s, names in zip(spans, name_values(text, spans), strict=True)]
    assert found[2] == ("1.8个百分点", "actual", "地区生产总值")
    # 高于目标 is the comparison's verb and basis: part of the value, a change up, named as
    # the growth rate's gap to its goal (the measure's result, compared)
    assert found[4] == ("高于目标2.1个百分点", "actual", "规模以上工业增加值增速与目标差距")
    assert (spans[4].change, spans[4].change_basis) == ("up", "目标")


def test_how_many_items_a_plans_list_holds_is_an_actual():
    """确定5个方面20件重点民生实事项目 / 一、优化公共服务方面(7项): the count of the plan's own
    items describes the list; the items' own figures stay targets."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    for text, roles in (("确定5个方面20件重点民生实事项目,具体如下:", ["actual", "actual"]),
                        ("一、优化公共服务方面(7项)", ["actual"]),
                        ("重点抓好15件大事和民生实事。新建公厕120座。", ["actual", "target"])):
        assert [value_role(text, s, (), "work_plan") for s in find_values(text)] == roles


def test_a_target_lead_names_every_item_of_the_list_after_it():
    """主要预期目标是：A；B；C。: the semicolons end sentences, but the lead reaches every item
    of its list; the next sentence is on its own again."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("今年的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；"
            "城镇新增就业3000人。去年城镇新增就业3200人。")
    roles = [value_role(text, s, (), "government_report") for s in find_values(text)]
    assert roles == ["target", "target", "target", "actual"]


def test_a_change_against_last_year_with_no_goal_word_is_reported():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "全区粮食种植面积8.1万亩,同比增长1.34%。确保事故起数同比下降20%。"
    roles = [value_role(text, s, (), "unknown") for s in find_values(text)]
    assert roles[1:] == ["actual", "target"]


def test_a_figure_closing_a_heading_in_brackets_is_a_count_of_items_or_a_task_size():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.names import name_values
    from zhibiao.parse.values import find_values

    text = "2、危桥改造方面(12座):今年共下达18座计划,目前1座危桥已完工。"
    spans = find_values(text, year=2023)
    found = [(s.raw, value_role(text, s, (), "work_summary"), n[0][0] if n else None)
             for s, n in zip(spans, name_values(text, spans), strict=True)]
    assert found[0] == ("12座", "target", "危桥改造数")
    assert found[-1][:2] == ("1座", "actual")
    text = "一、优化公共服务方面(7项)"
    assert [value_role(text, s, (), "work_plan") for s in find_values(text)] == ["actual"]


def test_figures_with_no_cue_in_a_sentence_that_reports_are_reported():
    """In a document of no known genre, a sentence one of whose figures is an actual (a
    change against last year) reports its other figures too; a figure with no cue in a
    sentence that reports nothing keeps no role."""
    text = ("前三季度,各出资企业开、复工项目52项,开、复工率79%,完成投资90.5亿元,"
            "比上年同期增长16%。")
    values = rows(parse(doc_of(text, year=None)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("52项", "actual"), ("79%", "actual"), ("90.5亿元", "actual"),
        ("比上年同期增长16%", "actual")]
    values = rows(parse(doc_of("新建公厕120座,开复工率79%。", year=None)))
    assert [v["role"] for v in values] == ["unknown", "unknown"]


def test_the_numbered_items_after_a_plan_lead_are_its_targets():
    """2017年,区政府将努力为民办好十件实事: announces a list: the figures of the numbered
    items after it are targets of that year (how many items, in the lead, is a count);
    the first paragraph that is no item ends the list."""
    text = ("区长在会上表示,2017年,区政府将努力为民办好十件实事:\n"
            "1.有效改善居住条件。完成85幢老旧小区房屋改造。\n"
            "2.全力缓解交通拥堵。新增公交线路6条。\n"
            "会议期间已检查企业30家,已整改隐患50处,新建公厕120座。\n")
    values = rows(parse(doc_of(text, year=None)))
    found = [(v["raw"], v["role"], v["period_start"]) for v in values]
    assert found[1:3] == [("85幢", "target", date(2017, 1, 1)),
                          ("6条", "target", date(2017, 1, 1))]
    # past the list, 120座 is no task: it takes the document's majority role (reported)
    assert found[0][:2] == ("十件", "actual") and found[-1][:2] == ("120座", "actual")


def test_a_section_on_a_year_before_the_plans_year_reviews_it():
    """一、2023年亮点工作 in a 2024年工作计划: its figures are 2023's results; the section on
    the plan's own year keeps its targets."""
    text = ("一、2023年亮点工作\n"
            "(一)项目建设提质增效。全年谋划和实施项目34个,获上级补助资金3.7亿元。\n"
            "二、2024年工作思路\n(一)加快项目建设。实施项目40个。\n")
    values = rows(parse(doc_of(text, title="2024年平阳县交通运输局工作计划", year=2024)))
    found = [(v["raw"], v["role"], v["period_start"]) for v in values]
    assert found == [("34个", "actual", date(2023, 1, 1)), ("3.7亿元", "actual", date(2023, 1, 1)),
                     ("40个", "target", date(2024, 1, 1))]


def test_a_section_on_the_final_account_reports_whatever_the_page_calls_itself():
    """现将2021年部门预算公开如下 heads a page whose sections are 决算情况: their figures
    are the year's final account, results; a section on the budget keeps its plans."""
    text = ("按照《预算法》,现将2021年部门预算公开如下:\n"
            "二、刘堡镇卫生院2021年度部门决算情况说明\n(一)收入决算情况。2021年度,收入总计为"
            "415.26万元,其中:\n1.财政拨款收入364.56万元,为一般公共预算资金。\n"
            "三、2022年部门预算情况说明\n收入预算420万元。\n")
    values = rows(parse(doc_of(text, title="刘堡镇卫生院2021年部门预算公开", year=2021)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("415.26万元", "actual"), ("364.56万元", "actual"), ("420万元", "target")]


def test_a_plans_review_of_the_last_plan_reports_and_its_goals_are_of_its_last_year():
    """…跃升至2020年的469.5亿元 in a 十四五 plan: 至 a year before the plan's is where the
    figure got to, no deadline; 到2025年 is one. The plan's targets are 2025's, not those
    of the 2035 vision its name adds."""
    text = ("经济总量跃上新台阶。地区生产总值从2015年末的300.41亿元跃升至2020年的469.5亿元,"
            "年均增长9.3%。\n今后五年,地区生产总值年均增长7%左右,到2025年达到700亿元。\n")
    values = rows(parse(doc_of(text, title="某区第十四个五年规划和2035年远景目标纲要", year=2021)))
    found = [(v["raw"], v["role"], v["period_end"]) for v in values]
    assert [f[:2] for f in found] == [
        ("300.41亿元", "baseline"), ("469.5亿元", "actual"), ("年均增长9.3%", "actual"),
        ("年均增长7%左右", "target"), ("达到700亿元", "target")]
    assert found[-1][2] == date(2025, 12, 31)
    # the plan's own period (“十四五”期间) is no review's time word; a past plan's is
    text = "“十三五”期间,年均增长7.5%。“十四五”期间,地区生产总值年均增长7%左右。\n"
    values = rows(parse(doc_of(text, title="某区第十四个五年规划", year=2021)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("年均增长7.5%", "actual"), ("年均增长7%左右", "target")]


def test_an_unnumbered_line_naming_its_section_heads_it():
    """A page that lost its heading tags: 过去一年主要工作 / 2024年主要预期目标 stand over
    their paragraphs as headings do (the second dates its targets); a run of short lines
    (a table's header cells copied one a line) heads nothing."""
    text = ("过去一年主要工作\n全市地区生产总值增长5.2%,城镇新增就业26.1万人。\n"
            "2024年主要预期目标\n地区生产总值增长5%左右,一般公共预算收入增长5%。\n")
    values = rows(parse(doc_of(text, title="北京市政府工作报告", year=None)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("增长5.2%", "actual"), ("26.1万人", "actual"), ("增长5%左右", "target"),
        ("增长5%", "target")]
    assert values[2]["period_start"] == date(2024, 1, 1)
    text = "序号\n重点工作\n牵头责任单位\n1\n新开工项目170个。\n"
    values = rows(parse(doc_of(text, year=None)))
    assert [v["role"] for v in values] == ["unknown"]


def test_a_piece_of_the_title_the_page_wrapped_heads_nothing():
    """关于2023年…总结及 / 2024年工作计划的汇报: the title repeated over two lines; its second
    line names a plan but is no heading over the review that follows."""
    title = "关于2023年生态环境保护工作总结及 2024年工作计划的汇报"
    text = ("关于2023年生态环境保护工作总结及\n2024年工作计划的汇报\n"
            "1-12月,环境空气优良天数357天,平均优良天数比例为98.2%。\n")
    values = rows(parse(doc_of(text, title=title, year=2023)))
    assert [(v["raw"], v["role"], v["period_start"]) for v in values] == [
        ("357天", "actual", date(2023, 1, 1)), ("98.2%", "actual", date(2023, 1, 1))]


def test_a_figure_of_a_year_before_the_documents_or_after_a_past_opening_is_reported():
    """With no publication date, the document's year (2024年政府工作报告) tells a 2023
    figure is past; a sentence opening on 去年, is a report unless it names a goal."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "2023年,全市地区生产总值增长5.2%。"
    spans = find_values(text, year=2024)
    assert [value_role(text, s, (), "government_report", year=2024) for s in spans] == [
        "actual"]
    assert [value_role(text, s, (), "government_report") for s in spans] == ["unknown"]
    text = "去年,全市地区生产总值增长5.2%。去年,力争增长6%的目标未能实现。"
    assert [value_role(text, s, (), "government_report") for s in find_values(text)] == [
        "actual", "target"]


def test_a_table_of_sentences_is_read_as_prose_under_its_column_headers():
    """A 重点工作落实情况汇总表 (task | lead unit | what was done): a cell of the 重点工作
    column states targets, one of the 落实情况 column reports, whatever the genre says."""
    text = ("2024年上半年市政府重点工作落实情况\n序号\n重点工作\n牵头责任单位\n上半年落实情况\n"
            "1\n新开工亿元以上项目170个以上。\n市发改委\n截至6月底,已开工项目145个。\n"
            "2\n新增技能人才2万人。\n市人社局\n全市新增技能人才14826人,同比增长3%。\n")
    values = rows(parse(doc_of(text, title="2024年上半年市政府重点工作落实情况", year=2024)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("170个以上", "target"), ("145个", "actual"), ("2万人", "target"),
        ("14826人", "actual"), ("同比增长3%", "actual")]
    # a half-year summary's goals are the year's; its results are the half-year's
    assert (values[0]["period_start"], values[0]["period_end"]) == (
        date(2024, 1, 1), date(2024, 12, 31))
    assert values[3]["period_end"] == date(2024, 6, 30)


def test_a_task_tables_project_column_states_targets():
    """序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 (a 民生实事 progress table): the
    项目内容 cell is the year's task, the 落实情况 cell what was done."""
    text = ("2024年4月省政府民生实事项目进展情况汇总表\n"
            "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |\n"
            "1 | 为全县60岁以上老年人免费接种流感疫苗24723人。 | 4月:制定并下发工作方案。 "
            "| 县卫生健康局 | 已完成。已为6120人接种流感疫苗。 |\n"
            "2 | 培训应急救护人员235人。 | 4月:完成应急救护人员培训65人。 | 县红十字会 "
            "| 已确定点位,培训188人,完成进度80%。 |\n")
    values = rows(parse(doc_of(text, title="2024年4月省政府民生实事项目进展情况汇总表",
                               year=2024)))
    got = {(v["raw"], v["role"]) for v in values}
    assert {("24723人", "target"), ("235人", "target"), ("6120人", "actual"),
            ("188人", "actual")} <= got


def test_a_heading_on_projects_being_planned_states_targets():
    """二、项目谋划安排情况: the projects planned for the year, though the heading says 情况."""
    text = ("一、项目资金预计投入规模\n2022年共安排补助资金8126万元。\n二、项目谋划安排情况\n"
            "(一)政策补贴延续类项目,共1240万元\n")
    values = rows(parse(doc_of(text, title="延津县乡村振兴局", year=2022)))
    assert [(v["raw"], v["role"]) for v in values][-1] == ("1240万元", "target")


def test_a_topic_heading_inside_a_review_reviews():
    """2015年上半年工作回顾 › 二、重点项目建设平稳推进: 重点项目 names a topic of plans, not a
    plan; the review around it decides. Alone (二、重点项目) it still states targets."""
    text = ("2015年上半年工作回顾\n2015年上半年,镇政府团结带领全镇干部群众,攻坚克难,各项工作"
            "稳步推进。\n二、重点项目建设平稳推进\n"
            "目前,博鳌机场项目搬迁房屋147户,拆除房屋3.6万平方米。\n")
    values = rows(parse(doc_of(text, title="2015年上半年政府工作报告", year=2015)))
    assert {v["role"] for v in values} == {"actual"}
    plan = "二、重点项目\n新建学校3所,改造道路20公里。\n"
    values = rows(parse(doc_of(plan, title="2016年工作要点", year=2016)))
    assert {v["role"] for v in values} == {"target"}


def test_the_number_of_tasks_set_is_a_fact_not_a_task_size():
    """县政府确定重要工作任务共579项,…已完成550项: how many tasks were set is an actual; a
    task's size before what was done of it stays a target (126条…已完成120条)."""
    text = ("2020年县政府确定重要工作任务共579项,截至目前,已完成550项。"
            "126条农村黑臭水体治理已完成120条。")
    values = rows(parse(doc_of(text, title="2020年重要工作任务完成情况的通报", year=2020)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("579项", "actual"), ("550项", "actual"), ("126条", "target"), ("120条", "actual")]
    # (the count done listed after the task's, with its verb after it: 21所、9所已完成)
    text = "新改扩建公办义务教育学校21所、9所已完成,新增公办义务教育学位2.28万个。"
    values = rows(parse(doc_of(text, title="2022年十件民生实事完成情况", year=2022)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("21所", "target"), ("9所", "actual"), ("2.28万个", "actual")]


def test_a_review_heading_of_several_years_or_of_achievements_reports():
    """过去四年,… as a page's unnumbered line, and 一、…五年征程取得显著成绩 as a numbered
    heading, open reviews: their figures of no cue are results."""
    text = ("过去四年,六安发展站上新的历史起点\n"
            "生产总值达到1923.5亿元,年均增长7.7%;一般公共预算收入147.5亿元。\n")
    values = rows(parse(doc_of(text, title="政府工作报告(摘编)", year=2022)))
    assert {v["role"] for v in values} == {"actual"}
    text = ("一、攻坚克难、砥砺奋进,五年征程取得显著成绩\n"
            "预计地区生产总值增长10%,固定资产投资增长14%。\n"
            "二、2022年工作安排\n新建公厕120座。\n")
    values = rows(parse(doc_of(text, title="2022年政府工作报告", year=2022)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("增长10%", "actual"), ("增长14%", "actual"), ("120座", "target")]


def test_a_task_size_before_what_is_done_is_a_target_and_the_share_is_its_completion():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.names import name_values
    from zhibiao.parse.values import find_values

    text = "2个嵌入式养老机构建设已完成1个(50%)、263场送戏进万村已送230场(87%)。"
    spans = find_values(text)
    found = [(s.raw, value_role(text, s, (), "work_summary"), n[0][0] if n else None)
             for s, n in zip(spans, name_values(text, spans), strict=True)]
    assert [(raw, role) for raw, role, _ in found] == [
        ("2个", "target"), ("1个", "actual"), ("50%", "actual"), ("263场", "target"),
        ("230场", "actual"), ("87%", "actual")]
    assert found[2][2] == "嵌入式养老机构建设完成率"


def test_a_plans_amount_names_its_own_figure_and_a_share_of_the_plan_is_done():
    """占年度计划400亿元的81.93%,其中:重大项目完成投资247.34亿元,占年度计划80.82%: the plan's
    400亿元 is a target, the 计划 before it no cue for the clauses after; a share right
    after 占年度计划 (no 的) is how much of it is done."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("今年1-9月,全省累计完成水利投资327.74亿元,占年度计划400亿元的81.93%,"
            "其中:重大项目完成投资247.34亿元,占年度计划80.82%。")
    roles = [value_role(text, s, (), "work_summary") for s in find_values(text, year=2018)]
    assert roles == ["actual", "target", "actual", "actual", "actual"]
    # …and so is one after what the share is called (完成年度计划投资比例52.99%)
    text = ("8项省重点项目累计完成投资12.88亿元,完成年度计划投资比例52.99%,超序时进度"
            "2.99个百分点。")
    roles = [value_role(text, s, (), "work_summary") for s in find_values(text, year=2024)]
    assert roles == ["actual", "actual", "actual", "actual"]


def test_a_tasks_size_is_a_target_and_the_parts_of_a_total_take_its_role():
    """安排全市营造林任务面积38万亩。其中安排人工造林6万亩,封山育林3.5万亩: a task's size is a
    target, and the parts after 其中 are parts of the task; a task told done stays done."""
    text = "在省方案下发前安排全市营造林任务面积38万亩。其中安排人工造林6万亩,封山育林3.5万亩。"
    values = rows(parse(doc_of(text, year=2024)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("38万亩", "target"), ("6万亩", "target"), ("3.5万亩", "target")]
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "制定88条问题清单,已完成整改任务66项。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)][-1] == "actual"


def test_a_sentence_listing_the_parts_of_an_allotment_takes_its_role():
    """2021年批复…项目9个,项目资金1950万元。分别为:…1000万元;…40万元 in a 绩效自评报告: the
    parts of the approved money are approved too (a budget), not spending; 分别为 inside
    the sentence of a part lists that part's own parts and takes nothing from the total."""
    text = ("红河州生态环境局2021年度项目支出绩效自评报告\n一、基本情况\n"
            "2021年批复红河州生态环境局项目9个,项目资金1950万元。分别为:2021年个旧市重金属污染"
            "防治专项资金1000万元;红河州环境监测经费220万元;生态文明建设示范州创建专项资金"
            "200万元。\n")
    doc = doc_of(text, title="红河州生态环境局2021年度项目支出绩效自评报告", year=2022)
    values = rows(parse(doc))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("9个", "target"), ("1950万元", "target"), ("1000万元", "target"),
        ("220万元", "target"), ("200万元", "target")]


def test_a_figure_by_which_a_task_was_passed_is_reported():
    """城市低保对象月人均补差185元,超任务17元: 17元 is how far the result passed its task, a
    result too, not the task's size (a 为民办实事 assessment; a 自评报告's 超任务43%)."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "城市低保对象月人均补差185元,超任务17元;实际改造264户,超任务43%。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "actual", "actual", "actual", "actual"]


def test_an_estimate_in_a_review_is_its_result_and_a_task_before_its_done_part_is_a_target():
    text = ("一、2023年亮点工作\n(二)交通投资持续走高。预计全年完成交通投资56亿元,完成率114%。\n"
            "二、2024年工作思路\n(一)全年计划完成交通投资60亿元。\n")
    values = rows(parse(doc_of(text, title="2024年平阳县交通运输局工作计划", year=2024)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("56亿元", "actual"), ("114%", "actual"), ("60亿元", "target")]
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "截至6月底,全市有91个行政村污水治理任务,已完成50个(55%)。完成年度计划112%。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text, year=2024)] == [
        "target", "actual", "actual", "actual"]


def test_an_outcome_counted_as_none_in_quotes_is_still_a_result():
    text = "2020年工作回顾\n全镇顺利实现“零感染”“零死亡”,书写了一份优异的答卷。\n"
    values = rows(parse(doc_of(text, title="2021年沙沟镇政府工作报告", year=2021)))
    assert [(v["raw"], v["role"]) for v in values] == [("零感染", "actual"), ("零死亡", "actual")]


def test_a_forms_header_line_is_no_section_heading():
    """总体目标 年度目标 年度总体目标完成情况 over a 绩效目标申报表's goals names both a goal
    and a result: no banner; and in a form's genre short lines are cells, never banners."""
    text = ("总体目标年度目标年度总体目标完成情况\n"
            "为水濂村带来观光游客不少于6万人,村集体收入达6万元。\n"
            "绩效指标一级指标二级指标三级指标指标值备注\n"
            "产出指标数量指标贫困地区旅游景点开发数量 >=4个\n")
    values = rows(parse(doc_of(text, title="2018年扶贫基地绩效目标申报表", year=2018)))
    assert {v["role"] for v in values} == {"target"}


def test_a_target_lead_set_by_a_proposal_reaches_its_list_and_slogans_stay_unread():
    text = ("办好“两件大事”,突出抓好“八项工程”。建议2024年全旗经济社会发展主要预期目标确定为:"
            "地区生产总值增长6.5%左右;固定资产投资增速15%;一般公共预算收入完成1.57亿元。")
    values = rows(parse(doc_of(text, year=None)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("增长6.5%左右", "target"), ("增速15%", "target"), ("1.57亿元", "target")]


def test_a_self_evaluation_row_copied_as_one_line_gives_the_years_value_and_the_reached():

    text = ("绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分\n"
            "红薯种植面积5.5亩5.5亩\n猪养殖数量80头78头\n")
    found = prose_rows(text, "self_evaluation_table", title="2023年项目支出绩效自评表", year=2023)
    assert [(v["raw"], v["role"]) for v in found] == [
        ("5.5亩", "target"), ("5.5亩", "actual"), ("80头", "target"), ("78头", "actual")]


def test_a_self_evaluation_row_copied_as_one_line_may_end_on_its_points():
    """指标1:验收通过率 100% 95% 6 5: the bare 分值 and 得分 after the two figures leave it a
    row; the value reached is the same indicator's, the points its scores."""

    text = ("绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
            "质量指标 指标1:验收通过率 100% 95% 6 5\n指标2:工程质量管理 ≥95% 98% 6 6\n")
    found = prose_rows(text, "self_evaluation_table", title="2022年度项目支出绩效自评表", year=2022)
    assert [(v["raw"], v["role"], v["indicator"]) for v in found] == [
        ("100%", "target", "验收通过率"), ("95%", "actual", "验收通过率"),
        ("6", "score", "验收通过率·分值"), ("5", "score", "验收通过率·得分"),
        ("≥95%", "target", "工程质量管理"), ("98%", "actual", "工程质量管理"),
        ("6", "score", "工程质量管理·分值"), ("6", "score", "工程质量管理·得分")]


def test_a_self_evaluation_row_opening_on_its_levels_is_named_by_its_whole_label():
    """数量指标全年免费开放 100% 100% 12.5 12.5: the row's level labels (数量指标, 时效指标) are
    no part of its indicator, and the label is kept whole (全年免费开放, not 免费开放), as a
    row marked 指标N: is (建立预防接种证, not 建立预防接种证人数)."""
    text = ("三级指标预期指标值(A) 实际完成指标值(B) 分值得分\n"
            "数量指标全年免费开放100% 100% 12.5 12.5\n时效指标免费开放率100% 100% 12.5 12.5\n"
            "指标7:建立预防接种证 221人 221人 2 2\n")
    found = prose_rows(text, "self_evaluation_table", title="2019年度项目支出绩效自评表", year=2019)
    assert [(v["raw"], v["role"], v["indicator"]) for v in found if v["role"] != "score"] == [
        ("100%", "target", "全年免费开放"), ("100%", "actual", "全年免费开放"),
        ("100%", "target", "免费开放率"), ("100%", "actual", "免费开放率"),
        ("221人", "target", "建立预防接种证"), ("221人", "actual", "建立预防接种证")]


def test_a_figure_before_what_was_actually_reached_in_its_unit_is_the_plan():
    """项目投资56万元,实际决算金额54.6万元: the first, of no cue of its own, is the plan; but
    …结转资金1475.63万元,实际较上年增加资金418.98万元 gives a change, no level."""
    found = prose_rows("4.成本指标。项目投资56万元,实际决算金额54.6万元。\n",
                       "self_evaluation_report", title="2020年项目支出绩效自评报告", year=2020)
    assert [(v["raw"], v["role"]) for v in found] == [("56万元", "target"), ("54.6万元", "actual")]
    found = prose_rows("主要原因是上年年初结转资金1475.63万元,实际较上年增加资金418.98万元。\n",
                       "final_account", title="2023年度部门决算", year=2023)
    assert found[0]["role"] == "actual"


def test_figures_listed_bare_after_the_first_take_its_role():
    """分别完成年度计划投资的20.49%、19.32%、14.41%和10.24%: the words before the first
    speak for the list; 计划投资的 is no cue for the figures after it."""
    text = ("完成投资额较高的旗县市有科右前旗、突泉县、乌兰浩特市和扎赉特旗,分别完成年度计划"
            "投资的20.49%、19.32%、14.41%和10.24%。\n")
    found = prose_rows(text, "work_summary", title="关于1至5月份重大项目进展情况的通报",
                       year=2020)
    assert [(v["raw"], v["role"]) for v in found] == [
        ("20.49%", "actual"), ("19.32%", "actual"), ("14.41%", "actual"), ("10.24%", "actual")]


def test_money_an_evaluation_report_shares_out_or_asks_for_is_its_budget():
    """…对中央水利救灾资金6800万元进行了合理分解,其中石家庄市780万元; 各县区申请市级补贴
    共计1904万元: in a 绩效自评报告 the money shared out or asked for is what the spending is
    measured against, as 下达 and 批复 are; what was paid stays done."""
    text = ("及时对中央农业生产和水利救灾资金6800万元进行了合理分解,其中石家庄市780万元。"
            "各县区申请市级补贴共计1904万元。实际拨付补贴1890万元。\n")
    found = prose_rows(text, "self_evaluation_report", title="2022年度资金绩效自评报告",
                       year=2022)
    assert [(v["raw"], v["role"]) for v in found] == [
        ("6800万元", "target"), ("780万元", "target"), ("1904万元", "target"),
        ("1890万元", "actual")]
    # …but money already asked for and paid (已申请…支付) is spent
    found = prose_rows("增加投资由地方承担,已申请专项债券资金支付9600万元。\n",
                       "self_evaluation_report", title="2021年度资金绩效自评报告", year=2021)
    assert [(v["raw"], v["role"]) for v in found] == [("9600万元", "actual")]


def test_figures_in_points_of_a_form_are_scores_whatever_words_stand_before_them():
    """产出指标(50分), 项目管理 13分 in a 自评表: points of the form, not results; in a
    summary, 50分 stays what its words make it."""
    text = "产出指标(50分)\n组织机构项目管理13分\n"
    found = prose_rows(text, "self_evaluation_table", title="2022年度项目支出绩效自评表", year=2022)
    assert [(v["raw"], v["role"]) for v in found] == [("50分", "score"), ("13分", "score")]
    found = prose_rows("全县学生体质测试平均成绩达到85分。\n", "work_summary",
                       title="2022年教育局工作总结", year=2022)
    assert [(v["raw"], v["role"]) for v in found] == [("达到85分", "actual")]


def test_a_self_evaluation_form_flattened_onto_one_line_is_read_row_by_row():
    """A spreadsheet export that put the whole 自评表 on one line: each 指标N: starts a row
    (its value, the value reached, its points), whatever the rows before it hold; a row
    whose name holds a figure of its own (孕产妇7天访视数) is no such row."""

    text = ("年度实际指标值完成值 指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 "
            "指标9:0-6岁儿童健康管理数 2089人 2089人 2 2 指标12:早孕建册数 120人 69人 2 1\n")
    found = prose_rows(text, "self_evaluation_table", title="2021年度项目支出绩效自评表", year=2021)
    assert [(v["raw"], v["role"], v["indicator"]) for v in found] == [
        ("100.00%", "target", "适龄儿童疫苗接种率"), ("97.30%", "actual", "适龄儿童疫苗接种率"),
        ("2", "score", "适龄儿童疫苗接种率·分值"), ("1.9", "score", "适龄儿童疫苗接种率·得分"),
        ("2089人", "target", "0-6岁儿童健康管理数"), ("2089人", "actual", "0-6岁儿童健康管理数"),
        ("2", "score", "0-6岁儿童健康管理数·分值"), ("2", "score", "0-6岁儿童健康管理数·得分"),
        ("120人", "target", "早孕建册数"), ("69人", "actual", "早孕建册数"),
        ("2", "score", "早孕建册数·分值"), ("1", "score", "早孕建册数·得分")]


def test_form_rows_cut_a_line_only_where_it_holds_two_row_marks():
    from zhibiao.parse.genres.prose import form_rows

    line = "指标1:验收通过率 100% 95% 6 5"
    assert form_rows(line) == [(0, len(line))]
    text = "目标 指标1:甲 1人 1人 指标2:乙 2人 2人"
    assert [text[s:e] for s, e in form_rows(text)] == [
        "目标 ", "指标1:甲 1人 1人 ", "指标2:乙 2人 2人"]


def test_attendance_and_the_length_of_a_list_of_projects_written_after_it_are_reported():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "本次大会应到代表215名,实到199名。县政府确定的民生实事项目共11项,力争新建公厕120座。"
    assert [value_role(text, s, (), "government_report") for s in find_values(text)] == [
        "actual", "actual", "actual", "target"]
    text = "省、市两级为民办实事项目涉及我区共38项,力争新建公厕120座。"  # the district's share
    assert [value_role(text, s, (), "government_report") for s in find_values(text)] == [
        "actual", "target"]


def test_an_item_stating_its_task_then_what_was_done_gives_targets_then_actuals():
    text = ("(二)报告中确定的其他指标任务完成情况\n"
            "1.投资10亿元以上项目10个、新开工亿元以上产业项目100个。上半年,新开工亿元及以上"
            "产业项目80个。\n")
    values = rows(parse(doc_of(text, title="2021年重点工作上半年完成情况", year=2021)))
    assert [(v["raw"], v["role"]) for v in values if v["unit"] == "个"] == [
        ("10个", "target"), ("100个", "target"), ("80个", "actual")]


def test_an_item_whose_second_sentence_opens_on_what_is_done_restates_its_task_first():
    """1.…开展农业技能技术培训2万人次…。已开展…8718人次: the second sentence reports with
    已 and no date; the first states the task (a 民生实事 progress page)."""
    text = ("1.做好重点群体就业工作,开展农业技能技术培训2万人次,城镇公益性岗位安置就业困难"
            "人员4万人。已开展农业技能技术培训8718人次;城镇公益性岗位在岗人员达4.14万人。\n")
    values = rows(parse(doc_of(text, title="2023年度十件民生实事1至4月推进情况", year=2023)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("2万人次", "target"), ("4万人", "target"), ("8718人次", "actual"),
        ("达4.14万人", "actual")]
    # …but a first sentence telling progress already is no task (完成年度计划的65.2%)
    text = ("1、投产项目:计划投产项目55个,完成投资41.72亿元,完成年度计划的65.2%。已投产11个,"
            "投产率20%。\n")
    values = rows(parse(doc_of(text, title="2016年重点建设项目1-5月进展情况", year=2016)))
    assert [(v["raw"], v["role"]) for v in values if v["unit"] == "元"] == [
        ("41.72亿元", "actual")]


def test_a_paragraph_before_its_progress_label_states_the_task_but_not_a_part_years_figure():
    """一、…开展…培训2万人次。/ 年度投资目标15495万元,1-3月完成投资2513万元… / 推进情况:…:
    the figures over the 推进情况 label are the task's, but what was invested in 1-3月 is
    how far the work got (a task is set for the year), and so is its share of the goal."""
    title = "2023年1-3月十件民生实事进展情况"
    text = (f"{title}\n\n一、保障好重点群体就业,开展补贴性职业技能培训2万人次。\n\n"
            "年度投资目标15495万元,1-3月完成投资2513万元,占年度投资目标的16.22%。\n\n"
            "推进情况:全市统筹开展补贴性职业技能培训5585人次。\n")
    values = rows(parse(doc_of(text, title=title, year=2023)))
    assert [(v["raw"], v["role"]) for v in values if v["unit"] == "元"] == [
        ("15495万元", "target"), ("2513万元", "actual")]


def test_a_final_accounts_figures_of_the_year_before_are_its_baseline():
    """A 2017 final account giving 2016's figures beside its own: the year before is what
    its own are compared with; a cause told in passing (原因是2016年购置…) stays reported."""
    text = ("某局2017年度部门决算\n三、支出决算情况\n"
            "2017年度支出合计2906万元,其中:基本支出279万元;项目支出2626万元。2016年度支出合计"
            "628万元,其中:基本支出230万元;项目支出398万元。减少的主要原因是2016年购置公务用车"
            "19.44万元。\n")
    values = rows(parse(doc_of(text, title="某局2017年度部门决算", year=2017)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("2906万元", "actual"), ("279万元", "actual"), ("2626万元", "actual"),
        ("628万元", "baseline"), ("230万元", "baseline"), ("398万元", "baseline"),
        ("19.44万元", "actual")]


def test_a_budget_adjusted_and_what_will_be_done_are_targets():
    """调整为 / 调增 state the plan as it now stands; 将完成 what is yet to be done (a news
    item on a plan), whatever the genre's prior."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("年度预算执行中,一般公共预算收入由年初的76138万元调整为89138万元,调增13000万元,"
            "其中:税收收入调整为40500万元。")
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "target"] * 4
    text = "“十三五”期间,全省将完成水利投资1429亿元。全年完成水利投资300亿元。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "target", "actual"]


def test_a_plan_in_brackets_and_the_margin_a_result_passed_it_by():
    """占全年筛查任务(6.6万人)的103.12%: the bracketed task is the plan; 超出省定目标任务
    (60%)22.33个百分点: the goal, then by how much the result passed it, reported."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("全市共进行宫颈癌筛查68059人,占全年筛查任务(6.6万人)的103.12%;免费超声筛查33672人,"
            "筛查率82.33%,超出省定目标任务(60%)22.33个百分点。")
    assert [(s.raw, value_role(text, s, (), "work_summary")) for s in find_values(text)] == [
        ("68059人", "actual"), ("6.6万人", "target"), ("103.12%", "actual"),
        ("33672人", "actual"), ("82.33%", "actual"), ("60%", "target"),
        ("22.33个百分点", "actual")]


def test_a_section_on_how_far_the_goals_were_reached_reports():
    """(二)专项资金预期目标完成程度: its heading names the goals, but what it tells is how
    far they were reached."""
    text = ("某县水利局2019年度专项资金绩效评价报告\n(一)专项资金基本情况\n"
            "资金总计85.98万元。\n(二)专项资金预期目标完成程度\n"
            "2019年完成九山河一期治理工程治理河道长度8.43公里;群众满意度超过95%。\n")
    values = rows(parse(doc_of(text, title="某县水利局2019年度专项资金绩效评价报告",
                               year=2019)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("85.98万元", "actual"), ("8.43公里", "actual"), ("超过95%", "actual")]


def test_a_reports_scores_are_of_the_period_it_evaluates():
    """奖补政策合规性得6分 in the 2020 self-evaluation report: a score of 2020's work, dated
    as its results are (750 of 834 dev labels date scores)."""
    text = ("一、项目决策情况\n奖补政策合规性得6分,自评得分96分。\n二、项目产出\n"
            "全年培训电商人才1200人次。\n")
    values = rows(parse(doc_of(text, title="旌德县2020年农村电商提质增效工程绩效评价自评报告",
                               year=2020)))
    assert [(v["raw"], v["role"], v["period_start"], v["period_end"]) for v in values] == [
        ("6分", "score", date(2020, 1, 1), date(2020, 12, 31)),
        ("96分", "score", date(2020, 1, 1), date(2020, 12, 31)),
        ("1200人次", "actual", date(2020, 1, 1), date(2020, 12, 31))]


def test_as_of_a_years_end_is_a_state_not_a_deadline():
    """截至2015年底,全国共有…34个: the state at a day, reported (截至 ends in 至, but is no
    到2025年底); 到2025年底 stays a deadline."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    for text, role in (("截至2015年底,全国共有省级行政区划单位34个(其中直辖市4个)。", "actual"),
                       ("到2025年底,全县建成学校34所。", "target")):
        assert {value_role(text, s, (), "statistical_bulletin")
                for s in find_values(text)} == {role}, text


def test_an_evaluations_points_and_scores_said_in_prose_are_scores():
    """(一)项目立项(8分): the points a criterion weighs; …,自评得3分: its score."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "(一)项目立项(8分):\n我县严格按照程序编报,自评得3分。资金到位率和及时率达100%。"
    assert [(s.raw, value_role(text, s, (), "work_summary")) for s in find_values(text)] == [
        ("8分", "score"), ("3分", "score"), ("达100%", "actual")]


def test_a_task_named_with_its_years_then_what_was_done_gives_a_target_then_actuals():
    """2606个撤并村通公路(2013—2017年)。上半年已完成…: unnumbered, in a page of no genre, the
    task its years name is a target; what was done, reported."""
    text = ("各项目标任务推进有力。主要进度如下:\n"
            "2606个撤并村通公路(2013—2017年)。上半年已完成建设4022公里,新解决1075个撤并村通"
            "公路。累计解决了2585个撤并村通公路,占总计划的99.2%。\n")
    values = rows(parse(doc_of(text, year=None)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("2606个", "target"), ("4022公里", "actual"), ("1075个", "actual"),
        ("2585个", "actual"), ("99.2%", "actual")]


def test_in_a_document_of_no_genre_figures_of_no_role_take_the_majority_role():
    text = "全年已完成道路硬化12公里。新建公厕120座。"
    values = rows(parse(doc_of(text, year=None)))
    assert [(v["raw"], v["role"]) for v in values] == [("12公里", "actual"), ("120座", "actual")]
    text = "新建公厕120座。"  # no word says either: no guess
    assert [v["role"] for v in rows(parse(doc_of(text, year=None)))] == ["unknown"]


def test_a_paragraph_opening_on_its_scope_scopes_its_generic_names():
    """道路运输业方面。全市发生事故15起…: the accidents of the paragraph are that sector's;
    a name of its own under such a lead (亿元GDP死亡率) stays as it is."""
    text = ("一、7月份事故情况\n7月份,全市发生生产安全事故17起,死亡11人。\n"
            "道路运输业方面。全市发生事故15起,同比增加7起;死亡9人,同比增加5人。\n"
            "安全生产方面:到2025年,亿元GDP死亡率不高于0.002。\n")
    values = rows(parse(doc_of(text, title="2021年1-7月份安全生产情况统计分析", year=2021)))
    names = [(v["raw"], v["indicator"]) for v in values]
    assert names[2:6] == [("15起", "道路运输业事故起数"),
                          ("同比增加7起", "道路运输业事故起数"),
                          ("9人", "道路运输业事故死亡人数"),
                          ("同比增加5人", "道路运输业事故死亡人数")]
    assert names[-1] == ("不高于0.002", "亿元GDP死亡率")


def test_in_a_summary_zhengqu_is_what_was_obtained():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "党政主要领导带队开展项目争取和招商引资活动8场次,争取上级资金3000万元。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "actual", "actual"]
    assert [value_role(text, s, (), "work_plan") for s in find_values(text)][-1] == "target"


def test_a_figure_in_brackets_after_a_basis_is_its_baseline():
    """较一季度(-10.8%)回升2.1个百分点: the first quarter's growth is the baseline of the
    change after the bracket, which is a result like the growth before it."""
    text = "二季度全县地区生产总值比上年同期增长-8.7%,较一季度(-10.8%)回升2.1个百分点。\n"
    values = rows(parse(doc_of(text, title="2024年二季度经济运行情况", year=2024)))
    assert [(v["raw"], v["role"], v["indicator"]) for v in values] == [
        ("比上年同期增长-8.7%", "actual", "地区生产总值"), ("-10.8%", "baseline", "地区生产总值"),
        ("回升2.1个百分点", "actual", "地区生产总值")]


def test_a_floor_for_a_year_only_begun_is_its_goal_and_a_result_once_it_is_over():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "2023年,街道将坚持“干”字为要,全年地区生产总值增长8%以上。"
    (span,) = find_values(text, year=2023)
    assert value_role(text, span, (), "unknown", published=date(2023, 2, 1)) == "target"
    assert value_role(text, span, (), "unknown", published=date(2024, 1, 20)) == "actual"
    # mid-year, a floor may be a result so far: no role from the date alone
    assert value_role(text, span, (), "unknown", published=date(2023, 7, 10)) == "unknown"


def test_a_programme_named_a_plan_is_no_target_cue():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "全年共申报通过国家级人才计划项目4个。"
    (span,) = find_values(text, year=2023)
    assert value_role(text, span, (), "unknown", published=date(2024, 2, 22)) == "actual"
    text = "全区现有教育部新时代中小学名师名校长培养计划1人。"
    (span,) = find_values(text, year=2022)
    assert value_role(text, span, (), "work_summary") == "actual"


def test_last_years_figure_is_a_baseline_of_last_year_and_the_plans_a_target():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("2023年,县级一般公共预算收入完成31751万元,完成预算数31220万元的101.7%,"
            "较上年28899万元增长9.9%。")
    spans = find_values(text, year=2024)
    assert [value_role(text, s, (), "work_summary") for s in spans] == [
        "actual", "target", "actual", "baseline", "actual"]
    assert spans[3].period_start == date(2022, 1, 1)
    assert spans[4].period_start == date(2023, 1, 1)


def test_a_government_reports_review_before_its_plans_reports_last_years_results():
    """A 政府工作报告 summary with no headings: its figures before any part on the year to
    come are results of the year reviewed; a 预期目标 paragraph starts the targets."""
    text = ("《政府工作报告》摘要:2021年全县经济社会发展各项目标任务高质量全面完成\n"
            "日期:2022年01月24日 来源:县融媒体中心\n"
            "报告指出,2021年是“十四五”开局之年。一年来,各项工作取得新成效。\n"
            "据统计预测,全县地区生产总值增长12.6%达92.9亿元。\n"
            "2022年主要预期目标是:地区生产总值增长8%。\n")
    records = parse(read_document("report.txt", text.encode("utf-8")))
    got = [(v["raw"], v["role"], str(v["period_start"])) for v in records.values
           if v["unit"] != ""]
    assert got == [("增长12.6%", "actual", "2021-01-01"), ("达92.9亿元", "actual", "2021-01-01"),
                   ("增长8%", "target", "2022-01-01")]


def test_a_figure_compared_with_its_plan_is_a_result_not_a_target():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "2022年“三公”经费支出总额为8,237.23万元,比年初预算增加1317.14万元。"
    records = parse(read_document("account.txt", text.encode("utf-8")))
    assert [v["role"] for v in records.values] == ["actual", "actual"]
    text = "年初预算为5000万元。"  # the plan itself stays a target
    (span,) = find_values(text)
    assert value_role(text, span, (), "unknown") == "target"


def test_an_estimate_for_a_year_over_at_publication_is_its_result():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "2023年区级一般公共预算收入预计完成39.1亿元。"
    (span,) = find_values(text, year=2023)
    assert value_role(text, span, (), "unknown", published=date(2024, 1, 11)) == "actual"
    assert value_role(text, span, (), "unknown", published=date(2023, 3, 1)) == "target"


def test_a_plan_reports_the_year_a_sentence_opens_on_when_it_is_before_the_plan():
    """A 计划执行情况及2023年计划 report reviews 2022 before it plans 2023: a sentence
    opening on 2022年, lists results across its semicolons; the plan's own year's
    figures stay targets."""
    from zhibiao.parse.genres import recognise

    text = ("各位代表:\n我受县政府的委托,现将全县2022年国民经济和社会发展计划执行情况及2023年"
            "计划(草案)报告如下,请予审议。\n2022年,全县地区生产总值同比增长4.3%;固定资产"
            "投资完成11.54亿元,同比增长20.1%。\n二、2023年计划\n2023年,全县地区生产总值增长"
            "6%左右。\n")
    doc = read_document("plan.txt", text.encode())
    assert doc.year == 2023 and recognise(doc) == "work_plan"
    values = rows(parse(doc))
    assert [v["role"] for v in values if v["raw"] in (
        "同比增长4.3%", "11.54亿元", "同比增长20.1%")] == ["actual"] * 3
    assert by_raw(values, "增长6%左右")["role"] == "target"


def test_a_bound_written_on_one_figure_is_no_goal_cue_for_the_next():
    """按照不低于25项的检测指标,完成全区102个村的水质检测 in a summary: 不低于 is the
    standard's own bound (a target); the 102 villages tested are a result."""
    text = ("2022年,区水利局工作总结。\n按照不低于25项的检测指标,完成全区102个村龙头水的水质"
            "检测,不定期对全区117个村的取水工程进行督导检查。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("不低于25项", "target"), ("102个", "actual"), ("117个", "actual")]


def test_the_aim_of_what_was_done_is_no_goal_cue():
    """以提升农村供水保障能力为目标,投入82万元对17处…进行升级改造 in a summary: the
    purpose of the work done, its money and sites are results."""
    text = ("2025年上半年工作总结。\n一是以提升农村供水保障能力为目标,投入82万元对17处农村"
            "供水设施进行升级改造。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [("82万元", "actual"), ("17处", "actual")]
    # …an overall aim likewise (以建设…现代农业为总体目标,…建设高标准农田1万亩)
    text = ("2021年农业农村工作总结。\n以建设高效、生态、安全现代农业为总体目标,对农业集中区农田"
            "设施进行提档升级,建设高标准农田1万亩、设施蔬菜3000亩。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [("1万亩", "actual"), ("3000亩", "actual")]


def test_a_share_of_the_plans_figure_and_the_parts_of_the_result_before_it_are_results():
    """完成造林11.4万亩,占年计划12万亩的95%。其中:…造林7.55万亩: the share reached is a
    result, and the parts after 其中 are of the 11.4万亩 done (the sentence's first figure
    in their unit), not of the plan's 12万亩."""
    text = ("市林业局工作进展\n(二)截止10月28日,完成造林11.4万亩,占年计划12万亩的95%。其中:"
            "林业重点工程造林7.55万亩,新栽核桃经济林2.77万亩。\n")
    values = rows(parse(read_document("progress.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("11.4万亩", "actual"), ("12万亩", "target"), ("95%", "actual"), ("7.55万亩", "actual"),
        ("2.77万亩", "actual")]


def test_an_action_plans_goals_are_targets_whatever_their_words():
    """一、行动目标 over 科技服务业营业收入同比增长15%: a goal of the plan, though 同比 alone
    would say a result."""
    text = ("2026年,是实施“十五五”规划的开局之年,现将加力推动产业高质量发展行动安排如下。\n"
            "一、行动目标\n——产业能级实现新跨越。科技服务业营业收入同比增长15%;5个战略性新兴"
            "产业链初具规模。\n")
    values = rows(parse(read_document("plan.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [("同比增长15%", "target"), ("5个", "target")]


def test_last_years_end_is_no_deadline():
    """系统就业人口59674人,其中脱贫人口58221人(占去年底的105.35%): 去年底 is a past date
    compared with, not 年底 as a deadline."""
    text = ("2021年工作总结\n截至12月14日,系统就业人口59674人,其中脱贫人口58221人(占去年底的"
            "105.35%)、边缘户1453人。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert {v["role"] for v in values} == {"actual"}


def test_a_year_the_report_is_past_after_zhi_is_where_a_figure_got_to():
    """由2017年的74.37亿元增至2021年的104.96亿元 in a 2022 government report: 至 before a year
    the report is past is no deadline, the figure is where the five years got to; 到2025年 in
    the same report is still the plan's."""
    text = ("2022年县人民政府工作报告\n一、过去五年政府工作回顾\n"
            "五年来,全县地区生产总值由2017年的74.37亿元增至2021年的104.96亿元,年均增长5.7%。\n"
            "二、今后五年目标\n到2025年,全县地区生产总值达到150亿元。\n")
    values = rows(parse(read_document("report.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("74.37亿元", "baseline"), ("104.96亿元", "actual"), ("年均增长5.7%", "actual"),
        ("达到150亿元", "target")]


def test_a_named_years_end_is_the_time_of_a_state_and_a_deadline_only_with_dao_or_qian():
    """2022年底,领取待遇人数为277990人 in a 2022 evaluation: the state at that time; 到2025年底
    and 2025年底前 set deadlines."""
    text = ("2022年度城乡居保市级补贴绩效评价报告\n2022年底,领取待遇人数为277990人。\n"
            "下一步,到2025年底参保人数达到30万人,2025年底前建成服务站10个。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("277990人", "actual"), ("达到30万人", "target"), ("10个", "target")]


def test_the_plan_a_level_is_a_share_of_is_the_target_whoever_approved_it_for_whom():
    """…完成22,368万元,为县人民代表大会批准全县全年预算32,972万元的67.8%: the approved
    budget (for the whole county) is the plan; what was collected and its share are done."""
    text = ("2023年1-9月财政预算执行情况\n其中:税收收入完成22,368万元,为县人民代表大会批准"
            "全县全年预算32,972万元的67.8%。\n")
    values = rows(parse(read_document("budget.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("22,368万元", "actual"), ("32,972万元", "target"), ("67.8%", "actual")]


def test_a_paragraph_a_progress_paragraph_follows_states_the_task():
    """一、…实施金茂小学等5处中小学建设工程… / 进展情况:…37个实验室建设项目已完成: the item's
    paragraph sets the task (targets), the 进展情况 paragraph tells what was done; an item
    with no progress paragraph after it is read as before."""
    text = ("2024年民生实事项目进展情况\n一、改善教育教学条件。实施金茂小学等5处中小学建设工程,"
            "新建37个人工智能教育实验室。\n进展情况:37个人工智能实验室建设项目已完成。\n"
            "二、完善交通路网。整修8条道路路面。\n")
    values = rows(parse(read_document("progress.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("5处", "target"), ("37个", "target"), ("37个", "actual"), ("已完成", "actual"),
        ("8条", "actual")]
    # …past the lines naming who answers for it (责任单位:…), or told done as 此项工作已完成
    # in a page of no genre
    text = ("2.全年开展职业技能培训4.7万人次以上。\n责任单位:市人力资源和社会保障局\n"
            "完成情况:全市开展各类职业技能培训10万人次。\n"
            "1.减少农村扶贫对象6.76万人(责任单位:市扶贫办,各县区)\n"
            "此项工作已完成。截至2019年12月底,全市完成减少农村扶贫对象7.497万人。\n")
    values = rows(parse(read_document("completion.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values if v["unit"] != "%"][:4] == [
        ("4.7万人次以上", "target"), ("10万人次", "actual"), ("6.76万人", "target"),
        ("已完成", "actual")]


def test_counts_of_performance_objectives_set_are_facts_not_targets():
    """该项目共编制12个绩效目标指标,其中一级指标3个 in a self-evaluation: 绩效目标 names the
    forms' objectives; the figures count them."""
    text = ("2022年衔接资金项目绩效自评报告\n该项目共编制12个绩效目标指标,其中一级指标3个,"
            "二级指标9个。\n")
    values = rows(parse(read_document("report.txt", text.encode())))
    assert {v["role"] for v in values} == {"actual"}


def test_a_budgets_execution_rate_in_a_self_evaluation_is_what_was_done():
    """预算执行率100% in a 绩效自评报告: 预算 names the rate's budget, no goal; the money
    approved (下达资金16.20万元) stays the target."""
    text = ("2023年度教育专项工作经费项目绩效自评报告\n全年下达资金16.20万元,实际拨付16.20万元,"
            "预算执行率100%。\n")
    values = rows(parse(read_document("report.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values][-1] == ("100%", "actual")


def test_a_plans_completion_rate_said_of_its_figures_is_what_was_done():
    """中央投资计划完成率分别为55.1%、49.7% in a monthly statistics page no genre claims: a rate of
    what was done of the plan, a result (计划 names the plan it is a share of); a work
    plan's 力争投资计划完成率达到95%以上 stays a target."""
    text = ("中央水利建设投资统计月报\n从工程类别看,重大节水工程、重点水源工程及其他工程"
            "中央投资计划完成率分别为55.1%、49.7%和71.5%。\n")
    values = rows(parse(read_document("report.txt", text.encode())))
    assert [(v["raw"], v["role"], v["indicator"]) for v in values] == [
        ("55.1%", "actual", "重大节水工程中央投资计划完成率"),
        ("49.7%", "actual", "重点水源工程中央投资计划完成率"),
        ("71.5%", "actual", "其他工程中央投资计划完成率")]
    plan = "2024年工作计划\n力争全年投资计划完成率达到95%以上。\n"
    values = rows(parse(read_document("plan.txt", plan.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [("达到95%以上", "target")]


def test_a_whole_year_estimated_early_in_the_next_is_the_year_just_ended():
    """预计,全年实现地区生产总值1200亿元,增长2.6%左右 in a page out on 2023-01-07 (an account of
    the government report): the estimate of 2022, a result; the same page out in May
    would estimate the year under way, a target."""
    body = ("预计,全年实现地区生产总值1200亿元,增长2.6%左右;规上工业增加值增长5.6%左右。\n")
    for published, role, year in (("2023-01-07", "actual", 2022), ("2023-05-07", "target", 2023)):
        text = f"逐梦新征程 砥砺创未来\n发布时间:{published}     来源:日报\n" + body
        values = rows(parse(read_document("page.txt", text.encode())))
        assert [(v["raw"], v["role"], v["period_end"]) for v in values][:2] == [
            ("1200亿元", role, date(year, 12, 31)), ("增长2.6%左右", role, date(year, 12, 31))]


def test_a_budget_items_share_of_the_total_budget_is_part_of_the_plan():
    """占支出总预算的95.57% in a 部门预算: a part of the whole budget, a target named as a share,
    no 预算完成率 (that is 占年初预算的95%, what was spent of the plan)."""
    text = ("2025年部门预算说明\n三、支出预算情况说明\n"
            "基本支出预算1037103.63元,占支出总预算的95.57%;项目支出预算48100元,"
            "占支出总预算4.43%。\n")
    values = rows(parse(read_document("budget.txt", text.encode())))
    assert [(v["raw"], v["role"], v["indicator"]) for v in values if v["unit"] == "%"] == [
        ("95.57%", "target", "基本支出占支出总预算比重"),
        ("4.43%", "target", "项目支出占支出总预算比重")]


def test_a_bracketed_figure_of_another_place_compared_with_is_that_places_result():
    """增速比全市平均增速(8.1%)低8.4个百分点: the city's own growth, an actual; 较一季度(-10.8%)
    回升: the subject's earlier figure, a baseline."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "全区规模以上工业增加值同比下降0.3%,增速比全市平均增速(8.1%)低8.4个百分点。"
    roles = {s.raw: value_role(text, s, (), "work_summary") for s in find_values(text)}
    assert roles["8.1%"] == "actual"
    text = "全区规模以上工业增加值增速较一季度(-10.8%)回升2.1个百分点。"
    roles = {s.raw: value_role(text, s, (), "work_summary") for s in find_values(text)}
    assert roles["-10.8%"] == "baseline"


def test_a_forecast_of_what_will_be_done_by_a_date_is_a_target():
    """预计到春节前可完成33项: not done yet; 预计全年增长5% in the same summary is the year's
    estimated result."""
    text = ("2023年民生实事工作总结\n县级民生实事进展顺利,预计到春节前可完成33项。"
            "预计全年地区生产总值增长5%。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [("33项", "target"), ("增长5%", "actual")]


def test_a_floor_in_a_report_of_what_was_done_is_what_was_done():
    """县领导小组每月至少1次听取工作汇报, in a 2021 summary: the practice kept, a result; a
    floor a sentence sets with a goal word (确保…不低于) stays a target."""
    text = ("2021年工作总结\n今年以来,县乡村振兴工作领导小组每月至少1次听取相关工作汇报。\n"
            "下一步,确保脱贫人口务工规模不低于5万人。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("至少1次", "actual"), ("不低于5万人", "target")]


def test_a_goal_a_figure_was_is_no_cue_for_the_clauses_after_it():
    """规上工业产值2024年仍然持续上扬突破70亿元目标,达到74.23亿元,同比增长23.75%: the goal
    is 70亿元's; what was reached is reported."""
    text = ("湖镇镇2024年工作总结\n一是规上工业产值2024年仍然持续上扬突破70亿元目标,达到74.23亿元,"
            "同比增长23.75%。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("突破70亿元", "target"), ("达到74.23亿元", "actual"), ("同比增长23.75%", "actual")]


def test_a_plans_task_table_copied_a_cell_a_line_states_targets():
    """序号 | 民生实事 | 责任单位 | 完成时限: each task a short sentence (新建2座人行天桥。), the
    rows' cells placed by kind; a table of tasks is read as the plan's prose, its figures
    targets named by their clause."""
    from zhibiao.parse.tables import is_text_table

    lines = ["2016年民生实事目标任务分解表", "序号", "民生实事", "责任单位", "完成时限",
             "1", "新建2座人行天桥。", "县住建局", "9月投入使用",
             "2", "启动县图书馆新馆建设。", "县文体广新局", "县代建中心", "12月底前",
             "3", "完成棚户区改造2836户。", "县住建局", "12月底前",
             "4", "城区再新建1个农贸市场。", "县商务局", "12月底前"]
    text = "\n\n".join(lines) + "\n"
    doc = read_document("plan.txt", text.encode())
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert is_text_table(doc, table)
    values = rows(parse(doc))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("2座", "target"), ("2836户", "target"), ("1个", "target")]


def test_figures_in_a_column_of_tasks_are_the_tasks_whatever_their_verb():
    """工作内容 | 当前工作进展 | 形象进度: 完成交通投资30亿元 under 工作内容 is the task (a target),
    完成综合交通投资33.9亿元 under 当前工作进展 what was done; a task cell that reports (已完成)
    keeps its own words."""
    text = ("工作内容 | 当前工作进展 | 形象进度 |\n"
            "完成交通投资30亿元,确保重大项目全部开工 | 完成综合交通投资33.9亿元,重大项目全部开工 | "
            "100.0% |\n"
            "改造提升农村道路40公里,打通断头路2条 | 已完成40公里,打通断头路2条 | 100.0% |\n"
            "实现较大自然村公交通达率97%以上,新增公交线路3条 | 已完成,目前通达率98% | 100.0% |\n")
    values = rows(parse(read_document("table.txt", text.encode())))
    roles = [(v["raw"], v["role"]) for v in values if v["unit"] != "%" or "97" in v["raw"]
             or "98" in v["raw"]]
    assert ("30亿元", "target") in roles and ("33.9亿元", "actual") in roles
    assert ("40公里", "target") in roles and ("97%以上", "target") in roles
    assert ("98%", "actual") in roles
    # (具体任务及目标 | 进展情况: a task column too)
    text = ("项目名称 | 具体任务及目标 | 进展情况 |\n"
            "公办教育资源扩容 | 完成2所公办幼儿园建设,可提供园位1415个。 | "
            "凤凰街道中心幼儿园已完工。 |\n"
            "宜春十中改造 | 完成宜春十中改造项目工程 | 屋面防水改造完成90%。 |\n")
    values = rows(parse(read_document("table.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("2所", "target"), ("1415个", "target"), ("90%", "actual")]
    # (a 民生实事 progress table's 实事内容 column, copied a cell a line, in a 进展情况 report)
    text = ("2018年6月民生实事进展情况\n序号\n\n实事内容\n\n牵头单位\n\n进展情况\n\n1\n\n"
            "推进下山异地搬迁工程,完成生态搬迁1.5万人。\n\n市委农办\n\n"
            "已完成搬迁20612人,完成率137%。\n\n2\n\n全市新增城乡公交线路35条。\n\n"
            "市交通运输局\n\n已完成新增线路37条,完成率106%。\n")
    values = rows(parse(read_document("table.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("1.5万人", "target"), ("20612人", "actual"), ("137%", "actual"),
        ("35条", "target"), ("37条", "actual"), ("106%", "actual")]
    # (a month's planned progress beside the progress made: 8月计划进度 | 实际进度情况)
    text = ("乐清市2022年民生实事项目8月进度\n"
            "项目内容 | 8月计划进度 | 实际进度情况 | 完成率 | 责任单位 |\n"
            "(1)吸收60所民办等级幼儿园为公助园。 | 新吸收8所公助园,使公助园总数达60所。 | "
            "新吸收8所公助园,总数达到了60所。 | 72% | 市教育局 |\n")
    values = rows(parse(read_document("table.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("60所", "target"), ("8所", "target"), ("达60所", "target"), ("8所", "actual"),
        ("60所", "actual"), ("72%", "actual")]


def test_a_bulletins_headline_result_is_no_task():
    """三、固定资产投资下降19.4%。1-6月,全县固定资产投资同比下降19.4%…: a statistical
    bulletin sets no tasks; the item's first sentence is its headline result (a progress
    report's 1.新开工项目100个。上半年…80个。 states the task first)."""
    text = ("2020年上半年全县经济运行情况统计公报\n国民经济和社会发展统计公报 初步核算 统计局\n"
            "一、地区生产总值增长3.1%。1-6月,全县地区生产总值比上年增长3.1%,"
            "社会消费品零售总额同比下降6.5%。\n"
            "三、固定资产投资下降19.4%。1-6月,全县固定资产投资同比下降19.4%。\n")
    doc = read_document("bulletin.txt", text.encode())
    values = rows(parse(doc))
    assert {(v["raw"], v["role"]) for v in values} >= {("下降19.4%", "actual"),
                                                       ("增长3.1%", "actual")}


def test_a_plans_review_of_the_last_period_reports_what_was_done():
    """一、编制背景 (or 发展基础) of a 十四五 plan reviews the 十三五: its figures are actuals,
    though the plan names no kind a genre knows."""
    text = ("马鞍山市“十四五”残疾人保障和发展规划\n一、编制背景\n"
            "“十三五”期间,马鞍山市全面完成残疾人事业发展各项任务。"
            "全市6567名建档立卡贫困残疾人实现脱贫,新增1288名残疾人就业,"
            "适龄残疾儿童入学率达97%。\n")
    values = rows(parse(read_document("plan.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("6567名", "actual"), ("1288名", "actual"), ("达97%", "actual")]


def test_a_heading_naming_another_year_than_the_titles_dates_the_figures_under_it():
    """关于2020年财政决算(草案)和2021年1至8月财政预算执行情况的报告: under 一、2020年财政决算
    情况 the figures are 2020's, under 二、2021年1-8月… the title's months'."""
    text = ("关于2020年财政决算(草案)和2021年1至8月财政预算执行情况的报告\n"
            "一、2020年财政决算情况\n全县地方一般公共预算收入82628万元,为调整预算的100%。\n"
            "二、2021年1-8月预算执行情况\n全县地方一般公共预算收入完成61000万元。\n")
    values = rows(parse(read_document("report.txt", text.encode())))
    periods = {v["raw"]: (v["period_start"], v["period_end"]) for v in values}
    assert periods["82628万元"] == (date(2020, 1, 1), date(2020, 12, 31))
    assert periods["61000万元"] == (date(2021, 1, 1), date(2021, 8, 31))


def test_a_heading_naming_a_topic_of_plans_with_the_months_so_far_reviews_it():
    """一、1-12月重大投资项目(省重点项目)总体情况: 重点项目 is a topic of plans, but with 1-12月
    the heading says how it went; 一、重点项目 alone still plans."""
    text = ("晋安区2022年1-12月各类项目总结\n一、1-12月重大投资项目(省重点项目)总体情况\n"
            "省重点项目共9项,总投资171.19亿元,1-12月累计完成投资33.76亿元。\n")
    values = rows(parse(read_document("summary.txt", text.encode())))
    assert {v["role"] for v in values} == {"actual"}
    text = "某区2023年工作安排\n一、重点项目\n新建学校3所,完成投资5亿元。\n"
    values = rows(parse(read_document("plan.txt", text.encode())))
    assert {v["role"] for v in values} == {"target"}


def test_a_year_an_item_heading_compares_with_is_no_year_it_reviews():
    """(一)因公出国(境)费支出0万元,与2019年预算持平 in a 2020 budget: the item's figures are
    the 2020 budget's (targets of 2020), not a review of 2019."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse
    text = ("杜集经济开发区管委会2020年部门“三公”经费预算\n"
            "(一)因公出国(境)费支出0万元, 与2019年预算持平。\n"
            "(二)公务接待费支出22.20万元,比2019年预算减少4.8万元,下降17.78%。\n")
    records = parse(read_document("x.txt", text.encode()))
    found = [(v["raw"], v["role"], str(v["period_end"])) for v in records.values]
    assert found == [("0万元", "target", "2020-12-31"), ("持平", "target", "2020-12-31"),
                     ("22.20万元", "target", "2020-12-31"),
                     ("比2019年预算减少4.8万元", "target", "2020-12-31"),
                     ("下降17.78%", "target", "2020-12-31")]


def test_what_a_unit_has_now_is_held_not_planned():
    """单位现有公务用车2辆 in a 三公 budget: the cars held, an actual; 在现有基础上再新增公务
    用车2辆 plans on that base (a target of the budget)."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    def roles(line: str) -> list[tuple[str, str]]:
        text = "某单位2022年“三公”经费预算情况的说明\n" + line + "\n"
        return [(v["raw"], v["role"]) for v in parse(read_document("x.txt", text.encode())).values]
    assert roles("单位现有公务用车2辆,其中:轿车1辆。") == [("2辆", "actual"), ("1辆", "actual")]
    assert roles("在现有基础上再新增公务用车2辆。") == [("2辆", "target")]


def test_both_figures_of_a_pair_after_you_are_the_baseline():
    """贫困人口由13677户49479人减至887户1472人: both figures after 由 are where it started
    (baselines), both after 减至 where it got to."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse
    text = "2019年陇县人民政府工作报告\n全县贫困人口由13677户49479人减至887户1472人。\n"
    records = parse(read_document("x.txt", text.encode()))
    assert [(v["raw"], v["role"]) for v in records.values] == [
        ("13677户", "baseline"), ("49479人", "baseline"), ("887户", "actual"),
        ("1472人", "actual")]


def test_a_result_compared_with_its_plan_names_the_plan_and_its_change():
    """公共预算收入35215万元,较年初预算40860万元: the second figure is the revenue's plan (a
    target, 公共预算收入年初预算数); 公务接待费为3.77万元,较预算数增加(减少)0.003万元 — a
    template's change against the budget, of 公务接待费."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse

    def found(line: str) -> list[tuple[str, str, str]]:
        text = "关于某县2021年财政决算草案的报告\n" + line + "\n"
        records = parse(read_document("x.txt", text.encode()))
        names = {i["indicator_id"]: i["name"] for i in records.indicators}
        return [(v["raw"], names.get(v["indicator_id"]), v["role"]) for v in records.values]
    assert found("2021年度公共预算收入35215万元,较年初预算40860万元。") == [
        ("35215万元", "公共预算收入", "actual"), ("40860万元", "公共预算收入年初预算数", "target")]
    assert found("公务接待费为3.77万元,较预算数增加(减少)0.003万元,增长(下降)0.07%。")[1:] == [
        ("较预算数增加(减少)0.003万元", "公务接待费", "actual"),
        ("增长(下降)0.07%", "公务接待费", "actual")]


def test_a_plan_word_alone_under_an_item_heading_is_the_items_plan():
    """二、…“三公”经费预算具体情况 / (二)公务接待费 / 2022年预算安排1万元: the figure is named
    by the item its heading names (公务接待费预算), not 预算 alone."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse
    text = ("某区政府办财政拨款“三公”经费2022年预算情况的说明\n\n"
            "二、2022年“三公”经费财政拨款预算具体情况\n\n(一)因公出国(境)经费\n\n"
            "2022年预算安排0万元,与2021年预算持平\n\n(二)公务接待费\n\n"
            "2022年预算安排1万元,与2021年预算持平。\n")
    records = parse(read_document("x.txt", text.encode()))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    assert [(v["raw"], names.get(v["indicator_id"])) for v in records.values] == [
        ("0万元", "因公出国(境)经费预算"), ("持平", "因公出国(境)经费预算"),
        ("1万元", "公务接待费预算"), ("持平", "公务接待费预算")]


def test_a_share_of_a_plan_counted_in_items_is_how_much_was_done():
    """共完成审计项目27个,占年初审计项目计划20个的135%: the share of the plan reached is an
    actual, whatever the plan is counted in (as 计划10亿元的120% is)."""
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse
    text = "2013年审计局工作总结\n2013年,我局共完成审计项目27个,占年初审计项目计划20个的135%。\n"
    records = parse(read_document("x.txt", text.encode()))
    assert [(v["raw"], v["role"]) for v in records.values] == [
        ("27个", "actual"), ("20个", "target"), ("135%", "actual")]


def test_a_plan_being_carried_out_is_no_cue_of_a_goal():
    """认真执行…国民经济和社会发展计划,…1—6月,全市地区生产总值增长8.0%: the report of
    the plan's execution; its figures are results."""

    text = ("上半年,全市认真执行市人大会议审议批准的国民经济和社会发展计划,全力以赴拼经济,"
            "1—6月,全市地区生产总值增长8.0%,全社会固定资产投资增长10.9%。\n")
    found = prose_rows(text, "work_summary", year=2025,
                       title="关于2025年1—6月国民经济和社会发展计划执行情况的报告")
    assert [(v["raw"], v["role"]) for v in found] == [
        ("增长8.0%", "actual"), ("增长10.9%", "actual")]


def test_a_banner_of_the_years_tasks_under_a_numbered_heading_sets_them_as_targets():
    """一、各项目实施进展情况 › (一)就业促进行动 › 市定任务(2023年度) / 工作进展情况: the
    banner under the numbered heading is inside it, so the tasks under 市定任务 are targets
    and what 工作进展情况 reports are results (已完成目标任务的100% reports, it sets no
    goal)."""

    text = ("一、各项目实施进展情况\n\n(一)就业促进行动\n\n市定任务(2023年度)\n\n"
            "1、充分就业社区创建18个;\n\n2、新增技能人才2400人;\n\n工作进展情况\n\n"
            "1、充分就业社区创建18个,已完成目标任务的100%。\n\n"
            "2、新增技能人才2450人,已完成目标任务的100%。\n")
    found = prose_rows(text, "work_summary", title="1-6月暖民心行动实施进展情况通报", year=2023)
    assert [(v["raw"], v["role"]) for v in found] == [
        ("18个", "target"), ("2400人", "target"), ("18个", "actual"), ("100%", "actual"),
        ("2450人", "actual"), ("100%", "actual")]


def test_a_total_reached_so_far_is_reported_whatever_plan_word_opens_the_sentence():
    """计划新开工项目157项,…,1-6月累计完成投资101.97亿元: the planned projects are the
    subject; what they have done so far is a result. In a plan, 累计 stays a goal's."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "计划新开工项目157项,年度计划投资194.54亿元,1-6月累计完成投资101.97亿元。"
    span = find_values(text)[-1]
    assert value_role(text, span, (), "unknown") == "actual"
    assert value_role(text, span, (), "work_summary") == "actual"
    assert value_role(text, span, (), "work_plan") == "target"


def test_the_share_reached_of_a_plan_whose_amount_stands_in_brackets_is_a_result():
    """占厅年度力争目标(606.5亿元)的137.9%: how much of the goal was reached; the goal's
    own amount is in brackets between."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "全省普通公路累计完成投资836.2亿元,占厅年度力争目标(606.5亿元)的137.9%。"
    spans = find_values(text)
    assert [value_role(text, span, (), "unknown") for span in spans] == [
        "actual", "target", "actual"]


def test_a_five_year_plan_reports_its_background_and_where_its_base_stands():
    """A 十四五 plan's 发展背景 reviews the last period, and a figure dated before the plan
    begins is where it starts from: results; its goals for 2025 are targets."""
    text = ("一、发展背景\n“十三五”以来,全市卫生健康事业发展成效显著,农村无害化卫生户厕普及率"
            "达99.9%。\n二、主要目标\n到2025年,居民健康素养水平达到35%。\n"
            "三、主要指标\n全员劳动生产率从2015年的8.22万元/人增长到2020年的11.77万元/人。\n")
    found = prose_rows(text, "indicator_plan", title="某市“十四五”卫生健康发展规划", year=2021)
    assert [(v["raw"], v["role"]) for v in found] == [
        ("达99.9%", "actual"), ("达到35%", "target"), ("8.22万元/人", "baseline"),
        ("11.77万元/人", "actual")]


def test_a_heading_saying_the_years_tasks_were_done_reports():
    """(一)扎实推进科技工作,超额完成年度任务 under 一、2022年工作总结: the heading says the
    tasks were over-fulfilled, so its figures are results; 确保完成年度任务 still sets goals."""
    body = "全年全县规上工业企业研发费用16.02亿元,年度任务完成率107%。\n"
    done = "一、2022年工作总结\n\n(一)扎实推进科技工作,超额完成年度任务。\n\n" + body
    found = prose_rows(done, "work_summary", title="县科技局2022年工作总结和2023年工作思路",
                       year=2023)
    assert [(v["raw"], v["role"]) for v in found] == [("16.02亿元", "actual"), ("107%", "actual")]
    carried = "一、2021年工作总结\n\n2.落实高质量发展目标。\n\n全县落实粮食播种面积50.3万亩。\n"
    found = prose_rows(carried, "work_summary", title="县农业农村局2021年工作总结", year=2022)
    assert [(v["raw"], v["role"]) for v in found] == [("50.3万亩", "actual")]
    asked = "(一)确保完成年度任务。\n\n全年全县规上工业企业研发费用16.02亿元。\n"
    found = prose_rows(asked, "work_plan", title="县科技局2023年工作计划", year=2023)
    assert [(v["raw"], v["role"]) for v in found] == [("16.02亿元", "target")]


def test_a_running_total_from_a_start_year_to_a_month_is_no_deadline():
    """2018年至2020年11月底,…共开工建设62600公里: 至 joins the span's start to the month
    the total reaches, no deadline, even with no publication date; 到2025年底 still is one."""
    text = ("2018年至2020年11月底,全市通组公路共开工建设62600公里。\n"
            "到2025年底,全市通组公路建成80000公里。\n")
    found = prose_rows(text, "unknown", title="全市通组公路建设进展", year=None)
    assert [(v["raw"], v["role"]) for v in found] == [("62600公里", "actual"),
                                                      ("80000公里", "target")]


def test_a_reported_figure_keeps_the_bound_written_after_it():
    """梅雨量达815毫米 reports 815 (=); 自来水普及率达99.5%以上 reports a bound (≥)."""
    text = "全年梅雨量达815毫米,自来水普及率达99.5%以上。\n"
    found = prose_rows(text, "work_summary", title="县水利局2023年工作总结", year=2024)
    assert [(v["raw"], v["role"], v["comparator"]) for v in found] == [
        ("达815毫米", "actual", "="), ("达99.5%以上", "actual", "≥")]


def test_a_summary_titled_with_the_years_execution_and_next_years_draft_reports_the_first():
    """2022年国民经济和社会发展计划执行情况和2023年…草案: its undated results are 2022's
    (the year before 执行情况), not the draft's 2023."""
    text = "全旗农作物播种面积365.15万亩,粮食产量达到25亿斤以上。\n"
    found = prose_rows(text, "work_summary", year=2023,
                       title="2022年国民经济和社会发展计划执行情况和2023年国民经济计划执行草案")
    assert [(v["raw"], v["role"], v["period_start"]) for v in found] == [
        ("365.15万亩", "actual", date(2022, 1, 1)), ("达到25亿斤以上", "actual", date(2022, 1, 1))]


def test_family_planning_is_no_plan():
    """2011-2015年计划生育率分别为97.26%、…: 计划生育 is a policy's name, no cue of a goal."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "“十二五”时期,我市计划生育率为97.26%。"
    (span,) = find_values(text)
    assert value_role(text, span, (), "unknown") != "target"
    text = "今年计划新建幼儿园3所。"
    (span,) = find_values(text)
    assert value_role(text, span, (), "unknown") == "target"


def test_any_goal_named_before_a_colon_leads_the_list_after_it():
    """2016年全市规划绿化造林目标:人工造林面积1.8万亩,…;新增四旁植树326万株,…: every item
    of the list, across its semicolons, is a goal, in a summary too."""
    text = ("2016年全市规划绿化造林目标:人工造林面积1.8万亩,新增森林覆盖率0.3个百分点;"
            "新增四旁植树326万株,完成育苗1万亩。\n")
    found = prose_rows(text, "work_summary", title="全市林业工作会议", year=2016)
    assert {v["role"] for v in found} == {"target"} and len(found) == 4


def test_a_run_of_shares_of_the_plan_reached_is_reported():
    """完成年度投资计划比例从高到低依次为:社会事业类项目25.2%、能源类项目21.8%: shares of the
    year's plan each kind of project reached, results (计划 names what they are shares of)."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("在建重点项目中,完成年度投资计划比例从高到低依次为:社会事业类项目25.2%、"
            "能源类项目21.8%。")
    assert [value_role(text, s, (), "work_summary") for s in find_values(text)] == [
        "actual", "actual"]


def test_a_task_heading_over_its_result_is_the_target():
    """(二)新增养老床位250张 / 新增378张养老床位,超额完成年度任务: in a report of a list of
    tasks, a numbered heading restates the task (whatever its verb, 完成9家…) and the
    paragraph under it says what was done; a topic heading (…完成情况) is no task."""
    text = ("2023年某区共安排29个为民办实事项目,已全部完成。具体情况如下:\n"
            "(一)新增养老床位250张\n新增378张养老床位,超额完成年度任务。\n"
            "(二)完成9家社区老年助餐点建设\n完成10家社区老年助餐点建设,超额完成年度任务。\n"
            "(三)养老服务完成情况\n全年新建养老机构12家,完成年度任务。\n")
    values = rows(parse(doc_of(text, title="2023年某区29项为民办实事项目完成", year=2024)))
    assert [(v["raw"], v["role"]) for v in values if v["number"] and v["raw"] != "29个"] == [
        ("250张", "target"), ("378张", "actual"), ("9家", "target"), ("10家", "actual"),
        ("12家", "actual")]


def test_a_goal_table_row_copied_as_a_line_is_named_without_its_levels():
    """效益指标经济效益指标 *资产股权年收益率( ≥**% ) >=8%: a 目标表 row whose grid was lost opens
    on its levels and a key mark, and ends on the template's blank: the indicator is the
    row's own name."""
    text = ("项目支出绩效目标申报表\n一级指标 二级指标 三级指标 指标值\n"
            "效益指标经济效益指标 *资产股权年收益率( ≥**% ) >=8%\n"
            "满意度指标服务对象满意度指标 *资产入股贫困人口满意度( ≥**% ) >=95%\n")
    result = parse(doc_of(text, title="2018年某项目支出绩效目标申报表", year=2018))
    indicators = {i["indicator_id"]: i["name"] for i in result.indicators}
    assert [(v["raw"], indicators[v["indicator_id"]]) for v in result.values] == [
        (">=8%", "资产股权年收益率"), (">=95%", "资产入股贫困人口满意度")]


#: One example per local role rule: (rule, text, the value's raw, genre, year, role).
LOCAL_RULE_EXAMPLES: list[tuple[str, str, str, str, int, str]] = [
    ("_bounded", "城镇调查失业率控制在5.5%以内。", "控制在5.5%以内", "government_report", 2024,
     "target"),
    ("_scored", "经自评,该项目绩效自评得分96分。", "96分", "work_summary", 2023, "score"),
    ("_in_task_column", "完成交通投资30亿元", "30亿元", "work_summary", 2023, "target"),
    ("_threshold", "在所有工业产值10亿元以上乡镇推开。", "10亿元以上", "work_summary", 2023,
     "unknown"),
    ("_said_as_baseline", "城镇化率由2020年的58.2%提高到65%。", "58.2%", "indicator_plan", 2021,
     "baseline"),
    ("_last_year_same_period", "优良天数为127天,去年同期为89天。", "89天", "work_summary", 2023,
     "baseline"),
    ("_prior_year_of_account", "2017年度支出合计700万元。2016年度支出合计628万元。", "628万元",
     "final_account", 2017, "baseline"),
    ("_last_year_basis", "一般公共预算收入较上年28899万元增长9.9%。", "28899万元",
     "budget_execution", 2023, "baseline"),
    ("_last_year_basis", "初步判定为生产安全事故9起,事故起数同比12起下降25%。", "12起",
     "work_summary", 2025, "baseline"),
    ("_last_year_basis", "死亡事故起数及人数较去年同期10起(10人)下降30%。", "10起",
     "work_summary", 2025, "baseline"),
    ("_last_year_basis", "死亡事故起数及人数较去年同期10起(10人)下降30%。", "10人",
     "work_summary", 2025, "baseline"),
    ("_plan_basis", "一般公共预算收入完成预算数31220万元的101.7%。", "31220万元",
     "budget_execution", 2023, "target"),
    ("_share_of_plan_reached", "一般公共预算收入完成预算数539267万元的99.6%。", "99.6%",
     "budget_execution", 2023, "actual"),
    ("_forecast_done", "预计到春节前可完成33项。", "33项", "work_summary", 2023, "target"),
    ("_expected", "本地生产总值预期增长7%左右。", "增长7%左右", "government_report", 2023,
     "target"),
    ("_basis_in_brackets", "增速较一季度(-10.8%)回升2.1个百分点。", "-10.8%", "work_summary",
     2023, "baseline"),
    ("_basis_in_brackets", "增速比全市平均增速(8.1%)低8.4个百分点。", "8.1%", "work_summary",
     2023, "actual"),
    ("_completion", "完成年度计划的103%。", "103%", "work_summary", 2023, "actual"),
    ("_listed_shares_of_plan", "完成年度投资计划比例依次为:社会事业类项目25.2%、基础设施类项目"
     "30.1%。", "30.1%", "work_summary", 2023, "actual"),
    ("_plan_a_share_is_of", "新增规上企业8家,完成全年目标任务7家的114.29%。", "7家",
     "work_summary", 2023, "target"),
    ("_budget_adjusted", "一般公共预算收入由年初的76138万元调整为89138万元。", "89138万元",
     "budget_execution", 2023, "target"),
    ("_approved_by_congress", "区十八届人大第一次会议批准年初一般公共预算收入76.68亿元。",
     "76.68亿元", "final_account", 2022, "target"),
    ("_plan_in_brackets", "共筛查6.8万人,占全年筛查任务(6.6万人)的103.12%。", "6.6万人",
     "work_summary", 2023, "target"),
    ("_margin_over_plan", "筛查率82.33%,超出省定目标任务(60%)22.33个百分点。", "22.33个百分点",
     "work_summary", 2023, "actual"),
    ("_task_size", "安排全市营造林任务面积38万亩。", "38万亩", "work_summary", 2023, "target"),
    ("_task_then_done", "126条农村黑臭水体治理已完成120条。", "126条", "work_summary", 2023,
     "target"),
    ("_task_then_done", "即“三区”人才计划教师专项工作补助经费合计75万元,已于本年度支出74万元,"
     "预算完成率98.7%。", "75万元", "unknown", 2022, "target"),
    ("_plan_contents", "确定5个方面20件重点民生实事。", "20件", "work_plan", 2023, "actual"),
    ("_size_in_heading", "一、基础设施方面(7项)\n新建道路3条。", "7项", "work_summary", 2023,
     "actual"),
    ("_fell_short", "三、存在主要问题\n建设工程有5个未达计划进度,占比21.7%。", "5个", "unknown",
     2017, "actual"),
    ("_staff_held", "部门预算编制的依据:总编制数45人,其中行政编制14人。", "14人", "budget", 2016,
     "actual"),
]


@pytest.mark.parametrize(("rule_name", "text", "raw", "genre", "year", "role"),
                         LOCAL_RULE_EXAMPLES, ids=[e[0] for e in LOCAL_RULE_EXAMPLES])
def test_each_local_role_rule_decides_its_example(rule_name, text, raw, genre, year, role):
    """Each local rule gives its example's role, no rule before it in LOCAL_ROLE_RULES
    takes the example first, and value_role returns it."""
    from zhibiao.parse.genres.prose import LOCAL_ROLE_RULES, _Figure, value_role
    from zhibiao.parse.sections import Heading
    from zhibiao.parse.values import find_values

    chain = (Heading(0, 0, "column", None, "工作内容"),) if rule_name == "_in_task_column" else ()
    (span,) = [s for s in find_values(text, year=year) if s.raw == raw]
    figure = _Figure(text, span, chain, genre, year)
    names = [rule.__name__ for rule in LOCAL_ROLE_RULES]
    rule = LOCAL_ROLE_RULES[names.index(rule_name)]
    assert rule(figure) == role
    assert all(earlier(figure) is None for earlier in LOCAL_ROLE_RULES[: names.index(rule_name)])
    assert value_role(text, span, chain, genre, year=year) == role


def test_every_local_role_rule_has_an_example():
    from zhibiao.parse.genres.prose import LOCAL_ROLE_RULES

    assert {rule.__name__ for rule in LOCAL_ROLE_RULES} == {e[0] for e in LOCAL_RULE_EXAMPLES}


def test_a_plans_indicator_arrangement_leads_its_targets():
    """…提出了2021年全市经济社会高质量发展指标体系安排,具体为:地区生产总值增长6.5%左右;…
    (a newspaper's account of a plan report, read as a bulletin): the list after the lead
    is of targets, whatever the genre's prior."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排,具体为:总量支撑型指标"
            "方面,地区生产总值增长6.5%左右;规上工业增加值增长9%;固定资产投资增长6%以上。")
    roles = {span.raw: value_role(text, span, (), "statistical_bulletin", year=2021)
             for span in find_values(text, year=2021)}
    assert roles["增长9%"] == roles["增长6.5%左右"] == "target"


def test_items_that_fell_short_of_their_plan_and_their_share_are_results():
    """未达到序时进度11项、占比20.0%; 1项指标未达预期目标 (a progress report's problems): the
    plan word is what they missed, not a goal of theirs; a threshold in the words of
    falling short (未达到全年任务计划40%) is no count of items and stays a goal."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = ("三、存在问题\n全年考核指标55项,未达到序时进度11项、占比20.0%;"
            "1项指标未达预期目标。进展较慢(未达到全年任务计划40%)的是绥中县(23.4%)。")
    roles = {s.raw: value_role(text, s, (), "unknown", year=2021)
             for s in find_values(text, year=2021)}
    assert (roles["11项"], roles["20.0%"], roles["1项"], roles["40%"]) == (
        "actual", "actual", "actual", "target")


def test_a_tasks_list_after_its_lead_and_a_task_set_in_a_measure_are_targets():
    """中方县2020年度营林生产任务为:人工造林1.5万亩,油茶低改0.2万亩,…: the list after a task
    lead holds the tasks, as one after 目标: does (not what was done, in a summary of the
    year); 增养任务是生猪存栏34.7万头: the task, set in the measure named after 是."""
    text = ("一、工作开展情况\n中方县2020年度营林生产任务为:人工造林1.5万亩,油茶低改0.2万亩,"
            "封山育林2.0万亩。截至目前,全县完成人工造林面积1.62万亩。\n"
            "生猪方面:2023年省市下达生猪复产增养任务是生猪存栏34.7万头。\n")
    values = rows(parse(doc_of(text, title="中方县林业局2020年工作总结", year=2020)))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("1.5万亩", "target"), ("0.2万亩", "target"), ("2.0万亩", "target"),
        ("1.62万亩", "actual"), ("34.7万头", "target")]
    assert values[-1]["indicator"] == "生猪存栏"


def test_a_share_of_what_the_plan_set_aside_is_how_much_was_reached():
    """省级下达预算240.8亿元,占计划安排的103%; 累计拨付资金21.39亿元,占计划投入的90.6%:
    the share of the plan's allotment reached, a result (the 下达预算 before it is the
    allotment's cue, not the share's)."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "省级下达预算240.8亿元,占计划安排的103%;累计拨付资金21.39亿元,占计划投入的90.6%。"
    roles = {s.raw: value_role(text, s, (), "unknown", year=2019)
             for s in find_values(text, year=2019)}
    assert (roles["103%"], roles["90.6%"]) == ("actual", "actual")


def test_a_reached_figure_settled_as_an_actual_reports_its_figure():
    """A page of no genre whose figures are settled as actuals by the ones that have a role
    (settle_roles): 高考本科上线率达到85.2% reports 85.2 (=), as it would in a summary; the
    grammar's ≥ for 达到 is a target's."""
    text = ("去年以来,我县大力实施民生工程。\n新建公办幼儿园2所、师生宿办楼3栋,高考本科上线率"
            "达到85.2%,普惠幼儿园占比达到79%,教师培训达到300人次以上。全县新增城镇就业5774人,"
            "完成农村劳动力转移3.19万人次。处理信访积案17起,破获各类刑事案件236起。\n")
    values = rows(parse(doc_of(text, year=2019)))
    reached = [(v["raw"], v["role"], v["comparator"]) for v in values if v["raw"][0] == "达"]
    assert reached == [("达到85.2%", "actual", "="), ("达到79%", "actual", "="),
                       ("达到300人次以上", "actual", "≥")]


def test_a_budgets_staff_is_held_and_its_new_members_are_planned():
    """总编制数45人, 在职人员30人 in a 部门预算's 编制依据: the staff the unit has (actual, as a
    staff table's rows are); 新增政协委员25名 is no staff word and keeps the budget's prior."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "四、部门收支预算编制的依据\n总编制数45人,在职人员30人。新增政协委员25名。"
    roles = {s.raw: value_role(text, s, (), "budget", year=2016)
             for s in find_values(text, year=2016)}
    assert (roles["45人"], roles["30人"], roles["25名"]) == ("actual", "actual", "target")


def test_a_margin_over_the_plan_said_inside_its_own_raw_is_a_result():
    """年均增长20.6%,超过规划目标5个百分点: the grammar takes 超过规划目标 into the raw; the
    words still say by how much the result beat the plan."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "财政总收入年均增长20.6%,超过规划目标5个百分点。"
    (margin,) = [s for s in find_values(text, year=2015) if s.raw.startswith("超过")]
    assert value_role(text, margin, (), "indicator_plan", year=2016) == "actual"


def test_a_section_on_money_that_came_in_reports_it():
    """一、项目概括 … (二)项目绩效目标 … 二、项目资金使用及管理情况 / (一)项目资金到位情况 /
    年初预算1086.95万元,资金到位率100% in an untitled evaluation: the money that came in,
    an actual (the budget it came against stays the plan)."""
    text = ("一、项目概括\n(一)项目基本情况\n项目资金用途为保障各处室履行职能。\n(二)项目绩效目标\n"
            "项目当年度目标:服务驻点人员在岗大于250天,完成至少7个调研课题。\n"
            "二、项目资金使用及管理情况\n(一)项目资金到位情况\n"
            "年初预算1086.95万元,资金到位率100%。全部属于财政资金。\n")
    roles = {v["raw"]: v["role"] for v in parse(doc_of(text, year=2023)).values}
    assert (roles["1086.95万元"], roles["100%"]) == ("target", "actual")


def test_the_months_a_paragraph_opens_on_date_the_figures_of_its_later_sentences():
    """2022年上半年,实现地区生产总值513.8亿元…。完成固定资产投资111.1亿元…: the first half of
    2022 in a report on the year's targets; a paragraph opening on no months keeps the year."""
    title = "2022年区政府工作报告目标任务完成情况"
    text = (f"{title}\n2022年上半年,实现地区生产总值513.8亿元,同比增长2.8%。完成固定资产投资"
            "111.1亿元,同比增长7.1%。\n全区一般公共预算收入31亿元,同比下降8.4%。\n")
    values = rows(parse(doc_of(text, title=title, year=2022)))
    assert [(v["raw"], str(v["period_end"])) for v in values] == [
        ("513.8亿元", "2022-06-30"), ("同比增长2.8%", "2022-06-30"),
        ("111.1亿元", "2022-06-30"), ("同比增长7.1%", "2022-06-30"),
        ("31亿元", "2022-12-31"), ("同比下降8.4%", "2022-12-31")]


def test_a_figure_over_the_plan_by_so_much_is_the_lead_it_reached():
    """超年度计划15.11个百分点 after a completion rate: 超 compares with the plan as 超过
    does, a change up that was reached (not a target for its 计划); 超序时进度44% is named by
    the schedule it beats, even in %."""
    title = "2015年新区重点项目完成情况"
    text = (f"{title}\n2015年新区重点项目实际完成投资1446.31亿元,占年度投资计划的115.11%,"
            "超年度计划15.11个百分点。1-12月累计完成投资33.76亿元,超序时进度44%。\n")
    values = rows(parse(doc_of(text, title=title, year=2015)))
    over = [(v["raw"], v["role"], v["change"]) for v in values if v["raw"].startswith("超")]
    assert over == [("超年度计划15.11个百分点", "actual", "up"), ("超序时进度44%", "actual", "up")]
    assert values[-1]["indicator"] == "超序时进度"


def test_a_share_of_the_plans_investment_is_reached():
    """1-3月累计完成投资9.9亿元,占年度计划投资42.13%: the share of the plan's investment
    done so far (no 的 after the plan) is a result, whatever its 计划."""
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "年度计划投资23.5亿元,1-3月累计完成投资9.9亿元,占年度计划投资42.13%。"
    assert [value_role(text, s, (), "work_summary") for s in find_values(text, year=2022)] == [
        "target", "actual", "actual"]


def test_an_expected_growth_in_a_government_report_is_a_target_and_beating_it_is_not():
    from zhibiao.parse.genres.prose import value_role
    from zhibiao.parse.values import find_values

    text = "提出今年将在六大方面推进高质量发展,本地生产总值预期增长7%左右。"
    (span,) = find_values(text, year=2023)
    assert value_role(text, span, (), "government_report", year=2023) == "target"
    text = "2022年,地区生产总值超预期增长6.5%。"
    (span,) = find_values(text, year=2023)
    assert value_role(text, span, (), "government_report", year=2023) == "actual"


def test_a_government_reports_targets_in_words_are_read_as_targets():
    """主要预期目标:…居民人均可支配收入增速与经济增速同步;主要污染物减排…完成市下达任务: targets
    said in words, each of its measure."""
    text = ("2024年政府工作报告\n今年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右;"
            "居民人均可支配收入增速与经济增速同步;主要污染物减排完成市下达任务。\n")
    values = rows(parse(read_document("report.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("增长6%左右", "target"), ("与经济增速同步", "target"), ("完成市下达任务", "target")]


def test_a_completion_paragraph_reports_results_in_a_document_of_no_known_genre():
    """目标任务:…建成投用现地监测预警设备17个。 then 完成情况:…建成投用现地监测预警设备17个: the
    second says what was done (an unknown genre's prior of targets does not make it one)."""
    text = ("一、全域治水攻坚与饮水保供项目\n"
            "目标任务:完成小流域整治2公里;建成投用现地监测预警设备17个。\n"
            "责任单位:区水利局\n完成情况:已完成小流域整治2公里;建成投用现地监测预警设备17个。\n")
    values = rows(parse(read_document("page.txt", text.encode())))
    assert [(v["raw"], v["role"]) for v in values] == [
        ("2公里", "target"), ("17个", "target"), ("2公里", "actual"), ("17个", "actual")]


def test_a_budget_the_congress_approved_is_the_final_accounts_plan_for_its_year():
    """…人大…会议批准年初一般公共预算收入76.68亿元,其中:本级收入48.09亿元 in a 决算: the
    approved budget and its parts are targets of the year accounted for, named without who
    approved them; what was done is the actual."""
    text = ("重庆市璧山区2022年区本级决算草案报告\n一、2022年预算收支决算情况\n"
            "区十八届人大第一次会议批准年初一般公共预算收入76.68亿元,其中:本级收入48.09亿元。"
            "2022年,区本级一般公共预算收入实际完成85.99亿元。\n")
    got = prose_rows(text, "final_account", title="重庆市璧山区2022年区本级决算草案报告", year=2022)
    approved, part, done = (by_raw(got, raw) for raw in ("76.68亿元", "48.09亿元", "85.99亿元"))
    assert (approved["indicator"], approved["role"], approved["period_start"]) == (
        "年初一般公共预算收入", "target", date(2022, 1, 1))
    assert (part["role"], part["period_start"]) == ("target", date(2022, 1, 1))
    assert done["role"] == "actual"
