"""atheris harness: bytes → PDF ingest (pypdfium2, the layout and table code) → parse →
validate. Run by `make fuzz` (FUZZ_SECONDS each); libFuzzer flags pass through:

    .venv/bin/python fuzz/fuzz_pdf.py .fuzz/pdf -max_total_time=60

A crash prints the input and writes crash-<sha1>; make it a regression test
(tests/ingest/test_fuzz.py). pdfium is native code: libFuzzer's coverage counts the
Python side only, and a pdfium crash kills the fuzzer (in a run, it kills one worker).
"""

from __future__ import annotations

import atheris

with atheris.instrument_imports(include=["zhibiao"]):
    from zhibiao.errors import QuarantineError
    from zhibiao.ingest.pdf import read_pdf
    from zhibiao.parse import parse
    from zhibiao.schema.validate import validate

from common import fuzz_main, run_one


def read(source: str, data: bytes, *, options):
    return read_pdf(data, source, "fuzz", limits=options.limits, ocr=options.ocr)


def test_one_input(data: bytes) -> None:
    run_one(read, parse, validate, QuarantineError, "fuzz.pdf", data)


def main() -> None:
    fuzz_main(test_one_input, "pdf", (".pdf",))


if __name__ == "__main__":
    main()
