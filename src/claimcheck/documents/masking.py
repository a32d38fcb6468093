"""Blanking markup out of a text without moving anything.

Every function here returns a string of the same length as its input: characters that are not
visible prose become spaces, while CR and LF stay where they are, so an offset, line and column in
the masked text are the same in the file. Each pass is one regex substitution over the whole text,
so masking stays linear in the size of the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimcheck.regexes import compiled

_NOT_NEWLINE = compiled(r"[^\r\n]+")


def blank(segment: str) -> str:
    """``segment`` with every character but CR and LF turned into a space."""
    if "\n" not in segment and "\r" not in segment:
        return " " * len(segment)
    return _NOT_NEWLINE.sub(lambda m: " " * (m.end() - m.start()), segment)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank the given (start, end) spans, which must be sorted and not overlap."""
    if not spans:
        return text
    pieces = []
    last = 0
    for start, end in spans:
        pieces.append(text[last:start])
        pieces.append(blank(text[start:end]))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


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
URL = compiled(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]{1,15}://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]",
)
EMAIL = compiled(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def _back(text: str, position: int, allowed: str, limit: int) -> int:
    """Where a run of alphanumerics and ``allowed`` characters ending at ``position`` starts."""
    start = position
    while start > 0 and position - start < limit:
        char = text[start - 1]
        if not (char.isalnum() or char in allowed):
            break
        start -= 1
    return start


def url_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses, found from their rare markers ("://", "www.", "@").

    Searching ``str.find`` for the marker and matching the regex only there keeps this linear and
    fast on large files, where a regex without a literal prefix would try every position.
    """
    spans: list[tuple[int, int]] = []
    for marker, pattern, allowed, limit in (
        ("://", URL, "+.-", 16),
        ("www.", URL, "", 0),
        ("@", EMAIL, "._+-", 64),
    ):
        position = text.find(marker)
        while position >= 0:
            start = _back(text, position, allowed, limit)
            match = pattern.match(text, start, position + 4096)
            if match and match.end() > position:
                spans.append(match.span())
                position = text.find(marker, match.end())
            else:
                position = text.find(marker, position + 1)
    return spans


def blank_urls(text: str) -> str:
    return blank_spans(text, _merge(url_spans(text)))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
