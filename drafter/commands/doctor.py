"""`drafter doctor`: check the configured endpoint (list models, one tiny request) and
give a plain verdict. Exit 0 when it works, 3 when it does not."""

from __future__ import annotations

import argparse
import sys

from drafter.commands._common import add_endpoint_options, settings_from_args
from drafter.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="检查模型端点是否可用（列出模型，发送一次极小的请求）")
    add_endpoint_options(p)
    p.set_defaults(func=run)


async def _probe(args: argparse.Namespace) -> list[str]:
    from drafter.writers.llm import LLMWriter

    settings = settings_from_args(args)
    if not settings.configured:
        raise InputError("未配置模型端点：请设置 OPENAI_API_KEY / OPENAI_BASE_URL，"
                         "或用 --preset 选择预设（如 --preset ollama）。")
    writer = LLMWriter(settings)
    print(f"正在检查 {settings.base_url}（首字最多等待 first_byte_timeout = "
          f"{settings.first_byte_timeout:g} 秒）…", file=sys.stderr, flush=True)
    try:
        return await writer.probe()
    finally:
        await writer.aclose()


def run(args: argparse.Namespace) -> int:
    import asyncio

    for line in asyncio.run(_probe(args)):
        print(line)
    print("结论：端点可用。")
    return 0
