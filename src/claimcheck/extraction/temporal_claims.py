"""From a parsed temporal expression to a ``Claim``: the qualifier written before it ("by",
"since", "as early as", "no later than", "around") and what it does to the interval the claim
asserts (``low``/``high``) and to the days it covers (``time``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import cast

from claimcheck.extraction.positions import Place, unplaced
from claimcheck.extraction.qualifiers import qualifier_before, up_belongs_to_verb
from claimcheck.extraction.temporal_calendar import Atom, day_atom, with_year
from claimcheck.extraction.tense import clause_tense
from claimcheck.model import Claim, ClaimKind, Period, Qualifier
from claimcheck.regexes import compiled

# Words that may stand right before a temporal expression and qualify or scope it.
_QUAL_PHRASES = (
    "no later than", "not later than", "no earlier than", "not before", "as early as",
    "as soon as", "prior to", "ahead of", "up to", "starting in", "starting from",
    "beginning in", "by", "since", "before", "after", "until", "till", "through", "from", "in",
    "on", "during", "throughout", "as of", "around", "about", "circa", "roughly",
    "approximately",
)  # fmt: skip


def _ending(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One of the phrases (any white space between words) right before the end."""
    return compiled(
        r"\b(" + "|".join(p.replace(" ", r"\s+") for p in phrases) + r")\s+$", re.IGNORECASE
    )


def _last_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({p.split()[-1] for p in phrases}))


def _may_end_phrase(text: str, lo: int, end: int, last_words: tuple[str, ...]) -> bool:
    """A cheap necessary test before searching ``text[lo:end]`` for a phrase that ends right
    before ``end``: its last word ends in the last word of a phrase. (ASCII words only: a word
    with other letters, which may match case-insensitively in other ways, goes to the regex.)"""
    tail = text[lo:end].rsplit(None, 1)
    if not tail:
        return False
    last = tail[-1]
    return not last.isascii() or last.lower().endswith(last_words)


_QUAL_BEFORE = _ending(_QUAL_PHRASES)
_QUAL_LAST = _last_words(_QUAL_PHRASES)
_QUALIFIERS = {
    "by": "by", "since": "since", "as early as": "at_least", "as soon as": "at_least",
    "no earlier than": "at_least", "not before": "at_least", "starting in": "at_least",
    "starting from": "at_least", "beginning in": "at_least", "from": "at_least",
    "no later than": "at_most", "not later than": "at_most", "until": "at_most",
    "till": "at_most", "through": "at_most", "up to": "at_most", "before": "less_than",
    "prior to": "less_than", "ahead of": "less_than", "after": "more_than",
    "around": "approximate", "about": "approximate", "circa": "approximate",
    "roughly": "approximate", "approximately": "approximate",
}  # fmt: skip
# "not until 2027", "it won't be ready until March": a negation earlier in the clause, with no
# stop and no clause of its own in between ("did not say whether it stays until 2030")
_NOT_BEFORE = compiled(
    r"(?:\bnot|\bnever|n['’]t)\b(?:[^.,;:!?](?<!\bwhether)(?<!\bthat)(?<!\bif)(?<!\bwhich))*$",
    re.IGNORECASE,
)
_NEGATION_ONLY = compiled(r"(?:not|never|n['’]t)\s+", re.IGNORECASE)
# Verbs of a one-off event: "won't apply until 2028" says it happens in 2028 or later
_EVENT = compiled(
    r"(?i)\b(?:apply|applies|start|starts|begin|begins|take\s+effect|takes\s+effect|open|opens"
    r"|arrive|arrives|be\s+ready|reach|reaches|come|comes|happen|happens|launch|launches"
    r"|resume|resumes|enter\s+into\s+force|kick\s+in|be\s+(?:delivered|completed|finished))\b"
)
_RUN_UP = compiled(r"\b(?:run|lead)[- ]$", re.IGNORECASE)
_QUAL_AFTER = compiled(
    r"(?:,?\s+at\s+the\s+|\s+or\s+)(latest|earliest|later|earlier|sooner|after|before)\b",
    re.IGNORECASE,
)
_AFTER_QUALIFIERS = {
    "latest": "at_most", "earliest": "at_least", "later": "at_least", "after": "at_least",
    "earlier": "at_most", "sooner": "at_most", "before": "at_most",
}  # fmt: skip
_BARE_OVER = compiled(r"(?i)(?:over|above)\s")
_RUN_UP_SPAN = timedelta(days=27)  # four weeks, the day before included
_ONWARDS = compiled(r"\s+(?:on|onwards?|forward)\b", re.IGNORECASE)


