"""From linked candidates to a verdict a reader can trust, with the evidence in one line.

supported: the claim agrees with the current fact it links to. contradicted: it does not (the
message gives both figures and the source). outdated: it agrees with a value that had been
superseded on the article's date. unverifiable: nothing links well enough, two facts tie, or only
dated statements speak to it. Statements ("Rutte said ...") support a claim only as what was said.
"""

from __future__ import annotations

from datetime import date

from claimcheck.linking import THRESHOLD, TIE_EPSILON, Link
from claimcheck.model import TEMPORAL_KINDS, Candidate, CheckedClaim, Claim, Fact
from claimcheck.readings import (
    BOUNDS,
    CITES_ESTIMATE,
    SHOWN,
    agrees,
    attributed,
    bound_only,
    judge_statements,
    key_of,
    other_measure,
    other_subject,
    reread,
    sibling,
    signal_of,
)
from claimcheck.timeframes import is_estimate, is_forecast, time_word
from claimcheck.wording import cite, claim_words, fact_words, period_words, said

# How the message of a tie between two facts begins.
AMBIGUOUS = "ambiguous"


def judge(claim: Claim, link: Link, as_of: date) -> CheckedClaim:
    shown = link.candidates[:SHOWN]
    linked = [c for c in link.candidates if c.score >= THRESHOLD]
    if not linked:
        if link.candidates:
            best = link.candidates[0]
            why = f"best match {best.fact.id} scored {best.score:.2f}, below {THRESHOLD:.2f}"
            return CheckedClaim(claim, "unverifiable", None, best.score, why, shown)
        return CheckedClaim(claim, "unverifiable", None, 0.0, link.reason, shown)
    facts = [c for c in linked if c.fact.type == "fact"]
    statements = [c for c in linked if c.fact.type == "statement"]
    if facts:
        said = statements[0] if statements else None
        if (
            said
            and said.score > facts[0].score + TIE_EPSILON
            and agrees(claim, said.fact, link.lead)
        ):
            # "'Eighty percent ... come from non-EU allies,' Stoltenberg said": the words fit
            # what was said better than any fact, and the figure is what was said.
            return judge_statements(claim, statements, link, shown)
        return reread(_judge_facts(claim, facts, statements, link, as_of, shown), link)
    return judge_statements(claim, statements, link, shown)


def _same_value(a: Fact, b: Fact) -> bool:
    return (a.value, a.low, a.high, a.unit) == (b.value, b.low, b.high, b.unit)


