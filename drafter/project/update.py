"""A changed figure updates the text (issue 13): every occurrence the ledger links to a
figure whose value changed — and to a ratio computed from it — is rewritten to the new
value, in every section, as one new version per touched section noting the change
(`事实更新：职工总数 412→420`). Occurrences not linked stay as they are, even with the
same digits. Locked and confirmed sections are updated too and listed in the result;
undo (the previous version, `editing.restore`) brings back the old text. Headless."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter.facts import Facts, Figure, facts_from_data, format_number
from drafter.kinds import kind_ids
from drafter.numbering import cn_numeral
from drafter.project.ledger import Entry, section_ledger
from drafter.project.model import Project, Section, Status, Version
from drafter.terms import load_terms

NOTE_PREFIX = "事实更新："


@dataclass(frozen=True)
class Change:
    """One figure whose value changed: its name and the old and new figure."""

    name: str
    old: Figure
    new: Figure

    @property
    def label(self) -> str:
        return f"{self.name} {self.old_text}→{self.new_text}"

    @property
    def old_text(self) -> str:
        return self.old.number

    @property
    def new_text(self) -> str:
        return self.new.number


@dataclass
class Updated:
    """What an update did: the figures changed, each touched section with how many
    occurrences were rewritten, and those of them the user locked or confirmed."""

    changes: list[Change] = field(default_factory=list)
    sections: list[tuple[Section, int]] = field(default_factory=list)
    review: list[Section] = field(default_factory=list)  # locked or confirmed: look again


def changed_figures(old: Facts, new: Facts) -> list[Change]:
    """The figures in both facts whose value changed (those still to report skipped)."""
    changes = []
    for f in old.figures:
        g = new.figure(f.name)
        if g is None or f.todo or g.todo:
            continue
        if f.number != g.number:
            changes.append(Change(f.name, f, g))
    return changes


def _rewritten(entry: Entry, change: Change, digits: str) -> str:
    """The new digits for one occurrence: the new value in the same scale (15万吨 or
    150000吨) and the same script (Arabic or Chinese numerals) as the text wrote it."""
    old, new = change.old.value, change.new.value
    ratio = change.new.ratio is not None
    scale = 1.0
    if entry.value is not None and old and abs(entry.value - old) > 0.051:
        scale = round(entry.value / old)  # 150000吨 for 15万吨: scale 10000
    times = 1.0
    if entry.value is not None:
        written = float(digits) if digits.replace(".", "", 1).isdigit() else None
        if written:
            times = round(entry.value / written) or 1.0  # 1.5万 written: the 万
    value = round(new * scale / times, 6)
    if digits and not digits[0].isdigit():  # Chinese numerals (三个, 十五项)
        if float(value).is_integer() and 0 <= value <= 9999:
            return cn_numeral(int(value))
        return format_number(value)
    return format_number(value, ratio=ratio, inexact=change.new.inexact and scale == times)


def rewrite(text: str, facts: Facts, changes: list[Change]) -> tuple[str, int]:
    """`text` with every occurrence linked to a changed figure rewritten; returns the new
    text and how many occurrences changed."""
    by_name = {c.name: c for c in changes}
    lines = text.splitlines()
    count = 0
    entries = [e for e in section_ledger(text, facts, load_terms())
               if e.kind in ("figure", "ratio") and e.source in by_name and e.start >= 0]
    for e in sorted(entries, key=lambda e: (e.line, e.start), reverse=True):
        line = lines[e.line - 1]
        digits = line[e.start:e.end]
        new = _rewritten(e, by_name[e.source], digits)
        if new != digits:
            lines[e.line - 1] = line[:e.start] + new + line[e.end:]
            count += 1
    out = "\n".join(lines)
    if text.endswith("\n"):
        out += "\n"
    return out, count


def update_figures(project: Project, facts: Facts | dict[str, Any]) -> Updated:
    """Apply new facts to `project`: each section whose text states a changed figure gets
    a new version with it rewritten (the note names every change); then the facts, title
    and sections follow the new facts (`pipeline.update_facts`). The caller saves.
    Raises FactsError for facts that do not validate (the project is unchanged)."""
    from drafter.project.pipeline import update_facts

    new = facts_from_data(facts, kinds=kind_ids()) if isinstance(facts, dict) else facts
    old = project.facts()
    changes = changed_figures(old, new)
    result = Updated(changes)
    if changes:
        note = NOTE_PREFIX + "；".join(c.label for c in changes)
        for section in project.sections:
            if not section.text.strip():
                continue
            text, count = rewrite(section.text, old, changes)
            if not count:
                continue
            status = section.status
            source = section.versions[section.current].source
            section.add_version(Version(text, source, note=note), status)
            result.sections.append((section, count))
            if section.locked or status is Status.CONFIRMED:
                result.review.append(section)
    update_facts(project, new)
    return result
