"""parse(): every block is read whatever the genre; the genre is a prior for roles and periods."""

from __future__ import annotations

from datetime import date

from support import SAMPLES
from zhibiao.ingest import read_document
from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.text import split_blocks
from zhibiao.parse import parse


def doc_of(text: str, *, title: str | None = None, year: int | None = None,
           published: date | None = None) -> SourceDocument:
    return SourceDocument(doc_id="0123456789abcdef", source="t.txt", media_type="text/plain",
                          text=text, blocks=split_blocks(text), title=title, year=year,
                          published=published)


def values(doc: SourceDocument) -> list[tuple[str, str, str | None, date | None, date | None]]:
    records = parse(doc)
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    return [(v["raw"], v["role"], names.get(v["indicator_id"]), v["period_start"],
             v["period_end"]) for v in records.values]


def test_the_prose_of_a_table_genre_is_read_too():
    """A progress table with a sentence after it: the table genre reads its table, and the
    sentence is read as prose (issue 18's example), an actual of a report."""
    path = SAMPLES / "000_progress_quarterly.txt"
    text = path.read_text(encoding="utf-8") + "\n全年共检查企业1234家次，同比增长12.5%。\n"
    doc = read_document(str(path), text.encode("utf-8"))
    records = parse(doc)
    assert records.document["genre"] == "progress_table"
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    tail = [(v["raw"], v["role"], v["change"], v["change_basis"], names[v["indicator_id"]])
            for v in records.values if v["char_start"] >= text.index("全年共检查")]
    assert [t[:4] for t in tail] == [("1234家次", "actual", None, None),
                                     ("同比增长12.5%", "actual", "up", "同比")]
    assert all("检查企业" in t[4] for t in tail)


def test_cue_words_decide_roles_in_a_document_of_no_known_genre():
    text = ("某局情况说明\n"
            "今年以来，全局累计办理案件326件。\n"
            "下一步，确保全年办结率不低于95%，力争群众满意度达到90%以上。")
    found = values(doc_of(text))
    assert [(raw, role) for raw, role, *_ in found] == [
        ("326件", "actual"), ("不低于95%", "target"), ("达到90%以上", "target")]


def test_a_dated_figure_is_past_or_future_against_the_publication_date():
    text = ("某区情况通报\n"
            "2023年全区地区生产总值增长5.2%。\n"
            "2026年全区地区生产总值将达到800亿元。")
    found = values(doc_of(text, published=date(2024, 3, 1), year=2024))
    assert [(raw, role) for raw, role, *_ in found] == [
        ("增长5.2%", "actual"), ("达到800亿元", "target")]


def test_a_statistical_bulletin_reports_its_year():
    text = ("2023年某市国民经济和社会发展统计公报\n"
            "某市统计局\n"
            "初步核算，全年地区生产总值1234.5亿元，比上年增长5.6%。"
            "年末常住人口312.4万人，城镇化率为68.2%。三次产业结构持续优化。")
    doc = doc_of(text, title="2023年某市国民经济和社会发展统计公报", year=2023)
    assert parse(doc).document["genre"] == "statistical_bulletin"
    found = values(doc)
    assert {role for _, role, *_ in found} == {"actual"}
    # the year's flows cover 2023; a year-end stock (年末常住人口) ends with it
    assert {end for *_, end in found} == {date(2023, 12, 31)}
    assert {start for *_, start, _ in found} <= {date(2023, 1, 1), None}


def test_a_government_reports_review_is_about_the_year_before():
    text = ("2024年某市政府工作报告\n"
            "各位代表：\n"
            "一、2023年工作回顾\n"
            "过去一年，全市地区生产总值增长5.2%，一般公共预算收入增长8.1%。\n"
            "二、2024年主要预期目标\n"
            "地区生产总值增长5%左右，城镇调查失业率控制在5.5%以内。请予审议。")
    doc = doc_of(text, title="2024年某市政府工作报告", year=2024)
    found = values(doc)
    y2023, y2024 = (date(2023, 1, 1), date(2023, 12, 31)), (date(2024, 1, 1),
                                                          date(2024, 12, 31))
    assert [(raw, role, (start, end)) for raw, role, _, start, end in found] == [
        ("增长5.2%", "actual", y2023), ("增长8.1%", "actual", y2023),
        ("增长5%左右", "target", y2024), ("控制在5.5%以内", "target", y2024)]


def test_the_title_names_the_genre():
    """A title that says what the document is decides its genre, whatever its body."""
    for title, genre in (("2023年广州市生态环境保护工作总结", "work_summary"),
                         ("关于印发某县垃圾分类实施方案的通知", "work_plan"),
                         ("2019年某市委市政府为民兴办10件实事", "work_plan"),
                         ("关于印发《2025年罗湖区推动高质量发展“十大计划”》的通知", "work_plan"),
                         ("某市2024年政府工作报告", "government_report"),
                         ("2023年项目支出绩效目标申报表", "goal_table"),
                         ("某院2019年度部门预算公开", "budget"),
                         ("2022年省级第七批水利专项资金安排表", "budget"),
                         ("某旗人民政府办公室关于批转《〈某旗国民经济和社会发展第十四个五年规划"
                          "和2035年远景目标纲要〉分工方案》的通知", "work_plan"),
                         ("某局2022年度部门决算", "final_account"),
                         # (the words of a disclosure report's title turned about)
                         ("长桥乡2019年政府信息公开年度工作报告", "disclosure_report"),
                         # a five-year plan, whatever statistics its review quotes; how it
                         # has gone so far is a report
                         ("某县国民经济和社会发展第十三个五年规划纲要", "indicator_plan"),
                         ("某市“十四五”残疾人保障和发展规划", "indicator_plan"),
                         # (its name in quotes right before 规划)
                         ("乌鲁木齐市农业农村现代化“十四五”规划", "indicator_plan"),
                         ("关于某市国民经济和社会发展第十三个五年规划纲要中期实施评估情况的报告",
                          "work_summary"),
                         ("某县人民政府关于印发2025年国民经济和社会发展计划的通知", "work_plan"),
                         # the first kind named is the longest word ending first
                         ("某镇2018年政府工作报告和2019年工作计划", "government_report"),
                         # two kinds named: the first is what it is, the second its next step
                         ("某局2023年工作总结和2024年工作计划", "work_summary"),
                         ("2024年某市政府工作报告", "government_report"),
                         # the head of a title is its last kind
                         ("部门预算项目支出绩效自评表(2023年度)", "self_evaluation_table"),
                         # a report's targets parted out among departments: a plan; done:
                         # a report of how it went
                         ("某区人民政府办公室关于印发2022年区政府工作报告目标任务的通知",
                          "work_plan"),
                         ("《政府工作报告》摘要:2021年全县各项目标任务高质量全面完成",
                          "work_summary")):
        doc = doc_of(f"{title}\n今年全局共办理案件326件。", title=title)
        assert parse(doc).document["genre"] == genre, title


def test_a_task_list_with_deadlines_and_lead_units_is_a_plan():
    """A 任务分工 list without a title: its goals heading and the deadline of each task make
    it a plan, so a task's figures are targets (实现产值 is the plan's, not a result)."""
    text = ("一、经济社会发展的主要预期目标\n粮食产量100亿斤以上。\n市农技中心\n2024年底前\n"
            "二、加快新型工业化进程\n新增规上农产品加工企业10家，实现全产业链产值1330亿元。\n"
            "产业科\n2024年底前\n")
    records = parse(doc_of(text))
    assert records.document["genre"] == "work_plan"
    assert [v["role"] for v in records.values] == ["target"] * 3


def test_a_plan_report_reviews_the_year_before_the_plan_it_drafts():
    """…2022年国民经济和社会发展计划执行情况与2023年…计划草案的报告: a 政府工作报告 in kind;
    its review is of 2022 (the year before the plan's), the planned amount is the
    subject's target and the change after the completion share is the subject's."""
    title = "关于某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"
    text = (f"{title}\n一、2022年国民经济和社会发展计划执行情况\n"
            "初步预计,地区生产总值635亿元,完成年计划710亿元的89.4%(主要是二产未达预期),增长2.0%。\n")
    doc = doc_of(text, title=title, year=2022)
    assert parse(doc).document["genre"] == "government_report"
    y2022 = (date(2022, 1, 1), date(2022, 12, 31))
    found = [(raw, role, name, (start, end)) for raw, role, name, start, end in values(doc)]
    assert found[0] == ("635亿元", "actual", "地区生产总值", y2022)
    assert found[1][1:3] == ("target", "地区生产总值")
    assert found[2][1:3] == ("actual", "地区生产总值年计划完成率")
    assert found[3] == ("增长2.0%", "actual", "地区生产总值", y2022)


def test_progress_and_execution_reports_are_named_by_their_titles():
    for title, genre in (("1月-7月老旧小区改造及保障性安居工程进展情况", "work_summary"),
                         ("某区2023年上半年国民经济和社会发展计划执行情况的报告", "work_summary"),
                         ("市应急管理局2020年职能目标三季度工作进度汇总表", "progress_table"),
                         # a list of tasks in its months so far; a half-year's plan stays one
                         ("1-4月大观区50项民生实事有序推进", "work_summary"),
                         # a five-year plan's period reviewed at its end
                         ("温州“十三五”规划《纲要》预计完成31项指标", "work_summary"),
                         ("某市“十四五”发展规划", "indicator_plan"),
                         # the report's tasks listed to be done, the report cited in 《》
                         ("附件:1.2025年县《政府工作报告》任务清单", "work_plan"),
                         ("某局2024年上半年工作计划", "work_plan")):
        doc = doc_of(f"{title}\n今年全局共办理案件326件。", title=title)
        assert parse(doc).document["genre"] == genre, title


def test_money_documents_are_named_by_their_titles():
    """Budgets, final accounts and budget execution notes, titled as governments title them."""
    for title, genre in (("某街道2023年度“三公”经费决算情况说明", "final_account"),
                         ("某镇人民政府2022年决算报告", "final_account"),
                         ("某中心2023年度一般公共预算财政拨款“三公”经费支出决算", "final_account"),
                         ("2021年区本级“三公”经费预算支出表", "budget"),
                         ("某局2024年部门预算编制说明", "budget"),
                         ("2024年1-5月财政预算执行情况", "budget_execution"),
                         ("某县2024年上半年财政收支情况", "budget_execution"),
                         # a review of last year's budget and the draft of this year's
                         ("关于某区2023年预算执行情况和2024年预算草案的报告", "government_report")):
        doc = doc_of(f"{title}\n今年全局共办理案件326件。", title=title)
        assert parse(doc).document["genre"] == genre, title


