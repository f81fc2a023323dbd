"""The start screen: recent projects, a new project, or open a file."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

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

WELCOME = ("为医院、学校、机关、社区起草工作计划、实施方案、工作总结等公文："
           "填写事实 → 生成各节 → 逐节修改 → 检查 → 导出 Word。")


def recent_prompt(path: Path) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(path.name)
    text.append(f"  {path.parent}", style="dim")
    if not path.exists():
        text.append("  （文件已不存在）", style="red")
    return text


class StartScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "新建项目"),
        Binding("o", "open", "打开文件"),
        Binding("delete", "forget", "移出列表"),
    ]

    def compose(self) -> ComposeResult:
        yield Label("drafter · 公文起草", id="doc-title")
        with Vertical(id="start"):
            yield Static(WELCOME, id="welcome")
            yield Label("最近的项目（回车打开）", classes="section-title")
            yield OptionList(id="recent")
            with Horizontal(id="start-buttons"):
                yield Button("新建项目 N", variant="primary", id="new", action="screen.new")
                yield Button("打开文件 O", id="open", action="screen.open")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.refresh_recent()

    def on_screen_resume(self) -> None:
        self.refresh_recent()

    def refresh_recent(self) -> None:
        recent = self.query_one("#recent", OptionList)
        recent.clear_options()
        paths = drafter_app(self).recent.load()
        if not paths:
            recent.add_option(Option(Text("还没有项目。按 N 新建，或按 O 打开事实文件。",
                                          style="dim"), disabled=True))
        for p in paths:
            recent.add_option(Option(recent_prompt(p), id=str(p)))
        recent.focus()

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
