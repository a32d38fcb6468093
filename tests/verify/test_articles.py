"""Red-team articles against the bundled dataset: every reported claim and its expected verdict.

The table (cases/articles.yaml) lists each claim a careful fact-checker would judge; rows with a
``gap`` are known misses, expected to fail until the mechanism behind them is fixed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck import api
from claimcheck.model import FileReport

HERE = Path(__file__).parent
TABLE = yaml.safe_load((HERE / "cases" / "articles.yaml").read_text("utf-8"))


@cache
def report(name: str) -> FileReport:
    return api.check_file(HERE / "articles" / name, api.load_dataset())


def _rows() -> list[Any]:
    rows = []
    for entry in TABLE:
        for i, row in enumerate(entry["claims"]):
            marks = [pytest.mark.xfail(strict=True, reason=row["gap"])] if "gap" in row else []
            label = f"{entry['article']}:{row['line']}:{row['figure']}"
            rows.append(pytest.param(entry["article"], i, row, marks=marks, id=label))
    return rows


def _match(name: str, index: int) -> Any:
    """The reported claim for the table's row ``index``: rows and claims are in text order."""
    entry = next(e for e in TABLE if e["article"] == name)
    claims = report(name).claims
    assert len(claims) == len(entry["claims"]), [(c.claim.line, c.claim.text) for c in claims]
    return claims[index]


@pytest.mark.parametrize(("name", "index", "row"), _rows())
def test_article_claim(name: str, index: int, row: dict[str, Any]) -> None:
    got = _match(name, index)
    assert got.claim.line == row["line"] and row["figure"] in got.claim.text, got.claim
    assert got.verdict == row["verdict"], got.message


@pytest.mark.parametrize("entry", TABLE, ids=[e["article"] for e in TABLE])
def test_article_is_dated_and_complete(entry: dict[str, Any]) -> None:
    checked = report(entry["article"])
    assert checked.as_of_source == "front-matter" and checked.error is None
    rows = entry["claims"]
    assert len(checked.claims) == len(rows), [(c.claim.line, c.claim.text) for c in checked.claims]
    for got, row in zip(checked.claims, rows, strict=True):
        assert got.claim.line == row["line"] and row["figure"] in got.claim.text, (got.claim, row)
    for figure in entry.get("omitted", []):
        assert not any(c.claim.text.strip() == figure for c in checked.claims), figure


def test_articles_are_news_length() -> None:
    for entry in TABLE:
        words = len((HERE / "articles" / entry["article"]).read_text("utf-8").split())
        assert 150 <= words <= 400, (entry["article"], words)
