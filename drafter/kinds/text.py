"""Text helpers shared by the templates' filters and the phrase choices (`prose`):
Chinese lists and enumerations, sentence endings, the phrase banks and their slots."""

from __future__ import annotations

import re
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
    """一是…；二是…。 — the genre's in-sentence enumeration (a single item stands alone);
    an item that only goes on about the one before it (主要用于…, 其中…) is part of it,
    not a second item."""
    merged: list[str] = []
    for item in items:
        if merged and item.startswith(_GOES_ON):
            merged[-1] = f"{strip_end(merged[-1])}，{item}"
        else:
            merged.append(item)
    items = merged
    if len(items) == 1:
        return strip_end(items[0]) + end
    parts = [f"{ordinal_lead(i)}{strip_end(item)}" for i, item in enumerate(items, start=1)]
    return "；".join(parts) + end if parts else ""


_GOES_ON = ("主要用于", "重点用于", "用于", "其中", "具体用于")


def absolute_years(text: str, year: int) -> str:
    """今年/去年/明年/前年 in the user's words as the years they mean, counted from the
    document's year (今年有3名教师离职 in a summary of 2025 dated January 2026 → 2025年有…):
    a relative year read after the date it was written misleads."""
    for word, delta in (("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2)):
        text = text.replace(word, f"{year + delta}年")
    return text


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


def drop_clauses(line: str, words: Sequence[str]) -> str:
    """`line` without its clauses (between ，；。！？) that name one of `words`: the notes
    forbid them (计划里别写党小组 → …支部委员按分工各负其责。, not …，各党小组抓好具体落实。).
    A sentence whose last clause goes ends at the clause before it; one left with only a
    lead (按照条例要求，) goes whole; a line left with no words is empty. A word inside a
    quoted or titled name is the name's (“一村一名大学生” beside 不要写“学生”)."""
    pattern = forbidding(words)
    if pattern is None or not pattern.search(unnamed(line)):
        return line
    out: list[str] = []
    for sentence in re.findall(r"[^。！？]+[。！？]?", line):
        parts = re.split(r"([，；。！？])", sentence)
        kept: list[str] = []
        for clause, mark in zip(parts[::2], [*parts[1::2], ""], strict=True):
            if not (clause or mark):
                continue
            if pattern.search(unnamed(clause)):
                if mark and mark in "。！？" and kept and kept[-1] in "，；":
                    kept[-1] = mark
                continue
            kept += [clause, mark]
        if len(kept) == 2 and _LEAD.match(kept[0]) and len(parts) > 3:
            continue
        out += kept
    return "".join(out).strip()


def forbidding(words: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern finding any of `words`, a long one also with a few words inside it (恳请
    批评指正 in 恳请各位领导批评指正: the notes name the phrase, the text addresses its
    readers, blind24); None for no words."""
    if not words:
        return None
    # … and a phrase ending in a formula by the formula (不足之处恳请批评指正 forbids 以上
    # 汇报不妥之处，恳请各位领导批评指正 too: blind28)
    return re.compile("|".join(
        f"{re.escape(w[:2])}[^，。；]{{0,6}}?{re.escape(w[2:])}"
        + "".join(f"|{f}" for f in _FORMULAS if w.endswith(f) and w != f)
        if len(w) >= 5 else re.escape(w)
        for w in sorted(words, key=len, reverse=True)))


_FORMULAS = ("批评指正", "莅临指导", "衷心的感谢")
"""The fixed close of a polite phrase: the words that say it, whatever leads them."""


NAMED = re.compile(r"“[^“”]*”|《[^《》]*》")
"""A quoted or titled name (“一村一名大学生”, 《…》): its words are the name's."""


def unquoted(text: str) -> str:
    """The text without its quotation marks (筑牢“三道”防线 → 筑牢三道防线)."""
    return text.replace("“", "").replace("”", "")


def unnamed(text: str) -> str:
    """`text` without its quoted and titled names (NAMED)."""
    return NAMED.sub("", text)


_LEAD = re.compile(r"(?:按照|根据|依据|为了?|围绕|结合|通过|对照|以上)")
"""A clause leading the one after it: left alone, it says nothing."""
