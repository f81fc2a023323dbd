"""The shared text model every rule reads, and the Finding every rule reports."""

from __future__ import annotations

import re
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


_MAYBE_HEADING = re.compile(rf"[ \u3000]*[（(0-9０-９{CN_NUM}]")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d\d)年")
_DATE_IN_TEXT = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")


@dataclass
class Text:
    """Paragraphs (one a line) with their heading marks, plus what the rules need to know
    about the document: its facts, its date and the terms data."""

    lines: list[str]
    facts: Facts | None
    terms: Terms
    year: int | None = None
    headings: list[HeadingMark | None] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    """The lines simplified and de-mangled, same lengths (for rules comparing wording)."""

    _found: dict[tuple[re.Pattern[str], bool], list[int]] = field(
        default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        maybe = _MAYBE_HEADING.match
        self.headings = [heading_mark(line) if maybe(line) else None for line in self.lines]
        plain = normalise("\n".join(self.lines)).split("\n")
        if len(plain) != len(self.lines):  # a line holding a newline of its own
            plain = [normalise(line) for line in self.lines]
        self.plain = plain
        if self.year is None and self.facts is not None:
            self.year = self.facts.doc.year
        if self.year is None:  # a title such as 「2023年……实施方案」 dates the document
            for line in self.lines[:3]:
                m = _YEAR_IN_TITLE.search(line)
                if m:
                    self.year = int(m.group(1))
                    break

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
        found = []
        line, pos = 0, 0
        for m in pattern.finditer(joined):
            line += joined.count("\n", pos, m.start())
            pos = m.start()
            if not found or found[-1] != line:
                found.append(line)
        self._found[(pattern, plain)] = found
        return found

    @property
    def doc_date(self) -> date | None:
        """The 成文日期: the facts' date, else the last full date in the text, else the
        end of the given year."""
        if self.facts is not None:
            return self.facts.doc.date
        for line in reversed(self.lines[-6:] if len(self.lines) > 6 else self.lines):
            found = _DATE_IN_TEXT.findall(line)
            if found:
                y, m, d = map(int, found[-1])
                try:
                    day = date(y, m, d)
                except ValueError:
                    continue
                if self.year is None or abs(day.year - self.year) <= 1:
                    return day
        if self.year is not None:
            return date(self.year, 12, 31)
        return None


def finding(rule: str, severity: str, line_index: int, start: int, excerpt: str,
            message: str, fix: str | None = None) -> Finding:
    """A Finding from a 0-based line index and 0-based column (the rules' loop variables);
    Finding holds them 1-based, as editors and `drafter check` show them."""
    return Finding(rule, severity, line_index + 1, start + 1, excerpt, message, fix)
