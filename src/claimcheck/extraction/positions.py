"""Turning character offsets into 1-based line and column numbers.

"\\r\\n", "\\r" and "\\n" each end one line; columns count characters, so a line's column 1 is the
character right after its line break.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Offsets of line starts in a text, for fast offset -> (line, column) look-ups."""

    __slots__ = ("starts",)

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(m.end() for m in _BREAK.finditer(text))

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of the character at ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text`` (use LineIndex for many look-ups)."""
    return LineIndex(text).locate(offset)
