"""The 数字来源 view (issue 13): every number of the section with its source, in text
order; numbers without one stand out. Enter returns the entry (the editor jumps to it)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from drafter.project.ledger import Entry


def entry_line(entry: Entry) -> Text:
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"第{entry.line}段 ", style="dim")
    line.append(entry.number, style="bold")
    if entry.kind:
        line.append(f"  ← {entry.label}", style="cyan")
        if entry.state == "planned":
            line.append("（计划）", style="dim")
    else:
        line.append("  ← 无来源", style="bold white on red")
    return line


class LedgerView(ModalScreen[Entry | None]):
    """Returns the chosen number's entry, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "关闭")]

    def __init__(self, name: str, entries: list[Entry]) -> None:
        super().__init__(classes="dialog-screen")
        self.name_, self.entries = name, entries

    def compose(self) -> ComposeResult:
        unsourced = sum(1 for e in self.entries if not e.kind)
        summary = f"共 {len(self.entries)} 个数字" + (
            f"，{unsourced} 个无来源" if unsourced else "，均有来源")
        with Vertical(classes="dialog wide"):
            yield Label(f"“{self.name_}”的数字来源（{summary}；回车跳到正文）",
                        classes="dialog-title")
            yield OptionList(*[Option(entry_line(e), id=str(i))
                               for i, e in enumerate(self.entries)], id="ledger")

    def on_mount(self) -> None:
        self.query_one("#ledger", OptionList).focus()

    @on(OptionList.OptionSelected, "#ledger")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entries[int(event.option.id or 0)])
