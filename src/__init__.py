"""zhibiao: Chinese government reports → validated Parquet tables of targets, indicators
and values. `convert(paths, out)` is the one-call entry point; `process(path)` runs one;
`facts(out)` is the joined view analysts start from, `export_facts(out, path)` writes it
as xlsx, CSV or Parquet. `Options` (limits, OCR, fetching) say how documents are read."""

from zhibiao.convert import ConvertSummary, convert
from zhibiao.export.facts import facts
from zhibiao.export.lake import lake_versions, read_lake
from zhibiao.export.lake_refresh import refresh
from zhibiao.export.lake_upkeep import compact, migrate
from zhibiao.export.spreadsheet import export_facts
from zhibiao.options import FetchOptions, Options
from zhibiao.parse import PARSER_VERSION
from zhibiao.pipeline import Processed, Quarantined, Result, process

__version__ = "0.1.0"

__all__ = ["PARSER_VERSION", "ConvertSummary", "FetchOptions", "Options", "Processed",
           "Quarantined", "Result", "__version__", "compact", "convert", "export_facts",
           "facts", "lake_versions", "migrate", "process", "read_lake", "refresh"]
