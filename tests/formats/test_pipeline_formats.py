"""Every format over real reports: the bundled examples (and the seed article when present)
checked against the bundled dataset, so the formats meet whatever the pipeline produces."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from formatcases import OPTIONS, render

from claimcheck.formats import OutputFormat, get_formatter
from claimcheck.model import VERDICTS, FileReport

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCHEMA = SHARED / "notes" / "sarif-2.1.0.schema.json"


@pytest.fixture(scope="module")
def real_reports() -> list[FileReport]:
    from claimcheck import api

    paths = sorted((REPO / "examples").glob("*.md"))
    seed = SHARED / "seeds" / "rutte-dpa-interview.txt"
    if seed.is_file():
        paths.append(seed)
    try:
        dataset = api.load_dataset()
        reports = [api.check_file(p, dataset, as_of=date(2025, 12, 25)) for p in paths]
    except ImportError as exc:  # a stage being rebuilt: its own tests report that
        pytest.skip(f"pipeline not importable: {exc}")
    reports = [replace(r, path=Path(r.path).name) for r in reports]
    reports.append(api.check_file(REPO / "no-such-file.md", dataset, as_of=date(2025, 12, 25)))
    assert sum(len(r.claims) for r in reports) > 0
    return reports


@pytest.mark.parametrize("fmt", [f.value for f in OutputFormat])
def test_every_format_over_real_reports(fmt: str, real_reports: list[FileReport]) -> None:
    options = replace(OPTIONS, show=frozenset(VERDICTS), explain=True, statistics=True)
    out = render(get_formatter(fmt, options), real_reports)
    assert "no-such-file.md" in out
    if fmt in ("json", "gitlab", "sarif"):
        document = json.loads(out)
        if fmt == "sarif" and SCHEMA.is_file():
            import jsonschema

            jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    elif fmt == "jsonl":
        assert len([json.loads(line) for line in out.splitlines()]) == len(real_reports)
    elif fmt == "junit":
        ET.fromstring(out)
    elif fmt == "rich":
        assert max(len(line) for line in out.splitlines()) <= 80 and "\x1b[" not in out
