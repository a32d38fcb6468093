"""Benchmark: load a generated 10,000-fact dataset and print the time (median of 3 runs).

    .venv/bin/python bench/load_dataset.py [--facts 10000] [--runs 3]

The dataset mixes single facts and time series over 10 files, with shared sources, subjects and
properties, like a large curated pack. The goal is under 1 s for 10,000 facts. It also times the
opt-in compiled cache (``load_dataset(paths, cache_dir=...)``: a pickle keyed by the files'
sizes and mtimes and the claimcheck version), cold (first load writes it) and warm.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.dataset import load_dataset

FILES = 10
SERIES_YEARS = 12


def generate(root: Path, facts: int) -> int:
    """Write the dataset; half the facts come from series, half from single entries."""
    (root / "meta.yaml").write_text(
        'dataset: {name: bench, version: "1", units: [tonnes]}\n'
        "sources:\n"
        + "".join(
            f"  src-{i}: {{title: Source {i}, publisher: Office {i}, "
            f"url: 'https://example.org/{i}', published: 2025-0{1 + i % 9}-01}}\n"
            for i in range(50)
        )
        + "subjects:\n"
        + "".join(f"  Country {i}:\n    aliases: [C{i}, Capital {i}]\n" for i in range(200))
        + "properties:\n"
        + "".join(f"  measure {i}:\n    keywords: [m{i}, measure {i} word]\n" for i in range(40))
    )
    made = 0
    per_file = facts // FILES
    for f in range(FILES):
        lines = ["facts:\n"]
        goal = min(per_file * (f + 1), facts)
        n = 0
        while made < goal:
            n += 1
            subject, prop, src = f"Country {n % 200}", f"measure {(f * 7 + n) % 40}", n % 50
            if n % 2 and goal - made >= SERIES_YEARS:
                lines.append(
                    f"  - id: f{f}-s{n}\n    subject: {subject}\n    property: {prop} s{n}\n"
                    f"    unit: '%'\n    valid_from: 2024-01-01\n    sources: [src-{src}]\n"
                    "    series:\n"
                    + "".join(f"      {2014 + y}: {1 + y / 10:.2f}\n" for y in range(SERIES_YEARS))
                )
                made += SERIES_YEARS
            else:
                lines.append(
                    f"  - id: f{f}-p{n}\n    subject: {subject}\n    aliases: [alias {n}]\n"
                    f"    property: {prop} p{n}\n    keywords: [word {n}]\n"
                    f"    value: {n * 1.5}\n    unit: EUR\n    period: {2000 + n % 25}\n"
                    f"    valid_from: 2024-01-01\n    tolerance: {{relative: 0.01}}\n"
                    f"    sources: [src-{src}, {{title: Inline {n}, url: 'https://x.org/{n}', "
                    f"published: 2025-09-30}}]\n    note: generated fact {n}\n"
                )
                made += 1
        (root / f"facts-{f:02d}.yaml").write_text("".join(lines))
    return made


def median_time(runs: int, load: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        load()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        root.mkdir()
        generate(root, args.facts)
        dataset = load_dataset([root])
        count = len(dataset.facts)
        plain = median_time(args.runs, lambda: load_dataset([root]))
        print(f"load_dataset: {count} facts in {plain:.3f} s (median of {args.runs})")
        cache = Path(tmp) / "cache"
        start = time.perf_counter()
        load_dataset([root], cache_dir=cache)
        cold = time.perf_counter() - start
        warm = median_time(args.runs, lambda: load_dataset([root], cache_dir=cache))
        print(
            f"load_dataset(cache_dir=...): cold {cold:.3f} s, warm {warm:.3f} s "
            f"(median of {args.runs})"
        )
        print("goal: < 1 s for 10,000 facts:", "met" if plain < 1.0 else "NOT met")


if __name__ == "__main__":
    main()