def test_a_rule_on_publishing_budgets_named_first_is_no_title():
    """预决算公开操作规程 at a 三公 budget's head names a rule, not a final account: the
    budget's own cue words decide."""
    text = ("根据《关于印发某省预决算公开操作规程的通知》的有关规定,2025年全市“三公”经费预算总额为"
            "1969万元;其中:公务接待费242万元。部门预算按功能科目和经济科目编列,预算数如下。")
    assert parse(doc_of(text)).document["genre"] == "budget"


def test_a_three_public_budget_without_its_title_is_a_budget():
    """A 三公 budget's page that lost its title: its own lines (财政拨款预算安排…, 比上年预算
    增…) say budget, so its figures are the year's targets, named without the verb 安排,
    and a template's 增(减) change is the change of the figure before it."""
    text = ("2019年某市环境保护局“三公”经费财政拨款预算安排389000元,比上年预算增56400元,"
            "同比增长16.96%。\n(一)因公出国(境)费\n安排因公出国(境)费0元,比上年预算增(减)0元,"
            "同比增长(下降)0%。\n")
    records = parse(doc_of(text))
    assert records.document["genre"] == "budget"
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    assert [(v["raw"], v["role"], names.get(v["indicator_id"]), v["change"])
            for v in records.values] == [
        ("389000元", "target", "三公经费预算", None),
        ("比上年预算增56400元", "target", "三公经费预算", "up"),
        ("同比增长16.96%", "target", "三公经费预算", "up"),
        ("0元", "target", "因公出国(境)费", None),
        ("比上年预算增(减)0元", "target", "因公出国(境)费", None),
        ("同比增长(下降)0%", "target", "因公出国(境)费", None)]


def test_a_budget_explanation_without_its_title_is_a_budget():
    """A school's budget explanation whose page lost its title and opens on a page number:
    its shares of the 支出总预算 and its 收支预算情况说明 heading say budget, so its amounts
    are the year's targets."""
    text = ("5\n(一)教育支出类科目 5,806,105.16 元,占支出总预算\n82.27%,同比增加 3,520,772.45 "
            "元,增长 154.06%。\n(二)社会保障和就业支出类科目 557,718.56 元,占支\n出总预算 7.9%,"
            "同比增加 385,314.72 元,增长 223.5%。\n(三)卫生健康支出类科目 275,373.54 元,占支出总预"
            "\n算3.9%,同比增加 190,249.14 元,增长 223.5%。\n(四)住房保障支出类科目 418,288.92 元,"
            "占支出总预\n算5.93%,同比增加 288,986.04 元,增长 223.5%。\n"
            "四、财政拨款收支预算情况说明\n2023 年财政拨款收支总预算 7,057,486.18 元。\n")
    records = parse(doc_of(text))
    assert records.document["genre"] == "budget"
    assert {v["role"] for v in records.values} == {"target"}


def test_a_budgets_figure_of_a_year_before_is_its_baseline():
    title = "2025年“三公”经费预算情况说明"
    text = f"{title}\n2025年“三公”经费预算总额为1969万元,较2024年的2190万元减少221万元。"
    found = values(doc_of(text, title=title, year=2025))
    assert [(raw, role, start.year) for raw, role, _, start, _ in found] == [
        ("1969万元", "target", 2025), ("2190万元", "baseline", 2024),
        ("减少221万元", "target", 2025)]


def test_a_heading_naming_a_year_dates_the_undated_results_beneath_it():
    """An untitled report: 一、2020年全区收支决算 says which year its figures are of; a
    heading naming a half year dates them to that half."""
    text = ("一、2020年全区收支决算\n全区一般公共预算总收入410338万元,完成调整后预算的97.3%,"
            "下降6.4%。\n二、2021年上半年工作情况\n全区累计接待游客12万人次,同比增长5%。\n")
    found = [(raw, role, start, end) for raw, role, _, start, end in values(doc_of(text))]
    assert [(start, end) for *_, start, end in found] == [
        (date(2020, 1, 1), date(2020, 12, 31))] * 3 + [(date(2021, 1, 1), date(2021, 6, 30))] * 2
    assert {role for _, role, *_ in found} == {"actual"}


def test_a_trend_is_a_plans_target_and_no_reports_result():
    """发展质量稳步提升 in a report is said in passing; 应急处置能力有效提升 in a plan is the
    state it sets out to reach."""
    report = "某区2023年工作总结\n全年地区生产总值增长5%,发展质量稳步提升。"
    assert [raw for raw, *_ in values(doc_of(report, title="某区2023年工作总结"))] == ["增长5%"]
    plan = "某区2024年工作要点\n新增5个航空救援临时起降点,应急处置能力有效提升。"
    found = values(doc_of(plan, title="某区2024年工作要点"))
    assert [(raw, role) for raw, role, *_ in found] == [("5个", "target"), ("有效提升", "target")]
    untitled = "——发展质量稳步提升。财税收入增长3%。"  # generic reading, no genre
    assert [raw for raw, *_ in values(doc_of(untitled))] == ["增长3%"]


def test_a_standard_written_with_a_sign_is_a_target_even_among_results():
    title = "某省2022年度资金绩效自评报告"
    text = (f"{title}\n数量指标:布防飞机数量≥6架,实际布防6架;"
            "飞机飞行时长≥928小时,实际飞行时长909.93小时。")
    found = values(doc_of(text, title=title, year=2022))
    assert [(raw, role) for raw, role, *_ in found] == [
        ("≥6架", "target"), ("6架", "actual"), ("≥928小时", "target"), ("909.93小时", "actual")]
    # 根据实际 is what a plan goes by, 实际利用外资 a measure's name: no result
    plan = "某局2024年工作计划\n根据实际开支增加经费200万元,实际利用外资增长10%。"
    found = values(doc_of(plan, title="某局2024年工作计划"))
    assert [role for _, role, *_ in found] == ["target", "target"]


def test_a_sentence_opening_on_the_months_so_far_reports_results():
    """1-10月,…增长14.3%: a statistics office's release, even with no title, year or date."""
    text = ("10月份,示范区规模以上工业经济继续领跑全省。\n"
            "1-10月,示范区规上工业增加值增长14.3%,比1-9月回落1.6个百分点;产值增长2.0%。\n"
            "前三季度,全区固定资产投资下降5.1%。\n")
    assert {role for _, role, *_ in values(doc_of(text))} == {"actual"}
    plan = "上半年,力争固定资产投资增长10%。"  # a goal word decides
    assert [role for _, role, *_ in values(doc_of(plan))] == ["target"]


def test_a_page_of_counts_with_no_word_of_a_goal_states_what_is():
    text = ("2025年春季学期某县学校信息\n全县共有学校(幼儿园):480所。其中,幼儿园187所;"
            "小学230所;初中39所。\n学区情况:8个学区教育事务中心。\n")
    assert {role for _, role, *_ in values(doc_of(text))} == {"actual"}
    with_goal = text + "力争新建幼儿园3所。\n"  # a goal word: not all of it is what is
    assert "actual" not in {role for _, role, *_ in values(doc_of(with_goal))}


def test_a_share_of_the_years_planned_investment_is_a_result():
    text = ("某县2023年1-6月重点项目进展情况\n县级重点项目共530项,年度计划投资561.86亿元,"
            "1-6月累计完成投资362.32亿元,占年计划投资的64.49%。")
    found = values(doc_of(text, title="某县2023年1-6月重点项目进展情况", year=2023))
    assert [(raw, role) for raw, role, *_ in found][-2:] == [
        ("362.32亿元", "actual"), ("64.49%", "actual")]


def test_what_was_found_then_what_was_fixed_are_both_results():
    """排查隐患6271项,已整改5639项: found, then fixed (2个…建设已完成1个: a task, then done)."""
    title = "某县应急管理局2023年工作总结"
    text = (f"{title}\n排查各类一般安全隐患6271项,已整改5639项,各类重大安全隐患54项,已整改50项。"
            "2个嵌入式养老机构建设已完成1个。")
    found = values(doc_of(text, title=title, year=2023))
    assert [(raw, role) for raw, role, *_ in found] == [
        ("6271项", "actual"), ("5639项", "actual"), ("54项", "actual"), ("50项", "actual"),
        ("2个", "target"), ("1个", "actual")]


def test_an_untitled_section_of_a_report_is_known_by_what_only_reports_say():
    """获评…示范县 and a project 顺利实施: only a report of the past says so; its 年内完成 is
    what the year brought, not a goal."""
    text = ("一、提高乡村建设工作质效\n一是完善农村基础设施。投入2.09亿元,新建农村公路51.15公里,"
            "精河县获评自治区“四好农村路”示范县。灌区项目顺利实施,年内完成6个村队污水管网整村"
            "推进,城乡一体化供水率100%。\n")
    records = parse(doc_of(text))
    assert records.document["genre"] == "work_summary"
    assert {v["role"] for v in records.values} == {"actual"}


def test_a_text_that_says_it_reports_how_projects_went_is_a_report():
    """…同意将…补助资金用于实施…项目。…现将实施情况公告如下: an untitled notice of what was
    done with the money. Its 结算价 and 结余 are results, and so are the figures under (四)绩效
    目标实现情况 (how far the goals were reached); its 计划投资 stays the plan."""
    text = ("经市政府研究,同意将2025年第一批补助资金用于实施太平乡双层温室大棚建设项目。上述项目"
            "均由乡镇作为实施主体,现将实施情况公告如下:\n一、太平乡双层温室大棚建设项目\n"
            "(一)资金使用情况:计划投资117.98万元,结算价112.92万元,项目结余4.07万元。\n"
            "(四)绩效目标实现情况:项目当年开工率100%,验收合格率100%,受益脱贫户1户。\n")
    records = parse(doc_of(text))
    assert records.document["genre"] == "work_summary"
    roles = {v["raw"]: v["role"] for v in records.values}
    assert roles["117.98万元"] == "target"
    assert {roles["112.92万元"], roles["4.07万元"], roles["100%"], roles["1户"]} == {"actual"}


