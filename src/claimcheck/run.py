"""A whole ``verify`` or ``extract`` run: files in, one formatted report out, an exit code.

The CLI turns options and configuration into a ``RunSettings`` and calls ``verify`` or
``extract``; a script can do the same. Output goes to a text stream the caller owns (the CLI
wraps ``-o FILE`` in an atomic writer, so a failed run leaves no half-written report).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from claimcheck.model import VERDICTS, FileReport

if TYPE_CHECKING:
    from claimcheck.config import Config
    from claimcheck.dataset import Dataset
    from claimcheck.report import FileGate, Summary

EXIT_SUCCESS = 0
EXIT_FAIL = 1
EXIT_ERROR = 2

T = TypeVar("T")


@dataclass(frozen=True)
class RunSettings:
    paths: tuple[str, ...]
    data: tuple[str, ...] = ()
    as_of: date | None = None
    format: str = "rich"
    show: frozenset[str] = frozenset(v for v in VERDICTS if v != "supported")
    fail_on: frozenset[str] = frozenset({"contradicted"})
    exit_zero: bool = False
    explain: bool = False
    statistics: bool = False
    jobs: int | None = None
    progress: bool = False
    color: bool | None = None
    width: int | None = None
    baseline: str | None = None
    write_baseline: str | None = None
    stdin_filename: str | None = None
    step_summary_path: str | None = None
    # The configuration, command-line options included (``Config.with_overrides``), whose
    # per-path entries and the articles' front matter set each file's gate (``Config.for_file``).
    # When given, its fail_on and show are the run's; None: ``fail_on``/``show`` above, with
    # front matter still on top.
    config: Config | None = None


@dataclass(frozen=True)
class RunResult:
    exit_code: int
    summary: Summary | None
    unreadable: int


def exit_code_for(failed: bool, unreadable: int, exit_zero: bool) -> int:
    """2 when any input could not be read, else 1 when the gate failed (unless --exit-zero)."""
    if unreadable:
        return EXIT_ERROR
    if failed and not exit_zero:
        return EXIT_FAIL
    return EXIT_SUCCESS


def file_gate(
    settings: RunSettings,
    path: str,
    options: Mapping[str, Any],
    baselined: frozenset[int] | None = None,
) -> FileGate:
    """The gate for one file: configuration, its per-path entries, then the article's front
    matter, with options given on the command line over all of them."""
    from claimcheck.config import Config
    from claimcheck.report import gate_for

    config = settings.config or Config(
        fail_on=tuple(settings.fail_on) or ("never",), show=tuple(settings.show)
    )
    chosen = config.for_file(path, options) if options or config.per_path else config
    return replace(gate_for(chosen.fail_on, chosen.show), baselined=baselined)


def config_as_of(settings: RunSettings, path: str) -> date | None:
    """The date configuration sets for ``path`` (per-path entries first); None for "file" or
    when ``--as-of`` was given (the article's front matter sits between the two)."""
    config = settings.config
    if config is None or settings.as_of is not None:
        return None
    value = config.for_path(path).as_of if config.per_path else config.as_of
    if value in (None, "file"):
        return None
    return date.today() if value == "today" else date.fromisoformat(str(value))


def file_fails(report: FileReport, fail_on: frozenset[str]) -> bool:
    return any(c.verdict in fail_on and not c.suppressed for c in report.claims)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[object]:
    if not enabled or total < 2:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} files/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        bar.add_task("files", total=total, rate="-")
        yield bar


def _tick(bar: object, started: float) -> None:
    import time

    from rich.progress import Progress

    if isinstance(bar, Progress):
        task = bar.tasks[0]
        done = task.completed + 1
        rate = done / max(time.perf_counter() - started, 1e-9)
        bar.update(task.id, completed=done, rate=f"{rate:,.0f}")


def _with_progress(items: Iterable[T], total: int, enabled: bool) -> Iterator[T]:
    import time

    started = time.perf_counter()
    with _progress(total, enabled) as bar:
        for item in items:
            yield item
            _tick(bar, started)


