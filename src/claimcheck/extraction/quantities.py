"""Finding quantities in text: numbers, percentages, money, fractions, counts and their ranges.

scan.py finds where a figure may start; from there amounts.py reads the figure, ranges.py a second
figure that makes it a range, nouns.py what it counts, qualifiers.py the hedge before it. Line,
column and sentence come from the ``place`` extraction/__init__.py passes.
"""

from __future__ import annotations

import re

from claimcheck.extraction.amounts import Amount, read_amount
from claimcheck.extraction.identifiers import Masks
from claimcheck.extraction.nouns import counted_noun, is_plural, of_phrase
from claimcheck.extraction.numbers import follows_year_and, year_shaped
from claimcheck.extraction.positions import Place, unplaced
from claimcheck.extraction.qualifiers import (
    bounds,
    glued_hedge,
    qualifier_after,
    qualifier_before,
)
from claimcheck.extraction.ranges import one_in, second_figure, share_units, shared_noun_at
from claimcheck.extraction.scan import Start, candidates
from claimcheck.extraction.temporal_lexicon import DURATION_UNITS
from claimcheck.extraction.word_figures import (
    calendar_quarter,
    fraction_of_point,
    one_unit,
    ranks_noun,
)
from claimcheck.extraction.wordlists import MEASUREMENT_UNITS, YEAR_NOUNS, words
from claimcheck.model import Claim, ClaimKind, Qualifier
from claimcheck.regexes import compiled

_SCALE_STARTS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))
_VAGUE_BEFORE = compiled(
    r"(?i)\b(?:several|few|many|some|tens|hundreds|thousands|millions|multiple|of)[ \u00a0]+\Z"
)
_BETWEEN = compiled(r"(?i)\bbetween[ \u00a0]+\Z")
# "rose 2% to 5%", "fell from about $350 to $280": a change between two figures, not a range
_ORDINAL_SUFFIX = compiled(r"(?:st|nd|rd|th|s)\b", re.IGNORECASE)
_ATTACHED_UNIT = compiled(r"[A-Za-z\u00b5\u03bc\u00b0][A-Za-z0-9\u00b2\u00b3/^]*")
_DETERMINER_BEFORE = compiled(
    r"(?i)\b(?:the|this|that|which|each|every|any|no|some|little|only|other|same|one|"
    r"someone|anyone)[ \u00a0]+\Z"
)
_HALF_BEFORE = compiled(
    r"(?i)\b(?:first|second|latter|former|other|back|front|top|bottom|lower|upper|better|the)"
    r"[ \u00a0]+\Z"
)
_STATED_BEFORE = compiled(r"(?i)(?:\b(?:is|was|were|are|of)|:)[ \u00a0]*\Z")
_CELL_BEFORE = compiled(r"\|[ \u00a0]*\Z")
_CELL_AFTER = compiled(r"[ \u00a0]*\|")
_AGE_AFTER = compiled(r"(?i)[- \u00a0]old\b|[ \u00a0]+of[ \u00a0]+age\b")
_ORDINAL_WORD_AFTER = compiled(
    r"(?i)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b"
)
_BARE_YEAR = compiled(
    r"(?P<n>1[89]\d\d|20\d\d|2100)"
    r"(?![\d/~\u2013\u2014-]|[.,]\d|[A-Za-z]|[ \u00a0]*[%$\u20ac\u00a3\u00a5\uff05])"
    r"(?:[ \u00a0]+(?P<after>[a-z]+)\b)?"
)
_DAY_OF_MONTH = compiled(
    r"(?P<n>[1-9]|[12]\d|3[01])[ \u00a0]+(?:January|February|March|April|June|July|August"
    r"|September|October|November|December)\b(?P<after>)"
)
# Words after a year that start no noun, scale, unit or second figure of a range
_FUNCTION_WORDS = words(
    """the a an as when in on at for with by from was were is are had has have will would
    that which while but it its they he she we this these after before until since saw
    marked where"""
)
_RATE_AFTER = compiled(
    r"(?i)[ \u00a0]*((?:per|an?)[ \u00a0]+(?:barrel|kilo(?:gram(?:me)?)?|kg|tonne|ton|lit(?:re|er)"
    r"|gallon|hour|day|week|month|year|head|person|share|unit|ounce|megawatt[- ]hour|MWh|kWh)"
    r"|/(?:kg|t|l|h|hr|yr|MWh|kWh|bbl|oz))\b(?![ \u00a0]+(?:ago|earlier|later|before|on)\b)"
)
_SCORE_AFTER = compiled(r"[-\u2013](\d{1,3})(?![\d%]|[.,]\d)")
_QUARTER_OK = compiled(r"[ \u00a0]+(?:of|million|billion)\b")