def test_a_title_on_how_the_months_so_far_went_makes_a_report_of_plan_words():
    """我区1-8月重点项目固投超序时进度7.33个百分点, a body whose words count as a plan's (年计划,
    推进方案, 倒排工作计划): the months so far and their progress, what was done."""
    title = "我区1-8月重点项目固投超序时进度7.33个百分点"
    text = (f"{title}\n\n发布时间:2010-09-18 00:00 信息来源:重点项目建设战役指挥部办公室\n\n"
            "    我区1-8月份完成重点项目固定资产投资23.68亿元,占年计划74%,超序时进度7.33个百分点。"
            "其中:省市级重点建设项目完成投资11.33亿元,区级重点建设项目完成投资12.35亿元;三明宾馆"
            "重建、闽新新型建材生产、城市物流园基础建设、徐碧新城住宅建设、天尊短流程铸造技改、汽车"
            "综合服务集中区建设等13个省市重点项目,完成年计划70%以上;82个省市区在建或预备重点项目中,"
            "三明一品农林产品仓储、华油仓储、三明汽车维修中心等26个项目滞后。针对滞后项目,指挥部要求"
            "要形成推进方案,明确挂包领导协调、责任单位跟进、项目要达到的目标和倒排工作计划,加大推进"
            "项目建设速度。\n")
    records = parse(doc_of(text, title=title, year=2010))
    assert records.document["genre"] == "work_summary"
    roles = {v["raw"]: v["role"] for v in records.values}
    assert roles["23.68亿元"] == roles["11.33亿元"] == "actual"


def test_a_budgets_figure_of_the_year_before_is_what_it_is_compared_with():
    title = "某厅2016年部门预算“三公”经费说明"
    text = (f"{title}\n2016年预算安排“因公出国(境)费”15万元。2015年预算数15万元,2016年预算与"
            "2015年预算持平。")
    found = values(doc_of(text, title=title, year=2016))
    assert [(raw, role, start.year) for raw, role, _, start, _ in found][:2] == [
        ("15万元", "target", 2016), ("15万元", "baseline", 2015)]


def test_a_kind_named_as_what_was_made_is_not_what_the_text_is():
    """分季度制定四个稳增长工作方案 at the head of a review names a plan that was made; a
    notice that 印发《…实施方案》 is that plan."""
    review = ("2024年,全市经济持续巩固回升向好。\n(一)分季度制定四个稳增长工作方案,推出168项"
              "稳增长措施,全年全市GDP增长6.0%。\n")
    assert parse(doc_of(review)).document["genre"] != "work_plan"
    notice = "根据《某市关于推进金桔产业高质量发展的实施方案》,现将任务分解下达。\n新种金桔7000亩。"
    assert parse(doc_of(notice)).document["genre"] == "work_plan"
    # an untitled monthly release opening on the plans the district carries out
    release = ("1-5月,全区上下坚持以习近平新时代中国特色社会主义思想为指导,深入实施系列三年行动"
               "计划,全区经济总体保持平稳增长。\n1-5月,全区规模以上工业增加值同比增长1.9%,较去年"
               "同期回落1.5个百分点。\n")
    found = parse(doc_of(release))
    assert found.document["genre"] != "work_plan"
    assert {v["role"] for v in found.values} == {"actual"}


def test_a_title_reporting_a_lists_completion_is_a_report_and_running_text_is_no_title():
    """2021年市政府10件民生实事完成情况 reports what the list's items came to; 完成情况 in
    a disclosure report's first sentence (重大项目完成情况等信息) names no kind."""
    title = "2021年市政府10件民生实事完成情况"
    text = f"{title}\n(一)城区教育基础设施建设\n新建校舍24.98万平方米,新增学位2.15万个。\n"
    found = parse(doc_of(text, title=title, year=2021))
    assert found.document["genre"] == "work_summary"
    assert {v["role"] for v in found.values} == {"actual"}
    text = ("一、总体情况\n本年度我局及时将政策法规、重大项目完成情况、工作动态等信息在网站上发布。"
            "全年发布政务类信息34条。\n")
    assert parse(doc_of(text)).document["genre"] != "work_summary"

def test_a_table_of_tasks_and_what_was_done_is_read_as_sentences_under_its_columns():
    """工作任务 | 分管市领导 | 牵头单位 | 落实进展情况: names and units outnumber the sentences,
    but the progress column says what was done: tasks are targets, progress results."""
    text = ("大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位 | 落实进展情况 |\n"
            "一、民生保障 | 1 | 将农村低保人均补差水平提高到每人每月300元。 | 陈某 | 市民政局 | "
            "已完成。农村补差水平已提高到459元/人月。 |\n"
            "2 | 将孤儿养育标准提高到每人每月2200元。 | 陈某 | 市民政局 | 已完成。已提高到每人每月"
            "2200元。 |\n")
    found = [(raw, role) for raw, role, *_ in values(doc_of(text))]
    assert ("300元", "target") in found and ("2200元", "target") in found
    assert ("提高到459元/人月", "actual") in found


def test_a_task_table_under_its_title_row_reads_each_column_by_its_header():
    """A table opening on its title (…7月份进度 | |) over 项目名称 | 项目内容及目标工程量 |
    7月进度, its task cells lists joined by 、: the contents hold the targets, the month's
    progress what was done."""
    text = ("2022年某区民生实事项目7月份进度 | ||\n"
            "项目名称 | 项目内容及目标工程量 | 7月进度 |\n"
            "促进就业创业 | 新增就业岗位18300人、帮扶引领成功创业人数450人 | "
            "累计新增就业岗位11000个,帮扶引领成功创业520户。 |\n"
            "适老化改造 | 完成适老化改造150户,增加卫生间、厨房等便利设施 | 完成75户改造 |\n"
            "幼有善育 | 新增公办托班14个、托位280个 | 已进场装修,玩具设备进场。 |\n")
    found = {raw: role for raw, role, *_ in values(doc_of(text, year=2022))}
    assert [found[raw] for raw in ("18300人", "450人", "150户", "14个", "280个")] \
        == ["target"] * 5
    assert [found[raw] for raw in ("11000个", "520户", "75户")] == ["actual"] * 3


def test_a_reports_table_of_targets_and_results_is_read_by_its_headers():
    """指标名称 | 年度目标 | 上半年完成 in a report read as prose: each row's figures are
    named by its 指标名称, the 年度目标 planned and the 上半年完成 done, not lone cells
    that name nothing."""
    text = ("某区2021年上半年国民经济和社会发展计划执行情况的报告\n"
            "一、上半年计划执行情况\n"
            "上半年,全区经济运行稳中加固。\n"
            "指标名称 | 年度目标 | 上半年完成 |\n"
            "1.增加值 | 6%以上 | 16.7% |\n"
            "2.全社会固定资产投资 | 500亿元 | 206.9亿元 |\n"
            "二、下半年工作安排\n"
            "全力推进重大项目建设。\n")
    doc = doc_of(text, title=text.splitlines()[0], year=2021)
    assert parse(doc).document["genre"] == "work_summary"
    found = [(raw, role, name) for raw, role, name, *_ in values(doc) if name]
    assert found == [("6%以上", "target", "增加值"), ("16.7%", "actual", "增加值"),
                     ("500亿元", "target", "全社会固定资产投资"),
                     ("206.9亿元", "actual", "全社会固定资产投资")]
    # …but where each column names a measure of its own (年度投资目标 | 累计完成投资), the
    # rows are kinds of projects, not indicators: the header reader leaves the table
    text = text.replace("指标名称 | 年度目标 | 上半年完成 |\n1.增加值 | 6%以上 | 16.7% |\n"
                        "2.全社会固定资产投资 | 500亿元 | 206.9亿元 |",
                        "项目类别 | 年度投资目标 | 累计完成投资 |\n新建项目 | 295亿元 | 142亿元 |\n"
                        "续建项目 | 763亿元 | 436亿元 |")
    doc = doc_of(text, title=text.splitlines()[0], year=2021)
    assert not [name for _, _, name, *_ in values(doc) if name in ("新建项目", "续建项目")]


def test_a_reports_table_of_figures_is_left_to_the_figure_reader():
    """A table of figures in a report read as prose (项目类别 | 年度投资目标 | 完成投资占年度
    投资目标的比例): the prose reader would read each cell alone, a lone 48.15% naming
    nothing; the figure reader names it by its row and column."""
    text = ("某州2020年1-6月重大项目进展情况\n"
            "一、总体情况\n"
            "上半年重大项目有序推进。\n"
            "项目类别 | 年度投资目标(万元) | 完成投资占年度投资目标的比例 |\n"
            "新建项目 | 2954712 | 48.15% |\n"
            "续建项目 | 7629583 | 57.09% |\n"
            "二、下一步工作\n"
            "加快项目建设进度。\n")
    doc = doc_of(text, title=text.splitlines()[0], year=2020)
    named = {raw: name for raw, _, name, *_ in values(doc)}
    assert named["48.15%"] == "新建项目完成投资占年度投资目标的比例"
    assert named["57.09%"] == "续建项目完成投资占年度投资目标的比例"


def test_a_budget_execution_note_reports_its_months():
    """A note on the budget's execution, untitled: its figures are results."""
    text = ("1-5月,我县地方一般公共预算收入累计完成34096万元,同比降低10.2%。其中:税收收入"
            "21334万元,非税收入12762万元。全县一般公共预算支出完成195043万元,同比增长6.3%。")
    records = parse(doc_of(text, year=2024))
    assert records.document["genre"] == "budget_execution"
    assert {v["role"] for v in records.values} == {"actual"}


def test_a_share_of_the_plan_in_a_final_account_is_a_result():
    """为年初预算的116.9% in a 决算报告: how much of the plan was reached, not the plan."""
    title = "某镇人民政府2022年决算报告"
    text = f"{title}\n全镇本级一般公共预算收入实现111.11万元,为年初预算的116.9%,比上年增长9.0%。"
    found = values(doc_of(text, title=title, year=2022))
    assert [role for _, role, *_ in found] == ["actual"] * 3


