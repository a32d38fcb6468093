"""Reading articles: plain text, Markdown and HTML, with offsets that point into the file.

``read_document(path)`` and ``read_stdin(name)`` do the I/O (decoding, size and binary checks);
``parse_document(text, path, fmt)`` is the pure part (visible text, front matter, article date,
inline suppressions). See ``document.py`` for what ``Document`` holds.
"""

from __future__ import annotations

from claimcheck.documents.document import FORMATS, Document, format_for, parse_document
from claimcheck.documents.reader import MAX_BYTES, decode, read_document, read_stdin

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "Document",
    "decode",
    "format_for",
    "parse_document",
    "read_document",
    "read_stdin",
]
