"""Text helpers shared by the templates' filters and the phrase choices (`prose`):
Chinese lists and enumerations, sentence endings, the phrase banks and their slots."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from drafter.numbering import ordinal_lead
from drafter.paths import templates_dir


def join_cn(items: Iterable[str], last: str = "和") -> str:
    """["甲", "乙", "丙"] → 甲、乙和丙."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


def enumerate_cn(items: Sequence[str], end: str = "。") -> str:
    """一是…；二是…。 — the genre's in-sentence enumeration (a single item stands alone)."""
    if len(items) == 1:
        return strip_end(items[0]) + end
    parts = [f"{ordinal_lead(i)}{strip_end(item)}" for i, item in enumerate(items, start=1)]
    return "；".join(parts) + end if parts else ""


def strip_end(text: str) -> str:
    """Drop trailing sentence punctuation so a fragment can be woven into a sentence."""
    return text.rstrip(_SENTENCE_END)


_SENTENCE_END = "。；;，,、.！! \u3000"


@cache
def phrase_bank(name: str) -> dict[str, Any]:
    """templates/phrases/<name>.toml."""
    return tomllib.loads((templates_dir() / "phrases" / f"{name}.toml").read_text("utf-8"))


def fill(phrase: str, vocab: dict[str, str]) -> str:
    """Fill a phrase-bank sentence's {slots} from the unit vocabulary."""
    return phrase.format_map(vocab)
