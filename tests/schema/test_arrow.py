"""The Arrow schemas are derived from the pydantic models and agree with them."""

from __future__ import annotations

import typing

import pyarrow as pa
import pytest
from pydantic import BaseModel

from zhibiao.schema import SCHEMAS, TABLES, arrow_schema
from zhibiao.schema.models import SCHEMA_VERSION


@pytest.mark.parametrize("table", list(TABLES))
def test_every_model_field_is_an_arrow_column(table):
    model = TABLES[table]
    assert set(SCHEMAS[table].names) == set(model.model_fields)


@pytest.mark.parametrize("table", list(TABLES))
def test_nullability_follows_optional_annotations(table):
    model = TABLES[table]
    hints = typing.get_type_hints(model)
    for field in SCHEMAS[table]:
        optional = type(None) in typing.get_args(hints[field.name])
        assert field.nullable == optional, field.name


def test_types_of_the_contract_columns():
    values, documents = SCHEMAS["values"], SCHEMAS["documents"]
    assert values.field("number").type == pa.float64()
    assert values.field("period_start").type == pa.date32()
    assert values.field("bbox").type == pa.list_(pa.float64())
    assert documents.field("warnings").type == pa.list_(pa.string())
    assert documents.field("published").type == pa.date32()
    assert SCHEMAS["quarantine"].field("at").type == pa.timestamp("us", tz="UTC")


def test_schema_version_is_recorded_in_metadata():
    assert SCHEMAS["values"].metadata[b"zhibiao.schema_version"] == SCHEMA_VERSION.encode()


def test_adding_a_field_to_a_model_changes_the_arrow_schema():
    class Extra(TABLES["targets"]):
        confidence: float | None = None

    schema = arrow_schema(Extra)
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("confidence").nullable


def test_unsupported_annotation_is_refused():
    class Odd(BaseModel):
        blob: dict[str, int]

    with pytest.raises(TypeError):
        arrow_schema(Odd)
