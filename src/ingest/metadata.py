"""Title, issuer, publication date and report year read from a document's first lines."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import pairwise

_NAV_WORDS = ("首页", "当前位置", "您的位置", "发布日期", "发布时间", "浏览次数", "访问次数",
              "来源", "字号", "打印", "关闭", "分享", "时间:", "时间：")
_TITLE_WORDS = ("通知", "规划", "要点", "总结", "报告", "汇总表", "情况表", "完成情况",
                "计划", "方案", "意见", "自评表", "申报表", "绩效", "工作思路", "预算", "决算",
                "公报", "年报", "公开", "落实情况", "进展情况", "执行情况", "推进情况",
                "实施情况")
#: The issuer at the start of a title or first line: the longest organisation name there
#: (江苏省人大常委会办公厅, not 江苏省人大常委), without punctuation inside (nor a book
#: title or 关于, nor opening on 按照/根据/经: 按照《预算法》关于推进政府信息公开…, 经市政府
#: 研究同意 name no issuer; nor on 各: 各区(市)县政府 are the ones a notice is sent to).
_ORG_SUFFIX = re.compile(
    r"^(?!按照|根据|依据|落实|经|各)((?:(?!关于)[^\s\d,，。:：;；、|的是和在为对《》])"
    r"{2,24}(?:管理局|局|委员会办公厅|常委会办公厅|委员会"
    r"|办公厅|办公室|人民政府|政府|检察院|法院|厅|委|中心))")
#: A 政府工作报告 names its issuer in its first sentence (现在，我代表北京市人民政府，向大会报告).
_REPORTER = re.compile(r"我代表([^\s\d,，。:：;；、]{2,16}?(?:人民政府|政府))")
#: A year before the issuer's name (2018年度江苏省高级人民法院预算公开).
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
#: A numbered section heading or a table caption is never the document's title.
_NOT_TITLE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、](?!\d)"
    r"|第[一二三四五六七八九十]+部分|表[一二三四五六七八九十\d]+$|目\s*录$"
    r"|[图表]\s*\d+\s*[:：\s]"  # a chart's or table's caption (图1:…)
    r"|[—－-]*\s*[(（]?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在"  # the day and meeting it was given
    r"|.*会议上[)）]?$"  # …第五次会议上, the rest of that line
    # a page's disclosure tags and greetings: 法定主动公开内容, (此件主动公开), 欢迎访问…网站
    r"|(?:法定)?主动公开(?:内容)?$|[(（]此件[^)）]{0,6}公开[)）]$|(?:政府)?信息公开$"
    r"|欢迎访问|今天是"
    # who signed, checked and wrote a release: (签发人:… 核稿人:… 撰稿人:…)
    r"|[(（]?\s*(?:签发人|核稿人|撰稿人|审核人|责任编辑|编辑|校对)\s*[:：]"
    r"|\S{2,16}(?:长|主任|书记)\s+\S{2,5}$"  # who gave it: 准格尔旗旗长 额登毕力格
    # a date or deadline alone (2024年底前, 2023年12月31日): a table cell, not a title; nor
    # a newspaper page's date with its weekday (2019年01月12日 星期六)
    r"|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:底|末|前|以前|之前)*"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?\s*$)")
#: Fragments of a table's head around a title (部门:…单位:万元收支预算总表).
_TITLE_NOISE = re.compile(r"^部门\s*[:：]\s*|单位\s*[:：]\s*(?:万元|元|千元|亿元)"
                          # a page's 名称: | … | field and a column tag: 【保基本民生】…
                          r"|^\|?\s*(?:名\s*称|标\s*题|文件名称)\s*[:：|]\s*\|?\s*"
                          r"|\s*\|[\s|]*$"
                          r"|^【[^】\n]{1,12}】"
                          # the page's font-size switch: 字体大小:【大】【中】【小】
                          r"|^字体(?:大小)?\s*[:：]?\s*(?:[【\[]\s*[大中小]\s*[】\]]\s*)+")
#: Two short lines make one title when the second names the document (江苏省人民检察院 /
#: 2019年度部门预算公开): a cover page breaks its title so.
_TITLE_LINE_MAX = 30
#: The labelled fields of a page's 信息公开 box (索引号: …, 发布机构: …, 文 号: …): page
#: chrome, no block of the report (its text stays, for the metadata readers). A label
#: ends at a colon or, in a table of fields, at the cell's pipe.
CHROME_FIELDS: tuple[str, ...] = (
    r"索\s*引\s*号", "发布机构", "发文机关", "信息分类", "主题分类", "组配分类", r"文\s*号",
    "发文字号", "成文日期", "发文日期", "发布日期", "发布时间", "生成日期", "是否有效",
    r"有\s*效\s*性", r"来\s*源", "文件编号", "公开目录", "公开责任部门", "公开形式", "公开方式",
    "公开日期", "文章来源", "信息来源", "浏览量", "浏览次数", "点击数", "点击量", "访问量",
)
#: The fields that hold the document's title.
TITLE_FIELDS: tuple[str, ...] = (r"名\s*称", r"标\s*题", "文件名称")


def _field_line(labels: tuple[str, ...]) -> str:
    """A line opening on a field label, ended by a colon or by a cell's pipe with the
    field's value after it (a lone `名称 |` is a table's header cell); or, where the box is
    copied without them, a line of two fields (组配分类 计划总结 发布机构 …局)."""
    label = f"(?:{'|'.join(labels)})"
    return (rf"^\s*\|?\s*{label}\s*(?:[:：]|\|(?=\s*[^\s|]))"
            rf"|^\s*{label}\s*[^\s:：|][^\n]*?{label}\s*[^\s:：|]")


CHROME_LABELS = re.compile(
    _field_line(CHROME_FIELDS + TITLE_FIELDS)
    + r"|^[^>\n]{1,20}>[^>\n]{1,20}>")  # a breadcrumb: 政务公开 > 政府信息公开目录 > …
#: A page's field label alone on its line, in brackets (• [ 体裁分类 ]), its value on the
#: next line as a bullet too (• 财政预算、决算): neither is the title.
_BRACKETED_LABEL = re.compile(r"^[•·\s]*[\[【]\s*[\u4e00-\u9fff]{2,6}\s*[\]】]\s*$")
FIELD_BULLETS: tuple[str, ...] = ("•", "·")
#: …or a line of such fields with their values ([ 主题分类 ] 财政 [ 体裁分类 ] 财政预算、决算).
_BRACKETED_FIELD = re.compile(r"[\[【]\s*(?:" + "|".join(CHROME_FIELDS) + r"|主题分类|体裁分类)"
                              r"\s*[\]】]")
#: A chrome field that is not the title's.
_CHROME_NOT_TITLE = re.compile(_field_line(CHROME_FIELDS))
_CJK = re.compile(r"[\u4e00-\u9fff]")
_META_DATE = re.compile(
    # a date label with its colon, or one of the page's own date fields copied without it
    # (or in a piped cell beside it: 生成日期 | 2022-01-18)
    r"(?:(?:发布日期|发布时间|成文日期|生成日期)\s*[:：|｜]?|(?:日期|时间)\s*[:：])\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
)
#: A date on a line of its own, or the date a report was delivered (2024年1月11日在南开区
#: 第十八届人民代表大会第五次会议上).
_CN_DATE_LINE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:$|在)")
_META_ISSUER = re.compile(
    r"(?:来源\s*[:：]|(?:发布机构|发文机关)\s*[:：|｜]?)\s*([^\s:：【\[(（|]{2,40})")
#: The label of the next field, where a page prints fields on one line without a space
#: (发布机构：某某市生态环境局发布日期：2024-01-15): the value ends before it.
NEXT_FIELD = re.compile(r"(?:发布日期|发布时间|成文日期|日期|时间|来源|浏览次数|阅读次数|阅读"
                        r"|点击数|字体大小|字体|字号|分享|文号|索引号|作者"
                        # (长乐区统计局2023-07-26, 规划处2020年08月27日11: the date printed after)
                        r"|(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?[\d:]*)$")
#: The label of a field printed after the value with nothing between (教育局有效性有效).
NEXT_FIELD_INSIDE = re.compile(r"(?<=..)(?:有效性|文号|索引号|发布日期|成文日期|生成日期|主题分类"
                               r"|信息分类|公开方式|附件)")


def field_value(value: str) -> str:
    """A metadata field's value without the label of the field printed right after it."""
    value = NEXT_FIELD_INSIDE.split(value, maxsplit=1)[0]
    return NEXT_FIELD.sub("", value) or value
