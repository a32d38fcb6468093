"""Blanking markup out of a text without moving anything.

Every function here returns a string of the same length as its input: characters that are not
visible prose become spaces, while CR and LF stay where they are, so an offset, line and column in
the masked text are the same in the file. Each pass is one regex substitution over the whole text,
so masking stays linear in the size of the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NOT_NEWLINE = re.compile(r"[^\r\n]+")


def blank(segment: str) -> str:
    """``segment`` with every character but CR and LF turned into a space."""
    return _NOT_NEWLINE.sub(lambda m: " " * (m.end() - m.start()), segment)


def blank_matches(pattern: re.Pattern[str], text: str, group: int | str = 0) -> str:
    """Blank what ``group`` of each match of ``pattern`` covers (the whole match by default)."""
    if group == 0:
        return pattern.sub(lambda m: blank(m.group()), text)

    def keep_outside(m: re.Match[str]) -> str:
        whole = m.group()
        if m.start(group) < 0:
            return whole
        start, end = m.start(group) - m.start(), m.end(group) - m.start()
        return whole[:start] + blank(whole[start:end]) + whole[end:]

    return pattern.sub(keep_outside, text)


def blank_where(pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool]) -> str:
    """Blank each match of ``pattern`` unless ``keep(match)`` says it is prose after all."""
    return pattern.sub(lambda m: m.group() if keep(m) else blank(m.group()), text)


# Bare URLs in any format: a figure inside a link ("/2025/12/3-5-percent") is not a claim.
# Trailing punctuation belongs to the sentence, not the URL.
URL = re.compile(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]",
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def blank_urls(text: str) -> str:
    return blank_matches(EMAIL, blank_matches(URL, text))
