"""`claimcheck data ...`: validate, list, show, search, stats, schema and import datasets.

Every command parses its options, makes library calls (claimcheck.dataset) and renders the
result: rich tables on a terminal, plain tab-separated lines when piped. Errors become one line
on stderr and exit code 2. The sub-app also runs on its own (``CliRunner().invoke(data_app)``).
What the commands share is in ``data_common``; ``import`` lives in ``data_import``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import typer

from claimcheck.cli.data_common import (
    DATA_HELP,
    EXIT_ERROR,
    EXIT_WARNINGS,
    data_paths,
    fail,
    load,
    parse_day,
    table,
)
from claimcheck.cli.data_import import import_command

if TYPE_CHECKING:
    from claimcheck.model import Problem

data_app = typer.Typer(
    name="data",
    help="Validate, browse, search and build reference datasets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


@data_app.command("validate")
def validate_command(
    ctx: typer.Context,
    paths: list[str] | None = typer.Argument(None, help="Dataset files or directories."),
    data: list[str] | None = typer.Option(None, "--data", "-d", help=DATA_HELP),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when there are warnings."),
    today: str | None = typer.Option(None, "--today", help="Day to judge staleness (YYYY-MM-DD)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, json or github (annotations)."),
) -> None:
    """Check a dataset for errors and warnings.

    Prints every problem as file:line:column: severity: message (what to do), or as JSON, or as
    GitHub Actions annotations. Exit 0 when clean, 1 when there are warnings and --strict is
    given, 2 when there are errors.
    """
    from claimcheck.dataset import validate_paths
    from claimcheck.dataset.describe import PROBLEM_FORMATS, format_problems

    if fmt not in PROBLEM_FORMATS:
        fail(f"--format: {fmt!r} is not one of {', '.join(PROBLEM_FORMATS)}")
    day = parse_day(today, "--today")
    problems: list[Problem] = validate_paths(
        data_paths(ctx, [*(paths or []), *(data or [])]), today=day
    )
    typer.echo(format_problems(problems, fmt), nl=False)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    sys.stderr.write(f"{errors} error(s), {warnings} warning(s)\n")
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if warnings and strict:
        raise typer.Exit(EXIT_WARNINGS)


@data_app.command("list")
def list_command(
    ctx: typer.Context,
    subject: str | None = typer.Option(None, "--subject", "-s", help="Subject name or alias."),
    prop: str | None = typer.Option(None, "--property", "-p", help="Property or keyword text."),
    text: str | None = typer.Option(None, "--text", "-t", help="Text anywhere in the fact."),
    data: list[str] | None = typer.Option(None, "--data", "-d", help=DATA_HELP),
) -> None:
    """List facts, filtered by subject, property and text."""
    from claimcheck.dataset.describe import ROW_HEADERS, fact_row
    from claimcheck.dataset.search import filter_facts

    dataset = load(ctx, data)
    facts = filter_facts(dataset, subject, prop, text)
    table(ROW_HEADERS, [fact_row(f) for f in facts])
    if not facts:
        sys.stderr.write("no fact matches\n")


@data_app.command("show")
def show_command(
    ctx: typer.Context,
    fact_id: str = typer.Argument(..., metavar="ID", help="The fact's id."),
    data: list[str] | None = typer.Option(None, "--data", "-d", help=DATA_HELP),
) -> None:
    """Show one fact, its sources and its history.

    The history lists every fact with the same subject and property: other periods and
    other releases (vintages) of the figure.
    """
    from claimcheck.dataset.describe import ROW_HEADERS, fact_fields, fact_row, source_lines
    from claimcheck.dataset.search import closest_ids, history

    dataset = load(ctx, data)
    fact = dataset.get(fact_id)
    if fact is None:
        close = closest_ids(dataset, fact_id)
        fail(
            f"no fact with id {fact_id!r}"
            + (f" (did you mean {', '.join(close)}?)" if close else "")
        )
    for key, value in fact_fields(fact):
        typer.echo(f"{key + ':':<13}{value}")
    typer.echo("sources:")
    for line in source_lines(fact):
        typer.echo(line)
    others = history(dataset, fact)
    if len(others) > 1:
        typer.echo("history:")
        rows = [["*" if f.id == fact.id else "", *fact_row(f)] for f in others]
        table(("", *ROW_HEADERS), rows)


@data_app.command("search")
def search_command(
    ctx: typer.Context,
    query: str = typer.Argument(..., help="Words to look for (fuzzy)."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Show at most this many."),
    data: list[str] | None = typer.Option(None, "--data", "-d", help=DATA_HELP),
) -> None:
    """Find facts by fuzzy search.

    Matches subjects, aliases, speakers, properties, keywords and ids; a fact ranks by how well
    the query matches both what it is about and what it measures.
    """
    from claimcheck.dataset.describe import ROW_HEADERS, fact_row
    from claimcheck.dataset.search import search_facts

    hits = search_facts(load(ctx, data), query, limit)
    table(
        ("score", *ROW_HEADERS, "matched"),
        [[f"{h.score:.0f}", *fact_row(h.fact), h.matched] for h in hits],
    )
    if not hits:
        sys.stderr.write("no fact matches\n")


@data_app.command("stats")
def stats_command(
    ctx: typer.Context,
    data: list[str] | None = typer.Option(None, "--data", "-d", help=DATA_HELP),
) -> None:
    """Count facts, subjects, sources and units."""
    from claimcheck.dataset.search import stats_rows

    rows = stats_rows(load(ctx, data))
    table(("what", "count"), rows)


@data_app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of dataset files.

    For editors (a `# yaml-language-server: $schema=...` line) and CI checks.
    """
    from claimcheck.dataset.schema import json_schema_text

    typer.echo(json_schema_text(), nl=False)


data_app.command("import")(import_command)


def main(argv: list[str] | None = None) -> Any:
    """Run the sub-app on its own (for debugging: python -m claimcheck.cli.data_cmd)."""
    return data_app(args=argv)


if __name__ == "__main__":
    main()
