"""The workspace: sections with status, the editor, revisions, findings and history.
The screen keeps layout, bindings and handlers; generation lives in ui/generation.py and
the background re-check in ui/checking.py."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList, TextArea

from drafter.facts import Facts
from drafter.project import Project, Section, Status, editing
from drafter.project.findings import Located, counts
from drafter.session.autosave import Autosaver
from drafter.session.locking import ProjectLock
from drafter.ui.checking import Rechecker
from drafter.ui.context import drafter_app
from drafter.ui.finding_actions import FindingActions
from drafter.ui.generation import Generation, Stream
from drafter.ui.number_sources import NumberSources
from drafter.ui.screens.dialogs import ConfirmDialog, FieldsDialog
from drafter.ui.screens.history import HistoryDialog
from drafter.ui.screens.revise import ReviseDialog
from drafter.ui.widgets.findings import FindingsPanel
from drafter.ui.widgets.section_list import SectionList
from drafter.ui.widgets.section_texts import SectionTexts, version_label
from drafter.ui.widgets.status_bar import StatusBar

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
        Binding("f6", "sources", "数字来源", priority=True),  # over TextArea select-line
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
        self.findings: list[Located] = []
        self.selected: str | None = project.sections[0].id if project.sections else None
        self.autosaver = Autosaver(project, on_saved=self._saved, on_conflict=self._conflict,
                                   on_error=self._save_failed)
        self._typing = False  # typing since the section was shown: one version
        self.rechecker = Rechecker(self)
        self.finding_actions = FindingActions(self)
        self.number_sources = NumberSources(self)  # the ledger: status bar, F6, updates
        self.generation: Generation  # built on mount, from the app's writer

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Label(self.project.title, id="doc-title")
        with Horizontal(id="main"):
            yield SectionList(id="sections")
            with Vertical(id="work"):
                yield SectionTexts(id="texts")
                yield FindingsPanel(id="findings")
        yield StatusBar(id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        app = drafter_app(self)
        self.generation = Generation(self, app.writer, app.concurrency)
        self.query_one("#sections", SectionList).border_title = "章节"
        self.query_one("#findings", FindingsPanel).border_title = "检查结果"
        status = self.query_one(StatusBar)
        status.writer = app.writer_label
        status.saved = f"项目：{self.project.path.name if self.project.path else '未保存'}"
        self.set_interval(FLUSH_SECONDS, self._flush_streams)
        self.recheck()
        self.refresh_sections()
        self.show_section()
        self.query_one("#sections", SectionList).focus()

    def on_unmount(self) -> None:
        self.close()

    def close(self) -> bool:
        """Save what is unsaved and free the project for other windows; False when the
        save failed (the project stays locked and the screen open)."""
        if not self.autosaver.flush():
            return False
        if self.lock:
            self.lock.release()
        return True

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
            self.generation.stale = True
            return
        if recheck:
            self.recheck()
        self.refresh_sections()

    def refresh_sections(self) -> None:
        self.query_one("#sections", SectionList).show(
            self.project.sections, counts(self.findings),
            self.generation.writing,
            {s.id for s in self.project.sections if s.candidates}, self.selected)
        self.query_one(StatusBar).tokens = drafter_app(self).writer.tokens_used
        self.refresh_bindings()

    def recheck(self, delay: float = 0.0) -> None:
        """Check the document again (after `delay` seconds of quiet, for typing)."""
        self.rechecker.request(delay)

    def show_findings(self, located: list[Located]) -> None:
        """A finished check: the findings panel and the counts in the section list."""
        self.findings = located
        names = {s.id: s.label for s in self.project.sections}
        self.query_one("#findings", FindingsPanel).show(self.findings, names)
        self.refresh_sections()

    def show_activity(self, text: str) -> None:
        self.query_one(StatusBar).activity = text

    @property
    def streams(self) -> dict[str, Stream]:
        return self.generation.streams

    @property
    def texts(self) -> SectionTexts:
        return self.query_one(SectionTexts)

    def show_section(self) -> None:
        """Fill the editor (and the candidate box) for the selected section."""
        self.texts.show(self.section, self.streams.get(self.selected or ""))
        self._typing = False

    def show_candidate(self) -> None:
        self.texts.show_candidate(self.section, self.streams.get(self.selected or ""))

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
        if self.texts.loading or section is None or event.text_area.read_only:
            return
        text = event.text_area.text
        if text == section.text:
            return
        if editing.record_typing(section, text, same_session=self._typing):
            self._typing = True
        event.text_area.border_subtitle = version_label(section)
        self.autosaver.touch()
        self.recheck(EDIT_SECONDS)

    @on(TextArea.SelectionChanged, "#editor")
    def cursor_moved(self) -> None:
        self.number_sources.cursor_moved()

    # ------------------------------------------------------------------ generation
    def start(self, section_id: str, instruction: str | None = None) -> None:
        self.generation.start(section_id, instruction)

    def _flush_streams(self) -> None:
        """Timer, 20 times a second: append what arrived for the selected section, and
        refresh the section list and findings if streams finished since the last tick."""
        if self.generation.stale:
            self.generation.stale = False
            self.recheck()
            self.refresh_sections()
        status = self.query_one(StatusBar)
        if self.streams:
            status.tokens = self.generation.writer.tokens_used
        if self.streams or status.progress:
            status.progress = self.generation.progress_line(self.selected)
        if stream := self.streams.get(self.selected or ""):
            self.texts.paint(stream)

    # ------------------------------------------------------------------ actions
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept", "reject"):
            return bool(self.section and self.section.candidates)
        if action == "stop":
            return bool(self.streams)
        if action in ("undo", "redo", "history", "generate", "revise", "lock", "confirm",
                      "remove_section", "move", "sources"):
            return self.section is not None or None
        return True

    def action_generate_all(self) -> None:
        todo = [s for s in self.project.sections
                if not s.locked and self.generation.can_write(s)]
        if not todo:
            self.notify("没有可生成的章节（全部已锁定？）", severity="warning")
            return
        self.generation.start_all(todo)

    def action_generate(self) -> None:
        if self.section:
            self.start(self.section.id)

    def action_revise(self) -> None:
        if (section := self.section) is not None:
            ReviseDialog.ask(self, drafter_app(self).writer, section,
                             lambda instruction: self.start(section.id, instruction))

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
        self.generation.stop()
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
                self.generation.cancel(section.id)
                nxt = editing.remove_section(self.project, section)
                self.selected = nxt.id if nxt else None
                self.changed()
                self.show_section()

        self.app.push_screen(ConfirmDialog(
            f"删除章节“{section.label}”及其全部版本？", yes="删除"), remove)

    def action_move(self, step: int) -> None:
        if self.section and editing.move_section(self.project, self.section, step):
            self.changed()

    def action_sources(self) -> None:  # F6: the 数字来源 view
        self.number_sources.open_view()

    def action_export(self) -> None:
        from drafter.ui.screens.export import ExportDialog

        self.autosaver.flush()
        self.app.push_screen(ExportDialog(self.project, self.facts, self.findings))

    def action_facts(self) -> None:
        from drafter.ui.screens.facts import FactsScreen

        self.app.push_screen(FactsScreen(self.project.facts_data, project=self.project),
                             self.facts_changed)

    def facts_changed(self, data: dict | None) -> None:
        """New facts from the form or a figure added: rewritten text, title, sections."""
        if data is None:
            return
        self.number_sources.apply_facts(data)
        self.query_one("#doc-title", Label).update(self.project.title)
        self.changed()
        self.show_section()

    # ------------------------------------------------------------------ findings
    @on(FindingsPanel.JumpChosen)
    def jump(self, event: FindingsPanel.JumpChosen) -> None:
        self.finding_actions.jump(event.item)

    @on(FindingsPanel.FixChosen)
    def fix(self, event: FindingsPanel.FixChosen) -> None:
        self.finding_actions.fix(event.item)

    @on(FindingsPanel.FigureChosen)
    def add_number(self, event: FindingsPanel.FigureChosen) -> None:
        self.finding_actions.add_figure(event.item)

    # ------------------------------------------------------------------ autosave hooks
    def _saved(self, path: Path) -> None:
        for bar in self.query(StatusBar):
            bar.saved = f"已保存 {drafter_app(self).clock()}"
        drafter_app(self).after_save(path)

    def _conflict(self, side: Path) -> None:
        self.notify(f"项目文件已被其他程序修改。为避免覆盖，本窗口的内容另存为 {side.name}。",
                    title="保存冲突", severity="error", timeout=30)

    def _save_failed(self, error: Exception) -> None:
        for bar in self.query(StatusBar):  # none while the screen is being removed
            bar.saved = "保存失败！"
        self.notify(f"自动保存失败：{error}", severity="error", timeout=30)
