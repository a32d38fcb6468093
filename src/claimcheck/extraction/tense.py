"""Which side of the article's date a clause speaks of, from its verbs.

A month, day or weekday written without its year or week ("in March", "on 3 February", "on
Monday") is placed by the clause around it: "prices rose in March" is the March before the
article, "the summit will be held in October" the October after it. ``clause_tense`` reads the
cue words of the clause that holds an expression; only a clause with cues of one side only
decides (a clause with both, "rose more than expected", or none keeps the default).
"""

from __future__ import annotations

from typing import Literal

from claimcheck.extraction.wordlists import words
from claimcheck.regexes import compiled

Tense = Literal["past", "future"]

# Finite past forms common in reporting; not the ones the present shares ("cut", "hit", "set",
# "put") nor participles that describe a noun ("combined", "armed", "estimated").
_PAST = words(
    """
    was were had did said told rose fell grew climbed dropped jumped slipped slid surged soared
    plunged declined increased decreased reached stood came went took saw recorded reported
    announced agreed signed held met published released posted peaked totalled totaled
    amounted ended began started opened closed passed voted approved adopted launched joined
    became spent pledged delivered received sent lost won arrived occurred happened unveiled
    presented revealed warned gained shrank expanded contracted accelerated slowed eased edged
    struck invaded attacked visited ago followed rejected decided ruled urged resigned died
    ratified vetoed endorsed denied insisted stressed admitted showed found suggested indicated
    added noted confirmed returned
    """
)
# Past forms that as often describe a noun: past only after a subject ("ministers confirmed"),
# not after a determiner ("the added levy") nor opening the clause ("Confirmed cases ...").
_ALSO_ADJECTIVES = words("added noted confirmed returned")
_DETERMINERS = words("the a an its their his her our this that these those some any no")
_FUTURE = words(
    """
    will shall would won't wont wouldn't expected scheduled planned plans intends aims slated
    upcoming forthcoming
    """
)
# A participle after these is passive or progressive: the auxiliary carries the tense ("will
# be held", "are published"); after "been" it is past ("has been signed") unless a modal stands
# before ("will have been signed").
_AUXILIARY_BE = frozenset(("be", "being", "is", "are", "am"))
_MODALS = frozenset(("will", "would", "shall", "should", "may", "might", "could", "can", "must"))
# A reporting or intending verb before these speaks of what is to come ("pledged to reach",
# "agreed that ... would"): it dates the report, not the thing reported.
_INTENT_AFTER = frozenset(("to", "that"))
_WORD = compiled(r"[A-Za-z]+(?:['\u2019][a-z]+)?")
_BOUNDARY = compiled(r"[.!?;:][\"'\u201d\u2019)]*\s|\n")
_REACH = 120  # characters either side: a clause, not the paragraph


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense the clause around ``text[start:end]`` is written in, when its cues agree."""
    lo = max(0, start - _REACH)
    for boundary in _BOUNDARY.finditer(text, lo, start):
        lo = boundary.end()  # the clause opens after the last boundary before the expression
    after = _BOUNDARY.search(text, end, end + _REACH)
    hi = after.start() if after is not None else min(len(text), end + _REACH)
    words_ = [(m.group().lower(), start <= m.start() < end) for m in _WORD.finditer(text, lo, hi)]
    past = future = False
    for i, (word, own) in enumerate(words_):
        if own:
            continue  # the expression's own words are the grammar's ("next March")
        if word in _PAST:
            past = past or _finite_past(words_, i)
        elif word in _FUTURE or word.endswith(("'ll", "\u2019ll")):
            future = True
    if past == future:
        return None
    return "past" if past else "future"


def _finite_past(words_: list[tuple[str, bool]], i: int) -> bool:
    prev = words_[i - 1][0] if i else ""
    if prev in _AUXILIARY_BE:
        return False
    if words_[i][0] in _ALSO_ADJECTIVES and (not prev or prev in _DETERMINERS):
        return False
    if prev == "been" and any(w in _MODALS for w, _ in words_[max(0, i - 3) : i - 1]):
        return False
    nxt = words_[i + 1][0] if i + 1 < len(words_) else ""
    return nxt not in _INTENT_AFTER
