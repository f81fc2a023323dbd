"""Editable lists for the facts form: rows of one-line inputs with add, remove, reorder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Label, Static

_SPLIT = re.compile(r"[；;]")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"  # text · number · int · list (；-separated) · ratio (分子/分母)
    width: str = "1fr"
    placeholder: str = ""


def to_value(kind: str, raw: str) -> Any:
    """Form text → facts data; text that does not parse stays text, for the validator
    to name (a 年份 of “二〇二六” must be reported, not dropped)."""
    raw = raw.strip()
    if kind in ("number", "int"):
        try:
            return int(raw)
        except ValueError:
            pass
        if kind == "number":
            try:
                return float(raw)
            except ValueError:
                pass
        return raw
    if kind == "list":
        return [p.strip() for p in _SPLIT.split(raw) if p.strip()]
    if kind == "ratio":
        parts = [p.strip() for p in re.split(r"[/／]", raw)]
        return parts if len(parts) == 2 else raw
    return raw


def to_text(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "list" and isinstance(value, list):
        return "；".join(str(v) for v in value)
    if kind == "ratio" and isinstance(value, list):
        return "/".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return str(value)


class RecordRow(Vertical):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("alt+up", "move(-1)", "上移"),
        Binding("alt+down", "move(1)", "下移"),
        Binding("ctrl+delete", "remove", "删除此行"),
    ]

    def __init__(self, columns: tuple[Column, ...], row: dict[str, Any]) -> None:
        super().__init__(classes="record-row")
        self.columns = columns
        self.row = row

    def compose(self) -> ComposeResult:
        with Horizontal(classes="record-fields"):
            for c in self.columns:
                box = Input(to_text(c.kind, self.row.get(c.key)), placeholder=c.placeholder,
                            compact=True, classes=f"col-{c.key}")
                box.styles.width = c.width
                yield box
            yield Button("↑", classes="row-btn row-up", compact=True, tooltip="上移（Alt+↑）")
            yield Button("↓", classes="row-btn row-down", compact=True, tooltip="下移（Alt+↓）")
            yield Button("✕", classes="row-btn row-del", compact=True,
                         tooltip="删除此行（Ctrl+Del）")
        yield Static("", classes="field-error")

    def values(self) -> dict[str, Any]:
        out = dict(self.row)  # keys the form does not show are kept
        for c in self.columns:
            raw = self.query_one(f".col-{c.key}", Input).value
            value = to_value(c.kind, raw)
            if value in ("", []):
                out.pop(c.key, None)
            else:
                out[c.key] = value
        return out

    @on(Button.Pressed, ".row-btn")
    def _button(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.has_class("row-del"):
            self.action_remove()
        else:
            self.action_move(-1 if event.button.has_class("row-up") else 1)

    def action_move(self, step: int) -> None:
        owner = self.owner
        if owner:
            owner.move_row(self, step)

    def action_remove(self) -> None:
        if owner := self.owner:
            owner.remove_row(self)

    @property
    def owner(self) -> RecordList | None:
        for node in self.ancestors:
            if isinstance(node, RecordList):
                return node
        return None

    def show_errors(self, messages: list[str]) -> None:
        for box in self.query(".field-error").results(Static):  # none while composing
            box.update("；".join(messages))
        self.set_class(bool(messages), "-invalid")


class RecordList(Vertical):
    """One [[table]] of the facts file. Posts `RowsChanged` on add, remove or move."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+n", "add", "添加一行")]

    @dataclass
    class RowsChanged(Message):
        records: RecordList

    def __init__(self, table: str, columns: tuple[Column, ...], rows: list[dict[str, Any]],
                 hint: str = "") -> None:
        super().__init__(id=f"list-{table}", classes="record-list")
        self.table = table
        self.columns = columns
        self.initial = rows
        self.hint = hint

    def compose(self) -> ComposeResult:
        if self.hint:
            yield Static(self.hint, classes="hint")
        with Horizontal(classes="record-head"):
            for c in self.columns:
                label = Label(c.label)
                label.styles.width = c.width
                yield label
            yield Label("", classes="row-btns-head")
        yield Vertical(*(RecordRow(self.columns, r) for r in self.initial), classes="rows")
        yield Static("", classes="field-error table-error")
        yield Button("＋ 添加", classes="add-row", action="add", compact=True)

    @property
    def rows(self) -> list[RecordRow]:
        return list(self.query_one(".rows").query_children(RecordRow))

    def records(self) -> list[dict[str, Any]]:
        return [r.values() for r in self.rows]

    async def action_add(self) -> None:
        row = RecordRow(self.columns, {})
        await self.query_one(".rows").mount(row)
        row.query(Input).first().focus()
        self.post_message(self.RowsChanged(self))

    def move_row(self, row: RecordRow, step: int) -> None:
        rows = self.rows
        i = rows.index(row)
        j = i + step
        if not 0 <= j < len(rows):
            return
        container = self.query_one(".rows")
        if step < 0:
            container.move_child(row, before=rows[j])
        else:
            container.move_child(row, after=rows[j])
        self.post_message(self.RowsChanged(self))

    def remove_row(self, row: RecordRow) -> None:
        rows = self.rows
        i = rows.index(row)
        row.remove()
        rest = [r for r in rows if r is not row]
        if rest:
            rest[min(i, len(rest) - 1)].query(Input).first().focus()
        else:
            self.query_one(".add-row", Button).focus()
        self.post_message(self.RowsChanged(self))

    def show_errors(self, per_row: dict[int, list[str]], table: list[str]) -> None:
        for i, row in enumerate(self.rows):
            row.show_errors(per_row.get(i, []))
        message = self.query_one(".table-error", Static)
        message.update("；".join(table))
        message.display = bool(table)

    @on(Button.Pressed, ".add-row")
    def _swallow(self, event: Button.Pressed) -> None:
        event.stop()  # the button's action did the work

