"""Indicator names: the short noun phrase a value measures, cut out of its clause.

`name_values(text, spans)` names every value the grammar found in `text`:

- a count followed by what it counts takes that noun phrase (新增5个航空救援临时起降点 →
  航空救援临时起降点数; 对全市70家危险化学品重大危险源单位 → 危险化学品重大危险源单位数);
- otherwise the words before the value, back to the clause break or the previous value,
  name it (共检查企业7639家次 → 检查企业家次; 罚款2022万元 → 罚款金额);
- several subjects enumerated before one value all get it (生产安全事故起数、死亡人数同比下降20%
  → 事故起数 and 死亡人数);
- a change that the grammar says qualifies a count (事故27起、死亡30人，同比下降72.7%、66.7%)
  takes that count's name.

Names are normalized so the same indicator reads the same in a plan and in a later summary:
scope words (全市, 各类), cue verbs (共, 累计, 发生, 完成) and periods are dropped, a suffix
from the unit makes a bare noun a measure (事故 + 起 → 事故起数, 死亡 + 人 → 死亡人数, 罚款 +
元 → 罚款金额), and a few analyst aliases apply (生产安全事故起数 → 事故起数).

jieba cuts the words (its own tokenizer instance, loaded lazily and quietly from a cache,
parse/pos.py, with the small word list below so the cuts do not depend on anything
downloaded).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from zhibiao.ingest.list_marks import ARABIC_ITEM, BRACKETED_ITEM, CIRCLED_ITEM, HAN_ITEM
from zhibiao.parse import cues, pos
from zhibiao.parse.values import (
    BRACKET_OPEN,
    NONE_HAPPENED,
    ValueSpan,
    find_periods,
    forget_after_each_document,
)

NameSpan = tuple[str, int, int]

# --- data ----------------------------------------------------------------------------------

#: Words jieba should keep whole (indicator heads and domain nouns of these reports).
CUSTOM_WORDS: tuple[str, ...] = (
    "覆盖率", "建成率", "达标率", "投保率", "培训率", "修编率", "装备率", "投用率", "占比率",
    "处罚率", "收缴率", "死亡率", "发生率", "完成率", "规范化率", "到位率",
    "事故起数", "死亡人数", "受伤人数", "培训人数", "起数", "人数", "人次", "家次",
    "危化品", "危险化学品", "隐患", "重大隐患", "安责险", "起降点", "小微企业", "尾矿库",
    "执法检查", "行政处罚", "罚款", "整改", "督办", "应急管理站", "社会应急力量",
    "本部门", "本单位", "本年", "本年度", "我局", "本局", "我委", "本委", "我办", "我厅",
    "组织开展", "组织实施", "我县", "我镇", "我州", "我旗", "我省", "我市", "我区",
    # the share of units growing or losing (增长面将近九成, 亏损面32.86%): one measure
    "增长面", "下降面", "亏损面",
    # states in 在 (在谈项目, 在库项目, 在校生): one word, not the preposition and a verb
    "在谈", "在库", "在建", "在校", "在岗", "在册", "在编", "在营", "在读", "在园", "在线",
)
#: Terms one of whose words is noise elsewhere (完成 in 完成投资: the statistics of
#: investment done, as the corpus names it, not a verb before its object; 安排 in a
#: budget's 预安排; 各级各类学校, education statistics' whole count, not 各类事故's scope;
#: 累计完成投资, a progress report's statistic, kept whole after its subject).
KEPT_TERMS = frozenset({"完成投资", "累计完成投资", "预安排", "各级各类"})
#: Words jieba tags as verbs that name things in reports (享受城乡低保: the minimum living
#: allowance, a noun): tagged as nouns.
RETAGGED: dict[str, str] = {"低保": "n", "五保": "n", "特困": "n"}
#: Verbs of what was done to things counted (新建5G基站2000个,改造4000个 → 改造5G基站数):
#: doings whatever jieba tags them (核实 n, 新建 ns).
DOING_VERBS: tuple[str, ...] = (
    "新建", "改造", "核实", "核查", "整改", "办结", "受理", "查处", "修改", "废止", "制定",
    "新制定", "建成", "关闭", "取缔", "救助", "安置", "立案", "结案", "答复", "办理", "清理",
    "拆除", "化解",
)
#: Doings in front of a counted thing that jieba tags otherwise but that are no part of
#: the thing (曝光隐患 → 隐患); not re-tagged, as 12期隐患曝光 counts 隐患曝光 sessions.
FRONT_DOINGS = frozenset({*DOING_VERBS, "曝光", "发现"})
#: Clause breaks: a name never runs across them (、 separates enumerated names instead).
CLAUSE_BREAKS = cues.CLAUSE_BREAKS + "\t《》"  # a book title ends the subject too
#: Enumeration separators between subjects sharing one value (起数、死亡人数; 装备率和投用率).
ENUM_SEPARATORS = ("、", "和", "及", "与", "以及")
#: Adverbs after which the name starts (全市共发生各类事故 → 发生各类事故 → 事故).
ANCHOR_WORDS: tuple[str, ...] = (
    "共计", "合计", "总计", "累计", "共", "已", "已经", "其中", "分别", "先后", "连续", "均",
    "共有", "现有",
)
#: Verbs that only say something took place (发布会累计举行151场): after an anchor they
#: leave the subject before it to name the count.
LIGHT_VERBS = frozenset({"举行", "召开", "举办", "组织", "开展", "进行"})
#: The word of a sum so far (累计完成投资): no part of the name of a share of the plan.
CUMULATED = "累计"
#: Anchors that stay in a name between its subject and a lone verb (…建设累计投入).
KEPT_ANCHORS: tuple[str, ...] = (CUMULATED,)
#: Anchors of having (小学共有教职工): the subject before them owns the noun after them.
HAVING_ANCHORS = frozenset({"共", "共有", "现有"})
HAVING_WORDS = frozenset({"有"})
#: Owners that are a whole, not a kind (全系统共有医务人员, 本单位共有): no part of the name.
WHOLE_SCOPES: tuple[str, ...] = ("全", "各", "本", "我", "该")
VERB_FLAGS = frozenset({"v", "vn"})
#: What the word before such an anchor must be to name a subject: a noun, not a place or
#: a count (沿线五地累计转移5.1万人: who moved them is no indicator).
SUBJECT_FLAGS = frozenset({"n", "vn", "nz"})
#: …and what an owner's last word may be tagged (jieba tags 幼儿园 nr); not a place (ns).
OWNER_FLAGS = SUBJECT_FLAGS | {"nr", "nt"}
#: Flags of a word after a one-character anchor that make the anchor part of a name (惠民
#: 共富: jieba cuts 共 off and tags 富 a person's name); jieba tags many verbs after a real
#: anchor as nouns (共办理, 已资助), so only these say it is none.
NAME_PART_FLAGS = frozenset({"nr", "nrt", "ns"})


def _inside_a_word(words: list[str], flags: list[str], i: int) -> bool:
    """Whether the one-character anchor words[i] is part of a word jieba cut apart, not an
    adverb: 亩均, 人均 (an average per unit), 教共体, 惠民共富."""
    if len(words[i]) != 1 or i + 1 >= len(words):
        return False
    if words[i] == "均" and i and flags[i - 1] == "q":
        return True  # 农田灌溉亩均用水量
    return flags[i + 1] in NAME_PART_FLAGS or (
        i > 0 and len(words[i - 1]) == 1 and len(words[i + 1]) == 1
        and cues.is_han(words[i - 1]) and cues.is_han(words[i + 1]))


#: Anchors jieba may glue to the verb after them (共出动, 已建成).
GLUED_ANCHORS: tuple[str, ...] = ("共计", "累计", "共", "已")
#: Words dropped from the front of a name (scope, cue verbs, connectives).
LEADING_NOISE: tuple[str, ...] = (
    "全市", "全区", "全县", "全省", "全国", "全镇", "本市", "我市", "我区", "我县", "我镇",
    "我省", "我州", "我旗", "各类", "各级", "同比", "环比", "有", "共有", "现有", "总共",
    "各项", "加上", "包括", "发生", "实施", "完成", "实现", "达到", "确保", "力争", "争取",
    "推动", "推进",
    "—",  # (——上级补助收入: a dash opening a list's line)
    "进行", "开展", "做到", "保持", "对", "在", "将", "把", "按期", "及时", "全面",
    "进一步", "所有", "落实", "下拨", "今年", "全年", "当年", "年度", "年底", "年内", "同时",
    "并", "且", "还", "又", "和", "及", "与", "以及", "、", "其中", "共", "累计", "已", "到",
    "至", "截至", "为", "目前", "现已", "以来", "本部门", "本单位", "本年", "本年度",
    "我局", "本局", "我委", "本委", "我办", "我厅", "组织开展", "组织实施", "增加", "减少",
    "增长", "下降", "预计", "初步预计", "年末", "了", "同步",
    "安排",  # 安排公务接待费64000元: the budget's verb, the money is named
    "首次",  # (首次达到50万吨: when, no part of the measure)
    "截止", "截止目前", "截至目前", "截止到目前", "到目前为止",  # (截止目前b超筛查8858人)
    "即",  # (…支出,即“三区”人才计划…经费合计75万元: what the item is, said again)
    "是",  # (其中粮食种植面积101.17万亩,分别是玉米77.81万亩: the list's lead-in)
)
#: X增加A、B、C等N: what changed by N is X, the words after the verb are examples of it.
CHANGED_BY_EXAMPLES = re.compile(
    r"^(?P<subject>[^、,，]+?)(?:增加|减少|增长|下降|提高|降低)[^,，。;；]*、[^,，。;；]*等$")
#: Two characters one word splits with 、 (财政拨款收、支总预算 → 财政拨款收支总预算).
PAIRS = frozenset({"收支", "进出", "城乡", "内外", "供需", "产销"})
#: Verbs that open a clause about a thing (发展…产业, 培育…集群, 壮大…): not part of it.
SUBJECT_LEAD_VERBS = frozenset({"发展", "培育", "壮大", "做强", "做大", "打造", "推动", "加快"})
#: A sector written short after its numeral (一产, 一、二、三产投资) and in full.
SECTOR_SHORT, SECTOR_WORD = "产", "产业"
#: Numerals of an ordinal enumeration (第一、二、三产业 → 第一产业, 第二产业, 第三产业).
ORDINALS = "一二三四五六七八九十"
_ORDINAL_PARTS = re.compile(rf"^(?P<prefix>第?)(?P<n>[{ORDINALS}])$")
_ORDINAL_LAST = re.compile(rf"^第?(?P<n>[{ORDINALS}])(?P<head>\S+)$")
#: A figure right after the words for a target (…的目标值(37%), 目标为…): the target of
#: the measure the sentence is about.
TARGET_OF_BEFORE = re.compile(r"(?:目标值|目标)(?:为|是)?[(（]?$")
#: Names that are only the goal word (排名全市第1位(预期目标为8.5%以上)): no measure.
GOAL_ONLY_NAMES = frozenset({"目标", "目标值", "预期目标", "年度目标", "目标任务"})
#: Words naming one side of an account (收入、支出预算总计 → 收入预算总计, 支出预算总计).
SIDE_WORDS: tuple[str, ...] = ("收入", "支出", "进口", "出口", "收", "支")
#: The basis of a change in front of a name (与上年相比, 比上年, 较去年同期): no part of it.
LEADING_BASIS = re.compile(
    # (与去年同比上升100%: 同比 said after the year too)
    r"^(?:(?:与|比|较)(?:上年度?|去年|上一年|去年同期|同期)(?:相比|同比)?|(?:上年度?|去年)(?:相比|同期)"
    r"|按[^,，。;；]{0,8}?(?:口径|价格|可比价)计算|(?:同|自然|可比)口径"  # 按省口径计算增长11.1%
    r"|(?:较|比)十[一二三四五]五(?:时期|期间|末)?"  # 较十一五增长164%
    # 较预算数增加(减少)0.003万元, 比年初预算减少: the plan it is compared with
    r"|" + cues.BUDGET_COMPARED + ")")
#: The congress that approved a budget, opening its name (区十八届人大第一次会议批准…).
APPROVER = re.compile(r"^[^,，。;；]*?(?:人大|人民代表大会|常委会)[^,，。;；]*?批准(?:的)?")
#: Who set a task, opening its name (县下达我镇…任务, 省下达我市…目标, 上级分配…指标).
TASK_SETTER = re.compile(r"^(?:[省市县区州盟]|上级)(?:委|政府)?(?:下达|分配|下发)(?:给)?"
                         r"(?:[我本](?:省|市|县|区|州|旗|镇|乡|街道))?")
#: …said only of a task's own figure (省下达资金 is money the province allotted).
TASK_NAMED = re.compile(r"任务|目标|指标")
#: Words after which a name starts again (the reason or rule that led to the change; the
#: lead-in of a list of works: 主要建设内容为建设道路311520平方米 → 建设道路).
CUT_AFTER: tuple[str, ...] = ("原因是", "原因为", "要求", "规定", "内容为", "内容包括", "内容是",
                              # (…增养任务是生猪存栏34.7万头: the task is set in 生猪存栏)
                              "任务是", "任务为")
#: Words dropped from the end of a name (the verb or particle right before the number),
#: trend words among them (居民健康素养水平稳步提升 → 居民健康素养水平).
TRAILING_NOISE: tuple[str, ...] = (
    "稳步提升", "持续提升", "不断提升", "显著提升", "持续提高", "不断提高", "稳步提高",
    "明显改善", "持续改善", "稳中有升", "稳步增长", "持续增长", "快速增长",
    "分别为", "分别", "控制在", "保持在", "稳定在", "达到", "实现", "为", "是", "达", "约",
    "近", "有", "均", "了", "的", "同比", "共", "共计", "累计", "在", "等", "已", "已经", "完成",
    "应",  # (项目投资比例应完成25%: what should be done, no part of it)
    "目前", "现已", "由", "从", "保持", "稳定", "维持", "各", "提前", "力争", "确保", "争取",
    "方面", "仅", "仅有", "只有", "有望", "预计",
    "安排",  # “三公”经费财政拨款预算安排389000元
    "首次",  # 首次突破6000亿元: when, no part of the measure
    # the time said between the measure and its verb (地区生产总值全年完成116.5亿元)
    "全年", "今年", "当年", "年内", "本年", "本年度", "上半年", "下半年", "前三季度",
    "如下",  # 18项惠民实事如下:…: the list that follows, no part of what is counted
    # a budget's adjusted figure (上级补助收入拟调整为389501万元): the measure adjusted
    "调整", "拟", "调整后",
)
#: The longest first part of a pair (受益脱贫户、监测户) that shares the figure after it.
SHORT_PAIR_PART = 6
#: The end of a band of ages or sizes (50岁以上, 30岁~39岁): no noun of its own.
BAND_END = re.compile(r"(?:岁|以上|以下|以内)$")
#: A payout named verb first (发放慰问金金额): analysts name the money, then the payout.
PAYOUT_FIRST = re.compile(
    r"(?P<verb>发放|拨付|兑付|兑现|下拨|支付)(?P<what>[\u4e00-\u9fff、]{2,}?)金额")
#: A payout after a count of people (为5826人次发放医疗保障经费): the people it went to.
PAYOUT_TO = re.compile(r"(?P<verb>发放|拨付|兑付|兑现|下拨|支付)(?P<what>[\u4e00-\u9fff]{2,}?"
                       r"(?:金|费|款|补贴|补助|资金|经费))")
#: Words naming money, ending what a count's words say is paid or raised (…发放医疗保障经费
#: 350.37万元, 为120家市场主体融资1.35亿元): the amount after them is of that money.
MONEY_WORDS_END = re.compile(r"(?:金|费|款|补贴|补助|资金|经费|融资|贷款)$")
#: Brackets holding a list (含A、B、C): a note inside a name.
_BRACKETED_LIST = re.compile(r"[(（][^()（）]*[、,，][^()（）]*[)）]")
#: How far a result is ahead of or behind the schedule (超过时间进度4.6个百分点, 落后序时进度),
#: named as analysts do: 超过 / 落后 + the schedule.
SCHEDULE_GAP = re.compile(r"(?P<verb>超过|超出|高于|快于|超|落后|低于|慢于)"
                          r"(?P<schedule>时间进度|序时进度)(?:约|近)?\s*$")
SCHEDULE_GAP_WORDS: dict[str, str] = {"超出": "超过", "高于": "超过", "快于": "超过",
                                      "低于": "落后", "慢于": "落后"}
#: A goal a figure sizes, named right after it (52亿元投资目标, 100万元建设任务).
GOAL_AFTER = re.compile(r"(?!的)(?P<goal>[\u4e00-\u9fff]{1,6}?(?:目标|任务))(?=[,，。;；、)）]|$)")
GOAL_PERIOD_WORDS: tuple[str, ...] = ("年度", "全年", "今年")
#: A scope word opening a clause inside a name, after at least four characters that are no
#: comparison (占全市比重 keeps its 全市): where the name starts.
RUN_IN_SCOPE = re.compile(
    r"(?<=[^占于比较与和及对在])(?<=.{4})(?P<scope>全区|全市|全县|全省|全州|全旗|全镇)")
#: A stretch of time said in passing (连续十三年, 3个月): no part of a name.
DURATION = re.compile(r"[一二两三四五六七八九十百\d]+(?:个)?(?:年|个月|天|周)")
#: Words after a fee that say no more than the fee does (会议费预算支出, 因公出国费支出).
SPENDING_SUFFIXES: tuple[str, ...] = ("预算支出", "支出", "预算")
#: Words after a measure that only say which of its figures this is (…支出年初预算为3038万元,
#: …费支出决算为0.00万元): the role's business, no part of the name.
FIGURE_KINDS: tuple[str, ...] = (
    "年初预算数", "年初预算", "调整预算数", "调整预算", "全年预算数", "预算数", "决算数",
    "执行数", "决算", "预算",
    # a performance form's columns written in prose (…服务比例年初指标值为不低于85%,全年实际
    # 完成值100%)
    "年初指标值", "年度指标值", "全年实际完成值", "实际完成值", "全年完成值", "完成值",
    "指标值", "目标值", "实际值",
)
#: …发放指标为100%: the word saying a figure is the goal set for what comes before it, and
#: the fewest characters that subject has (产出指标, 绩效指标 are a form's parts).
GOAL_WORD = "指标"
GOAL_SUBJECT_MIN = 4
#: …in the units of a rate (a count of 指标, 省级考核指标57项, counts the indicators).
GOAL_UNITS = frozenset({"%", "‰"})
#: Words of a time said where a name would stand (“十三五”时期年均增长2.4%, 其中6月当月同比
#: 下降17.6%): no name; the figure is of what the sentence named before.
TIME_ONLY_NAMES = frozenset({"时期", "期间", "当月", "当年", "当季", "同期", "年度", "本月",
                             "本期", "月份",
                             # (与去年同比上升100%: the basis's year, not what changed)
                             "去年", "上年", "去年同期", "上年同期"})
#: Both sides of an account said alone (收支较上年减少…, 收、支总计…): their totals.
BOTH_SIDES: dict[str, str] = {"收支": "收支总计"}
#: A figure standing alone among a name's words (not one with its unit: 50岁以上, 10亿元以上).
_BARE_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_UNIT_STARTS: tuple[str, ...] = tuple(cues.UNITS) + tuple(cues.CN_BIG_UNITS) + (
    "至", "到", "~", "～", "-", "—")  # (10至500万元项目: a range)
#: Endings of a share's name (增长面, 覆盖率, 比重): no subject of an amount after it.
SHARE_ENDINGS: tuple[str, ...] = ("面", "率", "比重", "占比")
#: Names that only say which figure of a subject a value is (决算支出数为820.33万元 after
#: 三公经费预算数为832.05万元): the subject's name is theirs.
KIND_ONLY_NAMES: frozenset[str] = frozenset({
    "决算支出数", "决算数", "预算数", "执行数", "年初预算数", "调整预算数", "全年预算数",
    "全年执行数", "决算支出", "预算支出数",
    "全年实际完成值", "实际完成值", "全年完成值", "完成值", "实际值",
    # 引进优强企业21家(任务数18家), 完成全年目标任务7家的114.29%: the subject's task
    "任务数", "目标任务数", "目标数", "计划数", "全年目标任务数", "年度目标任务数",
    "全年任务数", "年度任务数"})
#: A herd's (or a flock's: 存笼, 出笼) stock and slaughter: measures of their own, named after
#: the animal.
HERD_MEASURES: tuple[str, ...] = ("存栏", "出栏", "存笼", "出笼")
#: A measure already named by the phrase's last word: no unit suffix is added.
MEASURE_ENDINGS: tuple[str, ...] = ("总计", "合计",
    "数", "率", "量", "额", "比例", "比重", "占比", "人次", "家次", "场次", "金额", "资金",
    "经费", "费用", "指数", "时间", "时长", "面积", "长度", "水平", "值", "增加值", "次数", "收入",
    "产值", "总值", "支出", "投资", "产量", "总额", "规模", "年限", "人口数", "播种面积",
    "收获面积", "种植面积",  # 粮食收获面积38.14万亩、产量14.31万吨: 粮食产量
    "保有量",  # 公务用车保有量38辆,其中:执勤执法用车34辆 → 执勤执法用车保有量
    *HERD_MEASURES,  # 生猪存栏19.21万头: 生猪存栏, as the bulletins write it (no 量)
    "浓度", "强度", "密度", "能耗", "均值", "费", "里程", "长度", "距离", "营收",
    "价", "价格",  # 均价达64.72元, 收购价格: a price, no 金额
    "GDP",  # 县域GDP达443.9亿元: 地区生产总值, no 金额
    "数量",  # 项目建设数量6个: a count, measured as one (not …量)
    "损失",  # 直接经济损失214.5万元, 直接财产损失: a loss is money already, no 金额
)
#: Nouns of money: an amount in 元 of one is named by it, without 金额 (园区税收226.97万元,
#: 规上工业利润20.98亿元, 实际利用外资1.84亿美元, 城乡低保标准835元).
MONEY_NOUNS: tuple[str, ...] = (
    "预算", "决算", "结余", "结转", "投入", "拨款", "外资", "内资", "税收", "成本", "贷款",
    "资产", "资本", "利润", "补助", "补贴", "标准", "收益", "工资", "基金", "债券", "专项债",
    "增收", "金",
    # a balance of deposits or of funds (人均储蓄存款55266元, 全市总财力326.8亿元)
    "存款", "财力",
    # (年度投资计划304亿元, 年度投资目标15495万元: the plan's amount, not 投资计划金额)
    "投资计划", "投资目标", "投资任务")
#: A count's longer word (基础设施建设项目数量1个).
COUNT_WORD = "数量"
#: Words ending like a measure that are not one (社会应急力量 is counted, not a quantity).
NOT_MEASURE_ENDINGS: tuple[str, ...] = ("力量", "质量", "能量")
#: Words dropped wherever they stand in a name (曝光各类隐患 → 曝光隐患).
MIDDLE_NOISE = frozenset({"各类", "各项", "各种", "创历史",
                          # whom a notice addresses (现下达你单位…专项资金): no part of it
                          "你单位", "你县", "你市", "你区", "你局", "你们"})
#: Verbs that end the noun phrase after a count (70家…单位和7个尾矿库实施全覆盖检查).
STOP_VERBS = frozenset({
    "实施", "进行", "开展", "用于", "参与", "观看", "实现", "完成", "纳入", "达到", "接受",
    "通过", "得到", "落实", "发挥", "提供", "参加", "整合", "分设", "列为", "确定", "作为",
    "形成", "转为",
})
#: Name of an interval (每15天一次点评通报 → 点评通报周期).
INTERVAL_SUFFIX = "周期"
_ONCE = re.compile(r"^[一1](?:次|轮|期)")
#: 分7组, 分成3批: the verb splits something into groups, which the value counts.
SPLIT_VERBS: tuple[str, ...] = ("分成", "分为", "分")
SPLIT_UNITS: dict[str, str] = {"组": "分组数", "批": "批次数", "类": "分类数"}
#: Verbs after a number of people that say what they did (吸引50余万人次观看 → 观看人次).
PEOPLE_UNITS = frozenset({"人", "人次", "名"})
#: Words after 和/及 that start a new noun phrase, not a second counted noun (乡镇和所有村).
DETERMINERS = frozenset({"所有", "全部", "各", "部分", "其他", "相关", "全体", "各类"})
#: A character after a verb that makes it a noun (照护之家, 救护员, 服务站): no break there.
NOUN_MAKING_SUFFIXES = frozenset({"之", "员", "站", "室", "馆", "所", "器", "点", "中心"})
#: Part-of-speech flags that cannot start the noun after a count (分7组持续3个多月).
NON_NOUN_START_FLAGS = frozenset({"d", "vd", "p", "c", "u", "uj", "ul", "r", "f"})
#: Unit → suffix that turns the counted noun into a measure (事故 + 起 → 事故起数).
UNIT_SUFFIXES: dict[str, str] = {
    "起": "起数", "宗": "起数", "人": "人数", "名": "人数", "人次": "人次", "家次": "家次",
    "件次": "件次", "户": "户数", "台次": "台次", "户次": "户次", "车次": "车次", "架次": "架次",
    "艘次": "艘次",
    "批次": "批次",
    # issues and volumes are counted in their own word (法制专刊期数, 图书册数; dev labels)
    "期": "期数", "册": "册数",
    "例": "例数",  # cases of a disease or an operation (手术治疗13例 → 手术治疗例数)
    "次": "次数", "场次": "场次", "场": "场次", "元": "金额", "美元": "金额", "%": "",
    "‰": "", "‱": "", "百分点": "", "千分点": "",
    "倍": "", "小时": "时间", "分钟": "时间", "秒": "时间", "天": "天数", "周": "时间",
    "个月": "时间", "个工作日": "时间", "工作日": "时间", "年": "年限",
    # a volume of containers (集装箱运输441.6万标准箱 → 集装箱运输量)
    "标箱": "量", "标准箱": "量",
}
#: The suffixes of figures of time, and nouns that already say a name is one (审核时限,
#: 开办企业时间, 建设工期): they take no suffix.
TIME_SUFFIXES = frozenset({"时间", "天数", "年限"})
TIME_NOUNS: tuple[str, ...] = ("时限", "时间", "时长", "用时", "期限", "工期", "周期", "天数",
                               "年限")
#: Things a 宗 counts as items, not as cases (水务项目96宗, 出让地块12宗).
THINGS_COUNTED_IN_ZONG: tuple[str, ...] = ("项目", "地块", "土地", "工程", "交易", "宗地")
#: Verbs whose count is a volume (生猪出栏, 存栏 in 头; 粮食收购 in 吨): named …量.
VOLUME_VERBS: tuple[str, ...] = ("出栏", "存栏", "收购", "出口", "进口", "吞吐", "销售")
VOLUME_SUFFIX = "量"
#: …and in money, a value (出口额).
VALUE_SUFFIX = "额"
MONEY_UNITS = frozenset({"元", "美元", "欧元", "港元"})
#: Nouns ending in 户 that are a kind of household or business, not 户 the count's unit:
#: the bare name of 个体工商户数 keeps its 户.
HOUSEHOLD_NOUNS: tuple[str, ...] = ("工商户", "农户", "脱贫户", "贫困户", "用户", "住户", "商户",
                                    "养殖户", "种植户", "经营户", "承包户", "散户",
                                    "大户", "困难户", "五保户", "特困户", "监测户", "边缘户")
#: Posts counted in 名 (行政编制200名): their count is …数, not …人数.
POST_NOUNS: tuple[str, ...] = ("编制", "职数", "岗位", "名额")
#: Nouns that already say they are people: their count is …数, not …人数 (医务人员数; and
#: education statistics' 专任教师数, 在校生数, 招生数, 毕业生数, as bulletins name them).
PEOPLE_NOUNS: tuple[str, ...] = ("人员", "人口", "教师", "教职工", "在校生", "学生", "幼儿",
                                 "招生", "毕业生")
#: …of which a population is named as it is (年末常住人口 26.10万人: 常住人口, no 数), and
#: is the measure of its parts (其中男性 → 男性人口).
POPULATION_NOUN = cues.POPULATION_NOUN
#: The unit households are counted in, and the households whose people are named as a
#: population (贫困户 → 贫困人口, 脱贫户 → 脱贫人口), as poverty statistics name them.
HOUSEHOLD_WORD = "户"
PEOPLE_OF_HOUSEHOLDS: tuple[str, ...] = ("贫困户", "脱贫户", "监测户", "常住户")
#: Period words that stay part of a name when written inside it (灾害信息员年度培训率).
EMBEDDED_PERIOD_WORDS = frozenset({"年度", "年均"})
#: Suffix for any other measure word (个, 家, 处, 支 …).
COUNT_SUFFIX = "数"
#: …but items (项) of which only a project's stage is said, once every other way of naming
#: them failed, are projects (开复工84项, 新开工15项 → 开复工项目数, 新开工项目数); and so are
#: 个 ending a clause (开工7个, 开工率78%), not 个 before what they count (建成20个“…”站点).
ITEM_UNITS = frozenset({"项"})
CLAUSE_ITEM_UNITS = frozenset({"个"})
CLAUSE_ENDS = frozenset(",，;；。、")
PROJECT_STAGES: tuple[str, ...] = ("开工", "复工", "竣工", "续建", "新建", "在建", "建成", "投产",
                                   "签约", "落地")  # (开复工 ends in 复工)
ITEM_COUNT_SUFFIX = "项目数"
#: Units that measure rather than count: the noun before them is already the measure
#: (最高水位108.39米, 梅雨量815毫米), and no noun after them is what they count.
MEASUREMENT_UNITS = frozenset({
    "米", "毫米", "公里", "吨", "公斤", "斤", "千克", "平方米", "平方公里", "立方米", "公顷", "亩",
    "千瓦", "分", "微克", "毫克", "克", "升", "毫升",
    "岁",  # 人均预期寿命78.5岁: the measure's name, no 数
    "分贝", "dB", "dB(A)",  # 昼间平均等效声级52.0分贝: a level, no count
})
#: Units of area: what they measure is an area (造林19800亩 → 造林面积).
AREA_UNITS = frozenset({"亩", "公顷", "平方米", "平方公里", "万亩"})
AREA_SUFFIX = "面积"
#: Units of a stretch built or kept (新建改造城市道路100公里 → …里程).
LENGTH_UNITS = frozenset({"公里", "千米"})
LENGTH_SUFFIX = "里程"
#: 以 before a score (以91.02分获评优秀): the score is of the clause before it.
SCORED_WITH = frozenset({"以"})
SCORE_UNIT = cues.SCORE_UNIT
#: The words of a score with nothing to name it before them in its clause (…,得6分).
SCORE_VERBS = frozenset({"得", "得分", "得分为", "评分", "评分为", "计"})
#: An evaluation's item opening on the criterion it scores ((1)奖补政策合规性:…).
SCORED_ITEM_HEAD = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])\s*"
                              r"(?P<criterion>[\u4e00-\u9fff()（）]{2,20}?)\s*[:：]")
SCORE_SUFFIX = "得分"
#: Words that leave nothing to name when they are all there is before a value (地区生产总值
#: 从2010年的671.1亿元增加到2015年的1107.8亿元): the name is the subject before 从/由.
FUNCTION_ONLY = frozenset({"增长", "增加", "减少", "下降", "提高", "降低", "上升",
                           "的", "增加到", "增长到", "提高到", "提升到", "上升到", "下降到",
                           "降低到", "减少到", "达到", "到", "至", "增至", "降至", "为",
                           "比", "较",  # …103.9亿元,比增长4.6%: the basis, its year left out
                           *cues.PRICE_BASES})  # 可比价同比增长5.1%: prices, no name
#: Between the two ends of a change (从A增加到2015年的B): B measures what A does.
CHANGE_TO = re.compile(rf"^(?:{cues.LEVEL_CHANGE_VERBS}|增|降|升)?(?:到|至)")
#: A document's title right before a count of copies of it, after the verb done to it
#: (签订《2022年党风廉政建设责任状》38份, 印发《…学习手册》100册).
TITLE_BEFORE = re.compile(r"(?P<verb>签订|印发|发放|制定|出台|修订|编印|编制|发布|下发)?"
                          r"《(?P<title>[^《》]{2,30})》$")
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
#: What stands between a task's figure and what was done of it, in a progress table's row
#: written as a line (新增技能人才4000人 完成736人): the done verb alone.
DONE_AFTER_TASK = re.compile(r"\s*(?:已|实际|累计)?完成(?:了)?\s*")
#: What may stand between the first end of a change and its verb (从573.7亿元预计增长到650
#: 亿元; 从2021年的18753元,增长至2022年的19818元: a comma only after 从/由).
CHANGE_TO_LEAD = re.compile(r"(?P<comma>[,，]\s*)?(?:预计|预期|力争|将|再)?")
#: Where 从/由 may stand before the first end for the comma to be allowed.
FROM_REACH = 12


def _change_to_after(text: str, before: ValueSpan, span: ValueSpan) -> bool:
    """Whether `span` is the far end of a change whose near end is `before` (从A增加到B,
    从A预计增长到B, 从A,增长至B): B measures what A does."""
    lead = CHANGE_TO_LEAD.match(text, before.end)
    at = lead.end() if lead else before.end
    if lead and lead.group("comma"):
        opening = text[max(0, before.start - FROM_REACH) : before.start]
        if "从" not in opening and "由" not in opening:
            return False
    return CHANGE_TO.match(text[at : span.start]) is not None


#: Verbs of things grown in number (农产品加工企业发展到56家, 合作社壮大到120家).
GROWN_TO = "发展|壮大"
#: Verbs of a time or a number of steps cut down (办理时限压缩至3个工作日, 环节减至3个).
CUT_TO = "压缩|缩减|缩短|压减|精简|减|缩"
#: …and at the end of a subject, the verb of the level it reached (信用乡增加到13个,
#: 贫困人口减少到450人, 规上企业增至425家, 时间缩至5天): no part of what is counted.
LEVEL_TO_END = re.compile(rf"(?:{cues.LEVEL_CHANGE_VERBS}|{GROWN_TO}|{CUT_TO})(?:到|至)$"
                          r"|(?:增至|降至|升至)$")
#: 从/由 open the span of a change (X从A增加到B): the subject stands before them.
FROM_WORDS = ("从", "由")
#: A name that compares with something else (低于省控线0.84个百分点) is about the value
#: before it: the subject of that value is the name.
COMPARING_PREFIXES: tuple[str, ...] = ("低于", "高于", "优于", "超过", "超出", "少于", "多于",
                                       "高出", "低出", "塌", "落后")
#: Units whose value is never followed by what it counts (5个航空救援临时起降点 is).
NON_COUNT_UNITS = frozenset({"%", "‰", "‱", "百分点", "千分点", "元", "倍"}) | MEASUREMENT_UNITS
#: Words closing the noun after a count that are not part of what is counted
#: (1122个物联监测设备数据 → 物联监测设备).
AFTER_TRAILING_NOISE: tuple[str, ...] = ("数据", "信息", "情况")
#: Words for all of the things counted, said before what was done to them (全部复工).
ALL_OF_THEM = frozenset({"全部", "均", "都", "全"})
#: One-character adverbs of a doing's time or sum (已开工, 共审减, 正施工, 将建成).
DOING_ADVERBS = frozenset({"已", "共", "正", "将"})
#: Verbs that are cue words, not part of the name, when they stand right before a count.
GENERIC_VERBS = frozenset({
    "完成", "实现", "达到", "达", "共", "累计", "共计", "有", "为", "是", "约", "近",
})
#: Analyst aliases: different wordings of one indicator (the first is kept as written, so
#: 生产安全事故死亡人数 stays whole, as DESIGN.md writes it).
NAME_ALIASES: dict[str, str] = {
    "安全生产事故起数": "生产安全事故起数", "安全生产事故死亡人数": "生产安全事故死亡人数",
    "罚款": "罚款金额", "罚没款金额": "罚款金额", "行政处罚": "行政处罚次数",
    "处罚": "行政处罚次数",
}
#: A verb between a subject and the measure that ends the name (第一产业实现增加值, 住宿业完成
#: 营业额, 园区实现规上工业总产值, 植物油实现产量); a plan's 计划完成 is the plan's words,
#: and 完成投资 is one term (重大项目完成投资).
VERB_BEFORE_MEASURE = re.compile(
    # (规上工业预计实现产值, 服务业预计营业收入: an estimate is of the same measure)
    # (县(市)实现生产总值: a subject may close on a bracket)
    r"(?<=[\u4e00-\u9fff)）])(?<!计划)(?:预计(?:实现|完成)?|(?<!预计)(?:实现|完成))"
    r"(?=[\u4e00-\u9fff]{0,6}?(?:增加值|总产值|产值|营业收入"
    r"|营业额|利润|税收|销售额|零售额|地区生产总值|产量|进出口总额|出口额|交易额"
    # 规模以上工业企业实现出口交货值, 当月实现社会消费品零售总额, 集体经济实现纯收入
    r"|出口交货值|零售总额|纯收入|总收入|成交额)$)"
    # 实现 says no more than that the figure was reached, whatever it measures (规模以上工业
    # 企业实现利润总额, 商务楼宇实现总营收, 失业人员实现再就业…)
    r"|(?<=[\u4e00-\u9fff)）])(?<!预计)实现(?=[\u4e00-\u9fff]{2})")
#: A word of two or more characters said twice where the parts of a name meet, once the
#: words between were dropped (县域地区(包含…)实现地区生产总值).
SAID_TWICE = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
#: The figure before said again for an earlier period (…172天,去年同期为157天, 上年为265天).
PRIOR_PERIOD_GAP = re.compile(r"\s*[,，;；(（]?\s*(?:去年|上年|前年|上年度|去年度)(?:同期)?"
                              r"(?:为|是|有|达)?\s*")
#: The verb of an event's happening inside a name (工矿商贸事故发生20起, 建筑业发生生产安全事故
#: 15起): no part of it.
EVENT_VERB = re.compile(r"发生(?:各类|各种)?(?=[\u4e00-\u9fff]*(?:事故|火灾|案件|灾害|险情)$|$)")
#: The whole place a figure is of, opening its name (全州发生…事故42起): said of every figure
#: (全盟县域…: the county economy of the whole league, its 县域 kept).
LEADING_SCOPE = re.compile(
    r"^全(?:省|市|县|区|州|盟|旗|镇|乡)(?!(?!县域)[镇村乡区县街])(?=[\u4e00-\u9fff]{2})")
#: Anchors that are a total (收入合计为…): the words before them are its subject, however
#: short.
TOTAL_ANCHORS = frozenset({"合计", "总计"})
#: A count opening a name (no value: 全省14个地级城市…, values.py): the scope, not the name.
LEADING_COUNT = re.compile(r"^\d+\s*个(?!行政村|自然村|村|乡镇|镇|乡|社区)(?=[\u4e00-\u9fff]{4}"
                           # (77个县(市)实现生产总值: the counties' total, 县(市)生产总值)
                           r"|县[(（]市[)）])")
#: A notice's "now" (现将…资金, 现下达…资金: the notice's own act of allotting), not the 现 of
#: 现症病人 or 现定标准.
NOTICE_NOW = re.compile(r"^现(?:将|(?=下达|拨付|预拨|下拨|分配))")
#: Who checked a figure, said between its name and the figure (二氧化硫减排量经市环保局核定为
#: 77.76%, 地区生产总值经初步核算为500亿元): how the figure was obtained, no part of the name.
CHECKED_BY = re.compile(r"经[^,，。;；]{0,16}?(?:核定|审核|认定|核查|测算|核算|评估|统计|监测"
                        r"|检测|验收|考核|确认|审定|审计|评审)后?$")
#: The start of a change's first figure with the rate's basis (补助标准从年人均580元): no part
#: of the measure.
FROM_PER_HEAD = re.compile(r"(?<=..)从(?:" + cues.PER_HEAD_BASES + r")$")
#: The verb of an outcome (事故造成经济损失0.06万): no part of its name.
OUTCOME_VERB = re.compile(r"^(?:造成|导致)(?=[\u4e00-\u9fff]{2})")
#: 累计 before an outcome (工矿商贸行业事故累计死亡205人): the events' toll, said without it.
CUMULATED_OUTCOME = re.compile(r"累计(?=(?:死亡|受伤|失踪|遇难)人数$)")
#: A works being done (…工程正在施工中(93%)): its share is the works' progress.
PROGRESSIVE_END = re.compile(r"(?:正在|正)?(?:施工|建设|推进|实施)中$")
#: A budgeted spending (财政拨款预算支出), and the budgets whose spending it is not.
BUDGETED_SPENDING = "预算支出"
BUDGET_KINDS_SPENDING: tuple[str, ...] = ("公共预算支出", "基金预算支出", "经营预算支出",
                                          "财政预算支出",
                                          # (a bulletin's 一般公共预算支出, shortened)
                                          "一般预算支出")
#: Endings written for one measure in several ways, in the way analysts name it: a
#: budget's 收入预算总计 / 合计 is its 收入预算总额.
NAME_SUFFIX_ALIASES: dict[str, str] = {"预算总计": "预算总额", "预算合计": "预算总额",
                                      "生产总值总量": "生产总值"}
#: The three sectors, whose money figure is their value added (分产业看:第一产业4.41亿元).
SECTORS: frozenset[str] = frozenset({"第一产业", "第二产业", "第三产业", "一产", "二产", "三产"})
SECTOR_MEASURE = "增加值"
#: Names one report uses for one indicator in its target and in its result (确保事故起数
#: …下降20% / 全市共发生生产安全事故28起): the same indicator, under the name it was
#: first given, so attainment pairs them. Only these wordings: 道路运输事故死亡人数 is a
#: different indicator from 死亡人数.
LINK_ALIASES: dict[str, str] = {
    "生产安全事故起数": "事故起数", "各类事故起数": "事故起数",
    "生产安全事故死亡人数": "死亡人数", "事故死亡人数": "死亡人数",
    # (a plan's 城镇新增就业人数 and a report's 新增城镇就业: one indicator, named as written)
    "新增城镇就业人数": "城镇新增就业人数",
}


@lru_cache(maxsize=64)  # (a document asks for its own body's forms for every name)
def _owner_forms(owner: str) -> tuple[str, ...]:
    """The ways a report writes its own body, longest first: in full, without its
    province or city (江苏省人民检察院 → 省人民检察院) and without 人民 (→ 省检察院)."""
    forms = {owner}
    place = _OWNER_PLACE.match(owner)
    if place:
        forms.add(owner[place.start("level") :])
    forms |= {f.replace("高级人民", "").replace("人民", "") for f in forms}
    return tuple(sorted((f for f in forms if len(f) >= 3), key=len, reverse=True))


#: The place at the head of a body's name (江苏省…, 南京市…): its level word stays.
_OWNER_PLACE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,6}?(?P<level>省|市|县|区|州)")


#: A body in front of its own money (保山市环境保护局“三公”经费…, 某局机关运行经费): the
#: budget's holder, named where the page lost the issuer line that says it is the owner.
_BUDGET_HOLDER = re.compile(
    r"^[\u4e00-\u9fff]{2,18}?(?:人民政府|管理局|局|委员会|办公室|中心|厅|委)"
    r"(?=[“\"]?三公|机关运行经费|部门预算|部门决算|财政拨款|一般公共预算|政府采购|基本支出"
    r"|项目支出|因公出国|国内公务接待|公务接待|公务用车)")
#: The shortest name left once the holder is dropped.
MIN_HELD_NAME = 4


def without_owner(name: str, owner: str | None) -> str:
    """The name without the body that reports it in front (江苏省高级人民法院本年收入预算
    合计 in its own budget, or 省法院本年… → 本年收入预算合计 → 收入预算总额): who reports is
    no part of what is measured. Without a known owner, a body in front of a budget's own
    words is dropped the same way."""
    for form in _owner_forms(owner) if owner else ():
        if name.startswith(form) and len(name) - len(form) >= 2:
            rest = name[len(form):]
            return normalize_name(rest) or rest
    holder = _BUDGET_HOLDER.match(name)
    if holder and len(name) - holder.end() >= MIN_HELD_NAME:
        return name[holder.end():]
    return name


#: The money a 三公 figure is paid from, written before it in every department's budget
#: and final account (一般公共预算财政拨款“三公”经费支出): where it comes from, not what is
#: measured; analysts write 三公经费支出.
FUND_SOURCE_PREFIX = re.compile(r"^(?:一般公共预算)?财政拨款(?=[“\"]?三公)")


#: Figures a table row ran into its label (初中34.52, 完工率10, 困难残疾人家庭无障碍改造7070):
#: two digits or more, or a decimal, right after a Han character or a bracket.
TRAILING_FIGURES = re.compile(r"(?<=[\u4e00-\u9fff)）])(?:\d{2,}|\d+\.\d+)(?:[.,，]?\d+)*$")


#: A footnote's number inside a name (高技术产业(制造业)[1]增加值占…比重).
FOOTNOTE_IN_NAME = re.compile(r"[\[［]\d{1,2}[\]］]")


def without_trailing_figures(name: str) -> str:
    """A name without the figures a flattened row glued to its end, nor a footnote's number
    inside it; the name itself when nothing else would be left."""
    cut = TRAILING_FIGURES.sub("", FOOTNOTE_IN_NAME.sub("", name))
    return cut if len(cut) >= 2 else name


def without_fund_source(name: str) -> str:
    """The name without the fund its 三公 money comes from in front."""
    return FUND_SOURCE_PREFIX.sub("", name)


def link_key(name: str) -> str:
    """The key under which one report's wordings of one indicator meet (LINK_ALIASES)."""
    return LINK_ALIASES.get(name, name)


