"""punct.halfwidth: ASCII punctuation inside Chinese text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding

_CJK = r"\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’"
_HALF = re.compile(rf"(?<=[{_CJK}])[,;:?!()\"]|[,;:?!()\"](?=[{_CJK}])")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")


def halfwidth(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(_HALF):
        line = text.lines[i]
        urls = [m.span() for m in _URL.finditer(line)]
        quotes = 0
        for m in _HALF.finditer(line):
            if any(a <= m.start() < b for a, b in urls):
                continue
            ch = m.group(0)
            if ch == '"':
                fix = "“" if quotes % 2 == 0 else "”"
                quotes += 1
            else:
                fix = _FULL[ch]
            yield finding("punct.halfwidth", "warning", i, m.start(), ch,
                          f"中文中使用了半角标点“{ch}”，应为全角“{fix}”", fix)


