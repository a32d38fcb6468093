"""The records every output format is built from: one serialisation point for claims and files.

``records`` turns the frozen model records into the documented JSON objects and fingerprints
findings; ``summary`` counts a run file by file; ``rules`` holds the stable rule id of each verdict;
``gate`` says, per file, which findings fail the gate (and so are errors in every format), which
are listed, and which a baseline knows.
"""

from __future__ import annotations

from claimcheck.report.gate import FileGate, gate_for
from claimcheck.report.records import (
    ExtractSource,
    candidate_record,
    claim_record,
    extract_claim_record,
    extract_file_record,
    fact_record,
    file_record,
    fingerprint,
    fingerprints,
    listed,
    normalise_text,
    number,
    occurrences,
    posix_path,
    problem_record,
    source_record,
)
from claimcheck.report.rules import (
    PROBLEM,
    RULE_BY_ID,
    RULE_FOR_VERDICT,
    RULES,
    UNREADABLE,
    Level,
    Rule,
)
from claimcheck.report.summary import Summary, file_counts, gate_failed, summarize

__all__ = [
    "PROBLEM",
    "RULES",
    "RULE_BY_ID",
    "RULE_FOR_VERDICT",
    "UNREADABLE",
    "ExtractSource",
    "FileGate",
    "Level",
    "Rule",
    "Summary",
    "candidate_record",
    "claim_record",
    "extract_claim_record",
    "extract_file_record",
    "fact_record",
    "file_counts",
    "file_record",
    "fingerprint",
    "fingerprints",
    "gate_failed",
    "gate_for",
    "listed",
    "normalise_text",
    "number",
    "occurrences",
    "posix_path",
    "problem_record",
    "source_record",
    "summarize",
]
