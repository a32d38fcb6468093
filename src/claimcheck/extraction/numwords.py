"""The words and digit forms numbers are written with, and a tokenizer over them.

``tokens(text, pos)`` cuts the run of number-like tokens that starts at ``pos`` ("twenty", "-",
"three", "hundred", "and", "1,234.5", "3/4") for numgrammar.py to parse.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass

from claimcheck.regexes import compiled

_UNITS = dict(
    zip(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        range(10),
        strict=True,
    )
)
_UNITS.update(nought=0, naught=0)
_TEENS = dict(
    zip(
        [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ],
        range(10, 20),
        strict=True,
    )
)
_TENS = dict(
    zip(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        range(20, 100, 10),
        strict=True,
    )
)
SCALE_WORDS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Denominators read as fractions after any numerator ("three quarters", "two thirds").
_FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
_ORD_UNITS = dict(
    zip(
        ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
        range(3, 10),
        strict=True,
    )
)
_ORD_UNITS_ANY = {"first": 1, "second": 2, **_ORD_UNITS}
_ORD_BIG = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1e3,
    "millionth": 1e6,
    "billionth": 1e9,
    "trillionth": 1e12,
}

# Words that can start a number on their own (the scanner looks for these).
START_WORDS = (
    list(_UNITS) + list(_TEENS) + list(_TENS) + ["hundred", "dozen", "dozens"] + list(SCALE_WORDS)
)
START_WORDS += ["half", "quarter", "quarters", "halves", "minus", "negative"]

VULGAR = (
    "\u00bd\u2153\u2154\u00bc\u00be\u2155\u2156\u2157\u2158\u2159\u215a\u215b\u215c\u215d\u215e"
)
_VULGAR_VALUES = dict(
    zip(
        VULGAR,
        (
            1 / 2,
            1 / 3,
            2 / 3,
            1 / 4,
            3 / 4,
            0.2,
            0.4,
            0.6,
            0.8,
            1 / 6,
            5 / 6,
            0.125,
            0.375,
            0.625,
            0.875,
        ),
        strict=True,
    )
)
# A decimal comma ("3,5 %", "3,50 €", "1,5 million" in translated copy) only where a percent
# sign, percent word, currency or scale word follows: "1,234" is a thousands group and a bare
# "3,5" stays ambiguous.
_DECIMAL_COMMA = (
    r"\d{1,3},\d{1,2}(?!\d)(?![,.]\d)"
    r"(?=[ \u00a0]*(?:[%\uff05\u20ac\u00a3$\u00a5]|per[ \u00a0]?cent\b|percent\b"
    r"|[A-Z]{3}(?![A-Za-z])|(?:million|billion|trillion|mln|bln|mn|bn|m|tn)\b))"
)
DIGITS = (
    r"\d*[" + VULGAR + r"]|" + _DECIMAL_COMMA + r"|"
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)"
    r"|\d{1,3}(?: \d{3})+(?!\d)(?!,\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+(?![\w]))?(?:\^[-+]*\d+)?"
    r"|\.\d+"
)
_NEXT_RE = compiled(
    # One line break may wrap a number's words ("$608\nbillion"), never its digits.
    r"(?P<gap>[ \t\u00a0\u202f]*(?:\r?\n[ \t\u00a0\u202f]*(?=[A-Za-z]))?"
    r"(?P<sep>[-\u2013,&][ \t\u00a0\u202f]*)?)"
    r"(?:(?P<slash>\d{1,3} ?/ ?\d{1,3})(?![/\d])|(?P<num>" + DIGITS + r")|(?P<word>[A-Za-z]+))"
)
_POWER_RE = compiled(r"\^([-+]*)(\d+)$")


@dataclass(slots=True)
class Tok:
    kind: str  # NUM U T X H S DOZ AND A POINT OVER FRAC ORD MINUS
    value: float
    start: int
    end: int
    sep: str  # "" / "-" / "," / "&" joining it to the previous token
    gap: bool  # whitespace before it
    decimals: int = 0
    plural: bool = False


def parse_digits(raw: str) -> tuple[float, int]:
    """Value and number of decimal places of a digit literal ("1,234.50" -> (1234.5, 2))."""
    if raw.isdigit():
        return float(raw), 0
    if raw[-1] in _VULGAR_VALUES:  # "2½"
        return float(raw[:-1] or 0) + _VULGAR_VALUES[raw[-1]], 3
    power = _POWER_RE.search(raw) if "^" in raw else None
    if power:
        raw = raw[: power.start()]
    if "," in raw and len(raw) - raw.index(",") <= 3 and "." not in raw:
        raw = raw.replace(",", ".")  # a decimal comma (DIGITS lets only that shape through)
    clean = raw.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    mant, _, exp = clean.lower().partition("e")
    decimals = len(mant.partition(".")[2])
    value = float(clean)
    if exp:
        decimals = max(0, decimals - int(exp))
    if power:
        exponent = int(power.group(2)) * (-1 if power.group(1).count("-") % 2 else 1)
        with contextlib.suppress(OverflowError, ZeroDivisionError):
            value = value**exponent
        decimals = 6
    return value, decimals


def _plausible_fraction(numerator: int, denominator: int) -> bool:
    """Proper fractions as news writes them: 3/4, 5/8, 1/40; not 9/11 or 24/7."""
    if numerator >= denominator:
        return False
    return denominator <= 10 or numerator == 1 or denominator in (16, 32, 64, 100)


def _classify(w: str) -> tuple[str, float, bool] | None:
    if w in _UNITS:
        return "U", _UNITS[w], False
    if w in _TEENS:
        return "T", _TEENS[w], False
    if w in _TENS:
        return "X", _TENS[w], False
    if w in ("hundred", "hundreds"):
        return "H", 100, w.endswith("s")
    if w in SCALE_WORDS:
        return "S", SCALE_WORDS[w], False
    if w in ("dozen", "dozens", "dzs", "doz", "dozs"):
        return "DOZ", 12, w != "dozen"
    if w == "and":
        return "AND", 0, False
    if w in ("a", "an"):
        return "A", 1, False
    if w == "point":
        return "POINT", 0, False
    if w == "over":
        return "OVER", 0, False
    if w in ("minus", "negative"):
        return "MINUS", 0, False
    if w in _FRACTIONS:
        return "FRAC", _FRACTIONS[w], w.endswith("s")
    base = w[:-1] if w.endswith("s") else w
    if base in _ORD_UNITS_ANY:
        return "ORD", _ORD_UNITS_ANY[base], w.endswith("s")
    if base in _ORD_BIG:
        return "ORD", _ORD_BIG[base], w.endswith("s")
    return None


# Every lower-case word _classify knows, with its class: classify is then one dict look-up (it
# runs for the word after nearly every number of a text).
_CLASSES: dict[str, tuple[str, float, bool]] = {}
for _w in (
    *_UNITS,
    *_TEENS,
    *_TENS,
    "hundred",
    "hundreds",
    *SCALE_WORDS,
    "dozen",
    "dozens",
    "dzs",
    "doz",
    "dozs",
    "and",
    "a",
    "an",
    "point",
    "over",
    "minus",
    "negative",
    *_FRACTIONS,
    *(_b + _s for _b in (*_ORD_UNITS_ANY, *_ORD_BIG) for _s in ("", "s")),
):
    _class = _classify(_w)
    if _class is not None:
        _CLASSES[_w] = _class


def classify(word: str) -> tuple[str, float, bool] | None:
    """(kind, value, plural) of a number word ("twenty" -> ("X", 20, False)), or None."""
    return _CLASSES.get(word.lower())


_SMALL = frozenset(("U", "T", "NUM"))


def tokens(text: str, pos: int, limit: int = 16) -> list[Tok]:
    toks: list[Tok] = []
    while len(toks) < limit:
        m = _NEXT_RE.match(text, pos)
        if not m:
            break
        sep = (m.group("sep") or "").strip()
        gap = bool(m.group("gap"))
        if toks and not gap and m.group("word") and toks[-1].kind == "NUM":
            break  # "10k", "3rd": a suffix, not a number word
        if m.group("slash") is not None:
            num_s, _, den_s = m.group("slash").partition("/")
            num_i, den_i = int(num_s), int(den_s)
            if den_i == 0 or (toks and toks[-1].kind != "NUM") or (toks and not gap):
                break
            if not toks and not _plausible_fraction(num_i, den_i):
                break  # "9/11", "24/7": a date or a name, not a proportion
            value = num_i / den_i
            tok = Tok("SLASH", value, m.start("slash"), m.end("slash"), sep, gap)
        elif m.group("num") is not None:
            if toks and toks[-1].kind == "NUM" and not gap:
                break
            value, decimals = parse_digits(m.group("num"))
            if not math.isfinite(value):
                break
            tok = Tok("NUM", value, m.start("num"), m.end("num"), sep, gap, decimals)
        else:
            info = classify(m.group("word"))
            if info is None:
                break
            if m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "_"):
                break
            kind, value, plural = info
            tok = Tok(kind, value, m.start("word"), m.end("word"), sep, gap, 0, plural)
        if not toks and sep:
            tok.sep = ""
        toks.append(tok)
        pos = m.end()
        if len(toks) >= 3 and all(t.kind in _SMALL for t in toks[-3:]):
            break  # "one two three": a list, no number goes on like that
    return toks
