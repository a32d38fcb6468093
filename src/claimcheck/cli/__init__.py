"""The ``claimcheck`` command line: parses options and calls the library."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from claimcheck.cli.app import run

    return run(argv)
