"""Part-of-speech cuts by jieba, loaded in a fraction of jieba's own time.

jieba's tagger (`jieba.posseg.POSTokenizer`) costs about a second and a half in every process
that names values: importing `jieba.posseg` parses jieba's dictionary into a word→tag table
for jieba's global tokenizer, a tokenizer of our own loads the word frequencies (a marshal
file that is slow to read), and a tagger over it parses the dictionary again. Here the
frequencies (with CUSTOM_WORDS added) and the tag table are built once and kept in a cache
file beside jieba's own, as one text of words and two byte strings, which read back in about
a quarter of that; the file is named by a hash of jieba's dictionary, jieba's version, the
custom words and this format, so a changed dictionary or word list never reads a stale one.

`cut(phrase)` is `POSTokenizer.cut(phrase, HMM=False)` (the deterministic cut the names use)
word for word, quirks included, over that tokenizer; `jieba.posseg` is never imported.
"""

from __future__ import annotations

import array
import hashlib
import io
import logging
import marshal
import os
import re
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

#: Bump when the cache file's layout changes: its name changes with it.
CACHE_FORMAT = 1
#: The frequency our custom words get: high enough that jieba keeps them whole.
CUSTOM_FREQ = 100000
#: Tags a cache file can hold (one byte each).
_MAX_TAGS = 255

# jieba.posseg's block patterns (its re_han_internal, re_skip_internal, re_eng, re_num,
# re_eng1), copied so the module that builds a second tag table is never imported.
_HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP_BLOCK = re.compile("(\r\n|\\s)")
_ASCII_WORD = re.compile("[a-zA-Z0-9]+")
_NUMBER = re.compile("[\\.0-9]+")
_ONE_ASCII = re.compile("^[a-zA-Z0-9]$")


def _tag_table(dictionary: bytes) -> dict[str, str]:
    """word → tag from jieba's dictionary lines (word freq tag), as POSTokenizer reads them."""
    table: dict[str, str] = {}
    for line in io.BytesIO(dictionary):
        text = line.strip().decode("utf-8")
        if text:
            word, _, tag = text.split(" ")
            table[word] = tag
    return table


def _cache_path(tokenizer: Any, dictionary: bytes, words: Sequence[str]) -> str:
    """The cache file for this dictionary, jieba version, word list and format."""
    import jieba

    key = hashlib.blake2b(dictionary, digest_size=16)
    key.update(repr((CACHE_FORMAT, jieba.__version__, CUSTOM_FREQ, tuple(words))).encode())
    folder = tokenizer.tmp_dir or tempfile.gettempdir()
    return os.path.join(folder, f"zhibiao-jieba-{key.hexdigest()}.cache")


def _build(tokenizer: Any, dictionary: bytes, words: Sequence[str]) -> dict[str, str]:
    """Load the tokenizer jieba's way, add the words; the tag table, as POSTokenizer's."""
    tokenizer.initialize()
    for word in words:
        tokenizer.add_word(word, freq=CUSTOM_FREQ)
    return _tag_table(dictionary)


def _dump(path: str, freq: dict[str, int], total: int, tags: dict[str, str]) -> None:
    """Write the cache: tagged words first, so the tag table is a prefix of the word list."""
    tagged = [w for w in freq if w in tags]
    words = tagged + [w for w in freq if w not in tags]
    names = sorted(set(tags.values()))
    if len(tagged) < len(tags) or len(names) > _MAX_TAGS or any("\n" in w for w in words):
        return  # cannot be written in this layout: build every time
    codes = {name: i for i, name in enumerate(names)}
    data = ("\n".join(words), array.array("q", [freq[w] for w in words]).tobytes(),
            bytes(codes[tags[w]] for w in tagged), tuple(names), total)
    try:
        fd, temp = tempfile.mkstemp(dir=os.path.dirname(path))
        with os.fdopen(fd, "wb") as out:
            marshal.dump(data, out)
        os.replace(temp, path)
    except OSError:
        pass  # a read-only temp dir: build every time


def _load(path: str) -> tuple[dict[str, int], int, dict[str, str]] | None:
    """(frequencies, total, tag table) from the cache file; None when missing or unreadable."""
    try:
        with open(path, "rb") as f:
            text, freqs, codes, names, total = marshal.load(f)
        words = text.split("\n")
        counts = array.array("q")
        counts.frombytes(freqs)
        if not isinstance(total, int):
            return None
        # strict: a word list and counts or tags of different lengths raise ValueError
        return (dict(zip(words, counts.tolist(), strict=True)), total,
                dict(zip(words[:len(codes)], map(list(names).__getitem__, codes), strict=True)))
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        return None


@lru_cache(maxsize=4)
def tagger(words: tuple[str, ...]) -> tuple[Any, dict[str, str]]:  # jieba ships no types
    """A private jieba tokenizer with `words` added, and its word→tag table, loaded quietly."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    with tokenizer.get_dict_file() as f:
        dictionary = f.read()
    path = _cache_path(tokenizer, dictionary, words)
    cached = _load(path)
    if cached is None:
        tags = _build(tokenizer, dictionary, words)
        _dump(path, tokenizer.FREQ, tokenizer.total, tags)
    else:
        tokenizer.FREQ, tokenizer.total, tags = cached
        tokenizer.initialized = True
    return tokenizer, tags


def cut(phrase: str, words: tuple[str, ...]) -> list[tuple[str, str]]:
    """(word, tag) of a phrase: jieba.posseg's cut without HMM, over `tagger(words)`."""
    tokenizer, tags = tagger(words)
    out: list[tuple[str, str]] = []
    for block in _HAN_BLOCK.split(phrase):
        if _HAN_BLOCK.match(block):
            dag = tokenizer.get_DAG(block)
            route: dict[int, tuple[float, int]] = {}
            tokenizer.calc(block, dag, route)
            x, letters = 0, ""
            while x < len(block):
                y = route[x][1] + 1
                word = block[x:y]
                if _ONE_ASCII.match(word):  # single letters and digits run together
                    letters += word
                else:
                    if letters:
                        out.append((letters, "eng"))
                        letters = ""
                    out.append((word, tags.get(word, "x")))
                x = y
            if letters:
                out.append((letters, "eng"))
            continue
        for part in _SKIP_BLOCK.split(block):
            if _SKIP_BLOCK.match(part):
                out.append((part, "x"))
                continue
            for ch in part:  # jieba tests the whole part, not the character, for eng
                tag = "m" if _NUMBER.match(ch) else "eng" if _ASCII_WORD.match(part) else "x"
                out.append((ch, tag))
    return out
