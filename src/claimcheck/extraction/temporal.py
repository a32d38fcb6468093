"""Temporal claims: years, dates, periods and durations in news English.

``find_temporal(text, as_of)`` scans the text once with the grammar of ``temporal_grammar``,
parses each candidate into the days it covers, joins neighbours into ranges ("March to May
2024", "between 2025 and 2030"), attaches the qualifier written before it ("by 2029",
"since 1949", "as early as 2027") and returns ``Claim`` records.

Kinds follow the grain of the expression: a whole year is "year" ("2027", "last year"); a month
or a day is "date" ("2024-03", "2024-03-07", "yesterday"); anything else that covers days
(quarters, weeks, seasons, decades, ranges, trailing windows) is "period", its value an ISO
8601 interval or label ("2025-Q3", "2025-W51", "2020/2029"); a stretch of time ("18 months") is
"duration" with its number in ``value`` and the unit in ``unit``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import cast

from claimcheck.extraction import temporal_absolute as absolute
from claimcheck.extraction import temporal_durations as durations
from claimcheck.extraction import temporal_relative as relative
from claimcheck.extraction import temporal_years as years
from claimcheck.extraction.temporal_calendar import Atom, day_atom, month_atom, part_of, span_atom
from claimcheck.extraction.temporal_grammar import (
    DIGIT_NAMES,
    DIGIT_SCANNER,
    LEADS,
    PATTERNS,
    WORD_NAMES,
    WORD_SCANNER,
    anchors,
)
from claimcheck.extraction.temporal_words import tokens
from claimcheck.model import Claim, ClaimKind, Period, Qualifier

_Parser = Callable[[str, int, int, date], Atom | None]

_HEAD = re.compile(
    r"(?:the\s+)?(?:(?:very\s+)?(early|late|mid|middle)(?:\s+of(?:\s+the)?\s+|[- ]|\s+)"
    r"|(start|beginning|end|close|middle|rest|remainder)\s+of\s+(?:the\s+|this\s+)?"
    r"|(end|start)[- ]|(later|earlier)\s+)",
    re.IGNORECASE,
)
_PARTS = {
    "early": "early", "start": "start", "beginning": "start", "mid": "mid", "middle": "mid",
    "late": "late", "end": "end", "close": "end", "rest": "rest", "remainder": "rest",
    "later": "later", "earlier": "earlier",
}  # fmt: skip
_CONNECT = re.compile(r"\s*(?:(-|–|—|to|until|till|through|thru)|(and))\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(from|between)\s+$", re.IGNORECASE)
_QUAL_BEFORE = re.compile(
    r"\b(no\s+later\s+than|not\s+later\s+than|no\s+earlier\s+than|not\s+before|as\s+early\s+as"
    r"|as\s+soon\s+as|prior\s+to|ahead\s+of|up\s+to|starting\s+(?:in|from)|beginning\s+in"
    r"|by|since|before|after|until|till|through|from|in|on|during|throughout|as\s+of|around"
    r"|about|circa|roughly|approximately)\s+$",
    re.IGNORECASE,
)
_QUALIFIERS = {
    "by": "by", "since": "since", "as early as": "at_least", "as soon as": "at_least",
    "no earlier than": "at_least", "not before": "at_least", "starting in": "at_least",
    "starting from": "at_least", "beginning in": "at_least", "from": "at_least",
    "no later than": "at_most", "not later than": "at_most", "until": "at_most",
    "till": "at_most", "through": "at_most", "up to": "at_most", "before": "less_than",
    "prior to": "less_than", "ahead of": "less_than", "after": "more_than",
    "around": "approximate", "about": "approximate", "circa": "approximate",
    "roughly": "approximate", "approximately": "approximate",
}  # fmt: skip
_ONWARDS = re.compile(r"\s+(?:on|onwards?|forward)\b", re.IGNORECASE)
_DURATION_QUAL = re.compile(
    r"\b(about|around|roughly|nearly|almost|some|approximately|close\s+to|an\s+estimated"
    r"|more\s+than|at\s+least|less\s+than|fewer\s+than|under|up\s+to|at\s+most)\s+$",
    re.IGNORECASE,
)
_DURATION_QUALIFIERS = {
    "about": "approximate", "around": "approximate", "roughly": "approximate",
    "nearly": "approximate", "almost": "approximate", "some": "approximate",
    "approximately": "approximate", "close to": "approximate", "an estimated": "approximate",
    "more than": "more_than", "at least": "at_least", "less than": "less_than",
    "fewer than": "less_than", "under": "less_than", "up to": "at_most", "at most": "at_most",
}  # fmt: skip
_UNIT_WORDS = ("year", "month", "week", "decade", "quarter")


def _parse_part(text: str, start: int, end: int, as_of: date) -> Atom | None:
    head = _HEAD.match(text, start, end)
    if head is None:
        return None
    part = _PARTS[next(g for g in head.groups() if g).lower()]
    ref_start = head.end()
    toks = tokens(text[ref_start:end])
    if toks and toks[-1] in _UNIT_WORDS and (len(toks) == 1 or toks[0] in ("the", "my", "this")):
        base = relative.parse_rel("this " + toks[-1], 0, 5 + len(toks[-1]), as_of)
    else:
        # The reference is parsed on its own: "mid-2025" must not read as glued to "mid-".
        ref = text[ref_start:end]
        base = _atom_at(ref, lower(ref), 0, as_of)
        if base is not None and base.end != len(ref):
            base = None
    if base is None or base.first is None or base.last is None:
        return None
    first, last = base.first, base.last
    if part in ("rest", "later", "earlier"):
        if not first <= as_of <= last:
            return span_atom(start, end, first, last)
        if part == "earlier":
            return span_atom(start, end, first, max(first, as_of - timedelta(days=1)))
        return span_atom(start, end, as_of + timedelta(days=part == "later"), last)
    lo, hi = part_of(first, last, base.gran, part)
    return span_atom(start, end, lo, hi)


_PARSERS: dict[str, _Parser] = {
    "fy": absolute.parse_fy,
    "num_dmy": absolute.parse_num_dmy,
    "quarter": absolute.parse_quarter,
    "dayrange_md": absolute.parse_dayrange,
    "dayrange_dm": absolute.parse_dayrange,
    "cal_dmy": absolute.parse_cal,
    "cal_mdy": absolute.parse_cal,
    "cal_ym": absolute.parse_cal,
    "nummy": absolute.parse_nummy,
    "ynum": absolute.parse_ynum,
    "decade": absolute.parse_decade,
    "century": absolute.parse_century,
    "season": absolute.parse_season,
    "part": _parse_part,
    "window": durations.parse_window,
    "relunit": durations.parse_relunit,
    "rel": relative.parse_rel,
    "yword": years.parse_yword,
    "year": years.parse_year,
    "dur": durations.parse_dur,
}


_LOWER_MAY = re.compile(r"\bmay\b")
_MAY_SETTLED = re.compile(
    r"\d{4}|\bof\s+may|\bmay\s+(?:the|twenty|thirty|[a-z]+th\b|first|second|third)"
)
_SEPARATORS = frozenset(" \t\n\r,.-'’/()")
_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def _parse(name: str, text: str, start: int, end: int, as_of: date) -> Atom | None:
    if _LOWER_MAY.search(text, start, end) and not _MAY_SETTLED.search(text, start, end):
        return None  # "may" in lower case is the verb unless a year or a day settles it
    try:
        return _PARSERS[name](text, start, end, as_of)
    except (ValueError, KeyError, StopIteration, IndexError, OverflowError):
        return None  # "30 February", a week 53 that does not exist: not a date


def _atom_at(text: str, low: str, pos: int, as_of: date) -> Atom | None:
    """The first family whose match at ``pos`` parses (grammar order)."""
    digit = low[pos].isdigit()
    m = (DIGIT_SCANNER if digit else WORD_SCANNER).match(low, pos)
    if m is None:
        return None
    atom = _parse(m.lastgroup or "", text, pos, m.end(), as_of)
    if atom is not None:
        return atom
    names = DIGIT_NAMES if digit else WORD_NAMES
    for name in names[names.index(m.lastgroup or "") + 1 :]:
        m = PATTERNS[name].match(low, pos)
        if m is not None:
            atom = _parse(name, text, pos, m.end(), as_of)
            if atom is not None:
                return atom
    return None


def _starts(low: str, anchor: int, floor: int) -> list[int]:
    """Where an expression holding the anchor may open: the anchor and the chain of words
    that can lead into it ("the first half of" before "2025"), nearest last."""
    starts = [anchor]
    pos = anchor
    for _ in range(7):
        j = pos - 1
        while j >= floor and low[j] in _SEPARATORS:
            j -= 1
        k = j
        while k >= floor and low[k].isalnum():
            k -= 1
        word = low[k + 1 : j + 1]
        if k >= j or not (word in LEADS or word[0].isdigit()):
            break
        pos = k + 1
        starts.append(pos)
    starts.reverse()
    return starts


def lower(text: str) -> str:
    """``text`` in lower case with the same offsets (ASCII folding when Unicode would not)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _scan(text: str, as_of: date) -> list[Atom]:
    low = lower(text)
    atoms: list[Atom] = []
    done = 0
    for anchor in anchors(low):
        if anchor < done:
            continue
        for pos in _starts(low, anchor, max(done, anchor - 60)):
            if pos < done:
                continue
            atom = _atom_at(text, low, pos, as_of)
            if atom is not None:
                atoms.append(atom)
                done = atom.end
    return atoms


