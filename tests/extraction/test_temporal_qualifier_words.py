"""The qualifier phrases before a temporal expression: the pre-test that skips the regex search
never skips a window the search would match, and the regex built from the phrase list matches
what the hand-written alternation it replaced matched. (A duration's hedges are the quantities'
own, qualifiers.qualifier_before: see temporal.yaml.)"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import temporal_claims as tc

WRITTEN_OUT = {
    "qual": re.compile(
        r"\b(no\s+later\s+than|not\s+later\s+than|no\s+earlier\s+than|not\s+before|as\s+early"
        r"\s+as|as\s+soon\s+as|prior\s+to|ahead\s+of|up\s+to|starting\s+(?:in|from)|beginning"
        r"\s+in|by|since|before|after|until|till|through|from|in|on|during|throughout|as\s+of"
        r"|around|about|circa|roughly|approximately)\s+$",
        re.IGNORECASE,
    ),
}
BUILT = {
    "qual": (tc._QUAL_BEFORE, tc._QUAL_LAST, tc._QUAL_PHRASES),
}
WORDS = sorted({w for _, _, phrases in BUILT.values() for p in phrases for w in p.split()})
PIECES = [*WORDS, " ", "  ", "\n", "\u00a0", "(", "x", "2029", "\u017fince", "BY", "In", "-"]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span(1) if m else None


def _check(text: str) -> None:
    for name, (built, last, _) in BUILT.items():
        for lo in range(0, len(text) + 1, max(1, len(text) // 7)):
            plain = WRITTEN_OUT[name].search(text, lo, len(text))
            assert _span(built.search(text, lo, len(text))) == _span(plain)
            if plain is not None:
                assert tc._may_end_phrase(text, lo, len(text), last)


@pytest.mark.parametrize("kind", sorted(BUILT))
def test_every_phrase_found(kind: str) -> None:
    built, last, phrases = BUILT[kind]
    for phrase in phrases:
        text = f"it said {phrase.upper()}  "
        _check(text)
        assert built.search(text) is not None
        assert tc._may_end_phrase(text, 0, len(text), last)


@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_pretest_never_skips_a_match(pieces: list[str]) -> None:
    _check(" ".join(pieces) + " ")
    _check("".join(pieces))
