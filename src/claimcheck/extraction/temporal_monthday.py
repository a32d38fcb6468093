"""A month and day in figures with no year: "on 4/22", "22/04", "from 10/1 to 11/7".

Two small figures around a slash are a fraction ("3/4 of voters"), a score, odds or an idiom as
often as a date, so only a pair where a date is expected ("on", "from", a weekday before it) and
no fraction reading fits is a date: one side over 12, which can only be the day ("on 22/04" is
22 April, "on 4/22" April 22), or both sides 12 or under, no proper fraction, in a range of such
pairs (US order, month first: "from 10/1 to 11/7"). The year is the nearest one, or the side the
clause's tense gives (to_claim settles it).
"""

from __future__ import annotations

import re
from datetime import date

from claimcheck.extraction.temporal_calendar import Atom, day_atom, nearest_year
from claimcheck.extraction.temporal_lexicon import ND
from claimcheck.regexes import compiled

_PAIR = r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])"
# Not a part of a longer figure, a path or a date with its year, nor a rate or a share.
PATTERN = rf"{ND}{_PAIR}(?![\d/]|[.,]\d|\s*(?:%|per\b|percent|of\b|in\b))"
# A pair is a date only where a date is expected: after a word that opens one ("on 4/22",
# "from 10/1", a weekday) or as the end of a range whose start had one ("from 10/1 to 11/7").
# Without it, "won 31/10", "scored 25/12 points", "odds of 5/2 to 7/2", "the 4/20 rally" are
# scores, odds and names.
_CUE = (
    r"\b(?:on|from|since|until|till|by|between|before|after|through|as\s+of"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+"
)
_CUE_BEFORE = compiled(rf"{_CUE}$", re.IGNORECASE)
_RANGE_BEFORE = compiled(
    rf"(?:{_CUE}{_PAIR}\s*(?:-|–|to|until|through)\s*|\bbetween\s+{_PAIR}\s+and\s+)$",
    re.IGNORECASE,
)
_RANGE_AFTER = compiled(rf"\s*(?:-|–|to|until|through|and)\s*{_PAIR}\b", re.IGNORECASE)
# Idioms written like a day and a month: round the clock, perfect eyesight.
_IDIOMS = frozenset({"24/7", "20/20"})


def parse_month_day(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end]
    if s in _IDIOMS:
        return None
    a, b = (int(p) for p in s.split("/"))
    cue = _CUE_BEFORE.search(text, max(0, start - 14), start)
    range_end = _RANGE_BEFORE.search(text, max(0, start - 30), start)
    if cue is None and range_end is None:
        return None
    in_range = bool(range_end or _RANGE_AFTER.match(text, end))
    if a > 12 and b <= 12:
        month, day = b, a
    elif (b > 12 and a <= 12) or (b <= a <= 12 and in_range):
        # "1/3" reads as a third before it reads as 3 January, even in a range
        month, day = a, b
    else:
        return None
    year = nearest_year(as_of, month, day)
    return day_atom(start, end, date(year, month, day), implicit=True)
