"""Stretches of time: "18 months", "two and a half years", and the phrases that anchor them to
the article's date ("two years ago", "within five years", "the past three years").

A duration counted from a narrative moment ("two days later") gets no period: the text does
not say from when.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimcheck.extraction.temporal_calendar import (
    Atom,
    day_atom,
    month_atom,
    shift,
    year_atom,
)
from claimcheck.extraction.temporal_lexicon import DURATION_UNITS, NUMDUR, UNIT
from claimcheck.extraction.temporal_words import tokens, words_number
from claimcheck.regexes import compiled

_PAIR = compiled(rf"({NUMDUR})\s*-?\s*({UNIT})", re.IGNORECASE)


_VERB_BEFORE = compiled(
    r"\b(?:to|will|would|could|can|may|might|should|must|not|did|does|do|which|that)\s+$",
    re.IGNORECASE,
)
_AND_A_HALF = compiled(r"\band\s+a\s+half\s*$", re.IGNORECASE)
_DAYS_PER = {
    "minutes": 1 / 1440, "hours": 1 / 24, "days": 1.0, "business days": 1.0,
    "working days": 1.0, "weeks": 7.0, "months": 30.4375, "years": 365.25,
    "decades": 3652.5, "centuries": 36525.0,
}  # fmt: skip


_YEARS_PER = {"years": 1, "decades": 10, "centuries": 100}

# The word that says which way a window runs from the article's date ("the past 12 months")
_DIRECTION_WORDS = frozenset(
    (
        "within",
        "inside",
        "next",
        "coming",
        "upcoming",
        "past",
        "last",
        "previous",
        "following",
        "first",
    )
)


def number_of(words: str) -> float | None:
    """The number a duration count denotes: "18", "two and a half", "a", "a dozen"."""
    w = words.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?|\d{1,3}(?:,\d{3})+", w):
        return float(w.replace(",", ""))
    toks = tokens(w)
    if toks in (["a"], ["an"]):
        return 1.0
    if toks == ["half", "a"]:
        return 0.5
    if toks in (["half", "a"], ["half", "an"]):
        return 0.5
    if toks[-2:] == ["a", "dozen"]:
        return 12.0
    if "couple" in toks:
        return 2.0
    n, used = words_number(toks, 0)
    if n is None:
        return None  # "a few", "several": no figure to check
    value = float(n) * (100 if "hundred" in toks else 1)
    return value + 0.5 if "half" in toks else value


def unit_of(word: str) -> str:
    w = " ".join(word.lower().split())
    prefix = ""
    if w.startswith(("business ", "working ")):
        prefix, w = w.split(" ", 1)[0] + " ", w.split(" ", 1)[1]
    w = w[:-1] if w.endswith("s") else w
    unit = DURATION_UNITS[w]
    return prefix + unit if prefix else unit


def _pairs(s: str) -> list[tuple[float | None, str]]:
    """Each count and its unit in ``s``; a fortnight counts as two weeks."""
    pairs: list[tuple[float | None, str]] = []
    for n, u in _PAIR.findall(s):
        count = number_of(n)
        if count is not None and u.lower().startswith("fortnight"):
            count *= 2
        pairs.append((count, unit_of(u)))
    return pairs


def duration_of(s: str) -> tuple[float | None, str]:
    """Value and unit of "2 years 1 month", expressed in the largest unit named."""
    pairs = _pairs(s)
    if len(pairs) == 1:
        n, unit = pairs[0]
        if n is not None and _AND_A_HALF.search(s):
            n += 0.5  # "a year and a half"
        return n, unit
    unit = max(pairs, key=lambda p: _DAYS_PER[p[1]])[1]
    if any(n is None for n, _ in pairs):
        return None, unit
    total = sum(n * _DAYS_PER[u] for n, u in pairs if n is not None)
    return round(total / _DAYS_PER[unit], 4), unit


def _duration_atom(start: int, end: int, value: float | None, unit: str) -> Atom:
    return Atom(start, end, "duration", value, None, None, "duration", unit=unit)


def _point(start: int, end: int, day: date, unit: str) -> Atom:
    """A point reached by moving ``as_of``, at the grain of the unit moved by."""
    if unit in ("years", "decades", "centuries"):
        return year_atom(start, end, day.year)
    if unit == "months":
        return month_atom(start, end, day.year, day.month)
    return day_atom(start, end, day)


def parse_relunit(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end].lower()
    anchor_m = re.search(
        r"(?:\b(ago|earlier|later|from|after|before)\b|['\u2019]s?\s+(time))(?:\s+(\w+))?$", s
    )
    assert anchor_m is not None
    word, base = anchor_m.group(1) or anchor_m.group(2), anchor_m.group(3)
    pairs = _pairs(s[: anchor_m.start()])
    if len(pairs) == 1:
        pairs = [duration_of(s[: anchor_m.start()])]  # "a year and a half ago"
    # "in six weeks' time" is a date; "for six weeks' time" reads as the stretch of time
    after_in = re.search(r"\bin\s+\Z", text[max(0, start - 4) : start], re.IGNORECASE)
    stretch = word in ("later", "earlier") or (word == "time" and not after_in)
    if stretch or any(n is None for n, _ in pairs):
        value, unit = duration_of(s[: anchor_m.start()])
        return _duration_atom(start, end, value, unit)
    day = as_of + timedelta(days={"tomorrow": 1, "yesterday": -1}.get(base or "", 0))
    sign = -1 if word in ("ago", "before") else 1
    for n, unit in pairs:
        assert n is not None
        day = shift(day, sign * n, unit.replace("business ", "").replace("working ", ""))
    grain = min(pairs, key=lambda p: _DAYS_PER[p[1]])[1]
    if any(n is not None and n * _YEARS_PER.get(u, 1) % 1 for n, u in pairs):
        # "a year and a half ago" lands in a month; "half a century ago" is still a year
        grain = "months" if grain in _YEARS_PER else "days"
    return _point(start, end, day, grain)


def parse_window(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end]
    lead = re.match(r"(?:in|over|during|for)\s+", s, re.IGNORECASE)
    if lead:
        start, s = start + lead.end(), s[lead.end() :]
    toks = tokens(s)
    if toks[0] == "last" and _VERB_BEFORE.search(text, max(0, start - 12), start):
        # "expected to last six weeks": the verb, not "the last six weeks"
        skip = re.match(r"last\s+", s, re.IGNORECASE)
        assert skip is not None
        return parse_dur(text, start + skip.end(), end, as_of)
    # "within the next decade" counts one unit
    value, unit = duration_of(s if _PAIR.search(s) else "a " + toks[-1])
    atom = _duration_atom(start, end, value, unit)
    atom.time_text = lead.group().strip().lower() if lead else None
    if toks[0] in ("within", "inside"):
        atom.qualifier, atom.time_text = "at_most", toks[0]
    direction = next(t for t in toks if t in _DIRECTION_WORDS)
    if value is None or direction in ("following", "first"):
        return atom
    base_unit = unit.replace("business ", "").replace("working ", "")
    if direction in ("past", "last", "previous"):
        atom.first, atom.last = shift(as_of, -value, base_unit), as_of
    else:
        atom.first, atom.last = as_of, shift(as_of, value, base_unit)
    atom.anchored = True
    return atom


def parse_dur(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end]
    pairs = _PAIR.findall(s)
    after = text[end : end + 12].lower()
    if re.match(r"[- ]old\b|\s+of\s+age\b|\s+(?:and|or)\s+(?:over|older|younger)", after):
        return None  # an age, not a stretch of time
    if re.search(r"\bage[ds]?\s+(?:of\s+)?$", text[max(0, start - 12) : start], re.IGNORECASE):
        return None  # "aged 65 years"
    if s.lower() == "one day":
        return None  # "one day he will..." is an idiom, not a duration
    if (
        len(pairs) == 1
        and tokens(pairs[0][0]) in (["a"], ["an"])
        and not _AND_A_HALF.search(s)
        and not re.search(r"decade|centur|fortnight", pairs[0][1], re.IGNORECASE)
    ):
        return None  # "3.5% a year", "twice a week": a rate
    value, unit = duration_of(s)
    return _duration_atom(start, end, value, unit)
