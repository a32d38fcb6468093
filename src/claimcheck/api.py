"""The Python API: everything the command line can do, as plain function calls.

    from claimcheck import api
    dataset = api.load_dataset()                 # the bundled NATO/European defence pack
    report = api.check_text("NATO has 32 members.", dataset, as_of=date(2025, 12, 25))
    for checked in report.claims:
        print(checked.verdict, checked.claim.text, checked.message)

Every function returns the records of ``claimcheck.model``; the output formats are fed by
exactly these records, so a script sees what the CLI prints.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim, FileReport, Problem

if TYPE_CHECKING:
    from claimcheck.dataset import Dataset
    from claimcheck.documents import Document

DataPaths = Sequence[str | os.PathLike[str]] | None


def load_dataset(paths: DataPaths = None) -> Dataset:
    """Load and validate a dataset (None: the bundled default); raises DatasetError."""
    from claimcheck.dataset import load_dataset as _load

    return _load(paths)


@dataclass(frozen=True, slots=True)
class ExtractedFile:
    """What ``claimcheck extract`` reports for one file."""

    path: str
    as_of: date
    as_of_source: str
    claims: tuple[Claim, ...] = ()
    error: str | None = None
    problems: tuple[Problem, ...] = ()


def resolve_as_of(
    document: Document | None, as_of: date | None, default: date | None = None
) -> tuple[date, str]:
    """The article's date and where it came from: option, front matter ``claimcheck: as-of``,
    ``default`` (configuration), the article's own date (front matter, dateline), else today."""
    if as_of is not None:
        return as_of, "option"
    if document is not None:
        option = document.options.get("as_of") or document.options.get("as-of")
        if option:
            try:
                return date.fromisoformat(str(option)), "front-matter"
            except ValueError:
                pass
    if default is not None:
        return default, "config"
    if document is not None and document.date is not None:
        return document.date, document.date_source or "front-matter"
    return date.today(), "today"


def _parse(text: str, path: str, fmt: str | None) -> Document:
    from claimcheck.documents import parse_document

    return parse_document(text, path, fmt)


def _claims(document: Document, day: date) -> list[Claim]:
    """The claims of the prose a reader sees, at their offsets in the file."""
    from claimcheck.documents.joined import joined_text
    from claimcheck.extraction import extract_claims

    joined = joined_text(document.visible)
    claims = extract_claims(joined.text, day)
    return [joined.claim_in_file(claim, document.position) for claim in claims]


def extract_document(document: Document, *, as_of: date | None = None) -> ExtractedFile:
    day, source = resolve_as_of(document, as_of)
    claims = _claims(document, day)
    return ExtractedFile(document.path, day, source, tuple(claims), None, document.problems)


def extract_text(
    text: str, *, as_of: date | None = None, path: str = "<text>", fmt: str | None = None
) -> ExtractedFile:
    """Find every numeric and temporal claim in ``text``."""
    return extract_document(_parse(text, path, fmt), as_of=as_of)


def check_document(
    document: Document,
    dataset: Dataset,
    *,
    as_of: date | None = None,
    default_as_of: date | None = None,
) -> FileReport:
    """Extract, link, judge and apply the document's inline suppressions."""
    from claimcheck.checking import check_claims
    from claimcheck.documents.joined import joined_text
    from claimcheck.extraction import extract_claims
    from claimcheck.suppressions import apply_suppressions

    day, source = resolve_as_of(document, as_of, default_as_of)
    if _skipped(document):
        return FileReport(document.path, day, source, (), None, document.problems)
    # Extracted and judged in the prose a reader sees; offsets then mapped back to the file's.
    joined = joined_text(document.visible)
    claims = extract_claims(joined.text, day)
    checked = check_claims(joined.text, claims, dataset, day, title=_title(document))
    if joined.shifts:
        checked = tuple(
            replace(c, claim=joined.claim_in_file(c.claim, document.position)) for c in checked
        )
    checked, unused = apply_suppressions(document, checked)
    return FileReport(document.path, day, source, tuple(checked), None, document.problems + unused)


