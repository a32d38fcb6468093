"""Turning a statistics table (CSV, one row per subject and period) into dataset YAML.

Each subject becomes one fact with a `series:` of its periods, all citing one source, so a
newsroom can build facts from a statistics office download. The YAML is validated with the
dataset loader before it is returned: what the importer writes, `load_dataset` accepts.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.dataset.fields import parse_partial
from claimcheck.dataset.schema import did_you_mean, known_units, normalise_unit
from claimcheck.errors import UsageError

MISSING = frozenset({"", ":", "..", "...", "-", "–", "—", "n/a", "na", "nan", "x", "null"})
_QUARTER = re.compile(r"(\d{4})-?Q([1-4])\Z", re.IGNORECASE)
_MONTH = re.compile(r"(\d{4})M(\d{2})\Z")
_FLAGS = re.compile(r"\s*[a-z]{1,3}\Z")  # Eurostat-style flags: "2.1 p", "1.9e"


@dataclass(frozen=True, slots=True)
class ImportOptions:
    subject_column: str
    period_column: str
    value_column: str
    property: str
    unit: str
    source_title: str
    id_prefix: str | None = None
    source_url: str | None = None
    source_publisher: str | None = None
    source_published: str | None = None
    valid_from: str | None = None
    dataset_name: str | None = None
    decimal: str = "."


@dataclass(frozen=True, slots=True)
class ImportResult:
    yaml: str
    facts: int
    skipped: tuple[str, ...]  # "row 7: no value" notes for the rows left out
    notes: tuple[str, ...] = ()  # things the curator should look at in the output


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def parse_period(text: str) -> int | str | None:
    """A CSV period as the dataset writes it (2024, "2024-03", "2024-01/2024-03"), or None."""
    text = text.strip()
    quarter = _QUARTER.match(text)
    if quarter:
        year, q = quarter.group(1), int(quarter.group(2))
        return f"{year}-{3 * q - 2:02d}/{year}-{3 * q:02d}"
    month = _MONTH.match(text)
    if month:
        text = f"{month.group(1)}-{month.group(2)}"
    parts = text.split("/")
    if len(parts) > 2 or any(parse_partial(p.strip()) is None for p in parts):
        return None
    return int(text) if text.isdigit() else "/".join(p.strip() for p in parts)


def parse_number(text: str, decimal: str = ".") -> float | None:
    """A figure as statistics offices print it: thousands separators, flags, a % sign."""
    cleaned = _FLAGS.sub("", text.strip().rstrip("%").strip())
    for space in (" ", "\u00a0", "\u202f", "\u2009", "'"):
        cleaned = cleaned.replace(space, "")
    if decimal == ",":
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _column(header: list[str], wanted: str, option: str) -> int:
    lowered = [h.strip().lower() for h in header]
    if wanted.strip().lower() in lowered:
        return lowered.index(wanted.strip().lower())
    if wanted.isdigit() and 1 <= int(wanted) <= len(header):
        return int(wanted) - 1
    raise UsageError(f"{option}: no column {wanted!r} (columns: {', '.join(header)})")


def rows_to_facts(
    text: str, options: ImportOptions
) -> tuple[dict[str, dict[Any, float]], list[str]]:
    """subject -> {period: value}, and notes about rows that were left out."""
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise UsageError("the CSV file is empty")
    header = rows[0]
    subject_i = _column(header, options.subject_column, "--subject-column")
    period_i = _column(header, options.period_column, "--period-column")
    value_i = _column(header, options.value_column, "--value-column")
    series: dict[str, dict[Any, float]] = {}
    skipped: list[str] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(subject_i, period_i, value_i):
            skipped.append(f"row {number}: too few columns")
            continue
        subject, raw_period, raw_value = (row[subject_i].strip(), row[period_i], row[value_i])
        period = parse_period(raw_period)
        if not subject or period is None:
            skipped.append(
                f"row {number}: no subject"
                if not subject
                else f"row {number}: period {raw_period!r} not understood"
            )
            continue
        if raw_value.strip().lower() in MISSING:
            skipped.append(f"row {number}: no value for {subject} {period}")
            continue
        value = parse_number(raw_value, options.decimal)
        if value is None:
            skipped.append(f"row {number}: value {raw_value!r} is not a number")
            continue
        periods = series.setdefault(subject, {})
        if period in periods and periods[period] != value:
            raise UsageError(
                f"row {number}: {subject} {period} appears twice with different values"
            )
        periods[period] = value
    return series, skipped


def csv_to_yaml(text: str, options: ImportOptions, source_name: str = "table") -> ImportResult:
    import yaml

    unit = normalise_unit(options.unit)
    free_units = [] if unit else [options.unit]
    if not options.source_url and not options.source_publisher:
        raise UsageError("give --source-url or --source-publisher: every fact needs a source")
    published = _date_option(options.source_published, "--source-published")
    valid_from = _date_option(options.valid_from, "--valid-from", full=True)
    if (
        valid_from is None
        and isinstance(published, date)
        and options.source_published
        and len(options.source_published) == 10
    ):
        valid_from = published
    series, skipped = rows_to_facts(text, options)
    if not series:
        raise UsageError("no row of the CSV has a subject, a period and a number")
    prefix = slug(options.id_prefix or options.property)
    source: dict[str, Any] = {"title": options.source_title}
    for key, value in (
        ("publisher", options.source_publisher),
        ("url", options.source_url),
        ("published", published),
    ):
        if value:
            source[key] = value
    facts = []
    for subject, periods in series.items():
        fact: dict[str, Any] = {
            "id": f"{prefix}-{slug(subject)}",
            "subject": subject,
            "property": options.property,
            "unit": unit or options.unit,
        }
        if valid_from:
            fact["valid_from"] = valid_from
        fact["sources"] = ["import"]
        fact["series"] = {
            p: (int(v) if v.is_integer() else v)
            for p, v in sorted(periods.items(), key=lambda item: str(item[0]))
        }
        facts.append(fact)
    meta: dict[str, Any] = {
        "name": options.dataset_name or slug(source_name),
        "version": date.today().isoformat(),
    }
    notes: list[str] = []
    if free_units:
        meta["units"] = free_units
        close = did_you_mean(options.unit, known_units())
        notes.append(
            f"{options.unit!r} is not a built-in unit: declared as a free unit in dataset.units"
            + (f" (did you mean {close!r}?)" if close else "")
        )
    document = {"dataset": meta, "sources": {"import": source}, "facts": facts}

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True  # curators edit the output: no &id001 anchors

    body = yaml.dump(document, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
    result = ImportResult(
        f"# Imported by claimcheck data import from {source_name}\n" + body,
        sum(len(p) for p in series.values()),
        tuple(skipped),
        tuple(notes),
    )
    _check(result.yaml)
    return result


def import_csv(path: str | Path, options: ImportOptions) -> ImportResult:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the CSV file ({exc})") from exc
    return csv_to_yaml(text, options, Path(path).name)


def _date_option(text: str | None, option: str, full: bool = False) -> date | str | None:
    if not text:
        return None
    span = parse_partial(text.strip())
    if span is None or (full and span[0] != span[1]):
        raise UsageError(f"{option}: {text!r} is not a date (write YYYY-MM-DD)")
    return span[0] if span[0] == span[1] else text.strip()


def _check(text: str) -> None:
    from claimcheck.dataset.loading import read_dataset
    from claimcheck.errors import DatasetError

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "import.yaml"
        target.write_text(text, encoding="utf-8")
        dataset, problems = read_dataset([target])
    if dataset is None:
        raise DatasetError([p for p in problems if p.severity == "error"])
