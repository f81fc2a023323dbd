"""领导小组, honours, problems and next steps from a document.

- [leadership]: 成立…领导小组, 组长：…/副组长：…/成员：… lines or 由…任组长 sentences,
  办公室设在…, 由…兼任办公室主任.
- [[honors]]: 2023年被…授予“…”称号 (and 2005年获得“…”称号).
- [[problems]] / [[next_steps]]: the 一是… of a 不足 / 下一步 section, the one item after
  不足：/以下工作：, or each （一） paragraph of such a section; the templates' sentences
  for an empty list state nothing and are skipped."""

from __future__ import annotations

import re

from drafter.importing.model import Imported, Origin
from drafter.importing.outline import Block, Outline
from drafter.importing.phrases import GENERIC_MARKERS
from drafter.importing.taken import Taken
from drafter.importing.text import (
    clauses,
    enumerations,
    has_placeholder,
    split_outside,
    strip_end,
)

# ------------------------------------------------------------------ leadership

_NAME = re.compile(r"成立(?:了)?“?([^，。；“”]{2,40}?领导小组)”?|成立“([^”]{2,40})”领导小组")
_ROLE_LINE = re.compile(r"^(组\s*长|副\s*组\s*长|成\s*员)：(.*)$")
_ROLE_WORD = re.compile(r"^(?:副\s*)?组\s*长|^成\s*员|：")
_OFFICE = re.compile(r"办公室设在([^，。；]+)")
_HEAD = re.compile(r"由([^，。；]+?)兼任办公室主任")
_LEADER = re.compile(r"由([^，。；]+?)任组长")
_DEPUTIES = re.compile(r"[，,]([^，。；]+?)任副组长")
_MEMBERS = re.compile(r"[，,]([^，。；]+?)为成员")


def names(text: str, *, last: str = "和") -> list[str]:
    """甲、乙和丙 → [甲, 乙, 丙] (quotes kept together); `last` is the word before the
    last name ("" for a plain 、 list, as in 成员：甲、乙、丙)."""
    parts = split_outside(text, "、", opening="“（", closing="”）")
    if last and last in parts[-1]:
        a, b = parts[-1].rsplit(last, 1)
        if len(a) >= 2 and len(b) >= 2:
            parts[-1:] = [a, b]
    return [strip_end(p) for p in parts if strip_end(p)]


def read_leadership(outline: Outline, out: Imported, taken: Taken) -> None:
    found: dict[str, tuple[object, int]] = {}
    for section in outline.role("leadership", "guarantee"):
        for b in section.blocks:
            text = b.rest if b.level else b.text
            if not text:
                continue
            if (m := _NAME.search(text)) and "name" not in found:
                found["name"] = ((m.group(1) or f"{m.group(2)}领导小组"), b.line)
            if m := _ROLE_LINE.match(text):
                key = {"组长": "leader", "副组长": "deputies", "成员": "members"}[
                    re.sub(r"\s", "", m.group(1))]
                value = strip_end(m.group(2))
                if value and not _ROLE_WORD.search(value):
                    found.setdefault(key, (value if key == "leader" else
                                           names(value, last=""), b.line))
                taken.block(b)
            for key, rx in (("leader", _LEADER), ("deputies", _DEPUTIES),
                            ("members", _MEMBERS), ("office", _OFFICE),
                            ("office_head", _HEAD)):
                if (m := rx.search(text)) and key not in found:
                    value = strip_end(m.group(1))
                    found[key] = (value if key in ("leader", "office", "office_head")
                                  else names(value), b.line)
    if "leader" not in found and "members" not in found and "name" not in found:
        return
    for key, (value, line) in found.items():
        values = value if isinstance(value, list) else [value]
        if any(has_placeholder(str(v)) for v in values) or not values:
            out.note(line, f"领导小组的“{'、'.join(map(str, values))}”含占位符，未导入")
            continue
        out.put("leadership", key, value, Origin((line,)))


# ------------------------------------------------------------------ honours

