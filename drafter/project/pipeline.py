"""The one pipeline the CLI and the TUI both drive: a project from facts (new, or the
one next to a file with new facts applied), each section written by any Writer and kept
as a version (a broken answer as a candidate), the finished Document assembled, checked,
and exported with the errors highlighted. Headless."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from drafter.document import Block, Document, Role, classify_paragraph, format_cn_date
from drafter.errors import EndpointError, FactsError, Problem, ProjectError
from drafter.export.options import ExportOptions, Highlight
from drafter.facts import Facts, facts_from_data
from drafter.kinds import Kind, get_kind, kind_ids
from drafter.kinds.notes import (
    SIGNATURE_NOTE,
    asked_length,
    copy_to,
    delivery_date,
    main_to,
    report_to,
)
from drafter.kinds.render import applicable, arranged, render_section, render_title
from drafter.numbering import heading_prefix
from drafter.project.findings import Checker, Located, Place, document_places, place_all
from drafter.project.model import Project, Section, Status, Version, load_project
from drafter.rules.model import Finding
from drafter.writers.base import REGENERATE, Draft, EndpointUnusable, SectionRequest, Writer
from drafter.writers.progress import ProgressBoard

PARTIAL_NOTE = "未完成的答复"
"""The note of a candidate kept from an answer that broke off."""
INTERRUPTED_NOTE = "中断时未完成的答复"
"""The note of a candidate kept from an answer the user interrupted (Ctrl-C, SIGTERM)."""


# ------------------------------------------------------------------ the project


def new_project(facts: Facts, kind: Kind) -> Project:
    """A project with the kind's sections that the facts give something to say."""
    sections = [Section(id=s.id, title=s.title, role=s.role)
                for s in arranged(kind, facts) if applicable(s, facts)]
    return Project(kind=kind.id, facts_data=facts.data, title=render_title(kind, facts),
                   sections=sections)


def sync_sections(project: Project, kind: Kind, facts: Facts,
                  before: Facts | None = None) -> None:
    """After the facts changed: add sections that now apply, at their place in the kind;
    keep every existing section and its history (the writer may have added or moved some).
    Sections still in the order the facts `before` arranged them (the writer moved none)
    take the order the new facts arrange (render.arranged): notes that newly set the
    tasks' order move a 党支部's sections on the next draft (a redraft with --force kept
    the old order)."""
    present = {s.id for s in project.sections}
    if before is not None:
        old = [s.id for s in arranged(kind, before) if s.id in present]
        if [s.id for s in project.sections if s.id in set(old)] == old:
            rank = {spec.id: n for n, spec in enumerate(arranged(kind, facts))}
            ours = iter(sorted((s for s in project.sections if s.id in rank),
                               key=lambda s: rank[s.id]))
            project.sections = [next(ours) if s.id in rank else s for s in project.sections]
    for position, spec in enumerate(arranged(kind, facts)):
        if spec.id not in present and applicable(spec, facts):
            index = min(position, len(project.sections))
            project.sections.insert(index, Section(id=spec.id, title=spec.title, role=spec.role))


def update_facts(project: Project, facts: Facts | dict[str, Any]) -> Facts:
    """New facts for an existing project: its kind, facts, title and sections follow them.
    Raises FactsError for facts data that does not validate (the project is unchanged)."""
    if isinstance(facts, dict):
        facts = facts_from_data(facts, kinds=kind_ids())
    kind = get_kind(facts.doc.kind)
    try:  # the facts the sections were arranged by, when the kind is the same
        before = (facts_from_data(project.facts_data, kinds=kind_ids())
                  if project.kind == kind.id and project.facts_data else None)
    except FactsError:
        before = None
    project.kind = kind.id
    project.facts_data = facts.data
    project.title = render_title(kind, facts)
    sync_sections(project, kind, facts, before)
    return facts


def _same_document(project: Project, facts: Facts, path: Path) -> None:
    """Raises ProjectError when the project at `path` drafts another document: both its
    unit and its kind differ from the facts' (a facts file drafted to an output name another
    document's project already has would take that project's sections and lose it; a
    corrected unit name, or a kind changed on purpose, keeps the project)."""
    unit = project.facts_data.get("unit", {}).get("name", "")
    if project.kind != facts.doc.kind and unit and unit != facts.unit.name:
        raise ProjectError(
            f"项目文件 {path} 是另一份文件（{project.title}）的起草记录，与事实文件的"
            f"单位（{facts.unit.name}）和文种都不同；为免覆盖它，请用 -o 换一个输出文件名，"
            f"或用 --project 指定新的项目文件")


def open_or_create(path: Path, facts: Facts) -> Project:
    """The project at `path` with `facts` applied, or a new one; saved either way.
    Raises ProjectError when an existing file cannot be read, or drafts another document
    (_same_document); it is then left untouched."""
    if path.exists():
        project = load_project(path)
        _same_document(project, facts, path)
        update_facts(project, facts)
        project.save()
    else:
        project = new_project(facts, get_kind(facts.doc.kind))
        project.save(path)
    return project


# ------------------------------------------------------------------ writing sections


