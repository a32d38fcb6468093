"""units._folded_trie matches exactly what the longest-first alternation it replaced matches."""

from __future__ import annotations

import re

import pytest

from claimcheck.extraction.currencies import NAMES, SCALE_ABBREVIATIONS, SUBUNITS
from claimcheck.extraction.units import _alternation, _folded_trie

WORD_LISTS = {
    "currency names": sorted(NAMES) + sorted(SUBUNITS),
    "scale abbreviations": sorted(SCALE_ABBREVIATIONS),
    "prefix chains": ["dollar", "dollars", "doll", "d", "new zealand dollar", "new zealand"],
}


def _variants(word: str) -> list[str]:
    return [
        word,
        word.upper(),
        word.title(),
        word + "s",
        word + "x",
        word + " ",
        word[:-1],
        word.replace(" ", "  \t"),
        word.replace(" ", "\u00a0"),
        "x" + word,
    ]


@pytest.mark.parametrize("name", sorted(WORD_LISTS))
def test_trie_matches_like_longest_first_alternation(name: str) -> None:
    words = WORD_LISTS[name]
    old = re.compile("(" + _alternation(words) + r")(?![\w])", re.IGNORECASE)
    new = re.compile("(" + _folded_trie(words) + r")(?![\w])", re.IGNORECASE)
    checked = 0
    for word in words:
        for text in _variants(word):
            a, b = old.match(text), new.match(text)
            assert (a and a.span(1)) == (b and b.span(1)), text
            checked += a is not None
    assert checked >= len(words)
