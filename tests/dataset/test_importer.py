"""CSV cells -> dataset periods and numbers (cases/importer.yaml), and the import itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.dataset import load_dataset
from claimcheck.dataset.importer import ImportOptions, csv_to_yaml, parse_number, parse_period
from claimcheck.errors import UsageError

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "importer.yaml").read_text())
OPTIONS = ImportOptions(
    subject_column="geo",
    period_column="time",
    value_column="value",
    property="population",
    unit="count",
    source_title="Population table",
    source_publisher="Statistics office",
)


@pytest.mark.parametrize(("cell", "expected"), list(CASES["periods"].items()))
def test_parse_period(cell: str, expected: Any) -> None:
    assert parse_period(cell) == expected


@pytest.mark.parametrize(("cell", "decimal", "expected"), CASES["numbers"])
def test_parse_number(cell: str, decimal: str, expected: float | None) -> None:
    assert parse_number(cell, decimal) == expected


def test_free_unit_is_declared_and_ids_are_slugs(tmp_path: Path) -> None:
    text = "geo,time,value\nCôte d'Ivoire,2024,31\nUnited Kingdom,2024,69\n"
    options = ImportOptions(**{**_fields(OPTIONS), "unit": "million people"})
    result = csv_to_yaml(text, options, "pop.csv")
    target = tmp_path / "pop.yaml"
    target.write_text(result.yaml)
    dataset = load_dataset([target])
    assert sorted(f.id for f in dataset.facts) == [
        "population-c-te-d-ivoire-2024",
        "population-united-kingdom-2024",
    ]
    assert {f.unit for f in dataset.facts} == {"million people"}
    assert dataset.info.name == "pop-csv"
    assert result.notes == (
        "'million people' is not a built-in unit: declared as a free unit in dataset.units",
    )


def test_a_misspelt_unit_is_pointed_out() -> None:
    options = ImportOptions(**{**_fields(OPTIONS), "unit": "precent"})
    result = csv_to_yaml("geo,time,value\nFrance,2024,1\n", options)
    assert result.notes == (
        "'precent' is not a built-in unit: declared as a free unit in dataset.units "
        "(did you mean 'percent'?)",
    )


def test_conflicting_rows_are_refused() -> None:
    with pytest.raises(UsageError, match="row 3: France 2024 appears twice"):
        csv_to_yaml("geo,time,value\nFrance,2024,1\nFrance,2024,2\n", OPTIONS)


def test_a_source_needs_a_url_or_publisher() -> None:
    options = ImportOptions(**{**_fields(OPTIONS), "source_publisher": None})
    with pytest.raises(UsageError, match="--source-url or --source-publisher"):
        csv_to_yaml("geo,time,value\nFrance,2024,1\n", options)


def _fields(options: ImportOptions) -> dict[str, Any]:
    return {name: getattr(options, name) for name in options.__slots__}
