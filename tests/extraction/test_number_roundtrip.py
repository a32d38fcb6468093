"""Round trips: render a number in one of the styles news text uses, extract it back."""

from __future__ import annotations

import math
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction import extract_claims

AS_OF = date(2025, 12, 25)
_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 ("one hundred and five", "twenty-three")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {in_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    tail = "" if not rest else (f" and {in_words(rest)}" if rest < 100 else f" {in_words(rest)}")
    return f"{in_words(thousands)} thousand{tail}"


def _extract_values(text: str) -> list[tuple[float, str | None, str]]:
    return [
        (float(c.value), c.unit, c.kind)
        for c in extract_claims(text, AS_OF)
        if isinstance(c.value, float)
    ]


def _has(values: list[tuple[float, str | None, str]], want: float, kind: str | None = None) -> bool:
    return any(
        math.isclose(v, want, rel_tol=1e-9, abs_tol=1e-9) and (kind is None or k == kind)
        for v, _, k in values
    )


SENTENCE = "Officials said the figure was {} last year, according to the report."
integers = st.integers(min_value=0, max_value=10**12)


@settings(max_examples=150, deadline=None)
@given(n=integers, style=st.sampled_from(["plain", "comma", "space", "nbsp", "thin"]))
def test_integers_in_digits(n: int, style: str) -> None:
    rendered = {
        "plain": str(n),
        "comma": f"{n:,}",
        "space": f"{n:,}".replace(",", " "),
        "nbsp": f"{n:,}".replace(",", "\u00a0"),
        "thin": f"{n:,}".replace(",", "\u202f"),
    }[style]
    if style == "plain" and 1000 <= n <= 9999:
        n_text = SENTENCE.format(f"{rendered} people")  # a bare 4-digit number reads as a year
    else:
        n_text = SENTENCE.format(rendered)
    assert _has(_extract_values(n_text), float(n)), (n_text, _extract_values(n_text))


@settings(max_examples=150, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=999_999),
    decimals=st.integers(min_value=1, max_value=3),
    frac=st.integers(min_value=0, max_value=999),
    grouped=st.booleans(),
)
def test_decimals(whole: int, decimals: int, frac: int, grouped: bool) -> None:
    digits = str(frac % 10**decimals).rjust(decimals, "0")
    rendered = f"{whole:,}.{digits}" if grouped else f"{whole}.{digits}"
    text = SENTENCE.format(rendered)
    claims = [c for c in extract_claims(text, AS_OF) if isinstance(c.value, float)]
    want = float(f"{whole}.{digits}")
    hits = [c for c in claims if math.isclose(float(c.value), want, rel_tol=1e-12)]  # type: ignore[arg-type]
    assert hits, (text, [c.text for c in claims])
    assert hits[0].precision is not None
    assert math.isclose(hits[0].precision, 0.5 * 10**-decimals)


SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
ABBREVIATIONS = {"k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12}
SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}
NAMES = {"euros": "EUR", "dollars": "USD", "pounds": "GBP", "yen": "JPY", "Swiss francs": "CHF"}
mantissas = st.decimals(min_value=1, max_value=999, places=1, allow_nan=False).map(float)


@settings(max_examples=150, deadline=None)
@given(x=mantissas, scale=st.sampled_from(sorted(SCALES)))
def test_scale_words(x: float, scale: str) -> None:
    text = SENTENCE.format(f"{x:g} {scale}")
    assert _has(_extract_values(text), x * SCALES[scale]), text


@settings(max_examples=150, deadline=None)
@given(
    x=mantissas,
    symbol=st.sampled_from(sorted(SYMBOLS)),
    abbr=st.sampled_from(sorted(ABBREVIATIONS)),
)
def test_money_symbols(x: float, symbol: str, abbr: str) -> None:
    text = SENTENCE.format(f"{symbol}{x:g}{abbr}")
    values = _extract_values(text)
    want = x * ABBREVIATIONS[abbr]
    assert any(
        math.isclose(v, want, rel_tol=1e-9) and u == SYMBOLS[symbol] and k == "money"
        for v, u, k in values
    ), (text, values)


@settings(max_examples=100, deadline=None)
@given(x=mantissas, name=st.sampled_from(sorted(NAMES)), scale=st.sampled_from(sorted(SCALES)))
def test_money_names(x: float, name: str, scale: str) -> None:
    text = SENTENCE.format(f"{x:g} {scale} {name}")
    values = _extract_values(text)
    want = x * SCALES[scale]
    assert any(math.isclose(v, want, rel_tol=1e-9) and u == NAMES[name] for v, u, _ in values), (
        text,
        values,
    )


@settings(max_examples=150, deadline=None)
@given(
    x=st.decimals(min_value=0, max_value=100, places=1).map(float),
    style=st.sampled_from(["{}%", "{} %", "{} per cent", "{} percent", "{} percentage points"]),
)
def test_percentages(x: float, style: str) -> None:
    text = SENTENCE.format(style.format(f"{x:g}"))
    kind = "percentage_points" if "points" in style else "percent"
    assert _has(_extract_values(text), x, kind), (text, _extract_values(text))


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=999_999))
def test_integers_in_words(n: int) -> None:
    text = SENTENCE.format(in_words(n))
    assert _has(_extract_values(text), float(n)), (text, _extract_values(text))


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=2, max_value=99), noun=st.sampled_from(["troops", "allies"]))
def test_counts_in_words_and_digits(n: int, noun: str) -> None:
    for rendered in (str(n), in_words(n)):
        claims = extract_claims(f"The alliance sent {rendered} {noun} north.", AS_OF)
        counts = [c for c in claims if c.kind == "count"]
        assert counts and counts[0].value == n and counts[0].unit == noun, claims


RANGE_STYLES = {
    "{a}-{b}%": (1.0, "percent"),
    "{a}–{b} per cent": (1.0, "percent"),
    "between {a}% and {b}%": (1.0, "percent"),
    "{a} to {b} million people": (1e6, "count"),
    "{a}-{b} million": (1e6, "range"),
    "${a}-{b}bn": (1e9, "money"),
    "between €{a}bn and €{b}bn": (1e9, "money"),
}


@settings(max_examples=150, deadline=None)
@given(
    a=st.decimals(min_value=0, max_value=50, places=1).map(float),
    gap=st.decimals(min_value="0.1", max_value=50, places=1).map(float),
    style=st.sampled_from(sorted(RANGE_STYLES)),
)
def test_ranges(a: float, gap: float, style: str) -> None:
    b = round(a + gap, 1)
    text = SENTENCE.format(style.format(a=f"{a:g}", b=f"{b:g}"))
    scale, kind = RANGE_STYLES[style]
    ranges = [c for c in extract_claims(text, AS_OF) if c.low is not None and c.high is not None]
    assert any(
        c.kind == kind
        and math.isclose(float(c.low), a * scale, rel_tol=1e-9, abs_tol=1e-9)  # type: ignore[arg-type]
        and math.isclose(float(c.high), b * scale, rel_tol=1e-9)  # type: ignore[arg-type]
        for c in ranges
    ), (text, [(c.text, c.kind, c.low, c.high) for c in extract_claims(text, AS_OF)])
