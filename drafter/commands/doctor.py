"""`drafter doctor`: check the configured endpoint (list models, one tiny request) and
give a plain verdict. Exit 0 when it works, 3 when it does not."""

from __future__ import annotations

import argparse
import asyncio
import time

import openai

from drafter.config import Settings
from drafter.errors import EndpointError, InputError
from drafter.writers.factory import add_endpoint_options, settings_from_args
from drafter.writers.llm import LLMWriter


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="检查模型端点是否可用（列出模型，发送一次极小的请求）")
    add_endpoint_options(p)
    p.set_defaults(func=run)


async def _probe(args: argparse.Namespace) -> list[str]:
    settings = settings_from_args(args)
    if not settings.configured:
        raise InputError("未配置模型端点：请设置 OPENAI_API_KEY / OPENAI_BASE_URL，"
                         "或用 --preset 选择预设（如 --preset ollama）。")
    writer = LLMWriter(settings)
    try:
        return await _ask(writer, settings)
    finally:
        await writer.aclose()


async def _ask(writer: LLMWriter, settings: Settings) -> list[str]:
    lines = [f"端点：{settings.base_url}", f"模型：{settings.model}",
             f"密钥：{settings.api_key.masked()}"]
    try:
        models = [m.id async for m in writer.client.models.list()]
        found = settings.model in models
        lines.append(f"模型列表：{len(models)} 个；{settings.model} "
                     f"{'在列表中' if found else '不在列表中'}")
    except openai.AuthenticationError:
        raise EndpointError("端点拒绝了密钥（401）：请检查 OPENAI_API_KEY 或配置文件中的 "
                            "api_key。") from None
    except openai.APIConnectionError:
        raise EndpointError(f"无法连接 {settings.base_url}：请检查 --base-url、"
                            "OPENAI_BASE_URL 或配置文件中的 base_url。") from None
    except openai.APIStatusError as e:
        lines.append(f"模型列表不可用（{e.status_code}），继续试请求")
    started = time.perf_counter()
    writer.settings.max_tokens = 8
    text = await writer.complete([{"role": "user", "content": "回复“好”。"}])
    lines.append(f"试请求：{time.perf_counter() - started:.2f} 秒，答复“{text.strip()[:20]}”")
    return lines


def run(args: argparse.Namespace) -> int:
    for line in asyncio.run(_probe(args)):
        print(line)
    print("结论：端点可用。")
    return 0
