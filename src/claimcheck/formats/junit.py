"""``junit``: JUnit XML for Jenkins, GitLab, Azure and CircleCI test reports.

One testsuite per file, one testcase per listed finding with the location in its ``name`` (GitLab
drops test cases whose classname and name repeat). Findings whose verdict is in ``fail_on`` are
failures; other listed findings pass with the evidence in ``system-out``. Files with nothing to
list get one passing testcase, so ``tests`` counts every file; unreadable files get an
``<error>``. The root element needs the totals, so the suites are buffered until ``end``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimcheck.formats.interface import (
    FormatOptions,
    Formatter,
    error_message,
    finding_message,
    problem_line,
    problem_message,
)
from claimcheck.model import FileReport
from claimcheck.report import PROBLEM, RULE_FOR_VERDICT, UNREADABLE, FileGate, Summary, listed

# Characters XML 1.0 cannot hold even escaped.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _ILLEGAL.sub("\ufffd", text)


class JunitFormatter(Formatter):
    def __init__(self, options: FormatOptions) -> None:
        super().__init__(options)
        self.root = ET.Element("testsuites", name="claimcheck")
        self.totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

    def _case(self, suite: ET.Element, path: str, name: str, line: int | None) -> ET.Element:
        attributes = {"classname": clean(path), "name": clean(name), "file": clean(path)}
        if line is not None:
            attributes["line"] = str(line)
        return ET.SubElement(suite, "testcase", attributes)

    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        suite = ET.SubElement(self.root, "testsuite", name=clean(report.path))
        counts = dict.fromkeys(self.totals, 0)
        if report.error is not None:
            case = self._case(suite, report.path, f"{UNREADABLE.id} read file", None)
            error = ET.SubElement(case, "error", type=UNREADABLE.id)
            error.set("message", clean(error_message(report)))
            counts["tests"] += 1
            counts["errors"] += 1
        for problem in report.problems:
            line, column = problem_line(problem)
            name = f"{PROBLEM.id} {problem.severity} L{line}:{column}"
            case = self._case(suite, report.path, name, line)
            ET.SubElement(case, "system-out").text = clean(problem_message(problem))
            counts["tests"] += 1
        for checked, _ in listed(report, gate.show):
            claim = checked.claim
            rule = RULE_FOR_VERDICT[checked.verdict]
            fact = checked.fact.id if checked.fact else "no-fact"
            name = f"{rule.id} {fact} L{claim.line}:{claim.column}"
            case = self._case(suite, report.path, name, claim.line)
            message = clean(finding_message(checked))
            detail = clean(
                f"{report.path}:{claim.line}:{claim.column}: {checked.verdict}: {message}"
            )
            counts["tests"] += 1
            if gate.level(checked) == "error":
                failure = ET.SubElement(case, "failure", type=rule.id, message=message)
                failure.text = detail
                counts["failures"] += 1
            else:
                ET.SubElement(case, "system-out").text = detail
        if not counts["tests"]:
            self._case(suite, report.path, "all claims checked", None)
            counts["tests"] = 1
        for key, value in counts.items():
            suite.set(key, str(value))
            self.totals[key] += value
        return ""

    def end(self, summary: Summary) -> str:
        for key, value in self.totals.items():
            self.root.set(key, str(value))
        ET.indent(self.root)
        body = ET.tostring(self.root, encoding="unicode")
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
