"""Builds the Typer application and runs it with claimcheck's error and exit-code rules.

Every error the library raises on purpose becomes one line on stderr and exit code 2; an
unexpected exception does too (set CLAIMCHECK_DEBUG=1 to see its traceback).
"""

from __future__ import annotations

import gc
import os
import sys

from claimcheck import __version__

# typing.TYPE_CHECKING without importing typing (~3 ms), which --version never needs.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

HELP = (
    "Check numeric and temporal claims in articles against a sourced reference dataset.\n\n"
    "Exit codes: 0 clean, 1 the gate (--fail-on) found something, 2 usage error, "
    "unreadable input or invalid dataset."
)


# The top-level commands. Typer reads every registered command's signature and options when the
# app runs (~2 ms a command, ~20 ms for all of them and data's); a run names its command first,
# so only that one is built (and imported). Help, --version and anything else build them all.
COMMANDS = ("verify", "extract", "config", "data")


def build_app(only: str | None = None) -> Any:
    """The ``claimcheck`` Typer app; ``only`` (a name in COMMANDS) leaves out the other commands."""
    import typer

    app = typer.Typer(
        name="claimcheck",
        help=HELP,
        add_completion=False,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def version_callback(value: bool) -> None:
        if value:
            print(f"claimcheck {__version__}")
            raise typer.Exit(0)

    @app.callback()
    def root(
        version: bool = typer.Option(
            False,
            "--version",
            "-V",
            callback=version_callback,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ) -> None:
        """Check numeric and temporal claims in articles against a reference dataset."""

    if only in (None, "verify"):
        from claimcheck.cli.verify_cmd import verify_command

        app.command("verify", help=verify_command.__doc__, no_args_is_help=True)(verify_command)
    if only in (None, "extract"):
        from claimcheck.cli.extract_cmd import extract_command

        app.command("extract", help=extract_command.__doc__, no_args_is_help=True)(extract_command)
    if only in (None, "config"):
        from claimcheck.cli.config_cmd import config_command

        app.command("config", help=config_command.__doc__)(config_command)
    if only in (None, "data"):
        from claimcheck.cli.data_cmd import data_app

        app.add_typer(data_app, name="data", help="Validate, browse, search and build datasets.")
    return app


def error_line(message: str) -> None:
    sys.stderr.write(f"claimcheck: error: {message}\n")


def run(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    # --version is asked for in scripts and health checks: answer before importing the CLI stack.
    if args in (["--version"], ["-V"]):
        print(f"claimcheck {__version__}")
        return 0
    # Run as the program (no argv given), start-up makes ~100k objects that live as long as the
    # process: modules, classes, functions. The collector would walk them again and again as they
    # are made, and once more at exit; it waits until they are made, then leaves them out of every
    # later collection (gc.freeze, as pre-fork servers do; bulk's forked workers share them too).
    # ~15-20 ms of a short run. A caller passing argv keeps its collector as it is.
    program = argv is None and gc.isenabled()
    if program:
        gc.disable()
    try:
        try:
            import click
        except ImportError:  # typer 0.28 vendors click instead of depending on it
            from typer import _click as click  # type: ignore[no-redef]

        import typer

        from claimcheck.errors import ClaimcheckError, DatasetError

        app = build_app(args[0] if args and args[0] in COMMANDS else None)
    finally:
        if program:
            gc.freeze()
            gc.enable()
    try:
        result = app(args=args, prog_name="claimcheck", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        where = (
            f" (see 'claimcheck {exc.ctx.command_path.split(' ', 1)[1]} --help')"
            if (exc.ctx and " " in exc.ctx.command_path)
            else " (see 'claimcheck --help')"
        )
        error_line(exc.format_message().replace("\n", " ") + where)
        return 2
    except click.exceptions.ClickException as exc:
        error_line(exc.format_message())
        return 2
    except typer.Abort:
        error_line("aborted")
        return 2
    except DatasetError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"{problem}\n")
        errors = sum(p.severity == "error" for p in exc.problems)
        error_line(f"invalid dataset: {errors} error(s); nothing was checked")
        return 2
    except ClaimcheckError as exc:
        error_line(str(exc))
        return 2
    except BrokenPipeError:
        # The reader went away (`claimcheck ... | head`): not an error of ours.
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        error_line("interrupted")
        return 130
    except Exception as exc:  # the last line of defence: never a traceback
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        error_line(f"internal error: {type(exc).__name__}: {exc} (rerun with CLAIMCHECK_DEBUG=1)")
        return 2
    return result if isinstance(result, int) else 0
