"""regexes.compiled gives the patterns re.compile gives, from fresh compilation or from the kept
engine code, writes the kept code only where Python may write bytecode, and survives a damaged
or foreign cache file."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import claimcheck.extraction as extraction
from claimcheck import regexes

SAMPLE = (
    "NATO allies agreed on 25 June 2025 to spend 3.5% of GDP by 2035, up from 2% in 2014; "
    "about \u20ac150bn, $2-3tn or 23 EU member states. Mr. Smith said: 'Article 5 holds.'\n"
    "Since last year, between March and May 2024, Q3 2025, the 1990s, 18 months ago, 10:30 am, "
    "https://example.org/a, 1,234.5 and twenty-three, a quarter, one in five, \u00bd."
)


def _package_patterns() -> list[re.Pattern[str]]:
    found = []
    for info in pkgutil.iter_modules(extraction.__path__):
        module = importlib.import_module(f"claimcheck.extraction.{info.name}")
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert len(found) > 50
    return found


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for pos in range(0, len(SAMPLE), 7):
        ma, mb = a.match(SAMPLE, pos), b.match(SAMPLE, pos)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))
    assert [m.span() for m in a.finditer(SAMPLE)] == [m.span() for m in b.finditer(SAMPLE)]


def test_package_patterns_are_re_compile() -> None:
    for pattern in _package_patterns():
        _same(pattern, re.compile(pattern.pattern, pattern.flags & ~re.UNICODE))


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(regexes, "_DIR", tmp_path)
    monkeypatch.setattr(regexes, "_cache", None)
    monkeypatch.setattr(regexes, "_added", True)  # no atexit hook from tests
    return tmp_path


def _compile_all(patterns: list[re.Pattern[str]]) -> list[re.Pattern[str]]:
    return [regexes.compiled(p.pattern, p.flags & ~re.UNICODE) for p in patterns]


def test_kept_code_round_trip(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = _package_patterns()[:40]
    _compile_all(patterns)
    monkeypatch.setattr(regexes.sys, "dont_write_bytecode", False)
    regexes._save()
    assert list(cache_dir.glob("regexes.*.marshal"))
    monkeypatch.setattr(regexes, "_cache", None)
    again = _compile_all(patterns)
    assert regexes._cache is not None and len(regexes._cache) >= len({p.pattern for p in patterns})
    for fresh, kept in zip(patterns, again, strict=True):
        _same(fresh, kept)


def test_old_entries_pruned_past_the_limit(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regexes, "_used", set())
    monkeypatch.setattr(regexes, "_MAX_ENTRIES", 10)
    monkeypatch.setattr(regexes.sys, "dont_write_bytecode", False)
    for i in range(12):  # patterns of an older checkout, not used by this process
        regexes.compiled(f"old{i}")
    regexes._used.clear()
    regexes.compiled("kept")
    regexes._save()
    monkeypatch.setattr(regexes, "_cache", None)
    assert list(regexes._load()) == [("kept", 0)]


def test_nothing_written_without_bytecode(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _compile_all(_package_patterns()[:5])
    monkeypatch.setattr(regexes.sys, "dont_write_bytecode", True)
    regexes._save()
    assert not list(cache_dir.iterdir())


@pytest.mark.parametrize("content", [b"", b"garbage", b"\x00\x01\x02"])
def test_damaged_file_falls_back(cache_dir: Path, content: bytes) -> None:
    (cache_dir / regexes._NAME).write_bytes(content)
    pattern = _package_patterns()[0]
    _same(regexes.compiled(pattern.pattern, pattern.flags & ~re.UNICODE), pattern)


def test_foreign_or_damaged_entries_ignored(cache_dir: Path) -> None:
    import marshal
    import sys

    pattern = _package_patterns()[0]
    key = (pattern.pattern, int(pattern.flags & ~re.UNICODE))
    bad = {key: (0, [1, 2, 3], 0, {}, ())}
    (cache_dir / regexes._NAME).write_bytes(marshal.dumps({"python": "another", "patterns": bad}))
    _same(regexes.compiled(*key), pattern)
    regexes._cache = None
    (cache_dir / regexes._NAME).write_bytes(marshal.dumps({"python": sys.version, "patterns": bad}))
    _same(regexes.compiled(*key), pattern)
