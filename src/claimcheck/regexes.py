"""Compiling claimcheck's regexes, their compiled form kept between runs.

CPython compiles a regex in pure Python; the ~100 patterns of the extractors (the temporal
grammar the largest) and the document readers cost ~60 ms per process, a quarter of a short
``claimcheck extract``. A module of its own, below every stage, so each can use it.
``compiled(pattern, flags)`` returns the same pattern object as ``re.compile`` and keeps the
engine code it compiles to in this package's ``__pycache__``, next to the .pyc files and under
their rule (not written when Python is told not to write bytecode); later runs hand that code
straight to the engine. The file is keyed by the exact Python build and the engine's magic
number; anything unexpected (no file, another Python, a read-only install, an engine without
these internals) falls back to ``re.compile``.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler internals; without them, plain re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _sre = None

_DIR = Path(__file__).resolve().parent / "__pycache__"
_NAME = (
    f"regexes.{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    f"-{getattr(_sre, 'CODESIZE', 0)}.marshal"
)
# (pattern, flags) -> the arguments of _sre.compile after the pattern
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_cache: dict[tuple[str, int], _Entry] | None = None
_added = False
_used: set[tuple[str, int]] = set()
# Past this many entries (patterns edited again and again in a checkout) a save keeps only the
# ones this process used.
_MAX_ENTRIES = 1000


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the kept engine code when there is some."""
    global _cache, _added
    if _sre is None:
        return re.compile(pattern, flags)
    if _cache is None:
        _cache = _load()
    key = (pattern, int(flags))
    _used.add(key)
    entry = _cache.get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # a damaged entry: compile afresh below
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
    try:
        entry = _entry(pattern, int(flags))
        result: re.Pattern[str] = _sre.compile(pattern, *entry)
    except Exception:  # internals not as expected: the public way
        return re.compile(pattern, flags)
    _cache[key] = entry
    if not _added:
        _added = True
        atexit.register(_save)
    return result


def _entry(pattern: str, flags: int) -> _Entry:
    # What re._compiler.compile passes to the engine (CPython 3.11-3.13).
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],  # plain ints: the opcodes are an int subclass marshal refuses
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _load() -> dict[tuple[str, int], _Entry]:
    try:
        data: Any = marshal.loads((_DIR / _NAME).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if isinstance(data, dict) and data.get("python") == sys.version:
        patterns = data.get("patterns")
        if isinstance(patterns, dict):
            return patterns
    return {}


def _save() -> None:
    if sys.dont_write_bytecode or not _cache:
        return
    import tempfile  # (it imports random: only when there is something to save)

    tmp = None
    try:
        _DIR.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_DIR, prefix=".regexes-", suffix=".tmp")
        os.chmod(tmp, 0o644)  # readable by all, as the .pyc files beside it
        kept = _cache
        if len(kept) > _MAX_ENTRIES:
            kept = {key: entry for key, entry in kept.items() if key in _used}
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps({"python": sys.version, "patterns": kept}))
        os.replace(tmp, _DIR / _NAME)  # atomic: parallel runs never see half a file
        tmp = None
    except (OSError, ValueError):
        pass  # a read-only install: compile every time, as without the cache
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
