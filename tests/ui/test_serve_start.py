"""What `drafter serve` changes in the app, checked with Pilot (no browser needed): the
start screen lists the working folder, and export delivers the file to the browser when
the app runs under the web driver."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.paths import EXAMPLE
from support.ui import idle
from textual.widgets import Input, OptionList

from drafter.ui.app import DrafterApp
from drafter.ui.screens.export import ExportDialog
from drafter.ui.screens.facts import FactsScreen
from drafter.ui.screens.start import StartScreen, folder_files
from drafter.ui.screens.workspace import WorkspaceScreen
from drafter.writers.builtin import BuiltinWriter

pytestmark = pytest.mark.anyio


def test_folder_files_lists_projects_then_facts(tmp_path: Path) -> None:
    for name in ("b.toml", "a.toml", "z.drafter.json", ".z.drafter.json.lock", "a.toml.bak",
                 "notes.txt", ".hidden.toml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "dir.toml").mkdir()
    assert [p.name for p in folder_files(tmp_path)] == ["z.drafter.json", "a.toml", "b.toml"]
    assert folder_files(tmp_path / "missing") == []


async def test_the_start_screen_lists_the_folder_and_enter_opens_the_first(
        tmp_path: Path, recent) -> None:
    shutil.copy(EXAMPLE, tmp_path / "plan.toml")
    recent.add(tmp_path / "elsewhere.drafter.json")  # the recent list is not shown
    app = DrafterApp(BuiltinWriter(), recent=recent, folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        options = app.screen.query_one("#recent", OptionList)
        assert [options.get_option_at_index(i).id for i in range(options.option_count)] == [
            str(tmp_path / "plan.toml")]
        assert options.highlighted == 0
        assert app.screen.check_action("forget", ()) is False  # nothing to forget here
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FactsScreen)


async def test_an_empty_folder_says_what_to_do(tmp_path: Path, recent) -> None:
    app = DrafterApp(BuiltinWriter(), recent=recent, folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        options = app.screen.query_one("#recent", OptionList)
        assert options.option_count == 1 and options.get_option_at_index(0).disabled
        assert options.highlighted is None


async def test_export_under_the_web_driver_delivers_the_file(
        tmp_path: Path, recent, monkeypatch: pytest.MonkeyPatch) -> None:
    facts = tmp_path / "plan.toml"
    shutil.copy(EXAMPLE, facts)
    delivered: list[tuple[Path, dict[str, object]]] = []
    monkeypatch.setattr(DrafterApp, "is_web", property(lambda self: True))
    monkeypatch.setattr(DrafterApp, "deliver_binary",
                        lambda self, path, **kw: delivered.append((path, kw)) or "key")
    app = DrafterApp(BuiltinWriter(), path=facts, recent=recent, folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        await pilot.press("ctrl+g")
        await idle(app)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        out = Path(app.screen.query_one("#path", Input).value)
        await pilot.click("#ok")
        await idle(app)
        await pilot.pause()
    assert out == tmp_path / "plan.docx" and out.is_file()
    assert delivered == [(out, {"save_filename": "plan.docx", "mime_type":
                                "application/vnd.openxmlformats-officedocument"
                                ".wordprocessingml.document"})]
