"""The generated methods of claimcheck's dataclasses, compiled once and kept between runs.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` and compiles it with ``exec`` as the class is
defined. On CPython 3.11 that is ~1 ms a frozen class: ~25 ms for the ~27 classes a short
``claimcheck extract`` defines, an eighth of its run.

``install()`` gives the ``dataclasses`` module an ``exec`` of its own that, for code generated for
a ``claimcheck`` module only, takes the compiled code from a file in this package's
``__pycache__``, next to the .pyc files and under their rule (written at exit when something was
missing, never when Python is told not to write bytecode). The code is what ``exec`` would compile
from the same text with the same flags and file name, so the classes are the same; the file is
keyed by the exact Python build. Any other caller, any unexpected argument, a missing or damaged
file, a read-only install: plain ``exec``.
"""

# No ``from __future__ import annotations`` here: exec inherits the future flags of the frame that
# calls it, and the generated methods must be compiled as from dataclasses.py, which has none.
import builtins
import marshal
import os
import sys
from types import CodeType
from typing import Any

_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__")
_NAME = f"dataclasses.{sys.implementation.cache_tag}-O{sys.flags.optimize}.marshal"
# Old entries are kept while the file is in use; past this many (sources edited again and
# again in a checkout) it starts afresh.
_MAX_ENTRIES = 1000

_codes: dict[str, CodeType] | None = None
_added = False


def install() -> None:
    """Serve the compiled code of claimcheck's dataclasses from the kept file (once a process)."""
    import dataclasses

    if sys.implementation.cache_tag is None or "exec" in vars(dataclasses):
        return  # nowhere to keep bytecode, or someone else's exec is there already
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **kwargs: Any) -> None:
    # dataclasses passes the defining module's namespace as globals (3.11-3.13).
    if (
        isinstance(source, str)
        and not kwargs
        and isinstance(globals, dict)
        and str(globals.get("__name__", "")).startswith("claimcheck.")
    ):
        source = _code(source)
    builtins.exec(source, globals, locals, **kwargs)


def _code(source: str) -> CodeType:
    global _codes, _added
    if _codes is None:
        _codes = _load()
    code = _codes.get(source)
    if code is None:
        # As exec compiles a string for dataclasses: file "<string>", no future flags.
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _codes[source] = code
        if not _added:
            _added = True
            import atexit

            atexit.register(_save)
    return code


def _load() -> dict[str, CodeType]:
    try:
        with open(os.path.join(_DIR, _NAME), "rb") as handle:
            data: Any = marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(data, dict) and data.get("python") == sys.version):
        return {}
    codes = data.get("codes")
    if not isinstance(codes, dict) or len(codes) > _MAX_ENTRIES:
        return {}
    return {k: v for k, v in codes.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _save() -> None:
    if sys.dont_write_bytecode or not _codes:
        return
    path = os.path.join(_DIR, _NAME)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(_DIR, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as out:
            marshal.dump({"python": sys.version, "codes": _codes}, out)
        os.replace(tmp, path)  # atomic: parallel runs never see half a file
    except (OSError, ValueError):  # a read-only install: compile every time, as without it
        import contextlib

        with contextlib.suppress(OSError):
            os.unlink(tmp)
