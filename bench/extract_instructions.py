"""Instructions one extraction of 100 KB of the bench corpus takes, counted by callgrind.

Wall-clock throughput (extract_speed.py) swings by a third on a shared 2-core host; instruction
counts do not, so a change's cost can be told from noise. Needs valgrind; prints nothing useful
without it.

    python bench/extract_instructions.py [--size BYTES] [--runs N]

It runs the extraction 1 and 1+N times under ``valgrind --tool=callgrind`` (hash seed fixed)
and prints the difference divided by N, so start-up and imports cancel out.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _child(size: int, runs: int) -> None:
    sys.path.insert(0, str(HERE))
    from corpus import build

    from claimcheck.extraction import extract_claims

    text = build(1_048_576)[:size]
    for _ in range(runs):
        extract_claims(text, date(2025, 12, 25))


def _count(size: int, runs: int) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, __file__, "--child", str(runs), "--size", str(size),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{done.stderr[-500:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        _child(args.size, args.child)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction count", file=sys.stderr)
        return 2
    one, many = _count(args.size, 1), _count(args.size, 1 + args.runs)
    per_run = (many - one) / args.runs
    print(
        f"extract_claims on {args.size:,} characters of the bench corpus: "
        f"{per_run / 1e6:.0f} M instructions per run (callgrind, mean of {args.runs})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
