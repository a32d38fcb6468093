"""Figures in words whose neighbours decide what they are.

"a gallon" is one unit of measurement, "a third term" ranks rather than divides, "the first
quarter" is a calendar quarter rather than a fraction. quantities.py asks these before reading.
"""

from __future__ import annotations

from claimcheck.extraction.nouns import counted_noun
from claimcheck.extraction.numwords import START_WORDS
from claimcheck.extraction.positions import Place
from claimcheck.extraction.qualifiers import bounds, qualifier_before
from claimcheck.extraction.scan import Start
from claimcheck.model import Claim, ClaimKind
from claimcheck.regexes import compiled

_RATE_BEFORE = compiled(
    r"(?i)(?:\d|%|\b(?:cents?|dollars?|euros?|pounds?|pence|yen|francs?|hundred|thousand"
    r"|million|billion|one|two|three|four|five|six|seven|eight|nine|ten))[ \u00a0]*\Z"
)
# An ordinal after "a" is a fraction ("a third of"), unless a noun it ranks follows
_ORDINAL_NOUN = compiled(
    r"(?i)[ \u00a0]+(?:terms?|party|parties|time|round|place|anniversary|year|consecutive"
    r"|straight|world|way|option|reading|wave|phase|stage|tranche|package|session|attempt"
    r"|election|vote|referendum|country|member|person|generation|column|estate|pillar|leg"
    r"|day|week|month|edition|season|largest|biggest|highest|lowest|successive)\b"
)
# "the first quarter", "Q4" in words, "the quarter of 2026": a calendar quarter, not a fraction
_QUARTER_ORDINAL = compiled(
    r"(?i)\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[ \u00a0-]+\Z"
)
# "a quarter-point cut", "half a percentage point": a fraction of a percentage point
_POINT_AFTER = compiled(
    r"(?i)(?:-(?:percentage-)?point|[ \u00a0]+an?[ \u00a0]+percentage[- \u00a0]points?)\b"
)
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
_QUARTER_OF_YEAR = compiled(r"[ \u00a0]+of[ \u00a0]+(?:1[89]|20)\d\d(?![\d'\u2019]|[,.]\d)")


def ranks_noun(text: str, end: int) -> bool:
    """Whether an ordinal ending at ``end`` ranks the noun after it ("a third term", "a
    fifth-generation jet") instead of naming a fraction."""
    glued = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    return glued or _ORDINAL_NOUN.match(text, end) is not None


def calendar_quarter(text: str, pos: int, wend: int) -> bool:
    """Whether the "quarter" at [pos, wend) is a quarter of the year."""
    if _QUARTER_ORDINAL.search(text, max(0, pos - 8), pos):
        return True
    year = _QUARTER_OF_YEAR.match(text, wend)
    # "a quarter of 1990 voters" counts voters: the figure after "of" is no year there
    return year is not None and counted_noun(text, year.end()) is None


def one_unit(text: str, cand: Start, place: Place) -> Claim | None:
    """ "a gallon", "a kibibyte": one of a unit of measurement, read as "1 gallon" is."""
    start, end, unit = cand.claim_start, cand.word_end, cand.word or ""
    if text[end : end + 1] == "-" or text[end : end + 1].isalnum():
        return None  # "a mile-long queue", "a litres": not one unit
    if _RATE_BEFORE.search(text, max(0, start - 12), start):
        return None  # "$80 a barrel", "two euros a litre": a rate, not an amount
    unit = text[cand.word_end - len(unit) : end]
    return _hedged(text, start, end, place, "count", 1.0, unit, 0.5)


def fraction_of_point(text: str, cand: Start, place: Place) -> Claim | None:
    """ "a quarter-point cut", "half a percentage point": a share of a percentage point."""
    word = cand.word or ""
    m = _POINT_AFTER.match(text, cand.word_end)
    if word not in _FRACTIONS or m is None:
        return None
    start = cand.word_end - len(word)
    return _hedged(text, start, m.end(), place, "percentage_points", _FRACTIONS[word], "pp", None)


def _hedged(
    text: str,
    start: int,
    end: int,
    place: Place,
    kind: ClaimKind,
    value: float,
    unit: str,
    precision: float | None,
) -> Claim:
    """The claim of a figure in words at [start, end), with the hedge written before it
    ("about a kilometre", "about half a percentage point")."""
    qual = qualifier_before(text, start)
    low, high = bounds(qual[0] if qual else None, value)
    if qual:
        start = qual[1]
    line, column, sentence = place(start)
    return Claim(
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
        qualifier=qual[0] if qual else None,
        sentence=sentence,
        precision=precision,
        context=unit if kind == "count" else None,
    )


_CAPITAL_WORD = compiled(r"[A-Z][a-z]+\b")
_NUMBER_WORDS = frozenset(START_WORDS) - {"half", "quarter", "quarters", "halves", "minus"}


def glued_number_name(text: str, pos: int) -> bool:
    """Whether the capitalised number word at ``pos``, glued by a hyphen to a figure, names
    something with it ("7-Eleven"): no one writes a quantity so."""
    m = _CAPITAL_WORD.match(text, pos)
    return m is not None and m.group(0).lower() in _NUMBER_WORDS
