"""``concise``: one ``path:line:col: verdict message`` line per finding, for grep and editors.

Unreadable files print ``path:1:1: error message``; input problems (unused suppressions, decoding
warnings) print with their severity. ``--statistics`` adds ruff-style counts at the end.
"""

from __future__ import annotations

from claimcheck.formats.interface import (
    Formatter,
    error_message,
    finding_message,
    problem_line,
    problem_message,
    safe_path,
)
from claimcheck.model import FileReport
from claimcheck.report import FileGate, Summary, listed


class ConciseFormatter(Formatter):
    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        path = safe_path(report.path)
        lines: list[str] = []
        if report.error is not None:
            lines.append(f"{path}:1:1: error {error_message(report)}")
        for problem in report.problems:
            line, column = problem_line(problem)
            message = problem_message(problem)
            lines.append(f"{path}:{line}:{column}: {problem.severity} {message}")
        for checked, _ in listed(report, gate.show):
            claim = checked.claim
            message = finding_message(checked)
            lines.append(f"{path}:{claim.line}:{claim.column}: {checked.verdict} {message}")
        return "".join(line + "\n" for line in lines)

    def end(self, summary: Summary) -> str:
        if not self.options.statistics:
            return ""
        return "".join(line + "\n" for line in summary.statistics_lines())
