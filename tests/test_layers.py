"""The import graph points one way: each layer uses only the layers below it.

cli → convert / runners / export / check / score / progress → pipeline → schema → parse →
ingest → files / limits → errors. A module may import its own layer's modules and any
module below; an import of a higher layer (pipeline reaching into export to write files)
is a seam the next engineer trips over, so this test names it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from support import REPO

SRC = REPO / "src"
#: Module (or package) → its layer; the longest matching prefix decides.
LAYERS: dict[str, int] = {
    "errors": 0, "limits": 1, "files": 1, "ingest": 2, "parse": 3, "schema": 4,
    "pipeline": 5, "convert": 6, "runners": 6, "export": 6, "check": 6, "score": 6,
    "progress": 6, "cli": 7, "": 8,  # "" is the package itself (zhibiao/__init__.py)
}


def _module(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    keys = [k for k in LAYERS if k and (module == k or module.startswith(k + "."))]
    return LAYERS[max(keys, key=len)] if keys else LAYERS[""]


def imports(path: Path) -> set[str]:
    """The zhibiao modules a source file imports (from zhibiao import pipeline → pipeline)."""
    found = set()
    modules = {_module(p) for p in SRC.rglob("*.py")}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and (node.module == "zhibiao" or node.module.startswith("zhibiao.")):
            base = node.module.removeprefix("zhibiao").removeprefix(".")
            for alias in node.names:
                sub = f"{base}.{alias.name}" if base else alias.name
                found.add(sub if sub in modules else base)
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("zhibiao").removeprefix(".") for a in node.names
                         if a.name == "zhibiao" or a.name.startswith("zhibiao."))
    return found


def test_no_module_imports_a_layer_above_its_own():
    upward = sorted(
        (_module(path), target)
        for path in SRC.rglob("*.py")
        for target in imports(path)
        if layer(target) > layer(_module(path)))
    assert upward == []


def test_the_layer_check_sees_an_upward_import(tmp_path):
    """The check itself can fail: pipeline importing export is caught."""
    assert layer("export.parquet") > layer("pipeline")
    assert layer("parse.genres.prose") == layer("parse") < layer("schema.models")
    fake = SRC / "pipeline.py"
    assert "export.parquet" not in imports(fake)
    source = tmp_path / "x.py"
    source.write_text("from zhibiao.export.parquet import SnapshotWriter\n"
                      "from zhibiao import pipeline\n", encoding="utf-8")
    assert imports(source) == {"export.parquet", "pipeline"}
