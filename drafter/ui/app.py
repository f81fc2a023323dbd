"""DrafterApp: the composition root of the TUI — the services it is given (writer,
checker, recent files, clock), navigation between screens, and the global bindings.
Screens reach it through `drafter_app(self)` (ui/context.py)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.screen import Screen

from drafter.errors import DrafterError
from drafter.session.recent import RecentStore
from drafter.ui.screens.start import StartScreen
from drafter.writers.base import BUILTIN

if TYPE_CHECKING:  # the draft machinery loads on first use: the start screen comes first
    from drafter.project import Project
    from drafter.project.findings import Checker
    from drafter.session.locking import ProjectLock
    from drafter.writers.base import Writer

DARK, LIGHT = "textual-dark", "textual-light"


def project_path_for(facts_file: Path | None, data: dict[str, Any]) -> Path:
    if facts_file is not None:
        return facts_file.with_name(f"{facts_file.stem}.drafter.json")
    kind = data.get("doc", {}).get("kind") or "document"
    return Path.cwd() / f"{kind}.drafter.json"


class DrafterApp(App[None]):
    CSS_PATH = "drafter.tcss"
    TITLE = "drafter 公文起草"
    ENABLE_COMMAND_PALETTE = True
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+p", "command_palette", "命令", show=False, priority=True),
        Binding("f1", "help", "帮助"),
        Binding("f12", "toggle_theme", "明暗", show=False),
        Binding("ctrl+q", "quit", "退出"),
    ]

    def __init__(self, writer: Writer, *, path: Path | None = None,
                 recent: RecentStore | None = None, checker: Checker | None = None,
                 concurrency: int = 4, theme: str = DARK,
                 on_saved: Callable[[Path], None] | None = None,
                 clock: Callable[[], str] | None = None, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        """The working folder whose projects and facts files the start screen lists
        instead of the recent projects (`drafter serve`); None in the terminal."""
        self.writer = writer
        """Any Writer; the composition root picks builtin or a model."""
        self.path = path
        self.recent = recent or RecentStore.default()
        self._checker = checker
        """The rules checker; the real one loads on first use, after the first screen."""
        self.concurrency = concurrency
        self.on_saved = on_saved
        """Called after every successful autosave (tests and tools watch it)."""
        self.theme = theme
        self.clock = clock or (lambda: time.strftime("%H:%M:%S"))
        """The wall-clock time the status bar shows for the last save."""
        self._quit_unsaved = False  # Ctrl+Q was pressed once while a save failed

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            from drafter.rules import check

            self._checker = check
            gc.freeze()  # its tables live as long as the app (see on_mount)
        return self._checker

    @property
    def writer_label(self) -> str:
        model = getattr(self.writer, "model", "")
        name = "内置写作" if self.writer.name == BUILTIN else self.writer.name
        return f"{name} · {model}" if model else name

    def on_mount(self) -> None:
        if self.path is not None:
            self.open_path(self.path)
        # Everything alive after start-up (modules, classes, the stylesheet) lives as long
        # as the app: move it out of the collector's sight so a full collection in the
        # middle of streaming scans only new objects (measured: 40–55 ms → a few ms).
        self.call_after_refresh(gc.freeze)

    # ------------------------------------------------------------------ navigation
    def get_default_screen(self) -> Screen[Any]:
        return StartScreen()

    def _show(self, screen: Screen[Any]) -> None:
        """Make `screen` the only screen above the start screen."""
        self.show_start()
        self.push_screen(screen)

    def show_start(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def open_path(self, path: Path) -> None:
        """A facts file opens the form; anything else is taken for a project."""
        from drafter.facts import load_facts
        from drafter.kinds import kind_ids

        if path.suffix.lower() == ".toml":
            try:
                facts = load_facts(path, kinds=kind_ids())
            except DrafterError as e:
                self._error(e)
                # open the form anyway when the TOML parses: the messages show there
                if (data := _parsed_facts(path, e)) is not None:
                    self._open_facts(data, path)
                return
            self._open_facts(facts.data, path)
            return
        self.open_project(path)

    def _open_facts(self, data: dict[str, Any], source: Path | None) -> None:
        from drafter.ui.screens.facts import FactsScreen

        self.push_screen(FactsScreen(data, source=source))

    def new_facts(self, kind: str) -> None:
        today = date.today()
        data = {"unit": {"type": "医院"},
                "doc": {"kind": kind, "year": today.year, "date": today.isoformat()}}
        self._open_facts(data, None)

    def open_project(self, path: Path) -> None:
        from drafter.project import load_project
        from drafter.session.locking import ProjectLock
        from drafter.ui.screens.workspace import WorkspaceScreen

        lock = ProjectLock(path)
        try:
            project = load_project(path)
            lock.acquire()
        except DrafterError as e:
            self._error(e)
            return
        try:
            project.facts()
        except DrafterError as e:  # facts edited by hand, or of an older program
            self._fix_facts(project, lock, e)
            return
        self.recent.add(path)
        self._show(WorkspaceScreen(project, lock))

    def _fix_facts(self, project: Project, lock: ProjectLock, error: DrafterError) -> None:
        """A project whose facts do not validate: say why and open its facts in the form
        (each problem under its field). Saved valid there, they apply, the project is
        saved and opens; Esc leaves the project file as it was."""
        from drafter.project.pipeline import update_facts
        from drafter.ui.screens.facts import FactsScreen, editable_facts
        from drafter.ui.screens.workspace import WorkspaceScreen

        name = project.path.name if project.path else "项目"
        self.notify("\n".join([f"{name} 中的事实有问题，请在事实表中修改后按 Ctrl+S：",
                               *error.lines()[1:8]]),
                    title="事实需要修改", severity="error", timeout=20)

        def fixed(data: dict[str, Any] | None) -> None:
            if data is None:
                lock.release()
                return
            try:
                update_facts(project, data)
                project.save()
            except DrafterError as e:
                lock.release()
                self._error(e)
                return
            except OSError as e:
                from drafter.files import os_error_text

                lock.release()
                self.notify(f"项目未能保存（{os_error_text(e)}），文件未改动", title="无法打开",
                            severity="error")
                return
            if project.path is not None:
                self.recent.add(project.path)
            self._show(WorkspaceScreen(project, lock))

        self.push_screen(FactsScreen(editable_facts(project.facts_data), project=project),
                         fixed)

    def start_project(self, data: dict[str, Any], source: Path | None) -> None:
        """From the facts form: the project next to the facts file, new or updated (under
        the project lock, so a window that has it open is never written behind its back)."""
        from drafter.facts import facts_from_data
        from drafter.kinds import kind_ids
        from drafter.project.pipeline import open_or_create
        from drafter.session.locking import ProjectLock

        path = project_path_for(source, data)
        lock = ProjectLock(path)
        try:
            facts = facts_from_data(data, kinds=kind_ids())
            lock.acquire()
            try:
                open_or_create(path, facts)
            finally:
                lock.release()
        except DrafterError as e:
            self._error(e)
            return
        self.open_project(path)

    def after_save(self, path: Path) -> None:
        if self.on_saved:
            self.on_saved(path)

    def _error(self, error: DrafterError) -> None:
        self.notify("\n".join(error.lines()[:8]), title="无法打开", severity="error",
                    timeout=15)

    # ------------------------------------------------------------------ actions
    def action_help(self) -> None:
        from drafter.ui.screens.help import HelpScreen

        if self.screen.__class__.__name__ != "HelpScreen":
            self.push_screen(HelpScreen(self.screen))

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder="搜索命令……", id="--command-palette"))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def close_projects(self) -> bool:
        """Save every open project and free its lock; False when one could not be saved
        (its screen has said why)."""
        saved = True
        for screen in self.screen_stack:
            if close := getattr(screen, "close", None):
                saved = close() and saved
        return saved

    async def action_quit(self) -> None:
        if not self.close_projects() and not self._quit_unsaved:
            # e.g. a full disk: quitting now would lose what was typed since the last save
            self._quit_unsaved = True
            self.notify("项目没有保存成功，未退出：请先腾出磁盘空间或检查文件权限，再按 Ctrl+Q；"
                        "或者再按一次 Ctrl+Q 放弃未保存的内容并退出。",
                        title="未退出", severity="error", timeout=30)
            return
        self.exit()

    async def on_unmount(self) -> None:
        self.close_projects()
        await self.writer.aclose()  # the app owns its writer for its whole run

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every binding by its Chinese name: the screen's, those of the focused widget
        and its containers, panels that exist once (the findings), and the app's."""
        yield from self._binding_commands(screen, _command_owners(screen, self))
        yield SystemCommand("返回首页", "最近的项目、新建、打开", self.show_start)
        yield SystemCommand("切换明暗主题", "浅色 / 深色", self.action_toggle_theme)

    def _binding_commands(self, screen: Screen[Any], owners: list[Any]
                          ) -> Iterable[SystemCommand]:
        seen: set[str] = set()
        for owner in owners:
            for binding in owner.BINDINGS:
                if not isinstance(binding, Binding) or not binding.description:
                    continue
                if binding.description in seen or binding.action == "command_palette":
                    continue
                name = binding.action.split("(")[0]
                if owner is screen and screen.check_action(name, ()) is False:
                    continue
                seen.add(binding.description)
                yield SystemCommand(binding.description, f"快捷键 {binding.key}",
                                    lambda a=binding.action, t=owner: self.call_later(
                                        self.run_action, a, t))


