"""The loaded dataset and its lookup indexes (by id, by subject, by alias)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from claimcheck.model import DatasetInfo, Fact, Problem


@dataclass(frozen=True, slots=True)
class Dataset:
    """A validated reference dataset: its facts, its warnings, and indexes built once.

    The indexes are derived in ``__post_init__`` so a Dataset built by hand in a test works the
    same as a loaded one.
    """

    info: DatasetInfo
    facts: tuple[Fact, ...]
    problems: tuple[Problem, ...] = ()
    _by_id: dict[str, Fact] = field(init=False, compare=False, repr=False)
    _by_subject: dict[str, tuple[Fact, ...]] = field(init=False, compare=False, repr=False)
    _subjects: dict[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)
    _aliases: dict[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Fact] = {}
        grouped: dict[str, list[Fact]] = {}
        for fact in self.facts:
            by_id.setdefault(fact.id, fact)
            by_id.setdefault(fact.id.lower(), fact)
            grouped.setdefault(fact.subject, []).append(fact)
        subjects = {
            name: _unique(a for f in facts for a in f.aliases) for name, facts in grouped.items()
        }
        aliases: dict[str, list[str]] = {}
        for name, names in subjects.items():
            for word in (name, *names):
                owners = aliases.setdefault(word.lower(), [])
                if name not in owners:
                    owners.append(name)
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_by_subject", {k: tuple(v) for k, v in grouped.items()})
        object.__setattr__(self, "_subjects", subjects)
        object.__setattr__(self, "_aliases", {k: tuple(v) for k, v in aliases.items()})

    def __getstate__(self) -> tuple[DatasetInfo, tuple[Fact, ...], tuple[Problem, ...]]:
        return self.info, self.facts, self.problems

    def __setstate__(
        self, state: tuple[DatasetInfo, tuple[Fact, ...], tuple[Problem, ...]]
    ) -> None:
        for name, value in zip(("info", "facts", "problems"), state, strict=True):
            object.__setattr__(self, name, value)
        self.__post_init__()

    def get(self, fact_id: str) -> Fact | None:
        """The fact with this id (ids are unique regardless of case)."""
        return self._by_id.get(fact_id) or self._by_id.get(fact_id.lower())

    def subjects(self) -> dict[str, tuple[str, ...]]:
        """Subject name -> every alias it has in the dataset."""
        return dict(self._subjects)

    def facts_for_subject(self, name: str) -> tuple[Fact, ...]:
        """The facts about a subject, by its name or any of its aliases (any case)."""
        found = self._by_subject.get(name)
        if found is not None:
            return found
        owners = self._aliases.get(name.lower(), ())
        return tuple(fact for owner in owners for fact in self._by_subject[owner])

    @property
    def facts_by_subject(self) -> dict[str, tuple[Fact, ...]]:
        return dict(self._by_subject)

    def alias_index(self) -> dict[str, tuple[str, ...]]:
        """Lower-cased alias or subject name -> the subjects it names."""
        return dict(self._aliases)

    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        seen.setdefault(word.lower(), word)
    return tuple(seen.values())
