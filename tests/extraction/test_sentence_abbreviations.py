"""sentences._is_abbreviation (string operations) follows the rule as the regex that states it:
the word before a full stop is the leftmost letter, at most 12 characters back, from which
letters and dots run to the stop; not glued to a letter or digit; an initial if it is one
capital, else an abbreviation if listed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.sentences import _ABBREVIATIONS, _is_abbreviation

_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


def _rule(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    if m.start(1) > 0 and text[m.start(1) - 1].isalnum():
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1:
        return m.group(1)[0].isupper()
    return word in _ABBREVIATIONS


CASES = [
    ("Mr. Smith", True),
    ("J. Smith", True),
    ("the U.S. economy", True),
    ("e.g. this", True),
    ("it grew 3.5m. Then", False),
    ("a year. Then", False),
    ("approx. 30", True),
    (".. x", False),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cases(text: str, expected: bool) -> None:
    dot = text.index(". ") if ". " in text else text.index(".")
    assert _is_abbreviation(text, dot) == _rule(text, dot) == expected


@given(st.text(alphabet="aZx .3\u00e9_\nMrUSeg", max_size=40))
def test_same_as_rule(text: str) -> None:
    text += "."
    for i, c in enumerate(text):
        if c == ".":
            assert _is_abbreviation(text, i) == _rule(text, i)
