"""Figures that speak of something named before them.

A pronoun or a general noun in the figure's clause ("it", "they", "the country", "the
government") refers back to the names of an earlier sentence (``refer_back``); a part of a
counted group ("27 members; 23 of them", "Of the 27 EU member states, 23 ...") counts what the
group's noun counts, and its subjects are sorted by the names the sentence gives
(``partitive_noun``, ``partitive_parts``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from claimcheck.model import Claim, Fact, Signal
from claimcheck.names import is_source

if TYPE_CHECKING:
    from claimcheck.textlayout import AliasHit, TextLayout

# "NATO puts it at $608 billion": "it" is what the sentence before spoke of, NATO only the source.
_OBJECT_PRONOUN = re.compile(
    r"\b(?:puts?|estimates?|estimated|sets?|gives?|gave|values?|valued|pegs?|pegged|places?|"
    r"placed|reckons?|reckoned)\s+(it|them)\s+at\s+(?:about\s+|around\s+|some\s+)?\Z",
    re.IGNORECASE,
)
_REFERS = re.compile(
    r"\b(?:it|they|them|both|country|government|nation|bloc|kingdom|republic|coalition)\b"
)
# "Both report exactly 2%": the two names of the sentence before.
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|they|[Bb]oth)\s+(?:[a-z]+\s+){1,3}\Z")
# "That would take the country to 3.5%", "The government wants 3.5%": a name said before.
_NOMINAL = re.compile(
    r"\b(?:the|that|this)\s+(?:country|government|nation|bloc|kingdom|republic|coalition)\b",
    re.IGNORECASE,
)


def antecedent(
    layout: TextLayout,
    claim: Claim,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    groups: frozenset[str] = frozenset(),
) -> tuple[str, list[AliasHit]] | None:
    """The word that refers back ("it", "the country") in the figure's clause, and the names of
    the earlier sentence it refers to; None when the clause names its subject. "The country"
    and "the government" never refer to a group of members (``groups``: NATO, the EU)."""
    text = layout.text
    lead = text[clause[0] : claim.start].lower()
    if not _REFERS.search(lead):
        return None  # the cheap test first: no "it", "they", "them", "the country" ...
    found = _OBJECT_PRONOUN.search(text, clause[0], claim.start)
    if found is None and claim.kind not in ("year", "date", "period"):
        # "Last year it reached 2%": unless the sentence names what "it" is before it.
        found = _SUBJECT_PRONOUN.search(text, clause[0], claim.start)
        named = found and any(
            not is_source(text, h.start, h.end) for h in layout.hits_in(sentence[0], found.start())
        )
        found = None if named else found
    state = found is None
    if found is None:
        found = _NOMINAL.search(text, clause[0], claim.start)
        if found is None or layout.hits_in(sentence[0], found.end()):
            return None  # no anaphor, or its name is in the sentence ("Germany ... the country")
    if layout.hits_in(found.start(), claim.start):
        return None  # a name between it and the figure is the figure's
    # The sentence before, or the one before that, maybe across the paragraph's start.
    cursor = sentence[0]
    for _ in range(2):
        if cursor <= 0:
            return None
        prev = layout.sentence_of(cursor - 1)
        hits = [h for h in layout.hits_in(*prev) if not is_source(text, h.start, h.end)]
        hits = [h for h in hits if not (state and h.subjects <= groups)]
        if hits:
            return found.group(0), hits
        cursor = prev[0]
    return None


def refer_back(layout, claim, clause, sentence, index, scores, put) -> bool:  # type: ignore[no-untyped-def]
    """Give the figure the names a word of its clause refers back to; True when one does."""
    referred = antecedent(layout, claim, clause, sentence, _groups(index.by_subject))
    if referred is None:
        return False
    word, earlier = referred
    for subject, signal in list(scores.items()):
        why = f"{signal.detail}; '{word}' refers back"
        scores[subject] = Signal("subject", round(signal.score * 0.7, 3), why)
    for hit in earlier:
        for subject in hit.subjects:
            put(subject, 0.8, f"'{layout.text[hit.start : hit.end]}', what '{word}' refers to")
    return True


_GROUPS: dict[int, frozenset[str]] = {}


def _groups(by_subject: Mapping[str, tuple[Fact, ...]]) -> frozenset[str]:
    """Subjects that have members (a member count): groups, never "the country"."""
    found = _GROUPS.get(id(by_subject))
    if found is None:
        found = frozenset(
            s for s, facts in by_subject.items() if any("member" in f.property for f in facts)
        )
        _GROUPS.clear()
        _GROUPS[id(by_subject)] = found
    return found


# "23 of them are NATO allies", "23 of which belong to NATO", "Of the 27 EU member states, 23 ...":
# a part of a group named before, which the rest of the sentence sorts by another group.
PART_AFTER = re.compile(r"\s+of\s+(?:them|which|whom|these|those|its\s+members)\b", re.I)
PART_BEFORE = re.compile(r"\bOf\s+[^,;.]{1,60},\s*\Z", re.I)
_COUNTED = re.compile(
    r"\d+\s+(?:[A-Za-z][\w-]*\s+){0,2}?(members?|member states|allies|countries|states|nations)\b"
)


# "In 2014 only three allies met the guideline; by 2024 it was 23": the same count, later.
_SAME_COUNT = re.compile(
    r"[;,]\s*(?:[\w-]+\s+){0,3}?(?:it|that|the number|the count|the total)\s+(?:was|is|had\s+)?"
    r"\s*(?:been\s+|risen\s+to\s+|grown\s+to\s+|rose\s+to\s+|reached\s+|stood\s+at\s+)?\Z",
    re.IGNORECASE,
)
_WORD_COUNT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(members?|member states|allies|countries|states|nations)\b",
    re.IGNORECASE,
)


_FULL_STOP = re.compile(r"[.!?]\s")
_COUNT_AGAIN = re.compile(r"\b(?:it|that|number|count|total)\b", re.IGNORECASE)


def partitive_noun(claim: Claim, text: str) -> str:
    """What a bare number that is a part of a counted group counts ("27 members; 23 of them"),
    or the same count again ("only three allies met it; by 2024 it was 23")."""
    before = _FULL_STOP.split(text[max(0, claim.start - 90) : claim.start])[-1]
    if _COUNT_AGAIN.search(before[-40:]) and _SAME_COUNT.search(before):
        counted = _WORD_COUNT.findall(before)
        return counted[-1] if counted else ""
    after = PART_AFTER.match(text, claim.end)
    if after and after.group(0).endswith("members"):
        return "members"  # "some two dozen of its members"
    if not (after or (before.rstrip().endswith(",") and PART_BEFORE.search(before))):
        return ""
    counted = _COUNTED.findall(before)
    return counted[-1] if counted else ""


_NEGATION = re.compile(r"\b(?:outside|not|non|neither|nor)\b", re.IGNORECASE)


def partitive_parts(layout, claim, sentence, index, scores, put) -> None:  # type: ignore[no-untyped-def]
    """The subject made of the group a part is taken from and the group the sentence puts the
    part in ("The EU has 27 members; 23 of them are also NATO allies": EU members in NATO)."""
    text = layout.text
    comma = text[max(sentence[0], claim.start - 4) : claim.start].rstrip().endswith(",")
    before = PART_BEFORE.search(text, sentence[0], claim.start) if comma else None
    if before is None and not PART_AFTER.match(text, claim.end):
        return
    start = before.start() if before else sentence[0]
    wholes = layout.hits_in(start, before.end() if before else claim.start)
    parts = layout.hits_in(claim.end, sentence[1])
    if not wholes or not parts:
        return
    whole, part = wholes[-1].subjects, parts[0].subjects
    outside = bool(_NEGATION.search(text, claim.end, sentence[1]))
    for subject, (components, tokens) in index.composites.items():
        if not (components & whole and components & part) or (whole | part) >= {subject}:
            continue
        # "NATO members outside the EU" are NATO's, "EU members outside NATO" the EU's; both
        # groups' members in the other are one group.
        first = subject.split()[0]
        owner = index.exact.get(first, frozenset()) | index.folded.get(first.lower(), frozenset())
        if ("outside" in tokens) == outside and (owner & whole or not outside):
            for other in components & set(scores):
                old = scores[other]
                scores[other] = Signal(
                    "subject", round(old.score * 0.7, 3), f"{old.detail}, a part"
                )
            put(subject, 0.92, "a part of one group the sentence puts in the other")
