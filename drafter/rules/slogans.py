"""Numbered slogans: slogan.count (stated count vs the items that follow) and
slogan.drift (a slogan written in a variant form)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.numbering import cn_numeral, parse_cn_numeral
from drafter.rules.model import Finding, Text, finding

_MEASURE = "项|个|大|件|条|方面|种|类|点|项工作"
_SLOGAN = re.compile(
    rf"([\u4e00-\u9fff]{{2}})([一两三四五六七八九十]+)({_MEASURE})([\u4e00-\u9fff]{{1,4}})")
_QUOTED = "「“\"『"
_ORDINAL = re.compile(r"([一二三四五六七八九十]+)是")
_ORDINAL_STARTS = tuple(f"{cn_numeral(k)}是" for k in range(1, 21))


def slogan_core(slogan: str) -> str | None:
    """A declared slogan without its verb: 三个家园 of 打造三个家园 (not a quantity)."""
    m = _SLOGAN.fullmatch(slogan)
    return m.group(2) + m.group(3) + m.group(4) if m else None


def _items_after(text: Text, line: int, end: int) -> int | None:
    """How many 一是/二是… items follow a slogan ending at (line, end): right after it in
    the same paragraph, or at the start of the next paragraph."""
    rest = text.lines[line][end:]
    lead = re.match(r"[」”』\"]?[。：:，,]?\s*", rest)
    offset = lead.end() if lead else 0
    if rest[offset:offset + 2] == "一是":
        region = [rest[offset:]]
        nxt = line + 1
    elif offset >= len(rest.rstrip()) and line + 1 < len(text.lines) \
            and text.lines[line + 1].lstrip().startswith("一是"):
        region, nxt = [], line + 1
    else:
        return None
    # Items may continue over following paragraphs that open with the next ordinal.
    while nxt < len(text.lines) and text.headings[nxt] is None \
            and (not region or text.lines[nxt].lstrip().startswith(_ORDINAL_STARTS)):
        region.append(text.lines[nxt])
        nxt += 1
    count = 0
    for m in _ORDINAL.finditer("\n".join(region)):
        if parse_cn_numeral(m.group(1)) == count + 1:
            count += 1
    return count or None


def slogan_counts(text: Text, line: int) -> list[tuple[int, int]]:
    """Spans of numbered slogans on a line — a slogan's count is not a quantity: those
    followed by their items, quoted ones, and those the facts declare."""
    declared = {s.text for s in text.facts.slogans} if text.facts is not None else set()
    plain = text.plain[line]
    spans = []
    for m in _SLOGAN.finditer(plain):
        quoted = m.start() > 0 and plain[m.start() - 1] in _QUOTED
        if quoted or any(d in plain[m.start():m.end() + 2] for d in declared) \
                or _items_after(text, line, m.end()) is not None:
            spans.append((m.start() + 2, m.start() + 2 + len(m.group(2)) + len(m.group(3))))
    return spans


def count(text: Text) -> Iterator[Finding]:
    for i, line in enumerate(text.lines):
        plain = text.plain[i]
        for m in _SLOGAN.finditer(plain):
            stated = parse_cn_numeral(m.group(2))
            if stated is None or stated < 2:
                continue
            found = _items_after(text, i, m.end())
            if found is None or found == stated:
                continue
            excerpt = line[m.start():m.end()]
            yield finding("slogan.count", "error", i, m.start(), excerpt,
                          f"“{excerpt}”写明 {stated} 项，后面却列了 {found} 项")


def _prefix(slogan: str) -> str | None:
    """The part of a slogan a variant keeps: verb, count and measure (围绕一个 of 围绕一个中心)."""
    m = _SLOGAN.fullmatch(slogan)
    return m.group(1) + m.group(2) + m.group(3) if m else None


def drift(text: Text) -> Iterator[Finding]:
    """Against the facts' slogans everywhere; and, facts or not, a quoted variant of a
    slogan the text itself used first (「围绕一个主题」 after 围绕一个中心)."""
    if text.facts is not None:
        yield from _drift(text, [s.text for s in text.facts.slogans], quoted_only=False)
    seen: dict[str, str] = {}
    for plain in text.plain:
        for m in _SLOGAN.finditer(plain):
            seen.setdefault(m.group(1) + m.group(2) + m.group(3), m.group(0))
    yield from _drift(text, list(seen.values()), quoted_only=True)


def _drift(text: Text, declared: list[str], *, quoted_only: bool) -> Iterator[Finding]:
    by_prefix: dict[str, str] = {}
    for slogan in declared:
        prefix = _prefix(slogan)
        if prefix is not None:
            by_prefix.setdefault(prefix, slogan)
    if not by_prefix:
        return
    pattern = re.compile("(" + "|".join(map(re.escape, by_prefix)) + r")[\u4e00-\u9fff]{1,4}")
    for i, plain in enumerate(text.plain):
        for m in pattern.finditer(plain):
            slogan = by_prefix[m.group(1)]
            candidate = m.group(0)[:len(slogan)]
            if any(m.group(0).startswith(d) for d in declared) or candidate == slogan:
                continue
            # Without facts only a quoted variant counts: 「围绕一个主题」 names a slogan,
            # 建立一个平台 is ordinary prose.
            if quoted_only and (m.start() == 0 or plain[m.start() - 1] not in _QUOTED):
                continue
            excerpt = text.lines[i][m.start():m.start() + len(candidate)]
            yield finding("slogan.drift", "warning", i, m.start(), excerpt,
                          f"口号“{slogan}”在此写成了“{candidate}”，应保持一致", slogan)
