"""The facts form: every field of FACTS.md, grouped, with messages beside the fields.

The form only turns widgets into facts data and back; validation is
`drafter.facts.facts_from_data`, the same code the command line runs."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from drafter.errors import Problem
from drafter.facts import UNIT_TYPES
from drafter.kinds import all_kinds
from drafter.ui.widgets.records import Column, RecordList, to_text, to_value


@dataclass(frozen=True)
class Field:
    table: str
    key: str
    label: str
    kind: str = "text"  # text · int · list · select
    placeholder: str = ""
    required: bool = False


GROUPS: tuple[tuple[str, str], ...] = (
    ("unit", "单位"), ("doc", "文档"), ("figures", "数字"), ("slogans", "口号"),
    ("tasks", "工作任务"), ("leadership", "领导小组"), ("honors", "荣誉"),
    ("problems", "问题与打算"))

FIELDS: dict[str, tuple[Field, ...]] = {
    "unit": (
        Field("unit", "name", "单位全称", required=True, placeholder="汝阳县人民医院"),
        Field("unit", "self", "自称", placeholder="我院 / 我校 / 我镇"),
        Field("unit", "type", "单位类型", "select", required=True),
        Field("unit", "superior", "上级部门", placeholder="可不填"),
    ),
    "doc": (
        Field("doc", "kind", "文种", "select", required=True),
        Field("doc", "year", "年份", "int", placeholder="2026", required=True),
        Field("doc", "date", "成文日期", placeholder="2026-01-04", required=True),
        Field("doc", "theme", "工作主题", placeholder="创建省级文明单位", required=True),
        Field("doc", "title", "标题", placeholder="不填则自动生成"),
        Field("doc", "period.start", "实施开始", placeholder="2026-01-04（可不填）"),
        Field("doc", "period.end", "实施结束", placeholder="2026-12-31"),
        Field("doc", "basis", "依据文件", "list", placeholder="多个用“；”分隔"),
        Field("doc", "notes", "备注", placeholder="供写作参考的说明"),
    ),
    "leadership": (
        Field("leadership", "name", "小组名称", placeholder="创建工作领导小组"),
        Field("leadership", "leader", "组长"),
        Field("leadership", "deputies", "副组长", "list", placeholder="多人用“；”分隔"),
        Field("leadership", "members", "成员", "list", placeholder="多人用“；”分隔"),
        Field("leadership", "office", "办公室设在"),
        Field("leadership", "office_head", "办公室主任"),
    ),
}

LISTS: dict[str, tuple[tuple[Column, ...], str]] = {
    "figures": ((Column("name", "名称", width="2fr"), Column("value", "数值", "number"),
                 Column("unit", "单位", width="6"), Column("period", "时期"),
                 Column("ratio", "比例（分子/分母）", "ratio", "2fr")),
                "文中出现的每个数字都要登记；比例填“分子/分母”的名称，不填数值。"),
    "slogans": ((Column("text", "口号", width="2fr"),
                 Column("items", "各项（；分隔）", "list", "3fr"),
                 Column("group", "所属组合")),
                "口号里的数量必须等于各项的条数。"),
    "tasks": ((Column("title", "任务", width="2fr"),
               Column("points", "具体措施（；分隔）", "list", "4fr"),
               Column("owner", "责任部门"), Column("when", "时间"),
               Column("category", "类别")), ""),
    "honors": ((Column("year", "年份", "int", "8"), Column("title", "荣誉", width="2fr"),
                Column("grantor", "授予单位", width="2fr")), ""),
    "problems": ((Column("text", "存在问题"),), ""),
    "next_steps": ((Column("text", "下步打算"),), ""),
}


def field_id(table: str, key: str) -> str:
    return f"f-{table}-{key.replace('.', '-')}"


def _get(data: dict[str, Any], table: str, key: str) -> Any:
    node: Any = data.get(table, {})
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


class FactsForm(VerticalScroll):
    """Widgets for every facts key; `data()` reads them back over the original data,
    so keys the form does not know are kept."""

    def __init__(self, data: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.original = copy.deepcopy(data)

    def compose(self) -> ComposeResult:
        for table, title in GROUPS:
            with Vertical(classes="group", id=f"group-{table}") as group:
                group.border_title = title
                yield Static("", classes="field-error table-error", id=f"msg-{table}")
                for f in FIELDS.get(table, ()):
                    yield from self._field(f)
                tables = ("problems", "next_steps") if table == "problems" else (table,)
                for name in tables:
                    if name in LISTS:
                        columns, hint = LISTS[name]
                        rows = self.original.get(name, [])
                        yield RecordList(name, columns, [dict(r) for r in rows
                                                         if isinstance(r, dict)], hint)

    def _field(self, f: Field) -> ComposeResult:
        value = _get(self.original, f.table, f.key)
        with Vertical(classes="field", id=field_id(f.table, f.key)):
            with Horizontal(classes="field-row"):
                yield Label(f.label + ("＊" if f.required else ""), classes="field-label")
                if f.kind == "select":
                    options = ([(t, t) for t in UNIT_TYPES] if f.key == "type" else
                               [(f"{k.name}（{k.id}）", k.id) for k in all_kinds().values()])
                    known = {v for _, v in options}
                    yield Select(options, value=value if value in known else Select.BLANK,
                                 compact=True, prompt="请选择", classes="value")
                else:
                    yield Input(to_text(f.kind, value), placeholder=f.placeholder,
                                compact=True, classes="value")
            yield Static("", classes="field-error")

    # ------------------------------------------------------------------ reading
    def _value(self, f: Field) -> Any:
        widget = self.query_one(f"#{field_id(f.table, f.key)} .value")
        if isinstance(widget, Select):
            return "" if widget.value is Select.BLANK else widget.value
        return to_value(f.kind, widget.value)  # type: ignore[attr-defined]

    def data(self) -> dict[str, Any]:
        data = copy.deepcopy(self.original)
        for table, fields in FIELDS.items():
            section = dict(data.get(table) or {})
            for f in fields:
                if f.key.startswith("period."):
                    continue
                value = self._value(f)
                if value in ("", []):
                    section.pop(f.key, None)
                else:
                    section[f.key] = value
            if table == "doc":
                start = self._value(FIELDS["doc"][5])
                end = self._value(FIELDS["doc"][6])
                if start or end:
                    section["period"] = {"start": start, "end": end}
                else:
                    section.pop("period", None)
            if section or table != "leadership":
                data[table] = section
            else:
                data.pop(table, None)
        for records in self.query(RecordList):
            rows = records.records()
            if rows:
                data[records.table] = rows
            else:
                data.pop(records.table, None)
        return data

    # ------------------------------------------------------------------ messages
    def show_problems(self, errors: list[Problem], warnings: list[Problem]) -> None:
        """Each problem beside its field; a list's problems beside its row."""
        fields: dict[str, list[str]] = {}
        rows: dict[str, dict[int, list[str]]] = {}
        tables: dict[str, list[str]] = {}
        for problem, prefix in [(p, "") for p in errors] + [(p, "提示：") for p in warnings]:
            key = problem.key
            text = prefix + problem.message
            if m := re.fullmatch(r"(\w+)\[(\d+)\](?:\.(\w+))?", key):
                table, index, col = m.group(1), int(m.group(2)) - 1, m.group(3)
                label = next((c.label for c in LISTS.get(table, ((), ""))[0] if c.key == col),
                             col or "")
                rows.setdefault(table, {}).setdefault(index, []).append(
                    f"{label}：{text}" if label else text)
            elif "." in key:
                table, name = key.split(".", 1)
                if name == "period":
                    name = "period.start"
                fields.setdefault(field_id(table, name), []).append(text)
            else:
                tables.setdefault(key or "unit", []).append(text)
        for box in self.query(".field"):
            messages = fields.pop(box.id or "", [])
            box.query_one(".field-error", Static).update("；".join(messages))
            box.set_class(bool(messages), "-invalid")
        for records in self.query(RecordList):
            records.show_errors(rows.get(records.table, {}), tables.pop(records.table, []))
        for table, _ in GROUPS:
            extra = tables.pop(table, [])
            if table == "problems":
                extra += tables.pop("next_steps", [])
            message = self.query_one(f"#msg-{table}", Static)
            message.update("；".join(extra))
            message.display = bool(extra)
        leftovers = [m for ms in fields.values() for m in ms]
        leftovers += [m for ms in tables.values() for m in ms]
        if leftovers:
            message = self.query_one("#msg-unit", Static)
            message.update("；".join(leftovers))
            message.display = True
