"""Small modal dialogs: a question, a few text fields, a choice from a list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option


class ConfirmDialog(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(False)", "取消")]

    def __init__(self, question: str, yes: str = "确定", no: str = "取消") -> None:
        super().__init__(classes="dialog-screen")
        self.question, self.yes, self.no = question, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes, variant="error", id="yes")
                yield Button(self.no, id="no")

    @on(Button.Pressed)
    def answer(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class FieldsDialog(ModalScreen[list[str] | None]):
    """A title and a few labelled inputs; returns their values, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "取消")]

    def __init__(self, title: str, fields: Sequence[tuple[str, str]], ok: str = "确定",
                 note: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.heading, self.fields, self.ok, self.note = title, fields, ok, note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="dialog-title")
            if self.note:
                yield Static(self.note, classes="dialog-text")
            for i, (label, value) in enumerate(self.fields):
                with Horizontal(classes="dialog-field"):
                    yield Label(label, classes="field-label")
                    yield Input(value, id=f"field-{i}", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.ok, variant="primary", id="ok")
                yield Button("取消", id="cancel")

    def values(self) -> list[str]:
        return [self.query_one(f"#field-{i}", Input).value for i in range(len(self.fields))]

    @on(Input.Submitted)
    def submitted(self) -> None:
        self.dismiss(self.values())

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self.values() if event.button.id == "ok" else None)


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of a list of (id, prompt); returns the id."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "取消")]

    def __init__(self, title: str, choices: Sequence[tuple[str, str]], note: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.heading, self.choices, self.note = title, choices, note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="dialog-title")
            yield OptionList(*(Option(prompt, id=cid) for cid, prompt in self.choices),
                             id="choices")
            if self.note:
                yield Static(self.note, classes="dialog-text dim")

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
