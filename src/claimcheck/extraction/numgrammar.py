"""The grammar of numbers written in words: "two hundred and five", "three quarters",
"one and a half million", "two thirds of a million", "one over three".

``parse(toks, i, allow_over)`` reads the longest number from the tokens of numwords.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.extraction.numwords import Tok


@dataclass(slots=True)
class _Card:
    value: float
    end: int  # index of the first token not used
    decimals: int
    last_kind: str
    last_scale: float
    small: float  # the part after the last hundred/scale word
    words: bool


def _cardinal(toks: list[Tok], i: int) -> _Card | None:
    total = 0.0
    cur: float | None = None
    small = 0.0
    last = ""
    last_scale = float("inf")
    used_hundred = False
    words = False
    decimals = 0
    best: _Card | None = None
    j = i
    n = len(toks)
    while j < n:
        t = toks[j]
        k = t.kind
        # "two million, three hundred thousand"; but "3 million, 4 million" is a list
        if t.sep == "," and not (last == "S" and k in ("U", "T", "X")):
            break
        # "twenty-three"; "a 50-million-euro contract", "a \u20ac1.5-billion deal"
        if t.sep in ("-", "\u2013") and not (
            (last == "X" and k == "U")
            or (t.sep == "-" and k == "S" and last in ("NUM", "U", "T", "X"))
        ):
            break
        if k == "NUM":
            if last == "":
                cur, small, decimals = t.value, t.value, t.decimals
            elif last in ("S", "H", "AND") and t.decimals == 0 and t.value < min(last_scale, 1000):
                if last in ("H", "AND") and t.value >= 100:
                    break
                cur = (cur or 0) + t.value
                small = t.value
            else:
                break
        elif k == "U" and last in ("", "X", "S", "H", "AND"):
            cur = (cur or 0) + t.value
            small = small + t.value if last == "X" else t.value
            words = True
        elif k in ("T", "X") and last in ("", "S", "H", "AND"):
            cur = (cur or 0) + t.value
            small = t.value
            words = True
        elif k == "H" and last in ("", "NUM", "U", "T", "X", "A") and not used_hundred:
            cur = (cur or 1) * 100
            small = cur
            used_hundred = True
            words = True
        elif k == "S" and last in ("", "NUM", "U", "T", "X", "H", "A"):
            if t.value >= last_scale:
                break
            total += (cur if cur is not None else 1) * t.value
            cur, small, used_hundred, last_scale = None, 0, False, t.value
            words = True
        elif k == "S" and last == "S" and t.value > last_scale and t.value < 1e8:
            total *= t.value  # "three lakh crore"
            last_scale = t.value * last_scale
        elif k == "DOZ" and last in ("", "NUM", "U", "T", "X", "A"):
            base = small if last != "A" else 1
            cur = (cur or 0) - (small if last != "A" else 0) + base * 12
            words = True
            last = "DOZ"
            j += 1
            best = _Card(total + (cur or 0), j, decimals, last, last_scale, small, words)
            break
        elif k == "AND" and last in ("H", "S") and j + 1 < n:
            nxt = toks[j + 1]
            after = toks[j + 2] if j + 2 < n else None
            if nxt.kind not in ("U", "T", "X", "NUM"):
                break
            if (
                nxt.kind in ("U", "NUM")
                and after
                and after.kind in ("FRAC", "ORD")
                and after.plural
            ):
                break  # "one hundred and three quarters": a fraction added, not 103/4
            if nxt.kind == "U" and after and after.kind == "FRAC":
                break
            last = "AND"
            j += 1
            continue
        elif k == "A" and last == "" and j + 1 < n and toks[j + 1].kind in ("H", "S", "DOZ"):
            last = "A"
            j += 1
            continue
        else:
            break
        last = k if k != "NUM" else ("NUM" if last == "" else last)
        if k == "NUM" and last != "NUM":
            last = "U"
        j += 1
        best = _Card(total + (cur or 0), j, decimals, last, last_scale, small, words)
    return best


def _denominator(toks: list[Tok], j: int) -> tuple[float, int, bool] | None:
    """A fraction denominator at token j: (denominator, next index, plural)."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "FRAC" or (t.kind == "ORD" and t.value not in (1, 2)):
        return t.value, j + 1, t.plural
    if t.kind == "X" and j + 1 < len(toks) and toks[j + 1].kind == "ORD":
        o = toks[j + 1]
        if o.value < 10:
            return t.value + o.value, j + 2, o.plural
    if t.kind in ("U", "T", "X") and j + 1 < len(toks) and toks[j + 1].kind == "ORD":
        o = toks[j + 1]
        if o.value >= 100:  # "a hundred trillionths" handled by the caller
            return None
    return None


def _decimals_after_point(toks: list[Tok], j: int) -> tuple[str, int]:
    digits = ""
    while j < len(toks) and toks[j].kind in ("U", "T", "X", "NUM") and toks[j].sep != ",":
        t = toks[j]
        if t.kind == "X" and j + 1 < len(toks) and toks[j + 1].kind == "U" and toks[j + 1].value:
            digits += str(int(t.value + toks[j + 1].value))
            j += 2
            continue
        digits += str(int(t.value)) if t.kind != "NUM" else str(int(t.value))
        j += 1
        if t.kind in ("T", "X", "NUM"):
            break
    return digits, j


