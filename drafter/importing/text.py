"""Small text helpers the extractors share: 一是…二是… enumerations, sentences and
clauses, placeholders, Chinese dates. Pure functions over normalised text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from drafter.numbering import parse_cn_numeral

ORDINAL = re.compile(r"([一二三四五六七八九十]+)是")
_END = "。；;，,、.！!？? \u3000：:"
PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:[12][09][xX×Ｘ*]{1,2}|[xX×Ｘ]{1,4}(?=[%人名年月日个项次万元场天户家所篇条件台位种]"
    r"|余)|[xX×Ｘ]{2,}|××+|\*+|某(?=[县市区镇乡村院校局单位医])|【待补充[^】]*】|…{2,}|\.{3,})"
    r"(?![A-Za-z])")


def strip_end(text: str) -> str:
    """Trailing (and leading) punctuation off a fragment: 「加强宣传发动。」 → 加强宣传发动."""
    return text.strip(_END)


def has_placeholder(text: str) -> bool:
    """20xx, XX%, ***, ××, 某医院, …… — a blank in a 范文, not a fact."""
    return PLACEHOLDER.search(text) is not None


@dataclass(frozen=True)
class Enumeration:
    """一是A；二是B。 found in a paragraph: the items and where the run starts and ends."""

    items: tuple[str, ...]
    start: int  # offset of 一是
    end: int  # offset just past the run's closing 。 (or the paragraph's end)


def enumerations(text: str) -> list[Enumeration]:
    """Every 一是…二是… run in `text`, in order. A run ends at the 。 after its last
    ordinal or where a new 一是 starts; items are stripped of their end punctuation."""
    found: list[Enumeration] = []
    pos = 0
    while True:
        m = _first_ordinal(text, pos)
        if m is None:
            return found
        marks = [m]
        k = 1
        cursor = m.end()
        while True:
            nxt = ORDINAL.search(text, cursor)
            if nxt is None or parse_cn_numeral(nxt.group(1)) != k + 1:
                break
            # the next ordinal must open a clause, not sit inside a word (统一是…)
            if nxt.start() and text[nxt.start() - 1] not in "；;，,。：:、 ":
                cursor = nxt.end()
                continue
            # a full stop between items ends the run unless the next item follows at once
            gap = text[marks[-1].end():nxt.start()]
            if "。" in gap and not gap.rstrip().endswith("。"):
                break
            marks.append(nxt)
            k += 1
            cursor = nxt.end()
        last = marks[-1]
        stop = text.find("。", last.end())
        end = len(text) if stop < 0 else stop + 1
        items = []
        for a, b in zip(marks, [*marks[1:], None], strict=True):
            chunk = text[a.end():b.start() if b is not None else (end if stop >= 0 else
                                                                  len(text))]
            items.append(strip_end(chunk))
        found.append(Enumeration(tuple(_trim_last(items)), m.start(), end))
        pos = end


def _trim_last(items: list[str]) -> list[str]:
    """The last item runs on to the sentence's end; when it is far longer than the others
    (…十是“四·五”普法教育，并将各项思想教育…), the item ends at its first comma."""
    if len(items) < 3:
        return items
    others = sorted(len(i) for i in items[:-1])
    median = others[len(others) // 2]
    last = items[-1]
    if len(last) > 40 and len(last) > 3 * median and "，" in last:
        items[-1] = last.split("，", 1)[0]
    return items


def _first_ordinal(text: str, pos: int) -> re.Match[str] | None:
    for m in re.finditer("一是", text[pos:]):
        start = pos + m.start()
        if start == 0 or text[start - 1] in "；;，,。：:、 ”":
            return ORDINAL.match(text, start)
    return None


def sentences(text: str) -> list[str]:
    """Sentences, each with its closing 。！？ (the last may have none)."""
    out = re.findall(r"[^。！？]+[。！？]?", text)
    return [s for s in (x.strip() for x in out) if s]


def split_outside(text: str, separators: str, *, opening: str = "“《（",
                  closing: str = "”》）") -> list[str]:
    """`text` split at each of `separators` that stands outside quotes and brackets
    (the separators dropped, nothing else changed)."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in opening:
            depth += 1
        elif c in closing and depth:
            depth -= 1
        elif c in separators and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


def clauses(text: str) -> list[str]:
    """Clauses between ，；：。！？ (quotes kept together)."""
    return [c.strip() for c in split_outside(text, "，；：。！？") if c.strip()]


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def cn_to_int(text: str) -> int | None:
    """2026 / 二〇二六 (digit by digit) / 十二 / 二十三 → int; None if not a number."""
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in _CN_DIGIT for c in text):
        return int("".join(str(_CN_DIGIT[c]) for c in text))
    return parse_cn_numeral(text)


_DATE = re.compile(r"(\d{4}|[〇零一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月"
                   r"([\d一二三四五六七八九十]{1,3})日")


def parse_cn_date(text: str) -> date | None:
    """The first 2026年1月4日 (or 二〇二六年一月四日) in `text`, if it is a real date."""
    m = _DATE.search(text)
    if not m:
        return None
    parts = [cn_to_int(g) for g in m.groups()]
    if any(p is None for p in parts):
        return None
    try:
        return date(*parts)  # type: ignore[arg-type]
    except ValueError:
        return None


def squeeze(text: str) -> str:
    """Text without punctuation, quotes and blanks, for comparing wording."""
    return re.sub(r"[\s，。；：、！？“”‘’《》（）()「」,.;:!?\"'—…·]", "", text)
