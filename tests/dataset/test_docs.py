"""The examples in docs/dataset.md load without errors (source keys they cite are declared)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.dataset import validate_paths

DOCS = Path(__file__).resolve().parents[2] / "docs" / "dataset.md"
BLOCKS = re.findall(r"```yaml\n(.*?)```", DOCS.read_text(), re.S)
FACT = "facts:\n  - id: x\n    subject: S\n    property: P\n    value: 1\n    unit: count\n"


def _complete(block: str) -> str:
    """A file around a fragment: list items go under `facts:`, indented keys into a fact."""
    if block.lstrip().startswith("- "):
        return "facts:\n" + textwrap.indent(textwrap.dedent(block), "  ")
    if block.startswith(" "):
        return FACT + textwrap.indent(textwrap.dedent(block), "    ")
    return block


EXAMPLES = [_complete(b) for b in BLOCKS]


def _cited(node: Any) -> set[str]:
    """Source keys cited anywhere in a document."""
    if isinstance(node, dict):
        own = node.get("sources")
        found = {s for s in own if isinstance(s, str)} if isinstance(own, list) else set()
        return found.union(*(_cited(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_cited(v) for v in node))
    return set()


def test_the_docs_have_examples() -> None:
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("text", EXAMPLES, ids=[f"block{i}" for i in range(len(EXAMPLES))])
def test_doc_example_loads(text: str, tmp_path: Path) -> None:
    document = yaml.safe_load(text)
    declared = document.get("sources") if isinstance(document.get("sources"), dict) else {}
    keys = sorted(_cited(document) - set(declared))
    meta = "" if "dataset:" in text else 'dataset: {name: docs, version: "1"}\n'
    if keys:
        meta += "sources:\n" + "".join(
            f"  {k}: {{title: {k}, publisher: P, published: 2000-01-01}}\n" for k in keys
        )
    (tmp_path / "example.yaml").write_text(text)
    if meta:
        (tmp_path / "meta.yaml").write_text(meta)
    errors = [str(p) for p in validate_paths([tmp_path]) if p.severity == "error"]
    assert errors == []
