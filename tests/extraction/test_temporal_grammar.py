"""The first-character table of the temporal grammar stays a superset of what its regexes accept.

``temporal_grammar.FIRST`` lets the extractor skip families that cannot open with the character at
hand; a family whose regex gains a new first character without the table following would
silently stop matching there. The first characters are read from the parsed regex (re._parser,
CPython's own parser), so this test needs no example of every branch.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import pytest

from claimcheck.extraction.temporal_grammar import (
    ALTERNATIVES,
    DIGIT_NAMES,
    FIRST,
    FIRST_ALPHABET,
    WORD_NAMES,
    families_at,
)

_ALPHABET = frozenset(string.ascii_lowercase + string.digits)
_CATEGORIES = {
    C.CATEGORY_DIGIT: str.isdecimal,
    C.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
}


def _in_class(items: list[tuple[Any, Any]], ch: str) -> bool:
    negate, hit = False, False
    for op, arg in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= ord(ch) == arg
        elif op is C.RANGE:
            hit |= arg[0] <= ord(ch) <= arg[1]
        elif op is C.CATEGORY:
            hit |= _CATEGORIES[arg](ch)
        else:
            raise AssertionError(f"unexpected class item {op}")
    return hit != negate


def _first_item(op: Any, arg: Any) -> tuple[set[str], bool]:
    """(first characters in the alphabet, whether the item can match nothing)."""
    if op is C.LITERAL:
        return {chr(arg)} & _ALPHABET, False
    if op is C.NOT_LITERAL:
        return set(_ALPHABET) - {chr(arg)}, False
    if op is C.ANY:
        return set(_ALPHABET), False
    if op is C.IN:
        return {c for c in _ALPHABET if _in_class(arg, c)}, False
    if op is C.SUBPATTERN:
        assert not arg[1] and not arg[2], "inline flags would change the first characters"
        return _first_seq(arg[3])
    if op is C.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in arg[1]:
            f, e = _first_seq(branch)
            found |= f
            empty |= e
        return found, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        f, e = _first_seq(arg[2])
        return f, e or arg[0] == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero width: ignoring the condition only widens the set
    return set(_ALPHABET), True  # anything else: assume it can open with anything


def _first_seq(seq: Any) -> tuple[set[str], bool]:
    found: set[str] = set()
    for op, arg in seq:
        f, empty = _first_item(op, arg)
        found |= f
        if not empty:
            return found, False
    return found, True


def first_characters(pattern: str) -> set[str]:
    return _first_seq(P.parse(pattern))[0]


ANALYSER_CASES = [
    (r"\bfoo|bar", "bf"),
    (r"(?:the\s+)?\d{4}", "t0123456789"),
    (r"(?<![\w])[a-c]x", "abc"),
    (r"x?y*z", "xyz"),
    (r"[^a-y]", "z0123456789"),
]


@pytest.mark.parametrize(("pattern", "expected"), ANALYSER_CASES)
def test_analyser_reads_first_characters(pattern: str, expected: str) -> None:
    assert first_characters(pattern) == set(expected)


@pytest.mark.parametrize(("name", "pattern"), ALTERNATIVES, ids=[n for n, _ in ALTERNATIVES])
def test_first_table_covers_family(name: str, pattern: str) -> None:
    missing = first_characters(pattern) - set(FIRST[name])
    assert not missing, f"add {''.join(sorted(missing))!r} to FIRST[{name!r}]"


@pytest.mark.parametrize("ch", sorted(FIRST_ALPHABET) + ["\u00e9", "\u0663"])
def test_families_at_keeps_grammar_order(ch: str) -> None:
    pool = DIGIT_NAMES if ch.isdigit() else WORD_NAMES
    got = families_at(ch)
    assert list(got) == [n for n in pool if n in got]
    if ch not in FIRST_ALPHABET:
        assert got == pool
    else:
        assert set(got) == {n for n in pool if ch in FIRST[n]}


def test_patterns_compile() -> None:
    for _, pattern in ALTERNATIVES:
        re.compile(pattern)


ANCHOR_TEXTS = [
    "In March 2024, three years ago, on Monday the 3rd",
    "mondays today'stoday éday _day 2day day_ daytime nowhere now. NOW",
    "last week\u00a0and next month; the fifties, twenty-twenty, yrs/hrs",
    "\u00e9march \u00b2may x-may may-june summer\u2019s winterfall",
    "today, at the very start of the text",
    "May",
]


@pytest.mark.parametrize("text", ANCHOR_TEXTS)
def test_anchor_word_paths_agree(text: str) -> None:
    from claimcheck.extraction import temporal_anchors
    from claimcheck.extraction.temporal import lower

    low = lower(text)
    found = sorted(temporal_anchors._anchor_words_found(low))
    assert found == temporal_anchors._anchor_words_scanned(low)
    assert found  # every text holds anchors


def test_anchor_word_paths_agree_on_seed() -> None:
    from claimcheck.extraction import temporal_anchors
    from claimcheck.extraction.temporal import lower

    seed = (
        Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "rutte-dpa-interview.txt"
    )
    if not seed.is_file():
        pytest.skip("the seed article is not here")
    low = lower(seed.read_text("utf-8"))
    found = sorted(temporal_anchors._anchor_words_found(low))
    assert found == temporal_anchors._anchor_words_scanned(low)
    assert found