#: Scope enumerations folded into a level word (市、县、乡三级灾害信息员 → 灾害信息员).
_LEVEL_SCOPE = re.compile(r"^[^、]{1,2}[一二三四五六七八九十两\d]级")
#: List markers at the start of a clause (一是, (一), 1., ①).
_LIST_MARKER = re.compile(
    # (a star may mark a binding item: *4.新增技能人才4000人)
    r"^\s*[*＊※]?\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十\d]+[,，、]"
    rf"|{BRACKETED_ITEM}|{ARABIC_ITEM}|{HAN_ITEM}|{CIRCLED_ITEM})\s*"
)
#: Words ending the subject of a run of values given in the same order (分别为 …).
RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|约|有|稳定在|保持在|控制在|超过|突破|不低于"
                          r"|不少于|完成|实现|收入|支出|占"
                          # (分别提高到每人每月717元: the rate's words blanked by name_values)
                          r"|(?:提高|提升|增加|调整|上调)(?:到|至|为))?\s*$|各占$")
#: …the same, with the measure the items share said after what they did (化工、医药、家居
#: 分别实现产值156.2亿元、28.3亿元、39亿元: 化工产值, 医药产值, 家居产值).
RESPECTIVELY_THEN_MEASURE = re.compile(
    r"分别(?:实现|完成|达到|达)(?P<measure>[\u4e00-\u9fff]{2,6})$")
#: A second run of the same parts' shares of the whole's growth (…,对GDP的贡献率分别为…).
CONTRIBUTION_AGAIN = re.compile(r"^[,，]?(?P<share>对[^,，。;；\d]{1,10}?的贡献率)"
                                r"分别(?:为|是|达)?$")


def _part_of_pull(name: str) -> str:
    """The part a pull's name opens on (第一产业拉动GDP增长 → 第一产业), or a share's of the
    whole (第一产业增加值占地区生产总值比重 → 第一产业) or a contribution's (第一产业对经济增长的
    贡献率 → 第一产业); '' if none."""
    at = min((name.find(v) for v in PULL_VERBS if v in name), default=-1)
    if at < 0 and name.endswith((*SHARE_SUFFIXES, *RELATIONAL_MEASURES)):
        at = min((name.find(w) for w in (SHARE_WORD, TOWARDS) if w in name), default=-1)
        if at >= 2:
            return _without_ending(name[:at], PART_MEASURE_ENDINGS)
    return name[:at] if at >= 2 else ""


#: The verbs of a part's pull on the whole's growth, said after 分别 (RESPECTIVELY_PULL,
#: PULL_AGAIN).
PULL_WORDS = "拉动|带动|上拉|下拉"
#: …or each part's pull on the whole's growth (第一、二、三产业分别拉动GDP增长…个百分点).
RESPECTIVELY_PULL = re.compile(rf"分别(?P<measure>(?:{PULL_WORDS})[^,，。;；\d]{{1,8}}?)$")
GROWTH_WORD = "增长"
#: A run of shares of the whole (Ⅱ类、Ⅲ类水质…分别占23.4%和40.4%, …各占29.8%、4.3%): each
#: part's figure is its share (Ⅱ类水质占比).
SHARES_RUN = re.compile(r"(?:分别|各)占$")
#: A change whose words hold 分别 (同比分别增长9%): a run's first value.
RESPECTIVELY_INSIDE = re.compile(r"^(?:同比|环比|比上年|较上年|与上年相比)?分别")
#: Scopes that name two populations at once: 城乡居民收入分别增长12%和13% is 城镇居民收入
#: and 农村居民收入, in that order.
#: Words that scope a measure to one group, standing in each other's place in a list
#: (城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民…).
SCOPE_WORDS = frozenset({"城镇", "农村", "城市", "乡村", "男性", "女性", "公办", "民办",
                         "国有", "民营", "存款", "贷款", "进口", "出口"})
#: Two scope words enumerated before one measure (城镇和农村常住居民…): a pair of values
#: after it belong one to each, with or without 分别.
SCOPE_PAIR = re.compile("(?:" + "|".join(sorted(SCOPE_WORDS)) + ")(?:和|与|、|及)(?:"
                        + "|".join(sorted(SCOPE_WORDS)) + ")")
#: The verb between a subject and its values (完成, 为, 达到 …), left out of the subject.
_VERB_TAIL = re.compile(r"(?:完成|实现|达到|达|为|是|分别为)$")


def _verb_tail(window: str) -> str:
    m = _VERB_TAIL.search(window)
    return m.group() if m else ""


PAIRED_SCOPES: dict[str, tuple[str, ...]] = {"城乡": ("城镇", "农村"), "存贷款": ("存款", "贷款"),
                                             "进出口": ("进口", "出口"),
                                             "三次产业": ("第一产业", "第二产业", "第三产业")}
#: A second run over the same subjects (…分别增长12%和13%，分别达43366元和13835元).
RESPECTIVELY_AGAIN = re.compile(r"^[,，]?(?:分别(?:为|是|达到|达|约|有)?"
                                # …,高于全省8.3和10.4个百分点: the run compared, in order
                                r"|(?:分别)?(?:高于|低于|高出|低出|超过|超出)[^,，。;；\d]{0,6})$")
#: A second run over the same parts, of their pull on the whole (…,分别拉动GDP增长…).
PULL_AGAIN = re.compile(rf"^[,，]?分别(?P<verb>{PULL_WORDS})(?P<obj>[^,，。;；\d]{{0,8}}?)$")
#: What may stand between a value and one that restates its subject's level
#: (地区生产总值增长12.6%达92.9亿元, 分别增长12%和13%，分别达43366元和13835元).
#: Words after a figure that say it is a level reached, not what it counts (保持在70亿斤
#: 以上水平, 突破1000亿元大关): the name is before the figure.
LEVEL_WORDS: tuple[str, ...] = ("水平", "的水平", "大关", "关口", "台阶", "新台阶", "高位")
#: 突破2000亿元大关,达到2052.12亿元: a milestone passed, then the level reached, of one measure.
MILESTONES: tuple[str, ...] = ("大关", "关口", "新台阶", "台阶", "新高")
CONTINUATION = re.compile(
    r"^(?:" + "|".join(MILESTONES) + r")?[,，、]?(?:分别)?(?:达到|达|为|至|到)?$")
#: …and the last of a list in one unit (20.49%、19.32%和10.24%): the same measure's (not
#: 客运量和周转量分别完成3.7亿人和270.8亿人公里: another unit, another measure).
LAST_OF_LIST = re.compile(r"^(?:和|及|与)$")


#: Qualifiers of one kind that stand in each other's place in a list of values, each
#: with its own figure (国家级龙头企业1家、省级32家; 城镇…1.2万人,农村0.8万人).
PARALLEL_QUALIFIERS: tuple[frozenset[str], ...] = (
    frozenset({"国家级", "部级", "省级", "市级", "州级", "县级", "区级", "乡级", "镇级",
               "村级", "中央", "地方"}),
    frozenset({"城镇", "农村"}), frozenset({"城市", "乡村"}), frozenset({"男性", "女性"}),
    frozenset({"公办", "民办"}), frozenset({"国有", "民营", "外资"}),
    frozenset({"内资", "外资"}), frozenset({"进口", "出口"}),
)
#: What may part such an item from the value before it.
PARALLEL_SEPARATORS = frozenset({"、", ",", "，", ";", "；"})


def _parallel_qualifier(item: str, before: str) -> str | None:
    """`before` with its qualifier of `item`'s kind swapped for `item` (新认定国家级龙头企业,
    省级 → 新认定省级龙头企业), when `item` is such a qualifier and nothing more."""
    for kind in PARALLEL_QUALIFIERS:
        if item not in kind or item in before:
            continue
        other = next((q for q in kind if q in before), None)
        if other is not None and not before.endswith(other):
            return before.replace(other, item, 1)
    return None


def _continues(text: str, before: ValueSpan, span: ValueSpan) -> bool:
    """Whether `span` goes on with the measure of the value `before` it: nothing but a
    continuation between them (…增长12.6%达92.9亿元, 20.49%、19.32%), or the 和 before the
    last of a list in the list's unit (…19.32%和10.24%)."""
    between = _without_periods(text[before.end : span.start])
    return bool(CONTINUATION.match(between)) \
        or (bool(LAST_OF_LIST.match(between)) and before.unit == span.unit)


#: Change words that are nouns (居民消费价格涨幅3%左右): part of the indicator's name.
NOUN_CHANGES: tuple[str, ...] = ("涨幅", "增幅", "降幅", "增速", "增长率", "增收", "减收")
#: Nouns that name nothing without what describes them (…产值超亿元的企业, …以上的村):
#: after 的, the words before are kept, up to GENERIC_MODIFIER_MAX characters.
GENERIC_HEADS = frozenset({"企业", "村", "项目", "单位", "学校", "小区", "乡镇", "家庭",
                           "行业", "产品", "人员", "群众"})
GENERIC_MODIFIER_MAX = 10
#: Measure words that say only how something is counted (天数, 人数): after 的 they name
#: nothing without the words before (达到二级标准的天数, 享受待遇的人数), kept whole.
BARE_MEASURE_HEADS = frozenset({"天数", "人数", "户数", "次数", "个数", "件数", "家数", "人次",
                                "数量", "总数"})
#: Brackets that are part of a term, not a note on it.
KEPT_BRACKETS = frozenset({"(境)", "（境）"})
#: The 款/项 marks of a budget line (政协事务(款)行政运行(项)): money on it is spent, so
#: it is named …支出, not …金额.
BUDGET_LINE = re.compile(r"[(（](?:款|项)[)）]")
SPENDING_SUFFIX = "支出"
#: A budget line named down to its 项: 公共安全(类)检察(款)行政运行(项)支出 (the level
#: above the 项 sometimes marked 类: 住房改革支出(类)住房公积金(项)752.9万元).
_BUDGET_ITEM = re.compile(r"(?P<section>[^()（）、,，。;；]+)[(（][款类][)）]"
                          r"(?P<item>[^()（）]{2,30})[(（]项[)）]")
#: The longest 款 kept in a line's name (检察, 人大事务: whose line it is).
MAX_KEPT_SECTION = 4
#: …and a footnote's mark (地区生产总值[2], 生产总值〔1〕, 【注3】): no part of a name.
_PARENTHETICAL = re.compile(r"[(（][^()（）]{0,20}[)）]"
                            r"|[\[［〔【]\s*(?:注\s*)?\d{1,2}\s*[\]］〕】]")
#: A one-character bracket inside a term, between its characters (入园(班)幼儿, 在园(班)):
#: part of it; not a budget line's level (公共安全(类)检察(款)…) nor a note.
_INFIX_BRACKET = re.compile(r"[(（][^\W\d_类款项含注][)）]")
_DROPPED_CHARS = frozenset("“”\"'‘’「」 ")
_MAX_BEFORE = 40
#: …or, for the list a 分别 run is given in the order of, as many as this (six kinds of
#: 居民消费价格 in a row: 食品烟酒类、生活用品及服务类、…和其他用品及服务类分别上涨…).
_MAX_RUN_BEFORE = 100
#: …however long the bracketed notes it passes over (a list of 5 kinds of 人才).
_MAX_BEFORE_WITH_NOTES = 160
_MAX_AFTER = 20
_MAX_NAME = 24


# --- jieba -----------------------------------------------------------------------------------


def warm_up() -> None:
    """Load jieba's dictionary now (a fraction of a second from its cache, parse/pos.py): a
    process pool calls this before it forks, so every worker starts with it loaded instead
    of loading it on its first document."""
    pos.tagger(CUSTOM_WORDS)


@lru_cache(maxsize=4096)
def _words(phrase: str) -> tuple[tuple[str, str], ...]:
    """(word, POS flag) of a phrase, deterministic (no HMM guessing of new words)."""
    if not phrase:
        return ()
    return tuple((word, RETAGGED.get(word, flag)) for word, flag in pos.cut(phrase, CUSTOM_WORDS))


def pos_words(phrase: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech flag) of a phrase, from the same jieba tokenizer the names use."""
    return _words(phrase)


# --- cleaning a phrase into a name ---------------------------------------------------------


#: The character that makes the word before it a level (全国级文明校园, 自治区级).
LEVEL_CHAR = "级"


@lru_cache(maxsize=4096)
def _strip_span(phrase: str) -> tuple[str, int, int]:
    """The phrase without list markers, quotes, parentheticals and noise words at its ends,
    and the (start, end) in `phrase` of what is left. Cached: a table's row label names
    every figure of its row (3,553 calls, 451 phrases on shared/real-pdfs)."""
    keep = bytearray(b"\x01") * len(phrase)
    m = _LIST_MARKER.match(phrase)
    if m:
        keep[: m.end()] = bytes(m.end())
    item = _BUDGET_ITEM.search(phrase)
    if item and len(_LIST_MARKER.sub("", item.group("section").strip())) > MAX_KEPT_SECTION:
        # 行政事业单位离退休(款)机关事业单位基本养老保险费(项)支出: a long 款 is a general
        # category, the 项 names the line; a short one (检察(款)行政运行(项)) says whose it is
        keep[: item.start("item")] = bytes(item.start("item"))
    for m in _PARENTHETICAL.finditer(phrase):
        if m.group() in KEPT_BRACKETS or (_INFIX_BRACKET.fullmatch(m.group()) and m.start()
                                          and _is_cjk(phrase[m.start() - 1])
                                          and _is_cjk(phrase[m.end() : m.end() + 1] or ",")):
            continue  # 因公出国(境)费, 入园(班)幼儿: part of the term
        keep[m.start() : m.end()] = bytes(m.end() - m.start())
    for i, ch in enumerate(phrase):
        if ch in _DROPPED_CHARS or ch.isspace():
            keep[i] = 0
    index = [i for i in range(len(phrase)) if keep[i]]
    cleaned = "".join(phrase[i] for i in index)
    words: list[str] = []
    flags: list[str] = []
    for word, flag in _words(cleaned):
        # jieba keeps 共出动, 已建成 whole: the anchor is split off
        anchor = next((a for a in GLUED_ANCHORS if word.startswith(a)
                       and len(word) - len(a) >= 2), None)
        if word == LEVEL_CHAR and words:  # 全国级, 市级: a level, not a place and a 级
            words[-1], flags[-1] = words[-1] + word, "b"
            continue
        words.extend((anchor, word[len(anchor):]) if anchor else (word,))
        flags.extend(("d", "v") if anchor else (flag,))
    lo, hi = 0, len(words)
    dropped: set[int] = set()  # words left out inside the name (小学共有教职工 → 小学教职工)
    for i in range(hi - 1, -1, -1):  # start after the last anchor adverb (共, 累计, 已 …)
        if words[i] in ANCHOR_WORDS and i < hi - 1 and not _inside_a_word(words, flags, i):
            lo = i + 1
            before = "".join(words[:i])
            # (a subject of two characters when one noun that is no scope: 税收累计收入)
            # (…or any two before a total: 收入合计为500万元, 支出总计)
            subject = (len(before) >= 3 or (i == 1 and len(before) == 2
                                            and (flags[0].startswith("n")
                                                 or words[i] in TOTAL_ANCHORS)
                                            and before not in LEADING_NOISE)) \
                and not any(ch in before for ch in "、各")
            after = [k for k in range(lo, hi) if words[k] not in HAVING_WORDS]
            if words[i] in HAVING_ANCHORS and after and len(before) >= 2 \
                    and all(flags[k].startswith("n") for k in after) \
                    and flags[i - 1] in OWNER_FLAGS and before not in LEADING_NOISE \
                    and not PLACE_ONLY.fullmatch(before) and "、" not in before \
                    and not before.startswith(WHOLE_SCOPES):
                # 小学共有教职工3269人: whose staff, then the staff (全市共有…: a place, no)
                lo, dropped = 0, set(range(i, hi)) - set(after)
                break
            measure = [k for k in range(lo, hi) if words[k] not in LEADING_NOISE]
            # (全区规模以上工业累计实现增加值: the scope word in front is no subject, the
            # rest is)
            scoped = 1 if i > 1 and words[0] in LEADING_NOISE \
                and len(before) - len(words[0]) >= 3 else 0
            if subject and measure and "".join(words[k] for k in measure) in BARE_MEASURES \
                    and flags[i - 1] in SUBJECT_FLAGS and not PLACE_ONLY.fullmatch(before) \
                    and (scoped or not before.startswith(WHOLE_SCOPES)):
                # 服务业累计营收突破2.7亿元: the subject's bare measure, cumulated (but 重点
                # 项目累计完成投资 is the statistic of that name, kept whole)
                if "".join(words[i:hi]) in KEPT_TERMS:
                    dropped = set()
                elif "".join(words[i + 1 : hi]) in KEPT_TERMS:
                    dropped = {i}  # (…建设共完成投资: the sum word alone goes)
                else:
                    dropped = set(range(i, hi)) - set(measure)
                lo = scoped
                break
            if all(w in LEADING_NOISE or w in TRAILING_NOISE or w in GENERIC_VERBS
                   or DURATION.fullmatch(w) for w in words[lo:]) and subject:
                # 固定资产投资累计完成2867亿元: the subject is before the anchor (not
                # 各区、县(市)累计开展156期: who did it names no indicator); an anchor
                # that is a measure (收支预算总计各增加) ends the subject
                lo, hi = 0, i + 1 if words[i] in MEASURE_ENDINGS else i
            elif subject and words[i] in KEPT_ANCHORS and hi - lo == 1 \
                    and flags[lo] in VERB_FLAGS and words[lo] not in STOP_VERBS \
                    and flags[i - 1] in SUBJECT_FLAGS:
                # 高标准农田建设累计投入22552万元: what was put in, cumulated; 发布会累计
                # 举行151场: a light verb says only that the subject took place
                lo, hi = (0, i) if words[lo] in LIGHT_VERBS else (0, hi)
            break
    changed = True
    while changed and hi - lo > 1:
        changed = False
        if hi - lo == 2 and len(words[hi - 1]) == 1 and words[hi - 1] in MEASURE_ENDINGS:
            break  # 完成及时率: the words before a bare 率 are its name, noise or not
        if (words[lo] in LEADING_NOISE or DURATION.fullmatch(words[lo])
                or (_BARE_FIGURE.fullmatch(words[lo]) and _is_cjk(words[lo + 1][0])
                    and not words[lo + 1].startswith(_UNIT_STARTS))) \
                and words[lo] + words[lo + 1] not in KEPT_TERMS:
            # (160规模以上工业企业实现产值…: a count printed without its unit is no name)
            lo, changed = lo + 1, True
        elif (words[hi - 1] in TRAILING_NOISE or DURATION.fullmatch(words[hi - 1])) \
                and words[hi - 2] + words[hi - 1] not in KEPT_TERMS:
            hi, changed = hi - 1, True
    first = sum(len(w) for w in words[:lo])
    kept = [w for k, w in enumerate(words[lo:hi], lo)
            if (w not in MIDDLE_NOISE or (k and words[k - 1] + w in KEPT_TERMS))
            and k not in dropped] or words[lo:hi]
    name = "".join(kept)
    for noise in MIDDLE_NOISE:  # also where jieba cut the noise word apart
        if noise in name and name != noise \
                and not any(noise in term and term in name for term in KEPT_TERMS):
            name = name.replace(noise, "")
    last = first + sum(len(w) for w in words[lo:hi])
    basis = LEADING_BASIS.match(name)
    if basis and len(name) > basis.end():  # 与上年相比增加 → 增加: the basis of a change
        name, first = name[basis.end() :], first + basis.end()
    approver = APPROVER.match(name)
    if approver and len(name) - approver.end() >= 2:
        # 区十八届人大第一次会议批准年初一般公共预算收入 → 年初一般公共预算收入
        name, first = name[approver.end() :], first + approver.end()
    setter = TASK_SETTER.match(name)
    if setter and len(name) - setter.end() >= 2 and TASK_NAMED.search(name, setter.end()) \
            and not TASK_NAMED.match(name, setter.end()):  # (省下达任务量: nothing else named)
        # 县下达我镇一般公共预算收入任务 → 一般公共预算收入任务: who set it is no measure
        name, first = name[setter.end() :], first + setter.end()
    for word in CUT_AFTER:  # 主要原因是…要求运转类项目预算 → 运转类项目预算
        at = name.rfind(word)
        if at >= 0 and len(name) - at - len(word) >= 2:
            cut = cleaned[first:last].rfind(word) + len(word)
            name, first = name[at + len(word) :], first + cut
    etc = _etc_at(name) if "等" in name[:-1] else -1
    if etc >= 0 and name[etc + 1 :] not in ETC_MONEY_HEADS:
        # 矿山、危化品等高危行业领域投保率 → 高危行业领域投保率 (not 中等职业学校; and not
        # 税收返还和转移支付等资金 → 资金: that money is named by its list)
        name, first = name[etc + 1 :], first + max(_etc_at(cleaned[first:last]), 0) + 1
    if "占" in name:  # 占生产总值的比重 → 占生产总值比重, as analysts write it
        name = name.replace("的比重", "比重").replace("的比例", "比例")
    if "的" in name[:-1] and _unquoted_de(phrase) >= 0 and not _INDUSTRY.search(name):
        # 一般公共预算拨款安排的会议费 → 会议费 (not 占生产总值的比重, nor a quoted name)
        rest = name[name.rindex("的") + 1 :]
        if rest in GENERIC_HEADS and len(name) - len(rest) - 1 <= GENERIC_MODIFIER_MAX:
            # 累计产值超亿元的企业有69家: which 企业 is the whole name (累计产值超亿元企业)
            name = name.replace("的", "")
        elif rest in BARE_MEASURE_HEADS \
                and len(name) - len(rest) - 1 <= GENERIC_MODIFIER_MAX:
            pass  # 达到二级标准的天数为361天: the days are those that reached it
        elif len(rest) >= 2 and not rest.startswith(SHARE_SUFFIXES + RELATIONAL_MEASURES) \
                and "占" not in name:
            name, first = rest, first + cleaned[first:last].rindex("的") + 1
    scope = RUN_IN_SCOPE.search(name)
    if scope and len(name) - scope.end() >= 2:
        # 粮食总产和单产再创新高全区粮食总产量: a lead sentence run into the clause that
        # opens on its scope (the copy lost the comma)
        cut = cleaned[first:last].find(scope.group("scope"), scope.start("scope"))
        if cut >= 0:
            name, first = name[scope.end() :], first + cut + len(scope.group("scope"))
    for close in ")）":  # …社会工作人才)总量: the bracket opened before the words read
        at = name.find(close)
        if at >= 0 and "(" not in name[:at] and "（" not in name[:at] and len(name) > at + 1:
            name, first = name[at + 1 :], first + cleaned[first:last].find(close) + 1
    level = _LEVEL_SCOPE.match(name)
    if level and len(name) > level.end():
        name, first = name[level.end() :], first + level.end()
    if len(name) > _MAX_NAME:  # keep the head: the right end names the measure
        kept_text = ""
        for word, _ in reversed(_words(name)):
            if len(kept_text) + len(word) > _MAX_NAME:
                break
            kept_text = word + kept_text
        name = kept_text or name[-_MAX_NAME:]
        first = max(first, last - len(name))
    if not name or first >= last:
        return "", 0, 0
    return name, index[first], index[last - 1] + 1


#: Heads after 等 that name no money without the list before them (税收返还和转移支付等资金).
ETC_MONEY_HEADS = frozenset({"资金", "经费", "费用", "款项", "收入", "支出"})


def _etc_at(name: str) -> int:
    """Where the last 等 that is a word of its own (…危化品等高危…) stands in `name`, -1
    when every 等 is part of a word (中等职业学校, 同等)."""
    at, found = 0, -1
    for word, _ in _words(name[:-1]):
        if word == "等":
            found = at
        at += len(word)
    return found


#: A document's number (闽财预〔2018〕30号, [2022]605号): a reference, never in a name.
DOCUMENT_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d+\s*号")


def _is_measure_name(name: str) -> bool:
    return name.endswith(MEASURE_ENDINGS) and not name.endswith(NOT_MEASURE_ENDINGS)


#: Money named by nothing but 资金 or 经费 (争取各类资金74.32亿元, 已落实资金159.5亿元): the
#: verb before it is what sets this money apart, so it stays in the name.
BARE_FUNDS = frozenset({"资金", "经费"})
FUNDS_VERB_BEFORE = re.compile(r"(?:争取|落实|安排|筹措|筹集|整合|统筹)(?:各类|各项)?$")


#: The particle that says a doing is done (安排了, 免费了): never part of a measure's name
#: (了解 and 了结 are words of their own).
ASPECT_PARTICLE = re.compile(r"(?<=[\u4e00-\u9fff])了(?![解结])")


def _named(phrase: str, unit: str) -> tuple[str, int, int]:
    """(name, start, end in `phrase`) of the analyst's name for what `phrase` counts in
    `unit`; ('', 0, 0) when nothing nameable is left."""
    name, start, end = _strip_span(phrase)
    if name in BARE_FUNDS and (verb := FUNDS_VERB_BEFORE.search(phrase, 0, start)):
        name, start = verb.group() + name, verb.start()  # (not 资金 alone)
    if not any(ch.isalnum() for ch in name) or QUALIFIER_ONLY.fullmatch(name):
        return "", 0, 0  # a bracket or a mark, or how a figure is counted: nothing named
    if not name or name in ANCHOR_WORDS or name in LEADING_NOISE or name in FUNCTION_ONLY \
            or CHANGE_TO.fullmatch(name) or LEADING_BASIS.fullmatch(name) \
            or name in TIME_ONLY_NAMES or name in MILESTONES \
            or (name in cues.QUALITATIVE and name.endswith(cues.NO_CHANGE_ENDINGS)) \
            or DOCUMENT_NUMBER.search(name):
        # (…突破700亿元大关、达到721.44亿元: 大关 names nothing; nor does a change in words
        # before a figure: 分别为持平和上涨4.13%)
        return "", 0, 0
    level_to = LEVEL_TO_END.search(name)
    if level_to and level_to.start() >= 2:  # 信用乡增加到13个 → 信用乡数: the level reached
        name, end = name[: level_to.start()], end - len(level_to.group())
    name = LEADING_COUNT.sub("", name)  # 14个地级城市优良天数比例: the count is its scope
    name = ASPECT_PARTICLE.sub("", name)  # 财政安排了配套资金 → 财政安排配套资金
    name = NOTICE_NOW.sub("", name)
    checked = CHECKED_BY.search(name)
    if checked and checked.start() >= 2:
        name, end = name[: checked.start()], end - len(checked.group())
    name = FROM_PER_HEAD.sub("", name)  # 补助标准从年人均(580元) → 补助标准
    unscoped = EVENT_VERB.sub("", LEADING_SCOPE.sub("", name))  # 全州发生…事故 → …事故
    if len(unscoped) >= 2:
        name = unscoped
    if unit in GOAL_UNITS and name.endswith(GOAL_WORD) \
            and len(name) - len(GOAL_WORD) >= GOAL_SUBJECT_MIN:
        # 优抚对象生活补助金每月中旬发放指标为100%: the goal's subject is the indicator
        name, end = name[: -len(GOAL_WORD)], end - len(GOAL_WORD)
    for kind in FIGURE_KINDS:  # 一般公共预算财政拨款支出年初预算 → …支出
        rest = name.removesuffix(kind)
        if rest != name and len(rest) >= 2 and _is_measure_name(rest):
            name, end = rest, end - len(kind)
            break
    if name in BOTH_SIDES:  # 收支较上年决算数减少175.9万元: the two sides' totals
        name = BOTH_SIDES[name]
    base_unit = unit.split("/")[0]
    if not _is_measure_name(name) \
            and not (base_unit in MONEY_UNITS and name.endswith(MONEY_NOUNS)):
        suffix = _unit_suffix(unit)
        if suffix == UNIT_SUFFIXES["人"] and name.endswith(POPULATION_NOUN):
            suffix = ""  # 常住人口 counts people by itself (not 常住人口数)
        elif (suffix == UNIT_SUFFIXES["人"] and name.endswith(PEOPLE_NOUNS)) \
                or (suffix == UNIT_SUFFIXES["户"] and name.endswith("户")) \
                or (base_unit == "宗" and name.endswith(THINGS_COUNTED_IN_ZONG)):
            suffix = COUNT_SUFFIX  # 医务人员数, 脱贫户数, 水务项目数 (96宗: items, no 起)
        if base_unit in MONEY_UNITS and BUDGET_LINE.search(phrase):
            suffix = SPENDING_SUFFIX  # 政协事务(款)行政运行(项)4,432.78万元: a spending line
        if name.endswith(VOLUME_VERBS) and base_unit not in AREA_UNITS | LENGTH_UNITS \
                and base_unit not in cues.RATE_UNITS:  # (出口增长16.2%: no 量 of a rate)
            # 生猪出栏19.21万头 → 生猪出栏量 (销售…万平方米: 面积; 出口120亿元: 出口额)
            suffix = VALUE_SUFFIX if base_unit in MONEY_UNITS else VOLUME_SUFFIX
        if suffix == UNIT_SUFFIXES["天"] and name.endswith("天"):
            suffix = suffix[1:]  # 一级天 → 一级天数, not 一级天天数
        if suffix in TIME_SUFFIXES and name.endswith(TIME_NOUNS):
            suffix = ""  # 审核时限缩至24小时内: 审核时限, not 审核时限时间
        if suffix and not name.endswith(suffix):
            name += suffix
    for suffix in SPENDING_SUFFIXES:  # 会议费预算支出 → 会议费: a 费 is spending already
        if name.endswith(suffix) and name[: -len(suffix)].endswith("费"):
            name = name[: -len(suffix)]
            break
    if name.endswith(BUDGETED_SPENDING) and not name.endswith(BUDGET_KINDS_SPENDING) \
            and len(name) > len(BUDGETED_SPENDING) + 1:
        # 财政拨款预算支出 → 财政拨款支出: in a budget every figure is budgeted; but an
        # 一般公共预算支出 is a kind of budget, not a budgeted thing
        name = name[: -len(BUDGETED_SPENDING)] + "支出"
    name = VERB_BEFORE_MEASURE.sub("", name)  # 第一产业实现增加值 → 第一产业增加值
    name = SAID_TWICE.sub(r"\1", name)  # 县域地区(…)实现地区生产总值 → 县域地区生产总值
    payout = (PAYOUT_FIRST.fullmatch(name) or PAYOUT_TO.fullmatch(name)) \
        if unit.split("/")[0] in MONEY_UNITS else None
    if payout:  # 发放慰问金43.45万元 → 慰问金发放金额, as analysts write a payout
        name = payout.group("what") + payout.group("verb") + UNIT_SUFFIXES["元"]
    paid_to = PAYOUT_TO.fullmatch(name) if unit in PEOPLE_UNITS else None
    if paid_to:  # 为5826人次发放医疗保障经费 → 医疗保障经费发放人次: who the money went to
        name = paid_to.group("what") + paid_to.group("verb") + UNIT_SUFFIXES[unit]
    name = OUTCOME_VERB.sub("", name)  # 造成经济损失 → 经济损失
    name = CUMULATED_OUTCOME.sub("", name)  # …事故累计死亡人数 → …事故死亡人数
    if unit == "%" and PROGRESSIVE_END.search(name) and len(name) > 6:
        name = PROGRESSIVE_END.sub("进度", name)  # …引调水工程正在施工中(93%) → …工程进度
    if unit.split("/")[0] in MONEY_UNITS and name.removesuffix(UNIT_SUFFIXES["元"]) in SECTORS:
        name = name.removesuffix(UNIT_SUFFIXES["元"]) + SECTOR_MEASURE  # 第一产业 → …增加值
    for written, canonical in NAME_SUFFIX_ALIASES.items():  # 收入预算总计 → 收入预算总额
        if name.endswith(written):
            name = name[: -len(written)] + canonical
            break
    return NAME_ALIASES.get(name, name), start, end


def normalize_name(phrase: str, unit: str = "") -> str:
    """The analyst's name for what `phrase` counts in `unit` (各类事故, 起 → 事故起数;
    安全生产事故死亡人数 → 生产安全事故死亡人数); '' when nothing nameable is left."""
    return _named(phrase, unit)[0]


# --- finding the phrase -------------------------------------------------------------------


def _after_last(text: str, pos: int, breaks: str) -> int:
    """Where what follows the last of `breaks` before `pos` starts (0 when none is)."""
    return max(text.rfind(ch, 0, pos) for ch in breaks) + 1


def _clause_start(text: str, pos: int, floor: int, reach: int = _MAX_BEFORE) -> int:
    """Where the clause ending at `pos` starts: the last clause break or unmatched opening
    bracket before it, skipping whole parentheticals (乡镇(街道)应急管理站), at most `reach`
    characters outside them back."""
    left, depth, outside = pos, 0, 0
    while left > floor and outside < reach and pos - left < _MAX_BEFORE_WITH_NOTES:
        ch = text[left - 1]
        if ch in ")）":
            depth += 1
        elif ch in "(（":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and ch in CLAUSE_BREAKS:
            break
        elif depth == 0:
            outside += 1  # a bracketed note (含A、B、C) does not use up the reach
        left -= 1
    return left


#: Words a separator character ends (惠及, 涉及, 普及): no separator there.
WORDS_ENDING_IN_SEPARATORS: tuple[str, ...] = ("惠", "涉", "顾", "普", "危", "波")
_ENUM_SEP_RE = re.compile(
    "(?<![" + "".join(WORDS_ENDING_IN_SEPARATORS) + "])(?:"
    + "|".join(re.escape(s) for s in sorted(ENUM_SEPARATORS, key=len, reverse=True)) + ")"
    # 第一二三产业 written without its 、: the ordinals part where the next one starts
    r"|(?<=[一二])(?=[二三]{1,2}产业)")


#: Levels of place written one character each (市、县、乡三级).
PLACE_LEVELS = frozenset({"省", "市", "县", "区", "乡", "镇", "村", "州", "旗"})


def _split_enumeration(window: str, offset: int, *,
                       join_single: bool = True) -> list[tuple[str, int, int]]:
    """The window's parts separated by 、/和/及/与, each as (text, start, end); with
    `join_single`, a one-character part is joined to the next (收、支 → 收支)."""
    parts = _cut(window, offset, _ENUM_SEP_RE)
    merged: list[tuple[str, int, int]] = []
    singles: list[bool] = []  # each merged part is one-character parts joined, and only them
    for part in parts:  # 收、支预算总计: a one-character part shares the next one's words
        alone = _strip_span(merged[-1][0])[0] if merged else ""
        paired = bool(merged) and (merged[-1][0].rstrip()[-1:] + part[0].strip()[:1]) in PAIRS
        single = len(alone) == 1 and _is_cjk(alone) and alone not in ORDINALS
        one_char = len(_strip_span(part[0])[0]) == 1
        if paired or (join_single and (single or (singles and singles[-1]))):
            # (农、林、牧、渔业总产值: a run of them joins the part after it, 农林牧渔业总产值)
            last = merged.pop()
            # (not places: 市、县、乡三级灾害信息员… is the scope, its measure the words after)
            run = singles.pop() or (single and alone not in PLACE_LEVELS)
            joined = window[last[1] - offset : part[2] - offset].replace("、", "")
            part = (joined, last[1], part[2])  # 收、支 → 收支; 涉及 is one word again
            singles.append(run and one_char)
        else:
            singles.append(False)
        merged.append(part)
    return merged


#: An industry's name with its separators (cues.INDUSTRY_NAMES; a copy may drop the 、, and
#: write 及 for 和 or 和 for 及: 交通运输、仓储及邮政业).
_INDUSTRY_SEPARATORS = {"、": "、?", "和": "[和及]", "及": "[和及]"}
_INDUSTRY = re.compile("|".join(
    "".join(_INDUSTRY_SEPARATORS.get(ch, re.escape(ch)) for ch in name)
    for name in sorted(cues.INDUSTRY_NAMES, key=len, reverse=True)))


def _cut(window: str, offset: int, separators: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """The window's non-blank parts between `separators`, each as (text, start, end); the
    separators inside an industry's name (交通运输、仓储和邮政业) part nothing."""
    parts, pos = [], 0
    kept = [(m.start(), m.end()) for m in _INDUSTRY.finditer(window)]
    for m in separators.finditer(window):
        if any(a <= m.start() < b for a, b in kept):
            continue
        parts.append((window[pos : m.start()], offset + pos, offset + m.start()))
        pos = m.end()
    parts.append((window[pos:], offset + pos, offset + len(window)))
    return [p for p in parts if p[0].strip()]


