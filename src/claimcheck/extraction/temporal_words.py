"""Reading calendar words: tokens, numbers and years written in words, and the month, year,
days and weekday named anywhere in a date expression.
"""

from __future__ import annotations

from claimcheck.extraction.temporal_lexicon import MONTHS, ORDINALS, TENS, UNITS_1_19, WEEKDAYS
from claimcheck.regexes import compiled

_TOKEN = compiled(r"\d+|[a-z]+")


def tokens(s: str) -> list[str]:
    return _TOKEN.findall(s.lower())


def words_number(toks: list[str], i: int) -> tuple[int | None, int]:
    """A cardinal 0-99 written in words at ``toks[i]``: (value, tokens used)."""
    if i >= len(toks):
        return None, 0
    if toks[i] in TENS:
        if i + 1 < len(toks) and UNITS_1_19.get(toks[i + 1], 99) < 10:
            return TENS[toks[i]] + UNITS_1_19[toks[i + 1]], 2
        return TENS[toks[i]], 1
    if toks[i] in UNITS_1_19:
        return UNITS_1_19[toks[i]], 1
    return None, 0


def words_year(toks: list[str], i: int) -> tuple[int | None, int]:
    """ "nineteen twenty eight", "two thousand and eighteen" -> (year, tokens used)."""
    if toks[i : i + 2] == ["two", "thousand"]:
        j = i + 2 + (toks[i + 2 : i + 3] == ["and"])
        n, used = words_number(toks, j)
        return (2000 + n, j + used - i) if n is not None else (2000, 2)
    if toks[i] in ("eighteen", "nineteen", "twenty"):
        n, used = words_number(toks, i + 1)
        if n is not None and n >= 10:
            return UNITS_1_19.get(toks[i], 20) * 100 + n, used + 1
    return None, 0


def words_day(toks: list[str], i: int) -> tuple[int | None, int]:
    if toks[i] in ("twenty", "thirty") and i + 1 < len(toks):
        nxt = toks[i + 1]
        if ORDINALS.get(nxt, 99) < 10 or UNITS_1_19.get(nxt, 99) < 10:
            return TENS[toks[i]] + ORDINALS.get(nxt, UNITS_1_19.get(nxt, 0)), 2
    if toks[i] in ORDINALS:
        return ORDINALS[toks[i]], 1
    return None, 0


def scan_fields(toks: list[str]) -> tuple[int | None, int | None, list[int], int | None]:
    """(month, year, days, weekday) named anywhere in a date expression's tokens."""
    month = year = weekday = None
    days: list[int] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            if len(t) == 4:
                year = int(t)
            elif int(t) <= 31:
                days.append(int(t))
            i += 1
            continue
        y, used = words_year(toks, i)
        if y is not None:
            year, i = y, i + used
            continue
        d, used = words_day(toks, i)
        if d is not None and (month is not None or i + used < len(toks)):
            days.append(d)
            i += used
            continue
        if t in MONTHS and month is None:
            month = MONTHS[t]
        elif t in WEEKDAYS and weekday is None:
            weekday = WEEKDAYS[t]
        i += 1
    return month, year, days, weekday
