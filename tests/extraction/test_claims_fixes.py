"""Whole-pipeline rows (extract_claims, quantities and dates together) for issue #2's fixes:
the temporal claim a phrase must yield once the quantity reading no longer takes its words
(tests/extraction/cases/claims_fixes.yaml)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extraction import extract_claims

CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "claims_fixes.yaml").read_text(encoding="utf-8")
)


def _field(value: Any) -> Any:
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


@pytest.mark.parametrize("case", CASES, ids=[c["input"][:50] for c in CASES])
def test_claim_row(case: dict[str, Any]) -> None:
    claims = extract_claims(case["input"], date(2025, 12, 25))
    for text in case.get("absent", []):  # words that must not be a claim of their own
        assert text not in [c.text for c in claims]
    for want in case["claims"]:
        found = [c for c in claims if c.text == want["text"]]
        assert found, [(c.text, c.kind) for c in claims]
        for key, value in want.items():
            got = getattr(found[0], key)
            if key == "time" and got is not None:  # written [start, end], ISO or null
                got = [d.isoformat() if d else None for d in (got.start, got.end)]
            assert _field(value) == got, (key, value, got)
