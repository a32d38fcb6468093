"""Which time a claim's figure speaks of, read from its sentence.

The extractor attaches a time to a figure; ``trusted_time`` drops one taken from a clause that is
not the figure's ("The goal, which replaces the target agreed in 2014, is ..."), and
``borrow_time`` gives a figure without one the year that opens its sentence ("In 2014, the UK
spent 2.14% and France 1.8%") or a relative year of its own clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from claimcheck.model import TEMPORAL_KINDS, Claim
from claimcheck.textlayout import CLAUSE_MARK, TextLayout, claim_sentence, clause_span
from claimcheck.timeframes import STARTING_POINT


def trusted_time(layout: TextLayout, claim: Claim) -> Claim:
    """The claim without a time the extractor took from a clause that is not the figure's.

    "The goal, which replaces the target agreed in 2014, is split between 3.5% ..." - the 2014
    belongs to the relative clause. A time in the figure's own clause or in the sentence's
    opening ("In 2014, Germany spent 1.2%") is kept.
    """
    if claim.time is None or not claim.time_text or claim.kind in TEMPORAL_KINDS:
        return claim
    sentence = claim_sentence(layout, claim)
    clause = clause_span(layout, claim, sentence)
    text = layout.text
    first = CLAUSE_MARK.search(text, sentence[0], sentence[1])
    opening = (sentence[0], first.start() if first else sentence[1])
    needle = re.escape(claim.time_text.strip())
    for found in re.finditer(needle, text[sentence[0] : sentence[1]], re.IGNORECASE):
        at = sentence[0] + found.start()
        end = sentence[0] + found.end()
        if end <= claim.start and _NOW.search(text, end, claim.start):
            continue  # "spent 1.24% in 2024 and now claims 2%": the figure is of the present
        if "first" in text[max(0, at - 30) : at] and _FIRST_SINCE.search(text, max(0, at - 30), at):
            continue  # "reached 2% for the first time since 1992": a record's anchor, not a time
        if _THE_START_DATED.search(text, max(0, at - 60), at) and _TO_THE_END.fullmatch(
            text, end, claim.start
        ):
            continue  # "from 1.88% in 2014 to 4.48%": the year dates the start, not the end
        if clause[0] <= at < clause[1]:
            return claim
        if opening[0] <= at < opening[1] and not (
            STARTING_POINT.search(text, clause[0], claim.start)
            and _QUANTITY.search(text, sentence[0], at)
        ):
            # "In 2014, the UK spent 2.14% and France 1.8%"; not "Greece spent 2.99% in 2024,
            # down from 3.08%": the starting point of a change is not dated by the 2.99%'s year.
            return claim
        if _LABEL_COLON.fullmatch(text, end, clause[0]):
            return claim  # "in 2024: 2.02%", a fact box's label and its figure
        if end <= clause[0] and _dates_the_subject(text, sentence, at, end, claim.start):
            return claim  # "The last summit, in Wales in 2014, asked allies to move towards 2%"
    own = claim.sentence if claim.sentence[1] > claim.sentence[0] else sentence
    if not re.search(needle, text[min(own[0], sentence[0]) : max(own[1], sentence[1])], re.I):
        return claim  # worded differently than the text: trust the extractor
    return replace(claim, time=None, time_text=None)


def _dates_the_subject(
    text: str, sentence: tuple[int, int], at: int, end: int, figure: int
) -> bool:
    """A time in an aside of place and time after the sentence's subject (", in Wales in 2014,"),
    with no other figure before the figure: not a relative clause ("which replaced ... 2014")."""
    marks = [m.end() for m in CLAUSE_MARK.finditer(text, sentence[0], at)]
    if not marks or text[marks[-1] - 1] != ",":
        return False
    aside = text[marks[-1] : end]
    return bool(_ASIDE_OPENS.match(aside)) and not re.search(r"\d", text[end:figure])


_ASIDE_OPENS = re.compile(r"\s*(?:in|at|on|during)\b", re.IGNORECASE)
_FIRST_SINCE = re.compile(r"\bfirst\s+(?:time|year)\s+\Z", re.IGNORECASE)
_LABEL_COLON = re.compile(r"[ \t]*:\s*")
# A change's start and its own time, then "to" and the figure: "from 1.88% in 2014 to 4.48%".
_THE_START_DATED = re.compile(
    r"\bfrom\s+\S*\d[^\s,;]*(?:\s+(?:billion|million|trillion|bn|m|per\s?cent|percent|points?|"
    r"euros?|dollars?|pounds?))?\s+(?:(?:in|for|during)\s+)?\Z",
    re.IGNORECASE,
)
_TO_THE_END = re.compile(
    r"\s*,?\s*to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|over\s+)?",
    re.IGNORECASE,
)
# Words that put what follows them in the present, away from an earlier time named before.
_NOW = re.compile(r"\b(?:now|today|currently|nowadays|these days)\b", re.IGNORECASE)


def _dated(time: Claim) -> bool:
    """A year, or a date or period that names its year ("in September 2014")."""
    return time.kind == "year" or bool(_YEAR_DIGITS.search(time.text))


_YEAR_DIGITS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def sentence_times(claims: Sequence[Claim]) -> list[Claim]:
    """The claims that are times, in text order: what a quantity without a time may borrow."""
    found = [c for c in claims if c.kind in TEMPORAL_KINDS and c.time is not None]
    return sorted(found, key=lambda c: c.start)


_DIGIT = re.compile(r"\d")
# A figure that is no year: a time after it in the opening clause is that figure's.
_QUANTITY = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d")


def borrow_time(layout: TextLayout, claim: Claim, times: Sequence[Claim]) -> Claim:
    """A quantity the extractor gave no time takes the year that opens its sentence ("In 2014,
    the UK spent 2.14% and France 1.8%"; "When leaders met in September 2014, ...") when no
    other time stands between, or a relative year in its own clause ("Last year 23 allies
    did"): not the article's date."""
    if claim.time is not None or claim.kind in TEMPORAL_KINDS or claim.kind == "duration":
        return claim
    sentence = claim_sentence(layout, claim)
    first_time = bisect_left(times, sentence[0], key=lambda t: t.start)
    inside = []
    for t in times[first_time:]:
        if t.start >= sentence[1]:
            break
        inside.append(t)
    if not any(_dated(t) for t in inside):
        return claim
    clause = clause_span(layout, claim, sentence)
    first = CLAUSE_MARK.search(layout.text, sentence[0], sentence[1])
    opening_end = first.start() if first else sentence[1]
    for time in inside:
        if time.time is None or not _dated(time):
            continue
        relative = not _DIGIT.search(time.text)
        in_clause = relative and clause[0] <= time.start and time.end <= clause[1]
        opens = time.end <= opening_end and time.end <= claim.start
        if opens and _QUANTITY.search(layout.text, sentence[0], time.start):
            opens = False  # "The US accounts for 64% this year, down from two thirds": the 64%'s
        if opens and any(time.end <= t.start < claim.start for t in inside):
            opens = False  # "In 2014 ... and now, in 2025, ...": the nearer time is the figure's
        if in_clause or opens:
            return replace(claim, time=time.time, time_text=time.text)
    return claim
