"""LLM writer benchmark against a local OpenAI-compatible server (not collected by pytest).

    .venv/bin/python tests/bench/bench_llm.py

Prints: the 9-section document at --concurrency 4 vs sequential (target ≤ 0.4×), the
overhead of concurrency 1 over the server's own time (target < 5%), the median time
from a chunk leaving the server to reaching the consumer (target < 5 ms), and the
largest event-loop stall during a fresh process's first section, a second after the
writer was built (the TUI's case: what it loads lazily is loaded by then, or off the loop)."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from support.llm_server import FakeEndpoint, Reply  # noqa: E402

from drafter.facts import load_facts  # noqa: E402
from drafter.kinds import all_kinds, kind_ids  # noqa: E402
from drafter.project.pipeline import draft_sections, new_project  # noqa: E402
from drafter.writers.config import load_settings  # noqa: E402
from drafter.writers.llm import LLMWriter  # noqa: E402

SECONDS = 1.0
ANSWER = "为进一步做好各项工作，结合实际，制定本方案。" * 4


def settings(url: str):
    os.environ["DRAFTER_CONFIG"] = str(Path(tempfile.mkdtemp()) / "none.toml")
    return load_settings({"base_url": url, "model": "test-model"}, env={})


def draft(url: str, concurrency: int) -> tuple[float, int]:
    kind = all_kinds()["implementation_plan"]
    facts = load_facts(kind.directory / "example.toml", kinds=kind_ids())
    project = new_project(facts, kind)
    writer = LLMWriter(settings(url))
    started = time.perf_counter()
    async def go() -> None:
        try:
            await draft_sections(project, facts, writer, concurrency=concurrency, save=False)
        finally:
            await writer.aclose()

    asyncio.run(go())
    return time.perf_counter() - started, writer.usage.requests


def main() -> None:
    with FakeEndpoint(lambda body, n: Reply(ANSWER, first_delay=SECONDS, chunk=16)) as ep:
        t1, requests = draft(ep.url, 1)
        t4, _ = draft(ep.url, 4)
    server = requests * SECONDS
    print(f"sections/requests: {requests}; server time {server:.2f} s")
    print(f"concurrency 1: {t1:.2f} s; overhead {100 * (t1 - server) / server:.1f}% "
          "(target < 5%)")
    print(f"concurrency 4: {t4:.2f} s; ratio {t4 / t1:.2f}× sequential (target ≤ 0.40×)")

    received: list[float] = []
    text = "字" * 400
    with FakeEndpoint(lambda body, n: Reply(text, chunk=2, delay=0.002)) as ep:
        writer = LLMWriter(settings(ep.url))
        async def go() -> None:
            try:
                await writer.complete([{"role": "user", "content": "x"}],
                                      on_piece=lambda piece: received.append(time.perf_counter()))
            finally:
                await writer.aclose()

        asyncio.run(go())
        sent = ep.sent_at
    gaps = [(r - s) * 1000 for s, r in zip(sent, received, strict=False)]
    print(f"chunk latency: median {statistics.median(gaps):.2f} ms over {len(gaps)} chunks "
          "(target < 5 ms)")


async def first_write(url: str) -> float:
    """The largest gap between 1 ms ticks of the loop while the first section is written."""
    from drafter.kinds.render import render_section
    from drafter.writers.base import SectionRequest

    kind = all_kinds()["work_plan"]
    facts = load_facts(kind.directory / "example.toml", kinds=kind_ids())
    spec = kind.sections[1]
    request = SectionRequest(kind=kind, spec=spec, facts=facts,
                             skeleton=render_section(kind, spec, facts))
    writer = LLMWriter(settings(url))
    await asyncio.sleep(1.0)  # in the app, the user opens a project before generating
    worst, done = 0.0, False

    async def tick() -> None:
        nonlocal worst
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            worst, last = max(worst, now - last), now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0.05)
    await writer.write(request)
    done = True
    await ticker
    await writer.aclose()
    return worst


if __name__ == "__main__":
    if sys.argv[1:2] == ["--first-write"]:
        print(f"{asyncio.run(first_write(sys.argv[2])) * 1000:.1f}")
        sys.exit()
    main()
    import subprocess

    with FakeEndpoint(lambda body, n: Reply(ANSWER, chunk=4)) as ep:
        stalls = [float(subprocess.run([sys.executable, __file__, "--first-write", ep.url],
                                       capture_output=True, text=True, check=True).stdout)
                  for _ in range(3)]
    print(f"first section in a fresh process: largest loop stall {statistics.median(stalls):.1f}"
          " ms (median of 3; target < 50 ms)")
