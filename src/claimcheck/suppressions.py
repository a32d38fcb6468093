"""Inline suppressions: ``<!-- claimcheck: ... -->`` comments in the article itself.

One syntax in every format (Markdown, HTML, and plain text alike, where the HTML comment form is
simply written into the text):

- ``<!-- claimcheck: ignore -->`` silences the claims on one line: the rest of its own line when
  text follows the comment; its own line when the comment ends a line of text (like ``# noqa``);
  the next non-blank line when the comment stands alone on its line.
- ``<!-- claimcheck: ignore FACT-ID [FACT-ID...] -->`` does the same, only for claims linked to
  those facts.
- ``<!-- claimcheck: off -->`` ... ``<!-- claimcheck: on -->`` silences a region; an ``off``
  without ``on`` runs to the end of the file.

A suppression "matches" when it silences a finding (a claim whose verdict is not ``supported``);
``apply_suppressions`` reports the ones that match nothing, so stale suppressions get removed.
Comments inside code blocks are not directives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from claimcheck.documents.html import COMMENT
from claimcheck.model import CheckedClaim, Problem

if TYPE_CHECKING:
    from claimcheck.documents import Document

SuppressionKind = Literal["ignore-next", "ignore-line", "off-on"]

_DIRECTIVE = re.compile(r"[ \t]*claimcheck\b[ \t]*(?P<colon>:?)(?P<body>.*)", re.S | re.I)
_FACT_ID = re.compile(r"[A-Za-z0-9][\w.:/-]*")
_SYNONYMS = {"disable": "off", "enable": "on", "skip": "ignore", "noqa": "ignore",
             "ignore-next-line": "ignore", "start": "off", "end": "on"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Suppression:
    """One directive and the stretch of the text ``[start, end)`` it covers."""

    kind: SuppressionKind
    start: int
    end: int
    line: int
    column: int
    directive: str
    fact_ids: tuple[str, ...] = ()

    def covers(self, checked: CheckedClaim) -> bool:
        if not self.start <= checked.claim.start < self.end:
            return False
        if not self.fact_ids:
            return True
        linked = {f.id for f in (checked.fact, checked.superseded_by) if f is not None}
        return bool(linked & set(self.fact_ids))


Position = Callable[[int], tuple[int, int]]


def parse_suppressions(
    source: str,
    visible: str,
    path: str,
    position: Position,
    comments: re.Pattern[str] = COMMENT,
) -> tuple[tuple[Suppression, ...], tuple[Problem, ...]]:
    """Directives in ``source`` (the text with code blanked, comments kept).

    ``visible`` (same length) decides what counts as a line of text; ``position`` maps an offset to
    its (line, column); ``comments`` is the comment syntax the document blanked.
    """
    found: list[Suppression] = []
    problems: list[Problem] = []
    off_at: tuple[int, int, int, str] | None = None
    for comment in comments.finditer(source):
        # The same comments the document blanks: an unclosed one runs to the end of the text.
        inner = comment.group()[4:]
        inner = inner[:-3] if inner.endswith("-->") else inner
        match = _DIRECTIVE.match(inner)
        if match is None:
            continue
        line, column = position(comment.start())
        words = match.group("body").split()
        verb = words[0].lower() if words else ""
        shown = " ".join(match.group("body").split())

        def warn(message: str, hint: str | None, line: int = line, column: int = column) -> None:
            problems.append(Problem("warning", message, path, line, column, hint))

        if not match.group("colon") or verb not in ("ignore", "off", "on"):
            better = _SYNONYMS.get(verb, "ignore, ignore FACT-ID, off or on")
            warn(f"unknown claimcheck directive {shown!r}", f"write <!-- claimcheck: {better} -->")
            continue
        if verb == "ignore":
            ids = tuple(words[1:])
            bad = [i for i in ids if not _FACT_ID.fullmatch(i)]
            if bad:
                warn(
                    f"claimcheck: ignore: {bad[0]!r} is not a fact id", "ids look like de-gdp-2025"
                )
                continue
            kind, start, end = _ignore_region(visible, comment.start(), comment.end())
            found.append(Suppression(kind, start, end, line, column, shown, ids))
        elif verb == "off":
            if off_at is not None:
                warn("claimcheck: off inside an off region", "close the first with claimcheck: on")
                continue
            off_at = (comment.start(), line, column, shown)
        elif off_at is None:
            warn("claimcheck: on without a preceding off", "remove it or add claimcheck: off")
        else:
            start, off_line, off_column, off_text = off_at
            found.append(
                Suppression("off-on", start, comment.start(), off_line, off_column, off_text)
            )
            off_at = None
    if off_at is not None:
        start, off_line, off_column, off_text = off_at
        found.append(Suppression("off-on", start, len(source), off_line, off_column, off_text))
    return tuple(found), tuple(problems)


def _ignore_region(visible: str, start: int, end: int) -> tuple[SuppressionKind, int, int]:
    line_start = visible.rfind("\n", 0, start) + 1
    line_end = _line_end(visible, end)
    if visible[end:line_end].strip():
        return "ignore-line", end, line_end
    if visible[line_start:start].strip():
        return "ignore-line", line_start, line_end
    position = line_end
    while position < len(visible):
        next_end = _line_end(visible, position + 1)
        if visible[position + 1 : next_end].strip():
            return "ignore-next", position + 1, next_end
        position = next_end
    return "ignore-next", len(visible), len(visible)


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def apply_suppressions(
    document: Document, checked: Sequence[CheckedClaim]
) -> tuple[tuple[CheckedClaim, ...], tuple[Problem, ...]]:
    """Mark the claims the directives cover; warn about directives that matched nothing."""
    suppressions = document.suppressions
    if not suppressions:
        return tuple(checked), ()
    used = [False] * len(suppressions)
    out: list[CheckedClaim] = []
    for item in checked:
        hits = [i for i, s in enumerate(suppressions) if s.covers(item)]
        if not hits:
            out.append(item)
            continue
        if item.verdict != "supported":
            for i in hits:
                used[i] = True
        out.append(item if item.suppressed else replace(item, suppressed=True))
    problems = tuple(
        Problem(
            "warning",
            f"unused suppression '{s.directive}': it silences no finding",
            document.path,
            s.line,
            s.column,
            "remove it",
        )
        for s, was_used in zip(suppressions, used, strict=True)
        if not was_used
    )
    return tuple(out), problems
