"""Prose genres: work summaries (工作总结), work plans (工作要点, 工作计划), 政府工作报告
and the prose of plans with an indicator table — figures in sentences inside a heading
hierarchy.

Every value the grammar finds in a paragraph or heading is read with:

- its **section** (parse/sections.py): the heading path, or 导语 before the first heading;
- its **target**: the innermost section holding it. In a plan each 主要目标 item and each
  task with a figure is a target; in a summary the section headings group the actuals;
- its **indicator**: the name parse/names.py cuts from its clause (事故起数, 罚款金额 …), the
  sentence kept as the indicator's text;
- its **role**, decided from the nearest evidence outwards: a target or baseline form of the
  value itself (不低于…, 控制在…以内; 由X提高到Y), cue words in its clause (确保, 力争 / 已,
  累计, 共发生), then in its sentence before it, then the nearest section heading that says
  what it holds (主要目标, 重点任务, 下一步 → targets; 工作情况, 工作成效, 现状 → actuals),
  then the genre (a plan states targets, a summary reports actuals; a 政府工作报告 has
  both, so a figure no cue or section decides is an actual only with a weak actual cue
  such as 同比, otherwise unknown). A change that describes a count (同比下降72.7% of
  27起) takes the count's role; a figure bounding the noun after it (10亿元以上乡镇) is
  neither (unknown).

Targets of a plan or 政府工作报告 carry its horizon as their period when the sentence gives
none (the year of an annual 工作要点, the last year of a 十四五 plan). Figures inside
quotation marks (“3天1轮”, “金华金盾-21”) are slogans and names, not values, and a
reported 达815毫米 is 815, not "at least 815".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from itertools import pairwise

from zhibiao.ingest.document import Block, SourceDocument, strip_span
from zhibiao.ingest.flat_forms import LEVEL1_LABELS, LEVEL2_LABELS
from zhibiao.ingest.list_marks import ITEM
from zhibiao.ingest.metadata import opening_year
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.generic import enclosing
from zhibiao.parse.genres import PLAN_NAME_TAIL, GenreMismatch
from zhibiao.parse.genres.figure_table import without_unit
from zhibiao.parse.names import (
    MONEY_UNITS,
    POINTS_UNIT,
    SCORE_UNIT,
    name_place_parts,
    name_values,
    pos_words,
)
from zhibiao.parse.records import ValueRow
from zhibiao.parse.sections import MARKERS, Heading, Sections, sections
from zhibiao.parse.tables import block_spans, header_index, is_text_table
from zhibiao.parse.values import (
    QUOTED,
    ValueSpan,
    find_periods,
    find_values,
    forget_after_each_document,
    in_quotes,
    in_task_title,
    whole_period,
    year_period,
)

# --- cue tables (data) ---------------------------------------------------------------------

#: Section label of the text before the first heading.
PREAMBLE = "导语"
#: Words in a heading saying its section states targets.
TARGET_SECTION_CUES: tuple[str, ...] = (
    "主要目标", "目标任务", "工作目标", "年度目标", "发展目标", "预期目标", "总体目标", "行动目标",
    "具体目标", "重点任务", "主要任务", "任务措施", "工作任务", "重点工作", "下一步", "工作思路",
    "工作计划", "工作安排", "工作打算", "工作要点", "重点工程", "重点项目", "工作重点",
    "今年工作",
    # a task table's task column (项目内容 | 月度工作计划 | 牵头单位 | 落实情况)
    "项目内容", "任务内容", "建设任务",
    "谋划", "项目安排",  # 二、项目谋划安排情况: the projects planned
    # 市定任务(2023年度), 年度任务: the tasks set for the year, before 工作进展情况
    "定任务", "年度任务",
    # 项目名称 | 具体任务及目标 | 牵头单位 | 进展情况: a task column's header
    "具体任务", "任务及目标", "任务目标",
    # 项目内容 | 8月计划进度 | 实际进度情况: the progress planned for the month, beside the
    # progress made
    "计划进度", "进度计划", "进度安排",
)
#: Headers of a table column of tasks, beside one of what was done of them (工作内容 |
#: 当前工作进展, 目标任务 | 完成情况): each figure in it is the task's.
TASK_COLUMNS: tuple[str, ...] = ("目标任务", "工作任务", "年度任务", "主要任务", "重点任务",
                                 "重点工作", "工作内容", "建设内容", "任务内容", "工作目标",
                                 "年度目标", "民生实事", "具体任务", "任务及目标", "任务目标",
                                 # 序号 | 实事内容 | 牵头单位 | 进展情况
                                 "实事内容", "实事项目")
#: …unless the cell reports (截至6月底已开工145个).
DONE_IN_TASK_CELL: tuple[str, ...] = ("已", "累计", "实际", "截至", "截止", "目前")
#: Words in a heading saying its section reports what was done; checked before the target
#: cues, so 一、上半年重点工作情况 reports although it names 重点工作.
ACTUAL_SECTION_CUES: tuple[str, ...] = (
    "工作情况", "完成情况", "进展情况", "执行情况", "工作成效", "主要成效", "取得成效",
    # (三)国有资产的总体情况说明 in a budget: the assets held, not planned
    "国有资产",
    "工作成绩", "主要成绩", "工作总结", "工作回顾", "回顾", "现状", "基本情况", "主要做法",
    "工作开展情况", "成效", "资产占用", "资产情况", "部门概况", "机构设置", "单位构成",
    # 一、机构及人员情况 in a budget: the staff it has, not planned
    "人员情况", "人员构成", "人员编制情况",
    # (二)专项资金预期目标完成程度: how far the goals were reached, what was done (and
    # (四)绩效目标实现情况; (一)资金使用情况, (三)检查验收结果 of a project's report)
    "完成程度", "实现程度", "实现情况", "使用情况", "实施结果", "验收结果",
    # (一)项目资金到位情况: the money that came in
    "到位情况",
    "过去一年", "过去两年", "过去三年", "过去四年", "过去五年", "三年来", "四年来", "五年来",
    "落实情况", "成绩", "成就",
    # a plan's review of the last period (一、编制背景, 一、发展基础)
    "编制背景", "发展基础", "现实基础", "规划基础", "发展回顾", "发展背景",
    # a column of what has been done so far (工作内容 | 当前工作进展 | 形象进度, 7月进度;
    # not a plan's 工作进度安排)
    "工作进展", "当前进展", "推进情况", "月进度", "当前进度", "目前进度", "完成进度",
    # 一、区重点项目建设情况: how the projects went (not …下达预算及项目情况: the projects
    # the money was allotted to)
    "建设情况",
    # 二、…2021年度部门决算情况说明 › (一)收入决算情况: the year's final account, whatever
    # the page's first line calls it (现将2021年部门预算公开如下)
    "决算情况",
)
#: Clause words that make a figure a target whatever section it is in.
TARGET_CLAUSE_CUES: tuple[str, ...] = (
    "确保", "力争", "争取", "力求", "务必", "目标", "控制在", "不低于", "不少于", "不超过",
    "不突破", "不高于", "不大于", "以内", "底前", "年底", "年内", "到20", "至20", "计划",
    "拟", "年初预算", "预算为", "预算数为", "调整预算",
    # a budget adjusted (一般公共预算收入…调增13000万元): the plan as it now stands (dev:
    # 15 of 15 labels target; 调整为 only before money, below: 产业结构调整为… reports)
    "调增", "调减",
    # what will be done (“十三五”期间,全省将完成水利投资1429亿元; a news item on a plan)
    "将完成", "将新增", "将建成", "将新建",
    # a notice allotting money (经研究,现下达…资金299.424万元): what it allots is planned
    "现下达", "现拨付", "现预拨", "现分配", "特下达",
    # a task given to the unit that answers for it (新建保障性住房2.8万套(责任单位:市住建局))
    "(责任单位", "(牵头单位", "(责任部门", "(牵头部门",
    "（责任单位", "（牵头单位", "（责任部门", "（牵头部门",
    # what should be (粮食风险基金应到位资金36121万元, 应支付贴息资金444.86万元)
    "应到位", "应拨付", "应支付", "应到账", "应发放", "应完成",
)
#: Target cues of one genre: in a 绩效自评报告 the money approved or allocated to the
#: project (项目批复总投资61.8万元, 下达中央财政资金30.9万元) and what was approved with
#: it (年初批复预算项目8个) are its budget, what the spending (已拨付270万元, 实际到位资金)
#: is measured against. Beyond its own clause such a cue speaks of money only: the
#: projects an allocation paid for (下达…资金,共实施120项…项目) are done.
GENRE_TARGET_CUES: dict[str, tuple[str, ...]] = {
    "self_evaluation_report": ("批复", "下达", "统筹整合使用", "预算",
                               # (…资金6800万元进行了合理分解,其中石家庄市780万元; 各县区
                               # 申请市级补贴共计1904万元: the money shared out or asked for)
                               "分解", "申请",
                               # …每月中旬发放指标为100%实际完成值为100%: the goal set
                               "指标为", "指标值"),
}
#: The purpose an allocation is for (下达…资金8010万元,用于…项目支出,新建…): the works
#: after it are what the money is to pay for.
PURPOSE = re.compile(r"用于")  # (专项用于, 主要用于)
#: Target cues that, in a section reporting what was done, say what was obtained
#: (争取上级资金31.8亿元 in a 工作回顾): no target there.
PAST_IN_REVIEW: tuple[str, ...] = ("争取", "年内",  # (年内完成6个村队污水管网: done)
                                   "控制在", "以内")  # (城镇调查失业率控制在5.5%以内: kept)
#: Words of an estimate (预计全年水产品产量约48538吨): in a report of what happened, the
#: estimated result, an actual; in a 政府工作报告 its section decides (the review's
#: 预计增长5.2% is last year's result); in a plan, a target.
ESTIMATE_CUES: tuple[str, ...] = ("预计",)
ESTIMATE_NEUTRAL_GENRES = frozenset({"government_report"})
#: Clause words that make a figure a reported actual whatever section it is in.
ACTUAL_CLAUSE_CUES: tuple[str, ...] = (
    "已", "截至", "截止", "共发生", "发生了", "完成了", "实现了", "达到了", "期间",
    "过去一年", "过去的一年", "一年来", "应到", "实到", "出席",
    "以来", "的基础上", "先后", "共出动", "共检查", "共服务", "决算为", "决算数为",
    "执行数为", "实际",  # 飞行时长≥928小时,实际飞行时长909.93小时
    "完成情况",  # 项目绩效目标完成情况:…送戏下乡197场: what was done, not the goal
    "现有",  # 单位现有公务用车2辆 in a budget: what is held now, not what is planned
    # a figure compared with its plan is a result (比年初预算增加1317.14万元)
    "比年初", "较年初", "和年初", "与年初", "比调整", "较调整",
)
#: Words of a total reached so far: outside a plan, a figure's own clause saying so
#: reports it, whatever plan word the sentence opened with.
ACCUMULATED_CUES: tuple[str, ...] = ("累计",)
#: Words that report an actual only where no section or genre says otherwise (a plan's
#: 同比前两年平均数下降20% is a target).
WEAK_ACTUAL_CUES: tuple[str, ...] = ("同比", "较上年", "比上年", "环比", "共", "发生", "去年",
                                     "上年", "同期", "比20", "较20", "共计", "合计", "累计")
#: A rate of what was done or spent so far, said of its figure (投资计划完成率分别为55.1%、
#: 49.7%): a result; not a form's row label, whose target and result follow it bare.
RATE_OF_DONE_SAID = re.compile(r"(?:完成率|执行率)(?:分别)?(?:为|是|达到|达)")
#: 完成省下达目标任务的130%: a figure right after the target it measures against is how
#: much of that target was reached, an actual (the 目标 before it is no target cue).
#: A plan word that is not the whole (总预算) nor a kind of spending or income's budget
#: (基本支出预算): a figure's share of those is a part, not how much of a plan was done.
PLAN_NOT_A_PART = "(?<!总)(?:目标|任务|计划|(?<!支出)(?<!收入)(?<!经费)(?<!采购)预算)"
COMPLETION_BEFORE = re.compile(
    # (占支出总预算的95.57%, 占基本支出预算79.89%: a part of the whole or of a kind of
    # spending, no completion)
    r"(?:完成|达到|占)[^,，。;；]{0,24}?" + PLAN_NOT_A_PART
    # (占计划安排的103%, 占计划投入的90.6%: what the plan set aside)
    + r"(?:任务|数|投资|资金|安排|投入)?的$"
    # 占年度投资计划1059.8亿元的120.2%: the plan's own amount between
    r"|(?:完成|达到|占)[^,，。;；]{0,16}?(?:目标|任务|计划|预算)[\d.]+[万亿]?元的$"
    # 占年初审计项目计划20个的135%: the plan's own count between
    r"|(?:完成|达到|占)[^,，。;；]{0,16}?(?:目标|任务|计划)[\d.]+[万亿]?[个项家所件座条户人]的$"
    # 占厅年度力争目标(606.5亿元)的137.9%, 分别占…目标(1700公里、11400公里)的138.6%: the
    # plan's own amounts in brackets between
    r"|(?:完成|达到|占)[^,，。;；]{0,16}?(?:目标|任务|计划|预算)(?:任务|数)?\s*"
    r"[(（][^()（）]{1,40}[)）]的$"
    # …目标任务的130.26%、市民生工程目标任务的127%: the next share of the same run
    r"|(?:目标|任务|计划|预算)(?:任务)?的[\d.]+%[、,，和及][^,，。;；]{0,24}?"
    r"(?:目标|任务|计划|预算)(?:任务)?的$"
    # …实现111.11万元,为年初预算的116.9%: the share, no verb of completion
    r"|" + cues.PLAN_SHARE_LEAD + r"(?:目标|任务|计划|预算)(?:任务|数)?的$")
#: 完成全年目标任务7家的114.29%, 为年初预算580万元的96%: the plan's own amount between its
#: name and the share reached of it.
PLAN_OF_SHARE_BEFORE = re.compile(r"(?:完成|达到|占|为)[^,，。;；]{0,16}?"
                                  r"(?:目标|任务|计划|预算)(?:任务|数)?$")
SHARE_AFTER = re.compile(r"的\s*[\d.]+\s*%")
#: A share of the plan reached, as the measure of a run of items after it (完成年度投资计划比例
#: 从高到低依次为:社会事业类项目25.2%、能源类项目21.8%) …
LISTED_PLAN_SHARE = re.compile(r"(?:完成|占)[^,，。;；]{0,12}?(?:计划|目标|任务)的?"
                               r"(?:比例|比重|进度)[^,，。;；\d]{0,6}(?:依次|分别)(?:为|是)[:：]")
#: … the items (a label and its share each) up to the figure.
LISTED_ITEMS = re.compile(r"(?:[\u4e00-\u9fff()（）]{2,12}\s*[\d.]+%[、,，]\s*)*"
                          r"[\u4e00-\u9fff()（）]{2,12}\s*")
#: 占年度计划80.82%, 完成年度计划112% (no 的): a share of the plan, right after the plan
#: (or its 投资: 占年度计划投资42.13%), or after what the share is called (完成年度计划投资
#: 比例52.99%, 占年度计划的比重).
SHARE_OF_PLAN = re.compile(r"(?:占|完成)[^,，。;；]{0,12}?" + PLAN_NOT_A_PART
                           + r"(?:任务)?(?:投资|资金)?(?:的?(?:比例|比重))?$")
#: A goal word right before a figure (年度计划400亿元), or a bound written on it (按照不低于
#: 25项的检测指标), names that figure: no cue for the clauses after it in the sentence.
CUE_OF_ITS_FIGURE = re.compile(r"(?:目标|任务|计划|预算)(?:任务)?(?=[^,，。;；\d]{0,4}\d)"
                               r"|(?:不低于|不少于|不超过|不高于|不大于|至少|最多)(?=\d)"
                               # 突破70亿元目标,达到74.23亿元: the goal a figure was
                               r"|(?<=[\d万亿元%])(?:目标|任务)(?:任务)?")
#: Bases of a change that, with no cue for a goal, report one (同比增长1.34%).
#: A sentence opening on the same period a year before, and those words said right before a
#: figure: the figure is last year's.
LAST_YEAR_OPENING = re.compile(r"\s*(?:去年|上年)同期[,，]?(?:全市|全县|全区|全州|全省)?(?:共)?"
                               r"(?:发生|完成|实现|为|是|有)")
LAST_YEAR_SAID = re.compile(r"(?:去年|上年)同期(?:为|是|有)\s*$")
#: The words before an evaluation's score (绩效自评分为98.14分, 综合评分95分, 总分100分).
SCORE_BEFORE = re.compile(r"(?:得分|评分|自评分|总分|分值|自评得|评价得|^得|[,，。;；]得)"
                          r"(?:为|是|达到|达)?\s*$")
#: …占年预算96540万元的22.04%: the year's plan a share is of (cues.PLAN_BASIS names the
#: plan's kinds with their own periods; 年 alone is said only before a share).
YEAR_PLAN_BASIS = re.compile(r"(?:完成|占)(?:年|年度)(?:预算|计划)$")
#: The words before a budget's new figure (调整为89138万元, 拟调整为, 调整后为).
_ADJUSTED = r"调整(?:后)?(?:为|到|至)"
ADJUSTED_TO = re.compile(_ADJUSTED + "$")
ADJUSTED_FROM = re.compile(r"\s*" + _ADJUSTED)
#: A budget a people's congress approved, said in the figure's own clause (区十八届人大第一次
#: 会议批准年初一般公共预算收入76.68亿元): the plan, whatever the document reports.
APPROVED_BY_CONGRESS = re.compile(r"(?:人大|人民代表大会|常委会)[^,，。;；:：\d]{0,16}?批准"
                                  r"(?!.*(?:完成|执行|实现|实际))[^,，。;；:：]*$")
#: How far before the figure the congress and its approval are looked for.
APPROVED_REACH = 40
#: A plan's figure in brackets after its word (占全年筛查任务(6.6万人)的103.12%).
PLAN_IN_BRACKETS_BEFORE = re.compile(r"(?:任务|目标|计划|预算)(?:数|值)?[(（]$")
#: What a result passed its plan by, the plan said before (超出省定目标任务(60%)22.33个百分点).
MARGIN_OVER_PLAN = re.compile(r"(?:超出|超过|高于|低于)[^,，。;；\d]{0,12}?(?:目标|任务|计划)"
                              r"(?:任务|值|数)?(?:[(（][^()（）]{1,12}[)）])?$")
REPORTED_BASES = frozenset({"同比", "较上年", "环比"})
#: A lead announcing a list of targets (主要预期目标是：…；…；…), and what ends its reach.
TARGET_LEAD = re.compile(r"(?:目标|任务"  # (主要目标, 绿化造林目标, 营林生产任务: any goal)
                         # 项目建设内容:建设防洪挡墙3100立方米;…: the works a project is to do
                         r"|(?:建设|实施|项目)内容"
                         # 人大批准的年初预算为:一般公共预算收入76138万元(税收收入…): the plan
                         r"|(?:年初|调整后?的?)预算数?"
                         # …提出了2021年…发展指标体系安排,具体为:地区生产总值增长6.5%左右;…
                         r"|指标(?:体系)?安排(?:[,，]?具体)?)"
                         r"(?:是|为|确定为|设定为|定为|如下|包括)?\s*[:：]")
LEAD_ENDS = "。!！?？\n"
#: The verbs a count done says after it (学校21所、9所已完成; 已开工…).
_LISTED_DONE_VERBS = "完成|建成|竣工|完工|开工"
#: A count followed in its clause by 已完成 / 已送 … and a count of the same unit: the
#: first is the size of the task (2个嵌入式养老机构建设已完成1个, 263场送戏进万村已送230场).
TASK_THEN_DONE = re.compile(r"[^。;；:：\d]{1,30}?已[\u4e00-\u9fff]{1,3}?\d+(?:\.\d+)?"
                            r"\s*(?P<unit>[^\d\s,，。;；(（]{1,3})"
                            # …or right after it, the progress column of a table copied as a
                            # line (募集青年就业见习岗位325个 完成330个,完成率101.54%)
                            r"|\s*(?:已|累计)?完成\d+(?:\.\d+)?\s*"
                            r"(?P<unit2>[^\d\s,，。;；(（]{1,3})"
                            # …or the count done after it, then its verb (新改扩建学校21所、9所
                            # 已完成)
                            r"|[、,，]\s*\d+(?:\.\d+)?\s*(?P<unit3>[^\d\s,，。;；(（、]{1,3}?)"
                            r"\s*已(?:" + _LISTED_DONE_VERBS + r")"
                            # …or the money, then what of it was spent (合计75万元,(已)于本年度
                            # 支出75万元)
                            r"|[,，]\s*已?于[^\d,，。;；]{1,6}?(?:支出|拨付|使用)\d+(?:\.\d+)?"
                            r"\s*(?P<unit4>[^\d\s,，。;；(（]{1,3})")
#: …and the count after 完成 is what was done, as is the rate of it after.
DONE_WORD = "完成"  # (已完成, 累计完成)
#: A task's figure earlier in the clause (not a year: 到2025年完成100个 is the task).
TASK_FIGURE = re.compile(r"\d\s*(?![年月日])[\u4e00-\u9fff%‰]")
#: …and a clause ending on such a done count, before a 完成率.
DONE_AFTER_TASK = re.compile(TASK_FIGURE.pattern + r"[^,，。;；]*?" + DONE_WORD
                             + r"\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,3}$")
RATE_OF_DONE = frozenset({"完成率", "完成率为", "完成率达", "完成率达到"})
#: …unless the first count is what was found (排查一般安全隐患6271项,已整改5639项): a
#: result, and then what was done about it.
FOUND_BEFORE = re.compile(r"(?:排查|发现|检查|摸排|受理|收到|查处|梳理)[^。;；:：]{0,36}$")
#: A paragraph that opens by naming its scope (道路运输业方面。全市发生事故15起…): the names
#: of its figures are that scope's.
PARAGRAPH_SCOPE = re.compile(r"\s*(?P<scope>[\u4e00-\u9fff]{2,10}?)方面\s*[。:：]")
#: …for the generic names only (事故起数, 死亡人数): a name of its own (亿元GDP死亡率 under
#: 安全生产方面:) is no broader than the scope.
SCOPED_NAME_MAX = 5
GENERIC_EVENTS: tuple[str, ...] = ("事故",)  # 事故死亡人数: the scope's accidents
#: A name that only says the figure is a plan (预算, 预算数) under a heading naming an
#: item of spending or income ((二)公务接待费 / 2022年预算安排1万元): the item's plan.
PLAN_ONLY_NAME = re.compile(r"^(?:年初|调整|全年)?(?:预算|计划)(?:安排|数|总额|金额)?$")
ITEM_HEADING = re.compile(r"^[\u4e00-\u9fff()（）]{2,16}?(?:费|经费|支出|收入|资金)$")
#: What opens the second sentence of a progress report's item: what was done so far
#: (…截至3月底 / 上半年 …, or straight 已开展…8718人次, 累计完成…).
PROGRESS_AFTER_TASK = re.compile(r"。\s*(?:上半年|今年以来|截至|截止|目前|前三季度|全年|"
                                 r"\d{1,2}[-—至]\d{1,2}月|已(?!于)|累计)")
#: Words that make an item's first sentence a report of progress, not its task (计划投产
#: 项目55个,完成投资41.72亿元,完成年度计划的65.2%超过时间进度…。已投产11个).
PROGRESS_IN_TASK = re.compile(r"已|累计|截至|截止|进度|完成率|完成年度|完成全年|的\d+(?:\.\d+)?%")
#: A task named with the years it runs over, as a paragraph's first sentence, unnumbered
#: (2606个撤并村通公路(2013—2017年)。上半年已完成…).
TASK_OVER_YEARS = re.compile(r"\s*[^。;；\n]{2,60}?[(（](?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)?\d{2}"
                             r"\s*年?[)）]。")
#: A task's size written right after the word (营造林任务38万亩, 任务面积为38万亩).
TASK_BEFORE = re.compile(r"任务(?:面积|数|量|金额|总量)?(?:为|是|达)?"
                         # …增养任务是生猪存栏34.7万头: the measure the task is set in
                         r"(?:(?<=[为是])[\u4e00-\u9fff]{2,8})?$")
#: …unless the task is told done (已完成整改任务66项) or passed (超任务17元: by how much).
TASK_DONE: tuple[str, ...] = ("完成", "已", "落实", "实现", "超")
#: What a plan's own list is counted in (确定5个方面20件重点民生实事项目, 15件大事和民生实事,
#: 19项为民办实事候选项目): how many items the list holds is a fact about it, an actual.
PLAN_CONTENTS_AFTER = re.compile(r"\s*(?:方面)?\s*(?:\d+\s*[件项个])?\s*(?:重点)?"
                                 r"(?:大事|民生实事|为民办实事|民生工程|实事)")
#: …or said of the items put in it: 我区有30个项目列入2017年广州市重点建设项目计划.
LISTED_IN_AFTER = re.compile(r"\s*(?:重点)?(?:建设)?(?:项目|工程)?\s*(?:被)?(?:列入|纳入)")
#: …or written after its items: 县政府确定的民生实事项目共11项, 票决出为民办实事项目17项.
PLAN_CONTENTS_BEFORE = re.compile(r"(?:(?:民生实事|为民办实事|民生工程|实事)(?:项目)?"
                                  # …为民办实事项目涉及我区共38项: the share of the list
                                  r"(?:涉及[^,，。;；\d]{0,6}?)?"
                                  # 县政府确定重要工作任务共579项,…已完成550项: the tasks set
                                  r"|(?:确定|交办|部署)[^,，。;；\d]{0,10}?(?:任务|事项))"
                                  r"(?:共|为|有)?$")
#: A heading closed by a figure in brackets: 一、优化公共服务方面(7项), 1、危桥改造方面(12座);
#: its text may go on after a colon (…方面(43.5公里):其中已完工31.231公里…).
SIZE_IN_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
                             r"|\d{1,2}[、.])[^。;；\n(（]{1,30}[(（]\s*(?P<figure>[\d.]+\s*"
                             r"(?P<unit>[^\d\s)）]{1,3}))[)）]\s*(?:[:：].*)?")
#: Units of a heading's count of the items listed under it.
LIST_ITEM_UNITS = frozenset({"项", "件"})


#: A year a section heading is about (二、2024年工作计划, 一、2023年工作回顾); not a year it
#: compares with ((一)因公出国(境)费支出0万元,与2019年预算持平: an item of a 2020 budget).
_HEADING_YEAR = re.compile(r"(?<![比较与同])((?:19|20)\d{2})\s*年")


def _section_year(chain: tuple[Heading, ...], words: tuple[str, ...] = ()) -> int | None:
    """The year the innermost heading that names one (and, given `words`, one of them) is
    about; None when none does."""
    return _titles_year(tuple([heading.title for heading in chain]), words)


@lru_cache(maxsize=4096)
def _titles_year(titles: tuple[str, ...], words: tuple[str, ...]) -> int | None:
    """`_section_year` of headings with these titles (every value under them asks)."""
    for title in reversed(titles):
        m = _HEADING_YEAR.search(title)
        if m and (not words or any(w in title for w in words)):
            return int(m.group(1))
    return None


forget_after_each_document(_titles_year)


def _section_period(chain: tuple[Heading, ...]) -> tuple[date, date] | None:
    """The period the innermost heading that names a year is about (一、2020年全区收支决算:
    2020; 二、2024年上半年工作情况: its first half), None when none names one."""
    for heading in reversed(chain):
        if _HEADING_YEAR.search(heading.title):
            return whole_period(heading.title)
    return None


#: A paragraph reviewing several years at once (五年来,…; 过去五年,…; 这五年,…): its undated
#: results are of those years, up to the one the document reviews.
YEARS_REVIEWED_OPENING = re.compile(
    r"\s*(?:过去的?|这|近)?(?P<n>[二三四五两])年(?:来|以来|里|间)?[,，]")
_CN_YEARS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5}


def _years_reviewed(paragraph: str) -> int | None:
    m = YEARS_REVIEWED_OPENING.match(paragraph)
    return _CN_YEARS[m.group("n")] if m else None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


#: A paragraph announcing the list of what is to be done (2017年,区政府将努力为民办好十件
#: 实事: / 今年要重点抓好以下工作:) — the numbered items right after it are its targets.
PLAN_LEAD = re.compile(
    r"(?:将|要|拟|计划)[^。！？!?\n]{0,40}?(?:做好|办好|抓好|完成|实施|推进|落实)"
    r"[^。！？!?\n]{0,30}[:：]\s*$")
#: What opens a numbered item (the section markers: 1. / 一、 / (一) …).
ITEM_START = re.compile(r"\s*(?:" + "|".join(pattern for _, pattern in MARKERS) + ")")
_LEAD_YEAR = re.compile(r"((?:19|20)\d{2})年")


#: A sentence opening on last year (去年,… / 过去一年,…) or on the months of the year so far
#: (1-10月,示范区规上工业增加值增长14.3%: a statistics office's release) reports, when it
#: names no goal.
PAST_OPENING = re.compile(
    r"\s*(?:(?:去年|上年|过去一年|过去的一年|一年来)(?:以来)?"
    r"|(?:(?:19|20)\d{2}年)?(?:[1一][-—–~至到](?:1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])月(?:份)?"
    r"|前三季度|上半年|一季度))\s*[,，]")
#: A sentence opening on a year (2022年,全县地区生产总值…): in a plan for a later year, a
#: review of that year.
YEAR_OPENING = re.compile(r"\s*((?:19|20)\d{2})年度?\s*[,，]")
#: How long an unnumbered line may be to head a section (2024年主要预期目标, 过去一年主要工作).
BANNER_MAX = 24
#: Genres whose figures in 分 are points, whatever the words before them (产出指标(50分)).
POINTS_GENRES = frozenset({"self_evaluation_table", "self_evaluation_report", "goal_table"})
#: Genres of forms, whose short lines are their cells, never section headings.
FORM_GENRES = frozenset({"goal_table", "self_evaluation_table", "completion_table",
                         "progress_table"})
BANNER_NOT_ENDS = ("。", "；", ";", "，", ",", "!", "！", "?", "？")


#: In a document of no genre, once this many of its figures have a role from their own
#: words and more than DOMINANT_SHARE of them agree, its undecided figures take that role:
#: a report that mostly reports, reports. An unknown role is never right, so the majority
#: of what the document's own words say is the better answer however few they are.
DOMINANT_MIN = 1
DOMINANT_SHARE = 0.51
#: …and a document of no genre with no role decided and no word of a goal anywhere states
#: what is, once it holds this many figures (one line of two is too little to tell).
STATED_MIN = 5
#: Written forms of a value that are targets by themselves (不少于5家, 1%以内).
TARGET_VALUE_PREFIXES: tuple[str, ...] = (
    "不低于", "不少于", "不超过", "不突破", "不高于", "不大于", "控制在", "至少", "最多",
    # a standard written with a sign (飞机飞行时长≥928小时,实际飞行时长909.93小时)
    "≥", "≤", ">=", "<=",
)
TARGET_VALUE_SUFFIXES: tuple[str, ...] = ("以内", "之内")
#: Units and suffixes of a figure that bounds the noun after it (10亿元以上乡镇).
THRESHOLD_UNITS = frozenset({"元", "%"})
THRESHOLD_SUFFIXES: tuple[str, ...] = ("以上", "以下")
#: A floor written after a figure (增长8%以上): early in its period, what it should reach.
FLOOR_SUFFIXES: tuple[str, ...] = ("以上",)
#: Prefixes the grammar reads as ≥ that, in a reported sentence, just report the figure.
REPORTED_PREFIXES: tuple[str, ...] = (
    "达到", "达", "降至", "降到", "降低到", "下降到", "压减到", "提高到", "提高至", "提升到",
    "提升至")
#: …unless a bound is written after the figure (达8万亩以上): a reported bound stays one.
BOUND_SUFFIXES: tuple[str, ...] = ("以上", "以下", "以内")


def reported_comparator(raw: str, comparator: str) -> str:
    """An actual's comparator: 梅雨量达815毫米 reports 815 (=), though the grammar reads 达
    as ≥ for a target; 达8万亩以上 reports a bound and keeps it."""
    if comparator in ("≥", "≤") and raw.startswith(REPORTED_PREFIXES) \
            and not raw.endswith(BOUND_SUFFIXES):
        return "="
    return comparator


#: 由X提高到Y / 从X降至Y: X is the baseline.
BASELINE_AFTER = re.compile(
    r"^\s*(?:[^\s,，。;；]{0,6}?)"
    r"(?:(?:提高|提升|增加|增长|下降|降低|减少|压减|减|上升)(?:到|至|为)|到|至)")
#: A change right after last year's figure (…28899万元增长9.9%).
#: (…past the same thing counted another way in brackets: 较去年同期10起(10人)下降30%.)
CHANGE_AFTER_BASIS = re.compile(r"(?:[(（][^()（）,，。;；]{1,12}[)）])?"
                                r"(?:增长|增加|下降|减少|提高|降低|上升|回落|持平)")
#: A figure in brackets right after the figure compared with, the same thing counted another
#: way (较去年同期10起(10人)下降30%): compared with too.
BRACKETED_BASIS = re.compile(r"(?:(?:较|比|与)(?:上年|去年)(?:同期)?|同比)的?"
                             r"\d[\d,.]*[^\d\s()（）,，。;；]{0,3}[(（]$")
#: A share right after the plan's figure (占调整预算数539267万元的99.6%, 占年计划12万亩的95%).
PLAN_SHARE_BEFORE = re.compile(
    r"(?:完成|占)" + cues.PLAN_APPROVED + r"(?:年初|调整|全年|年度|年)?" + cues.PLAN_KINDS
    + r"(?:数|总额)?(?:为|是)?\s*\d[\d,.]*\s*[万亿]?[^\d\s,，。;；的]{0,4}的$")
BASELINE_BEFORE = re.compile(
    r"(?:由|从)(?:(?:(?:19|20)\d{2}年|十[一二三四五]五)(?:底|末|期末)?的?)?"
    # (补助标准从年人均580元提高到610元: the rate's basis between)
    r"(?:" + cues.PER_HEAD_BASES + r")?"
    # (由13677户49479人减至887户1472人: the second of a pair counted two ways)
    r"(?:[\d.]+[万亿]?[^\d\s,，。;；、]{1,2})?$")
#: Cue words that are part of a noun (拜访目标企业150家: the companies sought, no target;
#: 三年行动计划, 雨露计划补助: a programme's name), of a share reached (占目标任务的80.40%) or of a
#: result compared with its goal (高于目标2.1个百分点).
NOT_A_CUE = re.compile(r"目标(?=企业|客户|人群|群体|对象|市场|国家|地区|城市|用户)"
                       # 已申请专项债券资金支付9600万元: asked for and granted, a result
                       r"|(?<=已)申请"
                       # 共编制12个绩效目标指标, 实行绩效目标管理: the administrative noun
                       r"|(?<=绩效)目标(?=指标|管理|设定|申报|填报|编制|表)"
                       # 预算执行率100%, 投资计划完成率为55.1%: the rate of what was spent or
                       # done, a result (a form's row 计划完成率 90% 60%: its plan, then result)
                       r"|预算(?=执行率|完成率|执行进度)|计划(?=完成率(?:分别)?(?:为|是|达))"
                       # 一般公共预算收入, 政府性基金预算支出: an account's name, no budget
                       r"|(?<=一般公共)预算|(?<=政府性基金)预算|(?<=国有资本经营)预算"
                       # 国家级人才计划项目, 名校长培养计划1人: a programme's name
                       r"|(?<=行动|人才|引才|英才|育才|培养|培育|扶持)计划"
                       # 雨露计划补助411.59万元: a programme paying out, no plan
                       r"|计划(?=补助|补贴|学员|政策)"
                       # 计划生育率, 计划生育政策: family planning, a policy's name
                       r"|计划(?=生育)"
                       # 实施“一年+半年”计划: a programme's quoted name
                       r"|(?<=[”\"])计划"
                       # 认真执行…审议批准的国民经济和社会发展计划, 计划执行情况: a plan being
                       # carried out, what the figures after report on
                       r"|(?<=执行)[^,，。;；\d]{0,30}?计划|计划(?=执行)"
                       # 30个项目列入2017年广州市重点建设项目计划: the list they are in
                       r"|(?<=列入)[^,，。;；]{0,20}?计划|(?<=纳入)[^,，。;；]{0,20}?计划"
                       # 高于目标2.1个百分点, 塌目标1.8个百分点: a result compared with its goal
                       r"|(?<=高于|低于|超过|超出|落后)目标|(?<=塌)目标"
                       r"|(?<=高于预期|低于预期|超过预期|超出预期)目标"
                       # 比年初预算增加1317.14万元, 和年初预算持平: the plan compared with
                       r"|(?<=[比较与和]年初)预算数?|(?<=[比较与和]调整)预算数?"
                       r"|(?<=[比较与和])预算数?"
                       # 占目标任务的80.40%: a share reached, no cue for the next clause
                       r"|(?<=[占完成达到])[^,，。;；]{0,12}?(?:目标|计划)(?:任务)?的(?=[\d.]+%)"
                       # 实际利用外资, 实际到位资金: a measure's name, no report of a result
                       r"|实际(?=利用|使用|到位|到账|投资)"
                       # 在现有基础上再新增…: the base a plan builds on, no holding reported
                       r"|现有(?=[^,，。;；\d]{0,12}?基础)"
                       # 根据实际开支…增加200万元: the facts a plan goes by
                       r"|(?<=根据|按照|结合|立足|切合|符合|联系)实际|(?<=从)实际"
                       # 占去年底的105.35%, 比上年底增加: a past year's end, no deadline
                       r"|(?<=[去上前])年底"
                       # 2022年底,领取待遇人数为277990人: a year's end as the time of a state
                       # (到2025年底, 2025年底前: a deadline; 截至2015年底: a state)
                       r"|(?<!(?<![截止])[到至]\d{4})(?<=\d{4})年底(?![,，]?(?:要|将|力争|确保|全面|基本))(?!前)"
                       # (四)绩效目标实现情况:项目当年开工率100%, 目标完成情况: how far the
                       # goals were reached, the results after it
                       r"|目标(?=(?:任务)?(?:实现|完成)(?:情况|程度))"
                       # 以提升农村供水保障能力为目标,投入82万元: the aim of what was done
                       # (以建设…现代农业为总体目标,对…提档升级: its aim, too)
                       r"|以[^,，。;；\d]{2,20}?为(?:总体|主要|首要|根本|最终)?目标(?=[,，])"
                       # 较好的完成了全年各项目标任务: a goal reached, no goal set
                       # (达到目标值95%: the goal's figure follows, a goal set)
                       # (达到省人大常委会“全覆盖、制度化、常活动”的目标: a quoted goal's words)
                       r"|(?<=完成了|实现了|达到了|达成了)[^,，。;；\d]{0,10}?目标(?![值\d])"
                       r"|(?<=完成|实现|达到|达成)(?!了)[^,，。;；\d]{0,10}?目标(?![值\d])"
                       r"|(?<=完成|实现|达到|达成)[^,，。;；\d“”]{0,8}?“[^”]{0,30}”的?目标(?![值\d])"
                       # 推进未达预期目标: a goal missed, no goal set
                       r"|(?<=未达)[^,，。;；\d]{0,10}?目标(?![值\d])"
                       # 150项目标任务整体推进落实较好: goals counted, no goal set
                       r"|(?<=\d[项个条])(?:主要|重点|年度)?目标"
                       # 达到20万亩, 增加到2000万元: 到/至 before a figure, no deadline (到2025年)
                       r"|[到至](?=20(?!\d{2}\s*年))"
                       # 预计到2016年末,GDP达到830亿元: the date of an estimate, whose role the
                       # estimate's cue and the section decide, no deadline
                       r"|(?<=预计)[到至](?=20\d{2}\s*年)"
                       # 增长7.5%,与预期目标持平: a result compared with its goal
                       r"|(?<=与)(?:预期|年度|全年)?目标(?=持平|一致|相当|基本持平)"
                       # 已完成中央投资计划60.0亿元: what was done of a plan
                       r"|(?<=已完成)[^,，。;；\d]{0,10}?计划"
                       # 中央水利投资计划完成60.0亿元、完成率93.8%: a plan's completion so far
                       r"|计划(?=完成[\d.]+[万亿]?元?[、,，]\s*完成率)")
#: What every match of NOT_A_CUE holds, one of these words: a text without any has none.
_NOT_A_CUE_WORDS = ("目标", "预算", "计划", "实际", "现有", "年底", "到", "至", "申请")
#: The far end of a change (增加到2015年的…, 提高到…): its 到20 is no deadline.
CHANGE_TO_WORDS = re.compile(rf"(?:{cues.LEVEL_CHANGE_VERBS})(?:到|至)")
#: A paragraph or heading of a 政府工作报告 opening its part on the year to come
#: (2022年主要预期目标是…, 二、今年工作的总体要求, 2023年工作安排).
PLANS_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]+、)?(?:(?:19|20)\d{2}年|今年)?"
                           r"[^,，。;；]{0,12}?(?:主要预期目标|预期目标|总体要求|工作安排|主要任务|重点工作|工作建议)")
#: …and the title of a table of its tasks (《政府工作报告》重点工作目标任务分解表).
PLANS_TITLE = re.compile(r"分解|责任分工|任务清单|工作安排")
#: The words a value's raw opens with, before its number.
RAW_LEAD = re.compile(r"[^\d零〇一二两三四五六七八九十百千万亿]+")
#: Genres whose parser reads their paragraphs itself (the others' are read after them).
PROSE_GENRES = frozenset({"work_summary", "work_plan", "government_report", "indicator_plan",
                          "self_evaluation_report"})
#: Genres whose sentences state targets unless they say otherwise.
PLAN_GENRES = frozenset({"work_plan", "indicator_plan", "goal_table", "budget"})
#: Genres whose sentences report what happened unless they say otherwise.
REPORT_GENRES = frozenset({"work_summary", "self_evaluation_report", "statistical_bulletin",
                           "disclosure_report",
                           "completion_table", "self_evaluation_table", "progress_table",
                           "final_account", "budget_execution"})
#: Report genres whose bounds (不低于5家, 以内) may be results: a 绩效自评报告 states its
#: goals as bounds and its results as plain figures.
BOUND_REPORTED_GENRES = REPORT_GENRES - {"self_evaluation_report"}
#: Genres that report figures and set no tasks: a numbered item's first sentence is a
#: headline result (三、固定资产投资下降19.4%。), not a task the item goes on to report on.
FIGURES_ONLY_GENRES = frozenset({"statistical_bulletin", "final_account", "budget_execution",
                                 "disclosure_report"})
#: Plan genres whose figures of a year before the planned one are what it is compared with.
BASELINE_GENRES = frozenset({"budget"})
#: Genres that report on one year, where a figure the text dates to a year before it is the
#: figure compared with (a final account's 2016年度支出合计 beside its 2017年度's).
PRIOR_YEAR_BASELINE_GENRES = frozenset({"final_account"})
#: A clause opening on a year whose figures it gives (。2016年度支出合计…, ,2016年度基本
#: 支出…; not 2023年度相比: the basis of a change, nor 原因是2016年购置…: a cause).
PRIOR_YEAR_OPENING = re.compile(r"(?:^|(?<=[。;；,，:：\n]))\s*((?:19|20)\d{2})年"
                                r"(?!度?(?:的)?(?:相比|比|较|同期))")
#: Genres whose targets are for the year (or plan horizon) of their title.
DATED_TARGET_GENRES = PLAN_GENRES | {"government_report"}
#: Genres whose title names the period they report on (2023年上半年工作总结, 2021年度项目
#:支出绩效自评报告).
TITLE_PERIOD_GENRES = frozenset({"work_summary", "self_evaluation_report"})
#: Genres of a year's figures whose title may name part of the year (2022年上半年黔江区经济运行
#: 情况, 2021年1-6月份全区经济发展统计公报, 1-5月财政预算执行情况): their undated figures are
#: of those months.
MONTHS_TITLE_GENRES = frozenset({"statistical_bulletin", "budget_execution"})
#: Report genres whose goals are for the period they report on (a 决算's 年初预算 is its year's).
GOALS_OF_REPORTED_PERIOD = frozenset({"self_evaluation_report", "final_account"})
#: A report that opens on the months it covers (一、…总体情况 / 2024年1-12月,全州发生…;
#: 今年上半年,我县经济运行…): its undated results are of those months.
PART_OF_YEAR_OPENING = (r"\s*(?P<period>(?:今年|(?:19|20)\d{2}年)?"
                        r"(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}月份?|上半年|前三季度|[一二三1-3]季度))"
                        r"\s*[,，]")
OPENING_PERIOD = re.compile(r"\A(?:[^\n]{0,40}\n){0,2}" + PART_OF_YEAR_OPENING)
#: …and the part of a year a paragraph opens on (2022年上半年, 1-6月, 今年前三季度,).
PARAGRAPH_PERIOD = re.compile(PART_OF_YEAR_OPENING)
#: Words of a summary's title that follow the period it is of.
SUMMARY_TITLE_WORDS: tuple[str, ...] = ("总结", "工作情况", "报告", "汇报", "绩效",
                                        # 2022年…计划执行情况和2023年…计划草案: 2022 reported
                                        "执行情况", "完成情况", "进展情况")
#: Genres whose reported figures are, unless a sentence says otherwise, about one year:
#: the report's year (a 统计公报, a 政府信息公开年报, a 部门决算) or the year before it
#: (the review in a 政府工作报告).
ACTUAL_YEAR_OFFSET: dict[str, int] = {
    "statistical_bulletin": 0, "disclosure_report": 0, "final_account": 0,
    "budget_execution": 0,
    "government_report": -1,
}

_CLAUSE_BREAKS = cues.CLAUSE_BREAKS
_SENTENCE_BREAKS = cues.SENTENCE_BREAKS


# --- context ------------------------------------------------------------------------------


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    return enclosing(text, start, end, _CLAUSE_BREAKS)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    return enclosing(text, start, end, _SENTENCE_BREAKS)


@lru_cache(maxsize=64)
def _starts_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching (empty) wherever one of `words` starts, overlaps included."""
    return re.compile("(?=" + "|".join(map(re.escape, words)) + ")")


