"""Workspace behaviour through Pilot: streaming, failures, locks, sections, history,
hand edits, findings → facts, two windows, palette and help."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ui import REVISED, ScriptedWriter, idle, open_workspace, percent_checker
from textual.command import CommandPalette
from textual.widgets import Input, TextArea

from drafter.project import Status, load_project
from drafter.ui.app import DrafterApp
from drafter.ui.screens.dialogs import ConfirmDialog, FieldsDialog
from drafter.ui.screens.help import HelpScreen
from drafter.ui.screens.history import HistoryDialog
from drafter.ui.screens.start import StartScreen
from drafter.ui.widgets.findings import FindingsPanel
from drafter.ui.widgets.section_list import SectionList

pytestmark = pytest.mark.anyio


async def test_streaming_shows_live_text_then_a_version(project_file: Path, recent) -> None:
    writer = ScriptedWriter(chunk=1, delay=0.02)
    app = DrafterApp(writer, path=project_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await open_workspace(app, pilot)
        first = ws.project.sections[0]
        await pilot.press("f5")
        await pilot.pause(0.3)
        editor = ws.query_one("#editor", TextArea)
        final = writer.answer(writer.requests[0]).strip()
        assert editor.read_only
        assert 0 < len(editor.text) < len(final) and final.startswith(editor.text)
        assert "生成中" in str(ws.query_one(SectionList).get_option_at_index(0).prompt)
        await idle(app)
        await pilot.pause()
        assert first.text == final and first.status is Status.GENERATED
        assert editor.text == final and not editor.read_only
    assert load_project(project_file).sections[0].text == final


async def test_a_model_failure_leaves_the_section_as_it_was(project_file: Path, recent
                                                            ) -> None:
    writer = ScriptedWriter(fail=("goals",))
    app = DrafterApp(writer, path=project_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await open_workspace(app, pilot)
        await pilot.press("ctrl+g")
        await idle(app)
        await pilot.pause()
        goals = ws.project.section("goals")
        assert goals.versions == [] and goals.status is Status.EMPTY
        assert all(s.text for s in ws.project.sections if s.id != "goals")
        messages = [n.message for n in app._notifications]
        assert any("生成失败" in m and "保持原样" in m for m in messages)
        # a failing revision leaves the accepted text alone too
        other = ws.project.section("opening")
        text = other.text
        writer.fail = ("opening",)
        ws.start("opening", "更简洁")
        await idle(app)
        await pilot.pause()
        assert other.text == text and not other.candidates


async def test_locked_sections_are_skipped_and_sections_edited(project_file: Path, recent
                                                               ) -> None:
    app = DrafterApp(ScriptedWriter(), path=project_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await open_workspace(app, pilot)
        ids = [s.id for s in ws.project.sections]
        await pilot.press("f4")  # lock the first section
        await pilot.press("ctrl+g")
        await idle(app)
        await pilot.pause()
        assert ws.project.sections[0].locked and not ws.project.sections[0].text
        assert all(s.text for s in ws.project.sections[1:])

        await pilot.press("alt+down")  # reorder
        assert [s.id for s in ws.project.sections][:2] == [ids[1], ids[0]]
        await pilot.press("alt+up")
        assert [s.id for s in ws.project.sections] == ids

        await pilot.press("ctrl+n")  # add
        await pilot.pause()
        assert isinstance(app.screen, FieldsDialog)
        await pilot.press(*"党建引领", "enter")
        await pilot.pause()
        added = ws.project.sections[1]
        assert added.title == "党建引领" and ws.selected == added.id
        await pilot.press("f5")  # a hand-made section has no template
        await pilot.pause()
        assert any("手工添加" in n.message for n in app._notifications)

        await pilot.press("ctrl+delete")  # remove
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
        assert [s.id for s in ws.project.sections] == ids
    assert [s.id for s in load_project(project_file).sections] == ids


async def test_hand_edits_history_and_confirm(project_file: Path, recent) -> None:
    app = DrafterApp(ScriptedWriter(), path=project_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await open_workspace(app, pilot)
        await pilot.press("f5")
        await idle(app)
        await pilot.pause()
        section = ws.project.sections[0]
        generated = section.text
        await pilot.press("enter")  # into the editor
        editor = ws.query_one("#editor", TextArea)
        assert editor.has_focus
        await pilot.press("ctrl+a", *"此外", "x")
        await pilot.press("backspace")
        await pilot.pause(0.6)
        assert section.text == "此外" + generated
        assert len(section.versions) == 2  # one typing session, one version
        assert section.status is Status.EDITED and section.versions[-1].source == "user"

        ws.query_one(SectionList).focus()
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, HistoryDialog)
        await pilot.press("down", "enter")  # the older (generated) version
        await pilot.pause()
        assert section.text == generated and section.current == 0
        assert section.status is Status.GENERATED

        await pilot.press("ctrl+o")
        assert section.status is Status.CONFIRMED
    saved = load_project(project_file).sections[0]
    assert saved.status is Status.CONFIRMED and len(saved.versions) == 2


async def test_reject_keeps_the_current_text(project_file: Path, recent) -> None:
    app = DrafterApp(ScriptedWriter(revision=REVISED), path=project_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await open_workspace(app, pilot)
        await pilot.press("f5")
        await idle(app)
        section = ws.project.sections[0]
        text = section.text
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("down", "enter")  # 更简洁
        await idle(app)
        await pilot.pause()
        assert section.candidates[-1].note.startswith("在不丢失任何事实")
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert section.text == text and not section.candidates
        assert len(section.versions) == 1


async def test_a_number_from_the_findings_goes_into_the_facts(project_file: Path, recent
                                                              ) -> None:
    app = DrafterApp(ScriptedWriter(revision=REVISED), path=project_file, recent=recent,
                     checker=percent_checker)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await open_workspace(app, pilot)
        ws.start(ws.project.sections[0].id, "改")
        await idle(app)
        await pilot.press("ctrl+t")
        await idle(app)
        await pilot.pause()
        ws.query_one(FindingsPanel).focus()
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FieldsDialog)
        assert [dialog.query_one(f"#field-{i}", Input).value for i in (1, 2)] == ["95", "%"]
        dialog.query_one("#field-0", Input).value = "患者满意度"
        await pilot.click("#ok")
        await pilot.pause()
        figure = ws.project.facts_data["figures"][-1]
        assert figure == {"name": "患者满意度", "value": 95, "unit": "%"}
        assert ws.facts.figure("患者满意度") is not None
    assert load_project(project_file).facts_data["figures"][-1]["name"] == "患者满意度"


async def test_two_windows_on_one_project_are_prevented(project_file: Path, recent) -> None:
    first = DrafterApp(ScriptedWriter(), path=project_file, recent=recent)
    async with first.run_test(size=(80, 24)) as pilot:
        await open_workspace(first, pilot)
        second = DrafterApp(ScriptedWriter(), path=project_file, recent=recent)
        async with second.run_test(size=(80, 24)) as pilot2:
            await pilot2.pause()
            assert isinstance(second.screen, StartScreen)
            assert any("另一个窗口" in n.message for n in second._notifications)
    third = DrafterApp(ScriptedWriter(), path=project_file, recent=recent)
    async with third.run_test(size=(80, 24)) as pilot3:
        await open_workspace(third, pilot3)  # the first window closed: the lock is free


async def test_palette_help_and_themes(project_file: Path, recent) -> None:
    app = DrafterApp(ScriptedWriter(), path=project_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await open_workspace(app, pilot)
        titles = [c.title for c in app.get_system_commands(ws)]
        for title in ("全部生成", "改写", "上一版", "锁定", "导出", "事实表", "添加章节",
                      "删除章节", "章节上移", "帮助", "切换明暗主题", "跳转", "应用修正",
                      "加入事实表"):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"全部生成")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await idle(app)
        await pilot.pause()
        assert all(s.text for s in ws.project.sections)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.theme == "textual-dark"
        await pilot.press("f12")
        assert app.theme == "textual-light"


async def test_quit_keeps_the_app_open_when_the_save_fails(project_file: Path, recent,
                                                           tmp_path: Path) -> None:
    """A full disk or a vanished folder: Ctrl+Q must not quit silently with the typed text
    unsaved; a second Ctrl+Q quits knowingly."""
    app = DrafterApp(ScriptedWriter(), path=project_file, recent=recent)
    async with app.run_test(size=(100, 30)) as pilot:
        ws = await open_workspace(app, pilot)
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("", encoding="utf-8")
        ws.project.path = blocker / "plan.drafter.json"  # every save now fails
        ws.query_one("#editor", TextArea).focus()
        await pilot.press("x", "y")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and app.screen is ws
        assert any("未退出" in (n.title or "") for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
