"""Which files a run checks: the command line's paths, directories and globs, filtered.

- A file named on the command line is checked whatever its extension (``--exclude`` still applies,
  so a pre-commit hook that passes every changed file honours the configuration).
- A directory is walked recursively for the ``include`` patterns (default: ``*.txt``, ``*.md``,
  ``*.markdown``, ``*.html``, ``*.htm``), skipping hidden directories, ``node_modules`` and
  ``__pycache__``; inside a git work tree, files that ``.gitignore`` ignores are skipped unless
  ``respect_gitignore`` is False (tracked files are always kept, as git does). A directory that
  is itself ignored is walked unfiltered when named on the command line. Without git, or outside
  a work tree, nothing is filtered and no error is raised.
- A glob (``articles/**/*.md``) is expanded relative to ``cwd`` like a shell would (``**`` spans
  directories, hidden names only match an explicit dot); ``.gitignore`` applies to what it finds,
  and directories it matches are walked.
- ``-`` (stdin) is kept as the string ``"-"``.

Files come out sorted within each argument, in argument order, each once (first place kept).
A path that does not exist, or a glob that matches nothing, raises ``UsageError``. A directory with
no articles in it is not an error here: it contributes nothing, and the CLI says "no articles
found" when the whole list is empty. Patterns are ``fnmatch`` globs tried against the path relative
to ``cwd``, its file name, and each of its parent directories (so ``drafts`` or ``drafts/``
excludes everything below a ``drafts`` directory); ``**/`` also matches no directory at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from claimcheck.errors import UsageError

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__"})
_GLOB_CHARS = frozenset("*?[")


def matches(path: str | Path, patterns: Iterable[str]) -> bool:
    """True when ``path`` (relative, any separator) matches one of ``patterns``."""
    posix = PurePosixPath(str(path).replace(os.sep, "/"))
    text = str(posix)
    candidates = [text, posix.name, *(str(p) for p in posix.parents if str(p) != ".")]
    for pattern in patterns:
        pattern = pattern.replace(os.sep, "/").rstrip("/") or pattern
        if pattern.startswith("./"):
            pattern = pattern[2:]
        variants = {pattern, pattern.replace("**/", "")}
        if any(fnmatchcase(c, v) for c in candidates for v in variants):
            return True
    return False


def collect_paths(
    args: Sequence[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
    cwd: Path | None = None,
) -> list[Path | str]:
    """The files to check, in order; raises UsageError for a path that does not exist."""
    base = cwd or Path.cwd()
    wanted = tuple(include) or DEFAULT_INCLUDE
    out: list[Path | str] = []
    seen: set[str] = set()

    def add(item: Path | str) -> None:
        key = item if item == "-" else os.path.normpath(base / item)
        if key not in seen:
            seen.add(key)
            out.append(item)

    for arg in args:
        if arg == "-":
            add("-")
            continue
        target = base / arg
        if target.is_dir():
            for found in _walk(Path(arg), base, wanted, exclude, respect_gitignore):
                add(found)
        elif target.exists():
            if not matches(_relative(Path(arg), base), exclude):
                add(Path(arg))
        elif _GLOB_CHARS & set(arg):
            hits = _glob(arg, base)
            if not hits:
                raise UsageError(f"no files match {arg!r}")
            kept = _not_ignored(base) if respect_gitignore else None
            for hit in hits:
                if (base / hit).is_dir():
                    for found in _walk(hit, base, wanted, exclude, respect_gitignore):
                        add(found)
                elif _kept(hit, base, kept) and not matches(_relative(hit, base), exclude):
                    add(hit)
        else:
            raise UsageError(f"path not found: {arg}")
    return out


def _glob(pattern: str, base: Path) -> list[Path]:
    """Shell-like expansion: ``**`` spans directories, hidden names need an explicit dot."""
    import glob

    found = glob.glob(pattern, root_dir=None if os.path.isabs(pattern) else base, recursive=True)
    return sorted((Path(p) for p in found), key=lambda p: p.parts)


def _kept(hit: Path, base: Path, kept: set[str] | None) -> bool:
    return kept is None or os.path.normpath(base / hit) in kept


def _not_ignored(base: Path) -> set[str] | None:
    listed = _git_files(base)
    return None if listed is None else {os.path.normpath(base / p) for p in listed}


def _relative(path: Path, base: Path) -> Path:
    if not path.is_absolute():
        return path
    try:
        return path.relative_to(base)
    except ValueError:
        return path


def _walk(
    shown: Path,
    base: Path,
    include: Sequence[str],
    exclude: Sequence[str],
    respect_gitignore: bool,
) -> list[Path]:
    root = base / shown
    listed = _git_files(root) if respect_gitignore else None
    if listed == [] and _ignored(root):
        listed = None  # the user named an ignored directory: check what is in it
    relative = listed if listed is not None else _all_files(root)
    found = []
    for rel in relative:
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in rel.parts[:-1]):
            continue
        path = shown / rel
        as_seen = _relative(path, base)
        if matches(rel, include) and not matches(as_seen, exclude):
            found.append(path)
    found.sort(key=lambda p: p.parts)
    return found


def _all_files(root: Path) -> list[Path]:
    out: list[Path] = []
    for directory, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS]
        here = Path(directory).relative_to(root)
        out.extend(here / name for name in files)
    return out


def _ignored(directory: Path) -> bool:
    git = shutil.which("git")
    if git is None:
        return False
    try:
        proc = subprocess.run(
            [git, "-C", str(directory), "check-ignore", "-q", "."],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0


def _git_files(root: Path) -> list[Path] | None:
    """Files below ``root`` that git does not ignore, or None outside a work tree / without git."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        proc = subprocess.run(
            [git, "-C", str(root), "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    names = proc.stdout.decode("utf-8", errors="surrogateescape").split("\0")
    # --cached lists files deleted from the work tree too; ls-files repeats conflicted entries.
    unique = dict.fromkeys(n for n in names if n)
    return [Path(n) for n in unique if (root / n).is_file()]
