"""`claimcheck data ...` through the Typer sub-app on its own (cases in cases/cli.yaml)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli.data_cmd import data_app
from claimcheck.dataset import load_dataset

HERE = Path(__file__).parent
CASES = yaml.safe_load((HERE / "cases" / "cli.yaml").read_text())


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("broken")
    shutil.copy(HERE / "fixture" / "meta.yaml", root / "meta.yaml")
    (root / "data.yaml").write_text(
        "facts:\n  - id: x\n    subject: NATO\n    property: p\n    value: 1\n"
        "    unit: precent\n    sources: [hague]\n"
    )
    return root


@pytest.fixture(scope="module")
def stale(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stale")
    shutil.copy(HERE / "fixture" / "meta.yaml", root / "meta.yaml")
    (root / "data.yaml").write_text(
        "facts:\n  - id: old\n    subject: NATO\n    property: p\n    value: 1\n"
        "    unit: count\n    valid_from: 2019-01-01\n    valid_until: 2020-01-01\n"
        "    sources: [hague]\n"
    )
    return root


def invoke(args: list[str]) -> Any:
    return CliRunner().invoke(data_app, args)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_cli(case: dict[str, Any], broken: Path, stale: Path) -> None:
    args = [
        a.replace("{fixture}", str(HERE / "fixture"))
        .replace("{broken}", str(broken))
        .replace("{stale}", str(stale))
        for a in case["args"]
    ]
    result = invoke(args)
    assert result.exit_code == case["exit"], result.stdout + result.stderr
    assert isinstance(result.exception, SystemExit | None)  # never a traceback
    for text in case.get("stdout", []):
        assert text in result.stdout
    for text in case.get("stderr", []):
        assert text in result.stderr
    if "rows" in case:
        lines = result.stdout.splitlines()[1:]  # below the header
        assert [line.split("\t")[1 if "search" in args else 0] for line in lines] == case["rows"]


def test_import_writes_yaml_that_loads(tmp_path: Path) -> None:
    output = tmp_path / "imported.yaml"
    result = invoke(
        [
            "import",
            str(HERE / "import" / "defence.csv"),
            "--subject-column",
            "country",
            "--period-column",
            "year",
            "--value-column",
            "share of GDP",
            "--property",
            "defence spending share of GDP",
            "--unit",
            "percent",
            "--id-prefix",
            "defexp",
            "--source-title",
            "Defence expenditure table",
            "--source-url",
            "https://example.org/t",
            "--source-published",
            "2025-08-28",
            "--decimal",
            ",",
            "--output",
            str(output),
        ]
    )
    assert result.exit_code == 0, result.stderr
    assert "skipped row 6: no value for France 2024" in result.stderr
    dataset = load_dataset([output])
    assert sorted(f.id for f in dataset.facts) == [
        "defexp-france-2023",
        "defexp-germany-2023",
        "defexp-germany-2024",
        "defexp-germany-2025-01-2025-03",
        "defexp-poland-2024",
    ]
    fact = dataset.get("defexp-germany-2024")
    assert fact is not None and fact.value == 2.12 and fact.unit == "%"
    assert fact.sources[0].url == "https://example.org/t"
    assert str(fact.valid_from) == "2025-08-28"


def test_import_reports_a_missing_column() -> None:
    result = invoke(
        [
            "import",
            str(HERE / "import" / "defence.csv"),
            "--subject-column",
            "nation",
            "--period-column",
            "year",
            "--value-column",
            "share of GDP",
            "--property",
            "p",
            "--unit",
            "%",
            "--source-title",
            "t",
            "--source-url",
            "https://example.org",
        ]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "claimcheck: error: --subject-column: no column 'nation' "
        "(columns: country, year, share of GDP)"
    ]


def test_configured_dataset_is_the_default(
    tmp_path: Path, broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "claimcheck.toml").write_text(f'data = ["{broken}"]\n')
    monkeypatch.chdir(tmp_path)
    result = invoke(["validate"])
    assert result.exit_code == 2
    assert "unknown unit `precent`" in result.stdout
    assert invoke(["validate", "--data", str(HERE / "fixture")]).exit_code == 0


def test_a_broken_configuration_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "claimcheck.toml").write_text("dta = []\n")
    monkeypatch.chdir(tmp_path)
    result = invoke(["stats"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: ")
    assert "unknown setting 'dta'" in lines[0]
