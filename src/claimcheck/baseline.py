"""Known findings: record today's by fingerprint, then fail only on new ones.

A baseline file is ``{"schema": "claimcheck/baseline@1", "findings": [{"fingerprint", "path",
"fact", "verdict", "text"}]}``, sorted so it diffs well under version control. Only the
fingerprint decides a match (path, fact, verdict, normalised text and occurrence in the file; never
a line number); the other keys are there for people reading the file.

Applying a baseline marks the known findings ``suppressed`` (``dataclasses.replace``): they are
not listed and never fail the gate, exactly like an inline ``<!-- claimcheck: ignore -->``. The
model has no "baselined" flag, so ``baselined`` gives the indexes of the claims a baseline
suppressed (already-ignored ones stay inline suppressions); the run hands them to the summary and
the formats in a ``report.FileGate``, which count them as ``baselined``, apart from
``suppressed``. Findings that were fixed simply drop out of the next ``--write-baseline``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from claimcheck.errors import ConfigError
from claimcheck.model import FileReport
from claimcheck.report import fingerprints, posix_path

SCHEMA = "claimcheck/baseline@1"


def _findings(report: FileReport) -> Iterable[tuple[int, str]]:
    """Indexes and fingerprints of the claims a baseline records: every verdict but supported."""
    for index, (checked, mark) in enumerate(zip(report.claims, fingerprints(report), strict=True)):
        if checked.verdict != "supported":
            yield index, mark


def write_baseline(reports: Iterable[FileReport]) -> str:
    """The baseline JSON text for every finding (suppressed or not) of ``reports``."""
    entries: dict[str, dict[str, Any]] = {}
    for report in reports:
        for index, mark in _findings(report):
            checked = report.claims[index]
            entries[mark] = {
                "fingerprint": mark,
                "path": posix_path(report.path),
                "fact": checked.fact.id if checked.fact else None,
                "verdict": checked.verdict,
                "text": checked.claim.text,
            }
    findings = sorted(
        entries.values(), key=lambda e: (e["path"], e["fact"] or "", e["text"], e["fingerprint"])
    )
    document = {"schema": SCHEMA, "findings": findings}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: str | os.PathLike[str]) -> frozenset[str]:
    """The fingerprints recorded in a baseline file; ConfigError when it cannot be used."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline: {exc.strerror or exc}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: baseline is not valid JSON: {exc} (write it with --write-baseline)"
        ) from exc
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise ConfigError(f"{path}: not a claimcheck baseline (expected schema {SCHEMA!r})")
    findings = document.get("findings")
    if not isinstance(findings, list):
        raise ConfigError(f"{path}: baseline has no 'findings' list")
    known: set[str] = set()
    for number, entry in enumerate(findings, 1):
        mark = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(mark, str) or not mark:
            raise ConfigError(f"{path}: baseline finding {number} has no fingerprint")
        known.add(mark)
    return frozenset(known)


def baselined(report: FileReport, known: frozenset[str]) -> frozenset[int]:
    """Indexes of the claims of ``report`` that ``known`` records and nothing suppressed yet."""
    if not known:
        return frozenset()
    return frozenset(
        index
        for index, mark in _findings(report)
        if mark in known and not report.claims[index].suppressed
    )


def apply_baseline(report: FileReport, known: frozenset[str]) -> FileReport:
    """``report`` with the findings recorded in ``known`` marked suppressed."""
    return suppress(report, baselined(report, known))


def suppress(report: FileReport, indexes: Iterable[int]) -> FileReport:
    """``report`` with the claims at ``indexes`` marked suppressed."""
    claims = list(report.claims)
    for index in indexes:
        claims[index] = replace(claims[index], suppressed=True)
    return replace(report, claims=tuple(claims)) if claims != list(report.claims) else report


def count_known(report: FileReport, known: frozenset[str]) -> int:
    """How many findings of ``report`` the baseline records."""
    return sum(mark in known for _, mark in _findings(report))


def filter_new(reports: Iterable[FileReport], known: frozenset[str]) -> Iterable[FileReport]:
    """Every report with its known findings suppressed, streamed."""
    for report in reports:
        yield apply_baseline(report, known)
