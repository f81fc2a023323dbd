"""Generation in the workspace: each section written by the app's writer in its own
worker, at most `concurrency` at once; the text streamed into a `Stream` that the screen
paints on a timer (never per token), with its progress (seconds waited, tokens so far)
for the status bar; a finished answer becomes a version or a candidate through the
pipeline (project/pipeline.py), and a broken one a candidate. Sensitive facts bound for
an endpoint off this machine are sent only after the user says yes in a dialog."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from drafter.project.pipeline import apply_draft, keep_partial, length_note, section_request
from drafter.ui.screens.dialogs import ConfirmDialog
from drafter.writers.base import REGENERATE, RESTART, Draft
from drafter.writers.progress import SectionProgress
from drafter.writers.sensitive import describe

if TYPE_CHECKING:
    from drafter.project import Section
    from drafter.ui.screens.workspace import WorkspaceScreen
    from drafter.writers.base import Writer


@dataclass
class Stream:
    """Text arriving for one section: a draft (becomes a version when complete) or a
    revision (becomes a candidate shown beside the current text)."""

    section_id: str
    instruction: str | None  # None: a draft; "" or text: a revision
    chunks: list[str] = field(default_factory=list)
    writing: bool = False  # False while it waits for a free slot (the concurrency limit)
    dirty: bool = False  # arrived since last shown
    restarted: bool = False  # began again since last shown: show it whole
    progress: SectionProgress | None = None  # from the moment it is being written

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    @property
    def revising(self) -> bool:
        return self.instruction is not None

    @property
    def title(self) -> str:
        """What the candidate box calls a revision in progress."""
        return self.instruction or REGENERATE

    def add(self, piece: str) -> None:
        """A piece of text, or RESTART ("") when the writer begins a new answer."""
        if piece == RESTART:
            self.chunks.clear()
            self.restarted = True
        else:
            self.chunks.append(piece)
        self.dirty = True
        if self.progress:
            self.progress.add(piece)


class Generation:
    """The sections being written for one workspace screen, and the generate-all batch."""

    def __init__(self, screen: WorkspaceScreen, writer: Writer, concurrency: int) -> None:
        self.screen = screen
        self.writer = writer
        self.streams: dict[str, Stream] = {}
        self.batch: tuple[int, int] = (0, 0)  # sections done / started by generate-all
        self.stale = False  # the list and findings wait for the screen's next timer tick
        self._limit = asyncio.Semaphore(max(1, concurrency))

    @property
    def writing(self) -> dict[str, bool]:
        """Section id → whether it is being written (False: queued for a slot)."""
        return {sid: s.writing for sid, s in self.streams.items()}

    def can_write(self, section: Section) -> bool:
        """Whether the kind has a template for the section (hand-made ones have none)."""
        screen = self.screen
        return section_request(screen.project, screen.facts, section) is not None

    def progress_line(self, selected: str | None) -> str:
        """The status bar's progress: the selected section's when it is being written,
        else the first one's; "" when none is (e.g. `指导思想 等待首字 35 秒`)."""
        active = [s for s in self.streams.values() if s.progress]
        chosen = next((s for s in active if s.section_id == selected), None) or (
            active[0] if active else None)
        return chosen.progress.describe() if chosen and chosen.progress else ""

    def start(self, section_id: str, instruction: str | None = None) -> None:
        """Write (instruction None) or revise one section in its own worker; starting it
        again cancels the run already going."""
        self.with_consent(lambda: self._start(section_id, instruction))

    def _start(self, section_id: str, instruction: str | None) -> None:
        self.screen.run_worker(self._generate(section_id, instruction),
                               group=f"section:{section_id}", exclusive=True,
                               exit_on_error=False, name=f"生成 {section_id}")

    def start_all(self, sections: list[Section]) -> int:
        """Write every given section; the status bar counts the batch down."""

        def go() -> None:
            self.batch = (0, len(sections))
            self.screen.show_activity(f"生成中 0/{len(sections)}")
            for s in sections:
                self._start(s.id, None)

        self.with_consent(go)
        return len(sections)

    def with_consent(self, go: Callable[[], None]) -> None:
        """Run `go` now, or — when the facts or the text hold sensitive items and the
        writer's endpoint is off this machine — after the user agrees in a dialog that
        names them (then not asked again while the app runs); refused, nothing is sent."""
        refusal = getattr(self.writer, "outbound_refusal", None)
        project = self.screen.project
        texts = [(f"章节“{s.label}”", s.text) for s in project.sections]
        error = refusal(project.facts_data, texts) if refusal else None
        if error is None:
            go()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.writer.allow_sensitive = True  # type: ignore[attr-defined]
                go()
            else:
                self.screen.notify("未发送：事实或文稿中有敏感信息。可改用本机端点或内置写作。",
                                   severity="warning")

        found = "\n".join(f"  · {line}" for line in describe(error.hits))
        self.screen.app.push_screen(ConfirmDialog(
            f"事实或文稿中有敏感信息，将发送到非本机的模型端点 {error.base_url}：\n{found}\n"
            "仍然发送吗？（本次打开期间不再询问）", yes="仍然发送", no="不发送"), answered)

    def cancel(self, section_id: str) -> None:
        self.screen.workers.cancel_group(self.screen, f"section:{section_id}")

    def stop(self) -> None:
        """Cancel every section being written; unfinished ones stay as they were."""
        for sid in list(self.streams):
            self.cancel(sid)
        self.batch = (0, 0)
        self.screen.show_activity("")

    async def _generate(self, section_id: str, instruction: str | None) -> None:
        screen = self.screen
        section = screen.project.section(section_id)
        request = section_request(screen.project, screen.facts, section,
                                  instruction=instruction)
        if request is None:
            screen.notify(f"“{section.label}”是手工添加的章节，没有模板可生成",
                          severity="warning")
            return
        writer = self.writer
        stream = Stream(section_id, instruction)
        self.streams[section_id] = stream
        if instruction is not None and section.candidates:
            section.candidates.clear()  # a new revision replaces the one waiting
            screen.changed(defer=True)
        self.stale = True
        if section_id == screen.selected:
            screen.show_section()
        draft: Draft | None = None
        try:
            async with self._limit:
                stream.writing = True
                stream.progress = SectionProgress(section.label, getattr(writer, "model", ""))
                self.stale = True  # the list shows it as 生成中 from the next tick
                draft = await writer.write(request, stream.add)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            kept = keep_partial(section, e, writer.name)
            what = "未完成的答复已放在右侧，可采纳或放弃。" if kept else "本节保持原样。"
            why = str(e).rstrip("。")
            screen.notify(f"“{section.label}”生成失败：{why}。{what}",
                          title="写作失败", severity="error", timeout=10)
            if kept:
                screen.changed(defer=True)
        finally:
            if self.streams.get(section_id) is stream:
                del self.streams[section_id]
            if draft is not None:
                self._apply(section, stream, draft)
            self._batch_step()
            self.stale = True
            if section_id == screen.selected and screen.is_mounted:
                screen.show_section()

    def _apply(self, section: Section, stream: Stream, draft: Draft) -> None:
        if not draft.text.strip():
            self.screen.notify(f"“{section.label}”没有得到任何文字，保持原样",
                               severity="warning")
            return
        if stream.revising and draft.text.strip() == section.text.strip():
            self.screen.notify(f"“{section.label}”的改写结果与原文相同，没有生成候选。",
                               severity="warning")
            return  # never present the current text as a revision
        if apply_draft(section, draft, self.writer.name, stream.instruction):
            self.screen.changed(defer=True)

    def _batch_step(self) -> None:
        done, total = self.batch
        if total:
            done += 1
            self.batch = (0, 0) if done >= total else (done, total)
            self.screen.show_activity("" if done >= total else f"生成中 {done}/{total}")
            if done >= total:
                note = length_note(self.screen.project, self.screen.facts)
                self.screen.notify(f"全部章节已生成。{note}", timeout=12 if note else 5)