def test_a_share_of_a_target_reached_is_an_actual():
    """In a plan, whose figures are targets unless they say otherwise."""
    title = "2024年就业工作要点"
    text = (f"{title}\n"
            "去年全市完成省民生工程目标任务的130.26%。确保今年城镇新增就业5万人以上。")
    found = values(doc_of(text, title=title))
    assert [(raw, role) for raw, role, *_ in found] == [
        ("130.26%", "actual"), ("5万人以上", "target")]


def test_a_document_of_no_genre_that_mostly_reports_reports():
    """Four figures with report cue words and one with none: the fifth is an actual too.
    With as many targets as actuals, nothing is settled."""
    reported = ("某区卫生健康情况\n"
                "全年累计接种疫苗12万剂次，已完成改造医院3家，共发生疫情2起，"
                "累计培训医生560人次。新生儿死亡率0.93‰。")
    found = values(doc_of(reported))
    assert [role for _, role, *_ in found] == ["actual"] * 5
    mixed = ("某区卫生健康情况\n"
             "全年累计接种疫苗12万剂次，已完成改造医院3家。"
             "确保改造医院不少于5家，力争接种率达到95%。新生儿死亡率0.93‰。")
    found = values(doc_of(mixed))
    assert found[-1][:2] == ("0.93‰", "unknown")


def test_the_far_end_of_a_change_is_no_deadline_and_its_start_a_baseline():
    """In a review, 从2010年的A增加到2015年的B: A is the baseline, B what was reached (its
    到2015年 is the change's end, not a target's deadline)."""
    title = "2016年某旗政府工作报告"
    text = (f"{title}\n一、“十二五”时期工作回顾\n"
            "全旗地区生产总值从2010年的671.1亿元增加到2015年的1107.8亿元,年均增长10.5%。")
    found = values(doc_of(text, title=title, year=2016))
    assert [(raw, role) for raw, role, *_ in found] == [
        ("671.1亿元", "baseline"), ("1107.8亿元", "actual"), ("年均增长10.5%", "actual")]


def test_a_summarys_undated_figures_are_about_the_period_its_title_names():
    """…2020年上半年工作总结和下半年工作思路: its reported figures are of the first half
    (the period before 总结), its plans keep theirs."""
    title = "某局2020年上半年工作总结和下半年工作思路"
    text = (f"{title}\n一、上半年工作情况\n全市共检查企业1234家次。\n"
            "二、下半年工作思路\n确保全年事故起数下降10%。")
    found = values(doc_of(text, title=title, year=2020))
    assert found[0][:2] == ("1234家次", "actual")
    assert found[0][3:] == (date(2020, 1, 1), date(2020, 6, 30))
    assert found[1][1] == "target"


def test_a_government_report_printed_without_its_title_is_titled_by_its_pattern():
    """The Beijing 2024 report opens with 各位代表: its title is the genre's pattern with
    its year and the government that reports; a titled document keeps its own."""
    text = "各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2023年工作回顾\n"
    doc = doc_of(text, year=2024)
    doc.issuer = "北京市人民政府"
    assert parse(doc).document["title"] == "2024年北京市政府工作报告"
    doc.issuer = None
    assert parse(doc).document["title"] == "2024年政府工作报告"
    doc.title = "关于2024年工作的报告"
    assert parse(doc).document["title"] == "关于2024年工作的报告"
    assert parse(doc_of(text)).document["title"] is None  # no year, no title


def test_a_published_genre_is_read_by_its_tables_and_is_complete():
    """A 统计公报's table is read by its headers (the genre's parser), its prose after,
    and no cell is left to the generic extraction's guesses (20万以上 is no value)."""
    text = ("2023年某县国民经济和社会发展统计公报\n全年地区生产总值123.45亿元,比上年增长5.6%。\n"
            "| 指标 | 绝对数(亿元) | 比上年增长(%) |\n| 第一产业 | 20.1 | 3.5 |\n"
            "| 单价20万以上设备 | 台 | |\n")
    records = parse(doc_of(text, title="2023年某县国民经济和社会发展统计公报", year=2023))
    assert (records.document["genre"], records.document["status"]) == (
        "statistical_bulletin", "ok")
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    assert [(v["raw"], names[v["indicator_id"]], v["role"]) for v in records.values] == [
        ("20.1", "第一产业", "actual"), ("3.5", "第一产业", "actual"),
        ("123.45亿元", "地区生产总值", "actual"), ("比上年增长5.6%", "地区生产总值", "actual")]


def test_an_untitled_summary_is_of_the_year_it_opens_with():
    """A summary copied without its title, opening (under a heading) with 2022年,: its
    undated figures are about 2022, whenever it was published."""
    text = ("一、全市灾害事故形势\n2022年,在市委、市政府的坚强领导下,全市应急管理工作稳中有进。"
            "全市共发生生产安全事故350起、死亡298人。下一步工作思路：完善应急预案。\n")
    doc = read_document("s.txt", text.encode("utf-8"))
    found = values(doc)
    assert parse(doc).document["genre"] == "work_summary"
    assert [(raw, role, start, end) for raw, role, _, start, end in found] == [
        ("350起", "actual", date(2022, 1, 1), date(2022, 12, 31)),
        ("298人", "actual", date(2022, 1, 1), date(2022, 12, 31))]


def test_an_untitled_bureau_summary_is_known_by_its_sections():
    """No title, no 工作总结 in the text: 事故概况 … 基本情况 … 主要工作完成情况 and an opening
    2021年我局… make it the bureau's summary of 2021."""
    text = ("2021年我局在县委县政府的坚强领导下,确保全县安全生产形势总体稳定。\n一、事故概况\n"
            "(一)火灾基本情况:接处火警336起,其中成灾48起。\n二、主要工作完成情况\n"
            "厘清全县121项年度工作任务。\n")
    doc = read_document("s.txt", text.encode("utf-8"))
    assert parse(doc).document["genre"] == "work_summary"
    assert {(role, start) for _, role, _, start, _ in values(doc)} == {
        ("actual", date(2021, 1, 1))}


def test_a_text_opening_on_what_its_year_is_is_dated_by_it():
    """2022年是党的二十大召开之年,…  一、综合  初步核算,全年实现地区生产总值420.77亿元: an untitled
    county bulletin names its year as the year of something; its 全年 is 2022."""
    text = ("2022年是党的二十大召开之年,也是全面实施“十四五”规划的关键之年。\n一、综合\n"
            "初步核算,全年实现地区生产总值(GDP)420.77亿元,同比增长5.2%。\n")
    found = values(read_document("b.txt", text.encode("utf-8")))
    assert {(raw, start, end) for raw, _, _, start, end in found} == {
        ("420.77亿元", date(2022, 1, 1), date(2022, 12, 31)),
        ("同比增长5.2%", date(2022, 1, 1), date(2022, 12, 31))}


def test_an_untitled_bulletin_is_dated_by_its_first_line():
    """2023年在县委县政府坚强领导下,… and 2019年平潭县国民经济和社会发展统计公报 一、综 合 … (a
    title run into the body): the year's figures."""
    for text, year in (("2023年在县委县政府坚强领导下,全县经济稳中向好。\n"
                        "初步核算,全年实现地区生产总值120.5亿元,比上年增长5.1%。\n", 2023),
                       ("2019年平潭县国民经济和社会发展统计公报 一、综 合 初步核算,全年实现生产总值"
                        "282.85亿元,按可比价格计算,比上年增长8.1%。\n", 2019)):
        found = values(read_document("b.txt", text.encode("utf-8")))
        assert {(start, end) for _, _, _, start, end in found} == {
            (date(year, 1, 1), date(year, 12, 31))}, text


def test_a_form_is_dated_by_the_year_after_its_kind():
    """稷山县项目支出绩效自评表 (2021年度) 项目名称 …: a form copied onto one line keeps its
    year after its kind, and its figures are that year's."""
    text = ("基本公共卫生服务项目支出绩效自评表.xlsx\n稷山县项目支出绩效自评表 (2021年度) 项目名称 "
            "国家基本公共卫生服务\n全年建立居民健康档案38508人。\n")
    found = values(read_document("f.txt", text.encode("utf-8")))
    assert {(start, end) for _, _, _, start, end in found} == {
        (date(2021, 1, 1), date(2021, 12, 31))}


def test_a_bulletin_of_part_of_a_year_dates_its_figures_by_its_title():
    """2020年1-6月岳阳县经济运行的主要特点: a bulletin of the first half; its figures that
    say no period are the half's, not the year's (a 2020年统计公报's are the year's)."""
    text = ("2020年1-6月岳阳县经济运行的主要特点\n国民经济和社会发展 初步核算 统计局 增加值\n"
            "经省市核定,全县实现地区生产总值161.41亿元,同比增长0.8%。\n"
            "农林牧渔业增加值24.24亿元,同比增长1.9%。\n")
    found = values(read_document("b.txt", text.encode("utf-8")))
    assert {(start, end) for _, _, _, start, end in found} == {
        (date(2020, 1, 1), date(2020, 6, 30))}


def test_a_final_account_dated_only_by_its_page_is_of_the_year_before():
    """A 决算 put up on 2022-09-28 that names no year reports on 2021 (and a 2021年 one in
    its title on 2021 whenever it is put up)."""
    text = ("丰都县一般公共预算收支决算情况说明\n发布日期:2022-09-28\n"
            "全县一般公共预算收入决算数238965万元,增长3.98%。\n")
    found = values(read_document("f.txt", text.encode("utf-8")))
    assert {(start, end) for _, _, _, start, end in found} == {
        (date(2021, 1, 1), date(2021, 12, 31))}
    titled = text.replace("丰都县一般", "丰都县2022年一般")
    found = values(read_document("f.txt", titled.encode("utf-8")))
    assert {(start, end) for _, _, _, start, end in found} == {
        (date(2022, 1, 1), date(2022, 12, 31))}


