"""The reference dataset: sourced, time-scoped facts read from YAML and validated.

``load_dataset`` returns a :class:`Dataset` or raises ``DatasetError`` with every error;
``validate_paths`` returns the errors and warnings without raising. See docs/dataset.md.
"""

from __future__ import annotations

from claimcheck.dataset.index import Dataset
from claimcheck.dataset.loading import (
    dataset_files,
    default_dataset_path,
    load_dataset,
    read_dataset,
    validate_paths,
)

__all__ = [
    "Dataset",
    "dataset_files",
    "default_dataset_path",
    "load_dataset",
    "read_dataset",
    "validate_paths",
]
