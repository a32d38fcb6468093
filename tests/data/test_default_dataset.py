"""The bundled default dataset (data/): clean, sourced, complete where it promises to be.

Expectations live in cases/default_dataset.yaml; the research notes in ../shared are used, when
present, to check that nothing they mark unverified was shipped.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from claimcheck.dataset import Dataset, default_dataset_path, load_dataset, validate_paths
from claimcheck.model import Fact

HERE = Path(__file__).parent
CASES_FILE = HERE / "cases" / "default_dataset.yaml"
NOTES = HERE.parents[1] / ".." / "shared" / "notes" / "reference-facts-research.yaml"
SPENDING = "defence spending share of GDP"
SCHEMA_LINE = "# yaml-language-server: $schema=../src/claimcheck/dataset/dataset.schema.json"


def _cases() -> dict[str, Any]:
    import yaml

    with CASES_FILE.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


CASES = _cases()


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(None)


def _valid(ds: Dataset, subject: str, prop: str, day: date) -> list[Fact]:
    return [
        f
        for f in ds.facts
        if f.subject == subject and f.property == prop and f.type == "fact" and f.valid_on(day)
    ]


def test_validates_without_errors_or_warnings() -> None:
    assert [str(p) for p in validate_paths(None)] == []


def test_every_file_names_the_schema() -> None:
    files = sorted(default_dataset_path().glob("*.yaml"))
    assert files
    for path in files:
        assert path.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE, path.name


def _plain(node: object) -> object:
    """YAML as JSON would see it: dates become ISO strings, keys become strings."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node.isoformat() if isinstance(node, date) else node


def test_every_file_matches_the_editor_schema() -> None:
    import json

    import jsonschema
    import yaml

    schema_path = HERE.parents[1] / "src" / "claimcheck" / "dataset" / "dataset.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    for path in sorted(default_dataset_path().glob("*.yaml")):
        data = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == [], path.name


def test_has_at_least_150_facts(dataset: Dataset) -> None:
    assert len(dataset.facts) >= 150


def test_ids_are_unique(dataset: Dataset) -> None:
    ids = [f.id.lower() for f in dataset.facts]
    assert len(ids) == len(set(ids))


def test_every_fact_is_sourced_with_a_date(dataset: Dataset) -> None:
    for fact in dataset.facts:
        assert fact.sources, fact.id
        for source in fact.sources:
            assert source.title, fact.id
            assert source.url or source.publisher, fact.id
            assert source.published is not None, fact.id


def test_statements_have_speaker_and_date(dataset: Dataset) -> None:
    statements = [f for f in dataset.facts if f.type == "statement"]
    assert statements
    for fact in statements:
        assert fact.speaker and fact.stated_on, fact.id


def test_derived_and_conflicting_figures_say_so(dataset: Dataset) -> None:
    # A range value or an explicit tolerance is a curation decision: the note must explain it.
    for fact in dataset.facts:
        if (
            fact.tolerance_abs is not None
            or fact.tolerance_rel is not None
            or fact.low != fact.high
        ):
            assert fact.note, fact.id


@pytest.mark.parametrize("year", sorted(CASES["spending_coverage"]))
def test_spending_coverage_per_ally(dataset: Dataset, year: int) -> None:
    expected = set(CASES["spending_coverage"][year])
    found = {
        f.subject
        for f in dataset.facts
        if f.property == SPENDING
        and f.period is not None
        and f.period.start == date(year, 1, 1)
        and f.period.end == date(year, 12, 31)
        and f.subject not in ("NATO", "NATO European allies and Canada")
    }
    assert found == expected


@pytest.mark.parametrize("year", sorted(CASES["spending_coverage"]))
def test_one_current_spending_figure_per_ally_at_year_end(dataset: Dataset, year: int) -> None:
    # Vintages must hand over without gaps or overlaps: on 25 Dec 2025 each ally has one figure.
    day = date(2025, 12, 25)
    for subject in CASES["spending_coverage"][year]:
        values = [
            f.value
            for f in _valid(dataset, subject, SPENDING, day)
            if f.period is not None and f.period.start == date(year, 1, 1)
        ]
        assert len(values) == 1, (subject, year, values)


@pytest.mark.parametrize(("subject", "prop", "day", "expected"), CASES["valid_on"])
def test_value_valid_on_day(
    dataset: Dataset, subject: str, prop: str, day: date, expected: object
) -> None:
    values = [f.value for f in _valid(dataset, subject, prop, day)]
    assert values == [float(expected) if isinstance(expected, int) else expected]


