"""Sentence spans: abbreviations, initials, decimals and quotes do not end a sentence."""

from __future__ import annotations

import pytest

from claimcheck.extraction.sentences import SentenceIndex, sentence_spans

CASES = [
    ("Mr. Smith paid $3.5m. Then he left.", ["Mr. Smith paid $3.5m.", "Then he left."]),
    (
        "J. R. Doe won 52.3% of votes! Others lost.",
        ["J. R. Doe won 52.3% of votes!", "Others lost."],
    ),
    ('"It is over." She left.', ['"It is over."', "She left."]),
    ("The U.S. economy grew 2%. Europe did not.", ["The U.S. economy grew 2%.", "Europe did not."]),
    ("Title line\n\nBody text here. More text.", ["Title line", "Body text here.", "More text."]),
    ("Line one.\r\n\r\nLine two.", ["Line one.", "Line two."]),
    ("It rose approx. 5 points, e.g. in May.", ["It rose approx. 5 points, e.g. in May."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_containing_sentence() -> None:
    text = "First one. Second has 32 allies. Third."
    index = SentenceIndex(text)
    s, e = index.containing(text.index("32"))
    assert text[s:e] == "Second has 32 allies."
