"""Whatever text an article or a dataset carries, each format's structure holds: one line per
finding in the line formats, well-formed XML and JSON in the document formats."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date

from formatcases import OPTIONS, render
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.formats import get_formatter
from claimcheck.model import CheckedClaim, Claim, FileReport

TEXT = st.text(min_size=1, max_size=40)


def make(path: str, text: str, message: str) -> FileReport:
    claim = Claim(text, 0, len(text), 1, 1, "number", 3.0)
    checked = CheckedClaim(claim, "contradicted", None, 0.5, message)
    return FileReport(path, date(2025, 12, 25), "option", (checked, checked))


@settings(max_examples=60, deadline=None)
@given(path=TEXT, text=TEXT, message=st.text(max_size=80))
def test_structure_holds(path: str, text: str, message: str) -> None:
    reports = [make(path, text, message)]
    for fmt in ("concise", "github"):
        out = render(get_formatter(fmt, OPTIONS), reports)
        assert len(out.rstrip("\n").split("\n")) == 2 and "\r" not in out, (fmt, out)
    for fmt in ("json", "sarif", "gitlab"):
        json.loads(render(get_formatter(fmt, OPTIONS), reports))
    root = ET.fromstring(render(get_formatter("junit", OPTIONS), reports))
    assert root.get("failures") == "2"
    issues = json.loads(render(get_formatter("gitlab", OPTIONS), reports))
    assert len({i["fingerprint"] for i in issues}) == 2
