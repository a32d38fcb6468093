"""Median wall time of short claimcheck runs beside `python3 -c pass`.

    python bench/startup.py [--runs 15]

Goals (issue 2): `claimcheck --version` <= 80 ms, `claimcheck extract` on a 5 KB article
<= 200 ms. Uses the `claimcheck` next to this Python (the installed console script).

Runs are timed as users run them: with bytecode caches (pip writes them at install). The
variable PYTHONDONTWRITEBYTECODE, set in some sandboxes, is removed for the runs, and the
package is byte-compiled first; without caches every run recompiles every module. The
compiled regexes (claimcheck/regexes.py) are kept the same way, written by the first run: one
row times `extract` without that file, as a first run sees it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def median_ms(cmd: list[str], runs: int, cold: bool = False) -> float:
    times = []
    env = dict(os.environ, NO_COLOR="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cold:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # the .pyc files are still read; nothing written
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _kept_caches() -> list[Path]:
    """The kept compiled regexes (claimcheck/regexes.py)."""
    import claimcheck

    return sorted((Path(claimcheck.__file__).parent / "__pycache__").glob("regexes.*.marshal"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    exe = shutil.which("claimcheck", path=str(Path(sys.executable).parent)) or "claimcheck"
    import compileall

    from corpus import build

    import claimcheck

    compileall.compile_dir(Path(claimcheck.__file__).parent, quiet=1)
    print(
        f"bytecode caches: {'off' if os.environ.get('PYTHONDONTWRITEBYTECODE') else 'on'} "
        "in this shell; on for the timed runs"
    )

    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp, "article.txt")
        article.write_text(build(5_000), encoding="utf-8")
        rows = [
            ("python3 -c pass", [sys.executable, "-c", "pass"], None),
            ("claimcheck --version", [exe, "--version"], 80.0),
            ("claimcheck extract 5KB", [exe, "extract", "--format", "json", str(article)], 200.0),
            ("  same, kept caches cold", [exe, "extract", "--format", "json", str(article)], None),
            ("claimcheck verify 5KB", [exe, "verify", "--format", "json", str(article)], None),
        ]
        for cmd in rows:
            median_ms(cmd[1], 2)  # warm the page cache and .pyc files
        kept = {path: path.read_bytes() for path in _kept_caches()}
        print(f"{'command':28} {'median ms':>10} {'goal':>8}")
        for name, cmd, goal in rows:
            cold = "cold" in name
            if cold:
                for path in kept:
                    path.unlink()
            try:
                ms = median_ms(cmd, args.runs, cold=cold)
            finally:
                for path, data in kept.items():
                    path.write_bytes(data)
            goal_text = f"<= {goal:.0f}" if goal else "-"
            print(f"{name:28} {ms:10.1f} {goal_text:>8}")


if __name__ == "__main__":
    main()
