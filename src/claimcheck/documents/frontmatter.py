"""Front matter: the YAML (``---``) or TOML (``+++``) block at the top of an article.

Its mapping becomes ``Document.metadata``; its ``date`` is the article's date (see ``dateline``);
its ``claimcheck:`` mapping holds per-file options (``skip``, ``as-of``, ``fail-on``, ``show``),
whose keys are normalised to snake_case. In a Markdown file a block whose first line reads like
``key: value`` is front matter even when broken (and is reported); otherwise, and in plain text,
a block counts only when it parses as a mapping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck.model import Problem

_OPEN = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n")
_CLOSE = {
    "---": re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M),
    "+++": re.compile(r"^\+\+\+[ \t]*\r?$", re.M),
}
_SEARCH_LIMIT = 64 * 1024  # front matter is short; never scan a large file for its end
KNOWN_OPTIONS = ("skip", "as_of", "fail_on", "show", "ignore")


@dataclass(frozen=True)
class FrontMatter:
    end: int  # offset just past the closing fence line
    metadata: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()


def find_front_matter(text: str, path: str, strict: bool) -> FrontMatter | None:
    """The front matter at the top of ``text``, or None. ``strict``: report a broken block."""
    opening = _OPEN.match(text)
    if not opening:
        return None
    fence = opening.group("fence")
    closing = _CLOSE[fence].search(text, opening.end(), _SEARCH_LIMIT)
    if not closing:
        return None
    end = closing.end()
    if text.startswith("\n", end):
        end += 1
    body = text[opening.end() : closing.start()]
    mapping, problem = _parse(body, fence, path)
    # Two thematic breaks around a paragraph are not front matter: only a block that parses as a
    # mapping, or whose first line reads like "key: value", is (and only then is an error reported).
    strict = strict and (isinstance(mapping, dict) or _looks_like_keys(body, fence))
    if problem is not None:
        return FrontMatter(end, problems=(problem,)) if strict else None
    if mapping is None:
        mapping = {}
    if not isinstance(mapping, dict):
        if not strict:
            return None
        return FrontMatter(end, problems=(_warn(path, 1, "front matter is not a mapping"),))
    options, problems = _options(mapping, text[:end], path)
    return FrontMatter(end, {str(k): v for k, v in mapping.items()}, options, problems)


_KEY_LINE = {
    "---": re.compile(r"[ \t]*['\"]?[\w.-]+['\"]?[ \t]*:(?:[ \t]|$)"),
    "+++": re.compile(r"[ \t]*(?:\[[\w.-]+\]|['\"]?[\w.-]+['\"]?[ \t]*=)"),
}


def _looks_like_keys(body: str, fence: str) -> bool:
    for line in body.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return bool(_KEY_LINE[fence].match(line))
    return True  # an empty block is empty front matter


def _parse(body: str, fence: str, path: str) -> tuple[Any, Problem | None]:
    if fence == "+++":
        import tomllib

        try:
            return tomllib.loads(body.replace("\r\n", "\n")), None
        except tomllib.TOMLDecodeError as exc:
            return None, _warn(path, 2, f"front matter is not valid TOML: {exc}")
    import yaml

    try:
        return yaml.safe_load(body), None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 2
        reason = getattr(exc, "problem", None) or "syntax error"
        return None, _warn(path, line, f"front matter is not valid YAML: {reason}")


def _options(
    mapping: dict[Any, Any], block: str, path: str
) -> tuple[dict[str, Any], tuple[Problem, ...]]:
    raw = mapping.get("claimcheck")
    if raw is None:
        return {}, ()
    line = key_line(block, "claimcheck")
    if not isinstance(raw, dict):
        return {}, (_warn(path, line, "front matter 'claimcheck' must be a mapping of options"),)
    options = {str(k).replace("-", "_"): v for k, v in raw.items()}
    problems = []
    for key in options:
        if key not in KNOWN_OPTIONS:
            known = ", ".join(k.replace("_", "-") for k in KNOWN_OPTIONS if k != "ignore")
            problems.append(
                _warn(path, line, f"unknown claimcheck option '{key}' in front matter", known)
            )
    return options, tuple(problems)


def key_line(block: str, key: str) -> int:
    """The 1-based line of ``key:`` in a front-matter block (1 when not found)."""
    match = re.search(rf"^[ \t]*['\"]?{re.escape(key)}['\"]?[ \t]*[:=]", block, re.M | re.I)
    return block.count("\n", 0, match.start()) + 1 if match else 1


def _warn(path: str, line: int, message: str, known: str | None = None) -> Problem:
    hint = f"known options: {known}" if known else None
    return Problem("warning", message, path, line, 1, hint)