def _last_cue(text: str, cue_words: tuple[str, ...]) -> int:
    """Position of the last cue word in `text`, -1 when none: the greatest of their
    rfind()s, found in one scan of `text` instead of one per word."""
    if not cue_words:
        return -1
    last = -1
    for m in _starts_of(cue_words).finditer(text):
        last = m.start()
    return last


#: Any of the section cues in a heading's title (one search, not one per word).
_ACTUAL_SECTION = re.compile("|".join(map(re.escape, ACTUAL_SECTION_CUES)))
_TARGET_SECTION = re.compile("|".join(map(re.escape, TARGET_SECTION_CUES)))
#: Target cues that name a topic of plans rather than a plan (重点项目, 重点工程): a heading
#: around them may still say the section reviews.
TOPIC_SECTION_CUES: tuple[str, ...] = ("重点项目", "重点工程", "工作重点", "重点工作", "重点任务")
_TOPIC_ONLY = re.compile("|".join(map(re.escape, TOPIC_SECTION_CUES)))


#: A heading's target cue said done or carried out (超额完成年度任务, 全面实现年度目标, 落实
#: 高质量发展目标): the heading tells what was done of the goals, not what they are, unless a
#: plan word asks for it (确保完成年度目标任务).
_DONE_BEFORE_CUE = re.compile(r"(?<!确保)(?<!力争)(?<!争取)(?<!努力)(?<!全力)"
                              r"(?:超额|圆满|全面|提前)?(?:完成|实现|落实)了?"
                              r"[^,，、;；:：。]{0,6}$")


