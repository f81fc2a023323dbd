"""Numbered slogans (编号口号) from a document: a phrase stating a count (紧盯两项目标,
十大教育, 三个一, 两优) followed by exactly that many items (一是…二是…, or 即… for one),
with the compound name they belong to (简称“1234工程”, 实施“两优一满意”, 突出“G”：…).

The slogan's words come from where the text puts them: the heading before the items
(（二）突出两个重点。), a quoted name (通过开展“十大教育”：), or the clause before the
items (两优：一是…). A phrase whose count differs from its items is no slogan here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.facts.model import slogan_count
from drafter.importing.model import Imported, Origin
from drafter.importing.outline import Block, Outline
from drafter.importing.taken import Taken, body
from drafter.importing.text import enumerations, has_placeholder, strip_end

_SKIP_ROLES = ("requirements", "leadership", "guiding", "problems", "next", "outlook")
_MAX_TEXT = 16


@dataclass
class _Found:
    text: str
    items: tuple[str, ...]
    lines: tuple[int, ...]
    group: str = ""
    group_line: int = 0


def last_quoted(text: str) -> str:
    """The quoted words that `text` ends with (nesting kept): …实现“建设“五型”机关” →
    建设“五型”机关; "" when it does not end with a quote."""
    text = text.rstrip()
    if not text.endswith("”"):
        return ""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == "”":
            depth += 1
        elif text[i] == "“":
            depth -= 1
            if depth == 0:
                return text[i + 1:-1]
    return ""


def unquote(text: str) -> str:
    """“围绕一个主题” → 围绕一个主题; 建设“五型”机关 and “四爱”“三零” stay as they are."""
    inner = text[1:-1]
    if text.startswith("“") and text.endswith("”") and _balanced(inner):
        return inner
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += (c == "“") - (c == "”")
        if depth < 0:
            return False
    return depth == 0


def _last_clause(text: str) -> str:
    depth, cut = 0, 0
    for i, c in enumerate(text):
        if c == "“":
            depth += 1
        elif c == "”" and depth:
            depth -= 1
        elif c in "。；：，" and depth == 0:
            cut = i + 1
    return text[cut:]


_VERB_THEN_NAME = re.compile(r"(?:通过|开展|实施|落实|推进|推行|围绕|按照|对照|坚持|深化|践行|实现|"
                             r"争创)“([^“”]{1,16})”$")
"""A bare name after the verb a draft gives it (争创“两优”, 公司围绕“三个一流”): the name."""


def _named(words: str) -> str:
    """A heading's or a lead's slogan words: the quoted name after its verb (争创“两优” →
    两优), else the words unquoted (突出“两个重点” → 突出两个重点: a verb drafts do not
    give a bare name is the slogan's own)."""
    m = _VERB_THEN_NAME.search(words)
    if m:
        return m.group(1)
    if re.fullmatch(r"[\u4e00-\u9fff]{2}“[^“”]{1,16}”", words):
        return words.replace("“", "").replace("”", "")
    return unquote(words)


def _candidate(lead: str) -> str:
    """The slogan words just before its items: a quoted name, else the last clause."""
    lead = lead.rstrip("：，。 ")
    quoted = last_quoted(lead)
    clause = _last_clause(lead)
    if _VERB_THEN_NAME.search(clause):
        return _named(clause)
    # 党员教师“四个一”： is the slogan whole; 通过开展“十大教育”： its quoted name
    if quoted and not (len(clause) <= _MAX_TEXT and clause != f"“{quoted}”"
                       and not _LEADING_VERB.match(clause)):
        return quoted
    return _named(clause)


_LEADING_VERB = re.compile(r"通过|开展|实施|落实|推进|推行|围绕|以|按照|对照|坚持|深化|践行|"
                           r"实现|争创")  # the verb drafts give a bare name (实现“三个零”)


def _after_around(words: str) -> str:
    """A summary's opening clause without its subject (我公司围绕守好两条红线 → 守好两条
    红线); a slogan that opens with 围绕 and a count keeps it (我园围绕一个中心 → 围绕一个
    中心)."""
    head, around, rest = words.partition("围绕")
    if not around or not head:
        return words
    return f"围绕{rest}" if re.match(r"[一两二三四五六七八九十]", rest) else rest


def _is_slogan(text: str, count: int) -> bool:
    return 1 <= len(text) <= _MAX_TEXT and slogan_count(text) == count and \
        not has_placeholder(text)


_GROUP_LIST = re.compile(r"(?:总体规划|总体思路)是[：]?(.+?)[，,]简称“([^”]+)”(工程)?")
_GROUP_NAMED = re.compile(r"(?:总体规划|总体思路)是“([^”]+)”(工程)?[，,]即(.+?)[。；]")
"""…的总体思路是“三畅两美”，即实现三畅、建设两美。 (drafts from 2026-12 on)"""
_GROUP_ALONE = re.compile(r"(?:总体规划|总体思路)是“([^”]+)”(工程)?[。；]")
"""…的总体思路是“两优一满意”。 — its parts (两优, 一满意) are the name's own words."""
_GROUP_AROUND = re.compile(r"围绕“([^”]+)”(工程)?[，,](.+?)[，,]重点抓了")
"""2025年，我公司围绕“1234工程”，坚持一条主线（…），建强两支队伍（…），重点抓了… (a
summary's or report's opening sentence, drafts from 2026-12-02 on)."""
_GROUP_HEAD = re.compile(r"^(?:实施|开展|落实|推进)“(.+)”$")
_GROUP_LEAD = re.compile(r"“([^”]+)”：")


def read_slogans(outline: Outline, out: Imported, taken: Taken) -> None:
    """Add [[slogans]] to `out`, marking their headings and items as taken."""
    listed: dict[str, tuple[str, int]] = {}  # slogan → (group named in 简称“…”, its line)
    named: list[tuple[str, int]] = []  # groups named alone, their parts in the name
    found: list[_Found] = []
    for section in outline.sections:
        if section.role in _SKIP_ROLES:
            continue
        previous: Block | None = section.heading
        for b in section.blocks:
            text, offset = body(b)
            for m in _GROUP_LIST.finditer(text):
                group = m.group(2) + (m.group(3) or "")
                for s in re.split("[，,、]", m.group(1)):
                    listed[_listed_words(s)] = (group, b.line)
            for m in _GROUP_NAMED.finditer(text):
                group = m.group(1) + (m.group(2) or "")
                for s in re.split("[，,、]", m.group(3)):
                    listed[_listed_words(s)] = (group, b.line)
            named += [(m.group(1) + (m.group(2) or ""), b.line)
                      for m in _GROUP_ALONE.finditer(text)]
            for m in _GROUP_AROUND.finditer(text):
                group = m.group(1) + (m.group(2) or "")
                for s in re.split("[，,]", re.sub(r"（[^（）]*）", "", m.group(3))):
                    listed[_listed_words(s)] = (group, b.line)
            found += _in_block(b, text, offset, previous, taken, out)
            previous = b
    seen: set[str] = set()
    for f in found:
        text = _with_listed_verb(f.text, listed)
        if text in seen:
            continue
        seen.add(text)
        # 打造“三个品牌”：一是… names the slogan, not its group
        own = f.group and not text.endswith(f.group)
        group, line = (f.group, f.group_line) if own else \
            listed.get(text) or _listed_prefix(text, listed)
        if not group:  # 两优 under 总体思路是“两优一满意”。
            group, line = next(((g, n) for g, n in named if text in g and text != g),
                               ("", 0))
        row: dict[str, object] = {"text": text, "items": list(f.items)}
        origins = {k: Origin(f.lines) for k in row}
        if group and group != f.text:
            row["group"] = group
            origins["group"] = Origin((line,))
        out.add_row("slogans", row, origins)


def _with_listed_verb(name: str, listed: dict[str, tuple[str, int]]) -> str:
    """围绕一个目标 of a heading's 围绕“一个目标” when the group's list states the slogan
    with its verb (…总体思路是“1234工程”，即围绕一个目标、突出两个重点…): the built-in
    writer quotes a verb-led slogan's counted name since 2026-12 (践行“三个始终”)."""
    if name in listed:
        return name
    return next((w for w in listed if w.endswith(name)
                 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w[:-len(name)])), name)


