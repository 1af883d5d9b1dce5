"""Shared by the atheris harnesses: limits small enough for fast executions, the
invariants a read document keeps, and the seed corpus (samples and tests/data/bad)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # support.check_document

from support import check_document  # noqa: E402
from zhibiao.limits import MB, Limits  # noqa: E402

#: Small limits keep every execution short: a fuzzer input must not take seconds.
LIMITS = Limits(max_file_bytes=4 * MB, max_pages=50, max_chars=500_000,
                max_inflated_bytes=32 * MB)


def seed_corpus(folder: Path, suffixes: tuple[str, ...]) -> Path:
    """`folder` filled with the samples and bad inputs of these suffixes (a working copy:
    the fuzzer adds what it finds there, never to the repository)."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in [*sorted((REPO / "samples").glob("*")),
                   *sorted((REPO / "tests" / "data" / "bad").glob("*"))]:
        if source.is_file() and source.suffix in suffixes and source.stat().st_size < MB:
            target = folder / f"seed_{source.name}"
            if not target.exists():
                shutil.copy(source, target)
    return folder


def run_one(read, parse, validate, quarantine_error, source: str, data: bytes) -> None:
    """One input through ingest, parse and validate: a QuarantineError is a verdict, any
    other exception a crash (raised to the fuzzer)."""
    try:
        doc = read(source, data, limits=LIMITS)
    except quarantine_error:
        return
    check_document(doc)
    try:
        validate(parse(doc))
    except quarantine_error:
        return
