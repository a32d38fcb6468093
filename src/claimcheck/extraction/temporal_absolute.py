"""Parsers for calendar expressions that name their own time: full dates, months, years,
year ranges, quarters, decades, centuries and fiscal years (seasons: temporal_seasons.py).

Each parser takes the text, the span the grammar matched and ``as_of`` (used only when the year
is left out, "7 March" -> the year of ``as_of``) and returns an ``Atom`` or None when the match
is not a date after all ("2000 troops", "room 2027", "30 February").
"""

from __future__ import annotations

import re
from datetime import date

from claimcheck.extraction.temporal_calendar import (
    Atom,
    day_atom,
    decade_atom,
    half_atom,
    month_atom,
    month_end,
    nearest_year,
    quarter_atom,
    span_atom,
)
from claimcheck.extraction.temporal_lexicon import (
    DIRECTIONS,
    MONTHS,
    ORDINALS,
    UNITS_1_19,
)
from claimcheck.extraction.temporal_words import scan_fields, tokens, words_day, words_year
from claimcheck.regexes import compiled


def parse_cal(text: str, start: int, end: int, as_of: date) -> Atom | None:
    month, year, days, _ = scan_fields(tokens(text[start:end]))
    if month is None:
        return None
    implicit = year is None
    y = nearest_year(as_of, month, days[0] if days else 15) if year is None else year
    if days:
        return day_atom(start, end, date(y, month, days[0]), implicit)
    return None if implicit else month_atom(start, end, y, month)


_SHORT_PERIOD = compiled(r"([1-4])([QH])\s?['’]?(20\d\d|\d\d)")


def _two_digit_year(n: int) -> int:
    return 2000 + n if n < 50 else 1900 + n


def parse_num_dmy(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end]
    parts = re.findall(r"\d+|[A-Za-z]{3,}", s)[:3]
    if len(parts[0]) == 4:
        y = int(parts[0])
        m = MONTHS.get(parts[1].lower(), 0) if parts[1].isalpha() else int(parts[1])
        return day_atom(start, end, date(y, m, int(parts[2])))
    a, b, c = (int(p) for p in parts)
    y = _two_digit_year(c) if len(parts[2]) == 2 else c
    # 3/4 is ambiguous: slashes follow US order (month first), dots and dashes day first.
    if a > 12 or (b <= 12 and s[len(parts[0])] in ".-"):
        a, b = b, a
    return day_atom(start, end, date(y, a, b))


def parse_nummy(text: str, start: int, end: int, as_of: date) -> Atom | None:
    m, y = (int(p) for p in re.findall(r"\d+", text[start:end]))
    return month_atom(start, end, y, m)


def parse_ynum(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end]
    head, tail = re.findall(r"\d+", s)
    y = int(head)
    if len(tail) == 4:
        e = int(tail)
        return _year_span(start, end, y, e) if y < e <= y + 100 else None
    if len(tail) == 2:
        e = y // 100 * 100 + int(tail)
        # "2024/25" names consecutive years; "2009/81" is a reference number, not 72 years
        if y < e and ("/" not in s or e - y <= 10):
            return _year_span(start, end, y, e)
    if len(tail) <= 2 and 1 <= int(tail) <= 12:
        return month_atom(start, end, y, int(tail))
    return None


def _year_span(start: int, end: int, first: int, last: int) -> Atom:
    atom = span_atom(start, end, date(first, 1, 1), date(last, 12, 31))
    atom.value = f"{first}/{last}"
    return atom


def parse_fy(text: str, start: int, end: int, as_of: date) -> Atom | None:
    if text[start : start + 2].lower() == "fy" and text[start : start + 2] != "FY":
        return None
    nums = [int(n) for n in re.findall(r"\d+", text[start:end])]
    y = _two_digit_year(nums[0]) if nums[0] < 100 else nums[0]
    if len(nums) > 1:
        e = nums[1] if nums[1] >= 100 else y // 100 * 100 + nums[1]
        if e <= y:
            return None
        atom = span_atom(start, end, date(y, 1, 1), date(e, 12, 31))
        atom.value = f"FY{y}-{e % 100:02d}"
        return atom
    # Fiscal years are labelled differently by country (US: Oct-Sep, ending in the label;
    # Japan: Apr-Mar, starting in it); the union keeps a right figure from looking wrong.
    atom = span_atom(start, end, date(y - 1, 4, 1), date(y + 1, 3, 31))
    atom.value = f"FY{y}"
    return atom


