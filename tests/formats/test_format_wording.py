"""The wording the formats share: end positions, reference values as a reader writes them."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.formats.interface import end_position, format_value, one_line, reference_text
from claimcheck.model import Claim, Fact, Period, Source


@pytest.mark.parametrize(
    ("text", "line", "column", "end"),
    [("3.5%", 12, 27, (12, 31)), ("3.5\nper cent", 4, 70, (5, 9)), ("€1", 1, 1, (1, 3)),
     ("a\r\nb", 2, 5, (3, 2))],
)  # fmt: skip
def test_end_position(text: str, line: int, column: int, end: tuple[int, int]) -> None:
    claim = Claim(text, 0, len(text), line, column, "number", 1.0)
    assert end_position(claim) == end


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [(3.5, "%", "3.5%"), (3.0, "%", "3%"), (0.5, "pp", "0.5 percentage points"),
     (150e9, "EUR", "EUR 150bn"), (2.5e12, "USD", "USD 2.5tn"), (1_200_000.0, "GBP", "GBP 1.2m"),
     (950.0, "EUR", "EUR 950"), (32.0, "member states", "32 member states"),
     (1236000.0, "count", "1,236,000"), ("2024-03-07", "date", "2024-03-07"), (None, "%", "?")],
)  # fmt: skip
def test_format_value(value: float | str | None, unit: str, shown: str) -> None:
    assert format_value(value, unit) == shown


SOURCE = (Source("s"),)


@pytest.mark.parametrize(
    ("fact", "shown"),
    [
        (Fact("a", "DE", "p", 3.5, "%", SOURCE, period=Period(None, date(2029, 12, 31)),
              period_type="deadline"), "3.5% by 2029"),
        (Fact("b", "NATO", "p", 32.0, "count", SOURCE, counted="allies"), "32 allies"),
        (Fact("c", "EU", "p", 25.5, "%", SOURCE, low=24.0, high=27.0,
              period=Period(date(2024, 1, 1), date(2024, 12, 31))), "24-27% in 2024"),
        (Fact("d", "R", "p", "2027", "year", SOURCE, type="statement", speaker="Rutte",
              stated_on=date(2025, 12, 25)), "2027 (as stated by Rutte, 2025-12-25)"),
        (Fact("e", "X", "p", 1.0, "%", SOURCE, period=Period(date(2020, 1, 1), None)),
         "1% (2020-01-01 to ...)"),
    ],
    ids=lambda x: getattr(x, "id", ""),
)  # fmt: skip
def test_reference_text(fact: Fact, shown: str) -> None:
    assert reference_text(fact) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [("a\n b\t c", "a b c"), ("esc\x1b[31mred", "esc\ufffd[31mred"), ("  ", ""),
     ("x\x85y", "x\ufffdy")],
)  # fmt: skip
def test_one_line(text: str, shown: str) -> None:
    assert one_line(text) == shown
