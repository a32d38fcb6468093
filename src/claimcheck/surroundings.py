"""The words around a figure, as the linker reads them.

What a count counts ("32 delegates" are not member states), what a share is of ("70% of Germans"
is not a share of GDP), whether a figure is a change ("rose by 5%") or a level, whether it is the
whole of a partitive ("22 of NATO's 32 allies"), the window of words its keywords are matched
in, which stops at the next figure, and whether those words name nothing it measures (then the
paragraph's earlier words stand in). How well a fact's keywords match them is evidence.py's.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache

from claimcheck.linkindex import normalise
from claimcheck.model import Claim
from claimcheck.references import PART_AFTER, partitive_noun

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

# A label that names a change, in a fact box: "Growth after inflation in 2025: 15.9%".
_CHANGE_LABEL = re.compile(
    r"^[\W]*(?:real\s+)?(?:growth|increase|rise|decline|fall|drop|change)\b[^:;,]*:\s*\Z",
    re.IGNORECASE,
)


def is_change(lead: str, after: str, figure: str) -> bool:
    """Is the figure a change ("rose by 5%", "a 5% rise") rather than a level?"""
    hedge = re.sub(r"\b(about|around|some|nearly|almost|roughly|over|more than)\s*\Z", "", lead)
    return bool(
        _CHANGE_LABEL.search(lead)
        or _CHANGE_BEFORE.search(lead)
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


@lru_cache(maxsize=4096)
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
    countries" are not all the alliance's countries. Words after the head may be a verb. A name
    decides only when no other word does ("allies"): "of allied output" is output, not allies."""
    named = False
    for part in noun.split():
        if part in names:
            named = named or _word_fits(part, keywords)
            continue
        if _word_fits(part, keywords):
            return True
        if part not in _STOPWORDS and part not in _ALL_OF:
            return False
    return named


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


_STOPWORDS = frozenset(
    ["of", "in", "on", "at", "for", "by", "to", "and", "or", "with", "from", "what"]
)


_PARTITIVE = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?\Z")
_PART_OF_A = re.compile(
    r"\b(?:one|a|an|just|only)\s+(?:small\s+|large\s+|major\s+)?(?:strand|part|piece|element|"
    r"pillar|component|portion|fraction|slice|plank|leg)\s+of\s+(?:a|an|the|its)\s+\Z",
    re.IGNORECASE,
)
_FIGURE_WORD = re.compile(r"(?!(?:1[89]|20)\d\d\b)\d")


def is_partitive_whole(text: str, claim: Claim) -> bool:
    """ "22 of NATO's 32 allies met the target": what follows is said of the 22, not the 32."""
    return bool(_PARTITIVE.search(text, max(0, claim.start - 40), claim.start))


_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])


def _is_figure(words: list[str], i: int) -> bool:
    """A figure with words of its own, not the day of a date ("Founded: 4 April 1949 by 12
    countries": the founding is the 12's too)."""
    if not _FIGURE_WORD.match(words[i]):
        return False
    return not (len(words[i]) <= 2 and i + 1 < len(words) and words[i + 1] in _MONTHS)


def names_a_part(text: str, claim: Claim) -> bool:
    """ "The loans are one strand of an 800 billion euro package": what comes before the figure
    is a part of it, so neither its name nor its words are the figure's."""
    if " of " not in text[max(0, claim.start - 12) : claim.start]:
        return False  # the cheap test first: this runs for every figure
    return bool(_PART_OF_A.search(text, max(0, claim.start - 60), claim.start))


