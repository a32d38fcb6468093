"""Reading configuration files: finding the nearest one, parsing its TOML, checking its tables.

``claimcheck.toml`` holds the settings at top level; ``pyproject.toml`` under
``[tool.claimcheck]``. In one directory ``claimcheck.toml`` wins; an unrelated
``pyproject.toml`` on the way up is never parsed.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.config_values import KEYS, PER_PATH_KEYS, coerce, normalise_key, strings, suggest
from claimcheck.errors import ConfigError

if TYPE_CHECKING:
    from claimcheck.config import Config


def read_toml(path: Path) -> dict[str, Any]:
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


def settings_table(path: Path, document: dict[str, Any]) -> dict[str, Any] | None:
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
        if (
            _mentions_claimcheck(pyproject)
            and settings_table(pyproject, read_toml(pyproject)) is not None
        ):
            return pyproject
    return None


def _mentions_claimcheck(pyproject: Path) -> bool:
    """Cheap pre-check, so an unrelated (even broken) pyproject.toml above us is never parsed."""
    try:
        return b"claimcheck" in pyproject.read_bytes()
    except OSError:
        return False


def apply_table(config: Config, table: dict[str, Any], path: Path) -> Config:
    shown = os.path.relpath(path, config.cwd) if config.cwd else str(path)
    changes: dict[str, Any] = {}
    origins: dict[str, str] = {}
    per_path: list[tuple[str, dict[str, Any]]] = []
    for raw_key, value in table.items():
        key = normalise_key(raw_key)
        if key == "per-path":
            per_path.extend(_per_path(value, path))
            origins["per_path"] = shown
            continue
        if key not in KEYS:
            raise ConfigError(
                f"{path}: unknown setting {raw_key!r}" + suggest(key, (*KEYS, "per-path"))
            )
        name = key.replace("-", "_")
        changes[name] = coerce(key, value, str(path), ConfigError, path.parent)
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
        entry = {normalise_key(k): v for k, v in entry.items()}
        globs = strings("paths", entry.pop("paths", None), where, ConfigError)
        if not globs:
            raise ConfigError(f'{where}: needs paths = ["glob", ...]')
        settings = {}
        for key, setting in entry.items():
            if key not in PER_PATH_KEYS:
                allowed = ", ".join(("paths", *PER_PATH_KEYS))
                hint = suggest(key, PER_PATH_KEYS) if key not in KEYS else ""
                raise ConfigError(
                    f"{where}: {key!r} cannot be set per path{hint} (allowed: {allowed})"
                )
            settings[key.replace("-", "_")] = coerce(key, setting, where, ConfigError, None)
        out.extend((glob, settings) for glob in globs)
    return out
