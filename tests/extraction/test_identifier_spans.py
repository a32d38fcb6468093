"""identifiers._wide_spans (str.find, then a match at each place a URL can start) finds exactly
the spans of the URL regex's own scan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.identifiers import _WIDE, _wide_spans

CASES = [
    "see https://x.org/a http://b ftp://c www.d.com and www. nothing",
    "xhttps://y www.www.z https://www.q.com/https://r",
    "://",
    "www.",
    "ahttp://x",
    "https:// x",
    "www.x://y http://www.a",
    "aaa://b",
    "Call 555-1234 (www.example.org) or https://example.com/2024/report.pdf.",
]
FRAGMENTS = ["http", "https", "ftp", "://", "www.", "www", ".", " ", "a", "2024", "/", ")", "\n"]


def _regex_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WIDE.finditer(text)]


@pytest.mark.parametrize("text", CASES)
def test_same_spans_as_regex_scan(text: str) -> None:
    assert _wide_spans(text) == _regex_spans(text)


def test_cases_hold_urls() -> None:
    assert sum(len(_wide_spans(t)) for t in CASES) >= 10


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_same_spans_on_url_like_noise(parts: list[str]) -> None:
    text = "".join(parts)
    assert _wide_spans(text) == _regex_spans(text)
