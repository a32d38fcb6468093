"""Throughput of ``extract_claims`` on bench/corpus.py's >= 1 MB corpus (median of 3 runs).

python bench/extract_speed.py [--size BYTES] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build  # noqa: E402

from claimcheck.extraction import extract_claims  # noqa: E402
from claimcheck.extraction.quantities import find_quantities  # noqa: E402


def _time(func: object, text: str, runs: int) -> tuple[float, int, float]:
    """(median seconds, result count, best seconds): on a shared machine the best run is the
    figure least disturbed by other load, as timeit reports it."""
    times = []
    count = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        count = len(func(text))  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return statistics.median(times), count, min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_048_576)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    text = build(args.size)
    mb = len(text.encode("utf-8")) / 1_000_000
    as_of = date(2025, 12, 25)
    seconds, claims, best = _time(lambda t: extract_claims(t, as_of), text, args.runs)
    q_seconds, quantities, _ = _time(find_quantities, text, args.runs)
    try:
        from claimcheck.extraction.temporal import find_temporal
    except ImportError:
        find_temporal = None
    print(
        f"corpus: {mb:.2f} MB, {len(text):,} characters, one figure per "
        f"{len(text) // max(claims, 1)} characters (the seed article: one per ~300)"
    )
    print(
        f"extract_claims: {mb / seconds:.2f} MB/s (median of {args.runs}: {seconds:.3f} s, "
        f"{claims:,} claims; best run {mb / best:.2f} MB/s)"
    )
    print(f"  quantities only: {mb / q_seconds:.2f} MB/s ({quantities:,} quantities)")
    if find_temporal is not None:
        t_seconds, temporal, _ = _time(lambda t: find_temporal(t, as_of), text, args.runs)
        print(f"  temporal only:   {mb / t_seconds:.2f} MB/s ({temporal:,} temporal claims)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"  (load average {load:.2f} on {os.cpu_count()} cores while measuring)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
