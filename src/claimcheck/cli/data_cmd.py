"""`claimcheck data ...`: validate, list, show, search, stats, schema and import datasets.

Every command parses its options, makes library calls (claimcheck.dataset) and renders the
result: rich tables on a terminal, plain tab-separated lines when piped. Errors become one line
on stderr and exit code 2. The sub-app also runs on its own (``CliRunner().invoke(data_app)``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from claimcheck.dataset import Dataset
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

DATA_HELP = "Dataset file or directory (repeatable; default: the configured or bundled dataset)."
EXIT_CLEAN, EXIT_WARNINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> NoReturn:
    sys.stderr.write(f"claimcheck: error: {message}\n")
    raise typer.Exit(EXIT_ERROR)


def _data_paths(ctx: typer.Context | None, data: Sequence[str] | None) -> list[str] | None:
    """--data, else what the parent command or the configuration names, else the bundled set."""
    if data:
        return list(data)
    obj = ctx.obj if ctx is not None else None
    if isinstance(obj, dict) and obj.get("data"):
        return [str(p) for p in obj["data"]]
    try:
        from claimcheck.config import load_config
    except ImportError:
        return None
    try:
        configured = getattr(load_config(Path.cwd()), "data", None)
    except Exception as exc:  # a broken config file is the user's to fix, not a traceback
        _fail(str(exc))
    return [str(p) for p in configured] if configured else None


def _load(ctx: typer.Context | None, data: Sequence[str] | None) -> Dataset:
    from claimcheck.dataset import load_dataset
    from claimcheck.errors import ClaimcheckError, DatasetError

    try:
        return load_dataset(_data_paths(ctx, data))
    except DatasetError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"{problem}\n")
        _fail(f"invalid dataset: {len(exc.problems)} error(s) (run 'claimcheck data validate')")
    except ClaimcheckError as exc:
        _fail(str(exc))


def _terminal() -> bool:
    import os

    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None) -> None:
    if _terminal():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        for i, header in enumerate(headers):
            # ids are what users copy into `data show`: never cut them short
            width = max((len(row[i]) for row in rows), default=0) if header == "id" else None
            table.add_column(header, min_width=width, no_wrap=header == "id")
        for row in rows:
            table.add_row(*row)
        Console().print(table)
        return
    typer.echo("\t".join(headers))
    for row in rows:
        typer.echo("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))


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
        _fail(f"--format: {fmt!r} is not one of {', '.join(PROBLEM_FORMATS)}")
    day = _date(today, "--today")
    problems: list[Problem] = validate_paths(
        _data_paths(ctx, [*(paths or []), *(data or [])]), today=day
    )
    typer.echo(format_problems(problems, fmt), nl=False)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    sys.stderr.write(f"{errors} error(s), {warnings} warning(s)\n")
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if warnings and strict:
        raise typer.Exit(EXIT_WARNINGS)


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        _fail(f"{option}: {text!r} is not a date (use YYYY-MM-DD)")


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

    dataset = _load(ctx, data)
    facts = filter_facts(dataset, subject, prop, text)
    _table(ROW_HEADERS, [fact_row(f) for f in facts])
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

    dataset = _load(ctx, data)
    fact = dataset.get(fact_id)
    if fact is None:
        close = closest_ids(dataset, fact_id)
        _fail(
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
        _table(("", *ROW_HEADERS), rows)


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

    hits = search_facts(_load(ctx, data), query, limit)
    _table(
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

    rows = stats_rows(_load(ctx, data))
    _table(("what", "count"), rows)


@data_app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of dataset files.

    For editors (a `# yaml-language-server: $schema=...` line) and CI checks.
    """
    from claimcheck.dataset.schema import json_schema_text

    typer.echo(json_schema_text(), nl=False)


@data_app.command("import")
def import_command(
    csv_path: Path = typer.Argument(
        ..., metavar="CSV", help="Table with one row per subject and period."
    ),
    subject_column: str = typer.Option(..., "--subject-column", help="Column naming the subject."),
    period_column: str = typer.Option(..., "--period-column", help="Column with the period."),
    value_column: str = typer.Option(..., "--value-column", help="Column with the figure."),
    prop: str = typer.Option(..., "--property", help="What the figures measure."),
    unit: str = typer.Option(..., "--unit", help="%, pp, count, a currency code or a free unit."),
    source_title: str = typer.Option(..., "--source-title", help="Title of the source table."),
    source_url: str | None = typer.Option(None, "--source-url", help="Where it was downloaded."),
    source_publisher: str | None = typer.Option(
        None, "--source-publisher", help="Who published it (statistics office)."
    ),
    source_published: str | None = typer.Option(
        None, "--source-published", help="Release date (YYYY-MM-DD)."
    ),
    valid_from: str | None = typer.Option(
        None, "--valid-from", help="When the figures became current (default: the release date)."
    ),
    id_prefix: str | None = typer.Option(
        None, "--id-prefix", help="Start of every fact id (default: from --property)."
    ),
    dataset_name: str | None = typer.Option(None, "--dataset-name", help="dataset.name to write."),
    decimal: str = typer.Option(".", "--decimal", help="Decimal mark in the CSV: . or ,"),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write the YAML here (default: stdout)."
    ),
) -> None:
    """Turn a statistics table (CSV) into dataset YAML.

    One row per subject and period; each subject becomes one fact with a series, citing the
    source given by the --source-* options. The YAML is validated before it is written.
    """
    from claimcheck.dataset.importer import ImportOptions, import_csv
    from claimcheck.errors import ClaimcheckError, DatasetError

    if decimal not in (".", ","):
        _fail("--decimal: use . or ,")
    options = ImportOptions(
        subject_column=subject_column,
        period_column=period_column,
        value_column=value_column,
        property=prop,
        unit=unit,
        source_title=source_title,
        id_prefix=id_prefix,
        source_url=source_url,
        source_publisher=source_publisher,
        source_published=source_published,
        valid_from=valid_from,
        dataset_name=dataset_name,
        decimal=decimal,
    )
    try:
        result = import_csv(csv_path, options)
    except DatasetError as exc:
        _fail(f"the imported facts would not validate: {exc}")
    except ClaimcheckError as exc:
        _fail(str(exc))
    for note in result.skipped:
        sys.stderr.write(f"{csv_path}: skipped {note}\n")
    for note in result.notes:
        sys.stderr.write(f"{csv_path}: note: {note}\n")
    if output is None:
        typer.echo(result.yaml, nl=False)
    else:
        try:
            output.write_text(result.yaml, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})")
    sys.stderr.write(f"{result.facts} fact(s) imported, {len(result.skipped)} row(s) skipped\n")


def main(argv: list[str] | None = None) -> Any:
    """Run the sub-app on its own (for debugging: python -m claimcheck.cli.data_cmd)."""
    return data_app(args=argv)


if __name__ == "__main__":
    main()
