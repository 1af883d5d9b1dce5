"""Genre recognition: which kind of report a document is, from its header and cue words.

Each genre is recognised by the distinct cue words it contains, not by its file name.
`PARSERS` maps a genre to its parser: a function that adds the document's targets,
indicators and values to a RecordBuilder and returns warnings, or raises GenreMismatch
when the document lacks the structure it reads (the generic parser then takes over).
A genre without a parser goes through the generic parser (parse/generic.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.metadata import (  # two kinds joined: 工作总结和工作计划
    TITLE_JOINERS,
    VISION_TAIL,
)
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder


class GenreMismatch(Exception):
    """The document was recognised as a genre but lacks the structure its parser reads."""


GenreParser = Callable[[SourceDocument, RecordBuilder], list[str]]

#: genre → (cue words, how many distinct cues are needed). Order breaks ties.
GENRE_CUES: dict[str, tuple[tuple[str, ...], int]] = {
    "self_evaluation_table": (
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因", "自评表"), 4),
    # an evaluation written as a report that lost its title (一、绩效目标分解下达情况 …
    # 二、绩效目标完成情况分析 (一)资金投入情况分析)
    "self_evaluation_report": (
        # (what was done, not the goals a 目标表 states: no 产出指标, 绩效目标)
        ("绩效自评", "自评报告", "绩效评价", "自评得分", "资金投入情况", "资金执行",
         "预算执行率", "目标完成情况", "完成情况分析", "资金到位率", "偏差原因"), 3),
    "progress_table": (
        ("目标名称", "考核指标", "进展情况", "当季进度", "累计进度", "累计完成工作量",
         "公开程度"), 4),
    "completion_table": (
        ("年度主要支出计划", "绩效目标", "关键指标", "关键性指标", "预期实现值", "年度完成值",
         "完成情况表"), 3),
    "indicator_plan": (
        ("十四五", "规划", "指标名称", "目标值", "主要目标", "预期性", "约束性", "指标表"), 4),
    "government_report": (
        ("政府工作报告", "各位代表", "工作回顾", "过去一年", "主要预期目标", "政府自身建设",
         "请予审议", "今年工作", "向大会作报告", "人民代表大会"), 3),
    "work_plan": (  # a plan's goals, and its task list's lead units and deadlines
        ("工作要点", "主要目标", "重点任务", "工作计划", "年度目标", "任务措施", "预期目标",
         "责任单位", "牵头单位", "完成时限", "年底前"), 2),
    "work_summary": (
        ("工作总结", "上半年", "工作情况", "下一步", "工作思路", "重点工作情况", "取得成效",
         "完成情况", "基本情况", "主要做法", "存在问题", "工作成效",
         # what only a report of the past says: 获评…示范县, 项目顺利实施
         "获评", "荣获", "被评为", "入选", "成功创建", "顺利实施"), 2),
    "statistical_bulletin": (
        ("统计公报", "国民经济和社会发展", "初步核算", "初步测算", "比上年增长", "比上年下降",
         "统计局", "增加值", "常住人口", "三次产业", "社会消费品零售总额", "固定资产投资"), 4),
    "budget": (
        ("部门预算", "收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表",
         "预算数", "功能科目", "经济科目", "三公", "预算公开",
         # a budget's explanation in words: 三、收支预算情况说明 / (一)收入预算情况
         "收支预算", "收入预算", "支出预算",
         # …其中:基本支出预算488180.64元,项目支出预算…; 2025年政府采购预算…
         "基本支出预算", "项目支出预算", "政府采购预算",
         # a 三公 budget's lines: “三公”经费财政拨款预算安排389000元,比上年预算增…
         "财政拨款预算", "比上年预算",
         # (二)政府采购预算安排情况说明: a budget explanation's own heading
         "预算安排情况",
         # …类科目5,806,105.16元,占支出总预算82.27%; 四、财政拨款收支预算情况说明
         "总预算", "预算情况说明"), 3),
    "final_account": (
        ("部门决算", "收入支出决算总表", "收入决算表", "支出决算表", "决算数", "决算公开",
         "年初预算数", "决算", "收支决算", "收入决算", "支出决算", "决算为", "实际支出"), 3),
    # a note on the budget's execution so far (1-5月 一般公共预算收入完成…, 为年初预算的…)
    "budget_execution": (
        ("预算执行", "一般公共预算收入", "一般公共预算支出", "年初预算", "税收收入",
         "非税收入", "政府性基金", "同口径", "上划", "财政收入", "均衡进度", "民生支出"), 4),
    "disclosure_report": (
        ("政府信息公开工作年度报告", "政府信息公开", "主动公开", "依申请公开", "公开申请",
         "行政复议", "行政诉讼", "本年新收", "上年结转"), 4),
}
#: Cue words that only their genre's documents write, each counting as two: a budget's
#: own lines (基本支出预算1037103.63元) say budget in a page that lost its title.
STRONG_CUES: dict[str, tuple[str, ...]] = {
    "budget": ("基本支出预算", "项目支出预算", "政府采购预算"),
}
UNKNOWN = "unknown"
#: A genre whose cues, when shown at all, outrank another's: a final account compares its
#: figures with the budget's, a budget never reports a final account's.
OUTRANKS: dict[str, str] = {"final_account": "budget"}
#: A paragraph opening on the time since which the work is reported (今年以来, 四季度以来,
#: 2023年以来, 一年来): a document of no other genre that opens so is a summary.
SUMMARY_OPENING = re.compile(
    r"(?m)^\s*(?:(?:今年|本年|(?:19|20)\d{2}年度?|上半年|前三季度|[一二三四1-4]季度"
    r"|[\d一二三四五六七八九十]{1,2}月(?:份)?)以来"
    # 一年来,我们全力抓好五个方面的工作: a review of the year
    r"|一年来|过去一年|过去的一年)\s*[,，]")
#: A text that says it reports how the work went (…上述项目均由乡镇作为实施主体,现将实施
#: 情况公告如下; 现将2023年工作完成情况报告如下): a report of what was done, a summary.
REPORT_DECLARED = re.compile(r"现将[^。！？!?\n]{0,40}?(?:实施|完成|执行|进展|落实|建设|办理|推进"
                             r"|工作)情况[^。！？!?\n]{0,6}?(?:公告|公示|通报|报告|汇报|公布)如下")
#: How far into the text that opening may stand (after a page's field lines).
OPENING_REACH = 1500
#: A paragraph opening on a period, then a sentence of what was done in it, with no word
#: of a goal (2023年,全省卫生健康系统…各项工作任务圆满完成; 1—7月份,全省规模以上工业增加值
#: 同比增长2.1%; 【概况】2022年,…各项工作取得成效): the review of a period, a summary.
PERIOD_OPENING = re.compile(
    r"(?m)^\s*(?:【[^】]{1,8}】|\[[^]\n]{1,8}\])?\s*(?:今年|本年|(?:19|20)\d{2}年度?)?"
    r"(?:(?:19|20)\d{2}年度?|上半年|前三季度|第?[一二三四1-4]季度"
    r"|[\d一二三四五六七八九十]{1,2}(?:月份?)?\s*(?:[-—–~至到])\s*[\d一二三四五六七八九十]{1,2}月份?)"
    r"\s*[,，](?P<sentence>[^。！？\n]{4,400})")
#: Words of what was done, one of which that sentence holds…
DONE_IN_OPENING = re.compile(r"完成|实现|取得|同比|增长|下降|累计|成效|运行")
#: …and words of a goal, none of which it may hold.
GOAL_IN_OPENING = re.compile(r"将|(?<![主重需纪])要(?![求素点])|力争|确保|计划|目标|预计|预期"
                             r"|争取|拟")
#: …unless the sentence ends on what the work yielded (…围绕确保粮食安全这一主线,…真抓实干,
#: 各项工作取得成效: a yearbook's 【概况】): the goal words name what was worked for.
DONE_AT_END = re.compile(r"(?:取得[^,，。]{0,4}成效|成效显著|圆满完成|全面完成|顺利完成)\s*$")
#: A plan of years named in a title (国民经济和社会发展第十三个五年规划纲要, …“十四五”残疾人
#: 事业发展规划), whatever statistics its review of the last period quotes.
PLAN_TITLE_WORDS: tuple[str, ...] = ("规划纲要", "五年规划", "五规划", "五”规划", '五"规划',
                                     "发展规划")
#: A document whose title (or first lines) names its kind is of that genre, whatever
#: cue words its body shows; checked in order (政府工作报告 before 工作报告).
GENRE_TITLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("self_evaluation_table", ("绩效自评表", "绩效自评情况表")),
    # the same evaluation written as a report: the money allocated, the goals, what was done
    ("self_evaluation_report", ("自评报告", "绩效评价报告", "绩效自评", "绩效评价")),
    ("goal_table", ("绩效目标表", "绩效目标申报", "绩效目标审批表", "绩效目标审核表",
                    "绩效目标批复表")),
    ("final_account", ("部门决算", "单位决算", "决算公开", "决算说明", "决算情况", "决算报告",
                       "支出决算", "经费决算", "决算草案", "年度决算", "决算编制说明")),
    ("budget_execution", ("预算执行情况", "预算执行报告", "财政收支情况", "财政收支执行情况",
                          "财政预算执行", "财政运行情况", "预算收支情况")),
    ("budget", ("部门预算", "单位预算", "预算公开", "预算说明", "预算编制说明", "预算情况说明",
                "经费预算", "预算支出表", "预算表",
                # 2022年省级第七批水利专项资金安排表: money allotted, the amounts planned
                "资金安排表", "资金分配表")),
    ("completion_table", ("绩效目标完成情况表", "绩效完成情况表")),
    ("progress_table", ("进度汇总表", "进度情况表", "进展情况表", "进度表")),
    # a sector's bulletin of its year (2021年扬州市水资源公报, 2022年…生态环境状况公报,
    # 2015年六安市环境质量公报): figures of the year gone by, as a 统计公报's (not a
    # 人民政府公报: a gazette of documents of every kind)
    ("statistical_bulletin", ("统计公报", "资源公报", "状况公报", "质量公报", "环境公报",
                              "统计公告")),  # (2022年杭州市教育事业统计公告)
    # (…“十二五”时期中医药发展主要指标简表: a plan's table of main indicators)
    ("indicator_plan", (*PLAN_TITLE_WORDS, "主要指标简表", "主要指标表", "规划指标表")),
    ("disclosure_report", ("政府信息公开工作年度报告", "政府信息公开年度报告",
                           "政务公开工作年度报告",
                           # (长桥乡2019年政府信息公开年度工作报告: the words turned about)
                           "政府信息公开年度工作报告", "政务公开年度工作报告")),
    # the plan report to a people's congress reviews last year and sets this year's targets
    ("government_report", ("政府工作报告", "计划草案的报告", "计划草案报告",
                           "计划(草案)的报告", "计划（草案）的报告",
                           # 关于2023年预算执行情况和2024年预算草案的报告: the same two parts
                           "预算草案的报告", "预算草案报告")),
    ("work_plan", ("工作要点", "工作计划", "发展计划", "实施方案", "行动方案", "工作方案",
                   "任务分解表", "任务分解",  # 融安县2023年金桔生产任务分解表
                   # 2025年县《政府工作报告》任务清单: the report's tasks, listed to be done
                   "任务清单",
                   # 关于印发2022年区政府工作报告目标任务的通知: the report's targets, parted out
                   "目标任务",
                   # …十四五规划…纲要》分工方案: a plan's targets given to the units that answer
                   "分工方案", "任务分工", "责任分工",
                   "实施意见", "行动计划", "民生实事", "办实事", "实事项目",
                   # 为民兴办10件实事, 十项实事: the list of a year's tasks
                   "件实事", "项实事",
                   # a notice printing a plan: 关于印发《2025年…“十大计划”》的通知
                   "计划》", "计划”》")),
    ("work_summary", ("工作总结", "半年总结", "年度总结", "工作情况报告", "工作情况汇报",
                      "工作报告", "工作开展情况", "工作完成情况", "工作进展情况", "进展情况",
                      "执行情况的报告", "执行情况报告", "落实情况", "实事情况", "推进情况",
                      "实施情况", "完成情况",
                      # …规划纲要中期实施评估情况的报告: how the plan has gone so far
                      "评估报告", "评估情况")),
)
#: Plan words of a title that name a list of tasks, not a plan of its own: with the months
#: of the year so far (1-4月…民生实事有序推进), the title reports; 2024年上半年工作计划 plans.
TASK_LIST_TITLE_WORDS = frozenset({"民生实事", "办实事", "实事项目", "件实事", "项实事"})
#: Words of a title that report how things went (…安全生产情况通报, …经济运行情况,
#: …民生实事项目情况, …重点民生实事项目完美“交卷”, …1—9月进度公示, …29项为民办实事项目
#: 完成): after a plan's kind, or in a title no kind or cue word names, the document is a
#: report.
REPORTED: tuple[str, ...] = ("情况", "交卷", "竣工", "成效", "进度", "进展", "完成",
                             # 2018年10个民生实事项目全面落实: done, as a newspaper titles it
                             "全面落实", "落实到位",
                             # …民生实事交出满意“答卷”: a newspaper's words for done (not
                             # 奋力书写…“星”答卷: an answer still to write)
                             "交出", "交上",
                             # 2024年,我们用心用情办实事,发展成果可感可及: what it yielded
                             "成果")
#: Genres of a plan, whose title with a word of REPORTED after it reports how the plan went
#: (温州“十三五”规划《纲要》预计完成31项指标: the plan's period reviewed at its end).
TITLED_PLAN_GENRES = frozenset({"work_plan", "indicator_plan"})
#: …or before or after it, the plan done (【湘潭市】提前完成16项省市重点民生实事, …各项目标
#: 任务高质量全面完成, 我市圆满完成省8件实事和市10件实事).
REPORTED_BEFORE = re.compile(r"(?:提前|全面|超额|顺利|已|圆满|如期|胜利)完成")
#: Words that hold a kind's word without being that kind (预决算公开操作规程: a rule on
#: publishing budgets and final accounts, named in a 三公 budget's first sentence).
NOT_TITLE_WORDS: tuple[str, ...] = ("预决算", "评价指标表")
#: The second half of a five-year plan's name (…第十四个五年规划和2035年远景目标纲要): its
#: 和 joins no second kind of document (ingest/metadata.py: nor does its year date it).
PLAN_NAME_TAIL = VISION_TAIL
#: A document cited in 《》 in the text's first lines: its kind is not the text's.
#: (现将《融安县2023年金桔生产任务分解表》下达给你们: the text sends it, it is the text's own.)
CITED = re.compile(r"(?<!现将)《[^《》\n]*》")
#: Kinds only a title names: in running text 完成情况 is said of anything (重大项目完成情况
#: in a disclosure report's first sentence); 2021年市政府10件民生实事完成情况 reports.
TITLE_ONLY_WORDS: frozenset[str] = frozenset({"完成情况", "目标任务",
                                             # (绩效目标设置根据项目实施情况…: how it went)
                                             "实施情况",
                                             # (已完成“十四五”交通运输发展规划报告: work done)
                                             *PLAN_TITLE_WORDS})
#: A kind named as what was made (分季度制定四个稳增长工作方案), not what the text is: a
#: verb of making shortly before it, in the same clause and outside a title's 《》.
MADE_BEFORE = re.compile(r"(?:制定|出台|编制|修订|起草)[^《》,，。;；\n]*$")
#: …or, in running text, the plan carried out (深入实施系列三年行动计划: a monthly release's
#: first sentence); a title may say so of itself (关于推进…的实施方案), and a report is not
#: carried out (…推进乡村振兴资金项目绩效自评总结报告: 推进 is part of a name).
ACTED_ON_BEFORE = re.compile(r"(?:实施|落实|贯彻|推进|推动|执行)[^《》,，。;；\n]*$")
MADE_REACH = 12
#: …or a plan an assembly approved (按照县十六届人大五次会议批准的榕江县2016年国民经济和
#: 社会发展计划,…: a review of how it was carried out), a longer name between.
APPROVED_BEFORE = re.compile(r"批准的[^《》,，。;；\n]*$")
APPROVED_REACH = 30
#: …制定本工作方案: a kind the text calls its own (本) is what it is, made or not.
OWN = "本"
#: A line of table cells (… | … |): what it names is a cell's, not the text's kind.
_TABLE_ROW = re.compile(r"(?m)^[^\n]*\|[^\n]*$")
#: A table of contents opening the text's head, and a line of it opening on a section's
#: number (一、单位预算收支情况总体说明 in a budget's contents): a part of the document, not
#: its title (a part's line, 第二部分:…2022年单位预算情况说明, still names the kind).
_CONTENTS = re.compile(r"\A\s*目\s*录\s*$", re.M)
_SECTION_LINE = re.compile(r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]"
                           r"|[(（][一二三四五六七八九十\d]{1,3}[)）])[^\n]*$")
#: How many characters at the head of the text stand in for a missing or wrong title.
TITLE_HEAD = 200


def _one_cell(line: str) -> bool:
    """Whether a line of table cells holds one filled cell (a title printed as a row)."""
    return sum(1 for cell in line.split("|") if cell.strip()) <= 1


def _named_as_object(place: str, at: int, plan_in_text: bool) -> bool:
    """Whether the kind named at `at` is what a verb before it makes (or, a plan named in
    running text, carries out) rather than what the text is."""
    reach = max(0, at - MADE_REACH)
    return bool(MADE_BEFORE.search(place, reach, at)
                or (plan_in_text and (ACTED_ON_BEFORE.search(place, reach, at)
                                      or APPROVED_BEFORE.search(
                                          place, max(0, at - APPROVED_REACH), at))))


def _titled(doc: SourceDocument) -> str | None:
    """The genre a document's title names, or (when the title names none) its first
    lines; None when neither does. A title's head is its last kind (部门预算项目支出绩效
    自评表 is a 自评表), unless two kinds are joined (2023年工作总结和2024年工作计划: the
    first is what it is, the second its next step), unless the head is a draft: …预算执行
    情况和…预算草案的报告 reviews a year and drafts the next, as a 政府工作报告 does."""
    for titled, place in ((True, doc.title or ""), (False, doc.text[:TITLE_HEAD])):
        for word in NOT_TITLE_WORDS:
            place = place.replace(word, " " * len(word))
        place = PLAN_NAME_TAIL.sub(lambda m: " " * len(m.group()), place)
        if not titled:  # (联合印发《2019年…改(新)建工作方案》,确定…: a document it cites)
            place = CITED.sub(lambda m: " " * len(m.group()), place)
            if _CONTENTS.match(place):
                place = _SECTION_LINE.sub(lambda m: " " * len(m.group()), place)
            # (预算执行情况(万元) | 预算数(A) | …: a form's part in a table row, no title;
            # a row of one cell, | 部门预算项目绩效目标申报表(2023年度) | |||, is one)
            place = _TABLE_ROW.sub(lambda m: m.group() if _one_cell(m.group())
                                   else " " * len(m.group()), place)
        # (end, length, start, genre) of every kind named: the head ends last (the longest
        # word there: 政府工作报告 over 工作报告)
        named = sorted((at + len(word), len(word), at, genre) for genre, words in GENRE_TITLES
                       for word in words if (titled or word not in TITLE_ONLY_WORDS)
                       and (at := place.find(word)) >= 0
                       and (not _named_as_object(place, at, not titled and genre == "work_plan")
                            or place[at - 1 : at] == OWN))
        if not named:
            continue
        # the first kind ends first (the longest word there: 政府工作报告 over 工作报告)
        first_end, _, _, first = min(named, key=lambda n: (n[0], -n[1]))
        _, _, head_start, head = named[-1]
        if head != first and any(j in place[first_end:head_start] for j in TITLE_JOINERS) \
                and "草案" not in place[head_start:]:  # …执行情况和…草案的报告: one report
            return first
        if titled and head in TITLED_PLAN_GENRES and (
                any(w in place[named[-1][0] :] for w in REPORTED)
                # 1-4月大观区50项民生实事有序推进: the months so far of a list of tasks
                or (cues.MONTHS_SO_FAR.search(place) and place[head_start : named[-1][0]]
                    in TASK_LIST_TITLE_WORDS)
                or REPORTED_BEFORE.search(place, 0, head_start)
                or REPORTED_BEFORE.search(place, named[-1][0])):
            # …办理省级重点民生实事项目情况, 提前完成16项省市重点民生实事: how the plan went
            return "work_summary"
        return head
    return None


def recognise(doc: SourceDocument) -> str:
    """The genre the title names, else the one whose cue words the text shows most of;
    'unknown' if none."""
    titled = _titled(doc)
    if titled == "work_plan" and _period_review(doc.text) \
            and _titled(replace(doc, text="")) is None and not _plans_later_year(doc.text):
        # (2022年,市应急局共承担…民生实事3项,均按时序完成: an untitled review whose first
        # lines name a plan's kind as what it carried out; not …2022年…计划执行情况及2023年
        # 计划: a review, then the plan)
        return "work_summary"
    if titled is not None:
        return titled
    head = (doc.title or "") + "\n" + doc.text[:20000]
    best, best_hits = UNKNOWN, 0.0
    shown: set[str] = set()
    for genre, (cue_words, needed) in GENRE_CUES.items():
        hits = sum(2 if word in STRONG_CUES.get(genre, ()) else 1
                   for word in cue_words if word in head)
        if hits >= needed:
            shown.add(genre)
        if hits >= needed and hits / len(cue_words) > best_hits:
            best, best_hits = genre, hits / len(cue_words)
    best = next((over for over, under in OUTRANKS.items() if under == best and over in shown),
                best)
    if best in TITLED_PLAN_GENRES and cues.MONTHS_SO_FAR.search(doc.title or "") \
            and any(w in (doc.title or "") for w in REPORTED):
        # 我区1-8月重点项目固投超序时进度7.33个百分点: how the months so far went, whatever
        # plan words (年计划, 推进方案) its body uses
        return "work_summary"
    if best == UNKNOWN and SUMMARY_OPENING.search(doc.text, 0, OPENING_REACH):
        return "work_summary"  # 今年以来，区市场监管局…: what was done since, a summary
    if best == UNKNOWN and _period_review(doc.text):
        return "work_summary"  # (a statistical release's month too: its figures are results)
    if best == UNKNOWN and REPORT_DECLARED.search(doc.text, 0, OPENING_REACH):
        return "work_summary"  # …现将实施情况公告如下: the text says it reports what was done
    if best == UNKNOWN and any(w in (doc.title or "") for w in REPORTED):
        return "work_summary"  # 庆阳市2018年1-10月份安全生产情况通报: how things went
    return best


_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def _plans_later_year(text: str) -> bool:
    """Whether the text's first lines name a year after the first one they name."""
    years = [int(y) for y in _YEAR.findall(text, 0, TITLE_HEAD)]
    return bool(years) and max(years) > years[0]