def _judge_facts(
    claim: Claim,
    facts: list[Candidate],
    statements: list[Candidate],
    link: Link,
    as_of: date,
    shown: tuple[Candidate, ...],
) -> CheckedClaim:
    top = facts[0]
    tied = [c for c in facts if c.score >= top.score - TIE_EPSILON]
    rivals = [
        c for c in tied if key_of(c.fact) != key_of(top.fact) and not _same_value(c.fact, top.fact)
    ]
    if rivals:
        fitting = [c for c in tied if agrees(claim, c.fact, link.lead)]
        one_subject = len({c.fact.subject for c in tied}) == 1
        # One name standing for both subjects ("Brussels": the EU or NATO) stays ambiguous.
        named = {
            link.subjects[c.fact.subject].detail for c in tied if c.fact.subject in link.subjects
        }
        if (one_subject or len(named) > 1) and len({key_of(c.fact) for c in fitting}) == 1:
            # Two facts fit the words equally ("the 5% target": total or core?; "Poland, at
            # 4.48%, spends more than the United States") and the figure is the value of exactly
            # one: that one, naming the other.
            top = fitting[0]
            if signal_of(top, "period") < 0.6 and _wrong_deadline(claim, top):
                # "5% by 2032" where the target is 5% by 2035: the figure fits, the year not.
                return _contradicted(claim, top, statements, link, shown, deadline=True)
            others = [c for c in tied if key_of(c.fact) != key_of(top.fact)]
            also = f"; also close: {others[0].fact.id} ({fact_words(others[0].fact)})"
            msg = f"reference: {fact_words(top.fact, claim)} ({cite(top.fact)}){also}"
            return CheckedClaim(claim, "supported", top.fact, top.score, msg, shown)
        doubt = other_subject(claim, top.fact, link)
        # Not for times: a year that fits none of a subject's dated events may date another one.
        quantity = claim.kind not in TEMPORAL_KINDS
        if (
            one_subject
            and not fitting
            and not doubt
            and quantity
            and _all_current(claim, tied, link.lead)
        ):
            # "a 4% target for 2035" where the targets are 5% and 3.5%: it is none of them,
            # unless it was one of them before ("NATO's target is 2%").
            keys = {key_of(c.fact) for c in tied}
            old = [
                c
                for c in facts
                if key_of(c.fact) in keys
                and signal_of(c, "validity") < 1.0
                and agrees(claim, c.fact, link.lead)
            ]
            if old:
                return _outdated(claim, old[0], top.fact, as_of, shown)
            return _contradicted(claim, top, statements, link, shown, others=tied[1:])
        other = rivals[0]
        why = (
            f"{AMBIGUOUS}: {top.fact.id} ({fact_words(top.fact)}) or "
            f"{other.fact.id} ({fact_words(other.fact)}) fit equally well"
        )
        return CheckedClaim(claim, "unverifiable", None, top.score, why, shown)
    group = [c for c in facts if key_of(c.fact) == key_of(top.fact)]
    doubt = other_subject(claim, top.fact, link)
    current = [
        c for c in group if signal_of(c, "validity") == 1.0 and signal_of(c, "period") >= 0.6
    ]
    earlier = [c for c in group if c not in current and signal_of(c, "period") >= 0.4]
    lead = link.lead

    def agreeing(cands: list[Candidate]) -> list[Candidate]:
        return [c for c in cands if agrees(claim, c.fact, lead)]

    if doubt:
        return CheckedClaim(claim, "unverifiable", None, top.score, doubt, shown)
    if current:
        ok = agreeing(current)
        if ok:
            best = ok[0]
            msg = f"reference: {fact_words(best.fact, claim)} ({cite(best.fact)})"
            if bound_only(best.fact) and claim.qualifier not in BOUNDS:
                # "20 allies" against "at most 21": consistent, but the data cannot confirm it.
                why = f"consistent with the reference's bound, which cannot confirm it: {msg}"
                return CheckedClaim(claim, "unverifiable", best.fact, best.score, why, shown)
            return CheckedClaim(claim, "supported", best.fact, best.score, msg, shown)
        ref = current[0]
        if all(agrees(claim, c.fact, lead) is None for c in current):
            why = f"cannot compare with {ref.fact.id} ({fact_words(ref.fact)})"
            return CheckedClaim(claim, "unverifiable", None, ref.score, why, shown)
        old = agreeing(earlier)
        if old:
            return _outdated(claim, old[0], ref.fact, as_of, shown)
        values = {(c.fact.value, c.fact.low, c.fact.high) for c in current}
        events = claim.kind in ("year", "date") and key_of(ref.fact) in link.multi_valued
        if len(values) > 1 or events:
            # Several values hold at once (summits, one per year): a figure matching none of
            # them may be one the dataset does not list.
            listed = "; ".join(sorted({fact_words(c.fact) for c in current})[:4])
            why = f"none of the current values of {ref.fact.property} ({listed}) matches"
            return CheckedClaim(claim, "unverifiable", None, ref.score, why, shown)
        # Any fact candidate, linked or not: a figure that is the value of a property its own
        # words name is not refuted by another the sentence fits a little better.
        fits_other = sibling(
            claim, ref, [c for c in link.candidates if c.fact.type == "fact"], link
        )
        if fits_other is not None:
            return fits_other
        basis = other_measure(claim, ref.fact, link)
        if basis is not None:
            why = f"matches {basis.property}: {fact_words(basis, claim)} ({cite(basis)}), not "
            why += f"{ref.fact.property}: {fact_words(ref.fact, claim)}; the text names neither"
            return CheckedClaim(claim, "unverifiable", None, ref.score, why, shown)
        if (
            link.future
            and is_estimate(ref.fact)
            and not is_forecast(ref.fact)
            and not CITES_ESTIMATE.search(link.sentence)
        ):
            # "Germany plans to spend 2% this year" against NATO's estimate of 2.4% for it: the
            # estimate confirms a plan that matches it, but a plan may change before the year ends.
            why = f"a plan for a period the reference only estimates: {fact_words(ref.fact)}"
            return CheckedClaim(
                claim, "unverifiable", None, ref.score, f"{why} ({cite(ref.fact)})", shown
            )
        return _contradicted(claim, ref, statements, link, shown)
    deadline = [c for c in group if _wrong_deadline(claim, c)]
    if deadline and agrees(claim, deadline[0].fact, lead):
        return _contradicted(claim, deadline[0], statements, link, shown, deadline=True)
    old = agreeing(earlier)
    if old and claim.time is not None and old[0].fact.period is not None:
        # "more than $500bn in 2024" against June 2024's estimate for 2024, revised since to a
        # figure the dataset lacks: the revision may or may not agree, so nothing is outdated.
        fact = old[0].fact
        why = f"matches {fact_words(fact, claim)} ({cite(fact)}), an estimate revised on "
        why += f"{fact.valid_until or '?'} to a figure the dataset does not have"
        return CheckedClaim(claim, "unverifiable", None, old[0].score, why, shown)
    if old:
        return _outdated(claim, old[0], None, as_of, shown)
    periods = sorted({fact_words(c.fact) for c in group})
    why = f"no reference figure for the claim's period (the dataset has {'; '.join(periods[:4])})"
    return CheckedClaim(claim, "unverifiable", None, top.score, why, shown)


