"""Reading a fact's value (number, range, year, date or text) according to its unit."""

from __future__ import annotations

from typing import Any

from claimcheck.dataset.fields import Reader, parse_partial
from claimcheck.dataset.schema import RANGE_KEYS, TOLERANCE_KEYS, value_kind
from claimcheck.dataset.yamlload import INT, STR, TIMESTAMP, kind_of

Value = tuple[float | str, float | str | None, float | str | None]
_RANGE_KEYS = frozenset(RANGE_KEYS)


def is_range(node: Any) -> bool:
    return (
        node.id == "mapping"
        and bool(node.value)
        and all(k.id == "scalar" and k.value in _RANGE_KEYS for k, _ in node.value)
    )


def read_value(reader: Reader, node: Any, unit: str, key: str = "value") -> Value | None:
    """(value, low, high): low == high == value for a point, a midpoint value for a range."""
    kind = value_kind(unit)
    if node.id == "mapping":
        if kind == "text":
            reader.error(
                node, f"`{key}` with unit text must be text, got a mapping", "write the text itself"
            )
            return None
        items = reader.mapping(node, _RANGE_KEYS, f"range `{key}`")
        if items is None:
            return None
        if not items:
            reader.error(node, f"range `{key}` is empty", "give `low:`, `high:` or both")
            return None
        low = _one(reader, items["low"][1], kind, f"{key}.low") if "low" in items else None
        high = _one(reader, items["high"][1], kind, f"{key}.high") if "high" in items else None
        if ("low" in items and low is None) or ("high" in items and high is None):
            return None
        if low is not None and high is not None and str(low) != str(high) and _above(low, high):
            reader.error(node, f"range `{key}` has low above high", "swap `low` and `high`")
            return None
        if isinstance(low, float) and isinstance(high, float):
            return (low + high) / 2, low, high
        point = low if low is not None else high
        assert point is not None
        return point, low, high
    one = _one(reader, node, kind, key)
    return None if one is None else (one, one, one)


def _above(low: float | str, high: float | str) -> bool:
    if isinstance(low, float) and isinstance(high, float):
        return low > high
    return str(low) > str(high)  # ISO dates of the same precision sort as text


def _one(reader: Reader, node: Any, kind: str, key: str) -> float | str | None:
    if kind == "number":
        return reader.number(node, key)
    if node.id != "scalar":
        reader.error(
            node,
            f"`{key}` must be a single value, got {kind_of(node)}",
            "write one value, or a range as {low: A, high: B}",
        )
        return None
    if kind == "text":
        if node.tag in (STR, INT, TIMESTAMP) or node.tag.endswith("float"):
            return node.value
        reader.error(node, f"`{key}` must be text, got {kind_of(node)}", "write the text")
        return None
    text = node.value.strip()
    span = parse_partial(text) if node.tag in (STR, INT, TIMESTAMP) else None
    if kind == "year":
        if span is None or len(text) != 4:
            reader.error(
                node,
                f"`{key}`: {node.value!r} is not a year",
                "with unit year write a year such as 2029",
            )
            return None
        return text
    if span is None:
        reader.error(
            node,
            f"`{key}`: {node.value!r} is not a valid date",
            "with unit date write YYYY-MM-DD (or YYYY-MM / YYYY)",
        )
        return None
    return span[0].isoformat()[: (4, 7, 10)[text.count("-")]]


def read_tolerance(reader: Reader, node: Any) -> tuple[float | None, float | None] | None:
    if node.id != "mapping":
        reader.error(
            node,
            f"`tolerance` must be a mapping, got {kind_of(node)}",
            "write {absolute: 0.05} (same unit as the value) or {relative: 0.02} (2%)",
        )
        return None
    items = reader.mapping(node, frozenset(TOLERANCE_KEYS), "`tolerance`")
    if items is None:
        return None
    if not items:
        reader.error(node, "`tolerance` is empty", "write {absolute: 0.05} or {relative: 0.02}")
        return None
    out: dict[str, float | None] = {}
    for key in TOLERANCE_KEYS:
        if key in items:
            number = reader.number(items[key][1], f"tolerance.{key}")
            if number is None:
                return None
            if number < 0:
                reader.error(
                    items[key][1],
                    f"`tolerance.{key}` is negative",
                    "a tolerance is a width: write it as a positive number",
                )
                return None
            out[key] = number
    return out.get("absolute"), out.get("relative")
