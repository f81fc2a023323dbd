"""Revisions never present the current text as a revision. The built-in writer offers
the revisions it can make without a model (重新生成, 更详细, 更正式, and 更简洁 after
更详细: each a different, rule-clean text from the same facts) and says that typed
requests need one;
any writer whose revision comes back unchanged leaves no candidate."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ui import ScriptedWriter, idle
from textual.widgets import Input, Label, OptionList

from drafter.facts import facts_from_data
from drafter.kinds import kind_ids
from drafter.rules import check
from drafter.ui.app import DrafterApp
from drafter.ui.screens.revise import ReviseDialog
from drafter.ui.screens.workspace import WorkspaceScreen
from drafter.writers.base import REVISIONS
from drafter.writers.builtin import BuiltinWriter

pytestmark = pytest.mark.anyio


async def test_the_built_in_writer_revises_what_it_can_and_says_what_needs_a_model(
        project_file: Path, recent) -> None:
    app = DrafterApp(BuiltinWriter(), path=project_file, recent=recent)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ws = app.screen
        assert isinstance(ws, WorkspaceScreen)
        await pilot.press("ctrl+g")  # draft every section
        await idle(app)
        facts = facts_from_data(ws.project.facts_data, kinds=kind_ids())
        tasks = next(s for s in ws.project.sections if s.id == "measures")
        assert tasks.text
        ws.selected = tasks.id
        ws.show_section()
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReviseDialog)
        offered = [str(o.prompt) for o in dialog.query_one(OptionList).options]
        assert offered == ["重新生成", "更详细", "更正式"]  # the draft is concise already
        note = str(dialog.query_one("#needs-model", Label).render())
        assert "大模型" in note
        assert not dialog.query(Input)  # a typed request would change nothing
        await pilot.press("escape")
        await idle(app)
        for name, instruction in (("重新生成", ""), ("更详细", REVISIONS["更详细"]),
                                  ("更正式", REVISIONS["更正式"])):
            before = tasks.text
            ws.start(tasks.id, instruction)
            await idle(app)
            assert tasks.candidates, name
            candidate = tasks.candidates[-1].text
            assert candidate.strip() != before.strip(), name
            errors = [f for f in check(candidate, facts, year=facts.doc.year)
                      if f.severity == "error"]
            assert errors == [], (name, errors)
            for task in facts.tasks:  # every fact stays
                assert task.title in candidate and all(p in candidate for p in task.points)
            if name == "更详细":
                assert len(candidate) > len(before)
            tasks.candidates.clear()


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
