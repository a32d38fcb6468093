"""Finding facts for `claimcheck data list/search/show/stats`: filters, fuzzy search, history.

Pure functions over a Dataset; the CLI only renders what they return.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from claimcheck.dataset.describe import describe_period, describe_validity, describe_value
from claimcheck.dataset.index import Dataset
from claimcheck.model import Fact

__all__ = [
    "Hit",
    "Stats",
    "closest_ids",
    "dataset_stats",
    "describe_period",
    "describe_validity",
    "describe_value",
    "filter_facts",
    "history",
    "search_facts",
    "stats_rows",
]

SEARCH_CUTOFF = 60.0


@dataclass(frozen=True, slots=True)
class Hit:
    fact: Fact
    score: float
    matched: str  # the subject, alias, property, keyword or id that matched best


def filter_facts(
    dataset: Dataset,
    subject: str | None = None,
    prop: str | None = None,
    text: str | None = None,
) -> list[Fact]:
    """Facts whose subject (name or alias), property (name or keyword) and text match."""
    facts: Iterable[Fact] = dataset.facts_for_subject(subject) if subject else dataset.facts
    if prop:
        wanted = prop.lower()
        facts = [
            f
            for f in facts
            if wanted in f.property.lower() or any(wanted in k.lower() for k in f.keywords)
        ]
    if text:
        needle = text.lower()
        facts = [f for f in facts if needle in _haystack(f)]
    return list(facts)


def _haystack(fact: Fact) -> str:
    parts = [
        fact.id,
        fact.subject,
        fact.property,
        str(fact.value),
        fact.note or "",
        fact.speaker or "",
        fact.counted or "",
        *fact.aliases,
        *fact.keywords,
    ]
    return "\n".join(parts).lower()


def search_facts(
    dataset: Dataset, query: str, limit: int = 20, today: date | None = None
) -> list[Hit]:
    """Facts ranked by how well the query matches their subject side and property side.

    A fact's score is the mean of its best subject-side match (name, aliases) and its best
    property-side match (property, keywords), or its id match if that is higher, so
    "german defence spending" ranks Germany's spending facts above other countries' and other
    German facts. Among equal scores, facts valid ``today`` come first.
    """
    from rapidfuzz import fuzz, utils

    memo: dict[str, float] = {}

    def score(label: str) -> float:
        if label not in memo:
            memo[label] = fuzz.WRatio(query, label, processor=utils.default_process)
        return memo[label]

    hits = []
    for fact in dataset.facts:
        names = (fact.subject, *fact.aliases, *((fact.speaker,) if fact.speaker else ()))
        subject_label = max(names, key=score)
        property_label = max((fact.property, *fact.keywords), key=score)
        combined = (score(subject_label) + score(property_label)) / 2
        matched = subject_label if score(subject_label) >= score(property_label) else property_label
        by_id = score(fact.id)
        if by_id > combined:
            combined, matched = by_id, fact.id
        if combined >= SEARCH_CUTOFF:
            hits.append(Hit(fact, round(combined, 1), matched))
    day = today or date.today()
    # Equal matches (vintages of one figure share every label): the current one first.
    hits.sort(key=lambda h: (-h.score, not h.fact.valid_on(day), h.fact.id))
    return hits[:limit]


def history(dataset: Dataset, fact: Fact) -> list[Fact]:
    """Every fact with the same subject and property, oldest period and vintage first."""
    same = [f for f in dataset.facts_for_subject(fact.subject) if f.property == fact.property]
    return sorted(same, key=_chronology)


def _chronology(fact: Fact) -> tuple[date, date, date, str]:
    period = fact.period
    start = period.start or period.end if period else None
    end = period.end or period.start if period else None
    return (start or date.min, end or date.max, fact.valid_from or date.min, fact.id)


def closest_ids(dataset: Dataset, fact_id: str, limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    found = process.extract(
        fact_id, [f.id for f in dataset.facts], scorer=fuzz.ratio, limit=limit, score_cutoff=60
    )
    return [str(choice) for choice, _score, _index in found]


@dataclass(frozen=True, slots=True)
class Stats:
    facts: int
    statements: int
    subjects: int
    properties: int
    sources: int
    files: int
    valid_today: int
    warnings: int
    units: tuple[tuple[str, int], ...]
    periods: tuple[tuple[str, int], ...]


def dataset_stats(dataset: Dataset, today: date | None = None) -> Stats:
    day = today or date.today()
    facts = dataset.facts
    return Stats(
        facts=len(facts),
        statements=sum(f.type == "statement" for f in facts),
        subjects=len({f.subject for f in facts}),
        properties=len({f.property for f in facts}),
        sources=len({s for f in facts for s in f.sources}),
        files=len(dataset.info.paths),
        valid_today=sum(f.valid_on(day) for f in facts),
        warnings=len(dataset.warnings()),
        units=tuple(Counter(f.unit for f in facts).most_common()),
        periods=tuple(Counter(f.period_type or "none" for f in facts).most_common()),
    )


def stats_rows(dataset: Dataset, today: date | None = None) -> list[list[str]]:
    """`claimcheck data stats` as (what, count) rows."""
    stats = dataset_stats(dataset, today)
    return [
        ["dataset", f"{dataset.info.name} {dataset.info.version}"],
        ["files", str(stats.files)],
        ["facts", str(stats.facts)],
        ["statements", str(stats.statements)],
        ["subjects", str(stats.subjects)],
        ["properties", str(stats.properties)],
        ["sources", str(stats.sources)],
        ["valid today", str(stats.valid_today)],
        ["warnings", str(stats.warnings)],
        ["units", ", ".join(f"{unit} {n}" for unit, n in stats.units)],
        ["periods", ", ".join(f"{kind} {n}" for kind, n in stats.periods)],
    ]
