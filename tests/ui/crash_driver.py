"""Runs the real app headless on a project and keeps it busy — generate all, revise,
accept, type — forever, until it is killed. After every autosave it appends what the
project file now holds (per section, a hash of each version) to a journal, so the
test that kills it can check that nothing saved before the kill is lost.

Usage: python crash_driver.py PROJECT JOURNAL SEED"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from support.ui import ScriptedWriter, idle

from drafter.project import load_project
from drafter.session.recent import RecentStore
from drafter.ui.app import DrafterApp
from drafter.ui.screens.workspace import WorkspaceScreen


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def state(path: Path) -> dict[str, list[str]]:
    return {s.id: [digest(v.text) for v in s.versions] for s in load_project(path).sections}


async def main(project: Path, journal: Path, seed: int) -> None:
    rng = random.Random(seed)
    log = journal.open("a", encoding="utf-8")

    def saved(path: Path) -> None:
        log.write(json.dumps(state(path)) + "\n")
        log.flush()
        os.fsync(log.fileno())

    writer = ScriptedWriter(chunk=3, delay=0.002)
    app = DrafterApp(writer, path=project, recent=RecentStore(journal.with_suffix(".recent")),
                     on_saved=saved)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ws = app.screen
        assert isinstance(ws, WorkspaceScreen)
        print("ready", flush=True)
        n = 0
        while True:
            n += 1
            step = rng.choice(("all", "revise", "type", "undo"))
            if step == "all":
                await pilot.press("ctrl+g")
            elif step == "revise":
                section = rng.choice(ws.project.sections)
                ws.selected = section.id
                ws.start(section.id, f"第{n}次改写")
                await idle(app)
                await pilot.press("ctrl+t")
            elif step == "type":
                ws.query_one("#editor").focus()
                await pilot.press(*"补充", "end")
            else:
                await pilot.press("f8")
            await pilot.pause(rng.uniform(0.0, 0.2))


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])))
