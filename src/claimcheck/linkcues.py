"""Cues in a figure's sentence that steer which words the linker reads for it.

A fact box line's label ("- Founded: ..."), a verb phrase left out ("Last year 23 allies did"),
"Of that, 3.5% ...", the level a change started from ("up from 1% in 2014"), and a question just
before an answer.
"""

from __future__ import annotations

import re

# A line's label ("- Founded: ..."), as a fact box writes it: a few words, no verb of a clause
# ("Estonia is the exception: ..." is a sentence).
_LABEL = re.compile(
    r"[\W_]*((?:(?!(?:is|are|was|were|has|have|had|will|would|said|says)\b)"
    r"[A-Za-z][\w'-]*(?![\w'-])[ \t]*){1,6}):\s",
    re.IGNORECASE,
)


_WORD = re.compile(r"\w")


def line_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The label that opens the line the sentence at ``start`` opens (after a list marker)."""
    colon = text.find(":", start, end)
    if colon < 0 or colon - start > 80:
        return None
    line = text.rfind("\n", 0, start) + 1
    if _WORD.search(text, line, start):
        return None
    return _LABEL.match(text, start, end)


# The level a change started from: what was spent, never a goal.
UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:\w+\s+)?\Z", re.IGNORECASE)
ELIDED = re.compile(r"\s+(?:did|do|does|had|have|has)(?:\s+so|\s+too)?\s*(?:[,.;]|\Z)", re.I)
OF_THAT = re.compile(r"\s*(?:of|from|within|out of)\s+(?:that|this|it|which)\b", re.IGNORECASE)


def after_question(text: str, start: int) -> bool:
    """Does a question end just before ``start`` (blank lines apart)?"""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == "?"
