"""Checks across facts: conflicting values, stale facts without successors, shared aliases.

Each check groups facts in a dict first, so the whole pass stays linear in the number of facts
(pairs are only compared inside one subject + property + period group).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from claimcheck.dataset.describe import describe_period, describe_validity, describe_value
from claimcheck.model import Fact, Location, Problem

STALE_YEARS = 2


def cross_check(
    facts: Sequence[Fact],
    alias_places: dict[str, list[tuple[str, Location]]],
    today: date,
) -> list[Problem]:
    return [*conflicts(facts), *stale(facts, today), *shared_aliases(alias_places)]


def _same_thing(fact: Fact) -> tuple[object, ...]:
    period = (fact.period.start, fact.period.end, fact.period_type) if fact.period else None
    said = (fact.speaker, fact.stated_on) if fact.type == "statement" else None
    return (fact.subject.lower(), fact.property.lower(), fact.unit, fact.counted, period, said)


def _overlap(a: Fact, b: Fact) -> bool:
    return (a.valid_from is None or b.valid_until is None or a.valid_from < b.valid_until) and (
        b.valid_from is None or a.valid_until is None or b.valid_from < a.valid_until
    )


def conflicts(facts: Iterable[Fact]) -> list[Problem]:
    """Two values for the same subject, property and period that are valid at the same time."""
    groups: dict[tuple[object, ...], list[Fact]] = {}
    for fact in facts:
        groups.setdefault(_same_thing(fact), []).append(fact)
    problems = []
    for group in groups.values():
        for i, later in enumerate(group[1:], start=1):
            for earlier in group[:i]:
                values = (earlier.value, earlier.low, earlier.high)
                if values != (later.value, later.low, later.high) and _overlap(earlier, later):
                    problems.append(_conflict(earlier, later))
    return problems


def _conflict(earlier: Fact, later: Fact) -> Problem:
    where = later.location or Location("?", 0, 0)
    period = f" / {describe_period(later)}" if later.period else ""
    return Problem(
        "error",
        f"facts `{earlier.id}` and `{later.id}` give different values for "
        f"{later.subject} / {later.property}{period} "
        f"({describe_value(earlier)} vs {describe_value(later)}) with overlapping validity "
        f"({describe_validity(earlier)} and {describe_validity(later)})",
        where.path,
        where.line,
        where.column,
        f"`{earlier.id}` is at {earlier.location}; if one replaced the other, "
        "set the older one's valid_until to the newer one's valid_from",
    )


def stale(facts: Sequence[Fact], today: date) -> list[Problem]:
    """Facts that stopped holding long ago while nothing in the dataset took over."""
    try:
        cutoff = today.replace(year=today.year - STALE_YEARS)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - STALE_YEARS, day=28)
    latest_start: dict[tuple[str, str], date] = {}
    for fact in facts:
        if fact.valid_from:
            key = (fact.subject.lower(), fact.property.lower())
            if key not in latest_start or latest_start[key] < fact.valid_from:
                latest_start[key] = fact.valid_from
    problems = []
    for fact in facts:
        end = fact.valid_until
        if end is None or end >= cutoff:
            continue
        newest = latest_start.get((fact.subject.lower(), fact.property.lower()))
        if newest is not None and newest >= end:
            continue
        where = fact.location or Location("?", 0, 0)
        problems.append(
            Problem(
                "warning",
                f"fact `{fact.id}` stopped holding on {end} (more than {STALE_YEARS} years ago) "
                f"and no later fact about {fact.subject} / {fact.property} takes over",
                where.path,
                where.line,
                where.column,
                "add the fact that replaced it (valid_from on or after that day), "
                "or remove valid_until if it still holds",
            )
        )
    return problems


def shared_aliases(places: dict[str, list[tuple[str, Location]]]) -> list[Problem]:
    """One word naming two subjects leaves the linker guessing."""
    problems = []
    for word, owners in places.items():
        first_subject, first_place = owners[0]
        reported = {first_subject}
        for subject, place in owners[1:]:
            if subject in reported:
                continue
            reported.add(subject)
            problems.append(
                Problem(
                    "warning",
                    f"alias `{word}` names both `{first_subject}` and `{subject}`",
                    place.path,
                    place.line,
                    place.column,
                    f"`{first_subject}` has it at {first_place}; keep the alias on one subject, or "
                    "accept that claims using it will link to both",
                )
            )
    return problems
