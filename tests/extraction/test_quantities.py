"""Quantity extraction, case by case (tests/extraction/cases/quantities*.yaml), and the contract
every extraction result keeps: sorted, non-overlapping, text == the slice it points at."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extraction import extract_claims
from claimcheck.model import CLAIM_KINDS, QUALIFIERS, Claim

CASES = Path(__file__).parent / "cases"
AS_OF = date(2025, 12, 25)


def _load(pattern: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(CASES.glob(pattern)):
        cases.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return cases


QUANTITY_CASES = _load("quantities*.yaml")
TEMPORAL_KINDS = {"year", "date", "period", "duration"}


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(want, got, rel_tol=1e-9, abs_tol=1e-12)
    return bool(want == got)


@pytest.mark.parametrize("case", QUANTITY_CASES, ids=[c["input"][:50] for c in QUANTITY_CASES])
def test_quantity_case(case: dict[str, Any]) -> None:
    claims = extract_claims(case["input"], AS_OF)
    quantities = [c for c in claims if c.kind not in TEMPORAL_KINDS]
    if not case["claims"]:
        assert quantities == [], [c.text for c in quantities]
    for want in case["claims"]:
        found = [c for c in quantities if c.text == want["text"]]
        assert found, f"no claim {want['text']!r} in {[c.text for c in claims]}"
        claim = found[0]
        for key, value in want.items():
            assert _same(value, getattr(claim, key)), (key, value, getattr(claim, key))


def check_contract(text: str, claims: list[Claim]) -> None:
    """What every caller may rely on, whatever the text."""
    previous_end = 0
    for claim in claims:
        assert claim.kind in CLAIM_KINDS
        assert claim.qualifier is None or claim.qualifier in QUALIFIERS
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.start >= previous_end, "claims overlap or are out of order"
        assert claim.text == text[claim.start : claim.end]
        assert claim.line >= 1 and claim.column >= 1
        s_start, s_end = claim.sentence
        assert s_start <= claim.start < max(s_end, claim.start + 1)
        previous_end = claim.end


@pytest.mark.parametrize("case", QUANTITY_CASES, ids=[c["input"][:50] for c in QUANTITY_CASES])
def test_contract_on_cases(case: dict[str, Any]) -> None:
    check_contract(case["input"], extract_claims(case["input"], AS_OF))


def test_time_attached_to_a_deadline() -> None:
    text = "Allies agreed to spend 3.5% of GDP on core defence by 2029."
    claims = extract_claims(text, AS_OF)
    pct = next(c for c in claims if c.kind == "percent")
    years = [c for c in claims if c.kind in TEMPORAL_KINDS]
    if not years:
        pytest.skip("temporal extraction not available")
    assert pct.time is not None and pct.time.start is None
    assert pct.time.end == date(2029, 12, 31)
    assert pct.time_text == "by 2029"


def test_time_attached_to_a_year() -> None:
    claims = extract_claims("Inflation was 2.4% in 2024.", AS_OF)
    pct = next(c for c in claims if c.kind == "percent")
    if not any(c.kind in TEMPORAL_KINDS for c in claims):
        pytest.skip("temporal extraction not available")
    assert pct.time is not None
    assert (pct.time.start, pct.time.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert pct.time_text == "in 2024"


def test_sentence_span_holds_the_claim() -> None:
    text = "Mr. Smith said 3.5 million people left. Then 20% returned."
    claims = extract_claims(text, AS_OF)
    first, second = (c for c in claims if c.kind != "year")
    assert text[slice(*first.sentence)] == "Mr. Smith said 3.5 million people left."
    assert text[slice(*second.sentence)] == "Then 20% returned."


def test_reporting_date_is_not_the_figures_period() -> None:
    text = "The Pentagon said on Tuesday it would send 3,000 troops to Poland."
    claims = extract_claims(text, AS_OF)
    troops = next(c for c in claims if c.kind == "count")
    assert troops.time is None


def test_period_in_another_clause_is_not_attached() -> None:
    text = "The total rose to 10,000, as members prepare for a summit in July."
    claims = extract_claims(text, AS_OF)
    total = next(c for c in claims if c.kind == "number")
    assert total.time is None
