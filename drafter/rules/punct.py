"""punct.halfwidth: ASCII punctuation inside Chinese text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding

_CJK = r"\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’"
_HALF = re.compile(rf"(?<=[{_CJK}])[,;:?!()\"]|[,;:?!()\"](?=[{_CJK}])")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")


def _marks(line: str) -> list[tuple[int, str, str]]:
    """The ASCII marks of a line that sit in Chinese text, each with its full-width form
    (「"」 alternates “ and ”), outside URLs."""
    urls = [m.span() for m in _URL.finditer(line)]
    marks = []
    quotes = 0
    for m in _HALF.finditer(line):
        if any(a <= m.start() < b for a, b in urls):
            continue
        ch = m.group(0)
        if ch == '"':
            fix = "“" if quotes % 2 == 0 else "”"
            quotes += 1
        else:
            fix = _FULL[ch]
        marks.append((m.start(), ch, fix))
    return marks


_ENDS = frozenset("。！？")


def _sentences(line: str, marks: list[tuple[int, str, str]]
               ) -> list[list[tuple[int, str, str]]]:
    """The marks grouped by sentence: a full-width 。！？ between two marks, or an ASCII
    「?」「!」 (which ends its own sentence), starts a new group."""
    groups: list[list[tuple[int, str, str]]] = []
    for mark in marks:
        if groups:
            last = groups[-1][-1]
            if last[1] not in "?!" and not _ENDS.intersection(line[last[0] + 1:mark[0]]):
                groups[-1].append(mark)
                continue
        groups.append([mark])
    return groups


def _finding(i: int, line: str, group: list[tuple[int, str, str]]) -> Finding:
    """One finding for the marks of one sentence, from the first to the last."""
    start, end = group[0][0], group[-1][0] + 1
    chars = list(line[start:end])
    for pos, _, fix in group:
        chars[pos - start] = fix
    if len(group) == 1:
        _, ch, fix = group[0]
        message = f"中文中使用了半角标点“{ch}”，应为全角“{fix}”"
    else:
        listed = "".join(dict.fromkeys(f"“{ch}”" for _, ch, _ in group))
        message = f"本句使用了半角标点{listed}（共{len(group)}处），应改为全角"
    return finding("punct.halfwidth", "warning", i, start, line[start:end], message,
                   "".join(chars))


def halfwidth(text: Text) -> Iterator[Finding]:
    """One finding per sentence typed with ASCII punctuation — a writer (or a converter)
    in half-width mode gets a whole sentence wrong, 「(…)」 and 「"…"」 pairs included —
    spanning its first to its last such mark, with the fix for all of them."""
    for i in text.lines_with(_HALF):
        line = text.lines[i]
        for group in _sentences(line, _marks(line)):
            yield _finding(i, line, group)


def outside(f: Finding, line: str, junk: list[tuple[int, int]]) -> Finding | None:
    """A punct.halfwidth finding without the marks inside junk that boilerplate.web
    deletes (the 「(」「)」 of a pinyin gloss 「(chuàng)」); None when none is left."""
    start = f.col - 1
    end = start + len(f.excerpt)
    marks = [m for m in _marks(line) if start <= m[0] < end]
    if not marks:  # an unpaired full-width quote (quotes()): kept unless in the junk
        return None if any(a <= start and end <= b for a, b in junk) else f
    kept = [m for m in marks if not any(a <= m[0] < b for a, b in junk)]
    if not kept:
        return None
    return f if len(kept) == len(marks) else _finding(f.line - 1, line, kept)


# ------------------------------------------------------------------ punct.quotes

_QUOTE_MARKS = re.compile(r"[“”\"]")
_PAIRED = re.compile(r"[^“”]*(?:“[^“”]*”[^“”]*)*$")


def quotes(text: Text) -> Iterator[Finding]:
    """Double quotation marks that do not pair within their paragraph: 「“红色网格“」 (the
    second should close), 「”五个一”」 (the first should open), a 「“」 never closed.
    An ASCII 「"」 pairs with either (punct.halfwidth reports it). GB/T 15834-2011: 引号
    成对使用，双引号为 “ ”. Reported as punct.halfwidth, the rule of wrong punctuation
    characters (which also covers the ASCII 「"」 in 「"红色网格”」)."""
    for i in text.lines_with(_QUOTE_MARKS):
        line = text.lines[i]
        if '"' not in line and _PAIRED.match(line):
            continue  # every “ closed by a ” before the next opens: the common case
        marks = [(m.start(), m.group(0)) for m in _QUOTE_MARKS.finditer(line)]
        open_at: int | None = None
        for k, (pos, ch) in enumerate(marks):
            nxt = marks[k + 1][1] if k + 1 < len(marks) else None
            if open_at is None:
                if ch == "”":
                    fix = "“" if nxt == "”" else None
                    yield finding("punct.halfwidth", "warning", i, pos, ch,
                                  "引号不成对：此处的后引号「”」前面没有对应的前引号"
                                  + ("，应为前引号「“」" if fix else ""), fix)
                    continue
                open_at = pos
            elif ch == "“":
                yield finding("punct.halfwidth", "warning", i, pos, ch,
                              "引号不成对：前一个引号尚未闭合，此处的「“」应为后引号「”」", "”")
                open_at = None
            else:
                open_at = None
        if open_at is not None and line[open_at] == "“":
            yield finding("punct.halfwidth", "warning", i, open_at, "“",
                          "引号不成对：前引号「“」在本段中没有对应的后引号")


def punctuation(text: Text) -> Iterator[Finding]:
    """punct.halfwidth: ASCII punctuation, then quotation marks that do not pair (a
    quote already reported as ASCII is not reported again)."""
    seen: set[tuple[int, int]] = set()
    for f in halfwidth(text):
        seen.update((f.line, f.col + k) for k, ch in enumerate(f.excerpt) if ch == '"')
        yield f
    for f in quotes(text):
        if (f.line, f.col) not in seen:
            yield f
