"""Where a figure stands in its text: sentences, clauses, paragraphs, headline, dateline, headings.

The layout is computed once per text (sentence and paragraph boundaries, every alias match, the
title's subjects); each claim then looks up its neighbourhood by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimcheck.linkindex import DatasetIndex, normalise
from claimcheck.model import Claim
from claimcheck.names import COMMON_CAPITALS

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n")
CLAUSE_MARK = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
# "BERLIN (dpa) -", "HELSINKI, March 3 (AP) -": a place in capitals, maybe a date and an agency.
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*)"
    r"(?:,[^\n()]{0,30}?)?(?:\s*\([^)\n]{1,40}\))?(?:\s*[-–—:.]|(?=\s*[,(]))",
    re.MULTILINE,
)
# A line of its own between blank lines, without a full stop: in capitals, or a Markdown
# heading (its "#" blanked to "."), of at most eight words.
_HEADING = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(?:[.#]+[ \t]+)?((?=[^\n]*[A-Za-z])(?:[^\s.!?]+[ \t]+){0,7}[^\s.!?:]+)"
    r"[ \t]*(?=\n[ \t]*\n|\Z)",
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
