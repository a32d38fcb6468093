"""The period each quantity speaks of: ``attach_periods`` gives "3.5% of GDP by 2029" the time
until 2029-12-31 ("by 2029"), from the temporal claims of its sentence (see timing.py for how
quantities and temporal claims were settled first).
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta

from claimcheck.extraction.timing import is_temporal
from claimcheck.model import TEMPORAL_KINDS, Claim, Period
from claimcheck.regexes import compiled

_ANCHOR_BEFORE = compiled(
    r"(?i)\b(by|in|since|until|till|before|after|during|from|through|throughout|as of|"
    r"by the end of|at the end of|end of|for|of)[ \u00a0]+(?:the[ \u00a0]+)?\Z"
)
_ANCHOR_INSIDE = compiled(
    r"(?i)(by|in|since|until|till|before|after|during|from|through|throughout|as of)\b"
)
_PLACED = compiled(r"(?i)\b(?:past|last|previous|preceding|next|coming|following)\b")
_ISO = compiled(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_NEAR_AFTER = 90
_CLAUSE_BREAK = compiled(r"[,;:()\u2014]|\b(?:while|whereas|when|as|which|who)\b")
_SCOPING = frozenset(
    (
        "in",
        "by",
        "since",
        "until",
        "till",
        "during",
        "as of",
        "from",
        "through",
        "throughout",
        "by the end of",
        "at the end of",
        "end of",
        "for",
        "before",
        "after",
    )
)
_NEAR_BEFORE = 70
# "2pc of output against 1.5pc a decade ago": a date after the figure set against this one
# belongs to that figure alone
_CONTRAST = compiled(
    r"(?i)\b(?:against|versus|vs\.?|compared\s+(?:with|to)|from|than|instead\s+of|rather\s+than)\b"
)
_FIGURE = compiled(r"\d")
# "rose from 1.3% to 2.1% in 2024": only the 2.1% is of 2024
_CHANGE_TO = compiled(r"(?i)[ \u00a0]*to\b")
# "to 2.5% by April 2027 and to 3% in the next parliament": the figure has a time of its own
# that reads as no date (a term of office, not a span of years the dates read), so the date
# before it is not its time either
_OWN_TIME_AFTER = compiled(
    r"(?i)[ \u00a0]+(?:of[ \u00a0]+\w+[ \u00a0]+)?(?:in|by|within|during|before|until|over)"
    r"[ \u00a0]+(?:the|this|its|a)[ \u00a0]+(?:\w+[ \u00a0]+)?"
    r"(?:parliament|term|session|mandate|legislature|cycle|budget)\b"
    # "to 3.5% by 2035, from 2.1% now": the present is the figure's own time
    r"|[ \u00a0]+(?:now|today|currently|at[ \u00a0]+present)\b"
)
# "1.88% in 2014 to 4.48%", "$943 billion in 2014 to $1.6 trillion": a figure, then its date
_FIGURE_THEN_ANCHOR = compiled(
    r"(?i)(?:\d|%|\d(?:bn|m|tn|k)|\b(?:billion|million|trillion|thousand|cent|percent|points?))"
    r"[ \u00a0]+(?:in|during|for|as[ \u00a0]+of)?[ \u00a0]*\(?[ \u00a0]*\Z"
)
_STEP_TO = compiled(
    r"(?i)\)?[ \u00a0]*,?[ \u00a0]*(?:to|and)[ \u00a0]+(?:(?:about|around|some|nearly)[ \u00a0]+)?"
)
_LABEL_OPENS = compiled(r"[ \u00a0]*\([ \u00a0]*(?:in[ \u00a0]+|for[ \u00a0]+)?")
_LABEL_CLOSES = compiled(
    r"(?i)[ \u00a0]*(?:(?:estimates?|est\.|forecasts?|figures?|data|projections?|budget)"
    r"[ \u00a0]*)?\)"
)


def _period_of(claim: Claim) -> Period | None:
    if claim.time is not None:
        return claim.time
    value = claim.value if isinstance(claim.value, str) else None
    m = _ISO.match(value or "")
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        day = date(year, int(m.group(2)), int(m.group(3)))
        return Period(day, day)
    if m.group(2):
        month = int(m.group(2))
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return Period(date(year, month, 1), nxt - timedelta(days=1))
    return Period(date(year, 1, 1), date(year, 12, 31))


def _scoped(anchor: str, period: Period, temporal: Claim) -> Period:
    a = anchor.lower()
    if a == "from" and temporal.kind == "period":
        return period  # "from 2014 to 2024" says both its ends
    if a in ("by", "by the end of", "at the end of", "end of", "until", "till", "through"):
        return Period(None, period.end)
    if a in ("since", "from", "as of"):
        return Period(period.start, None)
    if a == "before" and period.start:
        return Period(None, period.start - timedelta(days=1))
    if a == "after" and period.end:
        return Period(period.end + timedelta(days=1), None)
    return period


def attach_periods(claims: list[Claim], text: str) -> list[Claim]:
    """Give each quantity the date/year/period its sentence says it speaks of, as ``time``.

    A temporal expression right after the figure in the same clause wins ("3.5% of GDP by 2029");
    one before it counts only with a scoping word ("In 2024, inflation was 2%"), not a reporting
    date ("said on Tuesday it would send 3,000 troops").
    """
    scopes = Scopes(claims, text)
    if not scopes:
        return claims
    out: list[Claim] = []
    for claim in claims:
        found = scopes.of(claim, claim.sentence)
        out.append(claim if found is None else with_time(claim, *found))
    return out


def with_time(c: Claim, time: Period, time_text: str) -> Claim:
    """``replace(c, time=time, time_text=time_text)``, without its per-call field lookups (it
    runs for every quantity that has a period; a test keeps it in step with Claim's fields)."""
    return Claim(
        text=c.text,
        start=c.start,
        end=c.end,
        line=c.line,
        column=c.column,
        kind=c.kind,
        value=c.value,
        low=c.low,
        high=c.high,
        unit=c.unit,
        qualifier=c.qualifier,
        time=time,
        time_text=time_text,
        sentence=c.sentence,
        precision=c.precision,
        context=c.context,
    )


class Scopes:
    """The temporal claims of a text, to find the period each quantity speaks of (see
    ``attach_periods``); ``of`` takes the sentence apart so a caller can place and scope a
    claim in one go."""

    __slots__ = ("temporal", "starts", "text")

    def __init__(self, claims: list[Claim], text: str) -> None:
        # a duration placed in time ("over the past 12 months") is a period too; "within 30
        # days" says how fast, not when
        self.temporal = [
            c
            for c in claims
            if c.kind in TEMPORAL_KINDS
            or c.kind == "duration"
            and c.time is not None
            and _PLACED.search(c.text) is not None
        ]
        self.starts = [c.start for c in self.temporal]
        self.text = text

    def __bool__(self) -> bool:
        return bool(self.temporal)

    def of(self, claim: Claim, sentence: tuple[int, int]) -> tuple[Period, str] | None:
        """(period, its wording) for a quantity without one; None for temporal claims."""
        if not self.temporal or is_temporal(claim) or claim.time is not None:
            return None
        return _scope_of(claim, sentence, self.temporal, self.starts, self.text)


def _anchor(best: Claim, text: str) -> tuple[str | None, str]:
    """The scoping word of a temporal claim ("by", "in", ...) and the words that say it."""
    inside = _ANCHOR_INSIDE.match(best.text)
    if inside:
        return inside.group(1).lower(), best.text
    before = _ANCHOR_BEFORE.search(text, max(0, best.start - 20), best.start)
    if before:
        return before.group(1).lower(), text[before.start(1) : best.end]
    return None, best.text


def _scope_of(
    claim: Claim, sentence: tuple[int, int], temporal: list[Claim], starts: list[int], text: str
) -> tuple[Period, str] | None:
    s_start, s_end = sentence
    i = bisect_left(starts, claim.end)
    if i < len(temporal):
        after = temporal[i]
        gap = text[claim.end : after.start]
        near = (
            len(gap) <= _NEAR_AFTER
            and not _CLAUSE_BREAK.search(gap)
            and not ((_CONTRAST.search(gap) or _CHANGE_TO.match(gap)) and _FIGURE.search(gap))
        )
        # "€52bn (2024)": a date alone in brackets right after the figure labels it
        label = _LABEL_OPENS.fullmatch(gap) is not None and bool(
            _LABEL_CLOSES.match(text, after.end)
        )
        if after.start < s_end and (near or label):
            period = _period_of(after)
            if period is not None:
                anchor, time_text = _anchor(after, text)
                return (_scoped(anchor, period, after) if anchor else period), time_text
    j = i - 1
    while j >= 0 and temporal[j].end > claim.start:
        j -= 1
    if j >= 0:
        before = temporal[j]
        if (
            before.start >= s_start
            and claim.start - before.end <= _NEAR_BEFORE
            and not _closed_bracket(text, s_start, before, claim)
            and not _OWN_TIME_AFTER.match(text, claim.end)
            and not _dates_figure_before(text, before, claim)
        ):
            anchor, time_text = _anchor(before, text)
            period = _period_of(before)
            if period is not None and anchor in _SCOPING:
                return _scoped(anchor, period, before), time_text
    return None


def _dates_figure_before(text: str, temporal: Claim, claim: Claim) -> bool:
    """Whether ``temporal`` dates a figure right before it and ``claim`` is the next step of
    a change ("from 1.88% in 2014 to 4.48%"): the year is the start's, not the end's."""
    return bool(
        _STEP_TO.fullmatch(text, temporal.end, claim.start)
        and _FIGURE_THEN_ANCHOR.search(text, max(0, temporal.start - 24), temporal.start)
    )


def _closed_bracket(text: str, lo: int, temporal: Claim, claim: Claim) -> bool:
    """Whether ``temporal`` stands in brackets that close before ``claim``: "2.1% (in 2024)
    and 2.4%" dates the first figure only."""
    opened = text.rfind("(", lo, temporal.start)
    return (
        opened != -1
        and ")" not in text[opened : temporal.start]
        and ")" in text[temporal.end : claim.start]
    )
