"""Holidays news copy dates things by: "before Christmas", "by Easter 2026", "over
Thanksgiving". Fixed-date ones map to their day; Easter and Thanksgiving are computed.

Without a year the nearest occurrence to the article's date is meant, as for a bare month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimcheck.extraction.temporal_calendar import Atom, day_atom, span_atom
from claimcheck.extraction.tense import clause_tense
from claimcheck.regexes import compiled

_FIXED = {
    "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31), "new year's": (1, 1),
    "new year's day": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
}  # fmt: skip
_RELATIVE = compiled(r"(last|next|this)\s+", re.IGNORECASE)
_NOT_A_DAY_AFTER = compiled(r"\s+(?:Island|Rising|Uprising|Offensive|Carol|Tree)\b")


def easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _day_in(name: str, year: int) -> date:
    if name.startswith("easter"):
        return easter(year) + timedelta(days=name.endswith("monday"))
    if name.startswith("thanksgiving"):
        first = date(year, 11, 1)  # fourth Thursday of November (US)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    month, day = _FIXED[name]
    return date(year, month, day)


def parse_holiday(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end]
    rel = _RELATIVE.match(s)
    name_at = rel.end() if rel else 0
    if not s[name_at].isupper() or _NOT_A_DAY_AFTER.match(text, end):
        return None  # "Easter Island", "the Easter Rising"
    year_m = re.search(r"\d{4}", s)
    name = " ".join(re.sub(r"(?:of\s+)?\d{4}", "", s[name_at:].lower()).replace("’", "'").split())
    name = name.replace("new years", "new year's").replace("valentines", "valentine's")
    weekend = name.endswith(" weekend")
    name = name.removesuffix(" weekend")
    if year_m is not None:
        return _holiday_atom(start, end, name, _day_in(name, int(year_m.group())), weekend)
    days = [_day_in(name, y) for y in (as_of.year - 1, as_of.year, as_of.year + 1)]
    # "last Christmas" is the one before the article's day, "next Easter" the one after; else
    # the side the clause's tense gives ("the Easter weekend was busy"), else the nearest
    word = rel.group(1).lower() if rel is not None else None
    side = {"last": "past", "next": "future"}.get(word or "") or clause_tense(text, start, end)
    if word != "this" and side is not None:
        # "last Christmas" on Christmas Day is the year before; "sales fell at Christmas" today's
        today = word is None and as_of in days
        on_side = [d for d in days if (d < as_of if side == "past" else d > as_of)]
        on_side += [as_of] if today else []
        day = max(on_side) if side == "past" else min(on_side)
    else:
        day = min(days, key=lambda d: abs((d - as_of).days))
    # a range cannot move a holiday to another year by its day: implicit_year stays False
    return _holiday_atom(start, end, name, day, weekend)


def _holiday_atom(start: int, end: int, name: str, day: date, weekend: bool) -> Atom:
    """The holiday's day, or for "the Easter weekend" (Good Friday to Easter Monday) and "the
    Thanksgiving weekend" (Thursday to Sunday) the days it names."""
    if weekend and name.startswith(("easter", "thanksgiving")):
        before, after = (2, 1) if name.startswith("easter") else (0, 3)
        return span_atom(start, end, day - timedelta(days=before), day + timedelta(days=after))
    return day_atom(start, end, day)
