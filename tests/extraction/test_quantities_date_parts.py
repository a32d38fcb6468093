"""The quantity reader leaves a bare year and a day before its month to the dates
(neighbours._BARE_YEAR, _DAY_OF_MONTH) only because the merge would drop a bare number there
anyway: extraction must come out the same as when it reads them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from claimcheck.extraction import extract_claims, neighbours

PHRASES = [
    "In 2024, 23 allies met the target.",
    "The 2024 summit agreed 5% by 2035.",
    "By 2029 the target is 3.5%.",
    "Spending (2024) was €52bn.",
    "In 2024 and 2025 it rose.",
    "It was 2024 when the alliance grew.",
    "2000 troops were sent.",
    "About 1900 people came in 1900 as well.",
    "Population: 1850. Founded 1850.",
    "Windows 2000 shipped in 2000 with 2000 bugs.",
    "It cost 2000 in total, 2000 of them new.",
    "On 26 March 2024 the vote was held; on 5 June the bill passed.",
    "Sales hit 2025 units on 3 March.",
    "Between 2000 and 3000 troops were sent in 2000.",
    "The 1990s saw 1990 troops leave in 1990 or 1991.",
    "| Year | Troops |\n| --- | --- |\n| 2024 | 2024 |",
    "It fell 2024% and €2024 in 2024.",
    "Of the 2030 members, 2030 voted by 2030.",
    "He was born on 12 May and left 12 April 2020.",
]
_NEVER = re.compile(r"(?!)")


@pytest.mark.parametrize("text", PHRASES)
def test_same_claims_as_reading_them(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = extract_claims(text, date(2025, 12, 25))
    monkeypatch.setattr(neighbours, "_BARE_YEAR", _NEVER)
    monkeypatch.setattr(neighbours, "_DAY_OF_MONTH", _NEVER)
    assert fast == extract_claims(text, date(2025, 12, 25))