def _period_review(text: str) -> bool:
    """Whether the text's first paragraph opening on a period reports what was done in it
    (PERIOD_OPENING, DONE_IN_OPENING, GOAL_IN_OPENING)."""
    opening = PERIOD_OPENING.search(text, 0, OPENING_REACH)
    if opening is None:
        return False
    sentence = opening.group("sentence")
    return DONE_IN_OPENING.search(sentence) is not None \
        and (GOAL_IN_OPENING.search(sentence) is None or _ends_done(sentence))


def _ends_done(sentence: str) -> bool:
    """Whether the sentence's last clause says what the work yielded, no goal word in it
    (各项工作取得成效, not 力争取得成效)."""
    last = re.split(r"[,，;；]", sentence)[-1]
    return DONE_AT_END.search(last) is not None and GOAL_IN_OPENING.search(last) is None


#: How a document printed without its title line is titled, by genre: its year and the
#: government that reports (北京市人民政府 → 北京市), as the genre's own titles read.
UNTITLED: dict[str, str] = {"government_report": "{year}年{place}政府工作报告"}
GOVERNMENT_SUFFIX = "人民政府"


def title_of(doc: SourceDocument, genre: str) -> str | None:
    """The document's title, or for a genre whose titles follow a pattern (a 政府工作报告
    that opens with 各位代表) the title the pattern gives when its year is known."""
    if doc.title or genre not in UNTITLED or not doc.year:
        return doc.title
    issuer = doc.issuer or ""
    place = issuer.removesuffix(GOVERNMENT_SUFFIX) if issuer.endswith(GOVERNMENT_SUFFIX) else ""
    return UNTITLED[genre].format(year=doc.year, place=place)