def _all_current(claim: Claim, tied: list[Candidate], lead: str) -> bool:
    """Every tied fact holds now, for the claim's period, and can be compared with the figure."""
    return all(
        signal_of(c, "validity") == 1.0
        and signal_of(c, "period") >= 0.6
        and agrees(claim, c.fact, lead) is False
        for c in tied
    )


def _wrong_deadline(claim: Claim, candidate: Candidate) -> bool:
    """A target fact, and a claim that states a deadline of its own for it."""
    return candidate.fact.period_type == "deadline" and time_word(claim) in (
        "by",
        "until",
        "before",
        "in",
    )


def _contradicted(
    claim: Claim,
    ref: Candidate,
    statements: list[Candidate],
    link: Link,
    shown: tuple[Candidate, ...],
    deadline: bool = False,
    others: list[Candidate] | None = None,
) -> CheckedClaim:
    reference = f"{fact_words(ref.fact, claim)} ({cite(ref.fact)})"
    for other in (others or [])[:2]:
        reference += f"; {other.fact.property}: {fact_words(other.fact, claim)}"
    msg = f"article: {claim_words(claim)} - reference: {reference}"
    if deadline:
        msg += "; the figure is right but the deadline is not"
    echoes = [s for s in statements if agrees(claim, s.fact, link.lead)]
    quoted = [s for s in echoes if attributed(s.fact, link)]
    elsewhere = [f for f in link.also_fits if key_of(f) != key_of(ref.fact)]
    if elsewhere and not deadline:
        # "the guideline set at the Wales summit in 2014": the year is the summit's, which a
        # single word of the data names, not the wrong target year.
        fits = elsewhere[0]
        msg = f"the figure fits {fits.id} ({fact_words(fits)}) better than {reference}"
        return CheckedClaim(claim, "unverifiable", None, ref.score, msg, shown)
    if quoted:
        # The article reports accurately what was said; the reader needs the data, not a block.
        msg = (
            f"the article reports {said(quoted[0].fact)} (not an established fact); "
            f"the reference gives {reference}"
        )
        return CheckedClaim(claim, "unverifiable", ref.fact, ref.score, msg, shown)
    if echoes:
        msg += f"; the article's figure matches {said(echoes[0].fact)} (not an established fact)"
    return CheckedClaim(claim, "contradicted", ref.fact, ref.score, msg, shown)


def _outdated(
    claim: Claim,
    old: Candidate,
    current: Fact | None,
    as_of: date,
    shown: tuple[Candidate, ...],
) -> CheckedClaim:
    fact = old.fact
    since = fact.valid_from.isoformat() if fact.valid_from else "?"
    until = fact.valid_until.isoformat() if fact.valid_until else None
    if until is not None:
        when = f"true from {since} until {until}"
    else:
        when = f"true {period_words(fact) or 'earlier'}"
    msg = f"{claim_words(claim)}: {when}"
    if current is not None:
        msg += f"; on {as_of.isoformat()} the reference says {fact_words(current, claim)}"
        msg += f" ({cite(current)})"
    else:
        msg += f" ({cite(fact)}); the dataset has no current figure"
    return CheckedClaim(claim, "outdated", fact, old.score, msg, shown, superseded_by=current)