def _with_year(atom: Atom, year: int) -> Atom:
    if atom.gran == "day" and atom.month and atom.day:
        return day_atom(atom.start, atom.end, date(year, atom.month, atom.day))
    if atom.gran == "month" and atom.month:
        return month_atom(atom.start, atom.end, year, atom.month)
    return atom


def _merge_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """Join "A to B", "A-B", "from A until B", "between A and B" into one period."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        merged = _merge_pair(text, a, b) if b is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return [a for a in out if a.gran != "now"]


def _merge_pair(text: str, a: Atom, b: Atom) -> Atom | None:
    if "duration" in (a.kind, b.kind) or "span" in (a.gran, b.gran) and a.gran == b.gran:
        return None
    connect = _CONNECT.fullmatch(text, a.end, b.start)
    if connect is None:
        return None
    lead = _RANGE_LEAD.search(text, max(0, a.start - 10), a.start)
    if connect.group(2) and (lead is None or lead.group(1).lower() != "between"):
        return None
    if a.implicit_year and not b.implicit_year and b.first is not None:
        a = _with_year(a, b.first.year)
        if a.first and a.first > b.first:
            a = _with_year(a, b.first.year - 1)
    elif b.implicit_year and not a.implicit_year and a.first is not None:
        b = _with_year(b, a.first.year)
    if a.first is None or b.last is None or a.first > b.last:
        return None
    start = lead.start() if lead else a.start
    merged = span_atom(start, b.end, a.first, b.last)
    merged.value = f"{a.value}/{b.value}"
    return merged


def _claim(text: str, atom: Atom, prev_end: int) -> Claim:
    start, qualifier, time_text = atom.start, atom.qualifier, atom.time_text
    first, last = atom.first, atom.last
    value = atom.value
    low: float | str | None = value
    high: float | str | None = value
    if isinstance(value, str) and "/" in value and not value.startswith("FY"):
        low, high = value.split("/", 1)
    if atom.kind == "duration":
        m = _DURATION_QUAL.search(text, max(prev_end, atom.start - 20), atom.start)
        if m is not None and qualifier is None:
            qualifier = _DURATION_QUALIFIERS[" ".join(m.group(1).lower().split())]
            start = m.start()
        if qualifier in ("more_than", "at_least"):
            high = None
        elif qualifier in ("less_than", "at_most"):
            low = None
    else:
        m = _QUAL_BEFORE.search(text, max(prev_end, atom.start - 24), atom.start)
        if m is not None:
            word = " ".join(m.group(1).lower().split())
            time_text = word
            qualifier = _QUALIFIERS.get(word)
            if word == "from" and not _ONWARDS.match(text, atom.end):
                qualifier = None  # "data from 2019" is the 2019 data, not "2019 or later"
            if qualifier is not None:
                start = m.start()
        if qualifier in ("by", "at_most", "less_than"):
            low = None
            if qualifier == "less_than" and first is not None:
                last = first - timedelta(days=1)
            first = None
        elif qualifier in ("since", "at_least", "more_than"):
            high = None
            if qualifier == "more_than" and last is not None:
                first = last + timedelta(days=1)
            last = None
    time = Period(first, last) if first is not None or last is not None else None
    if atom.kind == "duration" and not atom.anchored:
        time = None
    return Claim(
        text=text[start : atom.end], start=start, end=atom.end, line=0, column=0,
        kind=cast("ClaimKind", atom.kind), value=value, low=low, high=high, unit=atom.unit,
        qualifier=cast("Qualifier | None", qualifier), time=time, time_text=time_text,
        sentence=(0, 0), precision=None,
    )  # fmt: skip


def find_temporal(text: str, as_of: date) -> list[Claim]:
    """Every year, date, period and duration in ``text``, sorted by start, non-overlapping.

    Relative expressions ("last year", "on Thursday") resolve against ``as_of``; line, column
    and sentence are left for the caller to fill in.
    """
    claims: list[Claim] = []
    prev_end = 0
    for atom in _merge_ranges(text, _scan(text, as_of)):
        claim = _claim(text, atom, prev_end)
        claims.append(claim)
        prev_end = claim.end
    return claims
