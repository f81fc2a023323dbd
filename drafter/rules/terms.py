"""Canonical formulations and dated guidance: term.canonical, term.outdated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from drafter.rules.model import Finding, Text, finding
from drafter.terms import Formulation


def _expansion(f: Formulation) -> re.Pattern[str] | None:
    """A list of items sharing the formulation's common suffix (…意识, …自信), or the
    core values' two-character words."""
    suffix = _common_suffix(f.items)
    if len(suffix) >= 2:
        width = max(len(it) for it in f.items) - len(suffix)
        item = rf"[\u4e00-\u9fff]{{0,{width}}}?{re.escape(suffix)}"
        return re.compile(rf"{item}(?:[、，]{item})+")
    if f.id == "core_values":
        return re.compile(r"富强(?:[、，][\u4e00-\u9fff]{2}){3,12}")
    return None


def _common_suffix(items: tuple[str, ...]) -> str:
    suffix = items[0]
    for it in items[1:]:
        while suffix and not it.endswith(suffix):
            suffix = suffix[1:]
    return suffix


def canonical(text: Text) -> Iterator[Finding]:
    yield from _wrong_suffix(text)
    for f in text.terms.formulations:
        pattern = _expansion(f)
        if pattern is None:
            continue
        short = [it.removeprefix("中国特色社会主义") for it in f.items]
        where = pattern if f.id == "core_values" else _literal(f.name)
        for i in text.lines_with(where, plain=True):
            line, plain = text.lines[i], text.plain[i]
            for m in pattern.finditer(plain):
                items = [w.removeprefix("中国特色社会主义")
                         for w in re.split(r"[、，]", m.group(0))]
                if f.id != "core_values" and len(items) < 2:
                    continue
                if items == short or items == list(f.items):
                    continue
                if f.id == "core_values":
                    fix = "富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善"
                    if "、".join(items) == fix.replace("，", "、"):
                        continue
                else:
                    fix = f.full or "、".join(f.items)
                    if not set(items) & set(short):
                        continue
                yield finding("term.canonical", "error", i, m.start(), line[m.start():m.end()],
                              f"“{f.name}”的表述不规范，应为“{fix}”", fix)


@cache
def _literal(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word))


def _wrong_suffix(text: Text) -> Iterator[Finding]:
    """A formulation named with the wrong tail: “五位一体”战略布局 (总体布局)."""
    for f in text.terms.formulations:
        if len(f.suffix) < 3:
            continue
        head, tail = f.suffix[:-2], f.suffix[-2:]
        pattern = re.compile(
            rf"[“「]?{re.escape(f.name)}[”」]?([\u4e00-\u9fff]{{{len(head)}}}){tail}")
        for i in text.lines_with(pattern, plain=True):
            plain = text.plain[i]
            for m in pattern.finditer(plain):
                if m.group(1) == head:
                    continue
                excerpt = text.lines[i][m.start():m.end()]
                fix = excerpt[:m.start(1) - m.start()] + head + tail
                yield finding("term.canonical", "error", i, m.start(), excerpt,
                              f"“{f.name}”应称“{f.name}{f.suffix}”", fix)


_HISTORY = re.compile(r"以来|期间|召开|胜利|闭幕|之后|前夕")


def outdated(text: Text) -> Iterator[Finding]:
    when = text.doc_date
    if when is None:
        return
    congresses = sorted(text.terms.congresses, key=lambda s: s.start)
    current_congress = [c for c in congresses if c.end < when]
    if not current_congress:
        return
    latest = current_congress[-1]
    stale = [c.name for c in current_congress[:-1]]
    if stale:
        names = "|".join(re.escape(n) for n in stale)
        pattern = re.compile(rf"(?:党的)?(?:{names})(?:及|和)?[^。；，]{{0,24}}?精神")
        for i in text.lines_with(pattern, plain=True):
            line, plain = text.lines[i], text.plain[i]
            for m in pattern.finditer(plain):
                tail = plain[m.end():m.end() + 8]
                head = plain[max(0, m.start() - 6):m.start()]
                if _HISTORY.search(tail) or _HISTORY.search(plain[m.start():m.end()]) \
                        or "回顾" in head:
                    continue
                yield finding("term.outdated", "warning", i, m.start(), line[m.start():m.end()],
                              f"成文于{when.year}年的文件仍以“{m.group(0)}”为指导，已过时；"
                              f"应为“{text.terms.guiding_sentence(when)}”")
    yield from _stale_plenums(text, when, latest.name)


def _stale_plenums(text: Text, when: date, congress: str) -> Iterator[Finding]:
    """A list of 二十届 plenums that stops before the latest one held (without 历次)."""
    term = congress.removesuffix("大") + "届"
    held = [p for p in sorted(text.terms.plenums, key=lambda p: p.start)
            if p.name.startswith(term) and p.end < when]
    if not held:
        return
    last = held[-1].name.removeprefix(term).removesuffix("全会")  # e.g. 四中
    pattern = re.compile(rf"{re.escape(term)}((?:[一二三四五六七八九]中[、和]?)+)全会精神")
    for i in text.lines_with(pattern, plain=True):
        line = text.lines[i]
        for m in pattern.finditer(text.plain[i]):
            if last not in m.group(1):
                yield finding("term.outdated", "warning", i, m.start(),
                              line[m.start():m.end()],
                              f"成文时{held[-1].name}已召开，“{m.group(0)}”的表述已过时；"
                              f"应为“{text.terms.guiding_sentence(when)}”")
