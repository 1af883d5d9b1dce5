"""Cue-word and unit tables of the value grammar: data only, read by parse/values.py.

Every word the grammar reacts to lives here, so extending the grammar to a new unit or
comparator is a one-line change to a table, never a new branch in the code.
"""

from __future__ import annotations

import re

# --- numbers -----------------------------------------------------------------------------

#: Chinese digits (两 is "two" before measure words; 〇 appears in written years).
CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
#: Chinese powers of ten inside a numeral (十二, 一百零五).
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
#: Chinese section multipliers (三万五千, 一亿).
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}
#: The capital numerals of financial writing (两千肆佰余户, 叁拾伍项) and the common ones
#: they stand for.
CAPITAL_NUMERALS: dict[str, str] = {
    "壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七",
    "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千",
}

#: Multipliers written after an Arabic number (8.7万, 1.2亿, 20余万). Longest first.
MULTIPLIERS: dict[str, int] = {
    "万亿": 10**12, "千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4, "千": 10**3,
}

#: Markers of an approximate figure written inside the number (20余万, 3个多月, 5万余人).
APPROX_INFIXES: tuple[str, ...] = ("余", "多")

# --- units -------------------------------------------------------------------------------

#: Unit as written → (canonical unit, factor applied to the number). Money is normalised to
#: 元 with its multiplier; everything else keeps its own unit. Matched longest first.
UNITS: dict[str, tuple[str, float]] = {
    "%": ("%", 1), "‰": ("‰", 1), "‱": ("‱", 1),
    "个百分点": ("百分点", 1), "百分点": ("百分点", 1),
    "个千分点": ("千分点", 1), "千分点": ("千分点", 1),  # a ‰ rate's change (人口出生率)
    "亿元": ("元", 10**8), "万元": ("元", 10**4), "千元": ("元", 10**3), "元": ("元", 1),
    "人次": ("人次", 1), "人": ("人", 1), "名": ("名", 1), "户": ("户", 1),
    "家次": ("家次", 1), "家": ("家", 1), "台次": ("台次", 1), "户次": ("户次", 1),
    "车次": ("车次", 1), "架次": ("架次", 1), "艘次": ("艘次", 1),
    "架": ("架", 1), "艘": ("艘", 1),  # aircraft and ships: 租用6架直升机
    "起": ("起", 1), "宗": ("宗", 1), "件次": ("件次", 1), "件": ("件", 1),
    "场次": ("场次", 1), "场": ("场", 1), "次": ("次", 1), "轮": ("轮", 1), "批": ("批", 1),
    "个月": ("个月", 1), "个工作日": ("个工作日", 1), "工作日": ("工作日", 1),
    "个小时": ("小时", 1), "个": ("个", 1),
    "个点": ("个点", 1),  # 新建公共自行车10个点: sites
    "处": ("处", 1), "支": ("支", 1), "项": ("项", 1), "条": ("条", 1), "份": ("份", 1),
    "台(套)": ("台(套)", 1), "台（套）": ("台(套)", 1),  # 单价20万元以上的设备63台(套)
    "台套": ("台套", 1),  # machines with their implements (补贴购机农户5户,机具5台套)
    "台": ("台", 1), "辆": ("辆", 1), "部": ("部", 1), "座": ("座", 1), "所": ("所", 1),
    "套": ("套", 1), "张": ("张", 1), "块": ("块", 1), "门": ("门", 1), "路": ("路", 1),
    "期": ("期", 1), "篇": ("篇", 1), "册": ("册", 1), "本": ("本", 1), "间": ("间", 1),
    # an archive's holdings (纸质档案111675卷、声像档案2285盘、照片档案906盒, 115万页)
    "卷": ("卷", 1), "盒": ("盒", 1), "盘": ("盘", 1), "页": ("页", 1),
    "栋": ("栋", 1), "幢": ("幢", 1), "组": ("组", 1), "单": ("单", 1), "类": ("类", 1),
    "小时": ("小时", 1), "分钟": ("分钟", 1), "秒": ("秒", 1), "天": ("天", 1), "周": ("周", 1),
    "年": ("年", 1),  # a duration only where a comparator says so (≥10年): see values.py
    "吨": ("吨", 1), "公斤": ("公斤", 1), "千克": ("千克", 1), "斤": ("斤", 1),
    "盏": ("盏", 1), "课时": ("课时", 1), "堂": ("堂", 1), "种": ("种", 1),
    "人公里": ("人公里", 1), "吨公里": ("吨公里", 1),  # transport turnover (22.1亿人公里)
    "标箱": ("标箱", 1),  # a port's containers (集装箱吞吐量完成663万标箱)
    "标准箱": ("标准箱", 1),  # the same written out (完成集装箱运输441.6万标准箱)
    "公里": ("公里", 1), "千米": ("公里", 1), "km": ("公里", 1), "毫米": ("毫米", 1),
    "米": ("米", 1), "平方米": ("平方米", 1), "㎡": ("平方米", 1), "m2": ("平方米", 1),
    "平米": ("平方米", 1), "m²": ("平方米", 1), "m": ("米", 1), "mm": ("毫米", 1),
    "m3": ("立方米", 1), "m³": ("立方米", 1), "km2": ("平方公里", 1), "km²": ("平方公里", 1),
    "平方公里": ("平方公里", 1), "立方米": ("立方米", 1), "公顷": ("公顷", 1), "亩": ("亩", 1),
    # vaccines and doses (领用禽流感疫苗746万毫升, 小反刍兽疫疫苗3万头份)
    "毫升": ("毫升", 1), "头份": ("头份", 1), "羽份": ("羽份", 1), "剂次": ("剂次", 1),
    "千瓦": ("千瓦", 1), "倍": ("倍", 1), "成": ("%", 10), "分": ("分", 1),
    # livestock, plants, batches and concentrations of the bulletins and summaries
    "头": ("头", 1), "羽": ("羽", 1), "只": ("只", 1), "匹": ("匹", 1),
    # a pastoral herd counted in heads of cattle, sheep and horses together (19.03万头只匹)
    "头只匹": ("头只匹", 1), "头只": ("头只", 1),
    # wells, cisterns and ponds (水窖2059口, 抗旱打井115口, 7.4万口山坪塘)
    "口": ("口", 1), "株": ("株", 1), "棵": ("棵", 1),
    "批次": ("批次", 1), "千瓦时": ("千瓦时", 1), "吨标准煤": ("吨标准煤", 1),
    "微克/立方米": ("微克/立方米", 1), "毫克/立方米": ("毫克/立方米", 1),
    "ug/m3": ("微克/立方米", 1), "μg/m3": ("微克/立方米", 1), "mg/m3": ("毫克/立方米", 1),
    # the same, spelled out (二氧化硫年平均浓度12微克每立方米)
    "微克每立方米": ("微克/立方米", 1), "毫克每立方米": ("毫克/立方米", 1),
    # noise levels (区域环境噪声昼间等效声级50.9dB(A), 55分贝)
    "dB(A)": ("dB(A)", 1), "dB": ("dB", 1), "分贝": ("分贝", 1),
    "美元": ("美元", 1), "欧元": ("欧元", 1), "港元": ("港元", 1), "岁": ("岁", 1),
    # storage and bandwidth a form's equipment states (一个存储备份器 | 25TB, 带宽100Mbps)
    "TB": ("TB", 1), "GB": ("GB", 1), "Mbps": ("Mbps", 1),
    # pairs twinned and lessons given (组建教共体70对以上, 同步课堂2000节(次)以上)
    "对": ("对", 1), "节(次)": ("节次", 1), "节（次）": ("节次", 1), "节次": ("节次", 1),
    "节": ("节", 1),
    # cases screened or treated, wells and transactions (免费产前超声筛查4611例, 新打机井921眼,
    # 发放贷款120笔); not 位, which ranks far more often than it counts (上升10位, 列全省56位)
    "例": ("例", 1), "眼": ("眼", 1), "笔": ("笔", 1),
    # rates per 100,000 (孕产妇死亡率3.85/10万)
    "/10万": ("/10万", 1), "/十万": ("/10万", 1),
}
#: Unit characters that, followed by these characters, are the start of another word and not
#: a unit at all (十万人口, 95316部队, 2个台站 is fine, 3项目 is not).
UNIT_WORD_CONTINUATIONS: dict[str, str] = {
    "人": "口员民群们", "次": "数全", "项": "目", "处": "理置罚室", "起": "数草步",
    "天": "然气", "台": "风站账", "路": "线径", "部": "门署分队署", "场": "所景地",
    "期": "间限", "条": "例件款", "件": "事", "家": "庭属", "所": "有在属", "门": "类槛",
    "单": "位元", "张": "贴", "套": "餐班", "本": "级地质", "分": "别析局类钟", "组": "织",
    "间": "隔", "元": "素", "户": "外籍", "周": "边期年", "座": "谈", "块": "状",
    "米": "粉", "类": "别", "批": "准复", "轮": "次", "成": "效果立员本",
    "头": "部脑", "只": "有是要能", "株": "洲", "种": "子", "点": "位子评赞",
    "架": "构设子", "口": "人岸径罩腔号碑头味感气",
    "页": "码面岩", "盘": "点活山", "卷": "烟入", "盒": "饭子",
    # (对接, 对于, 对象, 1对1帮扶; 节约, 节能, 节点, 节日)
    "对": "接于象外比口标话照应策称等手0123456789一", "节": "约能点日水省假庆目俭",
    # (例如, 例外; 眼科, 眼睛; 笔记, 笔试)
    "例": "如外行会", "眼": "科睛镜光界前里下", "笔": "记试者墨",
    # a Latin unit letter before more letters is part of a word (5min, 10mg, 3mol)
    "m": "abcdefghijklnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
}
#: …unless, after a figure in digits, the word after the unit starts there (150项目标任务:
#: 150 goals, not 150 projects).
UNIT_BEFORE_WORDS: dict[str, tuple[str, ...]] = {"项": ("目标",)}
#: Units a Chinese numeral may carry. A bare 十分 is "very", and 六个一, 一张图, 四个确保 are
#: slogans; only these measure words make a Chinese numeral a value (两支队伍, 三成, 五倍).
#: A lone 一 is never a value (一次, 一批 are articles far more often than counts).
CN_NUMERAL_UNITS: frozenset[str] = frozenset({
    "%", "‰", "个百分点", "百分点", "个千分点", "千分点", "亿元", "万元", "元", "人次", "人",
    "名", "户", "家次",
    "家", "起", "宗", "件", "场次", "场", "次", "轮", "批", "个月", "个工作日", "个小时",
    "处", "支", "项", "条", "份", "台", "辆", "座", "所", "套", "块", "期", "篇",
    "小时", "分钟", "天", "周", "吨", "公里", "米", "平方米", "倍", "成",
})

