"""borrow_nouns on hand-made claims: what the whole pipeline rarely hands it (a year that stayed
a bare number) must still borrow nothing."""

from __future__ import annotations

from claimcheck.extraction.ellipsis import borrow_nouns
from claimcheck.model import Claim

TEXT = "NATO had 30 members, up from 2019 and up from 29 once."


def _claim(text: str, kind: str = "number", unit: str | None = None) -> Claim:
    start = TEXT.index(text)
    value = float(text.split()[0])
    return Claim(
        text=text,
        start=start,
        end=start + len(text),
        line=1,
        column=start + 1,
        kind=kind,  # type: ignore[arg-type]
        value=value,
        low=value,
        high=value,
        unit=unit,
        sentence=(0, len(TEXT)),
    )


def test_a_bare_year_borrows_no_noun() -> None:
    claims = [_claim("30 members", "count", "members"), _claim("2019")]
    assert borrow_nouns(claims, TEXT)[1] == claims[1]


def test_a_bare_level_borrows_the_noun() -> None:
    claims = [_claim("30 members", "count", "members"), _claim("29")]
    borrowed = borrow_nouns(claims, TEXT)[1]
    assert (borrowed.kind, borrowed.unit) == ("count", "members")
