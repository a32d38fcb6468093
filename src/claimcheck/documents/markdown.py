"""The visible prose of a Markdown article, with offsets unchanged.

Blanked: fenced code blocks (``` and ~~~; an unclosed fence runs to the end, as in CommonMark),
indented code blocks (four spaces or a tab after a blank line, unless they continue a list),
inline code, link targets ``](...)`` and reference definitions, footnote markers, autolinks,
bare URLs, raw HTML tags, scripts and styles, emphasis markers (``**``, ``_``), struck-out
``~~text~~`` and ordered-list numbers. A heading, bullet or table-row marker becomes a full stop,
so the block before it does not run into it as one sentence. HTML comments are blanked by
``blank_comments``, a separate step, because the inline suppressions live in them. Link text and
the words of headings and emphasis stay.
"""

from __future__ import annotations

import re

from claimcheck.documents.html import COMMENT, blank_entities, blank_tags
from claimcheck.documents.masking import blank, blank_matches, blank_urls, blank_where
from claimcheck.regexes import compiled

# A backtick fence's info string cannot hold a backtick, so "```x``` y" is inline code instead.
_FENCE = compiled(
    r"^ {0,3}(?P<f>`{3,}(?=[^`\n]*$)|~{3,})[^\n]*(?:\n|\Z)"
    r"(?:.*?^ {0,3}(?P=f)[`~]*[ \t]*\r?$|.*\Z)",
    re.M | re.S,
)
_CODE_LINES = r"(?: {4}|\t| {1,3}\t)[^\n]*(?:\n(?:[ \t]*\r?\n)*(?: {4}|\t| {1,3}\t)[^\n]*)*"
# Starts with a literal newline (the end of the line before the blank line) so the regex engine
# can skip ahead quickly; a block at the very start of the text is matched separately.
_INDENTED = compiled(r"\n(?:[ \t]*\r?\n)+" + _CODE_LINES)
_INDENTED_AT_START = compiled(_CODE_LINES)
_LIST_ITEM = compiled(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
# Inline code may run over a line break but never over a blank line.
# The pattern starts with a backtick (not a look-behind) so the engine can scan for it quickly;
# possessive runs keep a span without a closing run from backtracking exponentially.
_INLINE_CODE = compiled(
    r"`(?<![`\\]`)(?P<ticks>`*)(?!`)"
    r"(?:[^`\n]++|\n(?![ \t]*\r?\n)|`++)+?(?<!`)`(?P=ticks)(?!`)"
)
_LINK_TARGET = compiled(
    r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
_REFERENCE = compiled(r"\]\[[^\]\n]*\]")
_DEFINITION = compiled(r"\[(?!\^)[^\]\n]+\]:[ \t]*\S[^\n]*")
_FOOTNOTE_MARK = compiled(r"\[\^[^\]\s]+\](?::)?")
# Emphasis markers hug the words they mark ("**3.5%**"); blanking them leaves the figure on its own.
# An underscore inside a word (snake_case) is not a marker.
_EMPHASIS = compiled(r"\*{1,3}|(?<![A-Za-z0-9])_{1,3}|_{1,3}(?![A-Za-z0-9])")
# Struck-out text is a retraction shown as such, not a claim the article makes.
_STRUCK = compiled(r"(?<!~)~~(?!~)[^~\n]+?(?<!~)~~(?!~)")
_AUTOLINK = compiled(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")


def _continues_prose(m: re.Match[str]) -> bool:
    """True when an indented block belongs to a list or a paragraph rather than being code."""
    text = m.string
    end = m.start()
    for _ in range(100):  # the last non-blank line above, within reach
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            return bool(_LIST_ITEM.match(line)) or line[:1] in (" ", "\t")
        if start == 0:
            break
        end = start - 1
    return False


def _not_line_start(m: re.Match[str]) -> bool:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return m.start() - line_start > 3 or bool(m.string[line_start : m.start()].strip())


def blank_code(text: str) -> str:
    """Blank code blocks and code spans: nothing inside them is prose or a directive."""
    # Each pass is skipped when its marker is absent: most articles have no code at all.
    if "```" in text or "~~~" in text:
        text = blank_matches(_FENCE, text)
    if _INDENTED_AT_START.match(text) and not _LIST_ITEM.match(text):
        text = _blank_start(text)
    if "\n    " in text or "\n\t" in text or "\n \t" in text or "\n  \t" in text:
        text = blank_where(_INDENTED, text, _continues_prose)
    if "`" in text:
        text = blank_matches(_INLINE_CODE, text)
    return text


def _blank_start(text: str) -> str:
    match = _INDENTED_AT_START.match(text)
    return blank(text[: match.end()]) + text[match.end() :] if match else text


def blank_comments(text: str, pattern: re.Pattern[str] = COMMENT) -> str:
    return blank_matches(pattern, text) if "<!--" in text else text


# Block markers at the start of a line: heading hashes, bullets, ordered-list numbers, table pipes.
# A literal newline comes first so the regex engine can skip ahead (the text gets a leading "\n").
_BLOCK_MARKER = compiled(
    r"\n[ \t]{0,3}(?P<m>#{1,6}(?=[ \t])|[-*+](?=[ \t])|\d{1,3}[.)](?=[ \t])|\|)"
)


def _block_marker(m: re.Match[str]) -> str:
    """A full stop in place of the marker, so the line before does not run into this block.

    The sentence splitter only breaks lines at blank lines; headings, list items and table rows
    are blocks of their own. An ordered-list number is blanked (it is not a claim), but only
    where a list can start (after a blank line or another item), so a wrapped line that begins
    "2025. The ..." keeps its year.
    """
    marker = m.group("m")
    lead = m.group()[: m.start("m") - m.start()]
    if marker[0].isdigit():
        text = m.string
        previous = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if previous.strip() and not _BLOCK_MARKER.match("\n" + previous.lstrip("\r")):
            return m.group()
        return lead + " " * (len(marker) - 1) + "."
    return lead + "." + " " * (len(marker) - 1)


def visible_markdown(text: str) -> str:
    """``text`` with code and comments already blanked -> its visible prose."""
    if "<" in text:
        text = blank_matches(_AUTOLINK, text)
    if "](" in text:
        text = blank_matches(_LINK_TARGET, text)
    if "][" in text:
        text = blank_matches(_REFERENCE, text)
    if "]:" in text:
        text = blank_where(_DEFINITION, text, _not_line_start)
    if "[^" in text:
        text = blank_matches(_FOOTNOTE_MARK, text)
    text = blank_tags(text)
    text = _BLOCK_MARKER.sub(_block_marker, "\n" + text)[1:]
    if "~~" in text:
        text = blank_matches(_STRUCK, text)
    text = blank_urls(blank_entities(text))
    if "*" in text or "_" in text:
        text = blank_matches(_EMPHASIS, text)
    return text
