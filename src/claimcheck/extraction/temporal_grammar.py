"""The grammar of temporal expressions: one named regex per family, tried in order.

At one position the first family that matches and parses wins, so longer, more specific families
come first. ``families_at(ch)`` gives the families that can open with the character ``ch``, so
a position is tried only against those; ``PATTERNS`` compiles each family on first use (one big
alternation of all families cost ~37 ms of start-up to compile; the families alone ~23 ms, and a
short article needs only some of them).
"""

from __future__ import annotations

import re

from claimcheck.extraction.temporal_lexicon import (
    DAYD,
    DAYW,
    MON,
    MON_BARE,
    MON_CAP,
    MONX,
    ND,
    NUMDUR,
    NUMW,
    ORDW,
    QORD,
    UNIT,
    WD,
    WD_ALONE,
    WD_FULL,
    YEAR4,
    YEARC,
    YEARW,
)
from claimcheck.extraction.temporal_monthday import PATTERN as MONTHDAY
from claimcheck.extraction.temporal_windows import PATTERN as ENDING
from claimcheck.regexes import compiled

_TO = r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*"
_YEAR_TAIL = rf"(?:,?\s*(?:of\s+)?{YEAR4})?"
_YEARREF = rf"(?:{YEAR4}|(?:this|next|last|the\s+current|the)\s+year|year)"
_MONTHREF = rf"(?:(?:this|next|last|the)\s+month|{MONX}(?:,?\s*{YEAR4})?|{YEAR4})"
_SHORT_DATE = rf"(?:{MON}\s*(?:the\s+)?{DAYD}|(?:the\s+)?{DAYD}\s+(?:of\s+)?{MON})(?:,?\s*{YEAR4})?"
_PERIOD_REF = (
    rf"(?:(?:the\s+)?(?:1[5-9]|20)\d0['’]?s\b|{MON}(?:,?\s*{YEAR4})?|{YEAR4}"
    r"|(?:this|next|last|the\s+current|the|my)\s+(?:year|month|week|decade|quarter|summer|winter"
    r"|spring|autumn|fall)\b|(?:spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?\d{4})?"
    r"|(?:year|month|week)\b)"
)