_ANY_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
#: A year written in Chinese numerals in a title (二〇二三年统计公报 → 2023年).
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_YEAR_IN_TITLE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*(?:年|上半年|下半年)")
#: A report that opens with its year: 2015年,面对严峻复杂的外部环境…, 2021年我局在… (maybe
#: under a heading or two: 一、全市灾害事故形势 / 2022年,在市委、市政府的坚强领导下…).
OPENING_YEAR = re.compile(
    r"\A(?:[^\n]{0,40}\n){0,3}\s*(20\d{2})年(?:度)?(?:[,，]|(?=我[局委办区县市厅]|全[区县市省]"
    r"|在[^。\n]{2,30}领导下"
    # 2022年是党的二十大召开之年,…: the year the text is about, introduced as such; 2023年在
    # 县委县政府坚强领导下,…: the year's work
    r"|是[^。\n]{2,40}(?:之年|一年)))")  # (2024年是…,也是实现…目标任务的关键一年)
#: Headings that date a report with no dated title: (pattern, years from the year written
#: to the report's year). The first found in the text's first BODY_YEAR_SPAN characters.
YEAR_IN_BODY: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"(20\d{2})年(?:政府)?工作回顾"), 1),
    (re.compile(r"(20\d{2})年(?:经济社会发展的?)?主要预期目标"), 0),
    (re.compile(r"(20\d{2})年(?:政府)?工作(?:总体要求|安排|任务)"), 0),
    (OPENING_YEAR, 0),
    # …举行2023年一季度新闻发布会,介绍2023年一季度…工作进展情况 (in its first lines)
    # (or the year's work reviewed at its half: …确定的2021年重点工作上半年完成情况)
    (re.compile(r"\A[^\n]{0,120}?(20\d{2})年(?:度)?(?:重点工作|工作|重点任务)?"
                r"(?:第?[一二三四1-4]季度|上半年|前三季度)"), 0),
    # …2022年国民经济和社会发展计划执行情况及2023年计划(草案)报告如下: the plan's year
    (re.compile(r"20\d{2}年[^\n。]{0,20}?(?:计划|预算)执行情况(?:及|和|与)[^\n。]{0,12}?"
                r"(20\d{2})年"), 0),
    # an annual bulletin's title run into its first line (2019年平潭县国民经济和社会发展统计公报
    # 一、综 合 初步核算,…)
    (re.compile(r"\A\s*(20\d{2})年[^\n。,，]{0,20}?国民经济和社会发展统计公报"), 0),
    # a form's year after its kind near the top, on the title's line (稷山县项目支出绩效自评表
    # (2021年度) 项目名称 …, 绩效目标自评表 (2019年度) |)
    (re.compile(r"\A[\s\S]{0,300}?(?:自评表|目标表|申报表|情况表)\s*[（(]\s*(20\d{2})\s*年度?\s*[)）]"),
     0),
    # a statistics release's heading near the top: 2025年1-2月全省经济运行情况解读
    (re.compile(r"\A[\s\S]{0,600}?(20\d{2})年(?:(?:1\s*[-—~至]\s*)?\d{1,2}月份?"
                r"|第?[一二三四1-4]季度|上半年|前三季度)(?:全[省市区县]|我[省市区县])?"
                r"(?:经济运行|国民经济|工业生产|统计)"), 0),
)
#: A form's year on a line of its own just under its title ((2023年度)): as good as the
#: title's own year, and better than the day the page was put up (a 2021 form published in 2022).
#: (A copy may drop the opening bracket with the cell before: 2019年度).)
YEAR_UNDER_TITLE = re.compile(
    r"\A(?:[^\n]*\n){0,12}?[ \t]*[（(]?[ \t]*(20\d{2})[ \t]*年度?[ \t]*[)）][ \t|]*$", re.M)
