"""Chinese numerals and the four heading levels of 公文 (一、 （一） 1. （1）).

Shared by the writer (to number), the document assembler and exporter (to style),
and the checker (to verify sequences)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = "零一二三四五六七八九"
_DIGIT_VALUE = {c: i for i, c in enumerate(_DIGITS)} | {"〇": 0, "两": 2}


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999)."""
    if n < 0 or n > 9999:
        raise ValueError(f"cannot write {n} as a Chinese numeral")
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    out = []
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    zero_pending = False
    started = False
    for value, name in units:
        d = (n // value) % 10
        if d == 0:
            if started:
                zero_pending = True
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[d] + name)
        started = True
    return "".join(out)


def parse_cn_numeral(text: str) -> int | None:
    """Inverse of cn_numeral for 一…九千九百九十九 (also 两, 〇); None if not a numeral."""
    if not text:
        return None
    total, current = 0, 0
    seen_digit = False
    for ch in text:
        if ch in _DIGIT_VALUE:
            current = _DIGIT_VALUE[ch]
            seen_digit = True
        elif ch in "十百千":
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or (1 if ch == "十" else 0) or (0 if seen_digit else 1)) * mult
            current = 0
        else:
            return None
    return total + current


CN_NUM = "零〇一二两三四五六七八九十百千"

# Level 1: 一、  Level 2: （一）  Level 3: 1.  Level 4: （1）
_HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^(?P<num>[{CN_NUM}]+)、")),
    (2, re.compile(rf"^[（(](?P<num>[{CN_NUM}]+)[）)]")),
    (3, re.compile(r"^(?P<num>[0-9０-９]+)[.．](?![0-9０-９])")),
    (4, re.compile(r"^[（(](?P<num>[0-9０-９]+)[）)]")),
)


@dataclass(frozen=True)
class HeadingMark:
    level: int
    number: int
    prefix: str  # the literal numbering, e.g. "（一）"


def heading_mark(paragraph: str) -> HeadingMark | None:
    """The numbering a paragraph starts with, if any."""
    text = paragraph.lstrip(" \u3000")
    for level, pattern in _HEADING_PATTERNS:
        m = pattern.match(text)
        if m:
            raw = m.group("num")
            if level in (1, 2):
                value = parse_cn_numeral(raw)
            else:
                value = int(raw.translate(FULLWIDTH_TO_ASCII))
            if value is None:
                continue
            return HeadingMark(level, value, m.group(0))
    return None


FULLWIDTH_TO_ASCII = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
"""str.translate table: full-width digits, point and percent sign → ASCII (GB/T 15835)."""


def heading_prefix(level: int, number: int) -> str:
    """The literal numbering for a heading: level 1 → 一、, 2 → （一）, 3 → 1., 4 → （1）."""
    if level == 1:
        return f"{cn_numeral(number)}、"
    if level == 2:
        return f"（{cn_numeral(number)}）"
    if level == 3:
        return f"{number}."
    if level == 4:
        return f"（{number}）"
    raise ValueError(f"no heading level {level}")


def ordinal_lead(number: int) -> str:
    """一是 / 二是 … used to enumerate the items of a slogan."""
    return f"{cn_numeral(number)}是"
