"""The LLM writer: any OpenAI-compatible endpoint through the official `openai` SDK.

Every answer is streamed (live pieces go to the caller's `on_piece`), counted, checked by
the guard and repaired before it becomes the section's text. A stream that breaks or ends
without a finish reason is never the answer: it is retried and, if it keeps failing, kept
as a candidate and reported."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import openai
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from drafter.config import Settings
from drafter.errors import EndpointError
from drafter.facts import Facts
from drafter.rules import Finding, check
from drafter.writers import tokens
from drafter.writers.base import RESTART, Draft, OnPiece, SectionRequest
from drafter.writers.guard import guard

_ROOT = Path(__file__).resolve().parent.parent
PROMPTS = next((p for p in (_ROOT / "prompts", _ROOT.parent / "prompts") if p.is_dir()),
               _ROOT.parent / "prompts")
CONTEXT_SUMMARY = 1200  # characters of other sections' text before it is summarised


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(PROMPTS)), undefined=StrictUndefined,
                       keep_trailing_newline=False, autoescape=False)


def render(name: str, **values: Any) -> str:
    return _env().get_template(name).render(**values).strip()


def _fmt(value: Any, indent: str = "") -> list[str]:
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            if isinstance(v, dict | list):
                out.append(f"{indent}{k}：")
                out.extend(_fmt(v, indent + "  "))
            else:
                out.append(f"{indent}{k}：{v}")
        return out
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, dict):
                inner = "；".join(f"{k}：{v}" for k, v in item.items())
                out.append(f"{indent}- {inner}")
            else:
                out.append(f"{indent}- {item}")
        return out
    return [f"{indent}{value}"]


def facts_table(facts: Facts, uses: Sequence[str]) -> str:
    """Only the facts the section needs (SectionSpec.uses), plus the unit and document."""
    keys = ["unit", "doc", *[k for k in uses if k not in ("unit", "doc")]]
    lines: list[str] = []
    for key in keys:
        if key in facts.data and facts.data[key] not in (None, "", [], {}):
            lines.append(f"【{key}】")
            lines.extend(_fmt(facts.data[key], "  "))
    return "\n".join(lines)


def _joined(messages: list[dict[str, str]]) -> str:
    return "\n".join(m["content"] for m in messages)


def summarise(context: str) -> str:
    if len(context) <= CONTEXT_SUMMARY:
        return context
    heads = [ln.strip()[:40] for ln in context.splitlines() if ln.strip()]
    return "（摘要）\n" + "\n".join(heads)


@dataclass
class Answer:
    text: str
    finish: str | None
    prompt_tokens: int
    completion_tokens: int
    local: bool = False  # counted here: the endpoint sent no usage


@dataclass
class Call:
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

    # -- prompts
    def system_prompt(self, request: SectionRequest) -> str:
        from drafter.terms import load_terms
        from drafter.writers.builtin import render_title

        facts = request.facts
        return render("system.j2", unit=facts.unit, title=render_title(request.kind, facts),
                      kind=request.kind,
                      guiding=load_terms().guiding_sentence(facts.doc.date))

    def messages(self, request: SectionRequest) -> list[dict[str, str]]:
        system = self.system_prompt(request)
        table = facts_table(request.facts, request.spec.uses)
        section = {"label": request.spec.label, "title": request.spec.title}
        if request.instruction:
            user = render("revise.j2", section=section, current=request.current,
                          instruction=request.instruction)
            user = render("section.j2", section=section, facts_table=table,
                          skeleton=request.skeleton, context="") + "\n\n" + user
            return [{"role": "system", "content": system}, {"role": "user", "content": user}]
        fixed = system + render("section.j2", section=section, facts_table=table,
                                skeleton=request.skeleton, context="")
        budget = self.settings.context_budget - 16
        context = tokens.fit_context(fixed, summarise(request.context), budget,
                                     self.settings.model)
        user = render("section.j2", section=section, facts_table=table,
                      skeleton=request.skeleton, context=context)
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    # -- one request, streamed
    async def _stream_once(self, messages: list[dict[str, str]],
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
        p = usage.prompt_tokens if usage else tokens.count(_joined(messages), model)
        c = usage.completion_tokens if usage else tokens.count(text, model)
        return Answer(text, finish, p, c, local=usage is None)

    async def complete(self, messages: list[dict[str, str]], call: Call | None = None,
                       on_piece: OnPiece | None = None) -> str:
        """One answer, retried on a broken stream, continued on `length`."""
        call = call or Call()
        prompt_tokens = tokens.count(_joined(messages), self.settings.model)
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

    async def _guarded(self, messages: list[dict[str, str]],
                       on_piece: OnPiece | None) -> Answer:
        try:
            return await self._stream_once(messages, on_piece)
        except IncompleteStream:
            raise
        except openai.AuthenticationError:
            raise EndpointError(
                f"模型端点拒绝了密钥（401）。请检查环境变量 OPENAI_API_KEY 或配置文件中的 "
                f"api_key（{self.settings.origin.get('api_key', '未设置')}）。") from None
        except openai.PermissionDeniedError:
            raise EndpointError("模型端点拒绝访问（403）。请检查 OPENAI_API_KEY 的权限。") from None
        except openai.NotFoundError:
            raise EndpointError(
                f"模型端点找不到模型 {self.settings.model}（404）。请检查 --model、"
                f"DRAFTER_MODEL 或配置文件中的 model（来自 "
                f"{self.settings.origin.get('model', '默认')}），"
                f"或 base_url {self.settings.base_url} 是否正确。") from None
        except openai.RateLimitError:
            raise EndpointError("模型端点多次限流（429），重试后仍失败。请稍后再试，"
                                "或降低 --concurrency。") from None
        except openai.APIStatusError as e:
            raise EndpointError(f"模型端点返回错误 {e.status_code}，重试后仍失败"
                                f"（base_url {self.settings.base_url}）。") from None
        except openai.APIConnectionError:
            raise EndpointError(
                f"无法连接模型端点 {self.settings.base_url}。请检查 --base-url、"
                f"OPENAI_BASE_URL 或配置文件中的 base_url（来自 "
                f"{self.settings.origin.get('base_url', '默认')}），以及网络。") from None

    # -- the Writer protocol
    async def write(self, request: SectionRequest, on_piece: OnPiece | None = None
                    ) -> Draft:
        """The guarded text. Raw pieces of each answer go to `on_piece` as they arrive;
        a retry or a repair turn starts over with `RESTART`."""
        call = Call(label=request.spec.label)
        if not self._warmed:
            await asyncio.to_thread(self._warm, request.facts)
            self._warmed = True
        messages = self.messages(request)
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
