"""FileGate levels and severities (cases/gate_levels.yaml): an error exactly when failing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.model import CheckedClaim, Claim
from claimcheck.report import gate_for

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "gate_levels.yaml").read_text("utf-8"))


@pytest.mark.parametrize(("verdict", "fail_on", "suppressed", "level", "severity"), CASES)
def test_level_and_severity(
    verdict: str, fail_on: list[str], suppressed: bool, level: str, severity: str
) -> None:
    claim = Claim("3.0%", 0, 4, 1, 1, "percent", 3.0)
    checked = CheckedClaim(claim, verdict, None, 0.9, "m", suppressed=suppressed)  # type: ignore[arg-type]
    gate = gate_for(fail_on, ["all"])
    assert gate.level(checked) == level
    assert gate.severity(checked) == severity
    assert gate.fails(checked) == (level == "error")
