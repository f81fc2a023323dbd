"""The export dialog: path, format, font profile; errors must be confirmed explicitly."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from drafter.errors import DrafterError
from drafter.export import check_output
from drafter.export.options import FONT_PROFILES, FORMATS, ExportOptions
from drafter.facts import Facts
from drafter.project import Project
from drafter.project.findings import Located
from drafter.ui.context import drafter_app

FORMAT_CHOICES = [(label, f".{suffix}") for suffix, label in FORMATS.items()]
PROFILE_CHOICES = [(label, profile) for profile, label in FONT_PROFILES.items()]
MIME_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".md": "text/markdown; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def default_output(project: Project) -> Path:
    if project.path is None:
        return Path.cwd() / f"{project.title or '文档'}.docx"
    stem = project.path.name.removesuffix(".json").removesuffix(".drafter")
    return project.path.with_name(f"{stem}.docx")


class ExportDialog(ModalScreen[Path | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "取消")]

    def __init__(self, project: Project, facts: Facts, findings: list[Located]) -> None:
        super().__init__(classes="dialog-screen")
        self.project, self.facts = project, facts
        self.errors = [f for f in findings if f.is_error]

    def compose(self) -> ComposeResult:
        out = default_output(self.project)
        with Vertical(classes="dialog wide", id="export"):
            yield Label("导出文档", classes="dialog-title")
            with Horizontal(classes="dialog-field"):
                yield Label("保存到", classes="field-label")
                yield Input(str(out), id="path", compact=True)
            with Horizontal(classes="dialog-field"):
                yield Label("格式", classes="field-label")
                yield Select(FORMAT_CHOICES, value=out.suffix, allow_blank=False, id="format",
                             compact=True)
            with Horizontal(classes="dialog-field"):
                yield Label("字体", classes="field-label")
                yield Select(PROFILE_CHOICES, value="gb", allow_blank=False, id="profile",
                             compact=True)
            yield Checkbox("同时写出数字来源表（.csv，供审核）", id="ledger")
            if self.errors:
                yield Label(f"仍有 {len(self.errors)} 处错误：", classes="error-text")
                with VerticalScroll(id="export-errors"):
                    for item in self.errors:
                        f = item.finding
                        yield Static(Text(f"· {f.message} «{f.excerpt}»"))
                yield Checkbox("我已知晓，仍然导出（问题处在 Word 中高亮）", id="force")
            else:
                yield Static("检查通过，没有错误。", classes="ok-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("导出", variant="primary", id="ok", disabled=bool(self.errors))
                yield Button("取消", id="cancel")

    @on(Select.Changed, "#format")
    def format_changed(self, event: Select.Changed) -> None:
        box = self.query_one("#path", Input)
        box.value = str(Path(box.value).with_suffix(str(event.value)))

    @on(Checkbox.Changed, "#force")
    def force_changed(self, event: Checkbox.Changed) -> None:
        self.query_one("#ok", Button).disabled = not event.value

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted, "#path")
    def confirm(self) -> None:
        if self.query_one("#ok", Button).disabled:
            self.notify("仍有错误：请先勾选“仍然导出”。", severity="warning")
            return
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        try:
            check_output(path)
        except DrafterError as e:
            self.notify(str(e), severity="error")
            return
        self.query_one("#ok", Button).disabled = True
        self.run_export(path, str(self.query_one("#profile", Select).value),
                        self.query_one("#ledger", Checkbox).value)

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, path: Path, profile: str, ledger: bool = False) -> None:
        from drafter.project.ledger import write_ledger_csv
        from drafter.project.pipeline import check_project, export_checked

        try:
            checked = check_project(self.project, self.facts, drafter_app(self).checker)
            export_checked(checked, path, ExportOptions(profile=profile))
            if ledger:
                write_ledger_csv(self.project, path)
        except Exception as e:
            self.app.call_from_thread(self._failed, e)
            return
        self.app.call_from_thread(self._done, path)

    def _failed(self, error: Exception) -> None:
        self.notify(f"导出失败：{error}", severity="error", timeout=15)
        self.query_one("#ok", Button).disabled = False

    def _done(self, path: Path) -> None:
        if self.app.is_web:  # `drafter serve`: the browser downloads it as well
            self.app.deliver_binary(path, save_filename=path.name,
                                    mime_type=MIME_TYPES.get(path.suffix.lower()))
            self.notify(f"已导出：{path}\n浏览器正在下载这个文件。")
        else:
            self.notify(f"已导出：{path}")
        self.dismiss(path)
