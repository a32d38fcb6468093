"""Baselines: written from a run, loaded back, applied to the next run; fingerprints survive
lines inserted above a claim and change when the claim's text changes."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

from claimcheck.baseline import (
    SCHEMA,
    apply_baseline,
    count_known,
    filter_new,
    load_baseline,
    write_baseline,
)
from claimcheck.errors import ConfigError
from claimcheck.model import FileReport
from claimcheck.report import fingerprints, gate_failed, summarize


def _cases() -> ModuleType:
    path = Path(__file__).parent / "formats" / "formatcases.py"
    spec = importlib.util.spec_from_file_location("baseline_formatcases", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = _cases()


def findings(report: FileReport) -> list[str]:
    """Texts of the findings that still count (not supported, not suppressed)."""
    return [c.claim.text for c in report.claims if c.verdict != "supported" and not c.suppressed]


@pytest.fixture
def baseline(tmp_path: Path) -> Path:
    reports, _ = CASES.load_cases()
    path = tmp_path / "known.json"
    path.write_text(write_baseline(reports), encoding="utf-8")
    return path


def test_written_baseline_is_sorted_and_complete(baseline: Path) -> None:
    document = json.loads(baseline.read_text(encoding="utf-8"))
    assert document["schema"] == SCHEMA
    entries = document["findings"]
    assert entries == sorted(entries, key=lambda e: (e["path"], e["fact"] or "", e["text"],
                                                     e["fingerprint"]))  # fmt: skip
    assert {"fingerprint", "path", "fact", "verdict", "text"} == set(entries[0])
    reports, _ = CASES.load_cases()
    expected = sum(c.verdict != "supported" for r in reports for c in r.claims)
    assert len(entries) == expected and "supported" not in {e["verdict"] for e in entries}
    assert "articles/odd dir/with space, comma:colon.md" in {e["path"] for e in entries}


def test_known_findings_are_suppressed(baseline: Path) -> None:
    known = load_baseline(baseline)
    reports, _ = CASES.load_cases()
    applied = [apply_baseline(r, known) for r in reports]
    assert all(findings(r) == [] for r in applied)
    assert not gate_failed(summarize(applied), {"contradicted", "outdated", "unverifiable"})
    assert summarize(applied).suppressed == sum(count_known(r, known) for r in reports)
    assert [c.verdict for c in applied[1].claims] == ["supported"]  # supported untouched


@pytest.mark.parametrize("prefix", ["\n", "# A new headline\n\nA new paragraph.\n\n" * 5])
def test_fingerprints_survive_lines_inserted_above(baseline: Path, prefix: str) -> None:
    known = load_baseline(baseline)
    shifted, _ = CASES.load_cases(prefix)
    original, _ = CASES.load_cases()
    assert shifted[0].claims[0].claim.line != original[0].claims[0].claim.line
    assert [fingerprints(r) for r in shifted] == [fingerprints(r) for r in original]
    assert all(findings(apply_baseline(r, known)) == [] for r in shifted)


def test_changed_text_is_a_new_finding(baseline: Path) -> None:
    known = load_baseline(baseline)
    reports, _ = CASES.load_cases()
    nato = reports[0]
    first = nato.claims[0]
    edited = replace(first, claim=replace(first.claim, text="3.1%"))
    report = replace(nato, claims=(edited, *nato.claims[1:]))
    assert findings(apply_baseline(report, known)) == ["3.1%"]


def test_a_new_occurrence_is_a_new_finding(baseline: Path) -> None:
    known = load_baseline(baseline)
    reports, _ = CASES.load_cases()
    nato = reports[0]
    again = replace(nato, claims=(*nato.claims, nato.claims[0]))
    assert findings(apply_baseline(again, known)) == ["3.0%"]


def test_a_new_file_is_new(baseline: Path) -> None:
    known = load_baseline(baseline)
    reports, _ = CASES.load_cases()
    moved = replace(reports[0], path="articles/copy.md")
    assert len(findings(apply_baseline(moved, known))) == len(findings(reports[0]))
    assert [len(findings(r)) for r in filter_new([moved], frozenset())] == [len(findings(moved))]


def test_apply_without_hits_returns_the_same_report() -> None:
    reports, _ = CASES.load_cases()
    assert apply_baseline(reports[0], frozenset({"0" * 16})) is reports[0]


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (None, "cannot read baseline"),
        ("{not json", "not valid JSON"),
        ("[]", "not a claimcheck baseline"),
        ('{"schema": "other@1", "findings": []}', "not a claimcheck baseline"),
        (f'{{"schema": "{SCHEMA}"}}', "no 'findings' list"),
        (
            f'{{"schema": "{SCHEMA}", "findings": [{{"path": "a"}}]}}',
            "finding 1 has no fingerprint",
        ),
        (f'{{"schema": "{SCHEMA}", "findings": ["abc"]}}', "finding 1 has no fingerprint"),
    ],
)
def test_bad_baseline_is_a_config_error(tmp_path: Path, content: str | None, match: str) -> None:
    path = tmp_path / "known.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=match):
        load_baseline(path)


def test_bad_encoding_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "known.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError):
        load_baseline(path)


def test_empty_baseline_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "known.json"
    path.write_text(write_baseline([]), encoding="utf-8")
    assert load_baseline(path) == frozenset()
