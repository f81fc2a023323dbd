"""structure.numbering: a broken heading sequence at any of the four levels."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.numbering import heading_prefix
from drafter.rules.model import Finding, Text, finding


def numbering(text: Text) -> Iterator[Finding]:
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    for i, mark in enumerate(text.headings):
        if mark is None:
            continue
        expected = last[mark.level] + 1
        if mark.number != expected:
            if mark.number == last[mark.level]:
                what = "重复"
            elif last[mark.level] == 0:
                what = f"从第{mark.number}项开始，缺少前面的编号"
            else:
                what = f"跳号（上一项是第{last[mark.level]}项）"
            right = heading_prefix(mark.level, expected)
            yield finding("structure.numbering", "error", i,
                          len(text.lines[i]) - len(text.lines[i].lstrip(" \u3000")),
                          mark.prefix, f"{_LEVEL_NAMES[mark.level]}编号“{mark.prefix}”{what}，"
                          f"此处应为“{right}”")
        last[mark.level] = mark.number
        for deeper in range(mark.level + 1, 5):
            last[deeper] = 0


_LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}

