"""Turning character offsets into 1-based line and column numbers.

"\\r\\n", "\\r" and "\\n" each end one line; columns count characters, so a line's column 1 is the
character right after its line break.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from claimcheck.regexes import compiled

_BREAK = compiled(r"\r\n|\r|\n")

# (line, column, sentence) of an offset: the finders take one so each claim is built once with
# its place (extract_claims passes the real one; alone they leave claims unplaced).
Place = Callable[[int], tuple[int, int, tuple[int, int]]]


def unplaced(offset: int) -> tuple[int, int, tuple[int, int]]:
    """The place of a claim nobody placed: line and column 0, sentence (0, 0)."""
    return 0, 0, (0, 0)


class LineIndex:
    """Offsets of line starts in a text, for fast offset -> (line, column) look-ups."""

    __slots__ = ("starts",)

    def __init__(self, text: str) -> None:
        self.starts = [0]
        if "\r" in text:
            self.starts.extend(m.end() for m in _BREAK.finditer(text))
        else:  # only "\n" breaks: line lengths from str.split, no regex pass
            self.starts.extend(accumulate(len(line) + 1 for line in text.split("\n")[:-1]))

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of the character at ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text`` (use LineIndex for many look-ups)."""
    return LineIndex(text).locate(offset)
