"""Reading numbers written in digits, in words, or both ("1,234.5", "twenty-three", "1.5 million").

``read_number(text, pos)`` parses the longest number that starts at ``pos`` and says how precisely
it is written. It knows nothing about units or currencies; quantities.py builds on it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from claimcheck.extraction.numgrammar import parse
from claimcheck.extraction.numwords import (
    DIGITS,
    SCALE_WORDS,
    START_WORDS,
    VULGAR,
    classify,
    parse_digits,
    tokens,
)
from claimcheck.regexes import compiled

__all__ = [
    "DIGITS",
    "follows_year_and",
    "year_shaped",
    "SCALE_WORDS",
    "START_WORDS",
    "VULGAR",
    "Number",
    "parse_digits",
    "read_number",
]

_DIGIT_RE = compiled(DIGITS)
_WORD_AFTER = compiled(
    r"[ \t\u00a0\u202f]*(?:\r?\n[ \t\u00a0\u202f]*(?=[A-Za-z]))?[,&]?[ \t\u00a0\u202f]*([A-Za-z]+)"
)
_DIGIT_AFTER = compiled(r"[ \t\u00a0\u202f]+\d{1,3}[ ]?/")
_NOUN_AFTER = compiled(r"[ \t\u00a0]+[A-Za-z]|[ \t\u00a0]*[%\uff05]")
# A year and a joining word right before a figure: "by 2029 or 2030", "2025 and 2026"
_YEAR_AND_BEFORE = compiled(r"\b(?:1[89]|20)\d\d[ \u00a0]*(?:or|and|to|-|\u2013)[ \u00a0]*\Z")
_HYPHEN_SCALE = compiled(r"(?i)(?:thousand|million|billion|trillion)\b")
_OF_SCALE = compiled(r"[ \t]+of[ \t]+an?[ \t]+(thousand|million|billion|trillion)\b", re.I)


@dataclass(slots=True)  # not frozen: made for every number of a text, and cheaper so
class Number:
    """A parsed number: ``text[start:end]`` reads as ``value``, written to +/- ``precision``."""

    value: float
    start: int
    end: int
    precision: float | None
    words: bool  # written (at least partly) in words
    fraction: bool = False  # a proportion such as "a quarter" or "3/4"
    scale: float = 1.0  # the scale word it ended in ("million" -> 1e6)

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0


def _simple(text: str, pos: int) -> Number | None:
    """Fast path: digits that no number word, fraction or mixed number continues."""
    m = _DIGIT_RE.match(text, pos)
    if m is None:
        return None
    end = m.end()
    nxt = text[end : end + 1]
    if nxt in ("/", "\u2044") or nxt.isalpha():
        return None
    if nxt == "-" and _HYPHEN_SCALE.match(text, end + 1):
        return None  # "a 50-million-euro contract": the scale word belongs to the figure
    if nxt in (" ", "\t", "\u00a0", "\u202f", ",", "&", "\n", "\r"):
        w = _WORD_AFTER.match(text, end)
        if w is None:
            if _DIGIT_AFTER.match(text, end):
                return None
        elif classify(w.group(1)) is not None:
            return None
    value, decimals = parse_digits(m.group())
    if not math.isfinite(value):
        return None
    return Number(value, pos, end, 0.5 * 10.0**-decimals, False)


def read_number(text: str, pos: int, allow_over: bool = True) -> Number | None:
    """Parse the longest number starting at ``pos``; None when there is none."""
    simple = _simple(text, pos)
    if simple is not None:
        return simple
    toks = tokens(text, pos)
    if not toks:
        return None
    sign = 1.0
    i = 0
    if toks[0].kind == "MINUS":
        sign, i = -1.0, 1
    res = parse(toks, i, allow_over)
    if res is None or not math.isfinite(res[0]):
        return None
    value, j, precision, fraction, scale = res
    end = toks[j - 1].end
    over = fraction and any(t.kind == "OVER" for t in toks[i:j])
    if over and _NOUN_AFTER.match(text, end):
        # "rose by 20 over five years", "in 2014 over 20% of allies": "over" is a preposition
        res = parse(toks, i, False)
        if res is None:
            return None
        value, j, precision, fraction, scale = res
        end = toks[j - 1].end
    if fraction:
        of = _OF_SCALE.match(text, end)
        if of:  # "two thirds of a million"
            value *= SCALE_WORDS[of.group(1).lower()]
            scale = SCALE_WORDS[of.group(1).lower()]
            end, fraction = of.end(), False
    words = any(t.kind not in ("NUM", "SLASH") for t in toks[:j])
    return Number(sign * value, toks[0].start, end, precision, words, fraction, scale)


def year_shaped(raw: str) -> bool:
    """Whether a figure written ``raw`` looks like a year: four bare digits, 1800-2100."""
    return raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100


def follows_year_and(text: str, pos: int) -> bool:
    """Whether a year and "or"/"and"/"to"/a dash stand right before ``pos`` ("by 2029 or 2030")."""
    return _YEAR_AND_BEFORE.search(text, max(0, pos - 12), pos) is not None
