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
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.errors import ConfigError, UsageError
from claimcheck.model import VERDICTS
from claimcheck.paths import DEFAULT_INCLUDE

FORMAT_ENV = "CLAIMCHECK_FORMAT"
_KEYS = ("data", "fail-on", "show", "include", "exclude", "format", "as-of")
_PER_PATH_KEYS = ("fail-on", "show", "as-of")
_FILE_KEYS = ("fail_on", "show")


@dataclass(frozen=True)
class Config:
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
            changes[name] = _coerce(name.replace("_", "-"), value, option, UsageError, None)
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
                value = _coerce(name.replace("_", "-"), options[name], "", ConfigError, None)
            except ConfigError:
                continue  # parse_document already warned about the value; it is ignored
            changes[name] = value
            origins[name] = f"{path} front matter"
        return replace(config, **changes, origins=origins) if changes else config


def _fail(error: type[Exception], where: str, message: str) -> Exception:
    prefix = where.lstrip("-") + ":"
    if message.startswith(prefix):  # "--fail-on: fail-on: ..." reads badly
        message = message[len(prefix) :].lstrip()
    return error(f"{where}: {message}")


def _suggest(key: str, choices: tuple[str, ...]) -> str:
    try:
        from rapidfuzz import process

        best = process.extractOne(key, choices, score_cutoff=60)
        guess = best[0] if best else None
    except ImportError:  # rapidfuzz is a dependency; stay usable without it anyway
        import difflib

        close = difflib.get_close_matches(key, choices, n=1)
        guess = close[0] if close else None
    return f" (did you mean '{guess}'?)" if guess else f" (known: {', '.join(choices)})"


def _strings(key: str, value: Any, where: str, error: type[Exception]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _fail(error, where, f"{key} must be a string or a list of strings")
    return tuple(value)


def _coerce(key: str, value: Any, where: str, error: type[Exception], base: Path | None) -> Any:
    """A setting's value checked and normalised; ``base`` resolves relative data paths."""
    if key in ("fail-on", "show"):
        values = _strings(key, value, where, error)
        extra = ("never",) if key == "fail-on" else ("all",)
        for item in values:
            if item not in VERDICTS + extra:
                choices = ", ".join(VERDICTS + extra)
                raise _fail(error, where, f"{key}: unknown value {item!r} (choose from {choices})")
        if key == "show" and "all" in values:
            return VERDICTS
        return values
    if key in ("include", "exclude"):
        return _strings(key, value, where, error)
    if key == "data":
        paths = _strings(key, value, where, error)
        if base is None:
            return paths
        return tuple(os.path.normpath(base / os.path.expanduser(p)) for p in paths)
    if key == "format":
        if not isinstance(value, str) or not value:
            raise _fail(error, where, "format must be a format name such as 'concise'")
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
        raise _fail(error, where, f"as-of: {value!r} is not 'file', 'today' or YYYY-MM-DD")
    raise _fail(error, where, f"unknown setting {key!r}" + _suggest(key, _KEYS))


def _normalise_key(key: str) -> str:
    return key.replace("_", "-")


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a config file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _table(path: Path, document: dict[str, Any]) -> dict[str, Any] | None:
    if path.name != "pyproject.toml":
        return document
    table = document.get("tool", {}).get("claimcheck")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
    return table


def find_config_file(cwd: Path) -> Path | None:
    """The nearest claimcheck.toml, or pyproject.toml with [tool.claimcheck], at or above cwd."""
    for directory in (cwd, *cwd.parents):
        candidate = directory / "claimcheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if _mentions_claimcheck(pyproject) and _table(pyproject, _read_toml(pyproject)) is not None:
            return pyproject
    return None


def _mentions_claimcheck(pyproject: Path) -> bool:
    """Cheap pre-check, so an unrelated (even broken) pyproject.toml above us is never parsed."""
    try:
        return b"claimcheck" in pyproject.read_bytes()
    except OSError:
        return False


def load_config(cwd: Path, config_file: Path | None = None, isolated: bool = False) -> Config:
    """The effective configuration for a run started in ``cwd``; raises ConfigError."""
    cwd = Path(cwd).absolute()
    config = Config(cwd=str(cwd))
    path = None if isolated else (cwd / config_file if config_file else find_config_file(cwd))
    if path is not None:
        table = _table(path, _read_toml(path))
        if table is None:
            raise ConfigError(f"{path}: no [tool.claimcheck] table")
        config = _apply_table(config, table, path)
    env = os.environ.get(FORMAT_ENV)
    if env:
        config = replace(
            config, format=env, origins={**config.origins, "format": f"env {FORMAT_ENV}"}
        )
    return config


def _apply_table(config: Config, table: dict[str, Any], path: Path) -> Config:
    shown = os.path.relpath(path, config.cwd) if config.cwd else str(path)
    changes: dict[str, Any] = {}
    origins: dict[str, str] = {}
    per_path: list[tuple[str, dict[str, Any]]] = []
    for raw_key, value in table.items():
        key = _normalise_key(raw_key)
        if key == "per-path":
            per_path.extend(_per_path(value, path))
            origins["per_path"] = shown
            continue
        if key not in _KEYS:
            raise ConfigError(
                f"{path}: unknown setting {raw_key!r}" + _suggest(key, (*_KEYS, "per-path"))
            )
        name = key.replace("-", "_")
        changes[name] = _coerce(key, value, str(path), ConfigError, path.parent)
        origins[name] = shown
    return replace(
        config,
        **changes,
        per_path=tuple(per_path),
        config_file=shown,
        root=str(path.parent),
        origins=origins,
    )


def _per_path(value: Any, path: Path) -> list[tuple[str, dict[str, Any]]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{path}: per-path must be an array of tables ([[...per-path]])")
    out: list[tuple[str, dict[str, Any]]] = []
    for index, entry in enumerate(value):
        where = f"{path}: per-path[{index}]"
        entry = {_normalise_key(k): v for k, v in entry.items()}
        globs = _strings("paths", entry.pop("paths", None), where, ConfigError)
        if not globs:
            raise ConfigError(f'{where}: needs paths = ["glob", ...]')
        settings = {}
        for key, setting in entry.items():
            if key not in _PER_PATH_KEYS:
                allowed = ", ".join(("paths", *_PER_PATH_KEYS))
                hint = _suggest(key, _PER_PATH_KEYS) if key not in _KEYS else ""
                raise ConfigError(
                    f"{where}: {key!r} cannot be set per path{hint} (allowed: {allowed})"
                )
            settings[key.replace("-", "_")] = _coerce(key, setting, where, ConfigError, None)
        out.extend((glob, settings) for glob in globs)
    return out


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
