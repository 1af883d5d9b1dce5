"""A web site on 127.0.0.1 for the tests that fetch (no other network is used): routes of
canned replies, ETag revalidation, and a count of every hit."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REPORT = ("<html><head><meta charset='utf-8'><title>市应急管理局2021年工作总结</title></head>"
          "<body><h1>市应急管理局2021年工作总结</h1>"
          "<p>全年共发生生产安全事故12起,同比下降20%。</p></body></html>").encode()


@dataclass
class Reply:
    status: int = 200
    body: bytes = REPORT
    headers: dict[str, str] = field(
        default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0


class Site:
    """Routes path → replies (consumed in order, the last one repeats); counts every hit."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {"/robots.txt": [Reply(404, b"")]}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def route(self, path: str, *replies: Reply) -> str:
        self.routes[path] = list(replies)
        return self.base + path


@contextmanager
def serve() -> Iterator[Site]:
    """A Site on 127.0.0.1 (a free port) for the length of the `with`."""
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            state.hits[path] += 1
            state.requests.append((path, dict(self.headers)))
            replies = state.routes.get(path, [Reply(404, b"<h1>404 Not Found</h1>")])
            reply = replies.pop(0) if len(replies) > 1 else replies[0]
            if reply.delay:
                time.sleep(reply.delay)
            etag = reply.headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(reply.status)
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                              daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
