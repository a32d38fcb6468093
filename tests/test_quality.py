"""The code stays lint- and type-clean, every command is documented, start-up stays light."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def test_ruff_clean() -> None:
    proc = subprocess.run(
        [tool("ruff"), "check", "src", "tests", "bench"], cwd=REPO, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_clean() -> None:
    proc = subprocess.run(
        [tool("mypy"), "src/claimcheck"], cwd=REPO, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_importing_the_cli_stays_light() -> None:
    code = (
        "import sys, claimcheck.cli, claimcheck.model, claimcheck.api;"
        "heavy = {'rich', 'typer', 'yaml', 'rapidfuzz', 'click'} & set(sys.modules);"
        "print(','.join(sorted(heavy)))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in ("verify", "extract", "config", "data validate", "data search"):
        assert f"claimcheck {command}" in readme, command
