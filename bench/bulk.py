"""Bulk throughput: check N generated articles with --jobs 1 and --jobs 2.

    python bench/bulk.py [--files 10000] [--size 3000]

Prints files/s and MB/s per job count, the speed-up, the peak memory (max RSS of the run's
process tree), and the cost of separate runs for comparison (a sample of single-file runs,
extrapolated). Articles come from bench/corpus.py templates with realistic claims.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def write_articles(directory: Path, count: int, size: int) -> int:
    from corpus import build

    text = build(size * 50)
    total = 0
    for i in range(count):
        offset = (i * 997) % max(1, len(text) - size)
        start = text.rfind("\n", 0, offset) + 1
        body = text[start : start + size]
        path = directory / f"{i // 1000:03d}" / f"article-{i:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(body, encoding="utf-8")
        total += len(body.encode("utf-8"))
    return total


def timed(cmd: list[str]) -> tuple[float, int]:
    env = dict(os.environ, NO_COLOR="1", CI="1")
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[:500]}")
    return elapsed, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=3_000, help="bytes per article")
    parser.add_argument("--singles", type=int, default=20, help="separate runs to sample")
    args = parser.parse_args()
    exe = shutil.which("claimcheck", path=str(Path(sys.executable).parent)) or "claimcheck"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        total = write_articles(root, args.files, args.size)
        mb = total / 1e6
        print(f"{args.files} articles, {mb:.1f} MB")
        rates = {}
        for jobs in (1, 2):
            cmd = [exe, "verify", "--format", "jsonl", "--jobs", str(jobs), "-q", str(root)]
            elapsed, _ = timed(cmd)
            rates[jobs] = args.files / elapsed
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"--jobs {jobs}: {elapsed:6.1f} s  {rates[jobs]:8.0f} files/s  "
                f"{mb / elapsed:6.2f} MB/s  largest process RSS so far {peak:.0f} MB"
            )
        print(f"speed-up --jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}x (goal >= 1.8x)")
        singles = [
            timed([exe, "verify", "--format", "jsonl", "-q", str(p)])[0]
            for p in sorted(root.rglob("*.txt"))[: args.singles]
        ]
        per_file = statistics.median(singles)
        print(
            f"separate runs: {per_file * 1000:.0f} ms per file -> {per_file * args.files:.0f} s "
            f"for {args.files} files (bulk --jobs 1: {args.files / rates[1]:.0f} s)"
        )
        for count in (args.files // 10, args.files):
            sub = sorted(root.iterdir())[: max(1, count // 1000)]
            cmd = [sys.executable, str(HERE / "_rss.py"), exe, *map(str, sub)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
            print(f"peak RSS checking {count} files (--jobs 1): {out}")


if __name__ == "__main__":
    main()
