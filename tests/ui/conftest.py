"""UI test fixtures: a scripted Writer (a test double for the protocol), an isolated
recent-projects store, and a copy of an example facts file."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from drafter.recent import RecentStore
from drafter.writers.base import SectionRequest
from drafter.writers.builtin import render_section

TESTS = Path(__file__).resolve().parent.parent
EXAMPLE = TESTS.parent / "templates" / "implementation_plan" / "example.toml"


class ScriptedWriter:
    """Streams the built-in text in small chunks with small sleeps, like a model would.

    A revision (a request with an instruction) answers with `revision` when set, else
    with the current text plus a marker naming the instruction. `fail` names sections
    whose stream breaks halfway."""

    def __init__(self, *, name: str = "scripted", chunk: int = 6, delay: float = 0.001,
                 revision: str | None = None, fail: tuple[str, ...] = ()) -> None:
        self.name = name
        self.model = "test-model"
        self.chunk = chunk
        self.delay = delay
        self.revision = revision
        self.fail = fail
        self.requests: list[SectionRequest] = []
        self.tokens_used = 0

    def answer(self, request: SectionRequest) -> str:
        if request.instruction:
            return self.revision or f"{request.current}\n（已按要求修改：{request.instruction}）"
        return request.skeleton or render_section(request.kind, request.spec, request.facts)

    async def stream(self, request: SectionRequest) -> AsyncIterator[str]:
        self.requests.append(request)
        text = self.answer(request)
        for i in range(0, len(text), self.chunk):
            if request.spec.id in self.fail and i > len(text) // 2:
                raise ConnectionError("模型服务断开")
            await asyncio.sleep(self.delay)
            self.tokens_used += 1
            yield text[i:i + self.chunk]


@pytest.fixture
def recent(tmp_path: Path) -> RecentStore:
    return RecentStore(tmp_path / "recent.json")


@pytest.fixture
def facts_file(tmp_path: Path) -> Path:
    target = tmp_path / "plan.toml"
    shutil.copy(EXAMPLE, target)
    return target


REVISED = "全院干部职工要牢固树立创建意识，患者满意度达到95%以上。"


class Finding:
    """The checker's finding shape (drafter.rules.Finding), for the test checker."""

    def __init__(self, line: int, col: int, excerpt: str, fix: str | None) -> None:
        self.rule = "number.unsourced"
        self.severity = "error"
        self.line, self.col, self.excerpt, self.fix = line, col, excerpt, fix
        self.message = f"数字“{excerpt}”在事实表中找不到来源"


def percent_checker(lines, facts):
    """Flags every 95% (not in the facts) and offers 较高水平 instead."""
    out = []
    for n, line in enumerate(lines, start=1):
        start = 0
        while (i := line.find("95%", start)) >= 0:
            out.append(Finding(n, i + 1, "95%", "较高水平"))
            start = i + 3
    return out


class OpenAICompatWriter:
    """A minimal Writer over the OpenAI SDK, for the journey against a local server
    until drafter.writers.llm lands (the app itself never imports openai)."""

    def __init__(self, base_url: str, model: str = "local-test") -> None:
        from openai import AsyncOpenAI

        self.name = f"openai:{model}"
        self.model = model
        self.tokens_used = 0
        self.client = AsyncOpenAI(base_url=base_url, api_key="dummy", max_retries=0)

    async def stream(self, request: SectionRequest) -> AsyncIterator[str]:
        user = f"<<<骨架\n{request.skeleton}\n骨架>>>"
        if request.instruction:
            user += f"\n当前文本：{request.current}\n改写要求：{request.instruction}"
        response = await self.client.chat.completions.create(
            model=self.model, stream=True, stream_options={"include_usage": True},
            messages=[{"role": "system", "content": "你是公文写作助手。"},
                      {"role": "user", "content": user}])
        async for chunk in response:
            if chunk.usage:
                self.tokens_used += chunk.usage.total_tokens
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


async def idle(app) -> None:
    """Wait until no worker runs. A recheck replaced by a newer one ends cancelled,
    which `wait_for_complete` reports as an error: wait again."""
    from textual.worker import WorkerCancelled

    while True:
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue
