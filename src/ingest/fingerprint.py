"""Content ids of inputs without re-reading the files that have not changed since last time.

A refresh must know every input's doc_id (SHA-256 of its bytes) to skip the unchanged
ones; reading and hashing 10,000 files costs more than the rest of a small refresh. So,
like git's index and rsync, a file whose (size, mtime, ctime, inode) equal what was seen
when it was last hashed keeps that hash. ctime cannot be set by `touch -d` or `utime`, so
a rewrite with a faked mtime is still caught; only a file system that lies about all four
fools it, and `rehash=True` (`zhibiao refresh --rehash`) hashes everything regardless.

Two races are closed the way git closes them: the file is stat'ed *before* it is read (a
write during the read leaves a stat that will not match next time), and a hash is only
trusted when the file's times were at least `RACY_NS` older than the moment it was seen
(a write in the same timestamp tick, same size, would otherwise look unchanged).
URLs have no stat: they are fetched and hashed every time.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from zhibiao.errors import QuarantineError
from zhibiao.ingest.fetch import is_url
from zhibiao.options import DEFAULT_OPTIONS, Options

#: A file changed less than this long before it was seen is hashed again next time.
RACY_NS = 2_000_000_000


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a file looked like when its bytes were hashed to `doc_id`."""

    source: str
    doc_id: str
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    seen_ns: int  # wall clock just before the stat

    def still_matches(self, info: os.stat_result) -> bool:
        """Same file, same stat, and old enough when seen for the stat to be trusted."""
        return (info.st_size == self.size and info.st_mtime_ns == self.mtime_ns
                and info.st_ctime_ns == self.ctime_ns and info.st_ino == self.inode
                and max(self.mtime_ns, self.ctime_ns) < self.seen_ns - RACY_NS)


def _hash(source: str, options: Options) -> str | None:
    """doc_id of a source's bytes; None when it cannot be read (processing will then
    quarantine it with the reason)."""
    from zhibiao.ingest import doc_id_of, read_source  # the package imports this module

    try:
        data, _ = read_source(source, options)
    except QuarantineError:
        return None
    return doc_id_of(data)


def content_ids(sources: Iterable[str], known: Mapping[str, Fingerprint] | None = None,
                *, rehash: bool = False, options: Options = DEFAULT_OPTIONS
                ) -> tuple[dict[str, str | None], dict[str, Fingerprint]]:
    """doc_id of every source (None: unreadable), and the fingerprints to remember.

    `known` holds last time's fingerprints by source; a file whose stat still matches is
    not read. With `rehash`, every file is read and hashed. Sources are read as the run
    reads them (`options`: its size limit, its fetcher)."""
    known = {} if rehash or known is None else known
    ids: dict[str, str | None] = {}
    seen: dict[str, Fingerprint] = {}
    for source in sources:
        if is_url(source):
            ids[source] = _hash(source, options)
            continue
        now = time.time_ns()
        try:
            info = os.stat(source)
        except OSError:
            ids[source] = None
            continue
        old = known.get(source)
        if old is not None and old.still_matches(info):
            ids[source], seen[source] = old.doc_id, old
            continue
        doc_id = _hash(source, options)
        ids[source] = doc_id
        if doc_id is not None:
            seen[source] = Fingerprint(source, doc_id, info.st_size, info.st_mtime_ns,
                                       info.st_ctime_ns, info.st_ino, now)
    return ids, seen
