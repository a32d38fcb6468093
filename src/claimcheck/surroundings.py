"""The words around a figure, as the linker reads them.

What a count counts ("32 delegates" are not member states), what a share is of ("70% of Germans"
is not a share of GDP), whether a figure is a change ("rose by 5%") or a level, whether it is the
whole of a partitive ("22 of NATO's 32 allies"), and the window of words its keywords are
matched in, which stops at the next figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.linkindex import normalise
from claimcheck.model import Claim

WINDOW_WORDS = 10

_CHANGE_BEFORE = re.compile(
    r"\b(rose|rise[ns]?|rising|increased?|increases|increasing|grew|grow[sn]?|growing|fell|fall"
    r"(?:s|en|ing)?|dropped|drops?|declined?|declines|jump(?:ed|s)?|climb(?:ed|s)?|up|down|cut|"
    r"cuts|boost(?:ed|s)?|raised|raises|raising|lift(?:ed|s)?|hik(?:ed|es)|shr[ai]nk|shrunk|surged?|gain(?:ed|s)?|slipped|plunged|soared|"
    r"increase of|rise of|drop of|fall of|growth of|cut of|jump of)"
    # "increased defence spending by 18%": the verb may have an object before "by"
    r"(?:\s+by|(?:\s+[\w'’-]+){0,4}\s+by)?\s+(?:a\s+further\s+|another\s+)?\Z",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"\A[\s-]*(?:increase|rise|jump|drop|fall|decline|cut|growth|hike|boost|higher|lower|"
    r"more than|less than|up|down|year[- ]on[- ]year|on the year|gain|surge)\b",
    re.IGNORECASE,
)


def is_change(lead: str, after: str, figure: str) -> bool:
    """Is the figure a change ("rose by 5%", "a 5% rise") rather than a level?"""
    hedge = re.sub(r"\b(about|around|some|nearly|almost|roughly|over|more than)\s*\Z", "", lead)
    return bool(
        _CHANGE_BEFORE.search(lead)
        or _CHANGE_BEFORE.search(hedge.rstrip() + " ")
        or _CHANGE_AFTER.match(after)
        or re.match(r"(?i)(up|down)\b(?!\s+to\b)", figure)
    )


_OUT_OF = re.compile(r"\d\s+(?:out\s+)?(?:of|in)\s+(?:\d|every\b|ten\b|five\b|four\b|three\b)")
_OF_WHOLE = re.compile(r"\s*(?:per\s*cent|percent)?\s*of\s+([^,;:.()]{1,60})", re.IGNORECASE)
_CURRENCY_NOUN = re.compile(r"(?i)\A\s*(euros?|dollars?|pounds?|cents?|yen|francs?)\b")


def counted_noun(claim: Claim, text: str) -> str:
    """What a count counts, the group a fraction is of ("32 out of 64 allies"), or what a share
    is of ("70% of Germans" is not a share of GDP)."""
    if claim.kind == "count":
        return normalise(claim.context or "")
    after = text[claim.end : claim.end + 60]
    out_of = claim.kind == "fraction" and _OUT_OF.search(claim.text)
    if out_of and not _CURRENCY_NOUN.match(after):
        words = normalise(after).split()
        return words[0] if words else ""
    if claim.kind in ("percent", "fraction"):
        whole = _OF_WHOLE.match(after)
        if whole and not _CURRENCY_NOUN.match(whole.group(1)):
            return " ".join(normalise(whole.group(1)).split()[:2])
    return ""


def share_whole(claim: Claim, text: str) -> str:
    """What a percent is a share of, normalised ("of NATO's defence spending" -> "nato defence
    spending"); "" when the figure names no whole."""
    if claim.kind not in ("percent", "fraction"):
        return ""
    whole = _OF_WHOLE.match(text[claim.end : claim.end + 60])
    if whole is None or _CURRENCY_NOUN.match(whole.group(1)):
        return ""
    return " ".join(normalise(whole.group(1)).split()[:4])


_SHARE_OF = re.compile(r"^(.*?)\bshare of (.+)$", re.IGNORECASE)


def whole_fits(whole: str, prop: str, names: frozenset[str]) -> bool:
    """A share of what? "23% of NATO's defence spending" is no "defence spending share of GDP":
    the whole the article names is the fact's measure, not what the fact is a share of."""
    found = _SHARE_OF.match(prop)
    # The head of the noun phrase: "nato defence spending comes from" -> "defence spending".
    content = [w for w in whole.split() if w not in names and w not in _STOPWORDS][:2]
    if found is None or not content:
        return True
    measure, of = normalise(found.group(1)), normalise(found.group(2))
    if any(_word_fits(w, [of]) for w in content):
        return True
    return not (measure and all(_word_fits(w, [measure]) for w in content))


def noun_fits(noun: str, keywords: Sequence[str], names: frozenset[str]) -> bool:
    """Does the counted noun fit the fact's keywords? Its head must ("member states"), and so
    must the words that qualify it, unless they are names ("EU member states"): "two Nordic
    countries" are not all the alliance's countries. Words after the head may be a verb."""
    for part in noun.split():
        if _word_fits(part, keywords):
            return True
        if part not in names and part not in _STOPWORDS and part not in _ALL_OF:
            return False
    return False


# Words that qualify a noun without narrowing it: "of its combined GDP" is of its GDP.
_ALL_OF = frozenset(
    ["combined", "total", "overall", "whole", "entire", "collective", "own", "aggregate", "joint"]
)


def _word_fits(part: str, keywords: Sequence[str]) -> bool:
    stem = part[:5] if len(part) >= 5 else part.rstrip("s")
    for keyword in keywords:
        for word in keyword.split():
            if word == part or (len(word) >= len(stem) >= 3 and word.startswith(stem)):
                return True
    return False


_STOPWORDS = frozenset(["of", "in", "on", "at", "for", "by", "to", "and", "or", "with", "from"])


_PARTITIVE = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?\Z")
_FIGURE_WORD = re.compile(r"(?!(?:1[89]|20)\d\d\b)\d")


def is_partitive_whole(text: str, claim: Claim) -> bool:
    """ "22 of NATO's 32 allies met the target": what follows is said of the 22, not the 32."""
    return bool(_PARTITIVE.search(text, max(0, claim.start - 40), claim.start))


def window_words(text: str, clause: tuple[int, int], claim: Claim) -> str:
    before = normalise(text[clause[0] : claim.start]).split()[-WINDOW_WORDS:]
    after = normalise(text[claim.end : clause[1]]).split()[:WINDOW_WORDS]
    # Words past another figure are that figure's ("3.5% for core defence and 1.5% for ...").
    cut = next((i for i, w in enumerate(after) if _FIGURE_WORD.match(w)), len(after))
    after = after[:cut]
    cut = next((i for i in range(len(before) - 1, -1, -1) if _FIGURE_WORD.match(before[i])), -1)
    before = before[cut + 1 :]
    if is_partitive_whole(text, claim):
        after = []
    # The words of a time or span ("since", "years") are wording; only its digits are the figure.
    inner = []
    if claim.kind in ("year", "date", "period", "duration"):
        inner = [w for w in normalise(claim.text).split() if not w[0].isdigit()]
    parts = [*before, *inner, *after]
    if claim.context:
        parts.append(normalise(claim.context))
    return " ".join(p for p in parts if p)


# Words that move a figure along without saying what it measures ("Latvia is set to reach 3.7%",
# "Denmark jumped to 3.2% from 2.4% a year earlier", "Italy 2.01%").
_BARE = """is are was were be been being set to reach reached reaches reaching hit hits hitting
    jumped jump jumps rose rise rises climbed climb fell fall falls dropped drop stood stands
    stand remained remains at from after before up down year years earlier later last this next
    ago with while whereas and or but estimated expected forecast projected seen put will would
    could should may might has have had now then also just only still already almost nearly
    about around some roughly in on of by for than more less figure figures show shows spend
    spends spent"""
_BARE_WORDS = frozenset(_BARE.split())


def is_elliptical(window: str, names: frozenset[str]) -> bool:
    """The figure's own words name nothing it could measure: only names and linking words, so
    what it measures is said earlier in the paragraph ("Lithuania will spend 4% of GDP. Latvia is
    set to reach 3.7% and Estonia 3.4%")."""
    return all(w in _BARE_WORDS or w in names or w[0].isdigit() for w in window.split())
