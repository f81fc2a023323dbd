"""A section's version history: every text it has had, the current one marked."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from drafter.project import Section
from drafter.project.model import USER
from drafter.writers.base import BUILTIN

SOURCES = {BUILTIN: "内置写作", USER: "手工修改"}


def source_label(source: str) -> str:
    return SOURCES.get(source, source.replace("openai:", "模型 "))


class HistoryDialog(ModalScreen[int | None]):
    """Returns the index of the version to restore, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "关闭")]

    def __init__(self, section: Section, name: str) -> None:
        super().__init__(classes="dialog-screen")
        self.section, self.name_ = section, name

    def compose(self) -> ComposeResult:
        options = []
        for i, v in reversed(list(enumerate(self.section.versions))):
            line = Text(no_wrap=True, overflow="ellipsis")
            line.append("● " if i == self.section.current else "  ", style="green")
            line.append(f"第{i + 1}版 {v.created[5:16].replace('T', ' ')} ")
            line.append(source_label(v.source), style="cyan")
            if v.note:
                line.append(f" {v.note}", style="dim")
            options.append(Option(line, id=str(i)))
        with Vertical(classes="dialog wide"):
            yield Label(f"“{self.name_}”的版本（回车恢复所选版本）", classes="dialog-title")
            yield OptionList(*options, id="versions")
            yield Static("", id="preview", classes="preview")

    def on_mount(self) -> None:
        if not self.section.versions:
            self.query_one("#preview", Static).update("本节还没有任何版本。")

    @on(OptionList.OptionHighlighted)
    def preview(self, event: OptionList.OptionHighlighted) -> None:
        text = self.section.versions[int(event.option.id or 0)].text
        self.query_one("#preview", Static).update(Text(text[:600]))

    @on(OptionList.OptionSelected)
    def restore(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))
