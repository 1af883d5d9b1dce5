"""The facts view: one row per value, joined with its document, indicator, target and attainment.

Every analysis of zhibiao's output starts with the same join (values → indicators →
targets → documents, plus the attainment of each target), so it is done once, here, for
an output folder of `zhibiao convert` or a `zhibiao refresh` lake (at the snapshot of its
last complete run, or of `run_id`):

- `facts(out)` returns it as one pandas DataFrame (the whole view in memory);
- `fact_batches(tables)` yields it as Arrow tables of `batch_rows` values each, reading
  the values table in batches and only the few columns the join needs from the others
  (never the documents' text), which is how `export` writes a million values in bounded
  memory.

Rows come in the order the values table stores them (for `convert`, input order and
then text order). Empty text is null, so a cell is blank either way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from zhibiao.schema import SCHEMAS

if TYPE_CHECKING:  # pandas and Arrow's datasets are imported when used: `import zhibiao`
    import pandas as pd  # stays light for the pool's workers
    import pyarrow.dataset as ds

Headings = Literal["en", "zh"]
BATCH_ROWS = 50_000

#: The view's columns: English name → Chinese heading (`headings="zh"`).
FACT_COLUMNS: dict[str, str] = {
    "title": "文件标题",
    "issuer": "发布机关",
    "published": "发布日期",
    "genre": "文种",
    "source": "来源",
    "target": "目标",
    "indicator": "指标",
    "role": "数值类型",
    "raw": "原文",
    "number": "数值",
    "number_max": "数值上限",
    "unit": "单位",
    "comparator": "比较符",
    "change": "增减",
    "change_basis": "比较基准",
    "period_start": "期间起",
    "period_end": "期间止",
    "section": "章节",
    "page": "页码",
    "actual": "实际完成",
    "actual_number": "实际数值",
    "attainment": "达成情况",
    "gap": "差距",
    "doc_id": "文件编号",
    "value_id": "数值编号",
}
#: Where each column comes from (table, column): its type is the contract's.
_FROM: dict[str, tuple[str, str]] = {
    **{c: ("documents", c) for c in ("title", "issuer", "published", "genre", "source")},
    "target": ("targets", "name"),
    "indicator": ("indicators", "name"),
    **{c: ("values", c) for c in (
        "role", "raw", "number", "number_max", "unit", "comparator", "change", "change_basis",
        "period_start", "period_end", "section", "page")},
    "actual": ("values", "raw"),
    "actual_number": ("values", "number"),
    "attainment": ("attainment", "status"),
    "gap": ("attainment", "gap"),
    "doc_id": ("values", "doc_id"),
    "value_id": ("values", "value_id"),
}
#: The view's Arrow schema: every column nullable (a value may have no indicator, a
#: target no attainment), described by where it comes from.
FACTS_SCHEMA = pa.schema(
    [pa.field(name, SCHEMAS[table].field(column).type, nullable=True,
              metadata={"description": f"{table}.{column}", "zh": FACT_COLUMNS[name]})
     for name, (table, column) in _FROM.items()],
    metadata={"zhibiao.table": "Facts"})

#: Columns read from each table for the join (documents.text never).
_DOCUMENT_COLUMNS = ["doc_id", "title", "issuer", "published", "genre", "source"]
_VALUE_COLUMNS = ["value_id", "doc_id", "indicator_id", "role", "raw", "number", "number_max",
                  "unit", "comparator", "change", "change_basis", "period_start", "period_end",
                  "section", "page"]


class FactsInputError(Exception):
    """The folder given is neither a convert output nor a lake with a complete run."""


# --------------------------------------------------------------------------- the tables


class Tables:
    """The contract's tables of one output, read by column and in batches: a convert
    output folder (one Parquet file per table) or a lake snapshot (Delta tables at the
    versions of one run). Rows are cast to the contract's Arrow types."""

    def __init__(self, out: str | os.PathLike[str], run_id: str | None = None) -> None:
        self.out = Path(out)
        self.lake_versions: dict[str, int] | None = None
        if (self.out / "documents.parquet").exists():
            if run_id is not None:
                raise FactsInputError(f"{self.out} is a convert output, not a lake: it has "
                                      f"no runs to choose from")
            return
        if (self.out / "runs" / "_delta_log").is_dir():
            from zhibiao.export.lake import LakeError, lake_versions

            try:
                self.lake_versions = lake_versions(self.out, run_id)
            except LakeError as exc:
                raise FactsInputError(str(exc)) from exc
            return
        raise FactsInputError(f"{self.out / 'documents.parquet'} not found: is {self.out} the "
                              f"output folder of `zhibiao convert` (or a refresh lake)?")

    def _dataset(self, name: str) -> ds.Dataset:
        """A lake table at the snapshot's version."""
        from deltalake import DeltaTable

        assert self.lake_versions is not None
        table = DeltaTable(str(self.out / name), version=self.lake_versions[name])
        return table.to_pyarrow_dataset()

    def num_rows(self, name: str) -> int:
        if self.lake_versions is None:
            path = self.out / f"{name}.parquet"
            return pq.read_metadata(path).num_rows if path.exists() else 0
        return self._dataset(name).count_rows()

    def batches(self, name: str, columns: list[str] | None = None,
                batch_rows: int = BATCH_ROWS) -> Iterator[pa.Table]:
        """The table's rows, `batch_rows` at a time, in storage order. Nothing is read
        ahead: one batch (and one Parquet row group) at a time is what memory holds."""
        schema = SCHEMAS[name]
        wanted = pa.schema([schema.field(c) for c in (columns or schema.names)])
        if self.lake_versions is None:
            path = self.out / f"{name}.parquet"
            if not path.exists():
                return
            with pq.ParquetFile(path) as reader:
                for batch in reader.iter_batches(batch_size=batch_rows, columns=wanted.names,
                                                 use_threads=False):
                    if batch.num_rows:
                        yield pa.Table.from_batches([batch]).cast(wanted)
            return
        dataset = self._dataset(name)
        for batch in dataset.to_batches(columns=wanted.names, batch_size=batch_rows,
                                        batch_readahead=0, fragment_readahead=1):
            if batch.num_rows:
                yield pa.Table.from_batches([batch]).cast(wanted)

    def read(self, name: str, columns: list[str] | None = None) -> pa.Table:
        schema = SCHEMAS[name]
        wanted = pa.schema([schema.field(c) for c in (columns or schema.names)])
        parts = list(self.batches(name, columns))
        return pa.concat_tables(parts) if parts else wanted.empty_table()


