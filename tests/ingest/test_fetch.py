"""Fetching pages: retries, cache, robots.txt, rate limit and quarantine reasons, all against
a server on 127.0.0.1 started by the test (no other network is used)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pandas as pd
import pytest
from typer.testing import CliRunner

from support import SAMPLES
from web_support import REPORT, Reply
from zhibiao import process
from zhibiao.cli import app
from zhibiao.errors import ErrorPage, FetchFailed, RobotsDisallowed
from zhibiao.ingest import fetch as fetch_module
from zhibiao.ingest.fetch import Fetcher, is_url, parse_content_type
from zhibiao.pipeline import expand_inputs


@pytest.fixture
def fetcher(tmp_path) -> Iterator[Fetcher]:
    with Fetcher(cache_dir=tmp_path / "cache", min_interval=0, backoff=0.01, retries=2,
                 timeout=2) as f:
        yield f


def test_a_failing_first_request_is_retried(site, fetcher):
    url = site.route("/flaky.html", Reply(503, b"busy"), Reply())
    page = fetcher.fetch(url)
    assert page.status == 200 and page.data == REPORT
    assert site.hits["/flaky.html"] == 2


def test_retries_give_up_with_fetch_failed(site, fetcher):
    url = site.route("/down.html", Reply(503, b"busy"))
    with pytest.raises(FetchFailed, match=r"HTTP 503 after 3 attempts"):
        fetcher.fetch(url)
    assert site.hits["/down.html"] == 3


def test_a_timeout_is_retried_then_reported(site, tmp_path):
    url = site.route("/slow.html", Reply(delay=1.0))
    with Fetcher(cache_dir=tmp_path, min_interval=0, backoff=0.01, retries=1,
                 timeout=0.2) as slow, pytest.raises(FetchFailed, match="timed out"):
        slow.fetch(url)
    assert site.hits["/slow.html"] == 2


def test_a_second_run_is_served_from_the_cache(site, tmp_path):
    url = site.route("/report.html", Reply())
    for run in range(2):  # two runs: two fetchers, one cache folder
        with Fetcher(cache_dir=tmp_path / "cache", min_interval=0) as f:
            page = f.fetch(url)
        assert page.data == REPORT
        assert page.from_cache == (run == 1)
    assert site.hits == Counter({"/report.html": 1, "/robots.txt": 1})
    blobs = list((tmp_path / "cache" / "blobs").iterdir())
    assert len(blobs) == 2  # the page and robots.txt, each stored under its own hash


def test_a_stale_entry_is_revalidated_not_downloaded_again(site, tmp_path):
    url = site.route("/etag.html", Reply(headers={"Content-Type": "text/html",
                                                  "ETag": '"v1"'}))
    with Fetcher(cache_dir=tmp_path, min_interval=0, max_age=0) as f:
        first = f.fetch(url)
        second = f.fetch(url)
    assert first.data == second.data == REPORT
    assert not first.from_cache and second.from_cache
    page_requests = [h for path, h in site.requests if path == "/etag.html"]
    assert len(page_requests) == 2 and page_requests[1].get("If-None-Match") == '"v1"'


def test_a_damaged_cache_entry_is_fetched_again(site, tmp_path):
    url = site.route("/report.html", Reply())
    with Fetcher(cache_dir=tmp_path, min_interval=0) as f:
        f.fetch(url)
    for blob in (tmp_path / "blobs").iterdir():
        blob.write_bytes(b"garbage")
    with Fetcher(cache_dir=tmp_path, min_interval=0) as f:
        assert f.fetch(url).data == REPORT
    assert site.hits["/report.html"] == 2


def test_robots_txt_is_respected(site, fetcher):
    site.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\n",
                                    headers={"Content-Type": "text/plain"}))
    allowed = site.route("/public/report.html", Reply())
    blocked = site.route("/private/report.html", Reply())
    assert fetcher.fetch(allowed).data == REPORT
    with pytest.raises(RobotsDisallowed, match="disallows"):
        fetcher.fetch(blocked)
    assert site.hits["/private/report.html"] == 0
    assert site.hits["/robots.txt"] == 1  # read once per site


def test_robots_txt_rules_for_zhibiao_and_its_crawl_delay(site, tmp_path):
    site.route("/robots.txt", Reply(body=b"User-agent: zhibiao\nDisallow: /\n\n"
                                         b"User-agent: *\nCrawl-delay: 5\n"))
    url = site.route("/report.html", Reply())
    with Fetcher(cache_dir=tmp_path, min_interval=0) as f, pytest.raises(RobotsDisallowed):
        f.fetch(url)


def test_unreachable_robots_txt_means_nothing_is_fetched(site, fetcher):
    site.route("/robots.txt", Reply(500, b"oops"))
    url = site.route("/report.html", Reply())
    with pytest.raises(RobotsDisallowed, match="unreachable"):
        fetcher.fetch(url)
    assert site.hits["/report.html"] == 0


def test_requests_carry_a_clear_user_agent(site, fetcher):
    fetcher.fetch(site.route("/report.html", Reply()))
    agents = {headers.get("User-Agent") for _, headers in site.requests}
    assert agents == {fetch_module.USER_AGENT} and "zhibiao" in fetch_module.USER_AGENT


def test_requests_to_one_host_are_spaced_by_the_rate_limit(site, tmp_path):
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with Fetcher(cache_dir=tmp_path, min_interval=2.0, sleep=sleep,
                 clock=lambda: now[0]) as f:
        f.fetch(site.route("/a.html", Reply()))
        f.fetch(site.route("/b.html", Reply()))
    # robots.txt, /a.html, /b.html: each waits out the 2 s since the one before
    assert slept == [2.0, 2.0]


def test_http_errors_are_error_pages(site, fetcher):
    with pytest.raises(ErrorPage, match="HTTP 404"):
        fetcher.fetch(site.base + "/missing.html")


def test_only_http_urls_are_fetched(fetcher):
    with pytest.raises(FetchFailed, match="not an http"):
        fetcher.fetch("ftp://127.0.0.1/report.html")
    assert is_url("https://x.gov.cn/a.html") and not is_url("samples/a.html")
    assert parse_content_type("text/html; Charset=GBK") == ("text/html", "gbk")
    assert parse_content_type(None) == (None, None)


# --- through process: what each bad page becomes ----------------------------------------------


@pytest.mark.parametrize(("reply", "reason"), [
    (Reply(404, b"<h1>404</h1>"), "error_page"),
    (Reply(200, "<html><body><h1>404</h1><p>您访问的页面不存在</p></body></html>".encode()),
     "error_page"),
    (Reply(200, b"\x89PNG\r\n\x1a\n" + bytes(64), {"Content-Type": "image/png"}), "not_html"),
    (Reply(200, b"just some text", {"Content-Type": "text/plain"}), "not_html"),
    (Reply(200, b"", {"Content-Type": "text/html"}), "empty"),
    (Reply(503, b"busy"), "fetch"),
])
def test_bad_pages_are_quarantined_with_their_reason(site, web_options, reply, reason):
    url = site.route("/page", reply)
    result = process(url, options=web_options)
    assert result.quarantine is not None, result
    assert result.quarantine.reason == reason
    assert result.quarantine.source == url and result.quarantine.error


def test_robots_disallow_is_quarantined_through_process(site, web_options):
    site.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /\n"))
    result = process(site.route("/report.html", Reply()), options=web_options)
    assert result.quarantine.reason == "robots"
    assert result.quarantine.stage == "read"


def test_http_charset_is_used_for_a_page_without_meta(site, web_options):
    body = "<html><body><p>全年共发生生产安全事故12起,同比下降20%。</p></body></html>"
    url = site.route("/gbk", Reply(body=body.encode("gbk"),
                                   headers={"Content-Type": "text/html; charset=GBK"}))
    result = process(url, options=web_options)
    assert result.ok, result.quarantine
    doc = result.records.document
    assert doc.source == url and doc.media_type == "text/html"
    assert "同比下降20%" in doc.text and doc.warnings == [
        "genre not recognised: generic extraction, roles are guesses"]


def test_urls_pass_through_input_expansion(tmp_path):
    url = "https://yjglj.example.gov.cn/art/2020/10/21/art_1.html?id=5"
    listing = tmp_path / "urls.lst"
    listing.write_text(f"# pages\n{url}\n", encoding="utf-8")
    assert expand_inputs([url]) == [url]
    assert expand_inputs([], url_files=[listing]) == [url]
    listing.write_text("samples/000_progress_quarterly.txt\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an http"):
        expand_inputs([], url_files=[listing])


def test_convert_urls_file_reads_the_sample_pages_like_the_files(site, web_options,
                                                                   tmp_path):
    names = ["000_progress_quarterly", "001_half_year_summary", "002_annual_work_plan"]
    urls = [site.route(f"/art/{name}.html",
                       Reply(body=(SAMPLES / f"{name}.html").read_bytes(), headers={}))
            for name in names]
    listing = tmp_path / "urls.lst"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["convert", "--urls", str(listing), urls[0], "-o",
                                 str(tmp_path / "web")])
    assert result.exit_code == 0, result.output
    assert "3 documents, 3 read, 0 quarantined" in result.output
    files = runner.invoke(app, ["convert", *[str(SAMPLES / f"{n}.html") for n in names],
                                "-o", str(tmp_path / "files")])
    assert files.exit_code == 0, files.output
    pairs = lambda folder: Counter(  # noqa: E731 - (number, unit); NaN for qualitative values
        (None if pd.isna(n) else n, u) for n, u in pd.read_parquet(
            tmp_path / folder / "values.parquet")[["number", "unit"]].itertuples(index=False))
    assert pairs("web") == pairs("files")
    docs = pd.read_parquet(tmp_path / "web" / "documents.parquet")
    assert sorted(docs.source) == sorted(urls)


def test_convert_rejects_a_urls_file_with_a_path(tmp_path):
    listing = tmp_path / "urls.lst"
    listing.write_text("samples/000_progress_quarterly.txt\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", "--urls", str(listing), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "notanhttp(s)URL" in "".join(result.output.replace("│", "").split())
