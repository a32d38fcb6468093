"""Fixtures: the case reports and a runner for any output format over them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from formatcases import OPTIONS, load_cases, render

from claimcheck.formats import get_formatter
from claimcheck.model import FileReport


@pytest.fixture(scope="session")
def cases() -> tuple[list[FileReport], dict[str, str]]:
    return load_cases()


@pytest.fixture(scope="session")
def reports(cases: tuple[list[FileReport], dict[str, str]]) -> list[FileReport]:
    return cases[0]


@pytest.fixture
def run(reports: list[FileReport]) -> Callable[..., str]:
    """``run(fmt, **options)``: the whole output of format ``fmt`` over the case reports."""

    def _run(fmt: str, **changes: Any) -> str:
        from dataclasses import replace

        return render(get_formatter(fmt, replace(OPTIONS, **changes)), reports)

    return _run