def _section_role(chain: tuple[Heading, ...], planned_year: int | None = None) -> str | None:
    """target / actual from the innermost heading that says which, else None. A heading
    naming a year before the one the document plans for (一、2023年亮点工作 in a 2024年
    工作计划) reviews that year: actual."""
    return _titles_role(tuple([heading.title for heading in chain]), planned_year)


@lru_cache(maxsize=4096)
def _titles_role(titles: tuple[str, ...], planned_year: int | None) -> str | None:
    """`_section_role` of headings with these titles, outermost first: it reads nothing else,
    and every value under the same headings asks again."""
    topic = None  # a heading naming only a topic of plans (重点项目): target, unless a
    # heading around it reviews (2015年上半年工作回顾 › 二、重点项目建设平稳推进)
    for raw_title in reversed(titles):
        # (as a sentence's cues are: 1、充分就业社区创建18个,已完成目标任务的100% is no plan)
        title = cue_text(raw_title)
        if _ACTUAL_SECTION.search(title):
            return "actual"
        # (a plan the heading names: read in the raw title, as cue_text masks “十三五”)
        past_plan = cues.FIVE_YEAR_PLAN.search(raw_title)
        if past_plan and planned_year \
                and cues.FIVE_YEAR_PLANS[past_plan.group()][1] < planned_year:
            return "actual"  # 表1:“十三五”期间…主要目标 in a 十四五 plan: how the last went
        cue = _TARGET_SECTION.search(title)
        if cue and _DONE_BEFORE_CUE.search(title[: cue.start()]):
            continue  # (一)…,超额完成年度任务: says the tasks were done, not what they are
        if cue:
            if _TARGET_SECTION.search(_TOPIC_ONLY.sub("", title)):
                return "target"  # a plan word of its own (主要目标, 工作计划 …)
            if cues.MONTHS_SO_FAR.search(title):
                return "actual"  # 一、1-12月重点项目总体情况: how the topic went so far
            topic = "target"
            continue
        year = _HEADING_YEAR.search(title)
        if year and planned_year and int(year.group(1)) < planned_year:
            return "actual"
    return topic


