"""``claimcheck verify``: options in, ``claimcheck.run.verify`` out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from claimcheck.cli import options as opt

_PATHS = typer.Argument(None, help="Files, directories, globs, or - for stdin.", show_default=False)


def verify_command(
    paths: list[str] | None = _PATHS,
    data: list[str] | None = typer.Option(
        None, "--data", "-d", help="Dataset file or directory (repeatable; default: bundled)."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Article date YYYY-MM-DD (default: front matter, dateline, today)."
    ),
    output_format: str | None = typer.Option(
        None,
        "--format",
        "-f",
        help="rich, concise, json, jsonl, sarif, github, gitlab, junit, markdown "
        f"(default: ${opt.FORMAT_ENV}, config, rich).",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the report to FILE (atomically)."
    ),
    show: list[str] | None = typer.Option(
        None, "--show", help="Verdicts to list, comma-separated or 'all' (summary counts all)."
    ),
    fail_on: list[str] | None = typer.Option(
        None,
        "--fail-on",
        help="Verdicts that make the exit code 1: contradicted, outdated, unverifiable, never.",
    ),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even if the gate fails."),
    explain: bool = typer.Option(False, "--explain", help="Show the facts considered per claim."),
    statistics: bool = typer.Option(False, "--statistics", help="Counts per verdict and fact."),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    include: list[str] | None = typer.Option(
        None, "--include", help="Only files matching this glob (repeatable)."
    ),
    exclude: list[str] | None = typer.Option(
        None, "--exclude", help="Skip files matching this glob (repeatable)."
    ),
    no_ignore: bool = typer.Option(False, "--no-ignore", help="Do not respect .gitignore."),
    stdin_filename: str | None = typer.Option(
        None, "--stdin-filename", help="Name (and format) for text read from -."
    ),
    baseline: Path | None = typer.Option(
        None, "--baseline", help="Report only findings not recorded in this baseline."
    ),
    write_baseline: Path | None = typer.Option(
        None, "--write-baseline", help="Record today's findings in FILE."
    ),
    config_file: Path | None = typer.Option(
        None, "--config", help="Read settings from this TOML file."
    ),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore configuration files."),
) -> int:
    """Check every claim in the articles against the reference dataset."""
    from claimcheck.paths import collect_paths
    from claimcheck.run import AtomicOutput, RunSettings, verify

    config = opt.load_config(config_file, isolated)
    show_values = opt.split_list(show) or list(config.show)
    fail_values = opt.split_list(fail_on) or list(config.fail_on)
    opt.verdict_set(show_values, "--show")  # a bad value is a usage error before anything runs
    opt.verdict_set(fail_values, "--fail-on", allow=("never",))
    # Options given here beat per-path configuration and front matter (Config.for_file).
    config = config.with_overrides(
        show=opt.split_list(show) or None, fail_on=opt.split_list(fail_on) or None
    )
    files = collect_paths(
        paths or [],
        include=list(include or config.include),
        exclude=list(exclude or config.exclude),
        respect_gitignore=not no_ignore,
    )
    if not files:
        from claimcheck.errors import UsageError

        raise UsageError(f"no articles found in {' '.join(paths or [])}")
    to_terminal = output is None and sys.stdout.isatty()
    settings = RunSettings(
        paths=tuple(str(f) for f in files),
        data=tuple(data or config.data),
        # Only --as-of here: the configured date is per file, below the article's front matter.
        as_of=opt.parse_date(as_of),
        format=output_format or opt.default_format(config.format, "rich", "rich"),
        show=opt.verdict_set(show_values, "--show"),
        fail_on=opt.verdict_set(fail_values, "--fail-on", allow=("never",)),
        exit_zero=exit_zero,
        explain=explain,
        statistics=statistics,
        jobs=jobs,
        progress=opt.show_progress(quiet),
        color=opt.use_color() if to_terminal else False,
        width=None if to_terminal else 100,
        baseline=str(baseline) if baseline else None,
        write_baseline=str(write_baseline) if write_baseline else None,
        stdin_filename=stdin_filename,
        step_summary_path=os.environ.get("GITHUB_STEP_SUMMARY") or None,
        config=config,
    )
    _check_format(settings.format)
    from claimcheck.api import load_dataset

    dataset = load_dataset(list(settings.data) or None)  # errors before any output
    if output is None:
        return verify(settings, sys.stdout, dataset, sys.stderr).exit_code
    with AtomicOutput(output) as handle:
        result = verify(settings, handle, dataset, sys.stderr)
    return result.exit_code


def _check_format(name: str) -> None:
    from claimcheck.errors import UsageError
    from claimcheck.formats import OutputFormat

    names = [f.value for f in OutputFormat]
    if name not in names:
        raise UsageError(f"--format: unknown format {name!r} (choose from {', '.join(names)})")