#: Measure words that make a Chinese numeral a value from ten up: 三十五个 is a count,
#: while 四个确保 and 六个一 are slogans.
CN_NUMERAL_UNITS_FROM_TEN: frozenset[str] = frozenset({"个", "张"})

#: A number without a unit right after one of these labels (a comparator may sit between)
#: takes the implied unit: 累计完成工作量75.00 → %, 死亡人数不突破152 → 人.
IMPLIED_UNITS: dict[str, str] = {
    "完成工作量": "%", "完成进度": "%", "完成率": "%", "完成比例": "%", "执行率": "%",
    "人数": "人", "起数": "起", "家数": "家", "户数": "户", "项数": "项", "次数": "次",
    "件数": "件", "所数": "所", "套数": "套",
}
#: A count of things in a column whose header names none of the above (计划完成数, 累计开工数,
#: 项目数): a count of items, 个; but an index, a ratio or points is no count.
COUNT_NAME_ENDING = "数"
COUNT_UNIT = "个"
NOT_COUNT_ENDINGS: tuple[str, ...] = ("指数", "系数", "倍数", "分数", "基数", "参数", "乘数",
                                      "预算数", "执行数", "决算数", "结算数", "余数", "总数值")
#: Words of money right before a figure written with 万 or 亿 and no unit (投入中央直达
#: 资金29.6万, 执行数29.6万): the figure is in 元.
MONEY_WORDS_BEFORE_BARE: tuple[str, ...] = (
    "资金", "投资", "经费", "拨款", "补贴", "补助", "收入", "支出", "金额", "预算", "预算数",
    "执行数", "决算", "决算数",  # 三公经费决算数合计为807.95万
    # 第一产业增加值317万, 实现产值1.5亿: an economy's output is money too
    "增加值", "生产总值", "产值",
    # 总投资额369.33亿, 销售额2.1亿: an amount (额) of money
    "额")
