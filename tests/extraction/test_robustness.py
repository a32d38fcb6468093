"""Whatever the text, extract_claims returns well-formed claims and never crashes."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from test_quantities import check_contract

from claimcheck.extraction import extract_claims
from claimcheck.extraction.positions import LineIndex

AS_OF = date(2025, 12, 25)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """Reference implementation: CRLF, CR and LF each end one line."""
    lines = text[:offset].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return len(lines), len(lines[-1]) + 1


def test_crlf_offsets_lines_and_columns() -> None:
    text = "Intro line.\r\nNATO has 32 allies.\r\n\r\n  Spending hit 3.5% of GDP in 2024.\r\nEnd."
    claims = extract_claims(text, AS_OF)
    assert {c.text for c in claims} >= {"32 allies", "3.5%"}
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert (claim.line, claim.column) == _line_col(text, claim.start)
    check_contract(text, claims)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["\n", "\r\n", "\r", "a", "7", " ", "é", "\t"]), min_size=0, max_size=60
    ),
    st.integers(min_value=0, max_value=60),
)
def test_line_index_matches_reference(chars: list[str], at: int) -> None:
    text = "".join(chars)
    offset = min(at, len(text))
    if 0 < offset < len(text) and text[offset - 1 : offset + 1] == "\r\n":
        offset -= 1  # the middle of a CRLF is no character's place
    assert LineIndex(text).locate(offset) == _line_col(text, offset)


def test_empty_and_blank_text() -> None:
    assert extract_claims("", AS_OF) == []
    assert [c for c in extract_claims(" \n\r\n\t ", AS_OF)] == []


def test_binary_junk_never_crashes() -> None:
    rng = random.Random(7)
    for _ in range(20):
        raw = bytes(rng.randrange(256) for _ in range(2000))
        text = raw.decode("utf-8", errors="replace")
        check_contract(text, extract_claims(text, AS_OF))


def test_pathological_numbers_never_crash() -> None:
    samples = [
        "9" * 5000,
        "1e99999 and 1.1^999999 and -1.1^--23",
        "1,000," * 2000,
        "one " * 3000,
        "$" * 1000 + "5",
        "€-%-€ 1/0 0/0 ½ ⅓ 2½' 24/7 1 / 4",
        "- " * 2000 + "3",
        "between and between 3 and",
        "\x00\x01 12\x00 345 \ufffd 6",
    ]
    for text in samples:
        check_contract(text, extract_claims(text, AS_OF))


def test_huge_input() -> None:
    paragraph = (
        "The alliance said about 5,000 troops, or 3.5% of its forces, would cost €2.4bn by 2029. "
        "Officials declined to comment on the plan, which parliament has yet to approve.\n\n"
    )
    text = paragraph * 1500  # ~260 KB
    claims = extract_claims(text, AS_OF)
    assert len(claims) >= 3 * 1500
    check_contract(text, claims)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_keeps_the_contract(text: str) -> None:
    check_contract(text, extract_claims(text, AS_OF))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "3",
                "5",
                ",",
                ".",
                " ",
                "-",
                "%",
                "$",
                "€",
                "bn",
                "million",
                "one",
                "and",
                "a",
                "half",
                "quarter",
                "between",
                "to",
                "of",
                "troops",
                "per cent",
                "in",
                "2024",
                "by",
                "\n",
                "\r\n",
                "(",
                ")",
                "/",
                "x",
                "^",
                "around",
                "more than",
                "Article",
                "F-",
            ]
        ),
        max_size=40,
    )
)
def test_figure_like_soup_keeps_the_contract(parts: list[str]) -> None:
    text = "".join(parts)
    check_contract(text, extract_claims(text, AS_OF))
