"""Typed readers for dataset values: text, lists, dates, periods, numbers, sources.

Each reader takes a YAML node, returns the Python value or None, and records a located Problem
(with what to do about it) instead of raising, so one pass reports every mistake in a file.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from typing import Any

from claimcheck.dataset.schema import PERIOD_KEYS, SOURCE_KEYS, suggestion
from claimcheck.dataset.yamlload import (
    INT,
    NULL,
    STR,
    TIMESTAMP,
    ScalarError,
    kind_of,
    scalar,
    where,
)
from claimcheck.model import Location, Period, Problem, Source

Items = dict[str, tuple[Any, Any]]
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")
_EXPONENT = re.compile(r"[-+]?\d+(\.\d*)?[eE][-+]?\d+\Z")
DATE_HINT = "write a date as YYYY-MM-DD (or YYYY-MM / YYYY where only that is known)"


class Reader:
    """Reads the nodes of one file, collecting problems located in it."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.errors = 0  # counted here: scanning `problems` per fact would be quadratic

    def loc(self, node: Any) -> Location:
        return where(self.path, node)

    def error(self, node: Any, message: str, hint: str | None = None) -> None:
        self.errors += 1
        mark = node.start_mark
        self.problems.append(
            Problem("error", message, self.path, mark.line + 1, mark.column + 1, hint)
        )

    def warning(self, node: Any, message: str, hint: str | None = None) -> None:
        mark = node.start_mark
        self.problems.append(
            Problem("warning", message, self.path, mark.line + 1, mark.column + 1, hint)
        )

    def mapping(
        self, node: Any, allowed: frozenset[str], what: str, required: tuple[str, ...] = ()
    ) -> Items | None:
        """The keys of a mapping node; unknown, duplicate and missing keys are reported."""
        if node.id != "mapping":
            self.error(
                node,
                f"{what} must be a mapping of keys, got {kind_of(node)}",
                "write `key: value` lines indented under it",
            )
            return None
        items: Items = {}
        for key_node, value_node in node.value:
            key = key_node.value if key_node.id == "scalar" else None
            if key is None:
                self.error(
                    key_node,
                    f"{what} has a key that is not a plain word",
                    "use a plain word as the key",
                )
            elif key not in allowed:
                self.error(
                    key_node,
                    f"unknown key `{key}` in {what}",
                    suggestion(key, allowed, "allowed: " + ", ".join(sorted(allowed))),
                )
            elif key in items:
                self.error(
                    key_node,
                    f"duplicate key `{key}` in {what}",
                    f"it was already given at line {items[key][0].start_mark.line + 1}",
                )
            else:
                items[key] = (key_node, value_node)
        for key in required:
            if key not in items:
                self.error(node, f"{what} is missing required key `{key}`", f"add `{key}: ...`")
        return items

    def text(self, node: Any, key: str, allow_null: bool = False) -> str | None:
        if node.id == "scalar" and node.tag == NULL and allow_null:
            return None
        if node.id != "scalar" or node.tag in (NULL, "tag:yaml.org,2002:bool"):
            self.error(
                node,
                f"`{key}` must be text, got {kind_of(node)}",
                "write it as text (quote it if needed)",
            )
            return None
        text = node.value.strip()
        if not text:
            self.error(node, f"`{key}` is empty", f"give `{key}` a value or remove it")
            return None
        return text

    def text_list(self, node: Any, key: str) -> tuple[str, ...]:
        if node.id == "scalar" and node.tag == NULL:
            return ()
        if node.id != "sequence":
            self.error(
                node,
                f"`{key}` must be a list, got {kind_of(node)}",
                f"write `{key}: [first, second]`",
            )
            return ()
        out = [self.text(item, key) for item in node.value]
        return tuple(text for text in out if text is not None)

    def number(self, node: Any, key: str) -> float | None:
        if node.id == "scalar":
            try:
                value = scalar(node)
            except ScalarError as exc:
                self.error(node, f"`{key}`: {exc}", "write a plain number such as 2.5")
                return None
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
            if node.tag == STR and not node.style and _EXPONENT.match(node.value):
                # YAML 1.1 reads 150e9 and 1.5e11 (exponent without sign) as text; plain
                # scalars have style None (pure-Python parser) or "" (libyaml).
                number = float(node.value)
                if math.isfinite(number):
                    return number
        self.error(
            node,
            f"`{key}` must be a number, got {kind_of(node)}",
            "write a plain number without quotes, units or thousands separators",
        )
        return None

    def day_span(self, node: Any, key: str, partial: bool = True) -> tuple[date, date] | None:
        """The first and last day a (possibly partial) date covers."""
        if node.id == "scalar" and node.tag == TIMESTAMP:
            try:
                day = scalar(node)
            except ScalarError:
                self.error(node, f"`{key}`: {node.value!r} is not a valid date", DATE_HINT)
                return None
            if not isinstance(day, date) or len(node.value) != 10:
                self.error(node, f"`{key}`: {node.value!r} is not a date", DATE_HINT)
                return None
            return day, day
        if node.id == "scalar" and node.tag in (INT, STR):
            span = parse_partial(node.value.strip())
            if span is not None and (partial or span[0] == span[1]):
                return span
            if span is not None:
                self.error(
                    node,
                    f"`{key}`: {node.value!r} is not a full date",
                    "write the exact day as YYYY-MM-DD",
                )
                return None
            self.error(node, f"`{key}`: {node.value!r} is not a valid date", DATE_HINT)
            return None
        self.error(node, f"`{key}` must be a date, got {kind_of(node)}", DATE_HINT)
        return None

    def day(self, node: Any, key: str, partial: bool = True) -> date | None:
        span = self.day_span(node, key, partial)
        return span[0] if span else None

    def period(self, node: Any, key: str = "period") -> tuple[Period, str] | None:
        """A period and its type ("point", "span", "deadline")."""
        if node.id == "mapping":
            items = self.mapping(node, frozenset(PERIOD_KEYS), f"`{key}`")
            if items is None:
                return None
            if "by" in items:
                if len(items) > 1:
                    self.error(
                        node,
                        f"`{key}` mixes `by` with `from`/`to`",
                        "use {by: YEAR} for a deadline or {from: A, to: B} for a span",
                    )
                    return None
                end = self.day_span(items["by"][1], f"{key}.by")
                return (Period(None, end[1]), "deadline") if end else None
            if not items:
                self.error(node, f"`{key}` is empty", "use {from: A, to: B} or {by: YEAR}")
                return None
            start = self.day_span(items["from"][1], f"{key}.from") if "from" in items else None
            end = self.day_span(items["to"][1], f"{key}.to") if "to" in items else None
            if ("from" in items and start is None) or ("to" in items and end is None):
                return None
            return self._span(node, key, start[0] if start else None, end[1] if end else None)
        if node.id == "scalar" and node.tag == STR and node.value.startswith("by "):
            # "by 2029": the scalar form of {by: 2029}, usable as a series key
            end = parse_partial(node.value[3:].strip())
            if end is None:
                self.error(
                    node,
                    f"`{key}`: {node.value!r} is not a valid deadline",
                    "write a deadline as `by 2029` or {by: 2029}",
                )
                return None
            return Period(None, end[1]), "deadline"
        if node.id == "scalar" and node.tag in (INT, STR) and "/" in node.value:
            first, _, last = node.value.partition("/")
            start, end = parse_partial(first.strip()), parse_partial(last.strip())
            if start is None or end is None:
                self.error(
                    node,
                    f"`{key}`: {node.value!r} is not a valid span",
                    "write a span as 2014/2024 or {from: 2014, to: 2024}",
                )
                return None
            return self._span(node, key, start[0], end[1])
        span = self.day_span(node, key)
        return (Period(span[0], span[1]), "point") if span else None

    def _span(
        self, node: Any, key: str, start: date | None, end: date | None
    ) -> tuple[Period, str] | None:
        if start and end and start > end:
            self.error(node, f"`{key}` starts after it ends", "put the earlier end first")
            return None
        return Period(start, end), "span"

    def source(self, node: Any, what: str) -> tuple[Source, date | None] | None:
        """A source and the latest day its (possibly partial) publication date allows."""
        items = self.mapping(node, frozenset(SOURCE_KEYS), what, required=("title",))
        if items is None:
            return None
        got = {
            k: self.text(v, k, allow_null=True) for k, (_, v) in items.items() if k != "published"
        }
        published = items.get("published")
        span = self.day_span(published[1], "published") if published else None
        if published and span is None:
            return None
        if "title" not in items or got.get("title") is None:
            return None
        if not got.get("url") and not got.get("publisher"):
            self.error(
                node,
                f"{what} has neither `url` nor `publisher`",
                "add `url:` (or `publisher:` for print sources)",
            )
            return None
        if published is None:
            self.warning(
                node,
                f"{what} has no publication date",
                "add `published: YYYY-MM-DD` so readers can judge how current it is",
            )
        source = Source(
            title=got["title"] or "",
            url=got.get("url"),
            publisher=got.get("publisher"),
            published=span[0] if span else None,
            note=got.get("note"),
        )
        return source, (span[1] if span else None)


def parse_partial(text: str) -> tuple[date, date] | None:
    """'2024' / '2024-03' / '2024-03-07' -> the first and last day it covers."""
    match = _PARTIAL_DATE.match(text)
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    try:
        if month_text is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(month_text)
        if day_text is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        day = date(year, month, int(day_text))
    except (ValueError, calendar.IllegalMonthError):
        return None
    return day, day
