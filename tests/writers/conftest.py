"""Fixtures for the LLM writer tests: a scripted local endpoint and an environment that
points drafter at it (its own config file; nothing from the user's machine)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.llm_server import FAKE_KEY, FakeEndpoint, Reply, Script


@pytest.fixture
def llm_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Configure drafter through a config file and the environment; returns the file."""

    def configure(url: str, *, model: str = "test-model", key: str = FAKE_KEY,
                  **extra: object) -> Path:
        values = {"max_retries": 1, "chunk_timeout": 2.0, "connect_timeout": 1.0,
                  "repair_turns": 1, **extra}
        path = tmp_path / "config.toml"
        body = "\n".join(f"{k} = {v!r}" if not isinstance(v, str) else f'{k} = "{v}"'
                         for k, v in values.items())
        path.write_text(f"[llm]\n{body}\n", encoding="utf-8")
        monkeypatch.setenv("DRAFTER_CONFIG", str(path))
        monkeypatch.setenv("OPENAI_BASE_URL", url)
        monkeypatch.setenv("DRAFTER_MODEL", model)
        monkeypatch.setenv("OPENAI_API_KEY", key)
        monkeypatch.delenv("DRAFTER_PRESET", raising=False)
        return path

    return configure


@pytest.fixture
def endpoint() -> Iterator[Callable[..., FakeEndpoint]]:
    started: list[FakeEndpoint] = []

    def start(script: Script | str, **kwargs: object) -> FakeEndpoint:
        if isinstance(script, str):
            text = script
            script = lambda body, n: Reply(text)  # noqa: E731
        ep = FakeEndpoint(script, **kwargs)  # type: ignore[arg-type]
        ep.__enter__()
        started.append(ep)
        return ep

    yield start
    for ep in started:
        ep.__exit__(None, None, None)
