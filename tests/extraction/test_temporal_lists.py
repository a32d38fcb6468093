"""find_temporal on phrases with several temporal claims (cases/temporal_lists.yaml): lists that
share the year written after their last item ("Q1 and Q2 2026"), and neighbours that must stay
apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extraction.temporal import find_temporal

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "temporal_lists.yaml").read_text("utf-8")
)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@pytest.mark.parametrize("case", CASES, ids=[c["phrase"] for c in CASES])
def test_phrase(case: dict[str, Any]) -> None:
    as_of = date.fromisoformat(str(case.get("as_of", "2025-12-25")))
    claims = find_temporal(case["phrase"], as_of)
    assert [c.text for c in claims] == [w["text"] for w in case["claims"]]
    for claim, want in zip(claims, case["claims"], strict=True):
        assert set(want) <= {"text", "kind", "value", "qualifier", "time"}, want  # no typos
        assert claim.qualifier == want.get("qualifier"), claim.text  # none unless given
        for key in ("kind", "value"):
            if key in want:
                assert getattr(claim, key) == want[key], (claim.text, key)
        if "time" in want:
            start, end = str(want["time"]).split("..")
            assert claim.time is not None
            assert (claim.time.start, claim.time.end) == (_day(start), _day(end))