def _parsed_facts(path: Path, error: DrafterError) -> dict[str, Any] | None:
    """The data of a facts file that parses but does not validate (`error`), shaped for
    the form; None for a file that cannot be read (a FIFO, too big: never read again)
    or parsed."""
    import tomllib

    from drafter.errors import FactsError
    from drafter.facts.limits import MAX_FILE_BYTES
    from drafter.files import read_regular
    from drafter.ui.screens.facts import editable_facts

    if not isinstance(error, FactsError):
        return None
    try:
        raw = read_regular(path, limit=MAX_FILE_BYTES, what="事实文件")
        return editable_facts(tomllib.loads(raw.decode("utf-8-sig")))
    except (DrafterError, ValueError, RecursionError):
        return None


def _command_owners(screen: Screen[Any], app: App[Any]) -> list[Any]:
    def ours(node: object) -> bool:
        return type(node).__module__.startswith("drafter.ui") and bool(
            getattr(node, "BINDINGS", None))

    owners: list[Any] = [screen]
    node = screen.focused
    while node is not None and node is not screen:
        if ours(node):
            owners.append(node)
        node = node.parent  # type: ignore[assignment]
    widgets = [w for w in screen.query("*") if ours(w)]
    for w in widgets:
        if w not in owners and sum(type(o) is type(w) for o in widgets) == 1:
            owners.append(w)
    owners.append(app)
    return owners
