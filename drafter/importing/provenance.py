"""What is still to fill in facts data, and where each value of a facts file came from
(the `# 原文第12行` comments `writer` puts after imported values). Read by the import
and next commands (the closing list) and by the facts form (the marks beside fields).

Shapes: `still_to_fill` gives `ToFill` rows (the key as the validator names it —
"unit.name", "figures[3].value" — a Chinese label and what is wrong); `origins_in`
gives {(table, row, key): "原文第12行"} for the keys of a TOML text that carry one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from drafter.errors import FactsError
from drafter.facts.schema import table as schema_table
from drafter.facts.toml import LineIndex
from drafter.importing.model import Slot

__all__ = ["ORIGIN_COMMENT", "Slot", "ToFill", "origins_in", "still_to_fill"]

# The comments `writer` writes: 原文第12行… · 总结.toml 第8行… · 总结.toml（…） · --kind 指定
ORIGIN_COMMENT = re.compile(
    r"#\s*((?:原文第|[^#\s]+\.(?:toml|json|docx|txt|md)[ （]|--\w+ 指定|上年数字)[^#]*?)\s*$")


@dataclass(frozen=True)
class ToFill:
    key: str  # as the validator names it: unit.name, figures[3].value
    label: str  # 单位全称, 数字“门诊服务人次”
    message: str  # 缺少必填项, 实际完成值
    blocking: bool = True  # a validation error (not yet draftable); False: a todo value

    def text(self) -> str:
        return f"{self.label}（{self.key}）：{self.message}"


def _label(key: str, data: dict[str, Any]) -> str:
    m = re.fullmatch(r"(\w+)(?:\[(\d+)\])?(?:\.(\w+))?", key)
    if not m:
        return key
    table, index, name = m.group(1), m.group(2), m.group(3)
    try:
        spec = schema_table(table)
    except KeyError:
        return key
    if index is None:
        try:
            return spec.key(name).label if name else spec.title
        except KeyError:
            return key
    row = (data.get(table) or [{}])[int(index) - 1] if isinstance(data.get(table), list) \
        and int(index) <= len(data[table]) else {}
    what = row.get("name") or row.get("title") or row.get("text") or ""
    label = f"{spec.title}第{index}项" + (f"“{what}”" if what else "")
    if name:
        try:
            label += f"的{spec.key(name).label}"
        except KeyError:
            label += f"的{name}"
    return label


def still_to_fill(data: dict[str, Any]) -> list[ToFill]:
    """Every problem the validator has with `data` (a missing 单位全称, 成文日期…) and
    every figure still waiting for its value (`todo`), in file order."""
    from drafter.facts import facts_from_data
    from drafter.kinds import kind_ids

    out: list[ToFill] = []
    try:
        facts_from_data(data, kinds=kind_ids())
    except FactsError as e:
        keys = {p.key for p in e.problems}
        out += [ToFill(p.key, _label(p.key, data), p.message) for p in e.problems
                if "." in p.key or not any(k.startswith(f"{p.key}.") for k in keys)]
    for i, row in enumerate(data.get("figures", []) if isinstance(data.get("figures"),
                                                                   list) else []):
        if isinstance(row, dict) and row.get("todo") and "value" not in row:
            key = f"figures[{i + 1}].value"
            if all(t.key != key for t in out):
                out.append(ToFill(key, _label(key, data), str(row["todo"]), blocking=False))
    return out


def origins_in(text: str) -> dict[Slot, str]:
    """{(table, row, key): "原文第12行"} for each key line of a facts file that ends in an
    origin comment. Rows count from 0; a plain table's keys have row 0."""
    index = LineIndex(text)
    by_line = {line: slot for slot, line in index.keys.items()}
    found: dict[Slot, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        slot = by_line.get(number)
        if slot is None:
            continue
        if m := ORIGIN_COMMENT.search(line):
            found[slot] = m.group(1)
    return found