_DUN = re.compile("、")
#: What parts the items of a list (户数、从业人员和注册资金).
_ITEM_JOINS = re.compile("[、和及与]")


#: Words of an event's kind that say only "all of them" or its level (生产安全事故, 各类事故,
#: 一般事故): a part's events are named without them (道路运输事故起数).
GENERAL_EVENT_KIND = re.compile(r"各类|一般|生产安全|安全生产")
#: The longest part taken as a sector of the total's events (金属非金属矿, 工矿商贸其他).
SECTOR_MAX = 8
#: Events named by their kind alone (发生事故2起 → 事故起数): whose they are is said before.
BARE_EVENTS: tuple[str, ...] = ("事故", "火灾", "案件")


def _owned_across_period(head: str, window: str, unit: str) -> NameSpan | None:
    """The name of a bare measure or bare events after a period whose owner stands before
    the period, in the same clause (园区 + 1-8月 + 税收 → 园区税收, 铁路运输业 + 1月份 +
    发生事故2起 → 铁路运输业事故起数; not the whole: 全市1-8月税收 → 税收)."""
    name, n_start, n_end = _named(window, unit)
    if name not in BARE_MEASURES and not name.startswith(BARE_EVENTS):
        return None
    owner = _named(head, "")[0] if head.strip() else ""
    if len(owner) < 2 or owner.startswith(WHOLE_SCOPES) or not _is_cjk(owner[-1]) \
            or "、" in owner:  # (a list of owners: each is named where it is split)
        return None
    return owner + name, n_start, n_end


#: The part of a year said right after it (2022年初, 2023年底, 2021年末): the period's, not
#: the name's first character (2022年初中毕业生 keeps its 初中).
YEAR_TIME_TAIL = re.compile(r"(?:初(?![中级步次始])|底|末)")


def _before_names(text: str, start: int, floor: int, unit: str) -> list[NameSpan]:
    """Names written before the value at `start` (not before `floor`)."""
    left = _clause_start(text, start, floor)
    window = text[left:start]
    periods = [p for p in find_periods(window) if p.raw not in EMBEDDED_PERIOD_WORDS]
    if periods:  # 到年底加工制造类小微企业…覆盖率: the period is context, not the name
        cut = periods[-1].end
        tail = YEAR_TIME_TAIL.match(window, cut) if periods[-1].raw.endswith("年") else None
        if tail:  # 2022年初农村危房改造资金: the start of the year, not 初农村…
            cut = tail.end()
        before_period = window[: periods[-1].start]
        window, left = window[cut:], left + cut
        owned = _owned_across_period(before_period, window, unit)
        if owned:  # 园区1-8月税收达226.97万元: the period stands between owner and measure
            name, n_start, n_end = owned
            return [(name, left + n_start, left + n_end)]
        if not window.strip() or VERB_ONLY_CLAUSE.fullmatch(window) \
                or SUM_ONLY.fullmatch(window):
            # 地区生产总值全年完成116.5亿元, 粮食产量全年达到24万吨, 进山人数全年累计36.21万
            # 人: the measure stands right before the period, the verb (if any) after it
            name, n_start, n_end = _named(before_period, unit)
            if name and _is_measure_name(_strip_span(before_period)[0]) \
                    and n_end == len(before_period):
                b_left = left - cut
                return [(name, b_left + n_start, b_left + n_end)]
        if window.strip() in FUNCTION_ONLY or not window.strip():
            # 地区生产总值从2010年的671.1亿元: the subject stands before 从
            before = text[_clause_start(text, start, floor) : left - len(periods[-1].raw)]
            for word in FROM_WORDS:
                if word in before:
                    subject = before[: before.rindex(word)]
                    name, n_start, n_end = _named(subject, unit)
                    if name:
                        s_left = left - len(periods[-1].raw) - len(before)
                        return [(name, s_left + n_start, s_left + n_end)]
            return []  # nothing but 的: the value before names it (增加到2015年的…)
    if not window.strip():
        return []
    if window.strip() in SCORED_WITH and unit == SCORE_UNIT and left - 1 > floor:
        # 完成…绩效评价,以91.02分获评优秀: the score of what the clause before did
        clause_at = _clause_start(text, left - 1, floor)
        name, n_start, n_end = _named(text[clause_at : left - 1], "")
        if name:
            return [(name.removesuffix(COUNT_SUFFIX) + SCORE_SUFFIX, clause_at + n_start,
                     clause_at + n_end)]
        return []
    if window.strip() in SCORE_VERBS and unit == SCORE_UNIT:
        # (1)奖补政策合规性:…制定了…扶持政策,得6分: the score of the item's criterion
        line_at = text.rfind("\n", 0, start) + 1
        item = SCORED_ITEM_HEAD.match(text, line_at, start)
        if item:
            return [(item.group("criterion") + SCORE_SUFFIX, item.start("criterion"),
                     item.end("criterion"))]
        return []
    grew = CHANGED_BY_EXAMPLES.match(window)
    if grew:  # 基本支出增加人员工资、住房公积金、提租补贴等3397.18万元: 基本支出 grew by it
        name, n_start, n_end = _named(grew.group("subject"), unit)
        if name:
            return [(name, left + n_start, left + n_end)]
    # 持证人员(含企业经营管理人才、…、社会工作人才)总量: a list inside brackets is a note,
    # not the subject's parts (blanked, same length)
    window = _BRACKETED_LIST.sub(lambda m: " " * len(m.group()), window)
    parts = _split_enumeration(window, left)
    named: list[NameSpan] = []
    for part, p_start, _ in reversed(parts):  # 事故起数、死亡人数: enumerated measures
        name, n_start, n_end = _named(part, unit)
        if not name or not _is_measure_name(_strip_span(part)[0]):
            break
        if named:  # 收入、支出预算总计: a bare side takes the words after the other's
            head = next((w for w in SIDE_WORDS if named[0][0].startswith(w)), None)
            if name in SIDE_WORDS and head and len(named[0][0]) > len(head):
                name = name + named[0][0][len(head):]
        named.insert(0, (name, p_start + n_start, p_start + n_end))
    if len(named) > 1:
        return named
    # One subject: the words after the last separator (the parts before it, if any, are
    # examples: 头盔、电筒…等“四小件”配备).
    if not parts:
        return []
    last, p_start, p_end = parts[-1]
    if len(parts) > 1:
        prev, prev_start, prev_end = parts[-2]
        separator = text[prev_end:p_start]
        quote = last.find("“")
        if quote > 0:  # 卫星电话、抽水泵、发电机“三大件”…配备: the examples end at the quote
            last, p_start = last[quote:], p_start + quote
        elif separator != "、" and not _is_measure_name(_strip_span(prev)[0]) \
                and "、" not in text[left:prev_start]:
            # 加工制造类小微企业和小微企业园社会化服务覆盖率: both nouns share the measure
            last, p_start = text[prev_start:p_end], prev_start
        elif len(parts) == 2 and separator == "、" and "等" not in window \
                and 2 <= len(prev.strip()) <= SHORT_PAIR_PART \
                and all(_is_cjk(ch) for ch in prev.strip()) \
                and not any(_is_measure_name(_strip_span(p)[0]) for p, _, _ in parts):
            # 受益脱贫户、监测户10户, 新建、改造提升高标准农田26万亩: one figure of both
            # parts (a list of examples would end on 等)
            last, p_start = text[prev_start:p_end], prev_start
    name, n_start, n_end = _named(last, unit)
    return [(name, p_start + n_start, p_start + n_end)] if name else []


#: A year printed without its 年 after a place (云县2023“三公”经费).
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}(?![\d年月])")
#: Endings of an administrative place's name (海口市, 萧县, 长安镇), and words ending so that
#: name no place (城市低保: a city's, not a place).
ADMIN_SUFFIXES: tuple[str, ...] = ("省", "市", "县", "区", "镇", "乡", "旗", "州", "盟")
NOT_PLACES = frozenset({"城市", "都市", "县城", "市区", "城区", "社区", "园区", "景区", "辖区",
                        "山区", "牧区", "小区", "片区", "省市", "市县", "县区", "区县", "乡镇",
                        "城乡", "地区", "街区", "校区", "库区", "新区", "开发区", "农村牧区",
                        "城镇", "村镇", "集镇"})


#: The place opening an issuer's name (铁岭市统计局, 大竹县…人民政府), which the dictionary
#: may not know for a place; up to the first 省, 市, 县, 区, 旗 or 盟 (广州市, not 广州).
_ISSUER_PLACE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|盟))"
    r"(?=[\u4e00-\u9fff]{0,8}?(?:人民政府|政府|局|委员会|委|办公室|办|中心|厅|院|所)$)")


def home_places(*texts: str | None) -> frozenset[str]:
    """The places a document is of, as its title and issuer name them (海口市, 萧县): a
    figure's name need not repeat them."""
    places = {word for text in texts if text for word, flag in _words(text)
              if flag == "ns" and word.endswith(ADMIN_SUFFIXES) and len(word) >= 2
              and word not in NOT_PLACES}
    for text in texts:
        opening = _ISSUER_PLACE.match(text or "")
        if opening and len(opening["place"]) >= 2 and opening["place"] not in NOT_PLACES:
            places.add(opening["place"])
    return frozenset(places)


#: A count of the units a figure is the total over, in front of its name (43个行政村村集体
#: 经济总收入): the scope, not what is measured.
_UNITS_SCOPE = re.compile(r"^\d+个(?:行政村|村|乡镇|镇|社区|街道|县区|县市区)(?=.{2})")


def without_home_place(name: str, places: frozenset[str]) -> str:
    """`name` without a leading place the document is of (海口市接待游客人次 in a 海口 page
    → 接待游客人次) or a count of the units it is over (43个行政村…); a place the document
    covers among others (东坡区 in a 眉山 table) stays, and so does a name that would be
    left too short."""
    name = _UNITS_SCOPE.sub("", name)
    for place in places:
        if name.startswith(place) and len(name) - len(place) >= 2:
            rest = name[len(place) :]
            year = _BARE_YEAR.match(rest)  # (云县2023“三公”经费: the year printed bare)
            return rest[year.end() :] if year and len(rest) - year.end() >= 2 else rest
    return name


#: A term opening on Latin letters and digits, then words (4G基站, 5G基站, AED设备).
_LATIN_TERM = re.compile(r"\d*[A-Za-z][A-Za-z0-9]*(?=[\u4e00-\u9fff])")


#: A clause opening on a verb right before money whose kind follows it (完成13.6亿元纳统额,
#: 累计下达2.1亿元中央资金); with a subject before the verb (区级财政年初预算安排200万元专项
#: 资金) the subject names it.
MONEY_VERB_BEFORE = re.compile(r"(?:^|[,，;；。:：、\n])\s*"
                               r"(?:已经?|累计|共|共计|全年|今年|年内|本年度?)?"
                               r"(?:完成|下达|争取|争取到|落实|拨付|支付|投入|筹集|筹措|安排|发放"
                               r"|兑现|获得|撬动|整合|统筹)了?$")
#: …and the money nouns such a phrase ends on (the last one up to a break: 长期国债资金|支付).
MONEY_NOUN_END = re.compile(r"(?:资金|经费|补贴|补助|奖补|贷款|融资|投资|纳统额|债券|国债|收入"
                            r"|支出|基金|款)")
_MAX_MONEY_AFTER = 12


def _money_named_after(text: str, end: int, limit: int) -> tuple[str, int, int] | None:
    """(name, start, end) of the money noun phrase right after a sum (2000万元长期国债资金),
    None when the words after it are no such noun (用于…, 占…, 同比…)."""
    stop = min(limit, end + _MAX_MONEY_AFTER)
    right = end
    while right < stop and text[right] not in CLAUSE_BREAKS and text[right] != "、":
        right += 1
    phrase = text[end:right]
    last = max(MONEY_NOUN_END.finditer(phrase), key=lambda m: m.end(), default=None)
    if last is None or last.end() < 2:
        return None
    phrase = phrase[: last.end()]
    words = _words(phrase)
    if not words or words[0][1] in ("v", "p", "c", "u", "uj") or words[0][0] in STOP_VERBS \
            or not all(_is_cjk(ch) for ch in phrase):
        return None
    return phrase, end, end + len(phrase)


def _after_phrase(text: str, end: int, limit: int) -> tuple[str, int, int] | None:
    """The noun phrase right after a count (5个航空救援临时起降点), or None."""
    right = end
    stop = min(limit, end + _MAX_AFTER)
    code = _LATIN_TERM.match(text, end, stop)
    if code:  # 建成113个4G基站: a term opening on Latin letters and digits
        right = code.end()
    while right < stop and text[right] not in CLAUSE_BREAKS:
        if text[right] in "(（":
            # 400个公共(含专用)充电桩: an inclusion note inside the noun is skipped over
            note = _INCLUSION_NOTE.match(text, right)
            if not note or note.end() >= len(text) or not _is_cjk(text[note.end()]):
                break
            right = note.end()
            continue
        if text[right].isdigit() or text[right] in ")）":
            break  # (包括63个省级补助村、62个市县级补助村): the bracket closes the noun
        if text[right] == "、" and (right + 1 >= stop or not _is_cjk(text[right + 1])
                                    or _NEXT_COUNT.match(text, right + 1)
                                    or text[end:right].endswith(tuple(NOMINAL_VERBS))):
            # 1470个水情监测站|、18座…: the next item has its own count; 16座小二型水库除险
            # 加固|、岳沙河…治理工程: the works done end the item
            break
        right += 1
    phrase = text[end:right].rstrip("、")
    if phrase.startswith(("全部", "均已", "已全部")):
        return None  # 1828人全部脱贫: the doing all of them did, named by _people_verb
    lead = _INCLUSION_NOTE.match(phrase)
    if lead:  # 5个(含改扩建)标准化考场
        phrase, end = phrase[lead.end() :], end + lead.end()
    if not phrase or not (_is_cjk(phrase[0]) or code) or phrase.startswith(LEVEL_WORDS):
        return None
    words = list(_words(phrase))
    # 9个由市领导带队的工作组, 5家有一定规模实力的…机构: a relative clause, the counted
    # noun follows 的; otherwise 的 ends the counted noun (40个行业领域的风险评估 → 行业领域)
    relative = "的" in phrase and (
        (words[0][1] in ("v", "p") and len(words[0][0]) == 1)
        or ((phrase.startswith(RELATIVE_OPENERS) or words[0][1] in ("v", "a", "d"))
            and phrase.index("的") <= RELATIVE_REACH))
    # (after a relative clause, the noun it describes ends at the next verb: 55家落实…不到位
    # 的经营户|下达责令改正通知书)
    if not relative and (words[0][1] in NON_NOUN_START_FLAGS or words[0][0] in STOP_VERBS):
        return None  # 分7组持续3个多月: the count is followed by an adverb or verb
    if "等" in phrase:  # 96个城市内涝点等数据: the counted noun comes before 等
        phrase = phrase[: phrase.index("等")]
        if not phrase:
            return None
    phrase = _INCLUSION_NOTE.sub("", phrase)
    if _unquoted_de(phrase) >= 0:  # 区级“家门口的好去处”: a 的 inside quotes is the name's
        at = _unquoted_de(phrase)
        if relative:
            phrase, end = phrase[at + 1 :], end + at + 1
        else:
            phrase = phrase[:at]
    words = list(_words(phrase))
    kept: list[str] = []
    clause_end = right >= len(text) or text[right] in CLAUSE_BREAKS or text[right] == "、"
    for i, (word, flag) in enumerate(words):
        following = words[i + 1][1] if i + 1 < len(words) else ""
        next_word = words[i + 1][0] if i + 1 < len(words) else ""
        # 300户居家环境适老化改造: a works noun ending the clause is the thing counted
        # (40个小区雨污混接改造: after the doing it names, 混接, as much as after a noun)
        nominal = (word in NOMINAL_VERBS and i == len(words) - 1 and clause_end
                   and (words[i - 1][1].startswith("n") or words[i - 1][0] + word
                        in NOMINAL_VERBS
                        or (words[i - 1][1] == "v" and words[0][1].startswith("n"))))
        if i > 0 and not nominal and next_word not in NOUN_MAKING_SUFFIXES and (
                word.endswith(tuple(STOP_VERBS)) or word in ("并", "用于")
                or (flag == "v" and (relative or not following.startswith(("n", "v", "q", "x"))))
                or (word in ENUM_SEPARATORS and next_word in DETERMINERS)
                # 8个续建项目|全部复工, 8个续建项目|已全部复工: an adverb before the doing
                # (another one-character "adverb" is often a word cut apart: 零|直|排)
                or ((word in ALL_OF_THEM or word in DOING_ADVERBS
                     or (flag == "d" and len(word) > 1)) and following == "v")
                or (flag == "d" and next_word in ALL_OF_THEM)):
            break  # 147个乡镇|和所有村; 25家重大危险源企业|全面落实…
        kept.append(word)
    while kept and kept[-1] in ENUM_SEPARATORS:  # 70家…单位和|7个尾矿库
        kept.pop()
    if len(kept) > 1 and kept[-1] in AFTER_TRAILING_NOISE:
        kept.pop()
    if len(kept) > 1 and (kept[-1], words[len(kept) - 1][1]) in AMONG_WORDS:
        kept.pop()  # 6个新开工项目中,3个…: the things counted, among which the next count
    name = "".join(kept)
    return (name, end, end + len(name)) if name else None


#: The words of a gap right after a bracketed basis figure (…(8.1%)低8.4个百分点).
GAP_WORDS = frozenset({"低", "高", "快", "慢", "多", "少"})
GAP_AFTER_BRACKET = re.compile(r"[)）](?:" + "|".join(sorted(GAP_WORDS)) + ")?$")
#: …and the name such a gap word alone makes (低, 低金额).
GAP_NAME = re.compile("[" + "".join(sorted(GAP_WORDS)) + "](?:金额|数)?")
#: A locative ending the noun a count counts (6个新开工项目中, 33个大类行业中): "among them".
AMONG_WORDS = frozenset({("中", "f")})


#: How a bracketed figure's own words open when they are a note on the figure before it
#: (不含沈抚改革创新示范区15.7亿元, 扣除…) or its plan (任务数占比60%, 年度计划60亿元), not a
#: measure of its own (有效监测天数为358天).
BRACKET_NOT_A_MEASURE: tuple[str, ...] = ("含", "不含", "包括", "扣除", "剔除", "其中", "按",
                                          "任务", "目标", "计划", "年度计划", "预算")
#: …or how they end when they give the same measure for a part (优良天数比例为86.7%(13个
#: 国考城市均值为86.2%)).
BRACKET_SAME_MEASURE: tuple[str, ...] = ("均值", "平均值", "平均水平")
#: Counts whose own words in brackets name a part (事故13起(工程建设领域事故10起)), not a
#: description of the figure before.
COUNT_UNITS_OWN_SUBJECT = frozenset({"起", "宗", "人", "家", "个", "项", "件", "次"})
_NEXT_COUNT = re.compile(r"[^,，。;；、\d]{0,8}\d")
#: Verbs opening a relative clause after a count (480户符合条件的困难老年人家庭, 5个具有示范
#: 作用的农村社区), and how far into the words a 的 may close it.
RELATIVE_OPENERS: tuple[str, ...] = ("符合", "具有", "具备", "满足", "达到", "获得", "取得",
                                     "不", "未")  # 55家落实…不到位的经营户, 两家不落实…的市场
RELATIVE_REACH = 12
#: A bracketed inclusion note (含专用, 含改扩建) inside a counted noun.
_INCLUSION_NOTE = re.compile(r"[(（](?:含|包括)[^()（）]{1,8}[)）]"
                             # 6条(段)河道: another measure word for the same count
                             r"|[(（][\u4e00-\u9fff][)）]")


def _unquoted_de(phrase: str) -> int:
    """Index of the first 的 outside quotation marks, -1 when there is none."""
    depth = 0
    for i, ch in enumerate(phrase):
        if ch in "“「":
            depth += 1
        elif ch in "”」":
            depth = max(0, depth - 1)
        elif ch == "的" and depth == 0:
            return i
    return -1


#: Verbs that, ending a clause right after the noun a count counts, name works done to it
#: and belong in the name (500户残疾人家庭无障碍设施改造 → …设施改造户数).
NOMINAL_VERBS = frozenset({"改造", "建设", "整治", "治理", "修缮", "维修", "提升", "改建",
                           "扩建", "修复", "绿化", "亮化", "硬化", "清理", "检测", "监测",
                           "普查", "安装", "更新", "加固", "除险加固"})


def _is_cjk(ch: str) -> bool:
    """A Han character, or the quotation mark a quoted name opens with (“家门口的好去处”)."""
    return cues.is_han(ch) or ch == "“"


def _verb_before(text: str, start: int) -> str:
    """A creating verb right before a count that belongs in its name (新增, 新培育, 新建)."""
    left = _clause_start(text, start, max(0, start - 6))
    words = _words(text[left:start])
    if not words:
        return ""
    word, flag = words[-1]
    if word in GENERIC_VERBS or (word not in CREATING_VERBS and not flag.startswith("v")):
        return ""  # (新建 is tagged a place name by jieba: known by the list)
    if word.startswith("新") or word in CREATING_VERBS:
        if len(words) > 1 and words[-2][0] == "新":
            return "新" + word  # 新成立11个集团 → 新成立集团数
        return word
    return ""


#: Verbs that create what a count right after them counts (新建5所学校 → 新建学校数).
CREATING_VERBS = frozenset({"新增", "新建", "建成", "培育", "组建", "创建", "成立"})


def _rate_after(text: str, end: int) -> str:
    """The word closing a percentage (实现100%规范化 → 规范化), or ''."""
    right = end
    while right < len(text) and right - end < 6 and text[right] not in CLAUSE_BREAKS:
        right += 1
    word = text[end:right]
    if right - end >= 6 or not word or not all(_is_cjk(c) for c in word):
        return ""
    word = word.removeprefix("的")  # 20%以上的增速 → 增速
    degree = next((d for d in RATE_DEGREE_WORDS if word.startswith(d) and len(word) > len(d)),
                  "")
    return word[len(degree):]  # 100%稳定达标 → 达标率: how steadily is no part of the name


#: Endings of a word closing a percentage that name a rate already (增速, 增幅, 覆盖率).
RATE_ENDINGS: tuple[str, ...] = ("率", "速", "幅", "比重", "占比", "比例")
#: Adverbs of degree before the word closing a percentage (稳定达标, 全面完成).
RATE_DEGREE_WORDS: tuple[str, ...] = ("稳定", "全面", "全部", "基本", "全")


#: Brackets that break a total down into its parts: 13件(含新制定5件,修改4件).
BREAKDOWN_OPENERS_RE = re.compile(r"[(（](?:含|其中|包括)[:：]?")
#: Part-of-speech flags of a phrase that is only a doing, with no thing done (新制定, 修改):
#: verbs, after at most one adverb (已整改).
VERB_FLAGS_ONLY = frozenset({"v", "vd"})
ADVERB_FLAGS = frozenset({"d", "ad"})
#: Flags of the words in front of a counted thing that say how it was done (主动公开).
FRONT_FLAGS = frozenset({"v", "vd", "d", "ad", "b"})
#: The longest phrase taken for a doing alone.
MAX_DOING = 6


#: 90%的乡镇卫生院达到服务能力推荐标准: a share of the things named after 的, and what they do.
SHARE_OF_FOLLOWING = re.compile(r"(?:以上|左右)?的(?P<rest>[\u4e00-\u9fff“”]{1,30})")
#: The longest predicate kept in such a share's name.
SHARE_PREDICATE_MAX = 16
#: Word flags that end the noun a share is of and open what those things do.
PREDICATE_FLAGS: tuple[str, ...] = ("v", "d", "p", "c", "u", "ad")


def _share_of_following(text: str, end: int) -> list[NameSpan]:
    """The name of a share the clause after it explains (46%的村开展资产折股量化 →
    开展资产折股量化的村比例), or [] when no noun follows its 的."""
    m = SHARE_OF_FOLLOWING.match(text, end)
    if not m:
        return []
    words = _words(m.group("rest"))
    nouns = 0
    while nouns < len(words) and words[nouns][1] not in PREDICATE_FLAGS \
            and words[nouns][0] not in STOP_VERBS:
        nouns += 1
    if nouns == 0 or nouns == len(words):
        return []  # 达到80%的水平: no doing follows, so no share of things
    noun = "".join(w for w, _ in words[:nouns])
    predicate = "".join(w for w, _ in words[nouns:])[:SHARE_PREDICATE_MAX]
    return [(f"{predicate}的{noun}比例", m.start("rest"), m.end("rest"))]


#: Measures that, with their figure, describe the thing named after 的 (总投资1.2亿元的县医院
#: 新院区项目开工建设, 全长12公里的环湖路全线贯通): the thing's measure.
MEASURE_OF_FOLLOWING = frozenset({"总投入", "总投资", "投资", "投入", "全长", "总长",
                                  "占地", "占地面积", "建筑面积", "总面积"})
#: Such a thing: a project, a work or a place built, up to what is said of it.
THING_AFTER = re.compile(
    r"的(?P<thing>[^,，。;；、:：]{2,16}?(?:项目|工程|公路|大道|大桥|路|线|桥|园区|园|中心|基地"
    r"|馆|厂|站|医院|学校|小区|广场|楼))(?=顺利|已|建成|开工|完工|竣工|全线|正式|投入|投产"
    r"|通车|落地|启动|主体|进入|开始|实现|完成|[,，。;；])")


#: Shares that, with their figure, describe the trade named after 的 (占比63.3%的电力供应
#: 业同比增长6.5%): that trade's share.
SHARE_MEASURES = frozenset({"占比", "比重"})
TRADE_AFTER = re.compile(
    r"的(?P<thing>[^,，。;；、:：\d]{2,14}?(?:业|行业|产业|企业|领域))(?=同比|增长|下降|实现|完成"
    r"|[,，。;；])")


#: A total said alone right before its figure, after the figure it totals (…1710人次,
#: 合计919.67万元).
TOTAL_ALONE = re.compile(r"[,，、]\s*(?:合计|共计|总计)(?:为|达)?\s*$")
#: A label and its colon right before a figure (普通高中情况:8所), the label perhaps with its
#: item's number and the figure said estimated or of part of the year (外贸进出口总额(第8项):
#: 预计下降8%左右, 农民人均可支配收入(第12项):上半年增长8.6%).
LABEL_BEFORE = re.compile(r"(?P<words>[\u4e00-\u9fff()（）]{2,20}?)(?:[(（]第?\d{1,3}项?[)）])?"
                          r"(?:情况)?[:：]\s*(?:初步)?(?:预计)?(?:全年|上半年|前三季度|一季度)?"
                          # (全社会固定资产投资额:实现127.6亿元: the verb alone after it)
                          r"\s*(?:实现|完成|达到|达)?\s*$")


#: A count of some of a whole's kinds followed only by how they went (12种增长,11种下降).
SUBSET_TREND = re.compile(r"(?P<verb>增长|下降|增加|减少|持平|上涨|下跌|提高|回落)"
                          r"(?=[,，。;；、]|$)")
#: Verbs of building whose figures, with 的 after them, describe the thing built (建成1个
#: 1200亩的杂交水稻制种基地, 创建了1800余亩的中药材示范基地).
BUILDING_VERBS = frozenset({"建成", "创建", "创建了", "建立", "建立起", "建立了", "新建", "打造",
                            "建设", "建成了", "培育"})
BUILT_THING_AFTER = re.compile(
    r"(?:[\d.]+余?[^\d的,，。;；]{1,3})?的(?P<thing>[^,，。;；、:：的\d]{2,16}?(?:基地|示范点"
    r"|示范区|示范园|园区|产业园|中心|项目|工程|站|点|场|厂|馆|园))(?=[,，。;；]|$)")


def _unit_suffix(unit: str) -> str:
    """The suffix a name takes for a figure's unit (亩 → 面积, 个 → 数)."""
    base = unit.split("/")[0]
    if base in MEASUREMENT_UNITS:
        return AREA_SUFFIX if base in AREA_UNITS else LENGTH_SUFFIX if base in LENGTH_UNITS \
            else ""
    return UNIT_SUFFIXES.get(base, COUNT_SUFFIX if base else "")


def _thing_after(text: str, end: int, measure: str, n_start: int) -> list[NameSpan]:
    """The name of a measure whose figure describes the thing after its 的 (投资5000万元的
    鑫源食品加工项目建成投产 → 鑫源食品加工项目投资), or [] when no such thing follows."""
    m = THING_AFTER.match(text, end)
    return [(m.group("thing") + measure, n_start, m.end("thing"))] if m else []


#: A doing ending the clause right after a counted noun, which says which of them are
#: counted (共0个项目|实行绩效目标管理 → 实行绩效目标管理的项目数).
DESCRIBING_DOING = re.compile(r"(?:实行|纳入|享受|参加|参与|开展|通过|获得)[^,，。;；、\d]{2,10}"
                              r"(?=[,，。;；]|$)")


#: Words of how things counted did what follows them, kept with the doing (37家…机构全部
#: 依法注销 → 依法注销…机构数; 全部, 均, 已 are dropped: ALL_DID, ALL_OF_THEM, DOING_ADVERBS).
HOW_DID = frozenset({"依法", "按期", "按时", "提前", "顺利"})
#: Verbs of a state things reached that, right after them, say which of them are counted
#: (12个重点工程建成投用, 6家非煤矿山接入…系统); another verb needs 全部/均/已 between and an
#: object after it (8个续建项目全部复工 stays 续建项目数), or 依法 before it (jieba tags many
#: nouns of a thing as verbs: 认知障碍照护床位, 居家环境适老化改造).
DID_VERBS: tuple[str, ...] = ("建成", "竣工", "投产", "开工", "完成", "投用", "出列", "开设",
                              "接入", "入选", "获评", "通过", "上线", "挂牌", "销号", "摘帽",
                              "注销", "关停", "开业", "投运", "落户")
#: The longest doing after counted things, and the longest said without 的 before them
#: (建成投用重点工程数, but 建成智能视频监控系统的加油站数).
MAX_DID, MAX_BARE_DID = 18, 4
#: Flags of the words the counted things are made of (not a verb: 工程, 校外, 培训机构).
THING_FLAGS = frozenset({"n", "nz", "nt", "ns", "j", "b", "s", "q", "vn", "an", "f", "nr", "h"})
#: …and of the word they end on (a noun: 加油站, 专家; not 国内 of 国内知名专家).
THING_END_FLAGS = frozenset({"n", "nz", "nt", "ns", "j", "nr"})


def _done_before(text: str, start: int) -> bool:
    """Whether a verb stands right before the count at `start` (完成 15 家…隐患挂牌: what is
    after the things is the end of that verb's object, not what they did)."""
    words = pos_words(text[max(0, start - 4) : start].strip())
    return bool(words) and words[-1][1] == "v"


def _counted_that_did(phrase: str, text: str, end: int) -> tuple[str, str] | None:
    """(`doing (的)`, `things`) for a count whose things (in `phrase`, which ends at `end`)
    are followed, up to the clause's end, by what they did (加油站|全部建成智能视频监控系统
    → 建成智能视频监控系统的加油站; 重点工程建成投用 → 建成投用重点工程), as analysts name
    the subset counted; None when the clause goes on otherwise."""
    stop = end
    while stop < len(text) and text[stop] not in CLAUSE_BREAKS and stop - end <= MAX_DID:
        stop += 1
    if stop - end > MAX_DID or (stop < len(text) and text[stop] not in "。;；,，"):
        return None
    words = pos_words(phrase + text[end:stop])
    things, how, k = "", "", 0
    last = ""
    while k < len(words) and not (words[k][1] == "v" and len(things) >= COUNTED_MIN
                                  and last in THING_END_FLAGS):
        word, flag = words[k]
        if word in HOW_DID:
            how += word
        elif word in ALL_DID or word in ALL_OF_THEM or word in DOING_ADVERBS:
            pass
        elif flag in THING_FLAGS and not how:
            things += word
            last = flag
        else:
            return None
        k += 1
    doing = how + "".join(w for w, _ in words[k:])
    marked = "".join(w for w, _ in words[:k]) != things + how  # (全部, 均, 已 between)
    if k == len(words) or len(things) < COUNTED_MIN or len(doing) < 2 \
            or any(ch.isdigit() for ch in doing) \
            or not ((marked and len(doing) > MAX_BARE_DID) or how
                    or doing.startswith(DID_VERBS)):
        return None
    return f"{doing}{'' if len(doing) <= MAX_BARE_DID else '的'}", things


#: People or homes a service was done for (为456户独居老年人|开展智能水表安全监测服务,
#: 对200名学员进行培训): counted by whom and what was done for them, as analysts name it
#: (独居老年人智能水表安全监测服务户数), the verb left out.
SERVED_BEFORE: tuple[str, ...] = ("为", "对", "给")
SERVED_DOING = re.compile(r"(?:开展|提供|进行|实施|发放|办理|适配)(?P<what>[^,，。;；、\d]{2,12})"
                          r"(?=[,，。;；]|$)")


#: Things a report counts by how far they have got (24个事项已提前完成全年任务, 9个事项超
#: 序时进度, 22个项目超额完成) …
COUNTED_ITEMS: tuple[str, ...] = ("事项", "项目", "工程", "指标", "任务", "问题")
#: … said by a state after them, to the end of the clause (not a doing to a thing:
#: 30个项目完成投资5亿元 has a figure, 5个项目签约 a verb of its own).
ITEM_STATE = re.compile(r"(?![^,，。;；]*(?:率|第))"  # (…两项指标超额完成率全市第一: a rank)
                        r"(?:已|正在|超额|超|按|未|尚未|提前|均已|全部)[^,，。;；、\d]{1,12}"
                        r"(?=[,，。;；]|$)")
#: Words of a state that say all of them, no part of it (4个项目已全部竣工 → 已竣工).
STATE_ALL_WORDS = re.compile(r"全部|均")


def _items_in_state(phrase: str, text: str, start: int) -> str | None:
    """`state + things` for a count of items (`phrase` at `start` in `text`) said with
    their state after them (事项 | 超序时进度 → 超序时进度事项), as analysts name the
    subset; None when it is not that."""
    noun = next((n for n in COUNTED_ITEMS if phrase.startswith(n)), None)
    state = ITEM_STATE.match(text, start + len(noun)) if noun else None
    if noun is None or state is None:
        return None
    return STATE_ALL_WORDS.sub("", state.group()) + noun


#: Money measures a count's things may have right after them, before the amount (75家…龙头
#: 企业年销售收入18.4亿元), longest first.
MONEY_MEASURES_AFTER_COUNT: tuple[str, ...] = (
    "年销售收入", "主营业务收入", "营业收入", "销售收入", "年度计划投资", "计划总投资",
    "计划投资", "总投资", "工业总产值", "总产值", "产值", "销售额", "营业额", "利润总额")
#: The fewest characters left for the things counted once the measure is taken off.
COUNTED_MIN = 2


def _money_measure_after_count(phrase: str) -> tuple[str, str] | None:
    """(the things counted, the money measure of theirs) `phrase` (the words after a count,
    up to an amount) ends on (…龙头企业年销售收入 → …龙头企业, 年销售收入); None otherwise."""
    measure = next((m for m in MONEY_MEASURES_AFTER_COUNT if phrase.endswith(m)), None)
    if measure is None:
        return None
    counted = phrase[: -len(measure)].removesuffix("的")
    return (counted, measure) if len(counted) >= COUNTED_MIN else None


def _counted_before_doing(after: tuple[str, int, int]) -> tuple[str, int, int]:
    """The noun a count counts when the words after it run into the next value through a
    doing (14个省市|对接企业96家): the doing and its object name the next value."""
    phrase, start, _ = after
    payout = PAYOUT_TO.search(phrase)
    if payout and payout.start() >= 2:  # 831户特困人员|发放供养金858.27万元
        return phrase[: payout.start()], start, start + payout.start()
    words = _words(phrase)
    at = 0
    for k, (word, flag) in enumerate(words):
        if k > 0 and flag == "v" and k + 1 < len(words) and words[k + 1][1].startswith("n") \
                and words[k - 1][1].startswith("n"):
            return phrase[:at], start, start + at
        at += len(word)
    return after


#: The kind of event a count of 起 counts, said at the end of its clause (…侧翻较大事故).
EVENT_AFTER_COUNT = re.compile(r"(?:特别重大|重大|较大|一般)?(?:生产安全|道路交通|交通|火灾|"
                               r"安全生产|安全)?(?:事故|火灾|案件|火警)(?=[,，。;；、]|$)")
