"""Tables of documents no genre recognises: roles from the column headers.

A column whose header says 目标 / 指标值 / 预期 / 计划 holds targets, one that says
完成 / 实际 / 进展 / 执行 holds actuals, and the row's indicator is named by the column
whose header says 指标 / 名称 / 项目 (else the first column). Only tables with both a
target and an actual column are read this way; everything else is left to the generic
extraction, and the document stays `partial` with a warning saying how it was read.
"""

from __future__ import annotations

from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.parse import cues
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres.cells import emit_values
from zhibiao.parse.tables import origin_span, row_texts, squash, table_blocks


def _roles(headers: list[str]) -> dict[int, str] | None:
    """Column → target / actual / name for a header row, None if it lacks either role."""
    roles: dict[int, str] = {}
    for column, text in enumerate(headers):
        if any(w in text for w in cues.UNKNOWN_TABLE_ACTUAL_HEADERS):
            roles[column] = "actual"
        elif any(w in text for w in cues.UNKNOWN_TABLE_TARGET_HEADERS):
            roles[column] = "target"
    if "actual" not in roles.values() or "target" not in roles.values():
        return None
    names = [c for c, text in enumerate(headers) if c not in roles and any(
        w in text for w in cues.UNKNOWN_TABLE_NAME_HEADERS)]
    free = [c for c in range(len(headers)) if c not in roles]
    if names or free:
        roles[(names or free)[0]] = "name"
    return roles


def _read(doc: SourceDocument, builder: RecordBuilder, block: Block, header_row: int,
          roles: dict[int, str]) -> int:
    name_column = next((c for c, r in roles.items() if r == "name"), None)
    added = 0
    for row in block.rows[header_row + 1 :]:
        name_span = origin_span(row, name_column) if name_column is not None else None
        indicator = ((squash(doc.text[name_span[0] : name_span[1]]), *name_span)
                     if name_span else None)
        for column, role in roles.items():
            span = origin_span(row, column) if role != "name" else None
            if span:
                added += emit_values(doc, builder, *span, role=role, indicator=indicator,
                                     bare=indicator is not None)
    return added


def read_unknown_tables(doc: SourceDocument, builder: RecordBuilder) -> list[str]:
    """Values of the tables whose headers say which column is target and which actual;
    returns a warning per table read this way."""
    warnings = []
    for block in table_blocks(doc):
        if builder.taken(block):
            continue
        for index, row in enumerate(block.rows[:3]):
            headers = row_texts(doc, row)
            roles = _roles(headers)
            if roles is None:
                continue
            added = _read(doc, builder, block, index, roles)
            described = ", ".join(f"{headers[c]}→{r}" for c, r in sorted(roles.items()))
            warnings.append(f"table at offset {block.start} read by its column headers "
                            f"({described}): {added} values")
            break
    return warnings
