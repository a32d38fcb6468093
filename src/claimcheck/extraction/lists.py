"""Figures in a list that share the unit written once, after the last of them.

News writes "tariffs of 2, 3 and 4 per cent", "options of 3, 4 or 5 billion euros", "5 and 10
per cent": the earlier figures are as much percentages or euros as the last. ``share_units``
gives each bare figure of such a list the kind, unit and scale of the last item. A list is
figures joined by commas, its last two by "and" or "or"; a lone comma ("At 10, 3 children")
makes no list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.extraction.ellipsis import bare_figure
from claimcheck.extraction.numbers import read_number
from claimcheck.model import Claim
from claimcheck.regexes import compiled

_COMMA = compiled(r",[ \u00a0]+\Z")
_LAST_JOIN = compiled(r",?[ \u00a0]+(?:and|or)[ \u00a0]+\Z")
_SHARED_KINDS = frozenset(("percent", "percentage_points", "money", "count"))


def share_units(claims: list[Claim], text: str) -> list[Claim]:
    """``claims`` with the bare figures of each list made the kind of its last item."""
    out = list(claims)
    for i, last in enumerate(claims):
        if last.kind not in _SHARED_KINDS or last.qualifier is not None or i == 0:
            continue
        items = _items_before(claims, i, text)
        if not items:
            continue
        scale = _scale(text, last)
        if scale is None:
            continue
        for j in items:
            out[j] = _as_item(claims[j], last, scale, text)
    return out


def _items_before(claims: list[Claim], i: int, text: str) -> list[int]:
    """The indexes of the bare figures listed before ``claims[i]``, or [] for no list."""
    j = i - 1
    if not (_bare(claims[j]) and _LAST_JOIN.fullmatch(text, claims[j].end, claims[i].start)):
        return []
    items = [j]
    while (
        j > 0
        and _bare(claims[j - 1])
        and _COMMA.fullmatch(text, claims[j - 1].end, claims[j].start)
    ):
        j -= 1
        items.append(j)
    return items


def _bare(claim: Claim) -> bool:
    return bare_figure(claim) and claim.qualifier is None


def _numeral_scale(text: str, claim: Claim) -> tuple[float, float] | None:
    """(value, scale) of the number that starts the claim's figure, as read_number reads it."""
    digit = re.search(r"\d", claim.text)
    num = read_number(text, claim.start + (digit.start() if digit else 0))
    if num is None or num.value == 0:
        return None
    return num.value, num.scale


def _scale(text: str, last: Claim) -> float | None:
    """What the last item multiplies its numeral by: its scale word or abbreviation and any
    unit factor ("5 billion euros" -> 1e9, "$5bn" -> 1e9, "25 basis points" -> 0.01)."""
    read = _numeral_scale(text, last)
    if read is None or not isinstance(last.value, float):
        return None
    value, scale = read
    return scale * last.value / value


def _as_item(item: Claim, last: Claim, scale: float, text: str) -> Claim:
    read = _numeral_scale(text, item)
    own_scale = read[1] if read else 1.0
    factor = scale / own_scale
    value = float(item.value) * factor if isinstance(item.value, float) else item.value
    precision = item.precision * factor if item.precision is not None else None
    return replace(
        item,
        kind=last.kind,
        unit=last.unit,
        context=last.context,
        value=value,
        low=value,
        high=value,
        precision=precision,
    )
