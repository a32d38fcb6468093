"""Where a temporal expression may be: its anchors.

Every temporal expression holds an anchor: a digit that can be a date, or a word such as a
month, a weekday, a unit of time or a relative day. ``anchors(low)`` finds them in the
lower-cased text; temporal.py tries the grammar (temporal_grammar.py) only there, starting from
the anchor or from the words in ``LEADS`` that may open an expression before it.
"""

from __future__ import annotations

import re

from claimcheck.extraction.temporal_lexicon import ORDINALS
from claimcheck.regexes import compiled


def _words(words: str) -> list[str]:
    return words.split()


def _trie(words: list[str]) -> str:
    """One regex for many words, factored by prefix so a failing word costs a few compares."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# Every temporal expression holds one of these (a digit, a month, a weekday, a unit of time,
# a relative day...): the grammar is only tried near them.
ANCHOR_WORDS: frozenset[str] = frozenset(
    _words(
        "jan january feb february mar march apr april may jun june jul july aug august sep sept "
        "september oct october nov november dec december monday tuesday wednesday thursday "
        "friday saturday sunday tues thurs today tomorrow tonight yesterday morning afternoon "
        "evening night now ytd date year years month months week weeks weekend weekends day days "
        "decade decades century centuries hour hours hr hrs minute minutes min mins fortnight "
        "fortnights yr yrs christmas halloween valentine thanksgiving easter "
        "quarter quarters half millennium spring summer autumn fall winter midsummer fifties "
        "sixties seventies eighties nineties nineteen twenty thousand eighteen"
    )
)
# Digits anchor only where they can be a date: four digits (a year), a day or month before a
# separator ("9/3/2017", "19-20"), a quarter code ("Q3"), a fiscal year ("FY24"), a decade
# ("'90s"). Other numbers ("3.5%", "1,234", "23 states") are left to the number extractor;
# "150 years" is found through its unit.
DIGIT_ANCHOR = compiled(
    r"\d(?:(?<![\d.,]\d)(?:\d{3}(?!\d)|\d?(?:\s*[/-]\s*\d|[.]\d\d?[.]\d)|0['’]?s\b)"
    r"|(?<=[qh]\d)|(?<=fy\d)\d|(?<=fy \d)\d)"
)
# Anchor words are found with str.find on a few prefixes in a short text (no regex to compile)
# and with one prefix-trie regex in a long one (one pass instead of ~60 str.find passes); each
# hit is then checked whole: a maximal run of letters a-z with no letter before it.
_NEEDLES = sorted({w[:4] for w in ANCHOR_WORDS})
_NEEDLES = [n for n in _NEEDLES if not any(n != m and n.startswith(m) for m in _NEEDLES)]
_WORD = compiled(r"[a-z]+")
_LONG_TEXT = 20_000
_anchor_word: re.Pattern[str] | None = None


def _anchor_words_found(low: str) -> list[int]:
    found: list[int] = []
    words = ANCHOR_WORDS
    match = _WORD.match
    for needle in _NEEDLES:
        i = low.find(needle)
        while i != -1:
            if i == 0 or not low[i - 1].isalpha():
                m = match(low, i)
                if m is not None and m.group() in words:
                    found.append(i)
            i = low.find(needle, i + 1)
    return found


def _anchor_words_scanned(low: str) -> list[int]:
    global _anchor_word
    if _anchor_word is None:
        # A character that is not a-z, then the word: the leading class lets the regex engine
        # skip ahead at C speed (a leading lookbehind does not). "not a-z" is a superset of
        # "no letter before"; the exact test follows.
        _anchor_word = compiled(r"[^a-z](" + _trie(sorted(ANCHOR_WORDS)) + r")(?![a-z])")
    found = [
        i for i in (m.start(1) for m in _anchor_word.finditer(low)) if not low[i - 1].isalpha()
    ]
    first = _WORD.match(low)  # a word at the very start has nothing before it
    if first is not None and first.group() in ANCHOR_WORDS:
        found.insert(0, 0)
    return found


def anchors(low: str) -> list[int]:
    """Sorted offsets of the anchors in ``low`` (the text lower-cased)."""
    found = [m.start() for m in DIGIT_ANCHOR.finditer(low)]
    if len(low) < _LONG_TEXT:
        found += _anchor_words_found(low)
    else:
        found += _anchor_words_scanned(low)
    found.sort()
    return found


# Words that may open an expression before its anchor ("the first half of 2025").
LEADS: frozenset[str] = (
    ANCHOR_WORDS
    | frozenset(
        _words(
            "the this next last past previous coming upcoming current following same from "
            "between in during since until till by of through throughout before after within "
            "inside over for early late mid middle very start beginning end close rest remainder "
            "later earlier a an few several couple dozen dozens w fy fiscal financial q h turn "
            "first second third fourth fifth final one two three four five six seven eight nine "
            "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
            "twenty thirty forty fifty sixty seventy eighty ninety month wed thu fri sat sun mon "
            "tue and to thru c business working my hundred new boxing pre post so far time"
        )
    )
    | frozenset(ORDINALS)
)
