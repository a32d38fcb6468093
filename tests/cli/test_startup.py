"""A short run imports only what it uses (cases/startup.yaml): start-up time is an import bill."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "startup.yaml").read_text("utf-8")
)
PROSE = (
    "BERLIN, Dec 25 (dpa) - NATO's 32 allies agreed to spend 3.5% of GDP on core defence by 2035,"
    " up from 2% in 2014. Germany plans around €150bn, about a quarter more than last year.\n"
)
ARTICLES = {
    "article.txt": PROSE,
    "article.md": "# Spending\n\n" + PROSE + "\n* 23 EU members are in NATO.\n",
    "article.html": f"<html><body><h1>Spending</h1><p>{PROSE}</p></body></html>\n",
    "entities.md": PROSE.replace("3.5% of GDP", "3.5&nbsp;% of GDP"),
    "dated.md": "---\ntitle: Spending\ndate: 2025-12-25\n---\n\n" + PROSE,
}
# Runs the command as the console script does, then names the listed modules it imported.
CHILD = """
import sys
from claimcheck.cli import main
code = main(sys.argv[2:])
wanted = sys.argv[1].split(",")
loaded = [m for m in wanted if any(n == m or n.startswith(m + ".") for n in list(sys.modules))]
sys.stderr.write("\\nLOADED " + ",".join(loaded) + "\\n")
sys.exit(code)
"""


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_short_run_imports_only_what_it_uses(case: dict[str, Any], tmp_path: Path) -> None:
    args = list(case["args"])
    if "file" in case:
        article = tmp_path / case["file"]
        article.write_text(ARTICLES[case["file"]], encoding="utf-8")
        args = [a.replace("{file}", str(article)) for a in args]
    absent, present = list(case["absent"]), list(case["present"])
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(absent + present), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip(), "the run printed nothing"
    loaded = set(proc.stderr.rsplit("LOADED ", 1)[-1].strip().split(","))
    assert sorted(loaded & set(absent)) == [], "imported though unused"
    assert sorted(set(present) - loaded) == [], "not imported: did the run happen?"


# The collector around start-up (cli/app.py): paused while the program starts, its objects then
# frozen out of later collections; a caller that passes argv keeps its collector as it was.
GC_CHILD = """
import gc, sys
from claimcheck.cli import main
collector, how, args = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.argv[1:] = args
if collector == "off":
    gc.disable()
code = main(None if how == "program" else args)
print(gc.isenabled(), gc.get_freeze_count() > 0, code)
"""


@pytest.mark.parametrize(
    ("collector", "how", "expected"),
    [
        ("on", "program", "True True 0"),
        ("on", "caller", "True False 0"),
        ("off", "caller", "False False 0"),
        ("off", "program", "False False 0"),
    ],
)
def test_the_collector_waits_for_start_up_only_in_the_program(
    collector: str, how: str, expected: str, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(PROSE, encoding="utf-8")
    args = ["extract", "--format", "json", str(article)]
    proc = subprocess.run(
        [sys.executable, "-c", GC_CHILD, collector, how, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == expected
