"""Facts data back to TOML — the form's save path, read again by `load_facts`.

A small writer for the facts schema (FACTS.md), not a general TOML library: tables
first, then arrays of tables in the schema's order, one key a line, so the file looks
like the hand-written examples and `_LineIndex` finds every key again. Comments in the
original file are not kept."""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

_TABLES = ("unit", "doc", "leadership")
_ARRAYS = ("figures", "slogans", "tasks", "honors", "problems", "next_steps")
_ORDER: dict[str, tuple[str, ...]] = {
    "unit": ("name", "self", "type", "superior"),
    "doc": ("kind", "year", "date", "theme", "title", "period", "basis", "notes"),
    "leadership": ("name", "leader", "deputies", "members", "office", "office_head"),
    "figures": ("name", "value", "unit", "period", "ratio"),
    "slogans": ("group", "text", "items"),
    "tasks": ("title", "category", "owner", "when", "points"),
    "honors": ("year", "title", "grantor"),
    "problems": ("text",),
    "next_steps": ("text",),
}


def _key(name: str) -> str:
    bare = name and all(c.isascii() and (c.isalnum() or c in "_-") for c in name)
    return name if bare else _string(name)


def _string(text: str) -> str:
    # JSON escaping is valid TOML basic-string escaping, except that TOML has no
    # \/ (json never emits it) and wants control characters as \uXXXX (json does).
    return json.dumps(text, ensure_ascii=False)


def value_text(value: Any) -> str:
    """One TOML value: string, integer, float, boolean, date, array or inline table."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueError(f"TOML 不支持的数值：{value}")
        text = repr(value)
        return text if ("." in text or "e" in text) else f"{text}.0"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, date):
        return _string(value.isoformat())
    if isinstance(value, list | tuple):
        return "[" + ", ".join(value_text(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_key(k)} = {value_text(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"无法写入 TOML 的值类型：{type(value).__name__}")


def _ordered(table: str, row: dict[str, Any]) -> list[tuple[str, Any]]:
    order = _ORDER.get(table, ())
    known = [(k, row[k]) for k in order if k in row]
    return known + [(k, v) for k, v in row.items() if k not in order]


def _body(table: str, row: dict[str, Any]) -> list[str]:
    return [f"{_key(k)} = {value_text(v)}" for k, v in _ordered(table, row)]


def dump_facts(data: dict[str, Any]) -> str:
    """The facts data as a TOML document; `tomllib.loads` gives the same data back."""
    out: list[str] = []
    loose = {k: v for k, v in data.items()
             if k not in _TABLES and k not in _ARRAYS and not _is_table(v)
             and not _is_array_of_tables(v)}
    out += [f"{_key(k)} = {value_text(v)}" for k, v in loose.items()]
    tables = [k for k in _TABLES if isinstance(data.get(k), dict)]
    tables += [k for k, v in data.items() if k not in _TABLES and k not in _ARRAYS
               and _is_table(v)]
    for name in tables:
        if out:
            out.append("")
        out.append(f"[{_key(name)}]")
        out += _body(name, data[name])
    arrays = [k for k in _ARRAYS if _is_array_of_tables(data.get(k))]
    arrays += [k for k, v in data.items() if k not in _ARRAYS and k not in _TABLES
               and _is_array_of_tables(v) and v]
    for name in arrays:
        for row in data[name]:
            if out:
                out.append("")
            out.append(f"[[{_key(name)}]]")
            out += _body(name, row)
    return "\n".join(out) + "\n"


def _is_table(value: Any) -> bool:
    return isinstance(value, dict)


def _is_array_of_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
