"""实施步骤 / 时间安排 / 月度安排 and 保障措施 read back (FACTS.md v1.1 [[phases]] and
[guarantees]): a numbered heading with its dates, 「（一）动员部署阶段（2026年1月4日—2月28日）」,
followed by its work as 一是…二是…; 「（一）经费保障。一是…」 and 「（二）考核奖惩。…」."""

from __future__ import annotations

import re
from datetime import date

from drafter.importing.model import Imported, Origin
from drafter.importing.outline import Block, Outline, children
from drafter.importing.taken import Taken, body
from drafter.importing.text import enumerations, has_placeholder, parse_cn_date, strip_end

_STEP_ROLES = ("steps", "timeline")
_DAY = r"\d{1,2}月\d{1,2}日"
_SPAN = re.compile(rf"^(.+?)（(\d{{4}}年{_DAY})(?:—|-|至)((?:\d{{4}}年)?{_DAY})）$")
_BEFORE = re.compile(rf"^(.+?)（((?:\d{{4}}年)?{_DAY})前）$")
_GUARANTEES = {"经费保障": "funding", "落实经费保障": "funding", "考核奖惩": "assessment",
               "严格考核奖惩": "assessment"}


def read_steps(outline: Outline, out: Imported, taken: Taken) -> None:
    """Add [[phases]] and [guarantees] to `out` from the sections that hold them."""
    for section in outline.sections:
        if section.role in _STEP_ROLES:
            for head, under in children(section.blocks, 2):
                _phase(head, under, out, taken)
        elif section.role == "guarantee":
            for head, _ in children(section.blocks, 2):
                _guarantee(head, out, taken)


def _work(head: Block, under: list[Block]) -> tuple[list[str], list[int]]:
    """The items of 一是…二是… in the heading's run-on text or the paragraph under it."""
    text, _ = body(head)
    sources = [(text, head.line), *[(b.text, b.line) for b in under if not b.level][:1]]
    for words, line in sources:
        runs = enumerations(words)
        if runs:
            return [strip_end(i) for i in runs[0].items], [line]
    return [], []


def _phase(head: Block, under: list[Block], out: Imported, taken: Taken) -> None:
    name, start, end = strip_end(head.heading), None, None
    if m := _SPAN.match(name):
        name, start = m.group(1), parse_cn_date(m.group(2))
        tail = m.group(3)
        end = parse_cn_date(tail if "年" in tail else f"{m.group(2)[:5]}{tail}")
    elif m := _BEFORE.match(name):
        name, end = m.group(1), parse_cn_date(m.group(2))
    work, lines = _work(head, under)
    if not (start or end or work) or not name or has_placeholder(name) \
            or any(has_placeholder(w) for w in work):
        return  # 「全年：“甲”和“乙”」 is a task's timing, read with the tasks
    row: dict[str, object] = {"name": name}
    origins = {"name": Origin((head.line,))}
    for key, day in (("start", start), ("end", end)):
        if isinstance(day, date):
            row[key] = day.isoformat()
            origins[key] = Origin((head.line,))
    if work:
        row["work"] = work
        origins["work"] = Origin(tuple(lines))
    taken.block(head)
    out.add_row("phases", row, origins)


def _guarantee(head: Block, out: Imported, taken: Taken) -> None:
    key = _GUARANTEES.get(strip_end(head.heading))
    if key is None:
        return
    work, lines = _work(head, [])
    if not work:
        text, _ = body(head)
        work, lines = ([strip_end(text)], [head.line]) if strip_end(text) else ([], [])
    work = [w for w in work if not w.startswith("【待补充") and not has_placeholder(w)]
    if work:
        taken.block(head)
        out.put("guarantees", key, work, Origin(tuple(lines)))
