"""The shared text model every rule reads, and the Finding every rule reports."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from drafter.facts import Facts
from drafter.numbering import CN_NUM, HeadingMark, heading_mark
from drafter.rules.normalise import normalise
from drafter.terms import Terms


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str  # "error" | "warning"
    line: int  # 1-based, over the text one paragraph a line
    col: int  # 1-based
    excerpt: str
    message: str  # Simplified Chinese
    fix: str | None = None  # replacement for `excerpt` at (line, col)

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "line": self.line,
                "col": self.col, "excerpt": self.excerpt, "message": self.message,
                "fix": self.fix}


_MAYBE_HEADING = re.compile(rf"[ \u3000]*(?:#{{1,6}}[ \u3000]*|\*\*)?[（(0-9０-９{CN_NUM}]")
# What a Markdown answer puts before a heading's own numbering: 「## 」, 「**」.
_MARKDOWN_LEAD = re.compile(r"[ \u3000]*(?:#{1,6}[ \u3000]*|\*\*)?")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d\d)年")
_DATE_IN_TEXT = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_DATE_LINE = re.compile(r"^\s*((?:19|20)\d\d)[-./](\d{1,2})[-./](\d{1,2})\s*$")
"""A 成文日期 line a converter wrote in figures (2022-02-15, 2025.12.26): still the date."""
_BYLINE_DATE = re.compile(r"^\s*[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[）)]\s*$")
"""A speech's date under its title: （2026年12月5日）."""