BODY_YEAR_SPAN = 30000


def _date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _candidate_lines(text: str, limit: int = 40) -> list[str]:
    """First lines, with a title broken inside 《…》 joined back together."""
    lines: list[str] = []
    pending = ""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        pending = pending + line if pending else line
        if pending.count("《") > pending.count("》") and len(pending) < 120:
            continue
        lines.append(pending)
        pending = ""
        if len(lines) >= limit:
            break
    if pending:
        lines.append(pending)
    return lines


def _is_navigation(line: str) -> bool:
    return line.startswith((">", "»")) or ">" in line or any(w in line for w in _NAV_WORDS)


#: Words that join two kinds in a title (工作总结和工作计划), and that a title line broken in
#: two ends on (…预算执行情况和 / 2024年预算草案的报告); the genres read them too.
TITLE_JOINERS: tuple[str, ...] = ("和", "与", "及", "暨", "以及")


def _titled(line: str) -> bool:
    return any(word in line for word in _TITLE_WORDS)


#: A title with the page's date after it, and maybe its source (…情况 2020-12-18 来源:…).
_TITLE_WITH_DATE = re.compile(
    r"^(?P<title>\S.{3,80}?)\s*(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:来源|发布机构)[:：].*)?$")
#: A line under the title opening on the page's date (2020-01-22 16:06 市民生办).
_DATE_FIRST_LINE = re.compile(
    r"^(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?P<rest>\S.{0,30})$")