#: How far into its clause the event noun after a count of 起 may end.
EVENT_AFTER_REACH = 16


def _event_after(text: str, end: int, limit: int) -> tuple[str, int, int] | None:
    """The event a count of 起 counts when the words after it describe one event
    (1起三轮车侧翻较大事故 → 较大事故), or None."""
    stop = min(limit, end + EVENT_AFTER_REACH)
    clause = text[end:stop]
    cut = next((k for k, ch in enumerate(clause) if ch in CLAUSE_BREAKS), len(clause))
    found = None
    # (searched one past the break, so that the event must end on a real break, not where
    # the reach cut the clause off)
    for m in EVENT_AFTER_COUNT.finditer(text, end, end + cut + (1 if end + cut < len(text)
                                                                 else 0)):
        found = m
    if found is None or found.end() != end + cut:
        return None
    return found.group(), found.start(), found.end()


def _breakdown_total(text: str, spans: Sequence[ValueSpan], i: int) -> int | None:
    """The index of the value whose breakdown bracket (含…, 其中…) value i sits in."""
    for t in range(i - 1, -1, -1):
        m = BREAKDOWN_OPENERS_RE.match(text, spans[t].end)
        if m:
            closing = text.find(")" if text[m.start()] == "(" else "）", m.end())
            return t if closing != -1 and spans[i].end <= closing else None
    return None


def _verb_only(name: str, unit: str) -> str | None:
    """The verb phrase a name is made of, without its unit suffix (修改数 → 修改), or None
    when it names a thing."""
    suffix = UNIT_SUFFIXES.get(unit.split("/")[0], COUNT_SUFFIX)
    phrase = name.removesuffix(suffix) if suffix else name
    words = list(pos_words(phrase))
    if words and words[0][1] in ADVERB_FLAGS:
        words = words[1:]
    doing = phrase in DOING_VERBS or (
        bool(words) and len(phrase) <= MAX_DOING and phrase not in GENERIC_MEASURES
        and all(flag in VERB_FLAGS_ONLY or word in DOING_VERBS for word, flag in words))
    return phrase if doing else None  # (招生: a school's intake, a measure, not a doing)


def _object_of(name: str, unit: str) -> str:
    """What a name counts, without the doing in front and the unit suffix (主动公开市政府
    规章数 → 市政府规章)."""
    suffix = UNIT_SUFFIXES.get(unit.split("/")[0], COUNT_SUFFIX)
    phrase = name.removesuffix(suffix) if suffix else name
    words = list(pos_words(phrase))
    while len(words) > 1 and (words[0][1] in FRONT_FLAGS or words[0][0] in FRONT_DOINGS):
        words.pop(0)
    while len(words) > 1 and (words[-1][1] in VERB_FLAGS_ONLY | {"vn"}
                              or words[-1][0] in HERD_MEASURES):
        words.pop()  # 电梯完成公示, 生猪存栏: the thing, not what was done to it
    return "".join(w for w, _ in words)


#: A clause that only says how a figure is counted (剔除留抵退税因素, 扣除价格因素,
#: 按可比价格计算), maybe with the verb before the figure: no name of its own.
QUALIFIER_ONLY = re.compile(r"(?:剔除|扣除|不含|按|还原)[^,，。;；\d]{1,16}?"
                            r"(?:因素|口径|计算|折算|后)后?"  # (还原留抵退税口径后增长3.4%)
                            r"(?:完成|实现|为|达到|达)?")
#: A mark a figure passed, said after it (…6002亿元,首次突破6000亿元): the words between.
MILESTONE_BETWEEN = re.compile(r"(?:首次|再次|历史性地?|一举|率先)?")
MILESTONE_VERBS: tuple[str, ...] = ("突破", "跨越", "超过", "迈上", "站上", "跨上")
_QUALIFIER_TAIL = re.compile(r"(?:剔除|扣除)[^,，。;；\d]{1,16}?(?:因素|口径)$")


def _valueless_clause_before(text: str, spans: Sequence[ValueSpan], i: int,
                             at: int) -> tuple[int, str] | None:
    """(start, text) of the clause before the one at `at`, when it is in the same sentence
    and holds none of the values before value i; None otherwise."""
    clause_start = _after_last(text, at, CLAUSE_BREAKS)
    if clause_start <= 0 or text[clause_start - 1] in SENTENCE_BREAKS:
        return None
    before = _after_last(text, clause_start - 1, CLAUSE_BREAKS)
    if any(before <= s.start < clause_start for s in spans[:i]):
        return None
    return before, text[before : clause_start - 1]


def _qualified_subject(text: str, spans: Sequence[ValueSpan], i: int) -> NameSpan | None:
    """The subject of a clause that only qualifies how the change after it is counted, with
    no value of its own (规模以上工业增加值剔除增加值率变化因素,同比增长2.2%), or None."""
    found = _valueless_clause_before(text, spans, i, spans[i].start)
    if found is None:
        return None
    before, clause = found
    tail = _QUALIFIER_TAIL.search(clause)
    if tail is None or tail.start() < 2:
        return None
    name, n_start, n_end = _named(clause[: tail.start()], spans[i].unit)
    return (name, before + n_start, before + n_end) if name else None


def _in_brackets_after_comparison(text: str, span: ValueSpan) -> bool:
    """Whether `span` stands alone in brackets after a comparison (高于全省平均增速(16.8%))."""
    if span.start < 1 or text[span.start - 1] not in "(（" \
            or text[span.end : span.end + 1] not in ")）":
        return False
    clause = text[_clause_start(text, span.start - 1, 0) : span.start - 1]
    return any(word in clause for word in COMPARING_PREFIXES)


def _in_parenthetical_after(text: str, previous: ValueSpan, span: ValueSpan) -> bool:
    """Whether `span` sits in brackets opened right after `previous` (815毫米(为常年3倍))."""
    opening = previous.end
    if opening >= len(text) or text[opening] not in "(（":
        return False
    closing = text.find(")" if text[opening] == "(" else "）", opening)
    return closing != -1 and span.end <= closing and "、" not in text[opening:span.start]


def _without_periods(words: str) -> str:
    """The words with their dates and periods left out (,2022年达 → ,达)."""
    for period in reversed(find_periods(words)):
        words = words[: period.start] + words[period.end :]
    return words


def _people_verb(text: str, end: int) -> str:
    """The doing right after a count of people (吸引50余万人次观看 → 观看; 1828人全部脱贫 →
    脱贫: past the word saying all of them did it)."""
    words = _words(text[end : end + 6])
    all_did = bool(words) and words[0][0] in ALL_DID
    if all_did:
        words = words[1:]
    if words and (words[0][0] in STOP_VERBS or (all_did and words[0][1] == "v")):
        return words[0][0]
    return ""


#: Words between a count and the doing it counts that say all of them did it (1828人全部
#: 脱贫, 12户均已搬迁): no part of the name.
ALL_DID = frozenset({"全部", "均", "都", "均已", "全部已", "已全部"})


#: The words before a run of shares of the parts listed before it (第一产业764.9万人,…,第三
#: 产业1952.6万人,分别占全省总量的23.7%、35.2%和41.1%).
SHARES_OF_LISTED = re.compile(r"[,，]\s*分别占[^,，。;；\d]{1,12}?的?\s*$")


def _part_of_share_run(text: str, spans: Sequence[ValueSpan], i: int) -> int | None:
    """The index of the part whose share value i is, when i is in a run of shares after
    分别占 and as many parts of one unit stand before the run in its sentence: the k-th
    share is of the k-th part; None otherwise."""
    first = i
    while first > 0 and text[spans[first - 1].end : spans[first].start] in cues.RUN_SEPARATORS:
        first -= 1
    if not SHARES_OF_LISTED.search(text, max(0, spans[first].start - 16), spans[first].start):
        return None
    n = _run_end(text, spans, first) - first
    parts = range(first - n, first)
    if first - n < 0 or len({spans[j].unit for j in parts}) != 1 \
            or not _one_sentence(text, spans[first - n].start, spans[first].start):
        return None
    return first - n + (i - first)


def _run_end(text: str, spans: Sequence[ValueSpan], i: int) -> int:
    """The index after the last value of the run starting at value i: values separated
    by nothing but 、/和/及/与."""
    j = i + 1
    while (j < len(spans)
           and text[spans[j - 1].end : spans[j].start] in cues.RUN_SEPARATORS):
        j += 1
    return j


def _ordinal_names(parts: list[tuple[str, int, int]], unit: str) -> list[NameSpan] | None:
    """第一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值: parts that are
    ordinal numerals take the head the last part writes after its own."""
    if len(parts) < 2:
        return None
    last = _ORDINAL_LAST.match(_strip_span(parts[-1][0])[0]) \
        or _ORDINAL_LAST.match(re.sub(r"\s", "", parts[-1][0]))
    heads = [_ORDINAL_PARTS.match(_strip_span(p)[0]) for p, _, _ in parts[:-1]]
    if last is None or not all(heads):
        return None
    numerals = [m.group("n") for m in heads if m] + [last.group("n")]
    head = last.group("head").removeprefix("次")  # 第一、二、三次产业: the sectors
    if head.startswith(SECTOR_SHORT) and not head.startswith(SECTOR_WORD):
        head = SECTOR_WORD + head[len(SECTOR_SHORT):]  # 一、二、三产投资: 第一产业投资
    return [(_named("第" + n + head, unit)[0], start, end)
            for n, (_, start, end) in zip(numerals, parts, strict=True)]


#: A period standing as an item of a 分别 run (一季度、上半年、前三季度、全年…).
_PERIOD_ITEM = re.compile(r"(?:[一二三四1-4]季度|上半年|下半年|前三季度|全年"
                          r"|(?:1[-—~至])?\d{1,2}月(?:份)?)")
#: The items of a 分别 run counted as a group at the end of the clause before it
#: (汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长…).
_COUNTED_GROUP = re.compile(r"(?:(?P<count>[一二三四五六七八九十两\d]{1,2})个|等)"
                            r"(?:行业|产业|门类|领域|品种|类别|项目)(?P<rest>[^,，。;；:：]*)$")
#: …新材料产业、电子信息产业、航空航天产业保持增长,增速分别为4.6%、2.2%和0.5%: a bare
#: list whose clause only says how it went.
_LIST_THEN_TREND = re.compile(r"(?<=[\u4e00-\u9fff)）])(?P<rest>(?:均|都|也)?(?:保持|实现)?"
                              r"(?:较快|快速|稳定|平稳)?(?:增长|下降)(?:较快|态势)?)$")
#: …以Ⅱ类、Ⅲ类水质为主,分别占23.4%和40.4%: the list the whole is mostly made of.
_MOSTLY = re.compile(r"(?<=[\u4e00-\u9fff)）])(?P<rest>为主)$")
_MOSTLY_LEAD = "以"
_GROUP_MEASURE = re.compile(r"增加值|总产值|产值|产量|营业收入|营业额|销售额|零售额|投资"
                            r"|出口交货值|出口")


#: A time a run's measure is said at (截至三季度, 1-9月, 今年以来), before the measure.
RUN_TIME_LEAD = re.compile(r"^(?:截至|截止|到)?[^,，、]{0,6}?(?:季度|月底|月末|年底|以来|月份?|年)")
#: Measures a run of values may be named by, besides the bare ones (投资额分别为…).
RUN_MEASURES = frozenset({"投资额", "总投资", "产值", "营业收入", "销售额", "金额", "面积", "产量"})


def _grouped_items_before(text: str, left: int, n: int,
                          measure: str = "") -> list[NameSpan] | None:
    """The names of the n values of a 分别 run whose clause holds nothing before 分别 but
    maybe its `measure` (增速分别为): the clause before lists n items and counts them as
    a group (…三个行业增加值增势较好, …农副食品加工等行业增长较快), each named with the
    measure the group's words give (汽车制造业增加值) or the run's own, or alone."""
    end = left - 1
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = _after_last(text, end, cues.CLAUSE_BREAKS)
    group = _COUNTED_GROUP.search(text, start, end) or _LIST_THEN_TREND.search(text, start, end)
    mostly = _MOSTLY.search(text, start, end) if group is None else None
    if mostly is not None:
        group = mostly
        start = text.find(_MOSTLY_LEAD, start, mostly.start()) + 1 or start
    if group is None and not (measure and measure not in NOUN_CHANGES):
        return None
    # (with a measure of the run's own, the clause before may be the bare list: 生态公墓新建
    # 项目(一期)、…、殡仪馆改扩建…项目,截至三季度投资额分别为3000万元、1900万元、3800万元)
    items = _cut(text[start : group.start() if group else end], start, _DUN)
    if len(items) != n:
        return None
    own = _GROUP_MEASURE.search(group.group("rest")) if group else None
    suffix = (own.group() if own else "") + measure
    last = _strip_span(items[-1][0])[0]
    named = []
    for item, a, b in items:
        name = _strip_span(item)[0]
        if not name:
            return None
        named.append((name + _shared_tail(name, last) + suffix, a, b))
    return named


#: The bound that closes an age or size class (60岁及以上): the class's own words.
BOUND_WORDS = re.compile(r"^(?:及以上|以上|及以下|以下)")


def _shared_tail(item: str, last: str) -> str:
    """What the last item of a list says after the character an earlier item ends on
    (Ⅱ类、Ⅲ类水质 → 水质 for Ⅱ类; 新建、改建学校 → 学校 for 新建), or after its first when
    the two stand one character against one (存、贷款余额 → 款余额 for 存); '' when nothing."""
    if item == last or not item:
        return ""
    at = last.find(item[-1])
    if at < 0:
        return _one_against_one(item, last)
    # (0-17岁、…、60岁及以上户籍人口: the last item's bound is its own, 户籍人口 is shared)
    tail = BOUND_WORDS.sub("", last[at + 1 :])
    return tail if at < len(last) - 1 else ""


def _one_against_one(item: str, last: str) -> str:
    """金融机构存、贷款余额: an item ending in a one-character word set against the last
    item's first character (存 | 贷 of 贷款) shares the rest (款余额); '' otherwise
    (教育、卫生支出: two words, nothing of 卫生 is 教育's)."""
    if len(last) <= 2 or not item or not _is_cjk(item[-1]) or not _is_cjk(last[0]) \
            or item[-1] == last[0] or _is_measure_name(item):  # (诉求解决率、群众满意率)
        return ""
    item_words, last_words = _words(item), _words(last)
    if len(item_words[-1][0]) != 1 or len(last_words[0][0]) != 2:
        return ""
    # (存 + 款余额 must read as the word 存款: not 猪 + 禽 of 猪、牛、羊、家禽)
    own = _words(item[-1] + last[1:])
    return last[1:] if own and own[0][0] == item[-1] + last[1] else ""


#: An item's mark opening a line or sentence, not the first of a run of ordinals (一、二、
#: 三次产业).
ITEM_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]"
                       r"|\d{1,2}[.、．](?!\d))(?![一二三四五六七八九十\d]+[、,，和])")


def _opens_line(text: str, at: int) -> bool:
    """Whether only spaces stand between `at` and the start of its line or sentence."""
    while at and text[at - 1] in " \t":
        at -= 1
    return not at or text[at - 1] in "\n。"


def _respectively(text: str, spans: Sequence[ValueSpan], i: int) -> list[NameSpan] | None:
    """The names of a run of values given in the order of the parts before them (see
    `_run_names`); a run of shares (…分别占23.4%和40.4%) names each part's share."""
    run = _run_names(text, spans, i)
    if run and SHARES_RUN.search(text, max(0, spans[i].start - 3), spans[i].start):
        run = [(name if name.endswith(SHARE_SUFFIXES) else name + "占比", a, b)
               for name, a, b in run]
    return run


#: Where a list of kinds of goods parts (…类、…类和…类).
_AFTER_KIND = re.compile(r"(?<=类)[、和及与]")
#: The kind word an item of a run may end its own words on (…项目, …行业, …工程).
_KIND_IN_ITEM = re.compile(r"项目|行业|产业|工程")


#: What a run of counted items did, after 分别 (分别完成投资127亿元、…).
_COUNTED_ITEMS_TAIL = re.compile(r"分别(?:为|是|达到|达)?(?P<measure>[\u4e00-\u9fff]{2,6}?)"
                                 r"(?:为|达到|达)?$")


def _counted_items(text: str, spans: Sequence[ValueSpan], i: int,
                   n: int) -> list[NameSpan] | None:
    """41个投产项目、104个续建项目、27个新开工项目分别完成投资127亿元、527.7亿元、35.6亿元:
    the n items of the run are the words after the n counts before it, each item's name
    the words and what the run says they did (投产项目完成投资); None when the run is not
    so preceded."""
    if i < n:
        return None
    tail = _COUNTED_ITEMS_TAIL.search(text, spans[i - 1].end, spans[i].start)
    if tail is None or not _is_measure_name(tail.group("measure")):
        return None
    names: list[NameSpan] = []
    for k in range(i - n, i):
        stop = spans[k + 1].start if k + 1 < i else tail.start()
        words = text[spans[k].end : stop]
        item = words.rstrip("、和及与 ") if k + 1 < i else words
        if not item or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", item) \
                or (k + 1 < i and words[len(item) :].strip() not in ("、", "和", "及", "与")):
            return None
        names.append((item + tail.group("measure"), spans[k].end, spans[k].end + len(item)))
    return names


#: Words that join the last two items of a list (…、医疗保健类和其他用品及服务类).
LAST_ITEM_JOINERS: tuple[str, ...] = ("和", "与", "及")


def _last_joiner(last: str, others: list[str]) -> int:
    """Where the joiner parting the last two items of a list stands in `last`: right after
    the character every other item ends on (医疗保健类和其他用品及服务类 after 食品烟酒类、…:
    the 和 after 类, not the 及 inside the last item), else the last joiner; -1 for none."""
    endings = {item[-1] for item in others if item}
    if len(endings) == 1:
        ending = endings.pop()
        for at in range(1, len(last) - 1):
            if last[at] in LAST_ITEM_JOINERS and last[at - 1] == ending:
                return at
    return max((last.rfind(j) for j in LAST_ITEM_JOINERS), default=-1)


def _rate_name(subject: str, rate: str) -> str:
    """The name of `subject`'s share of its plan (`rate`: 计划完成率 …); an investment made
    is named as analysts name its share, 普通国省道完成投资 → 普通国省道投资完成率."""
    if subject.endswith(DONE_INVESTMENT) and len(subject) > len(DONE_INVESTMENT) \
            and rate.endswith(COMPLETION_RATES["计划"]):
        return subject.removesuffix(DONE_INVESTMENT).removesuffix(CUMULATED) + INVESTMENT_RATE
    return subject + rate


def _run_names(text: str, spans: Sequence[ValueSpan], i: int) -> list[NameSpan] | None:
    """新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰: when value i starts a
    run after 分别(为), and the subject before it enumerates as many parts as the run has
    values, each part names its value in order; a part without a measure word of its
    own takes the last part's (新生儿 → 新生儿死亡率). None when that is not the case."""
    end = _run_end(text, spans, i)
    if end - i < 2:
        return None
    counted = _counted_items(text, spans, i, end - i)
    if counted:
        return counted
    left = _clause_start(text, spans[i].start, spans[i - 1].end if i else 0)
    if left > (spans[i - 1].end if i else 0) and text[left - 1] not in CLAUSE_BREAKS \
            and text[left - 1] not in "(（" and "分别" in text[left : spans[i].start]:
        # (the reach ran out inside the list the run is given in the order of)
        left = _clause_start(text, spans[i].start, spans[i - 1].end if i else 0,
                             _MAX_RUN_BEFORE)
    listed = ITEM_HEAD.match(text, left, spans[i].start)
    if listed and _opens_line(text, left):
        left = listed.end()  # 五、城乡居民收入同比增长3.6%、5.7%: the mark is no subject's
    window = text[left : spans[i].start]
    marker = RESPECTIVELY.search(window)
    measure_after = RESPECTIVELY_THEN_MEASURE.search(window) if marker is None else None
    if measure_after and _is_measure_name(measure_after.group("measure")):
        marker = measure_after
    if marker is None and (pull := RESPECTIVELY_PULL.search(window)):
        # 第一、二、三产业分别拉动GDP增长0.2、2.6、1.6个百分点: each part's pull
        marker = measure_after = pull
    pair = SCOPE_PAIR.search(window)
    # 猪、牛、羊、禽出栏量同比分别增长9%、23%…: the 分别 is inside the first value's words
    inside = RESPECTIVELY_INSIDE.match(spans[i].raw)
    # 金融机构存、贷款余额274.98亿元和294.42亿元: two values of one unit joined by 和 after a
    # subject of two parts are one each, as with 分别
    twin = marker is None and not inside and end - i == 2 and spans[i].unit \
        and spans[i].unit == spans[i + 1].unit \
        and text[spans[i].end : spans[i + 1].start] in ("和", "、", "及") \
        and window.count("、") == 1 and "和" not in window and "分别" not in window \
        and not any(word in window for word in cues.BASIS_OPENERS)
    # 城乡居民收入同比增长3.6%、5.7%: a subject naming its sides (城乡) followed by as many
    # values is one value a side, 分别 or not
    sides = next((len(each) for scope, each in PAIRED_SCOPES.items() if scope in window), 0)
    if sides and not all(spans[k].unit == spans[i].unit and bool(spans[k].change)
                         == bool(spans[i].change) and text[spans[k - 1].end : spans[k].start]
                         in ("、", "和", "与", "及") for k in range(i + 1, end)):
        sides = 0  # (外贸进出口总额3242.1亿元,增长9.4%: a level and its change, one subject)
    # 民营经济户数、从业人员、注册资金为2.5万户、9.9万人和256.8亿元: as many parts as values,
    # each value in a unit of its own and the last joined by 和, are one value a part, as
    # with 分别 (not a level and its change: 成交额748.7亿元、增长1.1倍)
    joiners = [text[spans[k - 1].end : spans[k].start] for k in range(i + 1, end)]
    mixed = len({spans[k].unit for k in range(i, end)}) == end - i \
        and not any(spans[k].change for k in range(i, end)) \
        and all(j in ("、", "和", "与", "及") for j in joiners)
    subject = window[: len(window) - len(_verb_tail(window))]
    one_a_part = marker is None and not inside and mixed and "分别" not in window \
        and joiners[-1] in ("和", "与", "及") \
        and len(_cut(subject, left, _ITEM_JOINS)) == end - i
    if marker is None and not inside and not twin and not one_a_part \
            and (pair is None or end - i != 2) and end - i != sides:
        return None
    # 城镇和农村常住居民人均可支配收入完成29092元、17191元: two scopes, two values
    cut = marker.start() if marker else len(window) if inside \
        else len(window) - len(_verb_tail(window))
    shares = SHARES_OF_PARTS.search(window[:cut])
    if shares and end - i == 2:
        # 税收收入占财政总收入和地方一般公共预算收入的比重分别达到89.6%、80.5%
        subject = _strip_span(shares.group("subject"))[0]
        at = left + shares.start()
        return [(f"{subject}占{whole}{shares.group('measure')}", at, left + shares.end())
                for whole in (shares.group("a"), shares.group("b"))]
    short = SHORT_TRADES.search(window[:cut])
    if short and len(short.group("items").split("、")) == end - i:
        # 限上批、零、住、餐四行业增速分别为…: the trades 批零住餐 stand for, one per value
        at = left + short.start()
        return [(short.group("scope") + TRADE_SHORTHANDS[c] + short.group("measure"), at,
                 left + short.end()) for c in short.group("items").split("、")]
    before = window[: marker.start()].strip() if marker is not None else None
    if before is not None:
        before = RUN_TIME_LEAD.sub("", before)  # (截至三季度投资额分别为…)
    if before is not None and (not before or before in NOUN_CHANGES
                               or before in BARE_MEASURES or before in RUN_MEASURES):
        # (增速分别为…: the run's measure, the items in the clause before)
        grouped = _grouped_items_before(text, left, end - i, before)
        if grouped:
            return grouped
    parts = _split_enumeration(window[:cut], left)
    unit = spans[i].unit
    ordinal = _ordinal_names(parts, unit)
    if ordinal and len(ordinal) == end - i:
        if marker is not None and marker is measure_after and marker.re is RESPECTIVELY_PULL:
            pulled = marker.group("measure")
            pulled += "" if pulled.endswith(GROWTH_WORD) else GROWTH_WORD
            return [(name + pulled, a, b) for name, a, b in ordinal]
        return ordinal
    if len(parts) == 1:
        name, n_start, n_end = _named(parts[0][0], unit)
        scope = next((k for k in PAIRED_SCOPES if k in name), None)
        if scope and len(PAIRED_SCOPES[scope]) == end - i:
            # 城乡居民…, 金融机构本外币存贷款余额分别为A、B: one name for each side
            at = parts[0][1]
            return [(name.replace(scope, each, 1), at + n_start, at + n_end)
                    for each in PAIRED_SCOPES[scope]]
    if len(parts) != end - i:
        # 猪、牛、羊、家禽出栏: one-character parts are items here, not halves of a word
        parts = _split_enumeration(window[:cut], left, join_single=False)
    if len(parts) != end - i:
        # 蔬菜及食用菌、瓜果产量分别增长…: 及 joins inside an item, 、 parts the items
        parts = _cut(window[:cut], left, _DUN)
        kinds = _cut(window[:cut], left, _AFTER_KIND)
        if len(kinds) == end - i and all(_strip_span(k)[0].endswith(KIND_WORD)
                                         for k, _, _ in kinds):
            # 粮油食品类、日用品类和服装、鞋帽、针纺织品类分别…: kinds of goods, each
            # closed by its 类, whatever joins the words inside one
            parts = kinds
        if len(parts) > end - i >= 2:
            # 饮料、烟酒、服装、鞋帽、针纺织品商品零售额分别增长25.6%、7.3%、6.9%: the items
            # past the last figure's own are one category with it
            merged = parts[end - i - 1 :]
            parts = [*parts[: end - i - 1], (text[merged[0][1] : merged[-1][2]],
                                             merged[0][1], merged[-1][2])]
        if len(parts) == end - i - 1:
            # 建筑及装潢材料、饮料、…、日用品和书报杂志类分别下降…: 、 parts the items, and
            # the last joiner parts the last two (a 及 inside an item stays)
            last, a, b = parts[-1]
            joiner = _last_joiner(last, [_strip_span(p)[0] for p, _, _ in parts[:-1]])
            if joiner > 0:
                parts = [*parts[:-1], (last[:joiner], a, a + joiner),
                         (last[joiner + 1 :], a + joiner + 1, b)]
        if len(parts) != end - i:
            return None
    if all(_PERIOD_ITEM.fullmatch(_strip_span(p)[0]) for p, _, _ in parts[:-1]):
        # 一季度、上半年、前三季度、全年全市GDP分别增长…: periods, one subject for them all
        own_period = _PERIOD_ITEM.match(_strip_span(parts[-1][0])[0])
        subject = _named(parts[-1][0][own_period.end() if own_period else 0 :], unit)[0]
        if subject:
            return [(subject, a, b) for _, a, b in parts]
    trades = [p for p, _, _ in parts[:-1]]
    shared = ""
    items_head = ""  # 猪、牛、羊、禽出栏量: what each one-character item's figure measures
    if any(_strip_span(p)[0].endswith(TRADE_SUFFIX) for p in trades):
        # 农、林、牧、渔业…总产值: the 业 of 渔业 is each one-character trade's too
        parts = [(p + TRADE_SUFFIX, a, b) if len(_strip_span(p)[0]) == 1 else (p, a, b)
                 for p, a, b in parts[:-1]] + parts[-1:]
    elif trades and all(len(_strip_span(p)[0]) == 1 for p in trades):
        # 轻、重工业占比, 农、林、牧、渔业总产值: the last item's first word less its own first
        # character (工业, 业) is each one-character item's too
        first = _words(_strip_span(parts[-1][0])[0])
        shared = first[0][0][1:] if first and len(first[0][0]) >= 2 else ""
        rest = "".join(w for w, _ in first[1:])
        if first and len(first[0][0]) == 1 and _is_measure_name(rest):
            items_head = rest
        if len(shared) >= 2 and _is_cjk(shared[0]):  # (家禽 → 禽: no shared word)
            parts = [(p + shared, a, b) for p, a, b in parts[:-1]] + parts[-1:]
    named = [(*_named(part, spans[i + k].unit if mixed else unit), p_start)
             for k, (part, p_start, _) in enumerate(parts)]
    if any(not name for name, *_ in named):
        return None
    last_words = _words(_strip_span(parts[-1][0])[0])  # as written, no unit suffix added
    head = (marker.group("measure") if marker is not None and marker is measure_after
            else items_head) \
        or next((w for w, _ in reversed(last_words) if _is_measure_name(w)), "")
    # 新农村建设、产业发展、…、节能环保项目完成投资: what the last item says from its kind
    # word on (项目完成投资) is each item's, when no other item names a kind
    last_item = _strip_span(parts[-1][0])[0]
    kind_at = _KIND_IN_ITEM.search(last_item, 2) if not items_head else None
    if kind_at and head and last_item.endswith(head) and not any(
            _KIND_IN_ITEM.search(_strip_span(p)[0], 2) for p, _, _ in parts[:-1]):
        head = last_item[kind_at.start() :]
    elif kind_at and head and last_item.endswith(head) \
            and len(last_item) - kind_at.end() >= len(head) and all(
                _strip_span(p)[0].endswith(kind_at.group()) for p, _, _ in parts[:-1]):
        # 重大节水工程、重点水源工程及其他工程中央投资计划完成率: what the last item says
        # after the kind word every item ends on is each one's (…工程中央投资计划完成率)
        head = last_item[kind_at.end() :]
    names = []
    last_scope = _strip_span(parts[-1][0])[0]
    shared_head = ""
    for (name, n_start, n_end, p_start), (part, _, _) in zip(named, parts, strict=True):
        last, scope = named[-1][0], _strip_span(part)[0]
        if scope in SCOPE_WORDS and last[: len(scope)] in SCOPE_WORDS \
                and len(last) > len(scope) and scope != last[: len(scope)]:
            # 城镇和农村居民人均可支配收入: 城镇 stands in 农村's place in the last part
            name = scope + last[len(scope) :]
        elif part != parts[-1][0] and (tail := _one_against_one(scope, last_scope)):
            name = _named(scope + tail, unit)[0] or name  # 金融机构存、贷款余额
            shared_head = shared_head or scope[:-1]  # (金融机构: the last item's too)
        elif head and not _is_measure_name(scope) and not mixed:  # (as written, no unit)
            name = _named(scope + head, unit)[0] or name
        elif not head and part != parts[-1][0] and _shared_tail(scope, last_scope):
            # IV类、V类、劣V类水质各占…: what the last item says after the character the
            # others end on (类) is theirs too (IV类水质); 新建、改建学校 → 新建学校
            name = _named(scope + _shared_tail(scope, last_scope), unit)[0] or name
        elif not head and len(scope) <= 2 + len(shared) and len(last_words) > 1 \
                and part != parts[-1][0]:
            # 猪、牛、羊、家禽出栏: a short item takes what the last one says after its noun
            tail = "".join(w for w, _ in last_words[1:])
            name = _named(scope + tail, unit)[0] or name
        if part == parts[-1][0] and shared_head and not name.startswith(shared_head):
            name = shared_head + name
        names.append((name, p_start + n_start, p_start + n_end))
    return names


#: One-character shorthands of the trades a statistics report writes 批零住餐.
TRADE_SHORTHANDS: dict[str, str] = {"批": "批发业", "零": "零售业", "住": "住宿业",
                                    "餐": "餐饮业"}
SHORT_TRADES = re.compile(r"(?P<scope>限上|限额以上)?(?P<items>[批零住餐](?:、[批零住餐]){1,3})"
                          r"(?:[两三四]个?)?行业(?P<measure>[\u4e00-\u9fff]{0,6})$")
#: The ending of a trade's name (农业, 渔业) that a list writes once (农、林、牧、渔业).
TRADE_SUFFIX = "业"
#: One thing's shares of two wholes: 税收收入占财政总收入和地方一般公共预算收入的比重.
SHARES_OF_PARTS = re.compile(r"(?P<subject>[^,，。;；、]{2,20}?)占(?P<a>[^,，。;；、和]{2,20})"
                             r"(?:和|与|及|、)(?P<b>[^,，。;；、和]{2,20}?)的?(?P<measure>比重|比例)$")
#: A run of shares right after a run of values (…分别为A、B,占全省比重30.4%、39.7%).
SHARE_RUN_AGAIN = re.compile(
    r"^[,，]?(?:分别)?占(?P<of>[^,，。;；、\d]{1,12}?)(?:分别)?(?:为|达到|达)?$")
#: The longest part of a count of people named by its kind alone (其中:小学813人,
#: 高级完全中学176人) that takes the people's noun of the total before it.
MAX_PEOPLE_PART = 6
#: …unless it names people itself (其中,园长240人; 保育员768人).
PEOPLE_ENDINGS: tuple[str, ...] = ("长", "员", "师", "工", "生", "者", "士", "人")
#: Units livestock is counted in, one count whichever the kind (牲畜存栏88.4万头,其中奶牛
#: 10.7万头,羊44.3万只: the sheep are part of the stock).
HEAD_OF_STOCK_UNITS = frozenset({"头", "只", "匹", "口", "羽"})
#: Where a list of the parts of a total starts (农林牧渔业总产值…。其中，农业29.24亿元).
PARTS_MARKER = "其中"
#: 完成目标任务的157% after 失业人员再就业12089人: the share of its target the subject of the
#: value before reached.
COMPLETED_SHARE = re.compile(
    r"(?:(?:完成|占|实现|达到)[^,，。;；]{0,20}?|" + cues.PLAN_SHARE_LEAD + "|"
    r"(?:目标|任务|计划|预算|指标)(?:任务)?的[\d.]+%[、,，和及]"
    r"[^,，。;；]{0,20}?)(?P<per>年度|全年|年)?(?P<aim>总量|增速)?"
    r"(?P<what>目标|任务|计划|(?<!支出)(?<!收入)(?<!经费)(?<!采购)预算|(?<!绩效)指标|预期)"
    # (预算调整数41616万元的, 全年目标任务1200人的, 全年目标任务6.9万人的)
    r"(?:调整)?(?:任务|数|(?P<amount>[\d.]+[万亿]?(?:元|人次|人|户|个|家|项|件|亩|公里|吨)))*"
    r"的?$")
#: A name made of plan words only (年计划金额, 目标值): the amount of a plan, no measure.
PLAN_AMOUNT = re.compile(r"(?:年初|调整后?|年度?|全年)?(?:计划|目标|预算)(?:值|任务)?"
                         r"(?:金额|数|人数|人次|户数|个数|面积|里程)?")  # (目标任务人数)
#: What a change after a share of the plan may be named by mistake (…完成任务的117.46%,
#: 同比增长28.7% → 任务): the plan, not a measure.
PLAN_WORDS = frozenset({"任务", "目标任务", "年度任务", "目标", "预期", "收入预期"})
#: What was completed → the rate's name after the subject, as analysts write it (完成年初预算
#: 的97.5% → 预算完成率, 完成目标任务的157% → 目标完成率, 完成年度任务的100.8% → 年度任务完成率).
COMPLETION_RATES: dict[str, str] = {"目标": "目标完成率", "任务": "任务完成率",
                                    "计划": "计划完成率", "预算": "预算完成率",
                                    "指标": "指标完成率",  # 实现年度指标的63.77%
                                    "预期": "预期完成率"}  # 完成收入预期的98.3%
_RATES_OF_PLANS = tuple(COMPLETION_RATES.values())
#: Plans whose rate keeps the period the plan is of (年计划完成率, 年度任务完成率).
RATES_WITH_PERIOD = frozenset({"任务", "计划", "指标"})
#: An investment made (…完成投资) and the name of its share of the plan (…投资完成率).
DONE_INVESTMENT, INVESTMENT_RATE = "完成投资", "投资完成率"
#: Measure words that name nothing when they stand alone (增加值37.90亿元 after 农林牧渔业
#: 总产值…): the subject of the value before them is theirs.
BARE_MEASURES = frozenset({"增加值", "产值", "产量", "面积", "播种面积", "总量", "销售额", "零售额",
                           "营业收入", "利润", "税收", "出栏", "存栏", "支出", "收入", "投资",
                           "完成投资", "营收", "营业额", "总产值", "总产量",
                           # 累计储备项目508个,总投资539亿元: the things counted before
                           "总投资", "年度投资", "总面积"})


def _broken_down_count(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                       i: int, at: int, stops: str) -> int | None:
    """The index of the count (one name) before value i that the bracket opened last before
    `at` breaks down: the bracket follows the count with nothing between, and none of
    `stops` stands between the bracket and `at` (…106项(新建43项,…); None otherwise."""
    opening = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    if opening < 0 or any(ch in text[opening:at] for ch in stops):
        return None
    total = next((j for j in range(i - 1, -1, -1) if spans[j].end <= opening), None)
    if total is None or text[spans[total].end : opening].strip() or len(names[total]) != 1:
        return None
    return total


def _total_before_bracket(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                          i: int) -> int | None:
    """The index of the count whose breakdown in brackets closes right before value i
    (…106项(新建43项,续建63项),总投资…); None when value i follows no such bracket."""
    between = text[spans[i - 1].end : spans[i].start]
    close = max(between.find(")"), between.find("）"))
    if close < 0 or between[:close].strip():
        return None
    return _broken_down_count(text, spans, names, i, spans[i - 1].start, ")）")


#: A share's name that opens on what it is the share of (消费品制造业占比, 第一产业占地区生产
#: 总值比重): the owner a bare measure after it in the sentence is of.
SHARE_OF_OWNER = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,}?)(?:占比|占[\u4e00-\u9fff]{1,12}比重)")


def _owner_of_share(name: str) -> str | None:
    """What a share's name says it is the share of (消费品制造业占比 → 消费品制造业), when
    that is a noun's (not 主要是其他支出…占比, 完工…占比); None otherwise."""
    share_of = SHARE_OF_OWNER.fullmatch(name)
    if share_of is None:
        return None
    words = pos_words(share_of.group("owner"))
    if not words or not (words[-1][1].startswith("n") or words[-1][1] == "l") \
            or words[0][1] in ("v", "d"):
        return None
    return share_of.group("owner")


#: Words for the size of a thing (规模, 总量): after its change, the level of what changed.
SIZE_WORDS = frozenset({"规模", "总量", "总规模"})
#: Endings of a change's name (…收入增速): the measure is what is left.
GROWTH_ENDINGS: tuple[str, ...] = ("增速", "增幅", "增长率", "增长", "降幅")
#: Between a task and what was done of it, nothing but the doing: …任务38283座,完成38649座.
DONE_ALONE = re.compile(r"\s*[,，、]\s*(?:已|共|累计|实际|全年|预计){0,2}"
                        r"(?:完成|实现|建成|改造|达到)了?\s*")
#: …or after the noun the task's count counts (91个行政村污水治理任务,已完成50个).
DONE_AFTER_NOUN = re.compile(r"[^,，。;；\d]{1,20}?" + DONE_ALONE.pattern)
#: A clause that gives its figure with a verb and nothing else (,完成233.7亿元).
VERB_ONLY_CLAUSE = re.compile(r"\s*(?:共|累计|全年|预计)?(?:完成|实现|达到|达)\s*")
#: …or, after the period it is of, with a word of summing alone (全年累计36.21万人).
SUM_ONLY = re.compile(r"\s*(?:共计|累计|合计|共)\s*")
#: Words of a task, left out when what was done of it is named (…考核指标, …任务).
TASK_WORDS: tuple[str, ...] = ("考核指标", "目标任务", "任务", "目标", "计划", "指标")
#: Words ending like a place that name things (1905个山洪危险区, 工业园区).
NOT_PLACE_ENDINGS: tuple[str, ...] = ("险区", "园区", "景区", "社区", "城区", "片区", "保护区",
                                      "功能区", "试验区", "示范区", "集聚区")
