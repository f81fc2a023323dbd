"""The LLM writer: any OpenAI-compatible endpoint through the official `openai` SDK.

Every answer is streamed (live pieces go to the caller's `on_piece`), counted, checked by
the guard and repaired before it becomes the section's text. Time is allowed in two
parts: `first_byte_timeout` seconds from sending a request to its first text (a small
model on a CPU, or a request queued behind others, may take minutes; it is never re-sent
for being slow), then `chunk_timeout` seconds between chunks. A stream that breaks, stalls
or ends without a finish reason is never the answer: it is retried (a stall once) and, if
it keeps failing, kept as a candidate and reported. An answer that loops on a phrase or
runs far past the section's length is stopped at once and never continued; the section
gets the built-in text with a note. An answer cut at the token limit keeps its complete
sentences only; an empty answer is an error and replaces nothing."""

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
from drafter.kinds.notes import asked_length
from drafter.rules import Finding, check
from drafter.writers import answers, failures, sensitive, tokens
from drafter.writers.base import REGENERATE, RESTART, REVISIONS, Draft, OnPiece, SectionRequest
from drafter.writers.config import Settings
from drafter.writers.guard import GuardReport, guard
from drafter.writers.prompts import Messages, build_messages, joined, render, section_length

CHECK_EVERY = 32  # characters of new text between two checks for a degenerate answer
LENGTH_BAND = (0.75, 1.3)
"""A section's written length (answers.written_length) within these shares of its part of
the length the notes ask (prompts.section_length) needs no length turn: the blind35 LLM
reader's costliest defect was drafts 30 % short of 三千五左右 or 20 % over 两千五上下, one
pass of the prompt's 上下不超过一成 left as answered."""
LENGTH_LEAST = 300  # characters: a shorter share (an opening, a 称谓) is never re-asked


@dataclass
class Answer:
    text: str
    finish: str | None
    prompt_tokens: int
    completion_tokens: int
    local: bool = False  # counted here: the endpoint sent no usage


@dataclass
class SectionCall:
    """One section's requests: what they cost, the answers that broke off, the limits an
    answer must keep. Local to one `write`, so sections written at once never share it."""

    label: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    candidates: list[str] = field(default_factory=list)  # partial answers, never accepted
    limits: answers.Limits | None = None  # None: the max_tokens setting, no length check
    truncated: bool = False  # an answer hit the token limit: cut to its last sentence


class IncompleteStream(Exception):
    def __init__(self, partial: str, why: str, *, stalled: bool = False) -> None:
        super().__init__(why)
        self.partial = partial
        self.stalled = stalled  # no chunk for chunk_timeout seconds (else: broken off)


class Degenerate(Exception):
    """An answer stopped for looping or running long (`answers.REPEATING`/`TOO_LONG`),
    with what had arrived (`partial`, counted as spent)."""

    def __init__(self, why: str, partial: str = "") -> None:
        super().__init__(why)
        self.partial = partial


