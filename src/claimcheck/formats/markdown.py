"""``markdown``: a table fit for a pull-request comment (also the GitHub step summary).

Rows stream as files come; the table header is written before the first row, unreadable files
and input problems are listed under the table, and the summary line closes the comment.
"""

from __future__ import annotations

from claimcheck.formats.interface import (
    FormatOptions,
    Formatter,
    error_message,
    finding_message,
    one_line,
    problem_message,
    reference_text,
    source_text,
    source_url,
)
from claimcheck.model import CheckedClaim, FileReport
from claimcheck.report import FileGate, Summary, listed

HEADER = (
    "| File | Line | Verdict | Article says | Reference says | Source |\n"
    "| --- | ---: | --- | --- | --- | --- |\n"
)


def cell(text: str) -> str:
    """Table-safe text: one line, pipes and backticks escaped, HTML kept inert."""
    text = one_line(text).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
    return text.replace("<", "&lt;").replace(">", "&gt;")


def row(path: str, checked: CheckedClaim, failing: bool | None = None) -> str:
    """One table row; the verdict is bold when the finding fails the gate (by default: when it
    is contradicted)."""
    fact = checked.fact
    reference = cell(reference_text(fact) if fact else finding_message(checked))
    current = checked.superseded_by
    if checked.verdict == "outdated" and fact is not None:
        until = f" until {fact.valid_until.isoformat()}" if fact.valid_until else ""
        held = f"{reference_text(fact)}{until}"
        reference = cell(f"{reference_text(current)} now; {held}" if current else held)
        fact = current or fact
    source = ""
    if fact is not None:
        cited, url = cell(source_text(fact)), source_url(fact)
        source = f"[{cited}](<{url.replace('>', '%3E')}>)" if url and cited else cited
    claim = checked.claim
    said = f"`{one_line(claim.text).replace('`', '')}`"
    if claim.context and claim.context not in claim.text:
        said += " " + cell(claim.context)
    if failing is None:
        failing = checked.verdict == "contradicted"
    verdict = f"**{checked.verdict}**" if failing else checked.verdict
    return f"| {cell(path)} | {claim.line} | {verdict} | {said} | {reference} | {source} |\n"


class MarkdownFormatter(Formatter):
    def __init__(self, options: FormatOptions) -> None:
        super().__init__(options)
        self.rows = 0
        self.notes: list[str] = []

    def begin(self) -> str:
        title = "### claimcheck"
        if self.options.dataset_name:
            title += f" ({cell(self.options.dataset_name)} {cell(self.options.dataset_version)})"
        return title + "\n\n"

    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        if report.error is not None:
            self.notes.append(
                f"- `{cell(report.path)}`: could not be read: {cell(error_message(report))}"
            )
        for problem in report.problems:
            where = f"{report.path}:{problem.line}" if problem.line else report.path
            message = cell(problem_message(problem))
            self.notes.append(f"- `{cell(where)}`: {problem.severity}: {message}")
        out = []
        for checked, _ in listed(report, gate.show):
            if not self.rows:
                out.append(HEADER)
            self.rows += 1
            out.append(row(report.path, checked, gate.fails(checked)))
        return "".join(out)

    def end(self, summary: Summary) -> str:
        parts = [] if self.rows else ["No findings to list.\n"]
        if self.notes:
            parts.append("\n**Input problems**\n\n" + "\n".join(self.notes) + "\n")
        parts.append(f"\n{summary.line()}\n")
        if self.options.statistics:
            stats = "\n".join(summary.statistics_lines())
            parts.append(f"\n```\n{stats}\n```\n")
        return "".join(parts)
