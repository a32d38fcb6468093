"""Two figures read as one range: "2-3%", "$2-3bn", "between 3% and 5%", "44 mg to 50 mg",
"one in five"; but not a change ("rose from 2% to 5%") or a score ("2014-15", "1-0").
"""

from __future__ import annotations

import re

from claimcheck.extraction.amounts import Amount, read_amount
from claimcheck.extraction.identifiers import Masks
from claimcheck.extraction.numbers import read_number, year_shaped
from claimcheck.extraction.scan import SYMBOL_CHARS as _SYMBOL_CHARS
from claimcheck.extraction.wordlists import words
from claimcheck.regexes import compiled

_RANGE_SEP = compiled(
    r"~(?=\d)"  # "30~40", a tilde glued to both figures (before one figure it is "about")
    r"|(?:-?[ \u00a0]*)(?:-|\u2013|\u2014|(?P<word>to|or)\b)[ \u00a0]*(?=[-\u2212]?[\d$€£¥.]|[a-z])"
)
_EITHER_BEFORE = compiled(r"(?i)\beither[ \u00a0]+\Z")
# "3, " or "$1bn, " right before a figure: it is the next item of a list
_LIST_ITEM_BEFORE = compiled(r"(\d[\d.,]*?|[A-Za-z]+)(?:[ \u00a0]?[A-Za-z%]{1,3})?,[ \u00a0]+\Z")
_AND_SEP = compiled(r"[ \u00a0]+and[ \u00a0]+")
_CHANGE_BEFORE = compiled(
    r"(?i)\b(?:rose|fell|grew|increased|decreased|climbed|dropped|jumped|slipped|up|down|cut"
    r"|raised|lowered|lifted|reduced|surged|plunged|declined|rising|falling|changed|moved|went)"
    r"(?:[ \u00a0]+(?:from|by))?[ \u00a0]+(?:(?:about|around|roughly|some|nearly)[ \u00a0]+)?\Z"
)
# "<verb> from X to Y": a change from X to Y, unless the verb spans a range ("ranged from").
_FROM_BEFORE = compiled(
    r"(?i)\b([a-z]+)[ \u00a0]+from[ \u00a0]+"
    r"(?:(?:about|around|roughly|some|nearly|just)[ \u00a0]+)?\Z"
)
_CLAUSE_FROM = compiled(
    r"([^.;:!?\n]*),[ \u00a0]+from[ \u00a0]+"
    r"(?:(?:about|around|roughly|some|nearly|just)[ \u00a0]+)?\Z"
)
_CLAUSE_BEFORE = compiled(r"[^.;:!?,\n()]*\Z")
_RANGE_WORDS = words(
    """range ranges ranged ranging vary varies varied varying span spans spanned spanning
    stretch stretches stretched stretching extend extends extended extending run runs ran
    running start starts started starting priced rated estimated anywhere somewhere be is are
    was were been being anything everything something nothing aged paid sized valued listed
    scored offered charged quoted graded ranked numbered measured"""
)
_CHANGE_WORDS = words(
    """rose risen fell fallen grew grown went gone goes rises falls grows climbs jumps drops
    increases decreases moves changes shrinks shrank shrunk expands doubles triples halves
    swings swung sank sunk leapt soars slows eases widens narrows up down increased
    decreased climbed dropped jumped slipped raised lowered lifted reduced surged plunged
    declined changed moved soared eased slowed expanded doubled tripled halved widened
    narrowed rising falling growing increasing decreasing climbing jumping dropping moving
    going shrinking expanding soaring slowing easing cutting raising lowering lifting reducing
    surging plunging declining changing doubling tripling halving widening narrowing slipping
    swinging sinking revising boosting trimming edging inching ticking rise fall grow climb
    jump drop increase decrease move change shrink expand double triple halve swing sink soar
    slow ease widen narrow cut raise lower lift reduce surge plunge decline go"""
)
_BASIS_AFTER = compiled(r"(?i)\d[ \u00a0]?(?:basis[- \u00a0]+points?|bps?)\b")
_BY_BEFORE = compiled(r"(?i)\bby[ \u00a0]+\Z")  # "grew by 25% to 34,500 tons"
_WORD_AFTER = compiled(r"[ \u00a0]+[a-z]{2,}")
_ONE_IN = compiled(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?=[\da-z])", re.IGNORECASE)


