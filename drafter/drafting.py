"""The draft pipeline: a project from facts, sections written by any Writer, and the
finished Document assembled for export. Headless; the CLI and the TUI both drive it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from drafter.document import Block, Document, Role, classify_paragraph, format_cn_date
from drafter.errors import EndpointError
from drafter.facts import Facts
from drafter.kinds import Kind
from drafter.numbering import heading_prefix
from drafter.project import Project, Section, Status, Version
from drafter.writers.base import Draft, SectionRequest, Writer
from drafter.writers.builtin import applicable, render_section, render_title


def new_project(facts: Facts, kind: Kind) -> Project:
    sections = [Section(id=s.id, title=s.title, role=s.role)
                for s in kind.sections if applicable(s, facts)]
    return Project(kind=kind.id, facts_data=facts.data, title=render_title(kind, facts),
                   sections=sections)


def sync_sections(project: Project, kind: Kind, facts: Facts) -> None:
    """After the facts changed: add sections that now apply, at their place in the kind;
    keep every existing section and its history (the writer may have added or moved some)."""
    present = {s.id for s in project.sections}
    for position, spec in enumerate(kind.sections):
        if spec.id not in present and applicable(spec, facts):
            index = min(position, len(project.sections))
            project.sections.insert(index, Section(id=spec.id, title=spec.title, role=spec.role))


@dataclass(frozen=True)
class SectionDone:
    """Progress report for one section."""

    section: Section
    index: int
    total: int
    seconds: float
    draft: Draft


def section_request(project: Project, facts: Facts, section: Section, *,
                    instruction: str = "") -> SectionRequest | None:
    """What a Writer gets for this section; None for a section the writer added by hand
    (the kind has no template for it)."""
    kind = project.kind_def()
    spec = next((s for s in kind.sections if s.id == section.id), None)
    if spec is None:
        return None
    others = "\n".join(s.text for s in project.sections if s is not section and s.text)
    request = SectionRequest(kind=kind, spec=spec, facts=facts,
                             skeleton=render_section(kind, spec, facts), context=others)
    if instruction:
        request = replace(request, current=section.text, instruction=instruction)
    return request


async def draft_sections(project: Project, facts: Facts, writer: Writer, *,
                         concurrency: int = 4,
                         on_done: Callable[[SectionDone], None] | None = None,
                         save: bool = True) -> None:
    """Write every unlocked section that belongs to the kind; save after each one."""
    kind = project.kind_def()
    known = {s.id for s in kind.sections}
    todo = [s for s in project.sections if not s.locked and s.id in known]
    limit = asyncio.Semaphore(max(1, concurrency))
    save_lock = asyncio.Lock()
    done = 0

    async def one(section: Section) -> None:
        nonlocal done
        async with limit:
            started = time.perf_counter()
            request = section_request(project, facts, section)
            assert request is not None  # `todo` holds the kind's own sections only
            try:
                draft = await writer.write(request)
            except EndpointError as e:
                if e.partial:  # kept for the user to look at, never made current
                    section.candidates.append(Version(text=e.partial, source=writer.name,
                                                      note="未完成的答复"))
                    await saved()
                raise
            text = draft.text.strip()
            if text != section.text:
                section.add_version(Version(text=text, source=writer.name, note=draft.note),
                                    Status.for_source(writer.name))
            done += 1
            index = done
            await saved()
            if on_done:
                on_done(SectionDone(section, index, len(todo), time.perf_counter() - started,
                                    draft))

    async def saved() -> None:
        if save and project.path is not None:
            async with save_lock:
                project.save()

    # Every section runs to its end (each saved as it finishes); then the first failure
    # is raised, so a broken endpoint keeps everything drafted so far.
    results = await asyncio.gather(*(one(s) for s in todo), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result


def assemble(project: Project, facts: Facts) -> Document:
    """The finished document: title, numbered sections, 落款 and 成文日期."""
    blocks = [Block(Role.TITLE, project.title)]
    number = 0
    for section in project.sections:
        text = section.text.strip()
        if not text:
            continue
        if section.title:
            number += 1
            blocks.append(Block(Role.HEADING, f"{heading_prefix(1, number)}{section.title}", 1))
        for line in (ln.strip() for ln in text.splitlines()):
            if not line:
                continue
            if section.role == "salutation":
                blocks.append(Block(Role.SALUTATION, line))
            else:
                blocks.append(classify_paragraph(line))
    blocks.append(Block(Role.SIGNATURE, facts.unit.name))
    blocks.append(Block(Role.DATE, format_cn_date(facts.doc.date)))
    return Document(title=project.title, blocks=blocks, author=facts.unit.name,
                    date=facts.doc.date)
