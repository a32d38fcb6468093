"""Every format over the same reports: each produces output, reports the unreadable file, and is
deterministic; the machine formats stay valid over an empty run."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest
from formatcases import OPTIONS, render

from claimcheck.errors import UsageError
from claimcheck.formats import ExtractFormat, OutputFormat, get_extract_formatter, get_formatter
from claimcheck.formats.interface import Formatter

ALL = [f.value for f in OutputFormat]
PARSERS: dict[str, Callable[[str], object]] = {
    "json": json.loads,
    "sarif": json.loads,
    "gitlab": json.loads,
    "junit": ET.fromstring,
    "jsonl": lambda text: [json.loads(line) for line in text.splitlines()],
}


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_member_has_a_formatter(fmt: OutputFormat) -> None:
    assert isinstance(get_formatter(fmt, OPTIONS), Formatter)
    assert isinstance(get_formatter(fmt.value, OPTIONS), Formatter)


@pytest.mark.parametrize("fmt", list(ExtractFormat))
def test_every_extract_member_has_a_formatter(fmt: ExtractFormat) -> None:
    assert get_extract_formatter(fmt.value, version="1").end() is not None


@pytest.mark.parametrize("name", ["xml", "", "JSON", "table"])
def test_unknown_format_is_a_usage_error(name: str) -> None:
    with pytest.raises(UsageError, match="unknown format"):
        get_formatter(name, OPTIONS)


@pytest.mark.parametrize("fmt", ALL)
def test_unreadable_file_is_reported(fmt: str, run: Callable[..., str]) -> None:
    out = run(fmt)
    assert "broken.md" in out
    assert "invalid UTF-8 at byte 3" in out


@pytest.mark.parametrize("fmt", ALL)
def test_output_is_deterministic(fmt: str, run: Callable[..., str]) -> None:
    assert run(fmt) == run(fmt)


@pytest.mark.parametrize("fmt", ALL)
def test_suppressed_claim_never_fails_or_shows_as_finding(
    fmt: str, run: Callable[..., str]
) -> None:
    # The third "3.0%" of nato.md (line 10) is suppressed: no format lists it as a finding.
    out = run(fmt, show=frozenset({"contradicted"}))
    if fmt in ("json", "jsonl"):
        records = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else None
        files = records if records is not None else json.loads(out)["files"]
        nato = next(f for f in files if f["path"] == "articles/nato.md")
        assert [c["suppressed"] for c in nato["claims"]] == [False, False, True]
    else:
        assert ":10:16" not in out and "L10:16" not in out and "line=10," not in out


@pytest.mark.parametrize("fmt", sorted(PARSERS))
def test_empty_run_is_still_valid(fmt: str) -> None:
    out = render(get_formatter(fmt, OPTIONS), [])
    PARSERS[fmt](out)


@pytest.mark.parametrize("fmt", sorted(PARSERS))
def test_machine_formats_parse(fmt: str, run: Callable[..., str]) -> None:
    PARSERS[fmt](
        run(fmt, show=frozenset({"contradicted", "outdated", "unverifiable", "supported"}))
    )
