"""The shipped JSON Schema: well-formed, in step with the loader's key tables, and agreeing
with the loader on example documents, the fixture and the default dataset."""

from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.dataset import default_dataset_path
from claimcheck.dataset.schema import (
    DATASET_KEYS,
    FACT_KEYS,
    SERIES_ENTRY_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
    json_schema_text,
)

jsonschema = pytest.importorskip("jsonschema")
HERE = Path(__file__).parent
CASES = yaml.safe_load((HERE / "cases" / "schema.yaml").read_text())
SCHEMA = json.loads(json_schema_text())


def as_json(value: Any) -> Any:
    """What an editor's YAML 1.2 parser sees: dates are strings, keys are strings."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@functools.cache
def validator() -> Any:
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    return cls(SCHEMA)


def test_schema_keys_match_the_loader() -> None:
    defs = SCHEMA["$defs"]
    assert tuple(SCHEMA["properties"]) == TOP_KEYS
    assert tuple(defs["metadata"]["properties"]) == DATASET_KEYS
    assert tuple(defs["source"]["properties"]) == SOURCE_KEYS
    assert tuple(defs["fact"]["properties"]) == FACT_KEYS
    assert tuple(defs["seriesEntry"]["anyOf"][1]["properties"]) == SERIES_ENTRY_KEYS


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_schema_cases(case: dict[str, Any]) -> None:
    errors = list(validator().iter_errors(as_json(yaml.safe_load(case["yaml"]))))
    assert (not errors) == case["valid"], [e.message for e in errors]


def _files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.yaml")) if root.is_dir() else []


@pytest.mark.parametrize("path", _files(HERE / "fixture"), ids=lambda p: p.name)
def test_fixture_matches_schema(path: Path) -> None:
    errors = [e.message for e in validator().iter_errors(as_json(yaml.safe_load(path.read_text())))]
    assert errors == []


def test_default_dataset_matches_schema() -> None:
    files = _files(default_dataset_path())
    if not files:
        pytest.skip("no default dataset yet")
    bad = {}
    for path in files:
        errors = list(validator().iter_errors(as_json(yaml.safe_load(path.read_text()))))
        if errors:
            bad[path.name] = [f"{list(e.absolute_path)}: {e.message[:120]}" for e in errors[:3]]
    assert bad == {}


PROBLEM_CASES = yaml.safe_load((HERE / "cases" / "problems.yaml").read_text())


@pytest.mark.parametrize(
    "case",
    [c for c in PROBLEM_CASES if all(e["severity"] == "warning" for e in c["expected"])],
    ids=lambda c: c["name"],
)
def test_what_the_loader_accepts_the_schema_accepts(case: dict[str, Any]) -> None:
    for text in (case["yaml"], *(case.get("files") or {}).values()):
        document = yaml.safe_load(text)
        if document is None:
            continue
        errors = [e.message for e in validator().iter_errors(as_json(document))]
        assert errors == []
