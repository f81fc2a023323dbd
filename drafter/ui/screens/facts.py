"""The facts form screen: edit a facts file (or a project's facts) and start drafting."""

from __future__ import annotations

import asyncio
import copy
import os
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Select, Static

from drafter.errors import FactsError, Problem
from drafter.facts import Facts, facts_from_data
from drafter.facts.toml import dump_facts
from drafter.files import atomic_write
from drafter.kinds import kind_ids
from drafter.project import Project
from drafter.ui.context import drafter_app
from drafter.ui.screens.dialogs import FieldsDialog
from drafter.ui.widgets.facts_form import GROUPS, FactsForm
from drafter.ui.widgets.records import RecordList

VALIDATE_SECONDS = 0.25


def form_problems(data: dict[str, Any]) -> tuple[Facts | None, list[Problem], list[Problem]]:
    """The facts the form holds, or None, with the errors and the warnings to show."""
    try:
        facts = facts_from_data(data, kinds=kind_ids())
    except FactsError as e:
        return None, list(e.problems), []
    return facts, [], list(facts.warnings)


def editable_facts(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of facts data in the shape the form shows, whatever a hand-edited project
    holds: a table that is no table is shown empty, an array of tables keeps its tables.
    Wrong values inside them stay, for the validator to name under their fields."""
    from drafter.facts.schema import TABLES

    out = copy.deepcopy(data)
    for t in TABLES:
        value = out.get(t.name)
        if value is None:
            continue
        if t.array:
            out[t.name] = [r for r in value if isinstance(r, dict)] if isinstance(value,
                                                                                   list) else []
        elif not isinstance(value, dict):
            out[t.name] = {}
    return out


class FactsScreen(Screen[dict[str, Any] | None]):
    """With `project`: returns the edited data (Ctrl+S) or None (Esc). Otherwise edits
    the TOML file `source` and F5 opens a project drafted from it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "保存"),
        Binding("f5", "draft", "开始起草"),
        Binding("escape", "back", "返回"),
        *(Binding(f"alt+{i}", f"jump('{table}')", f"跳到：{title}", show=False)
          for i, (table, title) in enumerate(GROUPS, start=1)),
    ]

    def __init__(self, data: dict[str, Any], *, source: Path | None = None,
                 project: Project | None = None) -> None:
        super().__init__()
        self.data = data
        self.source = source
        self.project = project
        self.errors: list[Problem] = []

    def compose(self) -> ComposeResult:
        where = (f"项目 {self.project.path.name}" if self.project and self.project.path
                 else str(self.source.name) if self.source else "新事实表（未保存）")
        yield Label(f"事实表 · {where}", id="doc-title")
        yield FactsForm(self.data, id="form")
        yield Static("", id="summary")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#form").query(Input).first().focus()
        self._validate_now()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "draft":
            return self.project is None
        return True

    # ------------------------------------------------------------------ validation
    @on(Input.Changed)
    @on(Select.Changed)
    @on(RecordList.RowsChanged)
    def changed(self) -> None:
        self._validate_soon()

    @work(exclusive=True, group="validate")
    async def _validate_soon(self) -> None:
        await asyncio.sleep(VALIDATE_SECONDS)
        if self.is_current:  # not once the form has been closed
            self._validate_now()

    def _validate_now(self) -> Facts | None:
        try:
            return self._form_problems()
        except NoMatches:  # mid-mount or mid-teardown; the next change validates again
            return None

    def _form_problems(self) -> Facts | None:
        form = self.query_one(FactsForm)
        facts, errors, warnings = form_problems(form.data())
        self.errors = errors
        form.show_problems(errors, warnings)
        summary = self.query_one("#summary", Static)
        summary.update(f"有 {len(errors)} 处问题需要修改（见各栏红字）" if errors
                       else "事实表填写完整。" + (f"另有 {len(warnings)} 条提示。"
                                                 if warnings else ""))
        summary.set_class(bool(errors), "-invalid")
        return facts

    # ------------------------------------------------------------------ actions
    def action_save(self) -> None:
        data = self.query_one(FactsForm).data()
        if self.project is not None:
            if self._validate_now() is None:
                self.notify("事实表仍有问题，未应用。请按红字修改。", severity="error")
                return
            self.workers.cancel_group(self, "validate")
            self.dismiss(data)
            return
        if self.source is None:
            kind = data.get("doc", {}).get("kind") or "facts"
            self.app.push_screen(FieldsDialog("保存事实表",
                                              [("文件", str(Path.cwd() / f"{kind}.toml"))]),
                                 self._saved_as)
            return
        self._write(self.source, data)

    def _saved_as(self, values: list[str] | None) -> None:
        if values and values[0].strip():
            path = Path(values[0].strip()).expanduser()
            if self._write(path, self.query_one(FactsForm).data()):
                self.source = path

    def _write(self, path: Path, data: dict[str, Any]) -> bool:
        """Rewrite the facts file from the form. A file with comments is copied to
        `<name>.bak` first: the rewrite cannot keep them, and they are the user's work."""
        backup = path.with_name(path.name + ".bak")
        try:
            raw = path.read_bytes() if path.exists() else b""
            mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
            commented = any(line.lstrip().startswith(b"#") for line in raw.splitlines())
            if commented:
                atomic_write(backup, raw)
            atomic_write(path, dump_facts(data).encode("utf-8"))
            os.chmod(path, mode)  # the temp file was private; keep the file's own mode
        except (OSError, ValueError, TypeError) as e:
            self.notify(f"保存失败：{e}", severity="error")
            return False
        self.data = copy.deepcopy(data)
        if commented:
            self.notify(f"事实文件已按标准格式重写，注释未保留；原文件（含注释）已备份为 "
                        f"{backup.name}。", severity="warning")
        self.notify(f"已保存事实表：{path}")
        return True

    def action_jump(self, table: str) -> None:
        group = self.query_one(f"#group-{table}")
        self.query_one(FactsForm).scroll_to_widget(group, top=True, animate=False)
        if target := next(iter(group.query("Input, Select, Button")), None):
            target.focus(scroll_visible=False)

    def action_draft(self) -> None:
        if self.project is not None:
            return
        if self._validate_now() is None:
            self.notify("事实表仍有问题，不能开始起草。请按红字修改。", severity="error")
            return
        data = self.query_one(FactsForm).data()
        # the file is rewritten only when the form changed something: an untouched
        # file keeps its comments and layout
        if self.source is not None and data != self.data and not self._write(self.source,
                                                                               data):
            return
        drafter_app(self).start_project(data, self.source)

    def action_back(self) -> None:
        self.workers.cancel_group(self, "validate")
        if self.project is not None:
            self.dismiss(None)
        else:
            self.app.pop_screen()