def _parsers() -> dict[str, GenreParser]:
    """Genre → parser; imported here, after GenreMismatch exists, for the modules to use."""
    from zhibiao.parse.genres.completion import parse_completion_table
    from zhibiao.parse.genres.indicator_plan import parse_indicator_plan
    from zhibiao.parse.genres.progress import parse_progress_table
    from zhibiao.parse.genres.prose import (
        parse_government_report,
        parse_self_evaluation_report,
        parse_work_plan,
        parse_work_summary,
    )
    from zhibiao.parse.genres.published import PUBLISHED_GENRES, parse_published
    from zhibiao.parse.genres.self_evaluation import parse_self_evaluation

    return {
        **{genre: partial(parse_published, genre=genre) for genre in PUBLISHED_GENRES},
        "progress_table": parse_progress_table,
        "completion_table": parse_completion_table,
        "indicator_plan": parse_indicator_plan,
        "self_evaluation_table": parse_self_evaluation,
        # a declaration form: the same columns, no actuals
        "goal_table": partial(parse_self_evaluation, with_actuals=False),
        "government_report": parse_government_report,
        "work_plan": parse_work_plan,
        "work_summary": parse_work_summary,
        "self_evaluation_report": parse_self_evaluation_report,
    }


#: Genre → its parser (genres without one are read by the generic parser).
PARSERS: dict[str, GenreParser] = _parsers()
