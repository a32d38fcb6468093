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

from claimcheck.model import VERDICTS, Problem
from claimcheck.regexes import compiled

_OPEN = compiled(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n")
_CLOSE = {
    "---": compiled(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M),
    "+++": compiled(r"^\+\+\+[ \t]*\r?$", re.M),
}
_SEARCH_LIMIT = 64 * 1024  # front matter is short; never scan a large file for its end
KNOWN_OPTIONS = ("skip", "as_of", "fail_on", "show", "ignore")


@dataclass(frozen=True)
class FrontMatter:
    """The front matter block at the top of an article: its fields, options and problems."""

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
    "---": compiled(r"[ \t]*['\"]?[\w.-]+['\"]?[ \t]*:(?:[ \t]|$)"),
    "+++": compiled(r"[ \t]*(?:\[[\w.-]+\]|['\"]?[\w.-]+['\"]?[ \t]*=)"),
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
    for key in list(options):
        if key not in KNOWN_OPTIONS:
            known = ", ".join(k.replace("_", "-") for k in KNOWN_OPTIONS if k != "ignore")
            problems.append(
                _warn(path, line, f"unknown claimcheck option '{key}' in front matter", known)
            )
        elif key in _VERDICT_LISTS:
            values, problem = _verdicts(key, options[key], path, key_line(block, key))
            if problem is None:
                options[key] = values
            else:  # a bad gate is ignored, loudly, rather than guessed
                del options[key]
                problems.append(problem)
    return options, tuple(problems)


# Option -> the words it takes besides verdict names.
_VERDICT_LISTS = {"fail_on": ("never",), "show": ("all",)}


def _verdicts(key: str, value: Any, path: str, line: int) -> tuple[list[str], Problem | None]:
    """``fail-on``/``show`` as a list of words (written "a, b" or as a list), or a warning."""
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    name = key.replace("_", "-")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [], _warn(path, line, f"front matter '{name}' must be a list of verdicts")
    allowed = (*VERDICTS, *_VERDICT_LISTS[key])
    for word in value:
        if word not in allowed:
            message = f"front matter '{name}': unknown value '{word}'; option ignored"
            return [], _warn(path, line, message, None, f"choose from {', '.join(allowed)}")
    return list(value), None


def key_line(block: str, key: str) -> int:
    """The 1-based line of ``key:`` in a front-matter block (1 when not found)."""
    name = re.escape(key).replace("_", "[-_]").replace(r"\-", "[-_]")  # as-of, as_of alike
    match = re.search(rf"^[ \t]*['\"]?{name}['\"]?[ \t]*[:=]", block, re.M | re.I)
    return block.count("\n", 0, match.start()) + 1 if match else 1


def _warn(
    path: str, line: int, message: str, known: str | None = None, hint: str | None = None
) -> Problem:
    if known:
        hint = f"known options: {known}"
    return Problem("warning", message, path, line, 1, hint)