#: A name that is a place only (南宁市, 全州): a place's share of a total named before.
PLACE_ONLY = re.compile(r"(?:全|各)?[\u4e00-\u9fff]{0,6}(?:省|市|县|区|州|盟|旗|镇|乡|村|街道)"
                        # a village in its town (小黑河镇西二道村, 昭君路街道办事处新胜村;
                        # not 美丽乡村示范村)
                        r"|[\u4e00-\u9fff]{1,6}?(?:镇|乡(?!村)|街道(?:办事处)?)"
                        r"[\u4e00-\u9fff]{1,5}(?:村|社区)")


#: A measure said once before a run of items each given with its figure (各县区完成比例从高
#: 到低依次为:城厢区20.5%、秀屿区20.4%; 完成年度投资计划比例…依次为:社会事业类项目25.2%、…):
#: the measure, what it is listed over (各县区) and the order words left out.
LISTED_MEASURE = re.compile(
    r"(?:各(?:县|市|区|镇|乡|地区|行业|单位|部门|州)+)?(?P<measure>[\u4e00-\u9fff]{2,16}?)"
    r"(?:从高到低|从低到高|由高到低|由低到高)?(?:依次|分别)(?:为|是)[:：]\s*$")
#: Endings of a measure such a run may have: a rate or share, never an amount, which its
#: items might name themselves (主要指标分别为:生产总值增长8%…).
LISTED_MEASURE_ENDINGS: tuple[str, ...] = ("率", "比例", "比重", "增速", "增幅", "占比", "进度")
#: An item of the run: a short label, no figure, no measure or change word of its own.
LISTED_ITEM = re.compile(r"[、,，]?\s*(?P<label>[\u4e00-\u9fff()（）]{2,12})\s*$")
LISTED_ITEM_NOT: tuple[str, ...] = (*LISTED_MEASURE_ENDINGS, "增长", "下降", "提高", "降低")
#: A scope opening the sentence (在建重点项目中,…): the run is of those.
LISTED_SCOPE = re.compile(r"(?P<scope>[\u4e00-\u9fff]{2,12})中[,，]\s*$")


