"""Build the writer the user asked for, from CLI arguments and the settings."""

from __future__ import annotations

import argparse
from typing import Any

from drafter.config import Settings, load_settings
from drafter.errors import InputError


def add_endpoint_options(p: argparse.ArgumentParser) -> None:
    """Endpoint flags (the key is never a flag: OPENAI_API_KEY or the config file)."""
    p.add_argument("--preset", metavar="NAME",
                   help="预设端点：openai、deepseek、qwen、moonshot、zhipu、ollama、vllm")
    p.add_argument("--base-url", dest="base_url", metavar="URL",
                   help="OpenAI 兼容端点地址（覆盖 OPENAI_BASE_URL）")
    p.add_argument("--model", metavar="NAME", help="模型名称（覆盖 DRAFTER_MODEL）")


def settings_from_args(args: argparse.Namespace) -> Settings:
    flags: dict[str, Any] = {k: getattr(args, k, None) for k in ("preset", "base_url", "model")}
    return load_settings(flags)


def make_writer(args: argparse.Namespace, **kwargs: Any) -> Any:
    """`--backend builtin|openai`; unset → openai when an endpoint is configured."""
    from drafter.writers.builtin import BuiltinWriter

    settings = settings_from_args(args)
    backend = getattr(args, "backend", None) or ("openai" if settings.configured else "builtin")
    if backend == "builtin":
        return BuiltinWriter()
    if not settings.configured:
        settings = load_settings({"preset": "openai", **{k: getattr(args, k, None)
                                                         for k in ("base_url", "model")}})
    if not settings.model:
        raise InputError("未设置模型：请用 --model、DRAFTER_MODEL 或配置文件中的 model 指定。")
    from drafter.writers.llm import LLMWriter

    return LLMWriter(settings, **kwargs)
