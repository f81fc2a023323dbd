"""Every imported text value through the checker (RULES.md): what it can fix exactly
(traditional characters, half-width punctuation, 二004年) is fixed; a value that still
has an error (a placeholder, website junk, a mangled formulation) is dropped with a note,
so a draft from the imported facts carries none of it.

A dropped slogan item drops its slogan (its count would no longer match); a dropped task
title, figure name or honour title drops its row; a dropped list entry (a point, a
member) drops just that entry; a dropped required value leaves the key to fill."""

from __future__ import annotations

from typing import Any

from drafter.importing.model import Imported
from drafter.rules import apply_fixes, check

# A row whose key is dropped goes with it.
_ROW_KEYS = {"figures": ("name",), "slogans": ("text", "items"), "tasks": ("title",),
             "honors": ("title",), "problems": ("text",), "next_steps": ("text",)}
# Values that are codes or ISO dates, not prose: the checker would "fix" 2026-01-04.
_SKIP = {("doc", "kind"), ("doc", "date"), ("doc", "period"), ("unit", "type")}


def fixed(text: str) -> tuple[str | None, str]:
    """(the value with every exact fix applied, "") or (None, why it cannot be used)."""
    lines = [text]
    findings = check(lines)
    first = next((f.message for f in findings if f.severity == "error"), "")
    if any(f.fix is not None for f in findings):
        lines = apply_fixes(lines, findings)  # a line a fix empties is dropped
        if len(lines) != 1 or not lines[0].strip():
            return None, first or "只剩下网站留下的内容"
        findings = check(lines)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        return None, errors[0].message
    return lines[0], ""


def clean(imported: Imported) -> None:
    """Fix or drop every text value of `imported.data` in place."""
    data = imported.data
    for table in ("unit", "doc", "leadership"):
        section = data.get(table)
        if not isinstance(section, dict):
            continue
        for key in list(section):
            if (table, key) in _SKIP:
                continue
            value = section[key]
            kept = _value(value, imported, (table, 0, key))
            if kept is None:
                del section[key]
                imported.origins.pop((table, 0, key), None)
            else:
                section[key] = kept
        if not section:
            data.pop(table)
    for table, required in _ROW_KEYS.items():
        rows = data.get(table, [])
        for index in range(len(rows) - 1, -1, -1):
            row = rows[index]
            drop = False
            for key in list(row):
                kept = _value(row[key], imported, (table, index, key),
                              whole=table == "slogans")
                if kept is None:
                    if key in required:
                        drop = True
                    del row[key]
                    imported.origins.pop((table, index, key), None)
                else:
                    row[key] = kept
            if drop:
                imported.drop_row(table, index)


def _value(value: Any, imported: Imported, slot: tuple[str, int, str], *,
           whole: bool = False) -> Any:
    """The value fixed, or None when it (or, with `whole`, any of its items) is unusable."""
    origin = imported.origins.get(slot)
    line = origin.lines[0] if origin and origin.lines else 0
    if isinstance(value, str):
        result, why = fixed(value)
        if result is None:
            imported.note(line, f"“{value}”未导入：{why}")
        return result
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        kept = []
        for item in value:
            result, why = fixed(item)
            if result is None:
                imported.note(line, f"“{item}”未导入：{why}")
                if whole:
                    return None
                continue
            kept.append(result)
        return kept if kept or not value else None
    if isinstance(value, dict):
        return {k: (_value(v, imported, slot) if isinstance(v, str) else v)
                for k, v in value.items()}
    return value
