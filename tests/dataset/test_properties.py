"""Round trips: any period or value written in the dataset notation loads to what it says."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.cli.data_cmd import data_app
from claimcheck.dataset import load_dataset, validate_paths
from claimcheck.dataset.describe import describe_period, describe_value
from claimcheck.dataset.fields import parse_partial
from claimcheck.model import Fact, Period

DOCS = Path(__file__).resolve().parents[2] / "docs" / "dataset.md"
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(days)
def test_partial_dates(day: date) -> None:
    assert parse_partial(day.isoformat()) == (day, day)
    last = calendar.monthrange(day.year, day.month)[1]
    assert parse_partial(day.isoformat()[:7]) == (day.replace(day=1), day.replace(day=last))
    assert parse_partial(str(day.year)) == (date(day.year, 1, 1), date(day.year, 12, 31))


def _notation(kind: str, first: date, second: date) -> tuple[str, Period, str]:
    """A period as a curator writes it, with the days and type it must load as."""
    low, high = sorted((first, second))
    month_end = low.replace(day=calendar.monthrange(low.year, low.month)[1])
    return {
        "year": (str(low.year), Period(date(low.year, 1, 1), date(low.year, 12, 31)), "point"),
        "month": (low.isoformat()[:7], Period(low.replace(day=1), month_end), "point"),
        "day": (low.isoformat(), Period(low, low), "point"),
        "years": (
            f"{low.year}/{high.year}",
            Period(date(low.year, 1, 1), date(high.year, 12, 31)),
            "span",
        ),
        "days": (f"{low}/{high}", Period(low, high), "span"),
        "by": (f"by {high.year}", Period(None, date(high.year, 12, 31)), "deadline"),
    }[kind]


def _load_one(root: Path, period: str, number: float) -> Fact:
    (root / "d.yaml").write_text(
        'dataset: {name: p, version: "1"}\nfacts:\n'
        f"  - id: f\n    subject: S\n    property: P\n    value: {number!r}\n    unit: EUR\n"
        f"    period: '{period}'\n"
        "    sources: [{title: T, publisher: P, published: 2000-01-01}]\n"
    )
    return load_dataset([root]).facts[0]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["year", "month", "day", "years", "days", "by"]),
    days,
    days,
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).map(lambda x: round(x, 3)),
)
def test_period_and_value_round_trip(
    tmp_path_factory: pytest.TempPathFactory, kind: str, first: date, second: date, number: float
) -> None:
    written, period, period_type = _notation(kind, first, second)
    fact = _load_one(tmp_path_factory.mktemp("p"), written, number)
    assert (fact.period, fact.period_type) == (period, period_type)
    assert fact.value == number and fact.low == fact.high == number
    assert describe_value(fact).endswith(" EUR")
    # what listings print reads back as the same period
    again = _load_one(tmp_path_factory.mktemp("q"), describe_period(fact), number)
    assert (again.period, again.period_type) == (period, period_type)


def test_every_data_command_has_help_and_is_documented() -> None:
    docs = DOCS.read_text()
    names = [c.name for c in data_app.registered_commands]
    assert set(names) == {"validate", "list", "show", "search", "stats", "schema", "import"}
    for command in data_app.registered_commands:
        assert (command.callback.__doc__ or "").strip(), command.name
        assert f"claimcheck data {command.name}" in docs, command.name


KEYS = st.sampled_from(
    [
        "id",
        "subject",
        "property",
        "value",
        "unit",
        "period",
        "series",
        "sources",
        "valid_from",
        "valid_until",
        "tolerance",
        "type",
        "speaker",
        "stated_on",
        "low",
        "high",
        "by",
        "from",
        "title",
        "url",
        "published",
        "aliases",
        "keywords",
        "x",
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3000, 3000),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates().map(date.isoformat),
    st.sampled_from(["%", "EUR", "count"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)
DOCUMENTS = st.fixed_dictionaries(
    {},
    optional={
        "dataset": st.dictionaries(st.sampled_from(["name", "version", "units", "x"]), VALUES),
        "sources": st.dictionaries(st.text(min_size=1, max_size=5), VALUES, max_size=2),
        "facts": st.lists(st.dictionaries(KEYS, VALUES, max_size=8), max_size=3),
    },
)


@settings(max_examples=60, deadline=None)
@given(DOCUMENTS)
def test_any_document_gives_problems_never_a_crash(
    tmp_path_factory: pytest.TempPathFactory, document: dict[str, object]
) -> None:
    import yaml

    root = tmp_path_factory.mktemp("fuzz")
    (root / "d.yaml").write_text(yaml.safe_dump(document, allow_unicode=True))
    for problem in validate_paths([root]):
        assert problem.severity in ("error", "warning") and problem.message
        assert problem.path.endswith("d.yaml")
