"""The kept code of claimcheck's dataclasses builds the same classes as plain ``@dataclass``."""

from __future__ import annotations

import dataclasses
import inspect
import marshal
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck import dataclass_cache

# A class with every kind of generated method, defined with each set of options below, in a
# module named like claimcheck's (served from the kept code) and in another (plain exec).
SOURCE = """
from dataclasses import dataclass, field

@dataclass({options})
class Probe:
    name: str
    count: int = 0
    tags: tuple = field(default_factory=tuple)
    note: "str | None" = field(default=None, compare=False)
"""
OPTIONS = [
    "frozen=True, slots=True",
    "frozen=True",
    "slots=True",
    "order=True",
    "eq=False",
    "unsafe_hash=True",
    "kw_only=True",
]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The kept code in an empty directory, and the dataclasses hook in place."""
    monkeypatch.setattr(dataclass_cache, "_DIR", str(tmp_path))
    monkeypatch.setattr(dataclass_cache, "_codes", None)
    monkeypatch.setattr(dataclass_cache, "_added", True)  # no atexit save from the tests
    dataclass_cache.install()
    yield tmp_path


def define(module_name: str, options: str) -> Any:
    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    try:
        # Compiled without this file's future import, so the field types are real classes.
        code = compile(SOURCE.format(options=options), module_name, "exec", dont_inherit=True)
        exec(code, module.__dict__)
    finally:
        del sys.modules[module_name]
    return module.Probe


def define_plain(options: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The class as dataclasses builds it without the hook at all."""
    with monkeypatch.context() as patch:
        patch.delattr(dataclasses, "exec")
        return define("_probe_plain", options)


def behaviour(cls: Any) -> dict[str, Any]:
    """What a user of the class can observe."""
    kwargs = {"name": "a", "count": 2, "tags": ("x",), "note": "n"}
    one, same, other = cls(**kwargs), cls(**kwargs), cls(**(kwargs | {"count": 3}))
    seen: dict[str, Any] = {
        "signature": str(inspect.signature(cls)),
        "repr": repr(one),
        "equal": (one == same, one == other, one == cls(**(kwargs | {"note": "m"}))),
        "fields": [(f.name, f.compare) for f in dataclasses.fields(cls)],
        "replace": repr(dataclasses.replace(one, count=5)),
        "init annotations": cls.__init__.__annotations__,
        "code file": cls.__init__.__code__.co_filename,
    }
    try:
        seen["hash"] = hash(one) == hash(same)
    except TypeError as exc:
        seen["hash"] = str(exc)
    try:
        seen["order"] = one < other
    except TypeError as exc:
        seen["order"] = str(exc)
    try:
        one.count = 9
        seen["set"] = one.count
    except dataclasses.FrozenInstanceError as exc:
        seen["set"] = str(exc)
    return seen


@pytest.mark.parametrize("options", OPTIONS)
def test_kept_code_builds_the_same_class(
    options: str, fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dataclass_cache._codes is None
    compiled = behaviour(define("claimcheck._probe_compiled", options))
    assert dataclass_cache._codes, "the claimcheck module's methods did not go through the cache"
    kept = behaviour(define("claimcheck._probe_kept", options))  # every method from the cache
    plain = behaviour(define_plain(options, monkeypatch))
    other_module = behaviour(define("_probe_other", options))  # through the hook, not the cache
    assert compiled == plain
    assert kept == plain
    assert other_module == plain


def test_only_claimcheck_modules_use_the_kept_code(fresh_cache: Path) -> None:
    define("_probe_other", "frozen=True")
    assert not dataclass_cache._codes


def test_the_kept_code_survives_a_save_and_load(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    define("claimcheck._probe_saved", "frozen=True, slots=True")
    written = dict(dataclass_cache._codes or {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    dataclass_cache._save()
    assert [p.name for p in fresh_cache.iterdir()] == [dataclass_cache._NAME]
    assert dataclass_cache._load().keys() == written.keys()


def test_nothing_is_written_when_python_writes_no_bytecode(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    define("claimcheck._probe_unsaved", "frozen=True")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    dataclass_cache._save()
    assert list(fresh_cache.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal data",
        marshal.dumps({"python": "another build", "codes": {"x": compile("1", "<s>", "exec")}}),
        marshal.dumps({"python": sys.version, "codes": ["not", "a", "mapping"]}),
        marshal.dumps([1, 2, 3]),
    ],
    ids=["empty", "damaged", "another Python", "wrong shape", "not a mapping"],
)
def test_an_unusable_file_is_ignored(
    content: bytes, fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (fresh_cache / dataclass_cache._NAME).write_bytes(content)
    assert dataclass_cache._load() == {}
    assert behaviour(define("claimcheck._probe_ignored", "frozen=True")) == behaviour(
        define_plain("frozen=True", monkeypatch)
    )


def test_a_read_only_place_is_no_error(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    define("claimcheck._probe_read_only", "frozen=True")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(dataclass_cache, "_DIR", str(fresh_cache / "file" / "below"))
    (fresh_cache / "file").write_text("a file where the directory would be", "utf-8")
    dataclass_cache._save()
    assert [p.name for p in fresh_cache.iterdir()] == ["file"]
