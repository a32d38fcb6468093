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

from claimcheck.extraction import temporal_absolute as absolute
from claimcheck.extraction import temporal_durations as durations
from claimcheck.extraction import temporal_holidays as holidays
from claimcheck.extraction import temporal_monthday as monthday
from claimcheck.extraction import temporal_relative as relative
from claimcheck.extraction import temporal_seasons as seasons
from claimcheck.extraction import temporal_windows as windows
from claimcheck.extraction import temporal_years as years
from claimcheck.extraction.positions import Place, unplaced
from claimcheck.extraction.temporal_anchors import LEADS, anchors
from claimcheck.extraction.temporal_calendar import Atom, part_of, span_atom
from claimcheck.extraction.temporal_claims import to_claim
from claimcheck.extraction.temporal_grammar import PATTERNS, families_at
from claimcheck.extraction.temporal_joins import merge_ranges, written_years
from claimcheck.extraction.temporal_words import tokens
from claimcheck.model import Claim
from claimcheck.regexes import compiled

_Parser = Callable[[str, int, int, date], Atom | None]

_HEAD = compiled(
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
_YEAR_AFTER_REFERENCE = compiled(r"\s+((?:last|this|next)\s+year)\b", re.IGNORECASE)
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
        # on the last day "later" leaves only that day, as "earlier" does on the first
        return span_atom(start, end, min(last, as_of + timedelta(days=part == "later")), last)
    lo, hi = part_of(first, last, base.gran, part)
    atom = span_atom(start, end, lo, hi)
    atom.implicit_year = base.implicit_year and first.year == last.year  # "mid-March"
    return atom


def _reference(text: str, pos: int, as_of: date) -> Atom | None:
    """The date a window ends at ("the year to March 2025"), parsed from ``pos`` on."""
    ref = text[pos : pos + 64]
    low = lower(ref)
    atom = _atom_at(ref, low, 0, as_of)
    if atom is None or (atom.end == len(ref) and pos + len(ref) < len(text)):
        return None  # cut short by the slice: not a whole expression
    # "the year to March last year": the relative year after it is the reference's, as it is
    # for any month (temporal_joins.written_years)
    year = _YEAR_AFTER_REFERENCE.match(ref, atom.end) if atom.implicit_year else None
    after = _atom_at(ref, low, year.start(1), as_of) if year is not None else None
    for part in (atom, after):
        if part is not None:
            part.start, part.end = part.start + pos, part.end + pos
    if after is not None:
        joined = written_years(text, [atom, after])
        if len(joined) == 1:
            return joined[0]
    return atom


def _parse_ending(text: str, start: int, end: int, as_of: date) -> Atom | None:
    return windows.parse_ending(text, start, end, as_of, _reference)


_PARSERS: dict[str, _Parser] = {
    "ending": _parse_ending,
    "fy": absolute.parse_fy,
    "num_dmy": absolute.parse_num_dmy,
    "monthday": monthday.parse_month_day,
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
    "season": seasons.parse_season,
    "part": _parse_part,
    "window": durations.parse_window,
    "relunit": durations.parse_relunit,
    "holiday": holidays.parse_holiday,
    "rel": relative.parse_rel,
    "yword": years.parse_yword,
    "prepost": years.parse_prepost,
    "year": years.parse_year,
    "dur": durations.parse_dur,
}


_LOWER_MAY = compiled(r"\bmay\b")
_MAY_SETTLED = compiled(
    r"\d{4}|\bof\s+may|\bmay\s+(?:the|twenty|thirty|[a-z]+th\b|first|second|third)"
)
_SEPARATORS = frozenset(" \t\n\r,.-'’/()\u00a0\u2009\u2013\u2014")
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
    for name in families_at(low[pos]):
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


def find_temporal(text: str, as_of: date, place: Place = unplaced) -> list[Claim]:
    """Every year, date, period and duration in ``text``, sorted by start, non-overlapping.

    Relative expressions ("last year", "on Thursday") resolve against ``as_of``; line, column
    and sentence come from ``place`` (by default unset, for the caller to fill in).
    """
    claims: list[Claim] = []
    prev_end = 0
    for atom in merge_ranges(text, written_years(text, _scan(text, as_of))):
        claim = to_claim(text, atom, prev_end, as_of, place)
        claims.append(claim)
        prev_end = claim.end
    return claims
