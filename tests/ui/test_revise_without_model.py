"""Revisions never present the current text as a revision: the built-in writer, which
cannot follow an instruction, gets a dialog that says a model is needed and offers
nothing; any writer whose revision comes back unchanged leaves no candidate."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ui import ScriptedWriter, idle
from textual.widgets import Label, OptionList

from drafter.ui.app import DrafterApp
from drafter.ui.screens.revise import NEEDS_MODEL, ReviseDialog
from drafter.ui.screens.workspace import WorkspaceScreen
from drafter.writers.builtin import BuiltinWriter

pytestmark = pytest.mark.anyio


async def test_the_built_in_writer_says_a_model_is_needed(project_file: Path, recent) -> None:
    app = DrafterApp(BuiltinWriter(), path=project_file, recent=recent)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ws = app.screen
        assert isinstance(ws, WorkspaceScreen)
        await pilot.press("f5")
        await idle(app)
        section = ws.project.sections[0]
        assert section.text
        await pilot.press("ctrl+r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReviseDialog)
        assert str(dialog.query_one("#needs-model", Label).render()) == NEEDS_MODEL
        assert not dialog.query(OptionList)  # nothing to choose: nothing would change
        await pilot.press("escape")
        await idle(app)
        assert app.screen is ws and not section.candidates


async def test_an_unchanged_revision_leaves_no_candidate(project_file: Path, recent) -> None:
    writer = ScriptedWriter()
    app = DrafterApp(writer, path=project_file, recent=recent)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ws = app.screen
        assert isinstance(ws, WorkspaceScreen)
        await pilot.press("f5")
        await idle(app)
        section = ws.project.sections[0]
        writer.revision = section.text  # the "revision" repeats the current text
        ws.start(section.id, "更正式")
        await idle(app)
        await pilot.pause()
        assert not section.candidates and len(section.versions) == 1
        assert any("与原文相同" in n.message for n in app._notifications)
