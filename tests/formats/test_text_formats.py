"""rich, concise, markdown and github: line grammars, escaping round trips, width and colour."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from formatcases import OPTIONS, render
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.formats import get_formatter
from claimcheck.formats.github import GithubFormatter, command
from claimcheck.formats.interface import one_line
from claimcheck.formats.markdown import cell
from claimcheck.formats.terminal import RichFormatter
from claimcheck.model import VERDICTS, FileReport
from claimcheck.report import listed

ALL = frozenset(VERDICTS)
ANSI = re.compile(r"\x1b\[")
CONCISE = re.compile(r"^.+:\d+:\d+: \w+ .+$")
WORKFLOW = re.compile(
    r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:]*)(?:,[A-Za-z]+=[^,:]*)*)::(.*)$"
)


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_workflow(line: str) -> tuple[str, dict[str, str], str]:
    match = WORKFLOW.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match.group(2).split(","))
    return match.group(1), {k: unescape(v) for k, v in props.items()}, unescape(match.group(3))


@pytest.mark.parametrize("show", [frozenset({"contradicted"}), ALL])
def test_concise_lines(
    run: Callable[..., str], reports: list[FileReport], show: frozenset[str]
) -> None:
    lines = run("concise", show=show).splitlines()
    assert all(CONCISE.match(line) for line in lines), lines
    problems = sum(len(r.problems) for r in reports)
    assert len(lines) == sum(len(listed(r, show)) for r in reports) + problems + 1
    assert "articles/broken.md:1:1: error cannot decode" in lines[len(lines) - 3 :][0] or any(
        line.startswith("articles/broken.md:1:1: error ") for line in lines
    )
    assert "articles/nato.md:6:20: contradicted article: 3.0% of GDP by 2029" in lines[1]


def test_concise_statistics(run: Callable[..., str]) -> None:
    out = run("concise", statistics=True).splitlines()
    assert any(re.match(r"^\s+3\s+de-target \(3 contradicted\)$", line) for line in out), out
    assert any(re.match(r"^\s+1\s+suppressed$", line) for line in out)


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("explain", [False, True])
def test_rich_plain_fits_width(run: Callable[..., str], width: int, explain: bool) -> None:
    out = run("rich", width=width, explain=explain, show=ALL)
    assert not ANSI.search(out)
    assert max(len(line) for line in out.splitlines()) <= width
    assert not any(line.endswith(" ") for line in out.splitlines())


def test_rich_content(reports: list[FileReport], cases: tuple) -> None:
    texts = cases[1]
    options = OPTIONS.__class__(**{**OPTIONS.__dict__, "explain": True})
    out = render(RichFormatter(options, read=texts.get), reports)
    assert "test-pack 2025.12" in out
    assert "articles/nato.md  as of 2025-12-25 (from front matter)" in out
    nato = out.split("articles/clean.md")[0]
    assert "contradicted (2)" in nato and "outdated (1)" in nato
    assert "supported (" not in nato  # not in the default --show
    assert '"Germany will spend 3.0% of GDP on defence by 2029, the minister said."' in out
    flat = " ".join(out.split())
    # The value is not repeated when the message states it; the id and source always show.
    assert "reference: [de-target] - Federal Ministry of Finance, 2025-06-24 https://" in flat
    assert "reference: [nato-members-2023], true from 2023-04-04 until 2024-03-07 - NATO" in flat
    assert "superseded by: 32 member states [nato-members] - NATO, 2024-03-07" in flat
    assert "* de-target 0.91: subject 1.00 (Germany), property 0.82" in out
    assert "error: cannot decode" in flat and "1 suppressed, 1 file could not be read" in flat
    assert "4 files, 10 claims: 2 supported, 3 contradicted" in flat


def test_rich_colour_only_when_asked(run: Callable[..., str]) -> None:
    assert ANSI.search(run("rich", color=True))
    assert not ANSI.search(run("rich", color=None))


def test_rich_missing_source_still_reports(reports: list[FileReport]) -> None:
    out = render(RichFormatter(OPTIONS, read=lambda path: None), reports)
    assert "6:20  3.0%" in out and '"' not in out.split("6:20")[1].split("\n")[1][:8]


def test_markdown_table(run: Callable[..., str], reports: list[FileReport]) -> None:
    out = run("markdown", show=ALL)
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) - 1 == sum(len(listed(r, ALL)) for r in reports)
    for row in rows:
        cells = re.split(r"(?<!\\)\|", row)[1:-1]
        assert len(cells) == 6, row
    assert (
        "[Federal Ministry of Finance, 2025-06-24](<https://example.invalid/budget?a=1&b=2>)" in out
    )
    assert "could not be read" in out and out.rstrip().endswith("could not be read")
    now = "32 member states now; 31 member states until 2024-03-07"
    assert f"| outdated | `31 member states` | {now} | NATO, 2024-03-07 |" in out


def test_markdown_without_findings(reports: list[FileReport]) -> None:
    out = render(get_formatter("markdown", OPTIONS), [reports[1]])
    assert "No findings to list." in out and "| File |" not in out


def test_github_annotations(run: Callable[..., str], reports: list[FileReport]) -> None:
    lines = run("github", show=ALL).splitlines()
    parsed = [parse_workflow(line) for line in lines]
    messages = {m for _, _, m in parsed}
    shown = {one_line(c.message) for r in reports for c, _ in listed(r, ALL) if c.message}
    assert len(shown) >= 5 and shown <= messages
    files = {p["file"] for _, p, _ in parsed}
    assert "articles/odd dir/with space, comma:colon.md" in files
    levels = {p["title"].split()[1]: level for level, p, _ in parsed}
    assert (
        levels["CC001"] == "error" and levels["CC002"] == "warning" and levels["CC003"] == "notice"
    )
    assert levels["CC900"] == "error"


def test_github_step_summary(reports: list[FileReport]) -> None:
    formatter = get_formatter("github", OPTIONS)
    render(formatter, reports)
    assert isinstance(formatter, GithubFormatter)
    from claimcheck.report import summarize

    summary = formatter.step_summary(summarize(reports))
    assert summary.startswith("### claimcheck") and "| File | Line |" in summary
    assert summary.count("\n| articles") == sum(len(listed(r, OPTIONS.show)) for r in reports)
    assert "**Could not be read**" in summary and "`articles/broken.md`: cannot decode" in summary


@given(message=st.text(), value=st.text())
def test_github_escaping_round_trips(message: str, value: str) -> None:
    line = command("warning", message, file=value, line=3)
    assert line.endswith("\n") and "\n" not in line[:-1] and "\r" not in line
    level, props, data = parse_workflow(line[:-1])
    assert (level, props["file"], props["line"], data) == ("warning", value, "3", message)


@given(st.text())
def test_markdown_cell_stays_in_its_cell(text: str) -> None:
    escaped = cell(text)
    assert "\n" not in escaped and "\r" not in escaped
    assert not re.search(r"(?<!\\)(\\\\)*\|", escaped.replace("\\|", "")), escaped


@pytest.mark.parametrize("fmt", ["concise", "github", "markdown", "rich"])
def test_no_control_characters_reach_a_terminal(run: Callable[..., str], fmt: str) -> None:
    out = run(fmt, show=ALL)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", out)


@pytest.mark.parametrize("fmt", ["concise", "github", "markdown", "rich", "junit", "gitlab"])
def test_error_does_not_repeat_the_path(fmt: str) -> None:
    from datetime import date

    broken = FileReport("dir/x.md", date(2025, 12, 25), "today", (), "dir/x.md: file not found")
    out = render(get_formatter(fmt, OPTIONS), [broken])
    assert "file not found" in out and "dir/x.md: file not found" not in out