forget_after_each_document(_titles_role)


def _is_threshold(text: str, span: ValueSpan) -> bool:
    """在所有工业产值10亿元以上乡镇推开: an amount or share bounding the noun right after
    it says which things are meant; it is neither a target nor a reported figure."""
    if span.unit not in THRESHOLD_UNITS or not span.raw.endswith(THRESHOLD_SUFFIXES):
        return False
    words = pos_words(text[span.end : span.end + 6])
    return bool(words) and words[0][1].startswith("n")


#: An instrument cited in 《》 as the basis of what follows (根据《…关于提前下达2023年…资金
#: 的通知》): its words are its title's, no cue for the figures of the sentence citing it. (A
#: plan named so is different: 制定《…2025年度执法检查计划》,其中…一年2次 gives its contents.)
CITED_INSTRUMENT = re.compile(r"《[^《》\n]{0,60}(?:通知|意见|办法|决定|批复|函|规定)》")


def mask_quotes(text: str) -> str:
    """`text` with what stands in “quotes” blanked (same length): a slogan's words are no
    evidence of a value's role."""
    return QUOTED.sub(lambda m: "“" + " " * (len(m.group()) - 2) + "”", text)


def _dated_role(span: ValueSpan, published: date | None, year: int | None = None) -> str | None:
    """actual for a figure about a period over before the document was published, target
    for one about a period that starts after it (到2025年 in a 2021 plan), or a floor
    (…以上) for one that had only begun (全年…增长8%以上 in a February page). Without a
    publication date, the document's year stands in: a period over before it began is
    past, one starting after it ended is to come (2023年… in a 2024年政府工作报告)."""
    before, after = (published, published) if published is not None else (
        year_period(year) if year else (None, None))
    if before is None or after is None:
        return None
    if span.period_end is not None and span.period_end < before:
        return "actual"
    if span.period_start is not None and span.period_start > after:
        return "target"
    if published is not None and span.period_start is not None \
            and span.period_end is not None and span.period_start <= published \
            and published - span.period_start < (span.period_end - span.period_start) / 4 \
            and span.raw.endswith(FLOOR_SUFFIXES) and not span.raw.startswith(REPORTED_PREFIXES):
        return "target"  # 全年…增长8%以上 in a page of 1 February: what the year should bring
    return None


@lru_cache(maxsize=4096)
def cue_text(text: str) -> str:
    """`text` as cue words are looked for in it (same length): blanked are quoted slogans,
    the far end of a change (增加到2015年), whose 到20 is no deadline, and cue words inside a
    noun (目标企业); 截至2023年 is read as 截止 (a reporting date); 公共 as 公众, so
    一般公共服务支出 shows no 共服务 cue. Remembered: a value's headings ask about the
    same titles again for every value under them (9 calls in 10 on shared/real-pdfs)."""
    masked = CHANGE_TO_WORDS.sub(lambda m: " " * len(m.group()), mask_quotes(text))
    masked = CITED_INSTRUMENT.sub(lambda m: "《" + " " * (len(m.group()) - 2) + "》", masked)
    if any(word in masked for word in _NOT_A_CUE_WORDS):  # (else it has nothing to blank)
        masked = NOT_A_CUE.sub(lambda m: " " * len(m.group()), masked)
    # 截至2023年 is a date reached, not a 至20 deadline; 公共服务 holds no 共服务 cue
    return masked.replace("截至", "截止").replace("公共", "公众")


forget_after_each_document(cue_text)


