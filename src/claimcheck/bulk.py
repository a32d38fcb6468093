"""Checking many files: in order, streaming, over several processes when asked.

Each worker process loads the dataset once (its initializer) and then checks one file per task,
so a run over 10,000 files pays the start-up and dataset cost once per worker, not per file.
Results come back in input order through ``Pool.imap`` and are handed on as they arrive, so
memory does not grow with the number of files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.model import FileReport

if TYPE_CHECKING:
    from claimcheck.dataset import Dataset

_worker_dataset: Dataset | None = None
_worker_as_of: date | None = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(data: Sequence[str] | None, as_of: date | None, load: bool) -> None:
    global _worker_dataset, _worker_as_of
    if load:
        from claimcheck.dataset import load_dataset

        _worker_dataset = load_dataset(data)
    _worker_as_of = as_of


def _check_one(task: tuple[str, date | None]) -> tuple[FileReport, dict[str, Any]]:
    from claimcheck.api import check_file_with_options

    assert _worker_dataset is not None, "worker initializer did not run"
    path, default = task
    return check_file_with_options(
        path, _worker_dataset, as_of=_worker_as_of, default_as_of=default
    )


def iter_reports(
    paths: Sequence[str | Path],
    *,
    dataset: Dataset | None = None,
    data: Sequence[str | os.PathLike[str]] | None = None,
    as_of: date | None = None,
    jobs: int | None = 1,
    stdin_filename: str | None = None,
) -> Iterator[FileReport]:
    """Yield one FileReport per path, in input order; ``-`` is stdin, named ``stdin_filename``."""
    for report, _ in iter_checked(
        paths, dataset=dataset, data=data, as_of=as_of, jobs=jobs, stdin_filename=stdin_filename
    ):
        yield report


def iter_checked(
    paths: Sequence[str | Path],
    *,
    dataset: Dataset | None = None,
    data: Sequence[str | os.PathLike[str]] | None = None,
    as_of: date | None = None,
    jobs: int | None = 1,
    stdin_filename: str | None = None,
    default_as_of: Callable[[str], date | None] | None = None,
) -> Iterator[tuple[FileReport, dict[str, Any]]]:
    """``iter_reports`` with each article's own options (front matter), which set its gate.

    ``default_as_of(name)`` (called here, never in a worker) gives a file's date from the
    configuration, below ``as_of`` and the article's front matter, above its own date.
    """
    from claimcheck.api import check_file_with_options

    names = [str(p) for p in paths]
    shown = [stdin_filename if n == "-" and stdin_filename else n for n in names]
    defaults = [default_as_of(n) if default_as_of else None for n in shown]
    workers = min(jobs or default_jobs(), len(names))
    # stdin cannot be shared with a worker, and one file is not worth a process.
    if workers <= 1 or "-" in names:
        if dataset is None:
            from claimcheck.dataset import load_dataset

            dataset = load_dataset(data)
        for name, display, default in zip(names, shown, defaults, strict=True):
            yield check_file_with_options(
                name, dataset, as_of=as_of, display_path=display, default_as_of=default
            )
        return

    import multiprocessing

    data_arg = [os.fspath(d) for d in data] if data else None
    # fork shares the parent's imported modules; spawn would re-import them per worker.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    chunksize = max(1, min(64, len(names) // (workers * 8) or 1))
    global _worker_dataset
    # A forked worker inherits a dataset the parent already loaded; otherwise it loads its own.
    inherit = dataset is not None and method == "fork"
    if inherit:
        _worker_dataset = dataset
    initargs = (data_arg, as_of, not inherit)
    with context.Pool(workers, initializer=_init_worker, initargs=initargs) as pool:
        tasks = list(zip(names, defaults, strict=True))
        yield from pool.imap(_check_one, tasks, chunksize=chunksize)
