"""How the article's wording bears on a verdict: bounds that state a threshold, a figure that
names an earlier target, history told as history, what a quoted speaker said, a figure that is
another property's value or the same quantity on another basis, a likelier subject, plans
given as the published estimates, and contradictions the wording makes unfair (suppositions,
nominal beside real growth, thresholds that sort a counted group).

Used by ``verdicts``; pure functions over the linker's ``Link``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.comparison import agrees as compare
from claimcheck.comparison import anchor_agrees, year_bound
from claimcheck.linking import MIN_SUBJECT, Link
from claimcheck.model import TEMPORAL_KINDS, Candidate, CheckedClaim, Claim, Fact
from claimcheck.wording import cite, fact_words, said


def agrees(claim: Claim, fact: Fact, lead: str = "") -> bool | None:
    """comparison.agrees, except that a time word the fact's own wording uses is no bound: in
    "the first time since 1990" against "first year at 2% since: 1992" the year is a point."""
    word = (claim.time_text or "").strip().lower()
    if claim.kind == "year" and word and any(word in k.lower().split() for k in fact.keywords):
        claim = replace(claim, qualifier=None)
        lead = ""
    if claim.qualifier in BOUNDS and _THRESHOLD.search(fact.property):
        # "spending above 1% of GDP is exempt": the bound states the threshold itself.
        claim = replace(claim, qualifier=None)
        lead = ""
    return compare(claim, fact, lead)


def bound_only(fact: Fact) -> bool:
    """A fact that gives only one end ("<= 21 allies")."""
    return (fact.low is None) != (fact.high is None)


BOUNDS = frozenset({"more_than", "less_than", "at_least", "at_most"})
# How many candidates a verdict shows.
SHOWN = 5
_THRESHOLD = re.compile(
    r"\b(?:threshold|limit|ceiling|cap|floor|minimum|maximum)s?\b", re.IGNORECASE
)


def reread(checked: CheckedClaim, link: Link) -> CheckedClaim:
    """An "outdated" verdict the wording undoes: a figure naming an earlier target ("reach the
    2% guideline"), or an earlier value told as history up to the event that changed it."""
    if checked.verdict != "outdated":
        return checked
    if link.names_target:
        msg = f"names an earlier target: {checked.message}"
        return replace(checked, verdict="supported", message=msg, superseded_by=None)
    history = _PAST.search(link.sentence) and _THEN.search(link.sentence)
    event = ending_event(checked.fact, link) if history else None
    if event is not None:
        # "Before Finland joined, 21 EU members were also allies": told as history, up to an
        # event the sentence names and the data date to the day the value changed.
        msg = f"true before {event.subject}'s {event.property}: {checked.message}"
        return replace(checked, verdict="supported", message=msg, superseded_by=None)
    return checked


_PAST = re.compile(r"\b(?:was|were|had|stood|numbered|counted|totall?ed)\b", re.IGNORECASE)
_THEN = re.compile(
    r"\b(?:before|until|till|prior to|at the time|at that time|back then|previously|formerly|"
    r"in those days|used to)\b",
    re.IGNORECASE,
)


def ending_event(fact: Fact | None, link: Link) -> Fact | None:
    """A dated event of a subject the sentence names, on the day ``fact`` stopped being true."""
    if fact is None or fact.valid_until is None:
        return None
    day = fact.valid_until.isoformat()
    for subject, signal in link.subjects.items():
        if signal.score < MIN_SUBJECT:
            continue
        for other in link.facts_of.get(subject, ()):
            if isinstance(other.value, str) and other.value.startswith(day):
                return other
    return None


_SPEECH = re.compile(
    r"\b(said|says|say|noted|told|tells|added|argued|warned|stressed|pointed out|according to|"
    r"cautioned|claimed|claims|stated|explained|insisted|estimated|reckoned)\b|[\"“”]",
    re.IGNORECASE,
)


def attributed(statement: Fact, link: Link) -> bool:
    """Does the article put the figure in the speaker's mouth ("..., Rutte noted")?"""
    if not statement.speaker:
        return False
    main = re.sub(r"\(.*?\)", "", statement.speaker).strip()
    names = {main, main.split()[-1]} if main else set()
    names |= set(re.findall(r"\(([A-Z]{2,})\)", statement.speaker))

    def named(text: str) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names if n)

    if named(link.sentence):
        return True
    return bool(_SPEECH.search(link.sentence)) and named(link.before)


