"""Windows that end at a date: "the week to 7 March", "the 12 months to September", "the year
ended 31 March 2025", "the quarter to June", and the quarter named by its last month ("the June
quarter").

Statistics offices and company results report this way; the window is the stretch of that
length that ends on the last day of the date written ("the year to March 2025" is April 2024 to
March 2025). The date itself is read by the rest of the grammar, through the ``reference``
callback temporal.py passes in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from claimcheck.extraction.temporal_calendar import (
    Atom,
    nearest_year,
    quarter_atom,
    shift,
    span_atom,
    with_year,
)
from claimcheck.extraction.temporal_durations import number_of
from claimcheck.extraction.temporal_lexicon import MON, MONTHS, NUMDUR, YEAR4
from claimcheck.extraction.tense import clause_tense
from claimcheck.regexes import compiled

Reference = Callable[[str, int, date], Atom | None]

_SINGLE = r"week|fortnight|month|quarter|year"
_PLURAL = r"(?:days|weeks|fortnights|months|quarters|years)"
# The grammar family: a window up to its connecting word (the date after it is the reference's)
# or the quarter named by its month.
PATTERN = (
    rf"\bthe\s+(?:(?:{_SINGLE})|{NUMDUR}[- ]?(?:{_PLURAL}|{_SINGLE})\b)\s+"
    r"(?:to|ending|ended|through|thru|until|till)\s+(?:on\s+)?(?=[\w'’])"
    rf"|\bthe\s+{MON}\s+quarter\b(?:\s+(?:of\s+)?{YEAR4})?"
)
_HEAD = compiled(rf"the\s+(?:({NUMDUR})[- ]?)?\s*({_SINGLE}|{_PLURAL})\b", re.IGNORECASE)
_NAMED_QUARTER = compiled(r"the\s+([a-z]+)\.?\s+quarter(?:\s+(?:of\s+)?(\d{4}))?", re.IGNORECASE)
_UNITS = {
    "day": (1, "days"), "week": (1, "weeks"), "fortnight": (2, "weeks"),
    "month": (1, "months"), "quarter": (3, "months"), "year": (1, "years"),
}  # fmt: skip
# The grains a window may end at: a day, a week, a month, a quarter, a half, a year, or a part
# of one ("the three months to end-September").
_ENDS = frozenset({"day", "week", "month", "quarter", "half", "year", "span"})


def _named_quarter(text: str, start: int, end: int, as_of: date) -> Atom | None:
    m = _NAMED_QUARTER.match(text, start, end)
    if m is None:
        return None
    month = MONTHS.get(m.group(1).lower())
    if month is None or month % 3:
        return None  # "the May quarter" ends no calendar quarter
    if m.group(2):
        return quarter_atom(start, end, int(m.group(2)), month // 3)
    return quarter_atom(start, end, nearest_year(as_of, month), month // 3, implicit=True)


def _settled(text: str, start: int, ref: Atom, as_of: date) -> Atom:
    """A reference written without its year, placed by the tense of its clause: "sales rose
    in the year to March" is the March before the article.

    Unlike temporal_claims._settle (a month is past once it has begun: "sales rose in
    December", written on 25 December, is this December), a window told in the past has
    ended, so its last day must lie before the article's ("the year to December" is then last
    December's)."""
    if not ref.implicit_year or ref.first is None or ref.last is None:
        return ref
    side = clause_tense(text, start, ref.end)
    if side == "past" and ref.last > as_of:
        return with_year(ref, ref.last.year - 1)
    if side == "future" and ref.first < as_of:
        return with_year(ref, ref.first.year + 1)
    return ref


def parse_ending(text: str, start: int, end: int, as_of: date, reference: Reference) -> Atom | None:
    """The window of "the <length> to <date>", or "the <Month> quarter"."""
    head = _HEAD.match(text, start, end)
    if head is None or head.end() == end:  # no connecting word after it: "the June quarter"
        return _named_quarter(text, start, end, as_of)
    unit_word = head.group(2).lower().rstrip("s")
    count = number_of(head.group(1)) if head.group(1) else 1.0
    if count is None or count <= 0 or unit_word not in _UNITS:
        return None
    per, unit = _UNITS[unit_word]
    ref = reference(text, end, as_of)
    if ref is None or ref.gran not in _ENDS or ref.last is None:
        return None
    if text[ref.end : ref.end + 2] in ("'s", "\u2019s"):
        return None  # "devoted the year to March's campaign": a name's, not a date's
    ref = _settled(text, start, ref, as_of)
    assert ref.last is not None
    first = shift(ref.last + timedelta(days=1), -count * per, unit)
    atom = span_atom(start, ref.end, first, ref.last)
    if unit == "months" and count * per == 3 and first.day == 1 and first.month % 3 == 1:
        atom = quarter_atom(start, ref.end, first.year, first.month // 3 + 1)
    return atom
