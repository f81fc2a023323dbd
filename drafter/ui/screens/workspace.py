"""The workspace: sections with status, the editor, revisions, findings and history."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Label, OptionList, TextArea

from drafter import editing
from drafter.autosave import Autosaver
from drafter.drafting import section_request as build_request
from drafter.errors import EndpointError
from drafter.facts import Facts
from drafter.locking import ProjectLock
from drafter.project import Project, Section, Status, Version
from drafter.review import (
    Located,
    add_figure,
    counts,
    document_lines,
    parse_number,
    place_all,
    text_position,
)
from drafter.ui.screens.dialogs import ConfirmDialog, FieldsDialog
from drafter.ui.screens.history import HistoryDialog
from drafter.ui.screens.revise import ReviseDialog
from drafter.ui.streams import Stream
from drafter.ui.widgets.findings import FindingsPanel
from drafter.ui.widgets.section_list import SectionList
from drafter.ui.widgets.status_bar import StatusBar
from drafter.writers.base import Draft

FLUSH_SECONDS = 0.05
EDIT_SECONDS = 0.4


class WorkspaceScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+g", "generate_all", "全部生成"),
        Binding("f5", "generate", "生成"),
        Binding("ctrl+r", "revise", "改写"),
        Binding("ctrl+t", "accept", "采纳"),
        Binding("ctrl+b", "reject", "放弃"),
        Binding("f8", "undo", "上一版"),
        Binding("shift+f8", "redo", "下一版", show=False),
        Binding("f3", "history", "版本"),
        Binding("f4", "lock", "锁定"),
        Binding("ctrl+o", "confirm", "确认"),
        Binding("f9", "export", "导出"),
        Binding("f2", "facts", "事实表"),
        Binding("ctrl+n", "add_section", "添加章节", show=False),
        Binding("ctrl+delete", "remove_section", "删除章节", show=False),
        Binding("alt+up", "move(-1)", "章节上移", show=False),
        Binding("alt+down", "move(1)", "章节下移", show=False),
        Binding("escape", "stop", "停止生成", show=False),
        Binding("ctrl+s", "save", "立即保存", show=False),
    ]

    def __init__(self, project: Project, lock: ProjectLock | None = None) -> None:
        super().__init__()
        self.project = project
        self.lock = lock
        self.facts: Facts = project.facts()
        self.streams: dict[str, Stream] = {}
        self.findings: list[Located] = []
        self.selected: str | None = project.sections[0].id if project.sections else None
        self.autosaver = Autosaver(project, on_saved=self._saved, on_conflict=self._conflict,
                                   on_error=self._save_failed)
        self._loading = False  # the editor is being filled by us, not typed into
        self._typing = False  # typing since the section was shown: one version
        self._limit: asyncio.Semaphore | None = None
        self._batch: tuple[int, int] = (0, 0)  # sections done / started by generate-all
        self._shown: tuple[Stream, int] | None = None  # the stream in a box, chars shown
        self._stale = False  # the list and findings wait for the next timer tick
        self._checking = False  # a rules check is running in a thread
        self._recheck_wanted = False  # the text changed since that check began
        self._recheck_timer: Timer | None = None

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Label(self.project.title, id="doc-title")
        with Horizontal(id="main"):
            yield SectionList(id="sections")
            with Vertical(id="work"):
                with Horizontal(id="texts"):
                    yield TextArea(id="editor", soft_wrap=True)
                    yield TextArea(id="candidate", read_only=True, soft_wrap=True)
                yield FindingsPanel(id="findings")
        yield StatusBar(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._limit = asyncio.Semaphore(max(1, self.app.concurrency))  # type: ignore[attr-defined]
        self.query_one("#sections", SectionList).border_title = "章节"
        self.query_one("#findings", FindingsPanel).border_title = "检查结果"
        status = self.query_one(StatusBar)
        status.writer = self.app.writer_label  # type: ignore[attr-defined]
        status.saved = f"项目：{self.project.path.name if self.project.path else '未保存'}"
        self.set_interval(FLUSH_SECONDS, self._flush_streams)
        self.recheck()
        self.refresh_sections()
        self.show_section()
        self.query_one("#sections", SectionList).focus()

    def on_unmount(self) -> None:
        self.close()

    def close(self) -> None:
        """Save what is unsaved and free the project for other windows."""
        self.autosaver.flush()
        if self.lock:
            self.lock.release()

    # ------------------------------------------------------------------ helpers
    @property
    def section(self) -> Section | None:
        if self.selected is None:
            return None
        try:
            return self.project.section(self.selected)
        except KeyError:
            return None

    def changed(self, *, recheck: bool = True, defer: bool = False) -> None:
        """The project changed: autosave soon, refresh what shows it (at once, or —
        from streams finishing together — once on the next timer tick)."""
        self.autosaver.touch()
        if defer:
            self._stale = True
            return
        if recheck:
            self.recheck()
        self.refresh_sections()

    def refresh_sections(self) -> None:
        self.query_one("#sections", SectionList).show(
            self.project.sections, counts(self.findings),
            {sid: s.writing for sid, s in self.streams.items()},
            {s.id for s in self.project.sections if s.candidates}, self.selected)
        self.query_one(StatusBar).tokens = self.app.writer.tokens_used  # type: ignore[attr-defined]
        self.refresh_bindings()

    def recheck(self, delay: float = 0.0) -> None:
        """Check the document again (after `delay` seconds of quiet, for typing)."""
        if self._recheck_timer is not None:
            self._recheck_timer.stop()
            self._recheck_timer = None
        if delay:
            self._recheck_timer = self.set_timer(delay, self.recheck)
            return
        self._recheck_wanted = True
        if not self._checking:
            self._checking = True
            self.run_worker(self._check_until_current(), group="recheck",
                            exit_on_error=False)

    async def _check_until_current(self) -> None:
        # The checker is pure Python and grows with the text (tens of ms for a long
        # document): it runs in a thread so the loop keeps painting. One check at a time;
        # changes made meanwhile are checked once more when it ends.
        try:
            while self._recheck_wanted and self.is_attached:
                self._recheck_wanted = False
                lines, places = document_lines(self.project, self.facts)
                checker = self.app.checker  # type: ignore[attr-defined]
                try:
                    found = await asyncio.to_thread(checker, lines, self.facts)
                except Exception as e:  # a checker bug must not take the editor down
                    found = []
                    self.notify(f"规则检查出错：{e}", severity="error")
                if self._recheck_wanted or not self.is_attached:
                    continue  # already out of date
                self.findings = place_all(found, places)
                names = {s.id: s.label for s in self.project.sections}
                self.query_one("#findings", FindingsPanel).show(self.findings, names)
                self.refresh_sections()
        finally:
            self._checking = False

    def show_section(self) -> None:
        """Fill the editor (and the candidate pane) for the selected section."""
        section = self.section
        editor = self.query_one("#editor", TextArea)
        stream = self.streams.get(self.selected or "")
        self._loading = True
        if stream and not stream.revising:
            editor.load_text(stream.text)
            self._shown = (stream, len(stream.text))
        else:
            editor.load_text(section.text if section else "")
        self._loading = False
        editor.read_only = section is None or (stream is not None and not stream.revising)
        editor.border_title = section.label if section else "（没有章节）"
        editor.border_subtitle = self._version_label(section)
        self._typing = False
        self.show_candidate()

    def show_candidate(self) -> None:
        sid = self.selected or ""
        stream = self.streams.get(sid)
        section = self.section
        candidate = section.candidates[-1] if section and section.candidates else None
        box = self.query_one("#candidate", TextArea)
        if stream and stream.revising:
            box.border_title = f"改写中：{stream.instruction or '重新生成'}"
            box.border_subtitle = ""
            box.load_text(stream.text)
            self._shown = (stream, len(stream.text))
        elif candidate:
            box.border_title = f"候选：{candidate.note.split('；')[0] or '重新生成'}"
            box.border_subtitle = "Ctrl+T 采纳 · Ctrl+B 放弃"
            box.load_text(candidate.text)
        box.display = bool(candidate or (stream and stream.revising))
        self.set_class(box.display, "-revising")

    @staticmethod
    def _version_label(section: Section | None) -> str:
        if section is None or not section.versions:
            return "尚无版本"
        lock = " · 已锁定" if section.locked else ""
        return (f"第{section.current + 1}/{len(section.versions)}版 · "
                f"{section.status.label}{lock}")

    # ------------------------------------------------------------------ events
    @on(OptionList.OptionHighlighted, "#sections")
    def section_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id != self.selected:
            self.selected = event.option.id
            self.show_section()
            self.refresh_bindings()

    @on(OptionList.OptionSelected, "#sections")
    def section_chosen(self) -> None:
        self.query_one("#editor", TextArea).focus()

    @on(TextArea.Changed, "#editor")
    def edited(self, event: TextArea.Changed) -> None:
        section = self.section
        if self._loading or section is None or event.text_area.read_only:
            return
        text = event.text_area.text
        if text == section.text:
            return
        if editing.record_typing(section, text, same_session=self._typing):
            self._typing = True
        event.text_area.border_subtitle = self._version_label(section)
        self.autosaver.touch()
        self.recheck(EDIT_SECONDS)

    # ------------------------------------------------------------------ generation
    def start(self, section_id: str, instruction: str | None = None) -> None:
        self.run_worker(self._generate(section_id, instruction), group=f"section:{section_id}",
                        exclusive=True, exit_on_error=False, name=f"生成 {section_id}")

    async def _generate(self, section_id: str, instruction: str | None) -> None:
        section = self.project.section(section_id)
        request = build_request(self.project, self.facts, section,
                                instruction=instruction or "")
        if request is None:
            self.notify(f"“{section.label}”是手工添加的章节，没有模板可生成",
                        severity="warning")
            return
        writer = self.app.writer  # type: ignore[attr-defined]
        stream = Stream(section_id, instruction)
        self.streams[section_id] = stream
        if instruction is not None and section.candidates:
            section.candidates.clear()  # a new revision replaces the one waiting
            self.changed(defer=True)
        self._stale = True
        if section_id == self.selected:
            self.show_section()
        draft: Draft | None = None
        try:
            assert self._limit is not None
            async with self._limit:
                stream.writing = True
                self._stale = True  # the list shows it as 生成中 from the next tick
                draft = await writer.write(request, stream.add)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            partial = e.partial if isinstance(e, EndpointError) else ""
            kept = "未完成的答复已放在右侧，可采纳或放弃。" if partial else "本节保持原样。"
            why = str(e).rstrip("。")
            self.notify(f"“{section.label}”生成失败：{why}。{kept}",
                        title="写作失败", severity="error", timeout=10)
            if partial:
                section.candidates.append(Version(partial, writer.name, note="未完成的答复"))
                self.changed(defer=True)
        finally:
            if self.streams.get(section_id) is stream:
                del self.streams[section_id]
            if draft is not None:
                self._finish(section, stream, draft, writer.name)
            self._batch_step()
            self._stale = True
            if section_id == self.selected and self.is_mounted:
                self.show_section()

    def _finish(self, section: Section, stream: Stream, draft: Draft, source: str) -> None:
        text = draft.text.strip()
        if not text:
            self.notify(f"“{section.label}”没有得到任何文字，保持原样",
                        severity="warning")
            return
        if stream.revising:  # waits beside the current text, saved with the project
            # the instruction first: the candidate box shows the note up to its first ；
            note = "；".join(x for x in (stream.instruction or "重新生成", draft.note) if x)
            section.candidates.append(Version(text, source, note=note))
            self.changed(defer=True)
            return
        if text != section.text:
            section.add_version(Version(text=text, source=source, note=draft.note),
                                Status.for_source(source))
            self.changed(defer=True)

    def _batch_step(self) -> None:
        done, total = self._batch
        if total:
            done += 1
            self._batch = (0, 0) if done >= total else (done, total)
            self.query_one(StatusBar).activity = (
                "" if done >= total else f"生成中 {done}/{total}")
            if done >= total:
                self.notify("全部章节已生成。" if total else "")

    def _flush_streams(self) -> None:
        """Timer, 20 times a second: append what arrived for the selected section, and
        refresh the section list and findings if streams finished since the last tick."""
        if self._stale:
            self._stale = False
            self.recheck()
            self.refresh_sections()
        if self.streams:
            self.query_one(StatusBar).tokens = self.app.writer.tokens_used  # type: ignore[attr-defined]
        stream = self.streams.get(self.selected or "")
        if stream is None or not stream.dirty:
            return
        stream.dirty = False
        box = self.query_one("#candidate" if stream.revising else "#editor", TextArea)
        text = stream.text
        self._loading = True
        if self._shown is not None and self._shown[0] is stream and not stream.restarted:
            box.insert(text[self._shown[1]:], box.document.end,
                       maintain_selection_offset=False)
        else:
            box.load_text(text)
            stream.restarted = False
        self._shown = (stream, len(text))
        box.scroll_end(animate=False)
        self._loading = False

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept", "reject"):
            return bool(self.section and self.section.candidates)
        if action == "stop":
            return bool(self.streams)
        if action in ("undo", "redo", "history", "generate", "revise", "lock", "confirm",
                      "remove_section", "move"):
            return self.section is not None or None
        return True

    def action_generate_all(self) -> None:
        todo = [s for s in self.project.sections
                if not s.locked and build_request(self.project, self.facts, s) is not None]
        if not todo:
            self.notify("没有可生成的章节（全部已锁定？）", severity="warning")
            return
        self._batch = (0, len(todo))
        self.query_one(StatusBar).activity = f"生成中 0/{len(todo)}"
        for s in todo:
            self.start(s.id)

    def action_generate(self) -> None:
        if self.section:
            self.start(self.section.id)

    def action_revise(self) -> None:
        section = self.section
        if section is None:
            return

        def chosen(instruction: str | None) -> None:
            if instruction is not None:
                self.start(section.id, instruction)

        self.app.push_screen(ReviseDialog(section.label), chosen)

    def action_accept(self) -> None:
        section = self.section
        if section is None or not section.candidates:
            return
        candidate = section.candidates.pop()
        section.candidates.clear()
        editing.accept(section, candidate.text, candidate.source, candidate.note)
        self.changed()
        self.show_section()
        self.notify("已采纳改写。F8 可回到上一版本。")

    def action_reject(self) -> None:
        if self.section and self.section.candidates:
            self.section.candidates.clear()
            self.changed()
            self.refresh_sections()
            self.show_candidate()
            self.notify("已放弃改写，本节保持原样。")

    def _restore(self, index: int) -> None:
        if self.section and editing.restore(self.section, index):
            self.changed()
            self.show_section()

    def action_undo(self) -> None:
        if self.section and self.section.current > 0:
            self._restore(self.section.current - 1)
        else:
            self.notify("已经是最早的版本。", severity="warning")

    def action_redo(self) -> None:
        if self.section and self.section.current < len(self.section.versions) - 1:
            self._restore(self.section.current + 1)
        else:
            self.notify("已经是最新的版本。", severity="warning")

    def action_history(self) -> None:
        if section := self.section:
            self.app.push_screen(HistoryDialog(section, section.label),
                                 lambda i: None if i is None else self._restore(i))

    def action_lock(self) -> None:
        if section := self.section:
            section.locked = not section.locked
            self.changed(recheck=False)
            self.show_section()
            self.notify("已锁定：全部生成时跳过本节。" if section.locked else "已解锁。")

    def action_confirm(self) -> None:
        if (section := self.section) and section.versions:
            section.status = Status.CONFIRMED
            self.changed(recheck=False)
            self.show_section()

    def action_stop(self) -> None:
        for sid in list(self.streams):
            self.workers.cancel_group(self, f"section:{sid}")
        self._batch = (0, 0)
        self.query_one(StatusBar).activity = ""
        self.notify("已停止生成；未完成的章节保持原样。")

    def action_save(self) -> None:
        self.autosaver.dirty = True
        self.autosaver.flush()

    def action_add_section(self) -> None:
        def add(values: list[str] | None) -> None:
            if not values or not values[0].strip():
                return
            self.selected = editing.add_section(self.project, values[0], self.section).id
            self.changed()
            self.show_section()

        self.app.push_screen(FieldsDialog("添加章节", [("标题", "")]), add)

    def action_remove_section(self) -> None:
        section = self.section
        if section is None:
            return

        def remove(yes: bool | None) -> None:
            if yes:
                self.workers.cancel_group(self, f"section:{section.id}")
                nxt = editing.remove_section(self.project, section)
                self.selected = nxt.id if nxt else None
                self.changed()
                self.show_section()

        self.app.push_screen(ConfirmDialog(
            f"删除章节“{section.label}”及其全部版本？", yes="删除"), remove)

    def action_move(self, step: int) -> None:
        if self.section and editing.move_section(self.project, self.section, step):
            self.changed()

    def action_export(self) -> None:
        from drafter.ui.screens.export import ExportDialog

        self.autosaver.flush()
        self.app.push_screen(ExportDialog(self.project, self.facts, self.findings))

    def action_facts(self) -> None:
        from drafter.ui.screens.facts import FactsScreen

        self.app.push_screen(FactsScreen(self.project.facts_data, project=self.project),
                             self._facts_changed)

    def _facts_changed(self, data: dict | None) -> None:
        if data is None:
            return
        self.app.apply_facts(self.project, data)  # type: ignore[attr-defined]
        self.facts = self.project.facts()
        self.query_one("#doc-title", Label).update(self.project.title)
        self.changed()
        self.show_section()

    # ------------------------------------------------------------------ findings
    @on(FindingsPanel.JumpChosen)
    def jump(self, event: FindingsPanel.JumpChosen) -> None:
        place = event.item.place
        if place is None:
            self.notify("这一处在标题或落款中，请在事实表中修改。", severity="warning")
            return
        self.selected = place.section_id
        self.refresh_sections()
        self.show_section()
        row, col = text_position(self.section.text if self.section else "", place.paragraph,
                                 event.item.finding.col)
        editor = self.query_one("#editor", TextArea)
        end = (row, col + len(event.item.finding.excerpt))
        editor.selection = editor.selection.__class__((row, col), end)
        editor.focus()

    @on(FindingsPanel.FixChosen)
    def fix(self, event: FindingsPanel.FixChosen) -> None:
        f, place = event.item.finding, event.item.place
        if f.fix is None:
            self.notify("这条问题没有自动修正，请手工修改。", severity="warning")
            return
        if place is None:
            self.notify("这一处在标题或落款中，请在事实表中修改。", severity="warning")
            return
        section = editing.fix(self.project, place, f)
        if section is None:
            self.notify("原文已改动，无法应用这条修正。", severity="warning")
            return
        self.selected = section.id
        self.changed()
        self.show_section()
        self.notify(f"已修正：{f.excerpt} → {f.fix}")

    @on(FindingsPanel.FigureChosen)
    def add_number(self, event: FindingsPanel.FigureChosen) -> None:
        parsed = parse_number(event.item.finding.excerpt)
        value, unit = parsed if parsed else ("", "")

        def add(values: list[str] | None) -> None:
            if not values:
                return
            name, raw, unit_, period = (v.strip() for v in values)
            try:
                number = editing.parse_figure(name, raw)
            except ValueError as e:
                self.notify(str(e), severity="error")
                return
            self._facts_changed(add_figure(self.project.facts_data, name, number, unit_,
                                           period))
            self.notify(f"已把“{name}”加入事实表。")

        self.app.push_screen(FieldsDialog(
            "加入事实表", [("名称", ""), ("数值", str(value)), ("单位", unit), ("时期", "")],
            note="文中的每个数字都要在事实表中有来源。"), add)

    # ------------------------------------------------------------------ autosave hooks
    def _saved(self, path: Path) -> None:
        for bar in self.query(StatusBar):
            bar.saved = f"已保存 {self.app.clock()}"  # type: ignore[attr-defined]
        self.app.after_save(path)  # type: ignore[attr-defined]

    def _conflict(self, side: Path) -> None:
        self.notify(f"项目文件已被其他程序修改。为避免覆盖，本窗口的内容另存为 {side.name}。",
                    title="保存冲突", severity="error", timeout=30)

    def _save_failed(self, error: Exception) -> None:
        self.query_one(StatusBar).saved = "保存失败！"
        self.notify(f"自动保存失败：{error}", severity="error", timeout=30)
