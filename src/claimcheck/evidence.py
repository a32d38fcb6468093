"""How well a fact's keywords match the words around a figure: the property signal.

Each matching keyword is a piece of evidence, weighted by where it stands (next to the figure, in
its sentence, borrowed from the paragraph or the title) and by how many properties share it; the
pieces combine by noisy-or. ``evidence_is_thin`` says when that is too little to pin a year on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from claimcheck.model import Signal


def property_signal(
    keywords: Sequence[str],
    window: str,
    sentence: str,
    specificity: Mapping[str, float] | None = None,
    unwritten: frozenset[str] = frozenset(),
    paragraph: str = "",
) -> Signal:
    """How well the fact's keywords match the words around the figure.

    Each matching keyword is a piece of evidence (a phrase 0.9, a single word 0.8; in the sentence
    rather than the figure's clause x0.85; fuzzy x0.9 x ratio), combined by noisy-or, so two
    keywords beat one and a generic word ("total") alone never scores like a specific phrase. A
    keyword many properties share ("of GDP") weighs less than one only this property uses. A
    keyword inside one already matched ("defence spending" in "core defence spending") adds
    nothing, so one phrase never counts twice. Keywords in ``unwritten`` (an acronym the
    sentence writes only in lower case) are no evidence.
    """
    from rapidfuzz import fuzz

    padded_window, padded_sentence = f" {window} ", f" {sentence} "
    padded_paragraph = f" {paragraph} " if paragraph else ""
    window_list = window.split()
    near = set(window_list)
    present = near | set(sentence.split()) | set(paragraph.split())
    stems = {w[:4] for w in window.split()}
    miss = 1.0
    found: list[str] = []
    matched: list[str] = []
    for keyword, weight, needle, head in _prepared(keywords):
        if keyword in unwritten:
            continue
        if specificity is not None:
            weight *= specificity.get(keyword, 1.0)
        # "member" for "members": the same word in another form, next to the figure.
        single = head not in present and " " not in keyword and len(keyword) >= 5
        if single and any(w[:5] == keyword[:5] and abs(len(w) - len(keyword)) <= 2 for w in near):
            miss *= 1.0 - weight * 0.9
            found.append(f"'{keyword}' ~ a form of it near the figure")
            continue
        if head not in present:
            # Not there exactly; a fuzzy match needs at least a word that starts the same.
            if miss < 1.0 or not 5 <= len(keyword) <= len(window):
                continue
            if not any(w[:4] in stems for w in keyword.split()):
                continue
            ratio = fuzz.partial_ratio(keyword, padded_window, score_cutoff=88)
            if ratio:
                miss *= 1.0 - weight * 0.9 * ratio / 100
                found.append(f"'{keyword}' ~ the words near the figure")
            continue
        if any(needle in m for m in matched):
            continue
        if needle in padded_window:
            matched.append(needle)
            evidence, where = weight, "next to the figure"
        elif needle in padded_sentence:
            matched.append(needle)
            evidence, where = weight * 0.85, "in the sentence"
        elif padded_paragraph and needle in padded_paragraph:
            matched.append(needle)
            evidence, where = weight * 0.75, "earlier in the paragraph"
        elif " " in keyword and _gapped(keyword.split(), window_list):
            # "of its combined GDP" for "of GDP": one word set inside the phrase.
            matched.append(needle)
            evidence, where = weight * 0.85, "next to the figure, one word apart"
        elif 5 <= len(keyword) <= len(window) and miss == 1.0:  # a fallback, never on top
            ratio = fuzz.partial_ratio(keyword, padded_window, score_cutoff=88)
            if not ratio:
                continue
            evidence, where = weight * 0.9 * ratio / 100, "~ the words near the figure"
        else:
            continue
        miss *= 1.0 - evidence
        found.append(f"'{keyword}' {where}")
    detail = "; ".join(found[:3]) if found else "no keyword near the figure"
    return Signal("property", round(1.0 - miss, 3), detail)


def _prepared(keywords: Sequence[str]) -> tuple[tuple[str, float, str, str], ...]:
    """Each keyword, longest first, with its base weight, its padded form and its first word:
    worked out once per keyword list (the lists are shared by many facts and claims)."""
    entry = _PREPARED.get(id(keywords))
    if entry is not None and entry[0] is keywords:
        return entry[1]
    ready = tuple(
        (k, 0.9 if " " in k else 0.8, f" {k} ", k.split(" ", 1)[0])
        for k in sorted(keywords, key=len, reverse=True)
    )
    if len(_PREPARED) > 4096:
        _PREPARED.clear()
    _PREPARED[id(keywords)] = (keywords, ready)
    return ready


_PREPARED: dict[int, tuple[Sequence[str], tuple[tuple[str, float, str, str], ...]]] = {}


def _gapped(phrase: list[str], words: list[str]) -> bool:
    """``phrase`` in ``words`` in order, with at most one other word inside it, once in all."""
    for start, word in enumerate(words):
        if word != phrase[0]:
            continue
        at, gaps = start, 0
        for part in phrase[1:]:
            if at + 1 < len(words) and words[at + 1] == part:
                at += 1
            elif gaps == 0 and at + 2 < len(words) and words[at + 2] == part:
                at, gaps = at + 2, 1
            else:
                break
        else:
            return True
    return False


def evidence_is_thin(prop: Signal) -> bool:
    """Evidence from one single-word keyword ("agreed"), or only fuzzy evidence: too little to
    pin a year on a fact."""
    exact = re.findall(r"'([^']*)' (?:next to|in the sentence)", prop.detail)
    return not exact or (len(exact) == 1 and " " not in exact[0])