def judge_statements(
    claim: Claim, statements: list[Candidate], link: Link, shown: tuple[Candidate, ...]
) -> CheckedClaim:
    bounded = claim.kind in ("year", "date") and year_bound(claim, link.lead) is not None

    def matches(c: Candidate) -> bool | None:
        return anchor_agrees(claim, c.fact) if bounded else agrees(claim, c.fact, link.lead)

    # The statement of whoever the article quotes first ("Rutte warned ... within five years").
    ok = sorted((c for c in statements if matches(c)), key=lambda c: not attributed(c.fact, link))
    others = [c for c in statements if c not in ok]
    listing = "; ".join(f"{fact_words(c.fact)} ({_who(c.fact)})" for c in others[:4])
    if ok:
        best = ok[0]
        msg = f"matches {said(best.fact)} (not an established fact)"
        if listing:
            msg += f"; other dated statements: {listing}"
        return CheckedClaim(claim, "supported", best.fact, best.score, msg, shown)
    msg = f"no established fact; dated statements give {listing}"
    return CheckedClaim(claim, "unverifiable", None, statements[0].score, msg, shown)


def _who(fact: Fact) -> str:
    when = fact.stated_on.isoformat() if fact.stated_on else "undated"
    return f"{fact.speaker or fact.subject}, {when}"


_MEASURE = re.compile(r"\s*\([^()]*\)\s*$")


def other_measure(claim: Claim, ref: Fact, link: Link) -> Fact | None:
    """The same quantity of the same subject and period on another basis ("defence spending
    (constant 2021 prices)" beside "(current prices)") that the figure agrees with: the text
    does not say which basis it means, so the one it misses does not refute it."""
    base = _MEASURE.sub("", ref.property)
    if base == ref.property:
        return None
    for other in link.facts_of.get(ref.subject, ()):
        if other.property == ref.property or _MEASURE.sub("", other.property) != base:
            continue
        if other.period != ref.period or other.valid_until is not None:
            continue
        if agrees(claim, other, link.lead):
            return other
    return None


# "Latvia is set to reach 3.73% and Estonia 3.6%, the figures show": the plan is the estimate.
CITES_ESTIMATE = re.compile(
    r"\b(?:figures|estimates|data|numbers)\s+(?:\w+\s+)?(?:show|shows|showed|suggest|suggests)\b"
    r"|\baccording to\b[^.;]*\b(?:estimates?|figures|data)\b"
    # "Riga is expected at 3.73%": an estimate of a level, where "expects to spend" is a plan.
    r"|\b(?:expected|estimated|projected|forecast|seen|put)\s+at\b",
    re.IGNORECASE,
)


def sibling(
    claim: Claim, ref: Candidate, facts: list[Candidate], link: Link
) -> CheckedClaim | None:
    """A figure that is the value of another current property of the same subject, which the
    words fit well enough too, is not contradicted by the one they fit best: "5% of GDP by 2035,
    split into 3.5% for core defence and 1.5% for related spending" names all three targets, and
    the sentence's words serve each figure. Supported when that property's own words stand next
    to the figure; otherwise the reader is told which two facts the figure falls between. Not
    for a bound ("above 2%"), which many values satisfy."""
    if claim.qualifier in BOUNDS:
        return None
    shown = link.candidates[:SHOWN]
    for cand in facts:
        fact = cand.fact
        if fact.subject != ref.fact.subject or key_of(fact) == key_of(ref.fact):
            continue
        if signal_of(cand, "validity") < 1.0 or signal_of(cand, "period") < 0.6:
            continue
        if agrees(claim, fact, link.lead) is not True:
            continue
        words = f"{fact_words(fact, claim)} ({cite(fact)})"
        near = next((s.detail for s in cand.signals if s.name == "property"), "")
        if "next to the figure" in near:
            msg = f"reference: {words}; the sentence's words fit {ref.fact.id} as well"
            return CheckedClaim(claim, "supported", fact, cand.score, msg, shown)
        why = (
            f"the figure is {fact.property} ({words}), not {ref.fact.property} "
            f"({fact_words(ref.fact, claim)}), which the words fit slightly better"
        )
        return CheckedClaim(claim, "unverifiable", None, ref.score, why, shown)
    for fact in link.facts_of.get(ref.fact.subject, ()):
        # The words did not name it, but a target of the same subject, unit and deadline holds
        # exactly this value ("the allies signed up to 5% by 2035" where "up to" pulled 1.5%).
        if fact.type != "fact" or key_of(fact) == key_of(ref.fact) or fact.unit != ref.fact.unit:
            continue
        if fact.valid_until is not None or fact.period != ref.fact.period:
            continue
        if agrees(claim, fact, link.lead) is True:
            why = (
                f"the figure is {fact.property} ({fact_words(fact, claim)}, {cite(fact)}), "
                f"not {ref.fact.property} ({fact_words(ref.fact, claim)})"
            )
            return CheckedClaim(claim, "unverifiable", None, ref.score, why, shown)
    return None


