"""Names in a clause that the dataset does not know ("Poland spends 4.1%" with no Poland facts).

A capitalised word that no alias covers is taken for a name unless it is a common word (one the
text also writes in lower case) capitalised only because a sentence starts with it. Such a name
between a known subject and the figure, or in a clause with no known subject, stops the linker
from giving the figure to a subject it is probably not about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimcheck.model import Claim

if TYPE_CHECKING:
    from claimcheck.context import TextLayout

_CAPITALISED = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[A-Z][a-z]+)*")
_NOT_ENTITIES = frozenset(
    re.split(
        r"\s+",
        """I A An The This That These Those It Its He She They We You His Her Their Our In On At By
        For From With Of And But Or If When While As After Before Since Until Under Over Unlike
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
        June July August September October November December Mr Mrs Ms Dr""".strip(),
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
        initial = not before or before[-1] in ".!?\"“'‘:"
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
