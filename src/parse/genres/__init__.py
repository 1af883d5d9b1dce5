"""Genre recognition: which kind of report a document is, from its header and cue words.

Each genre is recognised by the distinct cue words it contains, not by its file name.
`PARSERS` maps a genre to its parser: a function that adds the document's targets,
indicators and values to a RecordBuilder and returns warnings, or raises GenreMismatch
when the document lacks the structure it reads (the generic parser then takes over).
A genre without a parser goes through the generic parser (parse/generic.py).
"""

from __future__ import annotations

from collections.abc import Callable

from zhibiao.ingest.document import SourceDocument
from zhibiao.parse.builder import RecordBuilder


class GenreMismatch(Exception):
    """The document was recognised as a genre but lacks the structure its parser reads."""


GenreParser = Callable[[SourceDocument, RecordBuilder], list[str]]

#: genre → (cue words, how many distinct cues are needed). Order breaks ties.
GENRE_CUES: dict[str, tuple[tuple[str, ...], int]] = {
    "self_evaluation_table": (
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因", "自评表"), 4),
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
         "请予审议", "今年工作"), 3),
    "work_plan": (
        ("工作要点", "主要目标", "重点任务", "工作计划", "年度目标", "任务措施"), 2),
    "work_summary": (
        ("工作总结", "上半年", "工作情况", "下一步", "工作思路", "重点工作情况", "取得成效"), 2),
    "statistical_bulletin": (
        ("统计公报", "国民经济和社会发展", "初步核算", "比上年增长", "比上年下降", "统计局",
         "增加值", "常住人口", "三次产业"), 4),
    "disclosure_report": (
        ("政府信息公开工作年度报告", "政府信息公开", "主动公开", "依申请公开", "公开申请",
         "行政复议", "行政诉讼", "本年新收", "上年结转"), 4),
}
UNKNOWN = "unknown"


def recognise(doc: SourceDocument) -> str:
    """The genre whose cue words the document's text shows most of; 'unknown' if none."""
    head = (doc.title or "") + "\n" + doc.text[:20000]
    best, best_hits = UNKNOWN, 0
    for genre, (cue_words, needed) in GENRE_CUES.items():
        hits = sum(1 for word in cue_words if word in head)
        if hits >= needed and hits / len(cue_words) > best_hits:
            best, best_hits = genre, hits / len(cue_words)
    return best


def _parsers() -> dict[str, GenreParser]:
    """Genre → parser; imported here, after GenreMismatch exists, for the modules to use."""
    from zhibiao.parse.genres.completion import parse_completion_table
    from zhibiao.parse.genres.indicator_plan import parse_indicator_plan
    from zhibiao.parse.genres.progress import parse_progress_table
    from zhibiao.parse.genres.prose import (
        parse_government_report,
        parse_work_plan,
        parse_work_summary,
    )
    from zhibiao.parse.genres.self_evaluation import parse_self_evaluation

    return {
        "progress_table": parse_progress_table,
        "completion_table": parse_completion_table,
        "indicator_plan": parse_indicator_plan,
        "self_evaluation_table": parse_self_evaluation,
        "government_report": parse_government_report,
        "work_plan": parse_work_plan,
        "work_summary": parse_work_summary,
    }


#: Genre → its parser (genres without one are read by the generic parser).
PARSERS: dict[str, GenreParser] = _parsers()
