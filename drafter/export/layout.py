"""Geometry of the GB/T 9704 page that needs no Word library: the width of text in 3号
characters, where the 落款 and 成文日期 stand, the indents of 附件说明, and how a long
title is split into lines."""

from __future__ import annotations

import re

from drafter.document import Role
from drafter.export.options import LayoutSettings
from drafter.export.styles import CHAR_TWIPS

# ------------------------------------------------------------------ closing placement


def width(text: str) -> float:
    """Width in 3号 characters: digits and Latin letters are half as wide."""
    return sum(0.5 if c.isascii() else 1.0 for c in text)


def _chars(attr: str, width: float) -> dict[str, str]:
    return {f"{attr}Chars": str(round(width * 100)), attr: str(round(width * CHAR_TWIPS))}


def closing_indent(role: Role, name: str, day: str, layout: LayoutSettings) -> dict[str, str]:
    """落款 ends `closing_right_chars` from the right margin; the date's first character
    stands `date_offset_chars` right of the name's first; a date too long for that goes
    `closing_right_chars` from the right and the name moves left to match."""
    edge, offset = layout.closing_right_chars, layout.date_offset_chars
    name_w, date_w = width(name), width(day)
    name_right = edge
    date_right = edge + name_w - offset - date_w
    if not name or date_right < edge:
        date_right = edge
        name_right = edge + offset + date_w - name_w
    return _chars("right", name_right if role is Role.SIGNATURE else date_right)


_ATTACHMENT_LEAD = re.compile(r"^(附件[:：])?\s*(\d+[.．、])?")


def attachment_indent(text: str, continued: bool, layout: LayoutSettings) -> dict[str, str]:
    """「附件：1.名称」 two characters in; a following 「2.名称」 under 「1.」; wrapped lines
    under the name."""
    lead = _ATTACHMENT_LEAD.match(text)
    label = lead.group(1) if lead and lead.group(1) else ""
    start = layout.first_line_indent_chars + (0 if label or not continued else 3)
    hang = width(lead.group(0)) if lead else 0.0
    return {**_chars("left", start + hang), **_chars("hanging", hang),
            "firstLineChars": "0", "firstLine": "0"}


# ------------------------------------------------------------------ title


_BREAK_AFTER = "年的于）》"


def split_title(title: str, unit: str = "", limit: int = 18) -> list[str]:
    """A long title in balanced lines, broken between words: after the unit's name, after
    年 / 关于 / 的 / ） nearest the middle, never inside a run of digits or Latin letters."""
    if width(title) <= limit:
        return [title]
    count = int(-(-width(title) // limit))
    lines: list[str] = []
    rest = title
    while count > 1 and width(rest) > limit:
        target = width(rest) / count
        allowed = [i for i in range(2, len(rest) - 1)
                   if not (rest[i - 1].isascii() and rest[i].isascii())
                   and width(rest[:i]) <= limit]
        good = [i for i in allowed
                if rest[i - 1] in _BREAK_AFTER or rest[:i].endswith("关于")
                or (unit and rest[:i] == unit)]
        best = min(good, key=lambda i: abs(width(rest[:i]) - target), default=None)
        if best is None or abs(width(rest[:best]) - target) > target / 3:
            best = min(allowed, key=lambda i: abs(width(rest[:i]) - target),
                       default=len(rest) // 2)
        lines.append(rest[:best])
        rest = rest[best:]
        count -= 1
    lines.append(rest)
    return lines
