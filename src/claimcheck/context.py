"""Which subjects a figure may be about, from the names near it and the text around it.

Subjects come only from the dataset's aliases. A subject named in the figure's own clause counts
most; otherwise subjects are carried from the earlier sentences of the paragraph, then from the
section heading, the headline, the front matter's title and the dateline ("BERLIN (dpa)").
Where a figure stands (its sentence, clause and paragraph) is textlayout's.
"""

from __future__ import annotations

import re

from claimcheck.linkindex import DatasetIndex
from claimcheck.model import Claim, Signal
from claimcheck.names import (
    composites,
    is_antecedent,
    is_source,
    owns_another,
    unknown_names,
)
from claimcheck.references import partitive_parts, refer_back
from claimcheck.surroundings import names_a_part
from claimcheck.textlayout import CLAUSE_MARK, AliasHit, TextLayout, clause_span

_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;()]*,|\([^()]*\)|\s[–—]\s[^–—]*\s[–—]\s")
_NEXT_FIGURE = re.compile(r"[^\w,;:]*(?:\w+[^\w,;:]+){0,2}?\d")
_QUANTITY = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d")
_LINKS = (" in ", " of ", " for ", " under ", " from ", " the ")
# A name a figure owns: "150 billion euros in SAFE loans", "4.48% for Poland".
_OWNED = re.compile(
    r"(?:(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d[\d.,]*\s*(?:%|per\s?cent)?|\b(?:billion|million|"
    r"trillion|euros?|dollars|pounds|per\s?cent)\b)\s+(?:in|of|for|under|from)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
TITLE_CARRIED = "carried from the title"
_WHOLE = re.compile(r"\s+(?:\w+\s+){0,2}?of\s+(?:the\s+)?\Z")
_NEGATED = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:(?:yet|even|a|an|the|part\s+of|members?\s+of|among)\s+)*\Z",
    re.IGNORECASE,
)


