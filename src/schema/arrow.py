"""Arrow schemas derived from the pydantic models, so the contract is written once."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from zhibiao.schema.models import SCHEMA_VERSION, TABLES, Provenance

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
    datetime: pa.timestamp("us", tz="UTC"),
}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """(Arrow type, nullable) for one field annotation."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        arrow, _ = _arrow_type(members[0])
        return arrow, True
    if origin is Literal:
        kinds = {type(v) for v in get_args(annotation)}
        if kinds != {str}:
            raise TypeError(f"unsupported literal {annotation!r}")
        return pa.string(), False
    if origin is list:
        (item,) = get_args(annotation)
        arrow, _ = _arrow_type(item)
        return pa.list_(arrow), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a table model; field descriptions become field metadata."""
    hints = typing.get_type_hints(model)
    # Identity columns first, provenance (inherited, so listed first by pydantic) last.
    names = sorted(model.model_fields, key=lambda n: n in Provenance.model_fields)
    fields = []
    for name in names:
        info = model.model_fields[name]
        arrow, nullable = _arrow_type(hints[name])
        meta = {"description": info.description} if info.description else None
        fields.append(pa.field(name, arrow, nullable=nullable, metadata=meta))
    return pa.schema(
        fields,
        metadata={"zhibiao.table": model.__name__, "zhibiao.schema_version": SCHEMA_VERSION},
    )


SCHEMAS: dict[str, pa.Schema] = {name: arrow_schema(model) for name, model in TABLES.items()}