@pytest.mark.parametrize("case", CASES["key_facts"], ids=lambda c: c["id"])
def test_key_facts(dataset: Dataset, case: dict[str, Any]) -> None:
    fact = dataset.get(case["id"])
    assert fact is not None
    expected = case["value"]
    assert fact.value == (float(expected) if isinstance(expected, int | float) else expected)
    assert fact.unit == case["unit"]
    if "by" in case:
        assert fact.period_type == "deadline"
        assert fact.period is not None and fact.period.end == date(case["by"], 12, 31)


@pytest.mark.parametrize("case", CASES["tolerance"], ids=lambda c: c["id"])
def test_tolerance_window(dataset: Dataset, case: dict[str, Any]) -> None:
    fact = dataset.get(case["id"])
    assert fact is not None and isinstance(fact.value, float)
    tol = fact.tolerance_abs or 0.0
    for value in case["inside"]:
        assert abs(value - fact.value) <= tol, value
    for value in case["outside"]:
        assert abs(value - fact.value) > tol, value


@pytest.mark.parametrize("case", CASES["statements"], ids=lambda c: c["id"])
def test_dated_statements(dataset: Dataset, case: dict[str, Any]) -> None:
    fact = dataset.get(case["id"])
    assert fact is not None and fact.type == "statement"
    expected = case["value"]
    assert fact.value == (float(expected) if isinstance(expected, int) else expected)
    assert fact.speaker == case["speaker"]


@pytest.mark.parametrize(("alias", "subject"), CASES["aliases"])
def test_alias_names_one_subject(dataset: Dataset, alias: str, subject: str) -> None:
    assert dataset.alias_index()[alias.lower()] == (subject,)


# --- against the research notes (skipped when ../shared is absent) ------------------------------

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r")[a-z]* (\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_UNVERIFIED = re.compile(r"not verified|from memory|unverified", re.IGNORECASE)


def _notes() -> list[dict[str, Any]]:
    import yaml

    if not NOTES.is_file():
        pytest.skip("research notes absent")
    with NOTES.open(encoding="utf-8") as handle:
        facts: list[dict[str, Any]] = yaml.safe_load(handle)["facts"]
    return facts


def _unverified_dates(text: str) -> set[date]:
    found = {date(int(y), int(m), int(d)) for y, m, d in _ISO.findall(text)}
    found |= {
        datetime.strptime(f"{d} {m} {y}", "%d %b %Y").date()
        for d, m, y in _DAY_MONTH_YEAR.findall(text)
    }
    return found


# Dates the notes flag as unverified that were verified later, with where: the fact must cite it.
VERIFIED_SINCE = {
    date(2020, 3, 27): "bostonglobe.com",  # North Macedonia's accession (AP)
}


def test_dates_the_notes_could_not_verify_are_not_used(dataset: Dataset) -> None:
    suspect: set[date] = set()
    for entry in _notes():
        for field in ("valid_from", "notes"):
            text = str(entry.get(field) or "")
            # Only the sentence that admits the doubt, not the whole note.
            for sentence in re.split(r"(?<=\.)\s+", text):
                if _UNVERIFIED.search(sentence):
                    suspect |= _unverified_dates(sentence)
    assert suspect, "the notes flag some dates as unverified"
    for fact in dataset.facts:
        used = {fact.valid_from, fact.valid_until, fact.stated_on}
        if fact.unit == "date" and isinstance(fact.value, str):
            used.add(date.fromisoformat(fact.value))
        urls = " ".join(source.url or "" for source in fact.sources)
        unverified = {d for d in used & suspect if VERIFIED_SINCE.get(d, "\0") not in urls}
        assert not unverified, (fact.id, unverified)


def test_unverified_figures_are_not_shipped(dataset: Dataset) -> None:
    unverified = [e for e in _notes() if e["status"] == "unverified"]
    assert unverified
    for entry in unverified:
        period = str(entry.get("refers_to") or "")
        for fact in dataset.facts_for_subject(entry["subject"]):
            if fact.type != "fact" or fact.period is None or not period.isdigit():
                continue
            if fact.period.start != date(int(period), 1, 1):
                continue
            if isinstance(entry.get("value"), float):
                assert fact.value != entry["value"], (fact.id, entry["id"])
            if entry["id"].startswith("defexp-gdp-"):
                assert fact.property != SPENDING, (fact.id, entry["id"])
