"""Shared fixtures: where the repository and the outside material live."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture
def seed_article(shared: Path) -> Path:
    path = shared / "seeds" / "rutte-dpa-interview.txt"
    if not path.is_file():
        pytest.skip("seed article absent")
    return path
