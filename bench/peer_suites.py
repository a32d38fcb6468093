"""Score ``extract_claims`` on the peers' own test suites (../shared/peer-suites/*.jsonl).

A positive case is right when every expected value is among the extracted values (relative
tolerance 1e-6; "100%" -> 100; CurrencyModel also needs the ISO code; an amount quantulum3 gives
in a sub-unit or counting unit is compared in units: "1 dozen" -> 12); a negative case is clean
when nothing of the suite's kind is extracted; date suites are scored by span overlap. Cases that
are wrong for news text by design are listed with a reason instead of being dropped.

    python bench/peer_suites.py [--suites DIR] [--failures SUITE] [--summary]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from claimcheck.extraction import extract_claims
from claimcheck.extraction.identifiers import Masks, is_identifier
from claimcheck.model import Claim

DEFAULT_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "peer-suites"
DEFAULT_AS_OF = date(2025, 12, 25)
TEMPORAL = {"year", "date", "period", "duration"}
# What "nothing of that kind" means for each suite's negative cases.
NEGATIVE_KINDS = {
    "NumberModel": {"number", "range", "fraction"},  # a number with a unit is a dimension
    "PercentModel": {"percent", "percentage_points"},
    "CurrencyModel": {"money"},
    "DimensionModel": {"count"},
    "quantulum3": {"number", "range", "fraction", "count", "money", "percent"},
}
# Recognizers' currency names without an ISO code -> the codes that name the same currency.
CURRENCY_NAMES = {
    "Dollar": ({"USD"}, 1.0),
    "Pound": ({"GBP"}, 1.0),
    "Franc": ({"CHF", "FRF", "BEF", "XOF"}, 1.0),
    "Peseta": ({"ESP"}, 1.0),
    "Netherlands guilder": ({"NLG"}, 1.0),
    "Finnish markka": ({"FIM"}, 1.0),
    "Rupee": ({"INR"}, 1.0),
    "Cent": ({"USD"}, 0.01),
    "Pence": ({"GBP"}, 0.01),
    "Penny": ({"GBP"}, 0.01),
}
# quantulum3 gives some amounts in a unit of its own: a sub-unit of money ("100 cents" = 1) or
# a counting unit ("a dozen eggs" = 1 dozen).  Either is the same amount in units, which is how
# claimcheck (and Recognizers' suites) give it: 1 dozen is 12.
UNIT_FACTORS = {
    "cent": 0.01,
    "penny": 0.01,
    "dime": 0.1,
    "dozen": 12.0,
    "baker's dozen": 13.0,
    "gross": 144.0,
}
DATE_SUITES = ("DateExtractor", "DatePeriodExtractor", "dateparser")
_BARE_DAY = re.compile(
    r"(?i)^(?:on |for )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)?[- ]?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\.?$"
)
_DATE_PARTS = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_NUMERAL = re.compile(
    r"[\d\u00bd\u2153-\u215e\u00bc\u00be]|(?i:\b(?:zero|nought|naught|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter|dozen|lakh|crore)\b"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+ieth|[a-z]+ths?\b)"
)


@dataclass
class Score:
    positives: int = 0
    right: int = 0
    negatives: int = 0
    clean: int = 0
    robustness: int = 0
    crashes: int = 0
    mentions: int = 0
    mentions_found: int = 0
    out_of_scope: Counter[str] = field(default_factory=Counter)
    oos_right: int = 0
    failures: list[str] = field(default_factory=list)
    by_sub: defaultdict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    seconds: float = 0.0
    chars: int = 0


def suite_key(name: str) -> str:
    if name.startswith("dateparser"):
        return "dateparser"
    if name.startswith("quantulum3"):
        return "quantulum3"
    return name.split("-", 1)[1].removesuffix(".jsonl")


def as_of_for(case: dict[str, Any]) -> date:
    ctx = case.get("context") or {}
    ref = ctx.get("ReferenceDateTime") or (ctx.get("settings") or {}).get("RELATIVE_BASE")
    if ref:
        return datetime.fromisoformat(ref).date()
    return DEFAULT_AS_OF


def numeric_values(claims: list[Claim]) -> list[tuple[float, Claim]]:
    out = []
    for c in claims:
        v = c.value
        if isinstance(v, str) and re.fullmatch(r"-?\d{1,4}", v):
            v = float(v)  # a year read as a number
        if isinstance(v, (int, float)):
            out.append((float(v), c))
    return out


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def expected_number(exp: dict[str, Any]) -> float | None:
    v = exp.get("value")
    if v is None:
        return None
    if isinstance(v, str):
        v = v.strip().rstrip("%")
        try:
            return float(v)
        except ValueError:
            return None
    return float(v)


_HALF_MILLION = "'a million and a half' = 1,000,000.5 (Recognizers' suite: 1,500,000)"


def out_of_scope(key: str, case: dict[str, Any], claims: list[Claim]) -> str | None:
    """Why a positive case is wrong for news text by design, or None."""
    text = case["input"]
    expected = case["expected"] or []
    if (
        key == "quantulum3"
        and "million and a half" in text
        and any((expected_number(e) or 0) % 1 == 0.5 for e in expected)
    ):
        return _HALF_MILLION
    if key in DATE_SUITES:
        if all(_BARE_DAY.match(e["text"].strip()) for e in expected):
            return "bare day of month with no month (chat-bot scheduling)"
        return None
    masks = Masks(text)
    for e in expected:
        s, t = e.get("start"), e.get("end")
        if e.get("value") is None:
            return "unit named without an amount"
        if key == "CurrencyModel" and _currency_of(e) is None:
            return "currency without an ISO code (sub-unit 'sen')"
        if s is None:
            continue
        if any(m.start() <= s and t <= m.end() for m in _DATE_PARTS.finditer(text)):
            return "digits of a date (read as a date, not numbers)"
        if masks.covers(s, t) or (text[s:t].isdigit() and is_identifier(text, s, t, True)):
            return "digits of an identifier (IP, phone, version, code name)"
        if re.fullmatch(r"\d+,\d{1,2}", e["text"]):
            return "decimal comma (continental notation)"
        if not _NUMERAL.search(e["text"]):
            return "unit name with no numeral ('a kibibyte', 'absolute zero')"
        want = expected_number(e)
        found = any(close(v, want) for v, _ in numeric_values(claims)) if want is not None else True
        inside = [c for c in claims if c.kind in TEMPORAL and c.start <= s and t <= c.end]
        if not found and inside:
            return "part of a duration or period read as one temporal claim"
    return None


def _currency_of(exp: dict[str, Any]) -> tuple[set[str], float] | None:
    res = exp.get("resolution") or {}
    if res.get("isoCurrency"):
        return {res["isoCurrency"]}, 1.0
    return CURRENCY_NAMES.get(res.get("unit", ""))


def judge(key: str, case: dict[str, Any], claims: list[Claim]) -> tuple[bool, int, int]:
    """(right, mentions, mentions found) for a positive case."""
    expected = case["expected"]
    if key in DATE_SUITES:
        spans = [(c.start, c.end) for c in claims if c.kind in TEMPORAL]
        found = sum(1 for e in expected if any(s < e["end"] and e["start"] < t for s, t in spans))
        return found == len(expected), len(expected), found
    values = numeric_values(claims)
    found = 0
    for e in expected:
        want = expected_number(e)
        if want is None:
            found += 1
            continue
        if key == "CurrencyModel":
            cur = _currency_of(e)
            if cur is None:
                continue
            codes, factor = cur
            ok = any(
                close(v, want * factor) and c.kind == "money" and c.unit in codes for v, c in values
            )
        else:
            factor = UNIT_FACTORS.get(str(e.get("unit", "")), 1.0)
            ok = any(close(v, want) or close(v, want * factor) for v, _ in values)
        found += ok
    return found == len(expected), len(expected), found


def run(directory: Path, failures_for: str | None, show_oos: bool) -> int:
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        print(f"no suites under {directory}", file=sys.stderr)
        return 2
    totals: dict[str, Score] = {}
    oos_cases: dict[str, list[str]] = defaultdict(list)
    for path in files:
        key = suite_key(path.name)
        score = totals.setdefault(path.name, Score())
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            text = case["input"]
            t0 = time.perf_counter()
            try:
                claims = extract_claims(text, as_of_for(case))
            except Exception as exc:  # noqa: BLE001 - a crash is what we count here
                score.crashes += 1
                score.failures.append(f"CRASH {text!r}: {exc!r}")
                continue
            finally:
                score.seconds += time.perf_counter() - t0
                score.chars += len(text)
            expected = case["expected"]
            got = ", ".join(f"{c.text!r}={c.value}:{c.kind}/{c.unit}" for c in claims)
            if expected is None:
                score.robustness += 1
                continue
            if not expected:
                score.negatives += 1
                kinds = TEMPORAL if key in DATE_SUITES else NEGATIVE_KINDS.get(key, set())
                bad = [c for c in claims if c.kind in kinds]
                if bad:
                    score.failures.append(f"NEG {text!r} -> {got}")
                else:
                    score.clean += 1
                continue
            right, mentions, found = judge(key, case, claims)
            # A case the extractor gets right is in scope, whatever its kind.
            reason = None if right else out_of_scope(key, case, claims)
            sub_suite = case.get("suite", "").rsplit("/", 1)[-1]
            if key == "quantulum3":
                score.by_sub[sub_suite][0] += right
                score.by_sub[sub_suite][1] += 1
            if reason:
                score.out_of_scope[reason] += 1
                score.oos_right += right
                oos_cases[path.name].append(f"[{reason}] {text[:90]!r}")
            score.positives += 1
            score.right += right
            score.mentions += mentions
            score.mentions_found += found
            if not right:
                want = [(e.get("text"), e.get("value")) for e in expected]
                flag = " (out of scope)" if reason else ""
                score.failures.append(f"POS{flag} {text[:160]!r}\n    want {want}\n    got  {got}")
    report(totals)
    if show_oos:
        for name, lines in oos_cases.items():
            print(f"\nout of scope in {name}:")
            for item in lines:
                print("  " + item)
    if failures_for:
        for name, score in totals.items():
            if failures_for.lower() in name.lower():
                print(f"\nfailures in {name} ({len(score.failures)}):")
                for item in score.failures:
                    print("  " + item)
    return 0


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else "-"


def report(totals: dict[str, Score]) -> None:
    print(f"{'suite':42} {'positives right':>22} {'in scope':>22} {'negatives clean':>16}")
    for name, s in totals.items():
        oos = sum(s.out_of_scope.values())
        in_scope = pct(s.right - s.oos_right, s.positives - oos)
        extra = f"  span recall {pct(s.mentions_found, s.mentions)}" if _is_date(name) else ""
        speed = f"  {s.chars / max(s.seconds, 1e-9) / 1024:.0f} KB/s"
        crash = f"  CRASHES {s.crashes}" if s.crashes else ""
        robust = f"  robustness {s.robustness} ok" if s.robustness else ""
        print(
            f"{name:42} {pct(s.right, s.positives):>22} {in_scope:>22} "
            f"{pct(s.clean, s.negatives):>16}{extra}{robust}{speed}{crash}"
        )
        for sub_suite, (right, total) in sorted(s.by_sub.items()):
            print(f"{'':6}{sub_suite}: {pct(right, total)}")
        for reason, count in s.out_of_scope.most_common():
            print(f"{'':6}out of scope: {count} x {reason}")
    nums = [totals[n] for n in totals if "NumberModel" in n or "PercentModel" in n]
    dates = [totals[n] for n in totals if "DateExtractor" in n or "DatePeriodExtractor" in n]
    negs = sum(s.negatives for s in totals.values())
    clean = sum(s.clean for s in totals.values())
    print()
    print(
        "NumberModel + PercentModel:",
        pct(sum(s.right for s in nums), sum(s.positives for s in nums)),
    )
    oos_d = sum(sum(s.out_of_scope.values()) for s in dates)
    d_men = sum(s.mentions for s in dates)
    d_right = sum(s.right - s.oos_right for s in dates)
    d_scope = sum(s.positives for s in dates) - oos_d
    print(
        "DateExtractor + DatePeriodExtractor span recall:",
        pct(sum(s.mentions_found for s in dates), d_men),
        f"(positive cases in scope right: {pct(d_right, d_scope)})",
    )
    quantulum = totals.get("quantulum3.jsonl")
    if quantulum is not None:
        wrong = quantulum.out_of_scope.get(_HALF_MILLION, 0)
        print(
            "quantulum3 by value:",
            pct(quantulum.right, quantulum.positives),
            f"(without the {wrong} cases whose expected value is wrong, {_HALF_MILLION}:",
            pct(quantulum.right, quantulum.positives - wrong) + ")",
        )
    print("all negatives clean:", pct(clean, negs))
    print("crashes:", sum(s.crashes for s in totals.values()))


def _is_date(name: str) -> bool:
    return any(k in name for k in DATE_SUITES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suites", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--failures", metavar="SUITE", help="print the failing cases of SUITE")
    parser.add_argument(
        "--summary", action="store_true", help="do not list the out-of-scope cases one by one"
    )
    args = parser.parse_args(argv)
    return run(args.suites, args.failures, not args.summary)


if __name__ == "__main__":
    raise SystemExit(main())
