"""Checks on a model's raw answer that need no facts: how long a section's answer may be,
whether it has gone degenerate (one phrase looping, or far longer than the section
needs), whether it is mostly Chinese, and where a cut-off answer's last whole sentence
ends. Pure functions; the LLM writer and the guard call them."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

MIN_TOKENS = 256  # the smallest completion budget a section gets
TOKENS_PER_CHAR = 1.5  # a small model's tokenizer may spend ~1.5 tokens on a CJK character
ROOM = 3.0  # a section's answer may be this many times its expected length
CHINESE_SHARE = 0.8  # at least this share of an answer's letters must be CJK characters

REPEATING = "答复陷入重复"
TOO_LONG = "答复远超本节所需长度"
CUT = "答复在长度上限处截断且没有一个完整的句子"


@dataclass(frozen=True)
class Limits:
    """What one section's answer may cost: `max_tokens` asked of the endpoint, and
    `max_chars` (characters) after which the stream is stopped as degenerate."""

    max_tokens: int
    max_chars: int


def limits_for(expected_chars: int, ceiling: int) -> Limits:
    """Limits for a section whose built-in text (or current text) is `expected_chars`
    characters long; `ceiling` is the `max_tokens` setting, never exceeded."""
    expected = max(expected_chars, 80)
    tokens = int(expected * ROOM * TOKENS_PER_CHAR) + 64
    max_tokens = max(min(tokens, ceiling), min(MIN_TOKENS, ceiling))
    return Limits(max_tokens=max_tokens, max_chars=int(expected * ROOM) + 200)


_SENTENCE_END = "。！？；\n"
_SPLIT = re.compile(r"[。！？；!?;\n]+")
_PHRASE_REPEATS = 5  # the same sentence this many times…
_PHRASE_SHARE = 0.4  # …making up this share of the answer is a loop
_TAIL = 400  # characters of the tail searched for a period
_TAIL_REPEATS = 5  # an exact period repeated this many times at the end is a loop
_TAIL_MIN = 40  # …covering at least this many characters


def _periodic_tail(text: str) -> bool:
    tail = text[-_TAIL:]
    n = len(tail)
    for period in range(1, n // _TAIL_REPEATS + 1):
        span = max(period * _TAIL_REPEATS, _TAIL_MIN)
        if span > n:
            break
        piece = tail[-span:]
        if piece == (piece[-period:] * (span // period + 1))[-span:]:
            return True
    return False


def degenerate(text: str, max_chars: int | None = None) -> str:
    """Why `text` (an answer so far) is degenerate, or "" when it is not: one phrase
    repeating (an exact period 5 times over ≥ 40 characters at the end, or one sentence
    5 times making up 40 % of the text — a repeated 责任部门：党办 line does not), or
    longer than `max_chars` characters."""
    if max_chars is not None and len(text) > max_chars:
        return TOO_LONG
    if len(text) >= _TAIL_MIN and _periodic_tail(text.rstrip()):
        return REPEATING
    counts = Counter(s for s in (x.strip() for x in _SPLIT.split(text)) if len(s) >= 4)
    if counts:
        sentence, n = counts.most_common(1)[0]
        if n >= _PHRASE_REPEATS and n * len(sentence) >= _PHRASE_SHARE * len(text):
            return REPEATING
    return ""


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def chinese_share(text: str) -> float:
    """CJK characters as a share of all words, where each CJK character is one and each
    run of other letters (an English word, an acronym such as APP) is one; digits,
    punctuation and spaces do not count. 1.0 for a text without letters."""
    cjk = sum(1 for ch in text if _is_cjk(ch))
    other = sum(1 for run in re.finditer(r"[^\W\d_]+", text)
                for word in re.split(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", run.group())
                if word)
    return 1.0 if cjk + other == 0 else cjk / (cjk + other)


def mostly_chinese(text: str) -> bool:
    """Whether at least CHINESE_SHARE of the words are Chinese characters (a few acronyms
    such as APP or GDP pass; an English answer does not)."""
    return chinese_share(text) >= CHINESE_SHARE


def foreign_excerpt(text: str) -> str:
    """The first run of non-Chinese words, for a repair turn to quote (≤ 40 chars)."""
    match = re.search(r"[A-Za-z][A-Za-z ,.'’\-]{2,}", text)
    return (match.group(0).strip() if match else text.strip())[:40]


_MARKER = re.compile(r"【待补充[^】]*】")


def written_length(text: str) -> int:
    """The characters a reader counts in `text`: no whitespace, no 【待补充：…】 marker
    (the blind readers counted 非空白字符 and struck the markers' words)."""
    return len(re.sub(r"\s", "", _MARKER.sub("", text)))


def last_sentence(text: str) -> str:
    """`text` up to the end of its last complete sentence (。！？； or a line end): what
    is left of an answer that the endpoint cut at its token limit. "" when no sentence
    is complete."""
    stripped = text.rstrip()
    end = max(stripped.rfind(mark) for mark in _SENTENCE_END)
    if end < 0:
        return ""
    kept = stripped[:end + 1]
    closing = re.match(r"[”’」』）)]+", stripped[end + 1:])
    if closing:
        kept += closing.group(0)
    return kept.rstrip()