#: Measures written with a bare number and no unit (价格指数101.8, 性别比106.88, 生师比16.90:1).
UNITLESS_MEASURES: tuple[str, ...] = ("指数", "性别比", "收入比", "系数", "AQI",
                                      # ratios to one (生师比为16.90:1, …之比为1.5:1)
                                      "生师比", "师生比", "医护比", "床护比", "之比",
                                      # (全年出生登记人口6624: a count of people, 人 unsaid)
                                      "出生人口", "出生登记人口", "登记人口")
#: Written after a unit, these make it a rate: 不少于2次/年 → 次/年, 50元/吨 → 元/吨.
PER_UNITS: tuple[str, ...] = (
    "年", "季度", "季", "月", "周", "日", "天", "小时", "人", "人次", "人月", "人年", "户", "次",
    "吨", "平方米",
    "公里", "亩", "件", "家", "千人", "万人", "百人", "十万人",  # 食品抽检5.5批次/千人
    "平米", "米", "公斤", "斤", "株", "头", "只", "立方米", "个",  # 490元/平米, 3.5元/公斤
    "克", "g", "千克", "kg",  # 足金金价580元/g
    "平方公里", "平方千米",  # 降尘量3.1吨/平方公里•月, 2.1吨/平方千米·月
)
#: Marks joining a second per-unit to the first (744元/人·月, 6720元/人·年), and the one the
#: grammar writes whichever the text used.
PER_UNIT_JOINERS: tuple[str, ...] = ("·", "•", "・")
PER_UNIT_JOIN = PER_UNIT_JOINERS[0]
#: A per-unit written another way, as the unit table writes it (元/平米 → 元/平方米).
PER_UNIT_SPELLINGS: dict[str, str] = {"平米": "平方米"}

# --- comparators -------------------------------------------------------------------------

#: Comparator written before the number. Matched longest first; 不突破 wins over 突破.
#: Bounds written before the first item of a list of counts that bound every item
#: (推出不少于200场…、400场…): not 达到, which reports a figure.
LIST_BOUND_PREFIXES: tuple[str, ...] = ("不少于", "不低于", "至少", "不超过", "不高于", "控制在")
COMPARATOR_PREFIXES: dict[str, str] = {
    "不低于": "≥", "不少于": "≥", "不小于": "≥", "不短于": "≥", "至少": "≥", "最少": "≥",
    "达到": "≥", "达": "≥", "大于等于": "≥", "≥": "≥", ">=": "≥", "≧": "≥", "⩾": "≥",
    "不超过": "≤", "不高于": "≤", "不突破": "≤", "不大于": "≤", "不多于": "≤", "最多": "≤",
    "控制在": "≤", "小于等于": "≤", "≤": "≤", "<=": "≤", "≦": "≤", "⩽": "≤",
    # a level to bring a figure down or up to (降至9.3%, 提高到95%): a bound in a plan
    "降至": "≤", "降到": "≤", "降低到": "≤", "下降到": "≤", "压减到": "≤",
    "提高到": "≥", "提高至": "≥", "提升到": "≥", "提升至": "≥",
    # 绩效目标表 cells write every figure with its relation: =100.00(%), ≥320.00(个)
    "=": "=", "＝": "=",
    "超过": ">", "高于": ">", "大于": ">", "多于": ">", "突破": ">", "超": ">", ">": ">",
    "低于": "<", "小于": "<", "少于": "<", "<": "<",
    "约": "~", "大约": "~", "约合": "~", "近": "~", "接近": "~", "将近": "~",
    # Emphasis, not a bound: 梅雨期长达50天, 高达95% report a figure.
    "长达": "=", "高达": "=", "多达": "=",
}
#: Comparator prefixes that are the end of a longer verb when these stand right before
#: them (共计下达61.8万元, 送达文书30份): no bound there.
PREFIXES_ENDING_VERBS: dict[str, str] = {"达": "下传送转表抵到发通"}
#: Comparators that may stand a few characters before their number, across the verb they
#: govern (每年至少开展2次, 最多选派3人).
DISTANT_COMPARATOR_PREFIXES: tuple[str, ...] = ("至少", "最多", "最少")
DISTANT_COMPARATOR_GAP = 4
#: Comparator written after the number and unit (400家次以上, 1%以内, 50天左右).
COMPARATOR_SUFFIXES: dict[str, str] = {
    "以上": "≥", "及以上": "≥", "以内": "≤", "之内": "≤", "以下": "≤", "及以下": "≤",
    "内": "≤", "左右": "~", "上下": "~", "余": "~", "多": "~",
}
#: Range separators (5%-6%, 3至5个, 5%～6%).
RANGE_SEPARATORS: tuple[str, ...] = ("-", "—", "–", "~", "至", "到")