def verify(
    settings: RunSettings,
    out: IO[str],
    dataset: Dataset | None = None,
    warnings: IO[str] | None = None,
) -> RunResult:
    """Check every file, write the report to ``out``, return the exit code and summary."""
    from claimcheck.api import load_dataset
    from claimcheck.baseline import baselined, load_baseline, suppress, write_baseline
    from claimcheck.bulk import iter_checked
    from claimcheck.formats import get_formatter
    from claimcheck.formats.interface import FormatOptions
    from claimcheck.report import Summary

    if dataset is None:
        dataset = load_dataset(list(settings.data) or None)
    known = load_baseline(settings.baseline) if settings.baseline else frozenset()
    options = FormatOptions(
        tool_version=_version(),
        dataset_name=dataset.info.name,
        dataset_version=dataset.info.version,
        show=frozenset(settings.show),
        fail_on=frozenset(settings.fail_on),
        explain=settings.explain,
        color=settings.color,
        width=settings.width,
        statistics=settings.statistics,
        step_summary_path=settings.step_summary_path,
    )
    formatter = get_formatter(settings.format, options)
    summary = Summary()
    failed = False
    unreadable = 0
    kept: list[FileReport] = []
    checked = iter_checked(
        settings.paths,
        dataset=dataset,
        data=list(settings.data) or None,
        as_of=settings.as_of,
        jobs=settings.jobs,
        stdin_filename=settings.stdin_filename,
        default_as_of=lambda path: config_as_of(settings, path),
    )
    out.write(formatter.begin())
    for report, front in _with_progress(checked, len(settings.paths), settings.progress):
        hits = baselined(report, known) if settings.baseline else None
        if hits:
            report = suppress(report, hits)
        if settings.write_baseline:
            kept.append(_findings_only(report))
        unreadable += report.error is not None
        _warn(warnings, report.problems)
        gate = file_gate(settings, report.path, front, hits)
        failed |= any(gate.fails(c) for c in report.claims)
        summary.add(report, gate)
        out.write(formatter.file(report, gate))
        out.flush()
    out.write(formatter.end(summary))
    out.flush()
    if settings.step_summary_path and hasattr(formatter, "step_summary"):
        with open(settings.step_summary_path, "a", encoding="utf-8") as handle:
            handle.write(formatter.step_summary(summary))
    if settings.write_baseline:
        atomic_write(settings.write_baseline, write_baseline(kept))
    return RunResult(exit_code_for(failed, unreadable, settings.exit_zero), summary, unreadable)


def _warn(stream: IO[str] | None, problems: Sequence[object]) -> None:
    """Warnings (invalid UTF-8, unused suppressions, ...) go to stderr, one line each."""
    if stream is not None:
        for problem in problems:
            stream.write(f"{problem}\n")


def _findings_only(report: FileReport) -> FileReport:
    findings = tuple(c for c in report.claims if c.verdict != "supported")
    return replace(report, claims=findings)


def extract(settings: RunSettings, out: IO[str], warnings: IO[str] | None = None) -> RunResult:
    """Write the claims found in every file; exit 2 if any file could not be read."""
    from claimcheck.api import extract_file
    from claimcheck.formats import get_extract_formatter

    formatter = get_extract_formatter(settings.format, color=settings.color, width=settings.width)
    unreadable = 0
    out.write(formatter.begin())
    for path in settings.paths:
        shown = settings.stdin_filename if path == "-" and settings.stdin_filename else path
        extracted = extract_file(path, as_of=settings.as_of, display_path=shown)
        unreadable += extracted.error is not None
        _warn(warnings, extracted.problems)
        out.write(formatter.file(extracted))
        out.flush()
    out.write(formatter.end())
    out.flush()
    return RunResult(exit_code_for(False, unreadable, False), None, unreadable)


def atomic_write(path: str | os.PathLike[str], text: str) -> None:
    with AtomicOutput(path) as handle:
        handle.write(text)


class AtomicOutput:
    """A file that appears only when the ``with`` block succeeds (temp file + rename)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._tmp: Path | None = None
        self._handle: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        import tempfile

        directory = self.path.parent if str(self.path.parent) else Path(".")
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=directory)
        self._tmp = Path(name)
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self._handle

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self._handle is not None and self._tmp is not None
        self._handle.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)


def _version() -> str:
    from claimcheck import __version__

    return __version__


def stdout() -> IO[str]:
    return sys.stdout


__all__: Sequence[str] = ["RunSettings", "RunResult", "verify", "extract", "AtomicOutput"]
