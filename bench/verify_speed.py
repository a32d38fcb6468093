"""Throughput of ``check_claims`` (link, compare, judge) beside ``extract_claims``.

On bench/corpus.py's >= 1 MB corpus with the bundled dataset (median of N runs). Goal: verify at
least half as fast as extraction, so checking never dominates a run.

python bench/verify_speed.py [--size BYTES] [--runs N] [--profile]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from claimcheck.checking import check_claims  # noqa: E402
from claimcheck.dataset import load_dataset  # noqa: E402
from claimcheck.extraction import extract_claims  # noqa: E402


def _corpus(size: int) -> str:
    try:
        from corpus import build
    except ImportError:  # bench/corpus.py absent: a plain repetitive corpus will do
        line = "Germany spends 2.4% of GDP on defence, NATO has 32 members, the EU 27. "
        return (line * (size // len(line) + 1))[:size]
    return build(size)


def _median(func: object, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = func()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=1_048_576)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the 15 costliest calls")
    args = parser.parse_args(argv)
    text = _corpus(args.size)
    mb = len(text.encode("utf-8")) / 1_000_000
    as_of = date(2025, 12, 25)
    dataset = load_dataset(None)
    extract_s, claims = _median(lambda: extract_claims(text, as_of), args.runs)
    assert isinstance(claims, list)
    check_s, checked = _median(lambda: check_claims(text, claims, dataset, as_of), args.runs)
    assert isinstance(checked, tuple)
    verdicts = Counter(c.verdict for c in checked)
    print(f"corpus: {mb:.2f} MB, {len(claims):,} claims; dataset: {len(dataset.facts)} facts")
    print(f"extract_claims: {mb / extract_s:.2f} MB/s ({len(claims) / extract_s:,.0f} claims/s)")
    print(
        f"check_claims:   {mb / check_s:.2f} MB/s ({len(claims) / check_s:,.0f} claims/s), "
        f"{check_s / extract_s:.2f}x the extraction time"
    )
    total = extract_s + check_s
    print(f"extract + check: {mb / total:.2f} MB/s; verdicts: {dict(verdicts)}")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(check_claims, text, claims, dataset, as_of)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
