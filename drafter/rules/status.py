"""number.status (issue 13): a figure the facts give as planned (`status = "planned"`)
written as achieved — 「2026年已新建示范点12个」 — or one given as done
(`status = "done"`, stated explicitly) written as only planned — 「拟新建示范点8个」.

The number is matched to its figure by `numbers.source_of`, the checker's one matching;
the tense is read in the number's clause (between ，。；：！？), so 「截至2025年底已建成
示范点8个，2026年拟新建示范点12个」 judges each number by its own clause. A clause with
words of both kinds is left alone. Figures without a stated status are not judged as
plans. Source: RULES.md (the facts are the only source of a number — and of its state)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding
from drafter.rules.numbers import scan, source_of, sources

_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")
_DONE = re.compile(r"已|建成了|完成了|实现了|达到了|累计|先后建成|共建成")
_PLANNED = re.compile(r"拟|计划|将|力争|争取|预计|确保|目标")


def _clause(line: str, start: int, end: int) -> str:
    """The clause of line[start:end]: from the last clause mark before it to the next."""
    head = max((m.end() for m in _CLAUSE_END.finditer(line, 0, start)), default=0)
    tail = _CLAUSE_END.search(line, end)
    return line[head:tail.start() if tail else len(line)]


def status(text: Text) -> Iterator[Finding]:
    facts = text.facts
    if facts is None or not any(f.status for f in facts.figures):
        return
    src = sources(facts)
    for q in scan(text)[0]:
        line = text.lines[q.line]
        found = source_of(q, src, facts, line)
        if found is None or found.kind not in ("figure", "ratio"):
            continue
        figure = facts.figure(found.name)
        if figure is None or not figure.status:
            continue
        clause = _clause(line, q.start, q.end)
        done, planned = bool(_DONE.search(clause)), bool(_PLANNED.search(clause))
        if figure.planned and done and not planned:
            yield finding("number.status", "warning", q.line, q.start, q.text,
                          f"“{q.text}”（{figure.name}）在事实中是计划数，文中却写成已完成；"
                          "请改为“拟”“计划”等说法，或在事实中标为 done")
        elif figure.status == "done" and planned and not done:
            yield finding("number.status", "warning", q.line, q.start, q.text,
                          f"“{q.text}”（{figure.name}）在事实中是已完成的数，文中却写成计划；"
                          "请改为“已”“建成”等说法，或在事实中标为 planned")
