"""Search, history, descriptions and statistics over the fixture; the compiled cache."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.dataset import Dataset, load_dataset
from claimcheck.dataset.search import (
    dataset_stats,
    describe_period,
    describe_validity,
    describe_value,
    history,
    search_facts,
)
from claimcheck.errors import DatasetError

HERE = Path(__file__).parent
FIXTURE = HERE / "fixture"
SEARCHES = yaml.safe_load((HERE / "cases" / "search.yaml").read_text())
DESCRIBED = yaml.safe_load((HERE / "cases" / "describe.yaml").read_text())


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset([FIXTURE])


@pytest.mark.parametrize("case", SEARCHES, ids=[c["query"] for c in SEARCHES])
def test_search(dataset: Dataset, case: dict[str, Any]) -> None:
    hits = search_facts(dataset, case["query"], today=date(2025, 12, 25))
    top = [h.fact.id for h in hits[: len(case["first"])]]
    assert sorted(top) == sorted(case["first"])
    if not case["first"]:
        assert hits == []


@pytest.mark.parametrize(("fact_id", "expected"), list(DESCRIBED.items()))
def test_describe(dataset: Dataset, fact_id: str, expected: list[str]) -> None:
    fact = dataset.get(fact_id)
    assert fact is not None
    assert [describe_value(fact), describe_period(fact), describe_validity(fact)] == expected


def test_history_orders_periods_then_vintages(dataset: Dataset) -> None:
    fact = dataset.get("de-defexp-2024")
    assert fact is not None
    assert [f.id for f in history(dataset, fact)] == [
        "de-defexp-2014",
        "de-defexp-v2024-2023",
        "de-defexp-2023",
        "de-defexp-v2024-2024",
        "de-defexp-2024",
    ]


def test_stats(dataset: Dataset) -> None:
    stats = dataset_stats(dataset, today=date(2025, 12, 25))
    assert (stats.facts, stats.statements, stats.subjects, stats.files) == (14, 1, 4, 2)
    assert stats.valid_today == 10  # all but the four superseded ones
    assert stats.units[0] == ("%", 9)


def test_cache_reuses_and_invalidates(tmp_path: Path) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(FIXTURE, data)
    first = load_dataset([data], cache_dir=cache)
    pickles = list(cache.glob("*.pickle"))
    assert len(pickles) == 1
    assert load_dataset([data], cache_dir=cache) == first
    facts = data / "facts.yaml"
    facts.write_text(facts.read_text().replace("value: 32", "value: 33"))
    os.utime(facts, ns=(1, 1))  # a different mtime and size: a different key
    changed = load_dataset([data], cache_dir=cache)
    fact = changed.get("nato-members")
    assert fact is not None and fact.value == 33.0
    assert len(list(cache.glob("*.pickle"))) == 1  # the stale state was removed


def test_cache_never_hides_errors(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    (data / "bad.yaml").write_text("facts:\n  - id: x\n")
    for _ in range(2):
        with pytest.raises(DatasetError):
            load_dataset([data], cache_dir=tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("*.pickle"))
