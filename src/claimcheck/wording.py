"""How verdict messages name figures: "3.5% by 2029", "EUR 150bn", "33.4% (about a third)"."""

from __future__ import annotations

from claimcheck.dimensions import fact_dimension
from claimcheck.model import Claim, Fact, Period

_FRACTIONS = (
    (50.0, "a half"),
    (100 / 3, "a third"),
    (200 / 3, "two thirds"),
    (25.0, "a quarter"),
    (75.0, "three quarters"),
    (20.0, "a fifth"),
    (40.0, "two fifths"),
    (60.0, "three fifths"),
    (80.0, "four fifths"),
    (10.0, "a tenth"),
)


_LOWER_FIRST = frozenset(
    {"in", "by", "since", "from", "until", "for", "during", "last", "this", "next", "two", "three"}
)


def claim_words(claim: Claim) -> str:
    """What the article says, as written, with the words it measures and its time."""
    words = claim.text.strip()
    if claim.context and claim.context.lower() not in words.lower():
        words += f" {claim.context.strip()}"
    if claim.time is not None and claim.time_text and claim.kind not in ("year", "date", "period"):
        year = str(claim.time.end.year) if claim.time.end else ""
        if year and year not in words:
            text = claim.time_text
            if text.split()[0].lower() in _LOWER_FIRST:
                text = text[0].lower() + text[1:]  # "Last year 23 allies" -> "23 allies last year"
            if year in text:
                anchor = text
            elif any(ch.isdigit() for ch in text) or text.split()[-1].lower() in ("by", "in"):
                anchor = f"{text} {year}"
            else:
                anchor = f"{text} ({year})"  # "last year (2024)"
            words += f" {anchor}"
    return words


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    return f"{value:.3g}" if abs(value) < 1 else f"{value:,.2f}".rstrip("0").rstrip(".")


def _money(value: float, code: str) -> str:
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{code} {_number(value / size)}{suffix}"
    return f"{code} {_number(value)}"


def value_words(fact: Fact, claim: Claim | None = None) -> str:
    dim = fact_dimension(fact)
    if isinstance(fact.value, str):
        if isinstance(fact.low, str) and isinstance(fact.high, str) and fact.low != fact.high:
            return f"{fact.low}-{fact.high}"
        return fact.value
    low = fact.low if isinstance(fact.low, float | int) else fact.value
    high = fact.high if isinstance(fact.high, float | int) else fact.value

    def one(v: float) -> str:
        if dim == "percent":
            return f"{_number(v)}%"
        if dim == "pp":
            return f"{_number(v)} percentage points"
        if dim.startswith("money:"):
            return _money(v, dim[6:])
        if dim.startswith("free:"):
            return f"{_number(v)} {dim[5:]}"
        return _number(float(v))

    text = one(float(low)) if low == high else f"{one(float(low))} to {one(float(high))}"
    if fact.low is None and isinstance(fact.high, float | int):
        text = f"at most {one(float(fact.high))}"
    elif fact.high is None and isinstance(fact.low, float | int):
        text = f"at least {one(float(fact.low))}"
    if claim is not None and claim.kind == "fraction" and dim == "percent" and low == high:
        near = min(_FRACTIONS, key=lambda f: abs(f[0] - float(low)))
        if abs(near[0] - float(low)) <= 2.5:
            text += f" (about {near[1]})"
    return text


def period_words(fact: Fact) -> str:
    p: Period | None = fact.period
    if p is None:
        return ""
    if fact.period_type == "deadline":
        return f"by {p.end.year}" if p.end else ""
    if p.start and p.end:
        if p.start.year == p.end.year and (p.start.month, p.start.day, p.end.month) == (1, 1, 12):
            return f"in {p.start.year}"
        if p.start == p.end:
            return f"on {p.start.isoformat()}"
        if p.start.year != p.end.year and (p.start.month, p.end.month) == (1, 12):
            return f"in {p.start.year}-{p.end.year}"
        return f"from {p.start.isoformat()} to {p.end.isoformat()}"
    return ""


def fact_words(fact: Fact, claim: Claim | None = None) -> str:
    dated = fact_dimension(fact) in ("year", "date")  # the value is the time already
    period = "" if dated else period_words(fact)
    value = value_words(fact, claim)
    return f"{value} {period}" if period else value


def cite(fact: Fact) -> str:
    return fact.sources[0].cite() if fact.sources else "no source"


def said(fact: Fact) -> str:
    who = fact.speaker or fact.subject
    when = f" on {fact.stated_on.isoformat()}" if fact.stated_on else ""
    return f"what {who} said{when}"
