"""numwords.classify (a table look-up) agrees with the rules it was built from, _classify."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.extraction.numwords import _CLASSES, _classify, classify
from claimcheck.extraction.wordlists import words

OTHER_WORDS = words(
    """troops allies people years months per cent percent dollars euros hundredths thousands
    millions firsts seconds thirds s ss is as and an a the of to in over under point points
    minus negatives halfs quarterly dozenth twentieths nineteenths zeros ones tens"""
)


def _words() -> list[str]:
    found = list(_CLASSES) + sorted(OTHER_WORDS)
    seed = (
        Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "rutte-dpa-interview.txt"
    )
    if seed.is_file():
        found += re.findall(r"[A-Za-z]+", seed.read_text("utf-8"))
    return sorted(set(found))


@pytest.mark.parametrize("variant", [str, str.upper, str.title, lambda w: w + "s"])
def test_classify_matches_rules(variant: object) -> None:
    words = [variant(w) for w in _words()]  # type: ignore[operator]
    assert [classify(w) for w in words] == [_classify(w.lower()) for w in words]
    assert sum(classify(w) is not None for w in words) >= 30  # the table is exercised
