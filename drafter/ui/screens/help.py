"""The help screen: what the app does and every key binding of the screen below."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

INTRO = ("填写事实表 → 选择文种生成各节 → 逐节改写、确认 → 检查 → 导出 Word。"
         "文中的每个数字、口号都必须来自事实表。所有改动自动保存。")


_KEY_NAMES = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "escape": "Esc", "enter": "回车",
              "delete": "Del", "up": "↑", "down": "↓"}


def key_label(key: str) -> str:
    """"ctrl+g" → "Ctrl+G", "escape,f1" → "Esc / F1"."""
    return " / ".join(
        "+".join(_KEY_NAMES.get(p, p.upper() if len(p) <= 3 else p.capitalize())
                 for p in combo.split("+"))
        for combo in key.split(","))


def bindings_of(*owners: object) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for owner in owners:
        for b in getattr(owner, "BINDINGS", []):
            binding = b if isinstance(b, Binding) else Binding(*b)  # type: ignore[misc]
            if binding.description:
                rows.append((key_label(binding.key), binding.description))
    return rows


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "dismiss", "关闭")]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__(classes="dialog-screen")
        self.below = below

    def compose(self) -> ComposeResult:
        table = Table(show_header=True, header_style="bold", expand=True, box=None)
        table.add_column("按键", no_wrap=True)
        table.add_column("作用")
        widgets = {type(w) for w in self.below.query("*")
                   if type(w).__module__.startswith("drafter.ui")}
        for key, what in bindings_of(self.below, *sorted(widgets, key=lambda c: c.__name__),
                                     self.app):
            table.add_row(key, what)
        table.add_row("Ctrl+P", "命令面板（全部操作）")
        table.add_row("Tab / Shift+Tab", "在各区域之间移动")
        with Vertical(classes="dialog wide", id="help"):
            yield Label("帮助", classes="dialog-title")
            yield Static(INTRO, classes="dialog-text")
            with VerticalScroll():
                yield Static(table)
            yield Static("按 Esc 关闭", classes="dim")
