"""The CI integrations the README documents: the GitHub Actions step and the pre-commit hook."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from claimcheck.cli import main

REPO = Path(__file__).resolve().parents[2]
WRONG = "Germany plans to raise defence spending to 3.0% of GDP by 2029, Berlin said.\n"
ANNOTATION = re.compile(r"^::(error|warning|notice)( [^:]*)?::.+$")


def readme_yaml_blocks() -> list[object]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def test_github_actions_step_runs_as_documented(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    steps = next(b for b in readme_yaml_blocks() if isinstance(b, list) and "uses" in b[0])
    (command,) = [s["run"] for s in steps if "claimcheck verify" in s.get("run", "")]
    argv = shlex.split(command)
    assert argv[:2] == ["claimcheck", "verify"]
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "piece.md").write_text("---\ndate: 2025-12-10\n---\n\n" + WRONG, "utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code = main(argv[1:])
    out = capsys.readouterr().out
    assert code == 1
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert annotations and all(ANNOTATION.match(line) for line in annotations)
    assert "file=articles/piece.md,line=5" in out
    assert "contradicted" in summary.read_text("utf-8").lower()


def test_pre_commit_hook_entry_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "claimcheck" and hook["language"] == "python"
    entry = shlex.split(hook["entry"])
    assert entry[0] == "claimcheck"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("---\ndate: 2025-12-10\n---\n\n" + WRONG, "utf-8")
    (tmp_path / "b.md").write_text("No figures here.\n", "utf-8")
    # pre-commit appends the staged file names to the entry.
    assert main([*entry[1:], "a.md", "b.md"]) == 1
    assert capsys.readouterr().out.startswith("a.md:5:")
    assert main([*entry[1:], "b.md"]) == 0
