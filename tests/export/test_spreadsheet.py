"""Exports (export/spreadsheet.py): xlsx, CSV and Parquet of the facts, safe to open."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone
from pathlib import Path

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

import zhibiao
from support import make_bad_inputs
from zhibiao.export import spreadsheet
from zhibiao.export.facts import FACT_COLUMNS, FactsBuilder, to_pandas
from zhibiao.export.parquet import SnapshotWriter
from zhibiao.export.spreadsheet import (
    CELL_LIMIT,
    FORMULA_STARTS,
    cut,
    neutralise,
    restore_text,
    safe_strings,
)
from zhibiao.schema import TABLES, Document, Value

#: A plan whose indicator table names its indicators with formulas (the cells are read
#: verbatim), plus a sentence whose indicator starts with +.
HOSTILE_PLAN = (
    "某市数据管理局“十四五”数字政府建设规划\n\n主要指标\n\n"
    "序号\t指标名称\t2025年目标值\n"
    '1\t=HYPERLINK("http://x","y")\t100%\n'
    "2\t@SUM(A1)\t不低于95%\n"
    "3\t政务服务事项网上可办率\t90%以上\n\n"
    "一、工作目标\n到2025年，+1办结率不低于98%。\n"
)
HOSTILE = ('=HYPERLINK("http://x","y")', "@SUM(A1)", "+1办结率")


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory) -> Path:
    """The hostile plan and the bad inputs (for quarantine rows), converted."""
    inputs = tmp_path_factory.mktemp("hostile")
    (inputs / "plan.txt").write_text(HOSTILE_PLAN, encoding="utf-8")
    make_bad_inputs(inputs / "bad")
    out = tmp_path_factory.mktemp("hostile_out")
    summary = zhibiao.convert([inputs], out)
    assert summary.quarantined == 3
    return out


@pytest.fixture(scope="module")
def hostile_view(hostile_out) -> pd.DataFrame:
    view = zhibiao.facts(hostile_out)
    assert set(HOSTILE) <= set(view.indicator)  # the parser keeps the names verbatim
    return view


def _cells(sheet) -> list:
    return [cell for row in sheet.iter_rows() for cell in row]


# --------------------------------------------------------------------------- xlsx


def test_xlsx_sheets_types_and_the_quarantine(converted_run, converted, tmp_path):
    path = tmp_path / "facts.xlsx"
    summary = zhibiao.export_facts(converted_run.out, path)
    view = zhibiao.facts(converted_run.out)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["about", "facts", *TABLES] == summary.sheets
    facts = book["facts"]
    assert facts.freeze_panes == "A2"
    header = [c.value for c in facts[1]]
    assert header == list(FACT_COLUMNS)
    assert facts.max_row == len(view) + 1 == summary.facts + 1
    col = {name: i for i, name in enumerate(header)}
    for row, expected in zip(facts.iter_rows(min_row=2), view.itertuples(index=False),
                             strict=True):
        assert row[col["value_id"]].value == expected.value_id
        number = row[col["number"]]
        if pd.isna(expected.number):
            assert number.value is None
        else:
            assert number.data_type == "n" and number.value == expected.number
        published = row[col["published"]]
        if pd.isna(expected.published):
            assert published.value is None
        else:
            assert published.is_date and published.value == expected.published.to_pydatetime()
        page = row[col["page"]]
        assert page.value == (None if pd.isna(expected.page) else expected.page)
        assert row[col["raw"]].data_type == "s" and row[col["raw"]].value == expected.raw
    # column widths fit Chinese: a CJK character takes two columns
    first_title = view.title.iloc[0]
    assert facts.column_dimensions["A"].width >= len(first_title) + sum(
        "\u4e00" <= ch <= "\u9fff" for ch in first_title)
    assert facts.column_dimensions["J"].width < facts.column_dimensions["A"].width  # number
    # the quarantine sheet lists every input not read, with its reason
    quarantine = book["quarantine"]
    head = [c.value for c in quarantine[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True))
            for r in quarantine.iter_rows(min_row=2)]
    assert sorted(r["reason"] for r in rows) == sorted(converted["quarantine"].reason)
    assert {"empty", "binary"} <= {r["reason"] for r in rows}
    assert all(isinstance(r["at"], datetime) and r["error"] for r in rows)
    # the table sheets: documents without their text, lists as text
    documents = book["documents"]
    assert "text" not in [c.value for c in documents[1]]
    assert documents.max_row == len(converted["documents"]) + 1
    assert book["values"].max_row == len(converted["values"]) + 1
    assert not [c for s in book for c in _cells(s) if c.data_type == "f"]


def test_xlsx_neutralises_the_hostile_formulas(hostile_out, hostile_view, tmp_path):
    path = tmp_path / "hostile.xlsx"
    summary = zhibiao.export_facts(hostile_out, path)
    book = openpyxl.load_workbook(path)
    found = {}
    for sheet in book:
        for cell in _cells(sheet):
            assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
            if isinstance(cell.value, str) and cell.value[:1] in FORMULA_STARTS:
                assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell.value)
                found.setdefault(cell.value, sheet.title)
    assert set(HOSTILE) <= set(found)  # shown as written, as text
    assert found[HOSTILE[0]] == "facts"
    assert summary.neutralised >= 2 * len(HOSTILE)  # facts and indicators sheets at least
    about = {r[0].value: r[1].value for r in book["about"].iter_rows()}
    assert "formula" in about["formulas"]
    # the raw XML holds no formula element at all
    import zipfile

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_xlsx_splits_a_table_over_sheets_past_the_row_limit(converted_run, monkeypatch,
                                                            tmp_path):
    monkeypatch.setattr(spreadsheet, "SHEET_ROWS", 301)  # 300 rows under the header
    path = tmp_path / "split.xlsx"
    summary = zhibiao.export_facts(converted_run.out, path)
    view = zhibiao.facts(converted_run.out)
    book = openpyxl.load_workbook(path, read_only=True)
    parts = [n for n in book.sheetnames if n == "facts" or n.startswith("facts (")]
    assert parts == ["facts", *(f"facts ({i})" for i in range(2, len(parts) + 1))]
    assert len(parts) == -(-len(view) // 300)
    ids = []
    for name in parts:
        rows = list(book[name].iter_rows(values_only=True))
        assert list(rows[0]) == list(FACT_COLUMNS)  # every part has the header
        assert len(rows) <= 301
        ids += [r[-1] for r in rows[1:]]
    assert ids == list(view.value_id)
    assert any("facts (2)" in note for note in summary.notes)
    about = [r[1] for r in book["about"].iter_rows(values_only=True)]
    assert any(v and "continued on facts (2)" in v for v in about)
    assert "values (2)" in book.sheetnames


def _long_text_output(out: Path) -> str:
    """A convert-style output whose one document has a title past a cell's limit and
    text with control characters; returns the title."""
    title = "=" + "很长的标题" * 8_000 + "\U00020000"  # 40,002 characters, one outside the BMP
    text = "生产安全事故死亡人数30人\x01\x0b"
    doc = Document(doc_id="0123456789abcdef", source="long.txt", media_type="text/plain",
                   title=title, genre="unknown", chars=len(text), status="partial",
                   parser_version="test", text=text, published=date(2024, 7, 1))
    value = Value(value_id="0123456789abcdef-v00001", doc_id=doc.doc_id, role="actual",
                  raw="30人\x01", number=30.0, unit="人", char_start=10, char_end=13)
    with SnapshotWriter(out) as writer:
        writer.write("documents", [doc])
        writer.write("values", [value])
    return title


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_text_over_the_cell_limit_is_cut_with_a_note(tmp_path, kind):
    title = _long_text_output(tmp_path / "out")
    path = tmp_path / f"long.{kind}"
    summary = zhibiao.export_facts(tmp_path / "out", path)
    assert summary.cut >= 1
    if kind == "xlsx":
        book = openpyxl.load_workbook(path)  # a whole file, whatever the text held
        cell = book["facts"]["A2"].value
        assert book["documents"]["D2"].value == cell
        assert book["facts"]["I2"].value.startswith("30人")  # \x01 kept, escaped as _x0001_
    else:
        cell = pd.read_csv(path, encoding="utf-8-sig", dtype=str).title[0]
        assert cell.startswith("'=很长的标题")
    assert len(cell.encode("utf-16-le")) // 2 <= CELL_LIMIT
    in_cell = len(title) + (kind == "csv")  # CSV: with the ' before its =
    assert f"cut: {in_cell:,} characters" in cell
    assert cell.lstrip("'")[:1000] == title[:1000]


# --------------------------------------------------------------------------- csv


def test_csv_reads_back_with_the_same_values(converted_run, tmp_path):
    path = tmp_path / "facts.csv"
    summary = zhibiao.export_facts(converted_run.out, path)
    view = zhibiao.facts(converted_run.out)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header == list(FACT_COLUMNS) and summary.facts == len(view)

    text = [c for c, dtype in view.dtypes.items() if pd.api.types.is_string_dtype(dtype)]
    dates = ["published", "period_start", "period_end"]
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=dict.fromkeys(text, "str")
                       | {"page": "Int64", "number": "float64", "number_max": "float64",
                          "actual_number": "float64", "gap": "float64"},
                       parse_dates=dates)
    assert (back.comparator == "'=").any()  # neutralised in the file
    for column in text:
        back[column] = back[column].map(restore_text, na_action="ignore")
    for column in dates:
        back[column] = back[column].astype(view[column].dtype)
    pd.testing.assert_frame_equal(back, view)


def test_csv_neutralises_the_hostile_formulas(hostile_out, hostile_view, tmp_path):
    path = tmp_path / "hostile.csv"
    zhibiao.export_facts(hostile_out, path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    for row in rows:
        for value in row.values():
            assert value[:1] not in FORMULA_STARTS, value  # no cell starts a formula
    indicators = {row["indicator"] for row in rows}
    assert {"'" + h for h in HOSTILE} <= indicators
    assert {restore_text(i) for i in indicators} >= set(HOSTILE)


def test_chinese_headings_in_csv_and_xlsx(converted_run, tmp_path):
    zhibiao.export_facts(converted_run.out, tmp_path / "zh.csv", headings="zh")
    header = (tmp_path / "zh.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",")[:3] == ['"文件标题"', '"发布机关"', '"发布日期"']
    zhibiao.export_facts(converted_run.out, tmp_path / "zh.xlsx", headings="zh")
    book = openpyxl.load_workbook(tmp_path / "zh.xlsx", read_only=True)
    assert next(book["facts"].iter_rows(values_only=True)) == tuple(FACT_COLUMNS.values())


# --------------------------------------------------------------------------- parquet, files


def test_parquet_export_is_the_facts_unaltered(hostile_out, hostile_view, tmp_path):
    path = tmp_path / "facts.parquet"
    summary = zhibiao.export_facts(hostile_out, path)
    assert summary.neutralised == 0
    back = pq.read_table(path)
    assert back.schema.names == list(FACT_COLUMNS)
    pd.testing.assert_frame_equal(to_pandas(back), hostile_view)


def test_progress_counts_every_row(converted_run, converted, tmp_path):
    seen: dict[str, int] = {"total": 0, "done": 0}
    zhibiao.export_facts(converted_run.out, tmp_path / "p.xlsx",
                         on_start=lambda n: seen.update(total=n),
                         on_rows=lambda n: seen.update(done=seen["done"] + n))
    expected = len(converted["values"]) + sum(len(converted[t]) for t in TABLES)
    assert seen == {"total": expected, "done": expected}


def test_a_failed_export_leaves_the_previous_file(converted_run, tmp_path, monkeypatch):
    path = tmp_path / "facts.csv"
    zhibiao.export_facts(converted_run.out, path)
    before = path.read_bytes()

    def failing(self, batch_rows=50_000):
        yield from ()
        raise OSError("disk full")

    monkeypatch.setattr(FactsBuilder, "batches", failing)
    for name in ("facts.csv", "facts.xlsx"):
        with pytest.raises(OSError, match="disk full"):
            zhibiao.export_facts(converted_run.out, tmp_path / name)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]


def test_unknown_format_is_refused(converted_run, tmp_path):
    with pytest.raises(ValueError, match=r"\.xlsx, \.csv or \.parquet"):
        zhibiao.export_facts(converted_run.out, tmp_path / "facts.ods")


# --------------------------------------------------------------------------- safe text


@given(st.text())
def test_neutralise_is_safe_and_undone_exactly(text):
    safe = neutralise(text)
    assert safe[:1] not in FORMULA_STARTS
    assert restore_text(safe) == text


@given(st.lists(st.one_of(st.none(), st.text(max_size=20)), max_size=20))
def test_safe_strings_agrees_with_neutralise(texts):
    import pyarrow as pa

    column, neutralised, cut_count = safe_strings(pa.array(texts, pa.string()))
    assert column.to_pylist() == [None if t is None else neutralise(t) for t in texts]
    assert neutralised == sum(1 for t in texts if t and t[0] in FORMULA_STARTS)
    assert cut_count == 0


def test_cut_keeps_the_head_and_counts_utf16_units():
    assert cut("短") == "短"
    exact = "a" * CELL_LIMIT
    assert cut(exact) == exact
    wide = "\U00020000" * (CELL_LIMIT // 2 + 1)  # 2 units each: one unit over
    shorter = cut(wide)
    assert len(shorter.encode("utf-16-le")) // 2 <= CELL_LIMIT
    assert shorter.startswith("\U00020000" * 100) and shorter.endswith("in the Parquet tables]")


def test_times_in_the_quarantine_sheet_are_utc(tmp_path):
    """Excel has no time zones: a quarantine time is written as its UTC wall time."""
    from zhibiao.schema import Quarantine

    at = datetime(2024, 3, 1, 8, 30, 15, tzinfo=timezone.utc)
    doc = Document(doc_id="0123456789abcdef", source="a.txt", media_type="text/plain",
                   genre="unknown", chars=1, status="partial", parser_version="t", text="x")
    with SnapshotWriter(tmp_path / "out") as writer:
        writer.write("documents", [doc])
        writer.write("quarantine", [Quarantine(source="bad.txt", stage="read", reason="empty",
                                               error="EmptyInput: empty file", at=at)])
    zhibiao.export_facts(tmp_path / "out", tmp_path / "q.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "q.xlsx")["quarantine"]
    row = {h.value: c for h, c in zip(sheet[1], sheet[2], strict=True)}
    assert row["at"].value == datetime(2024, 3, 1, 8, 30, 15) and row["at"].is_date
    assert row["reason"].value == "empty"
