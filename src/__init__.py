"""zhibiao: Chinese government reports → validated Parquet tables of targets, indicators
and values. `convert(paths, out)` is the one-call entry point; `process(path)` runs one."""

from zhibiao.export.lake import lake_versions, read_lake
from zhibiao.export.lake_refresh import refresh
from zhibiao.export.lake_upkeep import compact, migrate
from zhibiao.parse import PARSER_VERSION
from zhibiao.pipeline import ConvertSummary, Result, convert, process

__version__ = "0.1.0"

__all__ = ["PARSER_VERSION", "ConvertSummary", "Result", "__version__", "compact", "convert",
           "lake_versions", "migrate", "process", "read_lake", "refresh"]
