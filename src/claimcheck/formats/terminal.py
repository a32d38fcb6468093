"""``rich``: the report an editor reads at a terminal.

Per file: a header (path, article date and where it came from), the listed claims grouped by
verdict with line:column, the sentence with the figure highlighted, the evidence, the reference
value and its source; ``--explain`` adds the facts considered with their per-signal scores. The run
ends with a one-line summary (and ``--statistics``). Rendered by rich into a string at the given
width; without colour the text is plain (no escape codes at all).
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimcheck.formats.interface import (
    FormatOptions,
    Formatter,
    error_message,
    finding_message,
    one_line,
    problem_line,
    problem_message,
    reference_text,
    safe_path,
    source_text,
    source_url,
)
from claimcheck.model import VERDICTS, CheckedClaim, Fact, FileReport
from claimcheck.report import FileGate, Summary, file_counts, listed

# (indent, text): wrapped lines of ``text`` are all indented, as a hanging list item.
Line = tuple[int, "Text"]

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

STYLES = {
    "contradicted": "bold red",
    "outdated": "yellow",
    "unverifiable": "blue",
    "supported": "green",
}
# Verdicts in the order a reader needs them: what blocks publication first.
ORDER = ("contradicted", "outdated", "unverifiable", "supported")
CONTEXT = 60  # characters of the sentence kept on each side of the figure


def read_text(path: str) -> str | None:
    """The file's visible text as the checker saw it (markup blanked, offsets kept), or None."""
    from claimcheck.documents import parse_document

    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
            text = handle.read(8_000_000)
    except (OSError, ValueError):
        return None
    try:
        # Quote what a reader sees: tags and entities of HTML or Markdown are not prose.
        return parse_document(text, path).visible
    except ValueError:  # a format named by no suffix we know: quote the file as it is
        return text


def _plain(text: str) -> str:
    """One line, without the invisible filler that stands in for a space entity."""
    return one_line(text.replace("\u2060", ""))


class RichFormatter(Formatter):
    def __init__(
        self, options: FormatOptions, read: Callable[[str], str | None] = read_text
    ) -> None:
        super().__init__(options)
        self.read = read

    def _console(self) -> Console:
        from rich.console import Console

        color = bool(self.options.color)
        width = self.options.width or shutil.get_terminal_size((80, 24)).columns
        return Console(
            file=io.StringIO(),
            force_terminal=color,
            no_color=not color,
            color_system="auto" if color else None,
            width=width,
            highlight=False,
            markup=False,
            emoji=False,
            legacy_windows=False,
        )

    def _render(self, *items: Line) -> str:
        """Wrap each text to the width left after its indent; one print per call (rich's
        Padding costs a millisecond a line, too much for a bulk run)."""
        from rich.text import Text

        console = self._console()
        out = Text()
        for indent, text in items:
            for line in text.wrap(console, max(console.width - indent, 20)):
                if indent:
                    out.append(" " * indent)
                out.append_text(line)
                out.append("\n")
        console.print(out, soft_wrap=True, end="")
        file = console.file
        assert isinstance(file, io.StringIO)
        # Wrapped lines can end in spaces that only get in the way when piped.
        return "".join(line.rstrip(" ") + "\n" for line in file.getvalue().splitlines())

    def begin(self) -> str:
        from rich.text import Text

        options = self.options
        if not options.dataset_name:
            return ""
        line = Text(f"claimcheck {options.tool_version}", style="bold")
        line.append(f" - dataset {options.dataset_name} {options.dataset_version}".rstrip())
        return self._render((0, line), (0, Text()))

    def file(self, report: FileReport, gate: FileGate | None = None) -> str:
        from rich.text import Text

        gate = self.gate(gate)
        header = Text(safe_path(report.path), style="bold underline")
        header.append(f"  as of {report.as_of.isoformat()} ({_source(report.as_of_source)})")
        items: list[Line] = [(0, header)]
        if report.error is not None:
            error = Text(f"error: {error_message(report)}", "bold red")
            items.append((2, error))
        for problem in report.problems:
            line, column = problem_line(problem)
            text = Text(f"{line}:{column}  {problem.severity}: {problem_message(problem)}")
            items.append((2, text))
        shown = listed(report, gate.show)
        source = self.read(report.path) if shown else None
        for verdict in ORDER:
            group = [c for c, _ in shown if c.verdict == verdict]
            if not group:
                continue
            items.append((2, Text(f"{verdict} ({len(group)})", STYLES[verdict])))
            for checked in group:
                items.extend(self._claim(checked, source))
        items.append((2, Text(_counts(report, gate), "dim")))
        items.append((0, Text()))
        return self._render(*items)

    def _claim(self, checked: CheckedClaim, source: str | None) -> list[Line]:
        from rich.text import Text

        claim = checked.claim
        style = STYLES[checked.verdict]
        title = Text(f"{claim.line}:{claim.column}", "bold")
        title.append("  ")
        title.append(one_line(claim.text), style)
        if claim.context and claim.context not in claim.text:
            title.append(f"  {one_line(claim.context)}")
        out: list[Line] = [(4, title)]
        sentence = _sentence(checked, source, style)
        if sentence is not None:
            out.append((6, sentence))
        message = finding_message(checked)
        # A supported claim's message only restates the reference line below it.
        if checked.fact is not None and message.startswith("reference:"):
            message = ""
        else:
            out.append((6, Text(message)))
        if checked.fact is not None:
            out.append((6, _reference("reference", checked.fact, message, checked)))
        if checked.superseded_by is not None:
            current = _reference("superseded by", checked.superseded_by, message, None)
            out.append((6, current))
        if self.options.explain:
            out.extend((indent, line) for indent, line in _explain(checked))
        return out

    def end(self, summary: Summary) -> str:
        from rich.text import Text

        style = "bold red" if summary.verdicts.get("contradicted") else "bold"
        items: list[Line] = [(0, Text(summary.line(), style))]
        if self.options.statistics:
            items.append((0, Text()))
            items.extend((0, Text(line)) for line in summary.statistics_lines())
        return self._render(*items)


