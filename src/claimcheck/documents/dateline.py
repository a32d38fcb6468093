"""The article's own date: from front matter (or HTML ``<meta>``), else from a dateline.

Only the top of the article is read: a ``Published ...`` line, a news dateline
("BERLIN, Dec 25 (Reuters) -", "WASHINGTON, Dec. 25, 2025 —"), or a line that starts with a full
date ("December 25, 2025 —", "Thursday 25 December 2025"). Dates deep in the body are never used:
they are what the article talks about, not when it was written. A dateline without a year is
given the latest such day not after ``today`` (the year a wire story from this month would carry).
The header dates read this way are returned with their spans, so the document blanks them from
its visible text: a dateline is metadata, not a claim to check.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from claimcheck.model import Problem
from claimcheck.regexes import compiled

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_DATE = (
    rf"(?P<when>{_WEEKDAY}(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}){_ORD}(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m2>{_MONTH}),?(?:\s+(?P<y2>\d{{4}}))?"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})(?![\d-])"
    r"|(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}))(?!\d))"
)
_AFTER_DATE = r"\s*(?:$|[-–—|•·]|,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}|\()"
_LIST_ITEM = compiled(r"\s*(?:[-*+•]|\d{1,3}[.)])\s")
_PUBLISHED = compiled(
    rf"(?P<label>first\s+published|published|posted|dated?|last\s+updated|updated)"
    rf"(?:\s+on)?\s*[:\-–—]?\s*{_DATE}",
    re.I,
)
# The city is in capitals, so this part stays case-sensitive under re.I.
_CITY = r"(?-i:[A-Z][A-Z.'’ /-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,12})?)(?:\s*\([^)\n]{1,40}\))?"
_DATELINE = compiled(
    rf"{_CITY},\s*{_DATE}\s*(?:\([^)\n]{{1,40}}\))?\s*[-–—]",
    re.I,
)
_LEADING_DATE = compiled(rf"(?:by\s+[^|\n]{{1,80}}[|•·]\s*)?{_DATE}{_AFTER_DATE}", re.I)
_DATE_TEXT = compiled(_DATE + r"\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}.*)?", re.I)
_LINE = compiled(r"[^\n]+")
_MARKUP = " \t\r#*_>|"
_MAX_LINES = 12
_MAX_CHARS = 3000
DATE_KEYS = ("date", "published", "publish_date", "publishdate", "pubdate", "published_at",
             "date_published", "datepublished")  # fmt: skip


def parse_date_text(value: str, today: date | None = None) -> date | None:
    """A date written as ISO (with an optional time) or in words; None when it is not one."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = _DATE_TEXT.fullmatch(value)
    return _from_match(match, today, need_year=today is None) if match else None


def _from_match(match: re.Match[str], today: date | None, need_year: bool) -> date | None:
    g = match.groupdict()
    day_text = g["d1"] or g["d2"] or g["d3"] or g["d4"]
    month_text = g["m1"] or g["m2"] or g["m3"] or g["m4"]
    year_text = g["y1"] or g["y2"] or g["y3"] or g["y4"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3].lower()]
    day = int(day_text)
    if year_text:
        try:
            return date(int(year_text), month, day)
        except ValueError:
            return None
    if need_year or today is None:
        return None
    for year in range(today.year, today.year - 8, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def dateline_date(
    visible: str, start: int, today: date, text: str | None = None
) -> tuple[date | None, list[tuple[int, int]]]:
    """The date in the first lines of ``visible`` from offset ``start`` on, or None.

    Also returns the spans of the header dates it read (all of them, used or not): they say when
    the article was written, not what it claims, so the caller blanks them from the prose.
    ``text`` (the unmasked text) shows list bullets that masking removed from ``visible``.
    """
    original = visible if text is None else text
    found: dict[str, date] = {}
    spans: list[tuple[int, int]] = []
    leading: list[tuple[date, tuple[int, int]]] = []
    lines = 0
    for raw in _LINE.finditer(visible[start : start + _MAX_CHARS]):
        line = raw.group().strip(_MARKUP)
        if not line:
            continue
        lines += 1
        if lines > _MAX_LINES:
            break
        offset = start + raw.start() + raw.group().index(line)
        for kind, pattern in (("published", _PUBLISHED), ("dateline", _DATELINE)):
            match = pattern.match(line)
            if match is None:
                continue
            label = (match.groupdict().get("label") or "").lower()
            kind = "updated" if "updated" in label else kind
            day = _from_match(match, today, need_year=False)
            if day is not None:
                found.setdefault(kind, day)
                spans.append(_shift(match.span("when"), offset))
        bulleted = _LIST_ITEM.match(original, start + raw.start(), start + raw.end())
        match = None if bulleted else _LEADING_DATE.match(line)
        if match:
            day = _from_match(match, today, need_year=True)
            if day is not None:
                leading.append((day, _shift(match.span("when"), offset)))
    # Several lines that open with a date are a timeline, not a header.
    if len(leading) == 1:
        found["leading"] = leading[0][0]
        spans.append(leading[0][1])
    for kind in ("published", "dateline", "leading", "updated"):
        if kind in found:
            return found[kind], sorted(set(spans))
    return None, []


def _shift(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset


def metadata_date(
    metadata: dict[str, Any], path: str, line_of: Any
) -> tuple[date | None, Problem | None]:
    """The front-matter date, or a warning when the field holds something that is not a date."""
    normalised = {str(k).lower().replace("-", "_"): (k, v) for k, v in metadata.items()}
    for key in DATE_KEYS:
        if key not in normalised:
            continue
        original, value = normalised[key]
        if isinstance(value, datetime):
            return value.date(), None
        if isinstance(value, date):
            return value, None
        parsed = parse_date_text(str(value)) if isinstance(value, str) else None
        if parsed is not None:
            return parsed, None
        return None, Problem(
            "warning",
            f"front matter {original}: {value!r} is not a date",
            path,
            line_of(str(original)),
            1,
            "write it as YYYY-MM-DD",
        )
    return None, None
