"""Progress tables: quarterly (目标名称 / 考核指标 / 进展情况 当季·累计 / 累计完成工作量), or a
task per row with how far it has got (项目内容 / 当前进度).

Each 目标名称 row is a target. Its 考核指标 text gives the target values (同比下降20%,
不低于50%, 400家次以上, 不突破152 …); its 当季进度 and 累计进度 texts give the actuals,
dated by their own periods (7-9月, 1-9月); 累计完成工作量 is the target's progress in %.
公开程度 / 存在问题 / 解决途径 / 备注 columns are never read.

The table comes as a grid (HTML, PDF) or flattened to text as in
samples/000_progress_quarterly.txt, where each cell is a paragraph and the 目标名称 is
glued to the start of its 考核指标 text; both are turned into the same rows before
anything is emitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from zhibiao.ingest.document import Block, SourceDocument, strip_span
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres import GenreMismatch
from zhibiao.parse.genres.cells import emit_values
from zhibiao.parse.sections import section_at
from zhibiao.parse.tables import (
    ColumnCues,
    cell_span,
    find_header,
    origin_span,
    squash,
    table_blocks,
)
from zhibiao.parse.values import find_periods, year_period

COLUMNS: ColumnCues = {
    "name": ("目标名称",), "indicators": ("考核指标",), "kind": ("进展情况",),
    "content": ("填报内容",),
}
#: The other layout of a progress table: a task per row and how far it has got
#: (序号 / 项目内容 / 当前进度 / 牵头单位: 建设四好农村路55公里。| 95%).
TASK_COLUMNS: ColumnCues = {
    "task": ("项目内容", "工作内容", "建设内容", "任务内容", "实事项目", "重点任务", "工作任务"),
    "progress": ("当前进度", "完成进度", "目前进度", "工作进度", "进度",
                 "完成率"),  # 项目内容 | 完成率(%): 为全县…接种流感疫苗27758人。| 20%
}
#: What the progress of a task is called after the task's words.
PROGRESS_NAME = "进度"
WORKLOAD = "累计完成工作量"
_FLAT_HEADER = re.compile(r"目标名称\s*考核指标\s*进展情况")
_MARKERS = re.compile("|".join(sorted(cues.PROGRESS_KINDS, key=len, reverse=True)))
_FIGURE = re.compile(r"\s*\d+(?:\.\d+)?")

Span = tuple[int, int]


@dataclass(slots=True)
class ProgressRow:
    """One target of the table, as spans of the document text."""

    name: Span
    indicators: Span | None
    #: (kind, the span naming the kind, the content span) per progress row
    progress: list[tuple[str, Span, Span]] = field(default_factory=list)


def _rows_from_grid(doc: SourceDocument, block: Block) -> list[ProgressRow] | None:
    header = find_header(doc, block, COLUMNS, required=("name", "indicators", "kind"))
    if header is None:
        return None
    cols = header.columns
    rows: list[ProgressRow] = []
    for row in block.rows[header.row + 1 :]:
        name = origin_span(row, cols["name"])
        if name is not None:
            rows.append(ProgressRow(name, origin_span(row, cols["indicators"])))
        kind_span = cell_span(row, cols["kind"])
        content = cell_span(row, cols.get("content"))
        if not rows or kind_span is None or content is None:
            continue
        kind = squash(doc.text[kind_span[0] : kind_span[1]])
        if kind in cues.PROGRESS_KINDS:
            rows[-1].progress.append((kind, kind_span, content))
    return rows


def split_name(text: str) -> int:
    """Where a glued 目标名称 ends and its 考核指标 text begins (0 when no split is seen):
    after a name-ending word and before a task verb, the last such place before the first
    punctuation (应急数字化水平提升|完善…: 提升 ends the name, it does not open the text)."""
    split = 0
    for end in range(4, min(len(text), 24)):
        if not text[end - 1].isalnum():
            break
        if text.startswith(cues.TASK_OPENING_VERBS, end) and text[:end].endswith(
                cues.TARGET_NAME_ENDINGS):
            split = end
    return split


def _rows_from_text(doc: SourceDocument) -> list[ProgressRow]:
    """Rows of a table flattened into paragraphs: each row runs from the end of the previous
    one to its 累计完成工作量 figure, with 当季进度 / 累计进度 markers inside."""
    text = doc.text
    header = _FLAT_HEADER.search(text)
    if header is None:
        return []
    row_start = text.find("\n", header.end()) + 1 or header.end()
    rows: list[ProgressRow] = []
    markers = list(_MARKERS.finditer(text, row_start))
    current: ProgressRow | None = None
    for i, marker in enumerate(markers):
        kind = marker.group()
        if current is None:
            start, end = strip_span(text, row_start, marker.start())
            split = split_name(text[start:end])
            name = (start, start + split) if split else (start, end)
            current = ProgressRow(name, (start + split, end) if split else None)
        if kind == WORKLOAD:
            figure = _FIGURE.match(text, marker.end())
            end = figure.end() if figure else marker.end()
            current.progress.append((kind, marker.span(), (marker.start(), end)))
            rows.append(current)
            current = None
            line_end = text.find("\n", end)
            row_start = len(text) if line_end == -1 else line_end + 1
        else:
            following = markers[i + 1].start() if i + 1 < len(markers) else len(text)
            current.progress.append(
                (kind, marker.span(), strip_span(text, marker.end(), following)))
    return rows


def _task_rows(doc: SourceDocument, block: Block) -> list[tuple[Span, Span | None]] | None:
    """(task, progress) spans of a table of tasks and their progress, None for another."""
    header = find_header(doc, block, TASK_COLUMNS, required=("task", "progress"))
    if header is None:
        return None
    cols = header.columns
    rows = []
    for row in block.rows[header.row + 1 :]:
        task = origin_span(row, cols["task"])
        if task is not None:
            rows.append((task, origin_span(row, cols["progress"])))
    return rows


def _task_periods(doc: SourceDocument) -> tuple[tuple[date, date] | None, ...]:
    """The periods of the tasks (the year of the title) and of their progress (the title's
    shortest period: …进度表(截至10月31日) → 1 January to 31 October), None when unknown."""
    if not doc.year:
        return None, None
    year = year_period(doc.year)
    # (截至10月31日 has only its end: the progress since the year began)
    dated = [(p.period_start or year[0], p.period_end)
             for p in find_periods(doc.title or "", year=doc.year)
             if p.period_end is not None and p.period_end.year == doc.year]
    return year, min(dated, key=lambda p: p[1] - p[0], default=year)


def _emit_tasks(doc: SourceDocument, builder: RecordBuilder,
                rows: list[tuple[Span, Span | None]]) -> None:
    """Each task is a target, the figures in its words its target values (建设四好农村路
    55公里), and its progress figure the actual named after it (…55公里进度: 95%)."""
    planned, reached = _task_periods(doc)
    for task, progress in rows:
        start, end = strip_span(doc.text, *task)
        while end > start and doc.text[end - 1] in "。.;；,，":
            end -= 1
        name = doc.text[start:end]
        section = section_at(doc, start)
        target_id = builder.add_target(name, start, end, section=section)
        emit_values(doc, builder, start, end, role="target", target_id=target_id,
                    fallback=(name, start, end), section=section, period=planned)
        if progress:
            emit_values(doc, builder, *progress, role="actual", target_id=target_id,
                        bare=True, indicator=(name + PROGRESS_NAME, start, end),
                        section=section, period=reached)


def _emit(doc: SourceDocument, builder: RecordBuilder, rows: list[ProgressRow]) -> None:
    for row in rows:
        name = doc.text[row.name[0] : row.name[1]]
        section = section_at(doc, row.name[0])
        target_id = builder.add_target(name, *row.name, section=section)
        fallback = (name, *row.name)
        if row.indicators:
            emit_values(doc, builder, *row.indicators, role="target", target_id=target_id,
                        fallback=fallback, section=section)
        for kind, label, (start, end) in row.progress:
            if kind == WORKLOAD:
                emit_values(doc, builder, start, end, role="actual", target_id=target_id,
                            bare=True, indicator=(WORKLOAD, *label), section=section)
            else:
                emit_values(doc, builder, start, end, role=cues.PROGRESS_KINDS[kind],
                            target_id=target_id, fallback=fallback, section=section)


def parse_progress_table(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """Targets, target values and actuals of a quarterly progress table."""
    rows: list[ProgressRow] = []
    for block in table_blocks(doc):
        rows.extend(_rows_from_grid(doc, block) or [])
    if not rows:
        rows = _rows_from_text(doc)
    if not rows:
        tasks = [row for block in table_blocks(doc) for row in _task_rows(doc, block) or []]
        if tasks:
            _emit_tasks(doc, builder, tasks)
            return []
        raise GenreMismatch("no 目标名称 / 考核指标 / 进展情况 or 项目内容 / 当前进度 table")
    _emit(doc, builder, rows)
    return []
