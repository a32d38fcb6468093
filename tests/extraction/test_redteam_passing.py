"""Red-team quantity rows (tests/extraction/cases/redteam_*.yaml): news phrasings of money,
percentages, hedges, counts and figures in words, and sentences that must yield no quantity at
all (names, scores, references with digits). The rows of redteam_passing.yaml guard against
regressions; those of redteam_quantities.yaml are known misses, strict xfails with their `gap:`,
so a fix that reads one fails until its row moves to a read table.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extraction import extract_claims
from claimcheck.model import TEMPORAL_KINDS

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "redteam_passing.yaml").read_text(encoding="utf-8")
)
GAPS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "redteam_quantities.yaml").read_text(encoding="utf-8")
)
AS_OF = date(2025, 12, 25)
_NOT_QUANTITIES = TEMPORAL_KINDS | {"duration"}


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(want, got, rel_tol=1e-9, abs_tol=1e-12)
    return bool(want == got)


@pytest.mark.parametrize("case", CASES, ids=[c["input"][:50] for c in CASES])
def test_redteam_row(case: dict[str, Any]) -> None:
    _check(case)


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["gap"])) for c in GAPS],
    ids=[c["input"][:50] for c in GAPS],
)
def test_known_miss(case: dict[str, Any]) -> None:
    _check(case)


def _check(case: dict[str, Any]) -> None:
    claims = extract_claims(case["input"], AS_OF)
    quantities = [c for c in claims if c.kind not in _NOT_QUANTITIES]
    if not case["claims"]:
        assert quantities == [], [c.text for c in quantities]
    for want in case["claims"]:
        found = [c for c in quantities if c.text == want["text"]]
        assert found, f"no claim {want['text']!r} in {[c.text for c in claims]}"
        for key, value in want.items():
            got = getattr(found[0], key)
            assert _same(value, got), (key, value, got)


def test_table_holds_both_kinds_of_rows() -> None:
    # a table of only negatives (or only positives) would guard half of what it claims to
    assert sum(1 for c in CASES if c["claims"]) >= 80
    assert sum(1 for c in CASES if not c["claims"]) >= 20
