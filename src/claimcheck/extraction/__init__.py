"""Finding every numeric and temporal claim in a text: ``extract_claims(text, as_of)``.

Quantities come from quantities.py, dates and periods from temporal.py (when present); where
both read the same words one wins (see timing.py), each quantity gets the period its sentence
gives it, and every claim gets its line, column and sentence.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claimcheck.extraction.positions import LineIndex
from claimcheck.extraction.quantities import find_quantities
from claimcheck.extraction.sentences import SentenceIndex
from claimcheck.extraction.timing import attach_periods, merge
from claimcheck.model import Claim

__all__ = ["extract_claims"]


def _find_temporal(text: str, as_of: date) -> list[Claim]:
    try:
        from claimcheck.extraction.temporal import find_temporal
    except ImportError:
        return []
    return list(find_temporal(text, as_of))


def extract_claims(text: str, as_of: date) -> list[Claim]:
    """Every numeric and temporal claim in ``text``, sorted by start and non-overlapping."""
    if not text:
        return []
    quantities = find_quantities(text)
    temporal = _find_temporal(text, as_of)
    claims = merge(quantities, temporal)
    lines = LineIndex(text)
    sentences = SentenceIndex(text)
    placed: list[Claim] = []
    for claim in claims:
        line, column = lines.locate(claim.start)
        placed.append(
            replace(claim, line=line, column=column, sentence=sentences.containing(claim.start))
        )
    return attach_periods(placed, text)