def test_a_paragraph_reviewing_five_years_dates_its_results_by_them():
    """五年来,…地区生产总值年均增速6% in the 2026 report reviewing 十四五: 2021-2025, not 2025
    alone (a paragraph of the last year keeps the year)."""
    text = ("政府工作报告\n各位代表:\n一、“十四五”时期和2025年工作回顾\n"
            "五年来,我们锚定争先进位目标,综合实力跨越突破。主要经济指标快速增长,"
            "地区生产总值年均增速6%。\n2025年,全区实现地区生产总值1200亿元。\n")
    found = values(doc_of(text, title="2026年瑶海区政府工作报告", year=2026,
                          published=date(2026, 1, 14)))
    assert {raw: (start, end) for raw, _, _, start, end in found} == {
        "年均增速6%": (date(2021, 1, 1), date(2025, 12, 31)),
        "1200亿元": (date(2025, 1, 1), date(2025, 12, 31))}


def test_a_result_reported_up_to_a_day_covers_its_year_so_far():
    """截至9月20日,已有394份交办单…整改验收完毕: the year's results so far (2020-01-01 …
    09-20), as the labellers date them; 2025年底前建成… stays a deadline (no start)."""
    text = ("2020年前三季度工作进展情况\n截至9月20日,已有394份交办单整改验收完毕。\n"
            "二、下一步工作计划\n确保2020年底前建成应急指挥中心1个。\n")
    found = values(doc_of(text, title="2020年前三季度工作进展情况", year=2020))
    assert {raw: (role, start, end) for raw, role, _, start, end in found} == {
        "394份": ("actual", date(2020, 1, 1), date(2020, 9, 20)),
        "1个": ("target", None, date(2020, 12, 31))}


def test_a_report_titled_by_a_year_and_a_part_of_it_is_of_the_part():
    """2023年《政府工作报告》部分重点工作任务前三季度完成情况, …推进情况(截至9月30日): the year
    the title opens with is refined by the part it names after; 2021年上半年工作总结和下半年
    工作思路 stays the first half."""
    for title, last in (("2023年《政府工作报告》部分重点工作任务前三季度完成情况",
                         date(2023, 9, 30)),
                        ("2023年伊金霍洛旗重点项目调度推进情况(截至9月30日)", date(2023, 9, 30)),
                        ("庄桥街道2023年上半年工作总结和下半年工作思路", date(2023, 6, 30))):
        text = f"{title}\n全镇累计完成投资12亿元。\n"
        found = values(doc_of(text, title=title, year=2023))
        assert {(start, end) for _, _, _, start, end in found} == {(date(2023, 1, 1), last)}, title


def test_a_plan_section_of_a_summary_and_an_untitled_review_are_dated_by_what_they_say():
    """二、2024年工作计划 in a 2023 summary: its targets (and its 全年) are 2024's; 过去一年 in a
    2024 政府工作报告 printed without its review heading opens last year's results."""
    text = ("某局2023年工作总结和2024年工作计划\n一、2023年工作情况\n全年共检查企业1234家次。\n"
            "二、2024年工作计划\n2024年，我局将全力推进项目建设，全年完成固定资产投资10亿元。\n")
    found = values(read_document("s.txt", text.encode("utf-8")))
    assert [(raw, role, start) for raw, role, _, start, _ in found] == [
        ("1234家次", "actual", date(2023, 1, 1)), ("10亿元", "target", date(2024, 1, 1))]
    text = ("某县人民政府2024年政府工作报告\n"
            "过去一年，全县地区生产总值增长6.1%，城镇新增就业3200人。\n")
    found = values(read_document("g.txt", text.encode("utf-8")))
    assert [(role, start) for _, role, _, start, _ in found] == [
        ("actual", date(2023, 1, 1)), ("actual", date(2023, 1, 1))]


def test_a_document_opening_on_the_time_since_which_it_reports_is_a_summary():
    text = ("四季度以来，区市场监管局紧扣中心工作，新增市场主体2300户，同比增长12%；"
            "查处案件156件，罚没款320万元。\n")
    doc = read_document("u.txt", text.encode("utf-8"))
    assert parse(doc).document["genre"] == "work_summary"
    assert {role for _, role, *_ in values(doc)} == {"actual"}


def test_an_untitled_page_opening_on_what_was_done_in_a_period_is_a_summary():
    """2023年,…各项工作任务圆满完成: the review of a year, so its bounds are results
    (控制在12/10万 was reached); an opening that says what will be done is no review."""
    text = ("2023年,全省卫生健康系统奋力攻坚,各项工作任务圆满完成。县域内就诊率达92.6%;"
            "孕产妇死亡率、婴儿死亡率分别控制在12/10万、3.5‰。\n")
    doc = read_document("u.txt", text.encode("utf-8"))
    assert parse(doc).document["genre"] == "work_summary"
    assert [(raw, role) for raw, role, *_ in values(doc)] == [
        ("达92.6%", "actual"), ("控制在12/10万", "actual"), ("3.5‰", "actual")]
    planned = read_document("p.txt", "2024年,全市将完成投资100亿元,增长8%。\n".encode())
    assert parse(planned).document["genre"] != "work_summary"


def test_a_yearbook_entry_reviewing_its_year_is_a_summary_whatever_it_worked_for():
    """【概况】2022年,…围绕确保粮食安全这一主线,…各项工作取得成效: goal words before the
    sentence ends on what the work yielded name what was worked for; [本期综述] opens a
    review as 【概况】 does; 主要 holds no 要 of a goal."""
    for opening in ("【概    况】2022年,某区农业农村局围绕确保国家粮食安全这一主线,"
                    "真抓实干,各项工作取得成效。",
                    "[本期综述]\n1-6月,全县主要经济指标同比增长。"):
        text = opening + "\n创建玉米万亩示范片5个、千亩示范方20个。\n"
        doc = read_document("u.txt", text.encode("utf-8"))
        assert parse(doc).document["genre"] == "work_summary", opening
        assert {role for _, role, *_ in values(doc)} == {"actual"}, opening
    planned = "2023年,某区将围绕确保国家粮食安全这一主线,力争取得成效。\n创建示范片5个。\n"
    assert parse(read_document("p.txt", planned.encode())).document["genre"] != "work_summary"


def test_a_plan_an_assembly_approved_and_carried_out_names_no_kind():
    """按照县人大五次会议批准的某县2016年国民经济和社会发展计划,…: the plan the year
    carried out, not what the text is (its figures are the year's results); a notice
    approving a plan (批准我市2023年…发展计划。现将有关事项通知如下) is still that plan's."""
    text = ("2016年,在县委的正确领导下,按照县十六届人大五次会议批准的某县2016年国民经济和社会"
            "发展计划,采取切实有效措施,经济运行稳中有进。\n"
            "全县地区生产总值完成85.2亿元,比上年增长8.1%。\n")
    doc = read_document("u.txt", text.encode("utf-8"))
    assert parse(doc).document["genre"] != "work_plan"
    assert {role for _, role, *_ in values(doc)} == {"actual"}
    notice = ("某市第十五届人民代表大会第三次会议通过决议,批准我市2023年国民经济和社会发展计划。"
              "现将有关事项通知如下。\n地区生产总值增长6%左右。\n")
    assert parse(read_document("n.txt", notice.encode())).document["genre"] == "work_plan"


def test_a_document_reviewing_its_year_is_a_summary_of_that_year():
    """一年来, opening a paragraph of an untitled report, reviews the year it opened on:
    its undated figures are that year's results."""
    text = ("2022年,面对复杂多变的外部环境,我们迎难而上,砥砺前行。\n"
            "一年来,我们全力抓好五个方面的工作:\n"
            "(一)突出精准施策。全年财政总收入6.45亿元,固定资产投资额10.2亿元。\n")
    doc = read_document("u.txt", text.encode("utf-8"))
    assert parse(doc).document["genre"] == "work_summary"
    y2022 = (date(2022, 1, 1), date(2022, 12, 31))
    assert [(role, (start, end)) for _, role, _, start, end in values(doc)] == [
        ("actual", y2022)] * 2


def test_a_narrative_cell_of_a_form_no_reader_took_is_read_as_prose():
    """年度目标 | 新建养殖场占地约6500平米,建棚圈一栋约360平米…: the form reader reads its
    indicator rows; the overall goal's sentences in a cell of their own are read too, as
    a goal table's prose (targets), but a cell beside values a reader took is not."""
    page = """<html><head><title>绩效目标申报表</title></head><body><table border=1>
<tr><td>年度目标</td><td>项目新建养殖场占地约6500平米,建棚圈一栋约360平米,打井,配电,建围墙约300米。</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
<tr><td>产出指标</td><td>数量指标</td><td>新建养殖场</td><td>≥1个</td></tr>
</table></body></html>"""
    from zhibiao.ingest.html import read_html
    records = parse(read_html(page.encode(), "g.html", "0123456789abcdef"))
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    rows = [(v["raw"], v["role"], names.get(v["indicator_id"])) for v in records.values]
    assert ("≥1个", "target", "新建养殖场") in rows
    assert [(raw, role) for raw, role, _ in rows if raw.startswith("约")] == [
        ("约6500平米", "target"), ("约360平米", "target"), ("约300米", "target")]


def test_a_budgets_explanation_without_its_title_is_a_budget_and_sets_targets():
    """A page copied without its title line still explains a budget in words (收支预算
    情况说明, 收入预算, 支出预算): its amounts are the year's budgeted figures."""
    text = ("一、基本职能及主要工作\n二、部门预算单位构成\n三、收支预算情况说明\n(一)收入预算情况\n"
            "2024年收入预算11376591.44元,其中:本年财政拨款收入9538991.44元,占83.85%。\n"
            "(二)支出预算情况\n2024年支出预算11376591.44元。\n")
    records = parse(doc_of(text, year=2024))
    assert records.document["genre"] == "budget"
    assert {v["raw"]: v["role"] for v in records.values}["9538991.44元"] == "target"


def test_a_breakdown_by_place_names_its_parts_after_the_total_paragraphs_before():
    """分地区看,开发区同比增长3.4%…: the parts of the total stated before the breakdowns by
    kind and trade, not of the trade named last."""
    text = ("2024年1—10月,全市规模以上工业增加值同比下降5.3%。\n"
            "分门类看,采矿业增加值同比下降5.5%,制造业增加值同比下降5.9%。\n"
            "分行业看,汽车制造业同比增长9.5%,金属制造业同比下降15.7%。\n"
            "分地区看,开发区同比增长3.4%,昌图县同比增长1.3%。\n")
    named = {raw: name for raw, _, name, _, _ in values(doc_of(text, year=2024))}
    assert named["同比增长3.4%"] == named["同比增长1.3%"] == "规模以上工业增加值"
    assert named["同比增长9.5%"] == "汽车制造业"  # a breakdown by trade keeps its trades


