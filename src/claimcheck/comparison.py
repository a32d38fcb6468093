"""Values, rounding and hedges: does what the article says agree with what the reference says?

Pure functions. A claim becomes an interval of the values its wording allows ("3.5%" ->
(3.45, 3.55), "around a quarter" -> 22.5..27.5 percent, "more than 30" -> (30, inf)); a fact
becomes the interval of its value widened by its own tolerance. Overlap means agreement. Units
are compared first (dimensions.py): a percent never agrees with a count.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from claimcheck.dimensions import compatible, fact_dimension
from claimcheck.model import Claim, Fact

# Relative margin of a hedge ("around", "about", "some", "nearly"): how loosely people round.
APPROX_MARGIN = 0.10
# A hedge never loosens a figure by more than this many rounding half-widths: "about 47.3
# billion" is given to a tenth, so it says 46.3-48.3, not 43-52 (a tenth of 47.3 either way).
APPROX_HALF_WIDTHS = 20
# Word fractions ("a quarter") are rounded by nature even without a hedge.
WORD_FRACTION_MARGIN = 0.05
# The most a round figure ("32,000") is taken to be rounded by, relative to it.
ROUND_FIGURE_MARGIN = 0.05

_BELOW_ONLY = re.compile(r"\b(nearly|almost|just under|just below|close to|approaching)\b", re.I)
_LOWER_BOUND_LEAD = re.compile(
    r"\b(as early as|as soon as|not before|no earlier than|from|after|since|beyond)\s*(the\s+)?$",
    re.I,
)
_UPPER_BOUND_LEAD = re.compile(
    r"\b(by|before|no later than|until|till|up to|at the latest in|within)"
    r"\s*(the\s+)?(end of\s+)?$",
    re.I,
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _slack(bound: float) -> float:
    return 0.0 if math.isinf(bound) else 1e-9 * abs(bound) + 1e-12


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        # Unit conversions (a quarter -> 25%) cost float precision; never let that decide.
        if self.high < other.low - _slack(other.low) or other.high < self.low - _slack(self.low):
            return False
        if math.isclose(self.high, other.low, rel_tol=1e-9, abs_tol=1e-12):
            return not (self.high_open or other.low_open)
        if math.isclose(other.high, self.low, rel_tol=1e-9, abs_tol=1e-12):
            return not (other.high_open or self.low_open)
        return True

    def contains(self, value: float) -> bool:
        return self.overlaps(Interval(value, value))

    @property
    def width(self) -> float:
        return self.high - self.low


def _scale(claim: Claim, fact: Fact | None) -> float:
    """Factor that brings the claim's numbers into the fact's unit (fractions -> percent)."""
    if fact is not None and claim.kind == "fraction" and fact_dimension(fact) == "percent":
        return 100.0
    if fact is None and claim.kind == "fraction":
        return 100.0
    return 1.0


def rounding_half_width(claim: Claim) -> float:
    """Half-width implied by how the figure is written, in the claim's own units.

    The extractor's precision when it gives one, widened for round figures: "32,000 troops" is
    rounded to the thousand (half a thousand either way, at most 5% of the figure), "23" is not.
    """
    if claim.precision is not None:
        return max(abs(claim.precision), _round_figure(claim))
    value = claim.value if isinstance(claim.value, float | int) else claim.low
    if not isinstance(value, float | int):
        return 0.0
    match = _NUMBER.search(claim.text)
    if match is None or claim.kind == "fraction":
        # A word figure or fraction ("a quarter", "one in four"): rounded by nature.
        return abs(float(value)) * WORD_FRACTION_MARGIN
    written = float(match.group(0).replace(",", ""))
    decimals = len(match.group(1) or "")
    scale = abs(float(value)) / written if written else 1.0
    if decimals == 0 and claim.kind in ("count", "number") and scale <= 1.0:
        return 0.0  # "23" allies is exact
    return 0.5 * 10.0 ** (-decimals) * scale


def _has_decimals(claim: Claim) -> bool:
    """Is the figure written with a decimal fraction ("47.3 billion"), so precise by choice?"""
    match = _NUMBER.search(claim.text)
    return match is not None and bool(match.group(1)) and claim.kind != "fraction"


def _round_figure(claim: Claim) -> float:
    if claim.kind not in ("count", "number", "money") or not isinstance(claim.value, float | int):
        return 0.0
    match = _NUMBER.search(claim.text)
    if match is None or match.group(1):
        return 0.0
    digits = match.group(0).replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    # "$560 billion" is rounded to the ten billion, as "32,000" is to the thousand; a count
    # with one zero ("30 members") is exact.
    scale = abs(float(claim.value)) / float(digits) if float(digits) else 1.0
    least = 1 if claim.kind == "money" and scale > 1.0 else 2
    if zeros < least or len(digits) == zeros:
        return 0.0
    return min(10.0**zeros / 2 * scale, ROUND_FIGURE_MARGIN * abs(float(claim.value)))


def claim_interval(claim: Claim, fact: Fact | None = None, lead: str = "") -> Interval | None:
    """The values the claim's wording allows, in the fact's unit; None for non-numeric claims.

    ``lead`` is the text just before the figure, for hedges the extractor left out of the claim.
    A fact with its own tolerance replaces the claim's rounding half-width (the tolerance wins).
    """
    if claim.kind in ("year", "date"):
        return _year_interval(claim, lead)
    low, high = claim.low, claim.high
    value = claim.value
    if not isinstance(low, float | int) or not isinstance(high, float | int):
        if not isinstance(value, float | int):
            return None
        low = high = value
    factor = _scale(claim, fact)
    low, high = float(low) * factor, float(high) * factor
    has_tolerance = fact is not None and (
        fact.tolerance_abs is not None or fact.tolerance_rel is not None
    )
    rounding = 0.0 if has_tolerance else rounding_half_width(claim) * factor
    wording = f"{lead[-24:]} {claim.text}"
    qualifier = claim.qualifier
    # A value exactly halfway is not what a rounded figure says: "4%" for a 3.5 stated to one
    # decimal overstates it, and whether 3.45 reads "3.5%" depends on a rounding convention the
    # article does not state. So rounding edges are exclusive; a fact's own tolerance is not.
    edge = rounding > 1e-6 * max(abs(low), abs(high), 1e-12)
    if qualifier == "approximate":
        margin = APPROX_MARGIN * max(abs(low), abs(high))
        if _has_decimals(claim):
            margin = min(margin, APPROX_HALF_WIDTHS * rounding)
        margin = max(rounding, margin)
        by_rounding = edge and margin == rounding
        if _BELOW_ONLY.search(wording):
            return Interval(low - margin, high, low_open=by_rounding)
        return Interval(low - margin, high + margin, by_rounding, by_rounding)
    if qualifier == "more_than":
        return Interval(high, math.inf, low_open=True)
    if qualifier == "at_least":
        return Interval(low - rounding, math.inf, low_open=edge)
    if qualifier == "less_than":
        return Interval(-math.inf, low, high_open=True)
    if qualifier == "at_most":
        return Interval(-math.inf, high + rounding, high_open=edge)
    return Interval(low - rounding, high + rounding, edge, edge)


def _year_of(value: object) -> int | None:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and re.match(r"\d{4}", value):
        return int(value[:4])
    return None


def _year_interval(claim: Claim, lead: str) -> Interval | None:
    first = _year_of(claim.low) or _year_of(claim.value)
    last = _year_of(claim.high) or _year_of(claim.value)
    if first is None or last is None:
        return None
    bound = year_bound(claim, lead)
    if bound == "lower":
        return Interval(first, math.inf)
    if bound == "upper":
        return Interval(-math.inf, last)
    return Interval(first, last)


def year_bound(claim: Claim, lead: str = "") -> str | None:
    """ "lower" for "as early as 2027"/"since", "upper" for "by 2029"/"before", else None."""
    if claim.qualifier in ("at_least", "more_than", "since"):
        return "lower"
    if claim.qualifier in ("at_most", "less_than", "by"):
        return "upper"
    if _LOWER_BOUND_LEAD.search(lead):
        return "lower"
    if _UPPER_BOUND_LEAD.search(lead):
        return "upper"
    return None


def fact_interval(fact: Fact) -> Interval | None:
    """The fact's value (or range) widened by its own tolerance; years for year/date facts."""
    dim = fact_dimension(fact)
    if dim in ("year", "date"):
        first = _year_of(fact.low) or _year_of(fact.value)
        last = _year_of(fact.high) or _year_of(fact.value)
        return None if first is None or last is None else Interval(first, last)
    low = fact.low if isinstance(fact.low, float | int) else fact.value
    high = fact.high if isinstance(fact.high, float | int) else fact.value
    if not isinstance(low, float | int) or not isinstance(high, float | int):
        return None
    low, high = float(low), float(high)
    # A bound ("<= 21 allies"): one end given, the other open.
    if fact.low is None and isinstance(fact.high, float | int):
        low = -math.inf
    elif fact.high is None and isinstance(fact.low, float | int):
        high = math.inf
    tolerance = 0.0
    if fact.tolerance_abs is not None:
        tolerance = fact.tolerance_abs
    if fact.tolerance_rel is not None:
        tolerance = max(tolerance, fact.tolerance_rel * max(abs(low), abs(high)))
    return Interval(low - tolerance, high + tolerance)


