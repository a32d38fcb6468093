"""What follows a number: scale abbreviations, percent signs, currency names and sub-units.

Each reader takes the text and the offset right after a number and returns what it found there
and where it ends, or None. They are plain anchored regex matches, cheap enough to run on every
number of a large text.
"""

from __future__ import annotations

import re

from claimcheck.extraction.currencies import (
    CODE_ALIASES,
    CODES,
    NAMES,
    SCALE_ABBREVIATIONS,
    SUBUNITS,
    SYMBOLS,
)
from claimcheck.regexes import compiled


def _alternation(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_ONE_CHAR = frozenset(re.escape(chr(c)) for c in range(32, 0x250))


def _folded_trie(words: list[str]) -> str:
    """The words as one case-folded alternation factored by prefix, for case-insensitive
    patterns: it matches what ``_alternation`` (longest first) matches, but a failing position
    costs a few compares instead of one per word. Longer words are tried before their
    prefixes; spaces match any white space."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word.lower():
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [k + emit(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        if len(branches) > 1:
            body = "(?:" + "|".join(branches) + ")"
        elif "" in node and branches[0] in _ONE_CHAR:
            return branches[0] + "?"  # "dollars?" parses faster than "dollar(?:s)?"
        else:
            body = branches[0]
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_SCALE_ATTACHED = compiled(r"(" + _alternation(list(SCALE_ABBREVIATIONS)) + r")(?![\w])")
_SCALE_SPACED = compiled(r"[ \u00a0]{1,2}(k|K|M|G|T|B|MM|bn|bln|mn|mln|tn|tln|trn)(?![\w$€£%])")
_SCALE_SPACED_MONEY = compiled(r"[ \u00a0](m|b|t)(?![\w$€£%])")
_PERCENT = compiled(
    r"[ \u00a0]*(?:%|\uff05|per[ \u00a0]?cents?\b|percent(?:age)?s?\b|pct\b)|(?<=\d)pc\b"
    r"|-(?:per-?cent|percent)\b",  # "a 4.5-per-cent rise"
    re.IGNORECASE,
)
_BASIS_POINTS = compiled(r"[ \u00a0]?(?:basis[- \u00a0]+points?\b|bps\b|bp\b)", re.IGNORECASE)
_POINTS = compiled(
    r"[ \u00a0]?(?:percentage[- \u00a0]+points?\b|pp\b|ppts?\b|%[ \u00a0]?points?\b"
    r"|per[ \u00a0]?cent(?:age)?[- \u00a0]+points?\b)",
    re.IGNORECASE,
)
_CURRENCY_NAME = compiled(
    r"(?:[ \u00a0]*-?[ \u00a0]*)(" + _folded_trie(list(NAMES) + list(SUBUNITS)) + r")(?![\w])",
    re.IGNORECASE,
)
_CODE_AFTER = compiled(r"[ \u00a0]?(" + "|".join(sorted(CODES | set(CODE_ALIASES))) + r")(?![\w])")
_SYMBOL_AFTER = compiled(
    r"[ \u00a0]*("
    + _alternation([s for s in SYMBOLS if not (s.isascii() and s.isalpha())])
    + r")(?![\w$])"
)
_CENTS_AFTER = compiled(
    r"[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2}|[a-z]+(?:[- ][a-z]+)?)"
    r"(?:[ \u00a0]+(?:cents?|pence)\b|(?=[ \u00a0]*(?:[.,;!?]|$)))",
    re.IGNORECASE,
)


# One cheap test before the readers below: does anything that could be a suffix follow at all?
# (A superset of what they accept, case-insensitive; "troops" or "people" fail it at once.)
SUFFIX_HINT = compiled(
    r"[ \u00a0]*-?[ \u00a0]*(?:"
    + _folded_trie(
        list(SCALE_ABBREVIATIONS)
        + list(NAMES)
        + list(SUBUNITS)
        + sorted(CODES | set(CODE_ALIASES))
        + [
            "per cent",
            "percent",
            "percentage",
            "pct",
            "pc",
            "pp",
            "ppt",
            "ppts",
            "bp",
            "bps",
            "basis",
        ]
    )
    + r")(?![a-z])|[ \u00a0]?(?:[x\u00d7]|"
    + _alternation(list(SYMBOLS))
    + ")",
    re.IGNORECASE,
)


def scale_after(text: str, pos: int, money: bool, value: float) -> tuple[float, int] | None:
    """A scale abbreviation right after a number: "bn" in "€150bn", "k" in "10k"."""
    m = _SCALE_ATTACHED.match(text, pos)
    if m:
        abbr = m.group(1)
        if money or abbr not in ("m", "t", "mm", "tr", "b") or (abbr == "b" and value < 1000):
            return SCALE_ABBREVIATIONS[abbr], m.end()
        return None
    m = _SCALE_SPACED.match(text, pos)
    if m:
        return SCALE_ABBREVIATIONS[m.group(1)], m.end()
    if money:
        m = _SCALE_SPACED_MONEY.match(text, pos)
        if m:
            return SCALE_ABBREVIATIONS[m.group(1)], m.end()
    return None


def percent_after(text: str, pos: int) -> tuple[str, int, float] | None:
    """(kind, end, factor) for a percent sign or word right after a number.

    kind is "percent" or "percentage_points"; factor turns the number into that unit (basis
    points are hundredths of a percentage point: "25 basis points" -> 0.25 pp).
    """
    m = _BASIS_POINTS.match(text, pos)
    if m:
        return "percentage_points", m.end(), 0.01
    m = _POINTS.match(text, pos)
    if m:
        return "percentage_points", m.end(), 1.0
    m = _PERCENT.match(text, pos)
    if m:
        return "percent", m.end(), 1.0
    return None


def currency_after(text: str, pos: int) -> tuple[str, float, int] | None:
    """(ISO code, factor to units, end) for a currency written after an amount."""
    m = _CURRENCY_NAME.match(text, pos)
    if m:
        name = re.sub(r"\s+", " ", m.group(1).lower())
        if name in SUBUNITS:
            code, per = SUBUNITS[name]
            return code, 1 / per, m.end()
        if (
            name in ("won", "real", "rand", "marks", "kip", "dong", "lari")
            and m.group(1)[0].isupper()
        ):
            return None
        return NAMES[name], 1.0, m.end()
    m = _CODE_AFTER.match(text, pos)
    if m:
        return CODE_ALIASES.get(m.group(1), m.group(1)), 1.0, m.end()
    m = _SYMBOL_AFTER.match(text, pos)
    if m:
        return SYMBOLS[m.group(1)], 1.0, m.end()
    return None


def cents_after(text: str, pos: int) -> tuple[str, int] | None:
    """The "50 cents" of "3 dollars 50 cents": (the written cents, end)."""
    m = _CENTS_AFTER.match(text, pos)
    if m:
        return m.group(1), m.end()
    return None
