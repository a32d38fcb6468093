"""check_claims on hand-built claims: what is left out, ties, statements, explain data, caching."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checking import check_claims
from claimcheck.linkindex import index_for
from claimcheck.linking import THRESHOLD, WEIGHTS, link_claim
from claimcheck.model import Claim, Fact, Period, Source
from claimcheck.nonclaims import as_year, is_label

DAY = date(2025, 12, 25)
SRC = (Source("Register", publisher="Registry", published=date(2024, 3, 7)),)


@dataclass(frozen=True)
class Facts:
    facts: tuple[Fact, ...]


def fact(id: str, subject: str, value: Any, unit: str = "count", **kw: Any) -> Fact:
    kw.setdefault("keywords", ("members", "member states"))
    return Fact(id, subject, kw.pop("property", "member states"), value, unit, SRC, **kw)


NATO = ("the alliance", "allies")
DATA = Facts(
    (
        fact("nato", "NATO", 32.0, aliases=NATO, valid_from=date(2024, 3, 7)),
        fact("nato-31", "NATO", 31.0, aliases=NATO, valid_until=date(2024, 3, 7)),
        fact("eu", "EU", 27.0, aliases=("European Union",)),
        fact(
            "rutte-quarter",
            "EU",
            25.0,
            "%",
            property="share of NATO GDP",
            keywords=("economic output",),
            type="statement",
            speaker="Mark Rutte",
            stated_on=date(2025, 12, 26),
        ),
        fact(
            "eu-share", "EU", 33.3, "%", property="share of NATO GDP", keywords=("economic output",)
        ),
        fact("target", "NATO", "2035", "year", property="target year", keywords=("target year",)),
    )
)


def at(text: str, figure: str, kind: str, value: Any, **kw: Any) -> Claim:
    start = text.rindex(figure)
    return Claim(figure, start, start + len(figure), 1, start + 1, kind, value, value, value, **kw)


def test_verdicts_come_back_in_claim_order() -> None:
    text = "The EU has 27 member states. NATO has 31 members. NATO has 40 members."
    claims = [
        at(text, "27 member states", "count", 27.0, context="member states"),
        at(text, "31 members", "count", 31.0, context="members"),
        at(text, "40 members", "count", 40.0, context="members"),
    ]
    checked = check_claims(text, claims, DATA, DAY)
    assert [c.claim for c in checked] == claims
    assert [c.verdict for c in checked] == ["supported", "outdated", "contradicted"]
    assert checked[1].superseded_by is not None and checked[1].superseded_by.id == "nato"
    assert "true until" not in checked[1].message and "the reference says 32" in checked[1].message
    assert checked[2].message == "article: 40 members - reference: 32 (Registry, 2024-03-07)"


def test_time_references_and_labels_are_left_out() -> None:
    text = "NATO has 32 members in 2025 under Article 5."
    year = Period(date(2025, 1, 1), date(2025, 12, 31))
    count = at(text, "32 members", "count", 32.0, context="members", time=year, time_text="in")
    anchor = at(text, "2025", "year", "2025", time=year)
    label = at(text, "5", "number", 5.0)
    assert is_label(text, label) and not is_label(text, count)
    checked = check_claims(text, [count, anchor, label], DATA, DAY)
    assert [c.claim for c in checked] == [count]


def test_a_year_on_its_own_can_be_a_claim() -> None:
    text = "The alliance named 2032 its target year."
    year = Period(date(2032, 1, 1), date(2032, 12, 31))
    anchor = at(text, "2032", "year", "2032", time=year)
    (checked,) = check_claims(text, [anchor], DATA, DAY)
    assert checked.verdict == "contradicted" and checked.fact is not None


def test_bare_four_digit_numbers_are_years() -> None:
    text = "It dates from 2012, with 1500 staff."
    bare = at(text, "2012", "number", 2012.0)
    staff = at(text, "1500 staff", "count", 1500.0, context="staff")
    assert as_year(bare).kind == "year" and as_year(bare).value == "2012"
    assert as_year(staff) is staff


def test_year_claim_linked_to_a_year_fact_is_judged() -> None:
    text = "The alliance set 2032 as its target year."
    claim = at(text, "2032", "year", "2032", time=Period(date(2032, 1, 1), date(2032, 12, 31)))
    (checked,) = check_claims(text, [claim], DATA, DAY)
    assert checked.verdict == "contradicted" and "reference: 2035" in checked.message


def test_candidates_carry_signals_for_explain() -> None:
    text = "NATO has 32 members."
    claim = at(text, "32 members", "count", 32.0, context="members")
    (checked,) = check_claims(text, [claim], DATA, DAY)
    assert 0 < len(checked.candidates) <= 5 and checked.score >= THRESHOLD
    best = checked.candidates[0]
    assert best.fact.id == "nato" and {s.name for s in best.signals} == set(WEIGHTS)
    assert best.score == pytest.approx(sum(WEIGHTS[s.name] * s.score for s in best.signals))
    assert [c.fact.id for c in link_claim(claim, text, DATA, DAY)][0] == "nato"


def test_a_figure_about_no_subject_is_unverifiable_with_a_reason() -> None:
    text = "Spending has 32 members."
    claim = at(text, "32 members", "count", 32.0, context="members")
    (checked,) = check_claims(text, [claim], DATA, DAY)
    assert checked.verdict == "unverifiable" and checked.fact is None
    assert "no subject" in checked.message and checked.score == 0.0


def test_two_subjects_that_fit_equally_are_ambiguous() -> None:
    data = Facts(
        (fact("a", "Alpha", 10.0, aliases=("Hub",)), fact("b", "Beta", 20.0, aliases=("Hub",)))
    )
    text = "Hub has 10 members."
    claim = at(text, "10 members", "count", 10.0, context="members")
    (checked,) = check_claims(text, [claim], data, DAY)
    assert checked.verdict == "unverifiable"
    assert "ambiguous" in checked.message and " a " in checked.message and " b " in checked.message


def _quarter(text: str) -> Claim:
    return at(
        text, "a quarter", "fraction", 0.25, qualifier="approximate", context="of economic output"
    )


def test_contradicted_figure_that_echoes_a_statement_says_so() -> None:
    text = "The European Union produces a quarter of the economic output."
    (checked,) = check_claims(text, [_quarter(text)], DATA, DAY)
    assert checked.verdict == "contradicted"
    assert "matches what Mark Rutte said on 2025-12-26" in checked.message


def test_figure_attributed_to_its_speaker_is_not_a_contradiction() -> None:
    text = "Rutte said the European Union produces a quarter of the economic output."
    (checked,) = check_claims(text, [_quarter(text)], DATA, DAY)
    assert checked.verdict == "unverifiable" and checked.fact is not None
    assert "Mark Rutte said" in checked.message and "33.3% (about a third)" in checked.message


def test_statements_made_long_after_the_article_are_ignored() -> None:
    text = "Rutte said the European Union produces a quarter of the economic output."
    (checked,) = check_claims(text, [_quarter(text)], DATA, date(2025, 10, 1))
    assert "Rutte" not in checked.message


def test_dataset_index_is_built_once() -> None:
    assert index_for(DATA) is index_for(DATA)
    assert index_for(Facts(DATA.facts[:2])) is not index_for(DATA)


def test_a_time_from_another_clause_is_not_the_figures() -> None:
    from claimcheck.claimtimes import trusted_time
    from claimcheck.linkindex import index_for
    from claimcheck.textlayout import layout_text

    year = Period(date(2014, 1, 1), date(2014, 12, 31))
    aside = "The goal, which replaces the target agreed in 2014, is 3.5% for core defence."
    opening = "In 2014, NATO had 28 members."
    for text, figure, kept in ((aside, "3.5%", False), (opening, "28 members", True)):
        claim = at(text, figure, "percent", 3.5, time=year, time_text="in 2014")
        got = trusted_time(layout_text(text, index_for(DATA)), claim)
        assert (got.time is not None) is kept, text


WORDS = [
    "NATO",
    "the EU",
    "Germany",
    "has",
    "spends",
    "about",
    "32",
    "3.5%",
    "of GDP",
    "by 2029",
    "members",
    "in 2024",
    ",",
    ".",
    "\n",
    "a quarter",
    "€150bn",
    "Article 5",
    "on Thursday",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_any_text_gives_verdicts_in_order(words: list[str]) -> None:
    from claimcheck.extraction import extract_claims

    text = " ".join(words)
    claims = extract_claims(text, DAY)
    checked = check_claims(text, claims, DATA, DAY)
    order = [claims.index(c.claim) for c in checked]
    assert order == sorted(order)
    assert all(0.0 <= c.score <= 1.0 and c.message for c in checked)
