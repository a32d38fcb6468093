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
    struck invaded attacked visited ago
    """
)
_FUTURE = words(
    """
    will shall won't wont 'll \u2019ll expected scheduled planned plans intends aims slated
    upcoming forthcoming
    """
)
_AUXILIARY_BE = frozenset(("be", "being"))
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
    past = future = False
    prev = ""
    for m in _WORD.finditer(text, lo, hi):
        word = m.group().lower()
        if not start <= m.start() < end:  # the expression's own words are the grammar's
            if word in _PAST:
                # "will be held": the auxiliary carries the tense ("has been signed" is past)
                past = past or prev not in _AUXILIARY_BE
            elif word in _FUTURE or word.endswith(("'ll", "\u2019ll")):
                future = True
        prev = word
    if past == future:
        return None
    return "past" if past else "future"
