"""A fact's `sources:`: resolving keys, reading inline sources, checking their dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from claimcheck.dataset.schema import suggestion
from claimcheck.model import Location, Problem, Source

if TYPE_CHECKING:
    from claimcheck.dataset.facts import Context
    from claimcheck.dataset.fields import Reader

SOURCE_HINT = "add `sources:` with a source key or an inline {title, url, published}"

SourceRef = tuple[Source, date | None, Location]


def read_sources(
    reader: Reader, node: Any | None, owner: Any, label: str, ctx: Context
) -> list[SourceRef]:
    if node is None or (node.id == "scalar" and node.tag.endswith("null")):
        reader.error(owner, f"{label} has no source", SOURCE_HINT)
        return []
    if node.id == "scalar":
        items = [node]  # a single key written without brackets
    elif node.id == "sequence":
        items = node.value
    else:
        reader.error(
            node,
            "`sources` must be a list, got a mapping",
            "write `sources: [key]` or a list of {title, url, published}",
        )
        return []
    if not items:
        reader.error(node, f"{label} has no source", SOURCE_HINT)
    refs: list[SourceRef] = []
    for item in items:
        if item.id == "mapping":
            source = reader.source(item, "inline source")
        else:
            key = reader.text(item, "sources")
            source = ctx.sources.get(key) if key else None
            if key and source is None and key not in ctx.broken_sources:
                reader.error(
                    item,
                    f"unknown source `{key}`",
                    suggestion(key, ctx.sources, "declare it under the top-level `sources:` block"),
                )
        if source is not None:
            refs.append((source[0], source[1], reader.loc(item)))
    return refs


def check_source_dates(reader: Reader, draft: dict[str, Any]) -> None:
    """A source that appeared before the fact became true cannot have reported it."""
    start = draft.get("valid_from")
    said = draft.get("stated_on")
    for source, latest, where in draft["sources"]:
        if latest is None:
            continue
        if start and latest < start:
            reader.problems.append(
                _dated(
                    where,
                    source,
                    f"before the fact's valid_from {start}",
                    "check valid_from, or cite the source that reports it",
                )
            )
        elif said and latest < said:
            reader.problems.append(
                _dated(
                    where,
                    source,
                    f"before the statement ({said})",
                    "check stated_on, or cite a report of the statement",
                )
            )


def _dated(where: Location, source: Source, what: str, hint: str) -> Problem:
    published = source.published.isoformat() if source.published else "?"
    return Problem(
        "warning",
        f"source `{source.title}` was published {published}, {what}",
        where.path,
        where.line,
        where.column,
        hint,
    )
