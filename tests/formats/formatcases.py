"""Shared helpers: the FileReports of ``cases/reports.yaml``, and rendering a format."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from claimcheck.formats.interface import FormatOptions, Formatter
from claimcheck.model import (
    Candidate,
    CheckedClaim,
    Claim,
    Fact,
    FileReport,
    Period,
    Problem,
    Signal,
    Source,
)
from claimcheck.report import Summary

CASES = Path(__file__).parent / "cases" / "reports.yaml"


def _fact(fact_id: str, spec: dict[str, Any]) -> Fact:
    spec = dict(spec)
    source = Source(**spec.pop("source"))
    period = spec.pop("period", None)
    return Fact(
        fact_id,
        sources=(source,),
        period=Period(*period) if period else None,
        **spec,
    )


def locate(text: str, needle: str, nth: int = 1) -> tuple[int, int, int]:
    """Offset, 1-based line and column of the n-th occurrence of ``needle``."""
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return start, line, column


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = text.find(".", end)
    return left, (right + 1 if right >= 0 else len(text))


def build_claim(text: str, spec: dict[str, Any], facts: dict[str, Fact]) -> CheckedClaim:
    spec = dict(spec)
    needle = spec.pop("text")
    start, line, column = locate(text, needle, spec.pop("nth", 1))
    end = start + len(needle)
    claim = Claim(
        needle,
        start,
        end,
        line,
        column,
        spec.pop("kind"),
        spec.pop("value"),
        low=spec.pop("low", None),
        high=spec.pop("high", None),
        unit=spec.pop("unit", None),
        qualifier=spec.pop("qualifier", None),
        sentence=_sentence(text, start, end),
        context=spec.pop("context", None),
    )
    fact_id = spec.pop("fact", None)
    earlier = spec.pop("superseded_by", None)
    candidates = tuple(
        Candidate(facts[c["fact"]], c["score"], tuple(Signal(*s) for s in c["signals"]))
        for c in spec.pop("candidates", ())
    )
    return CheckedClaim(
        claim,
        spec.pop("verdict"),
        facts[fact_id] if fact_id else None,
        spec.pop("score"),
        spec.pop("message"),
        candidates=candidates,
        superseded_by=facts[earlier] if earlier else None,
        suppressed=spec.pop("suppressed", False),
    )


def load_cases(prefix: str = "") -> tuple[list[FileReport], dict[str, str]]:
    """The reports of the case file (``prefix`` inserted above every text) and their texts."""
    data = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    facts = {key: _fact(key, spec) for key, spec in data["facts"].items()}
    reports: list[FileReport] = []
    texts: dict[str, str] = {}
    for spec in data["files"]:
        text = prefix + spec.get("text", "")
        texts[spec["path"]] = text
        claims = tuple(build_claim(text, c, facts) for c in spec.get("claims", ()))
        problems = tuple(Problem(path=spec["path"], **p) for p in spec.get("problems", ()))
        as_of = spec["as_of"]
        reports.append(
            FileReport(
                spec["path"],
                as_of if isinstance(as_of, date) else date.fromisoformat(as_of),
                spec["as_of_source"],
                claims,
                spec.get("error"),
                problems,
            )
        )
    return reports, texts


def render(formatter: Formatter, reports: Sequence[FileReport]) -> str:
    """What the CLI writes: begin, every file in order, end."""
    summary = Summary()
    parts = [formatter.begin()]
    for report in reports:
        summary.add(report)
        parts.append(formatter.file(report))
    parts.append(formatter.end(summary))
    return "".join(parts)


OPTIONS = FormatOptions(
    tool_version="9.9.9", dataset_name="test-pack", dataset_version="2025.12", width=80, color=False
)