def find_quantities(text: str, place: Place = unplaced) -> list[Claim]:
    """Every quantity in ``text``, in order, non-overlapping, placed by ``place`` (by default
    line/column/sentence unset)."""
    masks = Masks(text)
    out: list[Claim] = []
    pos = 0
    for cand in candidates(text):
        if cand.claim_start < pos or cand.pos < pos:
            continue
        claim, nxt = _read(text, cand, masks, place)
        if claim is not None:
            out.append(claim)
        pos = max(nxt, cand.pos + 1)
    return out


def _read(text: str, cand: Start, masks: Masks, place: Place) -> tuple[Claim | None, int]:
    lead, pos, word = cand.lead, cand.pos, cand.word
    if lead is None and word is None:
        # A year with no unit, percent or noun after it, a day before its month: the dates
        # read it, and a bare number loses to their reading (timing.merge), so it is not read
        # twice.
        date_part = _BARE_YEAR.match(text, pos) or _DAY_OF_MONTH.match(text, pos)
        if date_part is not None and (date_part["after"] or "the") in _FUNCTION_WORDS:
            return None, date_part.end("n")
    if word is not None:
        wend = cand.word_end
        if word == "one" and _DETERMINER_BEFORE.search(text, max(0, pos - 10), pos):
            return None, wend
        compound = text[wend : wend + 1] == "-" and text[wend + 1 : wend + 2].isalpha()
        points = fraction_of_point(text, cand, place) if word in ("half", "quarter") else None
        if points is not None:
            return points, points.end
        if word in ("half", "quarter") and (
            compound or (word == "half" and _HALF_BEFORE.search(text, max(0, pos - 10), pos))
        ):
            return None, wend
        if word in _SCALE_STARTS and _VAGUE_BEFORE.search(text, max(0, pos - 12), pos):
            return None, wend
        if word == "quarter" and not cand.article and not _QUARTER_OK.match(text, wend):
            return None, wend
        if word == "quarter" and calendar_quarter(text, pos, wend):
            return None, wend
        if word in MEASUREMENT_UNITS:
            return one_unit(text, cand, place), wend
    first, resume = read_amount(text, pos, masks, lead)
    if first is None and cand.article:
        # "a twenty-pound bag": the article belongs to the noun, not the number
        pos = cand.word_end - len(word or "")
        first, resume = read_amount(text, pos, masks, lead)
    if first is None:
        return None, resume
    if text[first.end : first.end + 1] in ("-", "\u2013") and _is_score(text, first):
        return None, _SCORE_AFTER.match(text, first.end).end()  # type: ignore[union-attr]
    ordinal = _ORDINAL_WORD_AFTER.match(text, first.end) if first.words else None
    if ordinal is not None:
        return None, ordinal.end()  # "the twenty-first century": a position, not a quantity
    if cand.article and first.fraction and first.words and ranks_noun(text, first.end):
        return None, first.end  # "a third term", "a fifth-generation jet": a position
    if lead == "pct":
        first.start = cand.claim_start
    start, end = first.start, first.end
    qual = qualifier_before(text, start)
    between = (
        _BETWEEN.search(text, max(0, start - 9), start)
        if "etween" in text[max(0, start - 9) : start]
        else None
    )
    second: Amount | None = None
    # a range: "2-3%", "$2-3bn", "between 3% and 5%", "3 to 4 L"
    second, skip_to = second_figure(text, first, start, between is not None, masks)
    shared_noun: tuple[str, int] | None = None
    ahead = text[first.end : first.end + 28]
    maybe_range = " to " in ahead or "-" in ahead or "\u2013" in ahead or " and " in ahead
    if (
        maybe_range
        and second is None
        and skip_to is None
        and not first.percent
        and not first.currency
    ):
        # "44 mg to 50 mg", "between 44 mg and 50 mg": the unit written on both figures
        shared_noun = counted_noun(text, first.end, max_words=1)
        if shared_noun:
            first_end = first.end
            first.end = shared_noun[1]
            second, _ = second_figure(text, first, start, between is not None, masks)
            first.end = first_end
            if second is not None and _noun(text, second) != shared_noun_at(second, shared_noun):
                second = None
    if second is not None:
        share_units(first, second)
        end = second.end
        if between:
            start = between.start()
    last = second or first
    resume = max(end, skip_to or 0)
    kind: ClaimKind
    unit: str | None = None
    context: str | None = None
    frac = one_in(text, first, masks) if second is None else None
    if frac is not None:
        first.value, first.fraction, first.precision, end = frac[0], True, None, frac[1]
    glued = glued_hedge(text, end) if second is None else None
    if glued is not None:  # "30-plus countries", "$2bn+", "1,000-odd soldiers"
        qual, end = qual or (glued[0], start), glued[1]
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
        noun = _noun(text, last) if glued is None else counted_noun(text, end)
        if noun:
            kind, unit, context = "count", noun[0], noun[0]
            end = noun[1]
    if qual is None and second is None:
        post = qualifier_after(text, end)  # "aged 65 or over", "30 or more people"
        if post:
            qual, end = (post[0], start), post[1]
            noun = counted_noun(text, end, singular=first.value == 1) if kind == "number" else None
            if noun:
                kind, unit, context, end = "count", noun[0], noun[0], noun[1]
    if kind == "money" and text[end : end + 1] in (" ", "/", "\u00a0"):
        # "$80 a barrel", "£10.42 an hour", "$350/kg": what the amount is paid for (the
        # claim's text stays the amount, as Recognizers' and the tables' rows quote it)
        rate = _RATE_AFTER.match(text, end)
        if rate is not None:
            context = rate.group(1)
    if context is None:
        context = of_phrase(text, end)
    if second is not None:
        low_v, high_v = sorted((first.value, second.value))
        value = (low_v + high_v) / 2
        low: float | None = low_v
        high: float | None = high_v
        if kind == "number":
            kind = "range"
        elif kind == "count" and unit:
            span = _duration_unit(text, unit, end)
            if span:  # "three to five years": one stretch of time, as the dates read "5 years"
                kind, unit, context = "duration", span, None
    else:
        value = first.value
        low, high = bounds(qual[0] if qual else None, value)
    if (
        kind == "money"
        and qual is None
        and second is None
        and _accounting_negative(text, start, end)
    ):
        value, low, high = -value, -value, -value  # "is ($99.99)": the books' minus sign
        start, end = start - 1, end + 1
    qualifier: Qualifier | None = qual[0] if qual else None
    if qual and not between:
        start = qual[1]
    elif between and qual and second is not None:
        qualifier = qual[0]
    precision = first.precision if kind not in ("fraction",) else None
    line, column, sentence = place(start)
    claim = Claim(
        text=text[start:end],
        start=start,
        end=end,
        line=line,
        column=column,
        kind=kind,
        value=value,
        low=low,
        high=high,
        unit=unit,
        qualifier=qualifier,
        sentence=sentence,
        precision=precision,
        context=context,
    )
    return claim, max(end, resume)


