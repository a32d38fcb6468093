"""Comparison: the interval table, and properties that must hold for any figure."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.comparison import (
    agrees,
    claim_interval,
    fact_interval,
    rounding_half_width,
)
from claimcheck.dimensions import compatible
from claimcheck.model import Claim, Fact, Period, Source

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "intervals.yaml").read_text("utf-8"))
SOURCE = (Source("test"),)


def claim(kind: str = "percent", value: Any = 1.0, text: str = "1%", **kw: Any) -> Claim:
    low = kw.pop("low", value)
    high = kw.pop("high", value)
    time = None
    if kind in ("year", "date") and isinstance(value, str):
        year = int(value[:4])
        time = Period(date(year, 1, 1), date(year, 12, 31))
    return Claim(text, 0, len(text), 1, 1, kind, value, low, high, time=time, **kw)  # type: ignore[arg-type]


def fact(value: Any = 1.0, unit: str = "%", **kw: Any) -> Fact:
    low = kw.pop("low", value)
    high = kw.pop("high", value)
    tolerance = {"tolerance_abs": kw.pop("tol_abs", None), "tolerance_rel": kw.pop("tol_rel", None)}
    return Fact("f", "S", "p", value, unit, SOURCE, low=low, high=high, **tolerance, **kw)


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_interval_table(case: dict[str, Any]) -> None:
    c = claim(**case["claim"])
    f = fact(**case["fact"])
    assert agrees(c, f) == case["agrees"], (claim_interval(c, f), fact_interval(f))


def test_table_covers_every_qualifier() -> None:
    used = {c["claim"].get("qualifier") for c in CASES}
    assert used >= {None, "approximate", "at_least", "at_most", "more_than", "less_than", "by"}


values = st.floats(min_value=0.001, max_value=1e12, allow_nan=False, allow_infinity=False)
widths = st.floats(min_value=0.0, max_value=1e6, allow_nan=False)
qualifiers = st.sampled_from([None, "approximate", "at_least", "at_most"])


@given(value=values, precision=widths, qualifier=qualifiers)
def test_interval_contains_the_value(value: float, precision: float, qualifier: Any) -> None:
    interval = claim_interval(claim("count", value, "x", precision=precision, qualifier=qualifier))
    assert interval is not None and interval.contains(value)


@given(value=values, small=widths, extra=widths, qualifier=qualifiers)
def test_widening_is_monotone(value: float, small: float, extra: float, qualifier: Any) -> None:
    narrow = claim_interval(claim("count", value, "x", precision=small, qualifier=qualifier))
    wide = claim_interval(claim("count", value, "x", precision=small + extra, qualifier=qualifier))
    assert narrow is not None and wide is not None
    assert wide.low <= narrow.low and narrow.high <= wide.high


@given(value=values, precision=widths)
def test_hedge_only_widens(value: float, precision: float) -> None:
    exact = claim_interval(claim("count", value, "x", precision=precision))
    hedged = claim_interval(
        claim("count", value, "x", precision=precision, qualifier="approximate")
    )
    assert exact is not None and hedged is not None
    assert hedged.low <= exact.low and exact.high <= hedged.high


@given(value=values, tolerance=widths, more=widths)
def test_fact_tolerance_is_monotone(value: float, tolerance: float, more: float) -> None:
    a = fact_interval(fact(value, "count", tol_abs=tolerance))
    b = fact_interval(fact(value, "count", tol_abs=tolerance + more))
    assert a is not None and b is not None and a.contains(value)
    assert b.low <= a.low and a.high <= b.high


@given(value=st.floats(min_value=0.0, max_value=100.0, allow_nan=False))
def test_fraction_equals_its_percent(value: float) -> None:
    assert agrees(claim("fraction", value / 100, "x", precision=0.0), fact(value, "%"))


@given(value=values)
def test_more_than_excludes_its_bound(value: float) -> None:
    interval = claim_interval(claim("count", value, "x", qualifier="more_than"))
    assert interval is not None and not interval.contains(value) and interval.high == math.inf


@given(value=values, code=st.sampled_from(["EUR", "USD", "GBP", "JPY"]))
def test_currency_mismatch_never_agrees(value: float, code: str) -> None:
    other = "CHF"
    assert agrees(claim("money", value, "x", unit=code), fact(value, other)) is None
    assert agrees(claim("money", value, "x", unit=code, precision=0.0), fact(value, code))


@given(value=values)
def test_points_and_percent_never_mix(value: float) -> None:
    assert not compatible(claim("percentage_points", value, "x", unit="pp"), fact(value, "%"))
    assert not compatible(claim("percent", value, "x", unit="%"), fact(value, "pp"))


@pytest.mark.parametrize(
    ("text", "kind", "value", "width"),
    [
        ("3.5%", "percent", 3.5, 0.05),
        ("3%", "percent", 3.0, 0.5),
        ("23 allies", "count", 23.0, 0.0),
        ("1.2 million", "count", 1.2e6, 5e4),
        ("€150bn", "money", 1.5e11, 5e8),
        ("0.25", "number", 0.25, 0.005),
    ],
)
def test_rounding_from_the_written_figure(text: str, kind: str, value: float, width: float) -> None:
    assert rounding_half_width(claim(kind, value, text)) == pytest.approx(width)
