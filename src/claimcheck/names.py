"""Names in a clause that the dataset does not know ("Poland spends 4.1%" with no Poland facts),
and the roles a known name plays that make it no subject of a figure near it: a possessor of a
rank ("the alliance's biggest spender"), a source ("according to NATO"), the antecedent of the
figure's "which" clause (which makes it the subject); and subjects named by two others standing
together ("EU member states within NATO").

A capitalised word that no alias covers is taken for a name unless it is a common word (one the
text also writes in lower case) capitalised only because a sentence starts with it. Such a name
between a known subject and the figure, or in a clause with no known subject, stops the linker
from giving the figure to a subject it is probably not about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimcheck.aliasmatch import STOP_WORDS
from claimcheck.model import Claim

if TYPE_CHECKING:
    from claimcheck.textlayout import TextLayout

_CAPITALISED = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[A-Z][a-z]+)*")
_NOT_ENTITIES = frozenset(
    re.split(
        r"\s+",
        """I A An The This That These Those It Its He She They We You His Her Their Our In On At By
        For From With Of And But Or If When While As After Before Since Until Under Over Unlike
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
        June July August September October November December Mr Mrs Ms Dr Leaders Officials
        Critics Ministers Diplomats Analysts Experts Governments Lawmakers Voters Chancellor
        President Prime Minister Secretary General Commissioner Defence Foreign Finance""".strip(),
    )
)


def unknown_names(
    layout: TextLayout, claim: Claim, clause: tuple[int, int], sentence_start: int
) -> list[int]:
    """Capitalised names in the clause no alias covers: the figure may be about something else."""
    text = layout.text
    covered = [(h.start, h.end) for h in layout.hits_in(*clause)]
    found = []
    for match in _CAPITALISED.finditer(text, clause[0], clause[1]):
        if match.group(0) in _NOT_ENTITIES or claim.start <= match.start() < claim.end:
            continue
        before = text[sentence_start : match.start()].strip()
        initial = not before or before[-1] in ".!?\"“'‘:-*•–"  # a list item starts one too
        # A capital only because the sentence starts there ("Leaders of the 32 ..."), unless the
        # word is never written in lower case and acts as a subject ("Poland agreed").
        common = match.group(0).lower() in layout.words
        if initial and (common or not _ACTS.match(text, match.end())):
            continue
        if any(s <= match.start() < e for s, e in covered):
            continue
        found.append(match.start())
    return found


_ACTS = re.compile(
    r"['’]s\b|\s+(said|says|has|have|had|is|was|will|would|plans?|planned|agreed|agrees|spends?|"
    r"spent|announced|wants?|pledged|aims?|intends?|expects?|reported|told|warned|raised|cut|"
    r"increased|reached|became|joined|signed|approved|decided|committed|promised)\b"
)
COMMON_CAPITALS = frozenset(w.lower() for w in _NOT_ENTITIES)


# A possessive followed by a rank ("the alliance's biggest spender", "NATO's newest member").
_RANKED = re.compile(
    r"['’]s?\s+(?:[^\W\d]+\s+)?(?:[^\W\d]+est|most|top|leading|second|third|fourth|fifth|"
    r"newest|latest|only|first|last)\b",
    re.IGNORECASE,
)
_SOURCE_BEFORE = re.compile(r"\b(?:according to|estimated by|reported by)\b[^,;:.()]*\Z", re.I)
_SOURCE_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:own\s+)?(?:figures|data|statistics|estimates|numbers|report)\b"
    r"(?:\s+\w+){0,4}?\s+(?:show|shows|showed|suggest|suggests|say|says|said)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\s+")


def owns_another(text: str, end: int, name_starts: list[int]) -> bool:
    """Is the name ending at ``end`` a possessor of a rank or of another name ("the EU's
    Security Action for Europe")? Then the figure speaks of what it owns, not of it."""
    if _RANKED.match(text, end):
        return True
    owner = _POSSESSIVE.match(text, end)
    return owner is not None and owner.end() in name_starts


def is_source(text: str, start: int, end: int) -> bool:
    """Is the name given as the source ("according to NATO", "NATO figures show")?"""
    return bool(_SOURCE_BEFORE.search(text, max(0, start - 60), start)) or bool(
        _SOURCE_AFTER.match(text, end)
    )


_RELATIVE = re.compile(r"\s*,\s*(?:which|who|whose)\b")


def is_antecedent(text: str, end: int, clause: tuple[int, int]) -> bool:
    """Does the figure's clause open with "which"/"who" right after the name ending at ``end``?"""
    found = _RELATIVE.match(text, end)
    return found is not None and text.find(",", end) + 1 == clause[0]


# Most characters between the names of a composite subject ("EU member states within NATO").
COMPOSITE_GAP = 40
_APART = re.compile(r"\d|\b(and|or|but|while|whereas|than)\b|[,;:]")


def composites(text, index, clause, scores, where, put) -> None:  # type: ignore[no-untyped-def]
    """A subject named by two others ("EU members of NATO") wins when both stand together."""
    window = _tokens(text[clause[0] : clause[1]])
    for subject, (components, tokens) in index.composites.items():
        near = [c for c in components if c in scores and scores[c].score >= 0.8]
        if len(near) < 2:
            continue
        spans = sorted(where[c] for c in near if c in where)
        if len(spans) < 2 or spans[-1][0] - spans[0][1] > COMPOSITE_GAP:
            continue
        if _APART.search(text[spans[0][1] : spans[-1][0]]):
            continue  # "NATO has 32 members and the EU has 27": two subjects, not one
        found = [scores[c].score for c in near]
        covered = sum(1 for t in tokens if any(_same_word(t, w) for w in window))
        coverage = covered / len(tokens) if tokens else 1.0
        score = min(1.0, max(found) + 0.05) * (0.6 + 0.4 * coverage)
        put(subject, score, f"named by {' + '.join(sorted(components))} ({coverage:.0%} of words)")


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP_WORDS]


# The words for a group's members are one word to a composite's name ("EU countries outside NATO"
# are its "EU members outside NATO").
_MEMBER_WORDS = frozenset(["member", "members", "countries", "country", "states", "nations"])


def _same_word(a: str, b: str) -> bool:
    if a == b or (a in _MEMBER_WORDS and b in _MEMBER_WORDS):
        return True
    return min(len(a), len(b)) >= 5 and a[:5] == b[:5]