def subject_scores(
    layout: TextLayout, claim: Claim, index: DatasetIndex, sentence: tuple[int, int]
) -> dict[str, Signal]:
    """Each subject that may be the figure's, with how sure we are (0..1) and why."""
    clause = clause_span(layout, claim, sentence)
    context = (claim.context or "").lower()
    scores: dict[str, Signal] = {}

    def put(subject: str, score: float, detail: str) -> None:
        if subject not in scores or scores[subject].score < score:
            scores[subject] = Signal("subject", round(score, 3), detail)

    in_sentence = False
    counts = claim.kind in ("count", "number")
    strangers = unknown_names(layout, claim, clause, sentence[0])
    where: dict[str, tuple[int, int]] = {}
    hits = layout.hits_in(*sentence)
    asides = [
        (m.start(), m.end())
        for m in _ASIDE.finditer(layout.text, sentence[0], sentence[1])
        if not m.start() <= claim.start < m.end()
    ]
    part = names_a_part(layout.text, claim)
    for hit in hits:
        words = layout.text[hit.start : hit.end]
        gap = max(hit.start - claim.end, claim.start - hit.end, 0)
        same_clause = clause[0] <= hit.start and hit.end <= clause[1]
        # A longer alias is a more specific name ("EU member states within NATO" over "NATO").
        specific = min(0.05, 0.015 * words.count(" "))
        if counts and words.lower() in context and same_clause:
            score, why = 0.95, f"'{words}' in the counted noun"
        elif same_clause:
            score, why = 0.9 - 0.1 * min(gap, 80) / 80, f"'{words}' in the same clause"
            if not counts and _WHOLE.match(layout.text[claim.end : hit.start]):
                # "a quarter of the alliance's output": the alliance is the whole, not the part.
                score, why = score * 0.85, f"'{words}' is the whole the share is of"
        elif is_antecedent(layout.text, hit.end, clause):
            # "such as Spain, which spent 1.24% of GDP": the relative clause is Spain's.
            score, why = 0.85, f"'{words}' is what the figure's 'which' clause is about"
        else:
            score, why = 0.75 - 0.1 * min(gap, 150) / 150, f"'{words}' in the sentence"
        score += specific
        others = _other_figure_between(layout.text, hit, claim, sentence, hits, asides)
        after_other = _figure_clause_between(layout.text, hit, clause)
        if others or after_other:
            # "NATO has 32 members and the EU has 27": the EU goes with the 27, not the 32.
            score, why = score * 0.7, f"'{words}' goes with another figure"
        if any(a <= hit.start < b for a, b in asides):
            # "Finland, which joined NATO in 2023, said ... 3%": the aside's names are not the
            # sentence's subject.
            score, why = score * 0.8, f"'{words}' in an aside"
        if not hit.start <= claim.start < hit.end and owns_another(
            layout.text, hit.end, [h.start for h in hits]
        ):
            # "Poland, the alliance's biggest spender, at 4.48%": the alliance only ranks Poland.
            score, why = score * 0.7, f"'{words}' owns another name or a rank, not the figure"
        near = layout.text[max(0, hit.start - 30) : hit.start]
        if ("not" in near or "no" in near) and _NEGATED.search(near):
            # "27 member states include four that are not NATO allies": what the figure is not.
            score, why = score * 0.3, f"'{words}' is named as what the figure is not"
        if part and hit.end <= claim.start:
            score, why = score * 0.4, f"'{words}' is a part of the figure, not its whole"
        if is_source(layout.text, hit.start, hit.end):
            # "according to NATO", "NATO figures show": the source of the figure, not its subject.
            score, why = score * 0.8, f"'{words}' is named as the source"
        if len(hit.subjects) > 1:
            score, why = score * 0.9, f"{why}, a name {len(hit.subjects)} subjects share"
        lo, hi = min(hit.end, claim.start), max(hit.start, claim.end)
        if any(lo <= s < hi for s in strangers):
            # "Berlin said Poland spends 4.1%": the figure is Poland's, which the data lack.
            score, why = score * 0.4, f"'{words}', but another name stands closer to the figure"
        # A name that goes with another figure does not stop the carrying: "The government
        # wants 3.5% by 2029, ahead of the 2035 deadline NATO agreed" is still about Germany.
        in_sentence = in_sentence or not (others or after_other)
        for subject in hit.subjects:
            if subject not in scores or scores[subject].score < score:
                where[subject] = (hit.start, hit.end)
            put(subject, score, why)
    _sole_opener(layout.text, hits, claim, sentence, asides, scores, put)
    composites(layout.text, index, clause, scores, where, put)
    partitive_parts(layout, claim, sentence, index, scores, put)
    if refer_back(layout, claim, clause, sentence, index, scores, put):
        return scores
    if in_sentence or strangers:
        # A subject named anywhere in the sentence, or a name the data lack, stops the carrying.
        return scores
    _carry(layout, claim, sentence, put)
    return scores


# A figure in words between ("which spent under one and a quarter per cent"): another figure's.
_WORDED = re.compile(r"%|\bper\s?cent\b|\bpercent\b|\b(?:b|m|tr)illion\b", re.IGNORECASE)
_OPENS = re.compile(r"\W*(?:[\w'’]+\W+){0,2}")


def _sole_opener(text, hits, claim, sentence, asides, scores, put) -> None:  # type: ignore[no-untyped-def]
    """ "Latvia, at 3.8%, shows ...", "Madrid, long the laggard, now reports 2%", "Vilnius
    reaches 4%, against 3.11% in 2024": the one name a sentence opens with is the subject of its
    figures as surely as one in their own clause, unless an aside with a figure of its own stands
    between ("Spain, which spent 1.24%, had said ...")."""
    if not hits or len({h.subjects for h in hits}) != 1:
        return
    first = hits[0]
    if first.end > claim.start or not _OPENS.fullmatch(text, sentence[0], first.start):
        return
    for figure in (
        *_QUANTITY.finditer(text, first.end, claim.start),
        *_WORDED.finditer(text, first.end, claim.start),
    ):
        if any(a <= figure.start() < b for a, b in asides):
            return  # "Spain, which spent under one and a quarter per cent, ...": the aside's
    for subject in first.subjects:
        if subject in scores and scores[subject].score >= 0.6:
            words = text[first.start : first.end]
            put(subject, 0.85, f"'{words}' opens the sentence, its only name")


