"""The revision dialog: regenerate, 更简洁, 更详细, 更正式, or a free instruction."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from drafter.writers.base import REGENERATE, REVISIONS

NEEDS_MODEL = ("内置写作引擎按事实成文，不能按要求改写：重新生成只会得到同样的文字，"
               "更简洁、更详细、更正式或自定义的要求都需要接入大模型（见 README“接入大模型”）。"
               "也可以直接在编辑区修改本节。")


class ReviseDialog(ModalScreen[str | None]):
    """Returns the instruction ("" for a plain regeneration), or None when cancelled. For a
    writer that cannot follow instructions it says so and offers nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "取消")]

    def __init__(self, section_name: str, *, follows_instructions: bool = True) -> None:
        super().__init__(classes="dialog-screen")
        self.section_name = section_name
        self.follows_instructions = follows_instructions

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"改写“{self.section_name}”", classes="dialog-title")
            if not self.follows_instructions:
                yield Label(NEEDS_MODEL, classes="dialog-text", id="needs-model")
                yield Label("按 Esc 关闭。", classes="dialog-text")
                return
            yield OptionList(Option(REGENERATE, id="regen"),
                             *(Option(name, id=name) for name in REVISIONS), id="presets")
            yield Label("或输入改写要求，回车确认：", classes="dialog-text")
            yield Input(placeholder="例如：突出志愿服务，压缩到三段", id="instruction")

    @on(OptionList.OptionSelected)
    def preset(self, event: OptionList.OptionSelected) -> None:
        self.dismiss("" if event.option.id == "regen" else REVISIONS[event.option.id or ""])

    @on(Input.Submitted)
    def free(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())
