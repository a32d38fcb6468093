"""Where a figure may start, found in two fast passes over the text.

One regex finds digits, one finds number words (on the lower-cased text, as a trie of literals so
the regex engine rejects most positions at the first character). Currency symbols and codes, and
"percent of", are found by looking back from the digits they stand before, which is cheaper than
scanning for them everywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import NamedTuple

from claimcheck.extraction.currencies import CODE_ALIASES, CODES, SYMBOLS
from claimcheck.extraction.numbers import START_WORDS, VULGAR
from claimcheck.extraction.wordlists import MEASUREMENT_UNITS, words
from claimcheck.regexes import compiled

SYMBOL_CHARS = "".join(s for s in SYMBOLS if len(s) == 1)
_CODES = frozenset(CODES | set(CODE_ALIASES))
# Words that start a number alone, and words that do so only after "a"/"an" ("a third").
_ALONE = [w for w in START_WORDS if w not in ("dozen", "dozens", "quarters", "halves")]
_NEEDS_ARTICLE = (
    words(
        """third fourth fifth sixth seventh eighth ninth tenth twentieth hundredth thousandth
        millionth billionth trillionth dozen"""
    )
    | MEASUREMENT_UNITS
)
_WITH_ARTICLE = sorted(_NEEDS_ARTICLE)
ARTICLE_WORDS = _NEEDS_ARTICLE | words(
    """half quarter hundred thousand million billion trillion twenty thirty forty fifty sixty
    seventy eighty ninety"""
)


def _trie(words: list[str]) -> str:
    groups: dict[str, list[str]] = defaultdict(list)
    for w in words:
        groups[w[0]].append(w[1:])
    return "|".join(
        c + "(?:" + "|".join(sorted(rest, key=len, reverse=True)) + ")"
        for c, rest in sorted(groups.items())
    )


_WORDS_PATTERN = r"\b(?:" + _trie(_ALONE + _WITH_ARTICLE) + r")\b"
# The same words after a non-word character that the match takes along: a leading class lets
# the engine skip ahead where "\b" makes it try every position (a third of the scan's time).
_WORD_LOWER = compiled(r"\W(" + _trie(_ALONE + _WITH_ARTICLE) + r")\b")
_WORD_FIRST = compiled(_WORDS_PATTERN)  # a word at the very start has nothing before it
_word_anycase: re.Pattern[str] | None = None  # compiled when a text needs it (rare)
# Codes written straight onto the amount ("USD2m"); only the major ones, since "COP28" and
# "ALL3" are names, not Colombian pesos or Albanian lek.
_GLUED_CODES = frozenset(("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "RMB", "CAD", "AUD"))
# One leading character class so the engine skips all other positions fast (it does not for a
# choice of branches); the lookbehinds then check which character it was and what stands before
# it (not glued to a word, a number or a path).
_DIGIT = compiled(
    r"[\d." + VULGAR + r"](?:"
    r"(?<=\d)(?:(?<![\w./]\d)|(?<=(?:" + "|".join(sorted(_GLUED_CODES)) + r")\d))"  # "USD2m"
    r"|(?<=\.)(?<![\w./]\.)(?=\d)"
    r"|(?<=[" + VULGAR + r"])(?<![\w./][" + VULGAR + r"]))"
)
_PCT_OF = compiled(
    r"\b(?:per[ \u00a0]?cents?|percents?|percentage)[ \u00a0]+of[ \u00a0]+\Z", re.IGNORECASE
)


class Start(NamedTuple):
    """A place a figure may start: ``pos`` to parse from, and what put it there."""

    pos: int
    lead: str | None  # "sym" (currency symbol), "code" (ISO code), "pct" ("percent of")
    word: str | None  # the number word found, lower case
    claim_start: int  # where the claim's text starts (before "percent of", "a")
    word_end: int = 0  # where the number word found ends
    article: bool = False  # the word had "a"/"an" before it
    # (a NamedTuple, not a dataclass: one is made for every digit run of the text)


def candidates(text: str) -> Iterator[Start]:
    """Every place a figure may start, in text order."""
    lower = text.lower()
    if len(lower) == len(text):
        first = _WORD_FIRST.match(lower)
        found = [(0, first.group())] if first else []
        found += [(m.start(1), m.group(1)) for m in _WORD_LOWER.finditer(lower)]
    else:  # lower-casing changed the length ("\u0130"): match the text itself, ignoring case
        global _word_anycase
        if _word_anycase is None:
            _word_anycase = compiled(_WORDS_PATTERN, re.IGNORECASE)
        found = [(m.start(), m.group().lower()) for m in _word_anycase.finditer(text)]
    i, n = 0, len(found)
    for m in _DIGIT.finditer(text):
        pos = m.start()
        while i < n and found[i][0] < pos:
            start = _word_start(text, *found[i])
            i += 1
            if start is not None:
                yield start
        yield _digit_start(text, pos)
    for word_pos, word in found[i:]:
        start = _word_start(text, word_pos, word)
        if start is not None:
            yield start


def _digit_start(text: str, pos: int) -> Start:
    before = text[pos - 2 : pos] if pos >= 2 else ""
    if before[1:] == " " and before[0].islower() and before[0] not in "fs":
        return Start(pos, None, None, pos)  # "spend 3.5%": no symbol, code or "percent of"
    k = pos
    if k > 0 and text[k - 1] in "-\u2212" and k > 1 and text[k - 2] in SYMBOL_CHARS:
        return Start(k - 2, "sym", None, k - 2)  # "$-99.99"
    while k > 0 and text[k - 1] in " \u00a0" and pos - k < 2:
        k -= 1
    if k > 0 and text[k - 1] in SYMBOL_CHARS:
        return Start(k - 1, "sym", None, k - 1)
    if k > 1 and text[k - 2 : k] == "\u0bb0\u0bc2":
        return Start(k - 2, "sym", None, k - 2)
    code = text[k - 3 : k] if k >= 3 else ""
    glued_ok = k < pos or code in _GLUED_CODES
    if code in _CODES and glued_ok and (k == 3 or not text[k - 4].isalnum()):
        return Start(k - 3, "code", None, k - 3)
    for rs in ("Rs.", "Rs"):
        j = k - len(rs)
        if j >= 0 and text[j:k] == rs and (j == 0 or not text[j - 1].isalnum()):
            return Start(j, "code", None, j)
    return _percent_lead(text, pos, None) or Start(pos, None, None, pos)


def _word_start(text: str, pos: int, word: str) -> Start | None:
    if word in ARTICLE_WORDS:
        for art in ("a ", "an "):
            j = pos - len(art)
            if j >= 0 and text[j:pos].lower() == art and (j == 0 or not text[j - 1].isalnum()):
                return Start(j, None, word, j, pos + len(word), True)
    if word in _NEEDS_ARTICLE:
        return None
    return _percent_lead(text, pos, word) or Start(pos, None, word, pos, pos + len(word))


def _percent_lead(text: str, pos: int, word: str | None) -> Start | None:
    if text[max(0, pos - 3) : pos].lower() != "of ":
        return None
    m = _PCT_OF.search(text, max(0, pos - 20), pos)
    return Start(pos, "pct", word, m.start(), pos + len(word or "")) if m else None
