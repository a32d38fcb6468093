"""The seed article with the bundled dataset: judged as a careful fact-checker would, and every
rewritten figure caught (skipped when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from verifyhelpers import SEED_DATE, default_dataset, run, seed_text

from claimcheck.model import CheckedClaim

MUTATIONS = yaml.safe_load(
    (Path(__file__).parent / "cases" / "seed_mutations.yaml").read_text("utf-8")
)


@pytest.fixture(scope="module")
def checked() -> tuple[CheckedClaim, ...]:
    return run(seed_text(), default_dataset(), SEED_DATE)


def _one(checked: tuple[CheckedClaim, ...], figure: str) -> CheckedClaim:
    found = [c for c in checked if figure in c.claim.text]
    assert len(found) == 1, f"{figure!r}: {[c.claim.text for c in checked]}"
    return found[0]


def test_print_seed_report(checked: tuple[CheckedClaim, ...]) -> None:
    for c in checked:
        print(f"{c.claim.line}:{c.claim.column} {c.verdict:12} {c.claim.text!r}: {c.message}")
    assert checked


@pytest.mark.parametrize(
    ("figure", "value"), [("23", 23.0), ("3.5%", 3.5), ("2035", "2035")], ids=str
)
def test_checkable_figures_are_supported(
    checked: tuple[CheckedClaim, ...], figure: str, value: object
) -> None:
    got = _one(checked, figure)
    assert got.verdict == "supported", got.message
    assert got.fact is not None and got.fact.value == value


def test_germany_plan_is_the_2029_deadline(checked: tuple[CheckedClaim, ...]) -> None:
    fact = _one(checked, "3.5%").fact
    assert fact is not None and fact.period_type == "deadline"
    assert fact.period is not None and fact.period.end is not None
    assert fact.period.end.year == 2029


def test_quarter_is_judged_against_the_data(checked: tuple[CheckedClaim, ...]) -> None:
    got = _one(checked, "quarter")
    assert got.verdict in ("contradicted", "unverifiable"), got.message
    assert "a third" in got.message and "Rutte" in got.message


def test_as_early_as_2027_is_set_against_dated_statements(
    checked: tuple[CheckedClaim, ...],
) -> None:
    got = _one(checked, "2027")
    assert got.verdict != "contradicted"
    assert "said" in got.message and "2029" in got.message


def test_article_5_and_thursday_are_not_judged(checked: tuple[CheckedClaim, ...]) -> None:
    text = seed_text()
    article = text.index("Article 5") + len("Article ")
    thursday = text.index("Thursday")
    for c in checked:
        assert not c.claim.start <= article < c.claim.end, c
        assert not c.claim.start <= thursday < c.claim.end, c


def test_untouched_article_has_no_contradicted_claim(checked: tuple[CheckedClaim, ...]) -> None:
    flagged = [c for c in checked if c.verdict in ("contradicted", "outdated")]
    assert not flagged, [(c.claim.text, c.message) for c in flagged]


@pytest.mark.parametrize("case", MUTATIONS, ids=[f"{m['old']} -> {m['new']}" for m in MUTATIONS])
def test_mutated_figure_is_caught(case: dict[str, Any]) -> None:
    text = seed_text()
    assert case["old"] in text
    mutated = text.replace(case["old"], case["new"], 1)
    checked = run(mutated, default_dataset(), SEED_DATE)
    got = _one(checked, case["figure"])
    print(f"{case['old']} -> {case['new']}: {got.verdict}: {got.message}")
    assert got.verdict in case["verdict"], got.message
    others = [c for c in checked if c is not got and c.verdict in ("contradicted", "outdated")]
    assert not others, [(c.claim.text, c.message) for c in others]
