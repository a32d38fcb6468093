"""Reading dataset YAML into nodes that remember where they stand.

The dataset validator must name file, line and column for every value, so files are composed to
PyYAML nodes (with libyaml's C parser when it is available) and converted by the caller, node by
node, instead of being constructed into plain Python objects that have lost their marks.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.model import Location, Problem

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
TIMESTAMP = "tag:yaml.org,2002:timestamp"


def compose_file(path: str) -> tuple[Any | None, list[Problem]]:
    """Parse one YAML file into its root node; syntax errors become a located Problem."""
    import yaml

    loader = _loader_class()
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        hint = "save the file as UTF-8" if isinstance(exc, UnicodeDecodeError) else None
        return None, [Problem("error", f"cannot read file: {reason}", path, hint=hint)]
    try:
        return yaml.compose(text, Loader=loader), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "invalid YAML"
        if exc.problem and exc.context and exc.context_mark:
            start = exc.context_mark
            what += f" ({exc.context} at line {start.line + 1}, column {start.column + 1})"
        return None, [
            Problem(
                "error",
                f"YAML syntax error: {what}",
                path,
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
                'quote the unit: unit: "%"'
                if mark and _char_at(text, mark.line, mark.column) == "%"
                else "fix the YAML at this place (check indentation, colons and quotes)",
            )
        ]
    except yaml.YAMLError as exc:
        return None, [Problem("error", f"YAML syntax error: {exc}", path, hint="fix the YAML")]


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    return lines[line][column : column + 1] if line < len(lines) else ""


_LOADER: Any = None


def _loader_class() -> Any:
    """libyaml's parser with a memo in front of PyYAML's (pure Python) tag resolver.

    Dataset files repeat the same keys and many values thousands of times; resolving each
    scalar through the regex table was the largest cost of loading 10,000 facts.
    """
    global _LOADER
    if _LOADER is None:
        import yaml

        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        scalar_node = yaml.ScalarNode
        memo: dict[tuple[str, tuple[bool, bool]], str] = {}

        class Loader(base):  # type: ignore[misc, valid-type]
            def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
                if kind is not scalar_node:
                    return super().resolve(kind, value, implicit)
                key = (value, implicit)
                tag = memo.get(key)
                if tag is None:
                    tag = super().resolve(kind, value, implicit)
                    if len(memo) < 100_000:
                        memo[key] = tag
                return tag

        _LOADER = Loader
    return _LOADER


def where(path: str, node: Any) -> Location:
    mark = node.start_mark
    return Location(path, mark.line + 1, mark.column + 1)


def kind_of(node: Any) -> str:
    """A curator's word for what a node holds, for 'must be X, got Y' messages."""
    if node.id == "mapping":
        return "a mapping"
    if node.id == "sequence":
        return "a list"
    return {
        STR: "text",
        INT: "a number",
        FLOAT: "a number",
        BOOL: "true/false",
        NULL: "nothing (null)",
        TIMESTAMP: "a date",
    }.get(node.tag, "a value")


class ScalarError(ValueError):
    """A scalar whose tag promised a type its text does not have (2024-02-30, .nan)."""


def scalar(node: Any) -> Any:
    """The Python value of a scalar node: str, int, float, bool, None or date."""
    tag = node.tag
    text = node.value
    if tag == STR:
        return text
    if tag == INT:
        try:
            return int(text.replace("_", ""))
        except ValueError:
            return _construct(node)  # 0x1f, 0o17, 1:30 (YAML 1.1 forms)
    if tag == FLOAT:
        try:
            number = float(text.replace("_", ""))
        except ValueError:
            number = _construct(node)  # .inf, .nan, 1:30.5
        if not math.isfinite(number):
            raise ScalarError(f"{text!r} is not a finite number")
        return number
    if tag == NULL:
        return None
    if tag == BOOL:
        return text.lower() in ("yes", "true", "on", "y")
    if tag == TIMESTAMP:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ScalarError(f"{text!r} is not a valid date (YYYY-MM-DD)") from None
    return text


def _construct(node: Any) -> Any:
    import yaml

    return yaml.SafeLoader("").construct_object(node)
