"""Inline suppressions end to end: parse_document, then apply_suppressions (case table)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.documents import Document, parse_document
from claimcheck.model import CheckedClaim, Claim, Fact
from claimcheck.suppressions import apply_suppressions

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "suppressions.yaml").read_text("utf-8"))
FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _checked(document: Document, case: dict[str, Any]) -> list[CheckedClaim]:
    """A stand-in for extraction and checking: every figure in the visible text is a claim."""
    out = []
    for match in FIGURE.finditer(document.visible):
        line, column = document.position(match.start())
        claim = Claim(match.group(), match.start(), match.end(), line, column, "number", 1.0)
        fact_id = case.get("facts", {}).get(match.group())
        fact = Fact(fact_id, "s", "p", 1.0, "count", ()) if fact_id else None
        verdict = case.get("verdicts", {}).get(match.group(), "supported")
        out.append(CheckedClaim(claim, verdict, fact, 1.0, "message"))
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_suppressions(case: dict[str, Any]) -> None:
    document = parse_document(case["text"], "a", case["format"])
    checked = _checked(document, case)
    assert checked, "case error: no figures found"
    marked, unused = apply_suppressions(document, checked)
    assert [c.claim for c in marked] == [c.claim for c in checked]
    assert [c.claim.text for c in marked if c.suppressed] == case["suppressed"]
    assert [p.line for p in unused] == case.get("unused", [])
    assert all(p.severity == "warning" and "unused suppression" in p.message for p in unused)
    warnings = [f"{p.line}: {p.message}" for p in document.problems]
    assert len(warnings) == len(case.get("warnings", []))
    for got, want in zip(warnings, case.get("warnings", []), strict=True):
        assert got.startswith(want)


def test_no_directives_returns_claims_unchanged() -> None:
    document = parse_document("NATO has 32 members.\n", "a.md")
    checked = _checked(document, {"verdicts": {"32": "contradicted"}})
    marked, unused = apply_suppressions(document, checked)
    assert marked == tuple(checked) and unused == ()


def test_suppression_records_where_the_directive_is() -> None:
    document = parse_document("Intro.\r\n  <!-- claimcheck: ignore x-1 -->\r\nText 5.\r\n", "a.md")
    (suppression,) = document.suppressions
    assert (suppression.line, suppression.column) == (2, 3)
    assert suppression.kind == "ignore-next" and suppression.fact_ids == ("x-1",)
    assert document.text[suppression.start : suppression.end] == "Text 5.\r"
