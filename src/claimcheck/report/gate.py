"""One file's gate: which findings fail it, which are listed, which a baseline already knows.

The gate can differ from file to file (per-path configuration, an article's front matter), so
the run hands a ``FileGate`` to the summary and to every format with each report, and every
format takes its levels from here: a finding that fails the gate for its file is an error
everywhere (SARIF ``error``, a GitHub ``::error``, a JUnit failure, GitLab ``major`` or worse),
and one that does not fail it is never shown as an error.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from claimcheck.model import VERDICTS, CheckedClaim
from claimcheck.report.rules import RULE_FOR_VERDICT, Level

DEFAULT_SHOW = frozenset(v for v in VERDICTS if v != "supported")
DEFAULT_FAIL_ON = frozenset({"contradicted"})
_LEVELS: tuple[Level, ...] = ("none", "note", "warning", "error")
# GitLab Code Quality severities, mildest first; "major" and above read as errors.
SEVERITIES = ("info", "minor", "major", "critical", "blocker")


@dataclass(frozen=True)
class FileGate:
    """The gate and the listing for one file, and the claims a baseline suppressed in it."""

    fail_on: frozenset[str] = DEFAULT_FAIL_ON
    show: frozenset[str] = DEFAULT_SHOW
    # Indexes into ``FileReport.claims`` of findings suppressed because a baseline records them;
    # None when the run uses no baseline (the file summaries then have no "baselined" count).
    baselined: frozenset[int] | None = None

    def fails(self, checked: CheckedClaim) -> bool:
        """True when this claim fails the gate for its file."""
        return checked.verdict in self.fail_on and not checked.suppressed

    def level(self, checked: CheckedClaim) -> Level:
        """``error`` exactly when the claim fails the gate here; ``none`` when it is suppressed;
        else the rule's level, at most ``warning``."""
        if self.fails(checked):
            return "error"
        if checked.suppressed:
            return "none"
        level = RULE_FOR_VERDICT[checked.verdict].level
        return min(level, "warning", key=_LEVELS.index)

    def severity(self, checked: CheckedClaim) -> str:
        """The GitLab severity: at least ``major`` when failing the gate, else at most ``minor``."""
        severity = RULE_FOR_VERDICT[checked.verdict].severity
        if self.fails(checked):
            return max(severity, "major", key=SEVERITIES.index)
        return min(severity, "minor", key=SEVERITIES.index)


def gate_for(fail_on: Collection[str], show: Collection[str]) -> FileGate:
    """A gate from option values: "never" fails nothing, "all" lists every verdict."""
    failing = frozenset(v for v in fail_on if v != "never")
    listing = frozenset(VERDICTS) if "all" in show else frozenset(show)
    return FileGate(failing, listing)