def parse_quarter(text: str, start: int, end: int, as_of: date) -> Atom | None:
    short = _SHORT_PERIOD.fullmatch(text, start, end)
    # "3Q25", "1H 2026": results shorthand, only in capitals (the grammar matched the lower-cased
    # text, but "3q25" or "1h 2026" in lower case is not how reports write a period)
    if short is not None:
        which, digits = int(short.group(1)), short.group(3)
        in_year = int(digits) if len(digits) == 4 else _two_digit_year(int(digits))
        if short.group(2) == "H":
            return half_atom(start, end, in_year, which) if which <= 2 else None
        return quarter_atom(start, end, in_year, which)
    toks = tokens(text[start:end])
    year: int | None = None
    for i, t in enumerate(toks):
        if len(t) == 4 and t.isdigit():
            year = int(t)
        elif len(t) == 2 and t.isdigit() and i > 0 and toks[i - 1].isdigit():
            year = _two_digit_year(int(t))
        elif t in ("nineteen", "twenty", "two") and year is None:
            year = words_year(toks, i)[0]
    implicit = False
    if year is None and "year" in toks:
        year = as_of.year + DIRECTIONS.get(toks[toks.index("year") - 1], 0)
    elif year is None:
        year, implicit = as_of.year, True
    if "months" in toks:
        n = next(
            int(t) if t.isdigit() else UNITS_1_19[t]
            for t in toks
            if t in UNITS_1_19 or (t.isdigit() and len(t) == 1)
        )
        if toks[0] in ("last", "final") or toks[:2] in (["the", "last"], ["the", "final"]):
            return span_atom(start, end, date(year, 13 - n, 1), date(year, 12, 31))
        if n == 9:
            return span_atom(start, end, date(year, 1, 1), month_end(year, 9))
        return quarter_atom(start, end, year, 1) if n == 3 else half_atom(start, end, year, 1)
    if ("q" in toks or "h" in toks) and not re.search(r"[QH]\s*\d", text[start:end]):
        return None  # "q3", "h1": codes are written in capitals
    half = "half" in toks or "h" in toks
    number: int | None = None
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("q", "h") and nxt.isdigit():
            number = int(nxt)
        elif t in ("first", "second", "third", "fourth"):
            number = ORDINALS[t]
        elif t in ("last", "final") and nxt != "year":
            number = 2 if half else 4
        elif t.isdigit() and len(t) == 1 and nxt in ("st", "nd", "rd", "th"):
            number = int(t)
        else:
            continue
        break
    if number is None or not 1 <= number <= (2 if half else 4):
        return None
    if half:
        if implicit and "h" in toks:
            return None  # "H2" alone is as often hydrogen as a half-year
        return half_atom(start, end, year, number)
    return quarter_atom(start, end, year, number, implicit)


def parse_dayrange(text: str, start: int, end: int, as_of: date) -> Atom | None:
    toks = tokens(text[start:end])
    month, year, days, _ = scan_fields(toks)
    implicit = year is None
    y = (
        year
        if year is not None
        else nearest_year(as_of, month or as_of.month, days[0] if days else 15)
    )
    if month is None:
        shift = DIRECTIONS[next(t for t in toks if t in ("this", "next", "last"))]
        total = as_of.year * 12 + as_of.month - 1 + shift
        y, month = total // 12 if implicit else y, total % 12 + 1
    if len(days) < 2 or days[0] >= days[1]:
        return None
    atom = span_atom(start, end, date(y, month, days[0]), date(y, month, days[1]))
    atom.implicit_year = implicit
    return atom


def parse_decade(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end].lower()
    digits = re.search(r"\d+", s)
    if digits is None:
        first = {"fif": 1950, "six": 1960, "sev": 1970, "eig": 1980, "nin": 1990}[
            re.search(r"(fif|six|sev|eig|nin)\w*ties", s).group(1)  # type: ignore[union-attr]
        ]
    elif len(digits.group()) == 4:
        first = int(digits.group())
    else:
        n = int(digits.group())
        first = 2000 + n if 2000 + n <= as_of.year else 1900 + n
    return _part_years(start, end, s, first, 10)


def _part_years(start: int, end: int, s: str, first: int, years: int) -> Atom:
    part = re.search(r"\b(early|mid|late)", s)
    if part is None:
        return decade_atom(start, end, first, years)
    third = years // 3
    lo = first + {"early": 0, "mid": third, "late": years - third - 1}[part.group(1)]
    hi = lo + third if part.group(1) != "late" else first + years - 1
    atom = span_atom(start, end, date(lo, 1, 1), date(hi, 12, 31))
    atom.value = f"{lo}/{hi}"
    return atom


def parse_century(text: str, start: int, end: int, as_of: date) -> Atom | None:
    s = text[start:end].lower()
    if "turn" in s:
        boundary = as_of.year // 100 * 100 if "century" in s else as_of.year // 1000 * 1000
        atom = span_atom(start, end, date(boundary - 2, 1, 1), date(boundary + 2, 12, 31))
        atom.value = f"{boundary - 2}/{boundary + 2}"
        return atom
    digits = re.search(r"\d+", s)
    toks = tokens(s)
    n = (
        int(digits.group())
        if digits
        else words_day(
            toks, next(i for i, t in enumerate(toks) if t in ORDINALS or t in ("twenty", "thirty"))
        )[0]
    )
    if not n:
        return None
    return _part_years(start, end, s, (n - 1) * 100 + 1, 100)
