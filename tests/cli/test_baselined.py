"""Baselined findings are counted as "baselined", apart from inline suppressions, in every
summary (cases/baselined.yaml)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.cli import main

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "baselined.yaml").read_text("utf-8"))
WRONG = "Germany plans to raise defence spending to 3.0% of GDP by 2029, Berlin said.\n"
IGNORED = "<!-- claimcheck: ignore -->\nIt is set to reach 3.0% of GDP by 2029 in Germany.\n"
RUN = ["verify", "-j", "1", "--as-of", "2025-12-25"]


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("CLAIMCHECK_FORMAT", "GITHUB_STEP_SUMMARY", "CI"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "a.md").write_text(WRONG + "\n" + IGNORED, encoding="utf-8")
    assert main([*RUN, "-f", "concise", "--write-baseline", "base.json", "a.md"]) == 1
    (tmp_path / "b.md").write_text(WRONG, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[c["format"] for c in CASES])
def test_baselined_count(
    articles: Path, case: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = [*RUN, "-f", case["format"], "--statistics", "--baseline", "base.json"]
    code = main([*args, "a.md", "b.md"])
    out, _ = capsys.readouterr()
    assert code == 1  # b.md's finding is new
    for text in case.get("contains", []):
        assert text in out
    if "json" in case:
        document = json.loads(out)
        files = {f["path"]: f["summary"] for f in document["files"]}
        for where, counts in case["json"].items():
            got = document["summary"] if where == "summary" else files[where]
            assert {k: got[k] for k in counts} == counts, where


def test_without_a_baseline_file_summaries_have_no_baselined_key(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    main([*RUN, "-f", "json", "a.md"])
    document = json.loads(capsys.readouterr().out)
    assert "baselined" not in document["files"][0]["summary"]
    assert document["summary"]["baselined"] == 0 and document["summary"]["suppressed"] == 1
