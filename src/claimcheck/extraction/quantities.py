"""Finding quantities in text: numbers, percentages, money, fractions, counts and their ranges.

One compiled regex finds where a figure may start (a digit, a currency symbol or code, a number
word); ``_Reader`` then parses forward from there with small anchored matches: the number, its
scale ("bn"), percent sign, currency, counted noun, a second figure that makes a range, and the
qualifier before it. Line, column and sentence are left for extraction/__init__.py to fill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extraction.currencies import CODE_ALIASES, DOLLAR_PREFIXES, SYMBOLS
from claimcheck.extraction.identifiers import Masks, is_identifier
from claimcheck.extraction.nouns import counted_noun, is_plural, of_phrase
from claimcheck.extraction.numbers import Number, read_number
from claimcheck.extraction.qualifiers import bounds, qualifier_before
from claimcheck.extraction.scan import SYMBOL_CHARS as _SYMBOL_CHARS
from claimcheck.extraction.scan import Start, candidates
from claimcheck.extraction.units import cents_after, currency_after, percent_after, scale_after
from claimcheck.model import Claim, ClaimKind, Qualifier

_PREFIX_BEFORE = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(p) for p in sorted(DOLLAR_PREFIXES, key=len, reverse=True))
    + r")( ?)\Z",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(
    r"(?:-?[ \u00a0]*)(?:-|\u2013|\u2014|to\b)[ \u00a0]*(?=[-\u2212]?[\d$€£¥.]|[a-z])"
)
_SCALE_STARTS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))
_VAGUE_BEFORE = re.compile(
    r"(?i)\b(?:several|few|many|some|tens|hundreds|thousands|millions|multiple|of)[ \u00a0]+\Z"
)
_AND_SEP = re.compile(r"[ \u00a0]+and[ \u00a0]+")
_BETWEEN = re.compile(r"(?i)\bbetween[ \u00a0]+\Z")
# "rose 2% to 5%", "fell from about $350 to $280": a change between two figures, not a range
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:rose|fell|grew|increased|decreased|climbed|dropped|jumped|slipped|up|down|cut"
    r"|raised|lowered|lifted|reduced|surged|plunged|declined|rising|falling|changed|moved|went)"
    r"(?:[ \u00a0]+(?:from|by))?[ \u00a0]+(?:(?:about|around|roughly|some|nearly)[ \u00a0]+)?\Z"
)
_ONE_IN = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?=[\da-z])", re.IGNORECASE)
_TIMES_TEN = re.compile(r"[ \u00a0]?[x\u00d7][ \u00a0]?10\^?([-\u2212]?\d{1,3})(?!\d)")
_ATTACHED_UNIT = re.compile(r"[A-Za-z\u00b5\u03bc\u00b0][A-Za-z0-9\u00b2\u00b3/^]*")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|s)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:the|this|that|which|each|every|any|no|some|little|only|other|same|one|"
    r"someone|anyone)[ \u00a0]+\Z"
)
_HALF_BEFORE = re.compile(
    r"(?i)\b(?:first|second|latter|former|other|back|front|top|bottom|lower|upper|better|the)"
    r"[ \u00a0]+\Z"
)
_QUARTER_OK = re.compile(r"[ \u00a0]+(?:of|million|billion)\b")


@dataclass(slots=True)
class _Amount:
    start: int
    end: int
    value: float
    precision: float | None
    currency: str | None = None
    percent: str | None = None  # "percent" | "percentage_points"
    fraction: bool = False
    scaled: bool = False
    integer: bool = True
    words: bool = False


def find_quantities(text: str) -> list[Claim]:
    """Every quantity in ``text``, in order, non-overlapping (line/column/sentence unset)."""
    masks = Masks(text)
    out: list[Claim] = []
    pos = 0
    for cand in candidates(text):
        if cand.claim_start < pos or cand.pos < pos:
            continue
        claim, nxt = _read(text, cand, masks)
        if claim is not None:
            out.append(claim)
        pos = max(nxt, cand.pos + 1)
    return out


def _amount(text: str, pos: int, masks: Masks, lead: str | None) -> tuple[_Amount | None, int]:
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
        or is_identifier(text, num.start, num.end, "." not in text[num.start : num.end])
    ):
        return None, num.end
    ordinal = _ORDINAL_SUFFIX.match(text, num.end) if not num.words else None
    if ordinal and ordinal.group() != "s":
        return None, ordinal.end()  # "4th", "21st": ordinals name a position, not a quantity
    if lead is None and currency is None:
        start = num.start
        glued = num.start > 0 and text[num.start - 1] in "-\u2212"
        if glued and (num.start == 1 or text[num.start - 2] in " \t\n(["):
            sign, start = -1.0, num.start - 1
    amt = _Amount(start, num.end, sign * num.value, num.precision, currency)
    amt.fraction, amt.scaled, amt.words = num.fraction, num.scaled, num.words
    amt.integer = num.value == int(num.value) and "." not in text[num.start : num.end]
    if lead == "pct":
        amt.percent = "percent"
        return amt, amt.end
    _suffixes(text, amt, num)
    return amt, amt.end


def _suffixes(text: str, amt: _Amount, num: Number) -> None:
    p = amt.end
    tm = _TIMES_TEN.match(text, p)
    if tm and not num.words:
        amt.value *= 10.0 ** int(tm.group(1).replace("\u2212", "-"))
        amt.precision = None
        p = tm.end()
    if not num.fraction and not num.scaled:
        money = amt.currency is not None or _currency_follows(text, p)
        sc = scale_after(text, p, money, abs(amt.value))
        if sc:
            amt.value *= sc[0]
            amt.precision = amt.precision * sc[0] if amt.precision is not None else None
            amt.scaled = True
            p = sc[1]
    if amt.currency is None:
        pk = percent_after(text, p)
        if pk:
            amt.percent, p = pk
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
            if cents and factor == 1.0:
                cv = read_number(cents[0], 0)
                if cv is not None and cv.value < 100:
                    amt.value += cv.value / 100
                    p = cents[1]
    amt.end = p


def _currency_follows(text: str, pos: int) -> bool:
    ca = currency_after(text, pos + 3) if pos + 3 <= len(text) else None
    return ca is not None and text[pos : pos + 1].isalpha()


def _read(text: str, cand: Start, masks: Masks) -> tuple[Claim | None, int]:
    lead, pos, word = cand.lead, cand.pos, cand.word
    if word is not None:
        wend = cand.word_end
        if word == "one" and _DETERMINER_BEFORE.search(text, max(0, pos - 10), pos):
            return None, wend
        compound = text[wend : wend + 1] == "-" and text[wend + 1 : wend + 2].isalpha()
        if word in ("half", "quarter") and (
            compound or (word == "half" and _HALF_BEFORE.search(text, max(0, pos - 10), pos))
        ):
            return None, wend
        if word in _SCALE_STARTS and _VAGUE_BEFORE.search(text, max(0, pos - 12), pos):
            return None, wend
        if word == "quarter" and not cand.article and not _QUARTER_OK.match(text, wend):
            return None, wend
    first, resume = _amount(text, pos, masks, lead)
    if first is None and cand.article:
        # "a twenty-pound bag": the article belongs to the noun, not the number
        pos = cand.word_end - len(word or "")
        first, resume = _amount(text, pos, masks, lead)
    if first is None:
        return None, resume
    if lead == "pct":
        first.start = cand.claim_start
    start, end = first.start, first.end
    qual = qualifier_before(text, start)
    between = (
        _BETWEEN.search(text, max(0, start - 9), start)
        if "etween" in text[max(0, start - 9) : start]
        else None
    )
    second: _Amount | None = None
    # a range: "2-3%", "$2-3bn", "between 3% and 5%", "3 to 4 L"
    second, skip_to = _second(text, first, start, between is not None, masks)
    shared_noun: tuple[str, int] | None = None
    if second is None and skip_to is None and not first.percent and not first.currency:
        # "44 mg to 50 mg", "between 44 mg and 50 mg": the unit written on both figures
        shared_noun = counted_noun(text, first.end, max_words=1)
        if shared_noun:
            first_end = first.end
            first.end = shared_noun[1]
            second, _ = _second(text, first, start, between is not None, masks)
            first.end = first_end
            if second is not None and _noun(text, second) != shared_noun_at(second, shared_noun):
                second = None
    if second is not None:
        _share_units(first, second)
        end = second.end
        if between:
            start = between.start()
    last = second or first
    resume = max(end, skip_to or 0)
    kind: ClaimKind
    unit: str | None = None
    context: str | None = None
    frac = _one_in(text, first, masks) if second is None else None
    if frac is not None:
        first.value, first.fraction, first.precision, end = frac[0], True, None, frac[1]
    if first.currency:
        kind, unit = "money", first.currency
    elif first.percent == "percentage_points":
        kind, unit = "percentage_points", "pp"
    elif first.percent:
        kind, unit = "percent", "%"
    elif first.fraction:
        kind = "fraction"
    else:
        kind = "number"
        noun = _noun(text, last)
        if noun:
            kind, unit, context = "count", noun[0], noun[0]
            end = noun[1]
    if context is None:
        context = of_phrase(text, end)
    if second is not None:
        low_v, high_v = sorted((first.value, second.value))
        value = (low_v + high_v) / 2
        low: float | None = low_v
        high: float | None = high_v
        if kind == "number":
            kind = "range"
    else:
        value = first.value
        low, high = bounds(qual[0] if qual else None, value)
    qualifier: Qualifier | None = qual[0] if qual else None
    if qual and not between:
        start = qual[1]
    elif between and qual and second is not None:
        qualifier = qual[0]
    precision = first.precision if kind not in ("fraction",) else None
    claim = Claim(
        text=text[start:end],
        start=start,
        end=end,
        line=0,
        column=0,
        kind=kind,
        value=value,
        low=low,
        high=high,
        unit=unit,
        qualifier=qualifier,
        precision=precision,
        context=context,
    )
    return claim, max(end, resume)


def _second(
    text: str, first: _Amount, start: int, between: bool, masks: Masks
) -> tuple[_Amount | None, int | None]:
    """The second figure of a range after ``first``, and where a rejected one ends."""
    sep = (_AND_SEP.match(text, first.end) if between else None) or _RANGE_SEP.match(
        text, first.end
    )
    if sep is None or first.fraction:
        return None, None
    change = _CHANGE_BEFORE.search(text, max(0, start - 30), start)
    if not between and "to" in sep.group(0) and change:
        return None, None
    lead = "sym" if text[sep.end() : sep.end() + 1] in _SYMBOL_CHARS and first.currency else None
    second, _ = _amount(text, sep.end(), masks, lead)
    if second is None:
        return None, None
    if "-" in sep.group(0) and (first.words or second.words):
        return None, None  # "three-nought-four", "twenty-one": not ranges
    if not _compatible(first, second, "-" in sep.group(0)):
        glued = "-" in sep.group(0) and not sep.group(0).strip(" -")
        return None, (second.end if glued and not second.words else None)
    return second, None


def shared_noun_at(second: _Amount, noun: tuple[str, int]) -> tuple[str, int]:
    """The noun ``noun`` would be if written again right after ``second``."""
    return noun[0], second.end + 1 + len(noun[0])


def _compatible(first: _Amount, second: _Amount, hyphen: bool) -> bool:
    if first.currency and second.currency and first.currency != second.currency:
        return False
    if first.percent and second.percent and first.percent != second.percent:
        return False
    if second.fraction:
        return False
    if hyphen and second.value < first.value and not second.scaled:
        return False  # "2014-15", "1-0": not ranges of quantities
    return not (first.percent and not second.percent and second.currency)


def _share_units(first: _Amount, second: _Amount) -> None:
    """ "2-3%" and "$2-3bn": the first figure takes the second's unit and scale (or vice versa)."""
    if second.percent and not first.percent:
        first.percent = second.percent
    if first.currency and not second.currency:
        second.currency = first.currency
    if second.currency and not first.currency:
        first.currency = second.currency
    if second.scaled and not first.scaled and second.precision is not None:
        factor = second.value / max(abs(second.value), 1e-300)
        scale = _scale_of(second)
        if scale > 1 and first.value * scale <= abs(second.value) * 1.0001:
            first.value *= scale * factor / factor
            if first.precision is not None:
                first.precision *= scale


