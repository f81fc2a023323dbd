"""Helpers for the UI tests: a scripted Writer (a test double for the protocol), a test
checker, a local model endpoint that streams the skeleton back, and waiting for idle."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from contextlib import contextmanager

from drafter.kinds.render import render_section
from drafter.rules.model import Finding
from drafter.writers.base import REGENERATE, REVISIONS, Draft, OnPiece, SectionRequest
from drafter.writers.config import Secret, Settings
from support.llm_server import FAKE_KEY, FakeEndpoint, Reply


class ScriptedWriter:
    """Streams the built-in text in small chunks with small sleeps, like a model would.

    A revision (a request with an instruction) answers with `revision` when set, else
    with the current text plus a marker naming the instruction. `fail` names sections
    whose stream breaks halfway."""

    def __init__(self, *, name: str = "scripted", chunk: int = 6, delay: float = 0.001,
                 revision: str | None = None, fail: tuple[str, ...] = ()) -> None:
        self.name = name
        self.follows_instructions = True  # stands for a model
        self.model = "test-model"
        self.chunk = chunk
        self.delay = delay
        self.revision = revision
        self.fail = fail
        self.requests: list[SectionRequest] = []
        self.tokens_used = 0

    def presets_for(self, request: SectionRequest) -> tuple[str, ...]:
        return (REGENERATE, *REVISIONS)

    def answer(self, request: SectionRequest) -> str:
        if request.instruction:
            return self.revision or f"{request.current}\n（已按要求修改：{request.instruction}）"
        return request.skeleton or render_section(request.kind, request.spec, request.facts)

    async def write(self, request: SectionRequest, on_piece: OnPiece | None = None
                    ) -> Draft:
        self.requests.append(request)
        text = self.answer(request)
        for i in range(0, len(text), self.chunk):
            if request.spec.id in self.fail and i > len(text) // 2:
                raise ConnectionError("模型服务断开")
            await asyncio.sleep(self.delay)
            self.tokens_used += 1
            if on_piece:
                on_piece(text[i:i + self.chunk])
        return Draft(text)

    async def aclose(self) -> None:
        pass


REVISED = "全院干部职工要牢固树立创建意识，患者满意度达到95%以上。"


def percent_finding(line: int, col: int) -> Finding:
    return Finding("number.unsourced", "error", line, col, "95%",
                   "数字“95%”在事实表中找不到来源", "较高水平")


def percent_checker(lines, facts) -> list[Finding]:
    """Flags every 95% (not in the facts) and offers 较高水平 instead."""
    out = []
    for n, line in enumerate(lines, start=1):
        start = 0
        while (i := line.find("95%", start)) >= 0:
            out.append(percent_finding(n, i + 1))
            start = i + 3
    return out


SKELETON = re.compile(r"也不要照抄：\n(.*?)\n\n写作要求", re.S)


@contextmanager
def model_endpoint(revision: str, *, fail_when: str = "", delay: float = 0.001,
                   broken: bool = False) -> Iterator[FakeEndpoint]:
    """A local OpenAI-compatible endpoint that streams like a model: a draft answers with
    the skeleton drafter put in the prompt, a revision (and every repair turn after it)
    with `revision`; a request containing `fail_when` gets HTTP 500. `delay` is the pause
    between a draft's chunks; `broken` drops the connection halfway through a revision."""

    def script(body: dict, n: int) -> Reply:
        prompt = body["messages"][1]["content"]
        if fail_when and fail_when in prompt:
            return Reply(status=500)
        if "请按以下要求改写本节" in prompt:
            return Reply(revision, chunk=4, delay=0.002, drop_after=4 if broken else None)
        match = SKELETON.search(prompt)
        assert match, prompt
        return Reply(match.group(1), chunk=8, delay=delay)

    with FakeEndpoint(script) as ep:
        yield ep


def endpoint_settings(url: str) -> Settings:
    return Settings(base_url=url, model="test-model", api_key=Secret(FAKE_KEY),
                    max_retries=0, repair_turns=1, chunk_timeout=5.0, connect_timeout=2.0)


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


async def open_workspace(app, pilot):
    """The workspace the app opened on a project (after one pause for it to mount)."""
    from drafter.ui.screens.workspace import WorkspaceScreen

    await pilot.pause()
    assert isinstance(app.screen, WorkspaceScreen), type(app.screen).__name__
    return app.screen
