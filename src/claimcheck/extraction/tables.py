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
_POINTS = compiled(r"(?i)\bpercentage[- ]points?\b|\bpp\b|\bppts?\b")
_PERCENT = compiled(r"(?i)%|\bper ?cent\b")
_YEAR = compiled(r"[ \t]*((?:19|20)\d\d)[ \t]*$")


def apply_headers(claims: list[Claim], text: str) -> list[Claim]:
    """``claims`` with each bare number in a table cell given its column header's unit/year."""
    if "|" not in text:
        return claims
    headers: dict[int, list[str] | None] = {}  # table start -> header cells
    out: list[Claim] = []
    for claim in claims:
        bare = claim.kind == "number" and claim.unit is None
        if bare or (claim.kind == "percent" and claim.context is None):
            header = _header_cell(text, claim.start, headers)
            if header is not None:
                claim = _with_header(claim, header)
        out.append(claim)
    return out


def _lines_up(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _header_cell(text: str, pos: int, headers: dict[int, list[str] | None]) -> str | None:
    start, end = _lines_up(text, pos)
    line = text[start:end]
    if "|" not in line:
        return None
    column = text.count("|", start, pos) - (1 if line.lstrip().startswith("|") else 0)
    # the table's rows run up to its separator line; the header is the line above it
    row = start
    while row > 0:
        above, _ = _lines_up(text, row - 1)
        if _SEPARATOR.match(text[above : row - 1]):
            break
        if text.count("|", above, row - 1) < 1:
            return None  # left the table without meeting a separator: no header
        row = above
    else:
        return None
    if row not in headers:
        sep_start, _ = _lines_up(text, row - 1)
        head_start, head_end = _lines_up(text, sep_start - 1) if sep_start else (0, 0)
        head = text[head_start:head_end].strip()
        headers[row] = [c.strip() for c in head.strip("|").split("|")] if "|" in head else None
    cells = headers[row]
    if cells is None or not 0 <= column < len(cells):
        return None
    return cells[column]


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
