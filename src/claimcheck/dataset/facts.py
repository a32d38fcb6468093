"""Turning one `facts:` entry into draft Fact records (a series becomes one per period).

A draft holds everything a Fact needs except the merged aliases and keywords, which are only
known once every file has been read; the loader finishes drafts into Facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claimcheck.dataset.fields import Reader
from claimcheck.dataset.schema import (
    FACT_KEYS,
    FACT_TYPES,
    ID_PATTERN,
    SERIES_ENTRY_KEYS,
    known_units,
    normalise_unit,
    suggestion,
)
from claimcheck.dataset.sources import SOURCE_HINT, SourceRef, check_source_dates, read_sources
from claimcheck.dataset.values import is_range, read_tolerance, read_value
from claimcheck.dataset.yamlload import where
from claimcheck.model import Source

_FACT_KEYS = frozenset(FACT_KEYS)
_ENTRY_KEYS = frozenset(SERIES_ENTRY_KEYS)


@dataclass(slots=True)
class Context:
    """What facts refer to across files: free units, reusable sources, ids seen so far."""

    units: frozenset[str] = frozenset()
    sources: dict[str, tuple[Source, date | None]] = field(default_factory=dict)
    broken_sources: set[str] = field(default_factory=set)
    # lower-cased id -> (file, node) of its first definition; a Location is only built for errors
    ids: dict[str, tuple[str, Any]] = field(default_factory=dict)


@dataclass(slots=True)
class Draft:
    fields: dict[str, Any]
    aliases: tuple[str, ...]
    keywords: tuple[str, ...]


def read_fact(reader: Reader, node: Any, ctx: Context) -> list[Draft]:
    """The drafts for one fact entry; empty when it has errors (they are in reader.problems)."""
    errors_before = reader.errors
    items = reader.mapping(node, _FACT_KEYS, "fact", ("id", "subject", "property", "unit"))
    if items is None:
        return []
    got = {key: items[key][1] for key in items}
    fact_id = _read_id(reader, got["id"], ctx) if "id" in got else None
    name = f" `{fact_id}`" if fact_id else ""
    label = f"fact{name}"
    base: dict[str, Any] = {"location": reader.loc(items["id"][1] if "id" in items else node)}
    for key in ("subject", "property", "counted", "speaker", "note"):
        if key in got:
            base[key] = reader.text(got[key], key, allow_null=key in ("counted", "note"))
    unit = _read_unit(reader, got["unit"], ctx) if "unit" in got else None
    base["unit"] = unit
    _read_kind(reader, node, got, name, base)
    aliases = reader.text_list(got["aliases"], "aliases") if "aliases" in got else ()
    keywords = reader.text_list(got["keywords"], "keywords") if "keywords" in got else ()
    if "period" in got:
        period = reader.period(got["period"])
        base["period"], base["period_type"] = period if period else (None, None)
    _read_window(reader, got, base)
    if "tolerance" in got:
        tolerance = read_tolerance(reader, got["tolerance"])
        base["tolerance_abs"], base["tolerance_rel"] = tolerance or (None, None)
    # A series may leave sources to its entries; each entry is then checked on its own.
    sources: list[SourceRef] | None = None
    if "sources" in got or "series" not in got:
        sources = read_sources(reader, got.get("sources"), node, label, ctx)
    drafts: list[dict[str, Any]] = []
    if "series" in got:
        for key in ("value", "period"):
            if key in got:
                reader.error(
                    items[key][0],
                    f"{label} has both `series` and `{key}`",
                    f"remove `{key}`: each series entry gives its own period and value",
                )
        if fact_id and unit:
            drafts = _read_series(reader, got["series"], fact_id, unit, base, sources, ctx)
    elif "value" not in got:
        reader.error(
            node,
            f"{label} is missing required key `value`",
            "add `value: ...` (or `series:` with one value per period)",
        )
    elif unit is not None:
        value = read_value(reader, got["value"], unit)
        if value is not None:
            drafts = [{**base, "id": fact_id, "sources": sources} | _value_fields(value)]
    for draft in drafts:
        check_source_dates(reader, draft)
    if reader.errors > errors_before:
        return []
    for draft in drafts:
        draft["sources"] = tuple(source for source, _latest, _where in draft["sources"])
    return [Draft(draft, aliases, keywords) for draft in drafts]


def _read_kind(
    reader: Reader, node: Any, got: dict[str, Any], name: str, into: dict[str, Any]
) -> None:
    """`type`, and for statements the `speaker` and `stated_on` they cannot do without."""
    kind = reader.text(got["type"], "type") if "type" in got else "fact"
    if kind is not None and kind not in FACT_TYPES:
        reader.error(
            got["type"],
            f"`type` must be fact or statement, got {kind!r}",
            suggestion(kind, FACT_TYPES, "write `type: fact` or `type: statement`"),
        )
    into["type"] = kind
    if "stated_on" in got:
        into["stated_on"] = reader.day(got["stated_on"], "stated_on")
    if kind == "fact":
        for key in ("speaker", "stated_on"):
            if key in got:
                reader.warning(
                    got[key],
                    f"fact{name} has `{key}` but is not a statement",
                    "add `type: statement` if it records what someone said",
                )
    if kind == "statement":
        for key in ("speaker", "stated_on"):
            if key not in got:
                reader.error(
                    node,
                    f"statement{name} is missing `{key}`",
                    "a statement records who said it and when: add `speaker:` and `stated_on:`",
                )


def _value_fields(value: tuple[Any, Any, Any]) -> dict[str, Any]:
    return {"value": value[0], "low": value[1], "high": value[2]}


def _read_id(reader: Reader, node: Any, ctx: Context) -> str | None:
    fact_id = reader.text(node, "id")
    if fact_id is None:
        return None
    if not ID_PATTERN.match(fact_id):
        reader.error(
            node,
            f"id {fact_id!r} has characters ids cannot have",
            "use letters, digits, '.', '_' and '-', starting with a letter or digit",
        )
        return None
    _claim_id(reader, node, fact_id, ctx)
    return fact_id


def _claim_id(reader: Reader, node: Any, fact_id: str, ctx: Context) -> None:
    key = fact_id.lower()
    first = ctx.ids.get(key)
    if first is None:
        ctx.ids[key] = (reader.path, node)
    else:  # even the same node again: a fact reused through a YAML alias is a duplicate too
        reader.error(
            node,
            f"duplicate id `{fact_id}` (first defined at {where(*first)})",
            "give each fact its own id",
        )


def _read_unit(reader: Reader, node: Any, ctx: Context) -> str | None:
    text = reader.text(node, "unit")
    if text is None:
        return None
    unit = normalise_unit(text, ctx.units)
    if unit is None:
        reader.error(
            node,
            f"unknown unit `{text}`",
            suggestion(
                text,
                known_units(ctx.units),
                "use %, pp, count, year, date, text, a currency code such as EUR, "
                "or list free units under dataset.units",
            ),
        )
    return unit


def _read_window(reader: Reader, got: dict[str, Any], into: dict[str, Any]) -> None:
    for key in ("valid_from", "valid_until"):
        if key not in got:
            continue
        if got[key].id == "scalar" and got[key].tag.endswith("null"):
            into[key] = None  # explicit null: open (a series entry can reopen the fact's end)
        else:
            into[key] = reader.day(got[key], key, partial=False)
    start, end = into.get("valid_from"), into.get("valid_until")
    place = got.get("valid_from") or got.get("valid_until")
    if start and end and start >= end and place is not None:
        reader.error(
            place,
            f"`valid_from` {start} is not before `valid_until` {end}",
            "valid_until is the first day it no longer held: make it later, or swap the two dates",
        )


def _read_series(
    reader: Reader,
    node: Any,
    fact_id: str,
    unit: str,
    base: dict[str, Any],
    sources: list[SourceRef] | None,
    ctx: Context,
) -> list[dict[str, Any]]:
    """One draft per `period: value` entry; an entry mapping may override the fact's fields."""
    if node.id != "mapping" or not node.value:
        reader.error(
            node,
            "`series` must be a mapping of `period: value` lines",
            "write one line per period, such as `2024: 2.1`",
        )
        return []
    out: list[dict[str, Any]] = []
    for key_node, entry in node.value:
        if key_node.id != "scalar":
            reader.error(
                key_node,
                "a series period must be a year, month, day or span",
                "write it as 2024, 2024-03, 2024-03-07 or 2014/2024",
            )
            continue
        period = reader.period(key_node, "series period")
        suffix = "-".join(key_node.value.replace("/", " ").split())
        sub_id = f"{fact_id}-{suffix}"
        _claim_id(reader, key_node, sub_id, ctx)
        if period is None:
            continue
        draft = {**base, "id": sub_id, "sources": sources, "location": reader.loc(key_node)}
        draft["period"], draft["period_type"] = period
        value_node = entry
        if entry.id == "mapping" and not is_range(entry):
            what = f"series entry {key_node.value}"
            items = reader.mapping(entry, _ENTRY_KEYS, what, required=("value",))
            if items is None or "value" not in items:
                continue
            got = {key: items[key][1] for key in items}
            value_node = got["value"]
            if "note" in got:
                draft["note"] = reader.text(got["note"], "note", allow_null=True)
            _read_window(reader, got, draft)
            if "tolerance" in got:
                tolerance = read_tolerance(reader, got["tolerance"])
                draft["tolerance_abs"], draft["tolerance_rel"] = tolerance or (None, None)
            if "sources" in got:
                draft["sources"] = read_sources(reader, got["sources"], entry, what, ctx)
        if draft["sources"] is None:
            reader.error(
                key_node,
                f"series entry {key_node.value} of `{fact_id}` has no source",
                SOURCE_HINT + " on the fact or on this entry",
            )
            continue
        value = read_value(reader, value_node, unit)
        if value is not None:
            out.append(draft | _value_fields(value))
    return out
