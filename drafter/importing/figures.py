"""Figures from a document: a clause that ends in a number and its unit (职工总数412人,
2025年门诊服务人次218640人次, 孕产妇系统管理率96.5%) gives the noun phrase before the
number as the name, the number, the unit and the period it opens with; 占职工总数的86.4%
after a figure is the ratio of the two.

Only exact quantities: 6000余台, 95%以上, 不少于48小时 are not figures, years and dates are
not, and numbers already read as a task's points or a slogan's items stay there (a
number written in a facts value is sourced for the checker)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.importing.model import Imported, Origin
from drafter.importing.outline import Outline
from drafter.importing.taken import Taken
from drafter.importing.text import clauses, has_placeholder

_ROLES = ("opening", "goals", "overview", "results", "tasks", "other")
_BASE_UNITS = ("人次|户次|场次|册次|人|名|位|户|次|场|节|个|支|项|件|条|篇|例|台|家|所|期|批|元|吨|"
               "册|"
               "小时|天|平方米|亩|公里|千米|米|间|座|张|份|部|辆|套|床|学时|课时|面|封|株|棵|千瓦时|度|"
               "千瓦|万|亿|单|宗|起|本|场所|处|村|组|户籍")
UNIT = re.compile(rf"^(?:(?:[万亿](?:{_BASE_UNITS})?)|(?:{_BASE_UNITS})|%|个百分点)$")
_NUMBER_AT_END = re.compile(r"(\d+(?:\.\d+)?)([^\d]{0,5})$")
_PERIOD = re.compile(
    r"^(?:\d{4}年(?:\d{1,2}月)?(?:(?:至|—|-|到)(?:\d{4}年)?(?:\d{1,2}月)?)?"
    r"(?:第[一二三四]季度|[上下]半年|[春秋]季学期|以来|度|底|末|全年)?|全年|今年(?:以来)?|上半年|下半年)")
_PERIOD_CLAUSE = re.compile(rf"{_PERIOD.pattern}$|^截至[^，；]+$|^[^，；]{{1,8}}期间$")
_LEAD = re.compile(r"^.*?(?:现有|其中|共有|拥有|目前)")
_VERB_END = re.compile(r"(?:达到|达|为|是|共计|共|累计|计|有)$")
_BOUND = re.compile(r"(?:约|近|超过|不少于|不低于|不超过|逾|将近|接近)$")
_TIME_WORDS = {"每次", "每年", "每月", "每周", "每天", "每季度", "全年", "今年", "去年", "当年",
               "上半年", "下半年", "每学期", "每人", "每名"}
_RATIO_AFTER = re.compile(r"^占(.{2,20}?)的(\d+(?:\.\d+)?)%$")
_RATIO_FULL = re.compile(r"^(.{2,24}?)占(.{2,20}?)的(\d+(?:\.\d+)?)%$")


@dataclass
class _Figure:
    name: str
    value: float
    unit: str
    period: str
    line: int
    ratio: tuple[str, str] | None = None
    extra: dict[str, str] = field(default_factory=dict)


def number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def read_figures(outline: Outline, out: Imported, taken: Taken) -> None:
    """Add [[figures]] to `out` from the prose no other extractor has read."""
    prefixes = tuple(p for p in (out.data.get("unit", {}).get("self", ""),
                                 out.data.get("unit", {}).get("name", "")) if p)
    found: list[_Figure] = []
    for section in outline.sections:
        if section.role not in _ROLES:
            continue
        for b in section.blocks:
            if taken.has(b) or (b.level and not b.rest):
                continue
            text = taken.free_text(b)
            if b.level:
                text = text[len(text) - len(b.rest):]
            for sentence in re.split(r"[。！？]", text):
                found += _in_sentence(sentence, b.line, prefixes, out)
    _write(found, out)


def _in_sentence(sentence: str, line: int, prefixes: tuple[str, ...],
                 out: Imported) -> list[_Figure]:
    found: list[_Figure] = []
    for group in re.split("；", sentence):
        period = ""
        previous: _Figure | None = None
        for i, clause in enumerate(clauses(group.replace("\u3000", " ").strip())):
            clause = clause.strip()
            if i == 0 and _PERIOD_CLAUSE.match(clause):
                period = clause
                continue
            if has_placeholder(clause):
                continue
            if m := _RATIO_AFTER.match(clause):
                if previous is not None:
                    found.append(_Figure("", float(m.group(2)), "%", previous.period, line,
                                         (previous.name, m.group(1))))
                continue
            # 党员34名（其中预备党员2名）: the whole, then its part in brackets
            part = _PART.match(clause)
            figure = _figure(part.group(1) if part else clause, period, line, prefixes, out)
            if figure is not None:
                found.append(figure)
                previous = figure if figure.ratio is None else None
            if part is None:
                continue
            if figure is None:
                previous = None  # a share after the brackets is of no figure read here
            inner = part.group(2).split("，")
            kind = _figure(inner[0], period, line, prefixes, out)
            if kind is not None:
                found.append(kind)
                share = _RATIO_AFTER.match(inner[1]) if len(inner) > 1 else None
                if share:  # （其中60岁以上党员21名，占党员的45.7%）
                    found.append(_Figure("", float(share.group(2)), "%", kind.period, line,
                                         (kind.name, share.group(1))))
    return found


_PART = re.compile(r"^(.+?)（(其中[^（）]+)）$")
"""A figure and, in brackets, a part of it (党员34名（其中预备党员2名）)."""


def _figure(clause: str, period: str, line: int, prefixes: tuple[str, ...],
            out: Imported) -> _Figure | None:
    if m := _RATIO_FULL.match(clause):
        own, num = _split_period(m.group(1))
        return _Figure("", float(m.group(3)), "%", own or period, line,
                       (_name(num, prefixes), m.group(2)))
    m = _NUMBER_AT_END.search(clause)
    if not m or not UNIT.match(m.group(2)):
        return None
    head = clause[:m.start()]
    if _BOUND.search(head):
        out.note(line, f"“{clause}”是约数，未作为数字导入")
        return None
    own, head = _split_period(head)
    name = _name(head, prefixes)
    if not _good_name(name):
        return None
    return _Figure(name, float(m.group(1)), m.group(2), own or period, line)


def _split_period(head: str) -> tuple[str, str]:
    m = _PERIOD.match(head)
    if m and m.group(0) and len(head) > m.end():
        return m.group(0), head[m.end():]
    return "", head


def _name(head: str, prefixes: tuple[str, ...]) -> str:
    for p in prefixes:
        if head.startswith(p):
            head = head[len(p):]
            break
    stripped = _LEAD.sub("", head)
    head = stripped or head
    head = _VERB_END.sub("", head).rstrip("的").strip("，、 ")
    return head


def _good_name(name: str) -> bool:
    return 2 <= len(name) <= 24 and re.search(r"[\u4e00-\u9fff]", name) is not None and \
        name not in _TIME_WORDS and not name.startswith("第") and not has_placeholder(name)


def _write(found: list[_Figure], out: Imported) -> None:
    rows: dict[str, _Figure] = {}
    for f in found:
        if f.ratio is None:
            if f.name in rows:
                if (rows[f.name].value, rows[f.name].unit) != (f.value, f.unit):
                    out.note(f.line, f"数字“{f.name}”与第{rows[f.name].line}行的同名数字"
                                     "数值不同，未导入")
                continue
            rows[f.name] = f
    for f in found:
        if f.ratio is None:
            continue
        num, den = f.ratio
        name = f"{num}占{den}的比例"
        if name in rows:
            continue
        a, b = rows.get(num), rows.get(den)
        if a and b and a.ratio is None and b.ratio is None and b.value and \
                round(a.value / b.value * 100, 1) == round(f.value, 1):
            rows[name] = _Figure(name, f.value, "%", f.period, f.line, (num, den))
        else:  # a share of something the text gives no number for: no name to file it by
            out.note(f.line, f"“{num}占{den}的{number(f.value)}%”不是文中两项数字之比，"
                             "未作为数字导入")
    for f in rows.values():
        row: dict[str, object] = {"name": f.name}
        if f.ratio is not None:
            row["ratio"] = list(f.ratio)
        else:
            row["value"] = number(f.value)
            row["unit"] = f.unit
        if f.period:
            row["period"] = f.period
        origin = Origin((f.line,))
        origins = {k: origin for k in row}
        if f.ratio is not None:
            origins["name"] = Origin((f.line,), note="由两项数字的名称组成")
        out.add_row("figures", row, origins)
