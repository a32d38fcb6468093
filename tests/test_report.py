"""The report records: JSON contract, fingerprints, per-file and run summaries, the gate."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from claimcheck.model import VERDICTS, CheckedClaim, Claim, Fact, FileReport, Period, Source
from claimcheck.report import (
    RULE_FOR_VERDICT,
    RULES,
    Summary,
    claim_record,
    extract_claim_record,
    file_record,
    fingerprint,
    fingerprints,
    gate_failed,
    normalise_text,
    number,
    summarize,
)

FACT = Fact(
    "de-target", "Germany", "defence spending", 3.5, "%", (Source("Budget", None, "BMF"),),
    period=Period(None, date(2029, 12, 31)), period_type="deadline",
)  # fmt: skip
EXTRACT_KEYS = {
    "text", "start", "end", "line", "column", "kind", "value", "low", "high", "unit",
    "qualifier", "time", "sentence", "context", "precision",
}  # fmt: skip
VERIFY_KEYS = EXTRACT_KEYS | {"verdict", "fact", "score", "message", "suppressed", "fingerprint"}


def checked(
    text: str = "3.0%",
    verdict: str = "contradicted",
    fact: Fact | None = FACT,
    line: int = 1,
    start: int = 0,
    suppressed: bool = False,
) -> CheckedClaim:
    claim = Claim(text, start, start + len(text), line, 1, "percent", 3.0, 2.95, 3.05, "%")
    return CheckedClaim(claim, verdict, fact, 0.9, "m", suppressed=suppressed)  # type: ignore[arg-type]


def report(*claims: CheckedClaim, path: str = "a.md", error: str | None = None) -> FileReport:
    return FileReport(path, date(2025, 12, 25), "option", claims, error)


def test_claim_record_has_the_documented_keys() -> None:
    record = claim_record(checked())
    assert set(record) >= VERIFY_KEYS
    assert record["fact"]["period"] == {"start": None, "end": "2029-12-31"}
    assert record["fact"]["source"] == {"title": "Budget", "url": None, "publisher": "BMF",
                                        "published": None}  # fmt: skip
    assert record["rule"] == "CC001" and record["value"] == 3 and record["low"] == 2.95
    json.dumps(record, allow_nan=False)


def test_extract_record_has_no_verdict_keys() -> None:
    record = extract_claim_record(checked().claim)
    assert set(record) >= EXTRACT_KEYS and not set(record) & {"verdict", "fact", "fingerprint"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3.5, 3.5), (150e9, 150000000000), (3.0, 3), ("2024-03", "2024-03"), (None, None),
     (float("inf"), None), (float("nan"), None), (1e20, 1e20), (-2.0, -2)],
)  # fmt: skip
def test_number(value: float | str | None, expected: object) -> None:
    assert number(value) == expected and type(number(value)) is type(expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [("3.5 %", "3.5  %"), ("Around A Quarter", "around a quarter"), ("2014–2025", "2014-2025"),
     ("€150\u00a0bn", "€150 bn"), ("−3", "-3"), ("\n23\tallies ", "23 allies")],
)  # fmt: skip
def test_normalise_text_ignores_case_dashes_and_spacing(a: str, b: str) -> None:
    assert normalise_text(a) == normalise_text(b)


def test_fingerprint_ignores_lines_and_offsets() -> None:
    assert fingerprint("a.md", checked(line=1, start=0)) == fingerprint(
        "a.md", checked(line=40, start=999)
    )


@pytest.mark.parametrize(
    "change",
    [
        {"path": "b.md"},
        {"text": "3.1%"},
        {"verdict": "outdated"},
        {"fact": replace(FACT, id="other")},
        {"fact": None},
        {"occurrence": 1},
    ],
    ids=lambda c: next(iter(c)),
)
def test_fingerprint_changes_with_each_part(change: dict[str, object]) -> None:
    base = {
        "path": "a.md",
        "text": "3.0%",
        "verdict": "contradicted",
        "fact": FACT,
        "occurrence": 0,
    }
    changed = {**base, **change}

    def make(spec: dict[str, object]) -> str:
        claim = checked(str(spec["text"]), str(spec["verdict"]), spec["fact"])  # type: ignore[arg-type]
        return fingerprint(str(spec["path"]), claim, int(spec["occurrence"]))  # type: ignore[call-overload]

    assert make(base) != make(changed)
    assert len(make(base)) == 16 and int(make(base), 16) >= 0


@pytest.mark.parametrize("path", ["./a.md", "a.md", ".\\a.md", "././a.md"])
def test_fingerprint_path_is_posix_as_given(path: str) -> None:
    assert fingerprint(path, checked()) == fingerprint("a.md", checked())


def test_repeated_claims_get_distinct_fingerprints() -> None:
    prints = fingerprints(report(checked(start=0), checked(start=50), checked("3.1%")))
    assert len(set(prints)) == 3
    # The n-th repeat keeps its fingerprint when another claim is inserted before it.
    shifted = fingerprints(report(checked("7%", "supported"), checked(start=0), checked(start=50)))
    assert shifted[1:] == prints[:2]


def test_file_record_follows_show_and_counts_all() -> None:
    rep = report(checked(), checked("23", "supported"), checked("9%", suppressed=True))
    record = file_record(rep, show=frozenset({"contradicted"}))
    assert [c["text"] for c in record["claims"]] == ["3.0%", "9%"]
    assert record["claims"][1]["suppressed"] is True
    assert record["summary"] == {"claims": 3, "supported": 1, "contradicted": 1, "outdated": 0,
                                 "unverifiable": 0, "suppressed": 1}  # fmt: skip
    assert record["as_of"] == "2025-12-25" and record["error"] is None


def test_summary_counts_and_streams() -> None:
    reports = [
        report(checked(), checked("23", "supported"), checked("9%", suppressed=True)),
        report(path="b.md", error="unreadable"),
        report(checked("x", "unverifiable", None), path="c.md"),
    ]
    summary = summarize(reports)
    streamed = Summary()
    for rep in reports:
        streamed.add(rep)
    assert summary == streamed
    assert (summary.files, summary.files_with_errors, summary.claims) == (3, 1, 4)
    assert summary.verdicts == {"supported": 1, "contradicted": 1, "outdated": 0, "unverifiable": 1}
    assert summary.suppressed == 1 and summary.findings == 2
    assert summary.facts == {"de-target": {"contradicted": 1, "supported": 1}}
    assert "facts" not in summary.to_json() and summary.to_json(True)["facts"]
    assert summary.line() == (
        "3 files, 4 claims: 1 supported, 1 contradicted, 1 unverifiable, 1 suppressed, "
        "1 file could not be read"
    )


@pytest.mark.parametrize(
    ("claims", "fail_on", "failed"),
    [
        (["contradicted"], ["contradicted"], True),
        (["outdated"], ["contradicted"], False),
        (["outdated"], ["contradicted", "outdated"], True),
        (["contradicted"], ["never"], False),
        (["unverifiable"], ["unverifiable"], True),
        (["supported"], ["contradicted", "outdated", "unverifiable"], False),
        (["contradicted:suppressed"], ["contradicted"], False),
        ([], ["contradicted"], False),
    ],
)
def test_gate(claims: list[str], fail_on: list[str], failed: bool) -> None:
    made = [checked(verdict=c.split(":")[0], suppressed=c.endswith(":suppressed")) for c in claims]
    assert gate_failed(summarize([report(*made)]), fail_on) is failed


def test_rules_are_stable() -> None:
    assert {v: RULE_FOR_VERDICT[v].id for v in VERDICTS} == {
        "supported": "CC000", "contradicted": "CC001", "outdated": "CC002", "unverifiable": "CC003",
    }  # fmt: skip
    assert len({r.id for r in RULES}) == len(RULES)
    assert all(r.level in ("none", "note", "warning", "error") for r in RULES)
