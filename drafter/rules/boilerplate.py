"""boilerplate.web: junk carried over from 范文 websites."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from drafter.rules.model import Finding, Text, finding

_BOILERPLATE = re.compile(
    r"小编|本站|文章地址|范文|申明敬告|文档介绍|由互联网用户分享|本文档|下载地址|"
    r"(?:https?://|www\.)[\x21-\x7e]+|字数\s*\d+\s*阅读\s*\d+|"
    r"【篇[一二三四五六七八九十\d]+】|[（(]汇总\d+篇[)）]|\d+篇附目录|"
    r"(?<=[\u4e00-\u9fff])篇[一二三四五六七八九十]$|^篇\d+[：:]")


@cache
def _boilerplate_lines() -> re.Pattern[str]:
    """_BOILERPLATE over a whole text: line anchors allow the blanks strip() removes."""
    source = re.sub(r"(?<![\[\\])\^", r"^[ \\t\\u3000]*", _BOILERPLATE.pattern)
    source = re.sub(r"(?<!\\)\$", r"[ \\t\\u3000]*$", source)
    return re.compile(source, _BOILERPLATE.flags | re.MULTILINE)


def boilerplate(text: Text) -> Iterator[Finding]:
    for i in text.lines_with(_boilerplate_lines(), plain=True):
        line = text.lines[i]
        offset = len(line) - len(line.lstrip())
        for m in _BOILERPLATE.finditer(text.plain[i].strip()):
            excerpt = line[m.start() + offset:m.end() + offset]
            yield finding("boilerplate.web", "error", i, m.start() + offset, excerpt,
                          f"“{excerpt}”是范文网站留下的内容，应删除")