_HONOR = re.compile(r"(\d{4})年，?(?:[^，。；]{0,12}?被([^，。；“”]{2,30}?))?授予“(.+?)”(?:荣誉)?"
                    r"(?:称号)?")
_HONOR_PLAIN = re.compile(
    r"(\d{4})年，?(?:[^，。；]{0,12}?)?被([^，。；“”]{2,30}?)授予([^，。；“”]{2,20}?)(?:荣誉)?称号")
_HONOR_WON = re.compile(
    r"(\d{4})年(?:[^，。；]{0,8}?)(?:荣获|获得|被评为)([^。；]{2,60}?)(?:荣誉)?称号")
_BLANK_YEAR = re.compile(r"(?:20|19)[xX×*]{2}年[^。；]{0,12}?(?:授予|荣获|获得|被评为)")


def read_honors(outline: Outline, out: Imported, taken: Taken) -> None:
    seen: set[tuple[int, str]] = set()
    for section in outline.sections:
        if section.role in ("requirements", "leadership", "guiding"):
            continue
        for b in section.blocks:
            if taken.has(b):
                continue
            text = taken.free_text(b)
            for year, grantor, title in _honors_in(text):
                if (year, title) in seen or not 1949 <= year <= 2100:
                    continue
                seen.add((year, title))
                row: dict[str, object] = {"year": year, "title": title}
                if grantor:
                    row["grantor"] = grantor
                out.add_row("honors", row, {k: Origin((b.line,)) for k in row})
            if _BLANK_YEAR.search(text):
                out.note(b.line, "荣誉的年份是占位符（20xx年），未导入")


def _honors_in(text: str) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    spans: list[tuple[int, int]] = []
    for rx in (_HONOR, _HONOR_PLAIN, _HONOR_WON):
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            spans.append(m.span())
            year = int(m.group(1))
            grantor = (m.group(2) or "") if rx is not _HONOR_WON else ""
            titles = [m.group(3)] if rx is not _HONOR_WON else names(m.group(2))
            if grantor and has_placeholder(grantor):
                grantor = ""
            for title in titles:
                title = title.strip()
                if rx is _HONOR_WON and title.startswith("“") and title.endswith("”") and \
                        title.count("“") == 1:
                    title = title[1:-1]
                if title and not has_placeholder(title) and len(title) <= 40:
                    found.append((year, grantor, title))
    return found


# ------------------------------------------------------------------ problems, next steps

_LIST_LEAD = re.compile(r"(?:不足|问题|困难|差距|以下工作|如下|打算|重点)：")


def read_problems_and_next(outline: Outline, out: Imported, taken: Taken) -> None:
    for section in outline.role("problems", "next", "outlook"):
        # prose beside a list (一是…, 不足：…, （一）…) is its frame (对此…, 以上汇报…)
        listed = any(b.level or enumerations(b.text) or _LIST_LEAD.search(b.text)
                     for b in section.blocks)
        for b in section.blocks:
            if taken.has(b) or (listed and not b.level and not enumerations(b.text)
                                and not _LIST_LEAD.search(b.text)):
                continue
            table = section.role
            if table == "outlook":
                table = "next" if re.search(r"下一步|以下工作|今后", b.text) else "problems"
            name = "problems" if table == "problems" else "next_steps"
            for text in _items(b):
                out.add_row(name, {"text": text}, {"text": Origin((b.line,))})
            taken.block(b)


def _items(b: Block) -> list[str]:
    if b.level:
        text = b.heading + (f"。{b.rest}" if b.rest else "")
        return [] if has_placeholder(text) else [strip_end(text)]
    text = b.text
    runs = enumerations(text)
    if runs:
        return [i for i in runs[0].items if i and not has_placeholder(i)]
    if m := _LIST_LEAD.search(text):
        first = strip_end(text[m.end():].split("。")[0])
        return [first] if first and not has_placeholder(first) else []
    if any(marker in text for marker in GENERIC_MARKERS) or len(clauses(text)) < 1:
        return []
    return [] if has_placeholder(text) else [strip_end(text)]
