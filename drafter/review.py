"""Findings located in sections: which section and paragraph each checker line comes
from, how to apply a finding's fix to the section text, and adding a number to the facts.
Headless; the TUI's findings panel uses it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from drafter.document import Document
from drafter.drafting import assemble
from drafter.facts import Facts
from drafter.project import Project

# The revisions the workspace offers in one keystroke; free instructions are typed.
PRESETS: dict[str, str] = {
    "更简洁": "在不丢失任何事实的前提下，把本节改得更简洁，删去空话套话。",
    "更详细": "在只使用事实表内容的前提下，把本节写得更详细、更具体。",
    "更正式": "把本节的措辞改得更正式、更符合公文规范。",
}


class FindingLike(Protocol):
    rule: str
    severity: str
    line: int
    col: int
    excerpt: str
    message: str
    fix: str | None


@dataclass(frozen=True)
class Place:
    """Where a checker line lives: a section and its n-th non-empty paragraph."""

    section_id: str
    paragraph: int


@dataclass(frozen=True)
class Located:
    finding: Any  # a drafter.rules.Finding
    place: Place | None  # None: the title, 落款 or date, not inside a section

    @property
    def is_error(self) -> bool:
        return getattr(self.finding, "severity", "") == "error"


def paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def document_lines(project: Project, facts: Facts, document: Document | None = None
                   ) -> tuple[list[str], list[Place | None]]:
    """The assembled document's lines (the checker's input) and each line's place;
    `document` when the caller has assembled it already."""
    lines = (document or assemble(project, facts)).text_lines()
    places: list[Place | None] = [None]  # the title
    for section in project.sections:
        paras = paragraphs(section.text)
        if not paras:
            continue
        if section.title:
            places.append(None)  # the heading line
        places += [Place(section.id, i) for i in range(len(paras))]
    places += [None] * (len(lines) - len(places))
    return lines, places[: len(lines)]


Checker = Callable[[Sequence[str], Facts], list[Any]]


def locate(project: Project, facts: Facts, checker: Checker) -> list[Located]:
    lines, places = document_lines(project, facts)
    return place_all(checker(lines, facts), places)


def place_all(findings: Sequence[Any], places: list[Place | None]) -> list[Located]:
    """Each finding with the section and paragraph its line comes from."""
    out = []
    for f in findings:
        index = f.line - 1
        out.append(Located(f, places[index] if 0 <= index < len(places) else None))
    return out


def counts(located: list[Located]) -> dict[str, int]:
    per: dict[str, int] = {}
    for item in located:
        if item.place:
            per[item.place.section_id] = per.get(item.place.section_id, 0) + 1
    return per


def text_position(text: str, paragraph: int, col: int) -> tuple[int, int]:
    """(row, column) in the raw section text of a 1-based column in paragraph n."""
    n = -1
    for row, raw in enumerate(text.splitlines()):
        if raw.strip():
            n += 1
            if n == paragraph:
                indent = len(raw) - len(raw.lstrip())
                return row, indent + max(col - 1, 0)
    return 0, 0


def apply_fix(text: str, paragraph: int, col: int, excerpt: str, fix: str) -> str | None:
    """The section text with `excerpt` at (paragraph, col) replaced by `fix`; None when
    the text there no longer reads `excerpt` (the writer changed it meanwhile)."""
    row, column = text_position(text, paragraph, col)
    rows = text.splitlines()
    if row >= len(rows) or rows[row][column:column + len(excerpt)] != excerpt:
        return None
    rows[row] = rows[row][:column] + fix + rows[row][column + len(excerpt):]
    return "\n".join(rows)


_NUMBER = re.compile(r"(-?\d+(?:\.\d+)?)\s*(%|[^\d\s，。；、%]{0,3})")


def parse_number(excerpt: str) -> tuple[float | int, str] | None:
    """"95%" → (95, "%"), "1.5万元" → (1.5, "万元"): a figure to add to the facts."""
    m = _NUMBER.search(excerpt)
    if not m:
        return None
    raw = m.group(1)
    value: float | int = float(raw) if "." in raw else int(raw)
    return value, m.group(2)


def add_figure(facts_data: dict[str, Any], name: str, value: float | int, unit: str,
               period: str = "") -> dict[str, Any]:
    """A copy of the facts data with one more [[figures]] row."""
    data = dict(facts_data)
    row: dict[str, Any] = {"name": name, "value": value}
    if unit:
        row["unit"] = unit
    if period:
        row["period"] = period
    data["figures"] = [*data.get("figures", []), row]
    return data
