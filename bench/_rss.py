"""Run one command and print its peak RSS (a fresh process, so the figure is its own)."""

import resource
import subprocess
import sys

exe, *paths = sys.argv[1:]
subprocess.run(
    [exe, "verify", "--format", "jsonl", "--jobs", "1", "-q", *paths],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
    check=False,
)
print(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")
