"""Goals, targets and rules among the facts, and the keywords that spell a fact's own value.

A goal is a level to reach (a target, a guideline, a plan), a target a goal the fact names as
such, a rule a threshold or limit; the linker only lets a figure meet them when its sentence
speaks of one. A keyword such as "five per cent" names a fact by its value, so it is no evidence
in the sentence of another figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from claimcheck.model import Fact, Signal

TARGET_NOUN = re.compile(
    r"[\s-]*(?:of\s+GDP\s+|GDP\s+)?(?:spending\s+|defen[cs]e\s+)?(?:target|goal|guideline|pledge|"
    r"benchmark|threshold|mark|commitment|norm|ceiling|objective|ambition)s?\b",
    re.IGNORECASE,
)
_TARGET_FACT = re.compile(
    r"\b(?:target|goal|guideline|pledge|benchmark|threshold|commitment|ambition|norm|ceiling|"
    r"objective|plan)s?\b",
    re.IGNORECASE,
)


TARGET_WORD = re.compile(
    r"\b(?:target|goal|guideline|pledge|benchmark|threshold|commitment|ambition|norm|ceiling|"
    r"objective|plan|agreed|agree|promised|pledged|committed|aim|deadline|by \d{4})s?\b",
    re.IGNORECASE,
)


_GOAL_FACT = re.compile(
    r"\b(?:target|goal|guideline|pledge|commitment|ambition|objective|plan)s?\b", re.IGNORECASE
)


def is_goal(fact: Fact) -> bool:
    """A level to reach (a target, a guideline, a plan), as opposed to one reached or a rule; a
    count of those that reach one ("allies meeting 2% guideline count") is none."""
    return fact.period_type == "deadline" or (fact.unit != "count" and _names_goal(fact.property))


@lru_cache(maxsize=4096)
def _names_goal(prop: str) -> bool:
    return bool(_GOAL_FACT.search(prop))


def is_target(fact: Fact) -> bool:
    """A goal rather than a measured level: a deadline, or a property that says so."""
    return fact.period_type == "deadline" or _names_target(fact.property)


@lru_cache(maxsize=4096)
def _names_target(prop: str) -> bool:
    return bool(_TARGET_FACT.search(prop))


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMBER_WORDS = {w: float(i) for i, w in enumerate(_UNITS)}
_LEADING_NUMBER = re.compile(r"(\d+(?:\.\d+)?)%?$")


def without_value(keywords: tuple[str, ...], value: float) -> tuple[str, ...]:
    """The keywords but those that spell ``value`` ("5%", "five per cent" for 5%)."""
    # Keyed by identity: hashing the keyword tuple on every fact of every claim costs more than
    # the linking it serves. The entry keeps the tuple, so its id is not reused while cached.
    entry = _WITHOUT.get((id(keywords), value))
    if entry is not None and entry[0] is keywords:
        return entry[1]
    kept = tuple(k for k in keywords if _spelled(k) != value)
    found = keywords if len(kept) == len(keywords) else kept
    if len(_WITHOUT) > 8192:
        _WITHOUT.clear()
    _WITHOUT[(id(keywords), value)] = (keywords, found)
    return found


_WITHOUT: dict[tuple[int, float], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _spelled(keyword: str) -> float | None:
    first = keyword.split(" ", 1)[0]
    found = _LEADING_NUMBER.match(first)
    if found:
        return float(found.group(1))
    return _NUMBER_WORDS.get(first) if re.search(r"\bper ?cent\b", keyword) else None


@lru_cache(maxsize=4096)
def names_rule(prop: str) -> bool:
    return bool(_RULE_FACT.search(prop))


_RULE_FACT = re.compile(r"\b(?:threshold|limit|ceiling|cap|floor)s?\b", re.IGNORECASE)


def own_words(prop: Signal, specificity: Mapping[str, float]) -> bool:
    """Some keyword matched that no other property shares."""
    return any(specificity.get(k, 1.0) >= 1.0 for k in re.findall(r"'([^']*)'", prop.detail))
