"""What the words right next to a figure make of it.

A unit glued to it or a counted noun after it ("30km", "23 allies"), what money is paid for
("$80 a barrel"), a score rather than a range ("won 3-1"), the accounts' minus sign ("($99.99)"),
and the years and days the dates read instead ("in 2024, ...", "26 March"). quantities.py asks
these while it reads a figure.
"""

from __future__ import annotations

import re

from claimcheck.extraction.amounts import Amount
from claimcheck.extraction.nouns import counted_noun, is_plural
from claimcheck.extraction.numbers import follows_year_and, year_shaped
from claimcheck.extraction.temporal_lexicon import DURATION_UNITS
from claimcheck.extraction.wordlists import YEAR_NOUNS, words
from claimcheck.regexes import compiled

_ORDINAL_SUFFIX = compiled(r"(?:st|nd|rd|th|s)\b", re.IGNORECASE)
_ATTACHED_UNIT = compiled(r"[A-Za-z\u00b5\u03bc\u00b0][A-Za-z0-9\u00b2\u00b3/^]*")
_STATED_BEFORE = compiled(r"(?i)(?:\b(?:is|was|were|are|of)|:)[ \u00a0]*\Z")
_CELL_BEFORE = compiled(r"\|[ \u00a0]*\Z")
_CELL_AFTER = compiled(r"[ \u00a0]*\|")
_AGE_AFTER = compiled(r"(?i)[- \u00a0]old\b|[ \u00a0]+of[ \u00a0]+age\b")
_BARE_YEAR = compiled(
    r"(?P<n>1[89]\d\d|20\d\d|2100)"
    r"(?![\d/~\u2013\u2014-]|[.,]\d|[A-Za-z]|[ \u00a0]*[%$\u20ac\u00a3\u00a5\uff05])"
    r"(?:[ \u00a0]+(?P<after>[a-z]+)\b)?"
)
_DAY_OF_MONTH = compiled(
    r"(?P<n>[1-9]|[12]\d|3[01])[ \u00a0]+(?:January|February|March|April|June|July|August"
    r"|September|October|November|December)\b(?P<after>)"
)
# Words after a year that start no noun, scale, unit or second figure of a range
_FUNCTION_WORDS = words(
    """the a an as when in on at for with by from was were is are had has have will would
    that which while but it its they he she we this these after before until since saw
    marked where"""
)
_RATE_AFTER = compiled(
    r"(?i)[ \u00a0]*((?:per|an?)[ \u00a0]+(?:barrel|kilo(?:gram(?:me)?)?|kg|tonne|ton|lit(?:re|er)"
    r"|gallon|hour|day|week|month|year|head|person|share|unit|ounce|megawatt[- ]hour|MWh|kWh)"
    r"|/(?:kg|t|l|h|hr|yr|MWh|kWh|bbl|oz))\b(?![ \u00a0]+(?:ago|earlier|later|before|on)\b)"
)
_SCORE_AFTER = compiled(r"[-\u2013](\d{1,3})(?![\d%]|[.,]\d)")


def is_score(text: str, first: Amount) -> bool:
    """Whether ``first`` opens a score or a tally ("won 3-1", "a 2-2 draw", "ruled 6-3"): two
    bare whole numbers, the second no greater than the first, which no range is written as."""
    if first.currency or first.percent or first.words or first.scaled or not first.integer:
        return False
    m = _SCORE_AFTER.match(text, first.end)
    return (
        m is not None
        and int(m.group(1)) <= first.value < 1000
        and not year_shaped(text[first.start : first.end])
    )