#: A page's date with its time, in words, on a header line (中央政府门户网站 www.gov.cn
#: 2012年09月04日 10时57分 来源:…): the time says it is the page's stamp, not a date the
#: report talks about.
_CN_DATE_TIME = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                           r"\s*\d{1,2}\s*[时:：]\s*\d{2}")
#: …and in figures (温州网 2020-12-24 08:17:00, 来源:长乐区统计局 2023-07-26 10:48 浏览量:,
#: 2021/5/6 9:20:30 来源: 县政府办): a stamp whatever stands around it on the line.
_NUM_DATE_TIME = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})([-/])(\d{1,2})\2(\d{1,2})"
                            r"\s+\d{1,2}:\d{2}(?!\d)")
#: How many lines (blank ones not counted) from the top such a title line may stand.
TITLE_DATE_LINES = 5


#: A page's title field with its value: 名  称: …, | 标题: | … |, 文件名称 | … |, - 标题: …
#: (the value ends at a cell's pipe or at the next field's label: 名称: … 文号:).
_TITLE_FIELD = re.compile(
    r"^\s*(?:[-•·*]\s*)?\|?\s*(?:" + "|".join(TITLE_FIELDS) + r")\s*(?P<colon>[:：])?\s*\|?\s*"
    r"(?P<value>[^|\n]+?)\s*(?:\||\s*(?:文\s*号|发文字号|索\s*引\s*号)\s*(?:[:：]|$)|$)")


def _title_field(text: str) -> str | None:
    """The value of the page's title field among its first lines, when it is a plausible
    title: the page says what its title is. Without a colon (名称 | … |) only a value
    naming a kind of document: 名称 | 农业总产值 | … is a table's header."""
    for line in _candidate_lines(text):
        m = _TITLE_FIELD.match(line)
        if m is None:
            continue
        value = _TITLE_NOISE.sub("", m.group("value")).strip()
        if 6 <= len(value) <= 100 and _CJK.search(value) and (
                m.group("colon") or _titled(value)):
            return value
    return None


