"""Check every claim of a text against a dataset: link, compare, judge.

Not every extracted figure is a claim to judge. Times that only anchor a quantity ("3.5% by 2029":
the 2029 is judged with the 3.5%) or date the article or an event ("on Thursday", "in 2024") are
left out of the result unless they themselves link to a year or date fact ("the 2035 target"),
and so are spans of time ("within five years") and numbers that label things ("Article 5": see
nonclaims).
Everything else comes back in input order (so the result may be shorter than ``claims``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from claimcheck.claimtimes import borrow_time, sentence_times, trusted_time
from claimcheck.comparison import agrees as compare
from claimcheck.linkindex import FactSource, index_for
from claimcheck.linking import THRESHOLD, Link, link
from claimcheck.model import TEMPORAL_KINDS, CheckedClaim, Claim, Fact
from claimcheck.nonclaims import as_year, is_calendar_part, is_generic_count, is_label
from claimcheck.readings import carried_far, is_threshold_of_count, not_refutable, signal_of
from claimcheck.references import PART_BEFORE
from claimcheck.surroundings import number_of_noun
from claimcheck.textlayout import TextLayout, claim_sentence, layout_text
from claimcheck.verdicts import AMBIGUOUS, judge
from claimcheck.wording import cite, fact_words

# Times and spans of time ("within five years") are judged only when they link to a fact.
TIMES = TEMPORAL_KINDS | {"duration"}
_CALENDAR = re.compile(
    r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE
)


def check_claims(
    text: str, claims: Sequence[Claim], dataset: FactSource, as_of: date, *, title: str = ""
) -> tuple[CheckedClaim, ...]:
    """Verdicts for the claims worth judging, in the order of ``claims``; ``title`` is the
    document's title where the text does not print it (front matter), read as a headline."""
    index = index_for(dataset)
    layout = layout_text(text, index, title)
    years = [as_year(as_count(c, text)) for c in claims]
    times = sentence_times(years)
    read = [_timed(layout, c, times) for c in years]
    sentences = [claim_sentence(layout, c) for c in read]
    judged: dict[int, CheckedClaim] = {}
    # (sentence, year) pairs a quantity was already read against a dated fact with: "3.5% by
    # 2029" judges the 2029; "12 countries in 1949" (a fact without period) leaves it to judge.
    covered: set[tuple[tuple[int, int], int]] = set()
    for i, (claim, seen) in enumerate(zip(claims, read, strict=True)):
        if seen.kind in TIMES or is_label(text, claim) or is_calendar_part(text, claim):
            continue
        linked = link(seen, layout, index, as_of)
        checked = judge(seen, linked, as_of)
        if checked.fact is None and is_generic_count(seen):
            continue  # "two things": a figure of speech unless the dataset knows about it
        if (
            checked.verdict == "contradicted"
            and (
                _RELATIVE_PART.match(text, claim.end)
                or PART_BEFORE.search(text, sentences[i][0], claim.start)
            )
            and not (checked.fact and checked.fact.subject in index.composites)
        ):
            # "32 members, 23 of which are EU states", "Of NATO's 32 allies, 23 met the target":
            # a part of a group named before it, which no total of either group can contradict.
            why = f"a part of a group named before it, not a total ({checked.message})"
            checked = replace(checked, verdict="unverifiable", fact=None, message=why)
        if checked.verdict == "contradicted" and is_threshold_of_count(text, claim, sentences[i]):
            # "Three allies are above 3.5% of GDP": the bound sorts the allies counted; it
            # says nothing of the alliance's average.
            why = f"a threshold the counted group passes, not a level ({checked.message})"
            checked = replace(checked, verdict="unverifiable", fact=None, message=why)
        why = not_refutable(text, claim, sentences[i], checked) if checked.fact else ""
        if checked.verdict == "contradicted" and why:
            checked = replace(checked, verdict="unverifiable", fact=None, message=why)
        if checked.verdict == "contradicted" and carried_far(checked):
            # A subject only carried over a paragraph break may be another one the paragraph
            # takes up ("The commission plans ..."): enough to confirm, not to refute.
            why = f"the subject is only carried from the paragraph before ({checked.message})"
            checked = replace(checked, verdict="unverifiable", fact=None, message=why)
        if checked.verdict == "contradicted" and is_some_members(text, claim, checked):
            why = f"a count of some members, not of them all ({checked.message})"
            checked = replace(checked, verdict="unverifiable", fact=None, message=why)
        if (
            checked.verdict in ("contradicted", "outdated")
            and seen.time is None
            and _START_POINT.search(text, max(sentences[i][0], claim.start - 120), claim.start)
        ):
            # "jumped to 3.22% from 2.35% a year earlier": where a change started, at a time the
            # text gives only relative to another figure; the current value does not refute it,
            # the period before it may confirm it.
            after = re.split(r"[,;:.()]", text[claim.end : sentences[i][1]], maxsplit=1)[0]
            # An "outdated" start agrees with an older period; the year before is the current's.
            ref = checked.superseded_by if checked.verdict == "outdated" else checked.fact
            start = started_at(seen, ref, linked) if _YEAR_BEFORE.match(after) else None
            if start is not None:
                msg = f"where a change started: reference {fact_words(start, seen)} ({cite(start)})"
                checked = replace(checked, verdict="supported", fact=start, message=msg)
            else:
                why = (
                    f"where a change started, at a time the text does not give ({checked.message})"
                )
                checked = replace(checked, verdict="unverifiable", fact=None, message=why)
        if checked.verdict in ("contradicted", "outdated") and corrects(text, layout, claim):
            why = f"the text corrects this figure, an earlier version's ({checked.message})"
            checked = replace(checked, verdict="unverifiable", fact=None, message=why)
        judged[i] = replace(checked, claim=claim)
        year = _year_of(seen)
        if year is not None and checked.fact is not None and checked.fact.period is not None:
            covered.add((sentences[i], year))
    for i, (claim, seen) in enumerate(zip(claims, read, strict=True)):
        if seen.kind not in TIMES or (sentences[i], _year_of(seen)) in covered:
            continue
        if seen.kind == "date" and not _CALENDAR.search(claim.text):
            continue  # "on Wednesday", "yesterday": when something happened, never a claim
        if _SAID_WHEN.search(text, max(0, claim.start - 30), claim.start):
            continue  # "the minister said in 2024 that ...": when it was said, not what
        block = layout.dateline_block
        if block is not None and block[0] <= claim.start < block[1]:
            continue  # the dateline's date is the article's
        result = link(seen, layout, index, as_of)
        if any(c.score >= THRESHOLD for c in result.candidates):
            checked = judge(seen, result, as_of)
            if checked.verdict == "unverifiable" and result.also_fits:
                continue  # "the 2025 summit": the time of an event the data date that way
            if checked.verdict == "unverifiable" and checked.message.startswith(AMBIGUOUS):
                continue  # "Germany's 2024 budget law": near two dated events, the date of neither
            judged[i] = replace(checked, claim=claim)
        # else: a time reference ("on Thursday", "in 2024"), not a claim about a dated fact
    return tuple(judged[i] for i in sorted(judged))