def parse(
    toks: list[Tok], i: int, allow_over: bool
) -> tuple[float, int, float | None, bool, float] | None:
    """(value, next token, precision, is a fraction, scale word multiplier or 1.0), or None."""
    n = len(toks)
    if i >= n:
        return None
    t0 = toks[i]
    # "a half", "a quarter", "a fifth", "a twenty-first", "half a dozen", "half million"
    lead_frac: float | None = None
    j = i
    if t0.kind == "A" and i + 1 < n:
        d = _denominator(toks, i + 1)
        if d and not d[2]:
            lead_frac, j = 1 / d[0], d[1]
        elif i + 2 < n and toks[i + 1].kind == "H" and toks[i + 2].kind == "ORD":
            lead_frac, j = 100 / toks[i + 2].value, i + 3  # "a hundred trillionths"
    elif t0.kind == "FRAC" and not t0.plural:
        lead_frac, j = 1 / t0.value, i + 1
    if lead_frac is not None:
        if j < n and toks[j].kind == "A" and j + 1 < n and toks[j + 1].kind in ("DOZ", "S"):
            j += 1
        if j < n and toks[j].kind in ("DOZ", "S"):
            mult = toks[j].value
            return lead_frac * mult, j + 1, 0.5 * mult * lead_frac, False, mult
        return lead_frac, j, None, True, 1.0
    if t0.kind == "SLASH":
        return t0.value, i + 1, None, True, 1.0
    card = _cardinal(toks, i)
    if card is None:
        return None
    value, j = card.value, card.end
    precision: float | None = 0.5 * 10.0**-card.decimals
    scale = 1.0
    if card.last_kind in ("S", "H"):
        scale = card.last_scale if card.last_kind == "S" else 100.0
        precision = 0.5 * scale * 10.0**-card.decimals
    # numerator + denominator: "two thirds", "three twenty-firsts", "one hundred thirty-fifths"
    d = _denominator(toks, j)
    last_tok = toks[j - 1]
    split = j < n and toks[j].kind == "ORD" and toks[j].value < 10 and j - 1 > i
    if split and last_tok.kind == "X" and toks[j - 2].kind != "AND":
        # "one hundred thirty fifths" is 100/35, "one hundred and thirty fifths" 130/5
        d = (last_tok.value + toks[j].value, j + 1, toks[j].plural)
        value -= last_tok.value
    if toks[i].kind == "SLASH":
        return toks[i].value, i + 1, None, True, 1.0
    if card.last_kind == "NUM" and j < n and toks[j].kind == "SLASH":
        return value + toks[j].value, j + 1, None, False, 1.0
    if d is not None and (card.words or toks[j].kind == "FRAC" or d[0] <= 10):
        den, j2, plural = d
        if (plural and value != 1) or (not plural and value == 1) or toks[j].kind == "FRAC":
            frac_value = value / den
            j = j2
            if (
                j + 2 < n
                and toks[j].kind == "A"
                and toks[j + 1].kind == "S"
                and toks[j - 1].end + 4 > toks[j].start
            ):
                pass
            return frac_value, j, None, True, 1.0
    # "X and a half", "five billion and three quarters", "one billion and a half million"
    if j + 2 < n and toks[j].kind == "AND":
        k = j + 1
        num = 1.0
        if toks[k].kind == "U" and toks[k].value > 0:
            num = toks[k].value
            k += 1
        elif toks[k].kind == "A":
            k += 1
        else:
            k = -1
        if k > 0:
            d2 = _denominator(toks, k)
            if d2 is not None:
                frac = num / d2[0]
                k = d2[1]
                mult = card.last_scale if card.last_kind == "S" else 1.0
                if k < n and toks[k].kind == "S":
                    if card.last_kind != "S":  # "two and a half million"
                        return (value + frac) * toks[k].value, k + 1, None, False, toks[k].value
                    mult = toks[k].value
                    k += 1
                return value + frac * mult, k, None, False, scale
    # "two hundred point zero three"
    if j + 1 < n and toks[j].kind == "POINT" and card.words:
        digits, k = _decimals_after_point(toks, j + 1)
        if digits:
            return value + float("0." + digits), k, 0.5 * 10.0 ** -len(digits), False, 1.0
    # "one one hundred fifth": the denominator is itself a compound number
    if j < n and toks[j].kind in ("U", "T", "X", "H") and card.words:
        den_card = _cardinal(toks, j)
        k = den_card.end if den_card else j
        if den_card and k < n and toks[k].kind == "AND":
            k += 1
        ordinal = toks[k] if den_card and k < n and toks[k].kind == "ORD" else None
        tens = den_card is not None and den_card.value % 10 == 0
        if den_card and ordinal and tens and ordinal.value < 10 and ordinal.plural == (value != 1):
            return value / (den_card.value + ordinal.value), k + 1, None, True, 1.0
    # "one over three", "1 over 20"; not across a comma ("in 2024, over 45 allies")
    if allow_over and j + 1 < n and toks[j].kind == "OVER" and toks[j].sep != ",":
        den_card = _cardinal(toks, j + 1)
        if den_card and den_card.value:
            return value / den_card.value, den_card.end, None, True, 1.0
    return value, j, precision, False, scale
