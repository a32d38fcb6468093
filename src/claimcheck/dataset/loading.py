"""Loading a dataset: find its files, read every block, build facts, check them together.

Two passes: the first reads metadata, sources, subjects and properties from every file (facts
may cite a source declared in another file); the second builds the facts. Problems are collected
throughout and a dataset with any error is refused whole.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from claimcheck.dataset.collect import Collector
from claimcheck.dataset.facts import Draft, read_fact
from claimcheck.dataset.index import Dataset
from claimcheck.dataset.validate import cross_check
from claimcheck.errors import DatasetError
from claimcheck.model import Fact, Problem

PathArg = str | os.PathLike[str]


def default_dataset_path() -> Path:
    """The bundled dataset: `claimcheck/data` in a wheel, `<repo>/data` in an editable install."""
    from importlib.resources import files

    bundled = files("claimcheck") / "data"
    if bundled.is_dir():
        return Path(str(bundled))
    return Path(__file__).resolve().parents[3] / "data"


def dataset_files(paths: Sequence[PathArg] | None) -> tuple[list[str], list[Problem]]:
    """The YAML files that make up a dataset; a directory means every *.yaml/*.yml below it."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path given bare: not a sequence of one-letter paths
    given = [default_dataset_path()] if paths is None else [Path(p) for p in paths]
    files: list[str] = []
    problems: list[Problem] = []
    if not given:
        problems.append(Problem("error", "no dataset path given", "<dataset>"))
    for path in given:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in (".yaml", ".yml")
                and p.is_file()
                # hidden files and folders (.git, .github, editor backups) are not data
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(
                    Problem(
                        "error",
                        "no *.yaml dataset files in this directory",
                        str(path),
                        hint="add YAML files or give another --data",
                    )
                )
            files.extend(str(p) for p in found)
        elif path.is_file():
            files.append(str(path))
        else:
            problems.append(
                Problem(
                    "error", "no such file or directory", str(path), hint="check the --data path"
                )
            )
    return list(dict.fromkeys(files)), problems


def _finish(drafts: list[Draft], col: Collector) -> list[Fact]:
    """Facts with their merged aliases (subject-wide) and keywords (property + own)."""
    for draft in drafts:
        subject, location = draft.fields["subject"], draft.fields["location"]
        col.subject_aliases.setdefault(subject, []).extend(draft.aliases)
        for word in (subject, *draft.aliases):
            col._place_alias(word, subject, location)
    aliases = {name: _unique(words) for name, words in col.subject_aliases.items()}
    keywords = {name: _unique(words) for name, words in col.property_keywords.items()}
    facts = []
    for draft in drafts:
        fields = draft.fields
        own = keywords.get(fields["property"], ())
        merged = _unique((*own, *draft.keywords)) if draft.keywords else own
        facts.append(Fact(**fields, aliases=aliases[fields["subject"]], keywords=merged))
    return facts


def _unique(words: Sequence[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        seen.setdefault(word.lower(), word)
    return tuple(seen.values())


def read_dataset(
    paths: Sequence[PathArg] | None, today: date | None = None
) -> tuple[Dataset | None, list[Problem]]:
    """The dataset (None when it has errors) and every problem found, in file order."""
    # Loading allocates hundreds of thousands of short-lived, acyclic objects; the cyclic
    # collector's passes over them cost about a third of the load time and free nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read(paths, today)
    finally:
        if collecting:
            gc.enable()


def _read(
    paths: Sequence[PathArg] | None, today: date | None
) -> tuple[Dataset | None, list[Problem]]:
    files, problems = dataset_files(paths)
    col = Collector()
    col.problems.extend(problems)
    for path in files:
        col.read_file(path)
    drafts = [
        draft for reader, node in col.fact_nodes for draft in read_fact(reader, node, col.ctx)
    ]
    facts = _finish(drafts, col)
    info = col.info(files)
    col.problems.extend(cross_check(facts, col.alias_places, today or date.today()))
    found = _ordered(col.problems, files)
    if info is None or any(p.severity == "error" for p in found):
        return None, found
    return Dataset(info, tuple(facts), tuple(found)), found


def _ordered(problems: list[Problem], files: list[str]) -> list[Problem]:
    rank = {path: i for i, path in enumerate(files)}
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (rank.get(p.path, -1), p.line or 0, p.column or 0))


def validate_paths(
    paths: Sequence[PathArg] | None = None, *, today: date | None = None
) -> list[Problem]:
    """Every error and warning in a dataset; never raises for what the files contain."""
    return read_dataset(paths, today)[1]


def load_dataset(
    paths: Sequence[PathArg] | None = None,
    *,
    today: date | None = None,
    cache_dir: PathArg | None = None,
) -> Dataset:
    """The validated dataset; raises DatasetError listing every error if there is any.

    With ``cache_dir`` a pickled copy keyed by the files' paths, sizes and mtimes (and the
    claimcheck version and ``today``) is reused while the files are unchanged.
    """
    if cache_dir is not None:
        from claimcheck.dataset.cache import cached_load

        return cached_load(paths, today or date.today(), Path(cache_dir))
    dataset, problems = read_dataset(paths, today)
    if dataset is None:
        raise DatasetError([p for p in problems if p.severity == "error"])
    return dataset
