"""Figures whose unit stands after blanked-out markup, through the public API
(tests/extraction/cases/markup_units.yaml)."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.api import extract_text

CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "markup_units.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["input"][:50] for c in CASES])
def test_unit_after_markup(case: dict[str, Any]) -> None:
    result = extract_text(case["input"], as_of=date(2025, 12, 25), path=case["path"])
    for want in case["claims"]:
        found = [
            c
            for c in result.claims
            if c.kind == want["kind"]
            and isinstance(c.value, float)
            and math.isclose(c.value, want["value"])
        ]
        assert found, [(c.text, c.kind, c.value) for c in result.claims]
        for key, value in want.items():
            assert getattr(found[0], key) == value, (key, getattr(found[0], key))
