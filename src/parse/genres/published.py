"""The genres published as tables of figures (部门预算, 部门决算, 统计公报, 政府信息公开年报).

Their figures stand in standard tables whose headers say what each column holds, so their
parser is the table readers in order — performance forms (the 绩效目标表 / 自评表 they
carry), the 政府信息公开年报's template tables, then every table of bare figures by its
row and column headers with the genre as the prior for roles — and the document is
complete: its paragraphs are read after, sentence by sentence, as every genre's are, and
nothing is left to the generic extraction's guesses.
"""

from __future__ import annotations

from zhibiao.ingest.document import SourceDocument
from zhibiao.parse.builder import RecordBuilder
from zhibiao.parse.genres.disclosure import read_disclosure_tables
from zhibiao.parse.genres.figure_table import read_figure_tables
from zhibiao.parse.genres.prose import genre_prior
from zhibiao.parse.genres.self_evaluation import read_form_tables

#: Genre → whether its template tables (政府信息公开年报) are read before the figures.
PUBLISHED_GENRES: dict[str, bool] = {
    "budget": False, "final_account": False, "budget_execution": False,
    "statistical_bulletin": False,
    "disclosure_report": True,
}


def parse_published(doc: SourceDocument, builder: RecordBuilder, genre: str) -> list[str]:
    """The tables of a document of a published genre; returns a warning per table read."""
    warnings = read_form_tables(doc, builder)
    if PUBLISHED_GENRES[genre]:
        warnings += read_disclosure_tables(doc, builder)
    return warnings + read_figure_tables(doc, builder, *genre_prior(doc, genre))
