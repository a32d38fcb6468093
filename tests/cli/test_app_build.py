"""A run builds only the command it names (cli/app.py); its output is the whole app's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.cli import app

LINES: list[list[str]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "command_lines.yaml").read_text("utf-8")
)
ARTICLE = "NATO's 32 allies agreed in 2025 to spend 3.5% of GDP on core defence by 2035.\n"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.run(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("line", LINES, ids=[" ".join(line) for line in LINES])
def test_building_one_command_prints_what_the_whole_app_prints(
    line: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    args = [arg.replace("{article}", "article.txt") for arg in line]
    built: list[str | None] = []
    build = app.build_app
    monkeypatch.setattr(app, "build_app", lambda only=None: built.append(only) or build(only))
    one = run(args, capsys)
    monkeypatch.setattr(app, "build_app", lambda only=None: built.append(None) or build(None))
    whole = run(args, capsys)
    assert one == whole
    if args[0] in app.COMMANDS:
        assert built[0] == args[0], "the run built more than its command"
    assert one[1] or one[2], "nothing printed: the case tests nothing"
