"""``claimcheck config``: the effective settings and where each one came from."""

from __future__ import annotations

from pathlib import Path

import typer

from claimcheck.cli import options as opt


def config_command(
    config_file: Path | None = typer.Option(
        None, "--config", help="Read settings from this TOML file."
    ),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore configuration files."),
) -> int:
    """Show the effective configuration and where each setting came from."""
    from claimcheck.config import describe

    rows = describe(opt.load_config(config_file, isolated))
    width = max((len(key) for key, _, _ in rows), default=0)
    for key, value, origin in rows:
        typer.echo(f"{key.ljust(width)}  {value}  ({origin})")
    return 0
