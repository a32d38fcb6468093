"""Reading numbers written in digits, in words, or both ("1,234.5", "twenty-three", "1.5 million").

``read_number(text, pos)`` parses the longest number that starts at ``pos`` and says how precisely
it is written. It knows nothing about units or currencies; quantities.py builds on it.
"""

from __future__ import annotations

import contextlib
import math
import re
from dataclasses import dataclass

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
DIGITS = (
    r"\d*[" + VULGAR + r"]|"
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)"
    r"|\d{1,3}(?: \d{3})+(?!\d)(?!,\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+(?![\w]))?(?:\^[-+]*\d+)?"
    r"|\.\d+"
)
_DIGIT_RE = re.compile(DIGITS)
_NEXT_RE = re.compile(
    r"(?P<gap>[ \t\u00a0\u202f]*(?P<sep>[-\u2013,&][ \t\u00a0\u202f]*)?)"
    r"(?:(?P<slash>\d{1,3} ?/ ?\d{1,3})(?![/\d])|(?P<num>" + DIGITS + r")|(?P<word>[A-Za-z]+))"
)
_WORD_AFTER = re.compile(r"[ \t\u00a0\u202f]*[,&]?[ \t\u00a0\u202f]*([A-Za-z]+)")
_DIGIT_AFTER = re.compile(r"[ \t\u00a0\u202f]+\d{1,3}[ ]?/")
_OF_SCALE = re.compile(r"[ \t]+of[ \t]+an?[ \t]+(thousand|million|billion|trillion)\b", re.I)
_POWER_RE = re.compile(r"\^([-+]*)(\d+)$")


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed number: ``text[start:end]`` reads as ``value``, written to +/- ``precision``."""

    value: float
    start: int
    end: int
    precision: float | None
    words: bool  # written (at least partly) in words
    fraction: bool = False  # a proportion such as "a quarter" or "3/4"
    scaled: bool = False  # ended in a scale word ("million")


@dataclass(slots=True)
class _Tok:
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


def _classify(word: str) -> tuple[str, float, bool] | None:
    w = word.lower()
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


def _tokens(text: str, pos: int, limit: int = 24) -> list[_Tok]:
    toks: list[_Tok] = []
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
            if int(den_s) == 0 or (toks and toks[-1].kind != "NUM") or (toks and not gap):
                break
            value = int(num_s) / int(den_s)
            tok = _Tok("SLASH", value, m.start("slash"), m.end("slash"), sep, gap)
        elif m.group("num") is not None:
            if toks and toks[-1].kind == "NUM" and not gap:
                break
            value, decimals = parse_digits(m.group("num"))
            if not math.isfinite(value):
                break
            tok = _Tok("NUM", value, m.start("num"), m.end("num"), sep, gap, decimals)
        else:
            info = _classify(m.group("word"))
            if info is None:
                break
            if m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "_"):
                break
            kind, value, plural = info
            tok = _Tok(kind, value, m.start("word"), m.end("word"), sep, gap, 0, plural)
        if not toks and sep:
            tok.sep = ""
        toks.append(tok)
        pos = m.end()
    return toks


@dataclass(slots=True)
class _Card:
    value: float
    end: int  # index of the first token not used
    decimals: int
    last_kind: str
    last_scale: float
    small: float  # the part after the last hundred/scale word
    words: bool


def _cardinal(toks: list[_Tok], i: int) -> _Card | None:
    total = 0.0
    cur: float | None = None
    small = 0.0
    last = ""
    last_scale = float("inf")
    used_hundred = False
    words = False
    decimals = 0
    best: _Card | None = None
    j = i
    n = len(toks)
    while j < n:
        t = toks[j]
        k = t.kind
        if t.sep == "," and not (last == "S" and k in "UTXNUM"):
            break
        if t.sep in ("-", "\u2013") and not (last == "X" and k == "U"):
            break
        if k == "NUM":
            if last == "":
                cur, small, decimals = t.value, t.value, t.decimals
            elif last in ("S", "H", "AND") and t.decimals == 0 and t.value < min(last_scale, 1000):
                if last in ("H", "AND") and t.value >= 100:
                    break
                cur = (cur or 0) + t.value
                small = t.value
            else:
                break
        elif k == "U" and last in ("", "X", "S", "H", "AND"):
            cur = (cur or 0) + t.value
            small = small + t.value if last == "X" else t.value
            words = True
        elif k in ("T", "X") and last in ("", "S", "H", "AND"):
            cur = (cur or 0) + t.value
            small = t.value
            words = True
        elif k == "H" and last in ("", "NUM", "U", "T", "X", "A") and not used_hundred:
            cur = (cur or 1) * 100
            small = cur
            used_hundred = True
            words = True
        elif k == "S" and last in ("", "NUM", "U", "T", "X", "H", "A"):
            if t.value >= last_scale:
                break
            total += (cur if cur is not None else 1) * t.value
            cur, small, used_hundred, last_scale = None, 0, False, t.value
            words = True
        elif k == "S" and last == "S" and t.value > last_scale and t.value < 1e8:
            total *= t.value  # "three lakh crore"
            last_scale = t.value * last_scale
        elif k == "DOZ" and last in ("", "NUM", "U", "T", "X", "A"):
            base = small if last != "A" else 1
            cur = (cur or 0) - (small if last != "A" else 0) + base * 12
            words = True
            last = "DOZ"
            j += 1
            best = _Card(total + (cur or 0), j, decimals, last, last_scale, small, words)
            break
        elif k == "AND" and last in ("H", "S") and j + 1 < n:
            nxt = toks[j + 1]
            after = toks[j + 2] if j + 2 < n else None
            if nxt.kind not in ("U", "T", "X", "NUM"):
                break
            if (
                nxt.kind in ("U", "NUM")
                and after
                and after.kind in ("FRAC", "ORD")
                and after.plural
            ):
                break  # "one hundred and three quarters": a fraction added, not 103/4
            if nxt.kind == "U" and after and after.kind == "FRAC":
                break
            last = "AND"
            j += 1
            continue
        elif k == "A" and last == "" and j + 1 < n and toks[j + 1].kind in ("H", "S", "DOZ"):
            last = "A"
            j += 1
            continue
        else:
            break
        last = k if k != "NUM" else ("NUM" if last == "" else last)
        if k == "NUM" and last != "NUM":
            last = "U"
        j += 1
        best = _Card(total + (cur or 0), j, decimals, last, last_scale, small, words)
    return best


def _denominator(toks: list[_Tok], j: int) -> tuple[float, int, bool] | None:
    """A fraction denominator at token j: (denominator, next index, plural)."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "FRAC" or (t.kind == "ORD" and t.value not in (1, 2)):
        return t.value, j + 1, t.plural
    if t.kind == "X" and j + 1 < len(toks) and toks[j + 1].kind == "ORD":
        o = toks[j + 1]
        if o.value < 10:
            return t.value + o.value, j + 2, o.plural
    if t.kind in ("U", "T", "X") and j + 1 < len(toks) and toks[j + 1].kind == "ORD":
        o = toks[j + 1]
        if o.value >= 100:  # "a hundred trillionths" handled by the caller
            return None
    return None


