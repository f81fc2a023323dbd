"""Token counting and the prompt budget, offline.

tiktoken normally downloads its rank files; drafter never lets it. Encodings are built
here from local files only, each accepted only when its sha256 is the one tiktoken pins:
`cl100k_base` ships with drafter (`drafter/data/tiktoken/`), and any encoding can also be
read from `$TIKTOKEN_CACHE_DIR` (tiktoken's cache name, or `<name>.tiktoken`).

OpenAI's newer models (gpt-4o, gpt-4.1, gpt-5, o1/o3/o4) use `o200k_base`, counted
exactly when that file is in the cache directory. Every other model (DeepSeek, Qwen, GLM,
a Llama under Ollama…) has its own tokenizer; `cl100k_base` approximates it and tends to
count more tokens for Chinese than those do, the safe side for a context budget. With no
usable file at all, tokens are estimated (≈1 per CJK character, ≈1 per 4 others) with a
one-time warning — never a network call or a hang."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from drafter.paths import data_dir

DATA_DIR = data_dir() / "tiktoken"
_BLOB = "https://openaipublic.blob.core.windows.net/encodings/"


@dataclass(frozen=True)
class Spec:
    """An encoding as tiktoken_ext.openai_public defines it (checked by the tests)."""

    name: str
    sha256: str
    pat_str: str
    special_tokens: dict[str, int]

    @property
    def cache_name(self) -> str:  # tiktoken's cache file: sha1 of the download address
        return hashlib.sha1(f"{_BLOB}{self.name}.tiktoken".encode()).hexdigest()


SPECS = {s.name: s for s in (
    Spec("cl100k_base", "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
         r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++"""
         r"""[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
         {"<|endoftext|>": 100257, "<|fim_prefix|>": 100258, "<|fim_middle|>": 100259,
          "<|fim_suffix|>": 100260, "<|endofprompt|>": 100276}),
    Spec("o200k_base", "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
         "|".join([
             r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+"""
             r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
             r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*"""
             r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
             r"""\p{N}{1,3}""",
             r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
             r"""\s*[\r\n]+""",
             r"""\s+(?!\S)""",
             r"""\s+""",
         ]),
         {"<|endoftext|>": 199999, "<|endofprompt|>": 200018}),
)}
_O200K_MODELS = re.compile(r"^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|chatgpt-4o|o1|o3|o4)")


def _ranks(spec: Spec) -> dict[bytes, int] | None:
    """The rank table from the first local file whose hash is the pinned one."""
    dirs = [Path(d) for d in (os.environ.get("TIKTOKEN_CACHE_DIR"),) if d] + [DATA_DIR]
    for directory in dirs:
        for path in (directory / f"{spec.name}.tiktoken", directory / spec.cache_name):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if hashlib.sha256(data).hexdigest() != spec.sha256:
                continue  # damaged or foreign: never used
            ranks: dict[bytes, int] = {}
            for line in data.splitlines():
                if line:
                    token, rank = line.split()
                    ranks[base64.b64decode(token)] = int(rank)
            return ranks
    return None


_loading = threading.Lock()  # one load per encoding, even from several threads


@cache
def _load(name: str) -> Callable[[str], int] | None:
    import tiktoken

    spec = SPECS[name]
    ranks = _ranks(spec)
    if ranks is None:
        return None
    enc = tiktoken.Encoding(name=name, pat_str=spec.pat_str, mergeable_ranks=ranks,
                            special_tokens=spec.special_tokens)
    return lambda text: len(enc.encode(text, disallowed_special=()))


def _encoder(name: str) -> Callable[[str], int] | None:
    """The encoding's counter; the first call loads it (≈150 ms: an async caller should
    make that call through `asyncio.to_thread`, see `LLMWriter.write`)."""
    with _loading:
        return _load(name)


def encoding_name(model: str = "") -> str | None:
    """The encoding `count` uses for `model`; None when only the estimate is left."""
    preferred = ["o200k_base"] if _O200K_MODELS.match(model.lower()) else []
    for name in [*preferred, "cl100k_base"]:
        if _encoder(name) is not None:
            return name
    return None


_warned = False


def estimate(text: str) -> int:
    cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return cjk + (len(text) - cjk + 3) // 4


def count(text: str, model: str = "") -> int:
    """Tokens in `text` for `model`: tiktoken with a local encoding, else an estimate."""
    global _warned
    name = encoding_name(model)
    encoder = _encoder(name) if name else None
    if encoder is not None:
        return encoder(text)
    if not _warned:
        _warned = True
        print(f"警告：drafter 自带的 tiktoken 编码文件缺失或损坏（{DATA_DIR}），"
              "令牌数为估算值。可重新安装 drafter，或设 TIKTOKEN_CACHE_DIR。", file=sys.stderr)
    return estimate(text)


def fit_context(fixed: str, context: str, budget: int, model: str = "") -> str:
    """Trim `context` (never the fixed part: rules, facts, skeleton) so the prompt fits
    `budget` tokens. Keeps the start of each paragraph; drops what does not fit."""
    room = budget - count(fixed, model)
    if room <= 0 or not context:
        return ""
    if count(context, model) <= room:
        return context
    kept: list[str] = []
    used = 0
    for line in context.splitlines():
        line = line.strip()
        if not line:
            continue
        piece = line if len(line) <= 60 else line[:60] + "……"
        n = count(piece, model) + 1
        if used + n > room:
            break
        kept.append(piece)
        used += n
    return "\n".join(kept)


@dataclass
class Usage:
    prompt: int = 0
    completion: int = 0
    requests: int = 0
    local: int = 0  # requests the endpoint reported no usage for: counted here
    per_section: dict[str, tuple[int, int]] = field(default_factory=dict)

    def add(self, section: str, prompt: int, completion: int, *, local: bool = False
            ) -> None:
        self.prompt += prompt
        self.completion += completion
        self.requests += 1
        self.local += local
        p, c = self.per_section.get(section, (0, 0))
        self.per_section[section] = (p + prompt, c + completion)

    def cost(self, price_prompt: float, price_completion: float) -> float | None:
        """The cost at these prices per 1M prompt / completion tokens (the unit the
        providers quote); None when no price is set."""
        if not (price_prompt or price_completion):
            return None
        return (self.prompt * price_prompt + self.completion * price_completion) / 1e6
