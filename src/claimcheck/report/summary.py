"""Counts over a run, added file by file so streaming formats never hold the reports."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from claimcheck.model import VERDICTS, FileReport
from claimcheck.report.gate import FileGate


def file_counts(report: FileReport, baselined: Collection[int] | None = None) -> dict[str, int]:
    """Claims per verdict in one file; a suppressed claim counts only as ``suppressed``.

    With ``baselined`` (a baseline is in use: the indexes of the claims it suppressed) those
    count as ``baselined`` instead, and the key is there even when it is 0.
    """
    counts = {"claims": len(report.claims), **dict.fromkeys(VERDICTS, 0), "suppressed": 0}
    if baselined is not None:
        counts["baselined"] = 0
    for index, checked in enumerate(report.claims):
        if not checked.suppressed:
            counts[checked.verdict] += 1
        elif baselined is not None and index in baselined:
            counts["baselined"] += 1
        else:
            counts["suppressed"] += 1
    return counts


@dataclass
class Summary:
    """Counts over a run, added to file by file (``add``) so a stream never needs the reports."""

    files: int = 0
    files_with_errors: int = 0
    claims: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VERDICTS, 0))
    # Silenced by an inline directive / known to a baseline (disjoint).
    suppressed: int = 0
    baselined: int = 0
    problems: int = 0
    # fact id -> verdict -> count, for --statistics (unsuppressed claims linked to a fact).
    facts: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, report: FileReport, gate: FileGate | None = None) -> None:
        """Count one file; ``gate.baselined`` says which suppressed claims a baseline knows."""
        baselined = (gate.baselined if gate is not None else None) or frozenset()
        self.files += 1
        self.files_with_errors += report.error is not None
        self.problems += len(report.problems)
        for index, checked in enumerate(report.claims):
            self.claims += 1
            if checked.suppressed:
                if index in baselined:
                    self.baselined += 1
                else:
                    self.suppressed += 1
                continue
            self.verdicts[checked.verdict] = self.verdicts.get(checked.verdict, 0) + 1
            if checked.fact is not None:
                per_fact = self.facts.setdefault(checked.fact.id, {})
                per_fact[checked.verdict] = per_fact.get(checked.verdict, 0) + 1

    @property
    def findings(self) -> int:
        """Unsuppressed claims that are not supported."""
        return sum(n for verdict, n in self.verdicts.items() if verdict != "supported")

    def to_json(self, statistics: bool = False) -> dict[str, Any]:
        record: dict[str, Any] = {
            "files": self.files,
            "files_with_errors": self.files_with_errors,
            "claims": self.claims,
            **self.verdicts,
            "suppressed": self.suppressed,
            "baselined": self.baselined,
            "problems": self.problems,
        }
        if statistics:
            record["facts"] = {k: dict(v) for k, v in sorted(self.facts.items())}
        return record

    def line(self) -> str:
        """One line for humans: ``3 files, 12 claims: 1 contradicted, ...``."""
        counts = ", ".join(f"{n} {v}" for v, n in self.verdicts.items() if n)
        text = f"{_plural(self.files, 'file')}, {_plural(self.claims, 'claim')}"
        extra = [f"{self.suppressed} suppressed"] if self.suppressed else []
        if self.baselined:
            extra.append(f"{self.baselined} baselined")
        if self.files_with_errors:
            extra.append(f"{_plural(self.files_with_errors, 'file')} could not be read")
        details = ", ".join(([counts] if counts else []) + extra)
        return f"{text}: {details}" if details else text

    def statistics_lines(self) -> list[str]:
        """ruff-style ``--statistics``: counts per verdict, then per fact."""
        lines = [f"{n:6d}  {verdict}" for verdict, n in self.verdicts.items()]
        lines.append(f"{self.suppressed:6d}  suppressed")
        lines.append(f"{self.baselined:6d}  baselined")
        for fact_id, counts in sorted(
            self.facts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])
        ):
            detail = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
            lines.append(f"{sum(counts.values()):6d}  {fact_id} ({detail})")
        return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summarize(reports: Iterable[FileReport]) -> Summary:
    summary = Summary()
    for report in reports:
        summary.add(report)
    return summary


def gate_failed(summary: Summary, fail_on: Collection[str]) -> bool:
    """True when an unsuppressed claim has a verdict in ``fail_on`` ("never" fails nothing)."""
    return any(summary.verdicts.get(verdict, 0) > 0 for verdict in fail_on if verdict != "never")
