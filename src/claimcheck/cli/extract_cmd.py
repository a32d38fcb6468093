"""``claimcheck extract``: list every numeric and temporal mention that could carry a claim."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from claimcheck.cli import options as opt


def extract_command(
    paths: list[str] | None = typer.Argument(
        None, help="Files, directories, or - for stdin.", show_default=False
    ),
    output_format: str | None = typer.Option(
        None, "--format", "-f", help="table, json or jsonl (default: table on a terminal, json)."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Date relative expressions resolve against (default: today)."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to FILE (atomically)."),
    stdin_filename: str | None = typer.Option(
        None, "--stdin-filename", help="Name (and format) for text read from -."
    ),
    include: list[str] | None = typer.Option(
        None, "--include", help="Only files matching this glob (repeatable)."
    ),
    exclude: list[str] | None = typer.Option(
        None, "--exclude", help="Skip files matching this glob (repeatable)."
    ),
    no_ignore: bool = typer.Option(False, "--no-ignore", help="Do not respect .gitignore."),
) -> int:
    """List the numeric and temporal claims found in the articles (no checking)."""
    from claimcheck.errors import UsageError
    from claimcheck.paths import collect_paths
    from claimcheck.run import AtomicOutput, RunSettings, extract

    files = collect_paths(
        paths or [],
        include=list(include or ()),
        exclude=list(exclude or ()),
        respect_gitignore=not no_ignore,
    )
    if not files:
        raise UsageError(f"no articles found in {' '.join(paths or [])}")
    fmt = output_format or ("table" if output is None and sys.stdout.isatty() else "json")
    if fmt not in ("table", "json", "jsonl"):
        raise UsageError(f"--format: unknown format {fmt!r} (choose from table, json, jsonl)")
    to_terminal = output is None and sys.stdout.isatty()
    settings = RunSettings(
        paths=tuple(str(f) for f in files),
        as_of=opt.parse_date(as_of),
        format=fmt,
        color=opt.use_color() if to_terminal else False,
        width=None if to_terminal else 120,
        stdin_filename=stdin_filename,
    )
    if output is None:
        return extract(settings, sys.stdout, sys.stderr).exit_code
    with AtomicOutput(output) as handle:
        return extract(settings, handle, sys.stderr).exit_code