def _clause_cues(genre: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The target and the actual clause cues of a genre (where an estimate counts)."""
    if genre in REPORT_GENRES:
        return (TARGET_CLAUSE_CUES + GENRE_TARGET_CUES.get(genre, ()),
                ACTUAL_CLAUSE_CUES + ESTIMATE_CUES)
    if genre in ESTIMATE_NEUTRAL_GENRES:
        return TARGET_CLAUSE_CUES, ACTUAL_CLAUSE_CUES
    return TARGET_CLAUSE_CUES + ESTIMATE_CUES, ACTUAL_CLAUSE_CUES


_LAST_FIGURE = re.compile(r"\d[^\d]*$")


def _own_words_after(text: str, end: int, clause_end: int) -> str:
    """The words of a value's clause after it that are its: up to the next item of a list
    (in 废止60件、拟修改9件 the 拟 is the second item's), and what follows the list's last
    figure (…65万头、…增长10%以上的年度目标: the whole list's goal)."""
    after = text[end:clause_end]
    item = after.find("、")
    if item < 0:
        return after
    last = _LAST_FIGURE.search(after, item)
    return after[:item] + " " + (after[last.start() + 1 :] if last else after[item:])


#: The next clause saying what was actually reached in the same unit (…56万元,实际决算金额
#: 54.6万元): the figure before it, of no cue of its own, is the plan.
ACTUAL_AFTER = re.compile(r"\s*[,，]\s*实际[\u4e00-\u9fff]{0,8}?(?:为|是|达到|达)?\s*"
                          r"(?=(?P<figure>\d[\d,.]*)(?P<mult>万|亿)?)")
#: …unless that clause gives a change (实际较上年增加资金418.98万元), no level of its own.
CHANGE_WORDS_AFTER_ACTUAL: tuple[str, ...] = ("较", "比", "增", "减", "上升", "下降")
#: 到 / 至 before a year (到2025年, 跃升至2020年的469.5亿元): a deadline, a target cue, unless
#: the year is before the one the document plans for (then it says where a figure got to).
_TO_A_YEAR = re.compile(r"(?:到|至)(?=\s*(?P<year>(?:19|20)\d{2})\s*年)")


#: 至 / 到 joining a start year to a month (2018年至2020年11月底): the span a running total
#: covers, no deadline, whatever year the document plans for.
_SPAN_TO_A_MONTH = re.compile(r"(?<=\d年)(?:到|至)(?=\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月)")


def _past_deadlines_blanked(words: str, planned_year: int | None) -> str:
    """`words` with each 到/至 before a year earlier than `planned_year` blanked (same
    length), so that it cues no target, and each joining a span's start to its month."""
    words = _SPAN_TO_A_MONTH.sub(lambda m: " " * len(m.group()), words)
    if planned_year is None:
        return words
    return _TO_A_YEAR.sub(lambda m: " " * len(m.group())
                          if int(m.group("year")) < planned_year else m.group(), words)


#: A five-year plan's period (“十四五”期间, 十四五时期): a review's time word, unless it is
#: the period the document plans for.
_PLAN_PERIOD = re.compile(f"(?P<plan>{cues.FIVE_YEAR_PLAN.pattern})"
                          r"[”\"’]?\s*(?P<word>期间|时期)")


def _own_plan_period_blanked(masked: str, raw: str, planned_year: int | None) -> str:
    """`masked` (cue_text of `raw`, the same length) with the 期间 / 时期 after a five-year
    plan that does not end before `planned_year` blanked: “十四五”期间,…年均增长7%左右 in a
    十四五 plan is the plan's own period, no review."""
    if planned_year is None or "期" not in raw:
        return masked
    for m in _PLAN_PERIOD.finditer(raw):
        if cues.FIVE_YEAR_PLANS[m.group("plan")][1] >= planned_year:
            masked = masked[: m.start("word")] + "  " + masked[m.end("word") :]
    return masked


@dataclass(frozen=True)
class _Figure:
    """A value and what its local role rules read: the text around it, its headings, the
    document's genre and year (and, worked out once for the rules that read them, where
    its sentence opens and the words a basis stands in before it)."""

    text: str
    span: ValueSpan
    chain: tuple[Heading, ...]
    genre: str
    year: int | None

    @cached_property
    def sentence_start(self) -> int:
        return _sentence(self.text, self.span.start, self.span.end)[0]

    @cached_property
    def basis_words(self) -> str:
        return self.text[max(0, self.span.start - cues.BASIS_REACH) : self.span.start]


def _bounded(f: _Figure) -> str | None:
    """控制在5%以内 (a bound, outside a report that states its results as bounds), or a
    figure inside a plan's task title 《建成幼儿园3所》: a target."""
    span = f.span
    bound = span.raw.startswith(TARGET_VALUE_PREFIXES) or span.raw.endswith(TARGET_VALUE_SUFFIXES)
    if (bound and f.genre not in BOUND_REPORTED_GENRES) \
            or in_task_title(f.text, span.start, span.end):
        return "target"
    return None


def _scored(f: _Figure) -> str | None:
    """绩效自评分为98.14分, 自评得分96分, …,自评得3分, 项目立项(8分): an evaluation's score,
    or the points a criterion weighs."""
    text, span = f.text, f.span
    if span.unit == SCORE_UNIT and (
            f.genre in POINTS_GENRES
            or SCORE_BEFORE.search(text, max(0, span.start - 12), span.start)
            or cues.is_bracketed_weight(text, span.start, span.end, span.unit)):
        return "score"
    return None


def _in_task_column(f: _Figure) -> str | None:
    """工作内容 | 当前工作进展: 完成交通投资30亿元 under 工作内容 is the task, whatever its
    verb says."""
    if f.chain and f.chain[-1].kind == "column" and f.chain[-1].title.endswith(TASK_COLUMNS) \
            and not any(w in f.text for w in DONE_IN_TASK_CELL):
        return "target"
    return None


def _threshold(f: _Figure) -> str | None:
    """在所有工业产值10亿元以上乡镇推开: which things are meant, no role."""
    return "unknown" if _is_threshold(f.text, f.span) else None


def _said_as_baseline(f: _Figure) -> str | None:
    """城镇化率由2020年的58.2%提高到65%: where the change starts from."""
    text, span = f.text, f.span
    if BASELINE_BEFORE.search(text[max(0, span.start - 8) : span.start]) \
            and BASELINE_AFTER.match(text[span.end :]):
        return "baseline"
    return None


def _last_year_same_period(f: _Figure) -> str | None:
    """去年同期发生生产安全事故167起,死亡69人; 优良天数为127天,去年同期为89天: the same
    figures a year before, what this year's are compared with."""
    text, span = f.text, f.span
    if not span.change and (LAST_YEAR_OPENING.match(text, f.sentence_start)
                            or LAST_YEAR_SAID.search(text, max(0, span.start - 12), span.start)):
        return "baseline"
    return None


def _prior_year_of_account(f: _Figure) -> str | None:
    """2016年度支出合计628万元 in the 2017 final account: the year its own is compared with."""
    text, span = f.text, f.span
    if f.genre in PRIOR_YEAR_BASELINE_GENRES and f.year and not span.change \
            and span.period_end is not None and span.period_end.year < f.year \
            and any(int(m.group(1)) == span.period_end.year for m in PRIOR_YEAR_OPENING.finditer(
                text, text.rfind("。", 0, span.start) + 1, span.start)):
        return "baseline"
    return None


def _last_year_basis(f: _Figure) -> str | None:
    """较上年28899万元增长9.9%: the figure compared with."""
    if f.span.change:
        return None
    if cues.LAST_YEAR_BASIS.search(f.basis_words) and CHANGE_AFTER_BASIS.match(f.text,
                                                                             f.span.end):
        return "baseline"
    if BRACKETED_BASIS.search(f.text, max(0, f.span.start - cues.BASIS_REACH), f.span.start) \
            and CHANGE_AFTER_BASIS.match(f.text, f.span.end + 1):
        return "baseline"
    return None


def _plan_basis(f: _Figure) -> str | None:
    """完成预算数31220万元的101.7%, 占年预算96540万元的: the plan reached; 较年初预算40860万元:
    the plan the result is compared with."""
    plan = cues.PLAN_BASIS.search(f.basis_words)
    if (plan or YEAR_PLAN_BASIS.search(f.basis_words)) \
            and (f.text.startswith("的", f.span.end) or (plan and plan.group("compared"))):
        return "target"
    return None


def _share_of_plan_reached(f: _Figure) -> str | None:
    """…预算数539267万元的99.6%: how much of it was reached."""
    if f.span.unit == "%" and PLAN_SHARE_BEFORE.search(
            f.text, max(0, f.span.start - 40), f.span.start):
        return "actual"
    return None


#: What a figure is expected to be, right before it (本地生产总值预期增长7%左右; 预期目标为
#: 6%): not what beat or fell short of the expectation (超预期增长6.5%, 低于预期).
EXPECTED_BEFORE = re.compile(r"(?<![超高好低快慢于过达])预期(?:目标)?(?:为|是|达到|实现)?$")


def _expected(f: _Figure) -> str | None:
    """本地生产总值预期增长7%左右: what is expected."""
    if EXPECTED_BEFORE.search(f.text, max(0, f.span.start - 8), f.span.start):
        return "target"
    return None


def _forecast_done(f: _Figure) -> str | None:
    """预计到春节前可完成33项: what is yet to be done, by a date."""
    if FORECAST_DONE_BEFORE.search(f.text, max(0, f.span.start - 24), f.span.start):
        return "target"
    return None


def _basis_in_brackets(f: _Figure) -> str | None:
    """较一季度(-10.8%)回升2.1个百分点: the figure compared with; 比全市平均增速(8.1%)低
    8.4个百分点: the other place's own figure, an actual."""
    text, span = f.text, f.span
    basis = cues.BASIS_BEFORE_BRACKET.search(text, max(0, span.start - 12), span.start)
    if basis and text[span.end : span.end + 1] in ")）":
        return "actual" if cues.OTHER_PLACE_BASIS.search(basis.group()) else "baseline"
    return None


def _completion(f: _Figure) -> str | None:
    """完成年度计划的103%, 占全年任务的…: a result measured against its plan."""
    text, span = f.text, f.span
    if COMPLETION_BEFORE.search(text[max(0, span.start - 60) : span.start]) or (
            span.unit == "%" and SHARE_OF_PLAN.search(text, max(0, span.start - 16), span.start)):
        return "actual"
    return None


def _listed_shares_of_plan(f: _Figure) -> str | None:
    """完成年度投资计划比例依次为:社会事业类项目25.2%、…: shares reached."""
    text, span = f.text, f.span
    if span.unit == "%" and (listed := LISTED_PLAN_SHARE.search(text, f.sentence_start,
                                                                 span.start)) \
            and LISTED_ITEMS.fullmatch(text, listed.end(), span.start):
        return "actual"
    return None


def _plan_a_share_is_of(f: _Figure) -> str | None:
    """完成全年目标任务7家的114.29%: the plan the share is of."""
    if PLAN_OF_SHARE_BEFORE.search(f.text, max(0, f.span.start - 24), f.span.start) \
            and SHARE_AFTER.match(f.text, f.span.end):
        return "target"
    return None


def _budget_adjusted(f: _Figure) -> str | None:
    """由年初的76138万元调整为89138万元: the budget before and after."""
    text, span = f.text, f.span
    if span.unit.split("/")[0] in MONEY_UNITS and (
            ADJUSTED_TO.search(text, max(0, span.start - 8), span.start)
            or ADJUSTED_FROM.match(text, span.end)):
        return "target"
    return None


def _approved_by_congress(f: _Figure) -> str | None:
    """区人大…会议批准年初一般公共预算收入76.68亿元: an amount the congress approved, a plan
    (not 完成区人大批准的预算…: what was done of it)."""
    text, span = f.text, f.span
    clause_start = max(f.sentence_start, span.start - APPROVED_REACH)
    if span.unit.split("/")[0] in MONEY_UNITS and not span.change \
            and APPROVED_BY_CONGRESS.search(text, clause_start, span.start):
        return "target"
    return None


def _plan_in_brackets(f: _Figure) -> str | None:
    """占全年筛查任务(6.6万人)的103.12%: the task the share is of."""
    if PLAN_IN_BRACKETS_BEFORE.search(f.text, max(0, f.span.start - 12), f.span.start) \
            and f.text[f.span.end : f.span.end + 1] in ")）":
        return "target"
    return None


def _margin_over_plan(f: _Figure) -> str | None:
    """超出省定目标任务(60%)22.33个百分点: by how much the result beat it (the words may
    open the value's own raw: 年均增长20.6%,超过规划目标5个百分点)."""
    lead = RAW_LEAD.match(f.span.raw)
    before = f.text[max(0, f.span.start - 30) : f.span.start] + (lead.group() if lead else "")
    if (f.span.unit == POINTS_UNIT or f.span.change) and MARGIN_OVER_PLAN.search(before):
        return "actual"
    return None


def _task_size(f: _Figure) -> str | None:
    """安排全市营造林任务面积38万亩: the figure is a task's size (not 完成任务…)."""
    text, span = f.text, f.span
    task = TASK_BEFORE.search(text, max(0, span.start - 16), span.start)
    if task and not any(w in text[max(0, task.start() - 8) : task.start()] for w in TASK_DONE) \
            and not any(w in task.group() for w in TASK_DONE):
        return "target"
    return None


def _task_then_done(f: _Figure) -> str | None:
    """126条农村黑臭水体治理已完成120条: the task, then what is done."""
    text, span = f.text, f.span
    done = TASK_THEN_DONE.match(text, span.end)
    if not done or not span.unit:
        return None
    done_unit = done.group("unit") or done.group("unit2") or done.group("unit3") \
        or done.group("unit4").lstrip("万亿")  # (万元 read as 元)
    if (done_unit.startswith(span.unit)
            or (done.group("unit2") and span.unit.startswith(done_unit))) \
            and not FOUND_BEFORE.search(text, max(0, span.start - 40), span.start) \
            and not (span.unit in ("项", "件", "个") and PLAN_CONTENTS_BEFORE.search(
                text, max(0, span.start - 24), span.start)):
        return "target"
    return None


def _plan_contents(f: _Figure) -> str | None:
    """确定5个方面20件重点民生实事, 民生实事项目共11项: the list's length, an actual."""
    text, span = f.text, f.span
    items = span.unit in ("项", "件", "个")
    if PLAN_CONTENTS_AFTER.match(text, span.end) or (
            items and PLAN_CONTENTS_BEFORE.search(text, max(0, span.start - 12), span.start)) \
            or (items and LISTED_IN_AFTER.match(text, span.end)):
        return "actual"
    return None


def _size_in_heading(f: _Figure) -> str | None:
    """一、…方面(7项): how many items follow, an actual; 1、新建农村公路方面(43.5公里): the
    size of the task the paragraph reports on, a target."""
    text, span = f.text, f.span
    line_start = text.rfind("\n", 0, span.start) + 1
    heading = SIZE_IN_HEADING.fullmatch(text, line_start, _line_end(text, span.end))
    if heading and heading.start("figure") <= span.start < heading.end("figure"):
        return "actual" if heading.group("unit") in LIST_ITEM_UNITS else "target"
    return None


#: Items said to have fallen short of their plan (未达到序时进度11项, 1项指标未达预期目标,
#: 未完成既定目标任务15项) and their share (…,占比20.0%): how many did, a result.
FELL_SHORT = re.compile(r"未能?(?:达到?|完成|实现)[^,，。;；\d]{0,6}?(?:计划|目标|进度|任务|要求)")
FELL_SHORT_ITEMS = frozenset({"项", "个", "件"})
FELL_SHORT_SHARE = re.compile(r"占比(?:为)?\s*$")
FELL_SHORT_REACH = 30


def _fell_short(f: _Figure) -> str | None:
    """建设工程有5个未达计划进度,占比21.7%: the items that fell short, and their share."""
    text, span = f.text, f.span
    counted = span.unit in FELL_SHORT_ITEMS
    if not counted and not (span.unit == "%" and FELL_SHORT_SHARE.search(
            text, max(0, span.start - 4), span.start)):
        return None
    before = text[max(f.sentence_start, span.start - FELL_SHORT_REACH) : span.start]
    after = re.split(r"[,，。;；\n]", text[span.end : span.end + FELL_SHORT_REACH], maxsplit=1)[0]
    if FELL_SHORT.search(before) or (counted and FELL_SHORT.search(after)):
        return "actual"
    return None


#: The staff a budget's unit has, said before their count (总编制数45人, 其中行政编制14人,
#: 在职人员30人, 离退休人员5名): the staff held, not budgeted, as a staff table's rows are.
STAFF_HELD = re.compile(cues.STAFF_WORDS + r"(?:人员|职工)?(?:人数|数)?(?:为|共|合计)?\s*$")
STAFF_HELD_GENRES, STAFF_UNITS = frozenset({"budget"}), frozenset({"人", "名"})


def _staff_held(f: _Figure) -> str | None:
    """总编制数45人 in a 部门预算: the staff the unit has, an actual."""
    if f.genre in STAFF_HELD_GENRES and f.span.unit in STAFF_UNITS \
            and STAFF_HELD.search(f.text, max(f.sentence_start, f.span.start - 12), f.span.start):
        return "actual"
    return None


#: The local rules of a value's role, tried in this order before any cue word of its clause
#: is weighed: the words right around a figure (a bound, a score's points, the basis before
#: it, the plan it is a share of, a heading's count) decide it. Each returns a role or None;
#: the first role returned stands, so the order settles ties (a score before a prior year's
#: baseline, a budget adjusted before a plan in brackets, before a margin over a plan).
LOCAL_ROLE_RULES: tuple[Callable[[_Figure], str | None], ...] = (
    _bounded, _scored, _in_task_column, _threshold, _said_as_baseline,
    _last_year_same_period, _prior_year_of_account, _last_year_basis, _plan_basis,
    _share_of_plan_reached, _forecast_done, _expected, _basis_in_brackets, _completion,
    _listed_shares_of_plan, _plan_a_share_is_of, _budget_adjusted, _approved_by_congress,
    _plan_in_brackets,
    _margin_over_plan, _task_size, _task_then_done, _plan_contents, _size_in_heading,
    _fell_short, _staff_held,
)


def local_role(text: str, span: ValueSpan, chain: tuple[Heading, ...] = (),
               genre: str = "unknown", year: int | None = None) -> str | None:
    """The role the first of LOCAL_ROLE_RULES gives the value, None when none applies."""
    figure = _Figure(text, span, chain, genre, year)
    return next((role for rule in LOCAL_ROLE_RULES if (role := rule(figure)) is not None), None)


def value_role(text: str, span: ValueSpan, chain: tuple[Heading, ...], genre: str,
               masked: str | None = None, published: date | None = None,
               planned_year: int | None = None, year: int | None = None) -> str:
    """target / actual / baseline of a value found in `text`, from the nearest evidence.
    `masked` is cue_text(text), when the caller has it for many values; `published`
    the document's date, against which a dated figure is past or future; `planned_year`
    the year the document plans for (a section on a year before it is a review); `year`
    the document's, standing in for `published` when that is unknown. The local rules
    (LOCAL_ROLE_RULES) decide first, then the cue words of the value's clause and
    sentence, then its section's, its date's and the genre's prior."""
    role = local_role(text, span, chain, genre, year)
    if role is not None:
        return role
    text = _own_plan_period_blanked(cue_text(text) if masked is None else masked, text,
                                    planned_year)
    target_cues, actual_cues = _clause_cues(genre)
    if genre in REPORT_GENRES:  # 开展项目争取和招商引资活动8场次 in a summary: obtained
        target_cues = tuple(c for c in target_cues if c not in PAST_IN_REVIEW)
    if _section_role(chain, planned_year) == "actual":
        # 争取上级转移支付31.8亿元 in a review: secured; 预计全年完成交通投资56亿元 in a
        # review of the year: its estimated result
        target_cues = tuple(c for c in target_cues
                            if c not in PAST_IN_REVIEW and c not in ESTIMATE_CUES)
        actual_cues = actual_cues + ESTIMATE_CUES
    # (a 到/至 before a year the document is past: 由2017年的74.37亿元增至2021年的104.96亿元
    # in a 2022 report tells where the figure got to, no deadline)
    past_before = planned_year or (published.year if published else year)
    c_start, c_end = _clause(text, span.start, span.end)
    # (the words a value's raw opens with are its clause's too: 比年初预算增加1317.14万元)
    lead = RAW_LEAD.match(text, span.start, span.end)
    clause = _past_deadlines_blanked(text[c_start:span.start] + (lead.group() if lead else "")
                                     + " " + _own_words_after(text, span.end, c_end),
                                     past_before)
    done_after_task = text.endswith(DONE_WORD, c_start, span.start) \
        and TASK_FIGURE.search(text, c_start, span.start) is not None
    if done_after_task or (
            text[c_start : span.start].strip() in RATE_OF_DONE
            and DONE_AFTER_TASK.search(text, max(0, c_start - 48), max(0, c_start - 1))):
        # 力争9个城市社区达到…标准 完成9个,完成率100%: what was done of the task said before
        # it in the clause, and the rate of that (the task's 力争 is not theirs)
        return "actual"
    target_at = _last_cue(clause, target_cues)
    actual_at = _last_cue(clause, actual_cues)
    if target_at > actual_at and clause.startswith(ESTIMATE_CUES, target_at) \
            and _dated_role(span, published, year) == "actual":
        return "actual"  # 2023年…预计完成39.1亿元, out in January 2024: the year's estimate
    if actual_at > target_at and clause.startswith(ESTIMATE_CUES, actual_at) \
            and published is not None and span.period_end is not None \
            and span.period_end > published:
        return "target"  # 预计在11月底完成126座…, out in August: still to be done
    if target_at != actual_at:
        return "target" if target_at > actual_at else "actual"
    if target_at >= 0:  # two cues at one place: the longer says more (应到位 over 应到)
        target_len = max(len(c) for c in target_cues if clause.startswith(c, target_at))
        actual_len = max(len(c) for c in actual_cues if clause.startswith(c, actual_at))
        if target_len != actual_len:
            return "target" if target_len > actual_len else "actual"
    following = ACTUAL_AFTER.match(text, span.end)
    if following and not any(w in following.group() for w in CHANGE_WORDS_AFTER_ACTUAL) \
            and span.unit and text.startswith(
            span.unit, following.end() + len(following.group("figure"))
            + len(following.group("mult") or "")):
        return "target"  # 项目投资56万元,实际决算金额54.6万元: the plan, then what was spent
    if genre not in PLAN_GENRES and _last_cue(clause, ACCUMULATED_CUES) >= 0:
        # 计划新开工项目157项,…,1-6月累计完成投资101.97亿元: what the planned projects
        # have done so far; the plan word before is the subject's
        return "actual"
    s_start, _ = _sentence(text, span.start, span.end)
    sentence = _past_deadlines_blanked(CUE_OF_ITS_FIGURE.sub(
        lambda m: " " * len(m.group()), text[s_start:c_start]) + text[c_start:span.start],
        past_before)
    genre_cues = GENRE_TARGET_CUES.get(genre, ())
    if span.unit not in MONEY_UNITS \
            and not PURPOSE.search(sentence, max(_last_cue(sentence, genre_cues), 0)):
        # (下达…资金,共实施120项…项目: the works are done; but 下达…资金8010万元,用于…,新建
        # 冷藏库10个: what the money is for, the works planned)
        target_cues = tuple(c for c in target_cues if c not in genre_cues)
    target_at = _last_cue(sentence, target_cues)
    actual_at = _last_cue(sentence, actual_cues)
    if target_at > actual_at and sentence.startswith(ESTIMATE_CUES, target_at) \
            and _dated_role(span, published, year) == "actual":
        return "actual"  # 预计,全年实现…1200亿元,增长2.6%左右, out in January: the estimate
    if target_at != actual_at:
        return "target" if target_at > actual_at else "actual"
    lead_start = max(text.rfind(ch, 0, s_start) for ch in LEAD_ENDS) + 1
    if TARGET_LEAD.search(text, lead_start, span.start):
        # 主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；…: the lead names
        # every item of the list after it, across its semicolons
        return "target"
    before = text[lead_start : span.start]
    allotted = _last_cue(before, genre_cues)
    if allotted >= 0 and PURPOSE.search(before, allotted):
        return "target"  # 下达…资金,用于…,新建冷藏库10个…;物流仓储中心约20000平方米: the list
    role = _section_role(chain, planned_year)
    if role:
        return role
    if genre in BASELINE_GENRES and planned_year and span.period_end is not None \
            and span.period_end.year < planned_year:
        return "baseline"  # 2015年预算数15万元 in a 2016 budget: the year it is compared with
    opening = YEAR_OPENING.match(text, lead_start)  # (across the list's semicolons)
    if genre in PLAN_GENRES and planned_year and opening \
            and int(opening.group(1)) < planned_year and _last_cue(sentence, target_cues) < 0:
        return "actual"  # 2022年,全县地区生产总值增长4.3% in the 2023 plan's review
    if genre == "indicator_plan" and planned_year and span.period_end is not None \
            and span.period_end.year < planned_year and _last_cue(sentence, target_cues) < 0:
        return "actual"  # …增加到2020年的70790元 in the 十四五 plan: where its base stands
    if genre in PLAN_GENRES:
        return "target"
    role = _dated_role(span, published, year)
    if role:
        return role
    if PAST_OPENING.match(text, s_start) and _last_cue(sentence, target_cues) < 0:
        return "actual"  # 去年,全市地区生产总值增长5.2%
    if _last_cue(clause, WEAK_ACTUAL_CUES) >= 0 or genre in REPORT_GENRES \
            or RATE_OF_DONE_SAID.search(clause) \
            or span.change_basis in REPORTED_BASES:
        return "actual"  # …,同比增长1.34%: a change against last year, with no goal word
    return "unknown"


def _task_then_progress(text: str, spans: list[ValueSpan], roles: list[str],
                        masked: str) -> list[str]:
    """A numbered item of a progress report that states its task and then what was done
    (1.…新开工亿元以上产业项目100个。上半年,…新开工亿元及以上产业项目80个。), or a task
    named with its years (2606个撤并村通公路(2013—2017年)。上半年已完成…): the figures of
    the first sentence that no word of theirs makes reported are the task's, targets."""
    over_years = TASK_OVER_YEARS.match(text) is not None
    if not ITEM_START.match(text) and not over_years:
        return roles
    first_end = text.find("。")
    if first_end < 0 or not PROGRESS_AFTER_TASK.match(text, first_end) \
            or PROGRESS_IN_TASK.search(text, 0, first_end):
        return roles
    # (a task its years name is one whatever the genre: its figures are no one's result)
    return _tasks(text, spans, roles, masked, first_end, unknown_too=over_years)


#: A forecast of what will be done by a date (预计到春节前可完成33项, 预计在11月底完成126座):
#: not done yet, a target; a forecast of the year's result (预计全年增长5%) is no such.
FORECAST_DONE_BEFORE = re.compile(r"预计[^,，。;；\d]{0,10}?(?:前|底|以前|之前)[^,，。;；\d]{0,4}?"
                                  r"(?:可以|可|将|能)?(?:全部)?(?:完成|建成|竣工|完工|投用|投运|交付)$")
#: A paragraph of a progress report telling what was done on the task the paragraph before
#: it set (一、改善教育教学条件。…实施…5处中小学建设工程… / 进展情况:…).
PROGRESS_LABEL = re.compile(
    # (past the lines naming who answers for the task: 责任单位:市教育局, 牵头单位:…)
    r"(?:\s*(?:责任单位|牵头单位|牵头领导|责任领导|配合单位|责任人)\s*[:：][^\n]{0,80}\n)*"
    r"\s*(?:目前)?(?:(?:进展情况|完成情况|推进情况|落实情况|工作进展|进度情况|实施进度|推进进度)"
    r"\s*[:：]|(?:此项|该项|这项)工作已(?:全面|全部)?完成)")


#: A heading of a report of tasks that is one task, numbered ((二)新增养老床位250张,
#: 3.改扩建…1所…中心敬老院): short, no topic (…完成情况) or rate of its own …
TASK_HEADING = re.compile(rf"\s*{ITEM}\s*(?![^\n]*(?:情况|率|。))[^\n]{{2,36}}")
#: … over a paragraph reporting it done (新增378张养老床位,超额完成年度任务).
DONE_IN_BODY = re.compile(r"完成|建成|竣工")


def _task_heading(text: str, spans: list[ValueSpan], roles: list[str],
                  body: str) -> list[str]:
    """The roles with a task heading's counts made targets when the paragraph under it
    reports the same measure done (a figure in the same unit, and 完成): the heading
    restates the task, whatever its verb (完成2家…建设 / 完成长征镇…等4家…建设,超额完成…)."""
    if not body or not TASK_HEADING.fullmatch(text) or not DONE_IN_BODY.search(body):
        return roles
    reported = {s.unit for s in find_values(body) if s.unit}
    return ["target" if role in ("actual", "unknown") and span.unit in reported
            and not span.change and span.unit not in cues.RATE_UNITS else role
            for span, role in zip(spans, roles, strict=True)]


def _tasks(text: str, spans: list[ValueSpan], roles: list[str], masked: str,
           end: int | None = None, *, unknown_too: bool = False) -> list[str]:
    """The roles with the figures (up to `end`) that state a task made targets: those read
    as actuals only by the document's prior (or, `unknown_too`, not read at all), no word of
    their own making them reported (a paragraph a 进展情况: paragraph follows, an item's
    first sentence)."""
    unread = ("actual", "unknown") if unknown_too else ("actual",)
    return ["target" if role in unread and (end is None or span.end <= end)
            and not _part_of_year(span)
            and value_role(text, span, (), "unknown", masked) == "unknown" else role
            for span, role in zip(spans, roles, strict=True)]


def _part_of_year(span: ValueSpan) -> bool:
    """A figure of part of a year (1-3月完成投资2513万元): how far the work got, never a
    task, which is set for the year."""
    start, end = span.period_start, span.period_end
    return start is not None and end is not None and start.year == end.year \
        and (end.month, end.day) != (12, 31)


#: What may follow a 自评表 row's two figures on its line: its 分值 and 得分, bare (the
#: first touching the unit before it once normalizing took the space: 2089人2089人2 2).
ROW_SCORES = re.compile(r"(?:\s*\d{1,3}(?:\.\d+)?\s*分?)?(?:\s+\d{1,3}(?:\.\d+)?\s*分?)?\s*")
#: One of those points.
ROW_POINT = re.compile(r"(?P<points>\d{1,3}(?:\.\d+)?)\s*分?")
#: The names of a row's points, in the template's order (分值, then 得分).
ROW_POINT_SUFFIXES = cues.POINTS_SUFFIXES
#: The template's mark of a third-level indicator (指标1:, 指标12：), where a row of a 自评表
#: begins when a spreadsheet export flattened the whole form onto one line.
ROW_MARK = re.compile(r"指标\s*\d{1,2}\s*[:：]")


def form_rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each row of a 自评表 a spreadsheet export flattened onto one line
    (…指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 指标9:…): cut before each 指标N: mark,
    the text before the first mark a piece of its own. One piece when the text holds fewer
    than two marks."""
    marks = [m.start() for m in ROW_MARK.finditer(text)]
    if len(marks) < 2:
        return [(0, len(text))]
    cuts = [0, *marks, len(text)] if marks[0] > 0 else [*marks, len(text)]
    return list(pairwise(cuts))


def row_points(text: str, spans: list[ValueSpan]) -> list[ValueSpan]:
    """The bare 分值 and 得分 closing a 自评表 row of one line (`_indicator_line`), as
    values of no unit."""
    points = []
    for m in ROW_POINT.finditer(text, spans[-1].end):
        raw = m.group(0).strip()
        points.append(ValueSpan(m.start(), m.start() + len(raw), raw,
                                float(m.group("points"))))
    return points[: len(ROW_POINT_SUFFIXES)]


#: The level labels a 自评表 row may open with before its indicator (产出指标, 数量指标 …).
_ROW_LEVELS = re.compile(r"\s*(?:" + "|".join(sorted(LEVEL1_LABELS | LEVEL2_LABELS, key=len,
                                                      reverse=True)) + r")\s*(?:[(（]\d+分[)）])?")
#: The longest label a row keeps whole.
MAX_ROW_LABEL = 40


#: Genres whose lines may be a form's rows, one figure each (a 目标表 row: levels, name, 指标值).
ROW_LINE_GENRES = frozenset({"goal_table", "self_evaluation_table"})
#: A name a row's level labels or key mark ran into (效益指标经济效益指标*资产股权年收益率).
_LEVEL_IN_NAME = re.compile("|".join(sorted(LEVEL1_LABELS | LEVEL2_LABELS, key=len, reverse=True))
                            + rf"|[{re.escape(cues.KEY_MARKS)}]")
#: A row name's key mark (*资产股权年收益率) and the template's blank for its value
#: ((≥**%), (≥**人)): no part of the name.
_ROW_KEY_MARK = re.compile(rf"[{re.escape(cues.KEY_MARKS)}]+\s*")
_ROW_BLANK = re.compile(r"\s*[(（]\s*(?:≥|≤|>=|<=|＞|＜|>|<|=)?\s*[*＊]{2,}\s*"
                        r"[^()（）\d]{0,3}\s*[)）]\s*$")


def _row_label(text: str, end: int) -> tuple[str, int, int] | None:
    """The name a 自评表 row copied as a line gives its indicator when the line opens on the
    row's level labels or its 指标N: mark (数量指标全年免费开放 100% 100%: 全年免费开放, as the
    form names it): the words between them and the first figure; None otherwise."""
    at = 0
    mark = ROW_MARK.match(text)
    if mark:
        at = mark.end()
    levels = _ROW_LEVELS.match(text, at)
    if levels is None and mark is None:
        return None
    while levels is not None and levels.end() > at:
        at = levels.end()
        levels = _ROW_LEVELS.match(text, at)
    start, stop = strip_span(text, at, end)
    if (key := _ROW_KEY_MARK.match(text, start, stop)) is not None:
        start = key.end()
    if (blank := _ROW_BLANK.search(text, start, stop)) is not None:
        stop = blank.start()
    label = without_unit(text[start:stop])  # (新增就业人数(人): its unit, no part of it)
    if not label or len(label) > MAX_ROW_LABEL or any(ch.isdigit() for ch in label):
        return None
    return label, start, stop


def _indicator_line(text: str, spans: list[ValueSpan]) -> bool:
    """A 自评表 row copied as one line of text: a name, then two figures of one unit and
    nothing else but the row's bare points (指标2:修缮建筑面积 6000平方米 6000平方米 7 7: the
    year's value and the value reached)."""
    return len(spans) == 2 and bool(spans[0].unit) and spans[0].unit == spans[1].unit \
        and not text[spans[0].end : spans[1].start].strip() \
        and ROW_SCORES.fullmatch(text, spans[1].end) is not None and spans[0].start > 0


#: What stands between the figures of a bare list (20.49%、19.32%、14.41%和10.24%).
LIST_JOINT = re.compile(r"\s*(?:、|和|及|与)\s*")


def _listed_like_first(text: str, spans: list[ValueSpan], roles: list[str]) -> list[str]:
    """Figures listed bare after the first (分别完成年度计划投资的20.49%、19.32%…和10.24%)
    take its role: the words before the first speak for them all, and the first one's
    words (…计划投资的) are no cue of the next."""
    out = list(roles)
    for i in range(1, len(spans)):
        if spans[i].unit == spans[i - 1].unit and out[i - 1] in ("target", "actual") \
                and not spans[i].change and not spans[i - 1].change \
                and LIST_JOINT.fullmatch(text, spans[i - 1].end, spans[i].start) \
                and not DONE_AFTER_LISTED.match(text, spans[i].end):
            out[i] = out[i - 1]
    return out


#: A listed figure its own verb reports (学校21所、9所已完成): what was done of the first.
DONE_AFTER_LISTED = re.compile(r"\s*已(?:" + _LISTED_DONE_VERBS + ")")


#: A sentence that lists the parts of the total before it (批复项目9个,项目资金1950万元。
#: 分别为:…专项资金1000万元;…经费40万元), as 其中 does. (Within a sentence, 分别为 lists
#: the parts of its own figure: 其中:…基金2,531.96万元,分别为…专项资金2,258.96万元.)
PARTS_SENTENCE = re.compile(r"(?<=[。;；\n])\s*分别(?:为|是)")


def _parts_of_totals(text: str, spans: list[ValueSpan], roles: list[str],
                     masked: str) -> list[str]:
    """Figures after 其中 that no word of theirs gives a role take the role of the total
    before it (安排营造林任务38万亩。其中安排人工造林6万亩,封山育林3.5万亩: the parts of a
    task are tasks; 下达…专项资金1883万元。其中,公共数字文化建设47万元 in a report: the
    parts of an allocation are allocated, whatever the genre says of plain figures)."""
    out = list(roles)
    part_lists = [m.start() for m in PARTS_SENTENCE.finditer(text)]
    for i, span in enumerate(spans):
        if i == 0 or not out[i]:
            continue
        listed = bisect.bisect_right(part_lists, span.start)
        opener = max(text.rfind("其中", 0, span.start), part_lists[listed - 1] if listed else -1)
        if opener < 0:
            continue
        total = max((j for j in range(i) if spans[j].end <= opener), default=None)
        alone = False  # the total is the only figure of the part's unit in its sentence
        if total is not None:
            # the total is the sentence's first figure in the part's unit (完成造林11.4万亩,
            # 占年计划12万亩的95%。其中…林业重点工程造林7.55万亩: 11.4万亩), else its last
            s_start = _sentence(text, spans[total].start, spans[total].end)[0]
            same_unit = [j for j in range(total + 1) if spans[j].start >= s_start
                         and spans[j].unit == span.unit]
            total = same_unit[0] if same_unit else total
            alone = len(same_unit) == 1
        if out[i] != "unknown" and not (
                alone and value_role(text, span, (), "unknown", masked) == "unknown"):
            continue  # its own words (or, the total unsure, its genre) decide
        if total is not None and out[total] in ("target", "actual") \
                and text.count("。", spans[total].end, opener) <= 1 \
                and "。" not in text[opener:span.start]:
            out[i] = out[total]
    return out


def _reported_sentences(text: str, spans: list[ValueSpan], roles: list[str]) -> list[str]:
    """Figures of no role in a sentence that reports (one of its figures is an actual:
    …开、复工项目52项,开、复工率79%,完成投资90.5亿元,比上年同期增长16%): the sentence's
    other figures are reported with it. Not for a plan, where no figure is left without a
    role."""
    out = list(roles)
    by_sentence: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        by_sentence.setdefault(_sentence(text, span.start, span.end)[0], []).append(i)
    for members in by_sentence.values():
        if any(roles[i] == "actual" for i in members):
            for i in members:
                if out[i] == "unknown":
                    out[i] = "actual"
    return out


def genre_prior(doc: SourceDocument, genre: str) -> tuple[str, tuple[date, date] | None]:
    """The role a figure of this genre takes when nothing else says, and its period."""
    if genre in PLAN_GENRES:
        return "target", plan_period(doc) if genre in DATED_TARGET_GENRES else None
    if genre in REPORT_GENRES:
        return "actual", actual_period(doc, genre)
    return "unknown", None


def actual_period(doc: SourceDocument, genre: str) -> tuple[date, date] | None:
    """The period a genre's undated reported figures are about: a year (ACTUAL_YEAR_OFFSET),
    or, for a work summary, a self-evaluation report or a document of no genre, the period
    its title names (2023年上半年工作总结 → the first half of 2023; …安全生产情况统计分析
    (2021年1-7月) → its months), else the months or the year its text opens with
    (2024年1-12月,全州发生…; 2022年,在市委…领导下)."""
    if genre in TITLE_PERIOD_GENRES or genre == "unknown":
        title = doc.title or ""
        periods = _spans_of_time(title, doc.year)
        # the period the summary is of stands before 总结 (…上半年工作总结和下半年工作思路)
        at = min((i for i in (title.find(w) for w in SUMMARY_TITLE_WORDS) if i >= 0),
                 default=len(title))
        before = [(first, last) for _, end, first, last in periods if end <= at]
        if periods:
            chosen = before[-1] if before else (periods[0][2], periods[0][3])
            # …2023年《政府工作报告》…重点工作任务前三季度完成情况, …推进情况(截至9月30日): a
            # whole year the title refines later is the part it names
            return _refined(chosen, title, doc.year) if _whole_year(chosen) else chosen
        opening = OPENING_PERIOD.match(doc.text)  # untitled: 2024年1-12月,全州发生…
        found = _spans_of_time(opening.group("period"), doc.year, doc.published) \
            if opening else []
        if found:
            return found[0][2], found[0][3]
        year = opening_year(doc.text)  # untitled: 2022年,在市委…领导下 opens the year's
        return year_period(year) if year else None
    offset = ACTUAL_YEAR_OFFSET.get(genre)
    if offset is None or not doc.year:
        return None
    if genre in MONTHS_TITLE_GENRES:  # 2020年1-6月岳阳县经济运行的主要特点: those months
        part = next(((first, last) for _, _, first, last in _spans_of_time(doc.title or "",
                                                                              doc.year)
                     if first.year == last.year and (first.month, last.month) != (1, 12)), None)
        if part:
            return part
    year = doc.year + offset
    if genre == "government_report":  # …2022年计划执行情况与2023年计划草案: 2022 reviewed
        planned = plan_period(doc)
        year = planned[0].year + offset if planned else year
        if planned and doc.published and planned[0].year < doc.published.year:
            year = planned[0].year  # 摘要:2021年…目标任务全面完成, out in 2022: 2021 reviewed
    return year_period(year)


def _whole_year(period: tuple[date, date]) -> bool:
    return period == year_period(period[0].year)


def _refined(year: tuple[date, date], title: str, doc_year: int | None) -> tuple[date, date]:
    """The part of `year` the title names besides it (前三季度, 截至9月30日: from the year's
    first day), else the year."""
    for period in find_periods(title, year=year[0].year if doc_year is None else doc_year):
        last = period.period_end
        if last is None or last.year != year[0].year or last == year[1]:
            continue
        first = period.period_start or year[0]
        if first.year == last.year:
            return first, last
    return year


#: A period a text names: where it is written (start, end) and the dates it spans.
TimeSpan = tuple[int, int, date, date]


def _spans_of_time(text: str, year: int | None, reported_by: date | None = None
                   ) -> list[TimeSpan]:
    """The periods `text` names that last more than a day (a title that is a date, (2023年1月
    19日), names no period reported on)."""
    return [(p.start, p.end, p.period_start, p.period_end)
            for p in find_periods(text, year=year, reported_by=reported_by)
            if p.period_start is not None and p.period_end is not None
            and p.period_end > p.period_start]


def plan_period(doc: SourceDocument) -> tuple[date, date] | None:
    """The year a plan's targets are for: the title's year, or the last year of its
    five-year plan (十四五 → 2025); the document year when the title says nothing. (The
    vision a 十四五 plan's name adds, 和2035年远景目标纲要, dates no target of the plan's.)"""
    title = PLAN_NAME_TAIL.sub("", doc.title or "")
    for period in reversed(find_periods(title, year=doc.year)):
        if period.period_end is not None:
            year = period.period_end.year
            return year_period(year)
    if doc.year:
        return year_period(doc.year)
    return None


# --- reading ------------------------------------------------------------------------------


class _Reader:
    """Adds the values of prose spans with their sections, targets and indicators."""

    def __init__(self, doc: SourceDocument, builder: RecordBuilder, genre: str) -> None:
        self.doc, self.builder, self.genre = doc, builder, genre
        self.sections: Sections = sections(doc)
        self.targets: dict[str, str] = {}
        planned = plan_period(doc) if genre in DATED_TARGET_GENRES else None  # ⊇ PLAN_GENRES
        self.period = planned if genre in DATED_TARGET_GENRES else None
        self.planned_year = planned[0].year if planned and genre in PLAN_GENRES else None
        self.actual_period = actual_period(doc, genre)
        self.unnamed = 0
        #: (unit, a change or not) → the name of the last such figure outside a breakdown
        self.totals: dict[tuple[str, bool], str] = {}
        self._block_starts = [b.start for b in doc.blocks]
        self._title = re.sub(r"\s+", "", doc.title or "")  # the title without its spaces
        #: after a PLAN_LEAD paragraph, while numbered items follow: the year it names (0
        #: when none), else None
        self.lead_year: int | None = None
        #: the last unnumbered line that heads a section by its words, if any
        self.banner: Heading | None = None
        #: the header of the table column being read, if any
        self.column: Heading | None = None
        #: in a 政府工作报告, whether its part on the year to come has begun (from the
        #: start in a table of its tasks: 《政府工作报告》重点工作目标任务分解表)
        self.plans_begun = bool(PLANS_TITLE.search(self._title))

    def _paragraph_after(self, block: Block) -> str:
        """The text of the paragraph right after `block` ('' when a heading or nothing is)."""
        i = bisect.bisect_right(self._block_starts, block.start)
        if i >= len(self.doc.blocks) or self.doc.blocks[i].kind != "paragraph":
            return ""
        return self.doc.text[self.doc.blocks[i].start : self.doc.blocks[i].end]

    def _item_text(self, heading: Heading) -> str:
        """The heading and the rest of its block (a plan item: (一)安全生产方面:…下降20%…)."""
        i = bisect.bisect_right(self._block_starts, heading.start) - 1
        end = self.doc.blocks[i].end if i >= 0 else heading.end
        return self.doc.text[heading.start : max(end, heading.end)].strip()

    def target_for(self, chain: tuple[Heading, ...], path: str, block: Block) -> str:
        if path not in self.targets:
            if chain:
                leaf = chain[-1]
                name = leaf.name or leaf.title
                self.targets[path] = self.builder.add_target(
                    name, leaf.start, leaf.end, section=path, text=self._item_text(leaf))
            else:
                self.targets[path] = self.builder.add_target(
                    PREAMBLE, block.start, block.end, section=path)
        return self.targets[path]

    def read(self, start: int, end: int, block: Block) -> None:
        doc, builder = self.doc, self.builder
        text = doc.text[start:end]
        chain_here = self._chain(start)
        section_year = _section_year(chain_here)
        # 二、2024年工作计划 in a 2023 summary: its 全年 is 2024, its targets are 2024's
        plan_year = _section_year(chain_here, TARGET_SECTION_CUES)
        # 1-12月 in a summary published in February is last year's
        reported_by = doc.published if self.genre in REPORT_GENRES | {"unknown"} \
            and not section_year else None
        spans = find_values(text, year=section_year or doc.year, reported_by=reported_by)
        if not spans:
            return
        names = name_values(text, spans)
        name_place_parts(text, spans, names, self.totals)
        masked = cue_text(text)
        # “3天1轮”, “金华金盾-21”: a figure inside quotes is a slogan or a name
        slogans = [in_quotes(text, span.start, span.end) for span in spans]
        roles: list[str] = []
        for span, slogan in zip(spans, slogans, strict=True):
            if slogan:
                roles.append("")
            elif span.qualifies is not None and span.qualifies < len(roles) \
                    and roles[span.qualifies] not in ("", "unknown", "baseline"):
                roles.append(roles[span.qualifies])  # 完成投资90.5亿元,增长16%: the level's
            else:
                chain = self._chain(start + span.start)
                roles.append(value_role(text, span, chain, self.genre, masked, doc.published,
                                        self.planned_year, doc.year))
        if self.genre == "self_evaluation_table" and _indicator_line(text, spans):
            roles = ["target", "actual"]  # 红薯种植面积5.5亩5.5亩: 年度指标值, 全年实际值
            label = _row_label(text, spans[0].start)
            if label:  # 数量指标全年免费开放100% 100%: the row's whole label, its level out
                names[0], names[1] = [label], [label]
            if names[0] and not names[1]:
                names[1] = list(names[0])  # (指标1:验收通过率 100% 95%: the same indicator)
            for point, suffix in zip(row_points(text, spans), ROW_POINT_SUFFIXES,
                                     strict=False):
                spans.append(point)  # 指标1:验收通过率 100% 95% 6 5: the row's points
                roles.append("score")
                names.append([(name + suffix, n_start, n_end)
                              for name, n_start, n_end in names[0]])
        elif self.genre in ROW_LINE_GENRES and len(spans) == 1 and len(names[0]) == 1 \
                and spans[0].unit != SCORE_UNIT \
                and _LEVEL_IN_NAME.search(names[0][0][0]) \
                and (label := _row_label(text, spans[0].start)):
            # 效益指标经济效益指标 *资产股权年收益率(≥**%) >=8%: the row's own name, not its
            # levels run into it
            names[0] = [label]
        if block.kind == "heading" and self.genre in REPORT_GENRES:
            roles = _task_heading(text, spans, roles, self._paragraph_after(block))
        if self.genre not in PLAN_GENRES | FIGURES_ONLY_GENRES:
            roles = _task_then_progress(text, spans, roles, masked)
            # (the label's leading \s* steps over the line break to the next paragraph)
            if PROGRESS_LABEL.match(doc.text, block.end) and not PROGRESS_LABEL.match(text):
                roles = _tasks(text, spans, roles, masked, unknown_too=True)
        if PROGRESS_LABEL.match(text):
            # 完成情况:…;建成投用现地监测预警设备17个: what the paragraph reports was done,
            # in any genre (an unknown one's prior would make it its task's target)
            roles = ["actual" if role == "unknown" else role for role in roles]
        roles = _parts_of_totals(text, spans, roles, masked)
        roles = _listed_like_first(text, spans, roles)
        if self.genre not in PLAN_GENRES:
            roles = _reported_sentences(text, spans, roles)
        if self.lead_year is not None:  # an item of the list a plan lead announced
            roles = ["target" if role == "unknown" else role for role in roles]
            plan_year = plan_year or self.lead_year or None
        if self.genre == "government_report":
            if PLANS_OPENING.match(text) or _section_role(chain_here) == "target":
                self.plans_begun = True
            if not self.plans_begun:  # the review comes first: its figures are results
                roles = ["actual" if role == "unknown" else role for role in roles]
        lead = PARAGRAPH_SCOPE.match(text)
        scope, scope_end = (lead.group("scope"), lead.end()) if lead else ("", 0)
        # 2022年上半年,实现地区生产总值513.8亿元…。完成固定资产投资111.1亿元…: the months a
        # paragraph opens on are those of its later sentences' figures too
        opening = PARAGRAPH_PERIOD.match(text)
        paragraph_period = next(((first, last) for _, _, first, last in _spans_of_time(
            opening.group("period"), section_year or doc.year, reported_by)), None) \
            if opening else None
        for span, span_names, role in zip(spans, names, roles, strict=True):
            if not role or (role != "target" and span.qualitative in cues.TRENDS):
                continue
            at = start + span.start
            chain = self.sections.chain_at(at)
            path = self.sections.at(at) or PREAMBLE
            if role == "actual":
                span = replace(span, comparator=reported_comparator(span.raw, span.comparator))
            undated = not (span.period_start or span.period_end)
            planned = self.period or (year_period(plan_year) if plan_year else None)
            reviewed = section_year if section_year and self.planned_year \
                and section_year < self.planned_year else None
            if role == "target" and not planned and undated and self.actual_period \
                    and self.actual_period[0].year == self.actual_period[1].year \
                    and (self.actual_period[0].month, self.actual_period[1].month) != (1, 12):
                # a half-year or quarter's summary: its goals are the year's
                planned = year_period(self.actual_period[0].year)
            if role == "target" and not planned and undated and self.actual_period \
                    and self.genre in GOALS_OF_REPORTED_PERIOD:
                planned = self.actual_period  # a 2021年度…自评报告's goals are 2021's
            if role == "target" and planned and undated:
                span = replace(span, period_start=planned[0], period_end=planned[1])
            elif role == "actual" and reviewed and undated:  # 一、2023年亮点工作 in a plan
                first, last = year_period(reviewed)
                span = replace(span, period_start=first, period_end=last)
            elif role == "actual" and self.actual_period and undated \
                    and (heading_period := _section_period(chain_here)) \
                    and not self.actual_period[0] <= heading_period[1] <= self.actual_period[1]:
                # 一、2020年财政决算情况 in a report on 2020's final account and 2021年1至8月's
                # execution: the year its heading names, not the title's months
                span = replace(span, period_start=heading_period[0],
                               period_end=heading_period[1])
            elif role == "actual" and self.actual_period and undated \
                    and (reviewed_years := _years_reviewed(text)):
                # 五年来,…地区生产总值年均增速6%: the five years ending with the year reviewed
                final_year = self.actual_period[1].year
                span = replace(span, period_start=date(final_year - reviewed_years + 1, 1, 1),
                               period_end=date(final_year, 12, 31))
            elif role == "actual" and paragraph_period and undated:
                span = replace(span, period_start=paragraph_period[0],
                               period_end=paragraph_period[1])
            elif role in ("actual", "score") and self.actual_period and undated:
                # (绩效评价…自评报告's 得分: a score is of the period evaluated)
                span = replace(span, period_start=self.actual_period[0],
                               period_end=self.actual_period[1])
            elif role == "actual" and undated and self.genre in REPORT_GENRES \
                    and (heading_period := _section_period(chain_here)):
                # 一、2020年全区收支决算 over an untitled report's figures: that year's
                span = replace(span, period_start=heading_period[0],
                               period_end=heading_period[1])
            if builder.has_value_at(at, start + span.end):
                continue  # a genre reader already took this span (a table cell)
            target_id = self.target_for(chain, path, block)
            s_start, s_end = _sentence(text, span.start, span.end)
            sentence = text[s_start:s_end].strip()
            if not span_names:
                self.unnamed += 1
                builder.add_value(span, start, role, section=path)
                continue
            item = chain[-1].name.strip() if chain else ""
            for name, n_start, n_end in span_names:
                if PLAN_ONLY_NAME.match(name) and ITEM_HEADING.match(item):
                    name = item + name  # (二)公务接待费 / 2022年预算安排1万元
                if scope and scope not in name and n_start > scope_end \
                        and (len(name) <= SCOPED_NAME_MAX or name.startswith(GENERIC_EVENTS)):
                    name = scope + name  # 道路运输业方面。全市发生事故15起 → 道路运输业事故起数
                indicator_id = builder.add_indicator(
                    name, start + n_start, start + n_end, target_id=target_id,
                    text=sentence, section=path)
                builder.add_value(span, start, role, indicator_id=indicator_id,
                                  section=path)

    def _read_table(self, block: Block) -> None:
        """Each cell, under its column's header (the first row's cell): a 重点工作 column
        states targets, a 落实情况 column reports, as a section heading would say."""
        top = header_index(self.doc, block)
        header = block.rows[top]
        for r, row in enumerate(block.rows):
            for column, cell in enumerate(row):
                if cell.end <= cell.start or cell.covered:
                    continue
                title = self.doc.text[header[column].start : header[column].end].strip() \
                    if r > top and column < len(header) else ""
                self.column = Heading(cell.start, cell.end, "column", None, title, title) \
                    if title else None
                self.read(cell.start, cell.end, block)
        self.column = None

    def _chain(self, at: int) -> tuple[Heading, ...]:
        """The numbered headings around `at`, inside the banner line above them; in a
        table cell, its column's header innermost (重点工作 / 上半年落实情况)."""
        chain = self.sections.chain_at(at)
        if self.banner is not None:
            # in the order they stand: a banner under a numbered heading is inside it
            # (一、各项目实施进展情况 › (一)就业促进行动 › 市定任务(2023年度))
            inside = sum(1 for heading in chain if heading.start < self.banner.start)
            chain = (*chain[:inside], self.banner, *chain[inside:])
        return (*chain, self.column) if self.column is not None else chain

    def _is_short_line(self, block: Block) -> bool:
        line = self.doc.text[block.start : block.end].strip()
        return block.kind != "table" and 0 < len(line) <= BANNER_MAX \
            and not line.endswith(BANNER_NOT_ENDS) and "。" not in line

    def _banner(self, block: Block, text: str) -> Heading | None:
        """A short unnumbered line that names its section's kind (2024年主要预期目标,
        过去一年主要工作) and stands over running text: the heading of a page that lost
        its heading tags. Not one of a run of short lines (the header cells of a table
        copied one cell a line: 序号 / 重点工作 / 牵头责任单位 …)."""
        line = text.strip()
        if not self._is_short_line(block) or ITEM_START.match(line) \
                or re.sub(r"\s+", "", line) in self._title:
            return None  # the title, or a piece of it the page wrapped (…总结及 / 2024年工作计划)
        i = bisect.bisect_left(self._block_starts, block.start)
        blocks = self.doc.blocks
        if i + 1 >= len(blocks) or self._is_short_line(blocks[i + 1]):
            return None
        says_actual = any(w in line for w in ACTUAL_SECTION_CUES)
        says_target = any(w in line for w in TARGET_SECTION_CUES)
        if says_actual == says_target or self.genre in FORM_GENRES:
            return None  # (总体目标…年度总体目标完成情况: a form's header, both and neither)
        return Heading(block.start, block.end, "banner", None, line, line)

    def read_block(self, block: Block) -> None:
        text = self.doc.text[block.start : block.end]
        self.banner = self._banner(block, text) or self.banner
        if block.kind == "table" or not ITEM_START.match(text):
            self.lead_year = None  # the list ended
        if block.kind == "table" and len(block.rows) > 1:
            self._read_table(block)
        elif self.genre == "self_evaluation_table" and block.kind != "table":
            for start, end in form_rows(text):
                self.read(block.start + start, block.start + end, block)
        else:
            for start, end in block_spans(block):
                self.read(start, end, block)
        lead = PLAN_LEAD.search(text) if block.kind != "table" else None
        if lead is not None:
            sentence = text[text.rfind("。", 0, lead.start()) + 1 : lead.end()]
            year = _LEAD_YEAR.search(sentence)
            self.lead_year = int(year.group(1)) if year else 0


def read_prose(doc: SourceDocument, builder: RecordBuilder, blocks: list[Block], *,
               genre: str = "work_plan") -> list[str]:
    """Read `blocks` (paragraphs and headings; tables are read cell by cell) as the prose of
    a `genre` document: every value with its section, target, indicator and role.
    Returns warnings."""
    reader = _Reader(doc, builder, genre)
    for block in blocks:
        reader.read_block(block)
    warnings = []
    if reader.unnamed:
        warnings.append(f"{reader.unnamed} prose values without an indicator name")
    return warnings


def settle_roles(values: list[ValueRow], genre: str, text: str = "", *,
                 structured: bool = True) -> int:
    """In a document of no known genre, the dominant role of the figures that have one
    (from their words, or a table's headers) goes to those that have none (DOMINANT_MIN,
    DOMINANT_SHARE), whichever reader found them; how many. When none has a role and
    `text` (the document's) has no word of a goal anywhere, it states what is: actuals
    (全县共有学校480所。其中,幼儿园187所…: a page of counts). In a plan or a report whose
    genre reader did not find its structure (`structured` false), the figures no reader
    gave a role take the genre's prior (a plan's are targets); where the reader did, an
    undecided figure was left so on purpose (a threshold naming which towns)."""
    if genre in PLAN_GENRES | REPORT_GENRES and not structured:
        prior = "target" if genre in PLAN_GENRES else "actual"
        return _give_role(values, prior)
    if genre in PLAN_GENRES | REPORT_GENRES | {"government_report"}:
        return 0
    decided = {"target": 0, "actual": 0}
    for row in values:
        if row["role"] in decided:
            decided[row["role"]] += 1
    role, count = max(decided.items(), key=lambda item: item[1])
    total = sum(decided.values())
    if total == 0 and len(values) >= STATED_MIN and text \
            and _last_cue(cue_text(text), TARGET_CLAUSE_CUES) < 0:
        role, total, count = "actual", 1, 1
    if total < DOMINANT_MIN or count < DOMINANT_SHARE * total:
        return 0
    return _give_role(values, role)


def _give_role(values: list[ValueRow], role: str) -> int:
    """(In place) `role` to every value that has none, an actual's comparator as reported
    (reported_comparator); how many."""
    undecided = [row for row in values if row["role"] == "unknown"]
    for row in undecided:
        row["role"] = role
        if role == "actual":
            row["comparator"] = reported_comparator(row["raw"], row["comparator"])
    return len(undecided)


def _parse(doc: SourceDocument, builder: RecordBuilder, genre: str) -> list[str]:
    if len(sections(doc).numbered) < 2:
        raise GenreMismatch("fewer than two numbered headings")
    # (a table of figures is the figure tables' reader's, read after this one; a table of
    # sentences, or a lone row of cells, is read here)
    return read_prose(doc, builder, [b for b in doc.blocks if not builder.taken(b) and (
        b.kind != "table" or len(b.rows) < 2 or is_text_table(doc, b))], genre=genre)


def parse_work_summary(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """A work summary: reported actuals grouped by section, next steps as targets."""
    return _parse(doc, builder, "work_summary")


def parse_self_evaluation_report(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """A 绩效自评报告: the money allocated to a project (批复, 下达) and its goals as
    targets, what was spent and done as actuals."""
    return _parse(doc, builder, "self_evaluation_report")


def parse_work_plan(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """A work plan: 主要目标 items and tasks with figures as targets."""
    return _parse(doc, builder, "work_plan")


def parse_government_report(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """A 政府工作报告: last year's review reports actuals, this year's 主要预期目标 and
    工作安排 state targets; the sections and cue words decide, not the genre."""
    return _parse(doc, builder, "government_report")
