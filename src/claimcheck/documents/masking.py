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


def spans_near(
    text: str, literal: str, pattern: re.Pattern[str], before: int, after: int
) -> list[tuple[int, int]]:
    """Matches of ``pattern`` that contain an occurrence of ``literal``.

    Finding the rare literal with ``str.find`` first and running the regex only in a window around
    it keeps patterns without a literal prefix (URLs, e-mail addresses) fast on large files.
    """
    spans: list[tuple[int, int]] = []
    last_end = 0
    position = text.find(literal)
    while position >= 0:
        end = position + after
        match = pattern.search(text, max(last_end, position - before), end)
        while match and match.end() <= position:
            match = pattern.search(text, max(match.end(), match.start() + 1), end)
        if match and match.start() <= position < match.end():
            spans.append(match.span())
            last_end = match.end()
            position = text.find(literal, last_end)
        else:
            position = text.find(literal, position + 1)
    return spans


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
    spans = spans_near(text, "://", URL, 20, 4096) + spans_near(text, "www.", URL, 1, 4096)
    spans += spans_near(text, "@", EMAIL, 128, 256)
    return blank_spans(text, _merge(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
