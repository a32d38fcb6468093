"""Digits that are names, not quantities: "Article 5", "F-35", "COVID-19", phone numbers, URLs...

``Masks`` knows the stretches of text whose digits never carry a claim (URLs, e-mail addresses,
phone numbers, version numbers, IP addresses, times of day, ISO dates);
``is_identifier`` judges one number by what is glued to it and the word before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from claimcheck.extraction.nouns import STOPWORDS
from claimcheck.extraction.word_figures import glued_number_name
from claimcheck.extraction.wordlists import words
from claimcheck.regexes import compiled

# Long stretches found once per text; each starts with a literal so the scan is cheap.
_WIDE = compiled(r"(?:https?://|ftp://|www\.)[^\s<>\"')\]]+")
_AT_OR_DOMAIN = compiled(r"@|\.(?:com|org|net|gov|edu|int|io|eu|uk|de)\b")
_EMAIL_OR_DOMAIN = compiled(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.@])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|io"
    r"|eu|uk|de)\b[^\s<>\"')\]]*"
)
# Digit patterns, tried only in a small window around a candidate number.
_LOCAL = compiled(
    r"""
    (?<![\w+])\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s./-]\d{2,5}){1,4}(?!\d)
  | (?<![\w])\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)                   # (555) 123-4567
  | (?<![\w.-])(?:1[-.\s])?\d{3}[-.]\d{3,4}[-.]\d{4}(?![\w.-]?\d)    # (1-)555-123-4567
  | (?<![\w.])[vV]?\d+(?:\.\d+){2,}(?![\d])                       # versions, IP addresses
  | (?<![\w.])[vV]\d+(?:\.\d+)?\b                                 # v2, v3.1
  | (?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\d:])   # 16:39, 5:05 PM
  | (?<![\w.])\d{1,2}(?:\.\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)  # 2pm, 2.17pm, 11 a.m.
  | (?:(?<=\bat\s)|(?<=\bby\s)|(?<=from\s)|(?<=until\s)|(?<=after\s)|(?<=before\s))
    (?:[01]?\d|2[0-3])\.[0-5]\d                                    # at 9.30 tomorrow
    (?=\s+(?:tomorrow|tonight|local\s+time|GMT|BST|CET|CEST|UTC)\b)
  | (?<![\w.])\d{4}-\d{2}-\d{2}(?:T[\d:.+-]+Z?)?(?!\d)           # ISO dates
  | (?<![\w])(?:[Vv]ersion|[Rr]elease|[Uu]pdate)\s+\d+(?:\.\d+)*\b
    """,
    re.VERBOSE,
)
_LOCAL_WINDOW = 24
_TRIGGERS = ".:-/\u2013"
_AFTER_TIME = compiled(r" ?(?:[ap]\.?m\b|[AP]M\b)|\s+(?:version|release)", re.IGNORECASE)
# "at 9.30 tomorrow", "21.00 GMT": a clock time, told from a price by the time word after it
_TIME_WORD_AFTER = compiled(r"\s+(?:tomorrow|tonight|local\s+time|GMT|BST|CET|CEST|UTC)\b")

# Words that name what a following number identifies ("Article 5", "Section 3", "Flight 17").
_NAMING_WORDS = words(
    """
    article articles section sections chapter chapters clause clauses paragraph
    paragraphs para rule rules resolution resolutions page pages p pp fig figure figures
    table tables flight room route highway interstate no nos nr nrs number vol volume
    part annex appendix title amendment item items level phase stage season episode gate
    platform lane bus line grade category type model series mark generation unit act
    exhibit box apt apartment suite floor block lot ward district zone exit junction
    pier terminal track step class form schedule protocol directive regulation reg bill
    hr s code policy case docket session round week day matchday game heat race stanza
    verse psalm psalms op opus no. ch sec art
    """
)
# "6x10^23", "8x2^10", "3x10⁸": a figure times a power, not a code like "24703L202"
_TIMES_POWER = compiled(r"x(?:1|\d{1,2}(?:\^|[\u207b\u2070\u00b9\u00b2\u00b3\u2074-\u2079]))")
_WORD_BEFORE = compiled(r"[\w.]+\Z")
# A single capital glued to a one-digit number names a kind of thing: 3D, 5G, 4K.
_LETTER_NAME = compiled(r"[A-Z](?![\w])")
_LOWER_NAMING = words(
    "article section chapter paragraph page no nos p pp fig vol para ch sec art op number"
)
# "10 Downing Street", "221B Baker Street": a house number
_ADDRESS_AFTER = compiled(
    r"[A-Z]?[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+){1,3}"
    r"(?:Street|Road|Avenue|Lane|Boulevard|Square|Place|Drive|Terrace|Crescent|Gardens)\b"
)
# A phone number written in groups after a trunk zero: "020 7946 0000", "0171 123 4567"
_PHONE = compiled(r"(?<![\w.,])0\d{2,4}(?:[ \u00a0]\d{3,4}){2,3}(?![\w]|[.,]\d)")
_SQUARE_UNIT = compiled(r"[A-Za-z]{1,2}[23](?!\w)")  # "24703m2", "45km2"
_NUMBER_BEFORE = compiled(r"\d[ \u00a0]?\Z")
# (after a range's second figure too: "Lithuania 5-6%")
_UNIT_AFTER = compiled(
    r"(?:[-\u2013]\d+(?:\.\d+)?)?[ \u00a0]?(?:%|per[ \u00a0]?cent|percent|bn|m\b|million|billion)"
)


# Capitalised words that are not names: function words at the start of a clause, months.
_NOT_NAMES = STOPWORDS | words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday top page chapter article section about nearly almost roughly some over
    aged age ages
    approximately exactly fully another just only around under estimated circa total totals
    additional extra another further those sum including
    today yesterday tomorrow tonight currently presently nowadays recently meanwhile overall
    altogether together however moreover furthermore besides likewise instead otherwise
    indeed perhaps maybe finally initially originally previously formerly lately thus hence
    therefore consequently still once first second third lastly nonetheless nevertheless"""
)


