"""style.notes_forbid: a word the user's notes forbid, written anyway. The notes are the
writer's word to whoever drafts (计划里别写党小组; 千万别写“零投诉”; 一个字都别提，包括
“案件”“盗掘”这些词); a text that says it breaks an instruction its signer gave. The words
are `drafter.kinds.notes.unsaid` (those the user's own slogans and task titles do not
use).

Issue 11 (blind23: a branch plan said 党小组 twice where the notes forbade it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.kinds.notes import unsaid
from drafter.rules.model import Finding, Text, finding


def notes_forbid(text: Text) -> Iterator[Finding]:
    if text.facts is None or not text.facts.doc.notes:
        return
    words = unsaid(text.facts)
    for i in text.lines_containing(words, plain=False) if words else ():
        line = text.lines[i]
        for word in words:
            start = unnamed_at(line, word)
            if start >= 0:
                yield finding("style.notes_forbid", "warning", i, start, word,
                              f"备注要求不写“{word}”，这里写了；请删去或改写这一句")


def unnamed_at(line: str, word: str) -> int:
    """Where `word` is in `line` outside a quoted or titled name (“…”, 《…》), or -1."""
    names = [m.span() for m in _NAMED.finditer(line)]
    return next((m.start() for m in re.finditer(re.escape(word), line)
                 if not any(a <= m.start() < b for a, b in names)), -1)


_NAMED = re.compile(r"“[^“”]*”|《[^《》]*》")
