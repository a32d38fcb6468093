"""Reading an article's bytes: size and binary checks, UTF-8 decoding, stdin.

A file is read once, in one piece. Invalid UTF-8 is decoded with U+FFFD replacements and reported
with the line and column of the first bad byte; a UTF-8 byte-order mark is dropped (offsets then
count from the character after it); CRLF is kept so offsets stay offsets into the file. Anything
that cannot be an article (missing, a directory, unreadable, binary, too large) raises
``InputError`` with a one-line message and a hint.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from claimcheck.documents.document import Document, format_for, parse_document
from claimcheck.errors import InputError
from claimcheck.model import Problem

MAX_BYTES = 64 * 1024 * 1024
_SNIFF = 8192
_BOM = b"\xef\xbb\xbf"
# Control bytes that never occur in text (tab, LF, FF, CR and ESC can).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly control bytes or invalid UTF-8, in the first 8 KB."""
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    if controls > len(head) * 0.1:
        return True
    decoded = head.decode("utf-8", errors="replace")
    # A multi-byte character cut at the 8 KB boundary is not a sign of binary data.
    bad = decoded[:-4].count("\ufffd") if len(head) == _SNIFF else decoded.count("\ufffd")
    return bad > max(8, len(decoded) * 0.3)


def decode(data: bytes, path: str) -> tuple[str, tuple[Problem, ...]]:
    """UTF-8 text of ``data`` (BOM dropped) and warnings about how it had to be decoded."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        bad = exc.start
    line_start = data.rfind(b"\n", 0, bad) + 1
    line = data.count(b"\n", 0, bad) + 1
    column = len(data[line_start:bad].decode("utf-8", errors="replace")) + 1
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    problem = Problem(
        "warning",
        f"invalid UTF-8 (byte 0x{data[bad]:02x}); {replaced} undecodable byte sequence"
        f"{'s were' if replaced != 1 else ' was'} replaced with U+FFFD",
        path,
        line,
        column,
        "save the file as UTF-8",
    )
    return text, (problem,)


def document_from_bytes(data: bytes, path: str, fmt: str | None = None) -> Document:
    """A Document from raw bytes: the checks and decoding of ``read_document`` without the I/O."""
    if looks_binary(data):
        raise InputError(path, "binary file, not text", "pass text, Markdown or HTML articles")
    text, problems = decode(data, path)
    if not text.strip():
        problems += (Problem("warning", "empty file", path, None, None, None),)
    document = parse_document(text, path, fmt or format_for(path))
    return replace(document, problems=problems + document.problems) if problems else document


def read_document(
    path: str | Path,
    *,
    display_path: str | None = None,
    max_bytes: int = MAX_BYTES,
    fmt: str | None = None,
) -> Document:
    """Read and parse one article; raises InputError when it cannot be one."""
    shown = display_path or str(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(
                    shown,
                    f"file too large ({size / 1048576:.1f} MiB, limit {max_bytes / 1048576:.0f})",
                    "split the file",
                )
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(shown, "file not found", "check the path") from None
    except IsADirectoryError:
        raise InputError(
            shown, "is a directory", "give it on the command line to check the articles in it"
        ) from None
    except PermissionError:
        raise InputError(shown, "permission denied", "check the file's permissions") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(shown, "file too large", "split the file")
    return document_from_bytes(data, shown, fmt or format_for(display_path or str(path)))


def read_stdin(display_name: str = "-", max_bytes: int = MAX_BYTES) -> Document:
    """Read an article from standard input; ``display_name`` also picks its format."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(max_bytes + 1) if buffer is not None else stream.read().encode("utf-8")
    if len(data) > max_bytes:
        raise InputError(display_name, "input too large", "split the input")
    return document_from_bytes(data, display_name, format_for(display_name))
