"""The words around a figure, as the linker reads them.

What a count counts ("32 delegates" are not member states), what a share is of ("70% of Germans"
is not a share of GDP), whether a figure is a change ("rose by 5%") or a level, whether it is the
whole of a partitive ("22 of NATO's 32 allies"), the window of words its keywords are
matched in, which stops at the next figure, and how well a fact's keywords match those words
(``property_signal``), with the paragraph's earlier words for a figure whose clause names nothing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from claimcheck.linkindex import normalise
from claimcheck.model import Claim, Signal
from claimcheck.names import PART_AFTER, partitive_noun

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
    follows follow comes come came far lowest highest largest smallest biggest"""
_BARE_WORDS = frozenset(_BARE.split())


def is_elliptical(window: str, names: frozenset[str]) -> bool:
    """The figure's own words name nothing it could measure: only names and linking words, so
    what it measures is said earlier in the paragraph ("Lithuania will spend 4% of GDP. Latvia is
    set to reach 3.7% and Estonia 3.4%")."""
    return all(w in _BARE_WORDS or w in names or w[0].isdigit() for w in window.split())


def property_signal(
    keywords: Sequence[str],
    window: str,
    sentence: str,
    specificity: Mapping[str, float] | None = None,
    unwritten: frozenset[str] = frozenset(),
    paragraph: str = "",
) -> Signal:
    """How well the fact's keywords match the words around the figure.

    Each matching keyword is a piece of evidence (a phrase 0.9, a single word 0.8; in the sentence
    rather than the figure's clause x0.85; fuzzy x0.9 x ratio), combined by noisy-or, so two
    keywords beat one and a generic word ("total") alone never scores like a specific phrase. A
    keyword many properties share ("of GDP") weighs less than one only this property uses. A
    keyword inside one already matched ("defence spending" in "core defence spending") adds
    nothing, so one phrase never counts twice. Keywords in ``unwritten`` (an acronym the
    sentence writes only in lower case) are no evidence.
    """
    from rapidfuzz import fuzz

    padded_window, padded_sentence = f" {window} ", f" {sentence} "
    padded_paragraph = f" {paragraph} " if paragraph else ""
    window_list = window.split()
    near = set(window_list)
    present = near | set(sentence.split()) | set(paragraph.split())
    stems = {w[:4] for w in window.split()}
    miss = 1.0
    found: list[str] = []
    matched: list[str] = []
    for keyword, weight, needle, head in _prepared(keywords):
        if keyword in unwritten:
            continue
        if specificity is not None:
            weight *= specificity.get(keyword, 1.0)
        # "member" for "members": the same word in another form, next to the figure.
        single = head not in present and " " not in keyword and len(keyword) >= 5
        if single and any(w[:5] == keyword[:5] and abs(len(w) - len(keyword)) <= 2 for w in near):
            miss *= 1.0 - weight * 0.9
            found.append(f"'{keyword}' ~ a form of it near the figure")
            continue
        if head not in present:
            # Not there exactly; a fuzzy match needs at least a word that starts the same.
            if miss < 1.0 or not 5 <= len(keyword) <= len(window):
                continue
            if not any(w[:4] in stems for w in keyword.split()):
                continue
            ratio = fuzz.partial_ratio(keyword, padded_window, score_cutoff=88)
            if ratio:
                miss *= 1.0 - weight * 0.9 * ratio / 100
                found.append(f"'{keyword}' ~ the words near the figure")
            continue
        if any(needle in m for m in matched):
            continue
        if needle in padded_window:
            matched.append(needle)
            evidence, where = weight, "next to the figure"
        elif needle in padded_sentence:
            matched.append(needle)
            evidence, where = weight * 0.85, "in the sentence"
        elif padded_paragraph and needle in padded_paragraph:
            matched.append(needle)
            evidence, where = weight * 0.75, "earlier in the paragraph"
        elif " " in keyword and _gapped(keyword.split(), window_list):
            # "of its combined GDP" for "of GDP": one word set inside the phrase.
            matched.append(needle)
            evidence, where = weight * 0.85, "next to the figure, one word apart"
        elif 5 <= len(keyword) <= len(window) and miss == 1.0:  # a fallback, never on top
            ratio = fuzz.partial_ratio(keyword, padded_window, score_cutoff=88)
            if not ratio:
                continue
            evidence, where = weight * 0.9 * ratio / 100, "~ the words near the figure"
        else:
            continue
        miss *= 1.0 - evidence
        found.append(f"'{keyword}' {where}")
    detail = "; ".join(found[:3]) if found else "no keyword near the figure"
    return Signal("property", round(1.0 - miss, 3), detail)


def _prepared(keywords: Sequence[str]) -> tuple[tuple[str, float, str, str], ...]:
    """Each keyword, longest first, with its base weight, its padded form and its first word:
    worked out once per keyword list (the lists are shared by many facts and claims)."""
    entry = _PREPARED.get(id(keywords))
    if entry is not None and entry[0] is keywords:
        return entry[1]
    ready = tuple(
        (k, 0.9 if " " in k else 0.8, f" {k} ", k.split(" ", 1)[0])
        for k in sorted(keywords, key=len, reverse=True)
    )
    if len(_PREPARED) > 4096:
        _PREPARED.clear()
    _PREPARED[id(keywords)] = (keywords, ready)
    return ready


_PREPARED: dict[int, tuple[Sequence[str], tuple[tuple[str, float, str, str], ...]]] = {}


def _gapped(phrase: list[str], words: list[str]) -> bool:
    """``phrase`` in ``words`` in order, with at most one other word inside it, once in all."""
    for start, word in enumerate(words):
        if word != phrase[0]:
            continue
        at, gaps = start, 0
        for part in phrase[1:]:
            if at + 1 < len(words) and words[at + 1] == part:
                at += 1
            elif gaps == 0 and at + 2 < len(words) and words[at + 2] == part:
                at, gaps = at + 2, 1
            else:
                break
        else:
            return True
    return False


def evidence_is_thin(prop: Signal) -> bool:
    """Evidence from one single-word keyword ("agreed"), or only fuzzy evidence: too little to
    pin a year on a fact."""
    exact = re.findall(r"'([^']*)' (?:next to|in the sentence)", prop.detail)
    return not exact or (len(exact) == 1 and " " not in exact[0])


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
