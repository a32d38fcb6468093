"""Words and regex fragments of English calendar language, shared by the temporal grammar.

Only tables and pattern strings live here: month and weekday names, ordinals, number words,
and the small fragments (a day, a month, a year in digits or words) that the grammar in
``temporal_grammar`` assembles into whole expressions.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

UNITS_1_19: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
# Units of time as they are normalised in Claim.unit.
DURATION_UNITS: dict[str, str] = {
    "year": "years", "yr": "years", "month": "months", "week": "weeks", "day": "days",
    "decade": "decades", "century": "centuries", "centurie": "centuries", "hour": "hours",
    "minute": "minutes", "fortnight": "weeks", "hr": "hours", "min": "minutes",
}  # fmt: skip
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# How many units from the article's date "this", "next", "last" ... step ("next year": +1)
DIRECTIONS: dict[str, int] = {
    "this": 0, "current": 0, "next": 1, "last": -1, "coming": 1, "upcoming": 1
}  # fmt: skip

# --- regex fragments, matched against the text lower-cased (ASCII, same offsets); where case
# matters ("May" the month, "Q3", a capitalised month standing alone) the parsers check the
# original text.

_MON_BODY = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
MON = rf"(?:{_MON_BODY}|may)\b(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|ept|oct|nov|dec)\.|\.(?=\d))?"
MONX = MON
MON_CAP = MON
MON_BARE = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december)\b"
)
WD_FULL = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WD = rf"(?:{WD_FULL}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?"
WD_ALONE = rf"(?:{WD_FULL}|tues|thurs)\b"

DAYD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_U9 = r"(?:one|two|three|four|five|six|seven|eight|nine)"
ORDW = (
    r"(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth"
)
DAYW = rf"(?:{ORDW}|(?:twenty|thirty)[- ]{_U9})\b"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENSW = rf"(?:{_TEENS}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_U9})?)"
YEARW = (
    rf"(?:(?:nineteen|twenty)[- ]{_TENSW}|two[- ]thousand(?:\s+and)?(?:\s+(?:{_TENSW}|{_U9}))?)\b"
)
YEAR4 = r"(?:1\d{3}|20\d\d)(?!\d)"
YEARC = rf"(?:{YEAR4}|{YEARW})"
# Not glued to an identifier, a bigger number, a currency sign or a path.
ND = r"(?<![\w.,/:$€£¥#-])"
NUMW = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{_U9})?|{_TEENS}|{_U9})"
)
NUMDUR = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+)?"  # "1,000 years", "18 months"
    rf"|{NUMW}(?:\s+hundred)?(?:\s+and\s+(?:a\s+)?half)?|a\s+few|few|several"
    r"|a\s+couple\s+of|couple\s+of|a\s+dozen|dozens\s+of|half\s+an?|an?)"
)
UNIT = (
    r"(?:(?:business|working)\s+)?(?:years?|yrs?|months?|weeks?|days?|decades?|centuries|century"
    r"|hours?|hrs?|minutes?|mins?|fortnights?)\b"
)
QORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
