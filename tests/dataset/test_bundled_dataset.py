"""The bundled dataset (data/): clean, each ally's 2024 and 2025 share present or its absence
documented, vintages handing over without gaps (and the right one current on each day), and the
curated figures of issue #3 in place.

The tables below are the cases: adding an ally, an absence or a key figure is adding a line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimcheck.dataset import Dataset, default_dataset_path, load_dataset, validate_paths
from claimcheck.model import Fact

SPENDING = "defence spending share of GDP"
ARTICLE_DAY = date(2025, 12, 25)

ALLIES = (
    "Albania",
    "Belgium",
    "Bulgaria",
    "Canada",
    "Croatia",
    "Czechia",
    "Denmark",
    "Estonia",
    "Finland",
    "France",
    "Germany",
    "Greece",
    "Hungary",
    "Iceland",
    "Italy",
    "Latvia",
    "Lithuania",
    "Luxembourg",
    "Montenegro",
    "Netherlands",
    "North Macedonia",
    "Norway",
    "Poland",
    "Portugal",
    "Romania",
    "Slovakia",
    "Slovenia",
    "Spain",
    "Sweden",
    "Turkiye",
    "United Kingdom",
    "United States",
)

# ally -> years for which the dataset documents that it has no NATO share (and says why in
# data/common.yaml's list of what was left out, or in the subject's note).
ABSENT: dict[str, tuple[int, ...]] = {
    "Iceland": (2024, 2025),
    "Finland": (2025,),
    "Sweden": (2025,),
    "Greece": (2025,),
    "Bulgaria": (2025,),
    "Hungary": (2025,),
    "Slovakia": (2025,),
    "Slovenia": (2025,),
    "Croatia": (2025,),
    "Montenegro": (2025,),
}

# id -> value, unit, and (optionally) deadline year, first valid day, type.
KEY_FACTS: list[dict[str, Any]] = [
    {"id": "uk-plan-2.5pct-by-2027", "value": 2.5, "unit": "%", "by": 2027, "from": "2025-02-25"},
    {"id": "uk-3pct-next-parliament-ambition", "value": 3.0, "unit": "%", "type": "statement"},
    {"id": "uk-core-defence-2027-estimate", "value": 2.6, "unit": "%", "by": 2027},
    {"id": "uk-defence-and-security-2027-estimate", "value": 4.1, "unit": "%", "by": 2027},
    {"id": "safe-loans-size", "value": 150e9, "unit": "EUR", "from": "2025-03-04"},
    {"id": "safe-council-adoption", "value": "2025-05-27", "unit": "date"},
    {"id": "safe-requesting-states-count", "value": 19, "unit": "count"},
    {"id": "safe-allocation-poland", "value": 43734100805, "unit": "EUR", "from": "2025-09-09"},
    {"id": "rearm-europe-size", "value": 800e9, "unit": "EUR", "from": "2025-03-04"},
    {"id": "rearm-europe-fiscal-space", "value": 650e9, "unit": "EUR"},
    {"id": "rearm-europe-presented", "value": "2025-03-04", "unit": "date"},
    {"id": "readiness-2030-white-paper-date", "value": "2025-03-19", "unit": "date"},
    {"id": "defexp-gdp-ro-2025", "value": 2.28, "unit": "%", "from": "2025-08-28"},
    {"id": "defexp-gdp-ro-2024", "value": 2.17, "unit": "%", "from": "2025-08-28"},
    {"id": "defexp-gdp-ro-apr2025-2024", "value": 2.26, "unit": "%", "from": "2025-04-24"},
    {"id": "defexp-gdp-de-2014", "value": 1.16, "unit": "%", "from": "2025-08-28"},
    {"id": "defexp-gdp-us-2014", "value": 3.71, "unit": "%", "from": "2025-08-28"},
    {"id": "defexp-gdp-gb-2023", "value": 2.25, "unit": "%", "from": "2025-08-28"},
    {"id": "defexp-gdp-pl-jun2024-2014", "value": 1.88, "unit": "%", "from": "2024-06-17"},
    {"id": "defexp-gdp-hu-jul2023-2023", "value": 2.43, "unit": "%", "from": "2023-07-07"},
    {"id": "defexp-gdp-hu-mar2024-2023", "value": 2.07, "unit": "%", "from": "2024-03-14"},
    {"id": "defexp-gdp-us-jul2023-2014", "value": 3.72, "unit": "%", "from": "2023-07-07"},
    {"id": "defexp-gdp-tr-jul2023-2023", "value": 1.31, "unit": "%", "from": "2023-07-07"},
]

# ally, year, day -> the share current that day (None: no figure that day). Each NATO release
# replaces the one before only where its figure for the ally is known (see spending.yaml and
# spending-2023-vintages.yaml): the figure an article of that day should be judged against.
VINTAGES: list[tuple[str, int, str, float | None]] = [
    ("Hungary", 2023, "2023-06-30", None),  # before the July 2023 release
    ("Hungary", 2023, "2023-07-07", 2.43),  # July 2023 release
    ("Hungary", 2023, "2024-03-13", 2.43),
    ("Hungary", 2023, "2024-03-14", 2.07),  # Annual Report 2023
    ("Hungary", 2023, "2025-12-25", 2.07),  # later 2023 figure unknown: left open
    ("Germany", 2023, "2024-04-01", 1.66),
    ("Germany", 2023, "2025-08-28", 1.61),  # August 2025 Table 3
    ("United Kingdom", 2023, "2023-12-01", 2.07),  # ascending chart row read via Shephard
    ("Turkiye", 2023, "2023-12-01", 1.31),  # ascending chart row read via the ranking
    ("Croatia", 2023, "2023-12-01", None),  # ambiguous chart row left out
    ("Croatia", 2023, "2025-12-25", 1.75),
    ("Sweden", 2023, "2025-12-25", None),  # not yet an ally in 2023
    ("Poland", 2014, "2024-01-01", 1.88),
    ("Poland", 2014, "2025-12-25", 1.88),
    ("United States", 2014, "2024-01-01", 3.72),
    ("United States", 2014, "2024-06-17", 3.71),
    ("Germany", 2014, "2025-01-01", 1.19),
    ("Germany", 2014, "2025-12-25", 1.16),
    ("Sweden", 2014, "2025-12-25", 1.06),
    ("Iceland", 2014, "2025-12-25", None),
]

# Names that would fold to everyday words (aliases of four letters or more, and keywords, match
# in any case): "SAFE" must never be matched as the bare word.
EVERYDAY_ALIASES = ["safe", "white paper", "plan", "rearmament plan", "readiness"]
EVERYDAY_KEYWORDS = ["safe"]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(None)


def _shares(ds: Dataset, subject: str, year: int) -> list[Fact]:
    return [
        f
        for f in ds.facts
        if f.subject == subject
        and f.property == SPENDING
        and f.type == "fact"
        and f.period is not None
        and f.period.start == date(year, 1, 1)
        and f.period.end == date(year, 12, 31)
    ]


def _subject_notes() -> dict[str, str]:
    """subject -> its `note`, from the `subjects:` blocks of the data files."""
    import yaml

    notes: dict[str, str] = {}
    for path in sorted(default_dataset_path().glob("*.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, entry in (loaded.get("subjects") or {}).items():
            if isinstance(entry, dict) and entry.get("note"):
                notes[str(name)] = str(entry["note"])
    return notes


def _left_out_notes() -> str:
    """The header comment of data/common.yaml, where what was left out is listed."""
    lines = (default_dataset_path() / "common.yaml").read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if line.startswith("#"))


@pytest.mark.parametrize("today", [ARTICLE_DAY, date(2026, 11, 1)])
def test_validates_clean(today: date) -> None:
    assert [str(p) for p in validate_paths(None, today=today)] == []


def test_alliance_has_32_allies(dataset: Dataset) -> None:
    assert len(set(ALLIES)) == 32
    counts = [f for f in dataset.facts if f.id == "nato-member-count"]
    assert counts and counts[0].value == float(len(ALLIES))


@pytest.mark.parametrize("year", [2024, 2025])
@pytest.mark.parametrize("ally", ALLIES)
def test_share_present_or_absence_documented(dataset: Dataset, ally: str, year: int) -> None:
    shares = _shares(dataset, ally, year)
    if year in ABSENT.get(ally, ()):
        # Documented absence: nothing shipped, and the dataset says why.
        assert shares == [], [f.id for f in shares]
        assert ally in _left_out_notes() or _subject_notes().get(ally), ally
    else:
        current = [f for f in shares if f.valid_on(ARTICLE_DAY)]
        assert len(current) == 1, (ally, year, [f.id for f in shares])
        assert current[0].sources


def test_absent_table_names_only_allies() -> None:
    assert set(ABSENT) <= set(ALLIES)


def test_spending_vintages_hand_over_without_gaps(dataset: Dataset) -> None:
    # A release that ended must be followed, on its last day's morrow, by the release that
    # replaced it: same ally, same year.
    ended = [f for f in dataset.facts if f.property == SPENDING and f.valid_until is not None]
    assert ended
    for old in ended:
        successors = [
            f
            for f in dataset.facts
            if f.subject == old.subject
            and f.property == SPENDING
            and f.period == old.period
            and f.valid_from == old.valid_until
        ]
        assert successors, old.id


@pytest.mark.parametrize(("ally", "year", "day", "expected"), VINTAGES)
def test_share_current_on_day(
    dataset: Dataset, ally: str, year: int, day: str, expected: float | None
) -> None:
    on = date.fromisoformat(day)
    values = [f.value for f in _shares(dataset, ally, year) if f.valid_on(on)]
    assert values == ([] if expected is None else [expected])


@pytest.mark.parametrize("case", KEY_FACTS, ids=lambda c: c["id"])
def test_key_figures(dataset: Dataset, case: dict[str, Any]) -> None:
    fact = dataset.get(case["id"])
    assert fact is not None
    expected = case["value"]
    assert fact.value == (float(expected) if isinstance(expected, int | float) else expected)
    assert fact.unit == case["unit"]
    assert fact.type == case.get("type", "fact")
    if "by" in case:
        assert fact.period_type == "deadline"
        assert fact.period is not None and fact.period.end == date(case["by"], 12, 31)
    if "from" in case:
        assert fact.valid_from == date.fromisoformat(case["from"])
    for source in fact.sources:
        assert source.title and source.published is not None, fact.id
        assert source.url or source.publisher, fact.id


@pytest.mark.parametrize("word", EVERYDAY_ALIASES)
def test_no_alias_is_an_everyday_word(dataset: Dataset, word: str) -> None:
    assert word not in dataset.alias_index()


@pytest.mark.parametrize("word", EVERYDAY_KEYWORDS)
def test_no_keyword_is_an_everyday_word(dataset: Dataset, word: str) -> None:
    users = [f.id for f in dataset.facts if word in {k.lower() for k in f.keywords}]
    assert users == []


def test_data_files_are_yaml_only() -> None:
    # Every *.yaml under data/ is loaded as part of the dataset: nothing else belongs there.
    root = Path(default_dataset_path())
    stray = [p.name for p in root.iterdir() if p.is_file() and p.suffix not in {".yaml"}]
    assert stray == [] or all(name.startswith(".") for name in stray)
