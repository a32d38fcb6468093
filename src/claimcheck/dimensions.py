"""The kind of quantity a claim or a fact holds, and the hard unit filter between them.

Percent, percentage points, counts, years, dates, text, money in a currency ("money:EUR") or a
free unit ("free:years"): a percent never meets a count, percentage points never percent, money
only in the same currency.
"""

from __future__ import annotations

import re

from claimcheck.model import Claim, Fact

_CURRENCY = re.compile(r"[A-Z]{3}\Z")
_BUILTIN = {"%": "percent", "percent": "percent", "pp": "pp", "count": "count"}


def fact_dimension(fact: Fact) -> str:
    """The kind of quantity a fact holds: percent, pp, count, year, date, text, money:X, free:U."""
    unit = fact.unit.strip()
    if unit in _BUILTIN or unit.lower() in _BUILTIN:
        return _BUILTIN.get(unit, _BUILTIN.get(unit.lower(), unit))
    if unit in ("year", "date", "text"):
        return unit
    if _CURRENCY.match(unit):
        return f"money:{unit}"
    return f"free:{unit}"


def claim_dimension(claim: Claim) -> str:
    """The same vocabulary for claims; "number" is a plain figure (a count or a free unit)."""
    kind = claim.kind
    unit = (claim.unit or "").strip()
    if kind == "range":
        if unit in ("%", "percent"):
            return "percent"
        if unit == "pp":
            return "pp"
        if _CURRENCY.match(unit):
            return f"money:{unit}"
        return "number"
    if kind in ("percent", "fraction"):
        return "percent"
    if kind == "percentage_points":
        return "pp"
    if kind == "money":
        return f"money:{unit.upper()}" if unit else "money:?"
    if kind in ("count", "number", "year", "date"):
        return kind
    if kind == "duration" and unit.lower().rstrip("s") in _TIME_UNITS:
        # "for 12 years" is measured in years, like a fact of "10 years" in office.
        return f"free:{unit.lower().rstrip('s')}s"
    return f"other:{kind}"


_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour"})


def compatible(claim: Claim, fact: Fact) -> bool:
    """The hard unit filter: can this claim be about this fact at all?"""
    return dimensions_compatible(claim_dimension(claim), fact_dimension(fact))


def dimensions_compatible(c: str, f: str) -> bool:
    if c == "number":
        return f == "count" or f.startswith("free:")
    if c == "count":
        return f == "count"
    if c == "year":
        return f in ("year", "date")
    if c == "date":
        return f == "date"  # "on Wednesday" says nothing about a target year
    return c == f and not c.endswith(":?")