def _timed(layout: TextLayout, claim: Claim, times: list[Claim]) -> Claim:
    """The claim with the time it speaks of: its own if trusted, else one it may borrow."""
    trusted = trusted_time(layout, borrow_time(layout, claim, times))
    if trusted.time is None and claim.time is not None:
        return borrow_time(layout, trusted, times)  # "Last year it reached 2% ... since 1992"
    return trusted


def _year_of(claim: Claim) -> int | None:
    """The year a claim speaks of: its time for quantities, itself for years and dates."""
    day = (claim.time.end or claim.time.start) if claim.time is not None else None
    if day is not None:
        return day.year
    if isinstance(claim.value, str) and re.match(r"\d{4}", claim.value):
        return int(claim.value[:4])
    return None


_MEMBERSHIP = re.compile(r"\bmember", re.IGNORECASE)
_FOUNDING = re.compile(r"\bfounding\b", re.IGNORECASE)
# Words before a count that make it the whole group: "the 23", "all 32", "NATO's 32", "has 32",
# "grew to 32", "of its 27".
_WHOLE_GROUP = re.compile(
    r"(?:\b(?:the|all|its|their|our|has|have|had|having|with|counts?|counted|numbers?|numbered|"
    r"comprises?|comprised|of|to|total(?:s|led|ed)?|now)|['’]s?)\s*\Z",
    re.IGNORECASE,
)


