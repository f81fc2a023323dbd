"""The whole journey through the app, driven by Pilot: facts file → generate all →
revise one section → accept → undo/restore → fix from the findings panel → export."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from support.llm_server import FakeEndpoint, Reply
from support.ui import (
    REVISED,
    SKELETON,
    ScriptedWriter,
    endpoint_settings,
    idle,
    model_endpoint,
    percent_checker,
)
from textual.widgets import Checkbox, Input, Select, TextArea

from drafter.project import Status, load_project
from drafter.project.findings import Checker
from drafter.ui.app import DrafterApp
from drafter.ui.screens.export import ExportDialog
from drafter.ui.screens.facts import FactsScreen
from drafter.ui.screens.revise import ReviseDialog
from drafter.ui.screens.workspace import WorkspaceScreen
from drafter.ui.widgets.findings import FindingsPanel
from drafter.ui.widgets.section_list import SectionList
from drafter.writers.builtin import BuiltinWriter
from drafter.writers.config import Settings
from drafter.writers.llm import LLMWriter

pytestmark = pytest.mark.anyio


async def settle(pilot, app: DrafterApp) -> None:
    await idle(app)
    await pilot.pause(0.1)


def workspace(app: DrafterApp) -> WorkspaceScreen:
    assert isinstance(app.screen, WorkspaceScreen), type(app.screen).__name__
    return app.screen


async def start_drafting(pilot, app: DrafterApp) -> WorkspaceScreen:
    """The app opened on a facts file: F5 (开始起草) leads into the workspace."""
    await pilot.pause()
    assert isinstance(app.screen, FactsScreen)
    await pilot.press("f5")
    await pilot.pause()
    return workspace(app)


def model_app(url: str, facts_file: Path, recent) -> DrafterApp:
    return DrafterApp(LLMWriter(endpoint_settings(url)), path=facts_file, recent=recent)


async def test_facts_file_to_generated_project_with_builtin_writer(facts_file: Path, recent
                                                                   ) -> None:
    app = DrafterApp(BuiltinWriter(), path=facts_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await start_drafting(pilot, app)
        await pilot.press("ctrl+g")  # 全部生成
        await settle(pilot, app)
        assert all(s.status is Status.DRAFT and s.text for s in ws.project.sections)
        assert app.screen.query_one("#editor", TextArea).text == ws.project.sections[0].text
    project_file = facts_file.with_name("plan.drafter.json")
    saved = load_project(project_file)
    assert [s.text for s in saved.sections] == [s.text for s in ws.project.sections]
    assert recent.load() == [project_file.resolve()]


async def test_whole_journey(facts_file: Path, recent) -> None:
    writer = ScriptedWriter(revision=REVISED)

    def sent(before: str) -> None:
        assert writer.requests[-1].instruction == "突出患者满意度"
        assert writer.requests[-1].current == before

    await journey(writer, facts_file, recent, sent)


async def test_whole_journey_against_a_local_openai_compatible_server(facts_file: Path,
                                                                      recent) -> None:
    """The real LLM writer and the real checker, against a local endpoint. The model
    keeps writing a traditional character: the guard repairs it before the candidate is
    shown. A character typed by hand later is fixed from the findings panel."""
    stubborn = "全院職工要牢固树立创建意识，积极参与志愿服务。"
    revised = stubborn.replace("職", "职")
    typed = "人人參與"

    def sent(before: str) -> None:
        revision = ep.requests[-2]["messages"][-1]["content"]  # then one repair turn
        assert "请按以下要求改写本节：突出患者满意度" in revision
        assert before in revision
        assert "職" in ep.requests[-1]["messages"][-1]["content"]  # the finding is quoted
        assert writer.tokens_used > 0

    with model_endpoint(stubborn) as ep:
        writer = LLMWriter(endpoint_settings(ep.url))
        await journey(writer, facts_file, recent, sent,
                      Fix(checker=None, revised=revised, typed=typed, excerpt="參與",
                          fixed=revised + "人人参与"))
    saved = load_project(facts_file.with_name("plan.drafter.json"))
    notes = [v.note for s in saved.sections for v in s.versions]
    # the history says what was asked and what the guard did to the model's answer
    assert any(n.startswith("突出患者满意度；首稿问题：script.traditional") and "返修 1 轮" in n
               for n in notes), notes


async def wait_until(pilot, condition: Callable[[], object], what: str) -> None:
    """Let the app run until `condition()` holds. The bound only ends a broken test; how
    fast the machine is never decides the outcome."""
    for _ in range(2400):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")


def paced_endpoint(gate: threading.Semaphore, stalled: threading.Event) -> FakeEndpoint:
    """A local model that answers a draft with the skeleton in the prompt: one chunk, then
    one more each time the test releases `gate`; while `stalled` is set it stops after the
    first chunk instead (until the endpoint closes)."""

    def script(body: dict, n: int) -> Reply:
        match = SKELETON.search(body["messages"][1]["content"])
        assert match
        if stalled.is_set():
            return Reply(match.group(1), chunk=8, stall_after=1)
        return Reply(match.group(1), chunk=8, gate=gate)

    return FakeEndpoint(script)


def patient(url: str) -> Settings:
    """The test paces the stream: no timeout may cut it short on a busy machine."""
    return replace(endpoint_settings(url), chunk_timeout=600.0, first_byte_timeout=600.0)


async def test_a_model_answer_streams_into_the_editor_live(facts_file: Path, recent
                                                           ) -> None:
    """While the real LLM writer streams, the editor grows piece by piece; the section
    itself changes only when the guarded answer is complete."""
    gate, stalled = threading.Semaphore(0), threading.Event()
    with paced_endpoint(gate, stalled) as ep:
        app = DrafterApp(LLMWriter(patient(ep.url)), path=facts_file, recent=recent)
        async with app.run_test(size=(80, 24)) as pilot:
            ws = await start_drafting(pilot, app)
            section = ws.project.sections[0]
            editor = app.screen.query_one("#editor", TextArea)
            ws.start(section.id)
            seen: list[str] = []
            for step in range(3):
                shown = len(seen[-1]) if seen else 0
                await wait_until(pilot, lambda n=shown: len(editor.text) > n,
                                 f"chunk {step + 1} on screen")
                seen.append(editor.text)
                assert not section.text and not section.versions  # not yet the section's
                assert editor.read_only
                gate.release()
            gate.release(10_000)  # the rest of the answer
            await settle(pilot, app)
            final = section.text
    assert final and section.status is Status.GENERATED
    assert len(set(seen)) == 3 and all(len(t) < len(final) for t in seen)
    assert all(final.startswith(t) for t in seen)


async def test_stopping_a_model_midway_keeps_every_section_as_it_was(facts_file: Path,
                                                                     recent) -> None:
    gate, stalled = threading.Semaphore(0), threading.Event()
    stalled.set()  # every answer stops after its first chunk until the test says otherwise
    with paced_endpoint(gate, stalled) as ep:
        app = DrafterApp(LLMWriter(patient(ep.url)), path=facts_file, recent=recent)
        async with app.run_test(size=(80, 24)) as pilot:
            ws = await start_drafting(pilot, app)
            await pilot.press("ctrl+g")
            first = ws.project.sections[0]
            editor = app.screen.query_one("#editor", TextArea)
            shown = app.screen.query_one(SectionList)

            def states() -> list[str]:
                return [str(shown.get_option_at_index(i).prompt)[:3]
                        for i in range(shown.option_count)]

            await wait_until(pilot, lambda: len(ep.requests) >= app.concurrency
                             and editor.text and states().count("生成中") == app.concurrency,
                             "the first sections streaming")
            assert first.id in ws.streams
            assert "排队中" in states(), states()
            await pilot.press("escape")
            await settle(pilot, app)
            assert not ws.streams
            assert not first.text and not first.versions  # stopped: nothing half-written
            assert not any(s.candidates for s in ws.project.sections)
            assert not any(n.severity == "error" for n in app._notifications)
            finished = {s.id: s.text for s in ws.project.sections if s.text}
            stalled.clear()
            gate.release(10_000)
            await pilot.press("f5")  # the writer still works after the cancellation
            await settle(pilot, app)
            assert first.text
    saved = load_project(facts_file.with_name("plan.drafter.json"))
    assert {s.id: s.text for s in saved.sections if s.text} == {**finished, first.id: first.text}


async def test_a_broken_answer_waits_as_a_candidate_across_reopening(facts_file: Path,
                                                                     recent) -> None:
    partial = "全院职工要牢固树立创建意识，"
    with model_endpoint(partial + "积极参与志愿服务。" * 4, broken=True) as ep:
        app = model_app(ep.url, facts_file, recent)
        async with app.run_test(size=(80, 24)) as pilot:
            ws = await start_drafting(pilot, app)
            section = ws.project.sections[0]
            await pilot.press("f5")  # draft the first section
            await settle(pilot, app)
            text = section.text
            ws.start(section.id, "更简洁")
            await settle(pilot, app)
            assert section.text == text
            assert section.candidates[-1].note == "未完成的答复"
            assert any("生成失败" in n.message for n in app._notifications)
    project_file = facts_file.with_name("plan.drafter.json")
    kept = load_project(project_file).section(section.id).candidates[-1].text
    assert kept.startswith(partial[:8]) and (partial + "积极参与志愿服务。").startswith(kept)

    app = DrafterApp(BuiltinWriter(), path=project_file, recent=recent)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ws = workspace(app)
        assert app.screen.query_one("#candidate", TextArea).text == kept
        await pilot.press("ctrl+t")
        await settle(pilot, app)
        assert ws.project.sections[0].text == kept
    assert not load_project(project_file).sections[0].candidates


async def test_whole_journey_with_the_real_checker(facts_file: Path, recent) -> None:
    """The rules package flags the traditional character and offers the fix."""
    revised = "全院職工要牢固树立创建意识，积极参与志愿服务。"
    writer = ScriptedWriter(revision=revised)
    await journey(writer, facts_file, recent, lambda before: None,
                  Fix(checker=None, revised=revised, excerpt="職",
                      fixed=revised.replace("職", "职")))


async def test_an_endpoint_failure_leaves_sections_as_they_were(facts_file: Path, recent
                                                               ) -> None:
    with model_endpoint("", fail_when="请按以下要求改写本节") as ep:
        app = model_app(ep.url, facts_file, recent)
        async with app.run_test(size=(80, 24)) as pilot:
            ws = await start_drafting(pilot, app)
            await pilot.press("ctrl+g")
            await settle(pilot, app)
            texts = [s.text for s in ws.project.sections]
            assert all(texts)
            ws.start(ws.project.sections[0].id, "更简洁")
            await settle(pilot, app)
            assert [s.text for s in ws.project.sections] == texts
            assert not any(s.candidates for s in ws.project.sections)
            assert any("生成失败" in n.message for n in app._notifications)


@dataclass(frozen=True)
class Fix:
    """What the revision says, which excerpt the checker flags, and the fixed text."""

    checker: Checker | None = percent_checker  # None: the real drafter.rules.check
    revised: str = REVISED
    excerpt: str = "95%"
    fixed: str = REVISED.replace("95%", "较高水平")
    typed: str = ""  # typed by hand at the end of the section before the check


async def journey(writer, facts_file: Path, recent, sent: Callable[[str], None],
                  fix: Fix = Fix()) -> None:
    """New project from the example facts → generate all → revise one section with an
    instruction → accept → undo → restore → apply a fix from the findings panel →
    export docx → the file holds the revised (and fixed) text."""
    app = DrafterApp(writer, path=facts_file, recent=recent, checker=fix.checker)
    async with app.run_test(size=(100, 32)) as pilot:
        ws = await start_drafting(pilot, app)
        await pilot.press("ctrl+g")
        await settle(pilot, app)
        sections = ws.project.sections
        assert all(s.status is Status.GENERATED for s in sections)
        assert ws.findings == []

        # revise the second section with a free instruction
        await pilot.press("down")
        target = sections[1]
        assert ws.selected == target.id
        before = target.text
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ReviseDialog)
        await pilot.click("#instruction")
        await pilot.press(*"突出患者满意度", "enter")
        await settle(pilot, app)
        sent(before)
        assert target.text == before  # the candidate waits beside the current text
        assert app.screen.query_one("#candidate", TextArea).text == fix.revised
        assert app.screen.query_one("#candidate").display

        await pilot.press("ctrl+t")  # 采纳
        await pilot.pause()
        assert target.text == fix.revised
        assert target.versions[-1].note.startswith("突出患者满意度")
        assert not app.screen.query_one("#candidate").display

        await pilot.press("f8")  # 上一版本
        await pilot.pause()
        assert target.text == before
        await pilot.press("shift+f8")  # 下一版本
        await pilot.pause()
        assert target.text == fix.revised

        if fix.typed:  # edit by hand at the end of the section
            editor = app.screen.query_one("#editor", TextArea)
            editor.focus()
            editor.move_cursor(editor.document.end)
            await pilot.press(*fix.typed)
            await pilot.pause(0.6)  # the typing debounce
            assert target.text == fix.revised + fix.typed

        # the checker flags the excerpt; fix it from the findings panel
        await settle(pilot, app)
        panel = app.screen.query_one(FindingsPanel)
        assert [f.finding.excerpt for f in panel.items] == [fix.excerpt]
        assert panel.items[0].place and panel.items[0].place.section_id == target.id
        panel.focus()
        await pilot.press("enter")  # jump
        await pilot.pause()
        editor = app.screen.query_one("#editor", TextArea)
        assert editor.selected_text == fix.excerpt
        panel.focus()
        await pilot.press("f")  # apply the fix
        await settle(pilot, app)
        assert target.text == fix.fixed
        assert ws.findings == []

        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        out = facts_file.with_name("plan.docx")
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.click("#ok")
        await settle(pilot, app)
        assert out.exists(), [n.message for n in app._notifications]
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert fix.fixed in text
    saved = load_project(facts_file.with_name("plan.drafter.json"))
    assert saved.section(target.id).text == fix.fixed


async def test_export_asks_before_writing_with_errors(facts_file: Path, recent) -> None:
    writer = ScriptedWriter(revision=REVISED)
    app = DrafterApp(writer, path=facts_file, recent=recent, checker=percent_checker)
    async with app.run_test(size=(80, 24)) as pilot:
        ws = await start_drafting(pilot, app)
        ws.start(ws.project.sections[0].id, "改")
        await settle(pilot, app)
        await pilot.press("ctrl+t")
        await settle(pilot, app)
        assert len(ws.findings) == 1
        await pilot.press("f9")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#ok").disabled
        dialog.query_one("#force", Checkbox).value = True
        await pilot.pause()
        assert not dialog.query_one("#ok").disabled
        dialog.query_one("#format", Select).value = ".md"
        await pilot.pause()
        out = Path(dialog.query_one("#path", Input).value)
        assert out.name == "plan.md"
        await pilot.click("#ok")
        await settle(pilot, app)
        assert not isinstance(app.screen, ExportDialog), [n.message for n in app._notifications]
    assert REVISED in out.read_text(encoding="utf-8")  # forced: the error stays, confirmed
