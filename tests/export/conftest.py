"""Fixtures of the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from lake_support import make_corpus


@pytest.fixture()
def corpus(tmp_path) -> Path:
    """The samples and the bad inputs in tmp_path/corpus, free to change."""
    return make_corpus(tmp_path)
