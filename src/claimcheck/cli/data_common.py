"""What the ``claimcheck data`` commands share: the dataset they work on, tables, errors.

The dataset is ``--data``, else what the parent command or the configuration names, else the
bundled one. Tables are rich on a terminal and tab-separated lines when piped; an error is one
line on stderr and exit code 2.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from claimcheck.dataset import Dataset

DATA_HELP = "Dataset file or directory (repeatable; default: the configured or bundled dataset)."
EXIT_CLEAN, EXIT_WARNINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> NoReturn:
    sys.stderr.write(f"claimcheck: error: {message}\n")
    raise typer.Exit(EXIT_ERROR)


def data_paths(ctx: typer.Context | None, data: Sequence[str] | None) -> list[str] | None:
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
        fail(str(exc))
    return [str(p) for p in configured] if configured else None


def load(ctx: typer.Context | None, data: Sequence[str] | None) -> Dataset:
    from claimcheck.dataset import load_dataset
    from claimcheck.errors import ClaimcheckError, DatasetError

    try:
        return load_dataset(data_paths(ctx, data))
    except DatasetError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"{problem}\n")
        fail(f"invalid dataset: {len(exc.problems)} error(s) (run 'claimcheck data validate')")
    except ClaimcheckError as exc:
        fail(str(exc))


def terminal() -> bool:
    import os

    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None) -> None:
    if terminal():
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


def parse_day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        fail(f"{option}: {text!r} is not a date (use YYYY-MM-DD)")
