"""LLM writer benchmark against a local OpenAI-compatible server (not collected by pytest).

    .venv/bin/python tests/bench/bench_llm.py

Prints: the 9-section document at --concurrency 4 vs sequential (target ≤ 0.4×), the
overhead of concurrency 1 over the server's own time (target < 5%), and the median
time from a chunk leaving the server to reaching the consumer (target < 5 ms)."""

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

from llm.llm_server import FakeEndpoint, Reply  # noqa: E402

from drafter.config import load_settings  # noqa: E402
from drafter.drafting import draft_sections, new_project  # noqa: E402
from drafter.facts import load_facts  # noqa: E402
from drafter.kinds import all_kinds, kind_ids  # noqa: E402
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
    asyncio.run(draft_sections(project, facts, writer, concurrency=concurrency, save=False))
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
        asyncio.run(writer.complete([{"role": "user", "content": "x"}],
                                    on_piece=lambda piece: received.append(time.perf_counter())))
        sent = ep.sent_at
    gaps = [(r - s) * 1000 for s, r in zip(sent, received, strict=False)]
    print(f"chunk latency: median {statistics.median(gaps):.2f} ms over {len(gaps)} chunks "
          "(target < 5 ms)")


if __name__ == "__main__":
    main()
