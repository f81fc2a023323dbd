"""The start screen: recent projects (or, under `drafter serve`, the projects and facts
files in the working folder), a new project, or open a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from drafter.ui.context import drafter_app
from drafter.ui.screens.dialogs import ChoiceDialog, FieldsDialog

if TYPE_CHECKING:
    from drafter.importing.files import Written

PROJECT_SUFFIX = ".drafter.json"
WELCOME = ("为医院、学校、机关、社区起草工作计划、实施方案、工作总结等公文："
           "填写事实 → 生成各节 → 逐节修改 → 检查 → 导出 Word。")


def recent_prompt(path: Path) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(path.name)
    text.append(f"  {path.parent}", style="dim")
    if not path.exists():
        text.append("  （文件已不存在）", style="red")
    return text


def folder_files(folder: Path) -> list[Path]:
    """The projects (*.drafter.json), then the facts files (*.toml) in `folder`, each
    group by name; hidden files are left out."""
    try:
        names = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError:
        return []
    projects = [p for p in names if p.name.endswith(PROJECT_SUFFIX)]
    facts = [p for p in names if p.suffix.lower() == ".toml"]
    return projects + facts


def folder_prompt(path: Path) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(path.name)
    text.append("  项目" if path.name.endswith(PROJECT_SUFFIX) else "  事实文件", style="dim")
    return text


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "新建项目"),
        Binding("o", "open", "打开文件"),
        Binding("i", "import_file", "从已有文件开始"),
        Binding("y", "next_year", "由去年的总结生成今年的计划"),
        Binding("delete", "forget", "移出列表"),
    ]

    def compose(self) -> ComposeResult:
        yield Label("drafter · 公文起草", id="doc-title")
        with Vertical(id="start"):
            yield Static(WELCOME, id="welcome")
            yield Label(self._list_title(), classes="section-title")
            yield OptionList(id="recent")
            with Horizontal(id="start-buttons"):
                yield Button("新建项目 N", variant="primary", id="new", action="screen.new")
                yield Button("打开文件 O", id="open", action="screen.open")
                yield Button("从已有文件开始 I", id="import", action="screen.import_file")
                yield Button("去年总结→今年计划 Y", id="next-year", action="screen.next_year")
        yield Footer(compact=True)

    def _list_title(self) -> str:
        folder = drafter_app(self).folder
        if folder is None:
            return "最近的项目（回车打开）"
        home = Path.home()
        shown = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else folder
        return f"{shown} 中的项目和事实文件（回车打开）"

    def on_mount(self) -> None:
        self.refresh_recent()

    def on_screen_resume(self) -> None:
        self.refresh_recent()

    def refresh_recent(self) -> None:
        recent = self.query_one("#recent", OptionList)
        recent.clear_options()
        folder = drafter_app(self).folder
        if folder is not None:
            self._list_folder(recent, folder)
            return
        paths = drafter_app(self).recent.load()
        if not paths:
            recent.add_option(Option(Text("还没有项目。按 N 新建，或按 O 打开事实文件。",
                                          style="dim"), disabled=True))
        for p in paths:
            recent.add_option(Option(recent_prompt(p), id=str(p)))
        recent.focus()

    def _list_folder(self, options: OptionList, folder: Path) -> None:
        files = folder_files(folder)
        if not files:
            options.add_option(Option(Text("这个文件夹里还没有项目或事实文件。"
                                           "按 N 新建，或按 O 打开其他位置的文件。",
                                           style="dim"), disabled=True))
        for p in files:
            options.add_option(Option(folder_prompt(p), id=str(p)))
        if files:
            options.highlighted = 0  # Enter opens the first file at once
        options.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The folder listing is not the recent list: nothing to forget there."""
        return not (action == "forget" and drafter_app(self).folder is not None)

    @on(OptionList.OptionSelected, "#recent")
    def open_recent(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            drafter_app(self).open_path(Path(event.option.id))

    def action_forget(self) -> None:
        recent = self.query_one("#recent", OptionList)
        if recent.highlighted is not None:
            option = recent.get_option_at_index(recent.highlighted)
            if option.id:
                drafter_app(self).recent.remove(Path(option.id))
                self.refresh_recent()

    def action_new(self) -> None:
        from drafter.kinds import all_kinds

        choices = [(k.id, f"{k.name}  {k.id}") for k in all_kinds().values()]

        def chosen(kind: str | None) -> None:
            if kind:
                drafter_app(self).new_facts(kind)

        self.app.push_screen(ChoiceDialog("选择文种", choices,
                                          note="选好后填写事实表；每个数字都要写在事实表里。"),
                             chosen)

    def action_open(self) -> None:
        def chosen(values: list[str] | None) -> None:
            if values and values[0].strip():
                drafter_app(self).open_path(Path(values[0].strip()).expanduser())

        self.app.push_screen(FieldsDialog(
            "打开文件", [("路径", str(Path.cwd()) + "/")],
            note="事实文件（.toml）打开事实表；项目文件（.drafter.json）打开工作区。"), chosen)

    # ------------------------------------------------------------------ issue 14
    def action_import_file(self) -> None:
        """从已有文件开始: a document → a facts file beside it → the facts form."""
        from drafter.importing.files import import_beside

        def chosen(values: list[str] | None) -> None:
            if values and values[0].strip():
                path = Path(values[0].strip()).expanduser()
                self._open_written(lambda: import_beside(path))

        self.app.push_screen(FieldsDialog(
            "从已有文件开始", [("文件", str(Path.cwd()) + "/")],
            note="已有的 Word（.docx）、.txt 或 .md 文档：读出单位、年份、数字、口号、任务等，"
                 "写成旁边的事实文件，再在事实表里补全。"), chosen)

    def action_next_year(self) -> None:
        """由去年的总结生成今年的计划: a 总结 (facts, project or document) → a 计划's facts."""
        from drafter.importing.carry import PLANS
        from drafter.importing.files import carry_beside
        from drafter.kinds import all_kinds

        def kind_chosen(path: Path, kind: str | None) -> None:
            if kind:
                self._open_written(lambda: carry_beside(path, kind))

        def chosen(values: list[str] | None) -> None:
            if values and values[0].strip():
                path = Path(values[0].strip()).expanduser()
                kinds = [(k, f"{all_kinds()[k].name}  {k}") for k in PLANS]
                self.app.push_screen(ChoiceDialog("生成哪种文件", kinds,
                                                  note="年份加一；成文日期留给你填写。"),
                                     lambda kind: kind_chosen(path, kind))

        self.app.push_screen(FieldsDialog(
            "由去年的总结生成今年的计划", [("去年的总结", str(Path.cwd()) + "/")],
            note="事实文件（.toml）、项目文件（.drafter.json）或文档（.docx、.txt、.md）："
                 "下一步打算成为任务，数字成为基数，荣誉和口号沿用。"), chosen)

    def _open_written(self, write: Callable[[], Written]) -> None:
        """Write the facts file, say what is still to fill, open it in the facts form."""
        from drafter.errors import DrafterError

        try:
            written = write()
        except DrafterError as e:
            self.notify("\n".join(e.lines()[:8]), title="无法生成事实文件", severity="error",
                        timeout=15)
            return
        self.notify("\n".join(written.lines()[:10]), title="已生成事实文件",
                    severity="information" if written.complete else "warning", timeout=12)
        drafter_app(self).open_path(written.path)
