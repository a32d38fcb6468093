"""Space entities (&nbsp;, &thinsp;, &#8239;...) keep a figure and its unit together, through
the public API, with offsets that point into the file (cases in cases/entities.yaml)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck import api
from claimcheck.documents import parse_document
from claimcheck.documents.joined import joined_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "entities.yaml").read_text("utf-8"))
AS_OF = date(2025, 12, 25)


def _page(body: str) -> str:
    return f"<html><body>\n<h1>Defence</h1>\n<p>{body}</p>\n</body></html>\n"


def _the_claim(claims: Any, text: str, expected: str) -> Any:
    start = text.index(expected)
    found = [c for c in claims if c.start <= start < c.end]
    assert found, f"no claim covers {expected!r}: {[c.text for c in claims]}"
    return found[0]


@pytest.fixture(scope="module")
def dataset() -> object:
    return api.load_dataset()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_extract_text_reads_unit_across_a_space_entity(case: dict[str, Any]) -> None:
    text = _page(case["html"])
    extracted = api.extract_text(text, as_of=AS_OF, path="article.html")
    claim = _the_claim(extracted.claims, text, case["claim"])
    assert (claim.kind, claim.value, claim.unit) == (case["kind"], case["value"], case["unit"])
    # Ends exactly after the unit; starts at the figure (or at a currency sign before it).
    assert text[claim.start : claim.end].endswith(case["claim"])
    line = text.count("\n", 0, claim.start) + 1
    column = claim.start - (text.rfind("\n", 0, claim.start) + 1) + 1
    assert (claim.line, claim.column) == (line, column)
    sentence = text[claim.sentence[0] : claim.sentence[1]]
    assert case["claim"] in sentence and "<" not in sentence


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_check_file_judges_as_the_reader_reads(
    case: dict[str, Any], dataset: Any, tmp_path: Path
) -> None:
    text = _page(case["html"])
    path = tmp_path / "article.html"
    path.write_text(text, encoding="utf-8")
    report = api.check_file(path, dataset, as_of=AS_OF)
    checked = _the_claim([c.claim for c in report.claims], text, case["claim"])
    plain = api.check_text(case["plain"], dataset, as_of=AS_OF)
    verdicts = sorted((c.claim.kind, c.verdict) for c in report.claims)
    assert verdicts == sorted((c.claim.kind, c.verdict) for c in plain.claims)
    assert checked.end == text.index(case["claim"]) + len(case["claim"])


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_visible_text_keeps_offsets(case: dict[str, Any]) -> None:
    text = _page(case["html"])
    document = parse_document(text, "article.html")
    assert len(document.visible) == len(text)
    assert joined_text(document.visible).text.count("\n") == text.count("\n")


NARROW = yaml.safe_load((Path(__file__).parent / "cases" / "narrow_spaces.yaml").read_text("utf-8"))


@pytest.mark.parametrize("path", ["article.txt", "article.md"])
@pytest.mark.parametrize("case", NARROW, ids=[c["name"] for c in NARROW])
def test_literal_narrow_spaces(case: dict[str, Any], path: str) -> None:
    text = case["text"]
    extracted = api.extract_text(text, as_of=AS_OF, path=path)
    claim = _the_claim(extracted.claims, text, case["claim"])
    assert (claim.kind, claim.value, claim.unit) == (case["kind"], case["value"], case["unit"])
    assert claim.end == text.index(case["claim"]) + len(case["claim"])
    assert text[claim.start : claim.end].endswith(case["claim"])
