"""Settling the words both extractors read: ``merge`` decides whether "in 2027" is a year and
"2,000 troops" a count, so claims never overlap. The period each quantity then speaks of is
periods.py's business.
"""

from __future__ import annotations

import re

from claimcheck.extraction.wordlists import words
from claimcheck.model import TEMPORAL_KINDS, Claim
from claimcheck.regexes import compiled

_QUANTITY_FIRST = frozenset({"money", "percent", "percentage_points", "fraction"})
_TIME_WORDS = words(
    """
    year years yr yrs month months week weeks day days hour hours minute minutes second
    seconds decade decades century centuries quarter quarters night nights morning evening
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday bc ad bce ce q1 q2 q3 q4 h1 h2
    """
)
# "half a century ago", "a quarter of a century": the fraction is part of the time
_FRACTION_OF_TIME = compiled(
    r"(?i)[ \u00a0]+(?:of[ \u00a0]+)?an?[ \u00a0]+(?:century|decade|year|month|week|day)\b"
)


def _quantity_wins(quantity: Claim, temporal: Claim) -> bool:
    if quantity.kind == "fraction" and _FRACTION_OF_TIME.match(
        temporal.text, quantity.end - temporal.start
    ):
        return False
    if quantity.kind in _QUANTITY_FIRST:
        return True
    if _anchored_year(quantity, temporal):
        return False  # "In 2014 allies agreed...": a year after a preposition, then the subject
    if quantity.kind == "count" and quantity.unit:
        return quantity.unit.split()[0].lower() not in _TIME_WORDS
    return False


def _anchored_year(quantity: Claim, temporal: Claim) -> bool:
    """A year-shaped number written without separators, after "in"/"by"/"since"... ."""
    if temporal.kind != "year" or not temporal.time_text or temporal.start > quantity.start:
        return False
    value = quantity.value
    return (
        isinstance(value, float)
        and value.is_integer()
        and 1800 <= value <= 2100
        and bool(re.match(r"\d{4}(?!\d|[.,]\d)", quantity.text))
    )


def merge(quantities: list[Claim], temporal: list[Claim]) -> list[Claim]:
    """One sorted, non-overlapping list; see the module docstring for who wins an overlap."""
    if not temporal:
        return quantities
    items = sorted(
        [(c.start, -c.end, 0, c) for c in quantities] + [(c.start, -c.end, 1, c) for c in temporal],
        key=lambda t: (t[0], t[1], t[2]),
    )
    kept: list[Claim] = []
    for _, _, _, claim in items:
        if claim.end <= claim.start:
            continue
        while kept and kept[-1].end > claim.start:
            prev = kept[-1]
            if _beats(claim, prev):
                kept.pop()
                continue
            break
        else:
            kept.append(claim)
    return kept


def is_temporal(claim: Claim) -> bool:
    """A date, year, period or duration rather than a quantity."""
    return claim.kind in TEMPORAL_KINDS or claim.kind == "duration"


def _beats(new: Claim, old: Claim) -> bool:
    """Whether ``new`` should replace ``old``, which it overlaps."""
    if is_temporal(new) == is_temporal(old):
        return (new.end - new.start) > (old.end - old.start)
    quantity, temporal = (old, new) if is_temporal(new) else (new, old)
    winner = quantity if _quantity_wins(quantity, temporal) else temporal
    return winner is new
