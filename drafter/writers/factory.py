"""Build the writer the user asked for from the resolved endpoint settings."""

from __future__ import annotations

from drafter.errors import InputError
from drafter.writers.base import BUILTIN, Writer
from drafter.writers.config import Settings

BACKENDS = (BUILTIN, "openai")
"""The writers a user can choose (`--backend`)."""


def make_writer(settings: Settings, backend: str | None = None) -> Writer:
    """The built-in writer, or the LLM writer for an OpenAI-compatible endpoint.

    `backend` None picks openai when an endpoint is configured, else builtin. Raises
    InputError when a model writer is asked for without a model name. The openai SDK is
    imported only here, when the LLM writer is built."""
    backend = backend or ("openai" if settings.configured else BUILTIN)
    if backend == BUILTIN:
        from drafter.writers.builtin import BuiltinWriter

        return BuiltinWriter()
    if not settings.model:
        raise InputError("未设置模型：请用 --model、DRAFTER_MODEL 或配置文件中的 model 指定。")
    from drafter.writers.llm import LLMWriter

    return LLMWriter(settings)
