"""Hedges and bounds written before a figure, and the interval each one asserts.

"around 300" is approximate (the comparison stage widens it), "more than 300" is a lower bound,
"up to 300" an upper bound. ``qualifier_before`` finds the phrase that ends right before a figure;
``bounds`` turns (qualifier, value) into (low, high).
"""

from __future__ import annotations

import re

from claimcheck.model import Qualifier
from claimcheck.regexes import compiled

_PHRASES: dict[str, Qualifier] = {
    "around": "approximate",
    "about": "approximate",
    "roughly": "approximate",
    "approximately": "approximate",
    "approx.": "approximate",
    "some": "approximate",
    "nearly": "approximate",
    "almost": "approximate",
    "close to": "approximate",
    "circa": "approximate",
    "ca.": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "perhaps": "approximate",
    "maybe": "approximate",
    "possibly": "approximate",
    "probably": "approximate",
    "~": "approximate",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "upward of": "more_than",
    "north of": "more_than",
    "south of": "less_than",
    "shy of": "less_than",
    "in the region of": "approximate",
    "the best part of": "approximate",
    "the better part of": "approximate",
    "getting on for": "approximate",
    "greater than": "more_than",
    "larger than": "more_than",
    "bigger than": "more_than",
    "higher than": "more_than",
    "greater than or equal to": "at_least",
    "more than or equal to": "at_least",
    "less than or equal to": "at_most",
    "lower than": "less_than",
    "smaller than": "less_than",
    "at least": "at_least",
    "as early as": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "fewer than": "less_than",
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "no later than": "at_most",
    "a maximum of": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
}

_ALTERNATION = "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_PHRASES, key=len, reverse=True)
)
# A word of degree before a bound is part of the hedge ("just over 40%", "well under 2%", "a
# shade under 60%"); it does not change which side the bound is on.
_DEGREE = (
    r"(?:just|well|slightly|far|somewhat|marginally|fractionally|comfortably"
    r"|a\s+(?:little|shade|touch|bit|fraction))\s+"
)
# Matched against the text that ends where the figure starts (endpos), hence the "\Z".
_BEFORE = compiled(r"(?<![\w])(?:" + _DEGREE + r")?(" + _ALTERNATION + r")\s*\Z", re.IGNORECASE)
_NORMALISE = compiled(r"\s+")
# "revised up to 2.3%", "adds up to $5bn", "signed up to 5%": "up" belongs to the verb, and "to"
# names the level reached, not a ceiling
# (not "go up to", "climb up to": "fines go up to 4%" is a ceiling)
_VERB_WITH_UP = compiled(
    r"(?i)\b(?:revis|push|mov|tick|mark|bump|ratchet|round|scal|step|ramp|edg|inch|notch|nudg"
    r"|trend|add|sign|liv|measur)(?:e|es|ed|ing|s|ped|ping)?\s+\Z"
)
# After a modal the verb says what may happen, so "up to" is a ceiling again
_MODAL_BEFORE = compiled(
    r"(?i)\b(?:can|could|may|might|will|would|shall|should|must)(?:\s+\w+)?\s+\Z"
)
_ENDINGS = tuple(" " + p for p in _PHRASES if p != "~")
# The last word of every phrase: a text whose last word is none of these ends in no phrase.
_LAST_WORDS = frozenset(p.split()[-1] for p in _PHRASES if p != "~")


def qualifier_before(text: str, pos: int, window: int = 32) -> tuple[Qualifier, int] | None:
    """The qualifier that ends right before ``pos`` and where it starts, if any."""
    if pos == 0:
        return None
    prev = text[pos - 1]
    if not (prev.isspace() or prev == "~"):
        return None
    if prev != "~":
        # cheap tests first: most figures have no qualifier
        seg = text[max(0, pos - window) : pos]
        last = seg.rsplit(None, 1)
        if not last or last[-1].lower() not in _LAST_WORDS:
            return None
        if not (" " + " ".join(seg.lower().split())).endswith(_ENDINGS):
            return None
    m = _BEFORE.search(text, max(0, pos - window), pos)
    if not m:
        return None
    phrase = _NORMALISE.sub(" ", m.group(1).lower())
    if phrase == "up to" and up_belongs_to_verb(text, m.start(1)):
        return None
    return _PHRASES[phrase], m.start()


def up_belongs_to_verb(text: str, up: int) -> bool:
    """Whether the "up to" at ``up`` reads "verb up" + "to" a level ("revised up to 2.3%",
    "moved up to 2027"), not a ceiling ("up to 1.5%")."""
    verb = _VERB_WITH_UP.search(text, max(0, up - 16), up)
    return verb is not None and not _MODAL_BEFORE.search(
        text, max(0, verb.start() - 20), verb.start()
    )


# Bounds written after the figure: "aged 65 or over", "30 or more people", "10 or fewer".
_AFTER_PHRASES: dict[str, Qualifier] = {
    "or more": "at_least",
    "or over": "at_least",
    "or above": "at_least",
    "or higher": "at_least",
    "or greater": "at_least",
    "and above": "at_least",
    "and over": "at_least",
    "or less": "at_most",
    "or fewer": "at_most",
    "or under": "at_most",
    "or below": "at_most",
    "or lower": "at_most",
    "or so": "approximate",
}
_AFTER = compiled(
    r"[ \u00a0]+(" + "|".join(p.replace(" ", r"[ \u00a0]+") for p in _AFTER_PHRASES) + r")\b",
    re.IGNORECASE,
)


# Glued onto the figure: "30-plus countries", "$2bn+", "1,000-odd soldiers"
_GLUED = compiled(r"(?i)(?:-(plus|odd)|(\+))(?![\w+])")


def glued_hedge(text: str, pos: int) -> tuple[Qualifier, int] | None:
    """The hedge glued right after a figure ("-plus", "+", "-odd") and where it ends, if any."""
    if text[pos : pos + 1] not in ("-", "+"):
        return None  # cheap test before the regex
    m = _GLUED.match(text, pos)
    if m is None:
        return None
    return ("approximate" if (m.group(1) or "").lower() == "odd" else "at_least"), m.end()


def qualifier_after(text: str, pos: int) -> tuple[Qualifier, int] | None:
    """The bound written right after a figure ("or more") and where it ends, if any."""
    if text[pos + 1 : pos + 3].lower() not in ("or", "an"):
        return None  # cheap test before the regex
    m = _AFTER.match(text, pos)
    if not m:
        return None
    return _AFTER_PHRASES[_NORMALISE.sub(" ", m.group(1).lower())], m.end()


def bounds(qualifier: Qualifier | None, value: float) -> tuple[float | None, float | None]:
    """(low, high) a figure asserts: bounds open on one side, point values on both."""
    if qualifier in ("more_than", "at_least", "since"):
        return value, None
    if qualifier in ("less_than", "at_most", "by"):
        return None, value
    return value, value