def _listed_items(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """In place: each figure of a run of items after the measure they share (各县区完成比例
    依次为:城厢区20.5%、秀屿区20.4%) is named by that measure, not by its item, a place or a
    kind of project (the item says whose figure it is, as a table's row would)."""
    for i, span in enumerate(spans):
        floor = max(_after_last(text, span.start, SENTENCE_BREAKS), spans[i - 1].end if i else 0)
        label = LISTED_ITEM.search(text, floor, span.start)
        if label is None or any(w in label.group("label") for w in LISTED_ITEM_NOT):
            continue
        j = i
        while j > 0 and LISTED_ITEM.fullmatch(text, spans[j - 1].end, spans[j].start):
            j -= 1  # back over the items before it, to the run's first
        head_end = LISTED_ITEM.search(text, max(0, spans[j].start - 16), spans[j].start)
        if head_end is None:
            continue
        s_open = _after_last(text, head_end.start(), SENTENCE_BREAKS)
        listed = LISTED_MEASURE.search(text, s_open, head_end.start() + (
            1 if text[head_end.start()] in "、,，" else 0))
        if listed is None or not listed.group("measure").endswith(LISTED_MEASURE_ENDINGS):
            continue
        measure = listed.group("measure")
        clause = _after_last(text, listed.start(), CLAUSE_BREAKS)
        scope = LISTED_SCOPE.search(text, s_open, clause)
        if scope:
            measure = scope.group("scope") + measure
        if not any(name.endswith(listed.group("measure")) for name, _, _ in names[i]):
            # (unless already named by it, maybe in full: 农村改厕任务完成率)
            names[i] = [(measure, listed.start("measure"), listed.end("measure"))]


#: A rate's own name of a doing (筛查率, 改厕率): the doing's count before it names whose.
RATE_CHAR = "率"
SHORT_RATE = 4
#: The doing between a task's count and the count done (14个…项目已开工8个).
_TASK_DOING = re.compile(r"(?:已|共|累计)?(?:完成|开工|竣工|建成|完工|实施)$")
#: A subject's investment done, the measure a later rate in its sentence is not of.
_INVESTMENT_DONE = ("完成投资", "累计完成投资")


def _rate_subject(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                  i: int) -> str:
    """The subject a bare rate (开工率57%) is of, from the two figures before it in its
    sentence: a task's count then the count done (14个市级重点项目已开工8个 → 市级重点项目),
    or a subject's investment done then its share of the plan (主导产业项目完成投资77.39亿元,
    完成年度计划的74.1% → 主导产业项目); '' when neither."""
    if i < 2 or len(names[i - 2]) != 1 or len(names[i - 1]) != 1 \
            or not _one_sentence(text, spans[i - 2].end, spans[i].start, cues.FULL_STOPS):
        return ""
    first, second = spans[i - 2], spans[i - 1]
    bare = _bare(names[i - 2][0][0], first.unit)
    between = text[first.end : second.start]
    if first.unit == second.unit and first.unit not in NON_COUNT_UNITS and len(bare) >= 2 \
            and between.startswith(bare) and _TASK_DOING.search(between):
        return bare
    done = next((d for d in _INVESTMENT_DONE if bare.endswith(d)), None)
    if done and second.unit == "%" and first.unit.split("/")[0] in MONEY_UNITS \
            and len(bare) - len(done) >= 2:
        return bare[: -len(done)]
    return ""


def _less(name: str, endings: tuple[str, ...]) -> str:
    """`name` with each of `endings` taken off its end in turn, where it ends so."""
    for ending in endings:
        name = name.removesuffix(ending)
    return name


def _without_ending(name: str, endings: tuple[str, ...]) -> str:
    """`name` without the first of `endings` it ends in, when two characters stay before
    it (非煤矿山类 → 非煤矿山, 石油和天然气开采业增加值 → 石油和天然气开采业)."""
    ending = next((e for e in endings if name.endswith(e) and len(name) > len(e) + 1), "")
    return name[: len(name) - len(ending)]


def _total_before(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                  i: int) -> str | None:
    """The name of the nearest value before `i`, in its sentence or the one before, with
    the same unit and a name that is no place: the total a place's figure is part of."""
    breaks = 0
    for j in range(i - 1, -1, -1):
        breaks += sum(text[spans[j].end : spans[j + 1].start].count(ch) for ch in "。\n")
        if breaks > 1:
            return None
        if spans[j].unit == spans[i].unit and len(names[j]) == 1 \
                and not PLACE_ONLY.fullmatch(_bare(names[j][0][0], spans[j].unit)):
            return names[j][0][0]
    return None


#: Flags of the words before a subject that say how or where it was done (已提高我市…).
LEAD_FLAGS = frozenset({"d", "ad", "v", "vd", "r", "p", "ns"})


def _subject_before_parts(text: str, spans: Sequence[ValueSpan], i: int) -> str:
    """The name of a subject said without a value in the clause before 其中, when value i
    stands in the list after it (已提高我市城乡特困人员供养最低标准,其中,鼎湖区提高到
    17340元/人年 → 城乡特困人员供养最低标准); '' when there is none."""
    floor = _after_last(text, spans[i].start, SENTENCE_BREAKS)
    marker = text.rfind(PARTS_MARKER, floor, spans[i].start)
    if marker < 0 or any(floor <= s.start < marker for s in spans[:i]):
        return ""  # (a subject with a value of its own is the total, _total_before's)
    clause_end = marker
    while clause_end > floor and text[clause_end - 1] in CLAUSE_BREAKS:
        clause_end -= 1
    clause_start = max(text.rfind(ch, floor, clause_end) for ch in CLAUSE_BREAKS) + 1
    words = list(pos_words(text[max(clause_start, floor) : clause_end]))
    while words and (words[0][1] in LEAD_FLAGS or (words[0][0].startswith(WHOLE_SCOPES)
                                                   and PLACE_ONLY.fullmatch(words[0][0]))):
        words.pop(0)  # 已提高我市…: how and where, not what
    name = _named("".join(w for w, _ in words), spans[i].unit)[0] if words else ""
    return "" if not name or _place_only(name, spans[i].unit) else name


#: A sentence breaking a total down (分地区看, 分县区看, 从行业看,): its figures are parts of
#: the total stated before the first such sentence.
BREAKDOWN_OPENER = re.compile(r"(?:分|从|按)[\u4e00-\u9fff、()（）]{1,8}看\s*[,，:：]")


def _place_only(name: str, unit: str) -> bool:
    bare = _bare(name, unit)
    return bool(PLACE_ONLY.fullmatch(bare)) and not bare.endswith(NOT_PLACE_ENDINGS)


def name_place_parts(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                     totals: dict[tuple[str, bool], str]) -> None:
    """Across paragraphs, in place: in one breaking a total down (分地区看,开发区同比增长
    3.4%,昌图县…), a figure named by its place only takes the name of the total `totals`
    holds for its unit and for a change or a level: the nearest such figure named before
    in a paragraph that breaks nothing down (…全市规模以上工业增加值同比下降5.3%, with 分
    门类看, 分行业看 between). Elsewhere, the paragraph's figures are remembered."""
    breakdown = bool(BREAKDOWN_OPENER.match(text.lstrip()))
    for k, (span, found) in enumerate(zip(spans, names, strict=True)):
        if len(found) != 1:
            continue
        key = (span.unit, bool(span.change))
        if not _place_only(found[0][0], span.unit):
            if not breakdown:
                totals[key] = found[0][0]
        elif breakdown and key in totals:
            names[k] = [(totals[key], found[0][1], found[0][2])]


#: Rates that name nothing alone (完成率200%): of the subject counted before them, less
#: the doing the rate measures (实体零工驿站建设完成2个 → 实体零工驿站建设完成率).
BARE_RATES = frozenset({"完成率", "任务完成率", "开工率", "竣工率", "进度", "完成进度"})
RATE_DOINGS: tuple[str, ...] = ("完成", "开工", "竣工", "建成", "实施")
RATE_MEASURE_SUFFIXES: tuple[str, ...] = ("面积", "里程", "金额", "规模")
#: The measure a doing is often written before (完成投资): its rate says the doing once.
DONE_MEASURE = "投资"
#: What the events counted before it caused (发生生产安全事故350起、死亡298人): named after
#: the events (生产安全事故死亡人数), when the value before counts them in 起 or 宗.
#: Longest first: 事故直接经济损失 is 事故's outcome, not 事故直接's (a set's order would
#: vary from one process to the next).
EVENT_OUTCOMES: tuple[str, ...] = ("直接经济损失", "直接财产损失", "死亡人数", "受伤人数",
                                   "失踪人数", "遇难人数", "经济损失")
EVENT_COUNT_SUFFIX = UNIT_SUFFIXES["起"]
SENTENCE_BREAKS = cues.SENTENCE_BREAKS
#: A share of something (占59.07%, 占三公经费的31.14%) is named after the value before it.
SHARE_WORD = "占"
#: The whole a share is of, when it names nothing but the whole (占总任务的7.7% → …占比).
WHOLE_WORDS: tuple[str, ...] = ("总任务", "全部任务", "任务总数", "总数", "总量", "总额",
                                    "总预算", "预算总额")  # 占支出总预算的95.57%
#: …but a goal set for a total (完成全年总量目标的107%) is a goal like any other.
GOAL_OF_TOTAL = re.compile(r"总量(?=目标|任务|计划)")
SHARE_SUFFIXES: tuple[str, ...] = ("比重", "比例", "占比")
#: The unit a share changes by.
POINTS_UNIT = "百分点"


#: The frame a list of spending items is given in (“三公”经费支出决算中, …): the account
#: their shares are of, less its year, its account words and what kind of figure it is.
#: Only a sum of money is such a whole (男性人口 in 常住人口中 is named 男性人口占比).
_FRAME_ACCOUNTS: tuple[str, ...] = ("经费", "支出", "收入", "资金")
_FRAME = re.compile(r"(?:^|[,，;；:：])\s*(?:在)?(?P<whole>[^,，;；:：。()（）]{2,40}?)中[,，:：]")
_FRAME_YEAR = re.compile(r"^(?:.*?(?:19|20)\d{2}年度?)?")  # (…中心2023年度…)
_FRAME_NOISE = re.compile(r"^(?:一般公共预算)?(?:财政拨款)?(?:安排的?)?")
_FRAME_KIND = re.compile(r"(?:财政拨款)?(?:支出)?(?:决算|预算)?(?:数)?$")


def _frame_whole(text: str, subject_at: int) -> str:
    """The whole named by the frame (…Y中,) that opens the sentence the parts are listed
    in, before the part's subject at `subject_at`; '' when there is none."""
    start = _after_last(text, subject_at, cues.FULL_STOPS)
    frames = list(_FRAME.finditer(text[start:subject_at]))
    if not frames:
        return ""
    whole = _FRAME_YEAR.sub("", frames[-1].group("whole").strip())
    core = _FRAME_KIND.sub("", _FRAME_NOISE.sub("", whole))  # (一般公共预算支出 stays)
    whole = core if len(core) >= 2 else whole
    return whole if whole.endswith(_FRAME_ACCOUNTS) else ""


def _is_share_name(name: str) -> bool:
    return SHARE_WORD in name and name.endswith(SHARE_SUFFIXES)


def _names_share(name: str) -> bool:
    """A share's name, whole (…占三公经费比重) or not yet refined (占本年支出合计)."""
    return _is_share_name(name) or name.startswith(SHARE_WORD)


#: Measures of one thing's effect on another, named with both (第一产业对经济增长的贡献率).
RELATIONAL_MEASURES: tuple[str, ...] = ("贡献率", "拉动率")
#: Units a share is written in; 占 before an amount in any other unit names that amount.
SHARE_UNITS = frozenset({"%", "‰", ""})


#: The mark of a sum before its measure (粮食总产量, 农作物总播种面积).
TOTAL_MARK = "总"


def _measure_of(name: str) -> str:
    """The measure word ending a name, without a leading 总 (总产值 → 产值); '' if none."""
    ending = max((e for e in MEASURE_ENDINGS if name.endswith(e)), key=len, default="")
    if not ending and name.endswith(POPULATION_NOUN):
        return POPULATION_NOUN
    return ending.removeprefix("总") if len(ending) > 1 else ending


def _bare(name: str, unit: str) -> str:
    """The name without the suffix its unit added (因公出国费金额 → 因公出国费)."""
    base = unit.split("/")[0]
    counted = base and base not in NON_COUNT_UNITS and base not in MEASUREMENT_UNITS
    suffix = UNIT_SUFFIXES.get(base, COUNT_SUFFIX if counted else "")
    if (suffix == UNIT_SUFFIXES["人"] and name.removesuffix(COUNT_SUFFIX).endswith(PEOPLE_NOUNS)) \
            or (suffix == UNIT_SUFFIXES["户"]
                and name.removesuffix(COUNT_SUFFIX).endswith(HOUSEHOLD_NOUNS)):
        suffix = COUNT_SUFFIX  # 男性人口数 → 男性人口, 个体工商户数 → 个体工商户
    if suffix == COUNT_SUFFIX and name.endswith(COUNT_WORD):
        suffix = COUNT_WORD  # 基础设施建设项目数量 → 基础设施建设项目
    return name.removesuffix(suffix) if suffix and name != suffix else name


def _joined(subject: str, measure: str) -> str:
    """subject + measure, the words they share written once (城镇人口 + 人口数 → 城镇人口数)."""
    for k in range(len(measure), 0, -1):
        if subject.endswith(measure[:k]):
            return subject + measure[k:]
    return subject + measure


def _one_sentence(text: str, start: int, end: int, breaks: str = SENTENCE_BREAKS) -> bool:
    """Whether text[start:end] (between two values) crosses no sentence break."""
    return not any(ch in breaks for ch in text[start:end])


def _events_before(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                   i: int) -> str:
    """The events counted earlier in value i's sentence (…发生生产安全事故2起,…;事故造成1人
    死亡,…;造成经济损失0.06万: the loss is the accidents'), '' when none is."""
    for j in range(i - 1, -1, -1):
        if not _one_sentence(text, spans[j].end, spans[i].start, cues.FULL_STOPS):
            break
        if len(names[j]) == 1 and names[j][0][0].endswith(EVENT_COUNT_SUFFIX):
            return _events_of(names[j][0][0])
    return ""


#: A sentence that opens on an outcome with no subject of its own (…受伤0人。造成直接经济
#:损失327.1万元): the events of the sentence before caused it.
_SUBJECTLESS_OUTCOME = re.compile(
    rf"\s*(?:共|累计)?(?:造成|导致)?(?:{'|'.join(EVENT_OUTCOMES)})\s*(?:为|达)?\s*")


def _outcome_goes_on(text: str, previous_end: int, start: int) -> bool:
    """Whether the value at `start` opens, after one full stop since the value before it
    (ending at `previous_end`), a sentence that names only its outcome (。直接经济损失…)."""
    opening = _after_last(text, start, cues.FULL_STOPS)
    return "\n" not in text[previous_end:start] and _after_last(
        text, opening - 1, cues.FULL_STOPS) <= previous_end \
        and _SUBJECTLESS_OUTCOME.fullmatch(text, opening, start) is not None


def _events_of(name: str) -> str:
    """The events a name counts or an outcome of theirs (道路交通事故起数, 道路交通事故
    死亡人数 → 道路交通事故); '' when it is neither."""
    for ending in (EVENT_COUNT_SUFFIX, *EVENT_OUTCOMES):  # the longest outcome first
        if name.endswith(ending):  # (直接经济损失 is an outcome, of no events)
            return name[: -len(ending)]
    return ""


#: What a clause says its subject did (产业快速发展, 持续壮大): no part of the subject.
TREND_VERBS = frozenset({"发展", "增长", "提升", "提高", "壮大", "向好", "推进", "回升"})
#: How a kind of goods or a trade fared, said with no figure after its name (汽车类商品稳定
#: 增长; 通讯器材类增势良好; 石油及制品类商品有所回落): not part of the subject.
HOW_IT_WENT = re.compile(r"(?:稳定|快速|持续|平稳|有所|大幅|明显|较快|稳步|保持|加快)"
                         r"(?:增长|回落|下降|走俏|回升|提升|上涨)$"
                         r"|(?:增势|势头|态势)(?:良好|强劲|较好|向好)$")
#: A kind (…类) and the goods of that kind (汽车类商品): the kind alone names them.
KIND_WORD, GOODS_WORD = "类", "商品"


def _subject_of_clause_before(text: str, spans: Sequence[ValueSpan], i: int,
                              at: int) -> str:
    """The thing the clause before the one at `at` is about, when that clause is in the
    same sentence and holds no value (发展养生滋补预制菜产业,产值… → 养生滋补预制菜产业);
    '' otherwise."""
    found = _valueless_clause_before(text, spans, i, at)
    if found is None:
        return ""
    own_start = _after_last(text, at, CLAUSE_BREAKS)
    if any(flag in SUBJECT_FLAGS for _, flag in pos_words(text[own_start:at])):
        return ""  # 园区1-8月税收达226.97万元: the measure's own clause names whose it is
    words = list(pos_words(_strip_span(found[1])[0]))
    while len(words) > 1 and (words[0][1] in ADVERB_FLAGS or words[0][0] in FRONT_DOINGS
                              or words[0][0] in SUBJECT_LEAD_VERBS):
        words.pop(0)
    if len(words) > 3 and words[-1][0] in TREND_VERBS and words[-2][1] in ("d", "vd", "ad"):
        words = words[:-2]  # 再生资源循环利用产业快速发展,产值…: the subject, not how it went
    elif (went := HOW_IT_WENT.search("".join(w for w, _ in words))) is not None:
        # (汽车类商品稳定增长,实现零售额…; 通讯器材类增势良好,…: how the kind fared)
        words = list(pos_words("".join(w for w, _ in words)[: went.start()]))
        if words and words[-1][0] == GOODS_WORD and len(words) > 2 \
                and words[-2][0] == KIND_WORD:
            words.pop()  # (汽车类商品 → 汽车类: the kind is the goods')
    if words and words[-1][0] == KIND_WORD and len(words) > 1:
        words[-1] = (KIND_WORD, "n")
    if not words or words[-1][1] not in SUBJECT_FLAGS or len(words) < 2 \
            or any(w == "、" or w[0].isdigit() for w, _ in words):
        return ""  # (引进一批头部企业、高能级平台和行业组织者,确保完成税收9亿元: a list
        # of things done is no subject of the tax; nor is a time, 1—5月份,累计完成税收…)
    return "".join(w for w, _ in words)


#: A bracketed part of a count (其中外事接待0批次) between two figures of one subject, and
#: how far back such brackets are looked for.
_PART_IN_BRACKETS = re.compile(r"[(（]其中[^()（）]*[)）]")
#: Words of summing that may open the second count (团组2个,累计6人次), and the groups a
#: count of trips is made in (团组): the second count is of the people, not the groups.
SUM_WORDS = frozenset({"累计", "共", "共计", "合计"})
#: A bare word for the money of a count said just before (…补贴46727人次,金额373.738万元).
AMOUNT_ALONE = frozenset({"金额", "资金", "总金额", "涉及金额", "发放金额"})
#: Units that count the things a doing is done to (扶持企业78户, 签约项目11个).
OBJECT_COUNT_UNITS = frozenset({"户", "个", "家", "项", "宗", "件", "所", "座"})
GROUP_WORD = "团组"
CLAUSE_REACH = 60


def _counted_again(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                   i: int) -> str | None:
    """The name of value i when it opens its clause with no words of its own right after a
    count of something in another unit (国内公务接待共312批次(其中外事接待0批次),4228人次 →
    国内公务接待人次); None otherwise."""
    parts = [(m.start(), m.end()) for m in _PART_IN_BRACKETS.finditer(
        text, max(0, spans[i].start - CLAUSE_REACH), spans[i].start)]
    j = next((k for k in range(i - 1, -1, -1)
              if not any(a <= spans[k].start < b for a, b in parts)), -1)
    between = _PART_IN_BRACKETS.sub("", text[spans[j].end : spans[i].start]).strip() \
        if j >= 0 else ""
    # (发放…补贴46727人次,金额373.738万元: the money of the doing just counted)
    amount = between.lstrip(",，、") in AMOUNT_ALONE \
        and spans[i].unit.split("/")[0] in MONEY_UNITS
    if j < 0 or len(names[j]) != 1 or not spans[j].unit or spans[j].unit == spans[i].unit \
            or (spans[i].unit in NON_COUNT_UNITS and not amount) \
            or spans[j].unit in NON_COUNT_UNITS:
        return None
    if between.lstrip(",，、") in SUM_WORDS or amount:  # 团组2个,累计6人次
        between = between[:1] if between[:1] in ",，、" else ""
    if between not in ("", ",", "，", "、"):
        return None
    subject = _bare(names[j][0][0], spans[j].unit)
    if subject == names[j][0][0]:
        return None
    # 因公出国(境)团组2个,累计6人次: the people on the trips, not the groups, are counted
    subject = subject.removesuffix(GROUP_WORD) if len(subject) > len(GROUP_WORD) + 1 else subject
    words = list(pos_words(subject))
    if amount and spans[j].unit in OBJECT_COUNT_UNITS and len(words) >= 2 \
            and words[-1][1].startswith("n") and any(f.startswith("v") for _, f in words[:-1]):
        # 扶持企业78户,金额1200万元: the money is the doing's (扶持金额), not the firms'
        subject = "".join(w for w, _ in words[:-1])
    return _named(subject, spans[i].unit)[0] or None


def _refine(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """Two names only the values around them explain (in place):
    - a share named 占… takes the subject of the value before it (基本支出21968万元，占59.07%
      → 基本支出占比; 占三公经费的31.14% → 因公出国费占三公经费比重);
    - after 其中, a part named by its own words only (农业 + 元 → 农业金额) measures what the
      total before 其中 measures (农林牧渔业总产值 → 农业产值);
    - 完成目标任务的157% after 失业人员再就业12089人 is 失业人员再就业目标完成率;
    - 死亡298人 after 生产安全事故350起 is 生产安全事故死亡人数 (EVENT_OUTCOMES);
    a later value named as a refined one was (its change, 增长4.9%) follows it."""
    renamed: dict[str, str] = {}
    ran: set[int] = set()  # values named with the first of their 分别 run
    for i, found in enumerate(names):
        if i in ran:
            continue
        trend = SUBSET_TREND.match(text, spans[i].end) if not found and i > 0 else None
        whole_at = next((j for j in range(i - 1, -1, -1) if spans[j].unit == spans[i].unit
                         and names[j] and not SUBSET_TREND.match(text, spans[j].end)), None) \
            if trend else None
        if trend and whole_at is not None and _one_sentence(text, spans[whole_at].end,
                                                            spans[i].start, cues.FULL_STOPS):
            # 统计监测的23种工业产品,12种增长,11种下降: how many of them grew, fell
            kind = _bare(names[whole_at][0][0], spans[whole_at].unit)
            names[i] = found = [(f"{trend.group('verb')}的{kind}{_unit_suffix(spans[i].unit)}",
                                 spans[i].end, trend.end("verb"))]
            continue
        whole = _counted_again(text, spans, names, i) \
            if not found or (len(found) == 1 and found[0][0] in AMOUNT_ALONE) else None
        if whole:
            # 国内公务接待共312批次(其中外事接待0批次),4228人次: the same doing, counted in
            # another unit
            names[i] = found = [(whole, spans[i].start, spans[i].start)]
            continue
        if not found and i > 0 and len(names[i - 1]) == 1 and spans[i - 1].unit == spans[i].unit \
                and (DONE_ALONE.fullmatch(text, spans[i - 1].end, spans[i].start)
                     or DONE_AFTER_NOUN.fullmatch(text, spans[i - 1].end, spans[i].start)):
            # 高标准农田建设考核指标23.1万亩,完成28.69万亩: what was done of the task (全市有91
            # 个行政村污水治理任务,已完成50个: the noun after the task's count too)
            subject = _less(_bare(names[i - 1][0][0], spans[i - 1].unit),
                            (*RATE_MEASURE_SUFFIXES, *TASK_WORDS))
            if len(subject) >= 2:
                names[i] = found = [(_named(subject, spans[i].unit)[0] or subject,
                                     spans[i].start, spans[i].start)]
                if i + 1 < len(spans) and spans[i + 1].unit == "%" and not names[i + 1] \
                        and BRACKET_OPEN.fullmatch(text, spans[i].end, spans[i + 1].start) \
                        and names[i - 1][0][0].endswith((*TASK_WORDS, "任务数")):
                    # 已完成50个(55%): the share of the task done
                    task = _bare(names[i - 1][0][0], spans[i - 1].unit)
                    names[i + 1] = [(task + "完成率", spans[i + 1].start, spans[i + 1].start)]
        if len(found) == 1 and found[0][2] <= spans[i].start \
                and _place_only(found[0][0], spans[i].unit):
            total = _total_before(text, spans, names, i) \
                or _subject_before_parts(text, spans, i)
            if total:  # 全区…任务4894户。其中,南宁市274户,柳州市369户…
                names[i] = [(total, found[0][1], found[0][2])]
                continue
        if not found and (verb := VERB_ONLY_CLAUSE.fullmatch(
                text, _after_last(text, spans[i].start, CLAUSE_BREAKS), spans[i].start)):
            # 地区生产总值继续全市领跑,完成233.7亿元: the clause before says whose the
            # figure its own clause gives with a verb alone
            clause_before = _valueless_clause_before(text, spans, i, verb.start())
            lead = []
            for word, flag in pos_words(clause_before[1].strip()) if clause_before else ():
                if not flag.startswith("n"):
                    break
                lead.append(word)  # (地区生产总值 | 继续全市领跑: the nouns it opens on)
            subject = "".join(lead)
            if _is_measure_name(subject):
                names[i] = found = [(subject, verb.start(), verb.start())]
                continue
        if len(found) == 1 and found[0][0] in BARE_MEASURES:
            subject = _subject_of_clause_before(text, spans, i, found[0][1])
            if subject:  # 发展预制菜产业,产值突破100亿元: the clause before names whose
                # (开展农村人居环境整治,完成投资25亿元: the works' investment)
                measure = found[0][0].removeprefix("完成") if found[0][0] in KEPT_TERMS \
                    else found[0][0]
                # (工业总产值:实现产值198.9亿元: the subject is the measure already)
                names[i] = [(_joined(subject, measure), found[0][1], found[0][2])]
                continue
        share = COMPLETED_SHARE.search(text[max(0, spans[i].start - 30) : spans[i].start]) \
            if i > 0 and names[i - 1] and len(found) <= 1 else None
        if share and not share.group().endswith("的") and spans[i].unit != "%":
            share = None  # 占年计划100.36% is a share; 完成年度计划5亿元 is an amount
        if share and any(word in GOAL_OF_TOTAL.sub("", share.group()) for word in WHOLE_WORDS):
            share = None  # 欠进度的有17个,占总任务的7.7%: a part of the whole, no completion
        if share:
            # 占年度投资计划1059.8亿元的120.2%: the share is of the value before the plan's
            owner = i - 2 if share.group("amount") and i >= 2 and names[i - 2] else i - 1
            what = share.group("what")
            # (完成全年总量目标的107%: the goal of the total, as the text tells it from the
            # goal of the growth)
            rate = ((share.group("per") or "") if what in RATES_WITH_PERIOD else "") \
                + (share.group("aim") or "") + COMPLETION_RATES[what]
            run = _run_end(text, spans, i) - i
            if any(w in text[max(0, spans[i].start - 30) : spans[i].start]
                   for w in ("分别", "各占")) and run >= 2 \
                    and i >= run and all(names[i - run + k] for k in range(run)):
                # 完成育苗1105亩,义务植树212万株,分别占年计划的110%和106% (各占…): each
                # share is of the figure at its place in the run before
                for k in range(run):
                    subject = _bare(names[i - run + k][0][0], spans[i - run + k].unit)
                    names[i + k] = [(_rate_name(subject, rate), spans[i + k].start,
                                     spans[i + k].start)]
                ran.update(range(i + 1, i + run))
                continue
            base = _bare(names[owner][0][0], spans[owner].unit)
            base = base.removeprefix("完成") if base in KEPT_TERMS else base  # 投资计划完成率
            for known in COMPLETION_RATES.values():  # a second share of the same subject
                base = base.removesuffix(known)
            at = found[0][1:] if found else (spans[i].start - len(share.group()), spans[i].start)
            names[i] = [(_rate_name(base, rate), *at)]
            if share.group("amount") and owner == i - 2 and PLAN_AMOUNT.fullmatch(
                    names[i - 1][0][0] if names[i - 1] else ""):
                # 完成年计划710亿元的89.4%: the planned amount is the subject's target
                names[i - 1] = [(names[owner][0][0], *names[i - 1][0][1:])]
            after = i + 1
            if after < len(spans) and spans[after].change and (
                    not names[after] or PLAN_AMOUNT.fullmatch(names[after][0][0])
                    or names[after][0][0] in PLAN_WORDS) \
                    and _one_sentence(text, spans[i].end, spans[after].start):
                # …的89.4%(…),增长2.0%: the change is the subject's, not the share's
                names[after] = [(names[owner][0][0], spans[after].start, spans[after].start)]
            continue
        if len(found) != 1 or i == 0 or not names[i - 1]:
            continue
        name, n_start, n_end = found[0]
        previous = names[i - 1][0][0]
        if name in KIND_ONLY_NAMES:
            # 三公经费预算数为832.05万元,决算支出数为820.33万元: which figure of the subject
            # (the last figure of the sentence before it in the same unit)
            rate_of_change = spans[i].unit == "%" and bool(spans[i].change)  # (增长19.09%)
            j = next((j for j in range(i - 1, -1, -1)
                      if not _one_sentence(text, spans[j].end, spans[i].start, cues.FULL_STOPS)
                      or (names[j] and (spans[j].unit != "%" if rate_of_change
                                        else spans[j].unit == spans[i].unit))), None)
            if j is not None and _one_sentence(text, spans[j].end, spans[i].start,
                                               cues.FULL_STOPS) \
                    and names[j][0][0] not in KIND_ONLY_NAMES:
                names[i] = [(names[j][0][0], n_start, n_end)]
                continue
        events = _events_of(previous) or (_events_before(text, spans, names, i)
                                          if name in EVENT_OUTCOMES else "")
        if name in EVENT_OUTCOMES and events and (_one_sentence(
                text, spans[i - 1].end, spans[i].start, cues.FULL_STOPS)
                or _outcome_goes_on(text, spans[i - 1].end, spans[i].start)):
            # (事故17起,同比下降19%;死亡20人: a semicolon does not part events and outcomes)
            # (生产经营性死亡事故4起…死亡4人: the deaths of 生产经营性事故; 伤亡事故: of 事故)
            outcome = (TOLL_WORD.sub("", events) if name in TOLLS else events) + name
            names[i] = [(outcome, n_start, n_end)]
            renamed[name] = outcome
            continue
        if name in renamed and not name.startswith(SHARE_WORD) \
                and not (name in BARE_MEASURES and len(names[i - 1]) == 1):
            names[i] = [(renamed[name], n_start, n_end)]
            continue
        if name.endswith(RATE_CHAR) and 2 <= len(name) <= SHORT_RATE \
                and spans[i - 1].unit != "%" \
                and (doing := _bare(previous, spans[i - 1].unit)).endswith(name[:-1]) \
                and len(doing) > len(name) \
                and _one_sentence(text, spans[i - 1].end, spans[i].start, cues.FULL_STOPS):
            # 免费新生儿“两病”筛查40559例,筛查率99.17%: the rate of that doing
            names[i] = [(doing + RATE_CHAR, n_start, n_end)]
            continue
        if name in BARE_RATES and (subject := _rate_subject(text, spans, names, i)):
            # 14个市级重点项目已开工8个,开工率57%: the rate of the things the task counts;
            # 主导产业项目完成投资77.39亿元,完成年度计划的74.1%,开工率84.9%: of the subject
            # whose investment the sentence opened on
            names[i] = [(subject + name, n_start, n_end)]
            continue
        if name in BARE_RATES and len(names[i - 1]) == 1 and spans[i - 1].unit != "%" \
                and not (i >= 2 and _one_sentence(text, spans[i - 2].end, spans[i - 1].start,
                                                   "。；;:：\n")
                         and not DONE_ALONE.fullmatch(text, spans[i - 2].end, spans[i - 1].start)
                         # (完成投资24.2亿元,完成率65.3%,完成中央资金7.3亿元、完成率73.5%:
                         # pairs of a figure and its rate, no list)
                         and spans[i - 2].unit != "%"):
            # (not after a list: 卫星电话875部,…,排水泵1194台,完成率100% is the list's rate)
            # 实体零工驿站建设完成2个,完成率200%: a rate alone is of what was just counted
            # 高标准农田建设面积 → …建设; 实体零工驿站建设完成 → …建设
            subject = _less(_bare(previous, spans[i - 1].unit).removeprefix("已"),
                            (*RATE_MEASURE_SUFFIXES, *RATE_DOINGS))
            doing = next((d for d in RATE_DOINGS if name.startswith(d)), "")
            if doing and subject.startswith(doing):  # 开工项目…开工率: 项目开工率
                subject = subject[len(doing):]
            elif doing and subject.endswith(doing + DONE_MEASURE):
                # 完成投资1.87亿元,完成率8.3%: 投资完成率, the doing said once (not 新开工
                # 项目…开工率: a kind of project)
                subject = subject[: -len(doing + DONE_MEASURE)].removesuffix(
                    CUMULATED) + DONE_MEASURE  # (累计完成投资…,完成率: no 累计投资完成率)
            if len(subject) >= 2:
                names[i] = [(subject + name, n_start, n_end)]
            continue
        volume = name.removesuffix(VOLUME_SUFFIX)
        if volume != name and volume in BARE_MEASURES and len(names[i - 1]) == 1 \
                and _one_sentence(text, spans[i - 1].end, spans[i].start, cues.FULL_STOPS):
            # 生猪存栏80.49万头,出栏90.18万头: the subject of the volume before it
            before = previous.removesuffix(VOLUME_SUFFIX)
            own = max((m for m in BARE_MEASURES if before.endswith(m)), key=len, default="")
            if own and len(before) > len(own):
                names[i] = [(before[: -len(own)] + name, n_start, n_end)]
                continue
        if name in SIZE_WORDS and len(names[i - 1]) == 1 and spans[i - 1].change \
                and _one_sentence(text, spans[i - 1].end, spans[i].start, cues.FULL_STOPS) \
                and len(subject := _without_ending(previous, GROWTH_ENDINGS)) >= 2:
            # 地方一般公共预算收入增速达30.9%,…,规模达到2727.1亿元: the size of what grew
            names[i] = [(subject, n_start, n_end)]
            continue
        share_owner = _owner_of_share(previous) \
            if name in BARE_MEASURES and len(names[i - 1]) == 1 else None
        if share_owner and _one_sentence(text, spans[i - 1].end, spans[i].start,
                                         cues.FULL_STOPS):
            # 消费品制造业占比0.7%,增加值同比增长0.4%: the measure of whose share it was
            names[i] = [(_joined(share_owner, name), n_start, n_end)]
            continue
        if name in BARE_MEASURES and len(names[i - 1]) == 1 \
                and _one_sentence(text, spans[i - 1].end, spans[i].start, cues.FULL_STOPS) \
                and (broken_down := _total_before_bracket(text, spans, names, i)) is not None:
            # 重点工业项目106项(新建43项,续建63项),总投资2757.05亿元: of the total the
            # bracket breaks down, not of its last part
            things = _bare(names[broken_down][0][0], spans[broken_down].unit)
            if things != names[broken_down][0][0]:
                names[i] = [(things + name, n_start, n_end)]
                continue
        if name in BARE_MEASURES and len(names[i - 1]) == 1 \
                and _one_sentence(text, spans[i - 1].end, spans[i].start, cues.FULL_STOPS) \
                and not previous.endswith(SHARE_ENDINGS):
            # 果用瓜1107公顷，产量28408吨: a measure alone is of the subject before it (not of
            # a share: 增长面将近九成;累计实现产值225.46亿元)
            if name in SPENDING_SUFFIXES and previous.endswith("费"):
                names[i] = [(previous, n_start, n_end)]  # 三公经费…,支出决算为38.62万元
                continue
            counted = _bare(previous, spans[i - 1].unit)  # 办理征占用林地起数 → …林地
            # (商贸行业实现销售额…,实现零售额…: the subject less its whole measure word)
            measure = name if previous.endswith(name) else max(
                (m for m in (*BARE_MEASURES, _measure_of(previous)) if previous.endswith(m)),
                key=len)
            subject = counted if counted != previous \
                else previous[: len(previous) - len(measure)].removesuffix("总")
            if subject and not PLAN_AMOUNT.fullmatch(subject + "值") \
                    and not subject.endswith(TASK_WORDS):
                # (年度计划投资…,累计完成投资, 年度投资目标…,完成投资: a plan is no subject
                # of what was done)
                names[i] = [(subject + name, n_start, n_end)]
                renamed[name] = subject + name
            continue
        if name.startswith(SHARE_WORD) and spans[i].change and _is_share_name(previous) \
                and spans[i].unit == POINTS_UNIT:
            names[i] = [(previous, n_start, n_end)]  # …比重为55%,较2022年提高1.4个百分点
            continue
        if name.startswith(SHARE_WORD) and spans[i].unit not in SHARE_UNITS:
            names[i] = [(name[len(SHARE_WORD):], n_start, n_end)]  # 占计划1059.8亿元: the plan
            continue
        if name.startswith(SHARE_WORD) and spans[i].change \
                and (_is_share_name(previous) or previous.endswith(_RATES_OF_PLANS)) \
                and spans[i].unit != POINTS_UNIT and i >= 2 and names[i - 2]:
            # …846.44亿元,占全市比重为7.0%,按可比价格计算,同比增长5.4%: the level grew (a
            # share changes by 百分点; so after 完成8600万元,占任务的107.5%)
            names[i] = [(names[i - 2][0][0], n_start, n_end)]
            continue
        if name.startswith(SHARE_WORD) and len(names[i - 1]) == 1:
            listed = _part_of_share_run(text, spans, i)
            if listed is None or len(names[listed]) != 1:
                listed = i - 1
            whole = _bare(names[listed][0][0], spans[listed].unit)
            rest = name[len(SHARE_WORD):].removesuffix("的")
            # 占比99.66%: a share, of nothing named; 占总任务的7.7%: of the whole
            rest = "" if rest == "比" or rest in WHOLE_WORDS else rest
            if not rest and whole:  # “三公”经费支出决算中,因公出国(境)费0万元,占0%
                rest = _frame_whole(text, spans[i - 1].start)
            share_name = "占比" if not rest else f"占{rest}" + (
                "" if rest.endswith(SHARE_SUFFIXES) else "比重")
            if (not rest and whole.endswith(SHARE_SUFFIXES)) or whole.endswith(share_name):
                # (…占区级收入比重稳步提升,上半年度占比达到14%: that share; …分别占当年预算
                # 资金比重为74%、14%: the share named once)
                share_name = ""
            names[i] = [(whole + share_name, n_start, n_end)]
            continue
        sentence_start = _after_last(text, spans[i].start, cues.FULL_STOPS)
        marker = text.find(PARTS_MARKER, sentence_start, spans[i].start)
        # (水稻种植21.42万亩(含早稻400亩、中稻…): the parts of the figure the open bracket
        # follows, not of the total before the sentence's 其中)
        marker = max(marker, _open_breakdown(text, sentence_start, spans[i].start))
        if marker < 0:
            continue
        # a part counts what its total counts, in the same unit (not 151场 after 25人次)
        total_at = [j for j, found_ in enumerate(names[:i])
                    if found_ and spans[j].end <= marker
                    and (spans[j].unit == spans[i].unit
                         or {spans[j].unit, spans[i].unit} <= HEAD_OF_STOCK_UNITS)
                    and not spans[j].change and not found_[0][0].endswith(FIGURE_KINDS)]
        totals = [names[j][0][0] for j in total_at]
        # (…增收8300万元。其中: the level, not its change nor its plan)
        if name in totals:
            continue  # …完成交易金额101132.92万元,…增价87.67万元。其中:…完成交易金额553万元
            # names its measure as a total did, whatever total came last
        measure = _measure_of(totals[-1]) if totals else ""
        own = _bare(name, spans[i].unit)
        counted_as = UNIT_SUFFIXES.get(spans[i].unit.split("/")[0], "")
        if measure and len(counted_as) > len(measure) and totals[-1].endswith(counted_as) \
                and BAND_END.search(own):
            # 实有人数59人(其中:50岁以上18人: a band, no noun, counts its 人数, not its 数
            # (but 编制338名,其中行政编制200名: 行政编制数)
            measure = counted_as
        generic = _measure_of(own)
        if measure and generic and measure.endswith(generic) and len(measure) > len(generic) \
                and len(own) > len(generic) and generic not in text[marker : spans[i].start]:
            # 粮食作物播种面积…其中,小麦66.19万亩: 小麦 + the total's 播种面积, not the 面积
            # its unit alone gives it (but 其中公务接待费18.5万元 is 公务接待费 as written)
            part = own[: -len(generic)] + measure
            names[i] = [(part, n_start, n_end)]
            renamed[name] = part
            continue
        # a part in 吨 or 亩 (no suffix) of a total that sums kinds (粮食总产量151.47万吨。
        # 其中,玉米102.70万吨: 玉米产量; not 原煤产量…其中,县属企业完成1094.2万吨, an owner)
        summed = spans[i].unit.split("/")[0] in MEASUREMENT_UNITS and measure \
            and totals[-1].endswith(TOTAL_MARK + measure)
        if measure and (own != name or summed) and not _is_measure_name(own):
            part = _joined(own, measure)
            if measure == POPULATION_NOUN and own.endswith(HOUSEHOLD_WORD):
                # 总人口3718户11440人,其中建档立卡贫困户615户2096人: 建档立卡贫困人口, the
                # people of those households (not …贫困户人口)
                part = own.removesuffix(HOUSEHOLD_WORD) + POPULATION_NOUN
            if counted_as and measure in (counted_as, COUNT_SUFFIX) \
                    and totals[-1].endswith(counted_as) and not own.endswith(POST_NOUNS):
                # 低保对象人数 …其中,城市低保对象395人: counted as its unit counts, as the
                # total is (城市低保对象人数; 纳入低保户数; but 特困人员数, whose noun says
                # they are people, and 行政编制数 after 编制338名: posts, not people)
                part = normalize_name(own, spans[i].unit) or part
                # (生产安全事故12起,其中道路运输5起: 道路运输事故起数, as analysts write)
                kind = GENERAL_EVENT_KIND.sub("", totals[-1].removesuffix(counted_as))
                sector = _without_ending(own, KIND_TAILS)
                if counted_as == EVENT_COUNT_SUFFIX and kind.endswith(BARE_EVENTS) \
                        and not own.endswith(BARE_EVENTS) and len(sector) <= SECTOR_MAX \
                        and all(flag not in VERB_FLAGS_ONLY for _, flag in pos_words(sector)):
                    # 较大事故33起…其中煤矿3起: the part's events are of the total's kind
                    # (not 调处矛盾纠纷3508宗: a doing, no part of the cases)
                    part = sector + kind + counted_as
            elif spans[i].unit in PEOPLE_UNITS and measure == COUNT_SUFFIX \
                    and _sole_total(text, spans, total_at, i) \
                    and _bare(totals[-1], spans[i].unit).endswith(PEOPLE_NOUNS) \
                    and not own.endswith((*PEOPLE_NOUNS, *PEOPLE_ENDINGS)) \
                    and len(own) <= MAX_PEOPLE_PART:
                # 专任教师1567人,其中:小学813人: the primary schools' 专任教师 (小学专任教师数;
                # not carried to a later 小学6982人, which another total's 其中 may own)
                names[i] = [(own + totals[-1], n_start, n_end)]
                continue
            names[i] = [(part, n_start, n_end)]
            renamed[name] = part


def _sole_total(text: str, spans: Sequence[ValueSpan], total_at: list[int], i: int) -> bool:
    """Whether the last of `total_at` is plainly the total part i breaks down: no smaller
    than it, and the only figure of its unit in its sentence when that is not i's (人员编制
    51人,…退休人员28人。其中卫生技术45人: of which figure, the sentence does not say)."""
    if not total_at or (spans[i].number or 0) > (spans[total_at[-1]].number or 0):
        return False
    total = spans[total_at[-1]]
    start = _after_last(text, total.start, cues.FULL_STOPS)
    if start == _after_last(text, spans[i].start, cues.FULL_STOPS):
        return True
    return sum(1 for j in total_at if spans[j].start >= start) == 1


def _open_breakdown(text: str, start: int, end: int) -> int:
    """Where the last breakdown bracket ((含…, (其中…) opened in text[start:end] and still
    open at `end` starts; -1 when there is none."""
    opened = [m.start() for m in BREAKDOWN_OPENERS_RE.finditer(text, start, end)
              if not any(ch in ")）" for ch in text[m.end() : end])]
    return opened[-1] if opened else -1


def _said_again(text: str, spans: Sequence[ValueSpan], i: int, gap: re.Pattern[str]) -> bool:
    """Whether value i is the figure before it said again (in its unit, as much a change
    as it) with only `gap`'s words between them."""
    return i > 0 and spans[i].unit == spans[i - 1].unit \
        and bool(spans[i].change) == bool(spans[i - 1].change) \
        and gap.fullmatch(text[spans[i - 1].end : spans[i].start].strip()) is not None


#: A measure's own name in brackets right before its figure, after the words that describe
#: it (占全市常住人口的比重(常住人口城镇化率)为40.97%): the name analysts use.
_BRACKET_ALIAS = re.compile(r"[(（](?P<alias>[\u4e00-\u9fff]{2,12}(?:率|比重|指数|系数|密度))"
                            r"[)）](?:为|达到|达|是)?\s*$")
ALIAS_REACH = 24


#: Whom and how often an amount is paid, right before it (每人每月717元, 每户每年).
PER_BEFORE_FIGURE = re.compile(r"(?:每(?:人|户|月|年|季度|天|日)){1,2}(?=\d)")


def name_values(text: str, spans: Sequence[ValueSpan]) -> list[list[NameSpan]]:
    """For each value in `spans` (found by the grammar in `text`), the indicator names it
    measures with their (start, end) in `text`; an empty list when nothing names it."""
    # (…标准分别提高到每人每月717元: whom and how often a figure is paid is no part of
    # its name; blanked, the same length)
    text = PER_BEFORE_FIGURE.sub(lambda m: " " * len(m.group()), text)
    names: list[list[NameSpan]] = []
    after_of: dict[int, tuple[int, int]] = {}  # value index → the noun after it it counts
    given: dict[int, NameSpan] = {}  # value index → its name from a 分别 enumeration
    cut_before: dict[int, int] = {}  # value index → where the words after it stop being its
    money_after: set[int] = set()  # values named by the money noun after them
    last_run: list[NameSpan] = []
    for i, span in enumerate(spans):
        if span.qualifies is not None and 0 <= span.qualifies < i and names[span.qualifies] \
                and i not in given \
                and not _before_names(text, span.start, spans[i - 1].end, span.unit):
            # 事故27起、死亡30人，同比下降72.7%、66.7%: the change of a count before it,
            # unless it names its own subject (…达92.9亿元,第一产业增长9.1%); a change noun
            # names the rate (…总额56.4亿元,增速-4.7% → …总额增速)
            inherited = list(names[span.qualifies])
            noun = next((w for w in NOUN_CHANGES if span.raw.startswith(w)), None)
            if noun and len(inherited) == 1 and not inherited[0][0].endswith(noun):
                inherited = [(inherited[0][0] + noun, *inherited[0][1:])]
            names.append(inherited)
            continue
        if i not in given:
            run = _respectively(text, spans, i)
            if run is None and last_run and i > 0 \
                    and RESPECTIVELY_AGAIN.match(text[spans[i - 1].end : span.start]) \
                    and _run_end(text, spans, i) - i == len(last_run):
                run = last_run
            pull = PULL_AGAIN.match(text[spans[i - 1].end : span.start]) \
                if run is None and last_run and i > 0 else None
            if pull and _run_end(text, spans, i) - i == len(last_run):
                # …贡献率分别为22.2%、27.9%、49.9%,分别拉动GDP增长1.93个、2.43个、4.34个
                # 百分点: each part's pull, in the same order (第一产业拉动GDP增长)
                grew = "增长" if span.raw.startswith("增长") else ""
                run = [((_part_of_pull(name) or SHARE_OF_GROWTH.sub("", name))
                        + pull.group("verb") + pull.group("obj") + grew, n_start, n_end)
                       for name, n_start, n_end in last_run]
            towards = CONTRIBUTION_AGAIN.match(text[spans[i - 1].end : span.start]) \
                if run is None and last_run and i > 0 else None
            if towards and _run_end(text, spans, i) - i == len(last_run):
                # …分别拉动GDP增长2.74、1.96、5.1个百分点,对GDP的贡献率分别为28%、20%、
                # 52%: each part's share of the growth, in the same order
                parts = [_part_of_pull(name) for name, _, _ in last_run]
                if all(parts):
                    run = [(part + towards.group("share"), n_start, n_end)
                           for part, (_, n_start, n_end) in zip(parts, last_run, strict=True)]
            share_of = SHARE_RUN_AGAIN.match(text[spans[i - 1].end : span.start]) \
                if run is None and last_run and i > 0 else None
            if share_of and _run_end(text, spans, i) - i == len(last_run):
                # 存贷款余额分别为A、B,占全省比重30.4%、39.7%: each share is of its run value
                of = share_of.group("of").removesuffix("的")
                share = f"占{of}" + ("" if of.endswith(SHARE_SUFFIXES) else "比重")
                run = [(_bare(name, spans[i - len(last_run) + k].unit) + share, n_start, n_end)
                       for k, (name, n_start, n_end) in enumerate(last_run)]
            if run:
                given.update(zip(range(i, i + len(run)), run, strict=True))
                last_run = run
        if i in given:
            names.append([given[i]])
            continue
        prev_end = spans[i - 1].end if i > 0 else 0
        if i > 0 and after_of.get(i - 1) == (prev_end, span.start) \
                and span.unit not in cues.RATE_UNITS and (
                    span.qualitative is None or spans[i - 1].comparator != "="):
            # 出动514支队伍2.8万人次: the words between are what the previous value counts;
            # this one is named from the clause before both (but in 10个水源地水质100%达标
            # and 3条河流水质全部优良 the rate or the words are of the things counted; not
            # of 死亡2人以上事故, a threshold: the words are about the clause before it)
            prev_end = spans[i - 2].end if i > 1 else 0
            floor_to = spans[i - 1].start
        else:
            floor_to = span.start
            if i - 1 in cut_before:
                prev_end = cut_before[i - 1]  # the words the count before took are its own
        next_start = spans[i + 1].start if i + 1 < len(spans) else len(text)
        found: list[NameSpan] = []
        unit = span.unit
        base_unit = unit.split("/")[0]
        if span.start > 0 and text[span.start - 1] == "每":
            after = _after_phrase(text, span.end, next_start)
            if after is not None:  # 每15天一次点评通报: an interval
                phrase, a_start, a_end = after
                phrase = _ONCE.sub("", phrase)
                found = [(phrase + INTERVAL_SUFFIX, a_start, a_end)] if phrase else []
        alias = _BRACKET_ALIAS.search(text, max(prev_end, span.start - ALIAS_REACH),
                                      span.start) if not found else None
        if alias:  # 占全市常住人口的比重(常住人口城镇化率)为40.97%: the bracket names it
            found = [(alias.group("alias"), alias.start("alias"), alias.end("alias"))]
        goal = GOAL_AFTER.match(text, span.end) if not found else None
        if goal:  # 围绕年度52亿元投资目标: the goal the figure sizes, with its period word
            period_word = next((w for w in GOAL_PERIOD_WORDS
                                if text.endswith(w, 0, span.start)), "")
            found = [(period_word + goal.group("goal"), span.end, goal.end())]
        if not found and base_unit in SPLIT_UNITS and text.endswith(SPLIT_VERBS, 0, span.start):
            verb = next(v for v in SPLIT_VERBS if text.endswith(v, 0, span.start))
            # 带队分7组: the groups themselves are counted
            found = [(SPLIT_UNITS[base_unit], span.start - len(verb), span.start)]
        if not found and span.number is not None and base_unit \
                and base_unit not in NON_COUNT_UNITS:
            after = _after_phrase(text, span.end, next_start)
            after_words = _words(after[0]) if after is not None else ()
            if after is not None and base_unit in PEOPLE_UNITS and len(after_words) >= 2 \
                    and after_words[0][1] == "v" and after_words[1][1].startswith("n") \
                    and _before_names(text, floor_to, prev_end, unit):
                # 为优抚对象8493人发放抚恤金: the people are before the count; what follows
                # is done for them
                after = None
            event = _event_after(text, span.end, next_start) if base_unit == "起" else None
            if event is not None and (after is None or not after[0].endswith(event[0])):
                after = event  # 发生1起三轮车侧翻较大事故: the event counted ends the clause
            next_unit = spans[i + 1].unit.split("/")[0] if i + 1 < len(spans) else ""
            if after is not None and after[2] == next_start and i + 1 < len(spans) \
                    and spans[i + 1].qualitative is None and next_unit not in cues.RATE_UNITS \
                    and (next_unit not in MONEY_UNITS or PAYOUT_TO.search(after[0])) \
                    and not _is_cjk(text[spans[i + 1].end : spans[i + 1].end + 1] or ","):
                # (money after: only a payout, 为831户特困人员|发放供养金858.27万元; not when
                # the next count names its own things after it: 22个行政审批部门749项事项)
                after = _counted_before_doing(after)
                if after[2] != next_start:
                    cut_before[i] = after[2]
            elif after is not None and after[2] == next_start and i + 1 < len(spans) \
                    and next_unit in MONEY_UNITS and i + 1 not in given \
                    and (split := _money_measure_after_count(after[0])):
                # 75家县级以上农业龙头企业|年销售收入18.4亿元, 110项市重点项目|总投资625.96
                # 亿元: the count counts the things, the money is their measure's
                phrase, a_start, a_end = after
                counted, measure = split
                given[i + 1] = (normalize_name(phrase, spans[i + 1].unit), a_start, a_end)
                after = (counted, a_start, a_end - len(measure))
                cut_before[i] = after[2]
            elif after is not None and after[2] == next_start and i + 1 < len(spans):
                joiner = max(after[0].rfind(j) for j in ("和", "及", "与"))
                if joiner >= 2:  # 42个库内违建点位|和上川地块金桥路沿线18个违建点位
                    after = (after[0][:joiner], after[1], after[1] + joiner)
            if after is not None:
                phrase, a_start, a_end = after
                verb = _verb_before(text, span.start)
                name = normalize_name(verb + phrase, unit)
                describing = DESCRIBING_DOING.match(text, a_end)
                served = SERVED_DOING.match(text, a_end) \
                    if text.endswith(SERVED_BEFORE, 0, span.start) else None
                if name and served and not verb:
                    # 为4219名残疾人进行职业技能培训: 残疾人职业技能培训人数
                    name = normalize_name(phrase + served.group("what"), unit) or name
                elif name and describing and not verb:
                    # 共0个项目实行绩效目标管理: the things counted are those that do it
                    name = f"{describing.group()}的{name}"
                elif name and not verb and base_unit not in MEASUREMENT_UNITS \
                        and not _done_before(text, span.start) \
                        and (did := _counted_that_did(phrase, text, a_end)) \
                        and (things := normalize_name(did[1], unit)).startswith(did[1]):
                    # 54家加油站全部建成智能视频监控系统, 12个重点工程建成投用: those that did it
                    name = did[0] + things
                elif name and not verb and (stated := _items_in_state(phrase, text, a_start)):
                    # 9个事项超序时进度, 24个事项已提前完成全年任务: those items in that state
                    name = normalize_name(stated, unit) or name
                if name:
                    found = [(name, a_start, a_end)]
                    after_of[i] = (span.end, a_end)
        if not found and base_unit in MONEY_UNITS and not span.change \
                and (MONEY_VERB_BEFORE.search(text, max(0, span.start - 10), span.start)
                     or (i - 1 in money_after and text[cut_before[i - 1] : span.start] == "、")):
            # 完成13.6亿元纳统额; 已完成2.5255亿元专债资金、2000万元长期国债资金支付: a verb,
            # the money, then what money it is (each item of such a list likewise)
            money = _money_named_after(text, span.end, next_start)
            if money is not None:
                found = [money]
                money_after.add(i)
                cut_before[i] = money[2]
        if not found and base_unit in PEOPLE_UNITS:
            verb = _people_verb(text, span.end)
            if verb and (watched := normalize_name(verb, unit)):
                found = [(watched, span.end, span.end + len(verb))]  # 吸引50余万人次观看
        if not found and span.start > 0 and text[span.start - 1] in "(（" \
                and text[span.end : span.end + 1] in ")）" \
                and not TARGET_OF_BEFORE.search(text[max(0, span.start - 12) : span.start]):
            # 危桥改造方面(12座): a figure alone in brackets is the size of what stands
            # before them
            found = _before_names(text, span.start - 1, prev_end, unit)
        if not found and floor_to != span.start and base_unit in MONEY_UNITS:
            between = text[spans[i - 1].end : span.start]
            if MONEY_WORDS_END.search(between):  # 为120家市场主体融资1.35亿元: the money
                name = normalize_name(between, unit)
                found = [(name, spans[i - 1].end, span.start)] if name else []
        if not found:
            found = _before_names(text, floor_to, prev_end, unit)
            measure = _bare(found[0][0], unit) if len(found) == 1 else ""
            if measure in MEASURE_OF_FOLLOWING:
                found = _thing_after(text, span.end, measure, found[0][1]) or found
            elif len(found) == 1 and found[0][0].removesuffix(_unit_suffix(unit)) \
                    in BUILDING_VERBS and (built := BUILT_THING_AFTER.match(text, span.end)):
                # 建成1个1200亩的杂交水稻制种基地: the figures describe the thing built
                found = [(normalize_name(built.group("thing"), unit) or built.group("thing"),
                          built.start("thing"), built.end("thing"))]
            elif measure in SHARE_MEASURES and (trade := TRADE_AFTER.match(text, span.end)):
                # 占比63.3%的电力供应业同比增长6.5%: the share of the trade after its 的
                found = [(trade.group("thing") + measure, found[0][1], trade.end("thing"))]
            if not found and base_unit not in NON_COUNT_UNITS \
                    and (titled := TITLE_BEFORE.search(text, prev_end, span.start)):
                # 签订《2022年党风廉政建设责任状》38份: the document counted, by its title
                title = LEADING_YEAR.sub("", titled.group("title"))
                name = normalize_name(title + (titled.group("verb") or ""), unit)
                found = [(name, titled.start("title"), titled.end("title"))] if name else []
            if not found and base_unit == "%":
                found = _share_of_following(text, span.end)
            elif found and base_unit in ("%", "‰") and len(found) == 1:
                closing = _rate_after(text, span.end)
                if closing:
                    name, n_start, _ = found[0]
                    found = [(name + closing + ("" if closing.endswith(RATE_ENDINGS) else "率"),
                              n_start, span.end + len(closing))]
        total = _breakdown_total(text, spans, i)
        if total is not None and names[total]:
            # 规章13件(含新制定5件,修改4件,废止4件): what was done to the total's object
            opener = BREAKDOWN_OPENERS_RE.match(text, spans[total].end)
            floor = spans[i - 1].end if i - 1 > total else opener.end() if opener else span.start
            own = _before_names(text, span.start, floor, unit)
            doing = _verb_only(own[0][0], unit) if len(own) == 1 else None
            if doing is not None:
                obj = _object_of(names[total][0][0], spans[total].unit)
                found = [(_named(doing + obj, unit)[0] or own[0][0], own[0][1], own[0][2])]
            elif not own:
                found = list(names[total])
            else:
                found = own
        elif i > 0 and _in_parenthetical_after(text, spans[i - 1], span) and (
                not found or base_unit not in COUNT_UNITS_OWN_SUBJECT) \
                and not (found and base_unit in MONEY_UNITS
                         and spans[i - 1].unit.split("/")[0] not in MONEY_UNITS
                         and _is_measure_name(found[0][0])) \
                and not (found and spans[i - 1].end < found[0][1] and found[0][2] <= span.start
                         and _is_measure_name(found[0][0])
                         and not found[0][0].startswith(BRACKET_NOT_A_MEASURE)
                         and not found[0][0].endswith(BRACKET_SAME_MEASURE)):
            # (吴江开发区15个(总投资152.62亿元): the projects' money, a measure of its own; so
            # is 优良天数为274天(有效监测天数为358天): a measure named inside the brackets)
            # 梅雨量达815毫米(为常年3倍): a figure in brackets describes the one before; a count
            # naming its own subject (事故13起(工程建设领域事故10起)) is a part of it
            found = list(names[i - 1])
            if base_unit == "%" and found and spans[i - 1].unit not in ("%", "‰") \
                    and text[span.start - 1] in "(（" and text[span.end : span.end + 1] in ")）":
                # 2个嵌入式养老机构建设已完成1个(50%): how much of the task is done
                share = PROGRESS_SHARES[any(w in text[max(0, spans[i - 1].start - 8) :
                                                      spans[i - 1].start] for w in DONE_WORDS)]
                found = [(_bare(found[0][0], spans[i - 1].unit) + share, *found[0][1:])]
        if (not found or (len(found) == 1 and found[0][0] in GOAL_ONLY_NAMES)) \
                and i > 0 and names[i - 1] and TARGET_OF_BEFORE.search(
                text[max(0, span.start - 12) : span.start]) and _one_sentence(
                text, spans[i - 1].end, span.start):
            # 居民健康素养水平达38.2%,提前8年实现2030年的目标值(37%): the same measure's target
            found = list(names[i - 1])
        if not found and i > 0 and names[i - 1] and _one_sentence(
                text, spans[i - 1].end, span.start, cues.FULL_STOPS):
            between = text[spans[i - 1].end : span.start].strip(",，、 ")
            if QUALIFIER_ONLY.fullmatch(between) or (
                    MILESTONE_BETWEEN.fullmatch(between) and span.raw.startswith(MILESTONE_VERBS)
                    and spans[i - 1].unit == span.unit):
                # 一般公共预算收入完成6.1亿元,剔除留抵退税因素完成6.8亿元: the same measure;
                # so is 一般公共预算支出6002亿元,首次突破6000亿元 (the mark it passed)
                found = list(names[i - 1])
        if not found and (span.change or EITHER_WAY.search(span.raw)) and i > 0:
            # (与上年相比增加(减少)0万元: a template's change with its direction left open)
            # 梅雨期长达50天(比常年偏多24天): a change with no subject of its own is the
            # subject's of a clause before that only says how it is counted (规模以上工业增加值
            # 剔除增加值率变化因素,同比增长2.2%), else the figure's before; after a share
            # (846.44亿元,占全市比重为7.0%,…同比增长5.4%) it is the level's change
            subject = _qualified_subject(text, spans, i)
            # (a share not yet named whole, 占本年支出合计的99.4%, is one too: `_refine` names it)
            level_at = i - 2 if i >= 2 and names[i - 2] and names[i - 1] \
                and _names_share(names[i - 1][0][0]) \
                and not spans[i - 1].change and span.unit != POINTS_UNIT else i - 1
            found = [subject] if subject else list(names[level_at])
        in_brackets = span.start > 0 and text[span.start - 1] in "(（" \
            and text[span.end : span.end + 1] in ")）"
        if found and i > 0 and names[i - 1] and found[0][0].startswith(COMPARING_PREFIXES):
            prefix = next(p for p in COMPARING_PREFIXES if found[0][0].startswith(p))
            basis = found[0][0][len(prefix) :]
            if in_brackets and len(basis) >= 2:
                # 高于全省平均增速(16.8%)0.73个百分点: the bracket gives the basis's figure
                found = [(basis, found[0][1] + len(prefix), found[0][2])]
            else:
                # 城镇登记失业率3.36%，低于省控线0.84个百分点: the same subject, compared
                found = list(names[i - 1])
        compared = cues.BASIS_BEFORE_BRACKET.search(text, max(0, span.start - 12), span.start) \
            if in_brackets and i > 0 and names[i - 1] else None
        if compared and _one_sentence(text, spans[i - 1].end, span.start):
            found = list(names[i - 1])  # 增长-8.7%,较一季度(-10.8%): the same measure's
            place = cues.OTHER_PLACE_BASIS.search(compared.group())
            if place:  # 增速比全市平均增速(8.1%)低…: the city's 平均增速 (全市 alone: its measure)
                words = compared.group()[place.start() : -1]
                at = compared.start() + place.start()
                found = [(words if len(words) > len(place.group()) else words
                          + names[i - 1][0][0], at, at + len(words))]
        if (not found or GAP_NAME.fullmatch(found[0][0])) and i > 1 and names[i - 2] \
                and GAP_AFTER_BRACKET.search(text, max(0, span.start - 2), span.start) \
                and (_in_brackets_after_comparison(text, spans[i - 1])
                     or cues.BASIS_BEFORE_BRACKET.search(text, max(0, spans[i - 1].start - 12),
                                                    spans[i - 1].start)) \
                and _one_sentence(text, spans[i - 2].end, span.start):
            # …同比增长17.53%,高于全省平均增速(16.8%)0.73个百分点, …比全市平均增速(8.1%)
            # 低8.4个百分点: the gap is the subject's
            found = list(names[i - 2])
        if not found and _said_again(text, spans, i, cues.ASPIRATION_GAP):
            # 地区生产总值增长8%、力争9%, 投资10亿元,力争15亿元: the same figure hoped for
            found = list(names[i - 1])
        if i > 0 and names[i - 1] and _said_again(text, spans, i, PRIOR_PERIOD_GAP):
            # 优良天数为172天,去年同期为157天: the same figure a year before
            found = list(names[i - 1])
        if not found and i > 0 and spans[i - 1].unit == unit and not span.change \
                and DONE_AFTER_TASK.fullmatch(text[spans[i - 1].end : span.start]):
            # 募集青年就业见习岗位325个 完成330个: what was done of the task just said
            found = list(names[i - 1])
        if not found and i > 0 and _change_to_after(text, spans[i - 1], span):
            found = list(names[i - 1])  # 从2010年的671.1亿元增加到2015年的1107.8亿元
        if not found and i > 0 and _continues(text, spans[i - 1], span):
            # 地区生产总值增长12.6%达92.9亿元: the level of what the change was about
            found = list(names[i - 1])
            before = spans[i - 1]
            if len(found) == 1 and unit and before.unit and unit != before.unit \
                    and not span.change and not before.change:
                # 成交房屋1366套、16.6万平方米: the same things, measured another way
                renamed_as = _named(_bare(found[0][0], before.unit), unit)[0]
                found = [(renamed_as or found[0][0], found[0][1], found[0][2])]

        if len(found) == 1 and i > 0 and names[i - 1] and spans[i - 1].unit == unit \
                and base_unit not in NON_COUNT_UNITS \
                and found != names[i - 1] and found[0][0] not in EVENT_OUTCOMES \
                and _one_sentence(text, spans[i - 1].end, span.start):
            # 发现隐患5678项,已整改5432项: a doing alone counts the thing counted before it
            doing = _verb_only(found[0][0], unit)
            obj = _object_of(names[i - 1][0][0], spans[i - 1].unit) if doing else ""
            if doing and obj and doing in obj:
                # 计划新开工项目270项,实际已开工129项: the things the plan's doing names,
                # done (开工项目数, not 开工计划新开工项目数)
                thing = obj[obj.index(doing) + len(doing) :]
                found = [(_named(doing + thing, unit)[0] or found[0][0], found[0][1],
                          found[0][2])] if thing else found
            elif doing and obj and not obj.startswith(doing) and _verb_only(obj, "") is None:
                # (完成公示38台,开工11台: 公示 is a doing too, no thing to take)
                found = [(_named(doing + obj, unit)[0] or found[0][0], found[0][1], found[0][2])]
        if len(found) == 1 and i > 0 and len(names[i - 1]) == 1 and not span.change \
                and text[spans[i - 1].end : found[0][1]].strip() == "、":
            # 实际使用内资30.2亿元、外资381万美元: a short item after 、 takes the words the
            # item before wrote in front of its own noun (实际使用外资)
            item = _bare(found[0][0], unit)
            twin = [w for w, _ in _words(_bare(names[i - 1][0][0], spans[i - 1].unit))]
            if 2 <= len(item) <= 3 and len(twin) > 1 and len(twin[-1]) == len(item) \
                    and twin[-1] != item and twin[-1][-1] == item[-1]:
                found = [("".join(twin[:-1]) + found[0][0], found[0][1], found[0][2])]
        if len(found) == 1 and i > 0 and len(names[i - 1]) == 1 \
                and spans[i - 1].unit == unit and not span.change \
                and text[spans[i - 1].end : found[0][1]].strip() in PARALLEL_SEPARATORS \
                and (swapped := _parallel_qualifier(_bare(found[0][0], unit),
                                                    names[i - 1][0][0])):
            # 新认定国家级龙头企业1家、省级32家; 城镇新增就业1.2万人,农村0.8万人: an item that
            # is only a qualifier stands in the place of its kind in the name before
            found = [(swapped, found[0][1], found[0][2])]
        noun_change = next((w for w in NOUN_CHANGES if span.raw.startswith(w)), None)
        if noun_change and found and len(found) == 1 and not found[0][0].endswith(noun_change):
            # (人均增收415元: the increase itself is measured, 带动农民人均增收, not …金额)
            found = [(_bare(found[0][0], unit) + noun_change, found[0][1], found[0][2])]
        if span.qualitative is not None and _said_level(span.raw):
            found = _same_as_basis(text, spans, names, i) or found  # (增速与上月持平: 增速)
        if len(found) == 1 and found[0][0] in NOUN_CHANGES and i > 0 and names[i - 1] \
                and len(names[i - 1]) == 1 and _one_sentence(text, spans[i - 1].end, span.start):
            # 固定资产投资总额56.4亿元,…,增速-4.7%: the growth of the figure before (whose
            # name may say 增速 already)
            owner_name = names[i - 1][0][0]
            found = [(owner_name if owner_name.endswith(found[0][0]) else owner_name
                      + found[0][0], found[0][1], found[0][2])]
        if len(found) == 1 and (span.change or _said_level(span.raw)):
            found = _named_in_full(text, spans, names, i, found)
        if not found:
            found = _change_of_sentence_before(text, spans, names, i)
        if not found and i > 0 and names[i - 1] and spans[i - 1].unit != unit \
                and TOTAL_ALONE.match(text, spans[i - 1].end, span.start):
            # 发放临时救助金1710人次,合计919.67万元: the amount of what was counted before
            # (in the unit of the figure before, 合计 sums the parts before: no name here)
            found = [(_named(_bare(names[i - 1][0][0], spans[i - 1].unit), unit)[0]
                      or names[i - 1][0][0], span.start, span.start)]
        if not found and base_unit in MEASUREMENT_UNITS \
                and (measured := _after_phrase(text, span.end, next_start)) is not None:
            # 完成905.19公里农村公路安防设施: nothing before it, the length of what follows
            phrase, a_start, _ = measured
            name, n_start, n_end = _named(phrase, unit)
            found = [(name, a_start + n_start, a_start + n_end)] if name else []
        if not found and (label := LABEL_BEFORE.search(text, max(0, span.start - 40),
                                                        span.start)):
            # 全县共有学校(幼儿园):480所, 普通高中情况:8所: the label before the colon names it
            found = _before_names(text, label.start() + len(label.group("words")),
                                  spans[i - 1].end if i else 0, unit)
        names.append(found)
    _refine(text, spans, names)
    _share_owner(text, spans, names)
    _event_parts(text, spans, names)
    _bases(text, spans, names)
    _events_named_before(text, spans, names)
    _bracketed_tolls(text, spans, names)
    _scoped_generics(text, spans, names)
    _carried_verbs(text, spans, names)
    _funded_purposes(text, spans, names)
    _funded_projects(text, spans, names)
    _subjects_carried(text, spans, names)
    _changes_after_shares(text, spans, names)
    _pulling_parts(text, spans, names)
    _volumes_after_verbs(text, spans, names)
    _household_pairs(text, spans, names)
    _bracketed_levels(text, spans, names)
    _places_events(text, spans, names)
    _unhappened_events(text, spans, names)
    _none_happened(text, spans, names)
    _bare_changes(text, spans, names)
    _from_clauses(text, spans, names)
    _bare_totals(text, spans, names)
    _plan_amounts_after_done(text, spans, names)
    _dangling_shares(text, spans, names)
    _reached_after_subject(text, spans, names)
    _converted(text, spans, names)
    _totals_said_again(text, spans, names)
    _net_changes(text, spans, names)
    _no_figures_or_verbs(text, spans, names)
    _listed_items(text, spans, names)
    _schedule_gaps(text, spans, names)
    _category_counts(text, spans, names)
    _multiples_of_figures(text, spans, names)
    _trades_fared(text, spans, names)
    _products_made(text, spans, names)
    _gaps_to_goals(text, spans, names)
    _budget_lines_named_before(text, spans, names)
    _pollutant_concentrations(text, spans, names)
    for span, found in zip(spans, names, strict=True):
        clause_item = span.unit in CLAUSE_ITEM_UNITS \
            and text[span.end : span.end + 1] in CLAUSE_ENDS
        if len(found) == 1 and (span.unit in ITEM_UNITS or clause_item) \
                and found[0][0].removesuffix(COUNT_SUFFIX).endswith(PROJECT_STAGES) \
                and _verb_only(found[0][0], span.unit):
            # 开复工84项 → 开复工项目数: items of which only the doing is said are projects
            found[0] = (found[0][0].removesuffix(COUNT_SUFFIX) + ITEM_COUNT_SUFFIX,
                        *found[0][1:])
        if len(found) == 1:
            found[0] = (_standard_name(found[0][0]), *found[0][1:])
    return names


#: Units of a pollutant's concentration in the air or water, and the measure it is named by.
CONCENTRATION_UNITS = frozenset({"微克/立方米", "毫克/立方米", "毫克/升"})
CONCENTRATION = "浓度"
#: Endings of a name that already says which figure of the pollutant it is (PM2.5浓度,
#: SO2均值, 第95百分位数).
MEASURED_POLLUTANT = re.compile(r"(?:浓度|均值|值|数|量|指数|平均)$")
#: A pollutant's formula in brackets right before its figure (二氧化硫(SO2)12微克/立方米).
FORMULA_BEFORE = re.compile(r"[(（](?P<formula>[A-Za-z][A-Za-z0-9.\-]{0,8})[)）]\s*$")


def _pollutant_concentrations(text: str, spans: Sequence[ValueSpan],
                              names: list[list[NameSpan]]) -> None:
    """(In place) A figure in a concentration's unit named by its pollutant alone is its
    concentration, named by the formula the text gives in brackets (二氧化硫(SO2)12微克/
    立方米 → SO2浓度), else by the pollutant (二氧化硫浓度), as monitoring reports write it."""
    for i, span in enumerate(spans):
        if span.unit not in CONCENTRATION_UNITS or len(names[i]) != 1 or span.change:
            continue
        name, n_start, n_end = names[i][0]
        if MEASURED_POLLUTANT.search(name):
            continue
        formula = FORMULA_BEFORE.search(text, max(0, span.start - 12), span.start)
        names[i] = [((formula.group("formula") if formula else name) + CONCENTRATION,
                     n_start, n_end)]
        for k in range(i + 1, len(spans)):  # (同比改善7.7%, 同比持平: its change)
            if spans[k].unit in CONCENTRATION_UNITS \
                    or not _one_sentence(text, span.end, spans[k].start):
                break
            if names[k] and names[k][0][0] == name:
                names[k] = [(names[i][0][0], *names[k][0][1:])]


#: A budget line as the label of a 决算's paragraph on it (…事务(款)其他…支出(项):支出决算为3万元,
#: 完成预算100%): where its 项 ends, before the colon.
LINE_LABEL_END = re.compile(r"[(（]项[)）]\s*[:：]")
#: What such a paragraph names its figures by alone: the line's spending and its rate.
LINE_GENERIC_AMOUNTS = frozenset({"支出", "支出决算", "决算", "决算数", "支出决算数"})
LINE_GENERIC_RATES = frozenset({"支出预算完成率", "预算完成率", "决算完成率"})
LINE_RATE_SUFFIX = "预算完成率"
_LINE_PARTS = re.compile(r"[(（](?:类|款)[)）]")


def _budget_lines_named_before(text: str, spans: Sequence[ValueSpan],
                               names: list[list[NameSpan]]) -> None:
    """(In place) a 决算 paragraph's figures named only 支出 or 支出预算完成率 take the budget
    line its label names before the colon: 国防支出(类)国防动员(款)其他国防动员支出(项):支出
    决算为2万元,完成预算100% → 其他国防动员支出, 其他国防动员支出预算完成率 (the 项's name; the
    款's when the 项 is left blank: …机构事务(款)(项))."""
    for i, span in enumerate(spans):
        if len(names[i]) != 1:
            continue
        name, n_start, n_end = names[i][0]
        amount = span.unit.split("/")[0] in MONEY_UNITS and name in LINE_GENERIC_AMOUNTS
        rate = span.unit == "%" and name in LINE_GENERIC_RATES
        if not (amount or rate):
            continue
        start = _after_last(text, span.start, cues.FULL_STOPS + "\n")
        label = max(LINE_LABEL_END.finditer(text, start, span.start), key=lambda m: m.end(),
                    default=None)
        if label is None:
            continue
        parts = [p.strip() for p in _LINE_PARTS.split(text[start : label.start()])]
        line = next((p for p in reversed(parts) if len(p) >= 2), "")
        line = _LIST_MARKER.sub("", line).strip()
        if len(line) < 2:
            continue
        spending = line if line.endswith(SPENDING_SUFFIX) else line + SPENDING_SUFFIX
        names[i] = [(spending + LINE_RATE_SUFFIX if rate else spending, n_start, n_end)]


def _schedule_gaps(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) how far a result is ahead of or behind the schedule, in 百分点 (超过时间
    进度4.6个百分点, 落后时间进度8.1个百分点; or in % as some write it: 超序时进度44%) is named
    so, not after the rate or amount before it."""
    for i, span in enumerate(spans):
        if span.unit not in (POINTS_UNIT, "%"):
            continue
        figure_at = span.start + next((k for k, ch in enumerate(span.raw) if ch.isdigit()), 0)
        gap = SCHEDULE_GAP.search(text, max(0, figure_at - 10), figure_at)
        if gap:
            said = SCHEDULE_GAP_WORDS.get(gap.group("verb"), gap.group("verb"))
            names[i] = [(said + gap.group("schedule"), gap.start(), gap.end("schedule"))]


#: A name of no word at all (10, 3027, /): left over from a table's cells run together.
NO_WORD = re.compile(r"[\d\s./%|,，、:：-]+")
#: A comparison alone (比全国高0.5个百分点 → 高, 快1.66个百分点 → 快): no measure.
COMPARISON_ONLY = frozenset({"高", "低", "快", "慢", "多", "少", "减缓", "加快", "放缓",
                             "高出", "低于", "高于"})
#: …and how the basis it is compared with is named (比全市…平均增速, 较上年…, 高于全省…).
BASIS_NAME_OPENINGS: tuple[str, ...] = ("比", "较", *COMPARING_PREFIXES)


def _no_figures_or_verbs(text: str, spans: Sequence[ValueSpan],
                         names: list[list[NameSpan]]) -> None:
    """(In place) a name is never a number nor a comparison alone: one of no word is
    dropped; a comparison alone takes the name of the figure before it in its sentence,
    what is compared (…增长8.2%,比全国高0.5个百分点), else is dropped."""
    for i, found in enumerate(names):
        if len(found) != 1:
            continue
        name = found[0][0]
        if NO_WORD.fullmatch(name):
            names[i] = []
        elif name in COMPARISON_ONLY:
            # (not the basis compared with: 比全市…平均增速(14.4%)高11.7个百分点)
            j = next((j for j in range(i - 1, -1, -1) if names[j]
                      and names[j][0][0] not in COMPARISON_ONLY
                      and not names[j][0][0].startswith(BASIS_NAME_OPENINGS)),
                     None)
            names[i] = list(names[j]) if j is not None and _one_sentence(
                text, spans[j].end, spans[i].start, cues.FULL_STOPS) else []


#: A figure whose clause says only that it was reached (…,达1102.31亿元), after a clause
#: that opens on its subject and says how it went (全年地区生产总值首次迈入千亿大关).
REACHED_ALONE = re.compile(r"[,，]\s*(?:已|共|累计)?(?:达到|达|为|至)?\s*$")
#: Word kinds that may stand before a clause's opening subject (全年, 今年).
SUBJECT_LEAD_FLAGS = frozenset({"m", "t"})
SIZE_BOUNDS = frozenset({"以上", "限额以上"})


def _reached_after_subject(text: str, spans: Sequence[ValueSpan],
                           names: list[list[NameSpan]]) -> None:
    """(In place) a figure with no name whose clause is only 达/达到 it takes the measure
    that opens the clause before (全年地区生产总值首次迈入千亿大关,达1102.31亿元,比上年增长8.7%
    → 地区生产总值, for the level and its change), when nothing between had a figure."""
    for i, span in enumerate(spans):
        if names[i] or span.change:
            continue
        floor = spans[i - 1].end if i else 0
        reach = REACHED_ALONE.search(text, max(floor, span.start - 6), span.start)
        if reach is None:
            continue
        start = _after_last(text, reach.start(), cues.CLAUSE_BREAKS)
        if start < floor:
            continue
        words = _words(_strip_span(text[start : reach.start()])[0])
        k = 0
        while k < len(words) and words[k][1] in SUBJECT_LEAD_FLAGS:
            k += 1
        subject = ""
        while k < len(words) and (words[k][1] in SUBJECT_FLAGS or words[k][0] in SIZE_BOUNDS):
            subject += words[k][0]  # (规模以上工业增加值)
            k += 1
        subject = LEADING_SCOPE.sub("", subject)
        if len(subject) < 2 or not _is_measure_name(subject):
            continue
        at = text.find(subject, start)
        names[i] = [(subject, at, at + len(subject))]
        for j in range(i + 1, len(spans)):  # its changes after it (比上年增长8.7%)
            if names[j] or not spans[j].change \
                    or not _one_sentence(text, span.end, spans[j].start, cues.FULL_STOPS):
                break
            names[j] = [(subject, at, at + len(subject))]


#: The words a total is said with, one for another (财政拨款收、支总预算24,169.74万元。与上年
#: 相比,财政拨款收、支总计各增加2228.78万元: the same total).
TOTAL_WORDS_SAID = re.compile(r"(?:总预算|预算总计|预算总额|总计|总额|合计|预算)$")


def _totals_said_again(text: str, spans: Sequence[ValueSpan],
                       names: list[list[NameSpan]]) -> None:
    """(In place) a change whose name is the total before it said with another total word
    takes that total's name; the total may be in the sentence before."""
    for i, span in enumerate(spans):
        if not span.change or len(names[i]) != 1:
            continue
        name, n_start, n_end = names[i][0]
        stem = TOTAL_WORDS_SAID.sub("", name)
        if stem == name or len(stem) < 2:
            continue
        sentence_start = _after_last(text, span.start, cues.FULL_STOPS)
        floor = _after_last(text, max(0, sentence_start - 1), cues.FULL_STOPS)
        for j in range(i - 1, -1, -1):
            if spans[j].end < floor:
                break
            if spans[j].change or len(names[j]) != 1 \
                    or (spans[j].unit != span.unit and span.unit not in cues.RATE_UNITS):
                continue
            level = names[j][0][0]
            if level != name and TOTAL_WORDS_SAID.sub("", level) == stem:
                names[i] = [(level, n_start, n_end)]
            break


#: The words a budget's reasons sum up with (…增加外事经费200万元,增减相抵后增加123.67万元):
#: what follows is the line's change again, net of the changes listed.
NET_OF_CHANGES = "增减相抵后"


def _net_changes(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) a change said net of the ones listed before it (增减相抵后…): named by
    the words after 增减相抵后 when it has its own (增减相抵后项目支出预算数增加125.62万元 →
    项目支出), else it is the change of that number said earlier in the text (与上年相比
    增加123.67万元 … 增减相抵后增加123.67万元) and takes its name."""
    for i, span in enumerate(spans):
        if not span.change or len(names[i]) != 1 or not names[i][0][0].startswith(
                NET_OF_CHANGES):
            continue
        name, n_start, n_end = names[i][0]
        own = name.removeprefix(NET_OF_CHANGES)
        if len(own) >= 2 and own != _unit_suffix(span.unit):
            names[i] = [(own, n_start + len(NET_OF_CHANGES), n_end)]
            continue
        said = next((j for j in range(i - 1, -1, -1) if spans[j].change == span.change
                     and spans[j].number == span.number and spans[j].unit == span.unit
                     and len(names[j]) == 1), None)
        names[i] = list(names[said]) if said is not None else []


#: A figure converted into another unit or currency (…68049元,…,按年平均汇率计算,折合
#: 10547美元): the same measure as the figure before it.
CONVERTED = re.compile(r"折合(?:人民币|美元)?约?\s*$")


def _converted(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) a figure after 折合 takes the name of the last figure of its sentence
    before it that is no change (人均地区生产总值68049元,增长8.6%,…折合10547美元)."""
    for i in range(1, len(spans)):
        if not CONVERTED.search(text, max(0, spans[i].start - 8), spans[i].start):
            continue
        j = next((k for k in range(i - 1, -1, -1) if not spans[k].change), None)
        if j is not None and len(names[j]) == 1 \
                and _one_sentence(text, spans[j].end, spans[i].start, cues.FULL_STOPS):
            names[i] = [(names[j][0][0], spans[i].start, spans[i].start)]


#: Names the statistics put one way whatever words the text uses: (pattern, replacement).
#: 规模以上工业企业实现增加值62.86亿元 is the 规模以上工业增加值 of every bulletin (its
#: 企业 stays before 利润 and 营业收入, which are the enterprises' own).
STANDARD_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(规模以上|规上)工业企业(增加值|总产值|产值)"), r"\1工业\2"),
    # 全县生产总值现价总量为972846万元: the figure's pricing is no part of its name
    (re.compile(r"(生产总值|增加值|总产值)(?:现价|按现价计算的?)总?量?$"), r"\1"),
    # a budget's 一般公共预算财政拨款基本支出 is the 一般公共预算基本支出 of its tables and
    # headings; a share of 本年支出合计 is of the year's spending (财政拨款支出占本年支出比重)
    (re.compile(r"一般公共预算财政拨款(基本支出|项目支出)"), r"一般公共预算\1"),
    (re.compile(r"占本年(支出|收入)合计比重$"), r"占本年\1比重"),
    # the 三公 items as the accounts name them (公务用车购置预算支出0万元: 公务用车购置费)
    (re.compile(r"公务用车(购置|运行维护)支出"), r"公务用车\1费"),
    (re.compile(r"(公务接待|因公出国\(境\))支出"), r"\1费"),
    # 实行整体支出绩效目标管理,涉及财政性资金合计37188.34万元: the money the budget's
    # performance targets cover
    (re.compile(r"^涉及财政性资金(?:合计|总额)?$"), "绩效目标管理资金"),
    # 煤矿业事故4起、7人: the people an accident count goes with are its dead, as safety
    # bulletins count them
    (re.compile(r"事故人数$"), "事故死亡人数"),
    # (一)教育支出类科目5,806,105.16元: the budget's 教育支出, the account's class no part
    (re.compile(r"(支出|收入)类科目(?:金额)?"), r"\1"),
)


@lru_cache(maxsize=4096)  # (a report names the same indicators again and again)
def _standard_name(name: str) -> str:
    """The name as analysts put it: STANDARD_NAMES, and the 三公 account (_sangong_name)."""
    for pattern, replacement in STANDARD_NAMES:
        name = pattern.sub(replacement, name)
    return _sangong_name(name)


forget_after_each_document(_standard_name)


#: The 三公 account (“三公”经费) is named as analysts name it: without the level, the issuer
#: and the account words in front (区本级一般公共预算财政拨款开支三公经费, 县级部门汇总一般
#: 公共预算三公经费) or between it and its figure kind (三公经费财政拨款支出 → 三公经费),
#: and a 支出 that ends it. A share or an item in front of it (公务接待费占三公经费比重)
#: stays, and so does 支出 before a figure kind (三公经费支出决算: labellers keep it).
SANGONG = re.compile(r"[“\"]?三公[”\"]?经费")
_SANGONG_PREFIX = re.compile(r"^[^费占比率、，,]{1,20}$")
SANGONG_ACCOUNT = "财政拨款"
SANGONG_SPENT = "支出"


def _sangong_name(name: str) -> str:
    m = SANGONG.search(name)
    if m is None:
        return name
    head, term, rest = name[: m.start()], m.group(), name[m.end() :]
    if head and _SANGONG_PREFIX.match(head):
        head = ""
    rest = rest.removeprefix(SANGONG_ACCOUNT)
    return head + term + ("" if rest == SANGONG_SPENT else rest)  # “三公”经费支出 → …经费


#: A share whose clause names only what it is of the whole (中度污染占0.3%, 轻度污染占全年
#: 21.9%): the words before 占, and the whole when it names one (X占财政支出比重).
_SHARE_CLAUSE = re.compile(r"^(?P<subject>[^,，。;；:：、\d]{1,16}?)(?:各|分别|均)?占"
                           r"(?P<whole>[^,，。;；:：、\d]{0,8}?)的?$")
#: Wholes that are the period the share is of, not a measure (占全年21.9%: of the year's days).
SHARE_PERIOD_WHOLES = frozenset({"全年", "全年天数", "总天数", "有效监测天数"})


def _dangling_shares(text: str, spans: Sequence[ValueSpan],
                     names: list[list[NameSpan]]) -> None:
    """A share named by nothing, or by its clause's words up to a bare 占 (中度污染占): named
    as its subject's share (中度污染占比), or its share of the whole it names."""
    for i, span in enumerate(spans):
        found = names[i]
        if span.unit not in ("%", "‰") or span.change or len(found) > 1 \
                or (found and not found[0][0].endswith(SHARE_WORD)):
            continue
        left = _clause_start(text, span.start, spans[i - 1].end if i else 0)
        m = _SHARE_CLAUSE.match(text[left : span.start].strip())
        if m is None:
            continue
        subject = _strip_span(m.group("subject"))[0]
        whole = m.group("whole")
        share = "占比" if not whole or whole in WHOLE_WORDS or whole in SHARE_PERIOD_WHOLES \
            else f"占{whole}" + ("" if whole.endswith(SHARE_SUFFIXES) else "比重")
        if subject:
            start = text.find(m.group("subject"), left)
            names[i] = [(subject + share, start, start + len(m.group("subject")))]


#: A figure the done one is compared with, said as the plan it exceeds (全年新(改)扩建幼儿园
#: 48所,超额完成40所的年度目标任务): the same measure's planned amount, named as the figure
#: before it (新(改)扩建幼儿园数), not by the words of the plan after it.
PLAN_AMOUNT_BEFORE = re.compile(r"完成\s*$")
PLAN_AMOUNT_AFTER = re.compile(r"^\s*的?(?:年度|全年|今年)?(?:目标任务|目标|任务|计划)")


def _plan_amounts_after_done(text: str, spans: Sequence[ValueSpan],
                             names: list[list[NameSpan]]) -> None:
    """(In place) 新开工安置房16768套,超额完成1万套的年度目标任务: the plan's amount is of the
    figure before it in the sentence, in the same unit."""
    for i in range(1, len(spans)):
        span, before = spans[i], spans[i - 1]
        if len(names[i - 1]) != 1 or before.unit != span.unit \
                or not PLAN_AMOUNT_BEFORE.search(text, before.end, span.start) \
                or not PLAN_AMOUNT_AFTER.match(text[span.end : span.end + 12]) \
                or not _one_sentence(text, before.end, span.start, cues.FULL_STOPS):
            continue
        names[i] = [names[i - 1][0]]


#: A total named by itself alone (总数达184家), and the words of what was added that open the
#: figure before it (新增规上工业企业17家): the total is of the things, not of the additions.
BARE_TOTALS = frozenset({"总数", "总量"})
ADDED_LEAD = re.compile(r"^(?:新增|新建|新培育|新认定|新引进|净增)")


def _bare_totals(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) 新增规上工业企业17家,总数达184家: the total is of 规上工业企业, the things
    the figure before it added to (规上工业企业总数)."""
    for i in range(1, len(spans)):
        if len(names[i]) != 1 or names[i][0][0] not in BARE_TOTALS or len(names[i - 1]) != 1 \
                or not _one_sentence(text, spans[i - 1].end, spans[i].start, cues.FULL_STOPS) \
                or spans[i - 1].unit != spans[i].unit:
            continue
        things = ADDED_LEAD.sub("", _bare(names[i - 1][0][0], spans[i - 1].unit))
        if len(things) >= 2:
            total, start, end = names[i][0]
            names[i] = [(things + total, start, end)]


#: A clause with nothing before its figure but how it changed (,年均增长8.7%).
CHANGE_ONLY_CLAUSE = re.compile(r"(?:年均|同比|比上年|较上年)?(?:增长|增加|下降|减少|提高|降低)?")


def _from_clauses(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) Unnamed figures of a clause that opens on where a figure went from (由/从:
    no subject of its own) take the name of the figure before them in the sentence, and so
    do the unnamed figures after them in that clause and the changes right after it: 生产总值
    突破500亿元,由2010年的303.4亿元增加到2015年的511.9亿元,年均增长8.7% → 生产总值 ×3."""
    for i in range(1, len(spans)):
        if names[i] or not names[i - 1] or not _one_sentence(text, spans[i - 1].end,
                                                             spans[i].start, cues.FULL_STOPS):
            continue
        clause = _after_last(text, spans[i].start, CLAUSE_BREAKS)
        lead = text[clause : spans[i].start]
        after_from = text.startswith(FROM_WORDS, _after_last(text, spans[i - 1].start,
                                                             CLAUSE_BREAKS))
        if clause <= spans[i - 1].end:  # the figure before is in this clause
            carried = after_from
        else:
            carried = lead.startswith(FROM_WORDS) \
                or (after_from and CHANGE_ONLY_CLAUSE.fullmatch(lead) is not None)
        if carried:
            names[i] = list(names[i - 1])


def _bare_changes(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) A change named by its noun alone (增幅, 增速) is the change of the level
    named last before it in its paragraph: 农村常住居民人均可支配收入12678元,…;增幅与全市
    持平 → 农村常住居民人均可支配收入增幅."""
    for i in range(1, len(spans)):
        if len(names[i]) != 1 or names[i][0][0] not in NOUN_CHANGES:
            continue
        level = next((j for j in range(i - 1, -1, -1) if len(names[j]) == 1
                      and not spans[j].change and spans[j].unit not in cues.RATE_UNITS
                      and not names[j][0][0].endswith(NOUN_CHANGES)), None)
        if level is None or "\n" in text[spans[level].end : spans[i].start]:
            continue
        noun, start, end = names[i][0]
        names[i] = [(_bare(names[level][0][0], spans[level].unit) + noun, start, end)]


#: A count of events or their outcome named by a kind of event (生产安全事故起数).
_EVENT_NAME = re.compile(r"^(?P<kind>[\u4e00-\u9fff]{0,10}?)(?P<event>事故)(?P<measure>"
                         + "|".join([EVENT_COUNT_SUFFIX, *EVENT_OUTCOMES]) + ")$")


def _places_events(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """A place's bare 事故 in a paragraph that named its events in full first is that kind
    of event (in place): 全市共发生…生产安全事故17起 … 黄山区事故6起 → 黄山区生产安全事故起数."""
    kind = ""
    for i, name, n_start, n_end, fresh in _single_names(text, spans, names):
        if fresh:
            kind = ""
        m = _EVENT_NAME.match(name)
        if m is None:
            continue
        if not kind and m.group("kind") and not PLACE_ONLY.fullmatch(m.group("kind")):
            kind = m.group("kind")  # the first kind of events the paragraph names
        elif kind and PLACE_ONLY.fullmatch(m.group("kind")):
            names[i] = [(m.group("kind") + kind + m.group("event") + m.group("measure"),
                         n_start, n_end)]


#: What may stand between two items of a run that share the first one's verb.
ITEM_GAP = re.compile(r"[、,，]")
#: Verbs that count what they are done to (检查食品生产企业9家次,食品小作坊12家次): the
#: items after the first, counted in visits (家次, 台次 …), take them.
VISIT_UNITS = frozenset({"人次", "家次", "户次", "台次", "车次", "批次", "件次", "架次", "艘次"})
CARRIED_VERBS: tuple[str, ...] = ("检查", "出动", "抽检", "排查", "走访", "巡查", "查处",
                                  "检测", "督查", "约谈", "培训", "慰问", "救助")
#: Doings an item may open with itself, so that it takes none (CARRIED_VERBS among them).
OWN_DOINGS: tuple[str, ...] = CARRIED_VERBS + DOING_VERBS + tuple(sorted(STOP_VERBS))


def _carried_verbs(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """An item of a run counted in visits, with no verb of its own, takes the verb the item
    before it opens with (in place): 出动执法人员231人次、执法车辆65台次 → 出动执法车辆台次."""
    for i in range(1, len(spans)):
        if len(names[i]) != 1 or len(names[i - 1]) != 1 or spans[i].change \
                or spans[i].unit not in VISIT_UNITS:
            continue
        name, n_start, n_end = names[i][0]
        verb = next((v for v in CARRIED_VERBS if names[i - 1][0][0].startswith(v)), None)
        gap = text[spans[i - 1].end : n_start].strip()
        own = _bare(name, spans[i].unit)
        if verb is None or not ITEM_GAP.fullmatch(gap) or _is_measure_name(own) \
                or own.startswith(OWN_DOINGS):
            continue  # (a measure of its own, or its own doing: 发现问题15个)
        names[i] = [(verb + name, n_start, n_end)]


def _household_pairs(text: str, spans: Sequence[ValueSpan],
                     names: list[list[NameSpan]]) -> None:
    """(In place) households and people counted side by side with nothing between (2357户
    3702人享受城乡低保): the households are of what the people are named by; the people
    of poor households are a population (建档立卡贫困户共606户2059人 → 建档立卡贫困人口)."""
    for i in range(len(spans) - 1):
        first, second = spans[i], spans[i + 1]
        if first.unit != HOUSEHOLD_WORD or second.unit not in PEOPLE_UNITS \
                or len(names[i + 1]) != 1 or text[first.end : second.start].strip():
            continue
        name, n_start, n_end = names[i + 1][0]
        kind = _bare(name, second.unit).removesuffix(POPULATION_NOUN)  # (建档立卡贫困户)
        if kind.endswith(PEOPLE_OF_HOUSEHOLDS):
            name = kind.removesuffix(HOUSEHOLD_WORD) + POPULATION_NOUN
            names[i + 1] = [(name, n_start, n_end)]
        if names[i]:
            continue
        households = normalize_name(_bare(name, second.unit), first.unit)
        if households:
            names[i] = [(households, n_start, n_end)]


#: Names of money put in with nothing said of what for (投入82万元, 投资1.9亿元), and the
#: word each keeps once its purpose is known (农村供水设施升级改造投入).
BARE_FUNDING: dict[str, str] = {"投入金额": "投入", "投入": "投入", "投入资金": "投入资金",
                                "投资": "投资", "投资金额": "投资"}
#: What the money is for, said right after it: 对…进行…, 用于…, 完成/实施…
FUNDED_PURPOSE = re.compile(
    r"[,，]?\s*(?:对(?P<object>[^,，。;；:：]{2,30}?)进行了?(?P<act>[\u4e00-\u9fff、]{2,10}?)"
    r"|(?:用于|完成|实施)(?P<work>[\u4e00-\u9fff]{2,14}?))(?=[\d,，。;；]|$)")
#: A count inside the purpose (对17处农村供水设施, 等6条(段)河道): what follows it is named.
PURPOSE_COUNT = re.compile(r"^.*?\d+(?:\.\d+)?[\u4e00-\u9fff](?:[(（][^()（）]{1,4}[)）])?")


def _funded_purposes(text: str, spans: Sequence[ValueSpan],
                     names: list[list[NameSpan]]) -> None:
    """(In place) Money put in, named by the bare verb, takes the name of what it pays for,
    said right after it: 投入82万元对17处农村供水设施进行升级改造 → 农村供水设施升级改造投入;
    投入1.06亿元,完成棚户区改造427套 → 棚户区改造投入."""
    for i, span in enumerate(spans):
        if span.unit not in MONEY_UNITS or len(names[i]) != 1 \
                or names[i][0][0] not in BARE_FUNDING:
            continue
        purpose = FUNDED_PURPOSE.match(text, span.end)
        if purpose is None:
            continue
        if purpose.group("object"):
            thing = PURPOSE_COUNT.sub("", purpose.group("object"))
            what = thing + purpose.group("act").replace("、", "")
            at = purpose.start("object")
        else:
            what, at = purpose.group("work"), purpose.start("work")
        if "、" in what or not what or any(ch.isdigit() for ch in what):
            continue
        names[i] = [(what + BARE_FUNDING[names[i][0][0]], at, purpose.end())]


#: A clause that opens on a doing, its subject left out (…,发放保障金3854万元): the subject
#: is the previous clause's, said before its own doing (城市低保累计保障7.54万人次).
_SUBJECTLESS_DOING = re.compile(r"(?:累计|共|已)?(?:发放|拨付|支付|兑现|兑付|投入)")
#: Words jieba tags as nouns that say how, not who (实际发放…).
NOT_SUBJECTS = frozenset({"实际", "全年", "当年", "本年", "年度", "当月", "本月"})
_DOING_AFTER_SUBJECT = re.compile(r"(?:累计|共计|共|已|实现|完成|发放|新增|达到|保障|救助|资助)")


def _subjects_carried(text: str, spans: Sequence[ValueSpan],
                      names: list[list[NameSpan]]) -> None:
    """(In place) A payout whose clause opens on its verb (发放保障金3854万元) takes the
    subject the clause before it in the sentence named before its own doing: 城市低保累计
    保障7.54万人次,发放保障金3854万元 → 城市低保保障金发放金额."""
    for i in range(1, len(spans)):
        if len(names[i]) != 1 or not names[i - 1]:
            continue
        own_start = _after_last(text, spans[i].start, CLAUSE_BREAKS)
        if own_start <= spans[i - 1].end or text[own_start - 1] in SENTENCE_BREAKS \
                or not _SUBJECTLESS_DOING.match(text, own_start):
            continue
        before_start = _after_last(text, spans[i - 1].start, CLAUSE_BREAKS)
        clause = _without_periods(text[before_start : spans[i - 1].start])
        doing = _DOING_AFTER_SUBJECT.search(clause)
        if doing is None or doing.start() < 2 \
                or any(ch.isdigit() for ch in clause[: doing.start()]):
            continue  # (为各类优抚对象8493人发放…: a count, then the doing)
        subject = _named(clause[: doing.start()], "")[0]
        name = names[i][0][0]
        words = pos_words(subject)
        if len(subject) < 2 or _place_only(subject, "") or subject in name \
                or subject.startswith(WHOLE_SCOPES) or not words \
                or words[-1][1] not in OWNER_FLAGS | {"ns"} or subject in NOT_SUBJECTS:
            continue  # (实际发放…: an adverb, no subject)
        names[i] = [(subject + name, names[i][0][1], names[i][0][2])]


#: A sector's period with no events (农林牧渔业1月份无事故,): the changes after it are of
#: the sector's events and their toll.
_NONE_HAPPENED = re.compile(
    r"(?P<owner>[\u4e00-\u9fff]{2,14}?)[:：]?\s*(?:\d{1,2}(?:\s*[-—~至]\s*\d{1,2})?月份?)?"
    r"\s*(?:无|未发生)(?:生产安全)?事故[,，]?\s*$")
_TOLL_UNITS = {"起": "事故起数", "人": "事故死亡人数"}


def _unhappened_events(text: str, spans: Sequence[ValueSpan],
                       names: list[list[NameSpan]]) -> None:
    """(In place) An event said not to have happened (未发生较大及以上生产安全事故, 烟花爆竹1月
    份无事故) is named by the event, a bare 事故 by the sector before it."""
    for i, span in enumerate(spans):
        m = NONE_HAPPENED.fullmatch(span.raw) if span.qualitative is not None else None
        if m is None:
            continue
        event = m.group("event")
        if event != "事故":
            names[i] = [(event, span.start + m.start("event"), span.start + m.end("event"))]
            continue
        start = max(_after_last(text, span.start, SENTENCE_BREAKS),
                    spans[i - 1].end if i else 0)
        owner = _NONE_HAPPENED.search(_LIST_MARKER.sub("", text[start : span.end]) + ",")
        if owner and not _place_only(owner.group("owner"), ""):
            names[i] = [(owner.group("owner") + event, span.start, span.start)]


def _none_happened(text: str, spans: Sequence[ValueSpan],
                   names: list[list[NameSpan]]) -> None:
    """(In place) Changes left unnamed (or named 无事故) right after a sector's 无事故 take
    the sector's events (农林牧渔业1月份无事故,同比持平 → 农林牧渔业事故起数; 同比减少2起、
    少死亡2人 → …事故起数, …事故死亡人数)."""
    for i, span in enumerate(spans):
        if names[i] and names[i][0][0] not in ("无事故", "事故"):
            continue
        if not (span.change or span.qualitative is not None):
            continue
        start = _after_last(text, span.start, SENTENCE_BREAKS)
        if i > 0 and spans[i - 1].end > start and NONE_HAPPENED.fullmatch(spans[i - 1].raw) is None:
            start = spans[i - 1].end
            if names[i - 1] and span.unit == "%":  # 均下降100%: the counts before it
                names[i] = list(names[i - 1])
                continue
        window = _LIST_MARKER.sub("", text[start : span.start])
        window = re.sub(r"(?:同比|较上年同期|比上年同期)?(?:减少|增加|下降|上升)?[、,，\s]*$", "",
                        window)
        m = _NONE_HAPPENED.search(window) if window else None
        base = span.unit.split("/")[0]
        owner = m.group("owner") if m else ""
        if not m and i > 0 and names[i - 1] and base in _TOLL_UNITS:
            prev = names[i - 1][0][0]  # 同比减少2起、少死亡2人: the same sector's toll
            owner = prev[: -len(_TOLL_UNITS["起"])] if prev.endswith(_TOLL_UNITS["起"]) else ""
            owner = owner.removesuffix("事故")
        if not owner or _place_only(owner, ""):
            continue
        measure = _TOLL_UNITS.get(base, _TOLL_UNITS["起"])
        names[i] = [(owner + measure, span.start, span.start)]


#: Money named only as planned or put aside (计划安排资金180万元, 预计安排资金…).
FUNDING_ONLY = re.compile(r"^(?:计划|预计|拟)?(?:安排|投入|下达|拨付)?资金(?:金额)?$")
#: Words before a total with nothing named (产业类项目,共4350万元).
TOTAL_WORDS = frozenset({"共", "共计", "合计", "总计", "计", ""})
#: A project's name: what stands before its funds in a list of projects.
PROJECT_ENDINGS: tuple[str, ...] = ("项目", "工程")
#: What opens a list item or a project's name before the project itself (1、2022年延津县).
_PROJECT_LEAD = re.compile(
    r"^(?:\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:(?:19|20)\d{2}年度?)?"
    r"(?:[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|镇|乡))?")


def _funded_projects(text: str, spans: Sequence[ValueSpan],
                     names: list[list[NameSpan]]) -> None:
    """(In place) Money named only as planned (计划安排资金180万元), or a total named by
    nothing (共4350万元), takes the name of the project or kind of projects the clause before
    it names, in the same sentence: 2、2022年延津县“雨露计划”短期技能培训项目,计划安排资金
    20万元 → “雨露计划”短期技能培训项目资金; (二)产业类项目,共4350万元 → 产业类项目资金."""
    for i, span in enumerate(spans):
        if span.unit not in MONEY_UNITS or len(names[i]) > 1:
            continue
        if names[i]:
            if not FUNDING_ONLY.fullmatch(names[i][0][0]):
                continue
            at_name = names[i][0][1]
        else:  # (二)产业类项目,共4350万元: a total of the projects' funds
            at_name = _after_last(text, span.start, CLAUSE_BREAKS)
            if text[at_name : span.start].strip() not in TOTAL_WORDS:
                continue
        found = _valueless_clause_before(text, spans, i, at_name)
        if found is None:
            continue
        at, clause = found
        clause = clause.strip()
        lead = _PROJECT_LEAD.match(clause)
        project = clause[lead.end() if lead else 0 :]
        if len(project) < 4 or not project.endswith(PROJECT_ENDINGS) \
                or any(ch in project for ch in "、,，;；"):
            continue
        start = text.find(project, at)
        names[i] = [(project + "资金", start, start + len(project))]


#: Verbs of a part's contribution to the whole's growth, in percentage points (拉动全市规模
#: 以上工业1.4个百分点), and the endings of the part's own figure's name that are not the
#: part (石油和天然气开采业增加值 → 石油和天然气开采业).
PULL_VERBS: tuple[str, ...] = ("拉动", "上拉", "下拉")
PULL_UNIT = "百分点"
PART_MEASURE_ENDINGS: tuple[str, ...] = ("增加值增速", "增加值", "产值增速", "产值", "增速", "增长")
#: A part's share of the whole's growth (第三产业对GDP的贡献率): its part is before 对.
SHARE_OF_GROWTH = re.compile(r"(?:对[^的]{1,12}?的?)?贡献率$")  # (…对规上工业产值增长贡献率)


#: The word a share of growth opens on (对经济增长的贡献率): towards the whole.
TOWARDS = "对"
RESPECTIVE = "分别"
TOWARDS_REACH = 3  # (对全市经济增长的贡献率: the place between is no part of the name)


def _part_before(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                 i: int) -> str:
    """The part the figure before value i in its sentence measures (第一产业增加值 →
    第一产业), when that figure is no share of growth itself; '' otherwise."""
    j = i - 1
    while j > 0 and len(names[j]) == 1 and (spans[j].change or spans[j].unit == "%") \
            and names[j][0][0].endswith((*RELATIONAL_MEASURES, *SHARE_SUFFIXES)) \
            and _one_sentence(text, spans[j - 1].end, spans[i].start):
        j -= 1  # (…1270.46亿元,增长3.5%,占GDP的比重达到60.0%,对GDP增长的贡献率…: past its share)
    if len(names[j]) != 1 or not _one_sentence(text, spans[j].end, spans[i].start) \
            or names[j][0][0].endswith(RELATIONAL_MEASURES):
        return ""
    figure = _owner_of_share(names[j][0][0]) or names[j][0][0]  # (…占全市生产总值的比重)
    part = _without_ending(figure, PART_MEASURE_ENDINGS)
    return part if part != figure else ""


def _pulling_parts(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) A contribution named only by its verb and the whole (拉动全市规模以上工业)
    is the contribution of the part its clause or the figure before it names:
    第三产业拉动GDP增长3.4个百分点 → 第三产业拉动GDP增长; 石油和天然气开采业增加值同比增长
    4.6%,拉动全市规模以上工业1.4个百分点 → 石油和天然气开采业拉动全市规模以上工业增长."""
    for i, span in enumerate(spans):
        if len(names[i]) == 1 and names[i][0][0].endswith(RELATIONAL_MEASURES) and i \
                and spans[i - 1].end <= names[i][0][1] \
                and (TOWARDS in text[max(0, names[i][0][1] - TOWARDS_REACH) : names[i][0][1]]
                     or names[i][0][0] in RELATIONAL_MEASURES):
            # (…增长3.3%,贡献率为98%: the bare share of growth is the part's too)
            # 第一产业实现增加值62.69亿元,…,对经济增长的贡献率为10.1%: the part's share
            # of the growth (its name began on 对, the part said in the figure before)
            name, n_start, n_end = names[i][0]
            part = _part_before(text, spans, names, i) \
                if RESPECTIVE not in text[n_end : span.start] else ""
            if part and part not in name:
                # (not …的贡献率分别为75.3%、…: each part's, in the run's order; nor the
                # whole's own name: 对全区规模以上工业贡献率 after 高出全区规模以上工业…)
                towards = "" if name in RELATIONAL_MEASURES else TOWARDS
                names[i] = [(part + towards + name, n_start, n_end)]
            continue
        if span.unit != PULL_UNIT or len(names[i]) != 1 \
                or not names[i][0][0].startswith(PULL_VERBS):
            continue
        name, n_start, n_end = names[i][0]
        floor = spans[i - 1].end if i else 0
        own = _named(text[_clause_start(text, n_start, floor) : n_start], "")[0]
        subject = own
        if not subject and i and len(names[i - 1]) == 1 and spans[i - 1].unit != PULL_UNIT \
                and _one_sentence(text, spans[i - 1].end, span.start):
            subject = _without_ending(SHARE_OF_GROWTH.sub("", names[i - 1][0][0]),
                                      PART_MEASURE_ENDINGS)
        verb = next(v for v in PULL_VERBS if name.startswith(v))
        whole = LEADING_SCOPE.sub("", name[len(verb) :])  # (全市规模以上工业: its place)
        if subject and subject not in whole:  # (the whole's own figure is no part of it)
            grown = "" if whole.endswith(("增长", "增速")) else "增长"
            names[i] = [(subject + verb + whole + grown, n_start, n_end)]


