"""Finding quantities in text: numbers, percentages, money, fractions, counts and their ranges.

scan.py finds where a figure may start; from there amounts.py reads the figure, ranges.py a second
figure that makes it a range, nouns.py what it counts, qualifiers.py the hedge before it. Line,
column and sentence come from the ``place`` extraction/__init__.py passes.
"""

from __future__ import annotations

import re

from claimcheck.extraction.amounts import Amount, read_amount
from claimcheck.extraction.identifiers import Masks
from claimcheck.extraction.neighbours import (
    accounting_negative,
    duration_unit,
    is_score,
    left_to_dates,
    noun_after,
    percentage_points,
    rate_after,
    score_end,
)
from claimcheck.extraction.nouns import counted_noun, of_phrase
from claimcheck.extraction.positions import Place, unplaced
from claimcheck.extraction.qualifiers import (
    bounds,
    glued_hedge,
    qualifier_after,
    qualifier_before,
)
from claimcheck.extraction.ranges import one_in, second_figure, share_units, shared_noun_at
from claimcheck.extraction.scan import Start, candidates
from claimcheck.extraction.word_figures import (
    calendar_quarter,
    fraction_of_point,
    glued_number_name,
    one_unit,
    ranks_noun,
)
from claimcheck.extraction.wordlists import MEASUREMENT_UNITS
from claimcheck.model import Claim, ClaimKind, Qualifier
from claimcheck.regexes import compiled

_SCALE_STARTS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))
_VAGUE_BEFORE = compiled(
    r"(?i)\b(?:several|few|many|some|tens|hundreds|thousands|millions|multiple|of)[ \u00a0]+\Z"
)
_BETWEEN = compiled(r"(?i)\bbetween[ \u00a0]+\Z")
_DETERMINER_BEFORE = compiled(
    r"(?i)\b(?:the|this|that|which|each|every|any|no|some|little|only|other|same|one|"
    r"someone|anyone)[ \u00a0]+\Z"
)
_HALF_BEFORE = compiled(
    r"(?i)\b(?:first|second|latter|former|other|back|front|top|bottom|lower|upper|better|the)"
    r"[ \u00a0]+\Z"
)
_ORDINAL_WORD_AFTER = compiled(
    r"(?i)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b"
)
_RANK_BEFORE = compiled(r"(?i)\b(?:the|its|their|his|her|our)[ \u00a0]+top[ \u00a0]+\Z")
_SHARE_AFTER = compiled(
    r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:\d|ten\b|[a-z]+ty\b|five\b)", re.I
)
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
        skip = left_to_dates(text, pos)
        if skip is not None:
            return None, skip
    if word is not None:
        wend = cand.word_end
        after_digit = text[pos - 1 : pos] == "-" and text[pos - 2 : pos - 1].isdigit()
        if after_digit and glued_number_name(text, pos):
            return None, wend  # "7-Eleven"
        if (
            word == "one"
            and _DETERMINER_BEFORE.search(text, max(0, pos - 10), pos)
            and not (  # "only one in ten allies": a share
                text[max(0, pos - 5) : pos].lower() == "only " and _SHARE_AFTER.match(text, wend)
            )
        ):
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
    if text[first.end : first.end + 1] in ("-", "\u2013") and is_score(text, first):
        return None, score_end(text, first.end)
    ordinal = _ORDINAL_WORD_AFTER.match(text, first.end) if first.words else None
    if ordinal is not None:
        return None, ordinal.end()  # "the twenty-first century": a position, not a quantity
    if cand.article and first.fraction and first.words and ranks_noun(text, first.end):
        return None, first.end  # "a third term", "a fifth-generation jet": a position
    if (
        text[first.start - 4 : first.start].lower() == "top "
        and not (first.percent or first.currency or first.fraction)
        and _RANK_BEFORE.search(text, max(0, first.start - 12), first.start)
    ):
        return None, first.end  # "one of the top 10 economies", "in the top five": a rank
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
            if second is not None and noun_after(text, second) != shared_noun_at(
                second, shared_noun
            ):
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
        noun = noun_after(text, last) if glued is None else counted_noun(text, end)
        if noun:
            kind, unit, context = "count", noun[0], noun[0]
            end = noun[1]
            if unit.lower() == "points" and percentage_points(text, start, end, first.value):
                kind, unit, context = "percentage_points", "pp", None
    if qual is None and second is None:
        post = qualifier_after(text, end)  # "aged 65 or over", "30 or more people"
        if post:
            qual, end = (post[0], start), post[1]
            noun = counted_noun(text, end, singular=first.value == 1) if kind == "number" else None
            if noun:
                kind, unit, context, end = "count", noun[0], noun[0], noun[1]
    if kind == "money":
        context = rate_after(text, end)
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
            span = duration_unit(text, unit, end)
            if span:  # "three to five years": one stretch of time, as the dates read "5 years"
                kind, unit, context = "duration", span, None
    else:
        value = first.value
        low, high = bounds(qual[0] if qual else None, value)
    if (
        kind == "money"
        and qual is None
        and second is None
        and accounting_negative(text, start, end)
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