# "in 2015 dollars", "at constant 2021 prices": the year names a price level, no amount or time
_PRICE_BASE_AFTER = compiled(
    r"(?i)[ \u00a0]+(?:prices|dollars|euros|pounds|terms|money|us[ \u00a0]+dollars|usd|eur)\b"
)
_PRICE_BASE_BEFORE = compiled(
    r"(?i)(?:(?P<strong>\bat[ \u00a0]+|\([ \u00a0]*)|\b(?:in|of|using)[ \u00a0]+)"
    r"(?P<kind>(?:constant|current|real)[ \u00a0]+)?\Z"
)
# A figure earlier in the clause: "$80m in 2015 dollars" ("In 2023 prices rose" has none).
_FIGURE_BEFORE = compiled(r"\d[^.;!?\n]*\Z")


def is_price_base_year(text: str, start: int, end: int) -> bool:
    """Whether the year at [start, end) is the base of constant prices ("$80m in 2015 dollars",
    "at 2021 prices"), which is neither an amount nor the period a figure speaks of."""
    if not (
        end - start == 4
        and text[start:end].isdigit()
        and _PRICE_BASE_AFTER.match(text, end) is not None
    ):
        return False
    before = _PRICE_BASE_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    if before.group("strong") or before.group("kind"):
        return True
    # "in 2015 dollars" only labels a figure that came before it
    return _FIGURE_BEFORE.search(text, max(0, before.start() - 60), before.start()) is not None


