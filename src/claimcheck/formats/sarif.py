"""``sarif``: SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.

One run; one rule per verdict kind (stable ids from ``claimcheck.report.rules``) with ``ruleIndex``;
``partialFingerprints`` from the report fingerprint so a finding is tracked across commits; URIs
relative with forward slashes under ``%SRCROOT%``; 1-based lines and columns (columns count
characters, hence ``columnKind``). Results stream between the header and the closing invocation,
which carries a notification for every unreadable file (also reported as a CC900 result).
"""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from claimcheck.formats.interface import (
    FormatOptions,
    Formatter,
    end_position,
    error_message,
    finding_message,
    problem_line,
    problem_message,
    repo_path,
)
from claimcheck.formats.records import dumps
from claimcheck.model import CheckedClaim, FileReport
from claimcheck.report import (
    PROBLEM,
    RULE_FOR_VERDICT,
    RULES,
    UNREADABLE,
    FileGate,
    Rule,
    Summary,
    listed,
    posix_path,
)

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://example.invalid/claimcheck"
FINGERPRINT_KEY = "claimcheck/v1"
RULE_INDEX = {rule.id: index for index, rule in enumerate(RULES)}


def artifact_location(path: str) -> dict[str, str]:
    """Relative paths under %SRCROOT% with forward slashes; absolute ones as file URIs."""
    path = repo_path(path)
    if PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute():
        text = path.replace("\\", "/")
        return {"uri": "file://" + quote(text if text.startswith("/") else "/" + text, safe="/:")}
    return {"uri": quote(posix_path(path), safe="/"), "uriBaseId": "%SRCROOT%"}


def rule_record(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.description},
        "defaultConfiguration": {"level": rule.level},
    }


def _location(path: str, region: dict[str, int] | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(path)}
    if region:
        physical["region"] = region
    return {"physicalLocation": physical}


class SarifFormatter(Formatter):
    def __init__(self, options: FormatOptions) -> None:
        super().__init__(options)
        self._results = 0
        self._notifications: list[dict[str, Any]] = []

    def begin(self) -> str:
        driver: dict[str, Any] = {
            "name": "claimcheck",
            "version": self.options.tool_version,
            "informationUri": INFORMATION_URI,
            "rules": [rule_record(rule) for rule in RULES],
        }
        if self.options.dataset_name:
            driver["properties"] = {
                "dataset": {
                    "name": self.options.dataset_name,
                    "version": self.options.dataset_version,
                }
            }
        head = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints"}
        run = dumps(head)[:-1]  # reopened to stream the results into it
        return f'{{"$schema": {dumps(SCHEMA_URI)}, "version": "2.1.0", "runs": [{run}, "results": ['

    def _result(self, rule: Rule, level: str, message: str, location: dict[str, Any]) -> str:
        record: dict[str, Any] = {
            "ruleId": rule.id,
            "ruleIndex": RULE_INDEX[rule.id],
            "level": level,
            "message": {"text": message},
            "locations": [location],
        }
        return self._emit(record)

    def _emit(self, record: dict[str, Any]) -> str:
        lead = "," if self._results else ""
        self._results += 1
        return f"{lead}\n{dumps(record)}"

    def _claim(self, path: str, checked: CheckedClaim, mark: str, gate: FileGate) -> str:
        claim = checked.claim
        rule = RULE_FOR_VERDICT[checked.verdict]
        level = gate.level(checked)
        end_line, end_column = end_position(claim)
        region = {"startLine": claim.line, "startColumn": claim.column}
        if end_line != claim.line:
            region["endLine"] = end_line
        region["endColumn"] = end_column
        record: dict[str, Any] = {
            "ruleId": rule.id,
            "ruleIndex": RULE_INDEX[rule.id],
            "level": level,
            "message": {"text": finding_message(checked)},
            "locations": [_location(path, region)],
            "partialFingerprints": {FINGERPRINT_KEY: mark},
            "properties": {
                "verdict": checked.verdict,
                "fact": checked.fact.id if checked.fact else None,
                "score": round(checked.score, 4),
            },
        }
        return self._emit(record)

    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        parts: list[str] = []
        if report.error is not None:
            location = _location(report.path)
            parts.append(self._result(UNREADABLE, "error", error_message(report), location))
            self._notifications.append(
                {
                    "level": "error",
                    "message": {"text": error_message(report)},
                    "locations": [location],
                }
            )
        for problem in report.problems:
            line, column = problem_line(problem)
            location = _location(report.path, {"startLine": line, "startColumn": column})
            parts.append(
                self._result(PROBLEM, problem.severity, problem_message(problem), location)
            )
        for checked, mark in listed(report, gate.show):
            parts.append(self._claim(report.path, checked, mark, gate))
        return "".join(parts)

    def end(self, summary: Summary) -> str:
        invocation = {
            "executionSuccessful": summary.files_with_errors == 0,
            "toolExecutionNotifications": self._notifications,
        }
        return f'\n], "invocations": [{dumps(invocation)}]}}]}}\n'
