"""Identifiers, phone numbers, URLs, times and stray digits must not become quantity claims
(tests/extraction/cases/negatives*.yaml)."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extraction import extract_claims

CASES = Path(__file__).parent / "cases"
QUANTITY_KINDS = {"number", "percent", "percentage_points", "money", "fraction", "count", "range"}


def _load() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(CASES.glob("negatives*.yaml")):
        cases.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return cases


NEGATIVES = _load()


@pytest.mark.parametrize("case", NEGATIVES, ids=[c["input"][:50] for c in NEGATIVES])
def test_no_quantity_from_identifiers(case: dict[str, Any]) -> None:
    claims = extract_claims(case["input"], date(2025, 12, 25))
    quantities = [c for c in claims if c.kind in QUANTITY_KINDS]
    absent = case.get("absent")
    if absent is None:
        assert quantities == [], [c.text for c in quantities]
        return
    for value in absent:
        hits = [
            c
            for c in quantities
            if isinstance(c.value, float) and math.isclose(c.value, value, rel_tol=1e-9)
        ]
        assert hits == [], [c.text for c in hits]
