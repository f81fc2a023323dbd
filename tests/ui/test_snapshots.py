"""Snapshots of the main screens at 80×24 and 120×40 (pytest-textual-snapshot).

Update after an intended change: `pytest tests/ui/test_snapshots.py --snapshot-update`."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from support.paths import EXAMPLE
from support.ui import REVISED, ScriptedWriter, idle, percent_checker
from textual.pilot import Pilot
from textual.widgets import Input

from drafter.session.recent import RecentStore
from drafter.ui.app import DrafterApp

SIZES = [(80, 24), (120, 40)]
Before = Callable[[Pilot], Awaitable[None]]


def make_app(tmp_path: Path, *, light: bool = False) -> tuple[DrafterApp, Path]:
    facts = tmp_path / "plan.toml"
    shutil.copy(EXAMPLE, facts)
    recent = RecentStore(tmp_path / "recent.json")
    recent.file.write_text('["/srv/公文/2026年创建市级文明单位实施方案.drafter.json", '
                           '"/srv/公文/党支部工作计划.drafter.json"]', encoding="utf-8")
    app = DrafterApp(ScriptedWriter(revision=REVISED), recent=recent, checker=percent_checker,
                     clock=lambda: "09:30:00", theme="textual-light" if light else "textual-dark")
    return app, facts


def _steady(before: Before | None) -> Before:
    """Run `before`, then stop cursors blinking so every capture is the same."""

    async def run(pilot: Pilot) -> None:
        if before:
            await before(pilot)
        for screen in pilot.app.screen_stack:
            for widget in screen.query("Input, TextArea"):
                widget.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()

    return run


async def _quiet(pilot: Pilot) -> None:
    await idle(pilot.app)
    await pilot.pause(0.6)  # the findings recheck settles
    pilot.app.clear_notifications()
    await pilot.pause()


def _workspace(facts: Path, extra: Before | None = None) -> Before:
    async def run(pilot: Pilot) -> None:
        pilot.app.open_path(facts)  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("f5")  # 开始起草
        await pilot.pause()
        await pilot.press("ctrl+g")
        await _quiet(pilot)
        await pilot.press("down")
        if extra:
            await extra(pilot)
        await _quiet(pilot)

    return run


async def _candidate(pilot: Pilot) -> None:
    pilot.app.screen.start(pilot.app.screen.selected, "突出患者满意度")  # type: ignore[attr-defined]


async def _accepted(pilot: Pilot) -> None:
    await _candidate(pilot)
    await _quiet(pilot)
    await pilot.press("ctrl+t")


async def _export(pilot: Pilot) -> None:
    await _accepted(pilot)
    await _quiet(pilot)
    await pilot.press("f9")
    await pilot.pause()
    pilot.app.screen.query_one("#path", Input).value = "/srv/公文/实施方案.docx"


async def _help(pilot: Pilot) -> None:
    await pilot.press("f1")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_start(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app, _ = make_app(tmp_path)
    assert snap_compare(app, terminal_size=size, run_before=_steady(None))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_facts_form(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app, facts = make_app(tmp_path)

    async def run(pilot: Pilot) -> None:
        pilot.app.open_path(facts)  # type: ignore[attr-defined]
        await pilot.pause()
        pilot.app.screen.query_one("#f-doc-year .value", Input).value = "二〇二六"
        await pilot.pause(0.5)

    assert snap_compare(app, terminal_size=size, run_before=_steady(run))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_workspace_with_findings(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app, facts = make_app(tmp_path)
    before = _steady(_workspace(facts, _accepted))
    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_revision_beside_current_text(snap_compare, tmp_path: Path, size: tuple[int, int]
                                      ) -> None:
    app, facts = make_app(tmp_path)
    before = _steady(_workspace(facts, _candidate))
    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_export_dialog(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app, facts = make_app(tmp_path)
    before = _steady(_workspace(facts, _export))
    assert snap_compare(app, terminal_size=size, run_before=before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:
    app, facts = make_app(tmp_path)
    before = _steady(_workspace(facts, _help))
    assert snap_compare(app, terminal_size=size, run_before=before)


def test_workspace_light_theme(snap_compare, tmp_path: Path) -> None:
    app, facts = make_app(tmp_path, light=True)
    before = _steady(_workspace(facts, _accepted))
    assert snap_compare(app, terminal_size=(80, 24), run_before=before)