def _is_score(text: str, first: Amount) -> bool:
    """Whether ``first`` opens a score or a tally ("won 3-1", "a 2-2 draw", "ruled 6-3"): two
    bare whole numbers, the second no greater than the first, which no range is written as."""
    if first.currency or first.percent or first.words or first.scaled or not first.integer:
        return False
    m = _SCORE_AFTER.match(text, first.end)
    return (
        m is not None
        and int(m.group(1)) <= first.value < 1000
        and not year_shaped(text[first.start : first.end])
    )


def _accounting_negative(text: str, start: int, end: int) -> bool:
    """A money amount alone in parentheses where a value is stated (after a copula or a colon,
    or as a whole table cell) is negative, as accounts write it; "costs €100 ($110)" is a
    conversion and "(£9.99)" after a noun an aside."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    if _STATED_BEFORE.search(text, max(0, start - 12), start - 1):
        return True
    return bool(_CELL_BEFORE.search(text, max(0, start - 6), start - 1)) and bool(
        _CELL_AFTER.match(text, end + 1)
    )


def _duration_unit(text: str, unit: str, end: int) -> str | None:
    """The duration unit ("years") a counted noun names, unless the figure is an age."""
    word = unit.lower()
    singular = word[:-1] if word.endswith("s") else word
    if singular not in DURATION_UNITS or _AGE_AFTER.match(text, end):
        return None
    return DURATION_UNITS[singular]


def _noun(text: str, amt: Amount) -> tuple[str, int] | None:
    p = amt.end
    if p < len(text) and (text[p].isalpha() or text[p] in "\u00b5\u03bc\u00b0"):
        um = _ATTACHED_UNIT.match(text, p)
        if um is None or _ORDINAL_SUFFIX.fullmatch(um.group(0)):
            return None
        return um.group(0), um.end()
    noun = counted_noun(text, p, singular=amt.value == 1)
    if noun is None:
        return None
    if year_shaped(text[amt.start : amt.end]) and (
        " " in noun[0]
        or not is_plural(noun[0])
        or noun[0].lower() in YEAR_NOUNS
        or noun[0][0].isupper()  # "the 2014 Wales summit": a year labelling a name
        or follows_year_and(text, amt.start)
    ):
        return None  # "the 2035 target", "the 2026 estimates", "by 2029 or 2030 troops": a year
    return noun
