"""``json`` and ``jsonl``: the FILE and CLAIM records of ``claimcheck/report@1`` as they are.

Both stream: ``json`` writes its opening keys first, one FILE per input as it comes, and the
summary last, so a run over thousands of files never holds them all; the result is one JSON
document. ``jsonl`` prints one FILE object per line (no summary line, as ruff's json-lines).
"""

from __future__ import annotations

import json
from typing import Any

from claimcheck.formats.interface import FormatOptions, Formatter
from claimcheck.model import FileReport
from claimcheck.report import FileGate, Summary, file_record

SCHEMA = "claimcheck/report@1"


def dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)


class JsonFormatter(Formatter):
    def __init__(self, options: FormatOptions) -> None:
        super().__init__(options)
        self._files = 0

    def begin(self) -> str:
        dataset = {"name": self.options.dataset_name, "version": self.options.dataset_version}
        return (
            "{\n"
            f'  "schema": {dumps(SCHEMA)},\n'
            f'  "version": {dumps(self.options.tool_version)},\n'
            f'  "dataset": {dumps(dataset)},\n'
            '  "files": ['
        )

    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        record = file_record(report, show=gate.show, explain=self.options.explain, gate=gate)
        lead = "," if self._files else ""
        self._files += 1
        # One FILE per line inside the array: half the size and twice the speed of indenting
        # it, and still easy to read with jq or a diff.
        return f"{lead}\n    {dumps(record)}"

    def end(self, summary: Summary) -> str:
        close = "\n  ]" if self._files else "]"
        body = dumps(summary.to_json(self.options.statistics))
        return f'{close},\n  "summary": {body}\n}}\n'


class JsonLinesFormatter(Formatter):
    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        gate = self.gate(gate)
        record = file_record(report, show=gate.show, explain=self.options.explain, gate=gate)
        return dumps(record) + "\n"
