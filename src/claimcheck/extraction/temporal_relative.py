"""Parsers for temporal expressions that need the article's date: "yesterday", "last year",
"on Thursday", "two years ago", "the past three years", and for plain durations ("18 months").

Conventions (news copy, where ``as_of`` is the publication date):
- a bare weekday ("on Thursday") is the most recent such day on or before ``as_of``: reports
  mostly tell what already happened; "next Friday" is the first one after ``as_of``;
- "last year"/"next month" are calendar units; "the past year" is the trailing window;
- narrative-relative phrases ("the following year", "two days later") cannot be resolved
  against the publication date, so they get no period.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimcheck.extraction.temporal_calendar import (
    Atom,
    add_months,
    day_atom,
    decade_atom,
    month_atom,
    month_end,
    nearest_year,
    quarter_atom,
    shift,
    span_atom,
    week_atom,
    weekday_after,
    weekday_in_month,
    weekday_on_or_before,
    year_atom,
)
from claimcheck.extraction.temporal_lexicon import (
    DIRECTIONS,
    MONTHS,
    ORDINALS,
    WEEKDAYS,
)
from claimcheck.extraction.temporal_words import scan_fields, tokens
from claimcheck.regexes import compiled

_NAMED_DAY_BEFORE = compiled(
    r"(?:Good|Black|Bloody|Super|Easter|Palm|Ash|Cyber|Holy|Maundy|Shrove|Blue|Giving)\s+$"
)
_NAMED_DAY_AFTER = compiled(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent)\b")
_LEAD = r"(?:in|during|since|until|till|by|from|of|through|throughout|before|after)\s+"
_ARTICLE_BEFORE = compiled(r"\b(?:an?|A|An)\s+$")
_THE_BEFORE = compiled(r"\b(?:the|The)\s+$")
# After "a"/"the", a month followed by a name, or by a preposition and a name, or standing
# alone, is a noun: "a March on Washington", "an April Fool's prank", "the March of Dimes"
_MARCH_ON = compiled(
    r"\s+(?:(?:for|on|against|across|past|to|through|of)\s+)?[A-Z]|\s*[.,;:!?]|\s*\Z"
)


def _nth(text: str, start: int, end: int, toks: list[str], as_of: date) -> Atom | None:
    """ "the first Friday of July", "the third week of this month", "the last week of 2027"."""
    ordinal = next(t for t in toks if t in ORDINALS or t in ("last", "final") or t.isdigit())
    n = -1 if ordinal in ("last", "final") else ORDINALS.get(ordinal) or int(ordinal)
    month, year, _, _ = scan_fields(toks[toks.index("of" if "of" in toks else "in") :])
    weekday = next((WEEKDAYS[t] for t in toks if t in WEEKDAYS), None)
    rel = next((t for t in toks if t in ("this", "next", "last") and t != ordinal), None)
    if month is None and year is not None and "week" in toks:
        monday = date.fromisocalendar(year, 52 if n < 0 else n, 1)
        return week_atom(start, end, monday)
    if month is None:
        total = as_of.year * 12 + as_of.month - 1 + DIRECTIONS.get(rel or "this", 0)
        year, month = total // 12, total % 12 + 1
    # a month named without its year is the nearest one, unless the clause's tense says which
    # side of as_of it lies on (temporal_claims._settle moves it: implicit_year)
    y = year if year is not None else nearest_year(as_of, month)
    if weekday is not None:
        atom = day_atom(start, end, weekday_in_month(y, month, weekday, n), year is None)
        atom.nth = (weekday, n)
        return atom
    if n < 0:
        atom = span_atom(start, end, month_end(y, month) - timedelta(days=6), month_end(y, month))
    else:
        first = date(y, month, 1) + timedelta(days=7 * (n - 1))
        atom = span_atom(start, end, first, min(first + timedelta(days=6), month_end(y, month)))
    atom.implicit_year = year is None
    return atom


def _unit_relative(start: int, end: int, toks: list[str], as_of: date) -> Atom | None:
    word = next(
        t for t in toks if t in DIRECTIONS or t in ("past", "previous", "following", "same")
    )
    unit = toks[-1]
    if word in ("following", "same", "previous"):
        return None  # narrative-relative: "the following/previous year" is not relative to as_of
    trailing = word in ("past", "previous") or (toks[0] == "the" and word == "last")
    forward = toks[0] == "the" and word in ("next", "coming")
    if unit == "fortnight" or trailing or forward:
        amount = 2 if unit == "fortnight" else 1
        base = "weeks" if unit in ("fortnight", "week", "weekend") else unit + "s"
        base = "centuries" if base == "centurys" else base
        if base == "quarters":
            base, amount = "months", 3
        if trailing or word == "last":
            return span_atom(start, end, shift(as_of, -amount, base), as_of)
        return span_atom(start, end, as_of, shift(as_of, amount, base))
    d = DIRECTIONS[word]
    if unit == "week":
        return week_atom(start, end, as_of + timedelta(weeks=d))
    if unit == "weekend":
        saturday = as_of - timedelta(days=as_of.weekday()) + timedelta(days=5 + 7 * d)
        return span_atom(start, end, saturday, saturday + timedelta(days=1), "week")
    if unit == "month":
        m = add_months(as_of.replace(day=1), d)
        return month_atom(start, end, m.year, m.month)
    if unit == "year":
        return year_atom(start, end, as_of.year + d)
    if unit == "quarter":
        q = (as_of.month - 1) // 3 + d
        return quarter_atom(start, end, as_of.year + q // 4, q % 4 + 1)
    if unit == "decade":
        return decade_atom(start, end, as_of.year // 10 * 10 + 10 * d)
    return decade_atom(start, end, (as_of.year - 1) // 100 * 100 + 1 + 100 * d, 100)


def _weekday(text: str, start: int, end: int, toks: list[str], as_of: date) -> Atom | None:
    if _NAMED_DAY_BEFORE.search(text, max(0, start - 12), start) or _NAMED_DAY_AFTER.match(
        text, end
    ):
        return None  # Good Friday, Super Tuesday, the Sunday Times
    weekday = next(WEEKDAYS[t] for t in toks if t in WEEKDAYS)
    rel = next((t for t in toks if t in ("this", "next", "last", "past", "coming")), None)
    if "week" in toks and rel:
        monday = as_of - timedelta(days=as_of.weekday()) + timedelta(weeks=DIRECTIONS[rel])
        return day_atom(start, end, monday + timedelta(days=weekday))
    _, _, days, _ = scan_fields([t for t in toks if t not in WEEKDAYS])
    if days:  # "Saturday the 2nd": the nearest month in which that day falls on that weekday
        for delta in (0, 1, -1, 2, -2):
            m = add_months(as_of.replace(day=1), delta)
            try:
                day = m.replace(day=days[0])
            except ValueError:
                continue
            if day.weekday() == weekday:
                return day_atom(start, end, day)
    if rel in ("next", "coming"):
        return day_atom(start, end, weekday_after(as_of, weekday))
    if rel in ("last", "past"):
        return day_atom(start, end, weekday_on_or_before(as_of - timedelta(days=1), weekday))
    if rel == "this":
        monday = as_of - timedelta(days=as_of.weekday())
        return day_atom(start, end, monday + timedelta(days=weekday))
    # News convention: a bare weekday is the most recent one on or before the article's date
    # (to_claim moves it to the week ahead when its clause speaks of the future).
    atom = day_atom(start, end, weekday_on_or_before(as_of, weekday))
    atom.implicit_week = True
    return atom


def _month_relative(text: str, start: int, end: int, toks: list[str], as_of: date) -> Atom | None:
    month = next(MONTHS[t] for t in toks if t in MONTHS)
    rel = next((t for t in toks if t in ("this", "next", "last")), None)
    word = re.search(r"[A-Za-z]+\.?$", text[start:end])
    # A month standing alone is written with a capital in news copy ("in March", not "march").
    if word is None or (rel is None and not word.group()[0].isupper()):
        return None
    if (
        rel is None
        and (
            _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            or _THE_BEFORE.search(text, max(0, start - 4), start)
        )
        and _MARCH_ON.match(text, end)
    ):
        # "a March on Washington", "the March for Our Lives": a noun, not the month; but "a
        # March poll", "an April survey" date what they name
        return None
    if rel is None and toks[-1] == "may" and start == _lead_start(text, start):
        return None  # "May" opening a sentence is the modal verb as often as the month
    year = as_of.year if rel else nearest_year(as_of, month)
    if rel == "last":
        year -= month >= as_of.month
    elif rel == "next":
        year += month <= as_of.month
    return month_atom(start, end, year, month, implicit=rel is None)


def _lead_start(text: str, start: int) -> int:
    """``start`` when no word stands before it in the text (no lead such as "in")."""
    return start if not re.search(r"\w\s*$", text[max(0, start - 3) : start]) else -1


def parse_rel(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end]
    toks = tokens(s)
    if "yesterday" in toks or "tomorrow" in toks:
        offset = (1 if "tomorrow" in toks else -1) * (2 if "day" in toks else 1)
        return day_atom(start, end, as_of + timedelta(days=offset))
    if toks[0] in ("today", "tonight") or toks[:2] in (
        ["this", "morning"],
        ["this", "afternoon"],
        ["this", "evening"],
    ):
        return day_atom(start, end, as_of)
    if toks == ["last", "night"]:
        return day_atom(start, end, as_of - timedelta(days=1))
    if toks[-2:] in (["after", "next"], ["before", "last"]):
        return week_atom(start, end, as_of + timedelta(weeks=2 if toks[-1] == "next" else -2))
    if toks[:2] == ["this", "time"]:  # "this time last year": the same day a unit away
        day = shift(as_of, 1 if toks[2] == "next" else -1, toks[3] + "s")
        return day_atom(start, end, day)
    if toks[-2:] == ["so", "far"] or toks[:2] == ["so", "far"]:  # "so far this year"
        unit = next(t for t in toks if t in ("year", "month", "week", "quarter"))
        base = _unit_relative(start, end, ["this", unit], as_of)
        assert base is not None and base.first is not None
        return span_atom(start, end, base.first, as_of)
    if toks[0] == "now":
        return Atom(start, end, "date", as_of.isoformat(), as_of, as_of, "now")
    if toks[0] == "ytd" and s != "YTD":
        return None
    if toks[0] == "ytd" or toks[:3] == ["year", "to", "date"]:
        return span_atom(start, end, date(as_of.year, 1, 1), as_of)
    if (
        ("of" in toks or "in" in toks)
        and ("week" in toks or any(t in WEEKDAYS for t in toks))
        and (
            toks[0] in ORDINALS
            or toks[1:2]
            and toks[1] in ORDINALS
            or toks[0] in ("last", "final")
            or toks[:2] in (["the", "last"], ["the", "final"])
            or toks[0].isdigit()
        )
    ):
        return _nth(text, start, end, toks, as_of)
    if toks[0] in ("week", "the", "w") and (
        "of" in toks
        or "commencing" in toks
        or "starting" in toks
        or "beginning" in toks
        or "c" in toks[:3]
    ):
        month, year, days, _ = scan_fields(toks)
        if month is None or not days:
            return None
        day = date(year or as_of.year, month, days[0])
        if toks[:3] == ["w", "c"] or "of" not in toks:
            return span_atom(start, end, day, day + timedelta(days=6), "week")
        return week_atom(start, end, day)
    if any(t in WEEKDAYS for t in toks):
        return _weekday(text, start, end, toks, as_of)
    if toks[-1] in (
        "week",
        "weekend",
        "month",
        "year",
        "decade",
        "century",
        "quarter",
        "fortnight",
    ):
        if toks[-1] == "weekend" and len(toks) <= 2 and toks[0] in ("the", "weekend"):
            saturday = weekday_on_or_before(as_of, 5)
            if as_of.weekday() == 6:
                saturday = as_of - timedelta(days=1)
            return span_atom(start, end, saturday, saturday + timedelta(days=1), "week")
        return _unit_relative(start, end, toks, as_of)
    if any(t in MONTHS for t in toks):
        lead = re.match(_LEAD, s, re.IGNORECASE)
        if lead:
            start += lead.end()
        return _month_relative(text, start, end, toks, as_of)
    return None
