"""Reading the blocks of dataset files: metadata, sources, subjects, properties, fact nodes.

The first pass of loading: everything facts refer to across files is gathered here before any
fact is built.
"""

from __future__ import annotations

from typing import Any

from claimcheck.dataset.facts import Context
from claimcheck.dataset.fields import Reader
from claimcheck.dataset.schema import (
    DATASET_KEYS,
    PROPERTY_KEYS,
    SUBJECT_KEYS,
    TOP_KEYS,
)
from claimcheck.dataset.yamlload import compose_file
from claimcheck.model import DatasetInfo, Location, Problem

_TOP = frozenset(TOP_KEYS)
_META = frozenset(DATASET_KEYS)
_SUBJECT = frozenset(SUBJECT_KEYS)
_PROPERTY = frozenset(PROPERTY_KEYS)


class Collector:
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
        # an empty block (`sources:` with nothing under it) is simply empty
        blocks = {k: v for k, (_, v) in items.items() if not _is_null(v)}
        if "sources" in blocks:
            self._read_sources(reader, blocks["sources"])
        if "subjects" in blocks:
            self._read_named(reader, blocks["subjects"], "subject")
        if "properties" in blocks:
            self._read_named(reader, blocks["properties"], "property")
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
            else:
                self.ctx.broken_sources.add(key)  # reported once here, not at every citation

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


def _is_null(node: Any) -> bool:
    return bool(node.id == "scalar" and node.tag.endswith(":null"))
