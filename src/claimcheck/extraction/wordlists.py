"""A helper for the word lists the extractor keeps as data."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set ("a b  c" -> {"a", "b", "c"})."""
    return frozenset(text.split())
