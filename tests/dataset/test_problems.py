"""Every error and warning of the dataset loader, with its exact place and wording.

Cases are data: tests/dataset/cases/problems.yaml (see its header for the format).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.dataset import load_dataset, validate_paths
from claimcheck.errors import DatasetError

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "problems.yaml").read_text())
TODAY = date(2025, 12, 25)
META = """\
dataset: {name: cases, version: "1"}
sources:
  nato: {title: NATO report, publisher: NATO, url: "https://nato.int/r", published: 2025-08-28}
  old: {title: Old report, publisher: NATO, published: 2020-01-01}
subjects:
  NATO: {aliases: [the alliance, allies]}
"""


def _write(root: Path, case: dict[str, Any]) -> None:
    if case.get("meta", True):
        (root / "meta.yaml").write_text(META)
    (root / "data.yaml").write_text(case["yaml"])
    for name, text in (case.get("files") or {}).items():
        (root / name).write_text(text)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_problem(case: dict[str, Any], tmp_path: Path) -> None:
    _write(tmp_path, case)
    problems = validate_paths([tmp_path], today=TODAY)
    got = [
        (p.severity, Path(p.path).name, p.line, p.column, p.message, p.hint or "") for p in problems
    ]
    expected = case["expected"]
    assert len(got) == len(expected), "\n".join(str(p) for p in problems)
    for want, have in zip(expected, got, strict=True):
        severity, name, line, column, message, hint = have
        assert (severity, name, line, column) == (
            want["severity"],
            want.get("file", "data.yaml"),
            want["line"],
            want["column"],
        ), message
        assert want["message"].replace("{dir}", str(tmp_path)) in message
        assert want.get("hint", "").replace("{dir}", str(tmp_path)) in hint


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if any(e["severity"] == "error" for e in c["expected"])],
    ids=lambda c: c["name"],
)
def test_errors_refuse_the_whole_dataset(case: dict[str, Any], tmp_path: Path) -> None:
    _write(tmp_path, case)
    with pytest.raises(DatasetError) as caught:
        load_dataset([tmp_path], today=TODAY)
    errors = [e for e in case["expected"] if e["severity"] == "error"]
    assert len(caught.value.problems) == len(errors)
    assert all(p.severity == "error" for p in caught.value.problems)
