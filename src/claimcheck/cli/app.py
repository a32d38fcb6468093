"""Placeholder application; replaced by the real command set."""

from __future__ import annotations


def run(argv: list[str] | None = None) -> int:
    return 0
