"""Time in linking: is a fact valid on the article's date, does its period fit the claim's?

A fact valid on the day scores 1.0 and one already superseded 0.5 (kept, so an "outdated"
verdict can name when the claim was true); a fact not yet valid is no candidate. Periods: the
same period 1.0, a deadline of another year 0.3 when the claim is itself a deadline, another
period 0; without a time in the claim a series speaks through its latest period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimcheck.model import TEMPORAL_KINDS, Claim, Fact, Period, Signal

# Statements are often dated by the report of them, a day or two after the article.
STATEMENT_LAG_DAYS = 7


def validity_signal(claim: Claim, fact: Fact, as_of: date) -> Signal | None:
    """Current facts 1.0, superseded 0.5 (kept for "outdated"), not yet valid: excluded."""
    if fact.type == "statement":
        if fact.stated_on is not None and (fact.stated_on - as_of).days > STATEMENT_LAG_DAYS:
            return None
        when = fact.stated_on.isoformat() if fact.stated_on else "an unknown date"
        return Signal("validity", 0.9, f"said by {fact.speaker} on {when}")
    day = as_of
    if claim.time is not None and fact.period is None and claim.kind not in TEMPORAL_KINDS:
        # "In 2023 NATO had 31 members": judge a timeless fact on the claim's own date.
        ref = claim.time.end or claim.time.start
        if ref is not None and ref < as_of:
            day = ref
    if fact.valid_on(day):
        return Signal("validity", 1.0, f"valid on {day.isoformat()}")
    if fact.valid_until is not None and fact.valid_until <= day:
        return Signal("validity", 0.5, f"superseded on {fact.valid_until.isoformat()}")
    return None


_FUTURE = re.compile(
    r"\b(will|would|plans?|planned|planning|aims?|aimed|aiming|targets?|goal|pledged?|pledges|"
    r"commit(?:s|ted|ment)?|wants?|intends?|intended|seeks?|expects?|expected|promised?|"
    r"to reach|to raise|to spend|to increase|to hit|set to|on course|on track|demand(?:s|ed)?|"
    r"call(?:s|ed)? for|urg(?:e|es|ed)|should|must|needs? to|ask(?:s|ed)?|proposed?|proposes)\b",
    re.IGNORECASE,
)


# "will reach EUR 162bn, up from EUR 86bn this year": the figure after "from" is the starting
# level, what is, not what is planned.
STARTING_POINT = re.compile(
    r"\b(?:from|compared (?:with|to)|against|versus)\s+(?:\w+\s+)?\Z", re.IGNORECASE
)


# "such as Spain, which spent 1.24%": the figure's own clause tells what was, whatever the
# sentence says of goals before it.
_PAST_VERB = re.compile(
    r"\b(?:spent|was|were|had|reached|rose|fell|grew|stood|totall?ed|amounted|paid|hit|met)\b",
    re.IGNORECASE,
)


def speaks_of_future(sentence: str, lead: str = "") -> bool:
    """Plans, targets, demands ("will", "plans to", "demanded that") rather than what is; the
    text runs up to the figure, ``lead`` is the figure's own clause up to it."""
    if _PAST_VERB.search(lead) and not _FUTURE.search(lead):
        return False
    # "The figures for 2014, when allies agreed the Wales pledge, show ...": the aside's pledge
    # is not the sentence's.
    sentence = _WHEN_ASIDE.sub(" ", sentence)
    return bool(_FUTURE.search(sentence)) and not STARTING_POINT.search(sentence)


_WHEN_ASIDE = re.compile(r",\s*(?:when|which|who|where|whose)\b[^,;]*,", re.IGNORECASE)


def is_forecast(fact: Fact) -> bool:
    """A value for a period that had not begun when the reference gave it (a budget plan for
    2029 published in 2025): a plan itself, which a "will reach" claim is compared with."""
    p = fact.period
    return (
        p is not None
        and p.start is not None
        and fact.valid_from is not None
        and (p.start > fact.valid_from)
    )


