"""Reading one figure: currency symbol or code, number, scale, percent sign, currency name.

``read_amount(text, pos, masks, lead)`` parses "€150bn", "3.5 per cent", "420 million Finnish
markka" or "2,000" at ``pos`` into an ``Amount``; counted nouns, ranges and qualifiers are the
business of quantities.py and ranges.py.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from claimcheck.extraction.currencies import CODE_ALIASES, DOLLAR_PREFIXES, SYMBOLS
from claimcheck.extraction.identifiers import Masks, is_identifier
from claimcheck.extraction.nouns import is_plural
from claimcheck.extraction.numbers import Number, read_number
from claimcheck.extraction.scan import SYMBOL_CHARS as _SYMBOL_CHARS
from claimcheck.extraction.units import (
    SUFFIX_HINT,
    cents_after,
    currency_after,
    percent_after,
    scale_after,
)
from claimcheck.regexes import compiled

_PREFIX_BEFORE = compiled(
    r"(?<![\w.])("
    + "|".join(re.escape(p) for p in sorted(DOLLAR_PREFIXES, key=len, reverse=True))
    + r")( ?)\Z",
    re.IGNORECASE,
)
# "x 10^8", "x 108" (a lost caret), "8x2^10", "3×10⁸": times a small base to a power
_SUPERSCRIPTS = "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_TIMES_POWER = compiled(
    r"[ \u00a0]?[x\u00d7][ \u00a0]?"
    r"(?:(\d{1,2})(?:\^([-\u2212]?\d{1,3})|([" + _SUPERSCRIPTS + r"]+))"
    r"|10([-\u2212]?\d{1,3}))(?![\d" + _SUPERSCRIPTS + r"])"
)
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "-0123456789")
_TEMPERATURES = compiled(
    r"\u00b0[ \u00a0]?[CF]\b"
    r"|(?i:\bdegrees?[ \u00a0]+(?:celsius|fahrenheit|centigrade)\b|\bkelvins?\b)"
)
_NEAR = 120  # how far a temperature may stand from the figure, in characters
_DECIMAL_CURRENCIES = frozenset(("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "EUR", "GBP", "CHF"))
_ID_RANGE = compiled(r"[-\u2013]\d+\b")
_SPACES = frozenset(" \u00a0")
_SUFFIX_STARTS = frozenset("%\uff05-\u00d7" + _SYMBOL_CHARS) | {"\u0bb0"}
_NEXT_WORD = compiled(r" ([A-Za-z]+)\b")
_ABBREVIATION = compiled(r"[A-Za-z]{1,3}(?![A-Za-z])")
_ORDINAL_SUFFIX = compiled(r"(?:st|nd|rd|th|s)\b", re.IGNORECASE)


@dataclass(slots=True)
class Amount:
    start: int
    end: int
    value: float
    precision: float | None
    currency: str | None = None
    percent: str | None = None  # "percent" | "percentage_points"
    fraction: bool = False
    scaled: bool = False
    scale: float = 1.0  # the multiplier of its scale word or abbreviation
    integer: bool = True
    words: bool = False


def read_amount(text: str, pos: int, masks: Masks, lead: str | None) -> tuple[Amount | None, int]:
    """Parse currency-symbol? number scale? percent? currency? at ``pos``; (amount, resume)."""
    start = pos
    currency: str | None = None
    if lead == "pct":
        pass
    elif pos < len(text) and (text[pos] in _SYMBOL_CHARS or text.startswith("\u0bb0\u0bc2", pos)):
        sym = text[pos] if text[pos] in _SYMBOL_CHARS else "\u0bb0\u0bc2"
        currency = SYMBOLS[sym]
        if sym == "$":
            pm = _PREFIX_BEFORE.search(text, max(0, pos - 5), pos)
            quoted = pm is not None and pm.start() >= 2 and text[pm.start() - 2] in "'\u2019`\""
            if pm and not quoted and not (pm.group(2) and pm.group(1).lower() == "a"):
                currency, start = DOLLAR_PREFIXES[pm.group(1).lower()], pm.start(1)
        pos += len(sym)
        while pos < len(text) and text[pos] in " \u00a0" and pos - start < 6:
            pos += 1
    elif lead == "code":
        cm = re.match(r"[A-Za-z]+\.?", text[pos : pos + 4])
        code = cm.group(0) if cm else ""
        currency = "INR" if code.startswith("Rs") else CODE_ALIASES.get(code, code)
        pos += len(code)
        while pos < len(text) and text[pos] in " \u00a0":
            pos += 1
    sign = 1.0
    if pos < len(text) and text[pos] in "-\u2212" and currency:
        sign, pos = -1.0, pos + 1
    num = read_number(text, pos, allow_over=currency is None)
    if num is None or (currency and num.start > pos + 2):
        return None, pos + 1
    if not num.words and (
        masks.covers(num.start, num.end)
        or (
            currency is None
            and is_identifier(text, num.start, num.end, "." not in text[num.start : num.end])
        )
    ):
        more = _ID_RANGE.match(text, num.end)  # "pp. 23-45", "Articles 3-5"
        return None, more.end() if more else num.end
    glued_letter = text[num.end : num.end + 1].isalpha()
    ordinal = _ORDINAL_SUFFIX.match(text, num.end) if glued_letter and not num.words else None
    if ordinal and ordinal.group() != "s":
        return None, ordinal.end()  # "4th", "21st": ordinals name a position, not a quantity
    if lead is None and currency is None:
        start = num.start
        glued = num.start > 0 and text[num.start - 1] in "-\u2212"
        if glued and (num.start == 1 or text[num.start - 2] in " \t\n(["):
            sign, start = -1.0, num.start - 1
    amt = Amount(start, num.end, sign * num.value, num.precision, currency)
    amt.fraction, amt.scaled, amt.words = num.fraction, num.scaled, num.words
    amt.scale = num.scale
    amt.integer = num.value == int(num.value) and "." not in text[num.start : num.end]
    if lead == "pct":
        amt.percent = "percent"
        return amt, amt.end
    _suffixes(text, amt, num)
    return amt, amt.end


def _suffixes(text: str, amt: Amount, num: Number) -> None:
    p = amt.end
    nxt = text[p : p + 1]
    q = p
    while nxt in _SPACES and nxt and q - p < 12:  # markup blanked to spaces: "<b>3.5</b> %"
        q += 1
        nxt = text[q : q + 1]
    if not (nxt.isalpha() or nxt in _SUFFIX_STARTS):
        return  # punctuation or the end of the text follows: no unit to read
    if nxt.isalpha() and not SUFFIX_HINT.match(text, p):
        return  # a word follows, but no scale, percent or currency word
    tm = _TIMES_POWER.match(text, p)
    if tm and not num.words:
        base, caret, sup, ten = tm.groups()
        exponent = caret or (sup.translate(_FROM_SUPERSCRIPT) if sup else ten)
        with contextlib.suppress(OverflowError, ValueError):
            amt.value *= float(base or 10) ** int(exponent.replace("\u2212", "-"))
        amt.precision = None
        p = tm.end()
    if not num.fraction and not num.scaled and not _kelvin(text, amt, p):
        money = amt.currency is not None or _currency_follows(text, p)
        sc = scale_after(text, p, money, abs(amt.value)) or _millions_of(text, p)
        if sc:
            amt.value *= sc[0]
            amt.precision = amt.precision * sc[0] if amt.precision is not None else None
            amt.scaled, amt.scale = True, sc[0]
            p = sc[1]
    if amt.currency is None:
        pk = percent_after(text, p)
        if pk:
            amt.percent, p, factor = pk
            if factor != 1.0:
                amt.value *= factor
                amt.precision = amt.precision * factor if amt.precision is not None else None
            amt.end = p
            return
    if amt.currency is None or amt.currency in ("JPY", "USD"):
        ca = currency_after(text, p)
        if ca and not (amt.currency and ca[0] not in ("CNY", "USD", "CAD", "AUD", "JPY")):
            code, factor, p = ca
            amt.currency = code
            amt.value *= factor
            if amt.precision is not None:
                amt.precision *= factor
            cents = cents_after(text, p)
            if cents and factor == 1.0 and code in _DECIMAL_CURRENCIES:
                cv = read_number(cents[0], 0)
                if cv is not None and cv.value < 100:
                    amt.value += cv.value / 100
                    p = cents[1]
    amt.end = p


def _kelvin(text: str, amt: Amount, p: int) -> bool:
    """ "573.15K" among temperatures ("300 °C (572 °F, 573.15K)") is kelvin, not thousands."""
    if text[p : p + 1] != "K" or text[p + 1 : p + 2].isalnum() or amt.currency:
        return False
    if "." not in text[amt.start : p]:
        return False  # "32K words": a whole number of thousands
    return _TEMPERATURES.search(text, max(0, p - _NEAR), p + _NEAR) is not None


def _millions_of(text: str, pos: int) -> tuple[float, int] | None:
    """ "5m people", "1.2m households": a lower-case "m" before a plural noun means million
    (before a singular one it is metres: "a 100m race")."""
    if text[pos : pos + 2] != "m ":
        return None
    noun = _NEXT_WORD.match(text, pos + 1)
    if noun and noun.group(1)[0].islower() and is_plural(noun.group(1)):
        return 1e6, pos + 1
    return None


def _currency_follows(text: str, pos: int) -> bool:
    """A scale abbreviation followed by a currency: "2mil SEK", "10m euros"."""
    if not text[pos : pos + 1].isalpha():
        return False
    abbr = _ABBREVIATION.match(text, pos)
    return abbr is not None and currency_after(text, abbr.end()) is not None