class Masks:
    """The masked stretches of one text (URLs, e-mails, phones...), for overlap tests."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str) -> None:
        self.text = text
        spans = _wide_spans(text)
        for hit in _AT_OR_DOMAIN.finditer(text):
            lo = max(0, hit.start() - 64)
            for m in _EMAIL_OR_DOMAIN.finditer(text, lo, hit.end() + 128):
                if m.start() <= hit.start() < m.end():
                    spans.append((m.start(), m.end()))
                    break
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        if i + 1 < len(self.starts) and self.starts[i + 1] < end:
            return True
        text = self.text
        before = text[max(0, start - 9) : start].lower()
        wide = text[max(0, start - _LOCAL_WINDOW) : start]
        glued_after = text[end : end + 1] in _TRIGGERS and text[end + 1 : end + 2].isdigit()
        glued_before = (
            text[start - 1 : start] in _TRIGGERS and text[start - 2 : start - 1].isdigit()
        )
        if not (
            "+" in wide
            or "(" in wide
            or glued_after
            or glued_before
            or _AFTER_TIME.match(text, end)
            or (text[end - 3 : end - 2] == "." and _TIME_WORD_AFTER.match(text, end))
            or "version" in before
            or "release" in before
            or "update" in before
        ):
            return False  # none of the punctuation the local patterns need
        lo, hi = max(0, start - _LOCAL_WINDOW), end + _LOCAL_WINDOW
        return any(m.start() < end and start < m.end() for m in _LOCAL.finditer(self.text, lo, hi))


def _wide_spans(text: str) -> list[tuple[int, int]]:
    """The spans ``_WIDE.finditer`` finds, from the few places a URL can start: str.find on
    "://" and "www." is a much cheaper pass over a long text than the regex scan."""
    starts: list[int] = []
    for needle, backs in (("://", (5, 4, 3)), ("www.", (0,))):
        i = text.find(needle)
        while i != -1:
            starts.extend(i - b for b in backs if i >= b)
            i = text.find(needle, i + 1)
    spans: list[tuple[int, int]] = []
    end = 0
    for start in sorted(set(starts)):
        if start < end:
            continue  # inside the URL before, as finditer would skip it
        m = _WIDE.match(text, start)
        if m is not None:
            spans.append((start, m.end()))
            end = m.end()
    return spans


def is_identifier(text: str, start: int, end: int, integer: bool) -> bool:
    """Whether the digits at [start, end) name something rather than count or measure it."""
    before = text[start - 1] if start else " "
    if before.isalpha() or before in "_#\u00a7" or text[max(0, start - 2) : start] == "\u00a7 ":
        return True  # G7, A400M, MH17, #3, § 5
    if before == "(" and start >= 2 and text[start - 2].isalnum() and text[end : end + 1] == ")":
        return True  # "Article 42(7)", "5(1)": a sub-clause
    if (text[start] == "0" or before == " " and text[start - 2 : start - 1].isdigit()) and any(
        m.start() <= start and end <= m.end()
        for m in _PHONE.finditer(text, max(0, start - 16), end + 16)
    ):
        return True  # "020 7946 0000"
    if before in "-/+" and start >= 2 and text[start - 2].isalnum():
        glued = _WORD_BEFORE.search(text, max(0, start - 12), start - 1)
        if text[start - 2].isalpha() or (glued and any(c.isalpha() for c in glued.group())):
            return True  # F-35, COVID-19, SCP-173, scp2-173
    after = text[end : end + 3]
    if after[:1] == "-" and after[1:2].isupper() and glued_number_name(text, end + 1):
        return True  # "7-Eleven"
    code = after[:1].isalpha() and after[1:2].isdigit() and not _TIMES_POWER.match(text, end)
    if code and not _SQUARE_UNIT.match(text, end):
        return True  # 24703L202
    # a capital after the space ("10 Downing", "221B Baker"): most figures skip the regex
    capital_after = after[1:2].isupper() if after[:1] == " " else after[2:3].isupper()
    if capital_after and _ADDRESS_AFTER.match(text, end):
        return True  # "10 Downing Street", "221B Baker Street"
    if after[:1] == "/" and after[1:2].isdigit():
        return True  # "9/11", "24/7": dates and names (fractions were read before this)
    if end - start == 1 and before != "." and _LETTER_NAME.match(text, end):
        return True  # "3D", "5G", "4K" printers, networks, screens
    if is_price_base_year(text, start, end):
        return True  # "in 2015 dollars"
    word, word_start = _word_before(text, start)
    if word:
        low = word.lower()
        if low in _NAMING_WORDS and (word[0].isupper() or low in _LOWER_NAMING):
            return True  # "Article 5", "Article 42.7", "pp. 23"
        if integer and _is_name_number(text, start, end, word, word_start):
            return True
    if not integer:
        return False
    return _is_list_marker(text, start, end)


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The word (letters, maybe with a final ".") one space before ``start``, and where it starts.

    String operations rather than a regex: this runs for nearly every number of a text.
    """
    if start < 2 or text[start - 1] not in " \u00a0" or text[start - 2] in " \u00a0":
        return "", -1
    seg = text[max(0, start - 20) : start - 1]
    parts = seg.rsplit(None, 1)
    token = parts[-1] if parts else ""
    if len(parts) < 2 and len(seg) == 19:
        return "", -1  # longer than any name we look for
    bare = token.lstrip("([\"'\u201c\u2018")
    word = bare[:-1] if bare.endswith(".") else bare
    if not word.replace("&", "").isalpha():  # "S&P 500"
        return "", -1
    return word, start - 1 - len(bare)


def _is_name_number(text: str, start: int, end: int, word: str, word_start: int) -> bool:
    """A bare integer right after a capitalised word: "FTSE 100", "iPhone 15", "Boeing 737"."""
    if not text[start:end].isdigit() or end - start > 4 or len(word) < 2 or word.islower():
        return False
    if word.endswith(".") or text[start - 2] == "." or word.lower() in _NOT_NAMES:
        return False
    if _NUMBER_BEFORE.search(text, max(0, word_start - 12), word_start):
        return _name_goes_on(text, word_start)  # not "2.80 GHz 8 MB": a unit of the figure
    return not _UNIT_AFTER.match(text, end)  # "Germany 2%" is a figure after all


def _name_goes_on(text: str, word_start: int) -> bool:
    """Whether the number before the word at ``word_start`` is a name's ("Boeing 737 Max 8"), so
    the word and the number after it go on with the name."""
    end = word_start - 1 if text[word_start - 2 : word_start - 1].isdigit() else word_start
    start = end
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    if start == end or not (
        text[start - 1 : start] in (" ", "\u00a0") or text[start - 1].isalpha()
    ):
        return False
    return is_identifier(text, start, end, True)


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """A footnote "[3]" or a list number at the start of a line ("1." / "2)")."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else ""
    if before == "[" and after == "]":
        return True
    if end - start <= 2 and after in ".)" and end + 1 < len(text) and text[end + 1] in " \t":
        line_start = text.rfind("\n", 0, start) + 1
        return text[line_start:start].strip() in ("", "(")
    return False