def _figure_clause_between(text: str, hit: AliasHit, clause: tuple[int, int]) -> bool:
    """A name after the figure's clause, past another figure ("... by 2029, ahead of the 2035
    deadline NATO agreed"): that figure's, not this one's."""
    if hit.start < clause[1]:
        return False
    gap = text[clause[1] : hit.start]
    if re.search(r"\d", gap):
        return True
    if gap.strip() not in (";", ":"):
        return False
    # "SAFE offers 150 billion euros in loans; Poland asked for 44 billion": a name that opens
    # the next clause, with a figure of its own, is that figure's.
    own = CLAUSE_MARK.search(text, hit.end)
    return bool(_QUANTITY.search(text, hit.end, own.start() if own else len(text)))


def _other_figure_between(
    text: str,
    hit: AliasHit,
    claim: Claim,
    sentence: tuple[int, int],
    hits: list[AliasHit],
    asides: list[tuple[int, int]],
) -> bool:
    """Does the name belong to another figure? "NATO has 27 members and the EU has 32"."""
    if hit.end <= claim.start:
        near = text[max(sentence[0], hit.start - 8) : hit.start]
        owned = near.endswith(_LINKS) and _OWNED.search(
            text, max(sentence[0], hit.start - 40), hit.start
        )
        if owned and re.search(r"[,;]", text[hit.end : claim.start]):
            return True  # "150 billion euros in SAFE loans, ..., and a plan of 800 billion"
        between = list(text[hit.end : claim.start])
        for a, b in asides:  # figures and names in an aside do not count
            for i in range(max(a, hit.end), min(b, claim.start)):
                between[i - hit.end] = " "
        digit = re.search(r"\d", "".join(between))
        if digit is None:
            return False
        # Only when a new name is introduced after that figure; "Germany spends 2.4%, up from
        # 1.5% in 2023" still speaks of Germany.
        after = hit.end + digit.end()
        return any(
            after <= h.start
            and h.end <= claim.start
            and not any(a <= h.start < b for a, b in asides)
            for h in hits
        )
    return bool(_NEXT_FIGURE.match(text, hit.end, sentence[1]))


def _carry(layout: TextLayout, claim: Claim, sentence: tuple[int, int], put) -> None:  # type: ignore[no-untyped-def]
    para = layout.paragraph_start(sentence[0])
    cursor, back = sentence[0], 0
    while cursor > para and back < 4:
        prev = layout.sentence_of(cursor - 1)
        if prev[0] < para:
            prev = (para, prev[1])
        back += 1
        for hit in layout.hits_in(*prev):
            for subject in hit.subjects:
                put(subject, max(0.45, 0.6 - 0.05 * (back - 1)), f"carried from sentence -{back}")
        cursor = prev[0]
    heading = next((h for h in reversed(layout.headings) if h[1] <= para), None)
    carried = (
        (heading, 0.6, "section heading"),
        (layout.headline, 0.5, "headline"),
        (layout.dateline, 0.4, "dateline"),
    )
    for span, score, why in carried:
        if span is None or span[0] >= sentence[0] and span[1] <= sentence[1]:
            continue
        for hit in layout.hits_in(*span):
            for subject in hit.subjects:
                put(subject, score, f"carried from the {why}")
    for subject in layout.title_subjects:
        # The front matter's title is the headline of a text that does not print it.
        put(subject, 0.5, TITLE_CARRIED)
    if para > 0 and sentence[0] - para < 160 and not layout.hits_in(para, sentence[0]):
        # After the headline's: a paragraph that names nothing before the figure goes on from
        # the one before it ("... NATO's 32 allies ... // Leaders agreed to spend 5% ...").
        for hit in layout.hits_in(layout.paragraph_start(para - 1), para):
            for subject in hit.subjects:
                put(subject, 0.5, "carried from the paragraph before")