def test_a_goal_reached_is_no_cue_of_a_goal_set():
    """较好的完成了全年各项目标任务,全镇完成规模工业增加值4.25亿元: in a government report's
    review, the goal is the one met (but 达到目标值95% states the goal's figure)."""
    text = ("政府工作报告\n各位代表:\n2023年,紧紧围绕县政府工作目标,较好的完成了全年各项目标任务,"
            "全镇完成规模工业增加值4.25亿元,一般公共预算收入4398.85万元。\n")
    roles = {raw: role for raw, role, _, _, _ in values(doc_of(text, year=2023))}
    assert roles == {"4.25亿元": "actual", "4398.85万元": "actual"}
    # (a quoted goal reached: 达到省人大常委会“全覆盖、制度化、常活动”的目标)
    text = ("2016年度区人大代表之家项目支出绩效自评报告\n截至目前,我区已建成人大代表之家16个,"
            "达到省人大常委会“全覆盖、制度化、常活动”的目标,2016年共开展活动58次,接待选民36批。\n")
    roles = {raw: role for raw, role, _, _, _ in values(doc_of(text, year=2016))}
    assert roles == {"16个": "actual", "58次": "actual", "36批": "actual"}


def test_a_text_reporting_final_figures_against_its_budget_is_a_final_account():
    """预算为…, 实际支出…决算为…: a final account's cues outrank a budget's; its parts are
    results."""
    text = ("2019年度“三公”经费财政拨款支出预算为44.52万元,"
            "2019年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元,占88.86%。本年度“三公经费”决算数未超过2019年预算数。\n")
    records = parse(doc_of(text, year=2019))
    assert records.document["genre"] == "final_account"
    assert {v["raw"]: v["role"] for v in records.values}["20.10万元"] == "actual"


def test_a_projects_works_after_its_contents_lead_are_targets():
    """项目建设内容:建设防洪挡墙3100立方米;建设引水水渠207.5米: the works it is to do."""
    text = ("元阳县大坪乡人民政府2021年度项目支出绩效单位自评报告\n"
            "1.虹鳟鱼鲟鱼养殖基地建设项目。项目建设内容:建设防洪挡墙3100立方米;建设引水水渠207.5米。\n")
    roles = {raw: role for raw, role, _, _, _ in values(doc_of(text, year=2021))}
    assert roles["3100立方米"] == roles["207.5米"] == "target"


def test_a_performance_self_evaluation_report_is_named_by_its_title():
    """自评报告 and 绩效评价 reports are one genre; a 评价指标表 stays a table, and a
    决算编制说明 is a final account whatever its text evaluates."""
    for title, genre in (("某县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告",
                          "self_evaluation_report"),
                         ("某局2021年度项目支出绩效单位自评报告", "self_evaluation_report"),
                         ("2020年度绩效评价", "self_evaluation_report"),
                         ("2023年某乡人民政府决算编制说明", "final_account")):
        doc = doc_of(f"{title}\n今年全局共办理案件326件。", title=title)
        assert parse(doc).document["genre"] == genre, title
    table = doc_of("2019年度某县高中助学金项目绩效评价指标表\n今年全局共办理案件326件。",
                   title="2019年度某县高中助学金项目绩效评价指标表")
    assert parse(table).document["genre"] != "self_evaluation_report"


def test_a_self_evaluation_reports_allocated_money_and_goals_are_targets():
    """In a 绩效自评报告 the money approved or allocated is the budget (a target), what was
    paid out is an actual; the parts after 其中 are allocated with their total; a bound is a
    goal; goals and results are of the year the title names."""
    title = "某县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告"
    text = (f"{title}\n一、概述\n"
            "本项目属中央水利资金项目,项目批复总投资61.8万元。"
            "根据《某省财政厅关于提前下达2021年中央财政水利发展资金预算的通知》精神,"
            "下达中央财政资金30.9万元,县财政资金30.9万元,共计下达61.8万元。\n"
            "2021年省财政厅下达专项资金1883万元。其中,公共数字文化建设47万元,一般项目1265万元。\n"
            "绩效目标:布防飞机数量≥6架。目前项目资金已拨付27万元,实际布防飞机6架。\n"
            "项目绩效目标完成情况:全年共计送戏下乡197场。")
    found = values(doc_of(text, title=title))
    assert [(raw, role) for raw, role, *_ in found] == [
        ("61.8万元", "target"), ("30.9万元", "target"), ("30.9万元", "target"),
        ("61.8万元", "target"), ("1883万元", "target"), ("47万元", "target"),
        ("1265万元", "target"), ("≥6架", "target"), ("27万元", "actual"), ("6架", "actual"),
        ("197场", "actual")]
    starts = {raw: start for raw, _, _, start, _ in found}
    assert starts["≥6架"] == starts["6架"] == date(2021, 1, 1)


def test_a_release_of_no_genre_reports_the_months_its_title_or_first_line_names():
    """A document of no genre titled for its months (…安全生产情况统计分析, 2021年1-7月)
    or, untitled, opening on them (2024年1-12月,全州…) reports its undated results for
    those months; a title that is a date names no period."""
    body = "一、总体情况\n全市发生生产安全事故17起。\n(一)道路运输业发生事故15起,死亡11人。"
    titled = doc_of(body, title="某市安全生产情况统计分析(2021年1-7月)", year=2021)
    assert {(start, end) for _, role, _, start, end in values(titled)} == {
        (date(2021, 1, 1), date(2021, 7, 31))}
    untitled = doc_of("一、生产安全事故总体情况\n2024年1-12月,全州发生生产安全事故42起。\n"
                      "二、行业领域\n(一)建筑业发生生产安全事故15起、死亡15人。")
    assert {(start, end) for _, _, _, start, end in values(untitled)} == {
        (date(2024, 1, 1), date(2024, 12, 31))}
    dated = doc_of(body, title="(2023年1月19日)", year=2023)
    assert {(start, end) for _, _, _, start, end in values(dated)} == {(None, None)}


def test_a_title_on_how_things_went_is_a_report():
    """情况 after a plan's kind (…民生实事项目情况), or in a title of no kind whose text
    shows no genre's cues (…安全生产情况通报), makes the document a report; a kind with its
    own 情况 word keeps it (…“三公”经费预算情况 is a budget by its text's cues)."""
    for title, genre in (("2021年1-9月某市办理省级重点民生实事项目情况", "work_summary"),
                         ("某镇2024年重点民生实事项目完美“交卷”", "work_summary"),
                         ("【某市】提前完成16项省市重点民生实事", "work_summary"),
                         ("我市圆满完成省8件实事和市10件实事", "work_summary"),
                         ("2023年某区29项为民办实事项目完成", "work_summary"),
                         ("2018年10个民生实事项目全面落实", "work_summary"),
                         ("某省2020年全省普通公路建设顺利完成年度目标", "work_summary"),
                         ("某市2017年市自选“十件民生实事”1—9月进度公示", "work_summary"),
                         ("某市2018年1-10月份安全生产情况通报", "work_summary"),
                         ("某县2025年国民经济和社会发展计划执行情况与2026年计划(草案)的报告",
                          "government_report")):
        doc = doc_of(f"{title}\n今年全局共办理案件326件。", title=title)
        assert parse(doc).document["genre"] == genre, title
    budget = doc_of("某局2022年“三公”经费预算情况\n2022年“三公”经费预算数为20万元,部门预算按功能"
                    "科目编列,预算公开如下。", title="某局2022年“三公”经费预算情况")
    assert parse(budget).document["genre"] == "budget"


def test_a_newspapers_words_for_a_list_done_make_a_report():
    """…民生实事交出满意“答卷” (a newspaper's title for the year's list done) reports; a
    plan that will write its 答卷 (奋力书写…“星”答卷) does not."""
    text = ("1月29日,记者从自治区政府办公厅获悉,截至2020年底,10个方面的24项民生实事已全面完成。\n"
            "在保障重点人群就业方面,全区城镇新增就业7.3万人。")
    title = "兑现庄严承诺!宁夏2020年十个方面民生实事交出满意“答卷”"
    doc = doc_of(text, title=title, year=2020, published=date(2021, 1, 29))
    assert parse(doc).document["genre"] == "work_summary"
    title = "2023年某街道民生实事工作计划:奋力书写“星”答卷"
    assert parse(doc_of(text, title=title, year=2023)).document["genre"] == "work_plan"


def test_an_allocation_cue_beyond_its_clause_speaks_of_money_only():
    """In a 绩效自评报告 下达 earlier in the sentence makes the money after it allocated, not
    the projects the money paid for; 批复 in a count's own clause still does."""
    title = "某省2022年度水利救灾资金绩效自评报告"
    text = (f"{title}\n省财政厅于12月将资金分解下达到相关市县,下达资金6800万元,"
            "共实施120项安全度汛项目。年初批复预算项目8个。")
    assert [(raw, role) for raw, role, *_ in values(doc_of(text, title=title))] == [
        ("6800万元", "target"), ("120项", "actual"), ("8个", "target")]


def test_a_document_cited_in_the_first_lines_is_not_the_texts_kind():
    """联合印发《…工作方案》,确定…: the untitled text reports on a plan it cites; 制定本工作方案
    and 现将《…任务分解表》下达给你们 name the text's own kind."""
    report = doc_of("经省政府常务会议研究审定,省委农办等五部门联合印发《2019年全省农村户用卫生厕所"
                    "改(新)建工作方案》,确定共101.5万户改厕任务。截至8月20日,全省共完成农村改厕任务"
                    "491441户。")
    assert parse(report).document["genre"] != "work_plan"
    for text in ("为推动全市劳动者技能就业,根据《关于印发〈建设工作方案〉的通知》精神,"
                 "制定本工作方案。全年培训2万人次。",
                 "各乡(镇)人民政府:现将《融安县2023年金桔生产任务分解表》下达给你们。新种金桔2150亩。"):
        assert parse(doc_of(text)).document["genre"] == "work_plan", text


