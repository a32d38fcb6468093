"""Seasons: "summer 2025", "last winter", "spring next year", "by the summer", "early autumn".

Meteorological seasons of the northern hemisphere (temporal_calendar.season_atom). Without a
written year a season is the nearest one, or the side its qualifier or its clause's tense gives
("by the summer" in December is the coming one); "spring" and "fall" alone are seasons only
after a time preposition ("by spring", not "a fall in prices"), and a capitalised season before
a capitalised word is a name ("the Winter Olympics").
"""

from __future__ import annotations

import re
from datetime import date

from claimcheck.extraction.temporal_calendar import (
    Atom,
    nearest_year,
    part_of,
    season_atom,
    span_atom,
)
from claimcheck.extraction.temporal_lexicon import DIRECTIONS, SEASONS
from claimcheck.extraction.temporal_words import scan_fields, tokens
from claimcheck.regexes import compiled

_SEASON_NAME = compiled(r"(?:[Tt]he\s+)?(?:Spring|Summer|Autumn|Fall|Winter)\b")
# "the Winter Olympics", "the Summer of Love", "the Winter of Discontent": names
_NAME_AFTER = compiled(r"\s+(?:(?:of|on|for|to)\s+)?[A-Z][a-z]")
_SEASON_LEAD = compiled(r"\b(?:by|until|till|in|during|over|through|since)\s+$", re.IGNORECASE)
# "of", "in", "from" or a noun after it: "the fall of Kabul", "spring water"
_NOT_SEASON_AFTER = compiled(
    r"\s+(?:of|in|from|water|waters|tide|tides|onion|onions|roll|rolls|cleaning)\b|\s*[-–—]\s*\w",
    re.IGNORECASE,
)
_DROP_BEFORE = compiled(
    r"(?i)\b(?:lost|fell|dropped|declined|slumped|plunged|tumbled|died|killed|injured|broke"
    r"|hurt|suffered)\b[^.;!?]*$"
)


def parse_season(text: str, start: int, end: int, as_of: date) -> Atom | None:
    toks = tokens(text[start:end])
    name = next((t for t in toks if t in SEASONS), "summer")
    modifier = toks[0] if toks[0] not in SEASONS else None
    month, year, _, _ = scan_fields(toks)
    if toks[-1] == "year" and toks[-2] in ("last", "this", "next"):  # "spring next year"
        year = as_of.year + DIRECTIONS[toks[-2]]
    if (
        year is None
        and name in ("spring", "fall")
        and modifier in (None, "the")
        and not (
            _SEASON_LEAD.search(text, max(0, start - 8), start)
            and not _NOT_SEASON_AFTER.match(text, end)
            and not (name == "fall" and _DROP_BEFORE.search(text, max(0, start - 60), start))
        )
    ):
        # a water spring, a fall in prices; "by spring", "in the fall" are seasons, but not
        # after a loss or an injury ("shares lost 8% in the fall", "broke her hip in the fall")
        return None
    if year is None and _SEASON_NAME.match(text, start, end) and _NAME_AFTER.match(text, end):
        return None  # "the Winter Olympics", "the Summer Games", "the Spring Statement": names
    first_month = SEASONS[name]
    written = year is not None
    if year is None:
        year = as_of.year - (first_month == 12 and as_of.month <= 2)
        season = season_atom(start, end, year, first_month)
        if modifier in ("last", "past"):
            while season.last is not None and season.last >= as_of:
                year -= 1
                season = season_atom(start, end, year, first_month)
        elif modifier in ("next", "coming"):
            while season.first is not None and season.first <= as_of:
                year += 1
                season = season_atom(start, end, year, first_month)
        elif modifier in (None, "the") and first_month != 12:
            # the nearest, as for a bare month ("in the spring" in late December: the coming one)
            year = nearest_year(as_of, first_month + 1)
    season = season_atom(start, end, year, first_month)
    # "by the summer", "will rise in the summer": a season without its year takes the side the
    # qualifier or the clause's tense gives, as a bare month does
    season.implicit_year = modifier in (None, "the", "early", "late", "mid") and not written
    part = modifier if modifier in ("early", "late", "mid") else None
    if part is None and toks[0] == "midsummer":
        part = "mid"
    if part and season.first and season.last:
        lo, hi = part_of(season.first, season.last, "season", part)
        atom = span_atom(start, end, lo, hi)
        atom.implicit_year = season.implicit_year
        return atom
    return season