def _decimals_after_point(toks: list[_Tok], j: int) -> tuple[str, int]:
    digits = ""
    while j < len(toks) and toks[j].kind in ("U", "T", "X", "NUM") and toks[j].sep != ",":
        t = toks[j]
        if t.kind == "X" and j + 1 < len(toks) and toks[j + 1].kind == "U" and toks[j + 1].value:
            digits += str(int(t.value + toks[j + 1].value))
            j += 2
            continue
        digits += str(int(t.value)) if t.kind != "NUM" else str(int(t.value))
        j += 1
        if t.kind in ("T", "X", "NUM"):
            break
    return digits, j


def _simple(text: str, pos: int) -> Number | None:
    """Fast path: digits that no number word, fraction or mixed number continues."""
    m = _DIGIT_RE.match(text, pos)
    if m is None:
        return None
    end = m.end()
    nxt = text[end : end + 1]
    if nxt in ("/", "\u2044") or nxt.isalpha():
        return None
    if nxt in (" ", "\t", "\u00a0", "\u202f", ",", "&"):
        w = _WORD_AFTER.match(text, end)
        if w is None:
            if _DIGIT_AFTER.match(text, end):
                return None
        elif _classify(w.group(1)) is not None:
            return None
    value, decimals = parse_digits(m.group())
    if not math.isfinite(value):
        return None
    return Number(value, pos, end, 0.5 * 10.0**-decimals, False)


def read_number(text: str, pos: int, allow_over: bool = True) -> Number | None:
    """Parse the longest number starting at ``pos``; None when there is none."""
    simple = _simple(text, pos)
    if simple is not None:
        return simple
    toks = _tokens(text, pos)
    if not toks:
        return None
    sign = 1.0
    i = 0
    if toks[0].kind == "MINUS":
        sign, i = -1.0, 1
    res = _number(toks, i, allow_over)
    if res is None or not math.isfinite(res[0]):
        return None
    value, j, precision, fraction, scaled = res
    end = toks[j - 1].end
    if fraction:
        of = _OF_SCALE.match(text, end)
        if of:  # "two thirds of a million"
            value *= SCALE_WORDS[of.group(1).lower()]
            end, fraction, scaled = of.end(), False, True
    words = any(t.kind not in ("NUM", "SLASH") for t in toks[:j])
    return Number(sign * value, toks[0].start, end, precision, words, fraction, scaled)


