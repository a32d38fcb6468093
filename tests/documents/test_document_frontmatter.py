"""Front matter: metadata, per-file options and warnings (cases in cases/frontmatter.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.documents import parse_document

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "frontmatter.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_front_matter(case: dict[str, Any]) -> None:
    text = case["text"]
    document = parse_document(text, "a", case["format"])
    if "metadata" in case:
        assert document.metadata == case["metadata"]
    if "options" in case:
        assert document.options == case["options"]
    messages = [f"{p.line}: {p.message}" for p in document.problems]
    if "problems_start" in case:
        assert len(messages) == len(case["problems_start"])
        for got, want in zip(messages, case["problems_start"], strict=True):
            assert got.startswith(want)
    else:
        assert messages == case.get("problems", [])
    assert all(p.severity == "warning" for p in document.problems)
    for piece in case.get("hidden", []):
        at = text.index(piece)
        assert not document.visible[at : at + len(piece)].strip()
    for piece in case.get("visible", []):
        at = text.index(piece)
        assert document.visible[at : at + len(piece)] == piece