# --- changes -----------------------------------------------------------------------------

#: Verb before the number that makes it a change, with its direction.
CHANGE_VERBS: dict[str, str] = {
    "下降": "down", "减少": "down", "降低": "down", "下滑": "down", "回落": "down",
    "压减": "down", "削减": "down", "缩减": "down", "降": "down", "减": "down", "偏少": "down",
    "少": "down",
    "增长": "up", "增加": "up", "提高": "up", "提升": "up", "上升": "up", "上涨": "up",
    "增": "up", "升": "up", "偏多": "up", "多": "up", "增产": "up", "减产": "down",
    # a budget's income and spending against last year: 比上年减收1070万元, 增支3200万元
    "增收": "up", "减收": "down", "增支": "up", "减支": "down",
    # a budget's adjustment: 上级补助收入拟调整为389501万元,调增84000万元
    "调增": "up", "调减": "down",
    # 上划中央收入完成37.78亿元,减少0.46亿元,负增长1.21%: a fall
    "负增长": "down",
    # a growth rate's own change: 比去年同期加快2.2个百分点, 涨幅收窄3.7个百分点
    "加快": "up", "放缓": "down", "收窄": "down", "回升": "up",
    "扩大": "up", "缩小": "down",  # 降幅比1-9月扩大0.8个百分点, 差距缩小1.8个百分点
    # a pollutant's concentration against last year: 同比改善7.7% (it fell), 恶化3.0%
    "改善": "down", "恶化": "up",
    # a toll's change said with its outcome (同比减少51起、少死亡6人; 多死亡2人)
    "少死亡": "down", "多死亡": "up", "少受伤": "down", "多受伤": "up",
    # 比全国GDP增速高5.5个百分点: after a basis only (weak)
    "高": "up", "低": "down",
    # Change nouns: 降幅达30%, 增幅为12%.
    "降幅": "down", "降幅为": "down", "减幅": "down", "减幅为": "down", "增幅": "up",
    "增幅为": "up", "涨幅": "up",
    "涨幅为": "up", "增速": "up", "增速为": "up",
}
#: The verbs that take a figure to a level (增加到, 提高至, 缩小到…), as one alternation:
#: the far end of a change (names, prose) and the verb a subject ends on (信用乡增加到13个).
LEVEL_CHANGE_VERBS = "增加|增长|提高|提升|上升|下降|降低|减少|扩大|缩小"
#: Table cells that say a figure did not change (a 同期相比 row's 持平): a value, no label.
NO_CHANGE_CELLS = frozenset({"持平", "基本持平"})
#: Words between a change verb and its figure (同比增长仅为1.2%, 下降仅0.5%); not 为 (下降为
#: 35微克 is the level reached).
CHANGE_LINKS: tuple[str, ...] = ("仅为", "只有", "仅")
#: A template's change verb offering both ways (增加(减少)0万元, 增长(下降)0%): a change
#: with its direction left open.
EITHER_WAY_VERB = r"(?:增加|增长|上升|增)[(（](?:减少|下降|降低|减|降)[)）]"
#: A figure compared with the budget (较预算数…, 比年初预算…, 与调整后预算相比…): the plan is
#: the basis, not a name.
BUDGET_COMPARED = r"(?:与|比|较)(?:年初|全年|调整后?的?)?预算数?(?:相比)?"
#: The words of a unit's staff (编制数, 在职人员, 离退休人数, 实有人数): the staff it has,
#: whether a budget's table row or its prose says them.
STAFF_WORDS = r"(?:编制|在职|在岗|离退休|退休|离休|实有)"
#: The noun of a population (常住人口, 户籍人口): it counts people by itself (no 数), and
#: names the parts of a population table (城镇 → 城镇人口).
POPULATION_NOUN = "人口"
#: How a performance form's points are named after their indicator: its 分值 (the weight),
#: then its 得分 (the score), whether a form's table or a row copied as a line gives them.
POINTS_SUFFIXES: tuple[str, str] = ("·分值", "·得分")
#: Single-character change verbs are only changes right after a basis (同比增, 比常年多), and
#: so are a pollutant's (同比改善7.7%).
WEAK_CHANGE_VERBS: frozenset[str] = frozenset({"降", "增", "减", "升", "多", "少", "高", "低",
                                               "改善", "恶化"})  # (生活得到改善: no change)