def is_estimate(fact: Fact) -> bool:
    """A value for a period not over when the reference gave it (NATO's August estimate for the
    year, a budget plan for 2029): what a plan for that period is compared with."""
    p = fact.period
    if p is None or p.end is None or fact.valid_from is None or fact.period_type == "deadline":
        return False  # a target is a plan of its own
    return p.end > fact.valid_from


def period_signal(claim: Claim, fact: Fact, as_of: date, future: bool = True) -> Signal:
    t, p = claim.time, fact.period
    if claim.kind in TEMPORAL_KINDS:
        return Signal("period", 1.0, "the claim is itself a time")
    if future and p is not None and fact.period_type != "deadline" and not is_estimate(fact):
        # "plans to spend 2% this year", "demanded that allies spend 5%": not what was spent.
        return Signal("period", 0.3, "a plan or a demand; the fact is an actual figure")
    if t is None:
        if p is None:
            return Signal("period", 1.0, "timeless fact")
        if fact.period_type == "deadline":
            if not future:
                # "Germany spends 3%" speaks of now, not of a target for later.
                return Signal("period", 0.3, f"target by {_year(p.end)}; the claim is about now")
            return Signal("period", 0.8, f"target by {_year(p.end)}, the claim names no time")
        return Signal("period", 1.0, "latest period")  # refined by _prefer_latest
    if p is None:
        if t.start is not None and t.start > as_of:
            # "NATO will have 33 members in 2026": a forecast, not something the data can judge.
            return Signal("period", 0.3, "the claim speaks of a time after the article")
        return Signal("period", 0.6, "fact without period, checked on the claim's date")
    if fact.period_type == "deadline":
        said = t.end or t.start  # "as early as 2035" has no end
        if p.end is not None and said is not None and p.end.year == said.year:
            return Signal("period", 1.0, f"deadline {p.end.year}")
        # Another deadline for the same target is the same kind of statement, just wrong.
        near = 0.3 if time_word(claim) in ("by", "until", "before") else 0.0
        return Signal("period", near, f"deadline {_year(p.end)}, the claim says {_year(said)}")
    if time_word(claim) in ("by", "until", "before") and t.end is not None:
        # "3.5% by 2029" speaks of the deadline year, not of every year up to it.
        t = Period(date(t.end.year, 1, 1), t.end)
    if (t.start, t.end) == (p.start, p.end):
        return Signal("period", 1.0, "same period")
    inside = _within(p.start, p.end, t.start, t.end) or _within(t.start, t.end, p.start, p.end)
    if inside:
        return Signal("period", 0.9, "periods nest")
    if _overlap(t.start, t.end, p.start, p.end):
        return Signal("period", 0.6, "periods overlap")
    return Signal("period", 0.0, "another period")


def time_word(claim: Claim) -> str:
    """The anchor word of the claim's time ("by 2029" -> "by"), lower case; "" when none."""
    words = (claim.time_text or "").split()
    return words[0].lower() if words else ""


def _year(day: date | None) -> str:
    return str(day.year) if day else "?"


def _within(a: date | None, b: date | None, c: date | None, d: date | None) -> bool:
    """[a, b] inside [c, d]; None is open."""
    return (c is None or (a is not None and c <= a)) and (d is None or (b is not None and b <= d))


def _overlap(a: date | None, b: date | None, c: date | None, d: date | None) -> bool:
    return (a is None or d is None or a <= d) and (c is None or b is None or c <= b)


def prefer_latest(raw: list[tuple[Fact, list[Signal]]], as_of: date) -> None:
    """Without a time in the claim, a series speaks through its latest period up to as-of."""
    latest: dict[tuple[str, str], date] = {}
    for fact, _ in raw:
        p = fact.period
        if p is None or fact.period_type == "deadline" or p.start is None or p.start > as_of:
            continue
        key = (fact.subject, fact.property)
        if key not in latest or latest[key] < p.start:
            latest[key] = p.start
    for fact, signals in raw:
        p = fact.period
        if p is None or fact.period_type == "deadline":
            continue
        newest = latest.get((fact.subject, fact.property))
        if newest is not None and p.start != newest:
            signals[3] = replace(signals[3], score=0.4, detail="an older period of the series")
