"""Properties of find_temporal on generated text: never crashes, claims are sorted, disjoint,
quote the text exactly, and carry only the documented kinds, qualifiers and periods."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.temporal import find_temporal
from claimcheck.model import QUALIFIERS

_VOCABULARY = (
    "in by since the of to and from between until before after as early no later than mid "
    "early late end first half quarter Q3 H1 FY 2024 1949 2027 2014-2025 2025/26 2,000 3.5% "
    "7 21st March May may Sept. Thursday last next this year month week decade 2020s '90s "
    "summer spring ago within five two a few years months days weeks 12 30 4/22 9/3/2017 "
    "2024-03-07 Article F-35 COVID-19 room at 10:30 5pm $ € - – , . ( ) İ"
)
WORDS = _VOCABULARY.split(" ")
KINDS = {"year", "date", "period", "duration"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=25),
    st.lists(st.sampled_from([" ", " ", "  ", "\n", ""]), min_size=25, max_size=25),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
)
def test_invariants(words: list[str], gaps: list[str], as_of: date) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    claims = find_temporal(text, as_of)
    previous_end = 0
    for claim in claims:
        assert previous_end <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind in KINDS
        assert claim.qualifier is None or claim.qualifier in QUALIFIERS
        if claim.time is not None and claim.time.start and claim.time.end:
            assert claim.time.start <= claim.time.end
        if claim.kind == "duration":
            assert claim.value is None or isinstance(claim.value, float)
        else:
            assert isinstance(claim.value, str)
        previous_end = claim.end


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_any_text_does_not_crash(text: str) -> None:
    for claim in find_temporal(text, date(2025, 12, 25)):
        assert text[claim.start : claim.end] == claim.text
