"""extract_claims builds each claim once with its place and period: the same claims as placing
them with dataclasses.replace and then calling periods.attach_periods, every Claim field kept."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest

from claimcheck.extraction import extract_claims
from claimcheck.extraction.periods import attach_periods, with_time
from claimcheck.extraction.positions import LineIndex
from claimcheck.extraction.quantities import find_quantities
from claimcheck.extraction.sentences import SentenceIndex
from claimcheck.extraction.temporal import find_temporal
from claimcheck.extraction.timing import merge
from claimcheck.model import Claim, Period

AS_OF = date(2025, 12, 25)
TEXTS = [
    "Allies agreed to spend 3.5% of GDP by 2029.\nIn 2024, inflation was 2%; it may reach 3%.",
    "The 23 EU member states within NATO sent 5,000 troops last year, about a quarter of them.",
    "Spending rose from $350bn in 2014 to between 2% and 3% of GDP since 2020, Rutte said Tuesday.",
    "No figures here at all.",
    "Q3 2025 revenue: \u20ac150 billion (up 12 per cent). 18 months later, 7 March 2024.\r\nNext.",
]


def test_with_time_keeps_every_field() -> None:
    # Every field set to a value of its own, so a field with_time forgets shows as a difference.
    values = {f.name: f"<{f.name}>" for f in fields(Claim)}
    claim = Claim(**values)  # type: ignore[arg-type]
    period = Period(date(2029, 1, 1), date(2029, 12, 31))
    assert with_time(claim, period, "by") == replace(claim, time=period, time_text="by")


@pytest.mark.parametrize("text", TEXTS)
def test_same_as_replace_then_attach(text: str) -> None:
    claims = merge(find_quantities(text), list(find_temporal(text, AS_OF)))
    lines, sentences = LineIndex(text), SentenceIndex(text)
    placed = []
    for claim in claims:
        line, column = lines.locate(claim.start)
        placed.append(
            replace(claim, line=line, column=column, sentence=sentences.containing(claim.start))
        )
    expected = attach_periods(placed, text)
    assert extract_claims(text, AS_OF) == expected
    if any(c.kind == "percent" for c in expected) and "by 2029" in text:
        assert any(c.time_text == "by 2029" for c in expected)
