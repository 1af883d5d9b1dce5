"""Fetching web pages over HTTP politely: robots.txt, a per-host rate limit, retries with
backoff, a clear user agent, and a cache of raw bytes so a re-run does not fetch again.

The cache lives in `FetchOptions.cache_dir` (`options.py`; `$ZHIBIAO_CACHE` at the edge,
default `~/.cache/zhibiao/http`): per URL a small JSON record (`<sha256 of the URL>.json`:
status, Content-Type, ETag, Last-Modified, the SHA-256 of the body, when it was fetched)
and the body itself stored by its own hash (`blobs/<sha256>`). A record younger than
`max_age` (default 12 hours) is used without asking the server; an older one is
revalidated with If-None-Match / If-Modified-Since, so an unchanged page is not
downloaded again.

robots.txt follows RFC 9309: a missing one (4xx) allows everything, an unreachable one
(5xx, network error) allows nothing. Its Crawl-delay, when longer, replaces the rate limit.
The rate limit and robots cache belong to one `Fetcher`, and `fetch_url` keeps one per
process (per set of `FetchOptions`), so they hold per process.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from zhibiao.errors import ErrorPage, FetchFailed, RobotsDisallowed
from zhibiao.files import write_atomic
from zhibiao.options import DEFAULT_CACHE_MAX_AGE, FetchOptions

USER_AGENT = "zhibiao/0.1 (government report reader; python-httpx)"
#: Statuses worth another try: rate limited, or a server that may recover.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_MAX_BACKOFF = 60.0


def is_url(source: str) -> bool:
    """True for an http(s) URL, the only kind of source that is fetched."""
    return source[:8].lower().startswith(("http://", "https://"))


def parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header, both lower-case; (None, None) if absent."""
    if not header:
        return None, None
    mime, *params = (part.strip() for part in header.split(";"))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("'\"").lower()
    return (mime.lower() or None), charset


def default_cache_dir() -> Path:
    """Where pages are cached when no folder is given (the edge's `Options.from_env`
    gives $ZHIBIAO_CACHE or $XDG_CACHE_HOME's instead, when set)."""
    return Path.home() / ".cache" / "zhibiao" / "http"


@dataclass(frozen=True, slots=True)
class Page:
    """What a URL gave: its bytes and the headers the readers need."""

    url: str
    final_url: str
    status: int
    data: bytes
    content_type: str | None
    from_cache: bool = False


