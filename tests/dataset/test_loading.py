"""Loading the fixture dataset: facts, merged aliases and keywords, periods, series, indexes."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from claimcheck.dataset import Dataset, default_dataset_path, load_dataset, validate_paths
from claimcheck.errors import DatasetError
from claimcheck.model import Period

HERE = Path(__file__).parent
FIXTURE = HERE / "fixture"
TODAY = date(2025, 12, 25)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset([FIXTURE], today=TODAY)


def test_fixture_is_clean() -> None:
    assert validate_paths([FIXTURE], today=TODAY) == []


def test_info_merges_files(dataset: Dataset) -> None:
    assert dataset.info.name == "fixture"
    assert dataset.info.version == "1.0"
    assert dataset.info.licence == "CC0-1.0"
    assert [Path(p).name for p in dataset.info.paths] == ["facts.yaml", "meta.yaml"]


def test_series_expands_with_ids_periods_and_overrides(dataset: Dataset) -> None:
    fact = dataset.get("de-defexp-2024")
    assert fact is not None
    assert fact.value == 2.12 and fact.low == fact.high == 2.12
    assert fact.period == Period(date(2024, 1, 1), date(2024, 12, 31))
    assert fact.period_type == "point"
    assert fact.note == "estimate"
    assert fact.valid_from == date(2025, 8, 28)
    assert fact.sources[0].publisher == "NATO"
    assert dataset.get("de-defexp") is None
    assert dataset.get("DE-DEFEXP-2014") is dataset.get("de-defexp-2014")


def test_merged_aliases_and_keywords(dataset: Dataset) -> None:
    fact = dataset.get("nato-members")
    assert fact is not None
    # subject-level aliases plus a fact-level alias declared on another NATO fact
    assert fact.aliases == (
        "the alliance",
        "allies",
        "North Atlantic Treaty Organization",
        "NATO allies",
    )
    assert fact.keywords == ("members", "member countries", "allies")
    assert dataset.subjects()["Germany"] == ("German", "Germans", "Berlin")
    assert dataset.alias_index()["berlin"] == ("Germany",)


def test_values_units_and_periods(dataset: Dataset) -> None:
    target = dataset.get("hague-target")
    assert target is not None and target.unit == "%" and target.value == 5.0
    assert target.period == Period(None, date(2035, 12, 31))
    assert target.period_type == "deadline" and target.tolerance_abs == 0.05
    core = dataset.get("hague-core-range")
    assert core is not None and (core.low, core.high, core.value) == (3.5, 5.0, 4.25)
    assert core.period_type == "span"
    fund = dataset.get("de-special-fund")
    assert fund is not None and fund.unit == "EUR" and fund.value == 100_000_000_000.0
    assert fund.period == Period(date(2022, 6, 1), date(2022, 6, 30))
    said = dataset.get("rutte-russia-attack")
    assert said is not None and said.type == "statement" and said.value == "2030"
    assert said.speaker == "Mark Rutte" and said.stated_on == date(2025, 6, 9)
    steel = dataset.get("steel-output")
    assert steel is not None and steel.unit == "tonnes" and steel.value == 15_000_000.0


def test_series_entries_override_and_take_deadlines(dataset: Dataset) -> None:
    old, new = dataset.get("uk-target-by-2030"), dataset.get("uk-target-by-2027")
    assert old is not None and new is not None
    assert old.period == Period(None, date(2030, 12, 31)) and old.period_type == "deadline"
    assert (old.valid_from, old.valid_until) == (date(2024, 4, 23), date(2025, 2, 25))
    # the entry's explicit null reopens the end the fact set
    assert (new.valid_from, new.valid_until) == (date(2025, 2, 25), None)
    assert new.sources[0].title == "UK to spend 2.5% by 2027"


def test_location_points_at_id(dataset: Dataset) -> None:
    fact = dataset.get("nato-members")
    assert fact is not None and fact.location is not None
    line = (FIXTURE / "facts.yaml").read_text().splitlines()[fact.location.line - 1]
    assert line[fact.location.column - 1 :].startswith("nato-members")


def test_facts_for_subject_by_name_or_alias(dataset: Dataset) -> None:
    by_name = dataset.facts_for_subject("Germany")
    assert {f.subject for f in by_name} == {"Germany"} and len(by_name) == 7
    assert dataset.facts_for_subject("berlin") == by_name
    assert dataset.facts_for_subject("Atlantis") == ()


def test_dataset_pickles_with_indexes(dataset: Dataset) -> None:
    again = pickle.loads(pickle.dumps(dataset))
    assert again == dataset
    assert again.get("nato-members") == dataset.get("nato-members")


def test_a_bare_path_is_one_path() -> None:
    assert load_dataset(str(FIXTURE)).info.name == "fixture"  # type: ignore[arg-type]
    assert load_dataset(FIXTURE / "meta.yaml").facts == ()  # type: ignore[arg-type]


def test_directories_skip_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".github").mkdir()
    (tmp_path / "sub" / "a.yml").write_text('dataset: {name: x, version: "1"}\n')
    (tmp_path / ".github" / "ci.yaml").write_text("on: push\n")
    (tmp_path / ".#a.yaml").write_text("{{{")
    (tmp_path / "notes.txt").write_text("{{{")
    assert load_dataset([tmp_path]).info.paths == (str(tmp_path / "sub" / "a.yml"),)


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError) as caught:
        load_dataset([tmp_path / "nope.yaml"])
    assert "no such file" in str(caught.value)


def test_default_dataset_has_no_errors() -> None:
    root = default_dataset_path()
    if not root.is_dir() or not any(root.rglob("*.yaml")):
        pytest.skip("no default dataset yet")
    errors = [p for p in validate_paths(None) if p.severity == "error"]
    assert errors == []
