"""Writes the README screenshots (docs/tui-*.svg) and prints the key-binding table.

Run: .venv/bin/python tests/ui/make_screenshots.py"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from support.paths import EXAMPLE  # noqa: E402
from support.ui import ScriptedWriter, idle  # noqa: E402
from textual.widgets import Input  # noqa: E402

from drafter.session.recent import RecentStore  # noqa: E402
from drafter.ui.app import DrafterApp  # noqa: E402
from drafter.ui.screens.facts import FactsScreen  # noqa: E402
from drafter.ui.screens.help import bindings_of  # noqa: E402
from drafter.ui.screens.start import StartScreen  # noqa: E402
from drafter.ui.screens.workspace import WorkspaceScreen  # noqa: E402
from drafter.ui.widgets.findings import FindingsPanel  # noqa: E402
from drafter.ui.widgets.records import RecordList, RecordRow  # noqa: E402

DOCS = HERE.parent.parent / "docs"
SIZE = (110, 32)


async def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    facts = tmp / "实施方案.toml"
    shutil.copy(EXAMPLE, facts)
    recent = RecentStore(tmp / "recent.json")
    recent.file.write_text('["/srv/公文/2026年党支部工作计划.drafter.json", '
                           '"/srv/公文/2025年工作总结.drafter.json"]', encoding="utf-8")
    writer = ScriptedWriter(name="builtin", revision="全院職工要牢固树立创建意识，"
                                                   "患者满意度达到95%以上。")
    writer.model = ""
    app = DrafterApp(writer, recent=recent, clock=lambda: "09:30:00")  # the real checker

    def shot(name: str) -> None:
        for screen in app.screen_stack:
            for w in screen.query("Input, TextArea"):
                w.cursor_blink = False  # type: ignore[attr-defined]
        app.save_screenshot(f"tui-{name}.svg", str(DOCS))

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shot("start")
        app.open_path(facts)
        await pilot.pause()
        app.screen.query_one("#f-doc-year .value", Input).value = "二〇二六"
        await pilot.pause(0.5)
        shot("facts")
        app.screen.query_one("#f-doc-year .value", Input).value = "2026"
        await pilot.pause(0.5)
        await pilot.press("f5")
        await pilot.pause()
        ws = app.screen
        assert isinstance(ws, WorkspaceScreen)
        writer.delay = 0.02
        await pilot.press("ctrl+g")
        await pilot.pause(0.6)
        shot("streaming")
        await idle(app)
        writer.delay = 0.001
        await pilot.press("down")
        ws.start(ws.selected or "", "突出患者满意度")
        await idle(app)
        await pilot.pause(0.6)
        app.clear_notifications()
        shot("revision")
        await pilot.press("ctrl+t")
        await pilot.pause(0.6)
        app.clear_notifications()
        ws.query_one(FindingsPanel).focus()
        await pilot.pause()
        shot("workspace")
        await pilot.press("f9")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = "/srv/公文/实施方案.docx"
        await pilot.pause()
        shot("export")
        await pilot.press("escape")
        await pilot.press("f1")
        await pilot.pause()
        shot("help")

    rows = [("开始页", StartScreen), ("事实表", FactsScreen), ("事实表中的列表", RecordList),
            ("事实表中的一行", RecordRow), ("工作区", WorkspaceScreen),
            ("检查结果面板", FindingsPanel), ("任何地方", DrafterApp)]
    print("| 位置 | 按键 | 作用 |\n|---|---|---|")
    for where, owner in rows:
        for key, what in bindings_of(owner):
            print(f"| {where} | {key} | {what} |")


if __name__ == "__main__":
    asyncio.run(main())
