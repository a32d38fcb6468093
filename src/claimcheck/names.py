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
from collections.abc import Mapping
from typing import TYPE_CHECKING

from claimcheck.aliasmatch import STOP_WORDS
from claimcheck.model import Claim, Fact, Signal

if TYPE_CHECKING:
    from claimcheck.textlayout import AliasHit, TextLayout

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


# "NATO puts it at $608 billion": "it" is what the sentence before spoke of, NATO only the source.
_OBJECT_PRONOUN = re.compile(
    r"\b(?:puts?|estimates?|estimated|sets?|gives?|gave|values?|valued|pegs?|pegged|places?|"
    r"placed|reckons?|reckoned)\s+(it|them)\s+at\s+(?:about\s+|around\s+|some\s+)?\Z",
    re.IGNORECASE,
)
_REFERS = re.compile(
    r"\b(?:it|they|them|country|government|nation|bloc|kingdom|republic|coalition)\b"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|they)\s+(?:[a-z]+\s+){1,3}\Z")
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
