"""The characters a regular expression cannot match without: a text with none is not searched.

The value grammar runs dozens of patterns over every text it reads (periods, things that
look like numbers but are not values); most need a particular character (年, 月, 个, 期, 元 …)
and most texts lack most of them. `needed(pattern)` reads that character set from the
pattern's parse tree, so it follows the patterns as they are edited: a pattern whose
every match holds one of the characters is skipped, with one search of a character
class, on a text holding none of them (its search would find nothing).
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser the re module compiles with (Python 3.11+), else its 3.10 name
    from re import _constants as _codes  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _codes
    import sre_parse as _parser

#: Repeats that match their body at least `min` times (the possessive one from 3.11).
_REPEATS = tuple(op for op in (getattr(_codes, name, None) for name in
                               ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)


def needed(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class every match of `pattern` holds a character of, or None when no
    such set of plain characters is known (case-insensitive patterns included)."""
    if pattern.flags & re.IGNORECASE:
        return None
    chars = _needed(_parser.parse(pattern.pattern, pattern.flags))
    if not chars:
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


def _needed(items: Any) -> set[str] | None:
    """The smallest set, among the items of a sequence every match goes through, of the
    characters one of which each such item matches; None when none is known. Lookarounds,
    anchors, classes of categories or ranges and optional items add nothing."""
    best: set[str] | None = None
    for op, av in items:
        found: set[str] | None = None
        if op is _codes.LITERAL:
            found = {chr(av)}
        elif op is _codes.IN and all(kind is _codes.LITERAL for kind, _ in av):
            found = {chr(code) for _, code in av}
        elif op in _REPEATS and av[0] >= 1:
            found = _needed(av[2])
        elif op is _codes.SUBPATTERN and not av[1] & re.IGNORECASE:  # (?i:…) adds nothing
            found = _needed(av[3])
        elif op is _codes.BRANCH:
            branches = [_needed(branch) for branch in av[1]]
            if all(branch is not None for branch in branches):
                found = set().union(*branches)  # type: ignore[arg-type]
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best
