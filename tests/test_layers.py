"""The import graph points one way: each layer uses only the layers below it; and settings
come down that way too, never through the environment.

cli → convert / runners / export / check / score / progress → pipeline → schema → parse →
ingest → files / limits / options → errors. A module may import its own layer's modules
and any module below; an import of a higher layer (pipeline reaching into export to write
files) is a seam the next engineer trips over, so this test names it. Only options.py
touches the environment (`Options.from_env`, called at the edge).
"""

from __future__ import annotations

import ast
from pathlib import Path

from support import REPO

SRC = REPO / "src"
#: Module (or package) → its layer; the longest matching prefix decides.
LAYERS: dict[str, int] = {
    "errors": 0, "limits": 1, "files": 1, "options": 1, "ingest": 2, "parse": 3, "schema": 4,
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


#: What reads or writes the process environment: os.environ (os.environb), os.getenv,
#: os.putenv, os.unsetenv, however imported.
_ENVIRONMENT = frozenset({"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"})
#: The one module that may: Options.from_env reads the ZHIBIAO_* overrides at the edge.
ENVIRONMENT_READER = "options"


def environment_uses(path: Path) -> list[int]:
    """Lines of a source file that touch the environment."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Attribute) and node.attr in _ENVIRONMENT
                and isinstance(node.value, ast.Name) and node.value.id == "os"):
            lines.append(node.lineno)
        elif (isinstance(node, ast.ImportFrom) and node.module == "os"
              and any(a.name in _ENVIRONMENT for a in node.names)):
            lines.append(node.lineno)
    return sorted(lines)


def test_only_the_options_module_touches_the_environment():
    found = sorted((_module(path), line) for path in SRC.rglob("*.py")
                   if _module(path) != ENVIRONMENT_READER
                   for line in environment_uses(path))
    assert found == []
    assert environment_uses(SRC / "options.py")  # the reader is still where it is said to be


def test_the_environment_check_sees_a_use(tmp_path):
    """The check itself can fail: a write, a read and an imported getenv are all caught."""
    source = tmp_path / "x.py"
    source.write_text("import os\nfrom os import getenv\nos.environ['ZHIBIAO_OCR'] = 'never'\n"
                      "mode = os.environ.get('ZHIBIAO_OCR')\n", encoding="utf-8")
    assert environment_uses(source) == [2, 3, 4]
