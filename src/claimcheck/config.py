"""Settings from ``claimcheck.toml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

Discovery walks up from the working directory to the first directory holding a
``claimcheck.toml`` (top-level keys) or a ``pyproject.toml`` with a ``[tool.claimcheck]`` table;
in one directory ``claimcheck.toml`` wins. ``--config FILE`` names the file instead, ``--isolated``
ignores files. ``CLAIMCHECK_FORMAT`` then overrides ``format``, and command-line options override
everything (``Config.with_overrides``). Every value remembers where it came from (``origins``),
which ``claimcheck config`` prints via ``describe``.

Settings (kebab-case; snake_case is accepted too)::

    data = ["facts/"]            # dataset files/dirs, relative to the config file
    fail-on = ["contradicted"]   # verdicts that fail the gate, or "never"
    show = ["contradicted", "outdated", "unverifiable"]   # or "all"
    include = ["*.md"]           # replaces the default article patterns
    exclude = ["drafts/"]
    format = "concise"
    as-of = "file"               # "file" (front matter / dateline, else today), "today", YYYY-MM-DD

    [[tool.claimcheck.per-path]] # (``[[per-path]]`` in claimcheck.toml)
    paths = ["opinion/**", "*.draft.md"]   # globs relative to the config file
    fail-on = ["contradicted", "outdated"] # only fail-on, show and as-of may vary per path

For one path, each per-path setting comes from the first entry that matches and sets it.
Unknown keys and wrong types raise ``ConfigError`` naming the file (with a did-you-mean).
Reading the files is ``config_files``; checking values is ``config_values``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from claimcheck.config_files import apply_table, find_config_file, read_toml, settings_table
from claimcheck.config_values import coerce
from claimcheck.errors import ConfigError, UsageError
from claimcheck.model import VERDICTS
from claimcheck.paths import DEFAULT_INCLUDE

FORMAT_ENV = "CLAIMCHECK_FORMAT"
_FILE_KEYS = ("fail_on", "show")


@dataclass(frozen=True)
class Config:
    """The settings of a run, as the configuration files and options give them."""

    data: tuple[str, ...] = ()
    fail_on: tuple[str, ...] = ("contradicted",)
    show: tuple[str, ...] = tuple(v for v in VERDICTS if v != "supported")
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    format: str | None = None
    as_of: str | None = "file"
    # (glob, {setting: value}) in file order; settings use field names (fail_on, show, as_of).
    per_path: tuple[tuple[str, dict[str, Any]], ...] = ()
    config_file: str | None = None
    # Directory per-path globs are relative to, and the directory relative paths start from.
    root: str | None = None
    cwd: str | None = None
    origins: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def origin(self, name: str) -> str:
        return self.origins.get(name, "default")

    def with_overrides(self, **cli_values: Any) -> Config:
        """Command-line values (None: not given) on top of this config, origin ``--option``."""
        changes: dict[str, Any] = {}
        origins = dict(self.origins)
        names = {f.name for f in fields(self)} - {"per_path", "origins", "root", "cwd"}
        for name, value in cli_values.items():
            if name not in names:
                raise TypeError(f"unknown setting {name!r}")
            if value is None:
                continue
            option = "--" + name.replace("_", "-")
            changes[name] = coerce(name.replace("_", "-"), value, option, UsageError, None)
            origins[name] = option
        return replace(self, **changes, origins=origins)

    def for_path(self, path: str | Path) -> Config:
        """This config with the per-path settings that apply to ``path``."""
        from claimcheck.paths import matches

        candidates = [Path(path)]
        if self.root is not None:
            absolute = Path(self.cwd or ".") / path
            with contextlib.suppress(ValueError):
                candidates.append(absolute.resolve().relative_to(Path(self.root).resolve()))
        changes: dict[str, Any] = {}
        origins = dict(self.origins)
        for pattern, settings in self.per_path:
            if not any(matches(c, [pattern]) for c in candidates):
                continue
            for name, value in settings.items():
                if name not in changes and not self.origin(name).startswith("--"):
                    changes[name] = value
                    origins[name] = f"{self.config_file} per-path {pattern!r}"
        return replace(self, **changes, origins=origins) if changes else self

    def for_file(self, path: str | Path, options: Mapping[str, Any]) -> Config:
        """``for_path`` with the article's own options (front matter ``claimcheck:``) on top.

        The innermost layer: front matter > per-path > config file > defaults, and command-line
        options over all of them (as in ruff). Only ``fail_on`` and ``show`` are taken here; the
        article's ``as_of`` is read where the article's date is decided (``api.resolve_as_of``).
        """
        config = self.for_path(path)
        changes: dict[str, Any] = {}
        origins = dict(config.origins)
        for name in _FILE_KEYS:
            if name not in options or config.origin(name).startswith("--"):
                continue
            try:
                value = coerce(name.replace("_", "-"), options[name], "", ConfigError, None)
            except ConfigError:
                continue  # parse_document already warned about the value; it is ignored
            changes[name] = value
            origins[name] = f"{path} front matter"
        return replace(config, **changes, origins=origins) if changes else config


def load_config(cwd: Path, config_file: Path | None = None, isolated: bool = False) -> Config:
    """The effective configuration for a run started in ``cwd``; raises ConfigError."""
    cwd = Path(cwd).absolute()
    config = Config(cwd=str(cwd))
    path = None if isolated else (cwd / config_file if config_file else find_config_file(cwd))
    if path is not None:
        table = settings_table(path, read_toml(path))
        if table is None:
            raise ConfigError(f"{path}: no [tool.claimcheck] table")
        config = apply_table(config, table, path)
    env = os.environ.get(FORMAT_ENV)
    if env:
        config = replace(
            config, format=env, origins={**config.origins, "format": f"env {FORMAT_ENV}"}
        )
    return config


def _show(value: Any, empty: str) -> str:
    if isinstance(value, tuple):
        return ", ".join(value) if value else empty
    return empty if value is None else str(value)


def describe(config: Config) -> list[tuple[str, str, str]]:
    """(setting, value, origin) rows for ``claimcheck config``."""
    rows = [("config-file", config.config_file or "(none)", "discovered" if config.config_file
             else "no claimcheck.toml or [tool.claimcheck] found")]  # fmt: skip
    empty = {"data": "(bundled dataset)", "format": "(terminal: rich)", "exclude": "(none)"}
    for name in ("data", "fail_on", "show", "include", "exclude", "format", "as_of"):
        value = _show(getattr(config, name), empty.get(name, "(none)"))
        rows.append((name.replace("_", "-"), value, config.origin(name)))
    for pattern, settings in config.per_path:
        shown = "; ".join(
            f"{k.replace('_', '-')}={_show(v, '(none)')}" for k, v in settings.items()
        )
        rows.append((f"per-path {pattern}", shown, config.origin("per_path")))
    return rows


__all__ = ["FORMAT_ENV", "Config", "describe", "find_config_file", "load_config"]
