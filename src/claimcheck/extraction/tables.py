"""What a table's header says about the bare numbers in its cells.

In a Markdown table (``| Poland | 4.48 |`` under ``| Country | % of GDP |``) the unit and the
year of a figure are often written once, in the column's header. ``apply_headers`` gives a bare
number the percent its header names ("%", "per cent", "percentage points") and, when the header
is a year ("2024"), that year as its period.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claimcheck.model import Claim, Period
from claimcheck.regexes import compiled

# (the Markdown reader writes a full stop over a row's leading pipe, so rows end sentences)
_SEPARATOR = compiled(r"[ \t]*[|.]?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
# (the header forms of units.py's percentage points: "percentage points", "pp", "% points")
_POINTS = compiled(
    r"(?i)\bper(?:centage|[ ]?cent)[- ]points?\b|\bpp\b|\bppts?\b|%[ ]?(?:points?|pts?)\b"
)
_PERCENT = compiled(r"(?i)%|\bper ?cent\b")
_YEAR = compiled(r"[ \t]*((?:19|20)\d\d)[ \t]*$")


def apply_headers(claims: list[Claim], text: str) -> list[Claim]:
    """``claims`` with each bare number in a table cell given its column header's unit/year."""
    if "|" not in text:
        return claims
    tables = _Tables(text)
    out: list[Claim] = []
    for claim in claims:
        bare = claim.kind == "number" and claim.unit is None
        if bare or (claim.kind == "percent" and claim.context is None):
            header = tables.header_cell(claim.start)
            if header is not None:
                claim = _with_header(claim, header)
        out.append(claim)
    return out


def _line_span(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


class _Tables:
    """The header cells of the tables of one text, found once per table."""

    def __init__(self, text: str) -> None:
        self.text = text
        # a row's line start -> the table's first body row (-1: no table with a header)
        self.body_of: dict[int, int] = {}
        self.headers: dict[int, list[str] | None] = {}  # first body row -> header cells

    def header_cell(self, pos: int) -> str | None:
        text = self.text
        start, end = _line_span(text, pos)
        line = text[start:end]
        if "|" not in line:
            return None
        column = text.count("|", start, pos) - (1 if line.lstrip().startswith("|") else 0)
        body = self._first_body_row(start)
        if body < 0:
            return None
        if body not in self.headers:
            sep_start, _ = _line_span(text, body - 1)
            head_start, head_end = _line_span(text, sep_start - 1) if sep_start else (0, 0)
            head = text[head_start:head_end].strip()
            cells = [c.strip() for c in head.strip("|").split("|")] if "|" in head else None
            self.headers[body] = cells
        cells = self.headers[body]
        if cells is None or not 0 <= column < len(cells):
            return None
        return cells[column]

    def _first_body_row(self, start: int) -> int:
        # The rows run up to the separator line under the header; rows met on the way share
        # the answer, so each table is walked once however many figures it holds.
        text, seen, row, body = self.text, [], start, -1
        while row > 0 and row not in self.body_of:
            seen.append(row)
            above, _ = _line_span(text, row - 1)
            if _SEPARATOR.match(text[above : row - 1]):
                body = row
                break
            if "|" not in text[above : row - 1]:
                break  # left the table without meeting a separator: no header
            row = above
        else:
            body = self.body_of.get(row, -1)
        for r in seen:
            self.body_of[r] = body
        return body


def _with_header(claim: Claim, header: str) -> Claim:
    year = _YEAR.match(header)
    if year is not None and claim.time is None:
        y = int(year.group(1))
        claim = replace(claim, time=Period(date(y, 1, 1), date(y, 12, 31)), time_text=header)
    if claim.kind == "percent":  # "3.38%" under "% of GDP": the header says of what
        if not _PERCENT.search(header):
            return claim
        return replace(claim, context=_PERCENT.sub("", header).strip(" ()") or None)
    if _POINTS.search(header):
        return replace(claim, kind="percentage_points", unit="pp")
    if _PERCENT.search(header):
        context = _PERCENT.sub("", header).strip(" ()") or claim.context  # "% of GDP"
        return replace(claim, kind="percent", unit="%", context=context)
    return claim
