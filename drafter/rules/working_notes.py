"""style.working_notes: the writer's working material left in the document — a remark on
the text addressed to whoever writes it (写足写透, 先空着, 别处不挂, 照他批的写), the
note-taker's own 我 in a document no one person speaks, a note's signature inside a
paragraph, a closing bracket no opening one matches. The spans are
`drafter.kinds.text.working_notes`, which the built-in writer drops too.

Issue 11 (blind72's readers of the built-in writer's drafts: 就我带着三个研究生, a
clinic's note signed 乡村医生　贲晓雨　12月14日） inside a paragraph, “成立于上世纪末”太虚)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.kinds.notes import one_voice
from drafter.kinds.text import working_notes as spans
from drafter.rules.model import Finding, Text, finding

_CALLED = re.compile(r"^[ \u3000]*(?:尊敬的|各位|同志们|亲爱的)[^。]{0,60}[：:][ \u3000]*$")
"""A 称谓 line (尊敬的各位领导：, 同志们：): the text is spoken."""
_SPEECH = re.compile(r"汇报|讲话|发言|致辞")


def spoken(text: Text) -> bool:
    """Whether one person speaks the text: the facts say it is read out (or a 汇报), or
    the text has a 称谓 line, a 我代表…, or a title naming a speech (…工作汇报)."""
    if text.facts is not None and one_voice(text.facts):
        return True
    lines = text.lines
    return bool(lines) and (bool(_SPEECH.search(lines[0])) or any(
        _CALLED.match(line) or "我代表" in line for line in lines))


_ROUTED = re.compile(r"(?:^|(?<=[。！？]))本(?:计划|方案|总结|汇报|报告)(?:报送?|上报|呈报)"
                     r"[^。！？]{2,40}?(?:[，,]抄送[^。！？]{2,40})?。")
"""A sentence of the body saying where the document goes (本计划报…，抄送…。): the leader's
instruction to the writer; GB/T 9704—2012 §7.3.2 and §7.4.2 put the 主送机关 above the body
and the 抄送机关 in the 版记, which drafter prints (blind97's LLM reader: 抄送 twice)."""


def working_notes(text: Text) -> Iterator[Finding]:
    voice = spoken(text)
    for i, line in enumerate(text.lines):
        routed = [m.span() for m in _ROUTED.finditer(line)]
        for start, end in routed:
            yield finding("style.working_notes", "warning", i, start, line[start:end],
                          "这句交代的是发文去向，主送机关和抄送机关由版头、版记写明，正文"
                          "不再重复；请删去", fix="")
        for start, end in _by_sentence(line, spans(line, voice)):
            if not any(a <= start < b for a, b in routed):
                yield finding("style.working_notes", "warning", i, start, line[start:end],
                              "这里像是起草时的批注或记录，不是公文正文；请删去或改写")


def _by_sentence(line: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One finding a sentence: its working material from the first span to the last
    (核一遍…碰一下 in one 王经理：… is one remark)."""
    merged: list[tuple[int, int]] = []
    for a, b in found:
        if merged and not re.search("[。！？]", line[merged[-1][1]:a]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged
