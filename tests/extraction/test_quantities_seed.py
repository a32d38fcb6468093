"""The first article the tool must handle (../shared/seeds/rutte-dpa-interview.txt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.extraction import extract_claims
from claimcheck.model import Claim

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "rutte-dpa-interview.txt"


@pytest.fixture(scope="module")
def claims() -> dict[str, Claim]:
    if not SEED.is_file():
        pytest.skip("the shared seed article is not available")
    text = SEED.read_text(encoding="utf-8")
    return {c.text: c for c in extract_claims(text, date(2025, 12, 25))}


def test_seed_quantities(claims: dict[str, Claim]) -> None:
    members = claims["23 EU member states"]
    assert (members.kind, members.value, members.unit) == ("count", 23, "EU member states")
    quarter = claims["around a quarter"]
    assert (quarter.kind, quarter.value, quarter.qualifier) == ("fraction", 0.25, "approximate")
    pct = claims["3.5%"]
    assert (pct.kind, pct.value, pct.context) == ("percent", 3.5, "of GDP")


def test_seed_has_no_identifier_claims(claims: dict[str, Claim]) -> None:
    assert not [t for t in claims if t == "5" or t.startswith("Article")]


def test_seed_deadline_attached(claims: dict[str, Claim]) -> None:
    pct = claims["3.5%"]
    if pct.time is None:
        pytest.skip("temporal extraction not available")
    assert pct.time.end == date(2029, 12, 31) and pct.time.start is None