def _title(document: Document) -> str:
    """The title the front matter gives (the body need not repeat its subject), else ""."""
    for key in ("title", "headline"):
        value = document.metadata.get(key)
        if isinstance(value, str):
            return value
    return ""


def _skipped(document: Document) -> bool:
    return bool(document.options.get("skip") or document.options.get("ignore"))


def check_text(
    text: str,
    dataset: Dataset,
    *,
    as_of: date | None = None,
    path: str = "<text>",
    fmt: str | None = None,
) -> FileReport:
    """Check the claims in ``text`` against ``dataset``."""
    return check_document(_parse(text, path, fmt), dataset, as_of=as_of)


def read(path: str | Path, display_path: str | None = None) -> Document:
    """Read a file (or ``-`` for stdin) as a Document; raises InputError."""
    from claimcheck.documents import read_document, read_stdin

    if str(path) == "-":
        return read_stdin(display_path or "-")
    return read_document(path, display_path=display_path)


def check_file(
    path: str | Path,
    dataset: Dataset,
    *,
    as_of: date | None = None,
    display_path: str | None = None,
) -> FileReport:
    """Check one file. An unreadable file gives a FileReport with ``error`` set, never raises."""
    return check_file_with_options(path, dataset, as_of=as_of, display_path=display_path)[0]


def check_file_with_options(
    path: str | Path,
    dataset: Dataset,
    *,
    as_of: date | None = None,
    display_path: str | None = None,
    default_as_of: date | None = None,
) -> tuple[FileReport, dict[str, Any]]:
    """``check_file``, and the article's own options (front matter ``claimcheck:``, keys in
    snake_case: ``fail_on``, ``show``...), which a run layers over its configuration.
    ``default_as_of``: the configuration's date for this file (see ``resolve_as_of``)."""
    shown = display_path or str(path)
    try:
        document = read(path, display_path=shown)
    except ClaimcheckError as exc:
        day, source = resolve_as_of(None, as_of, default_as_of)
        return FileReport(shown, day, source, (), str(exc)), {}
    report = check_document(document, dataset, as_of=as_of, default_as_of=default_as_of)
    return report, dict(document.options)


def extract_file(
    path: str | Path, *, as_of: date | None = None, display_path: str | None = None
) -> ExtractedFile:
    """Extract from one file; an unreadable file gives ``error`` set, never raises."""
    shown = display_path or str(path)
    try:
        document = read(path, display_path=shown)
    except ClaimcheckError as exc:
        day, source = resolve_as_of(None, as_of)
        return ExtractedFile(shown, day, source, (), str(exc))
    return extract_document(document, as_of=as_of)


def check_paths(
    paths: Iterable[str | Path],
    dataset: Dataset | None = None,
    *,
    data: DataPaths = None,
    as_of: date | None = None,
    jobs: int | None = 1,
    stdin_filename: str | None = None,
) -> Iterator[FileReport]:
    """Check many files, in input order, streaming; ``jobs`` > 1 spreads them over processes.

    With ``jobs`` > 1 each worker loads the dataset from ``data`` once (None: bundled default).
    """
    from claimcheck.bulk import iter_reports

    return iter_reports(
        list(paths),
        dataset=dataset,
        data=data,
        as_of=as_of,
        jobs=jobs,
        stdin_filename=stdin_filename,
    )


def mark_baselined(reports: Iterable[FileReport], known: frozenset[str]) -> Iterator[FileReport]:
    """Mark findings already recorded in a baseline as suppressed."""
    from claimcheck.baseline import apply_baseline

    for report in reports:
        yield apply_baseline(report, known) if known else report


__all__ = [
    "ExtractedFile",
    "check_document",
    "check_file",
    "check_file_with_options",
    "check_paths",
    "check_text",
    "extract_document",
    "extract_file",
    "extract_text",
    "load_dataset",
    "mark_baselined",
    "read",
    "resolve_as_of",
]
