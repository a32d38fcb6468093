"""What the linker precomputes once per dataset: alias patterns, composite subjects, keywords.

Built on first use and cached by the identity of the dataset's facts, so checking many claims or
many files against one dataset never rebuilds it. Aliases are matched on word boundaries; short
all-caps aliases ("US", "EU") only in capitals, so "us" the pronoun never names a country; longer
ones ("NATO", "SAFE") as written or in title case ("Nato", as some style guides write it), never in
lower case, so "will be safe" names no SAFE instrument. Keywords follow the same rule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from claimcheck.aliasmatch import (
    CAPITALISED,
    STOP_WORDS,
    WORDS,
    alias_pattern,
    case_allows,
    composite_subjects,
    is_exact,
    written_forms,
)
from claimcheck.dimensions import fact_dimension
from claimcheck.model import Fact


class FactSource(Protocol):
    """All the linker needs from a dataset (``claimcheck.dataset.Dataset`` satisfies it)."""

    @property
    def facts(self) -> tuple[Fact, ...]: ...


@dataclass(frozen=True)
class DatasetIndex:
    facts: tuple[Fact, ...]
    by_subject: dict[str, tuple[Fact, ...]]
    by_subject_dim: dict[str, dict[str, tuple[Fact, ...]]]
    # lower-cased alias -> subjects (case-insensitive aliases); exact alias -> subjects (caps)
    folded: dict[str, frozenset[str]]
    exact: dict[str, frozenset[str]]
    folded_pattern: re.Pattern[str] | None
    exact_pattern: re.Pattern[str] | None
    # subject -> (the subjects its name is made of, the content words of its name)
    composites: dict[str, tuple[frozenset[str], tuple[str, ...]]]
    keywords: dict[int, tuple[str, ...]]
    dimensions: dict[int, str]
    # How specific a keyword is: 1.0 when one property uses it, less the more properties share it.
    specificity: dict[str, float]
    # Facts that are a change (a rise, a growth rate) rather than a level.
    changes: frozenset[int] = frozenset()
    # Every word of every alias, lower case ("eu", "germans"): names inside a counted noun.
    alias_words: frozenset[str] = frozenset()
    # (subject, property) pairs holding several values at once: events (summit dates), not one
    # value superseded by the next. A date matching none of them is not thereby wrong.
    multi_valued: frozenset[tuple[str, str]] = frozenset()
    # Aliases of one word, lower case ("nato", "germany", "eu"): a name, never a common noun.
    one_word_names: frozenset[str] = frozenset()
    # Normalised keyword -> the words of it that are all capitals in the data ("of GDP" -> "GDP"):
    # the keyword is evidence only where the text writes them so (see ``case_allows``).
    caps_keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Lower-cased alias of several words -> its all-caps words ("SAFE programme" -> "SAFE").
    alias_caps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Each all-caps word -> the keywords that hold it; text -> its unwritten keywords (a memo).
    _caps_users: dict[str, frozenset[str]] = field(default_factory=dict)
    _unwritten: dict[str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        users: dict[str, set[str]] = {}
        for keyword, words in self.caps_keywords.items():
            for word in words:
                users.setdefault(word, set()).add(keyword)
        self._caps_users.update({w: frozenset(k) for w, k in users.items()})

    def unwritten_keywords(self, text: str) -> frozenset[str]:
        """The capitalised keywords that ``text`` writes only in lower case (or not at all)."""
        if not self.caps_keywords:
            return frozenset()
        cached = self._unwritten.get(text)
        if cached is None:
            written = set(CAPITALISED.findall(text))
            missing = [w for w in self._caps_users if not case_allows(w, written)]
            cached = frozenset().union(*(self._caps_users[w] for w in missing))
            if len(self._unwritten) > 4096:
                self._unwritten.clear()
            self._unwritten[text] = cached
        return cached

    def keywords_of(self, fact: Fact) -> tuple[str, ...]:
        return self.keywords[id(fact)]

    def dimension_of(self, fact: Fact) -> str:
        return self.dimensions[id(fact)]

    def is_change(self, fact: Fact) -> bool:
        return id(fact) in self.changes

    def find_aliases(self, text: str) -> Iterator[tuple[int, int, frozenset[str]]]:
        """Every alias occurrence, longest match first where they overlap, in text order."""
        found: list[tuple[int, int, frozenset[str]]] = []
        if self.folded_pattern is not None:
            for m in self.folded_pattern.finditer(text):
                name = m.group(1)
                caps = self.alias_caps.get(name.lower())
                if caps and not all(case_allows(w, set(WORDS.findall(name))) for w in caps):
                    continue  # "a safe programme" is no "SAFE programme"
                found.append((m.start(), m.start() + len(name), self.folded[name.lower()]))
        if self.exact_pattern is not None:
            for m in self.exact_pattern.finditer(text):
                name = m.group(1)
                found.append((m.start(), m.start() + len(name), self.exact[name]))
        # Where names overlap the longest wins: "the EU countries in NATO" is one name, not
        # "the EU" followed by "countries in NATO".
        found.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken = bytearray(len(text))
        kept = []
        for hit in found:
            if taken.find(1, hit[0], hit[1]) < 0:
                taken[hit[0] : hit[1]] = b"\x01" * (hit[1] - hit[0])
                kept.append(hit)
        yield from sorted(kept)


_CACHE: dict[int, tuple[tuple[Fact, ...], DatasetIndex]] = {}


def index_for(dataset: FactSource) -> DatasetIndex:
    """The index of ``dataset``, built once and reused while the dataset object lives."""
    facts = dataset.facts
    cached = _CACHE.get(id(facts))
    if cached is not None and cached[0] is facts:
        return cached[1]
    index = build_index(facts)
    if len(_CACHE) >= 8:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(facts)] = (facts, index)
    return index


def build_index(facts: tuple[Fact, ...]) -> DatasetIndex:
    by_subject: dict[str, list[Fact]] = {}
    folded: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    caps: dict[str, tuple[str, ...]] = {}
    plain: set[str] = set()
    for fact in facts:
        by_subject.setdefault(fact.subject, []).append(fact)
        for alias in (fact.subject, *fact.aliases):
            alias = alias.strip()
            if len(alias) < 2:
                continue
            if is_exact(alias):
                for form in written_forms(alias):
                    exact.setdefault(form, set()).add(fact.subject)
            else:
                folded.setdefault(alias.lower(), set()).add(fact.subject)
                upper = tuple(w for w in WORDS.findall(alias) if len(w) >= 2 and w.isupper())
                if upper:
                    caps[alias.lower()] = upper
                else:
                    plain.add(alias.lower())
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    # One tuple object per distinct keyword list, so the linker can memoise scores by identity.
    keywords = {id(f): shared.setdefault(kw, kw) for f in facts for kw in [_keywords(f)]}
    users: dict[str, set[str]] = {}
    for fact in facts:
        for word in keywords[id(fact)]:
            users.setdefault(word, set()).add(fact.property)
    specificity = {w: max(0.6, 1.0 - 0.1 * math.log2(len(p))) for w, p in users.items()}
    return DatasetIndex(
        facts=facts,
        by_subject={s: tuple(fs) for s, fs in by_subject.items()},
        by_subject_dim=_by_dimension(by_subject),
        folded={a: frozenset(s) for a, s in folded.items()},
        exact={a: frozenset(s) for a, s in exact.items()},
        folded_pattern=alias_pattern(list(folded), re.IGNORECASE),
        exact_pattern=alias_pattern(list(exact), 0),
        composites=composite_subjects(by_subject, folded, exact),
        keywords=keywords,
        dimensions={id(f): fact_dimension(f) for f in facts},
        specificity=specificity,
        # The property names the concept; keywords like "increase to" describe reaching a level.
        changes=frozenset(id(f) for f in facts if _CHANGE.search(f.property)),
        alias_words=frozenset(w for a in [*folded, *exact] for w in normalise(a).split()),
        multi_valued=_multi_valued(facts),
        one_word_names=frozenset(
            normalise(a) for a in [*folded, *exact] if len(normalise(a).split()) == 1
        ),
        caps_keywords=_caps_keywords(facts),
        alias_caps={a: w for a, w in caps.items() if a not in plain},
    )


def _caps_keywords(facts: tuple[Fact, ...]) -> dict[str, tuple[str, ...]]:
    """Keywords with an all-caps word of two letters or more, unless the data also writes the
    same keyword in lower case (then the lower-case word is meant as well)."""
    caps: dict[str, tuple[str, ...]] = {}
    plain: set[str] = set()
    for fact in facts:
        for word in fact.keywords:
            norm = normalise(word)
            upper = tuple(w for w in re.findall(r"[A-Za-z]+", word) if len(w) >= 2 and w.isupper())
            if upper:
                caps[norm] = upper
            else:
                plain.add(norm)
    return {k: v for k, v in caps.items() if k not in plain}


_CHANGE = re.compile(
    r"\b(rise|rose|increase[ds]?|growth|grew|change[ds]?|decline[ds]?|fall|fell|drop|dropped|"
    r"cut|cuts|gain|jump|up from|down from|year[- ]on[- ]year|real[- ]terms)\b",
    re.IGNORECASE,
)


def _multi_valued(facts: tuple[Fact, ...]) -> frozenset[tuple[str, str]]:
    values: dict[tuple[str, str], set[object]] = {}
    for fact in facts:
        if fact.valid_until is None and fact.type == "fact":
            values.setdefault((fact.subject, fact.property), set()).add(fact.value)
    return frozenset(key for key, seen in values.items() if len(seen) > 1)


def _by_dimension(by_subject: dict[str, list[Fact]]) -> dict[str, dict[str, tuple[Fact, ...]]]:
    out: dict[str, dict[str, list[Fact]]] = {}
    for subject, facts in by_subject.items():
        for fact in facts:
            out.setdefault(subject, {}).setdefault(fact_dimension(fact), []).append(fact)
    return {s: {d: tuple(fs) for d, fs in dims.items()} for s, dims in out.items()}


def _keywords(fact: Fact) -> tuple[str, ...]:
    words = [*fact.keywords, fact.property]
    if fact.counted:
        words.append(fact.counted)
    seen: dict[str, None] = {}
    for word in words:
        norm = normalise(word)
        if norm and not set(norm.split()) <= STOP_WORDS:  # "by", "in": evidence of nothing
            seen[norm] = None
    return tuple(seen)


_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"])


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower case, possessives and determiners dropped ("of its GDP" = "of GDP"), no punctuation."""
    text = re.sub(r"['’]s\b", "", text.lower())
    words = re.findall(r"\d+(?:[.,]\d+)*%?|[a-z%€$£][a-z0-9%€$£]*", text)
    return " ".join(w for w in words if w not in _DETERMINERS)