@dataclass
class Text:
    """Paragraphs (one a line) with their heading marks, plus what the rules need to know
    about the document: its facts, its date and the terms data."""

    lines: list[str]
    facts: Facts | None
    terms: Terms
    year: int | None = None
    section: str = ""
    """The heading text of the section `lines` belong to, when they are one section
    without its heading (the LLM guard checks section by section)."""
    headings: list[HeadingMark | None] = field(default_factory=list)
    heading_cols: list[int] = field(default_factory=list)
    """0-based column where each heading's numbering starts (after blanks, 「## 」, 「**」)."""
    plain: list[str] = field(default_factory=list)
    """The lines simplified and de-mangled, same lengths (for rules comparing wording)."""

    _found: dict[tuple[re.Pattern[str], bool], list[int]] = field(
        default_factory=dict, repr=False)
    _words: dict[tuple[tuple[str, ...], bool], list[int]] = field(
        default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        maybe = _MAYBE_HEADING.match
        self.headings, self.heading_cols = [], []
        for line in self.lines:
            mark, lead = None, 0
            if maybe(line):
                body = line.lstrip(" \u3000")
                lead = len(line) - len(body)
                if body[:1] in "#*":
                    lead = _MARKDOWN_LEAD.match(line).end()  # type: ignore[union-attr]
                mark = heading_mark(line[lead:])
            self.headings.append(mark)
            self.heading_cols.append(lead)
        plain = normalise("\n".join(self.lines)).split("\n")
        if len(plain) != len(self.lines):  # a line holding a newline of its own
            plain = [normalise(line) for line in self.lines]
        self.plain = plain
        if self.year is None and self.facts is not None:
            self.year = self.facts.doc.year
        if self.year is None:
            self.year = document_year(self.lines, self.joined)

    @cached_property
    def joined(self) -> str:
        """The lines joined by newlines, for one search over the whole text."""
        return "\n".join(self.lines)

    @cached_property
    def joined_plain(self) -> str:
        return "\n".join(self.plain)

    def lines_with(self, pattern: re.Pattern[str], *, plain: bool = False) -> list[int]:
        """Indices of the lines where `pattern` matches, by one search over the whole text
        (the pattern must not match across a newline); cached per pattern."""
        found = self._found.get((pattern, plain))
        if found is not None:
            return found
        joined = self.joined_plain if plain else self.joined
        starts = self.line_starts
        found = []
        m = pattern.search(joined)
        while m is not None:  # one hit per line: search again from the next line
            k = bisect_right(starts, m.start()) - 1
            found.append(k)
            if k + 1 >= len(starts):
                break
            m = pattern.search(joined, starts[k + 1])
        self._found[(pattern, plain)] = found
        return found

    @cached_property
    def line_starts(self) -> list[int]:
        """Offset of each line in `joined` / `joined_plain` (same lengths)."""
        starts, pos = [], 0
        for line in self.lines:
            starts.append(pos)
            pos += len(line) + 1
        return starts

    def lines_containing(self, words: tuple[str, ...], *, plain: bool = True) -> list[int]:
        """Indices of the lines holding any of `words`, sorted: a literal search (str.find),
        much cheaper than a regex alternation; cached per tuple. The rules use it to pick
        the few lines worth a regex."""
        key = (words, plain)
        found = self._words.get(key)
        if found is not None:
            return found
        joined = self.joined_plain if plain else self.joined
        starts = self.line_starts
        hits: set[int] = set()
        for word in words:
            pos = joined.find(word)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                hits.add(k)
                nxt = starts[k + 1] if k + 1 < len(starts) else len(joined)
                pos = joined.find(word, nxt)  # one hit per line is enough
        found = sorted(hits)
        self._words[key] = found
        return found

    @property
    def doc_date(self) -> date | None:
        """The 成文日期: the facts' date, else the last full date in the text, else the
        end of the given year."""
        stated = self.stated_date
        if stated is not None:
            return stated
        if self.year is not None:
            return date(self.year, 12, 31)
        return None

    @cached_property
    def stated_date(self) -> date | None:
        """The 成文日期 when the facts or the text's last lines state one, or the date in
        brackets under a speech's title (（2026年12月5日）); None for an undated text (then
        `doc_date` assumes the end of its year)."""
        if self.facts is not None:
            return self.facts.doc.date
        last = self.lines[-6:] if len(self.lines) > 6 else self.lines
        under_title = [ln for ln in self.lines[1:3] if _BYLINE_DATE.match(ln)]
        for line in [*reversed(last), *under_title]:
            found = _DATE_IN_TEXT.findall(line) or _DATE_LINE.findall(line)
            if found:
                y, m, d = map(int, found[-1])
                try:
                    day = date(y, m, d)
                except ValueError:
                    continue
                if self.year is None or abs(day.year - self.year) <= 1:
                    return day
        return None


def _as_date(parts: tuple[str, str, str]) -> date | None:
    try:
        return date(*map(int, parts))
    except ValueError:
        return None


# A quotation that names a wrong form in order to forbid or correct it: 「不得使用“五位一体
# 战略布局”这一提法」, 「将“习总书记”改为……」 (issue 12, kind 8).
_QUOTE_SPAN = re.compile(r"“[^“”]{1,40}”|「[^「」]{1,40}」|\"[^\"]{1,40}\"")
_FORBIDDING = re.compile(
    r"不得|不要|不能|不应|不宜|不再|禁止|严禁|杜绝|避免|防止|纠正|错误|不规范|误写|误用|改为|"
    r"而非|而不是|提法|说法|写法|简称为|称为")
_SENTENCE_END = "。！？；"


def quoted_to_forbid(line: str, start: int, end: int) -> bool:
    """Whether line[start:end] lies inside a quotation that its sentence forbids or
    corrects — a meta mention of a wrong form, not a use of it."""
    for m in _QUOTE_SPAN.finditer(line):
        if m.start() <= start and end <= m.end():
            head = max(line.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
            tails = [k for k in (line.find(c, m.end()) for c in _SENTENCE_END) if k >= 0]
            sentence = line[head:min(tails, default=len(line))]
            return bool(_FORBIDDING.search(sentence.replace(m.group(0), "")))
    return False


def document_year(lines: list[str], joined: str | None = None) -> int | None:
    """The year a text is about when nothing else says: a year in its first three lines
    (a title such as 「2023年……实施方案」), else the year of the latest full date anywhere
    in it; None when it states neither (then no guidance can be judged outdated)."""
    for line in lines[:3]:
        m = _YEAR_IN_TITLE.search(line)
        if m:
            return int(m.group(1))
    days = [d for d in map(_as_date, _DATE_IN_TEXT.findall(joined or "\n".join(lines))) if d]
    return max(days).year if days else None


def finding(rule: str, severity: str, line_index: int, start: int, excerpt: str,
            message: str, fix: str | None = None) -> Finding:
    """A Finding from a 0-based line index and 0-based column (the rules' loop variables);
    Finding holds them 1-based, as editors and `drafter check` show them."""
    return Finding(rule, severity, line_index + 1, start + 1, excerpt, message, fix)
