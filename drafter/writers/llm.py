"""The LLM writer: any OpenAI-compatible endpoint through the official `openai` SDK.

Every answer is streamed (live pieces go to the caller's `on_piece`), counted, checked by
the guard and repaired before it becomes the section's text. A stream that breaks or ends
without a finish reason is never the answer: it is retried and, if it keeps failing, kept
as a candidate and reported."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import openai

from drafter.errors import EndpointError
from drafter.facts import Facts
from drafter.rules import Finding, check
from drafter.writers import tokens
from drafter.writers.base import RESTART, Draft, OnPiece, SectionRequest
from drafter.writers.config import Settings
from drafter.writers.guard import guard
from drafter.writers.prompts import Messages, build_messages, joined, render


@dataclass
class Answer:
    text: str
    finish: str | None
    prompt_tokens: int
    completion_tokens: int
    local: bool = False  # counted here: the endpoint sent no usage


@dataclass
class SectionCall:
    """One section's requests: what they cost, and the answers that broke off. Local to
    one `write`, so sections written at once never share it."""

    label: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    candidates: list[str] = field(default_factory=list)  # partial answers, never accepted
    truncated: bool = False  # still `length` after the continuations


class IncompleteStream(Exception):
    def __init__(self, partial: str, why: str) -> None:
        super().__init__(why)
        self.partial = partial


class LLMWriter:
    """Implements the Writer protocol for an OpenAI-compatible endpoint."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = f"openai:{settings.model}"
        self.usage = tokens.Usage()
        self._warmed = False  # see _warm
        timeout = openai.Timeout(settings.chunk_timeout, connect=settings.connect_timeout)
        self.client = openai.AsyncOpenAI(api_key=settings.key(), base_url=settings.base_url,
                                         timeout=timeout, max_retries=settings.max_retries)
        # The tokenizer's native part holds the GIL ≈60 ms while it loads: load it now,
        # while the app starts, rather than while sections stream.
        threading.Thread(target=tokens.encoding_name, args=(settings.model,),
                         daemon=True).start()

    def _warm(self, facts: Facts) -> None:
        """What the first section would load on the event loop — the tokenizer (≈150 ms),
        the checker's tables and the SDK's lazily imported resources (≈50 ms each) —
        loaded in a worker thread instead."""
        tokens.encoding_name(self.settings.model)
        check("", facts)
        _ = self.client.chat.completions

    async def aclose(self) -> None:
        # An unclosed SDK client closes itself when collected, on whatever loop then
        # runs: close it here, on the loop its connections belong to.
        await self.client.close()

    @property
    def tokens_used(self) -> int:
        return self.usage.prompt + self.usage.completion

    # -- one request, streamed
    async def _stream_once(self, messages: Messages,
                           on_piece: OnPiece | None) -> Answer:
        pieces: list[str] = []
        finish: str | None = None
        usage: Any = None
        try:
            stream = await self.client.chat.completions.create(
                model=self.settings.model, messages=messages, stream=True,  # type: ignore[arg-type]
                max_tokens=self.settings.max_tokens,
                stream_options={"include_usage": True})
            async for chunk in stream:
                if chunk.usage is not None:
                    usage = chunk.usage
                for choice in chunk.choices:
                    piece = choice.delta.content if choice.delta else None
                    if piece:
                        pieces.append(piece)
                        if on_piece:
                            on_piece(piece)
                    if choice.finish_reason:
                        finish = choice.finish_reason
        except openai.APIStatusError:
            raise
        except openai.APIConnectionError:
            if not pieces:
                raise
            raise IncompleteStream("".join(pieces), "connection lost") from None
        except Exception as e:  # the transport's own errors while reading the stream
            if isinstance(e, openai.OpenAIError | asyncio.CancelledError) and not pieces:
                raise
            raise IncompleteStream("".join(pieces), str(type(e).__name__)) from None
        text = "".join(pieces)
        if finish is None:
            raise IncompleteStream(text, "no finish reason")
        model = self.settings.model
        p = usage.prompt_tokens if usage else tokens.count(joined(messages), model)
        c = usage.completion_tokens if usage else tokens.count(text, model)
        return Answer(text, finish, p, c, local=usage is None)

    async def complete(self, messages: Messages, call: SectionCall | None = None,
                       on_piece: OnPiece | None = None) -> str:
        """One answer, retried on a broken stream, continued on `length`."""
        call = call or SectionCall()
        prompt_tokens = tokens.count(joined(messages), self.settings.model)
        if prompt_tokens > self.settings.context_budget:
            print(f"警告：“{call.label}”的提示词约 {prompt_tokens} 令牌，超出 context_budget"
                  f"（{self.settings.context_budget}）", file=sys.stderr)
        attempts = max(1, self.settings.max_retries + 1)
        text = ""
        for _continuation in range(3):
            for attempt in range(attempts):
                try:
                    answer = await self._guarded(messages, on_piece)
                    break
                except IncompleteStream as e:
                    call.candidates.append(text + e.partial)
                    if attempt + 1 == attempts:
                        raise EndpointError(
                            f"模型端点 {self.settings.base_url} 的答复多次中断，未完成"
                            f"（{e}）；未完成的内容已作为候选保留，未替换现有文本。"
                            "可检查网络或增大 chunk_timeout。",
                            partial=max(call.candidates, key=len)) from None
                    if on_piece:
                        on_piece(RESTART)
                        if text:
                            on_piece(text)
                    await asyncio.sleep(min(8.0, 0.5 * 2 ** attempt))
            self.usage.add(call.label, answer.prompt_tokens, answer.completion_tokens,
                           local=answer.local)
            call.prompt_tokens += answer.prompt_tokens
            call.completion_tokens += answer.completion_tokens
            text += answer.text
            if answer.finish != "length":
                return text
            messages = [*messages, {"role": "assistant", "content": answer.text},
                        {"role": "user", "content": "请从中断处继续，不要重复已写内容。"}]
        call.truncated = True
        return text

    async def _guarded(self, messages: Messages, on_piece: OnPiece | None) -> Answer:
        try:
            return await self._stream_once(messages, on_piece)
        except IncompleteStream:
            raise
        except openai.OpenAIError as e:
            raise self._endpoint_error(e) from None

    def _endpoint_error(self, e: openai.OpenAIError) -> EndpointError | openai.OpenAIError:
        """The SDK's error as one Chinese message naming the setting to change (the error
        itself when it is none of the endpoint's answers below)."""
        s = self.settings
        if isinstance(e, openai.AuthenticationError):
            return EndpointError(
                f"模型端点拒绝了密钥（401）。请检查环境变量 OPENAI_API_KEY 或配置文件中的 "
                f"api_key（{s.origin.get('api_key', '未设置')}）。")
        if isinstance(e, openai.PermissionDeniedError):
            return EndpointError("模型端点拒绝访问（403）。请检查 OPENAI_API_KEY 的权限。")
        if isinstance(e, openai.NotFoundError):
            return EndpointError(
                f"模型端点找不到模型 {s.model}（404）。请检查 --model、DRAFTER_MODEL 或配置文件"
                f"中的 model（来自 {s.origin.get('model', '默认')}），"
                f"或 base_url {s.base_url} 是否正确。")
        if isinstance(e, openai.RateLimitError):
            return EndpointError("模型端点多次限流（429），重试后仍失败。请稍后再试，"
                                 "或降低 --concurrency。")
        if isinstance(e, openai.APIStatusError):
            return EndpointError(f"模型端点返回错误 {e.status_code}，重试后仍失败"
                                 f"（base_url {s.base_url}）。")
        if isinstance(e, openai.APIConnectionError):
            return EndpointError(
                f"无法连接模型端点 {s.base_url}。请检查 --base-url、OPENAI_BASE_URL 或配置文件"
                f"中的 base_url（来自 {s.origin.get('base_url', '默认')}），以及网络。")
        return e

    async def probe(self) -> list[str]:
        """`drafter doctor`: list the endpoint's models and send one tiny request. Returns
        report lines (Chinese); raises EndpointError naming the setting to change."""
        s = self.settings
        lines = [f"端点：{s.base_url}", f"模型：{s.model}", f"密钥：{s.api_key.masked()}"]
        try:
            models = [m.id async for m in self.client.models.list()]
            found = s.model in models
            lines.append(f"模型列表：{len(models)} 个；{s.model} "
                         f"{'在列表中' if found else '不在列表中'}")
        except (openai.AuthenticationError, openai.APIConnectionError) as e:
            raise self._endpoint_error(e) from None
        except openai.APIStatusError as e:
            lines.append(f"模型列表不可用（{e.status_code}），继续试请求")
        started = time.perf_counter()
        s.max_tokens = 8
        text = await self.complete([{"role": "user", "content": "回复“好”。"}])
        lines.append(f"试请求：{time.perf_counter() - started:.2f} 秒，答复“{text.strip()[:20]}”")
        return lines

    # -- the Writer protocol
    async def write(self, request: SectionRequest, on_piece: OnPiece | None = None
                    ) -> Draft:
        """The guarded text. Raw pieces of each answer go to `on_piece` as they arrive;
        a retry or a repair turn starts over with `RESTART`."""
        call = SectionCall(label=request.spec.label)
        if not self._warmed:
            await asyncio.to_thread(self._warm, request.facts)
            self._warmed = True
        messages = build_messages(request, context_budget=self.settings.context_budget,
                                  model=self.settings.model)
        text = await self.complete(messages, call, on_piece)
        section = {"label": request.spec.label, "title": request.spec.title}

        async def repair(findings: Sequence[Finding], answer: str) -> str:
            nonlocal messages
            ask = render("repair.j2", findings=findings, section=section)
            messages = [*messages, {"role": "assistant", "content": answer},
                        {"role": "user", "content": ask}]
            if on_piece:
                on_piece(RESTART)
            return await self.complete(messages, call, on_piece)

        text, report = await guard(text, request.facts, repair,
                                   turns=self.settings.repair_turns, skeleton=request.skeleton)
        cut = "答复超长，已截断" if call.truncated else ""
        note = "；".join(x for x in (report.note(), cut) if x)
        return Draft(text, note, call.prompt_tokens, call.completion_tokens)

    def tokens_line(self) -> str:
        u = self.usage
        line = f"提示 {u.prompt} 令牌，生成 {u.completion} 令牌，共 {u.requests} 次请求"
        cost = u.cost(self.settings.price_prompt, self.settings.price_completion)
        if cost is not None:
            line += f"，费用约 {cost:.4f}"
        if u.local:
            name = tokens.encoding_name(self.settings.model)
            how = f"按 {name} 计数" if name else "为估算值"
            line += f"（其中 {u.local} 次请求端点未报用量，本地{how}）"
        return line