def accounting_negative(text: str, start: int, end: int) -> bool:
    """A money amount alone in parentheses where a value is stated (after a copula or a colon,
    or as a whole table cell) is negative, as accounts write it; "costs €100 ($110)" is a
    conversion and "(£9.99)" after a noun an aside."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    if _STATED_BEFORE.search(text, max(0, start - 12), start - 1):
        return True
    return bool(_CELL_BEFORE.search(text, max(0, start - 6), start - 1)) and bool(
        _CELL_AFTER.match(text, end + 1)
    )


def duration_unit(text: str, unit: str, end: int) -> str | None:
    """The duration unit ("years") a counted noun names, unless the figure is an age."""
    word = unit.lower()
    singular = word[:-1] if word.endswith("s") else word
    if singular not in DURATION_UNITS or _AGE_AFTER.match(text, end):
        return None
    return DURATION_UNITS[singular]


def noun_after(text: str, amt: Amount) -> tuple[str, int] | None:
    """What a figure counts: a unit glued to it ("30km") or the counted noun after it; none
    for a year ("the 2035 target")."""
    p = amt.end
    if p < len(text) and (text[p].isalpha() or text[p] in "\u00b5\u03bc\u00b0"):
        um = _ATTACHED_UNIT.match(text, p)
        if um is None or _ORDINAL_SUFFIX.fullmatch(um.group(0)):
            return None
        return um.group(0), um.end()
    noun = counted_noun(text, p, singular=amt.value == 1)
    if noun is None:
        return None
    if year_shaped(text[amt.start : amt.end]) and (
        " " in noun[0]
        or not is_plural(noun[0])
        or noun[0].lower() in YEAR_NOUNS
        or noun[0][0].isupper()  # "the 2014 Wales summit": a year labelling a name
        or follows_year_and(text, amt.start)
    ):
        return None  # "the 2035 target", "the 2026 estimates", "by 2029 or 2030 troops": a year
    return noun


def left_to_dates(text: str, pos: int) -> int | None:
    """Where a figure at ``pos`` that the dates read ends, if it is one: a year with no unit,
    percent or noun after it, or a day before its month. A bare number loses to the dates'
    reading there (timing.merge), so the quantities need not read it twice."""
    date_part = _BARE_YEAR.match(text, pos) or _DAY_OF_MONTH.match(text, pos)
    if date_part is not None and (date_part["after"] or "the") in _FUNCTION_WORDS:
        return date_part.end("n")
    return None


def rate_after(text: str, end: int) -> str | None:
    """What money ending at ``end`` is paid for ("a barrel", "an hour", "/kg"), if written; the
    claim's text stays the amount, as Recognizers' suites and the tables quote it."""
    if text[end : end + 1] not in (" ", "/", "\u00a0"):
        return None
    rate = _RATE_AFTER.match(text, end)
    return rate.group(1) if rate is not None else None


def score_end(text: str, end: int) -> int:
    """Where the second figure of the score ``is_score`` found ends."""
    m = _SCORE_AFTER.match(text, end)
    return m.end() if m is not None else end


_PERCENT_FIGURE = compiled(r"\d[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b)", re.IGNORECASE)
# "fell 50 points, or 0.6%", "gained 70 points (1.2%)": index points beside their own percent
_OWN_PERCENT_AFTER = compiled(
    r"[ \u00a0]*(?:,[ \u00a0]*or|\(|or)[ \u00a0]*[-+\u2212]?\d[\d.,]*"
    r"[ \u00a0]?(?:%|per[ \u00a0]?cent)"
)
# "won by 3 points", "beat them by 2 points": a game's margin, not a share's change
_GAME_BEFORE = compiled(r"(?i)\b(?:won|lost|wins?|loses?|beat|beats|defeated)\b[^.]{0,24}\Z")
# "rose 0.5 points to 102.3", "8.5 points out of 10": an index's level, a mark out of a scale
_LEVEL_AFTER = compiled(
    r"[ \u00a0]+(?:out[ \u00a0]+of\b"
    r"|to[ \u00a0]+\d[\d.,]*(?![\d.,]*[ \u00a0]?(?:%|per[ \u00a0]?cent)))"
)
_OWN_PERCENT_BEFORE = compiled(r"\d[ \u00a0]?%[ \u00a0]*(?:,[ \u00a0]*)?(?:or|\()[ \u00a0]*\Z")
# A poll's figures are shares: "up 3.2 points in the poll", "approval fell 4 points"
_POLL_WORD = compiled(r"(?i)\b(?:polls?|polling|pollsters?|surveys?|approval|opinion)\b")
_SENTENCE_END = compiled(r"[.!?](?:[ \u00a0\n]|\Z)|\n\n")


def percentage_points(text: str, start: int, end: int, value: float) -> bool:
    """Whether a small count of "points" (``value`` under 10, at [start, end)) is a change of a
    percentage ("Its share is up 0.4 points, to 2.4%"): a percent figure or a poll stands in the
    same sentence, and neither a percent right beside them ("the Dow fell 50 points, or 0.6%") nor
    a level after them ("to 102.3") makes them index points; "the Dow fell 300 points" is too
    large to be a share's change."""
    if not 0 < abs(value) < 10:
        return False
    if _OWN_PERCENT_AFTER.match(text, end) or _OWN_PERCENT_BEFORE.search(
        text, max(0, start - 16), start
    ):
        return False
    if _GAME_BEFORE.search(text, max(0, start - 40), start) or _LEVEL_AFTER.match(text, end):
        return False
    lo = max(0, start - 200)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, end, end + 200)
    hi = after.start() if after else min(len(text), end + 200)
    return any(
        pattern.search(text, lo, start) or pattern.search(text, end, hi)
        for pattern in (_PERCENT_FIGURE, _POLL_WORD)
    )
