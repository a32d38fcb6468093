"""``gitlab``: a GitLab Code Quality report (a JSON array of issues), streamed.

GitLab shows only the first issue with a given fingerprint, so fingerprints are made unique:
findings use the report fingerprint (already distinct per occurrence in a file), unreadable files
and input problems hash their path and message, and any repeat is re-hashed with a counter.
"""

from __future__ import annotations

import hashlib
from typing import Any

from claimcheck.formats.interface import (
    FormatOptions,
    Formatter,
    error_message,
    finding_message,
    problem_line,
    problem_message,
    repo_path,
)
from claimcheck.formats.records import dumps
from claimcheck.model import FileReport
from claimcheck.report import PROBLEM, RULE_FOR_VERDICT, UNREADABLE, FileGate, Summary, listed


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:32]


class GitlabFormatter(Formatter):
    def __init__(self, options: FormatOptions) -> None:
        super().__init__(options)
        self._count = 0
        self._seen: set[str] = set()

    def begin(self) -> str:
        return "["

    def _issue(
        self, check: str, severity: str, message: str, path: str, line: int, mark: str
    ) -> str:
        unique, n = mark, 0
        while unique in self._seen:
            n += 1
            unique = _hash(mark, n)
        self._seen.add(unique)
        issue: dict[str, Any] = {
            "type": "issue",
            "description": message,
            "check_name": check,
            "fingerprint": unique,
            "severity": severity,
            "categories": ["Bug Risk"],
            "location": {"path": repo_path(path), "lines": {"begin": line}},
        }
        lead = "," if self._count else ""
        self._count += 1
        return f"{lead}\n  {dumps(issue)}"

    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        out: list[str] = []
        if report.error is not None:
            message = error_message(report)
            mark = _hash(report.path, UNREADABLE.id, message)
            rule = UNREADABLE
            out.append(self._issue(rule.id, rule.severity, message, report.path, 1, mark))
        for problem in report.problems:
            line, _ = problem_line(problem)
            message = problem_message(problem)
            severity = "major" if problem.severity == "error" else PROBLEM.severity
            mark = _hash(report.path, PROBLEM.id, message)
            out.append(self._issue(PROBLEM.id, severity, message, report.path, line, mark))
        for checked, mark in listed(report, gate.show):
            rule = RULE_FOR_VERDICT[checked.verdict]
            severity = gate.severity(checked)
            message = finding_message(checked)
            out.append(
                self._issue(rule.id, severity, message, report.path, checked.claim.line, mark)
            )
        return "".join(out)

    def end(self, summary: Summary) -> str:
        return "\n]\n" if self._count else "]\n"