def read_title(text: str) -> str | None:
    """The document's title: its page's title field (名称: …) where there is one, else
    from its first lines: the first plausible line naming a kind of document (a cover's
    title broken over two short lines joined back), else the first plausible line; never
    a numbered heading, a table caption or a line without Chinese."""
    field = _title_field(text)
    if field is not None:
        return field
    candidates = _candidate_lines(text)
    lines = [_TITLE_NOISE.sub("", _TITLE_NOISE.sub("", ln)).strip()
             for before, ln in zip(["", *candidates], map(_without_trailing_date, candidates),
                                   strict=False)
             if not _is_navigation(ln) and _CJK.search(ln) and not _NOT_TITLE.match(ln)
             and not _CHROME_NOT_TITLE.match(ln)
             and not _BRACKETED_LABEL.match(ln) and not _BRACKETED_FIELD.search(ln)
             and not (_BRACKETED_LABEL.match(before) and ln.startswith(FIELD_BULLETS))]
    plausible = [
        ln for ln in lines
        if 6 <= len(ln) <= 100 and not ln.endswith(("。", ";", "；", ":", "：", ","))
        and "\t" not in ln and "|" not in ln  # a table row is no title
        # nor sentences, or a list's item (——产业能级实现新跨越。规上工业增加值…)
        and "。" not in ln and not ln.startswith(("——", "—", "-"))
    ]
    for first, second in pairwise(lines):
        if first in plausible[:1] and first.endswith(TITLE_JOINERS) and _titled(second) \
                and len(first) + len(second) <= 100:
            return first + second  # 南开区2023年预算执行情况和 / 2024年预算草案的报告
        if (not _titled(first) and _titled(second) and len(first) <= _TITLE_LINE_MAX
                and len(second) <= _TITLE_LINE_MAX and first in plausible[:1]
                and "关于" not in second  # 关于印发…的通知 is a whole title under a site's name
                and not second.endswith(("。", ";", "；", ":", "：", ","))):
            return first + second
    for line in plausible:
        if _titled(line):
            return line
    return plausible[0] if plausible else None


def parse_date(value: str | None) -> date | None:
    """The first year-month-day in a metadata value: 2020-10-21 16:45, 2020年10月21日,
    2020/10/21, or an ISO timestamp (web pages' PubDate and published_time tags)."""
    m = _ANY_DATE.search(value or "")
    return _date(*m.groups()) if m else None


def _without_trailing_date(line: str) -> str:
    """A title line without the date (and source) a page prints after it: 2020年11月工业
    生产情况 2020-12-18, …零售总额 2022-09-19 来源:市统计局."""
    m = _TITLE_WITH_DATE.match(line)
    return m.group("title") if m else line


def read_published(text: str) -> date | None:
    head = text[:4000]
    m = _META_DATE.search(head)
    if m:
        return _date(*m.groups())
    for line in [ln for ln in head.split("\n") if ln.strip()][:TITLE_DATE_LINES]:
        m = _TITLE_WITH_DATE.match(line.strip()) or _DATE_FIRST_LINE.match(line.strip())
        if m and _CJK.search(m.groupdict().get("title") or m.group("rest")):
            return _date(m.group("y"), m.group("m"), m.group("d"))
        stamp = _CN_DATE_TIME.search(line)
        if stamp:
            return _date(*stamp.groups())
        stamp = _NUM_DATE_TIME.search(line)
        if stamp:
            return _date(stamp.group(1), stamp.group(3), stamp.group(4))
    for line in head.split("\n")[:60]:
        m = _CN_DATE_LINE.match(line)
        if m:
            return _date(*m.groups())
    return None