# --------------------------------------------------------------------------- the join


class _Lookup:
    """Rows of a table found by a key column; the pandas Index hashes the keys once, so
    each batch of values costs a probe, not a rebuild. The first row of a repeated key
    wins."""

    def __init__(self, table: pa.Table, key: str) -> None:
        import pandas as pd

        keys = pd.Index(table[key].to_pandas())
        first = ~keys.duplicated()
        if not first.all():
            table = table.filter(pa.array(first))
            keys = keys[first]
        # One chunk per column: `take` on many chunks would join them on every call.
        self.table = table.drop_columns([key]).combine_chunks()
        self.index = keys

    def positions(self, keys: pa.ChunkedArray | pa.Array) -> pa.Array:
        """Row positions of `keys` (null where a key is null or absent)."""
        found = self.index.get_indexer(keys.to_pandas())
        return pa.array(found, type=pa.int64(), mask=found < 0)

    def take(self, keys: pa.ChunkedArray | pa.Array, column: str) -> pa.Array:
        return self.take_at(self.positions(keys), column)

    def take_at(self, positions: pa.Array, column: str) -> pa.ChunkedArray:
        return self.table[column].take(positions)


def _blank_to_null(column: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """Empty text as null: a blank cell in every format, and a CSV reads back the same."""
    return pc.if_else(pc.equal(column, ""), pa.scalar(None, pa.string()), column)


class FactsBuilder:
    """Joins batches of values with what the other tables say about them. The lookups
    (documents without their text, indicator names, target names, attainment and the
    matched actuals) are read once and are a fraction of the values' size."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.documents = _Lookup(tables.read("documents", _DOCUMENT_COLUMNS), "doc_id")
        self.indicators = _Lookup(tables.read("indicators", ["indicator_id", "name",
                                                             "target_id"]), "indicator_id")
        self.targets = _Lookup(tables.read("targets", ["target_id", "name"]), "target_id")
        attainment = tables.read("attainment", ["target_value_id", "actual_value_id",
                                                "status", "gap"])
        self.attainment = _Lookup(attainment, "target_value_id")
        self.actuals = _Lookup(self._actuals(attainment["actual_value_id"]), "value_id")

    def _actuals(self, ids: pa.ChunkedArray) -> pa.Table:
        """The matched actual values (raw text and number), from one pass over values."""
        wanted = pc.unique(ids)
        columns = ["value_id", "raw", "number"]
        if not len(wanted):
            return SCHEMAS["values"].empty_table().select(columns)
        parts = [b.filter(pc.is_in(b["value_id"], value_set=wanted))
                 for b in self.tables.batches("values", columns)]
        return pa.concat_tables(parts)

    @property
    def rows(self) -> int:
        return self.tables.num_rows("values")

    def join(self, values: pa.Table) -> pa.Table:
        """The facts of one batch of values (FACTS_SCHEMA, same order)."""
        doc = self.documents.positions(values["doc_id"])
        ind = self.indicators.positions(values["indicator_id"])
        target = self.targets.take(self.indicators.take_at(ind, "target_id"), "name")
        att = self.attainment.positions(values["value_id"])
        actual = self.actuals.positions(self.attainment.take_at(att, "actual_value_id"))
        columns = {
            "title": self.documents.take_at(doc, "title"),
            "issuer": self.documents.take_at(doc, "issuer"),
            "published": self.documents.take_at(doc, "published"),
            "genre": self.documents.take_at(doc, "genre"),
            "source": self.documents.take_at(doc, "source"),
            "target": target,
            "indicator": self.indicators.take_at(ind, "name"),
            **{name: values[name] for name in (
                "role", "raw", "number", "number_max", "unit", "comparator", "change",
                "change_basis", "period_start", "period_end", "section", "page")},
            "actual": self.actuals.take_at(actual, "raw"),
            "actual_number": self.actuals.take_at(actual, "number"),
            "attainment": self.attainment.take_at(att, "status"),
            "gap": self.attainment.take_at(att, "gap"),
            "doc_id": values["doc_id"],
            "value_id": values["value_id"],
        }
        arrays = [_blank_to_null(columns[f.name]) if pa.types.is_string(f.type)
                  else columns[f.name] for f in FACTS_SCHEMA]
        return pa.Table.from_arrays(arrays, schema=FACTS_SCHEMA)

    def batches(self, batch_rows: int = BATCH_ROWS) -> Iterator[pa.Table]:
        for values in self.tables.batches("values", _VALUE_COLUMNS, batch_rows):
            yield self.join(values)


def fact_batches(out: str | os.PathLike[str], run_id: str | None = None,
                 batch_rows: int = BATCH_ROWS) -> Iterator[pa.Table]:
    """The facts view of an output folder or lake, `batch_rows` values at a time."""
    yield from FactsBuilder(Tables(out, run_id)).batches(batch_rows)


def headings_of(headings: Headings) -> list[str]:
    """The view's column names in English or as Chinese headings."""
    if headings not in ("en", "zh"):
        raise ValueError(f"headings must be 'en' or 'zh', not {headings!r}")
    return list(FACT_COLUMNS) if headings == "en" else list(FACT_COLUMNS.values())


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """Facts as pandas: dates as datetime64, pages as nullable integers."""
    import pandas as pd

    return table.to_pandas(date_as_object=False, types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def facts(out: str | os.PathLike[str], *, run_id: str | None = None,
          headings: Headings = "en") -> pd.DataFrame:
    """One row per value with its document, indicator, target and (for targets) the
    matched actual and attainment: the table every analysis starts from. `out` is a
    convert output folder or a lake (its last complete run, or `run_id`); `headings="zh"`
    names the columns in Chinese (FACT_COLUMNS)."""
    names = headings_of(headings)
    parts = list(fact_batches(out, run_id))
    table = pa.concat_tables(parts) if parts else FACTS_SCHEMA.empty_table()
    return to_pandas(table.rename_columns(names))