#: A part named only by its stage (新建, 续建, 新开工…) in brackets after a count of works.
STAGE_ONLY = re.compile(r"新建|续建|新开工|竣工|投产|在建|改扩建|前期")
STAGE_WORKS: tuple[str, ...] = ("项目", "工程")
#: A part named only by its level or side (省级, 市级, 县级, 城镇, 农村): of what its total is.
LEVEL_ONLY = re.compile(r"(?:国家|省|市|县|区|乡|镇|村|州)级|城镇|农村|城市|乡村")
#: …or by a warning's colour (暴雨预警21次(黄色16次、橙色5次)): of the thing warned of,
#: the total's name after its last verb (市气象台发布暴雨预警 → 黄色暴雨预警次数).
COLOUR_ONLY = re.compile(r"[红橙黄蓝白]色")


def _bracketed_levels(text: str, spans: Sequence[ValueSpan],
                      names: list[list[NameSpan]]) -> None:
    """(In place) the parts in brackets right after a total, named by their level alone
    (建设项目27项(省级6项、市级5项、县级16项) → 省级建设项目数): the level's share of what the
    total counts."""
    for i in range(1, len(spans)):
        if len(names[i]) != 1:
            continue
        name, n_start, n_end = names[i][0]
        level = _bare(name, spans[i].unit)
        stage = STAGE_ONLY.fullmatch(level)
        colour = COLOUR_ONLY.fullmatch(level)
        if not LEVEL_ONLY.fullmatch(level) and not stage and not colour:
            continue
        total = _broken_down_count(text, spans, names, i, n_start, ")）。;；")
        if total is None or spans[total].unit != spans[i].unit:
            continue
        counted = _bare(names[total][0][0], spans[total].unit)
        if stage:  # 重点工业项目106项(新建43项,续建63项): 续建项目数, as analysts write it
            works = next((w for w in STAGE_WORKS if counted.endswith(w)), None)
            if works is None:
                continue
            counted = works
        if colour:
            words = _words(counted)
            last_verb = max((k for k, (_, flag) in enumerate(words) if flag == "v"), default=-1)
            counted = "".join(w for w, _ in words[last_verb + 1 :])
            if len(counted) < 2:
                continue
        part = normalize_name(level + counted, spans[i].unit)
        if part:
            names[i] = [(part, n_start, n_end)]