def agrees(claim: Claim, fact: Fact, lead: str = "") -> bool | None:
    """True/False when the values can be compared; None when they cannot (text, wrong units)."""
    if not compatible(claim, fact):
        return None
    if claim.kind == "date" and fact_dimension(fact) == "date":
        return _date_agrees(claim, fact)
    c = claim_interval(claim, fact, lead)
    f = fact_interval(fact)
    if c is None or f is None:
        return None
    return c.overlaps(f)


def anchor_agrees(claim: Claim, fact: Fact) -> bool | None:
    """For bounded year claims against statements: is the bound year itself what was said?"""
    year = _year_of(claim.value)
    f = fact_interval(fact)
    if year is None or f is None:
        return None
    return f.contains(year)


def _date_agrees(claim: Claim, fact: Fact) -> bool | None:
    if not isinstance(fact.value, str):
        return None
    try:
        day = date.fromisoformat(fact.value[:10])
    except ValueError:
        return agrees_years(claim, fact)
    if not re.search(r"\d{4}", claim.text) and isinstance(claim.value, str):
        # "in March", "on March 7": the year was guessed from the article's date; compare the rest.
        parts = claim.value.split("-")[1:]
        return parts == fact.value[:10].split("-")[1 : 1 + len(parts)]
    if claim.time is not None:
        return claim.time.contains(day)
    return isinstance(claim.value, str) and fact.value.startswith(claim.value)


def agrees_years(claim: Claim, fact: Fact) -> bool | None:
    c, f = _year_of(claim.value), fact_interval(fact)
    return None if c is None or f is None else f.contains(c)
