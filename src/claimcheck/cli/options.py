"""Option parsing shared by the commands: lists, dates, colour, configuration."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import UsageError
from claimcheck.model import VERDICTS

if TYPE_CHECKING:
    from claimcheck.config import Config

FORMAT_ENV = "CLAIMCHECK_FORMAT"


def split_list(values: list[str] | None) -> list[str]:
    """`--show a,b --show c` -> [a, b, c]."""
    out: list[str] = []
    for value in values or []:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return out


def verdict_set(values: list[str], option: str, allow: tuple[str, ...] = ()) -> frozenset[str]:
    known = set(VERDICTS) | set(allow)
    if "all" in values:
        return frozenset(VERDICTS)
    for value in values:
        if value not in known:
            choices = ", ".join(sorted(known | {"all"}))
            raise UsageError(f"{option}: unknown value {value!r} (choose from {choices})")
    if "never" in values:
        return frozenset()
    return frozenset(values)


def parse_date(value: str | None, option: str = "--as-of") -> date | None:
    if value is None or value in ("", "file"):
        return None
    if value == "today":
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date (use YYYY-MM-DD)") from None


def use_color(stream: object = None) -> bool:
    """Colour only on a terminal and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def show_progress(quiet: bool) -> bool:
    return not quiet and not os.environ.get("CI") and sys.stderr.isatty()


def default_format(config_format: str | None, terminal: str, piped: str) -> str:
    env = os.environ.get(FORMAT_ENV)
    if env:
        return env
    if config_format:
        return config_format
    return terminal if sys.stdout.isatty() else piped


def load_config(config_file: Path | None, isolated: bool) -> Config:
    from claimcheck.config import load_config as _load

    return _load(Path.cwd(), config_file=config_file, isolated=isolated)
