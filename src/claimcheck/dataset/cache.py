"""An opt-in compiled cache: the loaded Dataset pickled, keyed by what it was loaded from.

The key covers every file's path, size and modification time, the claimcheck version and the
day used for date-dependent warnings, so an edited file, an upgrade or a new day means a fresh
load. Only valid datasets are cached; a broken one is re-read (and its errors raised) each time.
Pickles are only read back from the cache directory the caller chose.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from claimcheck import __version__
from claimcheck.dataset.index import Dataset

FORMAT = 1


def cache_name(files: Sequence[str], today: date) -> tuple[str, str]:
    """(which dataset, which state of it): the file name is `dataset-<which>-<state>.pickle`."""
    which = hashlib.sha256("\n".join(os.path.abspath(p) for p in files).encode())
    parts = [f"claimcheck {__version__} cache {FORMAT}", today.isoformat()]
    for path in files:
        stat = os.stat(path)
        parts.append(f"{os.path.abspath(path)}\0{stat.st_size}\0{stat.st_mtime_ns}")
    state = hashlib.sha256("\n".join(parts).encode())
    return which.hexdigest()[:16], state.hexdigest()[:16]


def cached_load(
    paths: Sequence[str | os.PathLike[str]] | None, today: date, cache_dir: Path
) -> Dataset:
    from claimcheck.dataset.loading import dataset_files, read_dataset
    from claimcheck.errors import DatasetError

    files, problems = dataset_files(paths)
    which, state = cache_name(files, today) if not problems else ("", "")
    target = cache_dir / f"dataset-{which}-{state}.pickle" if not problems else None
    if target is not None and target.is_file():
        try:
            with target.open("rb") as handle:
                dataset = pickle.load(handle)
            if isinstance(dataset, Dataset):
                return dataset
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass  # a stale or torn cache file is simply rebuilt
    dataset, problems = read_dataset(paths, today)
    if dataset is None:
        raise DatasetError([p for p in problems if p.severity == "error"])
    if target is not None:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            temporary = target.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                pickle.dump(dataset, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
            for stale in cache_dir.glob(f"dataset-{which}-*.pickle"):
                if stale != target:
                    stale.unlink(missing_ok=True)  # an older state of the same files
        except OSError:
            pass  # caching is an optimisation; a read-only cache dir must not fail the load
    return dataset