def _number(
    toks: list[_Tok], i: int, allow_over: bool
) -> tuple[float, int, float | None, bool, bool] | None:
    n = len(toks)
    if i >= n:
        return None
    t0 = toks[i]
    # "a half", "a quarter", "a fifth", "a twenty-first", "half a dozen", "half million"
    lead_frac: float | None = None
    j = i
    if t0.kind == "A" and i + 1 < n:
        d = _denominator(toks, i + 1)
        if d and not d[2]:
            lead_frac, j = 1 / d[0], d[1]
        elif i + 2 < n and toks[i + 1].kind == "H" and toks[i + 2].kind == "ORD":
            lead_frac, j = 100 / toks[i + 2].value, i + 3  # "a hundred trillionths"
    elif t0.kind == "FRAC" and not t0.plural:
        lead_frac, j = 1 / t0.value, i + 1
    if lead_frac is not None:
        if j < n and toks[j].kind == "A" and j + 1 < n and toks[j + 1].kind in ("DOZ", "S"):
            j += 1
        if j < n and toks[j].kind in ("DOZ", "S"):
            mult = toks[j].value
            return lead_frac * mult, j + 1, 0.5 * mult * lead_frac, False, True
        return lead_frac, j, None, True, False
    if t0.kind == "SLASH":
        return t0.value, i + 1, None, True, False
    card = _cardinal(toks, i)
    if card is None:
        return None
    value, j = card.value, card.end
    precision: float | None = 0.5 * 10.0**-card.decimals
    scaled = card.last_kind in ("S", "H")
    if scaled:
        precision = 0.5 * (card.last_scale if card.last_kind == "S" else 100) * 10.0**-card.decimals
    # numerator + denominator: "two thirds", "three twenty-firsts", "one hundred thirty-fifths"
    d = _denominator(toks, j)
    last_tok = toks[j - 1]
    split = j < n and toks[j].kind == "ORD" and toks[j].value < 10 and j - 1 > i
    if split and last_tok.kind == "X" and toks[j - 2].kind != "AND":
        # "one hundred thirty fifths" is 100/35, "one hundred and thirty fifths" 130/5
        d = (last_tok.value + toks[j].value, j + 1, toks[j].plural)
        value -= last_tok.value
    if toks[i].kind == "SLASH":
        return toks[i].value, i + 1, None, True, False
    if card.last_kind == "NUM" and j < n and toks[j].kind == "SLASH":
        return value + toks[j].value, j + 1, None, False, False
    if d is not None and (card.words or toks[j].kind == "FRAC" or d[0] <= 10):
        den, j2, plural = d
        if (plural and value != 1) or (not plural and value == 1) or toks[j].kind == "FRAC":
            frac_value = value / den
            j = j2
            if (
                j + 2 < n
                and toks[j].kind == "A"
                and toks[j + 1].kind == "S"
                and toks[j - 1].end + 4 > toks[j].start
            ):
                pass
            return frac_value, j, None, True, False
    # "X and a half", "five billion and three quarters", "one billion and a half million"
    if j + 2 < n and toks[j].kind == "AND":
        k = j + 1
        num = 1.0
        if toks[k].kind == "U" and toks[k].value > 0:
            num = toks[k].value
            k += 1
        elif toks[k].kind == "A":
            k += 1
        else:
            k = -1
        if k > 0:
            d2 = _denominator(toks, k)
            if d2 is not None:
                frac = num / d2[0]
                k = d2[1]
                mult = card.last_scale if card.last_kind == "S" else 1.0
                if k < n and toks[k].kind == "S":
                    if card.last_kind != "S":  # "two and a half million"
                        return (value + frac) * toks[k].value, k + 1, None, False, True
                    mult = toks[k].value
                    k += 1
                return value + frac * mult, k, None, False, scaled
    # "two hundred point zero three"
    if j + 1 < n and toks[j].kind == "POINT" and card.words:
        digits, k = _decimals_after_point(toks, j + 1)
        if digits:
            return value + float("0." + digits), k, 0.5 * 10.0 ** -len(digits), False, False
    # "one one hundred fifth": the denominator is itself a compound number
    if j < n and toks[j].kind in ("U", "T", "X", "H") and card.words:
        den_card = _cardinal(toks, j)
        k = den_card.end if den_card else j
        if den_card and k < n and toks[k].kind == "AND":
            k += 1
        ordinal = toks[k] if den_card and k < n and toks[k].kind == "ORD" else None
        tens = den_card is not None and den_card.value % 10 == 0
        if den_card and ordinal and tens and ordinal.value < 10 and ordinal.plural == (value != 1):
            return value / (den_card.value + ordinal.value), k + 1, None, True, False
    # "one over three", "1 over 20"
    if allow_over and j + 1 < n and toks[j].kind == "OVER":
        den_card = _cardinal(toks, j + 1)
        if den_card and den_card.value:
            return value / den_card.value, den_card.end, None, True, False
    return value, j, precision, False, scaled
