"""atheris harness: bytes → web page (or text) ingest → parse → validate, through
read_document as a .html file (content sniffing, charset handling, lxml, main-content
rules, table grids). Run by `make fuzz` (FUZZ_SECONDS each):

    .venv/bin/python fuzz/fuzz_html.py .fuzz/html -max_total_time=60

A crash prints the input and writes crash-<sha1>; make it a regression test
(tests/ingest/test_fuzz.py).
"""

from __future__ import annotations

import atheris

with atheris.instrument_imports(include=["zhibiao"]):
    from zhibiao.errors import QuarantineError
    from zhibiao.ingest import read_document
    from zhibiao.parse import parse
    from zhibiao.schema.validate import validate

from common import fuzz_main, run_one


def test_one_input(data: bytes) -> None:
    if data.lstrip()[:5] == b"%PDF-":
        return  # fuzz_pdf.py's part
    run_one(read_document, parse, validate, QuarantineError, "fuzz.html", data)


def main() -> None:
    # pages past 16 KB add little but slow every run
    fuzz_main(test_one_input, "html", (".html", ".txt"), defaults=("-max_len=16384",))


if __name__ == "__main__":
    main()