def _settle(text: str, atom: Atom, qualifier: str | None, as_of: date) -> Atom:
    """A month or day written without a year is the nearest one, unless the qualifier or the
    clause's tense says which side of ``as_of`` it lies on: "since March" and "prices rose in
    March" are past, "by March" and "will meet in March" to come ("until" and "through" close
    past spans as often as future ones: "the 12 months through December"). A bare weekday is
    the last one up to ``as_of`` unless its clause speaks of the future."""
    if atom.first is None or atom.last is None:
        return atom
    if atom.implicit_week:
        if atom.first < as_of and clause_tense(text, atom.start, atom.end) == "future":
            return day_atom(atom.start, atom.end, atom.first + timedelta(days=7))
        return atom
    if not atom.implicit_year:
        return atom
    if qualifier in ("since", "more_than"):
        side: str | None = "past"
    elif qualifier == "by":
        # "by March" is to come, unless the clause is told in the past ("by the summer, the
        # index had recovered")
        side = "past" if clause_tense(text, atom.start, atom.end) == "past" else "future"
    else:
        side = clause_tense(text, atom.start, atom.end)
    if side == "past" and atom.first > as_of:
        return with_year(atom, atom.first.year - 1)
    if side == "future" and atom.last < as_of:
        return with_year(atom, atom.first.year + 1)  # a winter's first year moves by one
    return atom


def to_claim(text: str, atom: Atom, prev_end: int, as_of: date, place: Place = unplaced) -> Claim:
    """The claim for one atom, with the qualifier written before it ("by 2029")."""
    start, end, qualifier, time_text = atom.start, atom.end, atom.qualifier, atom.time_text
    if atom.kind != "duration":
        lo = max(prev_end, atom.start - 24)
        may = _may_end_phrase(text, lo, atom.start, _QUAL_LAST)
        m = _QUAL_BEFORE.search(text, lo, atom.start) if may else None
        if m is not None:
            word = " ".join(m.group(1).lower().split())
            time_text = word
            written = _QUALIFIERS.get(word)
            opens = m.start()
            if word == "from" and not _ONWARDS.match(text, atom.end):
                written = None  # "data from 2019" is the 2019 data, not "2019 or later"
            elif word in ("until", "till"):
                negated = _NOT_BEFORE.search(text, max(0, opens - 32), opens)
                if negated is not None and _NEGATION_ONLY.fullmatch(negated.group()):
                    # "not until 2027": that year or later, the bound the other way
                    written, time_text = "at_least", f"not {word}"
                    opens = negated.start()
                elif negated is not None and _EVENT.search(negated.group()):
                    # "it won't apply until 2028": the event comes then or later
                    written, time_text = "at_least", f"not {word}"
                elif negated is not None:
                    # "didn't want to stay until 2030", "won't keep troops there until 2030": a
                    # state that lasts, negated; reversing the bound would assert what the text
                    # does not, so the date carries none
                    written = None
            elif word == "up to":
                run_up = _RUN_UP.search(text, max(0, opens - 5), opens)
                if run_up is not None:
                    # "in the run-up to Christmas", "the lead-up to the vote": the time before it
                    written, time_text = "less_than", text[run_up.start() : m.end(1)].lower()
                    opens = run_up.start()
                elif up_belongs_to_verb(text, opens):
                    written = None  # "the deadline was moved up to 2027": a new date, no bound
            if written is not None:
                qualifier, start = written, opens
        after = _QUAL_AFTER.match(text, atom.end) if qualifier is None else None
        if after is not None:  # "2027 at the earliest", "by 2029 at the latest", "2027 or later"
            qualifier = _AFTER_QUALIFIERS[after.group(1).lower()]
            end = after.end()
        atom = _settle(text, atom, qualifier, as_of)
    first, last = atom.first, atom.last
    value = atom.value
    low: float | str | None = value
    high: float | str | None = value
    if isinstance(value, str) and "/" in value and not value.startswith("FY"):
        low, high = value.split("/", 1)
    if atom.kind == "duration":
        # the hedges of quantities ("about", "just over", "the best part of"), but a bare
        # "over" is the stretch it happened in ("rose over three years"), no bound
        hedge = qualifier_before(text, atom.start) if qualifier is None else None
        if hedge is not None and hedge[1] >= prev_end and not _BARE_OVER.match(text, hedge[1]):
            qualifier, start = hedge
        if qualifier in ("more_than", "at_least"):
            high = None
        elif qualifier in ("less_than", "at_most"):
            low = None
    else:
        if qualifier in ("by", "at_most", "less_than"):
            low = None
            if qualifier == "less_than" and first is not None:
                last = first - timedelta(days=1)
            # "the run-up to Christmas" is the weeks before it, not all of time before it: a
            # fact from any earlier year must not match it
            weeks_before = (time_text or "").startswith(("run", "lead"))
            first = last - _RUN_UP_SPAN if weeks_before and last is not None else None
        elif qualifier in ("since", "at_least", "more_than"):
            high = None
            if qualifier == "more_than" and last is not None:
                first = last + timedelta(days=1)
            last = None
    time = Period(first, last) if first is not None or last is not None else None
    if atom.kind == "duration" and not atom.anchored:
        time = None
    line, column, sentence = place(start)
    return Claim(
        text=text[start:end], start=start, end=end, line=line, column=column,
        kind=cast("ClaimKind", atom.kind), value=value, low=low, high=high, unit=atom.unit,
        qualifier=cast("Qualifier | None", qualifier), time=time, time_text=time_text,
        sentence=sentence, precision=None,
    )  # fmt: skip