def test_an_estimate_of_what_a_later_deadline_will_bring_is_a_target():
    """In a summary, 预计 reports the estimated result of the period; 预计在11月底完成… in a
    page out in August is still to be done."""
    text = ("某区水利局上半年工作总结\n一、工作开展情况\n上半年完成水毁修复12处。"
            "预计在11月底完成126座小山塘的清淤。")
    found = values(doc_of(text, title="某区水利局2025年上半年工作总结", year=2025,
                          published=date(2025, 8, 1)))
    assert [(raw, role) for raw, role, *_ in found] == [("12处", "actual"), ("126座", "target")]


def test_a_share_of_the_years_budget_is_of_the_plan_and_a_score_in_prose_is_a_score():
    """占年预算96540万元的22.04%: the budget is the plan reached against; 绩效自评分为98.14分
    in a report is the evaluation's score."""
    text = "某县财政收支情况\n1-5月,全县大口径财政收入完成21282万元,占年预算96540万元的22.04%。"
    assert [(raw, role) for raw, role, *_ in values(doc_of(text, year=2023))] == [
        ("21282万元", "actual"), ("96540万元", "target"), ("22.04%", "actual")]
    title = "某局2022年度项目支出绩效自评报告"
    found = values(doc_of(f"{title}\n各项指标均已完成年初预定目标,绩效自评分为98.14分。",
                          title=title))
    assert [(raw, role) for raw, role, *_ in found] == [("98.14分", "score")]


def test_a_summary_reports_a_rate_kept_within_its_bound():
    """城镇调查失业率控制在5.5%以内 in a summary reports what was kept, an actual; in a plan
    it is a goal."""
    text = "全县城镇新增就业人员2526人。城镇调查失业率控制在5.5%以内。"
    summary = doc_of("某县2023年工作总结\n" + text, title="某县2023年工作总结")
    plan = doc_of("某县2024年工作要点\n" + text, title="某县2024年工作要点")
    assert [role for _, role, *_ in values(summary)] == ["actual", "actual"]
    assert [role for _, role, *_ in values(plan)][-1] == "target"


def test_last_years_figures_said_for_comparison_are_baselines():
    text = ("某市安全生产情况通报\n2018年1-10月份,全市共发生生产安全事故167起、死亡74人。"
            "去年同期发生生产安全事故167起,死亡69人。优良天数为127天,去年同期为89天。")
    assert [(raw, role) for raw, role, *_ in values(doc_of(text, year=2018))] == [
        ("167起", "actual"), ("74人", "actual"), ("167起", "baseline"), ("69人", "baseline"),
        ("127天", "actual"), ("89天", "baseline")]


def test_a_budgets_explanation_without_its_title_is_a_budget():
    """A page of a 部门预算's explanation copied without its title (…其中:基本支出预算…元,
    项目支出预算…元; 2025年政府采购预算…元): a budget, its figures planned; a final account's
    一般公共预算安排“三公”经费支出 is not."""
    from zhibiao.ingest import read_document
    from zhibiao.parse.genres import recognise

    text = ("另外,下属共有6个事业单位,事业运行经费总预算安排37337407.64元,其中:基本支出预算"
            "488180.64元,项目支出预算36849227元。\n(二)政府采购预算安排情况说明。\n"
            "2025年政府采购预算6429768.84元,同比增加2433505.07元。\n")
    doc = read_document("budget.txt", text.encode())
    assert recognise(doc) == "budget"
    assert {v["role"] for v in parse(doc).values} == {"target"}
    final = ("2022年州本级一般公共预算安排“三公”经费支出8,237.23万元,比年初预算增加1317.14万元。"
             "其中:因公出国(境)经费0万元,和年初预算持平。\n")
    assert recognise(read_document("final.txt", final.encode())) != "budget"


def test_a_budgets_own_lines_say_budget_though_they_are_few():
    """工资福利支出预算905709.06元,占基本支出预算79.89%: 基本支出预算, a budget's own line, is
    worth two cue words, so a page with that and 支出预算 alone is a budget, its figures
    planned (the figures of an untitled page were read as reported)."""
    from zhibiao.ingest import read_document
    from zhibiao.parse.genres import recognise

    text = ("工资福利支出预算905709.06元,占基本支出预算79.89%,同比增加21557.64元,增长2.44%,"
            "增长原因是调整社保基数标准。\n商品和服务支出预算75800元,同比增加52044.27元。\n")
    doc = read_document("budget.txt", text.encode())
    assert recognise(doc) == "budget"
    assert {v["role"] for v in parse(doc).values} == {"target"}


def test_a_forms_part_named_in_a_table_row_is_no_title():
    """An untitled 自评表 whose first rows hold 预算执行情况(万元) | 预算数(A) | …: the part's
    name in a table row does not make the text a budget-execution report."""
    text = ("单位名称:塘湖镇政府 填报日期:2021.5.18\n单位名称 | 塘湖镇人民政府 | ||||||||\n"
            "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 | |||||\n"
            "部门整体支出总额 | 864.2 | 864.2 | 100% | 20 | ||||||\n"
            "年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | "
            "得分 | |||\n"
            "| 产出指标 | 数量指标 | 办结信访案件 | 168起 | 168起 | 10 | ||||\n")
    assert parse(doc_of(text)).document["genre"] == "self_evaluation_table"
    # a row of one cell is the table's title, and names the text's kind
    titled = "| 部门预算项目绩效目标申报表(2023年度) | ||||\n| 金额单位:元 | ||||\n" + text
    assert parse(doc_of(titled)).document["genre"] == "goal_table"


def test_a_plans_figures_no_reader_gave_a_role_are_its_targets():
    """A plan whose sections are not numbered (its targets in a table of short cells, read
    one by one): its genre is still the prior, so its figures are targets, not unknown."""
    title = "某区人民政府办公室关于印发2022年区政府工作报告目标任务的通知"
    text = (f"{title}\n| 序号 | 2022年预期目标 | 责任单位 |\n"
            "| 1 | 地区生产总值增长5.5%左右 | 区发展改革委 |\n"
            "| 2 | 固定资产投资增长6%左右 | 区发展改革委 |\n")
    records = parse(doc_of(text, title=title, year=2022))
    assert records.document["genre"] == "work_plan"
    assert [(v["raw"], v["role"]) for v in records.values] == [
        ("增长5.5%左右", "target"), ("增长6%左右", "target")]


def test_a_projects_construction_heading_reports_and_a_plan_listed_in_is_no_goal():
    """二、市重点项目建设情况: how the projects went, though 重点项目 heads a plan's tasks;
    30个项目列入…重点建设项目计划: how many are in the list (a fact about it), and the plan
    they are listed in sets no goal for the clauses after it."""
    text = ("二、市重点项目建设情况\n我区有30个项目列入2017年广州市重点建设项目计划,其中属我区"
            "主管的27个项目1-11月完成投资181.81亿元,完成市年度计划的171.6%。\n")
    assert [(raw, role) for raw, role, *_ in values(doc_of(text))] == [
        ("30个", "actual"), ("27个", "actual"), ("181.81亿元", "actual"), ("171.6%", "actual")]


def test_the_works_an_allotment_is_for_are_its_targets():
    """In a 绩效自评报告, 下达…资金8010万元,用于…,新建冷藏库10个…;物流仓储中心约20000平方米:
    the works the money is to pay for are planned, across the list's semicolons; works
    reported after an allotment with no word of purpose are done."""
    title = "2023年某县农产品交易市场仓储基地建设项目绩效自评报告"
    text = (f"{title}\n一、绩效目标分解下达情况\n2023年县财政共下达我局财政衔接资金8010万元,"
            "用于仓储基地建设项目支出,新建农产品储存冷藏库10个;物流仓储中心约20000平方米。\n"
            "二、绩效目标完成情况\n县财政下达资金200万元,共实施项目12个。\n")
    found = [(raw, role) for raw, role, *_ in values(doc_of(text, title=title, year=2023))]
    assert found == [("8010万元", "target"), ("10个", "target"), ("约20000平方米", "target"),
                     ("200万元", "target"), ("12个", "actual")]


def test_an_accounts_name_holding_yusuan_sets_no_goal():
    """2024年度财政拨款收入合计2024.05万元(均为一般公共预算收入): 一般公共预算 names the
    account the money came through, not a budget to reach, in a self-evaluation report."""
    title = "某镇2024年度部门整体支出绩效自评报告"
    text = (f"{title}\n(三)收支情况\n2024年度财政拨款收入合计2024.05万元(均为一般公共预算收入),"
            "财政拨款支出合计2024.05万元。\n")
    found = [(raw, role) for raw, role, *_ in values(doc_of(text, title=title, year=2024))]
    assert found == [("2024.05万元", "actual"), ("2024.05万元", "actual")]


def test_a_cue_before_the_next_item_of_a_list_is_that_items_own():
    """废止60件、拟修改9件: 拟 marks the second item, not the first; a goal said after the
    list's last figure (…、生猪出栏65万头的年度目标) is every item's."""
    title = "某局2023年工作总结"
    done = f"{title}\n一、工作情况\n梳理排查相关文件268件,废止60件、拟修改9件。\n"
    assert [(raw, role) for raw, role, *_ in values(doc_of(done, title=title))][:2] == [
        ("268件", "actual"), ("60件", "actual")]
    plan = "2021年,要实现粮食产量稳定在23万吨以上、出栏生猪65万头的年度目标。"
    assert {role for _, role, *_ in values(doc_of(plan))} == {"target"}


def test_a_body_before_its_three_public_lines_is_no_part_of_their_names():
    """某镇人民政府国内公务接待共312批次 in a page that names no issuer: the body is whose
    receptions they are, not what is counted."""
    text = "2020年某县某镇人民政府国内公务接待共312批次,4228人次。\n"
    names = [name for _, _, name, *_ in values(doc_of(text))]
    assert names == ["国内公务接待批次", "国内公务接待人次"]


def test_the_plan_a_share_is_of_is_a_target_in_a_report():
    """引进优强企业8家,完成全年目标任务7家的114.29%: 7家 is the year's task (the share is of
    it), though the summary reports and 完成 is said of it."""
    title = "某区2023年招商引资工作总结"
    text = f"{title}\n一、工作情况\n引进优强企业8家,完成全年目标任务7家的114.29%。\n"
    assert [(raw, role) for raw, role, *_ in values(doc_of(text, title=title))] == [
        ("8家", "actual"), ("7家", "target"), ("114.29%", "actual")]


