"""The formats of ``claimcheck extract``: ``table`` for people, ``json`` / ``jsonl`` for scripts.

They take the extract records (``claimcheck.api.ExtractedFile``, any ``ExtractSource``) and follow
the verify formatters' lifecycle: ``begin()``, ``file(extracted)`` per file, ``end()``, each
returning the text to write now. ``json`` streams its ``files`` array like the verify report.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence

from claimcheck.formats.interface import one_line
from claimcheck.formats.records import dumps
from claimcheck.report import ExtractSource, extract_file_record

SCHEMA = "claimcheck/extract@1"


class ExtractFormatter(abc.ABC):
    def begin(self) -> str:
        return ""

    @abc.abstractmethod
    def file(self, extracted: ExtractSource) -> str: ...

    def end(self) -> str:
        return ""


class JsonExtractFormatter(ExtractFormatter):
    def __init__(self, version: str) -> None:
        self.version = version
        self._files = 0

    def begin(self) -> str:
        return (
            f'{{\n  "schema": {dumps(SCHEMA)},\n  "version": {dumps(self.version)},\n  "files": ['
        )

    def file(self, extracted: ExtractSource) -> str:
        lead = "," if self._files else ""
        self._files += 1
        return f"{lead}\n    {dumps(extract_file_record(extracted))}"

    def end(self) -> str:
        return ("\n  ]" if self._files else "]") + "\n}\n"


class JsonLinesExtractFormatter(ExtractFormatter):
    def __init__(self, version: str) -> None:
        self.version = version

    def file(self, extracted: ExtractSource) -> str:
        return dumps(extract_file_record(extracted)) + "\n"


COLUMNS = ("line:col", "kind", "text", "value", "unit", "qualifier", "time")


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1e4 else f"{value:g}"
    return str(value)


class TableFormatter(ExtractFormatter):
    """Aligned plain columns per file; long text is cut to keep rows within ``width``."""

    def __init__(self, *, color: bool | None = None, width: int | None = None) -> None:
        self.color = bool(color)
        self.width = width or 100

    def file(self, extracted: ExtractSource) -> str:
        head = f"{extracted.path}  as of {extracted.as_of.isoformat()} ({extracted.as_of_source})"
        lines = [self._bold(head)]
        if extracted.error is not None:
            lines.append(f"  error: {one_line(extracted.error)}")
        for problem in extracted.problems:
            lines.append(f"  {problem.severity}: {one_line(problem.message)}")
        rows = [
            (
                f"{c.line}:{c.column}",
                c.kind,
                one_line(c.text),
                _value(c.value),
                c.unit or "",
                c.qualifier or "",
                _time(c.time.start, c.time.end) if c.time else "",
            )
            for c in extracted.claims
        ]
        if rows:
            lines.extend(self._table(rows))
        n = len(extracted.claims)
        lines.append(f"  {n} claim{'s' if n != 1 else ''}")
        return "\n".join(lines) + "\n\n"

    def _table(self, rows: Sequence[tuple[str, ...]]) -> list[str]:
        widths = [max(len(r[i]) for r in [COLUMNS, *rows]) for i in range(len(COLUMNS))]
        out = []
        for row in [COLUMNS, *rows]:
            cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=True)]
            line = ("  " + "  ".join(cells)).rstrip()
            if len(line) > self.width:
                line = line[: self.width - 3] + "..."
            out.append(self._bold(line) if row is COLUMNS else line)
        return out

    def _bold(self, text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m" if self.color else text


def _time(start: object, end: object) -> str:
    if start == end:
        return str(start)
    if start is None:
        return f"until {end}"
    if end is None:
        return f"from {start}"
    return f"{start}..{end}"