class _Cache:
    """URL → record, body stored by its SHA-256; every write is atomic (temp + rename)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _record_path(self, url: str) -> Path:
        return self.folder / f"{hashlib.sha256(url.encode('utf-8')).hexdigest()}.json"

    def get(self, url: str) -> tuple[dict, bytes] | None:
        try:
            record = json.loads(self._record_path(url).read_text(encoding="utf-8"))
            data = (self.folder / "blobs" / record["sha256"]).read_bytes()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if hashlib.sha256(data).hexdigest() != record["sha256"]:
            return None  # a damaged blob is fetched again, never served
        return record, data

    def put(self, url: str, record: dict, data: bytes | None = None) -> None:
        """Store the record (and the body when given); a cache that cannot be written
        only costs a fetch next time, so write errors are ignored."""
        try:
            if data is not None:
                blob = self.folder / "blobs" / record["sha256"]
                if not blob.exists():
                    write_atomic(blob, data)
            write_atomic(self._record_path(url),
                          json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass


class Fetcher:
    """Fetches pages for `process`; one per process, shared by every URL it reads."""

    def __init__(
        self,
        *,
        cache_dir: str | os.PathLike[str] | None = None,
        max_age: float = DEFAULT_CACHE_MAX_AGE,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 1.0,
        min_interval: float = 1.0,
        user_agent: str = USER_AGENT,
        max_bytes: int = 50 * 1024 * 1024,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.cache = _Cache(Path(cache_dir) if cache_dir else default_cache_dir())
        self.max_age = max_age
        self.retries = retries
        self.backoff = backoff
        self.min_interval = min_interval
        self.user_agent = user_agent
        self.max_bytes = max_bytes
        self.sleep = sleep
        self.clock = clock
        self._last_request: dict[str, float] = {}
        self._interval: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | str] = {}
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            transport=transport,
            headers={"User-Agent": user_agent,
                     "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
                     "Accept-Language": "zh-CN,zh;q=0.9"},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------

    def fetch(self, url: str) -> Page:
        """The page at `url`, from the cache when fresh. Raises RobotsDisallowed,
        ErrorPage (HTTP 4xx) or FetchFailed (network, 5xx after retries)."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise FetchFailed(f"not an http(s) URL: {url}")
        self._check_robots(url)
        page = self._get_cached(url)
        if page.status >= 400:
            raise ErrorPage(f"HTTP {page.status} from {url}")
        return page

    # -- robots.txt ---------------------------------------------------------------------

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise RobotsDisallowed(f"{url}: {rules}")
        if not rules.can_fetch(self.user_agent, url):
            raise RobotsDisallowed(f"robots.txt of {origin} disallows {url}")

    def _load_robots(self, origin: str) -> RobotFileParser | str:
        """Parsed rules, or the reason every URL of the site is off limits."""
        robots_url = f"{origin}/robots.txt"
        try:
            page = self._get_cached(robots_url)
        except FetchFailed as exc:
            return f"robots.txt unreachable ({exc.message}), so nothing may be fetched"
        rules = RobotFileParser(robots_url)
        if page.status >= 500:
            return f"robots.txt unreachable (HTTP {page.status}), so nothing may be fetched"
        if page.status >= 400:
            rules.parse([])  # no robots.txt: everything is allowed
        else:
            rules.parse(page.data.decode("utf-8", "replace").splitlines())
        delay = rules.crawl_delay(self.user_agent)
        if delay:
            host = urlsplit(origin).netloc
            self._interval[host] = max(self.min_interval, min(float(delay), _MAX_BACKOFF))
        return rules

    # -- HTTP with cache, rate limit and retries ------------------------------------------

    def _get_cached(self, url: str) -> Page:
        cached = self.cache.get(url)
        headers = {}
        if cached is not None:
            record, data = cached
            if time.time() - record.get("fetched_at", 0) < self.max_age:
                return _page_of(url, record, data, from_cache=True)
            if record.get("etag"):
                headers["If-None-Match"] = record["etag"]
            if record.get("last_modified"):
                headers["If-Modified-Since"] = record["last_modified"]
        status, response_headers, body, final_url = self._get(url, headers)
        if status == 304 and cached is not None:
            record, data = cached
            record["fetched_at"] = time.time()
            self.cache.put(url, record)
            return _page_of(url, record, data, from_cache=True)
        record = {
            "url": url,
            "final_url": final_url,
            "status": status,
            "content_type": response_headers.get("content-type"),
            "etag": response_headers.get("etag"),
            "last_modified": response_headers.get("last-modified"),
            "sha256": hashlib.sha256(body).hexdigest(),
            "fetched_at": time.time(),
        }
        if status < 400 or (status < 500 and url.endswith("/robots.txt")):
            self.cache.put(url, record, body)
        return _page_of(url, record, body)

    def _wait_for_host(self, host: str) -> None:
        interval = self._interval.get(host, self.min_interval)
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _get(self, url: str, headers: dict[str, str]
             ) -> tuple[int, httpx.Headers, bytes, str]:
        """(status, headers, body, final URL) after up to `retries` further tries."""
        host = urlsplit(url).netloc.lower()
        attempts = self.retries + 1
        for attempt in range(attempts):
            self._wait_for_host(host)
            try:
                status, response_headers, body, final_url = self._request(url, headers)
            except httpx.TimeoutException as exc:
                failure = f"timed out ({type(exc).__name__})"
            except httpx.TransportError as exc:
                failure = f"{type(exc).__name__}: {exc}"
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # redirects, bad URL: final
                raise FetchFailed(f"{url}: {type(exc).__name__}: {exc}") from exc
            else:
                if status not in RETRY_STATUSES:
                    return status, response_headers, body, final_url
                failure = f"HTTP {status}"
                retry_after = _retry_after(response_headers.get("retry-after"))
                if attempt + 1 < attempts:
                    self.sleep(min(max(retry_after or 0.0, self._delay(attempt)), _MAX_BACKOFF))
                    continue
            if attempt + 1 < attempts:
                self.sleep(self._delay(attempt))
        raise FetchFailed(f"{url}: {failure} after {attempts} attempts")

    def _delay(self, attempt: int) -> float:
        return min(self.backoff * 2**attempt, _MAX_BACKOFF)

    def _request(self, url: str, headers: dict[str, str]
                 ) -> tuple[int, httpx.Headers, bytes, str]:
        with self.client.stream("GET", url, headers=headers) as response:
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchFailed(f"{url}: larger than {self.max_bytes} bytes")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks), str(response.url)


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def _page_of(url: str, record: dict, data: bytes, *, from_cache: bool = False) -> Page:
    return Page(url=url, final_url=record.get("final_url") or url, status=record["status"],
                data=data, content_type=record.get("content_type"), from_cache=from_cache)


#: This process's fetcher and the options it was made with.
_current: tuple[FetchOptions, Fetcher] | None = None


def fetch_url(url: str, options: FetchOptions | None = None) -> Page:
    """Fetch `url` with this process's fetcher for `options` (made on first use, and
    again when the options change), so its rate limit and robots.txt rules hold across
    the URLs a worker reads."""
    global _current
    options = options or FetchOptions()
    if _current is None or _current[0] != options:
        if _current is not None:
            _current[1].close()
        _current = (options, Fetcher(
            cache_dir=options.cache_dir, max_age=options.max_age, timeout=options.timeout,
            retries=options.retries, backoff=options.backoff,
            min_interval=options.min_interval))
    return _current[1].fetch(url)
