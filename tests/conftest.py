"""Shared fixtures: one converted run of the samples plus a folder of bad inputs; the budget
goal-table PDFs and the 部门决算 PDF; a web site on 127.0.0.1 and options that fetch
into a temporary cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from support import SAMPLES, load_data_module, make_bad_inputs
from web_support import Site, serve
from zhibiao import ConvertSummary, convert
from zhibiao.ingest import fetch as fetch_module
from zhibiao.options import FetchOptions, Options


@pytest.fixture(scope="session")
def converted_run(tmp_path_factory) -> ConvertSummary:
    """Samples plus bad inputs converted once (the summary; its `out` is the folder)."""
    bad = tmp_path_factory.mktemp("bad")
    make_bad_inputs(bad)
    out = tmp_path_factory.mktemp("out")
    return convert([SAMPLES, bad], out)


@pytest.fixture(scope="session")
def converted(converted_run) -> dict[str, pd.DataFrame]:
    """Samples plus bad inputs converted once; every table loaded with pandas."""
    summary = converted_run
    tables = {name: pd.read_parquet(path) for name, path in summary.tables.items()}
    tables["_inputs"] = pd.DataFrame({"source": [d.source for d in summary.documents]})
    return tables


@pytest.fixture(scope="session")
def goal_tables(tmp_path_factory) -> dict[str, Path]:
    """tests/data/make_goal_tables.py's PDFs (layout → path), written once."""
    folder = tmp_path_factory.mktemp("goal_tables")
    return {path.stem: path for path in
            load_data_module("make_goal_tables").write_goal_tables(folder)}


@pytest.fixture(scope="session")
def final_accounts(tmp_path_factory) -> Path:
    """tests/data/make_final_accounts.py's 部门决算 PDF, written once."""
    folder = tmp_path_factory.mktemp("final_accounts")
    return load_data_module("make_final_accounts").write_final_account(folder)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as state:
        yield state


@pytest.fixture
def web_options(tmp_path, monkeypatch) -> Iterator[Options]:
    """Options that fetch into a temporary cache without waits, for `process(url,
    options=...)`; $ZHIBIAO_CACHE points the CLI, which reads the environment, at the same
    cache. The fetcher made for them is closed afterwards."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("ZHIBIAO_CACHE", str(cache))
    monkeypatch.setattr(fetch_module, "_current", None)  # restored after the test
    yield Options(fetch=FetchOptions(cache_dir=str(cache), min_interval=0, backoff=0.01,
                                     retries=2, timeout=2))
    if fetch_module._current is not None:
        fetch_module._current[1].close()
