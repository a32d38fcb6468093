"""The records that flow between claimcheck's stages.

document -> claims -> links -> verdicts -> report. Every stage takes and returns these frozen
dataclasses; none of them does I/O, so every stage can be tested with values built by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ClaimKind = Literal[
    "number",
    "percent",
    "percentage_points",
    "money",
    "fraction",
    "count",
    "year",
    "date",
    "period",
    "duration",
    "range",
]
CLAIM_KINDS: tuple[str, ...] = ClaimKind.__args__  # type: ignore[attr-defined]

Qualifier = Literal["approximate", "at_least", "at_most", "more_than", "less_than", "by", "since"]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]

VerdictKind = Literal["supported", "contradicted", "outdated", "unverifiable"]
VERDICTS: tuple[str, ...] = VerdictKind.__args__  # type: ignore[attr-defined]

TEMPORAL_KINDS = frozenset({"year", "date", "period"})


@dataclass(frozen=True, slots=True)
class Period:
    """A closed interval of days; either end may be open (None)."""

    start: date | None
    end: date | None

    def contains(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_json(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric or temporal mention found in a text.

    Offsets index the text the extractor was given (end exclusive); line and column are 1-based.
    Quantities carry numbers in ``value``/``low``/``high`` (percent as its number, money in units,
    fractions as proportions). Temporal claims carry ISO strings there ("2024", "2024-03",
    "2024-03-07") and the days they cover in ``period``.
    """

    text: str
    start: int
    end: int
    line: int
    column: int
    kind: ClaimKind
    value: float | str | None
    low: float | str | None = None
    high: float | str | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    # The period a quantity speaks of ("by 2029" in "3.5% of GDP by 2029"), or for temporal claims
    # the days the expression covers.
    time: Period | None = None
    # The deadline/anchor wording attached to ``time`` ("by", "in", "since", "between"), if any.
    time_text: str | None = None
    sentence: tuple[int, int] = (0, 0)
    # Half-width of the interval implied by how the figure is written: "3.5" -> 0.05,
    # "1.2 million" -> 50_000, "23" -> 0 (counts are exact). None when not applicable.
    precision: float | None = None
    # Words the figure measures or counts, as written ("of GDP", "EU member states").
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a document, its publisher and date."""

    title: str
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    note: str | None = None

    def cite(self) -> str:
        who = self.publisher or self.title
        return f"{who}, {self.published.isoformat()}" if self.published else who


@dataclass(frozen=True, slots=True)
class Location:
    """Where something stands in a dataset file (1-based)."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Fact:
    """One sourced value in the reference dataset, valid for a stretch of time.

    ``value`` is a number for quantities, an ISO date string for years/dates, or free text.
    ``low``/``high`` give a range value (both set) or a bound; for a point value they equal it.
    ``unit`` is "%", "pp", an ISO 4217 code, "count", "year", "date" or a free unit; for counts
    ``counted`` says what is counted ("member states").
    """

    id: str
    subject: str
    property: str
    value: float | str
    unit: str
    sources: tuple[Source, ...]
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    low: float | str | None = None
    high: float | str | None = None
    counted: str | None = None
    period: Period | None = None
    # "point" (the value holds in/at the period), "deadline" (a target to reach by period.end),
    # "span" (over the whole period).
    period_type: Literal["point", "deadline", "span"] | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    tolerance_abs: float | None = None
    tolerance_rel: float | None = None
    type: Literal["fact", "statement"] = "fact"
    speaker: str | None = None
    stated_on: date | None = None
    note: str | None = None
    location: Location | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day < self.valid_until
        )


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    """A loaded dataset's name, version and description, and the files it was read from."""

    name: str
    version: str
    description: str = ""
    licence: str | None = None
    maintainer: str | None = None
    paths: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """An error or warning about an input (dataset, document, config) with its place."""

    severity: Literal["error", "warning"]
    message: str
    path: str
    line: int | None = None
    column: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


@dataclass(frozen=True, slots=True)
class Signal:
    """One part of a link score, kept so ``--explain`` can show why a fact won."""

    name: str
    score: float
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fact a claim may be about, with its link score and the signals behind it."""

    fact: Fact
    score: float
    signals: tuple[Signal, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckedClaim:
    """A claim with its verdict and the evidence for it."""

    claim: Claim
    verdict: VerdictKind
    fact: Fact | None
    score: float
    message: str
    candidates: tuple[Candidate, ...] = ()
    # The fact that was true when the claim's value held, for "outdated" verdicts.
    superseded_by: Fact | None = None
    suppressed: bool = False


@dataclass(frozen=True, slots=True)
class FileReport:
    """Everything claimcheck found in one input file."""

    path: str
    as_of: date
    # Where the article date came from: "option", "front-matter", "dateline", "config", "today".
    as_of_source: str
    claims: tuple[CheckedClaim, ...] = ()
    error: str | None = None
    problems: tuple[Problem, ...] = field(default_factory=tuple)
