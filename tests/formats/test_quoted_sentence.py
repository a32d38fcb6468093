"""The rich report quotes the claim's sentence as a reader sees it, for every article format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.api import check_file, load_dataset
from claimcheck.formats.interface import FormatOptions
from claimcheck.formats.terminal import RichFormatter

ARTICLES = [
    ("a.txt", "NATO has 32 members today.\n", '"NATO has 32 members today."'),
    ("a.md", "# NATO\n\nNATO has **32** members today.\n", '"NATO has 32 members today."'),
    (
        "a.html",
        "<html><body><p>NATO has <b>32</b> members today.</p></body></html>",
        '"NATO has 32 members today."',
    ),
    (
        "b.html",
        "<p>Allies agreed 3.5&nbsp;% of GDP by 2035.</p>",
        '"Allies agreed 3.5\u00a0% of GDP by 2035."',
    ),
]


@pytest.mark.parametrize(("name", "text", "quote"), ARTICLES)
def test_sentence_is_quoted_without_markup(
    tmp_path: Path, name: str, text: str, quote: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = check_file(path, load_dataset(), as_of=date(2025, 12, 25))
    assert report.claims, "the article's figure was not checked"
    formatter = RichFormatter(FormatOptions(color=False, width=200, show=("all",)))
    output = formatter.file(report)
    quoted = [line.strip() for line in output.splitlines() if line.strip().startswith('"')]
    assert quote.replace("\u00a0", " ") in [q.replace("\u00a0", " ") for q in quoted], output
    assert "<" not in output and "&nbsp;" not in output
