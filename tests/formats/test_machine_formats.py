"""json, jsonl, sarif, gitlab and junit: each parsed or validated against its schema, and its
counts checked against the reports it was made from."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.model import VERDICTS, FileReport
from claimcheck.report import RULES, listed

ALL = frozenset(VERDICTS)
SHOWS = [frozenset({"contradicted"}), frozenset(VERDICTS) - {"supported"}, ALL]
SARIF_SCHEMA = Path(__file__).resolve().parents[2] / ".." / "shared" / "notes"
SARIF_SCHEMA = SARIF_SCHEMA / "sarif-2.1.0.schema.json"
CLAIM_KEYS = {
    "text", "start", "end", "line", "column", "kind", "value", "low", "high", "unit",
    "qualifier", "time", "sentence", "context", "precision", "verdict", "fact", "score",
    "message", "suppressed", "fingerprint",
}  # fmt: skip
FACT_KEYS = {"id", "value", "unit", "period", "valid_from", "valid_until", "source"}


def findings(reports: list[FileReport], show: frozenset[str]) -> int:
    return sum(len(listed(r, show)) for r in reports)


@pytest.mark.parametrize("show", SHOWS, ids=lambda s: ",".join(sorted(s)))
def test_json_document(
    run: Callable[..., str], reports: list[FileReport], show: frozenset[str]
) -> None:
    document = json.loads(run("json", show=show))
    assert document["schema"] == "claimcheck/report@1" and document["version"] == "9.9.9"
    assert document["dataset"] == {"name": "test-pack", "version": "2025.12"}
    assert [f["path"] for f in document["files"]] == [r.path for r in reports]
    for file, report in zip(document["files"], reports, strict=True):
        assert {c["verdict"] for c in file["claims"]} <= show
        assert len(file["claims"]) == sum(c.verdict in show for c in report.claims)
        assert file["error"] == report.error
        assert file["summary"]["claims"] == len(report.claims)
        for claim in file["claims"]:
            assert set(claim) >= CLAIM_KEYS
            assert claim["fact"] is None or set(claim["fact"]) >= FACT_KEYS
    summary = document["summary"]
    assert summary["files"] == 4 and summary["files_with_errors"] == 1
    assert summary["claims"] == sum(len(r.claims) for r in reports)
    assert sum(summary[v] for v in VERDICTS) + summary["suppressed"] == summary["claims"]


def test_json_values_and_facts(run: Callable[..., str], cases: tuple) -> None:
    document = json.loads(run("json", show=ALL, statistics=True))
    texts = cases[1]
    for file in document["files"]:
        for claim in file["claims"]:
            assert texts[file["path"]][claim["start"] : claim["end"]] == claim["text"]
    nato = document["files"][0]["claims"]
    assert nato[0]["fact"]["period"] == {"start": None, "end": "2029-12-31"}
    assert nato[0]["fact"]["source"]["published"] == "2025-06-24"
    assert nato[1]["fact"]["id"] == "nato-members-2023"
    assert nato[1]["superseded_by"]["id"] == "nato-members"
    money = document["files"][3]["claims"][0]
    assert money["value"] == 150000000000 and isinstance(money["value"], int)
    assert document["summary"]["facts"]["de-target"] == {"contradicted": 3}


def test_json_explain_adds_candidates(run: Callable[..., str]) -> None:
    claim = json.loads(run("json", explain=True))["files"][0]["claims"][0]
    assert [c["fact"] for c in claim["candidates"]] == ["de-target", "nato-members"]
    assert claim["candidates"][0]["signals"][0] == {
        "name": "subject",
        "score": 1.0,
        "detail": "Germany",
    }
    assert "candidates" not in json.loads(run("json"))["files"][0]["claims"][0]


def test_jsonl_one_file_per_line(run: Callable[..., str], reports: list[FileReport]) -> None:
    lines = run("jsonl", show=ALL).splitlines()
    assert len(lines) == len(reports)
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [r.path for r in reports]
    assert records[2]["error"] and records[0]["error"] is None


def test_fingerprints_unique_in_json(run: Callable[..., str]) -> None:
    document = json.loads(run("json", show=ALL))
    prints = [c["fingerprint"] for f in document["files"] for c in f["claims"]]
    assert len(prints) == len(set(prints)) and all(len(p) == 16 for p in prints)


@pytest.fixture(scope="module")
def sarif_schema() -> dict:
    if not SARIF_SCHEMA.is_file():
        pytest.skip("SARIF schema absent")
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


@pytest.mark.parametrize("show", SHOWS, ids=lambda s: ",".join(sorted(s)))
def test_sarif_valid_and_complete(
    run: Callable[..., str], reports: list[FileReport], sarif_schema: dict, show: frozenset[str]
) -> None:
    import jsonschema

    document = json.loads(run("sarif", show=show))
    jsonschema.validate(document, sarif_schema)
    assert document["version"] == "2.1.0"
    (sarif_run,) = document["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in RULES]
    results = sarif_run["results"]
    problems = sum(len(r.problems) for r in reports)
    assert len(results) == findings(reports, show) + problems + 1  # + the unreadable file
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert "\\" not in location["artifactLocation"]["uri"]
        assert location["artifactLocation"].get("uriBaseId") == "%SRCROOT%"
        region = location.get("region", {})
        assert all(region[k] >= 1 for k in region)
        if "endColumn" in region and "endLine" not in region:
            assert region["endColumn"] > region["startColumn"]
    prints = [
        r["partialFingerprints"]["claimcheck/v1"] for r in results if "partialFingerprints" in r
    ]
    assert len(prints) == findings(reports, show) == len(set(prints))
    notes = sarif_run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and sarif_run["invocations"][0]["executionSuccessful"] is False


def test_sarif_region_spans_the_figure(run: Callable[..., str]) -> None:
    result = json.loads(run("sarif"))["runs"][0]["results"][1]  # after the problem result
    assert result["ruleId"] == "CC001" and result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 6, "startColumn": 20, "endColumn": 24}


def test_sarif_uri_is_relative_posix_and_escaped(run: Callable[..., str]) -> None:
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(run("sarif"))["runs"][0]["results"]
    }
    assert "articles/odd%20dir/with%20space%2C%20comma%3Acolon.md" in uris


def test_gitlab_code_quality(run: Callable[..., str], reports: list[FileReport]) -> None:
    issues = json.loads(run("gitlab", show=ALL))
    assert len(issues) == findings(reports, ALL) + 1 + 1  # + unreadable file + problem
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["lines"]["begin"] >= 1 and issue["description"]
    by_check = {i["check_name"]: i["severity"] for i in issues}
    assert by_check["CC001"] == "major" and by_check["CC900"] == "critical"


def test_gitlab_fail_on_raises_severity(run: Callable[..., str]) -> None:
    issues = json.loads(run("gitlab", fail_on=frozenset({"outdated"})))
    assert {i["severity"] for i in issues if i["check_name"] == "CC002"} == {"major"}


@pytest.mark.parametrize("show", SHOWS, ids=lambda s: ",".join(sorted(s)))
def test_junit_counts(
    run: Callable[..., str], reports: list[FileReport], show: frozenset[str]
) -> None:
    root = ET.fromstring(run("junit", show=show))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.path for r in reports]
    cases = root.iter("testcase")
    keys = [(c.get("classname"), c.get("name")) for c in cases]
    assert len(keys) == len(set(keys)), "GitLab drops repeated classname+name"
    failures = len(root.findall(".//failure"))
    contradicted = sum(c.verdict == "contradicted" for c, _ in
                       (x for r in reports for x in listed(r, show)))  # fmt: skip
    assert failures == contradicted == int(root.get("failures", "-1"))
    assert int(root.get("errors", "-1")) == len(root.findall(".//error")) == 1
    assert int(root.get("tests", "-1")) == len(keys)
    assert sum(int(s.get("tests", "0")) for s in suites) == len(keys)
    clean = suites[1].findall("testcase")
    if "supported" not in show:
        assert [c.get("name") for c in clean] == ["all claims checked"]


def test_junit_escapes_control_characters(run: Callable[..., str]) -> None:
    out = run("junit", show=ALL)
    ET.fromstring(out)
    assert "\x01" not in out and "&lt;b&gt;&amp;amp;" in out


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a/b.md", "a/b.md"),
        ("./a/b c.md", "a/b%20c.md"),
        ("a\\b.md", "a/b.md"),
        ("{cwd}/sub/x.md", "sub/x.md"),
        ("/elsewhere/x.md", "file:///elsewhere/x.md"),
    ],
)
def test_sarif_and_gitlab_paths(path: str, uri: str) -> None:
    import os

    from claimcheck.formats.interface import repo_path
    from claimcheck.formats.sarif import artifact_location

    path = path.format(cwd=os.getcwd())
    location = artifact_location(path)
    assert location["uri"] == uri
    assert ("uriBaseId" in location) is (not uri.startswith("file:"))
    assert repo_path(path) == (uri.replace("%20", " ") if "file:" not in uri else path)