#: …or at the head of the clause right after a change against a basis, which they share
#: (较上年增18.67万元,增21.86%; 比上年减0.04万元,减0.01%).
CARRIED_WEAK_VERBS: frozenset[str] = frozenset({"增", "减", "降"})
#: …or right before a percentage after a measure's name (生产总值增7%, 收入降2.1%): its
#: growth; not after a word that makes it another verb (新增, 递增, 骤降).
RATE_WEAK_VERBS: frozenset[str] = frozenset({"增", "降", "减", "升"})
NOT_BEFORE_RATE_VERB = "新递骤陡猛剧倍净共再又也均仍"
#: A comparison written before its basis (高于全省8.3个百分点, 低于省控线0.84个百分点):
#: the figure is the gap, a change against the basis named between.
COMPARISON_VERBS: dict[str, str] = {
    "高于": "up", "超过": "up", "超出": "up", "高出": "up", "快于": "up", "多于": "up",
    "低于": "down", "慢于": "down", "少于": "down",
}
#: The plans and schedules 超 alone compares a figure with (超年度计划15.11个百分点, 超序时
#: 进度3个百分点): a comparison like 超过's.
OVER_PLAN_BASIS = r"(?:年度|全年|年|月度?|季度|序时|时间)?(?:投资)?(?:计划|目标|进度|节点|任务)"
#: The prices a change is measured at, written right before its verb (可比增长4.6%,
#: 现价增长24.2%): part of the change's words, no basis and no name. Longest first.
PRICE_BASES: tuple[str, ...] = ("按可比价格计算", "按可比价计算", "按现价计算", "可比价", "可比",
                                "现价")
#: 比增11% / 比降3%: the statistics offices' shorthand of 比上年增长 / 比上年下降.
SHORT_BASIS_VERBS: frozenset[str] = frozenset({"增", "降"})
SHORT_BASIS = "比上年"
#: Words that open a change basis; the basis runs from here to the change verb.
BASIS_OPENERS: tuple[str, ...] = ("同比", "环比", "较", "与", "相比", "相较", "比", "年均",
                                  # 两年平均增长5.9%: the growth a year over the two years
                                  "两年平均", "三年平均")
#: Characters after 比 that make it a word of its own, not a comparison's opener.
NOT_BASIS_AFTER_BI = frozenset("重例率值分价")
#: Words of time in what follows 同比 (同比去年, 同比上年同期): a basis; without them the words
#: are what changed (同比事故起数增加2起).
TIME_WORDS_IN_BASIS: tuple[str, ...] = ("年", "期", "月", "季", "平均")
#: Adverbs after 同比 that are no subject (同比分别下降, 同比均增长).
ADVERBS_AFTER_BASIS: tuple[str, ...] = ("分别", "均", "都", "也", "亦", "各")
#: Basis texts shortened to their analyst form.
BASIS_ALIASES: dict[str, str] = {
    "同比前两年平均数": "前两年平均数", "较前两年平均数": "前两年平均数",
    "比前两年平均数": "前两年平均数", "较去年": "较上年", "比上年": "较上年", "比去年": "较上年",
    "较上年同期": "同比", "与上年同期相比": "同比", "比上年同期": "同比",
    "较去年同期": "同比", "与去年同期相比": "同比", "比去年同期": "同比",
}
#: Words that continue an enumeration: the next bare number inherits the change and
#: comparator of the previous one (同比下降72.7%、66.7%; 分别增长36%和21%).
ENUMERATION_JOINERS: tuple[str, ...] = ("、", "和", "与", "及", ",", "，")
#: An aspiration after a change (地区生产总值增长8%、力争9%; 增长6%左右,力争达到7%): the
#: bare figure is the same change hoped for, with its own comparator.
ASPIRATION_GAP = re.compile(r"[、,，]?\s*(?:力争|争取|努力|力求)(?:达到|实现)?")
#: What stands between two figures of one run, a comma excluded: they share the unit
#: written after the last (2.16和1.5个百分点) and, after 分别, the parts of one subject
#: (新生儿、婴儿死亡率分别为0.93‰、1.62‰).
RUN_SEPARATORS = frozenset({"、", "和", "及", "与",
                            ""})  # (下降27.7%31.7%44.3%: a page that lost its 、)

# --- character classes ---------------------------------------------------------------------

#: Characters that end a sentence (a value's name, change or period never crosses them).
SENTENCE_BREAKS = "。!！?？;；\n"
#: Full stops only: a 其中 after a semicolon still lists the parts of the same total.
FULL_STOPS = "。!！?？\n"
#: Characters that end a clause: a value's role cues are looked for inside its clause.
CLAUSE_BREAKS = "。!！?？;；,，:：\n"


def is_han(ch: str) -> bool:
    """A Han character of the basic block, the script names and cue words are written in
    (ingest/normalize.py's wider test, for joining lines, also takes CJK punctuation)."""
    return "\u4e00" <= ch <= "\u9fff"

# --- qualitative values ------------------------------------------------------------------

