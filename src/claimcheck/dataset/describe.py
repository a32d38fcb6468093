"""Facts and problems as people read them: values, periods, validity, listings, annotations."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from claimcheck.model import Fact, Problem


def describe_value(fact: Fact) -> str:
    """The value as a curator would write it: '2.12%', '3.5-5%', '100,000,000,000 EUR'."""

    def one(value: float | str | None) -> str:
        if isinstance(value, float):
            return f"{value:,.0f}" if value.is_integer() and abs(value) >= 10_000 else f"{value:g}"
        return "" if value is None else str(value)

    if fact.low != fact.high:
        low, high = one(fact.low), one(fact.high)
        text = f"{low}-{high}" if low and high else (f">= {low}" if low else f"<= {high}")
    else:
        text = one(fact.value)
    if fact.unit in ("year", "date", "text"):
        return text
    if fact.unit == "count":
        return f"{text} {fact.counted}" if fact.counted else text
    return f"{text}%" if fact.unit == "%" else f"{text} {fact.unit}"


def describe_period(fact: Fact) -> str:
    """The period as written in a dataset: 2024, 2024-03, 2014/2024, by 2029."""
    period = fact.period
    if period is None:
        return ""
    if fact.period_type == "deadline" and period.end:
        return f"by {span_text(period.end.replace(month=1, day=1), period.end)}"
    text = span_text(period.start, period.end)
    # a span within one year (or month, or day) still reads back as a span
    return f"{text}/{text}" if fact.period_type == "span" and "/" not in text else text


def span_text(start: date | None, end: date | None) -> str:
    if start is None or end is None:
        return f"{start or ''}/{end or ''}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}/{end.year}"
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        first, last = start.isoformat()[:7], end.isoformat()[:7]
        return first if first == last else f"{first}/{last}"
    return start.isoformat() if start == end else f"{start}/{end}"


def describe_validity(fact: Fact) -> str:
    if fact.valid_from is None and fact.valid_until is None:
        return "always"
    start = fact.valid_from.isoformat() if fact.valid_from else "..."
    end = fact.valid_until.isoformat() if fact.valid_until else "..."
    return f"{start} to {end}"


ROW_HEADERS = ("id", "subject", "property", "value", "period", "valid")


def fact_row(fact: Fact) -> list[str]:
    """One line of a fact listing, in the order of ROW_HEADERS."""
    return [
        fact.id,
        fact.subject,
        fact.property,
        describe_value(fact),
        describe_period(fact),
        describe_validity(fact),
    ]


def fact_fields(fact: Fact) -> list[tuple[str, str]]:
    """Every field of a fact that is set, as (label, text) pairs for `claimcheck data show`."""
    tolerance = [
        f"absolute {fact.tolerance_abs:g}" if fact.tolerance_abs is not None else "",
        f"relative {fact.tolerance_rel:g}" if fact.tolerance_rel is not None else "",
    ]
    fields = [
        ("id", fact.id),
        ("type", fact.type),
        ("subject", fact.subject),
        ("aliases", ", ".join(fact.aliases)),
        ("property", fact.property),
        ("keywords", ", ".join(fact.keywords)),
        ("value", describe_value(fact)),
        ("unit", fact.unit),
        ("counted", fact.counted or ""),
        ("period", f"{describe_period(fact)} ({fact.period_type})" if fact.period else ""),
        ("valid", describe_validity(fact)),
        ("tolerance", ", ".join(t for t in tolerance if t)),
        ("speaker", fact.speaker or ""),
        ("stated on", fact.stated_on.isoformat() if fact.stated_on else ""),
        ("note", fact.note or ""),
        ("defined at", str(fact.location or "")),
    ]
    return [(key, value) for key, value in fields if value]


def source_lines(fact: Fact) -> list[str]:
    """The sources of a fact, one line each (and a line for a source's note)."""
    lines = []
    for source in fact.sources:
        published = source.published.isoformat() if source.published else "undated"
        where = source.url or source.publisher or ""
        lines.append(
            f"  - {source.title} ({source.publisher or '-'}, {published}) {where}".rstrip()
        )
        if source.note:
            lines.append(f"    {source.note}")
    return lines


PROBLEM_FORMATS = ("text", "json", "github")


def format_problems(problems: Sequence[Problem], fmt: str = "text") -> str:
    """Dataset problems as text lines, a JSON list, or GitHub Actions annotations."""
    if fmt == "json":
        import json

        records = [
            {
                "severity": p.severity,
                "path": p.path,
                "line": p.line,
                "column": p.column,
                "message": p.message,
                "hint": p.hint,
            }
            for p in problems
        ]
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        return "".join(_annotation(p) + "\n" for p in problems)
    return "".join(f"{p}\n" for p in problems)


def _annotation(problem: Problem) -> str:
    """`::error file=F,line=L,col=C::message` with GitHub's escaping."""

    def data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    where = [f"file={prop(problem.path)}"]
    if problem.line is not None:
        where.append(f"line={problem.line}")
        if problem.column is not None:
            where.append(f"col={problem.column}")
    text = f"{problem.message} ({problem.hint})" if problem.hint else problem.message
    return f"::{problem.severity} {','.join(where)},title=claimcheck dataset::{data(text)}"
