"""The words a figure counts or measures: "EU member states" in "23 EU member states".

A counted noun phrase is the run of up to four words right after a number that stops at a
function word, a verb-like word, punctuation or another number. It is a heuristic on purpose:
linking matches it loosely against the dataset's wording.
"""

from __future__ import annotations

from claimcheck.extraction.wordlists import words
from claimcheck.regexes import compiled

# One line break inside a paragraph is a space in prose ("NATO has 23\nallies"); a blank line is
# not, since the word after it must follow the break's own spaces directly.
_WORDS = compiled(
    r"(?:[ \u00a0]*\r?\n[ \u00a0]*|[ \u00a0]+|[ \u00a0]?-[ \u00a0]?)"
    r"((?:[A-Z]\.){2,}(?![A-Za-z])|[A-Za-z\u00b0\u00b5\u03bc][\w'\u2019\u00b0/^]*)"
)  # "U.S." and "U.K." are one word
_CODE_LIKE = compiled(r"[A-Za-z]+\d*[014-9]\d*\Z|[A-Za-z]+\d{2,}\Z")
_NEXT_WORD = compiled(r"[ \u00a0]+([A-Za-z][\w'\u2019-]*)")
_OF_PHRASE = compiled(r"[ \u00a0]+(of|on|for)[ \u00a0]+")

STOPWORDS = words(
    """
    a an the and or but nor of in on at by to for from with within without into onto upon
    than as per via over under above below between among across after before during since
    until till through throughout against toward towards about around near off out up down
    is are was were be been being am has have had having do does did will would shall
    should can could may might must need ought i you he she it we they me him her us them
    my your his its our their this that these those who whom whose which what where when
    why how whether whilst whereas while zero nought naught point if unless because while
    although though so such not no nor only just also too very more most less least much
    many few several some any each every either neither both all other another own same
    than then there here now ago earlier later last next yet still already even ever never
    again always often said says say told according reported including includes include
    included plus minus times one two three four five six seven eight nine ten eleven
    twelve twenty thirty forty fifty hundred thousand million billion trillion percent per
    cent year-on-year
    """
)
_VERBISH_SUFFIXES = ("ed", "ly", "ing")
_IRREGULAR_PLURALS = words(
    """
    people children men women staff personnel police cattle feet teeth mice data media
    sheep deer fish aircraft crew
    """
)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "\u2019s", "ics", "news")
_SINGULAR_UNITS = words(
    """
    metre meter kilometre kilometer centimetre millimetre mile inch foot yard acre hectare
    gram kilogram tonne ton pound ounce litre liter gallon barrel degree watt kilowatt
    megawatt gigawatt volt hertz byte megabyte gigabyte terabyte
    """
)
# Short words of everyday prose that no unit is abbreviated to.
_SHORT_WORDS = words(
    """
    met did won saw got had has was say see set put cut hit let led ran sat are new old big
    top key low end way aid tax law job own age due may can yet now all any few off out too
    two six ten one via per who why how its his her our
    """
)
_MONTHS = words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)


def is_plural(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS)


def _unit_like(word: str) -> bool:
    low = word.lower()
    if low in _SHORT_WORDS:
        return False  # "23 met it", "3 won": a short word, not a unit's abbreviation
    return len(low) <= 3 or not low.isalpha() or low in _SINGULAR_UNITS


def counted_noun(
    text: str, pos: int, max_words: int = 4, singular: bool = False
) -> tuple[str, int] | None:
    """The noun phrase right after a number at ``pos`` and where it ends, or None.

    The phrase ends at its first plural word ("23 EU member states within NATO"); with no plural
    word it is kept only for one ("1 soldier", ``singular``) or a unit ("45 km2", "3-inch").
    """
    words: list[str] = []
    ends: list[int] = []
    end = pos
    hyphen = False
    while len(words) < max_words:
        m = _WORDS.match(text, end)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if (low in STOPWORDS and not word.isupper()) or (not words and low in _MONTHS):
            break  # ("US troops": the country, not the pronoun)
        if low in ("a.m.", "p.m."):
            break
        if words and (low.endswith(_VERBISH_SUFFIXES) and len(low) > 4):
            break
        if "-" in m.group(0):
            if words:
                break
            hyphen = True
        if text[m.end() : m.end() + 1] == "-" and text[m.end() + 1 : m.end() + 2].isdigit():
            break  # "L-202": a code, not a noun
        if not word.isalpha() and _CODE_LIKE.match(word):
            break  # "m212"
        words.append(word.rstrip("'\u2019"))
        end = m.end()
        ends.append(end)
        if hyphen or is_plural(word) or word.endswith(("'", "\u2019")):
            break
        if text[end : end + 1] in ",;:.!?)":
            break
    if not words:
        return None
    if hyphen or is_plural(words[-1]):
        return " ".join(words), end
    if singular:
        if len(words) > 1 and words[0][:1].isupper() and words[1].islower():
            return " ".join(words[:2]), ends[1]  # "one NATO official": the official, not NATO
        return words[0], ends[0]
    if _unit_like(words[0]) and not (words[0].isupper() and words[0].lower() in STOPWORDS):
        return words[0], ends[0]  # (but "3 US and 2 UK officials": "US" is no unit)
    return None


def of_phrase(text: str, pos: int, max_words: int = 5) -> str | None:
    """The "of GDP" that follows a figure, as written, or None."""
    if text[pos + 1 : pos + 2] not in ("o", "f"):
        return None  # cheap test: "of", "on" and "for" start with these
    m = _OF_PHRASE.match(text, pos)
    if not m:
        return None
    end = m.end()
    words = [m.group(1)]
    for _ in range(max_words):
        w = _NEXT_WORD.match(text, end - 1 if text[end - 1] == " " else end)
        if not w:
            break
        low = w.group(1).lower()
        if low in STOPWORDS and low not in ("the", "its", "their", "all"):
            break
        if len(words) > 1 and low.endswith(_VERBISH_SUFFIXES) and len(low) > 4:
            break
        words.append(w.group(1))
        end = w.end()
        if text[end : end + 1] in ",;:.!?)":
            break
    while len(words) > 1 and words[-1].lower() in ("the", "its", "their", "all"):
        words.pop()
    return " ".join(words) if len(words) > 1 else None
