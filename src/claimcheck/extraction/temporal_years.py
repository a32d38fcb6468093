"""Bare years: when a four-digit number is a year ("in 2027") and when it is a count, an
amount or an identifier ("2,000 troops", "room 2027", "Article 2020"); years in words.
"""

from __future__ import annotations

import re
from datetime import date

from claimcheck.extraction.identifiers import is_price_base_year
from claimcheck.extraction.numbers import follows_year_and
from claimcheck.extraction.temporal_calendar import Atom, year_atom
from claimcheck.extraction.temporal_words import tokens, words_year
from claimcheck.regexes import compiled


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PREV_WORD = compiled(r"([A-Za-z#]+)\.?\s*(?:\(\w+\)\s*)?$")


_DIGITS_AROUND = compiled(r"\d[ .]$|[ .]\d{3}")
_NEXT_WORD = compiled(r"\s*([A-Za-z]+)")
# Words after a four-digit number that make it a count or an amount, not a year.


# Words after a four-digit number that make it a count or an amount, not a year.
_COUNT_AFTER = _wordset(
    "people persons troops soldiers men women children kids jobs workers employees staff "
    "residents migrants refugees deaths dead cases casualties victims years months weeks days "
    "hours minutes seconds km kilometres kilometers miles metres meters feet ft kg tonnes tons "
    "units homes houses households vehicles cars tanks drones missiles rockets shells aircraft "
    "planes jets ships votes voters members students patients beds doctors nurses police "
    "officers firms companies businesses points signatures protesters participants delegates "
    "visitors tourists passengers words pages euros dollars pounds yen francs barrels acres "
    "hectares calories gmt utc cet bst est hrs bn billion million mn m k percent per pc times "
    "more fewer other new extra additional of strong hour local"
)
# Words before a four-digit number that make it an identifier ("Article 2020", "room 2027").


# Words before a four-digit number that make it an identifier ("Article 2020", "room 2027").
_ID_BEFORE = _wordset(
    "article art section sec chapter ch page pages p pp para paragraph clause rule room rooms "
    "flight route bus platform gate no nos number num model version v unit apt apartment suite "
    "box lot table figure fig exhibit resolution bill item line level floor grade ticket order "
    "vol volume issue episode step code id ref extension ext tel phone fax pin account highway "
    "interstate regulation directive iso rfc hr hb sb usd eur gbp chf jpy cny rub uah inr aud "
    "cad sek nok dkk pln huf czk brl mxn zar krw rs rp #"
)


_QUANTIFIERS = _wordset(
    "about around approximately roughly nearly almost some over under than to least most only "
    "just another total estimated all additional"
)


_YEAR_PREPS = _wordset("in since by of from until till before after year circa c during")
# After these a year-shaped number is the year even before a counted noun ("In 2024 members
# agreed"), as after another year and "or"/"and"/"to" ("by 2029 or 2030 troops").
_SCOPING_PREPS = _wordset("in since by until till before after during")


_STREET = compiled(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|"
    r"Dr|Way|Place|Pl|Court|Ct|Square|Sq)\b"
)


def parse_year(text: str, start: int, end: int, as_of: date) -> Atom | None:
    y = int(text[start:end])
    prev_m = _PREV_WORD.search(text, max(0, start - 30), start)
    prev = prev_m.group(1).lower() if prev_m else ""
    if not (1800 <= y <= 2100 or (1000 <= y < 1800 and prev in _YEAR_PREPS)):
        return None
    if prev in _ID_BEFORE or _DIGITS_AROUND.search(text, max(0, start - 2), start):
        return None
    if _DIGITS_AROUND.match(text, end):
        return None  # one group of a phone or account number: "030 2027 1234"
    if is_price_base_year(text, start, end):
        return None  # "at 2021 prices": a price level, not the period the figure speaks of
    next_m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    nxt = next_m.group(1) if next_m else ""
    dated = prev in _SCOPING_PREPS or follows_year_and(text, start)
    if (nxt.lower() in _COUNT_AFTER and not dated) or _STREET.match(
        text, end, min(len(text), end + 60)
    ):
        return None  # "2,000 troops" but not "In 2024 members agreed", "by 2029 or 2030 troops"
    if prev in _QUANTIFIERS and nxt.islower() and nxt.endswith("s") and not nxt.endswith("ss"):
        return None
    return year_atom(start, end, y)


def parse_yword(text: str, start: int, end: int, as_of: date) -> Atom | None:
    lead = re.match(r"\w+\s+", text[start:end])
    assert lead is not None
    toks = tokens(text[start + lead.end() : end])
    year, _ = words_year(toks, 0)
    return None if year is None else year_atom(start + lead.end(), end, year)


def parse_prepost(text: str, start: int, end: int, as_of: date) -> Atom | None:
    """ "pre-2020 levels" (before 2020), "post-2008" (after 2008)."""
    atom = year_atom(start, end, int(text[end - 4 : end]))
    atom.qualifier = "less_than" if text[start:end].lower().startswith("pre") else "more_than"
    return atom
