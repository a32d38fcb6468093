"""What a dataset file may contain: the keys of each block, the units, the id pattern.

These tables drive the validator (unknown keys, did-you-mean, unit checks) and are mirrored by
``dataset.schema.json`` for editors; a test keeps the two in step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TOP_KEYS = ("dataset", "sources", "subjects", "properties", "facts")
DATASET_KEYS = ("name", "version", "description", "licence", "maintainer", "units")
SOURCE_KEYS = ("title", "publisher", "url", "published", "note")
SUBJECT_KEYS = ("aliases", "note")
PROPERTY_KEYS = ("keywords", "note")
FACT_KEYS = (
    "id",
    "subject",
    "aliases",
    "property",
    "keywords",
    "value",
    "unit",
    "counted",
    "period",
    "valid_from",
    "valid_until",
    "tolerance",
    "type",
    "speaker",
    "stated_on",
    "sources",
    "note",
    "series",
)
SERIES_ENTRY_KEYS = ("value", "valid_from", "valid_until", "sources", "note", "tolerance")
TOLERANCE_KEYS = ("absolute", "relative")
RANGE_KEYS = ("low", "high")
PERIOD_KEYS = ("from", "to", "by")
FACT_TYPES = ("fact", "statement")

# Upper case is accepted (the agreed format's own series example uses "defexp-gdp-DE"); ids are
# compared case-insensitively for duplicates so `claimcheck data show` is never ambiguous.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")

BUILTIN_UNITS = ("%", "pp", "count", "year", "date", "text")
UNIT_SYNONYMS = {
    "percent": "%",
    "per cent": "%",
    "percentage": "%",
    "percentage points": "pp",
    "percentage point": "pp",
}

# Active ISO 4217 codes (plus those withdrawn in 2023-2025 whose figures still appear in
# statistics: SLL, ZWL, ANG); XTS and XXX are left out on purpose.
_CURRENCY_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
    BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP
    ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
    JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK
    MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
    PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
    TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG
    XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
"""
CURRENCIES = frozenset(_CURRENCY_CODES.split())


def normalise_unit(text: str, extra: frozenset[str] = frozenset()) -> str | None:
    """The canonical spelling of a known unit, or None when the unit is unknown."""
    if text in BUILTIN_UNITS or text in CURRENCIES or text in extra:
        return text
    return UNIT_SYNONYMS.get(text.lower())


def known_units(extra: Iterable[str] = ()) -> list[str]:
    return [*BUILTIN_UNITS, *UNIT_SYNONYMS, *sorted(CURRENCIES), *extra]


def value_kind(unit: str) -> str:
    """How a value of this unit is written: "year", "date", "text" or "number"."""
    return unit if unit in ("year", "date", "text") else "number"


# Words curators reach for that spelling distance alone would map to the wrong key.
KEY_SYNONYMS = {
    "valid_to": "valid_until",
    "until": "valid_until",
    "from": "valid_from",
    "license": "licence",
    "date": "published",
    "source": "sources",
    "alias": "aliases",
    "keyword": "keywords",
    "said_on": "stated_on",
    "said_by": "speaker",
    "notes": "note",
    "values": "series",
}


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 70.0) -> str | None:
    """The closest choice to a misspelt word, if any is close enough."""
    from rapidfuzz import fuzz, process, utils

    options = list(choices)
    synonym = KEY_SYNONYMS.get(word.lower())
    if synonym in options:
        return synonym
    found = process.extractOne(
        word, options, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff
    )
    return str(found[0]) if found else None


def suggestion(word: str, choices: Iterable[str], otherwise: str) -> str:
    """A hint: 'did you mean `x`?' or the fallback advice."""
    close = did_you_mean(word, choices)
    return f"did you mean `{close}`?" if close else otherwise


def json_schema_text() -> str:
    """The JSON Schema of a dataset file, as shipped in the package (for editors and CI)."""
    from importlib.resources import files

    return (files("claimcheck.dataset") / "dataset.schema.json").read_text(encoding="utf-8")
