"""structure.numbering: a broken heading sequence at any of the four levels (一、 （一）
1. （1）), and a heading number written with the wrong mark after it (「（一）、」「1、」).

Sources: GB/T 9704-2012《党政机关公文格式》7.3.3 (the four levels 一、（一）1.（1）);
GB/T 15834-2011《标点符号用法》on 顿号 and 下脚点 (a bracketed ordinal takes no mark after
it; an Arabic ordinal takes 「.」, not 「、」)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.numbering import HeadingMark, heading_prefix
from drafter.rules.model import Finding, Text, finding

# 「（一）、」「（1）.」: a bracketed ordinal followed by a mark it must not have.
_BRACKET_THEN_MARK = re.compile(r"[ \u3000]*([（(][0-9一二三四五六七八九十]+[）)])([、.．，,])")
# 「1、」「2，」 at the start of a paragraph: an Arabic ordinal with a 顿号 (not 「1.」).
_ARABIC_COMMA = re.compile(r"[ \u3000]*([0-9]{1,2})[、，]")


def numbering(text: Text) -> Iterator[Finding]:
    """structure.numbering: the sequence at each level, then the marks after ordinals."""
    yield from _sequence(text)
    yield from _marks(text)


def _next_same_level(text: Text, i: int, level: int) -> HeadingMark | None:
    """The next heading of `level` after line i, before any heading of a higher level."""
    for mark in text.headings[i + 1:]:
        if mark is None or mark.level > level:
            continue
        return mark if mark.level == level else None
    return None


def _comma_ordinal(text: Text, i: int) -> HeadingMark | None:
    """「1、」 at the start of a paragraph: a 三级 number with the wrong mark (reported by
    _marks) that still takes its place in the sequence, so 「1、…」「2.…」 is no skip."""
    m = _ARABIC_COMMA.match(text.lines[i], text.heading_cols[i])
    if m is None or text.lines[i][m.end():m.end() + 1].isdigit():
        return None
    return HeadingMark(3, int(m.group(1)), text.lines[i][m.start(1):m.end()])


def _sequence(text: Text) -> Iterator[Finding]:
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    for i, found in enumerate(text.headings):
        mark = found or (_comma_ordinal(text, i) if text.lines[i][:1].isdigit() else None)
        if mark is None:
            continue
        expected = last[mark.level] + 1
        number = mark.number
        if mark.number != expected:
            if mark.number == last[mark.level]:
                what = "重复"
                # A repeated （二） before a correct （四） stands for （三）: one fault.
                following = _next_same_level(text, i, mark.level)
                if following is not None and following.number == expected + 1:
                    number = expected
            elif last[mark.level] == 0:
                what = f"从第{mark.number}项开始，缺少前面的编号"
            else:
                what = f"跳号（上一项是第{last[mark.level]}项）"
            right = heading_prefix(mark.level, expected)
            yield finding("structure.numbering", "error", i, text.heading_cols[i],
                          mark.prefix, f"{_LEVEL_NAMES[mark.level]}编号“{mark.prefix}”{what}，"
                          f"此处应为“{right}”")
        last[mark.level] = number
        for deeper in range(mark.level + 1, 5):
            last[deeper] = 0


def _marks(text: Text) -> Iterator[Finding]:
    for i, line in enumerate(text.lines):
        if not line or line.lstrip(" \u3000#*")[:1] not in "（(0123456789":
            continue
        col = text.heading_cols[i]
        m = _BRACKET_THEN_MARK.match(line, col)
        if m is not None:
            excerpt = line[m.start(1):m.end(2)]
            yield finding("structure.numbering", "warning", i, m.start(1), excerpt,
                          f"序号“{m.group(1)}”后不应再加“{m.group(2)}”", m.group(1))
            continue
        m = _ARABIC_COMMA.match(line, col)
        if m is not None and not line[m.end():m.end() + 1].isdigit():
            excerpt = line[m.start(1):m.end()]
            yield finding("structure.numbering", "warning", i, m.start(1), excerpt,
                          f"阿拉伯数字序号“{excerpt}”后应用下脚点，写作“{m.group(1)}.”",
                          f"{m.group(1)}.")


_LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