# What may follow a change's starting point that the year before the reference's dates: nothing,
# or "a year earlier" ("down from the two-thirds share that dominated the last summit" is dated
# by its own words).
_YEAR_BEFORE = re.compile(
    r"\s*(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:previous\s+)?year\s+before|"
    r"last\s+year|the\s+previous\s+year)?\s*\Z",
    re.IGNORECASE,
)


def started_at(claim: Claim, ref: Fact | None, linked: Link) -> Fact | None:
    """The fact of the period just before ``ref``'s, same subject and measure, valid now, that
    the starting point of a change agrees with ("to 3.22% from 2.35%": 2024's 2.35%)."""
    if ref is None or ref.period is None or ref.period.start is None:
        return None
    year = ref.period.start.year - 1
    for candidate in linked.candidates:
        fact = candidate.fact
        if (fact.subject, fact.property) != (ref.subject, ref.property) or fact.period is None:
            continue
        if fact.period.start is None or fact.period.start.year != year:
            continue
        if signal_of(candidate, "validity") == 1.0 and compare(claim, fact, linked.lead):
            return fact
    return None


def is_some_members(text: str, claim: Claim, checked: CheckedClaim) -> bool:
    """A bare count of members that act ("Nineteen member states have asked", "Four EU countries
    remain outside"): a part of the membership, which the total neither confirms nor refutes.
    A count the sentence makes the whole ("the 27 member states", "NATO has 32 members") is not."""
    fact = checked.fact
    if claim.kind != "count" or fact is None or fact.unit != "count":
        return False
    if not _MEMBERSHIP.search(f"{fact.property} {fact.counted or ''}"):
        return False
    if _FOUNDING.search(fact.property):
        return False  # "founded by 12 countries": the founders are a whole group of their own
    before = text[max(0, claim.start - 40) : claim.start]
    before = re.split(r"[.;:!?,()]", before)[-1]
    return not _WHOLE_GROUP.search(before)


_SAID_WHEN = re.compile(
    r"\b(?:said|says|told|warned|announced|stated|wrote|argued|estimated|predicted|reported)"
    r"\s+(?:in|on|during)?\s*\Z",
    re.IGNORECASE,
)

_START_POINT = re.compile(
    r"\d[^.;]*\s(?:up|down|rising|falling|rose|fell)?\s*from\s+(?:the\s+|a\s+)?"
    r"(?:about\s+|around\s+|some\s+)?\Z",
    re.IGNORECASE,
)
# A correction notice ("It said that France spent 2.5%; the correct figure is 2.05%") repeats
# the wrong figure it withdraws: that figure is what was published, not what the text asserts.
_CORRECTION = re.compile(
    r"\b(?:correction|corrected|misstated|misstatement|incorrectly|erroneously|in error|"
    r"the correct figure)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:the (?:article|report|story|piece|earlier version|original(?: version)?)|it|we)\s+"
    r"(?:also\s+|had\s+|originally\s+)?(?:said|stated|reported|gave|wrote|claimed)\b",
    re.IGNORECASE,
)


def corrects(text: str, layout: TextLayout, claim: Claim) -> bool:
    """The figure is the one an earlier version gave, in a text that announces a correction."""
    sentence = claim_sentence(layout, claim)
    if not _REPORTED.search(text, sentence[0], claim.start):
        return False
    return bool(_CORRECTION.search(text))


_RELATIVE_PART = re.compile(r"\s+of\s+(?:which|whom|them|these|those)\b", re.IGNORECASE)


def as_count(claim: Claim, text: str) -> Claim:
    """A bare number that "the number of members ... to" leads up to is a count of members."""
    noun = number_of_noun(claim, text)
    return replace(claim, kind="count", unit=noun, context=noun) if noun else claim
