"""Which facts a claim may be about: candidates scored by subject, property, unit, period, validity.

Each signal is in [0, 1] and kept for ``--explain``. Unit compatibility is a hard filter, and a
candidate must name a subject and match the property's keywords at least weakly (more strongly for
plain numbers and years, which are everywhere in news text). The weighted sum ranks candidates;
below ``THRESHOLD`` a claim is unverifiable rather than forced onto the nearest fact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from claimcheck.comparison import agrees
from claimcheck.context import TITLE_CARRIED, subject_scores
from claimcheck.dimensions import claim_dimension, dimensions_compatible
from claimcheck.evidence import evidence_is_thin, property_signal
from claimcheck.goals import (
    TARGET_NOUN,
    TARGET_WORD,
    is_goal,
    is_target,
    names_rule,
    own_words,
    without_value,
)
from claimcheck.linkcues import ELIDED, OF_THAT, UP_FROM, after_question, line_label
from claimcheck.linkindex import DatasetIndex, FactSource, index_for, normalise
from claimcheck.model import TEMPORAL_KINDS, Candidate, Claim, Fact, Signal
from claimcheck.surroundings import (
    counted_noun,
    is_change,
    is_elliptical,
    is_partitive_whole,
    names_a_part,
    noun_fits,
    share_whole,
    whole_fits,
    window_words,
)
from claimcheck.textlayout import (
    TextLayout,
    claim_sentence,
    clause_span,
    layout_text,
    paragraphs_back,
)
from claimcheck.timeframes import (
    period_signal,
    prefer_latest,
    speaks_of_future,
    validity_signal,
)

WEIGHTS = {"subject": 0.35, "property": 0.35, "unit": 0.10, "period": 0.10, "validity": 0.10}
# Tuned on tests/verify/cases/phrasings.yaml and the bench corpus: the right fact scores 0.78 at
# the lowest (a carried subject, or a target with the wrong deadline), usually 0.85-0.97; the
# wrong links seen on the corpus (a generic keyword such as "plan" and a carried subject) scored
# 0.70-0.74. 0.75 sits between the two.
THRESHOLD = 0.75
# Two facts within this score of each other, with different values, are reported as ambiguous.
TIE_EPSILON = 0.015
MIN_SUBJECT = 0.4
MIN_PROPERTY = {"number": 0.85, "year": 0.8, "date": 0.8}
MIN_PROPERTY_DEFAULT = 0.5
# How many short paragraphs back a figure that opens its paragraph, naming nothing it measures,
# takes its words from.
BORROWED_PARAGRAPHS = 3


@dataclass(frozen=True)
class Link:
    """Everything the linker learnt about one claim."""

    candidates: tuple[Candidate, ...]  # every fact past the hard filters, best first
    subjects: dict[str, Signal]
    reason: str  # why nothing links, when nothing does
    lead: str  # the clause's words before the figure (hedges, "as early as")
    multi_valued: frozenset[tuple[str, str]] = frozenset()
    # The paragraph up to the end of the claim's sentence, and the sentence: who is speaking.
    before: str = ""
    sentence: str = ""
    # For times: facts of the named subjects, with some word of theirs near the figure, that the
    # figure agrees with ("the Wales summit in 2014" when "goal" links the year to 2035).
    also_fits: tuple[Fact, ...] = ()
    # The figure names a target ("the 5% goal", "the 2% guideline") rather than measuring.
    names_target: bool = False
    # The sentence speaks of a plan or an expectation up to the figure ("will spend", "plans to").
    future: bool = False
    # Every subject's facts (the index's own mapping), for events named in the sentence.
    facts_of: Mapping[str, tuple[Fact, ...]] = field(default_factory=dict)


def link_claim(claim: Claim, text: str, dataset: FactSource, as_of: date) -> list[Candidate]:
    """The facts ``claim`` may be about, best first (scores below ``THRESHOLD`` included)."""
    index = index_for(dataset)
    return list(link(claim, layout_text(text, index), index, as_of).candidates)


def link(claim: Claim, layout: TextLayout, index: DatasetIndex, as_of: date) -> Link:
    sentence = claim_sentence(layout, claim)
    clause = clause_span(layout, claim, sentence)
    text = layout.text
    lead = text[clause[0] : claim.start]
    subjects = subject_scores(layout, claim, index, sentence)
    para = layout.paragraph_start(sentence[0])
    before, said = text[para : sentence[1]], text[sentence[0] : sentence[1]]
    if not subjects:
        why = "no subject from the dataset is named near the figure"
        return Link((), subjects, why, lead, frozenset(), before, said)
    dim = claim_dimension(claim)
    # The unit filter first: it is cheap, and most figures meet no fact of their kind.
    pool = [
        (subject_signal, fact)
        for subject, subject_signal in subjects.items()
        if subject_signal.score >= MIN_SUBJECT
        for fact_dim, facts in index.by_subject_dim.get(subject, {}).items()
        if dimensions_compatible(dim, fact_dim)
        for fact in facts
    ]
    if not pool:
        named = ", ".join(sorted(subjects, key=lambda s: -subjects[s].score)[:3])
        why = f"no {_dim_words(dim)} fact about {named} in the dataset"
        return Link((), subjects, why, lead, frozenset(), before, said)
    window = window_words(text, clause, claim)
    label = line_label(text, sentence[0], claim.start)
    if label and label.start(1) < clause[0]:
        # "- Founded: 4 April 1949 by 12 countries": a fact box's label names what its value
        # measures, however many clauses the value runs to.
        window = f"{normalise(label.group(1))} {window}"
    # A year or date is judged only on the words of its own clause; elsewhere in the sentence
    # they describe the sentence's other figures. The figure itself is never evidence: a "5%"
    # keyword must not match the 5% being checked.
    # "The loans are one strand of an 800 billion euro package": the words before are the part's.
    opening = claim.start if names_a_part(text, claim) else sentence[0]
    sentence_norm = normalise(text[opening : claim.start] + " | " + text[claim.end : sentence[1]])
    # Years, dates and bare numbers ("23 are now NATO allies") need their evidence close by.
    near_only = claim.kind in TEMPORAL_KINDS or claim.kind == "number"
    near_only = near_only or is_partitive_whole(text, claim)
    evidence_sentence = "" if near_only else sentence_norm
    min_property = MIN_PROPERTY.get(dim, MIN_PROPERTY_DEFAULT)
    if claim.kind == "duration":
        # "for five years" is everywhere; a span of time needs two words of the fact near it.
        min_property = MIN_PROPERTY["number"]
    # "rose by 0.6%" is a change, "0.6% of GDP" a level: never compare one with the other.
    change = dim != "pp" and is_change(lead, text[claim.end : clause[1]], claim.text)
    # Plans and demands are read up to the figure: "spent 2.1% in 2024 and will spend 2.4%".
    future = speaks_of_future(text[sentence[0] : claim.start], lead)
    targets_named = False
    level_before = "from" in lead and bool(UP_FROM.search(lead))
    # What a count counts ("32 delegates") must be what the fact counts ("member states").
    noun = counted_noun(claim, text)
    whole = share_whole(claim, text)
    # "the 5% goal is out of reach for Spain": the figure is the goal's, never Spain's spending.
    names_target = claim.kind != "count" and bool(TARGET_NOUN.match(text, claim.end))
    # A target or a plan is what a figure is compared with only when the sentence speaks of one.
    if OF_THAT.match(said) and sentence[0] > para:
        # "Leaders agreed to spend 5% by 2035. Of that, 3.5% is meant for ...": a part of what
        # the sentence before planned or set as a goal.
        future = future or speaks_of_future(text[para : sentence[0]])
        targets_named = future or bool(TARGET_WORD.search(text, para, sentence[0]))
    targets_named = targets_named or future or names_target or bool(TARGET_WORD.search(said))
    # "SAFE" and "GDP" are evidence where the sentence writes them so, never "safe" or "gdp".
    unwritten = index.unwritten_keywords(said)
    # A figure whose clause names nothing it measures takes its words from the paragraph before.
    earlier = ""
    bare = claim.kind not in TEMPORAL_KINDS and claim.kind not in ("number", "duration")
    # "Last year 23 allies did": the verb phrase is the sentence before's.
    elided = claim.kind == "count" and bool(ELIDED.match(text, claim.end))
    # An answer takes its words from the question before it ("Q: How much does the alliance
    # spend in total? // A: About $1.59 trillion this year").
    asked = para
    if bare and after_question(text, para):
        asked = layout.paragraph_start(para - 1)
    if bare and (elided or is_elliptical(window, index.alias_words)):
        # A short paragraph goes on from the ones before it ("**Latvia.** Riga is expected at
        # 3.73%" under "Warsaw tops the table at 4.48% of GDP"): a roundup, a paragraph a country.
        asked = paragraphs_back(layout, asked, BORROWED_PARAGRAPHS)
        if sentence[0] > asked:
            earlier = normalise(text[asked : sentence[0]])
            unwritten = index.unwritten_keywords(text[asked : sentence[1]])
    raw: list[tuple[Fact, list[Signal]]] = []
    memo: dict[tuple[int, str], Signal] = {}
    fits: dict[int, bool] = {}
    compatible_seen = False
    also_fits: list[Fact] = []
    for subject_signal, fact in pool:
        if dim != "pp" and change != index.is_change(fact):
            continue
        compatible_seen = True
        if names_target and not is_target(fact):
            continue
        if not targets_named and is_goal(fact):
            continue  # "23% of NATO's defence spending comes from ...": no target is spoken of
        if level_before and is_goal(fact):
            continue  # "agreed to spend 3.5% by 2035, up from 1.0 per cent in 2014": a level
        keywords = index.keywords_of(fact)
        if claim.kind not in TEMPORAL_KINDS and isinstance(fact.value, float):
            # "five per cent" as a keyword names the fact by its value: in the sentence of
            # another figure ("5% in all: 3.5% core and 1.5% related") it is that figure's.
            keywords = without_value(keywords, fact.value)
        if noun:
            if id(keywords) not in fits:
                fits[id(keywords)] = _noun_fits(noun, keywords, index.alias_words)
            if not fits[id(keywords)]:
                continue
        if whole and not whole_fits(whole, fact.property, index.one_word_names):
            continue
        # Words borrowed from earlier sentences never make a goal of a figure ("up from 1% in
        # 2014" after a sentence about a plan is no plan).
        borrowed = "" if earlier and is_goal(fact) else earlier
        if subject_signal.detail == TITLE_CARRIED and layout.title_words:
            # The subject comes from the title alone ("Allies weigh the cost of the Hague
            # pledge"): so may what the figure measures ("describe it as a 4% target").
            borrowed = f"{borrowed} | {layout.title_words}"
        slot = (id(keywords), borrowed)
        prop = memo.get(slot)
        if prop is None:
            prop = property_signal(
                keywords, window, evidence_sentence, index.specificity, unwritten, borrowed
            )
            memo[slot] = prop
        if prop.score < min_property or (claim.kind in TEMPORAL_KINDS and evidence_is_thin(prop)):
            if claim.kind in TEMPORAL_KINDS and prop.score > 0 and agrees(claim, fact, lead):
                also_fits.append(fact)
            continue
        if names_rule(fact.property) and not own_words(prop, index.specificity):
            continue  # a threshold needs its own words ("above", "exempt"), not just "of GDP"
        validity = validity_signal(claim, fact, as_of)
        if validity is None:
            continue
        unit = Signal("unit", 1.0, f"{dim} ~ {fact.unit}")
        period = period_signal(claim, fact, as_of, future)
        raw.append((fact, [subject_signal, prop, unit, period, validity]))
    if claim.time is None and claim.kind not in TEMPORAL_KINDS:
        prefer_latest(raw, as_of)
    candidates = sorted(
        (Candidate(f, _score(sig), tuple(sig)) for f, sig in raw), key=lambda c: -c.score
    )
    reason = ""
    if not candidates:
        named = ", ".join(sorted(subjects, key=lambda s: -subjects[s].score)[:3])
        if not compatible_seen:
            reason = f"no {_dim_words(dim)} fact about {named} in the dataset"
        else:
            reason = f"no fact about {named} matches the words around the figure ('{window}')"
    return Link(
        tuple(candidates),
        subjects,
        reason,
        lead,
        index.multi_valued,
        before,
        said,
        tuple(also_fits),
        names_target,
        future,
        index.by_subject,
    )


def _noun_fits(noun: str, keywords: tuple[str, ...], names: frozenset[str]) -> bool:
    """noun_fits, remembered across claims: the same nouns ("allies") meet the same lists."""
    key = (noun, id(keywords), id(names))
    entry = _FITS.get(key)
    if entry is not None and entry[0] is keywords and entry[1] is names:
        return entry[2]
    fits = noun_fits(noun, keywords, names)
    if len(_FITS) > 8192:
        _FITS.clear()
    _FITS[key] = (keywords, names, fits)
    return fits


_FITS: dict[tuple[str, int, int], tuple[tuple[str, ...], frozenset[str], bool]] = {}


def _score(signals: Sequence[Signal]) -> float:
    return round(sum(WEIGHTS[s.name] * s.score for s in signals), 4)


def _dim_words(dim: str) -> str:
    words = re.sub(r"^money:", "money in ", dim).replace("pp", "percentage-point")
    return re.sub(r"^(other|free):", "", words)
