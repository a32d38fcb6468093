"""Document.date: front matter, HTML metadata, datelines (cases in cases/dates.yaml).

A case may also list header dates that must be blanked (hidden) or prose that must stay (visible).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.documents import dateline, parse_document

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "dates.yaml").read_text("utf-8"))


class _Today(dt.date):
    fixed = dt.date(2026, 6, 1)

    @classmethod
    def today(cls) -> _Today:
        return cls(cls.fixed.year, cls.fixed.month, cls.fixed.day)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_article_date(case: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.documents import document as module

    today = case.get("today", dt.date(2026, 6, 1))
    monkeypatch.setattr(_Today, "fixed", today)
    monkeypatch.setattr(module, "date", _Today)
    parsed = parse_document(case["text"], "a", case["format"])
    expected = case["date"]
    assert parsed.date == expected
    assert parsed.date_source == (case.get("source") if expected else None)
    messages = [f"{p.line}: {p.message}" for p in parsed.problems]
    if "problem" in case:
        assert case["problem"] in messages
    else:
        assert messages == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-12-25", dt.date(2025, 12, 25)),
        ("2025-12-25T23:59:00Z", dt.date(2025, 12, 25)),
        ("25 December 2025", dt.date(2025, 12, 25)),
        ("Dec. 25, 2025", dt.date(2025, 12, 25)),
        ("Thursday, 25th of December 2025", dt.date(2025, 12, 25)),
        ("25.12.2025", dt.date(2025, 12, 25)),
        ("December 25", None),  # no year and no day to resolve it against
        ("soon", None),
        ("2025-13-01", None),
    ],
)
def test_parse_date_text(written: str, expected: dt.date | None) -> None:
    assert dateline.parse_date_text(written) == expected


@pytest.mark.parametrize(
    "case", [c for c in CASES if "hidden" in c or "visible" in c], ids=lambda c: c["name"]
)
def test_header_dates_are_not_prose(case: dict[str, Any]) -> None:
    text = case["text"]
    visible = parse_document(text, "a", case["format"]).visible
    for piece in case.get("hidden", []):
        at = text.index(piece)
        assert not visible[at : at + len(piece)].strip(), piece
    for piece in case.get("visible", []):
        at = text.index(piece)
        assert visible[at : at + len(piece)] == piece
