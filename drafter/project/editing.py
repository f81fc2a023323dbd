"""Changes a user makes to a project by hand — add, remove and move sections, step
through versions, accept a revision, record typing, apply a checker's fix, add a number
to the facts — each a small function over Project/Section, so the TUI only calls them
and the rules are tested without a screen."""

from __future__ import annotations

import re
from typing import Any

from drafter.project.findings import Place
from drafter.project.model import USER, Project, Section, Status, Version
from drafter.rules.model import Finding
from drafter.writers.base import REGENERATE


def add_section(project: Project, title: str, after: Section | None = None) -> Section:
    """A hand-made section (no template) after `after`, or at the end."""
    taken = {s.id for s in project.sections}
    n = 1
    while f"custom-{n}" in taken:
        n += 1
    section = Section(id=f"custom-{n}", title=title.strip())
    index = project.sections.index(after) + 1 if after in project.sections else len(
        project.sections)
    project.sections.insert(index, section)
    return section


def remove_section(project: Project, section: Section) -> Section | None:
    """Remove it with its history; returns the section that takes its place in a list."""
    index = project.sections.index(section)
    project.sections.remove(section)
    rest = project.sections
    return rest[min(index, len(rest) - 1)] if rest else None


def move_section(project: Project, section: Section, step: int) -> bool:
    sections = project.sections
    i = sections.index(section)
    j = i + step
    if not 0 <= j < len(sections):
        return False
    sections[i], sections[j] = sections[j], sections[i]
    return True


def restore(section: Section, index: int) -> bool:
    """Make version `index` current again (undo, redo, restore from the history)."""
    if not 0 <= index < len(section.versions):
        return False
    section.current = index
    section.status = Status.for_source(section.versions[index].source)
    return True


def accept(section: Section, text: str, source: str, note: str) -> None:
    section.add_version(Version(text=text, source=source, note=note or REGENERATE),
                        Status.for_source(source))


def record_typing(section: Section, text: str, *, same_session: bool) -> bool:
    """Typing in the editor: the first change of a session adds a version, later ones
    update it, so one session is one step in the history. Returns True when a new
    version was added."""
    if text == section.text:
        return False
    last = section.versions[-1] if section.versions else None
    if (same_session and last is not None and last.source == USER
            and section.current == len(section.versions) - 1):
        last.text = text
        section.status = Status.EDITED
        return False
    section.add_version(Version(text=text, source=USER), Status.EDITED)
    return True


def fix(project: Project, place: Place, finding: Finding) -> Section | None:
    """Apply a finding's fix as a new version; None when the text has changed since."""
    section = project.section(place.section_id)
    if finding.fix is None:
        return None
    text = apply_fix(section.text, place.paragraph, finding.col, finding.excerpt,
                     finding.fix)
    if text is None:
        return None
    section.add_version(Version(text=text, source=USER, note=f"修正：{finding.rule}"),
                        Status.EDITED)
    return section


def parse_figure(name: str, value: str) -> float | int:
    """The 数值 typed into the add-a-number dialog; ValueError with a Chinese message."""
    name, value = name.strip(), value.strip()
    if not name:
        raise ValueError("请填写数字的名称")
    try:
        return _number(value)
    except ValueError:
        raise ValueError(f"“{value}”不是数字") from None


def _number(raw: str) -> float | int:
    return float(raw) if "." in raw else int(raw)


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
    return _number(m.group(1)), m.group(2)


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
