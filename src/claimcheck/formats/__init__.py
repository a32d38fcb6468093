"""Output formats: one small module each, all built from the records of ``claimcheck.report``.

``get_formatter`` returns the ``verify`` formatter for an ``OutputFormat`` (or its name);
``get_extract_formatter`` the one for ``claimcheck extract``. Modules are imported only when their
format is asked for, so the CLI's start-up pays for one format at most.
"""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import TYPE_CHECKING, assert_never

if TYPE_CHECKING:
    from claimcheck.formats.extract import ExtractFormatter
    from claimcheck.formats.interface import FormatOptions, Formatter


class OutputFormat(StrEnum):
    RICH = "rich"
    CONCISE = "concise"
    JSON = "json"
    JSONL = "jsonl"
    SARIF = "sarif"
    GITHUB = "github"
    GITLAB = "gitlab"
    JUNIT = "junit"
    MARKDOWN = "markdown"


class ExtractFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


def _choice(enum: type[OutputFormat] | type[ExtractFormat], name: object) -> str:
    from claimcheck.errors import UsageError

    value = name.value if isinstance(name, Enum) else str(name)
    names = [member.value for member in enum]
    if value not in names:
        raise UsageError(f"--format: unknown format {value!r} (choose from {', '.join(names)})")
    return value


def get_formatter(fmt: OutputFormat | str, options: FormatOptions) -> Formatter:
    """The formatter for ``fmt``; UsageError for an unknown name."""
    name = OutputFormat(_choice(OutputFormat, fmt))
    if name is OutputFormat.RICH:
        from claimcheck.formats.terminal import RichFormatter

        return RichFormatter(options)
    if name is OutputFormat.CONCISE:
        from claimcheck.formats.concise import ConciseFormatter

        return ConciseFormatter(options)
    if name is OutputFormat.JSON:
        from claimcheck.formats.records import JsonFormatter

        return JsonFormatter(options)
    if name is OutputFormat.JSONL:
        from claimcheck.formats.records import JsonLinesFormatter

        return JsonLinesFormatter(options)
    if name is OutputFormat.SARIF:
        from claimcheck.formats.sarif import SarifFormatter

        return SarifFormatter(options)
    if name is OutputFormat.GITHUB:
        from claimcheck.formats.github import GithubFormatter

        return GithubFormatter(options)
    if name is OutputFormat.GITLAB:
        from claimcheck.formats.gitlab import GitlabFormatter

        return GitlabFormatter(options)
    if name is OutputFormat.JUNIT:
        from claimcheck.formats.junit import JunitFormatter

        return JunitFormatter(options)
    if name is OutputFormat.MARKDOWN:
        from claimcheck.formats.markdown import MarkdownFormatter

        return MarkdownFormatter(options)
    assert_never(name)


def get_extract_formatter(
    fmt: ExtractFormat | str,
    *,
    color: bool | None = None,
    width: int | None = None,
    version: str | None = None,
) -> ExtractFormatter:
    """The ``claimcheck extract`` formatter (table, json, jsonl); UsageError for others."""
    from claimcheck.formats import extract

    name = ExtractFormat(_choice(ExtractFormat, fmt))
    if version is None:
        from claimcheck import __version__

        version = __version__
    if name is ExtractFormat.TABLE:
        return extract.TableFormatter(color=color, width=width)
    if name is ExtractFormat.JSON:
        return extract.JsonExtractFormatter(version)
    if name is ExtractFormat.JSONL:
        return extract.JsonLinesExtractFormatter(version)
    assert_never(name)


__all__ = ["ExtractFormat", "OutputFormat", "get_extract_formatter", "get_formatter"]