#: Trends a plan sets as its state to reach (应急处置能力有效提升) that a report only says in
#: passing (经济总量稳步提升): no result an analyst records, so read only as a target.
TRENDS: frozenset[str] = frozenset({"有效提升", "明显提升", "显著提升", "稳步提升"})
#: Qualitative values, recognised only when they close a clause (按时完成。 / …全覆盖,).
QUALITATIVE: tuple[str, ...] = (
    "按时完成", "按期完成", "如期完成", "全部完成", "已完成", "基本完成", "已全部完成",
    "全覆盖", "有效提升", "明显提升", "显著提升", "稳步提升", "不达标", "达标", "合格",
    "不合格", "正常运营", "正常运行", "全面达标", "全部达标", "稳定达标", "全部优良",
    # a 政府工作报告's income target: 居民收入增长与经济增长同步
    "与经济增长同步", "和经济增长同步", "与经济增长基本同步", "与经济发展同步增长",
    "与经济增长保持同步", "与全省同步增长", "与全市同步增长", "与全国同步增长",
    "与经济增速同步", "与经济增长速度同步",
    # …and its targets set from above (主要污染物减排…完成市下达任务)
    "完成市下达任务", "完成省下达任务", "完成上级下达任务", "完成省市下达任务",
    # a plan's state to reach (…产业体系基本健全) and a task done beyond its goal
    "基本建成", "基本实现", "基本健全", "基本形成", "初步形成", "全面建成", "超额完成",
    "全面完成",
    # a change of nothing: 死亡人数同比持平 (a table cell may say only 持平)
    "持平",
    "同比持平", "同比基本持平", "环比持平", "与上年持平", "与去年持平", "与上年同期持平",
    "与去年同期持平", "较上年持平", "与上年保持持平", "与去年保持持平", "与上年基本持平",
    "与去年基本持平",
    # …the 决算 template's way to say it (较上年无变化, 比预算无增减变化, 较上年无增减)
    "无变化", "无增减", "无增减变化", "较上年无变化", "较上年无增减", "较上年无增减变化",
    "比上年无变化", "比上年无增减", "比上年无增减变化", "比去年无增减变化", "比去年无变化",
    "比预算无增减变化", "比预算无变化", "较预算无变化", "较预算无增减", "与上年相比无变化",
    # a result in words of a form's 实际完成值 or a bulletin's state (达成预期指标, 总体良好)
    "达成预期指标", "达成预期目标",
    "总体良好", "总体为优", "总体为良", "达到优良",
)
#: How a value in words of no change ends (持平, 同比持平, 无变化, 比预算无增减变化): an item of
#: a run of changes (values.py), and no name of a figure after it (names.py).
NO_CHANGE_ENDINGS: tuple[str, ...] = ("持平", "无变化", "无增减", "无增减变化")
#: Outcomes written as 零 + the outcome (零死亡, 零感染): a count of 0. Not 零容忍, 零距离,
#: 零门槛 (manners, not counts).
ZERO_OUTCOMES: tuple[str, ...] = ("死亡", "伤亡", "事故", "感染", "发生", "投诉", "上访",
                                  "事件", "差错", "失误", "污染", "伤害", "火灾")
#: Whole-cell answers of a yes/no indicator.
YES_NO: tuple[str, ...] = ("是", "否")

# --- periods -----------------------------------------------------------------------------

#: Named periods relative to the document year: (first month, last month).
NAMED_PERIODS: dict[str, tuple[int, int]] = {
    "上半年": (1, 6), "下半年": (7, 12), "全年": (1, 12), "年度": (1, 12), "今年": (1, 12),
    "上半年度": (1, 6), "下半年度": (7, 12),  # (上半年度占比达到14%)
    "一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12),
    "第一季度": (1, 3), "第二季度": (4, 6), "第三季度": (7, 9), "第四季度": (10, 12),
    "前三季度": (1, 9), "1季度": (1, 3), "2季度": (4, 6), "3季度": (7, 9), "4季度": (10, 12),
}
#: Named periods that are the document's own year whatever year a sentence before named.
DOCUMENT_YEAR_WORDS: tuple[str, ...] = ("今年",)
#: Deadlines relative to the document year: word → last month (到年底 → until 31 December).
DEADLINE_PERIODS: dict[str, int] = {"年底": 12, "年末": 12, "年内": 12, "年中": 6}
#: Words after a date that make it the start of an open period (2020年1月1日起, …以来).
PERIOD_START_WORDS: tuple[str, ...] = ("开始", "以来", "起")
#: Five-year plans: name → (first year, last year).
FIVE_YEAR_PLANS: dict[str, tuple[int, int]] = {
    "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025),
    "十五五": (2026, 2030),
    # spelled out in a plan's own name (…第十四个五年规划和2035年远景目标纲要)
    "第十二个五年": (2011, 2015), "第十三个五年": (2016, 2020), "第十四个五年": (2021, 2025),
    "第十五个五年": (2026, 2030),
}
#: Any of those names in a text (longest first: 第十四个五年 before 十四五).
FIVE_YEAR_PLAN = re.compile("|".join(sorted(FIVE_YEAR_PLANS, key=len, reverse=True)))
#: The months of a year so far (1-12月, 1至9月, 上半年, 前三季度): a heading naming a topic
#: of plans with them reviews it (prose.py), and so does a title naming a list of tasks
#: with them (genres/__init__.py).
MONTHS_SO_FAR = re.compile(r"(?:^|[^\d])1\s*[-—–~至]\s*1?\d\s*月|上半年|前三季度")
#: Words after a five-year plan's name that mean its last year (十二五末 → 2015).
PLAN_END_WORDS: tuple[str, ...] = ("期末", "末")

# --- roles and indicator labels (generic parser) ------------------------------------------

#: What a rate is per, written between 从 and its first figure (补助标准从年人均580元提高到
#: 610元, 报销限额从每人每年100元提高到200元): no part of the measure's name.
PER_HEAD_BASES = "每人每年|每人每月|年人均|月人均|人均|每人|每年|每月|每亩|每户"

#: Words that make a clause a target (what should be reached).
TARGET_CUES: tuple[str, ...] = (
    "确保", "力争", "争取", "控制在", "不低于", "不少于", "不超过", "不突破", "不高于", "以内",
    "目标", "达到", "预期", "计划", "要求", "必须", "实现", "到2025年", "到年底", "年底前",
)
#: Words that make a clause a reported actual (what was reached).
ACTUAL_CUES: tuple[str, ...] = (
    "共发生", "发生", "完成了", "已完成", "累计", "截至", "已", "开展了", "共计", "合计",
    "实际", "共", "完成", "实施", "检查", "办理", "处理", "发布", "投放", "整改",
)
#: Words stripped from the front of a label before it names an indicator.
LABEL_NOISE_PREFIXES: tuple[str, ...] = (
    "其中", "全市", "全区", "全县", "全省", "市本级", "年度", "全年", "今年", "当季进度",
    "累计进度", "共", "共计", "累计", "合计", "发生", "开展", "确保", "力争", "实现",
    "各类", "已", "又", "并", "和", "及", "进行",
)
#: Words stripped from the end of a label (the verb right before the number).
LABEL_NOISE_SUFFIXES: tuple[str, ...] = (
    "为", "是", "达", "达到", "共", "约", "近", "有", "均", "分别", "分别为", "已", "了", "的",
    "同比", "控制在", "不低于", "不少于", "不超过", "不突破", "不高于", "达", "超过", "突破",
)

