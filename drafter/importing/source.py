"""Reading a document for import: paragraphs with their source line, in simplified script
and full-width punctuation, without the junk 范文 websites add, cut to one document.

Shapes: `Source.paras` is a list of `Para(line, text)` — `line` is the 1-based paragraph
number `drafter check` reports (a .docx paragraph, a text line); a very long line that
holds a whole web page is cut at its spaces into several paras with the same line.
Raises InputError (from `read_lines`) for a file that cannot be read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from drafter.importing.model import Note
from drafter.numbering import FULLWIDTH_TO_ASCII, cn_numeral
from drafter.rules.normalise import MISCONVERSIONS, traditional_table


@dataclass(frozen=True)
class Para:
    line: int  # 1-based source line
    text: str  # normalised


@dataclass
class Source:
    path: Path
    paras: list[Para]  # the document imported (title excluded)
    title: Para | None  # its title, if the text has one
    parts: int = 1  # how many documents the file holds (汇总5篇 …)
    notes: list[Note] = field(default_factory=list)


# ------------------------------------------------------------------ one line


_CIRCLED = {chr(0x3220 + i): f"（{cn_numeral(i + 1)}）" for i in range(10)}  # ㈠ … ㈩
_CJK = r"\u4e00-\u9fff"
_HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_NEAR_CJK = {
    k: re.compile(rf"(?<=[{_CJK}“”）》])[ \t]*{re.escape(k)}[ \t]*|[ \t]*{re.escape(k)}[ \t]*"
                  rf"(?=[{_CJK}“（《])") for k in _HALF}
_PAREN = re.compile(rf"\(([^()]*[{_CJK}][^()]*)\)")
_SPACE_PUNCT = re.compile(r"\s*([，。；：、！？（）“”‘’《》【】—])\s*")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_EMPTY_BRACKETS = re.compile(r"（\s*）|\(\s*\)")
_MARKDOWN = re.compile(r"^\s*(?:#{1,6}|[-*+>])\s+")


@cache
def _converter():  # OpenCC, phrase-aware traditional → simplified
    import opencc

    return opencc.OpenCC("t2s")


def _demangle(text: str) -> str:
    for wrong, right in MISCONVERSIONS.items():
        if wrong in text:
            text = text.replace(wrong, right)
    return text


def normalise(raw: str) -> str:
    """One paragraph as the extractors read it: no line breaks inside, simplified script
    (words a bad converter mangled put right), ASCII digits, full-width punctuation next
    to Chinese, “” quotes, no stray blanks."""
    text = raw.replace("\r", "").replace("\n", "")
    text = _MARKDOWN.sub("", text).replace("**", "")  # a .md export's # and - marks
    text = "".join(_CIRCLED.get(c, c) for c in text)
    _, traditional = traditional_table()
    if traditional.search(text) or any(w in text for w in MISCONVERSIONS):
        text = _demangle(_converter().convert(_demangle(text)))
    text = text.translate(FULLWIDTH_TO_ASCII).replace("％", "%")
    text = _SPACES.sub(" ", text).strip()
    for half, full in _HALF.items():
        text = _NEAR_CJK[half].sub(full, text)
    text = _PAREN.sub(r"（\1）", text)
    text = text.replace("「", "“").replace("」", "”").replace("『", "‘").replace("』", "’")
    if text.count('"') % 2 == 0 and re.search(rf"[{_CJK}]", text):
        parts = text.split('"')
        text = "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1]))
        text += parts[-1]
    text = _SPACE_PUNCT.sub(r"\1", text)
    return _EMPTY_BRACKETS.sub("", text).strip()


# ------------------------------------------------------------------ junk and parts

_JUNK = re.compile(
    r"小编|本站|文章地址|范文|申明敬告|文档介绍|由互联网用户分享|本文档|下载地址|"
    r"(?:https?://|www\.)[\x21-\x7e]+|字数\s*\d+\s*阅读\s*\d+|\d+(?:\.\d+)?\s*KB\b|"
    r"^[-·•]?\s*\d+页$|^[-·•]?\s*\d{4}-\d{2}-\d{2}.*发布|^\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}")
_MARKER = re.compile(
    r"【篇[一二三四五六七八九十\d]+】|[（(](?:汇总)?\d+篇(?:附目录)?[)）]|\d+篇附目录|"
    rf"(?<=[{_CJK}])篇[一二三四五六七八九十]+$|^篇\d+：|^目录$")
_PART = re.compile(r"【篇[一二三四五六七八九十\d]+】|篇[一二三四五六七八九十]+$|^篇\d+：")
GENRE_END = re.compile(
    r"(?:实施方案|方案|工作计划|计划|工作总结|总结|工作汇报|汇报|报告|规划|要点)$")
_DATE_LINE = re.compile(r"^(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
                        r"[\d一二三四五六七八九十]{1,3}日$")


def _pieces(raw: str) -> list[str]:
    """A web page pasted into one line (hundreds of paragraphs joined by blanks) is cut
    at its blanks; an ordinary line stays whole."""
    if len(raw) > 600 and raw.count(" ") > 10:
        return [p for p in raw.split(" ") if p.strip()]
    return [raw]


def read_source(path: Path, *, part: int | None = None) -> Source:
    """The document in `path`, normalised. A file holding several documents (篇一, 篇二…)
    gives the first with real content, or `part` (1-based); the parts found are noted.
    Raises InputError for an unreadable file or a `part` it does not have."""
    from drafter.errors import InputError
    from drafter.export.reading import read_lines

    notes: list[Note] = []
    paras: list[Para] = []
    for number, raw in enumerate(read_lines(path), start=1):
        for piece in _pieces(raw):
            text = normalise(piece)
            if text:
                paras.append(Para(number, text))
    # Split at the part markers; drop junk, keep what is left of a line around it.
    parts: list[list[Para]] = [[]]
    heads: list[Para | None] = [None]
    for p in paras:
        text = p.text
        marker = _PART.search(text) is not None
        for rx in (_JUNK, _MARKER):
            text = rx.sub("", text).strip(" ：:-|")
        if marker:
            parts.append([])
            heads.append(Para(p.line, text) if text else None)
            continue
        if not text or len(text) < len(p.text) * 0.4:
            notes.append(Note(p.line, "范文网站的内容，未导入"))
            continue
        parts[-1].append(Para(p.line, text))
    page_title = _title(parts[0])
    chosen = _choose(parts, part)
    if part is not None and chosen is None:
        raise InputError(f"{path} 中没有第 {part} 篇（共 {len(parts) - 1} 篇）")
    index = chosen if chosen is not None else 0
    body = parts[index]
    title = heads[index] if heads[index] and GENRE_END.search(heads[index].text) else None
    if index and title is None:
        title = page_title
    if index == 0 and page_title is not None:
        body = body[body.index(page_title) + 1:]
        title = page_title
        skipped = parts[0][:parts[0].index(page_title)]
        notes += [Note(p.line, "标题之前的内容，未导入") for p in skipped]
    if len(parts) > 2:
        notes.insert(0, Note(0, f"文件包含 {len(parts) - 1} 篇文档，只导入了第 {index} 篇"
                               f"（原文第{body[0].line if body else '?'}行起）；"
                               "用 --part N 导入其他篇"))
    body = _cut_after_date(body, notes)
    return Source(path, body, title, max(1, len(parts) - 1), notes)


def _title(paras: list[Para]) -> Para | None:
    for p in paras[:8]:
        if len(p.text) <= 60 and "。" not in p.text and GENRE_END.search(p.text):
            return p
    return None


def _choose(parts: list[list[Para]], part: int | None) -> int | None:
    if part is not None:
        return part if 0 < part < len(parts) else None
    if len(parts) == 1:
        return None
    for i, paras in enumerate(parts[1:], start=1):
        if any(len(p.text) >= 40 for p in paras):
            return i
    return None


def _cut_after_date(body: list[Para], notes: list[Note]) -> list[Para]:
    """A document ends at its 成文日期: what follows (related documents a website lists)
    is not part of it."""
    for i, p in enumerate(body):
        if _DATE_LINE.match(p.text) and i >= len(body) // 2 and i + 1 < len(body):
            rest = body[i + 1:]
            notes.append(Note(rest[0].line, "成文日期之后的内容不属于本文，未导入"))
            return body[:i + 1]
    return body


def is_date_line(text: str) -> bool:
    """A paragraph that is only a date: 2026年1月4日 (or 二〇二六年一月四日)."""
    return _DATE_LINE.match(text) is not None
