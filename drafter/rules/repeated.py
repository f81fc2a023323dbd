"""style.repeated: a sentence repeated word for word within one text.

A sentence is a stretch of a paragraph ended by 。！？； or by the paragraph's end, holding
at least 12 Chinese characters. Headings, titles, 落款 and other short fixed lines are
not sentences: the heading text of a numbered line (「（一）加强领导。」) is never reported
(one holding a comma is still the original a later body sentence repeats), and
an unended stretch counts only in a paragraph of prose (one that ends a sentence
somewhere, or a stretch with a comma in it). Table rows and the rows of a month-by-month
arrangement (`3月：…`, session 26) are skipped. Each later occurrence is reported,
pointing at the first; a paragraph repeated whole is reported once, as a paragraph.

Scope: the text `check` was given. The LLM guard checks one section at a time, so there
it sees repeats within that section only; `drafter check` and the export see the whole
document. Issue 11, item 6."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.rules.model import Finding, Text, finding

# A sentence with its end marks.
_SENTENCE = re.compile(r"[^。！？；]+[。！？；]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BLANKS = " \t\u3000"
_ENDS = "。！？；"
MIN_CHARS = 12


# 「责任部门：党建部。完成时限：全年。」: the genre's label lines, the same for many tasks.
_LABELS = re.compile(r"^(?:(?:责任部门|责任单位|责任人|牵头部门|牵头单位|牵头负责|配合部门|"
                     r"完成时限|时间安排|时间节点)：[^。：]{1,40}。?)+$")


_MONTH_ROW = re.compile(r"^[ \t\u3000]*\d{1,2}月[：:]")
"""A row of a month-by-month arrangement (3月：举办…；召开支部委员会会议…)."""


def _prose(line: str) -> bool:
    """A paragraph of sentences, not a title, heading, 落款, table row or label line
    (责任部门：…。完成时限：…。)."""
    return len(line) >= MIN_CHARS and "|" not in line and "\t" not in line \
        and any(c in line for c in _ENDS) and not _LABELS.match(line)


def _blocks_repeated(text: Text) -> list[tuple[int, int, int]]:
    """Stretches of paragraphs that repeat an earlier stretch word for word, as (first
    paragraph, paragraph count, first paragraph of the original); the lines between two
    repeated paragraphs (headings, short lines) must repeat too."""
    first: dict[str, int] = {}
    blocks: list[list[int]] = []  # [start, last, original start, original last]
    lines = text.lines
    for i, line in enumerate(lines):
        key = line.strip(_BLANKS)
        if not _prose(key) or (text.headings[i] is not None
                               and sum(key.count(c) for c in _ENDS) < 2):
            continue  # not prose; a heading line with no sentence after its heading
        k = first.setdefault(key, i)
        if k == i:
            continue
        if blocks:
            _, last, _, olast = blocks[-1]
            if i - last == k - olast and lines[last + 1:i] == lines[olast + 1:k]:
                blocks[-1][1], blocks[-1][3] = i, k
                continue
        blocks.append([i, i, k, k])
    return [(start, last - start + 1, ostart) for start, last, ostart, _ in blocks]


def repeated(text: Text) -> Iterator[Finding]:
    """style.repeated: each later occurrence of a sentence of this text; a paragraph, or
    a stretch of paragraphs, repeated whole is reported once."""
    whole: set[int] = set()
    for start, count, original in _blocks_repeated(text):
        whole.update(range(start, start + count))
        line = text.lines[start]
        lead = len(line) - len(line.lstrip(_BLANKS))
        excerpt = line.strip(_BLANKS).rstrip(_ENDS)
        if count > 1:
            message = (f"自本段起共{count}段与第{original + 1}段起的内容完全相同，"
                       f"应删去重复的部分")
        else:
            message = f"本段与第{original + 1}段完全相同，应删去重复的段落"
        yield finding("style.repeated", "warning", start, lead, excerpt, message)
    first: dict[str, int] = {}  # sentence → line of its first use
    chinese: dict[str, bool] = {}  # sentence → whether it holds 12 Chinese characters
    for i, line in enumerate(text.lines):
        if (i in whole or len(line) < MIN_CHARS or "|" in line or "\t" in line
                or _MONTH_ROW.match(line)):
            continue  # reported whole; too short; a table row or a month's row of a
            # 月度安排 (召开支部委员会会议… each month: rows repeat by nature)
        prose = any(c in line for c in _ENDS)
        heading = text.headings[i] is not None
        for m in _SENTENCE.finditer(line):
            raw = m.group(0)
            if len(raw) < MIN_CHARS:
                continue
            body = raw.rstrip(_ENDS + _BLANKS)
            lead = len(body) - len(body.lstrip(_BLANKS))
            body = body.strip(_BLANKS)
            if len(body) < MIN_CHARS:
                continue
            if heading and not line[:m.start()].strip(_BLANKS + "#*"):
                # The heading text of a numbered line is not reported as a repeat, but a
                # body sentence may repeat it (「（一）严格落实……制度，推动……。」 then the
                # same sentence in a later paragraph).
                mark = text.headings[i]
                own = body[body.find(mark.prefix) + len(mark.prefix):] if mark else ""
                if "，" in own and len(own) >= MIN_CHARS:
                    first.setdefault(own.strip(_BLANKS), i)
                continue
            if not prose and "，" not in body:
                continue  # a title, a 落款, a date line
            if _LABELS.match(body):
                continue  # 责任人：组织委员郝春燕 in a line of its own, under each task
            seen = first.get(body)
            if seen is None:
                first[body] = i
                continue
            enough = chinese.get(body)
            if enough is None:
                enough = chinese[body] = len(_CJK.findall(body)) >= MIN_CHARS
            if not enough:
                continue
            place = "本段前文" if seen == i else f"第{seen + 1}段"
            yield finding("style.repeated", "warning", i, m.start() + lead, body,
                          f"此句与{place}的句子完全相同，应删去或改写")
