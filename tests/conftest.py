"""Shared fixtures: one converted run of the samples plus a folder of bad inputs."""

from __future__ import annotations

import pandas as pd
import pytest

from support import SAMPLES, make_bad_inputs
from zhibiao import convert


@pytest.fixture(scope="session")
def converted(tmp_path_factory) -> dict[str, pd.DataFrame]:
    """Samples plus bad inputs converted once; every table loaded with pandas."""
    bad = tmp_path_factory.mktemp("bad")
    make_bad_inputs(bad)
    out = tmp_path_factory.mktemp("out")
    summary = convert([SAMPLES, bad], out)
    tables = {name: pd.read_parquet(path) for name, path in summary.tables.items()}
    tables["_inputs"] = pd.DataFrame({"source": [d.source for d in summary.documents]})
    return tables