#: Volumes of a herd, said before the animals (累计出栏生猪86501头、肉牛5141头): each animal's
#: volume, named as statistics offices name it (生猪出栏), by the verb the run opened with.
HERD_VERBS: tuple[str, ...] = ("出栏", "存栏", "出售", "饲养")
HERD_UNITS = frozenset({"头", "只", "羽", "匹", "口"})


#: Weights and volumes of goods after a trading or handling verb, named the way statistics
#: name them: 销售宣莲12400千克、香菇275000千克 → 宣莲销售量, 香菇销售量.
GOODS_VERBS: tuple[str, ...] = ("销售", "收购", "调运", "回收", "清运", "转运", "外销")
GOODS_UNITS = frozenset({"吨", "万吨", "千克", "公斤", "斤", "万斤", "立方米", "万立方米"})
VOLUME_SUFFIX_OF_GOODS = "量"
#: …and crops by the area sown (种植粮食作物8960亩、蔬菜4100亩 → 粮食作物种植面积).
CROP_VERBS: tuple[str, ...] = ("示范种植", "推广种植", "种植", "播种", "套种", "复种")
#: (units, verbs, the suffix after the verb) of each kind of volume `_volumes_after_verbs`
#: names.
VOLUME_KINDS: tuple[tuple[frozenset[str], tuple[str, ...], str], ...] = (
    (HERD_UNITS, HERD_VERBS, ""), (GOODS_UNITS, GOODS_VERBS, VOLUME_SUFFIX_OF_GOODS),
    (AREA_UNITS, CROP_VERBS, AREA_SUFFIX))


def _volumes_after_verbs(text: str, spans: Sequence[ValueSpan],
                         names: list[list[NameSpan]]) -> None:
    """(In place) a count of animals after a herd verb, and the counts of the run after it
    that have no verb of their own, are that animal's volume: 出栏生猪86501头、肉牛5141头 →
    生猪出栏, 肉牛出栏; goods weighed after a trading verb and crops sown likewise
    (VOLUME_KINDS)."""
    for units, verbs, suffix in VOLUME_KINDS:
        verb = None
        for i, span in enumerate(spans):
            if span.unit not in units or len(names[i]) != 1 or span.change:
                verb = None
                continue
            name, n_start, n_end = names[i][0]
            thing = _bare(name, span.unit)
            own = next((v for v in verbs if thing.startswith(v)), None)
            gap = text[spans[i - 1].end : n_start].strip() if i else ""
            if own:
                verb, thing = own, thing[len(own) :]
            elif verb is None or not ITEM_GAP.fullmatch(gap):
                verb = None
                continue
            # (蔬菜面积 after 种植粮食作物8960亩: the crop, its area said again below)
            thing = thing.removesuffix(suffix) if suffix else thing
            if thing and not (suffix and len(thing) < 2):  # (收购量80万公斤: no goods)
                names[i] = [(thing + verb + suffix, n_start, n_end)]


#: Measures a statistical paragraph counts for each kind of school or institution in turn
#: (义务教育阶段学校77所,招生24636人,在校生84036人): said bare, they are of the kind named
#: last before them in the paragraph.
GENERIC_MEASURES: tuple[str, ...] = (
    "学校", "校数", "招生", "在校生", "在校学生", "毕业生", "毕业", "专任教师", "教职工",
    "在园幼儿", "班级", "新增学位", "学位",
    "床位", "卫生技术人员", "执业医师", "注册护士", "医疗卫生机构")
#: Generic measures that are themselves the kind of the items after them (中等职业学校),
#: unless the words before them name a level of schooling (义务教育阶段学校 → 义务教育阶段).
KIND_NOUNS: tuple[str, ...] = ("学校",)
KIND_LEVELS: tuple[str, ...] = ("阶段", "教育")
#: Kinds of schools a count in 所 may name alone (小学141所, 全省共有初级中学1741所): the
#: generic measures after it in the paragraph are of that kind.
SCHOOL_UNIT = "所"
SCHOOL_KINDS: tuple[str, ...] = ("小学", "初中", "初级中学", "中学", "高中", "普通高中",
                                 "完全中学", "九年一贯制学校", "职业高中", "幼儿园", "中职",
                                 "特殊教育学校", "中等职业学校", "高校", "普通高校", "普高",
                                 "义务教育学校", "中小学校")
#: What joins listed kinds of school (中小学、幼儿园96所).
SCHOOL_LIST_JOINS = ("、", "和", "及", "与")
#: The building a count of schools may open on (新建公办普高18所,新增学位4万个): no part of
#: the kind whose places are counted after it.
SCHOOL_BUILT = re.compile(r"^(?:(?:新改扩建|改扩建|新建成|新建|扩建|新开办|开办|建成)[、和及]?)+"
                          r"(?:使用|投用)?")
#: A kind a generic measure names already (在园幼儿 are a 幼儿园's): no prefix.
KIND_IMPLIED = frozenset({("幼儿园", "在园幼儿")})
#: A place before a kind (全市高中阶段) is no part of the kind; a whole place opening a
#: sentence's subject (全市共有…, 全县…) starts afresh.
_PLACE_KINDS = "(?:省|市|县|区|州|镇|乡|旗)"
_PLACE_LEAD = re.compile(rf"^(?:全|各){_PLACE_KINDS}")
_WHOLE_PLACE = re.compile(rf"全{_PLACE_KINDS}")
#: A paragraph that opens on the kind it is about (——小学。校数17所;毕业4008人…).
_KIND_LEAD = re.compile(r"\s*[—―\-－]{1,2}\s*(?P<kind>[\u4e00-\u9fff]{2,8})[。:：]")
#: The kind that owns a bare count after 共有 (全市高中阶段共有学校8所).
_KIND_HAS = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,8})(?:共有|现有)$")


def _generic_of(name: str) -> tuple[str, str] | None:
    """(kind, measure) of a name made of a kind and a generic measure (小学招生人数 →
    (小学, 招生)); ('', measure) for a bare one; None for other names."""
    for measure in GENERIC_MEASURES:
        at = name.find(measure)
        if at < 0:
            continue
        rest = name[at + len(measure) :]
        if rest in ("", COUNT_SUFFIX, UNIT_SUFFIXES["人"], "数量"):
            kind = _PLACE_LEAD.sub("", name[:at])
            if kind and measure in KIND_NOUNS and not kind.endswith(KIND_LEVELS):
                kind += measure  # 中等职业学校2所,招生2322人 → 中等职业学校招生人数
            return kind, measure
    return None


#: A count of trades said with how they fared (7个行业增加值实现正增长, 23个行业增加值同比
#: 下降, 有13个行业实现两位数以上增长, 41个行业中有37个实现正增长): the trades that did so
#: (not 8个行业大类中超五成保持增长: the trades of which some did).
TRADES_FARED = re.compile(r"(?P<trade>行业(?:大类)?)?(?!大类|中)"
                          r"(?P<fared>(?:增加值)?[^,，。;；:：\d]{0,10}?(?:增长|下降|减少|增加))"
                          r"(?=[,，。;；]|$)")
#: …and what says the count is of trades when the words after it do not (41个行业中有37个).
TRADES_BEFORE = re.compile(r"行业(?:大类)?中(?:有)?$")
#: How such a count is named (增加值同比下降的行业数), and the filler dropped (呈正增长).
TRADES_NAME = "{fared}的{trade}数"
TRADES_FILLER = re.compile(r"^(?:增加值)?呈")


def _trades_fared(text: str, spans: Sequence[ValueSpan],
                  names: list[list[NameSpan]]) -> None:
    """(In place) a count of trades followed by how they fared is named by that (增加值实现
    增长的行业数), not after the measure the words after it name (行业增加值)."""
    for i, span in enumerate(spans):
        if span.unit != "个" or span.change:
            continue
        fared = TRADES_FARED.match(text, span.end)
        if fared is None or not (fared.group("trade") or TRADES_BEFORE.search(
                text, max(0, span.start - 8), span.start)):
            continue
        words = fared.group("fared")
        words = words.replace("呈", "", 1) if TRADES_FILLER.match(words) else words
        name = TRADES_NAME.format(fared=words, trade=fared.group("trade") or "行业")
        names[i] = [(name, fared.start(), fared.end())]


#: A sentence about products made, before its figures (在统计的406种主要产品中…其中,;
#: 分产品看; 主要工业产品产量): the products it lists are each counted by their output.
PRODUCTS_LEAD = re.compile(r"产品(?:中|产量|看)|分产品")
#: Units a product's output is counted in (not money, people, kinds or items).
PRODUCT_UNITS = frozenset({"吨", "台", "辆", "套", "块", "只", "千瓦", "千瓦时", "立方米", "米",
                           "箱", "标准箱", "片", "部", "架", "艘", "条", "双", "支", "颗", "千升",
                           "升", "公斤", "平方米", "根", "盒", "瓶"})
#: A sentence that lists parts of what the sentence before it said.
PARTS_OPENING = "其中"
#: Who made it, not what (其中,县属企业完成1094.2万吨: a part of the output before it).
PRODUCERS: tuple[str, ...] = ("企业", "公司", "单位", "厂", "集团")
#: How a product's output is named (工业机器人产量).
OUTPUT_SUFFIX = "产量"
#: A name that already says what is measured of the product (发电量, 出口交货值, 销量).
MEASURED_ALREADY = re.compile(r"[量值额率]$|产量|销售|出口|进口|增加值")


def _products_made(text: str, spans: Sequence[ValueSpan],
                   names: list[list[NameSpan]]) -> None:
    """(In place) in a sentence about products made (分产品看,…其中,工业机器人245套,增长
    121.5倍;汽车9.7万辆), a product counted in a unit of goods is its output (工业机器人
    产量, not 工业机器人数), and so is the change said of it."""
    renamed: dict[int, str] = {}
    for i, span in enumerate(spans):
        if span.qualifies is not None and span.qualifies in renamed and len(names[i]) == 1:
            names[i] = [(renamed[span.qualifies], *names[i][0][1:])]
            continue
        if len(names[i]) != 1 or span.change or span.unit.split("/")[0] not in PRODUCT_UNITS:
            continue
        lead = _after_last(text, span.start, cues.FULL_STOPS)
        if text.startswith(PARTS_OPENING, lead) and lead > 0:  # (…主要产品中…。其中,…)
            lead = _after_last(text, lead - 1, cues.FULL_STOPS)
        if not PRODUCTS_LEAD.search(text, lead, span.start):
            continue
        product = _bare(names[i][0][0], span.unit)
        if len(product) < 2 or MEASURED_ALREADY.search(product) \
                or product.endswith(PRODUCERS) or _place_only(product, ""):
            continue
        renamed[i] = product + OUTPUT_SUFFIX
        names[i] = [(renamed[i], *names[i][0][1:])]


#: A rate's gap to its goal or to a wider area's rate, said as a change (高于全年增速目标7.5个
#: 百分点, 低于计划5个百分点, 高于全国2.8个百分点, 高于全省平均水平6.1个百分点): the comparison
#: and the goal's noun or the area (and 平均 when said), period and measure words left out.
GAP_TO_GOAL = re.compile(r"^(?P<verb>高于|低于|超过|超出|高出|快于|慢于)(?:(?:全年|年度|年初)?"
                         r"(?:增速|增长)?(?P<goal>预期目标|规划目标|计划目标|目标|计划|预期)"
                         r"|(?P<area>全国|全省|全市|全区|全县|全州|全盟|全旗|自治区)"
                         r"(?P<average>平均)?(?:水平|增速|增幅)?)")
#: How a gap to a goal is named: one indicator whichever side of the goal it falls (its
#: change says which: 高于 up, 低于 down).
GOAL_GAP_NAME = "{rate}与{goal}差距"
#: How a gap to an area is named: as the text compares (地区生产总值增速高于全国), the way
#: bulletins and their readers name it.
AREA_GAP_NAME = "{rate}{verb}{area}"
#: The growth rate a gap in points is of, when the subject names a level (地区生产总值增速).
GROWTH_RATE_WORD = "增速"
#: …unless it names a rate or a progress already (实际利用外资进度低于目标).
PROGRESS_WORDS: tuple[str, ...] = ("进度",)


def _gaps_to_goals(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """(In place) a gap in points between a growth rate and its goal (增长15%,高于全年增速
    目标7.5个百分点) or a wider area's rate (高于全国2.8个百分点) is named the rate's gap
    (地区生产总值增速与目标差距, …增速高于全国), as analysts name it, not the level's name it
    took over; so is each gap of a run the comparison opens (高于全省8.3和10.4个百分点)."""
    for i, span in enumerate(spans):
        gap = GAP_TO_GOAL.match(span.raw) if span.unit == POINTS_UNIT else None
        if gap is None or len(names[i]) != 1:
            continue
        j = i - 1  # (增长16.3%,较上年同期提升7.3个百分点,高于预期目标4.3个百分点: past the
        while j >= 0 and spans[j].unit == POINTS_UNIT and spans[j].change:  # other gaps)
            j -= 1
        grew = j >= 0 and spans[j].change is not None and spans[j].unit == "%" \
            and _one_sentence(text, spans[j].end, span.start)
        run = [k for k in range(i, _run_end(text, spans, i)) if spans[k].unit == POINTS_UNIT
               and (k == i or not GAP_TO_GOAL.match(spans[k].raw)) and len(names[k]) == 1]
        for k in run:
            subject = names[k][0][0]
            if grew and not subject.endswith(RATE_ENDINGS + PROGRESS_WORDS):
                # (增长15%,高于…目标7.5个百分点: the growth's gap; 资金1.35亿元,超出目标计划约13
                # 个百分点: how far the amount went past its plan)
                subject = _bare(subject, "") + GROWTH_RATE_WORD
            if gap.group("goal"):
                name = GOAL_GAP_NAME.format(rate=subject, goal=gap.group("goal"))
            else:
                name = AREA_GAP_NAME.format(
                    rate=subject, verb=gap.group("verb"),
                    area=gap.group("area") + (gap.group("average") or ""))
            names[k] = [(name, *names[k][0][1:])]


#: The words before a multiple of the figure said before it, naming what it is a multiple
#: of (…完成96.4亿元,是2011年的1.37倍; 分别是“十二五”的1.1倍、1.5倍; 是市均的1.59倍).
MULTIPLE_OF = re.compile(r"(?:分别|均|都)?(?:是|为|相当于)(?P<basis>[^，,。；;：:、的\s]"
                         r"[^，,。；;：:、的]{0,9})的\s*$")
#: How a multiple is named after its figure and basis (地区生产总值相当于2011年的倍数).
MULTIPLE_NAME = "{figure}相当于{basis}的倍数"


#: What may stand between a multiple and a change of the figure before it (是“十一五”的
#: 3.1倍,年均增长18.1%): a comma and the change's own verb, no subject of its own.
CHANGE_AFTER_MULTIPLE = re.compile(r"[,，]\s*(?:年均|同比|比上年|较上年)?")


def _multiples_of_figures(text: str, spans: Sequence[ValueSpan],
                          names: list[list[NameSpan]]) -> None:
    """(In place) a multiple said right after a figure, of the year or span it is compared
    with (GDP达到830亿元,是2011年的1.6倍), is that figure's multiple: named after the figure
    and the basis. A run of multiples (财政总收入、公共预算收入分别完成6.1亿元、3.6亿元,分别是
    2011年的1.65倍、1.86倍) takes the figures before it in order."""
    i = 0
    while i < len(spans):
        span = spans[i]
        if span.unit != "倍" or span.change or not i:
            i += 1
            continue
        end = _run_end(text, spans, i)
        run = [j for j in range(i, end) if spans[j].unit == "倍" and not spans[j].change]
        gap = text[spans[i - 1].end : span.start]
        said = MULTIPLE_OF.search(gap)
        figures = list(range(i - len(run), i))
        if said is None or len(run) != end - i or figures[0] < 0 \
                or not _one_sentence(text, spans[figures[0]].end, span.start, cues.FULL_STOPS) \
                or any(spans[j].unit in ("倍", "%") or spans[j].change or len(names[j]) != 1
                       for j in figures):
            i = end
            continue
        basis = re.sub(r"\s+", "", said.group("basis"))
        said_name = names[i][0][0] if len(names[i]) == 1 else None
        for j, figure in zip(run, figures, strict=True):
            bare = _bare(names[figure][0][0], spans[figure].unit)
            at = spans[j].start
            names[j] = [(MULTIPLE_NAME.format(figure=bare, basis=basis), at, at)]
        if len(run) == 1 and end < len(spans) and spans[end].change \
                and (not names[end] or (len(names[end]) == 1 and names[end][0][0] == said_name)) \
                and CHANGE_AFTER_MULTIPLE.fullmatch(text[span.end : spans[end].start]):
            # 累计1098.1亿元,是“十一五”的3.1倍,年均增长18.1%: the figure grew, not its basis
            names[end] = [(_bare(names[figures[0]][0][0], spans[figures[0]].unit),
                           spans[end].start, spans[end].start)]
        i = end


#: How a count's name ends when it names a category only (制造类7个, 领导信息类1条).
CATEGORY_END = "类"


def _category_counts(text: str, spans: Sequence[ValueSpan],
                     names: list[list[NameSpan]]) -> None:
    """(In place) counts named by a category alone take the thing counted by the total in
    their unit before them in the sentence: 新签约项目15个,其中制造类7个、配套类4个 →
    制造类项目数, 配套类项目数."""
    for i, span in enumerate(spans):
        if len(names[i]) != 1 or span.change or span.unit in NON_COUNT_UNITS \
                or span.unit in MEASUREMENT_UNITS or not span.unit:
            continue
        name, n_start, n_end = names[i][0]
        category = _bare(name, span.unit)
        if not category.endswith(CATEGORY_END) or len(category) < 2:
            continue
        total = next((k for k in range(i - 1, -1, -1)
                      if spans[k].unit == span.unit and not spans[k].change
                      and len(names[k]) == 1
                      and not _bare(names[k][0][0], span.unit).endswith(CATEGORY_END)), None)
        if total is None or not _one_sentence(text, spans[total].end, span.start,
                                              cues.FULL_STOPS):
            continue
        words = _words(_bare(names[total][0][0], span.unit))
        if not words or not words[-1][1].startswith("n") or len(words[-1][0]) < 2:
            continue
        thing = words[-1][0]
        names[i] = [(normalize_name(category + thing, span.unit) or name, n_start, n_end)]


def _bracket_open(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in text[start:end] is still open at `end`."""
    part = text[start:end]
    return part.count("(") + part.count("（") > part.count(")") + part.count("）")


def _single_names(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]
                  ) -> Iterator[tuple[int, str, int, int, bool]]:
    """(index, name, start, end, whether a paragraph began since the last one) of each
    value with a single name: what the paragraph-scoped passes below rename."""
    last_end = -1
    for i, span in enumerate(spans):
        if len(names[i]) != 1:
            continue
        fresh = last_end < 0 or "\n" in text[last_end : span.start]
        last_end = span.end
        yield (i, *names[i][0], fresh)


def _kinds_counted(text: str, n_start: int, counted: str) -> int:
    """How many kinds of school a count named from `n_start` counts: two (or more) when
    they are listed (新建成中小学、幼儿园96所, 7所中小学、幼儿园), else one."""
    listed = text[n_start - 1 : n_start] in SCHOOL_LIST_JOINS or SCHOOL_LIST_JOINS[0] in counted
    return 2 if listed else 1


def _scoped_generics(text: str, spans: Sequence[ValueSpan],
                     names: list[list[NameSpan]]) -> None:
    """Bare generic measures take the kind of the last scoped one before them in their
    paragraph (in place): 其中普通小学49所,小学招生17108人,在校生60766人 → 小学在校生人数."""
    kind, last_sentence, school_sentence = "", -1, -1
    kinds_since = 0  # kinds of school counted since the last generic measure
    for i, name, n_start, n_end, fresh in _single_names(text, spans, names):
        if fresh:
            line_start = text.rfind("\n", 0, n_start) + 1
            lead = _KIND_LEAD.match(text, line_start)  # ——小学。校数17所;招生3675人
            kind = lead.group("kind") if lead else ""
        parts = _generic_of(name)
        if parts is None:
            school = _PLACE_LEAD.sub("", _bare(name, spans[i].unit)).rpartition("有")[2]
            sentence_start = _after_last(text, n_start, cues.FULL_STOPS)
            counted = SCHOOL_BUILT.sub("", school)
            if spans[i].unit == SCHOOL_UNIT and school.endswith(SCHOOL_KINDS) \
                    and not spans[i].change \
                    and (sentence_start != school_sentence
                         or not (kind and counted.endswith(kind))) \
                    and not _bracket_open(text, sentence_start, n_start):
                # 小学141所,…。毕业生9587人: the kind the paragraph counts (the first of its
                # sentence, or another kind than its last: 幼儿园226所,…其中普惠性民办幼儿园
                # 115所 counts all kindergartens; …学校62所,新增学位10.2万个,幼儿园13所,新增
                # 学位0.5万个 the kindergartens'; not one in brackets: (其中…实验幼儿园1所))
                kind, school_sentence = counted, sentence_start
                last_sentence = sentence_start
                kinds_since += _kinds_counted(text, n_start, counted)
            continue
        own, measure = parts
        sentence_start = _after_last(text, n_start, cues.FULL_STOPS)
        if sentence_start != last_sentence and _WHOLE_PLACE.search(text, sentence_start,
                                                                    n_start):
            kind = ""  # 全市共有幼儿园81所: a new subject, not the kind named before
        last_sentence = sentence_start
        if not own:
            owner = _KIND_HAS.search(text, sentence_start, n_start)
            own = _PLACE_LEAD.sub("", owner.group("kind")) if owner else ""
            if own:  # (工业总产值:实现产值198.9亿元: the kind is the measure already)
                names[i] = [(_joined(own, name), n_start, n_end)]
        marker = text.find(PARTS_MARKER, sentence_start, n_start) \
            if own and spans[i].unit in PEOPLE_UNITS else -1
        if marker >= 0 and any(sentence_start <= spans[j].start and spans[j].end <= marker
                               and names[j] and name.endswith(names[j][0][0])
                               for j in range(i)):
            # (专任教师1567人,其中:…幼儿园48人 → 幼儿园专任教师数: a part of the total
            # before, whose kind is not carried to the next total)
            continue
        if own:
            kind = SCHOOL_BUILT.sub("", own)
            # (中小学校16所 is a kind of school counted too)
            kinds_since = 0 if spans[i].unit != SCHOOL_UNIT \
                else kinds_since + _kinds_counted(text, n_start, kind)
            continue
        several, kinds_since = kinds_since > 1, 0
        if kind and not several and (kind, measure) not in KIND_IMPLIED:
            # (公办幼儿园8所,中小学校16所,新增学位3600个: the places of both, no one kind's)
            names[i] = [(_joined(kind, name), n_start, n_end)]


def _bases(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """Figures a level is compared with take the level's name (in place), and so do the
    changes and shares said of them (较上年28899万元增长9.9%: both are the level's)."""
    based: set[int] = set()
    for i in range(1, len(spans)):
        basis = _basis_of_subject(text, spans, names, i, based)
        if basis is None:
            continue
        names[i] = basis
        based.add(i)
        if cues.LAST_YEAR_BASIS.search(text, max(0, spans[i].start - cues.BASIS_REACH),
                                       spans[i].start):
            changed = {i}
            for k in range(i + 1, len(spans)):
                if spans[k].qualifies in changed:  # …增长9.9%: the level's change (and a
                    names[k] = list(basis)  # change of that change: 减收483万元,减幅4%)
                    changed.add(k)


#: (The figure a level is compared with, last year's or the plan's: cues.LAST_YEAR_BASIS,
#: cues.PLAN_BASIS.) A share of the plan right after it: 31220万元的101.7%.
SHARE_OF_BASIS = "的"
#: Names that are only the plan a figure is (预算数, 调整预算数): the subject's plan.
PLAN_NAME = re.compile(r"^(?:年初|调整|全年)?(?:预算|计划|目标|任务)(?:数|总额|金额)?$")


def _is_plan_word(name: str, unit: str) -> bool:
    return bool(PLAN_NAME.match(_bare(name, unit)))


def _level_subject(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                   i: int, based: set[int]) -> int | None:
    """The index of the level earlier in value i's sentence that a basis after it is of
    (县级一般公共预算收入31751万元,完成预算数31220万元…), or None."""
    for j in range(i - 1, -1, -1):
        if not _one_sentence(text, spans[j].end, spans[i].start, cues.FULL_STOPS):
            return None
        if names[j] and j not in based and not spans[j].change \
                and spans[j].unit == spans[i].unit and not _is_share_name(names[j][0][0]) \
                and not _is_plan_word(names[j][0][0], spans[j].unit):
            return j
    return None


def _basis_of_subject(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                      i: int, based: set[int]) -> list[NameSpan] | None:
    """Names of a figure a level is compared with, and of the share of a plan after it:
    较上年28899万元 → the level's name; 完成预算数31220万元 → …预算数, and its 的101.7% →
    …预算完成率. None when value i is no such figure."""
    span = spans[i]
    before = text[max(0, span.start - cues.BASIS_REACH) : span.start]
    if cues.LAST_YEAR_BASIS.search(before):
        j = _level_subject(text, spans, names, i, based)
        return list(names[j]) if j is not None else None
    plan = cues.PLAN_BASIS.search(before)
    if plan and span.unit == "%" and plan.group().startswith(SHARE_WORD):
        return None  # (…投资28.62亿元,占计划144.5%: a share of the plan, no plan figure)
    if plan:
        j = _level_subject(text, spans, names, i, based)
        if j is None:
            return None
        subject, n_start, n_end = names[j][0]
        kind = plan.group("plan") or plan.group("compared")
        return [(_bare(subject, spans[j].unit) + kind + "数", n_start, n_end)]
    previous = spans[i - 1]
    if span.unit == "%" and text[previous.end : span.start] == SHARE_OF_BASIS:
        plan = cues.PLAN_BASIS.search(text, max(0, previous.start - cues.BASIS_REACH),
                                      previous.start)
        j = _level_subject(text, spans, names, i - 1, based) if plan else None
        if plan is None or j is None:
            return None
        subject, n_start, n_end = names[j][0]
        planned = (plan.group("plan") or plan.group("compared")).removesuffix("调整")
        kind = next(k for k in COMPLETION_RATES if planned.endswith(k))
        return [(_bare(subject, spans[j].unit) + COMPLETION_RATES[kind], n_start, n_end)]
    return None


#: A result no different from its basis (和年初预算持平): the words before it name the basis.
LEVEL_WORDS_SAME: frozenset[str] = frozenset({"持平", "基本持平"})
#: …said against a basis the value opens on (同比持平 after 与去年).
SAME_PERIOD_OPENINGS: tuple[str, ...] = ("同比", "环比")


def _said_level(raw: str) -> bool:
    """持平, 基本持平, or either after 同比/环比 (与去年同比持平): the value stayed level."""
    for opening in SAME_PERIOD_OPENINGS:
        raw = raw.removeprefix(opening)
    return raw in LEVEL_WORDS_SAME


#: A template's change with its direction left open (values.py reads it so).
EITHER_WAY = re.compile(cues.EITHER_WAY_VERB)
SAME_AS_BASIS = re.compile(r"(?:和|与|较|(?<![同环])比)[^,，。;；]{1,10}?(?:相比)?(?:保持|基本)?$")
#: …相比事故起数持平: the words between the basis and 持平 name what stayed level.
BASIS_THEN_SUBJECT = re.compile(r"相比(?P<subject>[\u4e00-\u9fff]{2,})(?:保持|基本)?$")


def _same_as_basis(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                   i: int) -> list[NameSpan]:
    """The name of what stayed level with its basis: the subject of its clause before the
    basis (门急诊总诊疗量与2021年度持平), else the value before it in the sentence (经费0万元,
    和年初预算持平)."""
    span = spans[i]
    basis = SAME_AS_BASIS.search(text, max(0, span.start - 16), span.start)
    if basis is None:
        return []
    after = BASIS_THEN_SUBJECT.search(basis.group())
    if after:  # 与去年同期相比事故起数持平: the subject follows the basis
        subject, n_start, n_end = _named(after.group("subject"), "")
        if subject:
            at = basis.start() + after.start("subject")
            return [(subject, at + n_start, at + n_end)]
    clause = _clause_start(text, basis.start(), spans[i - 1].end if i else 0)
    subject, n_start, n_end = _named(text[clause : basis.start()], "")
    if subject:
        return [(subject, clause + n_start, clause + n_end)]
    if i and names[i - 1] and _one_sentence(text, spans[i - 1].end, span.start,
                                            cues.FULL_STOPS):
        if i >= 2 and names[i - 2] and spans[i - 1].unit in SHARE_UNITS \
                and _names_share(names[i - 1][0][0]) and spans[i - 2].unit not in SHARE_UNITS:
            return list(names[i - 2])  # 公务接待费2万元,占36%,和上年持平: the amount's
        return list(names[i - 1])
    return []


def _change_of_sentence_before(text: str, spans: Sequence[ValueSpan],
                               names: list[list[NameSpan]], i: int) -> list[NameSpan]:
    """A sentence opening on a change noun alone is about the level named last before it
    (…增加值27.3亿元,增长9%。增幅2-5月份分别为14.2%、13% → 规上工业增加值增幅), and so are
    the items of its run; [] otherwise."""
    if i == 0:
        return []
    if names[i - 1] and text[spans[i - 1].end : spans[i].start] in cues.RUN_SEPARATORS \
            and names[i - 1][0][0].endswith(NOUN_CHANGES) and not spans[i - 1].change:
        return list(names[i - 1])  # 、13%: the run goes on
    start = _after_last(text, spans[i].start, cues.FULL_STOPS)
    window = RESPECTIVELY.sub("", _without_periods(text[start : spans[i].start]).strip())
    if window not in NOUN_CHANGES:
        return []
    level = next((j for j in range(i - 1, -1, -1) if names[j] and not spans[j].change
                  and spans[j].unit not in cues.RATE_UNITS), None)
    if level is None or "\n" in text[spans[level].end : start]:
        return []
    subject = _bare(names[level][0][0], spans[level].unit)
    return [(subject + window, start, start + len(window))]


#: The events a total of events may count, as its name writes them (生产安全事故起数).
EVENT_NOUNS: tuple[str, ...] = ("事故", "火灾", "案件")


#: Outcome verbs a part of a bracket may be named by alone (…建筑施工1起、死亡1人): the part
#: before it is whose outcome it is.
OUTCOME_VERBS: tuple[str, ...] = ("死亡", "受伤", "失踪", "遇难")
#: Words ending a part's kind that are no part of it (非煤矿山类2起 → 非煤矿山).
KIND_TAILS: tuple[str, ...] = ("类", "方面", "领域")


#: A sentence's lead naming the events its list breaks down by sector (亡人事故根据行业类型
#: 来划分,分别为:建筑行业3起; 生产安全事故按行业分:…): the event, before the colon.
EVENTS_LEAD = re.compile(r"(?P<event>[\u4e00-\u9fff]{0,4}(?:事故|火灾))[^,，。;；:：]{0,14}"
                         r"[,，]?(?:分别为|分别是|按行业分|分行业看|分别)?[:：]")


def _events_named_before(text: str, spans: Sequence[ValueSpan],
                         names: list[list[NameSpan]]) -> None:
    """(In place) counts of events named by a sector alone after a lead that names the
    events (亡人事故根据行业类型来划分,分别为:建筑行业3起 → 建筑行业亡人事故起数)."""
    for i, span in enumerate(spans):
        if span.unit != "起" or len(names[i]) != 1 or span.change:
            continue
        sector = _bare(names[i][0][0], span.unit)
        if any(e in sector for e in EVENT_NOUNS) or len(sector) > SECTOR_MAX:
            continue
        start = _after_last(text, span.start, cues.FULL_STOPS)
        lead = max(EVENTS_LEAD.finditer(text, start, span.start), key=lambda m: m.end(),
                   default=None)
        if lead is None or any(start <= s.start < lead.end() for s in spans):
            continue  # (a lead with a figure of its own is a total, read by _refine)
        event = GENERAL_EVENT_KIND.sub("", lead.group("event"))
        names[i] = [(sector + event + EVENT_COUNT_SUFFIX, *names[i][0][1:])]


#: Words that make a count of events a count of deadly ones (死亡事故7起, 亡人事故3起).
DEADLY_WORDS = "死亡|亡人"
DEADLY_EVENT = re.compile(DEADLY_WORDS)
#: …or of ones that killed or hurt (伤亡事故): no part of the name of their toll.
TOLL_WORD = re.compile(DEADLY_WORDS + "|伤亡")
TOLLS = frozenset({"死亡人数", "受伤人数", "失踪人数", "遇难人数"})
DEATHS_SUFFIX = "死亡人数"


def _bracketed_tolls(text: str, spans: Sequence[ValueSpan],
                     names: list[list[NameSpan]]) -> None:
    """(In place) people alone in a bracket right after a count of deadly events (死亡事故
    7起(7人), 较去年同期10起(10人)) are the deaths those events took: 死亡事故死亡人数 →
    事故死亡人数 (the events' name less the word that made them deadly)."""
    for i in range(1, len(spans)):
        span, before = spans[i], spans[i - 1]
        if span.unit not in PEOPLE_UNITS or span.change or before.unit != "起" \
                or len(names[i - 1]) != 1 or text[before.end : span.start] not in ("(", "（") \
                or text[span.end : span.end + 1] not in (")", "）"):
            continue
        events = _bare(names[i - 1][0][0], before.unit)
        sentence = text[_after_last(text, before.start, cues.FULL_STOPS) : before.start]
        if not (DEADLY_EVENT.search(events) or DEADLY_EVENT.search(sentence)):
            continue
        events = DEADLY_EVENT.sub("", events)
        names[i] = [(events + DEATHS_SUFFIX, span.start, span.start)]


def _event_parts(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """Parts of totals of events in the bracket right after them take the total's event and
    outcome (事故14起(道路交通安全事故12起、建筑施工2起) → 建筑施工事故起数; 事故7起、
    死亡8人(其中建筑施工1起、死亡1人,…) → 建筑施工事故起数, 建筑施工事故死亡人数): each
    part goes with the total of its unit before the bracket, and a part named by its
    outcome verb alone (死亡1人) is the outcome of the part before it."""
    for t, total in enumerate(spans):
        if text[total.end : total.end + 1] not in ("(", "（") or len(names[t]) != 1:
            continue
        closing = text.find(")" if text[total.end] == "(" else "）", total.end)
        if closing < 0:
            continue
        # the totals of events of the sentence up to the bracket, by unit
        totals: dict[str, tuple[str, str]] = {}
        for j in range(t, -1, -1):
            if not _one_sentence(text, spans[j].end, total.end) or len(names[j]) != 1:
                break
            name = names[j][0][0]
            event = next((e for e in EVENT_NOUNS if e in name), None)
            outcome = next((o for o in EVENT_OUTCOMES if name.endswith(o)), None)
            if event and (outcome or name.endswith(EVENT_COUNT_SUFFIX)):
                totals.setdefault(spans[j].unit, (event, outcome or EVENT_COUNT_SUFFIX))
        if not totals:
            continue
        kind = ""  # the last part's kind, for a part named by its outcome verb alone
        for k in range(t + 1, len(spans)):
            if spans[k].start >= closing:
                break
            if len(names[k]) != 1 or spans[k].change:
                continue
            if spans[k].unit not in totals:
                continue
            part, p_start, p_end = names[k][0]
            own = _bare(part, spans[k].unit).removesuffix(COUNT_SUFFIX)
            item = _strip_span(text[_clause_start(text, spans[k].start, spans[k - 1].end)
                                    : spans[k].start])[0].removeprefix("其中")
            event, outcome = totals[spans[k].unit]
            if item in OUTCOME_VERBS or own in OUTCOME_VERBS:
                if not kind:
                    continue
                bare = kind
            elif outcome != EVENT_COUNT_SUFFIX and outcome in part:
                continue  # (named already: 道路交通事故死亡人数)
            else:
                bare = kind = _without_ending(own, KIND_TAILS)
            if not bare.endswith(EVENT_NOUNS):
                bare += event
            names[k] = [(bare + outcome, p_start, p_end)]


#: 小学共有教职工3269人,专任教师3150人: the owner of a sentence's first count.
OWNER_HAS = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,8}?)(?:共有|现有)")
#: The longest name a later item of the sentence may have to take the owner (专任教师人数).
OWNED_NAME_MAX = 6


def _share_owner(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]]) -> None:
    """Short names later in a sentence whose first count an owner has (小学共有教职工3269
    人,专任教师3150人 → 小学专任教师人数) are the owner's too (in place)."""
    owner, owner_at = "", -1
    for i, span in enumerate(spans):
        if i == 0 or not _one_sentence(text, spans[i - 1].end, span.start, cues.FULL_STOPS):
            owner, owner_at = "", -1
            start = _after_last(text, span.start, cues.FULL_STOPS)
            m = OWNER_HAS.search(text, start, span.start)
            if m and len(names[i]) == 1 and names[i][0][0].startswith(m.group("owner")):
                owner, owner_at = m.group("owner"), i
            continue
        if owner and len(names[i]) == 1 and i > owner_at:
            name, n_start, n_end = names[i][0]
            if len(name) <= OWNED_NAME_MAX and not name.startswith(owner) \
                    and n_start >= spans[i - 1].end:
                names[i] = [(owner + name, n_start, n_end)]


def _changes_after_shares(text: str, spans: Sequence[ValueSpan],
                          names: list[list[NameSpan]]) -> None:
    """(In place) a change right after a share that names its owner (高新技术产业增加值占全区
    规上工业增加值的53.3%,增速同比下降3.9%; 战略性新兴产业增加值占全区比重为2.2%,同比增长30.9%)
    is the owner's growth, not the share's: it took the share's name."""
    for i in range(1, len(spans)):
        before, span = spans[i - 1], spans[i]
        if not span.change or span.unit != "%" or before.change or before.unit != "%" \
                or len(names[i]) != 1 or len(names[i - 1]) != 1 \
                or not _one_sentence(text, before.end, span.start, cues.FULL_STOPS):
            continue
        share, name = names[i - 1][0][0], names[i][0][0]
        at = share.find(SHARE_WORD)
        if at >= 2 and name.startswith(share):
            names[i] = [(share[:at] + name[len(share):], *names[i][0][1:])]


#: A bare share in brackets after a count (已完成1个(50%), 正在施工中(93%)): the share
#: of the task done when a doing word stands before the count, else its progress.
PROGRESS_SHARES: dict[bool, str] = {True: "完成率", False: "进度"}
DONE_WORDS: tuple[str, ...] = ("完成", "建成", "已送", "已治理", "已办", "已发放")
#: How short a name may be to stand for a longer one said before it (事故起数).
SHORT_NAME_MIN = 3


def _named_in_full(text: str, spans: Sequence[ValueSpan], names: list[list[NameSpan]],
                   i: int, found: list[NameSpan]) -> list[NameSpan]:
    """The change of a short name that ends a longer one given earlier in the sentence is
    the longer one's: 发生生产经营性道路交通事故2起,事故起数同比减少1起 → 生产经营性道路
    交通事故起数. (Parallel counts keep their own: …18个道路交通项目,…10个交通项目.)"""
    name, n_start, n_end = found[0]
    if len(name) < SHORT_NAME_MIN:
        return found
    for j in range(i - 1, -1, -1):
        if not _one_sentence(text, spans[j].end, spans[i].start):
            break
        if len(names[j]) == 1:
            earlier = names[j][0][0]
            if earlier != name and earlier.endswith(name):
                return [(earlier, n_start, n_end)]
    return found