# --- table genres --------------------------------------------------------------------------

#: Progress tables flattened to text glue the 目标名称 cell to the 考核指标 text
#: (安全形势稳定好转严防重特大事故发生…). The name ends with one of these words and the
#: indicator text opens with one of the verbs below; both are data, extend as tables come.
TARGET_NAME_ENDINGS: tuple[str, ...] = (
    "好转", "建设", "治理", "提升", "体系", "能力", "机制", "工作", "管理", "保障", "改革",
    "水平", "防控", "监管", "服务",
)
TASK_OPENING_VERBS: tuple[str, ...] = (
    "严防", "落实", "推进", "完善", "研究", "建立", "开展", "加强", "组织", "提升", "实施",
    "确保", "制定", "健全", "强化", "深化", "做好", "加快", "全面", "持续", "坚持", "构建",
)
#: The kinds of progress row a quarterly progress table has, and the role of their figures.
PROGRESS_KINDS: dict[str, str] = {"当季进度": "actual", "累计进度": "actual",
                                  "累计完成工作量": "actual"}

#: Tables of an unknown genre: header words that make a column hold targets or actuals,
#: and words that name the column of indicator names (first match wins per column;
#: actual words are checked first, so 完成目标 reads as actual).
UNKNOWN_TABLE_ACTUAL_HEADERS: tuple[str, ...] = ("完成", "实际", "进展", "执行", "实现值",
                                                 # 2020年预计值 beside its 目标值: the estimate
                                                 "预计值",
                                                 # 占年任务之比: the share of the year's task
                                                 # done so far
                                                 "任务之比", "任务比例",
                                                 # 累计开工数: done up to the report's date
                                                 "累计",
                                                 # 占全年计划: the share of the plan done
                                                 "占全年", "占年度", "占年计划")
#: What a header that says only a column's role and time is made of (年度目标, 上半年完成,
#: 2021年目标值, 1-6月实际完成): its rows are the indicators. A header with more (年度投资
#: 目标, 累计完成投资) names a measure of its own, which rows of kinds (新建项目, 续建项目) share.
ROLE_ONLY_HEADER = re.compile(r"^(?:\d{4}年度?|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|底|末)?|本年|当年|"
                              r"年初|全年|年度|上半年|下半年|[一二三四1-4]季度|截至|截止|累计|预计|"
                              r"实际|计划|目标|任务|完成|进度|指标|值|数|情况)+$")
#: A column of the share of a plan done (占全年计划): with it, a table needs no target column.
UNKNOWN_TABLE_SHARE_OPENING = "占"
#: …but a header opening on a plan's word and ending on an amount is the plan's (计划完成数,
#: 计划投资额: what was to be done; 计划投资完成率 is a rate of what was done; a form's
#: 目标完成值 is what was reached).
UNKNOWN_TABLE_PLAN_OPENINGS: tuple[str, ...] = ("计划", "年度计划")
UNKNOWN_TABLE_AMOUNT_ENDINGS: tuple[str, ...] = ("数", "额", "值", "量")
#: Endings of a value column's header whose figures measure something of their own (a share,
#: a rate: 占年任务之比, 完成率), not the row's indicator: their name is the row's and the
#: header's.
UNKNOWN_TABLE_RATE_ENDINGS: tuple[str, ...] = ("之比", "比例", "比重", "率", "进度")
UNKNOWN_TABLE_TARGET_HEADERS: tuple[str, ...] = ("目标", "指标值", "预期", "计划", "任务值",
                                                 "标准值")
