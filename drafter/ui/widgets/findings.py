"""The findings panel: what the checker found, with jump, fix and add-a-number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from drafter.project.findings import Located


def finding_prompt(item: Located, section_names: dict[str, str]) -> Text:
    f = item.finding
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("错误 " if item.is_error else "提示 ", style="bold red" if item.is_error
                else "yellow")
    where = section_names.get(item.place.section_id, "") if item.place else "标题/落款"
    text.append(f"{where} ", style="dim")
    text.append(f"{f.message} «{f.excerpt}»")
    if f.fix is not None:
        text.append(f" → {f.fix}", style="green")
    text.append(f"  [{f.rule}]", style="dim")
    return text


class FindingsPanel(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "jump", "跳转"),
        Binding("f", "fix", "应用修正"),
        Binding("n", "add_figure", "加入事实表"),
    ]

    @dataclass
    class JumpChosen(Message):
        item: Located

    @dataclass
    class FixChosen(Message):
        item: Located

    @dataclass
    class FigureChosen(Message):
        item: Located

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.items: list[Located] = []

    def show(self, items: list[Located], section_names: dict[str, str]) -> None:
        old = self.highlighted
        self.items = items
        self.clear_options()
        if not items:
            self.add_option(Option(Text("没有发现问题。", style="dim"), disabled=True))
            self.border_subtitle = ""
            return
        self.add_options([Option(finding_prompt(i, section_names)) for i in items])
        errors = sum(i.is_error for i in items)
        self.border_subtitle = f"错误 {errors} · 提示 {len(items) - errors}"
        self.highlighted = min(old or 0, len(items) - 1)

    @property
    def current(self) -> Located | None:
        if self.highlighted is None or not self.items:
            return None
        return self.items[self.highlighted]

    def action_jump(self) -> None:
        if item := self.current:
            self.post_message(self.JumpChosen(item))

    def action_fix(self) -> None:
        if item := self.current:
            self.post_message(self.FixChosen(item))

    def action_add_figure(self) -> None:
        if item := self.current:
            self.post_message(self.FigureChosen(item))
