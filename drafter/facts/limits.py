"""How big facts may be: the file, the nesting, each text. The bounds keep every later
step (templates, rules, the Word title) fast and within what Word accepts; each is far
above what a real document needs.

- `MAX_FILE_BYTES`: a facts file is a few KB; one over 1 MB is refused unread.
- `MAX_DEPTH`: tables and arrays nest at most this deep (FACTS.md needs 3).
- `TITLE_CHARS`: the texts the document title is made of (unit.name, unit.self,
  doc.theme, doc.title); the rendered title stays under the 255 characters Word keeps
  as the document's title property, and a 公文 title is one or two lines.
- `NOTES_CHARS`: `doc.notes`, where writers paste whole items (a chat thread, a page, a
  script with a leader's remarks): blind60's 督导室 pasted 2 600 characters and was
  refused at the old 2 000; 8 000 is about four printed pages.
- `TEXT_CHARS`: any other single text (a task point, a problem, …)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from drafter.errors import FactsError, Problem

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 16
TITLE_CHARS = 100
TEXT_CHARS = 2000
NOTES_CHARS = 8000

_TITLE_KEYS = {("unit", "name"), ("unit", "self"), ("doc", "theme"), ("doc", "title")}


def text_limit(table: str, key: str) -> int:
    """The most characters `table.key` may hold."""
    if (table, key) == ("doc", "notes"):
        return NOTES_CHARS
    return TITLE_CHARS if (table, key) in _TITLE_KEYS else TEXT_CHARS


def too_long(text: str, limit: int) -> str:
    """The Chinese message for a text over `limit` characters."""
    return (f"太长（{len(text)} 字），最多 {limit} 字；"
            "请只写要点，长的说明放进正文后再修改")


def depth(value: Any, cap: int = MAX_DEPTH) -> int:
    """How deep tables and arrays nest in `value` (a scalar: 0), without recursion, so
    data nested deeper than Python's stack is measured too. Stops counting past
    `cap` + 1."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list | tuple):
            children = node
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if deepest > cap:
            return deepest
        stack.extend((child, level) for child in children)
    return deepest


def too_deep_key(data: dict[str, Any]) -> str | None:
    """The top-level key of `data` whose value nests deeper than MAX_DEPTH allows
    (counting `data` itself as one level), or None."""
    for key, value in data.items():
        if depth(value) + 1 > MAX_DEPTH:
            return key
    return None


def deep_line(text: str) -> int | None:
    """The first line of TOML `text` where brackets open deeper than MAX_DEPTH (strings
    are not told apart: a hint for the message, not a parser)."""
    level = 0
    for number, line in enumerate(text.splitlines(), start=1):
        for ch in line:
            if ch in "[{":
                level += 1
                if level > MAX_DEPTH:
                    return number
            elif ch in "]}":
                level = max(0, level - 1)
    return None


def too_deep(source: str, line: int | None, key: str = "") -> FactsError:
    """The error for facts nested deeper than MAX_DEPTH (at `line` / under `key`)."""
    return FactsError("事实无法使用：数组或表格嵌套太深", [Problem(
        f"嵌套超过 {MAX_DEPTH} 层（事实文件只需要 3 层），请检查是否多写了方括号",
        source, line, key)])


def refuse_shape(data: Any, source: str, line_of: Callable[[str], int | None] | None) -> None:
    """Raise FactsError when facts data is no table or nests deeper than MAX_DEPTH;
    `line_of(key)` gives a top-level key's line where the data came from a file."""
    if not isinstance(data, dict):
        kind = {list: "列表", str: "文本", int: "整数", float: "小数", bool: "真假值"}.get(
            type(data), "空值" if data is None else type(data).__name__)
        raise FactsError("事实无法使用：", [Problem(
            f"事实应为表格（含 [unit]、[doc] 等），实际是{kind}", source)])
    if (key := too_deep_key(data)) is not None:
        raise too_deep(source, line_of(key) if line_of else None, key)