UNKNOWN_TABLE_NAME_HEADERS: tuple[str, ...] = ("指标", "名称", "项目", "内容", "事项")
#: …but a header ending so holds values (目标值, 评价指标值, 完成数).
UNKNOWN_TABLE_VALUE_ENDINGS: tuple[str, ...] = ("值", "数")
#: Units of a rate (a change in them follows a change in a count; a share is one).
RATE_UNITS = frozenset({"%", "‰"})
#: The basis of a comparison right before a bracketed figure (较一季度(-10.8%), 比上年同期
#: (3.2%)): the figure is the basis's own.
BASIS_BEFORE_BRACKET = re.compile(r"(?:较|比|与)[^\d,，。;；()（）]{1,8}[(（]$")
#: A basis that is another place (比全市平均增速(8.1%), 较全省(5.6%)): its figure in brackets
#: is that place's own result, named by the basis, not an earlier figure of the subject's.
OTHER_PLACE_BASIS = re.compile(r"全(?:国|省|市|州|县|区|盟|旗)")
#: Trades of the national industry classification whose names hold a separator (、, 和, 及):
#: one name each, never a list (电力、热力、燃气及水生产和供应业增加值).
INDUSTRY_NAMES: tuple[str, ...] = (
    "电力、热力、燃气及水生产和供应业", "交通运输、仓储和邮政业", "信息传输、软件和信息技术服务业",
    "水利、环境和公共设施管理业", "居民服务、修理和其他服务业", "文化、体育和娱乐业",
    "公共管理、社会保障和社会组织", "批发和零售业", "住宿和餐饮业", "租赁和商务服务业",
    "科学研究和技术服务业", "卫生和社会工作",
    # and the manufacturing and utility trades (GB/T 4754 大类) whose names hold one
    "电力、热力、燃气及水的生产和供应业", "电力、热力生产和供应业", "燃气生产和供应业",
    "电力、热力及水生产和供应业", "电力、燃气及水的生产和供应业", "电力、燃气及水生产和供应业",
    "水的生产和供应业", "酒、饮料和精制茶制造业", "化学原料和化学制品制造业",
    "计算机、通信和其他电子设备制造业", "铁路、船舶、航空航天和其他运输设备制造业",
    "电气机械和器材制造业", "石油、煤炭及其他燃料加工业", "橡胶和塑料制品业",
    "黑色金属冶炼和压延加工业", "有色金属冶炼和压延加工业", "金属制品、机械和设备修理业",
    "木材加工和木、竹、藤、棕、草制品业", "文教、工美、体育和娱乐用品制造业",
    "皮革、毛皮、羽毛及其制品和制鞋业", "造纸和纸制品业", "印刷和记录媒介复制业",
    "开采专业及辅助性活动", "农、林、牧、渔专业及辅助性活动",
)
#: Characters right before a year that make it a change's basis (较2024年, 比2019年): the
#: year is not the period of the figures after it.
YEAR_BASIS_OPENERS = frozenset({"较", "比", "与"})
#: …and the year a multiple is of (是2011年的1.74倍, 相当于2015年的2倍): 是/为/于 before it,
#: 的 after it.
MULTIPLE_BASIS_OPENERS = frozenset({"是", "为", "于"})
#: Words before the figure a level is compared with, last year's (较上年28899万元增长9.9%).
#: (or a year's: 较2024年的2190万元减少221万元).
#: (同比 alone too: 事故起数同比12起下降25%; last year's final figure: 较上年决算11972万元.)
LAST_YEAR_BASIS = re.compile(r"(?:(?:较|比|与)(?:上年|去年|(?:19|20)\d{2}年度?)(?:同期)?|同比)"
                             r"(?:的)?(?:决算|决算数|完成数|实际完成)?$")  # (较上年决算11972万元)
#: Words before the plan a level is measured against (完成预算数31220万元的101.7%,
#: 占调整预算数539267万元的99.6%, 完成区人大常委会会议批准收入调整预算37.5亿元的104.3%,
#: 为县人民代表大会批准全县全年预算32,972万元的67.8%);
#: `plan` is the kind of plan.
#: (The pieces a plan is named by, shared with the share of a plan in genres/prose.py: who
#: approved it, and its kind.)
PLAN_APPROVED = r"(?:[^,，。;；:：\d]{0,20}?批准(?:的)?(?:全[县市区省旗州]|本级)?(?:收入|支出)?)?"
PLAN_KINDS = r"(?:预算|计划|目标|任务)"
PLAN_BASIS = re.compile(r"(?:完成|占|为)" + PLAN_APPROVED + r"(?P<plan>(?:年初|调整|全年)?"
                        + PLAN_KINDS + r"(?:调整)?)(?:数|总额)?(?:为|是)?$"  # (预算调整数)
                        # 公共预算收入35215万元,较年初预算40860万元,短收5645万: compared with
                        r"|(?:较|比|与)(?P<compared>(?:年初|调整|全年)预算)(?:数)?$")
#: The words that say a share right after them is of the plan named, without a verb of
#: completion (收入实现111.11万元,为年初预算的116.9%; 完成投资474.5亿元,为年投资计划的74.1%):
#: a pattern's part, the plan after it.
PLAN_SHARE_LEAD = r"为(?:年初|调整后?|全年|年度|年)?(?:投资)?"
#: How far before a figure those words are looked for (完成区…会议批准调整预算37.5亿元).
BASIS_REACH = 32
#: The blank a performance template leaves for a value, with its relation and unit:
#: 公猪舍(≥**平方米), 种植作物成活率(≥**%), 保育栏(≥台).
TEMPLATE_BLANK = (r"[(（]\s*(?P<relation>≥|≤|>=|<=|＞|＜|>|<|=|＝)?\s*(?P<stars>\*+)?\s*"
                  r"(?P<unit>[^()（）\d*\s]{1,6})?\s*[)）]")
#: Headers of a table's column of units (单位 | /10万, 万元): its cells are units, no figures.
UNIT_COLUMN_HEADERS: tuple[str, ...] = ("计量单位", "度量单位", "单位")
#: Marks a performance form puts before a key indicator's name (*资产股权年收益率, ★…):
#: no part of the name (a character class's members).
KEY_MARKS = "★☆※*"
#: Headers of a column of scoring rules (≥70%得3分): no values under them.
RULE_HEADERS: tuple[str, ...] = ("评分规则", "评分标准", "计分方法", "扣分标准", "评分办法",
                                 "计分规则", "评分细则")
#: Points of the row (权重分值, 得分): scores, no unit.
UNKNOWN_TABLE_SCORE_HEADERS: tuple[str, ...] = ("分值", "得分", "权重")

#: A criterion's weight in brackets right after its name ((一)项目立项(8分), 部门决策(25分)
#: in an evaluation's framework table); not a result's (12月考核成绩(99.34分)).
POINTS_IN_BRACKETS = re.compile(r"[\u4e00-\u9fff)）](?<!成绩)[(（]\s*$")
#: The unit of an evaluation's points (项目立项(8分), 自评得分96分).
SCORE_UNIT = "分"


def is_bracketed_weight(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the figure in points at text[start:end] is the weight in brackets after a
    criterion's name (项目立项(8分)): the bracket opens right before it, closes right after."""
    return unit == SCORE_UNIT and text[end : end + 1] in ")）" \
        and POINTS_IN_BRACKETS.search(text, max(0, start - 4), start) is not None
