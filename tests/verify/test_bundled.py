"""Phrasings checked against the bundled dataset (tests/verify/cases/bundled.yaml, redteam.yaml)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck import api

CASES = [
    case
    for name in ("bundled.yaml", "redteam.yaml")
    for case in yaml.safe_load((Path(__file__).parent / "cases" / name).read_text("utf-8"))
]


@pytest.fixture(scope="module")
def bundled() -> Any:
    return api.load_dataset()


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:60] for c in CASES])
def test_bundled_phrasing(case: dict[str, Any], bundled: Any) -> None:
    report = api.check_text(case["text"], bundled, as_of=case.get("as_of", date(2025, 12, 25)))
    found = [c for c in report.claims if case["figure"] in c.claim.text]
    if case["verdict"] == "omitted":
        assert found == [], [(c.claim.text, c.verdict) for c in found]
        return
    assert found, [c.claim.text for c in report.claims]
    assert found[0].verdict == case["verdict"], found[0].message
    assert case.get("message", "") in found[0].message
