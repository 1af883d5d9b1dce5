"""The settings of a run, in one frozen object handed from the edge down to the readers.

`Options` holds everything that changes how a document is read: the limits
(`limits.py`), the OCR mode and threads, and how web pages are fetched. It is built once
where a run starts (`zhibiao.convert`, `zhibiao.refresh`, the CLI) and passed explicitly
through the runners to `pipeline.process` and the readers; it pickles, so a process pool
and the workers of a remote Dask cluster get the same settings as the driver. Nothing
below the edge reads the environment.

The environment overrides, read only by `Options.from_env` (which convert, refresh and
the CLI call when no `options` are given):

- ``ZHIBIAO_OCR``: OCR mode, auto | always | never (default auto; `--ocr` outranks it).
- ``ZHIBIAO_OCR_THREADS``: threads OCR uses in each worker (default 0: the cores shared
  among a pool's workers, all of them in one process).
- ``ZHIBIAO_CACHE``: folder of the HTTP cache (default ``$XDG_CACHE_HOME/zhibiao/http``,
  else ``~/.cache/zhibiao/http``).
- ``ZHIBIAO_CACHE_MAX_AGE``: seconds a cached page is used without asking the server
  again (default 12 hours; a value that is not a number keeps the default).

`Options()` itself reads nothing: it is the defaults, whatever the environment says.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from zhibiao.limits import DEFAULT_LIMITS, Limits

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")
#: Seconds a cached page is used without revalidating it.
DEFAULT_CACHE_MAX_AGE = 12 * 3600.0

ENV_OCR = "ZHIBIAO_OCR"
ENV_OCR_THREADS = "ZHIBIAO_OCR_THREADS"
ENV_CACHE = "ZHIBIAO_CACHE"
ENV_CACHE_MAX_AGE = "ZHIBIAO_CACHE_MAX_AGE"


def ocr_mode(value: str, origin: str = "") -> OcrMode:
    """`value` as an OCR mode (case and spaces ignored); ValueError naming `origin` (an
    option or variable) for anything else."""
    mode = value.strip().lower()
    if mode not in OCR_MODES:
        raise ValueError(f"OCR mode must be one of auto, always, never; got {value!r}"
                         + (f" (from {origin})" if origin else ""))
    return mode


@dataclass(frozen=True)  # no slots: frozen slotted dataclasses do not unpickle on 3.10
class FetchOptions:
    """How web pages are fetched (`ingest/fetch.py`): one fetcher per process and per
    set of these, so its rate limit and robots.txt rules hold across the URLs it reads."""

    #: Folder of the HTTP cache; None: ~/.cache/zhibiao/http.
    cache_dir: str | os.PathLike[str] | None = None
    #: Seconds a cached page is used without asking the server again.
    max_age: float = DEFAULT_CACHE_MAX_AGE
    #: Seconds one request may take (connecting: at most 10).
    timeout: float = 20.0
    #: Further tries after a network error or a 429/5xx, `backoff` seconds doubling.
    retries: int = 3
    backoff: float = 1.0
    #: Seconds between two requests to one host (a longer robots.txt Crawl-delay wins).
    min_interval: float = 1.0


@dataclass(frozen=True)  # no slots, as FetchOptions
class Options:
    """What a run reads documents with; `Options()` is the defaults."""

    limits: Limits = DEFAULT_LIMITS
    #: auto: pages of images without a text layer are OCR'd; always; never.
    ocr: OcrMode = "auto"
    #: Threads OCR uses: detection on that many, and that many lines read at once (0: one
    #: per core, which the pool runner shares among its workers: `runners.with_ocr_share`).
    ocr_threads: int = 0
    fetch: FetchOptions = field(default_factory=FetchOptions)

    def __post_init__(self) -> None:
        if self.ocr not in OCR_MODES:
            raise ValueError(f"OCR mode must be one of auto, always, never; got {self.ocr!r}")
        if self.ocr_threads < 0:
            raise ValueError("ocr_threads must be 0 (one per core) or more")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Options:
        """The defaults with the ZHIBIAO_* overrides of `environ` (default: this process's
        environment) applied; ValueError for an OCR setting that cannot be used."""
        env = os.environ if environ is None else environ
        ocr = ocr_mode(env.get(ENV_OCR) or "auto", ENV_OCR)
        try:
            threads = int(env.get(ENV_OCR_THREADS) or 0)
        except ValueError:
            raise ValueError(f"{ENV_OCR_THREADS} must be a number of threads; got "
                             f"{env.get(ENV_OCR_THREADS)!r}") from None
        if env.get(ENV_CACHE):
            cache_dir = str(Path(env[ENV_CACHE]).expanduser())
        elif env.get("XDG_CACHE_HOME"):
            cache_dir = str(Path(env["XDG_CACHE_HOME"]) / "zhibiao" / "http")
        else:
            cache_dir = None
        try:
            max_age = float(env.get(ENV_CACHE_MAX_AGE) or DEFAULT_CACHE_MAX_AGE)
        except ValueError:
            max_age = DEFAULT_CACHE_MAX_AGE
        return cls(ocr=ocr, ocr_threads=threads,
                   fetch=FetchOptions(cache_dir=cache_dir, max_age=max_age))

    @classmethod
    def at_edge(cls, options: Options | None = None, *, limits: Limits | None = None,
                ocr: str | None = None) -> Options:
        """The options a run starts with: `options` as given, else the environment's
        (`from_env`); `limits` and `ocr`, when given, replace theirs. What convert and
        refresh call, so their `limits=` and `ocr=` keywords keep working."""
        base = cls.from_env() if options is None else options
        if limits is not None:
            base = replace(base, limits=limits)
        if ocr is not None:
            base = replace(base, ocr=ocr_mode(ocr, "ocr"))
        return base


#: The options used when none are given below the edge (`process`, the runners).
DEFAULT_OPTIONS = Options()
