"""Checking and normalising configuration values, wherever they come from.

The same rules apply to a TOML file, a per-path entry, an article's front matter and the command
line; only the error differs (``ConfigError`` naming the file, ``UsageError`` naming the option).
Unknown keys get a did-you-mean.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.model import VERDICTS

KEYS = ("data", "fail-on", "show", "include", "exclude", "format", "as-of")
PER_PATH_KEYS = ("fail-on", "show", "as-of")


def fail(error: type[Exception], where: str, message: str) -> Exception:
    prefix = where.lstrip("-") + ":"
    if message.startswith(prefix):  # "--fail-on: fail-on: ..." reads badly
        message = message[len(prefix) :].lstrip()
    return error(f"{where}: {message}")


def suggest(key: str, choices: tuple[str, ...]) -> str:
    try:
        from rapidfuzz import process

        best = process.extractOne(key, choices, score_cutoff=60)
        guess = best[0] if best else None
    except ImportError:  # rapidfuzz is a dependency; stay usable without it anyway
        import difflib

        close = difflib.get_close_matches(key, choices, n=1)
        guess = close[0] if close else None
    return f" (did you mean '{guess}'?)" if guess else f" (known: {', '.join(choices)})"


def strings(key: str, value: Any, where: str, error: type[Exception]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise fail(error, where, f"{key} must be a string or a list of strings")
    return tuple(value)


def coerce(key: str, value: Any, where: str, error: type[Exception], base: Path | None) -> Any:
    """A setting's value checked and normalised; ``base`` resolves relative data paths."""
    if key in ("fail-on", "show"):
        values = strings(key, value, where, error)
        extra = ("never",) if key == "fail-on" else ("all",)
        for item in values:
            if item not in VERDICTS + extra:
                choices = ", ".join(VERDICTS + extra)
                raise fail(error, where, f"{key}: unknown value {item!r} (choose from {choices})")
        if key == "show" and "all" in values:
            return VERDICTS
        return values
    if key in ("include", "exclude"):
        return strings(key, value, where, error)
    if key == "data":
        paths = strings(key, value, where, error)
        if base is None:
            return paths
        return tuple(os.path.normpath(base / os.path.expanduser(p)) for p in paths)
    if key == "format":
        if not isinstance(value, str) or not value:
            raise fail(error, where, "format must be a format name such as 'concise'")
        return value
    if key == "as-of":
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            if value in ("file", "today"):
                return value
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise fail(error, where, f"as-of: {value!r} is not 'file', 'today' or YYYY-MM-DD")
    raise fail(error, where, f"unknown setting {key!r}" + suggest(key, KEYS))


def normalise_key(key: str) -> str:
    return key.replace("_", "-")
