"""Stable rule ids per finding kind, as SARIF, GitLab, JUnit and GitHub annotations show them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["none", "note", "warning", "error"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A stable finding kind: its id never changes, so CI tools can track findings by it."""

    id: str
    name: str
    description: str
    level: Level
    # GitLab Code Quality severity: info, minor, major, critical, blocker.
    severity: str


RULES: tuple[Rule, ...] = (
    Rule("CC000", "supported-claim", "A figure agrees with the reference dataset", "note", "info"),
    Rule(
        "CC001",
        "contradicted-claim",
        "A figure disagrees with the reference dataset",
        "error",
        "major",
    ),
    Rule(
        "CC002",
        "outdated-claim",
        "A figure was true earlier but had been superseded on the article's date",
        "warning",
        "minor",
    ),
    Rule(
        "CC003",
        "unverifiable-claim",
        "No fact in the reference dataset speaks to this figure",
        "note",
        "info",
    ),
    Rule("CC900", "unreadable-input", "An input file could not be read", "error", "critical"),
    Rule(
        "CC901", "input-problem", "A problem with an input file or suppression", "warning", "minor"
    ),
)
RULE_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
RULE_FOR_VERDICT: dict[str, Rule] = {
    "supported": RULE_BY_ID["CC000"],
    "contradicted": RULE_BY_ID["CC001"],
    "outdated": RULE_BY_ID["CC002"],
    "unverifiable": RULE_BY_ID["CC003"],
}
UNREADABLE = RULE_BY_ID["CC900"]
PROBLEM = RULE_BY_ID["CC901"]
