"""style.notes_forbid: a word the user's notes forbid, written anyway. The notes are the
writer's word to whoever drafts (计划里别写党小组; 千万别写“零投诉”; 一个字都别提，包括
“案件”“盗掘”这些词); a text that says it breaks an instruction its signer gave. The words
are `drafter.kinds.notes.unsaid` (those the user's own slogans and task titles do not
use).

Issue 11 (blind23: a branch plan said 党小组 twice where the notes forbade it)."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.kinds.notes import unsaid
from drafter.kinds.text import NAMED, forbidding
from drafter.rules.model import Finding, Text, finding


def notes_forbid(text: Text) -> Iterator[Finding]:
    if text.facts is None or not text.facts.doc.notes:
        return
    words = unsaid(text.facts)
    pattern = forbidding(words)
    if pattern is None:
        return
    said = text.facts.doc.notes + "".join(t.title + "".join(t.points) for t in text.facts.tasks)
    for i, line in enumerate(text.lines):
        names = [m.span() for m in NAMED.finditer(line)]
        for m in pattern.finditer(line):
            # 查车 inside 检查车辆: a two-character word straddling a word the user's own
            # notes or tasks write (一律写“执法检查”, blind54's replay) is not the word
            at = m.start()
            if len(m.group(0)) == 2 and at and line[at - 1:at + 1] in said:
                continue
            if not any(a <= m.start() < b for a, b in names):
                yield finding("style.notes_forbid", "warning", i, m.start(), m.group(0),
                              f"备注要求不写“{m.group(0)}”，这里写了；请删去或改写这一句")
