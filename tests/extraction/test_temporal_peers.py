"""find_temporal against the outside date suites (Recognizers-Text, dateparser), by span.

A expected mention counts as found when a temporal claim overlaps it. Mentions that make no
sense in news text are set aside by the categories in cases/temporal_peer_scope.yaml, and
every category is reported with its count, so nothing is dropped silently.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.extraction.temporal import find_temporal

SCOPE = yaml.safe_load(
    (Path(__file__).parent / "cases" / "temporal_peer_scope.yaml").read_text("utf-8")
)
RULES = [(rule["reason"], re.compile(rule["pattern"], re.IGNORECASE)) for rule in SCOPE]
SUITES = [
    "recognizers-DateExtractor.jsonl",
    "recognizers-DatePeriodExtractor.jsonl",
    "dateparser-search-en.jsonl",
]
TARGET = 0.85


def out_of_scope(mention: str) -> str | None:
    if any(ord(ch) > 127 for ch in mention):
        return "not English"
    text = mention.strip()
    return next((reason for reason, rule in RULES if rule.fullmatch(text)), None)


def as_of(case: dict[str, Any]) -> date:
    ctx = case.get("context") or {}
    ref = ctx.get("ReferenceDateTime") or (ctx.get("settings") or {}).get("RELATIVE_BASE")
    return datetime.fromisoformat(ref).date() if ref else date(2025, 12, 25)


def score(path: Path) -> tuple[int, int, int, int, Counter[str]]:
    """(found, in-scope mentions, clean negatives, negatives, out-of-scope reasons)."""
    found = total = clean = negatives = 0
    reasons: Counter[str] = Counter()
    for line in path.read_text("utf-8").splitlines():
        case = json.loads(line)
        claims = find_temporal(case["input"], as_of(case))
        if not case["expected"]:
            negatives += 1
            clean += not claims
            continue
        for exp in case["expected"]:
            reason = out_of_scope(exp["text"])
            if reason:
                reasons[reason] += 1
                continue
            total += 1
            found += any(c.start < exp["end"] and exp["start"] < c.end for c in claims)
    return found, total, clean, negatives, reasons


@pytest.mark.parametrize("suite", SUITES)
def test_span_recall(suite: str, shared: Path) -> None:
    path = shared / "peer-suites" / suite
    if not path.is_file():
        pytest.skip(f"{suite} absent")
    found, total, clean, negatives, reasons = score(path)
    print(
        f"\n{suite}: span recall {found}/{total} = {found / total:.1%} in scope; "
        f"negatives clean {clean}/{negatives}"
    )
    for reason, count in reasons.most_common():
        print(f"  out of scope: {count} x {reason}")
    assert found / total >= TARGET
    assert clean == negatives


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the 27th", True),
        ("4/22", True),
        ("March 2024", False),
        ("20 марта", True),
        ("the third quarter of 2016", False),
        ("two weeks", False),
    ],
)
def test_scope_rules(mention: str, expected: bool) -> None:
    assert (out_of_scope(mention) is not None) is expected
