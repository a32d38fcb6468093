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
from claimcheck.extraction.temporal_calendar import Atom, part_of, span_atom, with_year
from claimcheck.extraction.temporal_claims import to_claim
from claimcheck.extraction.temporal_grammar import PATTERNS, families_at
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
_CONNECT = compiled(r"\s*(?:(-|–|—|to|until|till|through|thru)|(and))\s*", re.IGNORECASE)
_RANGE_LEAD = compiled(r"\b(from|between)\s+$", re.IGNORECASE)
_LAST_JOIN = compiled(r"\s*(?:,\s*)?(?:and|or|&)\s+", re.IGNORECASE)
_COMMA_JOIN = compiled(r"\s*,\s*")
_YEAR_AFTER = compiled(r"\s+(?:of\s+)?")
_RELATIVE_YEAR = compiled(r"(?:last|this|next)\s+year", re.IGNORECASE)
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
    atom = _atom_at(ref, lower(ref), 0, as_of)
    if atom is None or (atom.end == len(ref) and pos + len(ref) < len(text)):
        return None  # cut short by the slice: not a whole expression
    atom.start, atom.end = atom.start + pos, atom.end + pos
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


def _written_years(text: str, atoms: list[Atom]) -> list[Atom]:
    """A month or day without its year takes the relative year written right after it
    ("March last year", "7 May this year", "mid-June next year"), which is no claim of its own,
    or the year of the next item of a list ("Q1 and Q2 2026", "March or April 2024")."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if not atom.implicit_year and atom.first is not None:
            _share_year(text, out, atom, atom.first.year)
        if (
            prev is not None
            and prev.implicit_year
            and atom.gran == "year"
            and atom.first is not None
            and _YEAR_AFTER.fullmatch(text, prev.end, atom.start)
            and _RELATIVE_YEAR.fullmatch(text, atom.start, atom.end)
            and text[atom.end : atom.end + 1] not in ("'", "’")  # "in May last year's winner"
        ):
            moved = with_year(prev, atom.first.year)
            if moved is not prev:  # a grain with_year can move (a day, a month, a part of one)
                moved.implicit_year = False
                moved.end = atom.end
                out[-1] = moved
                continue
        out.append(atom)
    return out


def _share_year(text: str, out: list[Atom], last: Atom, year: int) -> None:
    """The items before ``last`` in a list of one grain take its year ("Q1, Q2 and Q3 2026").

    A list joins its last item with "and"/"or" and the others with commas; a lone comma, or a
    comma and "and" after a single item, join clauses instead ("in March, and April 2024 was
    dry"), which share nothing."""
    items: list[int] = []
    i = len(out) - 1
    while i >= 0:
        item, after = out[i], (out[i + 1] if i + 1 < len(out) else last)
        join = _LAST_JOIN if not items else _COMMA_JOIN
        if not (
            item.implicit_year
            and item.gran == last.gran
            and join.fullmatch(text, item.end, after.start)
        ):
            break
        items.append(i)
        i -= 1
    if not items:
        return
    first_join = text[out[items[0]].end : last.start]
    if "," in first_join and len(items) < 2:
        return
    for i in items:
        moved = with_year(out[i], year)
        if moved is out[i]:
            return
        moved.implicit_year = False
        out[i] = moved


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
    if "duration" in (a.kind, b.kind):
        return None
    connect = _CONNECT.fullmatch(text, a.end, b.start)
    if connect is None:
        return None
    lead = _RANGE_LEAD.search(text, max(0, a.start - 10), a.start)
    if a.gran == b.gran == "span" and lead is None:
        return None  # two spans join only after "from"/"between": "from mid-2024 to mid-2025"
    if connect.group(2) and (lead is None or lead.group(1).lower() != "between"):
        return None
    if a.implicit_year and not b.implicit_year and b.first is not None:
        a = with_year(a, b.first.year)
        if a.first and a.first > b.first:
            a = with_year(a, b.first.year - 1)
    elif b.implicit_year and not a.implicit_year and a.first is not None:
        b = with_year(b, a.first.year)
    if a.first is None or b.last is None or a.first > b.last:
        return None
    start = lead.start() if lead else a.start
    merged = span_atom(start, b.end, a.first, b.last)
    # an end that is a span itself gives its own end: "mid-March to April" -> "03-11/04"
    merged.value = f"{str(a.value).split('/')[0]}/{str(b.value).split('/')[-1]}"
    return merged


def find_temporal(text: str, as_of: date, place: Place = unplaced) -> list[Claim]:
    """Every year, date, period and duration in ``text``, sorted by start, non-overlapping.

    Relative expressions ("last year", "on Thursday") resolve against ``as_of``; line, column
    and sentence come from ``place`` (by default unset, for the caller to fill in).
    """
    claims: list[Claim] = []
    prev_end = 0
    for atom in _merge_ranges(text, _written_years(text, _scan(text, as_of))):
        claim = to_claim(text, atom, prev_end, as_of, place)
        claims.append(claim)
        prev_end = claim.end
    return claims
