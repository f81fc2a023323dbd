"""Changes a writer makes to a project by hand — add, remove and move sections, step
through versions, accept a revision, record typing, apply a checker's fix — each a
small function over Project/Section, so the TUI only calls them and the rules are
tested without a screen."""

from __future__ import annotations

from typing import Any

from drafter.project import Project, Section, Status, Version
from drafter.review import Place, apply_fix

USER = "user"



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
    section.add_version(Version(text=text, source=source, note=note or "重新生成"),
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


def fix(project: Project, place: Place, finding: Any) -> Section | None:
    """Apply a finding's fix as a new version; None when the text has changed since."""
    section = project.section(place.section_id)
    text = apply_fix(section.text, place.paragraph, finding.col, finding.excerpt,
                     finding.fix)
    if text is None:
        return None
    section.add_version(Version(text=text, source=USER, note=f"修正：{finding.rule}"),
                        Status.EDITED)
    return section


def parse_figure(name: str, value: str) -> float | int:
    """The 数值 typed into the add-a-number dialog; ValueError with a message."""
    name, value = name.strip(), value.strip()
    if not name:
        raise ValueError("请填写数字的名称")
    try:
        return float(value) if "." in value else int(value)
    except ValueError:
        raise ValueError(f"“{value}”不是数字") from None
