"""The JSON records of the documented contract, and the fingerprints that identify findings.

``file_record`` / ``claim_record`` give the FILE and CLAIM objects of ``claimcheck/report@1``
(``extract_*`` the same without the verdict keys, ``claimcheck/extract@1``). ``fingerprint``
identifies a finding across edits for baselines, SARIF and GitLab: it hashes the path, fact,
verdict, normalised claim text and the occurrence of that key in the file, never a line number,
so inserting lines above a claim keeps it.

Listing rules: the finding formats (concise, SARIF, GitHub, GitLab, JUnit, Markdown, rich) list
``listed(report, show)``: verdict in ``show`` and not suppressed. The record formats (json,
jsonl) keep suppressed claims, marked ``"suppressed": true``, so a script sees what was silenced;
every summary counts them as ``suppressed`` and never as their verdict.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any, Protocol

from claimcheck.model import (
    VERDICTS,
    Candidate,
    CheckedClaim,
    Claim,
    Fact,
    FileReport,
    Problem,
    Source,
)
from claimcheck.report.gate import FileGate
from claimcheck.report.rules import RULE_FOR_VERDICT
from claimcheck.report.summary import file_counts

_DEFAULT_GATE = FileGate()


class ExtractSource(Protocol):
    """What ``claimcheck extract`` reports for one file (``claimcheck.api.ExtractedFile``)."""

    @property
    def path(self) -> str: ...
    @property
    def as_of(self) -> date: ...
    @property
    def as_of_source(self) -> str: ...
    @property
    def claims(self) -> Sequence[Claim]: ...
    @property
    def error(self) -> str | None: ...
    @property
    def problems(self) -> Sequence[Problem]: ...


def number(value: float | str | None) -> float | int | str | None:
    """A JSON-safe value: integral floats as ints ("150000000000"), non-finite as null."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer() and abs(value) < 1e15:
            return int(value)
    return value


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def posix_path(path: str) -> str:
    """The path as given, with forward slashes and no leading ``./``."""
    text = path.replace("\\", "/")
    while text.startswith("./"):
        text = text[2:]
    return text


