"""Who wins when a quantity and a temporal claim read the same words, and which period a quantity
speaks of; built from hand-made claims so it does not depend on the temporal extractor."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.extraction.periods import attach_periods
from claimcheck.extraction.quantities import find_quantities
from claimcheck.extraction.timing import merge
from claimcheck.model import Claim, Period


def _temporal(text: str, phrase: str, kind: str = "year", period: Period | None = None) -> Claim:
    start = text.index(phrase)
    return Claim(
        text=phrase,
        start=start,
        end=start + len(phrase),
        line=1,
        column=start + 1,
        kind=kind,  # type: ignore[arg-type]
        value=phrase[-4:],
        time=period,
        sentence=(0, len(text)),
    )


def _sentence(claims: list[Claim], text: str) -> list[Claim]:
    from dataclasses import replace

    return [replace(c, sentence=(0, len(text))) for c in claims]


@pytest.mark.parametrize(
    ("text", "year_text", "winner_kind"),
    [
        ("Troops arrive in 2027 or later.", "2027", "year"),
        ("The 2035 target stands.", "2035", "year"),
        ("They bought 2000 tanks.", "2000", "count"),
        ("It cost €2027 in all.", "2027", "money"),
        ("About 2030% more.", "2030", "percent"),
    ],
)
def test_overlaps(text: str, year_text: str, winner_kind: str) -> None:
    merged = merge(find_quantities(text), [_temporal(text, year_text)])
    covering = [c for c in merged if c.start <= text.index(year_text) < c.end]
    assert [c.kind for c in covering] == [winner_kind]


def test_durations_beat_counts_of_time_units() -> None:
    text = "It took 3 years to build."
    duration = _temporal(text, "3 years", kind="duration")
    merged = merge(find_quantities(text), [duration])
    assert [c.kind for c in merged] == ["duration"]


def test_merge_result_is_sorted_and_non_overlapping() -> None:
    text = "Between 2025 and 2030 some 5,000 troops and €2bn will move, by 2029."
    temporal = [
        _temporal(text, "Between 2025 and 2030", kind="period"),
        _temporal(text, "by 2029"),
    ]
    merged = merge(find_quantities(text), temporal)
    ends = [0] + [c.end for c in merged]
    assert all(c.start >= prev for c, prev in zip(merged, ends, strict=False))
    assert {c.text for c in merged} >= {"some 5,000 troops", "€2bn", "by 2029"}


def test_deadline_scopes_the_quantity() -> None:
    text = "Spend 3.5% of GDP by 2029."
    by = _temporal(text, "by 2029", period=Period(date(2029, 1, 1), date(2029, 12, 31)))
    claims = attach_periods(_sentence(merge(find_quantities(text), [by]), text), text)
    pct = next(c for c in claims if c.kind == "percent")
    assert pct.time == Period(None, date(2029, 12, 31))
    assert pct.time_text == "by 2029"


def test_year_after_in_scopes_the_quantity() -> None:
    text = "Inflation was 2.4% in 2024."
    year = _temporal(text, "2024", period=Period(date(2024, 1, 1), date(2024, 12, 31)))
    claims = attach_periods(_sentence(merge(find_quantities(text), [year]), text), text)
    pct = next(c for c in claims if c.kind == "percent")
    assert pct.time == Period(date(2024, 1, 1), date(2024, 12, 31))
    assert pct.time_text == "in 2024"


def test_since_opens_the_period() -> None:
    text = "Since 2019, wages grew 4.1%."
    year = _temporal(text, "2019", period=Period(date(2019, 1, 1), date(2019, 12, 31)))
    claims = attach_periods(_sentence(merge(find_quantities(text), [year]), text), text)
    pct = next(c for c in claims if c.kind == "percent")
    assert pct.time == Period(date(2019, 1, 1), None)
    assert pct.time_text == "Since 2019"