def _source(as_of_source: str) -> str:
    return {
        "option": "from --as-of",
        "front-matter": "from front matter",
        "dateline": "from the dateline",
        "config": "from configuration",
        "today": "today: no date in the article",
    }.get(as_of_source, f"from {as_of_source}")


def _counts(report: FileReport, gate: FileGate) -> str:
    counts = file_counts(report, gate.baselined)
    parts = [f"{counts[v]} {v}" for v in (*VERDICTS, "suppressed", "baselined") if counts.get(v)]
    total = counts["claims"]
    noun = "claim" if total == 1 else "claims"
    return f"{total} {noun}" + (": " + ", ".join(parts) if parts else "")


def _sentence(checked: CheckedClaim, source: str | None, style: str) -> Text | None:
    """The claim's sentence from the file, figure highlighted; None when it cannot be trusted."""
    from rich.text import Text

    claim = checked.claim
    if source is None or _plain(source[claim.start : claim.end]) != _plain(claim.text):
        return None
    start, end = claim.sentence
    if not (0 <= start <= claim.start and claim.end <= end <= len(source)):
        start, end = claim.start, claim.end
    before = _plain(source[max(start, claim.start - CONTEXT) : claim.start])
    after = _plain(source[claim.end : min(end, claim.end + CONTEXT)])
    lead = "..." if claim.start - CONTEXT > start else ""
    tail = "..." if claim.end + CONTEXT < end else ""
    text = Text(f'"{lead}{before}' + (" " if _space(source, claim.start - 1) and before else ""))
    text.append(one_line(claim.text), f"{style} reverse")
    text.append((" " if _space(source, claim.end) and after else "") + f'{after}{tail}"')
    return text


def _space(source: str, index: int) -> bool:
    return 0 <= index < len(source) and source[index].isspace()


def _reference(label: str, fact: Fact, message: str, checked: CheckedClaim | None) -> Text:
    """The fact's value (unless the message already states it), id, validity and source."""
    from rich.text import Text

    value = reference_text(fact)
    line = Text(f"{label}: ", "dim")
    line.append(f"[{fact.id}]" if value in message else f"{value} [{fact.id}]")
    if checked is not None and checked.verdict == "outdated":
        line.append(_validity(fact))
    cited, url = source_text(fact), source_url(fact)
    if cited:
        line.append(f" - {cited}")
    if url:
        line.append(f" {url}", "dim")
    return line


def _validity(fact: Fact) -> str:
    if fact.valid_from and fact.valid_until:
        return f", true from {fact.valid_from} until {fact.valid_until}"
    if fact.valid_until:
        return f", true until {fact.valid_until}"
    return f", true from {fact.valid_from}" if fact.valid_from else ""


def _explain(checked: CheckedClaim) -> list[tuple[int, Text]]:
    """Lines with their indent: the facts considered, the winner starred, scores per signal."""
    from rich.text import Text

    if not checked.candidates:
        return [(6, Text("explain: no fact was a candidate", "dim"))]
    lines = [(6, Text("explain: facts considered", "dim"))]
    winner = checked.fact.id if checked.fact else None
    for candidate in checked.candidates:
        mark = "*" if candidate.fact.id == winner else "-"
        line = Text(f"{mark} {candidate.fact.id} {candidate.score:.2f}")
        signals = ", ".join(
            f"{s.name} {s.score:.2f}" + (f" ({one_line(s.detail)})" if s.detail else "")
            for s in candidate.signals
        )
        if signals:
            line.append(f": {signals}", "dim")
        lines.append((8, line))
    return lines