# A fact about a subject the figure is less likely about than another, when the dataset has facts
# of the same kind about that other one, neither supports nor flags the figure: "Finland, which
# joined NATO ..., will spend 3%" is not about a NATO target.
SUBJECT_MARGIN = 0.05


def other_subject(claim: Claim, fact: Fact, link: Link) -> str:
    """Why not to flag: a likelier subject than the fact's; "" when the fact's is the likeliest."""
    if not link.subjects or fact.subject not in link.subjects:
        return ""
    best = max(link.subjects, key=lambda s: link.subjects[s].score)
    if link.subjects[fact.subject].score >= link.subjects[best].score - SUBJECT_MARGIN:
        return ""
    if not any(c.fact.subject == best for c in link.candidates):
        if claim.kind in TEMPORAL_KINDS or agrees(claim, fact, link.lead):
            # The likelier name has no fact of this kind at all ("Finland joined NATO in April
            # 2023": NATO is named, but accession dates are Finland's), or the figure is exactly
            # the other name's ("Weber was re-elected president of the EPP with 502 votes").
            return ""
        # "with the United States accounting for 61.7% of the total": a quantity is the likelier
        # name's even when the data have nothing on it; the other name's figure is no measure.
        return (
            f"the figure is more likely about {best} than {fact.subject}, and the dataset has no "
            f"fact about {best} that fits its words (nearest: {fact.id}, {fact_words(fact)})"
        )
    return (
        f"the figure is more likely about {best} than {fact.subject}, and no fact about {best} "
        f"fits it (nearest: {fact.id}, {fact_words(fact)})"
    )


def signal_of(candidate: Candidate, name: str) -> float:
    return next((s.score for s in candidate.signals if s.name == name), 0.0)


def key_of(fact: Fact) -> tuple[str, str]:
    return fact.subject, fact.property


_COUNTED_GROUP = re.compile(
    r"(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|"
    r"few|many|most|all|only|some))\s+(?:[\w-]+\s+){0,2}?(?:allies|members|member states|"
    r"countries|nations|states|governments)\b[^.;:]*\Z",
    re.IGNORECASE,
)


# "If Germany spent 5% of GDP, ...": the if-clause's figures are supposed, not asserted.
_SUPPOSED = re.compile(r"\b(?:if|unless|suppose|supposing|were\s+to)\b[^,;.]*\Z", re.IGNORECASE)
# A reference in real terms refutes only a figure the text gives in real terms too.
_REAL = re.compile(r"\b(?:real|constant)\b", re.IGNORECASE)
_SAYS_REAL = re.compile(r"\b(?:real|inflation|constant|adjusted)\b", re.IGNORECASE)


def not_refutable(text: str, claim: Claim, sentence: tuple[int, int], checked: CheckedClaim) -> str:
    """Why a contradiction would be unfair to the figure, or ""."""
    fact = checked.fact
    if fact is None:
        return ""
    if _SUPPOSED.search(text, sentence[0], claim.start):
        return f"a supposition ('if ...'), not a claim ({checked.message})"
    if _REAL.search(fact.property) and not _SAYS_REAL.search(text, sentence[0], sentence[1]):
        # A growth the text does not call real may be nominal: within a few points of inflation
        # ("rose 18%" beside a real 18.6%) it is not refuted; far from it, it still is.
        said, real = claim.value, fact.value
        if (
            isinstance(said, float | int)
            and isinstance(real, float | int)
            and abs(said - real) <= 5
        ):
            return (
                f"the reference is {fact.property}, the text's may be nominal ({checked.message})"
            )
    return ""


def carried_far(checked: CheckedClaim) -> bool:
    return any(
        c.fact is checked.fact and s.name == "subject" and s.detail.endswith("paragraph before")
        for c in checked.candidates
        for s in c.signals
    )


def is_threshold_of_count(text: str, claim: Claim, sentence: tuple[int, int]) -> bool:
    """A bound after a count of members in the sentence ("three allies are above 3.5%")."""
    bound = claim.qualifier in ("more_than", "less_than", "at_least", "at_most")
    return bound and bool(_COUNTED_GROUP.search(text, sentence[0], claim.start))
