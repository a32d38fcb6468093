"""The visible text of HTML (and of raw HTML inside Markdown), with offsets unchanged.

Where a headline, paragraph, list item or table row closes after text with no closing
punctuation, a full stop takes the place of a blank right after the text, so blocks do not run
together into one sentence.

Comments, ``<script>``/``<style>``/``<head>``-like elements, tags with their attributes, and
declarations are blanked. An entity such as ``&euro;`` keeps its place: its ``&...;`` is blanked
but the character it stands for is written into the same span (at its end for a currency sign,
so ``&euro;150bn`` still reads as "€150bn"; at its start otherwise), so no offset moves. An
entity for a space (``&nbsp;``, ``&thinsp;``, ``&#8239;``) becomes one space followed by
``joined.FILLER``, which the extractor never sees, so ``3.5&nbsp;%`` still reads as "3.5 %".
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from claimcheck.documents.joined import FILLER
from claimcheck.documents.masking import blank, blank_matches, blank_urls
from claimcheck.regexes import compiled

# In HTML and Markdown an unclosed comment hides the rest of the page, so it is blanked to the end.
COMMENT = compiled(r"<!--.*?(?:-->|\Z)", re.S)
# In plain text nothing is hidden: a stray "<!--" must not swallow the article after it.
# It stops at the next "<!--", so many stray openers cost one pass, not one pass each.
CLOSED_COMMENT = compiled(r"<!--(?:[^<-]++|-(?!->)|<(?!!--))*+-->")
_HIDDEN_ELEMENTS = compiled(
    r"<(script|style|noscript|template|svg|head|title)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I
)
_DECLARATION = compiled(r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<![A-Za-z][^>]*>|<\?.*?(?:\?>|\Z)", re.S)
# Attribute values may hold ">" when quoted.
TAG = compiled(
    r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>\"']*+(?:(?:\"[^\"]*\"|'[^']*')[^<>\"']*+)*)?/?>",
)
# A footnote mark ("3.5%<sup>1</sup>", "GDP<sup><a href="#n2">[2]</a></sup>") after a sign, a
# punctuation mark or a word: no figure. An exponent after a digit or a short unit stays
# ("10<sup>6</sup>", "km<sup>2</sup>").
_FOOTNOTE_MARK = compiled(
    r"(?:(?<=[%.,;:)\]\"'\u2019\u201d])|(?<=[A-Za-z]{3}))<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?"
    r"[\[(]?[0-9a-z*\u2020\u2021\u00a7]{1,3}[\])]?\s*(?:</a>\s*)?</sup>",
    re.I,
)
_ENTITY = compiled(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_META = compiled(r"<meta\b[^>]*>", re.I)
_ATTRIBUTE = compiled(r"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
_TIME = compiled(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.I)
_JSON_LD_DATE = compiled(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")
_TITLE = compiled(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)
# <meta> names that carry the headline, most specific first.
_TITLE_META = ("og:title", "twitter:title", "headline")
# <meta> names that carry the publication date, most specific first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "pubdate",
    "publishdate",
    "date",
)


def _entity(m: re.Match[str]) -> str:
    import html  # here: its table of entities takes ~1.5 ms to import, most articles have none

    raw = m.group()
    char = html.unescape(raw)
    width = len(raw)
    if len(char) == 1 and char != raw and unicodedata.category(char) == "Zs":
        # One space and invisible filler, so "3.5&nbsp;%" reads "3.5 %" once the filler is
        # dropped (see ``joined``). Thin and narrow no-break spaces read as a no-break space.
        return (" " if char == " " else "\u00a0") + FILLER * (width - 1)
    if len(char) != 1 or char == raw or char.isspace() or unicodedata.category(char)[0] == "C":
        return " " * width
    if unicodedata.category(char) == "Sc":
        return " " * (width - 1) + char
    return char + " " * (width - 1)


def blank_entities(text: str) -> str:
    return _ENTITY.sub(_entity, text)


def blank_tags(text: str) -> str:
    """Blank hidden elements, declarations and tags (not comments)."""
    text = blank_matches(_HIDDEN_ELEMENTS, text)
    text = blank_matches(_DECLARATION, text)
    if "<sup" in text or "<SUP" in text:
        # filler, not blanks: "90 billion<sup>3</sup> euros" still reads "90 billion euros"
        text = _FOOTNOTE_MARK.sub(lambda m: FILLER * len(m.group()), text)
    return blank_matches(TAG, text)


# Closing tags of blocks that end a sentence even without a full stop: headlines, paragraphs,
# list items, table rows. (Not table cells: "Germany | 3.5%" is one statement per row.)
_BLOCK_END = compiled(
    r"</(?:p|h[1-6]|li|tr|dt|dd|caption|figcaption|blockquote|title|div|section|article)\s*>",
    re.I,
)
_SENTENCE_END = frozenset(".!?:;")


def mark_block_ends(visible: str, source: str) -> str:
    """Write a full stop where a block closes after unpunctuated text, in the blanked tag.

    Offsets do not move: the "." takes the place of a blank right after the text. Without it a
    headline, a list item or a table row would run into the next one as a single sentence.
    """
    if "</" not in source:
        return visible
    stops: list[int] = []
    for match in _BLOCK_END.finditer(source):
        window = visible[max(0, match.start() - 200) : match.start()]
        before = window.rstrip()
        if before and before[-1] not in _SENTENCE_END:
            # Right after the text (so "3.5%</td></tr>" reads "3.5%."), on a blank, never on a
            # line break; the tag's own "<" is always a blank.
            after_text = match.start() - (len(window) - len(before))
            stop = visible.find(" ", after_text, match.start() + 1)
            # Nested blocks ("</li></ul></div>") close after the same text: one stop is enough.
            if stop >= 0 and (not stops or stop > stops[-1]):
                stops.append(stop)
    if not stops:
        return visible
    pieces, last = [], 0
    for stop in stops:
        pieces.append(visible[last:stop])
        pieces.append(".")
        last = stop + 1
    pieces.append(visible[last:])
    return "".join(pieces)


def visible_html(text: str) -> str:
    """``text`` (HTML) with comments already blanked -> its visible prose."""
    return mark_block_ends(blank_urls(blank_entities(blank_tags(text))), text)


def html_metadata(text: str) -> dict[str, Any]:
    """The date and the title the page declares, as ``{"date": ..., "title": ...}``: the date
    from ``<meta>``, JSON-LD or ``<time>``; the title from ``og:title``/``twitter:title`` or
    ``<title>`` (the body need not repeat the subject its headline names)."""
    head = text[:200_000]  # metadata sits near the top; never scan a huge body for it
    found: dict[str, str] = {}
    for tag in _META.finditer(head):
        attrs = {
            a.group(1).lower(): a.group(2) or a.group(3) or a.group(4) or ""
            for a in _ATTRIBUTE.finditer(tag.group())
        }
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if (name in _DATE_META or name in _TITLE_META) and attrs.get("content"):
            found.setdefault(name, attrs["content"])
    metadata: dict[str, Any] = {}
    date = next((found[name] for name in _DATE_META if name in found), None)
    for pattern in (_JSON_LD_DATE, _TIME):
        match = pattern.search(head) if date is None else None
        if match:
            date = match.group(1)
    if date is not None:
        metadata["date"] = date
    title = next((found[name] for name in _TITLE_META if name in found), None)
    if title is None:
        element = _TITLE.search(head)
        title = TAG.sub(" ", element.group(1)) if element else None
    if title is not None:
        import html  # here: its table of entities takes ~1.5 ms to import

        title = " ".join(html.unescape(title).split())
        if title:
            metadata["title"] = title
    return metadata


__all__ = [
    "CLOSED_COMMENT",
    "COMMENT",
    "TAG",
    "blank",
    "blank_entities",
    "blank_tags",
    "html_metadata",
]
