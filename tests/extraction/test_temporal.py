"""find_temporal against the phrase table in cases/temporal.yaml and the seed article."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extraction.temporal import find_temporal
from claimcheck.model import Claim

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "temporal.yaml").read_text("utf-8"))
AS_OF = date(2025, 12, 25)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _check_claim(claim: Claim, case: dict[str, Any]) -> None:
    assert claim.kind == case["kind"]
    if "value" in case:
        assert claim.value == case["value"]
    for key in ("text", "unit", "low", "high", "time_text"):
        if key in case:
            assert getattr(claim, key) == case[key], key
    assert claim.qualifier == case.get("qualifier")
    if "time" in case:
        if case["time"] == "none":
            assert claim.time is None
        else:
            start, end = str(case["time"]).split("..")
            assert claim.time is not None
            assert (claim.time.start, claim.time.end) == (_day(start), _day(end))


@pytest.mark.parametrize("case", CASES, ids=[c["phrase"] for c in CASES])
def test_phrase(case: dict[str, Any]) -> None:
    as_of = date.fromisoformat(str(case.get("as_of", AS_OF)))
    claims = find_temporal(case["phrase"], as_of)
    if case.get("none"):
        assert claims == [], [c.text for c in claims]
        return
    assert len(claims) == 1, [c.text for c in claims]
    claim = claims[0]
    _check_claim(claim, case)
    assert case["phrase"][claim.start : claim.end] == claim.text
    assert (claim.line, claim.column, claim.sentence, claim.precision) == (0, 0, (0, 0), None)


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 80
    assert sum(1 for c in CASES if c.get("none")) >= 20


def test_claims_sorted_and_disjoint() -> None:
    text = " ".join(c["phrase"] for c in CASES)
    claims = find_temporal(text, AS_OF)
    assert len(claims) > 100
    for a, b in zip(claims, claims[1:], strict=False):
        assert a.end <= b.start
    for c in claims:
        assert text[c.start : c.end] == c.text


def test_seed_article(seed_article: Path) -> None:
    text = seed_article.read_text("utf-8")
    claims = {c.text: c for c in find_temporal(text, date(2025, 12, 25))}
    assert set(claims) == {"Thursday", "as early as 2027", "by 2029", "2035"}
    assert claims["Thursday"].value == "2025-12-25"
    assert claims["as early as 2027"].qualifier == "at_least"
    assert claims["by 2029"].qualifier == "by"
    assert claims["2035"].qualifier is None


def test_empty_and_odd_text() -> None:
    assert find_temporal("", AS_OF) == []
    assert find_temporal("\x00\ufeff 2024\u00a0March", AS_OF)  # no crash, still finds
    assert find_temporal("İstanbul in 2024", AS_OF)[0].text == "2024"  # lower() changes length