def test_a_progress_line_gives_the_task_then_what_was_done():
    """年度目标任务 | 完成进度 copied as one line (募集青年就业见习岗位325个 完成330个,
    完成率101.54%): the task's figure, then what was done and its rate, whatever the task's
    cue (力争…标准 完成9个); a deadline's year is no task figure (到2025年完成100个)."""
    title = "2023年3月份暖民心行动各县区进展情况表"
    text = (f"{title}\n2.募集青年就业见习岗位325个 完成330个,完成率101.54%\n"
            "*1.力争9个城市社区达到充分就业社区标准 完成9个,完成率100%\n")
    assert [(raw, role) for raw, role, *_ in values(doc_of(text, title=title))] == [
        ("325个", "target"), ("330个", "actual"), ("101.54%", "actual"),
        ("9个", "target"), ("9个", "actual"), ("100%", "actual")]
    plan = "到2025年完成100个。"
    assert [role for _, role, *_ in values(doc_of(plan))] == ["target"]


def test_a_share_of_the_procurement_budget_is_a_part_not_a_completion():
    """其中:政府集中采购预算17000元,占政府采购预算的100%: a part of the procurement budget
    (its share), not how much of a budget was done; a page of a budget that lost its title
    says budget by its own heading (政府采购预算安排情况说明)."""
    text = ("(二)政府采购预算安排情况说明。\n2023年政府采购预算17000元,同比增加17000元。其中:"
            "政府集中采购预算17000元,占政府采购预算的100%。\n")
    records = parse(doc_of(text))
    assert records.document["genre"] == "budget"
    names = {i["indicator_id"]: i["name"] for i in records.indicators}
    share = records.values[-1]
    assert (share["raw"], share["role"], names[share["indicator_id"]]) == (
        "100%", "target", "政府集中采购预算占政府采购预算比重")


def test_a_budgets_state_assets_section_states_what_is_held():
    """(三)国有资产的总体情况说明 in a budget: the vehicles and assets held, actuals, not the
    year's plan."""
    title = "某单位2023年部门预算公开"
    text = f"{title}\n(三)国有资产的总体情况说明。\n共有车辆1辆,其中:特种专业技术用车1辆。\n"
    assert {role for _, role, *_ in values(doc_of(text, title=title, year=2023))} == {"actual"}


def test_a_programmes_quoted_name_sets_no_goal():
    """实施“一年+半年”计划,…,累计审核集体物业出租282宗 in a summary: the quoted 计划 is a
    programme's name, no goal for the figures after it."""
    title = "某街道2024年上半年工作总结"
    text = (f"{title}\n一、工作情况\n完善物业出租机制,实施“一年+半年”计划,落实“两审一批”机制,"
            "累计审核集体物业出租282宗。\n")
    assert [role for _, role, *_ in values(doc_of(text, title=title))] == ["actual"]


def test_an_evaluation_report_that_lost_its_title_is_one_by_its_words():
    """A 绩效自评报告 stored without its title (一、绩效目标分解下达情况 … (一)资金投入情况
    分析 … 资金执行99.97%) is an evaluation report, so money 下达 is the allocation (a
    target), not spending; 根据项目实施情况 in its first lines names no kind of document."""
    text = ("一、绩效目标分解下达情况\n(一)某镇人民政府2023年度下达上级资金转移支付755.19万元。"
            "绩效目标设置根据项目实施情况从产出指标、效益指标、满意度指标设置。\n"
            "二、绩效目标完成情况分析\n(一)资金投入情况分析。\n"
            "1.10个项目均完工,其中3个项目资金执行100%,桂花村美丽乡村项目资金执行99.89%。\n")
    doc = doc_of(text)
    result = parse(doc)
    assert result.document["genre"] == "self_evaluation_report"
    roles = {v["raw"]: v["role"] for v in result.values}
    assert roles["755.19万元"] == "target" and roles["99.89%"] == "actual"


def test_a_sectors_bulletin_reports_its_year():
    """2022年安徽省水资源公报, …生态环境状况公报, …环境质量公报: a sector's bulletin of its year
    gone by, read as a 统计公报 (its figures reported, of that year); a 人民政府公报 (a gazette
    of documents of every kind) is not one."""
    from zhibiao.parse.genres import recognise

    text = ("2022年安徽省水资源公报\n一、综述\n"
            "安徽省地处中纬度,全省辖16个地级市,国土面积14.01万平方公里。\n"
            "1.降水量\n全省年降水量979.8毫米,比2021年减少24.1%,较多年平均值偏少16.8%。"
            "1~4月、5~9月、10~12月降水量分别为399.9毫米、429.2毫米、150.7毫米。\n")
    doc = read_document("water.txt", text.encode())
    assert recognise(doc) == "statistical_bulletin"
    found = {raw: (role, start, end) for raw, role, _, start, end in values(doc)}
    assert found["979.8毫米"] == ("actual", date(2022, 1, 1), date(2022, 12, 31))
    assert {found[raw][0] for raw in ("399.9毫米", "429.2毫米", "150.7毫米")} == {"actual"}
    education = ("2022年杭州市教育事业统计公告\n义务教育\n"
                 "全市义务教育段中小学812所,较上年增加23所。校舍总面积1830.28万平方米,增长8.88%;仪器设备值45.46亿元,增长8.50%。\n")
    doc = read_document("education.txt", education.encode())
    assert recognise(doc) == "statistical_bulletin"  # (a 统计公告 is one too)
    assert {(start, end) for _, _, _, start, end in values(doc)} == {
        (date(2022, 1, 1), date(2022, 12, 31))}
    gazette = "某市人民政府公报\n2023年第5期\n目录\n关于印发某市2023年重点工作的通知\n"
    assert recognise(read_document("gazette.txt", gazette.encode())) != "statistical_bulletin"


def test_a_budgets_contents_name_its_parts_not_its_kind():
    """A unit budget copied from its 目录: the contents' sections (一、单位预算收支情况总体
    说明) are its parts, not its kind (预算收支情况 made it a budget-execution report and
    every planned figure actual); its part's line, 第二部分:…2022年单位预算情况说明, names it."""
    from zhibiao.parse.genres import recognise

    text = ("目录\n第一部分:沙洋县沙洋中学概况\n一、主要职能\n二、机构设置\n"
            "第二部分:沙洋县沙洋中学2022年单位预算情况说明\n一、单位预算收支情况总体说明\n"
            "二、单位预算收支增减变化情况说明\n三、财政拨款收支预算情况说明\n"
            "第二部分:沙洋县沙洋中学2022年单位预算情况说明\n一、单位预算收支情况说明\n"
            "单位预算收入5212.91万元。其中:财政拨款收入4185.62万元,占预算收入的80.29%。\n")
    doc = read_document("budget.txt", text.encode())
    assert recognise(doc) == "budget"
    assert {role for _, role, *_ in values(doc)} == {"target"}


def test_a_title_that_names_what_the_tasks_yielded_reports():
    """2024年,我们用心用情办实事,发展成果可感可及: 办实事 names the year's tasks, 成果 after it
    what they yielded; a report, its figures done (they were all targets of a plan)."""
    from zhibiao.parse.genres import recognise

    text = ("2024年,我们用心用情办实事,发展成果可感可及\n"
            "民生实事见行见效。投入资金1.55亿元,高质量完成省、市下达36件民生实事。"
            "新建农村寄递物流综合服务站点25个,建成红十字博爱卫生站5个。\n")
    doc = read_document("review.txt", text.encode())
    assert recognise(doc) == "work_summary"
    assert {raw: role for raw, role, *_ in values(doc)}["25个"] == "actual"


def test_a_plans_table_of_main_indicators_is_a_plan():
    """专栏2“十二五”时期中医药发展主要指标简表: the table of a five-year plan's main indicators,
    read as a plan (its figures were read as reported)."""
    from zhibiao.parse.genres import recognise

    text = ("专栏2“十二五”时期中医药发展主要指标简表\n具体指标 | 2010年 | 2015年 | 年均增长(%) |\n"
            "中医医院床位数(万张) | 47.1 | 69.2 | 8 |\n中医医院病床使用率(%) | 86 | 94 | |\n")
    doc = read_document("plan.txt", text.encode())
    assert recognise(doc) == "indicator_plan"
    assert {raw: role for raw, role, *_ in values(doc)}["69.2"] == "target"


def test_an_approved_goal_table_is_a_goal_table():
    """东莞市财政项目支出绩效目标批复表: the finance bureau's approval of a project's goals, a
    goal table (its genre was unknown)."""
    from zhibiao.parse.genres import recognise

    text = ("东莞市财政项目支出绩效目标批复表\n项目名称 | 道路养护 | 预算金额 | 36万元 |\n"
            "一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
            "产出指标 | 数量指标 | 养护道路里程 | ≥120公里 |\n")
    assert recognise(read_document("goal.txt", text.encode())) == "goal_table"


def test_an_untitled_review_naming_a_plans_kind_in_its_first_lines_is_a_summary():
    """2022年,市应急局共承担…民生实事3项…,均按时序完成 (an untitled page of a year's work):
    the 民生实事 its first lines name are what it carried out, its figures results; a page
    whose first lines announce the year's 惠民实事 (…确定惠民实事项目18项) stays a plan."""
    from zhibiao.parse.genres import recognise

    review = ("2022年,市应急局共承担市委、市政府重大决策部署事项3项、民生实事3项、本部门重点"
              "工作46项,均按时序完成。全市生产安全事故起数和死亡人数同比分别下降33.3%和32.6%。\n"
              "创新开展“三项行动”,帮助3.67万家企业单位消除隐患9.62万项。\n")
    doc = read_document("review.txt", review.encode())
    assert recognise(doc) == "work_summary"
    assert {role for _, role, *_ in values(doc)} == {"actual"}
    plan = ("今年,滨湖区将继续围绕发展愿景,确定惠民实事项目18项,总投资近12亿元。18项惠民实事如下:"
            "完成约15万㎡宜居住区整治改造。完成12个居民小区“二次供水”设施改造。\n")
    assert recognise(read_document("plan.txt", plan.encode())) == "work_plan"
