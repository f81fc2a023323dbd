"""What an import produces: facts data plus where each value came from and what was left
out. Shapes only; the extractors fill them, `writer` writes them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Slot = tuple[str, int, str]
"""(table, row index, key): ("unit", 0, "name"), ("figures", 2, "value")."""


@dataclass(frozen=True)
class Origin:
    """Where a value came from: source lines (1-based, one paragraph a line — the numbering
    `drafter check` uses), and the file when it is not the imported document itself."""

    lines: tuple[int, ...] = ()
    file: str = ""
    note: str = ""  # e.g. "由单位名称判断" for a value read off another one

    def text(self) -> str:
        """原文第12行 · 原文第12、14行 · 总结.toml 第8行 · 总结.drafter.json（next_steps[2]）."""
        lines = _lines_text(self.lines)
        if not lines and not self.file:
            return self.note or "原文"
        head = (f"{self.file} " if self.file else "原文") + lines if lines else self.file
        return f"{head}（{self.note}）" if self.note else head


def _lines_text(lines: tuple[int, ...]) -> str:
    if not lines:
        return ""
    ordered = sorted(set(lines))
    if len(ordered) > 2 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return f"第{ordered[0]}—{ordered[-1]}行"
    if len(ordered) > 4:
        return f"第{ordered[0]}—{ordered[-1]}行"
    return "第" + "、".join(map(str, ordered)) + "行"


@dataclass(frozen=True)
class Note:
    """Something the source states that was not imported, and why (shown to the user)."""

    line: int
    message: str

    def text(self) -> str:
        return f"原文第{self.line}行：{self.message}" if self.line else self.message


@dataclass
class Imported:
    """Facts data (shaped as `tomllib.loads` returns it), each value's origin, and notes.

    `origins` keys are `Slot`s; a key missing from `origins` was not read off the source
    (nothing is, except what `carry` derives and says so in the origin's note)."""

    data: dict[str, Any] = field(default_factory=dict)
    origins: dict[Slot, Origin] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    source: str = ""  # the file imported, as the user named it
    heading: str = ""  # first comment line of the facts file written from this

    def put(self, table: str, key: str, value: Any, origin: Origin) -> None:
        """Set `[table] key` (a plain table: unit, doc, leadership)."""
        self.data.setdefault(table, {})[key] = value
        self.origins[(table, 0, key)] = origin

    def add_row(self, table: str, row: dict[str, Any], origins: dict[str, Origin]) -> int:
        """Append a row to `[[table]]`; returns its index."""
        rows = self.data.setdefault(table, [])
        rows.append(row)
        index = len(rows) - 1
        for key, origin in origins.items():
            if key in row:
                self.origins[(table, index, key)] = origin
        return index

    def note(self, line: int, message: str) -> None:
        if all(n.message != message or n.line != line for n in self.notes):
            self.notes.append(Note(line, message))

    def drop_row(self, table: str, index: int) -> None:
        """Remove row `index` of `[[table]]`, renumbering the origins of later rows."""
        rows = self.data.get(table, [])
        del rows[index]
        if not rows:
            self.data.pop(table, None)
        moved: dict[Slot, Origin] = {}
        for (t, i, k), origin in self.origins.items():
            if t != table or i < index:
                moved[(t, i, k)] = origin
            elif i > index:
                moved[(t, i - 1, k)] = origin
        self.origins = moved
