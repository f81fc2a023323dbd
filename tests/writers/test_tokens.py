"""Token counting offline: the shipped cl100k_base file, tiktoken's own definitions,
and no network whatever the model or the cache holds."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import tiktoken
from tiktoken_ext import openai_public

from drafter.writers import tokens

SAMPLES = ["为深入推进创建省级文明单位工作，全面提升干部职工文明素质，制定本方案。",
           "2026年全院职工286人，志愿服务时长1200小时，满意率98.5%。",
           "DeepSeek API 与 OpenAI 兼容；gpt-4o-mini 也可以。\n\n  一是加强领导；二是……",
           "<|endoftext|> is only text here"]


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    tokens._load.cache_clear()
    yield
    tokens._load.cache_clear()
    tokens._warned = False


@pytest.mark.parametrize("name", sorted(tokens.SPECS))
def test_our_definitions_are_tiktokens(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # tiktoken's constructor with its file loader cut off: only the definition is read
    monkeypatch.setattr(openai_public, "load_tiktoken_bpe", lambda *a, **k: {})
    theirs = getattr(openai_public, name)()
    ours = tokens.SPECS[name]
    assert (ours.pat_str, ours.special_tokens) == (theirs["pat_str"], theirs["special_tokens"])
    assert ours.sha256 in Path(openai_public.__file__).read_text()


def test_the_shipped_file_counts_exactly_as_tiktoken(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tokens.DATA_DIR / "cl100k_base.tiktoken"
    spec = tokens.SPECS["cl100k_base"]
    shutil.copy(shipped, tmp_path / spec.cache_name)  # tiktoken's own cache, no download
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    reference = tiktoken.Encoding(**openai_public.cl100k_base())
    for text in SAMPLES:
        assert tokens.count(text, "qwen-plus") == len(
            reference.encode(text, disallowed_special=()))
    assert tokens.encoding_name() is not None
    assert tokens.encoding_name("deepseek-chat") == "cl100k_base"


def test_no_network_for_any_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while counting tokens")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    # o200k_base is not shipped: gpt-4o falls back to cl100k_base, offline
    assert tokens.encoding_name("gpt-4o") == "cl100k_base"
    assert tokens.count(SAMPLES[0], "gpt-4o") > 0


def test_a_damaged_file_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = (tokens.DATA_DIR / "cl100k_base.tiktoken").read_bytes()
    (tmp_path / "o200k_base.tiktoken").write_bytes(good)  # wrong file for o200k
    (tmp_path / "cl100k_base.tiktoken").write_bytes(good.replace(b" 100\n", b" 101\n", 1))
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    assert tokens.encoding_name("gpt-4o") == "cl100k_base"  # o200k rejected by its hash
    expected = len(tiktoken.Encoding(name="x", pat_str=tokens.SPECS["cl100k_base"].pat_str,
                                     mergeable_ranks=tokens._ranks(tokens.SPECS["cl100k_base"])
                                     or {}, special_tokens={}).encode(SAMPLES[1]))
    assert tokens.count(SAMPLES[1]) == expected  # the damaged copy skipped, shipped one used


def test_without_any_file_the_estimate_warns_once(tmp_path: Path, capsys,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "DATA_DIR", tmp_path)
    assert tokens.encoding_name() is None
    assert tokens.count(SAMPLES[0]) == tokens.estimate(SAMPLES[0])
    tokens.count(SAMPLES[1])
    assert capsys.readouterr().err.count("估算") == 1


def test_fit_context_keeps_within_the_budget() -> None:
    fixed = "系统规则。" * 50
    context = "\n".join(f"第{i}段：全面加强精神文明建设，提升服务质量。" for i in range(300))
    budget = tokens.count(fixed) + 200
    kept = tokens.fit_context(fixed, context, budget, "qwen-plus")
    assert kept and tokens.count(kept) <= 200
    assert tokens.fit_context(fixed, context, tokens.count(fixed)) == ""
    assert tokens.fit_context(fixed, "短。", budget) == "短。"
