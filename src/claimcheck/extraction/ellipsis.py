"""A bare figure that stands for the noun of a count beside it.

News writes a count's noun once and leaves it out of an earlier level it compares with: "23
allies met the target in 2024, up from three in 2014"; "the alliance grew from 12 to 32
members". ``borrow_nouns`` gives such a bare figure the noun of that count, when the words
between them set the two side by side as levels of one measure ("up from", "down from",
"compared with", "from ... to"). A change ("up 2", "rose by 3") is no level and borrows nothing.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.extraction.numbers import year_shaped
from claimcheck.model import Claim
from claimcheck.regexes import compiled

# Between a count and a bare figure after it: the figure is an earlier or other level.
_LEVEL_AFTER = compiled(
    r"(?i)\b(?:up|down)[ \u00a0]+from[ \u00a0]+(?:(?:only|just|about|around|some)[ \u00a0]+)?\Z"
    r"|\b(?:compared[ \u00a0]+(?:with|to)|against|versus|vs\.?|from)[ \u00a0]+"
    r"(?:(?:only|just|about|around|some)[ \u00a0]+)?\Z"
)
# Between a bare figure and the count after it: "from 12 to 32 members".
_LEVEL_BEFORE = compiled(r"(?i)\A[ \u00a0]+to[ \u00a0]+\Z")
_FROM_BEFORE = compiled(r"(?i)\bfrom[ \u00a0]+\Z")
_TEMPORAL = frozenset(("year", "date", "period", "duration"))


def borrow_nouns(claims: list[Claim], text: str) -> list[Claim]:
    """``claims`` with each bare whole number that stands for a count's noun made that count."""
    out = list(claims)
    for i, claim in enumerate(out):
        if not _bare(claim):
            continue
        count = _count_before(out, i, text) or _count_after(out, i, text)
        if count is not None:
            out[i] = replace(claim, kind="count", unit=count.unit, context=count.unit)
    return out


def bare_figure(claim: Claim) -> bool:
    """A figure with no unit, percent, currency or noun of its own, and no year."""
    return (
        claim.kind == "number"
        and claim.unit is None
        and isinstance(claim.value, float)
        and not year_shaped(claim.text)  # a year, not a level
    )


def _bare(claim: Claim) -> bool:
    return bare_figure(claim) and isinstance(claim.value, float) and claim.value.is_integer()


def _count_before(claims: list[Claim], i: int, text: str) -> Claim | None:
    """The count earlier in the sentence this figure is set against ("up from three")."""
    claim = claims[i]
    j = i - 1
    while j >= 0 and claims[j].kind in _TEMPORAL:
        j -= 1  # "in 2024, up from three": dates may stand between
    if j < 0:
        return None
    count = claims[j]
    if count.kind != "count" or not count.unit or count.sentence != claim.sentence:
        return None
    if _LEVEL_AFTER.search(text, max(count.end, claim.start - 40), claim.start) is None:
        return None
    return count


def _count_after(claims: list[Claim], i: int, text: str) -> Claim | None:
    """The count right after this figure in "from 12 to 32 members"."""
    claim = claims[i]
    if i + 1 >= len(claims):
        return None
    count = claims[i + 1]
    if count.kind != "count" or not count.unit or count.sentence != claim.sentence:
        return None
    if not _LEVEL_BEFORE.match(text[claim.end : count.start]):
        return None
    if _FROM_BEFORE.search(text, max(0, claim.start - 8), claim.start) is None:
        return None
    return count
