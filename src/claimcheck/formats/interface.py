"""What every output format implements, and the wording the formats share.

A formatter has a flake8-style lifecycle: ``begin()`` once, ``file(report, gate)`` per input file
in input order, ``end(summary)`` once. ``gate`` (a ``report.FileGate``) is that file's gate and
listing, which can differ per path and per article; without one, ``FormatOptions`` applies.
Each call returns the text to write now, so streaming formats print file by file and a bulk
run's memory does not grow; whole-document formats buffer and return "" until ``end``.
Formatters never write anywhere themselves: the CLI decides where text goes.
"""

from __future__ import annotations

import abc
import re
from dataclasses import dataclass, field

from claimcheck.model import VERDICTS, CheckedClaim, Claim, Fact, FileReport, Problem
from claimcheck.report import FileGate, Summary, gate_for, posix_path

DEFAULT_SHOW = frozenset(v for v in VERDICTS if v != "supported")


@dataclass(frozen=True)
class FormatOptions:
    """What every formatter may need besides the reports.

    ``color`` None means no colour (the CLI decides from the terminal and ``NO_COLOR``);
    ``width`` None means the terminal's width; ``fail_on`` raises the level of the verdicts that
    fail the gate in formats that have levels (SARIF, GitHub, GitLab, JUnit failures).
    """

    tool_version: str = "0"
    dataset_name: str = ""
    dataset_version: str = ""
    # Verdicts to list; the summary always counts every claim.
    show: frozenset[str] = DEFAULT_SHOW
    fail_on: frozenset[str] = field(default_factory=lambda: frozenset({"contradicted"}))
    explain: bool = False
    color: bool | None = None
    width: int | None = None
    statistics: bool = False
    step_summary_path: str | None = None


class Formatter(abc.ABC):
    """One output format; see the module docstring for the lifecycle."""

    def __init__(self, options: FormatOptions) -> None:
        self.options = options

    def begin(self) -> str:
        return ""

    @abc.abstractmethod
    def file(self, report: FileReport, gate: FileGate | None = None) -> str: ...

    def gate(self, gate: FileGate | None) -> FileGate:
        """The file's own gate, or the run's from the options."""
        return gate if gate is not None else gate_for(self.options.fail_on, self.options.show)

    def end(self, summary: Summary) -> str:
        return ""


def end_position(claim: Claim) -> tuple[int, int]:
    """1-based line and exclusive column just after the claim's text."""
    lines = claim.text.split("\n")
    if len(lines) == 1:
        # The span in the file, which is longer than the text where an entity was read.
        return claim.line, claim.column + max(claim.end - claim.start, len(claim.text))
    return claim.line + len(lines) - 1, len(lines[-1]) + 1


# Control characters (ESC above all) must not reach a terminal or a CI log from an article.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """Text on one line with runs of whitespace collapsed and control characters replaced."""
    return " ".join(_CONTROL.sub("\ufffd", text).split())


_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def safe_path(path: str) -> str:
    """A path for a line-based format: every control character (newlines too) replaced."""
    return _ANY_CONTROL.sub("\ufffd", path)


def repo_path(path: str) -> str:
    """The path relative to the working directory when it lies below it (CI tools resolve
    paths against the checkout), with forward slashes; otherwise as given."""
    import os

    if os.path.isabs(path):
        try:
            relative = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            return path
        if not relative.startswith(".."):
            path = relative
    return posix_path(path)


def error_message(report: FileReport) -> str:
    """Why the file could not be read, on one line, without repeating its path."""
    text = one_line(report.error or "")
    prefix = f"{report.path}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def finding_message(checked: CheckedClaim) -> str:
    """The evidence in words, on one line; the claim itself when the verdict stage gave none."""
    message = one_line(checked.message)
    return message or f"{one_line(checked.claim.text)} ({checked.verdict})"


def problem_line(problem: Problem) -> tuple[int, int]:
    return problem.line or 1, problem.column or 1


def problem_message(problem: Problem) -> str:
    text = one_line(problem.message)
    return f"{text} ({one_line(problem.hint)})" if problem.hint else text


def format_value(value: float | str | None, unit: str | None) -> str:
    """A reference value as a reader writes it: ``3.5%``, ``32 member states``, ``EUR 1.2bn``."""
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, str):
        return value
    if unit == "%":
        return f"{value:g}%"
    if unit == "pp":
        return f"{value:g} percentage points"
    if unit and len(unit) == 3 and unit.isupper():
        for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
            if abs(value) >= size:
                return f"{unit} {value / size:g}{word}"
        return f"{unit} {value:,}"
    shown = f"{value:,}" if isinstance(value, int) else f"{value:g}"
    return f"{shown} {unit}" if unit and unit not in ("count", "year", "date") else shown


def reference_text(fact: Fact) -> str:
    """What the reference says: value, when it holds, and who said it."""
    unit = (fact.counted or fact.unit) if fact.unit == "count" else fact.unit
    if fact.low is not None and fact.high is not None and fact.low != fact.high:
        text = f"{format_value(fact.low, None)}-{format_value(fact.high, unit)}"
    else:
        text = format_value(fact.value, unit)
    if fact.period is not None:
        start, end = fact.period.start, fact.period.end
        if fact.period_type == "deadline" and end:
            text += f" by {end.year}"
        elif start and end and start.year == end.year:
            text += f" in {start.year}"
        elif start or end:
            text += f" ({start or '...'} to {end or '...'})"
    if fact.type == "statement" and fact.speaker:
        said = f", {fact.stated_on.isoformat()}" if fact.stated_on else ""
        text += f" (as stated by {fact.speaker}{said})"
    return text


def source_text(fact: Fact) -> str:
    return fact.sources[0].cite() if fact.sources else ""


def source_url(fact: Fact) -> str | None:
    return fact.sources[0].url if fact.sources else None
