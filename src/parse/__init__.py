"""Parse: SourceDocument → Records. Pure functions over in-memory objects, no I/O."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.metadata import report_year
from zhibiao.parse import generic
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres import PARSERS, UNKNOWN, GenreMismatch, recognise, title_of
from zhibiao.parse.genres.figure_table import read_figure_tables
from zhibiao.parse.genres.prose import PROSE_GENRES, genre_prior, read_prose, settle_roles
from zhibiao.parse.genres.self_evaluation import (
    read_field_lines,
    read_form_tables,
    read_fund_lines,
    read_template_rows,
)
from zhibiao.parse.genres.unknown_table import read_unknown_tables
from zhibiao.parse.link import link
from zhibiao.parse.names import warm_up
from zhibiao.parse.records import DocumentRow, Records, ValueRow
from zhibiao.parse.tables import is_text_table, narrative_cells
from zhibiao.parse.values import remembering_values

#: Bumped whenever parse output may change, so the lake re-parses unchanged documents.
PARSER_VERSION = "0.16.3"
#: Genres whose forms' fund lines may come as text (年度资金总额: 250, 其中:中央补助668.00):
#: each amount a planned one of its label.
FUND_LINE_GENRES = frozenset({"goal_table", "self_evaluation_table", "self_evaluation_report"})

__all__ = ["PARSER_VERSION", "Records", "parse", "warm_up"]


#: Genres that report on a year already over when they are put up (2021年's 决算 out in
#: 2022, a 自评表 filled in after its year): dated by nothing but the day they were
#: published, they are of the year before.
REPORTED_AFTER_GENRES = frozenset({"final_account", "self_evaluation_table",
                                   "self_evaluation_report"})


def _reported_year(doc: SourceDocument, genre: str) -> SourceDocument:
    """`doc`, with the year before its publication's when its genre reports on a year over
    and neither its title nor its text names the year (or the earlier one they name)."""
    if genre in REPORTED_AFTER_GENRES and doc.published is not None \
            and doc.year == doc.published.year:
        named = report_year(doc.title, None, doc.text)
        if named is None:
            return replace(doc, year=doc.year - 1)
        if named < doc.year:
            return replace(doc, year=named)
    return doc


def _reported_from_year_start(values: list[ValueRow]) -> None:
    """(In place) A result reported up to a day (截至6月底累计完成投资…, 2022年底全县共有…)
    covers its year so far: its period starts on the year's first day, as the labellers
    date such figures (659 dev facts to 12; a target's deadline keeps its open start)."""
    for row in values:
        last = row["period_end"]
        if row["role"] == "actual" and row["period_start"] is None and last is not None:
            row["period_start"] = date(last.year, 1, 1)


@remembering_values
def parse(doc: SourceDocument) -> Records:
    """Every target, indicator and value of one document, and attainment.

    The document's genre parser reads it when there is one and it finds the structure it
    expects; otherwise its tables are read by their headers where they say which column
    is which and the document is `partial` with a warning saying why. Either way, a
    performance form (绩效目标表, 自评表) is read as one wherever it stands, and every
    paragraph and heading no genre reader took is then read sentence by sentence
    (genres/prose.py) with the genre as the prior for roles, and, in a document no genre
    parser read, what is left (table cells no header explained) by the generic extraction.
    """
    genre = recognise(doc)
    doc = _reported_year(doc, genre)
    warnings = list(doc.warnings)
    builder = RecordBuilder(doc)
    genre_parser = PARSERS.get(genre)
    prior, period = genre_prior(doc, genre)  # (the role and period a figure takes unsaid)
    complete = False
    if genre == UNKNOWN:
        warnings.append("genre not recognised: generic extraction, roles are guesses")
    elif genre_parser is None:
        warnings.append(f"no {genre} parser yet: generic extraction, roles are guesses")
    else:
        try:
            # a table whose headers say which column is planned and which done is read by
            # them, in a report as anywhere, not cell by cell as the report's sentences
            ahead = read_unknown_tables(doc, builder, before_prose=True,
                                        reported=period if prior == "actual" else None) \
                if genre in PROSE_GENRES else []
            warnings.extend(genre_parser(doc, builder))
            warnings.extend(ahead)
            complete = True
        except GenreMismatch as exc:
            builder = RecordBuilder(doc)
            warnings.append(f"{genre} structure not found ({exc}): generic extraction, "
                            "roles are guesses")
    # a performance form is read as one wherever it stands (the 绩效目标表 of a 部门预算),
    # and so are its rows a report wrote as sentences (…,目标值90,完成值100,分值8,得分8。)
    # …and so are a form's rows copied without their grid, known by the template's shape
    # (三级指标 | ≥ | 90 | % | 96 | 10), whatever the page around them
    read_template_rows(doc, builder, with_actuals=genre != "goal_table")
    warnings.extend(read_form_tables(doc, builder))
    read_field_lines(doc, builder)
    if genre in FUND_LINE_GENRES \
            and read_fund_lines(doc, builder, bare_only=genre != "goal_table"):
        warnings.append("fund lines read from the form's text")
    # tables of sentences (task | lead unit | what was done) are read as prose, each cell
    # under its column's header, not by the readers of figures
    text_tables = [] if complete else [
        b for b in doc.blocks if b.kind == "table" and not builder.taken(b)
        and is_text_table(doc, b)]
    for block in text_tables:
        builder.take(block)
    if not complete:
        warnings.extend(read_unknown_tables(doc, builder))
    if not complete or genre in PROSE_GENRES:
        warnings.extend(read_figure_tables(doc, builder, prior, period))
    if not complete or genre not in PROSE_GENRES:
        prose = [b for b in doc.blocks if b.kind != "table" or b in text_tables]
        warnings.extend(read_prose(doc, builder, prose, genre=genre))
    # a form's or table's narrative cell no reader took (年度目标: …户籍人口76户174人,…新建
    # 养殖场占地约6500平米…) is read as prose too
    narrative = narrative_cells(doc, builder.has_value_in, text_tables)
    if narrative:
        warnings.extend(read_prose(doc, builder, narrative, genre=genre))
    if not complete:
        generic.extract(doc, builder)
    settle_roles(builder.values, genre, doc.text, structured=complete)
    _reported_from_year_start(builder.values)
    if not builder.values:
        warnings.append("no values found")
    document: DocumentRow = {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "media_type": doc.media_type,
        "title": title_of(doc, genre),
        "issuer": doc.issuer,
        "published": doc.published,
        "genre": genre,
        "pages": doc.pages,
        "chars": len(doc.text),
        "status": "ok" if complete and not doc.partial else "partial",
        "warnings": warnings,
        "parser_version": PARSER_VERSION,
        "text": doc.text,
    }
    return Records(document=document, targets=builder.targets, indicators=builder.indicators,
                   values=builder.values, attainment=link(doc.doc_id, builder.values))
