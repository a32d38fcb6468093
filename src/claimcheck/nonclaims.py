"""Figures that are no quantity to check: a label ("Article 5"), an age ("Rutte, 58,"), a part
of the calendar ("the first quarter of 2026"), a count of things in an argument ("two
reasons"), and a bare four-digit number that is a year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimcheck.model import Claim, Period

# A number right after one of these words names something; it does not measure anything.
_LABEL = re.compile(
    r"\b(Article|Art\.|Section|Chapter|Paragraph|Clause|Rule|Annex|Protocol|Title|Part|Page|"
    r"No\.|Number|Resolution|Room|Flight|Route|Phase|Stage|Level|Grade|Category|Type|Model)\s*$"
)


# Nouns that count parts of an argument or a conversation rather than anything in the world.
_GENERIC_NOUNS = frozenset(
    re.split(
        r"\s+",
        """thing things way ways time times step steps question questions point points reason
        reasons side sides word words option options idea ideas lesson lessons""",
    )
)


def is_generic_count(claim: Claim) -> bool:
    if claim.kind != "count" or not claim.unit:
        return False
    return claim.unit.lower().split()[-1] in _GENERIC_NOUNS


def is_label(text: str, claim: Claim) -> bool:
    """A number that names something ("Article 5") or gives a person's age ("Pistorius, 65,"),
    not a quantity."""
    if claim.kind not in ("number", "count") or claim.unit:
        return False
    before = text[max(0, claim.start - 20) : claim.start]
    if "out of" in before and _OUT_OF.search(before):
        return True  # "three out of four of EU member states": a fraction's denominator
    return bool(_LABEL.search(before)) or is_age(text, claim)


_OUT_OF = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+out\s+of\s+\Z", re.I
)


_CALENDAR_PART_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|final|next|this|previous|past|same|coming)\s+\Z", re.I
)
_CALENDAR_PART_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:\d{4}|year|decade|century)\b", re.I)


def is_calendar_part(text: str, claim: Claim) -> bool:
    """ "the first quarter of 2026", "the second half of the year": a part of the calendar."""
    if claim.kind != "fraction" or not re.fullmatch(r"(?i)quarter|half", claim.text.strip()):
        return False
    before = text[max(0, claim.start - 12) : claim.start]
    return bool(_CALENDAR_PART_BEFORE.search(before) or _CALENDAR_PART_AFTER.match(text, claim.end))


# "Rutte, 58, said", "the diplomat, 54, has", "aged 65": an age set off after a name.
_AGE_BEFORE = re.compile(r"[A-Za-z]\s*,\s*\Z")
_AGE_WORD = re.compile(r"\b(?:aged|turned|turns|turning|age of)\s*\Z", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:,|\)|\s(?:said|says|has|had|is|was|who|told)\b)")


def is_age(text: str, claim: Claim) -> bool:
    value = claim.value
    if not isinstance(value, float | int) or not 16 <= value <= 110 or value != int(value):
        return False
    if not re.fullmatch(r"\d{2,3}", claim.text.strip()):
        return False
    before = text[max(0, claim.start - 12) : claim.start]
    if _AGE_WORD.search(before):
        return True
    return bool(_AGE_BEFORE.search(before) and _AGE_AFTER.match(text, claim.end))


_BARE_YEAR = re.compile(r"(?<![\d.,])\d{4}(?![\d.,%])")


def as_year(claim: Claim) -> Claim:
    """A bare four-digit number from 1800 to 2100 ("in the first quarter of 2012") is a year."""
    value = claim.value
    if claim.kind != "number" or claim.unit or claim.context or not isinstance(value, float):
        return claim
    if not (1800 <= value <= 2100 and value == int(value)) or not _BARE_YEAR.search(claim.text):
        return claim
    year = int(value)
    period = Period(date(year, 1, 1), date(year, 12, 31))
    return replace(claim, kind="year", value=str(year), low=str(year), high=str(year), time=period)
