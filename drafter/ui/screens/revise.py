"""The revision dialog: regenerate, 更简洁, 更详细, 更正式, or a free instruction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from drafter.project import Section
from drafter.project.pipeline import section_request
from drafter.writers.base import REGENERATE, REVISIONS, Writer

if TYPE_CHECKING:
    from drafter.ui.screens.workspace import WorkspaceScreen

NEEDS_MODEL = ("内置写作引擎只能换一种说法（重新生成、更正式）或删去、补上任务开头的概括句"
               "（更简洁、更详细），"
               "事实不变；列表里没有的，是本节已经如此；自定义的改写要求需要接入大模型"
               "（见 README“接入大模型”）。"
               "也可以直接在编辑区修改本节。")


class ReviseDialog(ModalScreen[str | None]):
    """Returns the instruction ("" for a plain regeneration), or None when cancelled. It
    offers the writer's `presets`; a writer that cannot follow typed instructions gets no
    input line, and the dialog says what else needs a model."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "取消")]

    def __init__(self, section_name: str, *, follows_instructions: bool = True,
                 presets: tuple[str, ...] = (REGENERATE, *REVISIONS)) -> None:
        super().__init__(classes="dialog-screen")
        self.section_name = section_name
        self.follows_instructions = follows_instructions
        self.presets = presets

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"改写“{self.section_name}”", classes="dialog-title")
            if self.presets:
                yield OptionList(*(Option(name, id="regen" if name == REGENERATE else name)
                                   for name in self.presets), id="presets")
            if not self.follows_instructions:
                yield Label(NEEDS_MODEL, classes="dialog-text",
                            id="needs-model")
                return
            yield Label("或输入改写要求，回车确认：", classes="dialog-text")
            yield Input(placeholder="例如：突出志愿服务，压缩到三段", id="instruction")

    @classmethod
    def ask(cls, screen: WorkspaceScreen, writer: Writer, section: Section,
            revise: Callable[[str], None]) -> None:
        """Show the dialog for `section` with the revisions `writer` can make of it; the
        chosen instruction goes to `revise`."""
        request = section_request(screen.project, screen.facts, section, instruction="")
        presets = writer.presets_for(request) if request else ()

        def chosen(instruction: str | None) -> None:
            if instruction is not None:
                revise(instruction)

        screen.app.push_screen(cls(section.label, presets=presets,
                                   follows_instructions=writer.follows_instructions), chosen)

    @on(OptionList.OptionSelected)
    def preset(self, event: OptionList.OptionSelected) -> None:
        self.dismiss("" if event.option.id == "regen" else REVISIONS[event.option.id or ""])

    @on(Input.Submitted)
    def free(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())
