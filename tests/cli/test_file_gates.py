"""Per-file gates end to end: config < per-path < front matter < command line, and every format
shows a finding as an error exactly when it fails the gate for its file (cases/gates.yaml)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.cli import main

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "gates.yaml").read_text("utf-8"))
WRONG = "Germany plans to raise defence spending to 3.0% of GDP by 2029, Berlin said.\n"
Levels = dict[str, str]


def _path(text: str) -> str:
    text = text.replace("\\", "/")
    return text[2:] if text.startswith("./") else text


def _json(out: str) -> Levels:
    levels = {}
    for file in json.loads(out)["files"]:
        for claim in file["claims"]:
            if claim["verdict"] == "contradicted":
                levels[_path(file["path"])] = claim["level"]
    return levels


def _sarif(out: str) -> Levels:
    levels = {}
    for result in json.loads(out)["runs"][0]["results"]:
        if result["ruleId"] == "CC001":
            uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            levels[_path(uri)] = result["level"]
    return levels


def _github(out: str) -> Levels:
    levels = {}
    for match in re.finditer(r"^::(\w+) file=([^,]+),.*title=claimcheck CC001 ", out, re.M):
        levels[_path(match.group(2))] = match.group(1)
    return levels


def _gitlab(out: str) -> Levels:
    serious = {"major", "critical", "blocker"}
    return {
        _path(issue["location"]["path"]): "error" if issue["severity"] in serious else "warning"
        for issue in json.loads(out)
        if issue["check_name"] == "CC001"
    }


def _junit(out: str) -> Levels:
    levels = {}
    for suite in ET.fromstring(out).iter("testsuite"):
        for case in suite.iter("testcase"):
            if case.get("name", "").startswith("CC001"):
                failed = case.find("failure") is not None
                levels[_path(suite.get("name", ""))] = "error" if failed else "warning"
    return levels


def _listed(pattern: str) -> Callable[[str], set[str]]:
    return lambda out: {_path(m.group(1)) for m in re.finditer(pattern, out, re.M)}


def _markdown(out: str) -> Levels:
    """A failing finding's verdict is bold in the table."""
    rows = re.finditer(r"^\| (.+?) \| \d+ \| (\*\*)?contradicted(?:\*\*)? \|", out, re.M)
    return {_path(m.group(1)): "error" if m.group(2) else "warning" for m in rows}


LEVEL_FORMATS: dict[str, Callable[[str], Levels]] = {
    "json": _json,
    "markdown": _markdown,
    "sarif": _sarif,
    "github": _github,
    "gitlab": _gitlab,
    "junit": _junit,
}
LISTING_FORMATS = {
    "concise": _listed(r"^(.+?):\d+:\d+: contradicted "),
}


def _article(options: dict[str, Any]) -> str:
    if not options:
        return "---\ntitle: x\n---\n\n" + WRONG
    return "---\n" + yaml.safe_dump({"claimcheck": options}) + "---\n\n" + WRONG


@pytest.fixture(params=CASES, ids=[c["name"] for c in CASES])
def case(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("CLAIMCHECK_FORMAT", "GITHUB_STEP_SUMMARY", "CI"):
        monkeypatch.delenv(name, raising=False)
    spec = request.param
    if "config" in spec:
        (tmp_path / "claimcheck.toml").write_text(spec["config"], encoding="utf-8")
    for name, options in spec["articles"].items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(_article(options), encoding="utf-8")
    return spec


def _run(capsys: pytest.CaptureFixture[str], case: dict[str, Any], fmt: str) -> tuple[int, str]:
    args = ["verify", "-j", "1", "--as-of", "2025-12-25", "-f", fmt, *case.get("args", []), "."]
    code = main(args)
    out, _ = capsys.readouterr()
    return code, out


@pytest.mark.parametrize("fmt", sorted(LEVEL_FORMATS))
def test_levels_agree_with_the_gate(
    case: dict[str, Any], fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(capsys, case, fmt)
    assert code == case["exit"]
    expected = {path: level for path, level in case["expect"].items() if level != "unlisted"}
    got = LEVEL_FORMATS[fmt](out)
    if fmt == "github":  # notice/warning/error: only "error" fails
        got = {path: "error" if level == "error" else "warning" for path, level in got.items()}
    assert got == expected


@pytest.mark.parametrize("fmt", sorted(LISTING_FORMATS))
def test_listing_follows_the_files_show(
    case: dict[str, Any], fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(capsys, case, fmt)
    assert code == case["exit"]
    listed = {path for path, level in case["expect"].items() if level != "unlisted"}
    assert LISTING_FORMATS[fmt](out) == listed


AS_OF_CASES = yaml.safe_load((Path(__file__).parent / "cases" / "as_of.yaml").read_text("utf-8"))


@pytest.mark.parametrize("spec", AS_OF_CASES, ids=[c["name"] for c in AS_OF_CASES])
def test_as_of_layers(
    spec: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_FORMAT", raising=False)
    if "config" in spec:
        (tmp_path / "claimcheck.toml").write_text(spec["config"], encoding="utf-8")
    article = tmp_path / spec["path"]
    article.parent.mkdir(parents=True, exist_ok=True)
    article.write_text("---\n" + yaml.safe_dump(spec["front"]) + "---\n\n" + WRONG, "utf-8")
    main(["verify", "-j", "1", "-f", "json", *spec.get("args", []), spec["path"]])
    file = json.loads(capsys.readouterr().out)["files"][0]
    assert [file["as_of"], file["as_of_source"]] == spec["expect"]
