"""The phrasing table: each sentence, extracted and checked for real, gives the expected verdict."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from verifyhelpers import run, small_dataset

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "phrasings.yaml").read_text("utf-8"))


def _id(case: dict[str, Any]) -> str:
    return f"{case['rule']}: {case['text'][:50]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_phrasing(case: dict[str, Any]) -> None:
    as_of = case.get("as_of", date(2025, 12, 25))
    checked = run(case["text"], small_dataset(case.get("dataset", "nato")), as_of)
    mine = [c for c in checked if case["figure"] in c.claim.text]
    if case["verdict"] == "omitted":
        assert not mine, f"{case['figure']!r} should not be judged: {mine}"
        return
    assert len(mine) == 1, f"expected one claim with {case['figure']!r}, got {checked}"
    got = mine[0]
    summary = f"{got.verdict} {got.fact.id if got.fact else None}: {got.message}"
    assert got.verdict == case["verdict"], summary
    if "fact" in case:
        assert (got.fact.id if got.fact else None) == case["fact"], summary
    if "message" in case:
        assert case["message"] in got.message, summary


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 100
    assert {c["verdict"] for c in CASES} >= {
        "supported",
        "contradicted",
        "outdated",
        "unverifiable",
        "omitted",
    }
