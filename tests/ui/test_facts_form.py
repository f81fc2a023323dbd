"""The facts form through Pilot: messages beside fields as you type, editable lists,
and the same TOML as the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ui import ScriptedWriter
from textual.widgets import Input, Select, Static

from drafter.facts import load_facts
from drafter.kinds import kind_ids
from drafter.ui.app import DrafterApp
from drafter.ui.screens.dialogs import ChoiceDialog
from drafter.ui.screens.facts import FactsScreen
from drafter.ui.screens.workspace import WorkspaceScreen
from drafter.ui.widgets.facts_form import FactsForm
from drafter.ui.widgets.records import RecordList, RecordRow

pytestmark = pytest.mark.anyio


def error_of(screen: FactsScreen, field: str) -> str:
    return str(screen.query_one(f"#{field} .field-error", Static).content)


async def test_messages_appear_beside_the_field_as_you_type(facts_file: Path, recent) -> None:
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        name = screen.query_one("#f-unit-name .value", Input)
        name.value = ""
        year = screen.query_one("#f-doc-year .value", Input)
        year.value = "二〇二六"
        await pilot.pause(0.5)
        assert "必填" in error_of(screen, "f-unit-name")
        assert "整数" in error_of(screen, "f-doc-year")
        assert screen.query_one("#f-doc-year").has_class("-invalid")
        assert "2 处问题" in str(screen.query_one("#summary", Static).content)
        await pilot.press("f5")  # refused while problems remain
        await pilot.pause()
        assert isinstance(app.screen, FactsScreen)
        year.value = "2026"
        name.value = "清河县中医院"
        await pilot.pause(0.5)
        assert error_of(screen, "f-doc-year") == ""
        assert not screen.errors


async def test_lists_add_remove_reorder_and_row_messages(facts_file: Path, recent) -> None:
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        slogans = screen.query_one("#list-slogans", RecordList)
        before = [r["text"] for r in slogans.records()]
        await slogans.action_add()
        await pilot.pause()
        row = slogans.rows[-1]
        row.query_one(".col-text", Input).value = "落实三项制度"
        row.query_one(".col-items", Input).value = "首诊负责；三级查房"
        await pilot.pause(0.5)
        assert "写明 3 项" in str(row.query_one(".field-error", Static).content)
        row.query_one(".col-items", Input).value = "首诊负责；三级查房；交接班"
        await pilot.pause(0.5)
        assert not screen.errors

        row.query_one(".col-text", Input).focus()
        await pilot.press("alt+up")  # move the new row up one place
        await pilot.pause()
        texts = [r["text"] for r in slogans.records()]
        assert texts == [*before[:-1], "落实三项制度", before[-1]]
        assert screen.query_one(FactsForm).data()["slogans"][-2]["items"] == [
            "首诊负责", "三级查房", "交接班"]

        await pilot.press("ctrl+delete")
        await pilot.pause()
        assert [r["text"] for r in slogans.records()] == before

        figures = screen.query_one("#list-figures", RecordList)
        first = figures.rows[0]
        first.query_one(".col-value", Input).value = "很多"
        await pilot.pause(0.5)
        assert "数值" in str(first.query_one(".field-error", Static).content)
        assert isinstance(first, RecordRow) and first.has_class("-invalid")


async def test_save_writes_toml_the_command_line_reads(facts_file: Path, recent) -> None:
    original = load_facts(facts_file, kinds=kind_ids())
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.query_one("#f-doc-theme .value", Input).value = "创建省级文明单位"
        screen.query_one("#f-unit-type .value", Select).value = "医院"
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = load_facts(facts_file, kinds=kind_ids())
    assert saved.doc.theme == "创建省级文明单位"
    assert saved.figures == original.figures and saved.tasks == original.tasks
    assert saved.slogans == original.slogans and saved.leadership == original.leadership


async def test_new_project_picks_a_kind_then_fills_the_form(tmp_path: Path, recent,
                                                            monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = DrafterApp(ScriptedWriter(), recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("down", "enter")  # the second kind
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        kind = list(kind_ids())[1]
        assert screen.query_one("#f-doc-kind .value", Select).value == kind
        for field, value in (("f-unit-name", "东城社区居委会"), ("f-doc-theme", "社区治理")):
            screen.query_one(f"#{field} .value", Input).value = value
        screen.query_one("#f-unit-type .value", Select).value = "社区"
        await pilot.pause(0.5)
        assert not screen.errors
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert app.screen.project.path == tmp_path / f"{kind}.drafter.json"
        assert app.screen.project.facts().unit.name == "东城社区居委会"


async def test_facts_edited_from_the_workspace_apply_to_the_project(facts_file: Path, recent
                                                                    ) -> None:
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        ws = app.screen
        assert isinstance(ws, WorkspaceScreen)
        await pilot.press("f2")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FactsScreen) and form.project is ws.project
        form.query_one("#f-doc-title .value", Input).value = "关于创建文明单位的实施方案"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is ws
        assert ws.project.title == "关于创建文明单位的实施方案"
        assert ws.project.facts_data["doc"]["title"] == "关于创建文明单位的实施方案"


async def test_list_actions_are_in_the_palette_when_a_row_has_focus(facts_file: Path, recent
                                                                     ) -> None:
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        row = screen.query_one("#list-tasks", RecordList).rows[0]
        row.query_one(Input).focus()
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(screen)]
        assert {"保存", "开始起草", "上移", "下移", "删除此行", "添加一行"} <= set(titles)


async def test_alt_number_jumps_to_a_group(facts_file: Path, recent) -> None:
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("alt+5")  # 工作任务
        await pilot.pause()
        focused = app.focused
        assert focused is not None
        assert app.screen.query_one("#group-tasks") in focused.ancestors
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "跳到：问题与打算" in titles


async def test_drafting_from_an_untouched_file_keeps_it_byte_for_byte(facts_file: Path, recent
                                                                      ) -> None:
    before = facts_file.read_bytes()
    facts_file.chmod(0o640)
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
    assert facts_file.read_bytes() == before  # comments and layout kept
    app = DrafterApp(ScriptedWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#f-doc-theme .value", Input).value = "创建省级文明单位"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("注释未保留" in n.message and "plan.toml.bak" in n.message
                   for n in app._notifications)
    assert facts_file.stat().st_mode & 0o777 == 0o640
    assert facts_file.with_name("plan.toml.bak").read_bytes() == before  # comments kept
    assert load_facts(facts_file).doc.theme == "创建省级文明单位"