def read_issuer(text: str, title: str | None) -> str | None:
    for candidate in (title, *_candidate_lines(text, limit=5)):
        if candidate and not _is_navigation(candidate) \
                and not _CHROME_NOT_TITLE.match(candidate):  # 发布机构 教育局 is a field
            m = _ORG_SUFFIX.match(_LEADING_YEAR.sub("", candidate.removeprefix("关于")))
            if m and not candidate.startswith("关于"):
                return m.group(1)
    m = _META_ISSUER.search(text[:4000]) or _REPORTER.search(text[:1000])
    return field_value(m.group(1)) if m else None


def opening_year(text: str) -> int | None:
    """The year a report opens with (2022年,在市委、市政府的坚强领导下…): the year it
    reports on."""
    m = OPENING_YEAR.search(text)
    return int(m.group(1)) if m else None


#: A month a title names without its year (12月和1-12月…状况, 1-9月份…): a release about
#: months later than its own date's is about last year's.
_TITLE_MONTH = re.compile(r"(?<![\d年])(1[0-2]|[1-9])\s*月")


#: The vision a five-year plan's name adds (…第十四个五年规划和2035年远景目标纲要): its
#: year is no year the plan is about.
VISION_TAIL = re.compile(r"和(?:20\d{2}|二〇\s?[一二三四五六七八九〇]{2})年远景目标纲要")


def report_year(title: str | None, published: date | None, text: str = "") -> int | None:
    """The year a report is about: the one its title names, else an earlier one its text
    opens with, else the year it was published, else the one its body's headings imply
    (一、2023年工作回顾 opens a 2024 政府工作报告 printed without its title)."""
    title = VISION_TAIL.sub("", title) if title else title
    m = _YEAR_IN_TITLE.search(title.translate(_CN_YEAR_DIGITS)) if title else None
    m = m or YEAR_UNDER_TITLE.search(text, 0, 2000)
    if m:
        return int(m.group(1))
    opened = opening_year(text)
    if opened and (published is None or opened < published.year):
        # 2017年,全市上下… in a 统计公报 out in 2018 whose copy lost its title (or its date)
        return opened
    if published:
        months = [int(x) for x in _TITLE_MONTH.findall(title or "")]
        if months and max(months) > published.month:
            # 12月和1-12月全市地表水…状况, published 2021-01-19: last year's December
            return published.year - 1
        return published.year
    found = [(m.start(), int(m.group(1)) + offset) for pattern, offset in YEAR_IN_BODY
             if (m := pattern.search(text, 0, BODY_YEAR_SPAN))]
    if found:
        return min(found)[1]
    # (a five-year plan is of its years, not of the one it names most: 到2025年…)
    return None if title and _FIVE_YEAR_PLAN.search(title) else _most_said_year(text)


#: How often, at least, the year a text names most must be said to date an untitled,
#: undated copy, and the share of the years it names it must have.
MOST_SAID_YEAR_MIN = 3
MOST_SAID_YEAR_SHARE = 0.5
_FIVE_YEAR_PLAN = re.compile(r"十[一二三四五六]五")
#: A year said in the text (not a year a figure is compared with: 较2020年度决算数,
#: 比2016年, 2016年同期).
_YEAR_SAID = re.compile(r"(?<![\d较比与同从由自])((?:19|20)\d{2})\s*年(?!代|度?(?:同期|相比|的))")


def _most_said_year(text: str) -> int | None:
    """The year an untitled, undated copy names most, when it names it often and more than
    every other together (2023年度收入总计…, 2023年度支出合计… in a final account whose
    page lost its title): the year it reports on."""
    said = Counter(int(m.group(1)) for m in _YEAR_SAID.finditer(text))
    if not said:
        return None
    year, times = said.most_common(1)[0]
    total = sum(said.values())
    return year if times >= MOST_SAID_YEAR_MIN and times >= MOST_SAID_YEAR_SHARE * total \
        else None
