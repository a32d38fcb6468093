"""Configuration: discovery, precedence, validation, origins and per-path overrides."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.config import Config, describe, load_config
from claimcheck.errors import ConfigError, UsageError

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "config.yaml").read_text("utf-8"))


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_FORMAT", raising=False)


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def _load(tmp_path: Path, case: dict[str, Any]) -> Config:
    root = tmp_path / "root"  # nothing above it holds a config file (tmp_path is under /tmp)
    root.mkdir()
    _tree(root, case["files"])
    cwd = root / case.get("cwd", ".")
    cwd.mkdir(parents=True, exist_ok=True)
    config_file = Path(case["config"]) if "config" in case else None
    return load_config(cwd, config_file=config_file, isolated=case.get("isolated", False))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_config(case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in case.get("env", {}).items():
        monkeypatch.setenv(key, value)
    if "error" in case:
        with pytest.raises(ConfigError) as caught:
            _load(tmp_path, case)
        assert case["error"] in str(caught.value)
        assert "\n" not in str(caught.value)
        return
    config = _load(tmp_path, case)
    root = tmp_path / "root"
    for name, expected in case.get("expect", {}).items():
        value = getattr(config, name)
        if name == "data":
            value = [os.path.relpath(v, root) for v in value]
        elif isinstance(value, tuple):
            value = list(value)
        assert value == expected, name
    for name, origin in case.get("origins", {}).items():
        assert config.origin(name) == origin, name


def test_overrides_record_the_option(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text("format = 'json'\nshow = 'all'\n", "utf-8")
    config = load_config(tmp_path).with_overrides(format="sarif", show=None, fail_on="outdated")
    assert config.format == "sarif" and config.origin("format") == "--format"
    assert config.fail_on == ("outdated",) and config.origin("fail_on") == "--fail-on"
    assert config.origin("show") == "claimcheck.toml"
    with pytest.raises(UsageError, match="--fail-on: unknown value 'bogus'"):
        config.with_overrides(fail_on=["bogus"])


PER_PATH = """
fail-on = ["contradicted"]
[[per-path]]
paths = ["opinion/**", "*.draft.md"]
fail-on = "never"
show = "all"
[[per-path]]
paths = ["opinion/letters/*"]
fail-on = ["contradicted", "outdated"]
as-of = "today"
"""


@pytest.mark.parametrize(
    ("cwd", "path", "fail_on", "as_of"),
    [
        (".", "news/a.md", ("contradicted",), "file"),
        (".", "opinion/col.md", ("never",), "file"),
        (".", "opinion/letters/l.md", ("never",), "today"),  # first entry that sets it wins
        (".", "news/x.draft.md", ("never",), "file"),
        ("opinion", "col.md", ("never",), "file"),  # relative to the config file, not cwd
        ("news", "../opinion/col.md", ("never",), "file"),
    ],
)
def test_per_path(tmp_path: Path, cwd: str, path: str, fail_on: tuple[str], as_of: str) -> None:
    (tmp_path / "claimcheck.toml").write_text(PER_PATH, "utf-8")
    (tmp_path / cwd).mkdir(exist_ok=True)
    config = load_config(tmp_path / cwd).for_path(path)
    assert config.fail_on == fail_on and config.as_of == as_of
    if fail_on == ("never",):
        assert "per-path" in config.origin("fail_on")


def test_per_path_pairs_feed_the_cli(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text(PER_PATH, "utf-8")
    pairs = load_config(tmp_path).per_path
    assert [glob for glob, _ in pairs] == ["opinion/**", "*.draft.md", "opinion/letters/*"]
    assert pairs[0][1] == {"fail_on": ("never",), "show": ("supported", "contradicted",
                           "outdated", "unverifiable")}  # fmt: skip


def test_command_line_beats_per_path(tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text(PER_PATH, "utf-8")
    config = load_config(tmp_path).with_overrides(fail_on="outdated").for_path("opinion/x.md")
    assert config.fail_on == ("outdated",)


def test_describe_lists_every_setting_with_its_origin(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.claimcheck]\n" + PER_PATH.replace("[[per-path]]", "[[tool.claimcheck.per-path]]"),
        "utf-8",
    )
    rows = describe(load_config(tmp_path))
    keys = [key for key, _, _ in rows]
    assert keys[:8] == ["config-file", "data", "fail-on", "show", "include", "exclude", "format",
                        "as-of"]  # fmt: skip
    table = {key: (value, origin) for key, value, origin in rows}
    assert table["fail-on"] == ("contradicted", "pyproject.toml")
    assert table["data"] == ("(bundled dataset)", "default")
    assert table["per-path opinion/**"] == (
        "fail-on=never; show=supported, contradicted, outdated, unverifiable",
        "pyproject.toml",
    )


@pytest.mark.parametrize(
    ("cli", "path", "front", "fail_on", "show", "origin"),
    [
        ({}, "news/a.md", {}, ("contradicted",), None, "claimcheck.toml"),
        ({}, "news/a.md", {"fail_on": ["outdated"]}, ("outdated",), None, "news/a.md front matter"),
        ({}, "opinion/c.md", {"fail_on": "contradicted"}, ("contradicted",), None, "front matter"),
        ({}, "opinion/c.md", {}, ("never",), None, "per-path 'opinion/**'"),
        ({}, "news/a.md", {"show": "all"}, ("contradicted",), 4, "claimcheck.toml"),
        ({}, "news/a.md", {"fail_on": ["bogus"]}, ("contradicted",), None, "claimcheck.toml"),
        ({"fail_on": "outdated"}, "opinion/c.md", {"fail_on": "never"}, ("outdated",), None,
         "--fail-on"),
        ({"show": "contradicted"}, "news/a.md", {"show": "all"}, ("contradicted",), 1,
         "claimcheck.toml"),
    ],
)  # fmt: skip
def test_front_matter_is_the_innermost_layer(
    tmp_path: Path,
    cli: dict[str, str],
    path: str,
    front: dict[str, Any],
    fail_on: tuple[str, ...],
    show: int | None,
    origin: str,
) -> None:
    (tmp_path / "claimcheck.toml").write_text(PER_PATH, "utf-8")
    config = load_config(tmp_path).with_overrides(**cli).for_file(path, front)
    assert config.fail_on == fail_on and origin in config.origin("fail_on")
    if show is not None:
        assert len(config.show) == show
