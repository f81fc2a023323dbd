"""The workspace with a model that is slow to start, and with sensitive facts: the status
bar shows which section waits and for how long, then the tokens arriving; sensitive facts
for an endpoint off this machine go out only after a yes in a dialog that names them.

Each test waits for a condition on screen (`until`), never for a time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from support.llm_server import FakeEndpoint, Reply
from support.projects import project_beside
from support.ui import SKELETON, endpoint_settings, idle, open_workspace

from drafter.project import load_project
from drafter.ui.app import DrafterApp
from drafter.ui.screens.dialogs import ConfirmDialog
from drafter.ui.widgets.status_bar import StatusBar
from drafter.writers.llm import LLMWriter

pytestmark = pytest.mark.anyio
REMOTE = "http://drafter-test.invalid/v1"


async def until(pilot, condition: Callable[[], bool], what: str) -> None:
    """Let the app run until `condition` holds (the bound only ends a broken test)."""
    for _ in range(1200):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never: {what}")


def _project(facts_file: Path, mark: str = "") -> Path:
    if mark:
        text = facts_file.read_text(encoding="utf-8")
        assert '"召开创建动员大会"' in text
        facts_file.write_text(text.replace('"召开创建动员大会"', f'"召开创建动员大会（{mark}）"'),
                              encoding="utf-8")
    return project_beside(facts_file)


async def test_the_status_bar_shows_the_wait_for_the_first_byte_then_tokens(
        facts_file: Path, recent) -> None:
    path = _project(facts_file)
    gate = threading.Event()

    def script(body: dict, n: int) -> Reply:
        gate.wait(60)  # the first byte comes once the test has seen the wait
        text = SKELETON.search(body["messages"][1]["content"])[1]
        return Reply(text, chunk=4, stall_after=3)  # then 12 characters, and nothing more

    with FakeEndpoint(script) as ep:
        settings = replace(endpoint_settings(ep.url), chunk_timeout=600.0)
        app = DrafterApp(LLMWriter(settings), path=path, recent=recent)
        try:
            async with app.run_test(size=(120, 30)) as pilot:
                ws = await open_workspace(app, pilot)
                first = ws.project.sections[0]
                bar = ws.query_one(StatusBar)
                await pilot.press("f5")
                await until(pilot, lambda: "等待首字" in bar.progress, "waiting shown")
                assert bar.progress.startswith(first.label) and "等待首字" in str(bar.render())
                gate.set()
                await until(pilot, lambda: "生成中" in bar.progress, "streaming shown")
                await until(pilot, lambda: "约 0 令牌" not in bar.progress, "tokens counted")
                assert "令牌" in bar.progress and len(ep.requests) == 1
                await pilot.press("escape")  # stop: the section stays as it was
                await idle(app)
                await until(pilot, lambda: bar.progress == "", "progress cleared")
                assert not first.text
        finally:
            gate.set()


async def test_sensitive_facts_for_another_host_wait_for_a_yes(facts_file: Path, recent
                                                               ) -> None:
    path = _project(facts_file, "机密★1年")
    writer = LLMWriter(replace(endpoint_settings(REMOTE), max_retries=0))
    app = DrafterApp(writer, path=path, recent=recent)
    async with app.run_test(size=(120, 30)) as pilot:
        ws = await open_workspace(app, pilot)
        first = ws.project.sections[0]
        await pilot.press("f5")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "dialog shown")
        question = app.screen.question
        assert "机密★" in question and "drafter-test.invalid" in question
        await pilot.click("#no")
        await pilot.pause()
        assert app.screen is ws and not ws.streams and not writer.allow_sensitive
        assert any("未发送" in n.message for n in app._notifications)

        await pilot.press("f5")  # asked again: no was not a yes
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "dialog again")
        await pilot.click("#yes")
        await until(pilot, lambda: any("生成失败" in n.message for n in app._notifications),
                    "a connection was tried")
        assert writer.allow_sensitive and not first.text
        assert not any("敏感" in n.message for n in app._notifications
                       if "生成失败" in n.message)  # it failed to connect, not refused
    assert not load_project(path).sections[0].text


async def test_sensitive_facts_for_this_machine_are_not_asked_about(facts_file: Path,
                                                                    recent) -> None:
    path = _project(facts_file, "机密★1年")

    def script(body: dict, n: int) -> Reply:
        return Reply(SKELETON.search(body["messages"][1]["content"])[1])

    with FakeEndpoint(script) as ep:
        app = DrafterApp(LLMWriter(endpoint_settings(ep.url)), path=path, recent=recent)
        async with app.run_test(size=(120, 30)) as pilot:
            ws = await open_workspace(app, pilot)
            await pilot.press("f5")
            await until(pilot, lambda: bool(ws.project.sections[0].text), "section written")
            assert not isinstance(app.screen, ConfirmDialog) and len(ep.requests) == 1
