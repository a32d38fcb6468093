"""Helpers for the verify tests: small datasets by name, the seed article, running a text."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from claimcheck.checking import check_claims
from claimcheck.model import CheckedClaim

HERE = Path(__file__).resolve().parent
DATASETS = HERE / "datasets"
SEED = HERE.parents[1] / ".." / "shared" / "seeds" / "rutte-dpa-interview.txt"
SEED_DATE = date(2025, 12, 25)


@cache
def small_dataset(name: str):  # type: ignore[no-untyped-def]
    from claimcheck.dataset import load_dataset

    return load_dataset([str(DATASETS / f"{name}.yaml")])


@cache
def default_dataset():  # type: ignore[no-untyped-def]
    from claimcheck.dataset import load_dataset

    return load_dataset(None)


def run(text: str, dataset, as_of: date) -> tuple[CheckedClaim, ...]:  # type: ignore[no-untyped-def]
    from claimcheck.extraction import extract_claims

    return check_claims(text, extract_claims(text, as_of), dataset, as_of)


def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip("../shared/seeds/rutte-dpa-interview.txt is absent")
    return SEED.read_text(encoding="utf-8")
