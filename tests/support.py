"""Test helpers shared across test modules (importable: tests/ is on pythonpath)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"


def sample_documents() -> list[str]:
    """Every document `convert samples/` reads (text, web pages, PDFs), so counts stay right
    as samples are added."""
    from zhibiao.pipeline import expand_inputs

    return expand_inputs([SAMPLES])


# What a GBK-encoded report without BOM looks like (must be read, not quarantined).
GBK_REPORT = (
    "市应急管理局2021年一季度工作进度\n"
    "1-3月,全市共发生生产安全事故12起、死亡13人,同比下降20%、18.8%。\n"
    "开展执法检查320家次,罚款156.5万元。\n"
)


def make_bad_inputs(folder: Path) -> dict[str, str]:
    """Write the bad inputs of issue 3 into `folder`; name → expected quarantine reason
    (None: must be read)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_bytes(b" \n\t\n")
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "gbk_no_bom.txt").write_bytes(GBK_REPORT.encode("gbk"))
    return {"empty.txt": "empty", "whitespace.txt": "empty", "garbage.txt": "binary",
            "gbk_no_bom.txt": None}


def load_data_module(name: str):
    """tests/data/<name>.py (a generator of test inputs) as a module; tests/data is not a
    package."""
    import importlib.util
    import sys

    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "tests" / "data" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def load_make_bad():
    """tests/data/make_bad.py (the issue 12 bad-input corpus)."""
    return load_data_module("make_bad")


def check_document(doc) -> None:
    """The invariants every reader's SourceDocument keeps, whatever the input (the fuzz
    tests and fuzz/ harnesses call this): offsets inside the text, full table grids,
    one box per character when there are boxes, and every block locatable."""
    n = len(doc.text)
    assert isinstance(doc.text, str) and doc.doc_id
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= n, (block, n)
        if block.kind == "table":
            assert block.rows, block
            width = len(block.rows[0])
            for row in block.rows:
                assert len(row) == width, "a table grid must be full"
                for cell in row:
                    assert 0 <= cell.start <= cell.end <= n, (cell, n)
                    assert cell.row_span >= 1 and cell.col_span >= 1, cell
        else:
            assert block.start < block.end, block
        doc.locate(block.start, block.end)
    if doc.boxes is not None:
        assert len(doc.boxes) == n
