"""Finding every numeric and temporal claim in a text: ``extract_claims(text, as_of)``.

Quantities come from quantities.py, dates and periods from temporal.py (when present); where
both read the same words one wins (see timing.py), each quantity gets the period its sentence
gives it (periods.py), and every claim gets its line, column and sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date

from claimcheck.extraction.ellipsis import borrow_nouns
from claimcheck.extraction.lists import share_units
from claimcheck.extraction.periods import attach_periods
from claimcheck.extraction.positions import LineIndex, Place, unplaced
from claimcheck.extraction.quantities import find_quantities
from claimcheck.extraction.sentences import SentenceIndex
from claimcheck.extraction.tables import apply_headers
from claimcheck.extraction.timing import merge
from claimcheck.model import Claim
from claimcheck.regexes import compiled

__all__ = ["extract_claims"]

# Characters that write the same figure another way, folded one for one (offsets stay put):
# other hyphens and dashes of ranges ("2\u20103%"), thin and figure spaces between digit groups
# ("3\u2009500"), full-width digits and signs ("\uff13\uff0e\uff15\uff05").
_FOLD = str.maketrans(
    {
        **{c: "-" for c in "\u2010\u2011\u2012"},
        **{c: " " for c in "\u2007\u2009\u200a"},
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\uff0e": ".",
        "\uff0c": ",",
        "\uff05": "%",
    }
)
_FOLDABLE = compiled("[\u2010\u2011\u2012\u2007\u2009\u200a\uff10-\uff19\uff0e\uff0c\uff05]")


def _find_temporal(text: str, as_of: date, place: Place = unplaced) -> list[Claim]:
    try:
        from claimcheck.extraction.temporal import find_temporal
    except ImportError:
        return []
    return list(find_temporal(text, as_of, place))


def extract_claims(text: str, as_of: date) -> list[Claim]:
    """Every numeric and temporal claim in ``text``, sorted by start and non-overlapping."""
    if not text:
        return []
    folded = text.translate(_FOLD) if _FOLDABLE.search(text) else text
    claims = _extract(folded, as_of)
    if folded is text:
        return claims
    # the readers saw the folded text; a claim quotes the text as written
    return [
        c if c.text == text[c.start : c.end] else replace(c, text=text[c.start : c.end])
        for c in claims
    ]


def _extract(text: str, as_of: date) -> list[Claim]:
    line_starts = LineIndex(text).starts
    sentences = SentenceIndex(text)
    sentence_starts, spans = sentences.starts, sentences.spans
    outside = spans[0] if spans else (0, 0)

    def place(offset: int) -> tuple[int, int, tuple[int, int]]:
        # LineIndex.locate and SentenceIndex.containing in one call (it runs for every claim)
        line = bisect_right(line_starts, offset)
        sentence = bisect_right(sentence_starts, offset) - 1
        return (
            line,
            offset - line_starts[line - 1] + 1,
            spans[sentence] if sentence >= 0 else outside,
        )

    # The finders build each claim with its place; only a quantity that gets a period is built
    # again (dataclasses.replace on every claim, twice, was a tenth of the run time).
    claims = merge(find_quantities(text, place), _find_temporal(text, as_of, place))
    return attach_periods(apply_headers(share_units(borrow_nouns(claims, text), text), text), text)
