"""Token counting and the prompt budget, offline.

tiktoken normally downloads its BPE file. Here it only ever reads one: from a directory
named by TIKTOKEN_CACHE_DIR, or drafter's own `data/tiktoken` folder (where a packager
can ship the file). When no file is there, tokens are estimated (≈1 per CJK character,
≈1 per 4 other characters) with a one-time warning — never a network call or a hang."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ENCODING_URL = "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"
PACKAGE_DIR = Path(__file__).resolve().parent.parent / "data" / "tiktoken"


def _cache_file(directory: Path) -> Path:
    # tiktoken names cache files by the sha1 of the download URL; a plain name also works.
    return directory / hashlib.sha1(ENCODING_URL.encode()).hexdigest()


@lru_cache(maxsize=1)
def _encoder() -> Callable[[str], int] | None:
    candidates = [Path(d) for d in (os.environ.get("TIKTOKEN_CACHE_DIR"),) if d]
    candidates.append(PACKAGE_DIR)
    for directory in candidates:
        for path in (_cache_file(directory), directory / "o200k_base.tiktoken"):
            if not path.is_file():
                continue
            try:
                import base64

                import tiktoken
                from tiktoken_ext.openai_public import o200k_base

                ranks = {}
                for line in path.read_bytes().splitlines():
                    if line:
                        token, rank = line.split()
                        ranks[base64.b64decode(token)] = int(rank)
                spec = o200k_base()
                enc = tiktoken.Encoding(name="o200k_base", pat_str=spec["pat_str"],
                                        mergeable_ranks=ranks,
                                        special_tokens=spec["special_tokens"])
                return lambda text: len(enc.encode(text, disallowed_special=()))
            except Exception:  # a broken file falls back to the estimate
                continue
    return None


_warned = False


def estimate(text: str) -> int:
    cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return cjk + (len(text) - cjk + 3) // 4


def count(text: str) -> int:
    """Tokens in `text`: exact with a local tiktoken file, else an estimate."""
    global _warned
    enc = _encoder()
    if enc is not None:
        return enc(text)
    if not _warned:
        _warned = True
        print("警告：未找到本地 tiktoken 编码文件（可设 TIKTOKEN_CACHE_DIR），"
              "令牌数为估算值。", file=sys.stderr)
    return estimate(text)


def exact() -> bool:
    return _encoder() is not None


def fit_context(fixed: str, context: str, budget: int) -> str:
    """Trim `context` (never the fixed part: rules, facts, skeleton) so the prompt fits
    `budget` tokens. Keeps the start of each paragraph; drops what does not fit."""
    room = budget - count(fixed)
    if room <= 0 or not context:
        return ""
    if count(context) <= room:
        return context
    kept: list[str] = []
    used = 0
    for line in context.splitlines():
        line = line.strip()
        if not line:
            continue
        piece = line if len(line) <= 60 else line[:60] + "……"
        n = count(piece) + 1
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
    exact: bool = True  # False when a count came from the estimate
    per_section: dict[str, tuple[int, int]] = field(default_factory=dict)

    def add(self, section: str, prompt: int, completion: int) -> None:
        self.prompt += prompt
        self.completion += completion
        self.requests += 1
        p, c = self.per_section.get(section, (0, 0))
        self.per_section[section] = (p + prompt, c + completion)

    def cost(self, price_prompt: float, price_completion: float) -> float | None:
        if not (price_prompt or price_completion):
            return None
        return (self.prompt * price_prompt + self.completion * price_completion) / 1e6