def _scale_of(amt: _Amount) -> float:
    if amt.precision is None:
        return 1.0
    for scale in (1e12, 1e9, 1e6, 1e3):
        if amt.precision >= 0.5 * scale * 1e-3 and abs(amt.value) >= scale:
            return scale
    return 1.0


def _one_in(text: str, first: _Amount, masks: Masks) -> tuple[float, int] | None:
    """ "one in five", "3 out of 4" -> (proportion, end)."""
    if first.currency or first.percent or first.fraction or not first.integer:
        return None
    m = _ONE_IN.match(text, first.end)
    if not m:
        return None
    den = read_number(text, m.end(), allow_over=False)
    if den is None or den.fraction or den.value <= first.value or den.value != int(den.value):
        return None
    raw = text[den.start : den.end]
    if raw.isdigit() and len(raw) == 4 and 1800 <= den.value <= 2100:
        return None  # "2 in 2024"
    return first.value / den.value, den.end


def _noun(text: str, amt: _Amount) -> tuple[str, int] | None:
    p = amt.end
    if p < len(text) and (text[p].isalpha() or text[p] in "\u00b5\u03bc\u00b0"):
        um = _ATTACHED_UNIT.match(text, p)
        if um is None or _ORDINAL_SUFFIX.fullmatch(um.group(0)):
            return None
        return um.group(0), um.end()
    noun = counted_noun(text, p, singular=amt.value == 1)
    if noun is None:
        return None
    raw = text[amt.start : amt.end]
    year_like = raw.isdigit() and len(raw) == 4 and 1800 <= amt.value <= 2100
    if year_like and (" " in noun[0] or not is_plural(noun[0])):
        return None  # "the 2035 target", "in 2024 member states": a year, not a count
    return noun
