"""The prose as a reader sees it: ``Document.visible`` without the filler that keeps offsets.

Masking never moves an offset, so where a short thing stands for a longer one in the file, the
rest of its span must be filled. Blanks would split what belongs together: ``3.5&nbsp;%`` is
"3.5", one no-break space and a "%" to a reader, but "3.5      %" to the extractor, a bare number.
So an entity standing for a space is masked as that space followed by ``FILLER`` (U+2060 WORD
JOINER, invisible and meaning "no break here"), and the extractor is given the text with every
``FILLER`` removed (``joined_text``); its offsets are then mapped back to the file's
(``JoinedText.claim_in_file``), so claims still point at the right characters in the file.

Only positions of removed characters are kept, so a document without filler costs one scan.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from claimcheck.model import Claim

FILLER = "\u2060"


@dataclass(frozen=True)
class JoinedText:
    """``text`` is the visible prose without filler; ``shifts`` map its offsets to the file's."""

    text: str
    # For the i-th removed character at file offset p: p - i, the first joined offset after
    # which i + 1 characters have been removed. Non-decreasing, so bisect finds the count.
    shifts: tuple[int, ...] = ()

    def file_offset(self, offset: int) -> int:
        """Where the character at ``offset`` of ``text`` sits in the file."""
        return offset + bisect_right(self.shifts, offset) if self.shifts else offset

    def file_end(self, end: int) -> int:
        """An exclusive end in ``text`` as an exclusive end in the file (no trailing filler)."""
        if not self.shifts or end <= 0:
            return end
        return self.file_offset(end - 1) + 1

    def claim_in_file(self, claim: Claim, position: Callable[[int], tuple[int, int]]) -> Claim:
        """``claim`` found in ``text``, with offsets, line and column of the file."""
        if not self.shifts:
            return claim
        start, end = self.file_offset(claim.start), self.file_end(claim.end)
        line, column = position(start)
        sentence = (self.file_offset(claim.sentence[0]), self.file_end(claim.sentence[1]))
        return replace(claim, start=start, end=end, line=line, column=column, sentence=sentence)


def joined_text(visible: str) -> JoinedText:
    """``visible`` without ``FILLER``, and how to find its offsets in the file again."""
    at = visible.find(FILLER)
    if at < 0:
        return JoinedText(visible)
    shifts: list[int] = []
    while at >= 0:
        shifts.append(at - len(shifts))
        at = visible.find(FILLER, at + 1)
    return JoinedText(visible.replace(FILLER, ""), tuple(shifts))