def second_figure(
    text: str, first: Amount, start: int, between: bool, masks: Masks
) -> tuple[Amount | None, int | None]:
    """The second figure of a range after ``first``, and where a rejected one ends."""
    sep = (_AND_SEP.match(text, first.end) if between else None) or _RANGE_SEP.match(
        text, first.end
    )
    if sep is None or first.fraction:
        return None, None
    word = sep.groupdict().get("word")
    if not between and word == "to" and changed(text, start):
        _change_shares_unit(text, first, sep.end(), masks)
        return None, None
    if word == "or" and (
        _EITHER_BEFORE.search(text, max(0, start - 8), start) or _listed(text, start)
    ):
        return None, None  # "either 10 bln or 10 tln", "$1bn, $2bn or $3bn": alternatives
    lead = "sym" if text[sep.end() : sep.end() + 1] in _SYMBOL_CHARS and first.currency else None
    second, _ = read_amount(text, sep.end(), masks, lead)
    if second is None:
        return None, None
    if word == "or" and not _alternatives_range(text, first, second):
        return None, None
    if word == "to" and _split(first, second):
        return None, None  # "passed 52% to 48%": a vote's split; ranges are written rising
    if "-" in sep.group(0) and (first.words or text[sep.end() : sep.end() + 1].isalpha()):
        return None, None  # "three-nought-four", "twenty-one": not ranges
    if not (first.percent or first.currency or first.scaled):
        _basis_points_too(text, first, second)
    if not _compatible(text, first, second, "-" in sep.group(0)):
        glued = "-" in sep.group(0) and not sep.group(0).strip(" -")
        bare = not (second.words or second.percent or second.currency)
        return None, (second.end if glued and bare else None)  # "2014-15": skip the "15"
    return second, None


def changed(text: str, start: int) -> bool:
    """Whether a change verb stands before the figure at ``start`` ("rose 2%", "grew by 25%",
    "has soared from $2bn"), so that "X to Y" after it is a start and an end, not a range."""
    if _CHANGE_BEFORE.search(text, max(0, start - 30), start) or _BY_BEFORE.search(
        text, max(0, start - 4), start
    ):
        return True
    if "from" not in text[max(0, start - 20) : start]:
        return False
    m = _FROM_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        clause = _CLAUSE_FROM.search(text, max(0, start - 70), start)
        # "rose by a third, from 1.5% to 2.01%": the change verb opens the clause
        return clause is not None and not _CHANGE_WORDS.isdisjoint(clause.group(1).lower().split())
    verb = m.group(1).lower()
    if verb in _RANGE_WORDS:
        return False
    if verb in _CHANGE_WORDS or (len(verb) > 4 and verb.endswith("ed")):
        return True
    # "raised its growth forecast from 1% to 1.5%": the change verb opens the clause
    clause = _CLAUSE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    said = clause.group(0).lower().split() if clause is not None else []
    return not _CHANGE_WORDS.isdisjoint(said) and _RANGE_WORDS.isdisjoint(said)


def _change_shares_unit(text: str, first: Amount, pos: int, masks: Masks) -> None:
    """ "rose from 10 to 20 percent", "fell from 1.5 to 1.2 million": a bare starting figure
    is written in the end figure's unit and scale."""
    if first.percent or first.currency or first.scaled or first.fraction:
        return
    if not first.words and not text[first.end - 1 : first.end].isdigit():
        return  # "rose 0.2 points to 5.3%": the first figure has its own unit
    if year_shaped(text[first.start : first.end]):
        return  # "from 2014 to 2.1%": a year
    lead = "sym" if text[pos : pos + 1] in _SYMBOL_CHARS else None
    second, _ = read_amount(text, pos, masks, lead)
    if second is None or second.fraction:
        return
    if second.percent:
        first.percent = second.percent
        _basis_points_too(text, first, second)
    if second.scaled and 0.1 <= first.value * second.scale / max(second.value, 1e-9) <= 10:
        first.value *= second.scale
        first.scale, first.scaled = second.scale, True
        if first.precision is not None:
            first.precision *= second.scale


def _split(first: Amount, second: Amount) -> bool:
    """Whether "X to Y" splits a whole or tallies one: falling shares that add up to no more
    than 100 ("52% to 48%"), or falling bare whole numbers ("passed 312 to 110", "odds of 3 to
    1"). A range is written rising."""
    if first.percent and second.percent:
        return 0 < second.value < first.value and first.value + second.value <= 100
    bare = not (first.percent or second.percent or first.currency or second.currency)
    whole = first.integer and second.integer and not (first.scaled or second.scaled)
    return bare and whole and 0 <= second.value < first.value