def _listed_words(words: str) -> str:
    """A group list's slogan as its words: 建强“两支队伍” → 建强两支队伍 (a summary's
    opening sentence quotes the counted name after its verb)."""
    words = strip_end(words)
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}“[^“”]+”", words):
        return words.replace("“", "").replace("”", "")
    return words


def _listed_prefix(text: str, listed: dict[str, tuple[str, int]]) -> tuple[str, int]:
    """紧盯两项目标 in a heading and 紧盯两项目标 in the 简称 list are one slogan; so are
    开展五项争创 and 开展五个争创 (same verb and count)."""
    head = text[:3]
    for words, (group, line) in listed.items():
        if words[:3] == head and slogan_count(words) == slogan_count(text):
            return group, line
    return "", 0


def _ji_items(listed: str) -> tuple[tuple[str, ...], ...]:
    """What follows 即, read as one item and as a list (甲、乙和丙 → 甲 / 乙 / 丙): the
    slogan's count decides which."""
    whole = strip_end(listed)
    parts = [p for p in whole.split("、") if p]
    if "和" in parts[-1]:
        head, _, tail = parts[-1].rpartition("和")
        parts[-1:] = [head, tail]
    return (whole,), tuple(strip_end(p) for p in parts)


def _in_block(b: Block, text: str, offset: int, previous: Block | None, taken: Taken,
              out: Imported) -> list[_Found]:
    found: list[_Found] = []
    # A heading that states the slogan and its items (the built-in writer's own form):
    # （一）三亮，即亮身份、亮承诺、亮实绩。 / （三）打造三个品牌：一是…；二是…。
    for mark in ("，即", "：一是"):
        if b.level and mark in b.heading:
            words, _, listed = b.heading.partition(mark)
            words = _named(strip_end(words))
            readings = _ji_items(listed) if mark == "，即" else tuple(
                e.items for e in enumerations("一是" + listed))
            items = next((r for r in readings if _is_slogan(words, len(r))), ())
            if items and not any(has_placeholder(i) for i in items):
                taken.block(b)
                return [_Found(words, items, (b.line,))]
    heading_group = ""
    if previous is not None and previous.level and (m := _GROUP_HEAD.match(previous.heading)):
        heading_group = m.group(1)
    runs: list[tuple[int, int, tuple[tuple[str, ...], ...]]] = [
        (e.start, e.end, (e.items,)) for e in enumerations(text)]
    runs += [(m.start(), m.end(), _ji_items(m.group(1)))
             for m in re.finditer(r"(?:^|(?<=[：，。]))即([^。；，]+)[。；]?", text)]
    # 四治融合即自治、法治、德治和智治。 (a slogan explained in the task named after it)
    runs += [(m.start(1), m.end(), _ji_items(m.group(2)))
             for m in re.finditer(r"(?:^|(?<=[。；]))[^，。；：即]{2,16}?(即)([^。；，]+)[。；]?",
                                  text)]
    # 围绕守好两条红线（森林防火红线、生态保护红线），… (a summary's opening sentence)
    runs += [(m.start(), m.end(), (tuple(strip_end(i) for i in m.group(1).split("、")),))
             for m in re.finditer(r"（([^（）。；，]+)）", text)]
    runs.sort()
    lead_group = ""
    if m := _GROUP_LEAD.search(text[:runs[0][0]] if runs else ""):
        lead_group = m.group(1)
    cursor = 0
    for start, end, readings in runs:
        if start < cursor:
            continue
        lead = text[cursor:start] if cursor else text[:start]
        source: Block | None = None
        if strip_end(lead):
            words = _after_around(_candidate(lead))
        elif b.level and b.heading:  # （二）突出两个重点。一是…
            words, source = unquote(b.heading), b
        elif previous is not None and previous.level and previous.heading:
            words, source = previous.heading, previous
            if m := _GROUP_HEAD.match(words):
                words = m.group(1)
            words = unquote(words)
        else:
            words = ""
        items = next((r for r in readings if _is_slogan(words, len(r))), ())
        if not items:
            cursor = end
            continue
        cursor = end
        bad = [i for i in items if not i or has_placeholder(i)]
        lines = (b.line,) if source is None or source is b else (source.line, b.line)
        if bad:
            out.note(b.line, f"口号“{words}”的条目含占位符或为空，未导入")
            continue
        group, group_line = next(
            ((g, line) for g, line in ((heading_group, previous.line if previous else 0),
                                       (lead_group, b.line))
             if g and g != words and f"“{g}”" not in words), ("", 0))
        found.append(_Found(words, items, lines, group, group_line))
        taken.span(b, offset + start, offset + end)
        if source is not None:
            taken.block(source)
        if previous is not None and heading_group and previous.level:
            taken.block(previous)
    return found
