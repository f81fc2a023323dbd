"""Findings placed in sections: which section and paragraph each line the checker read
comes from, and how many findings each section holds. Headless; the CLI's report and the
TUI's findings panel both use it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import takewhile

from drafter.document import Document, Role
from drafter.facts import Facts
from drafter.project.model import Project
from drafter.rules.model import Finding

Checker = Callable[[Sequence[str], Facts], list[Finding]]
"""The rules checker's shape (`drafter.rules.check`): lines and facts → findings."""


@dataclass(frozen=True)
class Place:
    """Where a checker line lives: a section and its n-th non-empty paragraph (0-based)."""

    section_id: str
    paragraph: int


@dataclass(frozen=True)
class Located:
    finding: Finding
    place: Place | None  # None: the title, a heading, 落款 or date, not inside a section

    @property
    def is_error(self) -> bool:
        return self.finding.severity == "error"


def paragraphs(text: str) -> list[str]:
    """A section's non-empty paragraphs, stripped: what the assembled document holds."""
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def document_places(project: Project, document: Document) -> list[Place | None]:
    """For each line of `document.text_lines()` (the checker's input), the place it comes
    from; `document` must be `assemble(project, …)`."""
    count = len(document.text_lines())
    # the title, a speech's byline and a 主送机关 line: no section's (pipeline.assemble)
    head = (Role.TITLE, Role.BYLINE) if project.spoken else \
        (Role.TITLE, Role.BYLINE, Role.SALUTATION)
    places: list[Place | None] = [
        None for _ in takewhile(lambda b: b.role in head, document.blocks)]
    for section in project.sections:
        paras = paragraphs(section.text)
        if not paras:
            continue
        if section.title:
            places.append(None)  # the heading line
        places += [Place(section.id, i) for i in range(len(paras))]
    places += [None] * (count - len(places))
    return places[:count]


def place_all(findings: Sequence[Finding], places: list[Place | None]) -> list[Located]:
    """Each finding with the section and paragraph its line (1-based) comes from."""
    out = []
    for f in findings:
        index = f.line - 1
        out.append(Located(f, places[index] if 0 <= index < len(places) else None))
    return out


def counts(located: list[Located]) -> dict[str, int]:
    """Findings per section id (those outside any section are not counted)."""
    per: dict[str, int] = {}
    for item in located:
        if item.place:
            per[item.place.section_id] = per.get(item.place.section_id, 0) + 1
    return per
