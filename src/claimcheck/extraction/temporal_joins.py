"""Joining temporal atoms that belong together, after the grammar read them one by one.

A month or day without its year takes the year written after it or after the last item of its
list ("March last year", "Q1 and Q2 2026"), and neighbours joined by "to", "-", "until" or
"between ... and" become one period ("March to May 2024"). temporal.py calls these on the atoms
of a text, in that order.
"""

from __future__ import annotations

import re

from claimcheck.extraction.temporal_calendar import Atom, span_atom, with_year
from claimcheck.regexes import compiled

_CONNECT = compiled(r"\s*(?:(-|–|—|to|until|till|through|thru)|(and))\s*", re.IGNORECASE)
_RANGE_LEAD = compiled(r"\b(from|between)\s+$", re.IGNORECASE)
_LAST_JOIN = compiled(r"\s*(?:,\s*)?(?:and|or|&)\s+", re.IGNORECASE)
_COMMA_JOIN = compiled(r"\s*,\s*")
_YEAR_AFTER = compiled(r"\s+(?:of\s+)?")
_RELATIVE_YEAR = compiled(r"(?:last|this|next)\s+year", re.IGNORECASE)


def written_years(text: str, atoms: list[Atom]) -> list[Atom]:
    """A month or day without its year takes the relative year written right after it
    ("March last year", "7 May this year", "mid-June next year"), which is no claim of its own,
    or the year of the next item of a list ("Q1 and Q2 2026", "March or April 2024")."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if not atom.implicit_year and atom.first is not None:
            _share_year(text, out, atom, atom.first.year)
        if (
            prev is not None
            and prev.implicit_year
            and atom.gran == "year"
            and atom.first is not None
            and _YEAR_AFTER.fullmatch(text, prev.end, atom.start)
            and _RELATIVE_YEAR.fullmatch(text, atom.start, atom.end)
            and text[atom.end : atom.end + 1] not in ("'", "’")  # "in May last year's winner"
        ):
            moved = with_year(prev, atom.first.year)
            if moved is not prev:  # a grain with_year can move (a day, a month, a part of one)
                moved.implicit_year = False
                moved.end = atom.end
                # "in March and April last year": the list's items take it too
                items = out[:-1]
                _share_year(text, items, moved, atom.first.year)
                out[:-1] = items
                out[-1] = moved
                continue
        out.append(atom)
    return out


def _share_year(text: str, out: list[Atom], last: Atom, year: int) -> None:
    """The items before ``last`` in a list of one grain take its year ("Q1, Q2 and Q3 2026").

    A list joins its last item with "and"/"or" and the others with commas; a lone comma, or a
    comma and "and" after a single item, join clauses instead ("in March, and April 2024 was
    dry"), which share nothing."""
    items: list[int] = []
    i = len(out) - 1
    while i >= 0:
        item, after = out[i], (out[i + 1] if i + 1 < len(out) else last)
        join = _LAST_JOIN if not items else _COMMA_JOIN
        if not (
            item.implicit_year
            and item.gran == last.gran
            and join.fullmatch(text, item.end, after.start)
        ):
            break
        items.append(i)
        i -= 1
    if not items:
        return
    first_join = text[out[items[0]].end : last.start]
    if "," in first_join and len(items) < 2:
        return
    for i in items:
        moved = with_year(out[i], year)
        if moved is out[i]:
            return
        moved.implicit_year = False
        out[i] = moved


def merge_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """Join "A to B", "A-B", "from A until B", "between A and B" into one period."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        merged = _merge_pair(text, a, b) if b is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return [a for a in out if a.gran != "now"]


def _merge_pair(text: str, a: Atom, b: Atom) -> Atom | None:
    if "duration" in (a.kind, b.kind):
        return None
    connect = _CONNECT.fullmatch(text, a.end, b.start)
    if connect is None:
        return None
    lead = _RANGE_LEAD.search(text, max(0, a.start - 10), a.start)
    if a.gran == b.gran == "span" and lead is None:
        return None  # two spans join only after "from"/"between": "from mid-2024 to mid-2025"
    if connect.group(2) and (lead is None or lead.group(1).lower() != "between"):
        return None
    if a.implicit_year and not b.implicit_year and b.first is not None:
        a = with_year(a, b.first.year)
        if a.first and a.first > b.first:
            a = with_year(a, b.first.year - 1)
    elif b.implicit_year and not a.implicit_year and a.first is not None:
        b = with_year(b, a.first.year)
    if a.first is None or b.last is None or a.first > b.last:
        return None
    start = lead.start() if lead else a.start
    merged = span_atom(start, b.end, a.first, b.last)
    # an end that is a span itself gives its own end: "mid-March to April" -> "03-11/04"
    merged.value = f"{str(a.value).split('/')[0]}/{str(b.value).split('/')[-1]}"
    return merged
