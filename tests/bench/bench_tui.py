"""Benchmark the TUI: (1) the largest event-loop stall while 10 sections stream at about
200 tokens/s each (target < 50 ms); (2) cold start to the first screen beside a minimal
Textual app (target ≤ 1.5×).

Run: .venv/bin/python tests/bench/bench_tui.py [runs]
Prints numbers and targets; asserts nothing (speed is measured here, not in unit tests)."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from drafter.writers.base import Draft, OnPiece  # noqa: E402

TOKENS_PER_SECOND = 200
TOKENS_PER_SECTION = 600  # about 3 s of streaming per section
TOKEN = "创建文明单位"[:2]
DEBUG = "-v" in sys.argv  # one token ≈ two Chinese characters


class SteadyWriter:
    """Streams one token every 1/200 s, like a fast model."""

    name = "bench"
    model = "steady-200tps"
    follows_instructions = True

    def __init__(self) -> None:
        self.tokens_used = 0

    async def write(self, request: object, on_piece: OnPiece | None = None) -> Draft:
        interval = 1 / TOKENS_PER_SECOND
        start = time.perf_counter()
        pieces = []
        for i in range(TOKENS_PER_SECTION):
            # pace against the clock so a late wake-up does not slow the stream down
            delay = start + (i + 1) * interval - time.perf_counter()
            await asyncio.sleep(max(delay, 0))
            self.tokens_used += 1
            pieces.append(TOKEN if i % 40 else TOKEN + "。\n")
            if on_piece:
                on_piece(pieces[-1])
        return Draft("".join(pieces))

    async def aclose(self) -> None:
        pass


async def stall_run(tmp: Path, writer: object) -> tuple[float, float, int]:
    from drafter.facts import Facts, load_facts
    from drafter.kinds import get_kind, kind_ids
    from drafter.project import Project, Section
    from drafter.project.pipeline import new_project
    from drafter.session.recent import RecentStore
    from drafter.ui.app import DrafterApp
    from drafter.ui.screens import workspace
    from drafter.ui.screens.workspace import WorkspaceScreen

    example = ROOT / "templates" / "implementation_plan" / "example.toml"
    facts = load_facts(example, kinds=kind_ids())
    path = tmp / "bench.drafter.json"
    project = new_project(facts, get_kind(facts.doc.kind))
    # the richest kind has nine sections; a tenth, hand-made one streams too, because
    # this bench's writer answers any request (the real request builder has no
    # template for a hand-made section)
    project.sections.append(Section(id="extra", title="其他事项"))
    project.save(path)
    real = workspace.build_request

    def any_request(project: Project, facts: Facts, section: Section, *,
                    instruction: str = "") -> object:
        request = real(project, facts, project.sections[0], instruction=instruction)
        return request

    workspace.build_request = any_request
    app = DrafterApp(writer, path=path, recent=RecentStore(tmp / "recent.json"),  # type: ignore[arg-type]
                     concurrency=10)
    worst = 0.0
    lags: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        ws = app.screen
        assert isinstance(ws, WorkspaceScreen)
        running = True

        async def monitor() -> None:
            nonlocal worst
            tick = 0.002
            while running:
                t0 = time.perf_counter()
                await asyncio.sleep(tick)
                lag = time.perf_counter() - t0 - tick
                lags.append(lag)
                worst = max(worst, lag)
                if lag > 0.015 and DEBUG:
                    print(f"  stall {lag * 1000:.0f} ms at {t0 - begin:.2f} s, "
                          f"{len(ws.streams)} streaming")

        begin = time.perf_counter()
        watcher = asyncio.create_task(monitor())
        sections = ws.project.sections
        for s in sections:  # ten drafts at once
            ws.start(s.id)
        await asyncio.sleep(0.5)
        streams = len(ws.streams)
        await idle(app)
        ws.start(sections[1].id, "更详细")  # and a revision beside the text
        await idle(app)
        running = False
        await watcher
        if DEBUG:
            for note in app._notifications:
                print("  notice:", note.message[:100])
    p99 = statistics.quantiles(lags, n=100)[98]
    return worst, p99, streams


async def idle(app: object) -> None:
    """Wait for every worker; a recheck replaced by a newer one ends cancelled."""
    from textual.worker import WorkerCancelled

    while True:
        try:
            await app.workers.wait_for_complete()  # type: ignore[attr-defined]
            return
        except WorkerCancelled:
            continue


def cold_start(code: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                       capture_output=True)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Label
class Minimal(App):
    def compose(self):
        yield Label("hello")
        yield Footer()
async def first_screen(pilot):
    await pilot.pause()
    pilot.app.exit()
Minimal().run(headless=True, auto_pilot=first_screen)
"""

