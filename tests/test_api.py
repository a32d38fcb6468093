"""The Python API gives what the CLI gives: the same records, in input order, on any core count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.model import CheckedClaim, FileReport

AS_OF = date(2025, 12, 25)
WRONG = "Germany plans to raise defence spending to 3.0% of GDP by 2029, Berlin said.\n"


@pytest.fixture(scope="module")
def dataset() -> object:
    return api.load_dataset()


def test_check_text_returns_records(dataset: object) -> None:
    report = api.check_text(WRONG, dataset, as_of=AS_OF)  # type: ignore[arg-type]
    assert isinstance(report, FileReport) and report.as_of_source == "option"
    assert all(isinstance(c, CheckedClaim) for c in report.claims)
    assert "contradicted" in {c.verdict for c in report.claims}


def test_article_date_from_front_matter(dataset: object) -> None:
    text = "---\ndate: 2025-06-01\n---\n\n" + WRONG
    report = api.check_text(text, dataset, path="a.md")  # type: ignore[arg-type]
    assert report.as_of == date(2025, 6, 1) and report.as_of_source == "front-matter"


def test_unreadable_file_is_a_record_not_an_exception(dataset: object, tmp_path: Path) -> None:
    report = api.check_file(tmp_path / "missing.txt", dataset)  # type: ignore[arg-type]
    assert report.error and "missing.txt" in report.error and report.claims == ()


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_paths_streams_in_input_order(tmp_path: Path, jobs: int) -> None:
    paths = []
    for i in range(7):
        path = tmp_path / f"{9 - i}.txt"
        path.write_text(WRONG * (i + 1), encoding="utf-8")
        paths.append(path)
    reports = list(api.check_paths(paths, as_of=AS_OF, jobs=jobs))
    assert [r.path for r in reports] == [str(p) for p in paths]
    assert [len(r.claims) for r in reports] == sorted(len(r.claims) for r in reports)


def test_extract_text_has_offsets_into_the_text() -> None:
    extracted = api.extract_text("Some 5,000 troops arrived in 2024.", as_of=AS_OF)
    assert extracted.claims
    for claim in extracted.claims:
        assert "Some 5,000 troops arrived in 2024."[claim.start : claim.end] == claim.text


def test_html_title_names_the_subject(dataset: object) -> None:
    # The body names no subject; the page's <title> does, as a Markdown title would.
    body = "<p>Leaders met in June. Some officials describe it as a 4% target for 2035.</p>"
    titled = f"<html><head><title>Allies weigh the cost of the Hague pledge</title></head>{body}"
    verdicts = {}
    for name, text in (("titled", titled), ("untitled", body)):
        report = api.check_text(text, dataset, path="a.html", as_of=date(2025, 11, 20))  # type: ignore[arg-type]
        verdicts[name] = {c.claim.text: c.verdict for c in report.claims}
    assert verdicts["titled"].get("4%") == "contradicted"
    assert verdicts["untitled"].get("4%") == "unverifiable"