def window_words(text: str, clause: tuple[int, int], claim: Claim) -> str:
    before = normalise(text[clause[0] : claim.start]).split()[-WINDOW_WORDS:]
    after = normalise(text[claim.end : clause[1]]).split()[:WINDOW_WORDS]
    # Words past another figure are that figure's ("3.5% for core defence and 1.5% for ...").
    cut = next((i for i, w in enumerate(after) if _is_figure(after, i)), len(after))
    after = after[:cut]
    cut = next((i for i in range(len(before) - 1, -1, -1) if _is_figure(before, i)), -1)
    before = before[cut + 1 :]
    if is_partitive_whole(text, claim):
        after = []
    if names_a_part(text, claim):
        before = []  # "The loans are one strand of an 800 billion euro package": the part's words
    # The words of a time or span ("since", "years") are wording; only its digits are the figure.
    inner = []
    if claim.kind in ("year", "date", "period", "duration"):
        inner = [w for w in normalise(claim.text).split() if not w[0].isdigit()]
    parts = [*before, *inner, *after]
    if claim.context:
        parts.append(normalise(claim.context))
    return " ".join(p for p in parts if p)


# Words that move a figure along without saying what it measures ("Latvia is set to reach 3.7%",
# "Denmark jumped to 3.2% from 2.4% a year earlier", "Italy 2.01%", "Latvia is second at 4%").
_BARE = """is are was were be been being set to reach reached reaches reaching hit hits hitting
    jumped jump jumps rose rise rises climbed climb fell fall falls dropped drop stood stands
    stand remained remains at from after before up down year years earlier later last this next
    ago with while whereas and or but estimated expected forecast projected seen put will would
    could should may might has have had now then also just only still already almost nearly
    about around some roughly in on of by for than more less figure figures show shows spend
    spends spent first second third fourth fifth next ahead behind followed trails
    trailing overtaken overtook overtaking top bottom place ranked ranks ranking league table it
    they time since alone itself even too wants want says say said share shares its their
    reports report reported sits sit sat exactly both against risen eased eases edged slipped
    follows follow comes come came far lowest highest largest smallest biggest double doubled
    twice triple tripled points point added adds add"""
_BARE_WORDS = frozenset(_BARE.split())


def is_elliptical(window: str, names: frozenset[str]) -> bool:
    """The figure's own words name nothing it could measure: only names and linking words, so
    what it measures is said earlier in the paragraph ("Lithuania will spend 4% of GDP. Latvia is
    set to reach 3.7% and Estonia 3.4%")."""
    return all(w in _BARE_WORDS or w in names or w[0].isdigit() for w in window.split())


# "brought the number of members to 31", "the number of allies meeting it rose to 23": the figure
# counts what "number of" names, even though the noun stands before it.
_NUMBER_OF = re.compile(
    # The whole noun phrase up to the verb: "the number of NATO members is", not "NATO".
    r"\b(?:the|a|its|their)\s+(?:total\s+)?number\s+of\s+((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*"
    r"(?:\s+(?!(?:to|at|of|is|was|were|are)\b)[a-z][\w-]*){0,4}?)\s*"
    r"(?:,\s*)?(?:to|at|of|is|was|were|are|reached|hit|topped|stands\s+at|stood\s+at|"
    r"rose\s+to|fell\s+to|grew\s+to|climbed\s+to|increased\s+to|dropped\s+to)\s+\Z",
    re.IGNORECASE,
)


def number_of_noun(claim: Claim, text: str) -> str:
    """What a bare number counts when "the number of X ... to/is" leads up to it, or when it is
    a part of a counted group ("27 members; 23 of them", "Of the 27 EU member states, 23"), else
    ""."""
    if claim.kind != "number" or claim.unit:
        return ""
    if claim.context:  # the extractor's "of its members" is a part, any other a noun
        return partitive_noun(claim, text) if PART_AFTER.match(text, claim.end) else ""
    m = _NUMBER_OF.search(text, max(0, claim.start - 90), claim.start)
    if m:
        return m.group(1)
    if text[max(0, claim.start - 4) : claim.start].rstrip().endswith("to") and _GROWN_TO.search(
        text, max(0, claim.start - 40), claim.start
    ):
        return "members"  # "The alliance has since grown to thirty-two"
    return partitive_noun(claim, text)


_GROWN_TO = re.compile(
    r"\b(?:has|have|had)\s+(?:since\s+|now\s+)?(?:grown|expanded|enlarged)\s+to\s+\Z", re.I
)
