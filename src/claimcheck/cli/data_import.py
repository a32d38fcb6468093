"""``claimcheck data import``: a statistics table (CSV) in, dataset YAML out."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from claimcheck.cli.data_common import fail


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
        fail("--decimal: use . or ,")
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
        fail(f"the imported facts would not validate: {exc}")
    except ClaimcheckError as exc:
        fail(str(exc))
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
            fail(f"{output}: cannot write ({exc.strerror or exc})")
    sys.stderr.write(f"{result.facts} fact(s) imported, {len(result.skipped)} row(s) skipped\n")
