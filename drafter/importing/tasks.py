"""Tasks (措施 of a plan, 做法 of a summary) from a document: each （一） heading of a
措施/做法 section is a task title; its points are the 一是…二是… of the paragraph under
it, or its 1、 sub-headings; 责任部门：… 时间安排：… and the 时间安排 section give the
owner and the timing. A 一、 section with no （一） under it whose heading is not a
section name (主要做法) is one task itself, as 范文 often write.

The built-in writer's own sentences around the points (the phrase banks) are told
apart from the points, and the bank a sentence comes from gives the task's category."""

from __future__ import annotations

import re

from drafter.importing.model import Imported, Origin
from drafter.importing.outline import Block, Outline, Section, children, role_of
from drafter.importing.phrases import bank_match, fixed_headings
from drafter.importing.taken import Taken, body
from drafter.importing.text import enumerations, has_placeholder, sentences, strip_end

_TASK_ROLES = ("tasks", "other", "results", "opening", "overview")
_SECTION_CATEGORY = {"加强思想政治建设": "思想教育", "加强组织建设": "党建"}
_OWNER = re.compile(r"^(?:责任部门：([^。]+)。?)?(?:时间安排：([^。]+)。?)?$")
_TIMELINE = re.compile(r"^(.+?)：(.+?)(?:，由(.+?)牵头负责)?$")


def _is_section_name(heading: str) -> bool:
    """主要做法, 创建措施 … name a section, not a task."""
    return len(heading) <= 8 and bool(re.search(r"(?:措施|任务|做法|举措|工作|活动|情况)$",
                                                 heading)) and "，" not in heading


def read_tasks(outline: Outline, out: Imported, taken: Taken) -> None:
    """Add [[tasks]] to `out` (title, points, owner, when, category)."""
    for section in outline.sections:
        if section.role not in _TASK_ROLES:
            continue
        heads = children(section.blocks, 2)
        if heads:
            for head, under in heads:
                _task(head, under, section, out, taken)
        elif section.heading is not None and section.role in ("tasks", "other") and \
                not _is_section_name(section.heading.heading) and \
                role_of(section.heading.heading) in ("tasks", "other"):
            _task(section.heading, section.blocks, section, out, taken)
    _timeline(outline, out, taken)


def _task(head: Block, under: list[Block], section: Section, out: Imported,
          taken: Taken) -> None:
    title = head.heading
    if taken.has(head) or not title or title in fixed_headings():
        return
    if has_placeholder(title):
        out.note(head.line, f"标题“{title}”含占位符，未作为任务导入")
        return
    taken.block(head)
    row: dict[str, object] = {"title": strip_end(title)}
    origins = {"title": Origin((head.line,))}
    prose = [b for b in under if not b.level]
    first: Block | None = None
    text, offset = body(head)
    if text:
        first = head
    elif prose:
        first = prose[0]
        text, offset = body(first)
    points, category, lines = _points(text, first, under, taken, offset)
    if points:
        row["points"] = points
        origins["points"] = Origin(lines)
    if category:
        row["category"] = category
        where = (first.line,) if first is not None else lines[:1]
        origins["category"] = Origin(where, note="由该段的表述判断")
    elif section.heading is not None and section.heading.heading in _SECTION_CATEGORY:
        row["category"] = _SECTION_CATEGORY[section.heading.heading]
        origins["category"] = Origin((section.heading.line,), note="由所在一节判断")
    for b in prose[1:3] if first is not head else prose[:2]:
        if (m := _OWNER.match(b.text)) and (m.group(1) or m.group(2)):
            if m.group(1):
                row["owner"], origins["owner"] = strip_end(m.group(1)), Origin((b.line,))
            if m.group(2):
                row["when"], origins["when"] = strip_end(m.group(2)), Origin((b.line,))
            taken.block(b)
            break
    out.add_row("tasks", row, origins)


def _points(text: str, first: Block | None, under: list[Block], taken: Taken,
            offset: int) -> tuple[list[str], str, tuple[int, ...]]:
    """The points of a task, the category its set phrases belong to, and the lines."""
    if first is None:
        return [], "", ()
    runs = enumerations(text)
    category = _category(text[:runs[0].start] if runs else text)
    if runs:
        run = runs[0]
        taken.span(first, offset + run.start, offset + run.end)
        points = [p for p in run.items if p and not has_placeholder(p)]
        return points, category, (first.line,)
    subs = [b for b in under if b.level == 3]
    if subs:
        points = []
        for b in subs:
            words = b.heading if len(b.heading) <= 40 else b.heading.split("，")[0]
            if words and not has_placeholder(words):
                points.append(strip_end(words))
            taken.block(b)
        return points, category, tuple(b.line for b in subs)
    # the built-in writer's single point: set phrases around one sentence of the facts
    said = sentences(text)
    plain = [s for s in said if bank_match(s) is None]
    if len(plain) == 1 and len(said) > 1 and bank_match(said[0]) is not None:
        point = strip_end(plain[0])
        start = text.find(plain[0])
        taken.span(first, offset + start, offset + start + len(plain[0]))
        return ([point] if point and not has_placeholder(point) else []), category, \
            (first.line,)
    return [], category, ()


def _category(lead: str) -> str:
    for sentence in sentences(lead)[:1]:
        entry = bank_match(sentence)
        if entry is not None and entry.use in ("lead", "done"):
            return entry.category
    return ""


def _timeline(outline: Outline, out: Imported, taken: Taken) -> None:
    """（一）加强宣传发动：1—2月，由党办牵头负责。 — owner and timing of a task."""
    tasks = out.data.get("tasks", [])
    by_title = {t["title"]: i for i, t in enumerate(tasks)}
    for section in outline.role("timeline"):
        for b in section.blocks:
            if not b.level or not (m := _TIMELINE.match(b.heading)):
                continue
            index = by_title.get(m.group(1))
            if index is None:
                continue
            taken.block(b)
            row = tasks[index]
            if "when" not in row and not has_placeholder(m.group(2)):
                row["when"] = strip_end(m.group(2))
                out.origins[("tasks", index, "when")] = Origin((b.line,))
            if m.group(3) and "owner" not in row and not has_placeholder(m.group(3)):
                row["owner"] = strip_end(m.group(3))
                out.origins[("tasks", index, "owner")] = Origin((b.line,))
