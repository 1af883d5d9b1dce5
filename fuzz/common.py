"""Shared by the atheris harnesses: options (limits) small enough for fast executions, the
invariants a read document keeps, and the seed corpus (samples and tests/data/bad)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # support.check_document

from support import check_document  # noqa: E402
from zhibiao.limits import MB, Limits  # noqa: E402
from zhibiao.options import Options  # noqa: E402

#: Small limits keep every execution short: a fuzzer input must not take seconds.
LIMITS = Limits(max_file_bytes=4 * MB, max_pages=50, max_chars=500_000,
                max_inflated_bytes=32 * MB)
#: Damaged image-only PDFs would be OCR'd (about a second each): fuzz the readers themselves.
OPTIONS = Options(limits=LIMITS, ocr="never")


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
        doc = read(source, data, options=OPTIONS)
    except quarantine_error:
        return
    check_document(doc)
    try:
        validate(parse(doc))
    except quarantine_error:
        return


def fuzz_main(test_one_input, name: str, suffixes: tuple[str, ...],
              defaults: tuple[str, ...] = ()) -> None:
    """Run a harness: the corpus folder given (default .fuzz/<name>), seeded with the
    samples and bad inputs of these suffixes; `defaults` are libFuzzer options added
    unless the command line sets them."""
    import atheris

    args = list(sys.argv)
    folders = [a for a in args[1:] if not a.startswith("-")]
    if not folders:  # no corpus folder given
        folders = [str(REPO / ".fuzz" / name)]
        args.append(folders[0])
    seed_corpus(Path(folders[0]), suffixes)
    for option in defaults:
        if not any(a.startswith(option.split("=")[0] + "=") for a in args):
            args.append(option)
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()
