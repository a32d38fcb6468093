"""collect_paths: files, directories, globs, include/exclude and .gitignore."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.errors import UsageError
from claimcheck.paths import collect_paths, matches

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "paths.yaml").read_text("utf-8"))
TREE = [
    "a.md", "b.txt", "c.html", "d.htm", "e.markdown", "notes.json",
    "sub/z.md", "sub/y.txt", "sub/deeper/x.md", "drafts/d1.md", ".hidden/h.md",
    "node_modules/n.md",
]  # fmt: skip


def _make(root: Path, names: list[str]) -> Path:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{name}: 32 allies\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_collect_paths(case: dict[str, Any], tmp_path: Path) -> None:
    root = _make(tmp_path / "tree", TREE)
    options = {"include": case.get("include", ()), "exclude": case.get("exclude", ())}
    if "error" in case:
        with pytest.raises(UsageError, match=case["error"].replace("*", r"\*")):
            collect_paths(case["args"], cwd=root, **options)
        return
    found = collect_paths(case["args"], cwd=root, **options)
    assert [str(p) for p in found] == case["expected"]


def test_absolute_paths_stay_absolute(tmp_path: Path) -> None:
    root = _make(tmp_path / "tree", TREE)
    found = collect_paths([str(root / "sub"), str(root / "*.txt")], cwd=tmp_path)
    assert found == [
        root / "sub/deeper/x.md",
        root / "sub/y.txt",
        root / "sub/z.md",
        root / "b.txt",
    ]


def test_uses_the_working_directory_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_make(tmp_path, ["one.md", "two.txt"]))
    assert collect_paths(["."]) == [Path("one.md"), Path("two.txt")]


@pytest.mark.parametrize(
    ("path", "patterns", "expected"),
    [
        ("a/b/c.md", ["*.md"], True),
        ("a/b/c.md", ["a"], True),
        ("a/b/c.md", ["a/"], True),
        ("a/b/c.md", ["b"], False),  # a parent is matched from the top of the relative path
        ("a/b/c.md", ["a/**/c.md"], True),
        ("a/c.md", ["a/**/c.md"], True),
        ("a/c.md", ["./a/*.md"], True),
        ("a/c.txt", ["*.md", "x"], False),
    ],
)
def test_matches(path: str, patterns: list[str], expected: bool) -> None:
    assert matches(path, patterns) is expected


GIT = shutil.which("git")


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_gitignore_inside_a_work_tree(tmp_path: Path) -> None:
    root = _make(tmp_path / "repo", ["keep.md", "build/out.md", "notes/private.md", "sub/s.md",
                                     "tracked-ignored.md"])  # fmt: skip
    _git(root, "init", "-q")
    (root / ".gitignore").write_text("build/\nprivate.md\ntracked-ignored.md\n", "utf-8")
    _git(root, "add", "-f", "tracked-ignored.md")  # tracked files are kept, as git does
    found = collect_paths(["."], cwd=root)
    assert [str(p) for p in found] == ["keep.md", "sub/s.md", "tracked-ignored.md"]
    assert [str(p) for p in collect_paths(["sub"], cwd=root)] == ["sub/s.md"]
    everything = collect_paths(["."], cwd=root, respect_gitignore=False)
    assert [str(p) for p in everything] == ["build/out.md", "keep.md", "notes/private.md",
                                            "sub/s.md", "tracked-ignored.md"]  # fmt: skip
    # A file named explicitly is checked even when ignored; a glob's finds are filtered.
    assert collect_paths(["build/out.md"], cwd=root) == [Path("build/out.md")]
    assert [str(p) for p in collect_paths(["**/*.md"], cwd=root)] == [
        "keep.md",
        "sub/s.md",
        "tracked-ignored.md",
    ]


def test_without_git_nothing_is_filtered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _make(tmp_path, ["keep.md", "build/out.md"])
    (root / ".gitignore").write_text("build/\n", "utf-8")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert [str(p) for p in collect_paths(["."], cwd=root)] == ["build/out.md", "keep.md"]
