"""claimcheck's exceptions: one root, one class per stage, each building its own message."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.model import Problem


class ClaimcheckError(Exception):
    """Root of every error claimcheck raises on purpose (the CLI turns these into exit 2)."""


class UsageError(ClaimcheckError):
    """A bad option or argument."""


class InputError(ClaimcheckError):
    """An article that cannot be read."""

    def __init__(self, path: str, message: str, hint: str | None = None) -> None:
        self.path = path
        self.message = message
        self.hint = hint
        text = f"{path}: {message}"
        super().__init__(f"{text} ({hint})" if hint else text)


class ConfigError(ClaimcheckError):
    """A configuration file that cannot be used."""


class DatasetError(ClaimcheckError):
    """A reference dataset with errors; it is never used half-loaded."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        errors = [p for p in self.problems if p.severity == "error"]
        first = str(errors[0]) if errors else "invalid dataset"
        more = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
        super().__init__(first + more)
