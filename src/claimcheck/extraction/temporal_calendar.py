"""Calendar arithmetic for temporal claims: the days a year, month, quarter, week or season
covers, shifting by units, and the internal ``Atom`` record the temporal grammar produces.

Pure functions of their arguments; ``as_of`` (the article's date) is always passed in.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(slots=True)
class Atom:
    """One temporal expression as the grammar found it, before ranges and qualifiers.

    ``gran`` is the calendar grain ("day", "week", "month", "quarter", "half", "season",
    "year", "decade", "century", "span", "duration", "now"); ``implicit_year`` marks a year
    taken from ``as_of`` rather than written, so a range can borrow the other end's year;
    ``implicit_week`` a bare weekday placed in the week up to ``as_of`` ("on Monday").
    """

    start: int
    end: int
    kind: str
    value: str | float | None
    first: date | None
    last: date | None
    gran: str
    unit: str | None = None
    implicit_year: bool = False
    month: int | None = None
    day: int | None = None
    qualifier: str | None = None
    time_text: str | None = None
    anchored: bool = False
    implicit_week: bool = False
    # (weekday, n) of "the second Tuesday of January": the day to find again in another year
    nth: tuple[int, int] | None = None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shift(day: date, amount: float, unit: str) -> date:
    """``day`` moved by ``amount`` units ("days", "weeks", "months", "years", ...)."""
    if unit in ("days", "business days", "working days"):
        return day + timedelta(days=round(amount))
    if unit == "weeks":
        return day + timedelta(days=round(amount * 7))
    if unit in ("hours", "minutes"):
        return day + timedelta(hours=amount if unit == "hours" else amount / 60)
    months = {"months": 1, "years": 12, "decades": 120, "centuries": 1200}[unit]
    return add_months(day, round(amount * months))


def year_atom(start: int, end: int, year: int, implicit: bool = False) -> Atom:
    return Atom(
        start, end, "year", str(year), date(year, 1, 1), date(year, 12, 31), "year",
        implicit_year=implicit,
    )  # fmt: skip


def month_atom(start: int, end: int, year: int, month: int, implicit: bool = False) -> Atom:
    return Atom(
        start, end, "date", f"{year:04d}-{month:02d}", date(year, month, 1),
        month_end(year, month), "month", implicit_year=implicit, month=month,
    )  # fmt: skip


def day_atom(start: int, end: int, day: date, implicit: bool = False) -> Atom:
    return Atom(
        start, end, "date", day.isoformat(), day, day, "day", implicit_year=implicit,
        month=day.month, day=day.day,
    )  # fmt: skip


def span_atom(start: int, end: int, first: date, last: date, gran: str = "span") -> Atom:
    return Atom(start, end, "period", f"{first.isoformat()}/{last.isoformat()}", first, last, gran)


def quarter_atom(start: int, end: int, year: int, quarter: int, implicit: bool = False) -> Atom:
    first = date(year, 3 * quarter - 2, 1)
    atom = Atom(
        start, end, "period", f"{year}-Q{quarter}", first,
        month_end(year, 3 * quarter), "quarter", implicit_year=implicit,
    )  # fmt: skip
    return atom


def half_atom(start: int, end: int, year: int, half: int) -> Atom:
    first = date(year, 6 * half - 5, 1)
    return Atom(start, end, "period", f"{year}-H{half}", first, month_end(year, 6 * half), "half")


def week_atom(start: int, end: int, day: date) -> Atom:
    monday = day - timedelta(days=day.weekday())
    iso = monday.isocalendar()
    value = f"{iso.year}-W{iso.week:02d}"
    return Atom(start, end, "period", value, monday, monday + timedelta(days=6), "week")


def season_atom(start: int, end: int, year: int, first_month: int) -> Atom:
    # Meteorological seasons of the northern hemisphere; winter Y runs December Y to February Y+1.
    first = date(year, first_month, 1)
    last_month = first_month + 2
    last = month_end(year + (last_month > 12), (last_month - 1) % 12 + 1)
    atom = span_atom(start, end, first, last, "season")
    atom.value = f"{first.isoformat()[:7]}/{last.isoformat()[:7]}"
    return atom


def decade_atom(start: int, end: int, first_year: int, years: int = 10) -> Atom:
    last_year = first_year + years - 1
    return Atom(
        start, end, "period", f"{first_year}/{last_year}", date(first_year, 1, 1),
        date(last_year, 12, 31), "decade" if years == 10 else "century",
    )  # fmt: skip


def nearest_year(as_of: date, month: int, day: int = 15) -> int:
    """The year that puts a month (and day) written without one nearest to ``as_of``.

    A January article's "December" is last December, its "March 1" the coming one: news copy
    leaves the year out when it is the obvious, nearest one.
    """
    day = min(day, 28)
    return min(
        (as_of.year - 1, as_of.year, as_of.year + 1),
        key=lambda y: abs((date(y, month, day) - as_of).days),
    )


def weekday_on_or_before(as_of: date, weekday: int) -> date:
    return as_of - timedelta(days=(as_of.weekday() - weekday) % 7)


def weekday_after(as_of: date, weekday: int) -> date:
    return as_of + timedelta(days=(weekday - as_of.weekday() - 1) % 7 + 1)


def part_of(first: date, last: date, gran: str, part: str) -> tuple[date, date]:
    """The days of "early", "mid", "late", "start", "end" of a period.

    Years split into thirds by months (early = January-April); other periods by days. "start"
    and "end" of a year mean its first/last month, of anything else its first/last third.
    """
    if gran == "year" and part in ("start", "end"):
        if part == "start":
            return first, month_end(first.year, 1)
        return date(last.year, 12, 1), last
    if gran == "year":
        index = {"early": 0, "start": 0, "mid": 1, "late": 2, "end": 2}[part]
        return date(first.year, 4 * index + 1, 1), month_end(first.year, 4 * index + 4)
    days = (last - first).days + 1
    index = {"early": 0, "start": 0, "mid": 1, "late": 2, "end": 2}[part]
    lo = first + timedelta(days=days * index // 3)
    hi = first + timedelta(days=days * (index + 1) // 3 - 1)
    return lo, max(lo, hi)


def weekday_in_month(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``th ``weekday`` of the month (``n`` < 0: the last one)."""
    if n < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def with_year(atom: Atom, year: int) -> Atom:
    """The same day or month in another year (for a year the text left out)."""
    if atom.nth is not None and atom.month:
        moved = day_atom(atom.start, atom.end, weekday_in_month(year, atom.month, *atom.nth))
        moved.nth = atom.nth
        return moved
    if atom.gran == "day" and atom.month and atom.day:
        return day_atom(atom.start, atom.end, date(year, atom.month, atom.day))
    if atom.gran == "month" and atom.month:
        return month_atom(atom.start, atom.end, year, atom.month)
    if atom.gran == "quarter" and isinstance(atom.value, str):
        return quarter_atom(atom.start, atom.end, year, int(atom.value[-1]))
    if atom.gran == "season" and atom.first:
        moved = season_atom(atom.start, atom.end, year, atom.first.month)
        moved.implicit_year = atom.implicit_year
        return moved
    if atom.gran == "span" and atom.implicit_year and atom.first and atom.last:
        # "mid-March": a part of a month or day whose year was taken from as_of
        delta = year - atom.first.year
        moved = span_atom(
            atom.start, atom.end, _plus_years(atom.first, delta), _plus_years(atom.last, delta)
        )
        moved.implicit_year = True
        return moved
    return atom


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)