def neighbours(project: Project, kind: Kind, facts: Facts, section: Section) -> str:
    """What the other sections say, in document order, each under its heading: its text,
    or for one not written yet the built-in text it will start from (so a model writing
    this section sees what its neighbours say and does not repeat it)."""
    specs = {s.id: s for s in kind.sections}
    parts = []
    for other in project.sections:
        if other is section:
            continue
        text = other.text
        if not text and other.id in specs:
            text = render_section(kind, specs[other.id], facts)
        if text:
            parts.append(f"【{other.label}】\n{text}")
    return "\n".join(parts)


def section_request(project: Project, facts: Facts, section: Section, *,
                    instruction: str | None = None) -> SectionRequest | None:
    """What a Writer gets for this section; None for a section the user added by hand
    (the kind has no template for it)."""
    kind = project.kind_def()
    spec = next((s for s in kind.sections if s.id == section.id), None)
    if spec is None:
        return None
    request = SectionRequest(kind=kind, spec=spec, facts=facts,
                             skeleton=render_section(kind, spec, facts),
                             context=neighbours(project, kind, facts, section))
    if instruction is not None:  # a revision: "" regenerates, else what to change
        request = replace(request, current=section.text, instruction=instruction)
    return request


def apply_draft(section: Section, draft: Draft, source: str,
                instruction: str | None = None) -> bool:
    """A writer's finished answer for `section`: a draft becomes the current version (when
    its text differs), a revision (`instruction` not None; "" to regenerate) waits as a
    candidate beside the current text. Returns whether the section changed; an empty
    answer changes nothing."""
    text = draft.text.strip()
    if not text:
        return False
    if instruction is not None:
        # the instruction first: the candidate box shows the note up to its first ；
        note = "；".join(x for x in (instruction or REGENERATE, draft.note) if x)
        section.candidates.append(Version(text, source, note=note))
        return True
    if text == section.text:
        return False
    section.add_version(Version(text=text, source=source, note=draft.note),
                        Status.for_source(source))
    return True


def keep_partial(section: Section, error: BaseException, source: str) -> bool:
    """What an answer that broke off left (`EndpointError.partial`) waits as a candidate,
    never as the section's text. Returns whether there was anything to keep."""
    partial = error.partial if isinstance(error, EndpointError) else ""
    if partial:
        section.candidates.append(Version(text=partial, source=source, note=PARTIAL_NOTE))
    return bool(partial)


@dataclass(frozen=True)
class SectionDone:
    """Progress report for one section: `index` of `total` done, after `seconds`."""

    section: Section
    index: int
    total: int
    seconds: float
    draft: Draft


def sections_to_draft(project: Project, *, include_confirmed: bool = False) -> list[Section]:
    """The sections a whole-document draft writes: the kind's own (not hand-made), not
    locked, and not confirmed (已确认) unless `include_confirmed`."""
    known = {s.id for s in project.kind_def().sections}
    return [s for s in project.sections if not s.locked and s.id in known
            and (include_confirmed or s.status != Status.CONFIRMED)]