ALTERNATIVES: list[tuple[str, str]] = [
    ("ending", ENDING),  # "the 12 months to September", "the June quarter"
    (
        "fy",
        rf"\b(?:fy\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+)(?:{YEAR4}|\d\d)"
        rf"(?:\s*[-/–]\s*\d{{2,4}})?\b|\b(?:the\s+)?{YEAR4}(?:\s*[-/–]\s*\d{{2,4}})?\s+"
        r"(?:fiscal|financial|tax|budget)\s+year\b",
    ),
    (
        "num_dmy",
        rf"{ND}(?:\d{{4}}[-/.]\d\d?[-/.]\d\d?|\d\d?[/.]\d\d?[/.]\d{{4}}|\d\d?/\d\d?/\d\d"
        rf"|\d\d?-\d\d?-\d{{4}}|\d\d?/\d\d?,\s?\d{{2,4}}|\d{{4}}[-/]{MON}[-/]\d\d?)"
        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d/]|[.,-]\d)",
    ),
    ("monthday", MONTHDAY),  # "on 4/22", "22/04"
    (
        "quarter",
        rf"\b(?:(?:this|next|last)\s+year['’]s|{YEAR4}['’]s)\s+{QORD}[- ]*\s*(?:quarter|half)\b"
        rf"|\b(?:the\s+)?{QORD}[- ]*\s*(?:quarter|half)(?:\s+(?:of|in)\s+(?:the\s+)?(?:{YEARC}"
        rf"|(?:fiscal|financial)\s+(?:year\s+)?{YEAR4}|year|(?:this|next|last|current)\s+year)"
        rf"|\s*,?\s*(?:{YEAR4}|(?:this|next|last)\s+year))\b"
        rf"|\b(?:the\s+)?(?:first|last|final)\s+(?:three|six|nine|3|6|9)\s+months\s+of\s+"
        rf"(?:the\s+)?{_YEARREF}\b"
        rf"|(?<![\w.,/:$€£¥#])(?:{YEAR4}\s*[qh][1-4]|[qh][1-4](?:\s*(?:of\s+)?{YEAR4}|\s*['’]\d\d"
        r"|\s*/\s*\d{4})|q[1-4])\b"
        # "GDP grew in the third quarter": this year's, or the side its clause's tense gives
        r"|\bthe\s+(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]*quarter\b(?![-\u2010]\w)"
        r"(?!\s+(?:of|in)\b)"
        r"|(?<![\w.,/:$€£¥#])[1-4][qh]\s?(?:20\d\d|['’]?\d\d)\b",  # "3Q25", "1H 2026": results
    ),
    (
        "dayrange_md",
        rf"\b{MON}\s*(?:between\s+)?(?:the\s+)?{DAYD}{_TO}(?:the\s+)?{DAYD}"
        rf"(?![.,]\d|\s*%){_YEAR_TAIL}",
    ),
    (
        "dayrange_dm",
        rf"{ND}(?:(?:from|between)\s+)?{DAYD}{_TO}(?:the\s+)?{DAYD}\s*(?:of\s+)?"
        rf"(?:{MON}|(?:in\s+)?(?:this|next|last)\s+month\b){_YEAR_TAIL}",
    ),
    (
        "cal_dmy",
        rf"{ND}(?:{WD},?\s+(?:the\s+)?)?(?:the\s+)?(?:{DAYD}(?:\s+of\s+{MONX}|\.?(?:\s*[-/]\s*|\s+)"
        rf"{MON})|(?:{ORDW})\s+of\s+{MONX}){_YEAR_TAIL}",
    ),
    (
        "cal_mdy",
        rf"\b(?:{WD},?\s+)?(?:{MON}\s*,?\s*[-/]?\s*(?:the\s+)?{DAYD}(?![.,:]\d|\s*%|\s*[-/]\s*\d)"
        rf"|{MONX}\s+(?:the\s+)?{DAYW}){_YEAR_TAIL}",
    ),
    (
        "cal_ym",
        rf"\b(?:(?:the\s+)?month\s+of\s+)?{MONX},?\s*(?:of\s+)?{YEARC}(?![.,]\d|\s*%)"
        rf"|{ND}{YEAR4} ?,? ?{MON}(?!\s*\d)",
    ),
    ("nummy", rf"{ND}(?:1[0-2]|0?[1-9])\s*[-/]\s*(?:1[89]\d\d|20\d\d)(?![\d%]|[.,/-]\d)"),
    # not a segment of a reference number ("Directive 2009/81/EC") nor a percentage range
    (
        "ynum",
        rf"{ND}(?:1[89]\d\d|20\d\d)\s*[-–—/]\s*\d{{1,4}}(?![\d%/]|[.,]\d|\s*(?:per\b|per\s*cent|percent|%))",
    ),
    (
        "decade",
        r"\b(?:the\s+(?:(?:early|mid|late)[- ]?)?|(?:early|mid|late)[- ]?)?(?:1[5-9]|20)\d0['’]?s\b"
        r"|\bthe\s+(?:(?:early|mid|late)[- ]?)?['’]?\d0['’]?s\b"
        r"|\bthe\s+(?:(?:early|mid|late)[- ]?)?(?:fifties|sixties|seventies|eighties|nineties)\b",
    ),
    (
        "century",
        rf"\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?:1\d|2[01])(?:st|nd|rd|th)|{ORDW})"
        r"[- ]century\b|\b(?:the\s+)?turn\s+of\s+the\s+(?:century|millennium)\b",
    ),
    (
        "season",
        r"\b(?:(?:this|next|last|past|coming|the|early|late|mid)[- ]?\s*)?"
        rf"(?:spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?:{YEAR4}"
        rf"(?:\s*[-/]\s*\d{{2,4}}\b)?|{YEARW}|(?:last|this|next)\s+year\b))?|\bmidsummer\b",
    ),
    (
        "part",
        r"\b(?:the\s+)?(?:(?:very\s+)?(?:early|late|mid|middle)(?:\s+of(?:\s+the)?\s+|[- ]|\s+)"
        r"|(?:start|beginning|end|close|middle|rest|remainder)\s+of\s+(?:the\s+|this\s+)?"
        rf"|(?:end|start)[- ]|(?:later|earlier)\s+){_PERIOD_REF}",
    ),
    (
        "window",
        r"\b(?:(?:within|inside)\s+(?:the\s+)?(?:next\s+|coming\s+)?|(?:(?:in|over|during|for)"
        r"\s+)?(?:the\s+)?(?:next|past|last|previous|coming|upcoming)\s+)"
        rf"{NUMDUR}\s*{UNIT}"
        r"|\b(?:within|inside)\s+the\s+(?:next|coming)\s+(?:year|month|week|decade|century"
        r"|fortnight)\b",  # "within the next decade": one unit
    ),
    (
        "relunit",
        rf"(?:{ND}|(?<![\w-])(?!\d)){NUMDUR}[- ]?{UNIT}(?:,?\s+(?:and\s+)?(?:\d+|{NUMW})\s*{UNIT})*"
        r"(?:\s+and\s+a\s+half)?(?:\s+"
        r"(?:ago|earlier|later|from\s+(?:now|today|tomorrow|yesterday)"
        r"|(?:after|before)\s+(?:today|tomorrow|yesterday|now))"
        r"|['\u2019]s?\s+time)\b",  # "in five years' time", "in a week's time"
    ),
    (
        "holiday",
        r"\b(?:(?:last|next|this)\s+)?(?:christmas(?:\s+(?:day|eve))?|new\s+year['’]?s(?:\s+(?:day|eve))?|boxing\s+day"
        r"|halloween|valentine['’]?s\s+day|thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|monday))?)"
        r"(?:\s+weekend)?(?:\s+(?:of\s+)?\d{4}(?!\d))?\b",  # "the Easter weekend" is no other
    ),
    (
        "rel",
        r"\b(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)\b"
        r"|\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)"
        r"|last\s+night)\b|\b(?:the\s+)?week\s+(?:after\s+next|before\s+last)\b"
        rf"|\b(?:the\s+)?{QORD}\s+(?:week|{WD_FULL})\s+(?:of|in)\s+{_MONTHREF}"
        rf"|\b(?:the\s+)?week\s+(?:of|commencing|starting|beginning)\s+(?:on\s+)?{_SHORT_DATE}"
        rf"|\bw/c\s+{_SHORT_DATE}"
        rf"|\b(?:this|next|last)\s+week\s+(?:on\s+)?{WD_FULL}\b"
        rf"|\b(?:(?:this|next|last|past|coming)\s+)?{WD_ALONE}(?:,?\s+(?:the\s+)?(?:{DAYD}|{DAYW})"
        rf"(?!\s*(?:of\s+)?{MON})|\s+(?:of\s+)?(?:this|next|last)\s+week\b)?"
        r"|\b(?:the\s+)?(?:this|next|last|past|previous|coming|upcoming|current|following|same)"
        r"\s+(?:week(?:end)?|month|year|decade|century|quarter|fortnight)\b"
        rf"|\b(?:the\s+)?weekend\b(?!\s+of\s)|\b(?:this|next|last)\s+{MON}"
        r"|\b(?:in|during|since|until|till|by|from|of|through|throughout|before|after)\s+"
        rf"{MON_CAP}(?![\s,.]*(?:of\s+)?\d)"
        rf"|\b(?:the\s+)?month\s+of\s+{MON_CAP}|\b{MON_BARE}(?![\s,.]*(?:of\s+)?\d)"
        r"|\bmay(?=,?\s+(?:of\s+)?(?:last|this|next)\s+year\b)"  # "May last year": the month
        # "Jan-Mar 2025", "Jan to Mar 2026": the range's first month
        rf"|\b{MON}(?=\s*(?:[-–—]|to|through|until)\s*{MON}\s*,?\s*{YEAR4})"
        r"|\byear[- ]to[- ]date\b|\bytd\b|\bnow\b"
        r"|\bthis\s+time\s+(?:last|next)\s+(?:year|month|week)\b"
        r"|\bso\s+far\s+this\s+(?:year|month|week|quarter)\b"
        r"|\bthe\s+(?:year|month|week|quarter)\s+so\s+far\b",
    ),
    ("yword", rf"\b(?:in|since|of)\s+{YEARW}"),
    ("prepost", r"\b(?:pre|post)-(?:1[89]\d\d|20\d\d)(?![\w%-])"),
    ("year", rf"{ND}\d{{4}}(?![\w%]|[.,:/]\d|-[a-z\d])"),
    (
        "dur",
        rf"(?:{ND}|(?<![\w-])(?!\d)){NUMDUR}[- ]?{UNIT}(?:,?\s+(?:and\s+)?(?:\d+|{NUMW})\s*{UNIT})*"
        r"(?:\s+and\s+a\s+half\b)?",
    ),
]


