"""Run-level rules: exit codes, progress, atomic output."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import run


@pytest.mark.parametrize(
    ("failed", "unreadable", "exit_zero", "code"),
    [
        (False, 0, False, 0),
        (True, 0, False, 1),
        (True, 0, True, 0),
        (False, 1, False, 2),
        (True, 1, True, 2),  # --exit-zero never hides an unreadable input
    ],
)
def test_exit_codes(failed: bool, unreadable: int, exit_zero: bool, code: int) -> None:
    assert run.exit_code_for(failed, unreadable, exit_zero) == code


@pytest.mark.parametrize("enabled", [True, False])
def test_progress_passes_every_item_through(
    enabled: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list(run._with_progress(iter(range(50)), 50, enabled))
    assert items == list(range(50))
    assert capsys.readouterr().out == ""  # progress never touches stdout


def test_atomic_output_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    with pytest.raises(RuntimeError), run.AtomicOutput(target) as handle:
        handle.write("half a report")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []
    with run.AtomicOutput(target) as handle:
        handle.write("whole")
    assert target.read_text() == "whole" and len(list(tmp_path.iterdir())) == 1