DRAFTER = """
import tempfile, pathlib
from drafter.session.recent import RecentStore
from drafter.ui.app import DrafterApp
from drafter.writers.builtin import BuiltinWriter
async def first_screen(pilot):
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "StartScreen"
    pilot.app.exit()
recent = RecentStore(pathlib.Path(tempfile.mkdtemp()) / "recent.json")
DrafterApp(BuiltinWriter(), recent=recent).run(headless=True, auto_pilot=first_screen)
"""


SERVE = """
import re, sys, time
sys.path.insert(0, sys.argv[1])
from support.llm_server import FakeEndpoint, Reply
SKELETON = re.compile(r"也不要照抄：\\n(.*?)\\n\\n写作要求", re.S)
def script(body, n):
    found = SKELETON.search(body["messages"][1]["content"])
    text = found.group(1) if found else "按要求改写的一段文字。" * 20
    text = "\\n".join([text] * max(1, 1200 // len(text)))  # about 600 tokens, as above
    return Reply(text, chunk=2, delay=1 / TOKENS_PER_SECOND)  # one token ≈ two characters
with FakeEndpoint(script) as ep:
    print(ep.url, flush=True)
    sys.stdin.read()
""".replace("TOKENS_PER_SECOND", str(TOKENS_PER_SECOND))


def llm_writer_against_a_local_server() -> tuple[object, subprocess.Popen[str]]:
    """The real LLM writer, and an OpenAI-compatible server in its own process (so its
    threads do not share this process's GIL)."""
    from drafter.writers.config import Secret, Settings
    from drafter.writers.llm import LLMWriter

    server = subprocess.Popen([sys.executable, "-c", SERVE, str(ROOT / "tests")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    url = server.stdout.readline().strip()
    settings = Settings(base_url=url, model="test-model", api_key=Secret("local"),
                        max_retries=0)
    return LLMWriter(settings), server


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    runs = int(args[0]) if args else 7
    with tempfile.TemporaryDirectory() as tmp:
        worst, p99, streams = asyncio.run(stall_run(Path(tmp), SteadyWriter()))
    print(f"streaming: {streams} sections at once, ~{TOKENS_PER_SECOND} tokens/s each "
          f"({TOKENS_PER_SECTION} tokens a section), then one revision")
    print(f"  largest event-loop stall: {worst * 1000:.1f} ms  (target < 50 ms)  "
          f"{'OK' if worst < 0.05 else 'OVER'}")
    print(f"  99th percentile stall:    {p99 * 1000:.1f} ms")
    writer, server = llm_writer_against_a_local_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            worst, p99, streams = asyncio.run(stall_run(Path(tmp), writer))
    finally:
        server.communicate("")
    print(f"the same with the real LLM writer (SDK, guard) against a local server streaming "
          f"~{TOKENS_PER_SECOND} tokens/s per section, {streams} at once:")
    print(f"  largest event-loop stall: {worst * 1000:.1f} ms  (target < 50 ms)  "
          f"{'OK' if worst < 0.05 else 'OVER'}")
    print(f"  99th percentile stall:    {p99 * 1000:.1f} ms")
    cold_start(MINIMAL, 1)  # warm the file cache for both
    cold_start(DRAFTER, 1)
    minimal = cold_start(MINIMAL, runs)
    drafter = cold_start(DRAFTER, runs)
    ratio = drafter / minimal
    print(f"cold start to the first screen (median of {runs}):")
    print(f"  minimal Textual app: {minimal * 1000:.0f} ms")
    print(f"  drafter start screen: {drafter * 1000:.0f} ms  = {ratio:.2f}× "
          f"(target ≤ 1.5×)  {'OK' if ratio <= 1.5 else 'OVER'}")


if __name__ == "__main__":
    main()