NAMES: tuple[str, ...] = tuple(name for name, _ in ALTERNATIVES)
_SOURCES = dict(ALTERNATIVES)


class _LazyPatterns(dict[str, re.Pattern[str]]):
    """Each family's regex, compiled on first use."""

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = self[name] = compiled(_SOURCES[name])
        return pattern


PATTERNS: dict[str, re.Pattern[str]] = _LazyPatterns()
_DIGIT_ONLY = frozenset({"num_dmy", "monthday", "nummy", "ynum", "year"})
_WORD_NEVER = frozenset(
    {"ending", "dayrange_md", "season", "part", "window", "holiday", "rel", "yword", "prepost"}
)
# The families tried where a candidate opens with a digit, and with a word.
DIGIT_NAMES: tuple[str, ...] = tuple(n for n in NAMES if n not in _WORD_NEVER)
WORD_NAMES: tuple[str, ...] = tuple(n for n in NAMES if n not in _DIGIT_ONLY)
# The ASCII letters and digits (of the lower-cased text) each family can open with: a superset
# of what its regex accepts as first character, checked against the regexes by
# tests/extraction/test_temporal_grammar.py. Other characters try every family of their class.
FIRST: dict[str, str] = {
    "ending": "t",
    "fy": "12ft",
    "num_dmy": "0123456789",
    "monthday": "0123456789",
    "quarter": "1234fhlnqst",
    "dayrange_md": "adfjmnos",
    "dayrange_dm": "0123456789bf",
    "cal_dmy": "0123456789efmnstw",
    "cal_mdy": "adfjmnostw",
    "cal_ym": "12adfjmnost",
    "nummy": "0123456789",
    "ynum": "12",
    "decade": "12elmt",
    "century": "12eflmnst",
    "season": "aceflmnpstw",
    "part": "bcelmrstv",
    "window": "cdfilnoptuw",
    "relunit": "0123456789acdefhnost",
    "holiday": "bcehlntv",
    "rel": "1234abcdfijlmnopstuwy",
    "yword": "ios",
    "prepost": "p",
    "year": "0123456789",
    "dur": "0123456789acdefhnost",
}
FIRST_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_BY_CHAR: dict[str, tuple[str, ...]] = {}


def families_at(ch: str) -> tuple[str, ...]:
    """The families, in grammar order, that may match where the lower-cased text has ``ch``."""
    names = _BY_CHAR.get(ch)
    if names is None:
        names = DIGIT_NAMES if ch.isdigit() else WORD_NAMES
        if ch in FIRST_ALPHABET:
            names = tuple(n for n in names if ch in FIRST[n])
        _BY_CHAR[ch] = names
    return names