async def draft_sections(project: Project, facts: Facts, writer: Writer, *,
                         concurrency: int = 4,
                         on_done: Callable[[SectionDone], None] | None = None,
                         save: bool = True, include_confirmed: bool = False,
                         board: ProgressBoard | None = None) -> None:
    """Write `sections_to_draft`, `concurrency` at a time; save after each one (when the
    project has a path). Each section in progress is on `board` (its live answer), so a
    reporter can show it. A section that fails leaves its text as it was; then the first
    failure (EndpointError…) is raised, so a broken endpoint keeps everything drafted so
    far and each broken answer as a candidate. An EndpointUnusable stops the sections not
    yet started (the error says how many). Cancelled (Ctrl-C), every section in progress
    keeps what had arrived as a candidate (INTERRUPTED_NOTE) before CancelledError goes
    on; the caller saves."""
    todo = sections_to_draft(project, include_confirmed=include_confirmed)
    board = board or ProgressBoard()
    limit = asyncio.Semaphore(max(1, concurrency))
    save_lock = asyncio.Lock()
    done = 0
    unusable: list[EndpointUnusable] = []
    skipped: list[Section] = []

    async def one(section: Section) -> None:
        nonlocal done
        async with limit:
            if unusable:
                skipped.append(section)
                return
            started = time.perf_counter()
            request = section_request(project, facts, section)
            assert request is not None  # `todo` holds the kind's own sections only
            progress = board.begin(section.id, section.label)
            try:
                draft = await writer.write(request, progress.add)
            except asyncio.CancelledError:
                if progress.text.strip():
                    section.candidates.append(Version(progress.text, writer.name,
                                                      note=INTERRUPTED_NOTE))
                    board.interrupted.append(section.label)
                raise
            except EndpointError as e:
                if isinstance(e, EndpointUnusable):
                    unusable.append(e)
                if keep_partial(section, e, writer.name):
                    await saved()
                raise
            finally:
                board.end(section.id)
            apply_draft(section, draft, writer.name)
            board.finished.append(section.label)
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

    results = await asyncio.gather(*(one(s) for s in todo), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            if skipped and isinstance(result, EndpointError):
                names = "、".join(s.label for s in skipped)
                result.problems.append(Problem(f"因此未起草其余 {len(skipped)} 节（{names}），"
                                               "保持原样。"))
            raise result


# ------------------------------------------------------------------ the document


def assemble(project: Project, facts: Facts) -> Document:
    """The finished document: title, the 主送机关 line where the facts or notes send it to
    one (notes.main_to: 县林业和草原局党组：, GB/T 9704—2012 §7.3.2), numbered sections, 落款
    and 成文日期 (for a text read aloud, its unit and date under the title instead), and
    the 版记: the 报 line of a document issued downwards (notes.report_to) and the 抄送
    line where the facts or notes name 抄送机关 (notes.copy_to)."""
    blocks = [Block(Role.TITLE, project.title)]
    # A text read aloud (its 称谓 first) names its unit and date under the title, as a
    # 讲话稿 or 汇报材料 does, not in a 落款 (blind77's and blind78's readers of both
    # writers, 7 of 10 such drafts) — unless the notes ask for a 落款 (落款写公司全称).
    byline = project.spoken and not SIGNATURE_NOTE.search(facts.doc.notes)
    if byline:
        # the unit, unless the title opens with it and the year (清河县中医院2026年工作总结)
        if not re.match(re.escape(facts.unit.name) + r"\d{4}年", project.title):
            blocks.append(Block(Role.BYLINE, facts.unit.name))
        blocks.append(Block(Role.BYLINE, f"（{format_cn_date(delivery_date(facts))}）"))
    if (organs := main_to(facts)) and not project.spoken:
        blocks.append(Block(Role.SALUTATION, f"{'、'.join(organs)}："))
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
    if not byline:
        blocks.append(Block(Role.SIGNATURE, facts.unit.name))
        blocks.append(Block(Role.DATE, format_cn_date(facts.doc.date)))
    if organs := report_to(facts):  # a document issued downwards: its superior (报：…。)
        blocks.append(Block(Role.COPY_TO, f"报：{'，'.join(organs)}。"))
    if organs := copy_to(facts):
        # 版记: organs parted by 逗号, a 句号 after the last (GB/T 9704—2012 §7.4.2)
        blocks.append(Block(Role.COPY_TO, f"抄送：{'，'.join(organs)}。"))
    return Document(title=project.title, blocks=blocks, author=facts.unit.name,
                    date=facts.doc.date)


SHORT_OF_ASKED = 0.7
"""The share of the length the notes ask below which the user is told (length_note)."""


def length_note(project: Project, facts: Facts) -> str:
    """A line telling the user the draft is well short of the length the notes ask
    (notes.asked_length: 三千字左右), and what would make it longer; "" when the notes
    ask none or the draft has at least SHORT_OF_ASKED of it. The built-in writer states
    only what the facts give (blind29: its drafts were 35–75 % of the asked length and
    nothing said so)."""
    asked = asked_length(facts.doc.notes)
    written = sum(len(s.text.strip()) for s in project.sections)
    if not asked or written >= SHORT_OF_ASKED * asked:
        return ""
    return (f"篇幅：备注要求约{asked}字，本稿约{written}字。起草只写事实表中有的内容；"
            "要写足篇幅，请在事实表中为重点任务补充具体措施（points），或改用语言模型起草。")


def document_lines(project: Project, facts: Facts, document: Document | None = None
                   ) -> tuple[list[str], list[Place | None]]:
    """The assembled document's lines (the checker's input, one block a line) and each
    line's place; pass `document` when the caller has assembled it already."""
    document = document or assemble(project, facts)
    return document.text_lines(), document_places(project, document)


@dataclass(frozen=True)
class Checked:
    """The assembled document and every finding in it, placed in its section."""

    document: Document
    located: list[Located]

    @property
    def findings(self) -> list[Finding]:
        return [item.finding for item in self.located]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def check_project(project: Project, facts: Facts, checker: Checker | None = None) -> Checked:
    """Assemble the document and check it (with `drafter.rules.check` by default)."""
    if checker is None:
        from drafter.rules import check as checker
    document = assemble(project, facts)
    lines, places = document_lines(project, facts, document)
    return Checked(document, place_all(checker(lines, facts), places))


def error_highlights(findings: Sequence[Finding]) -> tuple[Highlight, ...]:
    """The error-level findings as spans to highlight in a forced export (block = the
    finding's 1-based line − 1, since the checker reads one block a line)."""
    return tuple(
        Highlight(block=f.line - 1, start=f.col - 1, end=f.col - 1 + len(f.excerpt),
                  note=f.message)
        for f in findings if f.severity == "error")


def export_checked(checked: Checked, path: Path, options: ExportOptions | None = None) -> None:
    """Write the checked document to `path` (format by suffix) with its errors highlighted.
    Raises InputError when the file cannot be written."""
    from drafter.export import export

    options = replace(options or ExportOptions(), highlights=error_highlights(checked.findings))
    export(checked.document, path, options)
