"""Facts data ↔ TOML text: the writer (`dump_facts`, the form's save path, read again by
`load_facts`) and the line index (`LineIndex`) that puts line numbers in problems.

A small writer for the facts schema (FACTS.md, ../shared/spec/FACTS.md), not a general
TOML library: tables first, then arrays of tables, each in `drafter.facts.schema`'s
order, one key a line in the schema's file order (keys it does not know last), so the
file looks like the hand-written examples and `LineIndex` finds every key again.
Comments in the original file are not kept."""

from __future__ import annotations

import json
import math
import re
from datetime import date
from typing import Any

from drafter.facts.schema import TABLES

_TABLES = tuple(t.name for t in TABLES if not t.array)
_ARRAYS = tuple(t.name for t in TABLES if t.array)
_ORDER: dict[str, tuple[str, ...]] = {t.name: t.file_order for t in TABLES}


class LineIndex:
    """Maps TOML table/key paths to line numbers by scanning the source text.

    tomllib keeps no positions; facts files are flat enough (tables, arrays of
    tables, one key a line) that a scan finds every key the validator names."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")

    def __init__(self, text: str) -> None:
        self.tables: dict[tuple[str, int], int] = {}
        self.keys: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        table, index = "", 0
        for n, line in enumerate(text.splitlines(), start=1):
            if m := self._HEADER.match(line):
                table = m.group(2)
                if m.group(1) == "[[":
                    index = counts.get(table, 0)
                    counts[table] = index + 1
                else:
                    index = 0
                self.tables.setdefault((table, index), n)
            elif (m := self._KEY.match(line)) and (table, index, m.group(1)) not in self.keys:
                self.keys[(table, index, m.group(1))] = n

    def line(self, table: str, index: int = 0, key: str = "") -> int | None:
        """The line of `table[index].key` ("" table: the top level), else of the table's
        header (or of a top-level key `table`), else None. `index` counts an array of
        tables' rows from 0."""
        if key and (table, index, key) in self.keys:
            return self.keys[(table, index, key)]
        if not table and key:
            return self.keys.get(("", 0, key))
        return self.tables.get((table, index)) or self.keys.get(("", 0, table))


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
    """Facts data (a dict shaped as `tomllib.loads` returns it) as a TOML document:
    loose keys, then tables, then arrays of tables — the schema's first, in its order,
    then unknown ones in data order. `tomllib.loads` gives the same data back."""
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
