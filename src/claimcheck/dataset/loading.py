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
from typing import Any

from claimcheck.dataset.facts import Context, Draft, read_fact
from claimcheck.dataset.fields import Reader
from claimcheck.dataset.index import Dataset
from claimcheck.dataset.schema import (
    DATASET_KEYS,
    PROPERTY_KEYS,
    SOURCE_KEYS,
    SUBJECT_KEYS,
    TOP_KEYS,
)
from claimcheck.dataset.validate import cross_check
from claimcheck.dataset.yamlload import compose_file
from claimcheck.errors import DatasetError
from claimcheck.model import DatasetInfo, Fact, Location, Problem

PathArg = str | os.PathLike[str]
_TOP = frozenset(TOP_KEYS)
_META = frozenset(DATASET_KEYS)
_SUBJECT = frozenset(SUBJECT_KEYS)
_PROPERTY = frozenset(PROPERTY_KEYS)
_SOURCE = frozenset(SOURCE_KEYS)


def default_dataset_path() -> Path:
    """The bundled dataset: `claimcheck/data` in a wheel, `<repo>/data` in an editable install."""
    from importlib.resources import files

    bundled = files("claimcheck") / "data"
    if bundled.is_dir():
        return Path(str(bundled))
    return Path(__file__).resolve().parents[3] / "data"


def dataset_files(paths: Sequence[PathArg] | None) -> tuple[list[str], list[Problem]]:
    """The YAML files that make up a dataset; a directory means every *.yaml/*.yml below it."""
    given = [default_dataset_path()] if paths is None else [Path(p) for p in paths]
    files: list[str] = []
    problems: list[Problem] = []
    if not given:
        problems.append(Problem("error", "no dataset path given", "<dataset>"))
    for path in given:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
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


class _Collector:
    """State gathered while reading the files of one dataset."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.ctx = Context()
        self.meta: list[tuple[Reader, dict[str, Any]]] = []
        self.source_places: dict[str, Location] = {}
        self.subject_aliases: dict[str, list[str]] = {}
        self.alias_places: dict[str, list[tuple[str, Location]]] = {}
        self.property_keywords: dict[str, list[str]] = {}
        self.fact_nodes: list[tuple[Reader, Any]] = []

    def read_file(self, path: str) -> None:
        root, problems = compose_file(path)
        self.problems.extend(problems)
        if root is None:
            if not problems:
                self.problems.append(
                    Problem(
                        "warning", "the file is empty", path, hint="add facts or remove the file"
                    )
                )
            return
        reader = Reader(path, self.problems)
        items = reader.mapping(root, _TOP, "the file")
        if items is None:
            return
        if "dataset" in items:
            self._read_meta(reader, items["dataset"][1])
        if "sources" in items:
            self._read_sources(reader, items["sources"][1])
        if "subjects" in items:
            self._read_named(reader, items["subjects"][1], "subject")
        if "properties" in items:
            self._read_named(reader, items["properties"][1], "property")
        if "facts" in items:
            node = items["facts"][1]
            if node.id == "sequence":
                self.fact_nodes.extend((reader, fact) for fact in node.value)
            elif not (node.id == "scalar" and node.tag.endswith("null")):
                reader.error(node, "`facts` must be a list", "start each fact with `- id: ...`")

    def _read_meta(self, reader: Reader, node: Any) -> None:
        items = reader.mapping(node, _META, "`dataset`", required=("name", "version"))
        if items is None:
            return
        meta: dict[str, Any] = {"node": node}
        for key, (_, value) in items.items():
            if key == "units":
                units = reader.text_list(value, "units")
                self.ctx.units = self.ctx.units | frozenset(units)
            elif key == "version" and value.id == "scalar" and value.tag.endswith(("int", "float")):
                reader.error(value, "`version` must be text", f'quote it: version: "{value.value}"')
            else:
                meta[key] = reader.text(value, key, allow_null=key not in ("name", "version"))
        self.meta.append((reader, meta))

    def _read_sources(self, reader: Reader, node: Any) -> None:
        items = reader.mapping(node, frozenset(_any_key(node)), "`sources`")
        for key, (key_node, value) in (items or {}).items():
            place = reader.loc(key_node)
            first = self.source_places.setdefault(key, place)
            if first != place:
                reader.error(
                    key_node,
                    f"duplicate source key `{key}` (first defined at {first})",
                    "give each source its own key",
                )
                continue
            source = reader.source(value, f"source `{key}`")
            if source is not None:
                self.ctx.sources[key] = source

    def _read_named(self, reader: Reader, node: Any, kind: str) -> None:
        """`subjects:` (aliases) or `properties:` (keywords); a name repeated in files merges."""
        block, field, allowed = (
            ("subjects", "aliases", _SUBJECT)
            if kind == "subject"
            else ("properties", "keywords", _PROPERTY)
        )
        target = self.subject_aliases if kind == "subject" else self.property_keywords
        items = reader.mapping(node, frozenset(_any_key(node)), f"`{block}`")
        for name, (key_node, value) in (items or {}).items():
            words = target.setdefault(name, [])
            if kind == "subject":
                self._place_alias(name, name, reader.loc(key_node))
            if value.id == "scalar" and value.tag.endswith("null"):
                continue
            entry = reader.mapping(value, allowed, f"{kind} `{name}`")
            if not entry or field not in entry:
                continue
            list_node = entry[field][1]
            words.extend(reader.text_list(list_node, field))
            if kind == "subject" and list_node.id == "sequence":
                for item in list_node.value:
                    if item.id == "scalar":
                        self._place_alias(item.value.strip(), name, reader.loc(item))

    def _place_alias(self, word: str, subject: str, place: Location) -> None:
        owners = self.alias_places.setdefault(word.lower(), [])
        if all(owner != subject for owner, _ in owners):
            owners.append((subject, place))

    def info(self, files: list[str]) -> DatasetInfo | None:
        if not self.meta:
            if files:
                self.problems.append(
                    Problem(
                        "error",
                        "no file of the dataset has a `dataset:` block",
                        files[0],
                        1,
                        1,
                        'add `dataset: {name: ..., version: "..."}` to one file',
                    )
                )
            return None
        reader, first = self.meta[0]
        for other_reader, other in self.meta[1:]:
            if other.get("name") and first.get("name") and other["name"] != first["name"]:
                other_reader.warning(
                    other["node"],
                    f"dataset name `{other['name']}` differs "
                    f"from `{first['name']}` in {reader.path}",
                    "use one name for all files of a dataset",
                )

        def pick(key: str) -> Any:
            return next((m[key] for _, m in self.meta if m.get(key)), None)

        return DatasetInfo(
            name=pick("name") or "",
            version=pick("version") or "",
            description=pick("description") or "",
            licence=pick("licence"),
            maintainer=pick("maintainer"),
            paths=tuple(files),
        )


def _any_key(node: Any) -> list[str]:
    return [k.value for k, _ in node.value if k.id == "scalar"] if node.id == "mapping" else []


def _finish(drafts: list[Draft], col: _Collector) -> list[Fact]:
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
    col = _Collector()
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
