"""How a name is written and found in text: the case rule and one pattern for all aliases.

Short all-caps aliases ("US", "EU") match only in capitals; longer ones ("NATO", "SAFE") as
written or in title case, never in lower case. All aliases of one kind compile into a single
regex built from their trie, so the engine tries a handful of branches at each position.
A composite subject ("NATO European allies and Canada") is named by the aliases of others.
"""

from __future__ import annotations

import re

from claimcheck.model import Fact


def is_exact(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isupper() and any(c.isalpha() for c in letters)


def written_forms(alias: str) -> tuple[str, ...]:
    """How an all-caps name may be written: as is; from four letters on also in title case."""
    letters = alias.replace(".", "")
    if len(letters) <= 3 or not alias.isalpha():
        return (alias,)
    return (alias, alias.title())


CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")
WORDS = re.compile(r"[A-Za-z]+")


def case_allows(word: str, written: set[str]) -> bool:
    """``word`` (all caps in the data) appears in ``written`` in a form the caps rule allows."""
    return any(form in written for form in written_forms(word))


def alias_pattern(aliases: list[str], flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for alias in aliases:
        node = trie
        for char in alias:
            node = node.setdefault(char, {})
        node[""] = {}
    # A lookahead finds a name at every start, even inside another match ("the EU countries in
    # NATO" holds "the EU" and "EU countries in NATO"); find_aliases keeps the longest.
    return re.compile(r"(?<!\w)(?=(" + _trie_regex(trie) + r")(?!\w))", flags)


def _trie_regex(node: dict) -> str:  # type: ignore[type-arg]
    """One alternation per trie level: the regex engine tries a handful of branches, not all."""
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


# Words that say nothing about which fact a figure is about.
STOP_WORDS = frozenset(
    (
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "for",
        "by",
        "with",
        "from",
        "that",
        "are",
        "is",
        "its",
        "their",
    )
)


def composite_subjects(
    by_subject: dict[str, list[Fact]], folded: dict[str, set[str]], exact: dict[str, set[str]]
) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Subjects whose name is made of two other subjects' aliases, from the name's word n-grams."""
    out: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for subject in by_subject:
        words = re.findall(r"[\w.'’-]+", subject)
        parts: set[str] = set()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 6) + 1):
                gram = " ".join(words[i:j])
                parts |= exact.get(gram, set()) | folded.get(gram.lower(), set())
        parts.discard(subject)
        if len(parts) >= 2:
            content = re.findall(r"[a-z]+", subject.lower())
            out[subject] = (frozenset(parts), tuple(w for w in content if w not in STOP_WORDS))
    return out
