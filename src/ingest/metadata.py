"""Title, issuer, publication date and report year read from a document's first lines."""

from __future__ import annotations

import re
from datetime import date

_NAV_WORDS = ("首页", "当前位置", "您的位置", "发布日期", "发布时间", "浏览次数", "访问次数",
              "来源", "字号", "打印", "关闭", "分享", "时间:", "时间：")
_TITLE_WORDS = ("通知", "规划", "要点", "总结", "报告", "汇总表", "情况表", "完成情况",
                "计划", "方案", "意见", "自评表", "申报表", "绩效", "工作思路")
_ORG_SUFFIX = re.compile(r"^(.{2,24}?(?:管理局|局|委员会|委|办公室|人民政府|政府|厅|中心))")
_META_DATE = re.compile(
    r"(?:发布日期|发布时间|成文日期|日期|时间)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
)
_CN_DATE_LINE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
_META_ISSUER = re.compile(r"(?:来源|发布机构|发文机关)\s*[:：]\s*([^\s:：【\[(（|]{2,40})")
_ANY_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_YEAR_IN_TITLE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*(?:年|上半年|下半年)")


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


def read_title(text: str) -> str | None:
    lines = [ln for ln in _candidate_lines(text) if not _is_navigation(ln)]
    plausible = [
        ln for ln in lines
        if 6 <= len(ln) <= 100 and not ln.endswith(("。", ";", "；", ":", "：", ","))
        and "\t" not in ln
    ]
    for line in plausible:
        if any(word in line for word in _TITLE_WORDS):
            return line
    return plausible[0] if plausible else None


def parse_date(value: str | None) -> date | None:
    """The first year-month-day in a metadata value: 2020-10-21 16:45, 2020年10月21日,
    2020/10/21, or an ISO timestamp (web pages' PubDate and published_time tags)."""
    m = _ANY_DATE.search(value or "")
    return _date(*m.groups()) if m else None


def read_published(text: str) -> date | None:
    head = text[:4000]
    m = _META_DATE.search(head)
    if m:
        return _date(*m.groups())
    for line in head.split("\n")[:60]:
        m = _CN_DATE_LINE.match(line)
        if m:
            return _date(*m.groups())
    return None


def read_issuer(text: str, title: str | None) -> str | None:
    for candidate in (title, *_candidate_lines(text, limit=5)):
        if candidate and not _is_navigation(candidate):
            m = _ORG_SUFFIX.match(candidate.removeprefix("关于"))
            if m and not candidate.startswith("关于"):
                return m.group(1)
    m = _META_ISSUER.search(text[:4000])
    return m.group(1) if m else None


def report_year(title: str | None, published: date | None) -> int | None:
    """The year a report is about: the one its title names, else the year it was
    published."""
    m = _YEAR_IN_TITLE.search(title) if title else None
    if m:
        return int(m.group(1))
    return published.year if published else None
