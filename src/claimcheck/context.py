"""Where a figure stands in its text: sentence, clause, paragraph, headline, subjects near it.

The layout is computed once per text (sentence and paragraph boundaries, every alias match); each
claim then looks up its neighbourhood by bisection. Subjects come only from the dataset's aliases.
A subject named in the figure's own clause counts most; otherwise subjects are carried from the
earlier sentences of the paragraph, then from the headline and the dateline ("BERLIN (dpa)").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimcheck.linkindex import DatasetIndex, normalise
from claimcheck.model import Claim, Signal
from claimcheck.names import (
    COMMON_CAPITALS,
    composites,
    is_antecedent,
    is_source,
    owns_another,
    partitive_parts,
    refer_back,
    unknown_names,
)
from claimcheck.surroundings import names_a_part

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n")
CLAUSE_MARK = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
# "BERLIN (dpa) -", "HELSINKI, March 3 (AP) -": a place in capitals, maybe a date and an agency.
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*)"
    r"(?:,[^\n()]{0,30}?)?(?:\s*\([^)\n]{1,40}\))?(?:\s*[-–—:.]|(?=\s*[,(]))",
    re.MULTILINE,
)
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;()]*,|\([^()]*\)|\s[–—]\s[^–—]*\s[–—]\s")
_NEXT_FIGURE = re.compile(r"[^\w,;:]*(?:\w+[^\w,;:]+){0,2}?\d")
# A line of its own between blank lines, without a full stop: in capitals, or a Markdown
# heading (its "#" blanked to "."), of at most eight words.
_HEADING = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(?:[.#]+[ \t]+)?((?=[^\n]*[A-Za-z])(?:[^\s.!?]+[ \t]+){0,7}[^\s.!?:]+)"
    r"[ \t]*(?=\n[ \t]*\n|\Z)",
)
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


@dataclass(frozen=True, slots=True)
class AliasHit:
    start: int
    end: int
    subjects: frozenset[str]


@dataclass(frozen=True)
class TextLayout:
    text: str
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    hits: tuple[AliasHit, ...]
    hit_starts: tuple[int, ...]
    headline: tuple[int, int]
    dateline: tuple[int, int] | None
    words: frozenset[str] = frozenset()
    # The whole dateline ("HELSINKI, March 3 (AP) -"): its date is the article's, not a claim.
    dateline_block: tuple[int, int] | None = None  # every word the text writes in lower case
    # Section headings ("EUROPE AND CANADA", "## Germany"): what the paragraphs under them are of.
    headings: tuple[tuple[int, int], ...] = ()
    # The subjects the document's title names (front matter), which the text may never repeat.
    title_subjects: frozenset[str] = frozenset()
    title_words: str = ""  # the title, normalised as keywords are matched

    def sentence_of(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[max(i, 0)]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def paragraph_start(self, offset: int) -> int:
        i = bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraph_starts[max(i, 0)]

    def hits_in(self, start: int, end: int) -> list[AliasHit]:
        i = bisect_right(self.hit_starts, start - 1)
        out = []
        while i < len(self.hits) and self.hits[i].start < end:
            if self.hits[i].end <= end:
                out.append(self.hits[i])
            i += 1
        return out


def layout_text(text: str, index: DatasetIndex, title: str = "") -> TextLayout:
    sentence_starts = [0]
    for match in _SENTENCE_END.finditer(text):
        nxt = match.end()
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt > sentence_starts[-1] and nxt < len(text):
            sentence_starts.append(nxt)
    splitter = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    paragraph_starts = [0] + [m.end() for m in re.finditer(splitter, text)]
    hits = tuple(AliasHit(s, e, subj) for s, e, subj in index.find_aliases(text))
    first_line_end = text.find("\n")
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    first_sentence_end = sentence_starts[1] if len(sentence_starts) > 1 else len(text)
    headline = (0, min(first_line_end, first_sentence_end))
    # The dateline opens the first paragraph with text; blanked front matter comes before it.
    first = len(text) - len(text.lstrip())
    later = [p for p in paragraph_starts if p > first]
    found = _DATELINE.search(text, first, later[1] if len(later) > 1 else len(text))
    dateline = (found.start(1), found.end(1)) if found else None
    dated = (found.start(), found.end()) if found else None
    return TextLayout(
        text,
        tuple(sentence_starts),
        tuple(paragraph_starts),
        hits,
        tuple(h.start for h in hits),
        headline,
        dateline,
        frozenset(re.findall(r"\b[a-z]+\b", text)) | COMMON_CAPITALS,
        dated,
        tuple(
            (m.start(1), m.end(1))
            for m in _HEADING.finditer(text)
            if m.group(1).isupper() or m.group(0).lstrip()[:1] in ".#"
        ),
        frozenset(s for *_, subjects in index.find_aliases(title) for s in subjects)
        if title
        else frozenset(),
        normalise(title) if title else "",
    )


def paragraphs_back(layout: TextLayout, para: int, count: int, longest: int = 250) -> int:
    """Where the run of up to ``count`` short paragraphs (``longest`` characters at most) before
    the one starting at ``para`` starts; a section heading ends the run (a roundup's paragraphs
    go on from each other, a long paragraph is a topic of its own)."""
    start = para
    floor = max((h[1] for h in layout.headings if h[1] <= para), default=0)
    for _ in range(count):
        if start <= floor:
            break
        before = layout.paragraph_start(start - 1)
        if before < floor or start - before > longest:
            break
        start = before
    return start


def clause_span(layout: TextLayout, claim: Claim, sentence: tuple[int, int]) -> tuple[int, int]:
    """The stretch between the clause marks around the figure, inside its sentence."""
    text = layout.text
    start, end = sentence
    left, marks = start, [start]
    for mark in CLAUSE_MARK.finditer(text, start, claim.start):
        left = mark.end()
        marks.append(left)
    if len(marks) > 1 and text[left - 1] == ":" and not text[left : claim.start].strip():
        left = marks[-2]  # "Defence spending in 2025: $608 billion": the label is the figure's
    right_mark = CLAUSE_MARK.search(text, claim.end, end)
    right = right_mark.start() if right_mark else end
    return left, right


def claim_sentence(layout: TextLayout, claim: Claim) -> tuple[int, int]:
    s, e = claim.sentence
    if e > s and s <= claim.start and claim.end <= e:
        # Items of a list are sentences of their own, full stop or not.
        for item in _LIST_ITEM.finditer(layout.text, s, e):
            if item.start() < claim.start:
                s = item.start() + 1
            else:
                return s, item.start()
        return s, e
    return layout.sentence_of(claim.start)


_LIST_ITEM = re.compile(r"\n(?=[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t])")


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
        if _NEGATED.search(layout.text, max(0, hit.start - 30), hit.start):
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
