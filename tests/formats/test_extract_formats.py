"""The ``claimcheck extract`` formats: table, json (claimcheck/extract@1) and jsonl."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import pytest
from formatcases import load_cases

from claimcheck.formats import get_extract_formatter
from claimcheck.formats.extract import ExtractFormatter
from claimcheck.model import Claim, Problem


@dataclass(frozen=True)
class Extracted:
    path: str
    as_of: date
    as_of_source: str
    claims: tuple[Claim, ...] = ()
    error: str | None = None
    problems: tuple[Problem, ...] = ()


def files() -> list[Extracted]:
    reports, _ = load_cases()
    out = [
        Extracted(r.path, r.as_of, r.as_of_source, tuple(c.claim for c in r.claims), r.error)
        for r in reports
    ]
    out[1] = Extracted(out[1].path, out[1].as_of, "option", out[1].claims, None,
                       (Problem("warning", "invalid UTF-8 replaced", out[1].path, 2),))  # fmt: skip
    return out


def render(formatter: ExtractFormatter) -> str:
    return formatter.begin() + "".join(formatter.file(f) for f in files()) + formatter.end()


def test_json_contract() -> None:
    document = json.loads(render(get_extract_formatter("json", version="1.2.3")))
    assert document["schema"] == "claimcheck/extract@1" and document["version"] == "1.2.3"
    assert [f["path"] for f in document["files"]] == [f.path for f in files()]
    first = document["files"][0]
    assert first["as_of"] == "2025-12-25" and first["error"] is None
    assert len(first["claims"]) == 7
    assert not {"verdict", "fact", "fingerprint"} & set(first["claims"][0])
    assert document["files"][2]["error"].startswith("cannot decode")
    assert document["files"][1]["problems"][0]["line"] == 2


def test_jsonl_one_line_per_file() -> None:
    lines = render(get_extract_formatter("jsonl", version="1")).splitlines()
    assert [json.loads(line)["path"] for line in lines] == [f.path for f in files()]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_no_files_is_valid(fmt: str) -> None:
    formatter = get_extract_formatter(fmt, version="1")
    out = formatter.begin() + formatter.end()
    assert fmt == "jsonl" and out == "" or json.loads(out)["files"] == []


@pytest.mark.parametrize("width", [80, 120])
def test_table(width: int) -> None:
    out = render(get_extract_formatter("table", color=False, width=width))
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width and "\x1b[" not in out
    assert "  6:20      percent   3.0%" in out
    assert "around a quarter" in out and "approximate" in out
    assert "error: cannot decode" in out and "warning: invalid UTF-8 replaced" in out
    assert sum(line.strip().endswith(("claims", "claim")) for line in lines) == 4


def test_table_colour_only_when_asked() -> None:
    assert "\x1b[" in render(get_extract_formatter("table", color=True))