def _basis_points_too(text: str, first: Amount, second: Amount) -> None:
    """ "25 to 50 basis points": a bare first figure counts basis points too (hundredths of the
    percentage points the second figure is read in)."""
    if _BASIS_AFTER.search(text, second.start, second.end):
        first.percent, first.value = second.percent, first.value / 100
        first.precision = None if first.precision is None else first.precision / 100


def _listed(text: str, start: int) -> bool:
    """Whether a figure and a comma stand right before ``start``: an item of a list."""
    m = _LIST_ITEM_BEFORE.search(text, max(0, start - 20), start)
    if m is None or year_shaped(m.group(1)):
        return False
    if m.group(1)[0].isdigit():
        return True
    word = read_number(text, m.start(1))  # "two, three or four allies"
    return word is not None and word.end == m.end(1)


def _alternatives_range(text: str, first: Amount, second: Amount) -> bool:
    """Whether "X or Y" reads as the range X to Y: rising figures, not two years ("in 2029 or
    2030") nor the top of a share ("3 or 4 out of 10")."""
    if first.value >= second.value or (
        year_shaped(text[first.start : first.end]) and year_shaped(text[second.start : second.end])
    ):
        return False
    return _ONE_IN.match(text, second.end) is None


def shared_noun_at(second: Amount, noun: tuple[str, int]) -> tuple[str, int]:
    """The noun ``noun`` would be if written again right after ``second``."""
    return noun[0], second.end + 1 + len(noun[0])


def _compatible(text: str, first: Amount, second: Amount, hyphen: bool) -> bool:
    if first.currency and second.currency and first.currency != second.currency:
        return False
    if first.percent and second.percent and first.percent != second.percent:
        return False
    if second.fraction:
        return False
    if hyphen and second.value <= first.value and not second.scaled:
        return False  # "2014-15", "1-0", "50-50": not ranges of quantities
    if not hyphen and _year_then_figure(text, first, second):
        return False  # "from $943bn in 2014 to $1.588tn", "from three in 2014 to 23": a year
    unit_of_second_only = (second.percent or second.currency) and not (
        first.percent or first.currency
    )
    if unit_of_second_only and first.value > second.value and not second.scaled:
        return False  # "in 2014 to 2.1%": a year, then a figure
    # "25% to 34,500 tons": a percentage and a count make no range
    other_unit = second.currency or _WORD_AFTER.match(text, second.end)
    return not (first.percent and not second.percent and other_unit)


def _year_then_figure(text: str, first: Amount, second: Amount) -> bool:
    """Whether a bare year stands before a figure of another shape ("2014 to $1.588tn", "2014 to
    23", "2020 to 2,500"): the year dates the figure before it, it opens no range."""
    if first.percent or first.currency or not year_shaped(text[first.start : first.end]):
        return False
    raw = text[second.start : second.end]
    if year_shaped(raw):
        return False  # "from 2014 to 2024": a stretch of years, the dates' to read
    return bool(second.percent or second.currency or second.scaled or not raw.isdigit()) or (
        second.value < 1000
    )


def share_units(first: Amount, second: Amount) -> None:
    """ "2-3%" and "$2-3bn": the first figure takes the second's unit and scale (or vice versa)."""
    if second.percent and not first.percent:
        first.percent = second.percent
    if first.currency and not second.currency:
        second.currency = first.currency
    if second.currency and not first.currency:
        first.currency = second.currency
    if second.scaled and not first.scaled and first.value * second.scale <= second.value * 1.0001:
        first.value *= second.scale
        first.scale, first.scaled = second.scale, True
        if first.precision is not None:
            first.precision *= second.scale


def one_in(text: str, first: Amount, masks: Masks) -> tuple[float, int] | None:
    """ "one in five", "3 out of 4" -> (proportion, end)."""
    if first.currency or first.percent or first.fraction or not first.integer:
        return None
    if text[first.end + 1 : first.end + 3] not in ("in", "ou"):
        return None  # cheap test before the regex
    m = _ONE_IN.match(text, first.end)
    if not m:
        return None
    den = read_number(text, m.end(), allow_over=False)
    if den is None or den.fraction or den.value <= first.value or den.value != int(den.value):
        return None
    if year_shaped(text[den.start : den.end]):
        return None  # "2 in 2024"
    return first.value / den.value, den.end
