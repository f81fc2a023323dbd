"""The fact ledger in the TUI (issue 13), through Pilot with the built-in writer: the
number under the cursor names its source in the status bar, the 数字来源 view lists and
jumps, and a figure changed in the facts form rewrites the linked text (F8 restores)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ui import idle
from textual.widgets import Checkbox, Input, OptionList, TextArea

from drafter.project import Status
from drafter.ui.app import DrafterApp
from drafter.ui.screens.export import ExportDialog
from drafter.ui.screens.facts import FactsScreen
from drafter.ui.screens.workspace import WorkspaceScreen
from drafter.ui.widgets.ledger_view import LedgerView
from drafter.ui.widgets.records import RecordList
from drafter.ui.widgets.section_list import SectionList
from drafter.ui.widgets.status_bar import StatusBar
from drafter.writers.builtin import BuiltinWriter

pytestmark = pytest.mark.anyio


async def until(pilot, condition, what: str) -> None:
    """Wait for `condition`; the bound (two minutes) only ends a broken test."""
    for _ in range(2400):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def drafted(pilot, app: DrafterApp) -> WorkspaceScreen:
    """The facts file opened, F5 into the workspace, everything drafted, the section
    that states 职工总数 selected."""
    await until(pilot, lambda: isinstance(app.screen, FactsScreen), "the facts form")
    await pilot.press("f5")
    await until(pilot, lambda: isinstance(app.screen, WorkspaceScreen), "the workspace")
    ws = app.screen
    assert isinstance(ws, WorkspaceScreen)
    await pilot.press("ctrl+g")
    await until(pilot, lambda: all(s.text for s in ws.project.sections), "all drafted")
    await idle(app)
    index = next(i for i, s in enumerate(ws.project.sections) if "412人" in s.text)
    ws.query_one(SectionList).highlighted = index
    target = ws.project.sections[index]
    await until(pilot, lambda: ws.query_one("#editor", TextArea).text == target.text,
                "the section shown")
    return ws


def locate(text: str, needle: str) -> tuple[int, int]:
    for row, line in enumerate(text.split("\n")):
        if needle in line:
            return row, line.index(needle)
    raise AssertionError(needle)


async def test_the_number_under_the_cursor_names_its_source(facts_file: Path, recent) -> None:
    app = DrafterApp(BuiltinWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(120, 30)) as pilot:
        ws = await drafted(pilot, app)
        editor = ws.query_one("#editor", TextArea)
        bar = ws.query_one(StatusBar)
        row, col = locate(editor.text, "412人")
        editor.focus()
        editor.cursor_location = (row, col + 1)
        await until(pilot, lambda: "职工总数" in bar.source, "the source in the status bar")
        assert bar.source == "412人 ← 数字“职工总数”" and not bar.unsourced
        row, col = locate(editor.text, "86.4%")
        editor.cursor_location = (row, col)
        await until(pilot, lambda: "86.4%" in bar.source, "the ratio's source")
        assert "比例“卫生专业技术人员占比”" in bar.source

        # a number typed by hand has no source: it stands out
        editor.cursor_location = (row, len(editor.document.get_line(row)))
        editor.insert("新增床位777张。")
        row, col = locate(editor.text, "777张")
        editor.cursor_location = (row, col + 1)
        await until(pilot, lambda: bar.source.startswith("777张"), "the typed number")
        assert bar.source == "777张 ← 无来源" and bar.unsourced
        editor.cursor_location = (0, 0)
        await until(pilot, lambda: not bar.source or not bar.source.startswith("777"),
                    "the cursor off the number")


async def test_the_sources_view_lists_every_number_and_jumps(facts_file: Path, recent
                                                               ) -> None:
    app = DrafterApp(BuiltinWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(120, 30)) as pilot:
        ws = await drafted(pilot, app)
        titles = [c.title for c in app.get_system_commands(ws)]
        assert "数字来源" in titles
        await pilot.press("f6")
        await until(pilot, lambda: isinstance(app.screen, LedgerView), "the view")
        view = app.screen
        assert isinstance(view, LedgerView)
        numbers = [e.number for e in view.entries]
        assert "412人" in numbers and "86.4%" in numbers
        assert all(e.kind for e in view.entries)
        options = view.query_one("#ledger", OptionList)
        index = numbers.index("86.4%")
        options.highlighted = index
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is ws, "back in the workspace")
        editor = ws.query_one("#editor", TextArea)
        assert editor.selected_text == "86.4%" and editor.has_focus
        await until(pilot, lambda: "卫生专业技术人员占比" in ws.query_one(StatusBar).source,
                    "the jumped-to number's source")

        # an unsourced number stands out in the view
        editor.insert("新增床位777张。")
        await pilot.press("f6")
        await until(pilot, lambda: isinstance(app.screen, LedgerView), "the view again")
        unsourced = [e for e in app.screen.entries if not e.kind]
        assert [e.number for e in unsourced] == ["777张"]
        assert "无来源" in str(app.screen.query_one("#ledger", OptionList)
                               .get_option_at_index(app.screen.entries.index(unsourced[0]))
                               .prompt)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is ws, "the view closed")


async def test_a_figure_changed_in_the_form_rewrites_the_text(facts_file: Path, recent
                                                               ) -> None:
    app = DrafterApp(BuiltinWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(120, 30)) as pilot:
        ws = await drafted(pilot, app)
        section = next(s for s in ws.project.sections if "412人" in s.text)
        before, versions = section.text, len(section.versions)
        section.locked = True  # locked sections are updated too, and listed
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, FactsScreen), "the form")
        form = app.screen
        figures = form.query_one("#list-figures", RecordList)
        index = next(i for i, r in enumerate(figures.records()) if r["name"] == "职工总数")
        figures.rows[index].query_one(".col-value", Input).value = "420"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is ws, "the workspace again")
        editor = ws.query_one("#editor", TextArea)
        await until(pilot, lambda: "420人" in editor.text, "the rewritten text")
        assert "412" not in section.text and "现有职工总数420人" in section.text
        assert "84.8%" in section.text and "86.4%" not in section.text
        assert "356人" in section.text  # not linked to the changed figure
        assert len(section.versions) == versions + 1
        assert section.versions[section.current].note == (
            "事实更新：职工总数 412→420；卫生专业技术人员占比 86.4→84.8")
        messages = [n.message for n in app._notifications]
        assert any("职工总数 412→420" in m and section.label in m and "请复查" in m
                   for m in messages), messages
        assert ws.facts.figure("职工总数").value == 420
        others = [s for s in ws.project.sections if s is not section]
        assert all("412" not in s.text for s in others)

        await pilot.press("f8")
        await until(pilot, lambda: section.text == before, "undo")
        assert editor.text == before and section.status is not Status.CONFIRMED


async def test_the_export_dialog_writes_the_sources_table_beside(facts_file: Path, recent
                                                                 ) -> None:
    app = DrafterApp(BuiltinWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(120, 40)) as pilot:
        await drafted(pilot, app)
        await pilot.press("f9")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        out = facts_file.with_name("plan.docx")
        app.screen.query_one("#path", Input).value = str(out)
        app.screen.query_one("#ledger", Checkbox).value = True
        await pilot.click("#ok")
        table = facts_file.with_name("plan.数字来源表.csv")
        await until(pilot, table.exists, "the 数字来源表 written")
    assert out.exists()
    rows = table.read_text(encoding="utf-8-sig")
    assert "职工总数" in rows and "412" in rows
