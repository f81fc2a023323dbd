"""The shape of a document: its title, its numbered headings (一、 （一） 1. （1）, and the
1、 of pasted 范文), the role of each 一、 section (指导思想, 措施, 不足…), and the
落款 and 成文日期 at its end.

Shapes: `Outline.sections` is a list of `Section`; the paragraphs before the first 一、
are the section with role "opening". A `Block` is one paragraph: a heading keeps its
level, number and heading text; a heading that runs on into prose (「（一）加强领导。成立…」)
keeps that prose in `rest`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.importing.source import Para, Source, is_date_line
from drafter.numbering import heading_mark, parse_cn_numeral


@dataclass(frozen=True)
class Block:
    para: Para
    level: int = 0  # 1–4 for a heading, 0 for prose
    number: int = 0
    heading: str = ""  # the heading's own words, without number or closing 。：
    rest: str = ""  # prose after the heading in the same paragraph; the text of prose

    @property
    def line(self) -> int:
        return self.para.line

    @property
    def text(self) -> str:
        return self.para.text


@dataclass
class Section:
    role: str  # see ROLES
    heading: Block | None  # the 一、 heading; None for the opening
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Outline:
    title: Para | None
    sections: list[Section]
    signature: Para | None = None
    date: Para | None = None

    def role(self, *roles: str) -> list[Section]:
        return [s for s in self.sections if s.role in roles]


# (role, words in the 一、 heading), first match wins: 存在的不足和下一步打算 is "outlook".
ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("guiding", ("指导思想", "总体要求")),
    ("outlook", ("不足和下一步", "问题和下一步", "不足与下一步", "问题与打算", "不足和打算")),
    ("problems", ("不足", "问题", "困难", "差距")),
    ("overall", ("总体规划", "总体思路", "总体安排")),
    ("next", ("下一步", "下步", "打算", "今后", "思路", "对策", "建议", "努力方向")),
    ("steps", ("实施步骤", "工作步骤", "步骤安排", "工作安排", "月度安排", "季度安排")),
    ("timeline", ("时间安排", "进度安排")),
    ("schedule", ("实施日期", "实施时间", "实施期限", "创建时间", "活动时间")),
    ("leadership", ("组织领导", "领导小组", "组织机构")),
    ("guarantee", ("保障措施", "工作保障", "组织保障")),
    ("requirements", ("具体要求", "工作要求", "有关要求", "几点要求")),
    ("goals", ("目标",)),
    ("overview", ("基本情况", "概况", "简介")),
    ("results", ("成效", "成绩", "成果", "效果")),
    ("tasks", ("措施", "任务", "做法", "举措", "重点工作", "主要工作", "工作内容", "活动",
               "建设", "经验")),
)

_LEVEL3_COMMA = re.compile(r"^(\d{1,2})、")
_LEVEL1_DOT = re.compile(r"^([一二三四五六七八九十]{1,3})[.．](?![0-9])")


def block(para: Para) -> Block:
    """A paragraph as a heading (level, number, words, run-on prose) or as prose."""
    text = para.text
    mark = heading_mark(text)
    if mark is None and (m := _LEVEL3_COMMA.match(text)):
        level, number, prefix = 3, int(m.group(1)), m.group(0)
    elif mark is None and (m := _LEVEL1_DOT.match(text)) and parse_cn_numeral(m.group(1)):
        level, number, prefix = 1, parse_cn_numeral(m.group(1)) or 0, m.group(0)
    elif mark is None:
        return Block(para, rest=text)
    else:
        level, number, prefix = mark.level, mark.number, mark.prefix
    body = text[len(prefix):].strip()
    cut = body.find("。")
    if 0 <= cut < len(body) - 1:
        heading, rest = body[:cut], body[cut + 1:].strip()
    else:
        heading, rest = body, ""
    return Block(para, level, number, heading.strip().rstrip("。：:；;，,"), rest)


def role_of(heading: str) -> str:
    for role, words in ROLES:
        if any(w in heading for w in words):
            return role
    return "other"


def outline(source: Source) -> Outline:
    """The outline of an imported document."""
    paras = list(source.paras)
    date = signature = None
    if paras and is_date_line(paras[-1].text):
        date = paras.pop()
        if paras and _signature_like(paras[-1].text):
            signature = paras.pop()
    elif head := _byline(paras):
        # a text read aloud: its unit and （date） under the title (pipeline.assemble)
        *named, date = head
        signature = named[0] if named else None
        del paras[:len(head)]
    sections = [Section("opening", None)]
    for para in paras:
        b = block(para)
        if b.level == 1:
            sections.append(Section(role_of(b.heading), b))
        else:
            sections[-1].blocks.append(b)
    return Outline(source.title, sections, signature, date)


def _byline(paras: list[Para]) -> list[Para]:
    """The lines under a speech's title that give its date in brackets, with the unit's
    name before it where one is given: [XX医院, （2026年12月5日）], [（2026年12月5日）]; []
    when the text opens otherwise."""
    for count in (1, 2):
        head = paras[:count]
        if len(head) == count and (m := _BRACKETED.match(head[-1].text)) and \
                is_date_line(m.group(1)) and all(_signature_like(p.text) and " " not in p.text
                                                 for p in head[:-1]):
            return head
    return []


_BRACKETED = re.compile(r"^[（(](.+)[）)]$")


def _signature_like(text: str) -> bool:
    return len(text) <= 40 and not any(c in text for c in "。，；：！？") and \
        heading_mark(text) is None


def children(blocks: list[Block], level: int) -> list[tuple[Block, list[Block]]]:
    """The headings of `level` among `blocks`, each with the blocks under it (up to the
    next heading of that level or above)."""
    out: list[tuple[Block, list[Block]]] = []
    current: tuple[Block, list[Block]] | None = None
    for b in blocks:
        if b.level and b.level < level:
            current = None
        elif b.level == level:
            current = (b, [])
            out.append(current)
        elif current is not None:
            current[1].append(b)
    return out
