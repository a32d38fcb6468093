"""The command line end to end: exit codes, one-line errors, streams, formats and files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import __version__
from claimcheck.cli import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

CLEAN = "NATO has 32 members, the alliance said on 10 December 2025.\n"
WRONG = "Germany plans to raise defence spending to 3.0% of GDP by 2029, Berlin said.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CLAIMCHECK_FORMAT", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no configuration file from the repository applies
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "wrong.txt").write_text(WRONG, encoding="utf-8")
    return tmp_path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"claimcheck {__version__}"


def test_python_dash_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and __version__ in proc.stdout


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["verify"],
        ["extract"],
        ["config"],
        ["data"],
        ["data", "validate"],
        ["data", "list"],
        ["data", "show"],
        ["data", "search"],
        ["data", "stats"],
        ["data", "schema"],
        ["data", "import"],
    ],
)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert "Usage" in out and len(out.splitlines()) > 3


def test_unknown_option_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "verify", "--no-such-option", "x.txt")
    assert code == 2 and out == ""
    one_line_error(err)
    assert "--no-such-option" in err


def test_missing_file_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "verify", str(tmp_path / "nope.txt"))
    assert code == 2 and out == ""
    one_line_error(err)
    assert "nope.txt" in err


def test_clean_article_exits_0(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    code, _, _ = run(capsys, "verify", "--as-of", "2025-12-25", "clean.txt")
    assert code == 0


def test_contradiction_fails_the_gate(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    code, out, _ = run(capsys, "verify", "--as-of", "2025-12-25", "-f", "concise", "wrong.txt")
    assert code == 1
    assert "wrong.txt:1:" in out and "contradicted" in out


@pytest.mark.parametrize("extra", [["--exit-zero"], ["--fail-on", "never"]])
def test_gate_can_be_relaxed(
    capsys: pytest.CaptureFixture[str], articles: Path, extra: list[str]
) -> None:
    code, _, _ = run(capsys, "verify", "--as-of", "2025-12-25", "wrong.txt", *extra)
    assert code == 0


def test_fail_on_rejects_unknown_verdict(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    code, out, err = run(capsys, "verify", "--fail-on", "wrongish", "clean.txt")
    assert code == 2 and out == ""
    one_line_error(err)


def test_invalid_dataset_exit_2_no_output(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    bad = articles / "bad.yaml"
    bad.write_text("dataset: {name: x, version: '1'}\nfacts:\n  - id: a\n    value: [\n", "utf-8")
    out_file = articles / "report.json"
    code, out, err = run(capsys, "verify", "-d", str(bad), "-f", "json", "-o", str(out_file), ".")
    assert code == 2 and out == ""
    assert "bad.yaml:" in err and "Traceback" not in err
    assert not out_file.exists()
    assert not list(articles.glob(".report.json*")), "temporary file left behind"


def test_json_report_contract(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    code, out, _ = run(capsys, "verify", "--as-of", "2025-12-25", "-f", "json", ".")
    document = json.loads(out)
    assert document["schema"] == "claimcheck/report@1"
    assert [f["path"] for f in document["files"]] == ["clean.txt", "wrong.txt"]
    claims = [c for f in document["files"] for c in f["claims"]]
    assert {"verdict", "fact", "score", "message", "line", "column", "kind"} <= set(claims[0])
    assert document["summary"]["contradicted"] >= 1 and code == 1


def test_directory_with_broken_file_goes_on(
    capsys: pytest.CaptureFixture[str], articles: Path
) -> None:
    (articles / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    code, out, _ = run(capsys, "verify", "--as-of", "2025-12-25", "-f", "jsonl", ".")
    files = [json.loads(line) for line in out.splitlines()]
    assert [f["path"] for f in files] == ["broken.txt", "clean.txt", "wrong.txt"]
    assert files[0]["error"] and files[1]["error"] is None
    assert any(c["verdict"] == "contradicted" for c in files[2]["claims"])
    assert code == 2  # an unreadable input wins over the gate


def test_jobs_keep_input_order(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    for i in range(6):
        (articles / f"extra-{i}.txt").write_text(CLEAN * (i + 1), encoding="utf-8")
    args = ("verify", "--as-of", "2025-12-25", "-f", "jsonl", "--exit-zero", ".")
    _, serial, _ = run(capsys, *args, "--jobs", "1")
    _, parallel, _ = run(capsys, *args, "--jobs", "2")
    assert serial == parallel and serial.count("\n") == 8


def test_stdin_with_filename(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, articles: Path
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(WRONG.encode())))
    code, out, _ = run(
        capsys,
        "verify",
        "--as-of",
        "2025-12-25",
        "-f",
        "concise",
        "--stdin-filename",
        "news/piece.md",
        "-",
    )
    assert code == 1 and out.startswith("news/piece.md:1:")


def test_output_file_is_written(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    target = articles / "out" / "report.sarif"
    target.parent.mkdir()
    code, out, _ = run(
        capsys, "verify", "--as-of", "2025-12-25", "-f", "sarif", "-o", str(target), "wrong.txt"
    )
    assert code == 1 and out == ""
    assert json.loads(target.read_text("utf-8"))["version"] == "2.1.0"


def test_no_color_means_no_escapes(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    _, out, _ = run(capsys, "verify", "--as-of", "2025-12-25", "--show", "all", ".")
    assert "\x1b[" not in out and "wrong.txt" in out


def test_baseline_round_trip(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    code, _, _ = run(
        capsys, "verify", "--as-of", "2025-12-25", "--write-baseline", "base.json", "."
    )
    assert code == 1 and (articles / "base.json").is_file()
    code, _, _ = run(capsys, "verify", "--as-of", "2025-12-25", "--baseline", "base.json", ".")
    assert code == 0
    (articles / "new.txt").write_text(WRONG.replace("Germany", "Berlin"), encoding="utf-8")
    code, _, _ = run(capsys, "verify", "--as-of", "2025-12-25", "--baseline", "base.json", ".")
    assert code == 1


def test_config_file_is_discovered(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    (articles / "pyproject.toml").write_text(
        '[tool.claimcheck]\nfail-on = ["never"]\n', encoding="utf-8"
    )
    sub = articles / "nested"
    sub.mkdir()
    os.chdir(sub)
    code, _, _ = run(capsys, "verify", "--as-of", "2025-12-25", "../wrong.txt")
    assert code == 0
    code, out, _ = run(capsys, "config")
    assert code == 0 and "pyproject.toml" in out
    code, _, _ = run(capsys, "verify", "--isolated", "--as-of", "2025-12-25", "../wrong.txt")
    assert code == 1


def test_extract_json_contract(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    code, out, _ = run(capsys, "extract", "--as-of", "2025-12-25", "-f", "json", "wrong.txt")
    document = json.loads(out)
    assert code == 0 and document["schema"] == "claimcheck/extract@1"
    (file,) = document["files"]
    assert file["as_of"] == "2025-12-25" and file["error"] is None
    texts = {c["text"]: c for c in file["claims"]}
    percent = next(c for c in file["claims"] if c["kind"] == "percent")
    assert percent["value"] == 3.0 and percent["unit"] == "%"
    assert WRONG[percent["start"] : percent["end"]] == percent["text"]
    assert any("2029" in t for t in texts)


def test_empty_file_warns_not_fails(capsys: pytest.CaptureFixture[str], articles: Path) -> None:
    (articles / "empty.txt").write_text("", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "-f", "json", "empty.txt")
    assert code == 0 and json.loads(out)["files"][0]["claims"] == []


def test_readme_example_command_runs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "verify", str(EXAMPLES / "alliance-spending.md"))
    assert code == 0, out
    assert "alliance-spending.md" in out


def test_stdin_filename_chooses_the_format(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, articles: Path
) -> None:
    import io

    # Front matter is read only when the name says Markdown; its date decides the verdict
    # (Germany's 3.5% plan was announced on 2025-06-24).
    text = "---\ndate: 2025-12-01\n---\n\n" + WRONG
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, out, _ = run(capsys, "verify", "-f", "json", "--stdin-filename", "piece.md", "-")
    (file,) = json.loads(out)["files"]
    assert file["path"] == "piece.md" and file["as_of"] == "2025-12-01" and code == 1
