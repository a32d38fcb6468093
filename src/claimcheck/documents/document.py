"""An article as claimcheck sees it: its text, its visible prose, its metadata and directives.

``parse_document`` is pure: decoded text in, ``Document`` out. ``Document.visible`` has the length
of ``Document.text``; whatever a reader does not see as prose (markup, code, URLs, comments, front
matter) is blanked to spaces with line breaks kept, so an offset found in ``visible`` is the
offset of the same characters in the file, and lines and columns agree too. (Thin and narrow
no-break spaces become plain no-break spaces there, one for one.) The dates of the
article's own header (dateline, "Published ..." line) are blanked as well: they are metadata,
read into ``Document.date``, not claims. (The only impurity: a dateline without a year resolves
against today's date.)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from claimcheck.documents import dateline, frontmatter
from claimcheck.documents.html import CLOSED_COMMENT, COMMENT, html_metadata, visible_html
from claimcheck.documents.markdown import blank_code, blank_comments, visible_markdown
from claimcheck.documents.masking import blank, blank_spans, blank_urls
from claimcheck.model import Problem
from claimcheck.regexes import compiled

if TYPE_CHECKING:
    from claimcheck.suppressions import Suppression

FORMATS = ("text", "markdown", "html")
_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
               ".mkd": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html"}  # fmt: skip
_NEWLINE = compiled(r"\n")
# Thin, narrow no-break, figure and hair spaces ("3,5\u202f%") read as a no-break space, which
# the extractor knows between a figure and its unit; one character for one, so no offset moves.
_NARROW_SPACE = compiled("[\u2007-\u200a\u202f]")
_AS_NO_BREAK = dict.fromkeys(range(0x2007, 0x200B), "\u00a0") | {0x202F: "\u00a0"}


@dataclass(frozen=True)
class Document:
    """A parsed article (see the module docstring for what each part holds)."""

    path: str
    text: str
    visible: str
    format: str = "text"
    metadata: dict[str, Any] = field(default_factory=dict)
    date: date | None = None
    date_source: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()
    problems: tuple[Problem, ...] = ()
    _line_starts: list[int] | None = field(default=None, repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``; CR belongs to the line it ends."""
        starts = self._line_starts
        if starts is None:
            starts = line_starts(self.text)
            object.__setattr__(self, "_line_starts", starts)
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1


def line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _NEWLINE.finditer(text))]


def format_for(path: str | None) -> str:
    """The format a file name implies: .md/.markdown -> markdown, .html/.htm -> html, else text."""
    if not path or path == "-":
        return "text"
    dot = path.rfind(".")
    return _EXTENSIONS.get(path[dot:].lower(), "text") if dot > path.rfind("/") else "text"


def parse_document(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    """Split ``text`` into visible prose, metadata, article date and inline suppressions."""
    from claimcheck.suppressions import parse_suppressions

    fmt = fmt or format_for(path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown document format {fmt!r} (choose from {', '.join(FORMATS)})")
    source = blank(text[:1]) + text[1:] if text.startswith("\ufeff") else text
    front = None if fmt == "html" else frontmatter.find_front_matter(text, path, fmt == "markdown")
    body_start = 0
    if front is not None:
        body_start = front.end
        source = blank(source[:body_start]) + source[body_start:]
    if fmt == "markdown":
        source = blank_code(source)
        visible = visible_markdown(blank_comments(source))
    elif fmt == "html":
        visible = visible_html(blank_comments(source))
    else:
        visible = blank_urls(blank_comments(source, CLOSED_COMMENT))
    if _NARROW_SPACE.search(visible):
        visible = visible.translate(_AS_NO_BREAK)
    assert len(visible) == len(text), "masking must never move an offset"
    problems: list[Problem] = list(front.problems) if front else []
    metadata = front.metadata if front else html_metadata(text) if fmt == "html" else {}
    document = Document(path, text, visible, fmt, metadata, options=front.options if front else {})
    found_date, date_source, date_problem, header = _article_date(document, body_start)
    if date_problem:
        problems.append(date_problem)
    if header:
        visible = blank_spans(visible, header)
    comments = CLOSED_COMMENT if fmt == "text" else COMMENT
    suppressions, directive_problems = parse_suppressions(
        source, visible, path, document.position, comments
    )
    problems.extend(directive_problems)
    return Document(
        path,
        text,
        visible,
        fmt,
        metadata,
        found_date,
        date_source,
        document.options,
        suppressions,
        tuple(problems),
        document._line_starts,
    )


def _article_date(
    document: Document, body_start: int
) -> tuple[date | None, str | None, Problem | None, list[tuple[int, int]]]:
    block = document.text[:body_start]

    def line_of(key: str) -> int:
        return frontmatter.key_line(block, key) if block else 1

    found, problem = dateline.metadata_date(document.metadata, document.path, line_of)
    written, header = dateline.dateline_date(
        document.visible, body_start, date.today(), document.text
    )
    if found is not None:
        return found, "front-matter", None, header
    if written is not None:
        return written, "dateline", problem, header
    return None, None, problem, header