def normalise_text(text: str) -> str:
    """Claim text compared for identity: case, width, dashes and spacing do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2212":
        text = text.replace(dash, "-")
    return " ".join(text.split())


def _key(checked: CheckedClaim) -> tuple[str, str, str]:
    fact_id = checked.fact.id if checked.fact else ""
    return fact_id, checked.verdict, normalise_text(checked.claim.text)


def fingerprint(path: str, checked: CheckedClaim, occurrence: int = 0) -> str:
    """16 hex chars naming a finding; ``occurrence``: earlier claims of the file with its key."""
    fact_id, verdict, text = _key(checked)
    parts = (posix_path(path), fact_id, verdict, text, str(occurrence))
    import hashlib  # here: ~3 ms to import, and `claimcheck extract` never fingerprints

    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def occurrences(report: FileReport) -> list[int]:
    """For each claim, how many earlier claims of the file share its fingerprint key."""
    seen: dict[tuple[str, str, str], int] = {}
    out: list[int] = []
    for checked in report.claims:
        key = _key(checked)
        out.append(seen.get(key, 0))
        seen[key] = out[-1] + 1
    return out


def fingerprints(report: FileReport) -> tuple[str, ...]:
    """The fingerprint of every claim of ``report``, in order."""
    return tuple(
        fingerprint(report.path, c, n)
        for c, n in zip(report.claims, occurrences(report), strict=True)
    )


def source_record(source: Source) -> dict[str, Any]:
    return {
        "title": source.title,
        "url": source.url,
        "publisher": source.publisher,
        "published": _day(source.published),
    }


def fact_record(fact: Fact | None) -> dict[str, Any] | None:
    if fact is None:
        return None
    return {
        "id": fact.id,
        "subject": fact.subject,
        "property": fact.property,
        "value": number(fact.value),
        "low": number(fact.low),
        "high": number(fact.high),
        "unit": fact.unit,
        "period": fact.period.to_json() if fact.period else None,
        "period_type": fact.period_type,
        "valid_from": _day(fact.valid_from),
        "valid_until": _day(fact.valid_until),
        "type": fact.type,
        "speaker": fact.speaker,
        "stated_on": _day(fact.stated_on),
        "source": source_record(fact.sources[0]) if fact.sources else None,
        "sources": [source_record(s) for s in fact.sources],
    }


def extract_claim_record(claim: Claim) -> dict[str, Any]:
    """The CLAIM object of ``claimcheck extract`` (no verdict keys)."""
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": claim.line,
        "column": claim.column,
        "kind": claim.kind,
        "value": number(claim.value),
        "low": number(claim.low),
        "high": number(claim.high),
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "time": claim.time.to_json() if claim.time else None,
        "time_text": claim.time_text,
        "sentence": list(claim.sentence),
        "context": claim.context,
        "precision": number(claim.precision),
    }


def candidate_record(candidate: Candidate) -> dict[str, Any]:
    return {
        "fact": candidate.fact.id,
        "score": round(candidate.score, 4),
        "signals": [
            {"name": s.name, "score": round(s.score, 4), "detail": s.detail}
            for s in candidate.signals
        ],
    }


def claim_record(
    checked: CheckedClaim,
    *,
    path: str = "",
    occurrence: int = 0,
    explain: bool = False,
    gate: FileGate = _DEFAULT_GATE,
    baselined: bool = False,
) -> dict[str, Any]:
    """The CLAIM object of ``claimcheck verify``; ``explain`` adds the candidates considered,
    ``gate`` sets ``level`` (error exactly when the verdict fails the gate for its file)."""
    record = extract_claim_record(checked.claim)
    record.update(
        verdict=checked.verdict,
        rule=RULE_FOR_VERDICT[checked.verdict].id,
        fact=fact_record(checked.fact),
        # For outdated claims ``fact`` held when the figure was true; this one replaced it.
        superseded_by=fact_record(checked.superseded_by),
        score=round(checked.score, 4),
        message=checked.message,
        suppressed=checked.suppressed,
        fingerprint=fingerprint(path, checked, occurrence),
        level=gate.level(checked),
        baselined=baselined,
    )
    if explain:
        record["candidates"] = [candidate_record(c) for c in checked.candidates]
    return record


def problem_record(problem: Problem) -> dict[str, Any]:
    return {
        "severity": problem.severity,
        "message": problem.message,
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "hint": problem.hint,
    }


def listed(
    report: FileReport, show: Collection[str], *, suppressed: bool = False
) -> list[tuple[CheckedClaim, str]]:
    """The claims a format lists (verdict in ``show``), each with its fingerprint."""
    return [
        (checked, mark)
        for checked, mark in zip(report.claims, fingerprints(report), strict=True)
        if checked.verdict in show and (suppressed or not checked.suppressed)
    ]


def file_record(
    report: FileReport,
    *,
    show: Collection[str] = VERDICTS,
    explain: bool = False,
    gate: FileGate = _DEFAULT_GATE,
) -> dict[str, Any]:
    """The FILE object: claims whose verdict is in ``show`` (suppressed ones marked), a summary;
    ``gate`` gives each claim's ``level`` and which suppressed claims a baseline knows."""
    known = gate.baselined or frozenset()
    claims = [
        claim_record(
            checked,
            path=report.path,
            occurrence=n,
            explain=explain,
            gate=gate,
            baselined=index in known,
        )
        for index, (checked, n) in enumerate(zip(report.claims, occurrences(report), strict=True))
        if checked.verdict in show
    ]
    return {
        "path": report.path,
        "as_of": report.as_of.isoformat(),
        "as_of_source": report.as_of_source,
        "claims": claims,
        "error": report.error,
        "problems": [problem_record(p) for p in report.problems],
        "summary": file_counts(report, gate.baselined),
    }


def extract_file_record(extracted: ExtractSource) -> dict[str, Any]:
    """The FILE object of ``claimcheck extract``."""
    return {
        "path": extracted.path,
        "as_of": extracted.as_of.isoformat(),
        "as_of_source": extracted.as_of_source,
        "claims": [extract_claim_record(c) for c in extracted.claims],
        "error": extracted.error,
        "problems": [problem_record(p) for p in extracted.problems],
    }