class LLMWriter:
    """Implements the Writer protocol for an OpenAI-compatible endpoint. `allow_sensitive`
    is the user's consent to send sensitive facts to an endpoint off this machine."""

    follows_instructions = True

    def presets_for(self, request: SectionRequest) -> tuple[str, ...]:
        return (REGENERATE, *REVISIONS)

    def __init__(self, settings: Settings, *, allow_sensitive: bool = False) -> None:
        self.settings = settings
        self.name = f"openai:{settings.model}"
        self.usage = tokens.Usage()
        self.allow_sensitive = allow_sensitive
        self._warmed = False  # see _warm
        # The transport's own read limit stays above both allowances, so they (enforced
        # below) always fire first and the SDK never re-sends a request for being slow.
        read = settings.first_byte_timeout + settings.chunk_timeout + 10
        timeout = openai.Timeout(read, connect=settings.connect_timeout)
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

    @property
    def model(self) -> str:
        return self.settings.model

    def outbound_refusal(self, facts: dict[str, Any], texts: Sequence[tuple[str, str]] = ()
                         ) -> sensitive.SensitiveRefused | None:
        """The refusal to send these facts and (label, text) pairs to this endpoint, or
        None: nothing sensitive, the endpoint is on this machine, or the user consented."""
        if self.allow_sensitive or sensitive.is_local(self.settings.base_url):
            return None
        return sensitive.refusal(self.settings.base_url, sensitive.scan_sources(facts, texts))

    # -- one request, streamed
    async def _stream_once(self, messages: Messages, on_piece: OnPiece | None,
                           limits: answers.Limits | None) -> Answer:
        s = self.settings
        loop = asyncio.get_running_loop()
        pieces: list[str] = []
        finish: str | None = None
        usage: Any = None
        started = False  # the first text (or finish) arrived
        received = checked = 0  # characters received, and when last checked
        stream: Any = None
        kind = ""  # the answer's Content-Type
        try:
            async with asyncio.timeout(s.first_byte_timeout) as allowance:
                stream = await self.client.chat.completions.create(
                    model=s.model, messages=messages, stream=True,  # type: ignore[arg-type]
                    max_tokens=limits.max_tokens if limits else s.max_tokens,
                    stream_options={"include_usage": True})
                kind = stream.response.headers.get("content-type", "")
                if "html" in kind:  # a login page, a proxy's error page
                    raise failures.not_an_answer(s, f"Content-Type: {kind}")
                async for chunk in stream:
                    if chunk.usage is not None:
                        usage = chunk.usage
                    for choice in chunk.choices:
                        delta = choice.delta
                        piece = delta.content if delta else None
                        extra = getattr(delta, "model_extra", None) or {}
                        thinking = extra.get("reasoning_content")
                        if piece or thinking or choice.finish_reason:
                            started = True
                            allowance.reschedule(loop.time() + s.chunk_timeout)
                        if piece:
                            pieces.append(piece)
                            received += len(piece)
                            if on_piece:
                                on_piece(piece)
                        if choice.finish_reason:
                            finish = choice.finish_reason
                    if limits and received - checked >= CHECK_EVERY:
                        checked = received
                        text = "".join(pieces)
                        if why := answers.degenerate(text, limits.max_chars):
                            raise Degenerate(why, text)
        except TimeoutError:
            if not started:
                raise failures.silent(s) from None
            raise IncompleteStream("".join(pieces), "stalled", stalled=True) from None
        except (openai.APIStatusError, Degenerate, EndpointError):
            raise
        except openai.APIConnectionError:
            if not pieces:
                raise
            raise IncompleteStream("".join(pieces), "connection lost") from None
        except ValueError as e:  # json.JSONDecodeError: an event that is not JSON
            raise failures.not_an_answer(s, f"事件不是 JSON：{str(e)[:60]}") from None
        except Exception as e:  # the transport's own errors while reading the stream
            if isinstance(e, openai.OpenAIError) and not pieces:
                raise
            raise IncompleteStream("".join(pieces), str(type(e).__name__)) from None
        finally:
            if stream is not None:
                await stream.close()
        text = "".join(pieces)
        if finish is None and not text and "text/event-stream" not in kind:
            raise failures.not_an_answer(s, f"Content-Type: {kind or '未注明'}")
        if finish is None:
            raise IncompleteStream(text, "no finish reason")
        model = s.model
        p = usage.prompt_tokens if usage else tokens.count(joined(messages), model)
        c = usage.completion_tokens if usage else tokens.count(text, model)
        return Answer(text, finish, p, c, local=usage is None)

    async def complete(self, messages: Messages, call: SectionCall | None = None,
                       on_piece: OnPiece | None = None) -> str:
        """One answer: retried when it breaks off (a stall once, a dropped stream up to
        max_retries times), never continued; an answer cut at the token limit keeps its
        complete sentences (`call.truncated`). Raises Degenerate for a looping or overlong
        answer, EndpointError when the endpoint fails."""
        call = call or SectionCall()
        s = self.settings
        prompt_tokens = tokens.count(joined(messages), s.model)
        if prompt_tokens > s.context_budget:
            print(f"警告：“{call.label}”的提示词约 {prompt_tokens} 令牌，超出 context_budget"
                  f"（{s.context_budget}）", file=sys.stderr)
        attempts = max(1, s.max_retries + 1)
        stalls = 0
        for attempt in range(attempts):
            try:
                answer = await self._guarded(messages, on_piece, call.limits)
                break
            except Degenerate as e:  # stopped by us: what it cost is counted here
                self._spent(call, tokens.count(joined(messages), s.model),
                            tokens.count(e.partial, s.model), local=True)
                raise
            except IncompleteStream as e:
                if e.partial:
                    call.candidates.append(e.partial)
                stalls += e.stalled
                if attempt + 1 == attempts or stalls > 1:
                    raise self._broken(e, call) from None
                if on_piece:
                    on_piece(RESTART)
                await asyncio.sleep(min(8.0, 0.5 * 2 ** attempt))
        self._spent(call, answer.prompt_tokens, answer.completion_tokens, local=answer.local)
        text = answer.text
        if call.limits and (why := answers.degenerate(text, call.limits.max_chars)):
            raise Degenerate(why)
        if answer.finish == "length":
            call.truncated = True
            text = answers.last_sentence(text)
            if answer.text.strip() and not text:
                raise Degenerate(answers.CUT)
        return text

    def _spent(self, call: SectionCall, prompt: int, completion: int, *, local: bool) -> None:
        self.usage.add(call.label, prompt, completion, local=local)
        call.prompt_tokens += prompt
        call.completion_tokens += completion

    def _broken(self, e: IncompleteStream, call: SectionCall) -> EndpointError:
        partial = max(call.candidates, key=len, default="")
        return failures.broken(self.settings, str(e), partial, stalled=e.stalled)

    async def _guarded(self, messages: Messages, on_piece: OnPiece | None,
                       limits: answers.Limits | None) -> Answer:
        try:
            return await self._stream_once(messages, on_piece, limits)
        except openai.OpenAIError as e:
            raise self._endpoint_error(e) from None

    def _endpoint_error(self, e: openai.OpenAIError) -> EndpointError | openai.OpenAIError:
        """The SDK's error as one Chinese message naming the setting to change (the error
        itself when it is none of the endpoint's answers)."""
        if isinstance(e, openai.APIStatusError):
            return failures.status(self.settings, e.status_code)
        if isinstance(e, openai.APIConnectionError):
            timed_out = isinstance(e, openai.APITimeoutError)
            return failures.unreachable(self.settings, timed_out=timed_out)
        if isinstance(e, openai.APIError):  # an error event inside the stream
            return EndpointError(f"模型端点 {self.settings.base_url} 报告错误：{e.message[:200]}")
        return e

    async def probe(self) -> list[str]:
        """`drafter doctor`: list the endpoint's models and send one tiny request. Returns
        report lines (Chinese); raises EndpointError naming the setting to change."""
        s = self.settings
        where = "本机" if sensitive.is_local(s.base_url) else "非本机（发送前检查敏感信息）"
        lines = [f"端点：{s.base_url}（{where}）", f"模型：{s.model}",
                 f"密钥：{s.api_key.masked()}"]
        try:
            async with asyncio.timeout(s.connect_timeout + s.chunk_timeout):
                models = [m.id async for m in self.client.models.list()]
            found = s.model in models
            lines.append(f"模型列表：{len(models)} 个；{s.model} "
                         f"{'在列表中' if found else '不在列表中'}")
        except TimeoutError:
            lines.append(f"模型列表：{s.chunk_timeout:g} 秒内没有答复，继续试请求")
        except (openai.AuthenticationError, openai.APIConnectionError) as e:
            raise self._endpoint_error(e) from None
        except openai.APIStatusError as e:
            lines.append(f"模型列表不可用（{e.status_code}），继续试请求")
        started = time.perf_counter()
        try:
            text = await self.complete([{"role": "user", "content": "回复“好”。"}],
                                       SectionCall(limits=answers.Limits(16, 400)))
            said = f"答复“{text.strip()[:20]}”"
        except Degenerate as e:  # an answer all the same: the endpoint works
            said = f"有答复（{e}）"
        lines.append(f"试请求：{time.perf_counter() - started:.2f} 秒，{said}")
        return lines

    # -- the Writer protocol
    async def write(self, request: SectionRequest, on_piece: OnPiece | None = None
                    ) -> Draft:
        """The guarded text. Raw pieces of each answer go to `on_piece` as they arrive;
        a retry or a repair turn starts over with `RESTART`. A degenerate answer gives the
        built-in text (a draft) or an EndpointError (a revision); an empty one an
        EndpointError; sensitive facts for an endpoint off this machine, without consent,
        a SensitiveRefused before anything is sent."""
        if not request.instruction and not request.skeleton.strip():
            # the facts leave the section no text (a written 汇报's 称谓, blind26): nothing
            # to ask a model for, and an empty answer is no failure here
            return Draft("")
        others = [("其他各节", request.context), ("本节现有文字", request.current)]
        if refused := self.outbound_refusal(request.facts.data, others):
            raise refused
        target = 0 if request.instruction else section_length(request)
        expected = max(len(request.skeleton), len(request.current), target)
        call = SectionCall(label=request.spec.label,
                           limits=answers.limits_for(expected, self.settings.max_tokens))
        if not self._warmed:
            await asyncio.to_thread(self._warm, request.facts)
            self._warmed = True
        messages = build_messages(request, context_budget=self.settings.context_budget,
                                  model=self.settings.model)
        section = {"label": request.spec.label, "title": request.spec.title}

        async def repair(findings: Sequence[Finding], answer: str) -> str:
            nonlocal messages
            ask = render("repair.j2", findings=findings, section=section)
            messages = [*messages, {"role": "assistant", "content": answer},
                        {"role": "user", "content": ask}]
            if on_piece:
                on_piece(RESTART)
            return self._not_empty(await self.complete(messages, call, on_piece), request)

        async def answered() -> tuple[str, GuardReport]:
            """The model's answer to `messages` as it stands, guarded (repairs included)."""
            answer = self._not_empty(await self.complete(messages, call, on_piece), request)
            # (a revision in the user's words may leave out what the reference states)
            return await guard(answer, request.facts, repair, turns=self.settings.repair_turns,
                               skeleton=request.skeleton, section=request.spec.title,
                               elsewhere=request.context, keep_figures=not request.instruction)

        try:
            text, report = await answered()
        except Degenerate as e:
            return self._fallback(request, call, str(e), on_piece)
        fitted = ""
        for _ in range(self.settings.length_turns if target >= LENGTH_LEAST else 0):
            now = answers.written_length(text)
            if LENGTH_BAND[0] * target <= now <= LENGTH_BAND[1] * target:
                break
            ask = render("length.j2", now=now, target=target, longer=now < target,
                         total=asked_length(request.facts.doc.notes))
            messages = [*messages, {"role": "assistant", "content": text},
                        {"role": "user", "content": ask}]
            if on_piece:
                on_piece(RESTART)
            try:
                again, again_report = await answered()
            except (Degenerate, EndpointError):
                again, again_report = "", report
            later = answers.written_length(again)
            if again and abs(later - target) < abs(now - target):
                text, report = again, again_report
                fitted = f"篇幅：约{now}字改为约{later}字（本节约{target}字）"
                continue
            if on_piece:  # the answer before stays: the screen shows it again
                on_piece(RESTART)
                on_piece(text)
            break
        cut = "答复超出长度上限，只保留完整的句子" if call.truncated else ""
        note = "；".join(x for x in (report.note(), fitted, cut) if x)
        return Draft(text, note, call.prompt_tokens, call.completion_tokens)

    def _not_empty(self, text: str, request: SectionRequest) -> str:
        if not text.strip():
            raise EndpointError(f"模型对“{request.spec.label}”的答复是空的，本节保持原样。"
                                "可重试，或换用更大的模型。")
        return text

    def _fallback(self, request: SectionRequest, call: SectionCall, why: str,
                  on_piece: OnPiece | None) -> Draft:
        if request.instruction or not request.skeleton:
            raise EndpointError(f"模型对“{request.spec.label}”的{why}，已停止；本节保持原样。")
        if on_piece:
            on_piece(RESTART)
            on_piece(request.skeleton)
        return Draft(request.skeleton, f"{why}，已停止生成并改用内置稿",
                     call.prompt_tokens, call.completion_tokens)

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
