"""``github``: GitHub Actions workflow-command annotations, and a Markdown step summary.

``::error file=...,line=...,col=...,endColumn=...,title=...::message``: the message escapes ``%``,
CR and LF; property values also escape ``:`` and ``,``. GitHub shows only 10 annotations of a kind
per step, so ``step_summary`` gives the Markdown table of every finding (up to a cap) for the CLI
to append to ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

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
from claimcheck.formats.markdown import HEADER, cell, row
from claimcheck.model import FileReport
from claimcheck.report import PROBLEM, RULE_FOR_VERDICT, UNREADABLE, FileGate, Summary, listed

LEVELS = {"error": "error", "warning": "warning", "note": "notice", "none": "notice"}
SUMMARY_ROWS = 200


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{level} {props}::{escape_data(message)}\n"


class GithubFormatter(Formatter):
    def __init__(self, options: FormatOptions) -> None:
        super().__init__(options)
        self.rows: list[str] = []
        self.more = 0
        self.unreadable: list[str] = []

    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        out: list[str] = []
        path = repo_path(report.path)
        if report.error is not None:
            title = f"claimcheck {UNREADABLE.id}"
            out.append(command("error", error_message(report), file=path, title=title))
            if len(self.unreadable) < SUMMARY_ROWS:
                self.unreadable.append(f"- `{cell(path)}`: {cell(error_message(report))}\n")
        for problem in report.problems:
            line, column = problem_line(problem)
            level = LEVELS[problem.severity]
            title = f"claimcheck {PROBLEM.id}"
            message = problem_message(problem)
            where = {"file": path, "line": line, "col": column}
            out.append(command(level, message, **where, title=title))
        for checked, _ in listed(report, gate.show):
            claim = checked.claim
            rule = RULE_FOR_VERDICT[checked.verdict]
            level = LEVELS[gate.level(checked)]
            end_line, end_column = end_position(claim)
            out.append(
                command(
                    level,
                    finding_message(checked),
                    file=path,
                    line=claim.line,
                    col=claim.column,
                    endLine=end_line if end_line != claim.line else None,
                    endColumn=end_column if end_line == claim.line else None,
                    title=f"claimcheck {rule.id} {checked.verdict}",
                )
            )
            if len(self.rows) < SUMMARY_ROWS:
                self.rows.append(row(report.path, checked, gate.fails(checked)))
            else:
                self.more += 1
        return "".join(out)

    def step_summary(self, summary: Summary) -> str:
        """Markdown for ``$GITHUB_STEP_SUMMARY``: the summary line and the table of findings."""
        parts = ["### claimcheck\n\n", summary.line() + "\n\n"]
        if self.rows:
            parts += [HEADER, *self.rows]
        if self.more:
            parts.append(f"\n... and {self.more} more findings.\n")
        if self.unreadable:
            parts += ["\n**Could not be read**\n\n", *self.unreadable]
        return "".join(parts)
