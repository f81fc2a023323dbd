"""The facts form: every field of FACTS.md, grouped, with messages beside the fields.

The form only turns widgets into facts data and back; validation is
`drafter.facts.facts_from_data`, the same code the command line runs. Which tables and
keys there are, their order, labels and required marks come from
`drafter.facts.schema` (FACTS.md, ../shared/spec/FACTS.md); this module adds only what
is the form's own (`WIDGETS`, `HINTS`, `JOINED`, `TITLES`).

A facts file written by `drafter import` or `drafter next` carries a `# 原文第12行`
comment after each value it read off a document; the form shows it under the field (and
under a list, row by row), and keeps a line on top saying what is still to fill."""

from __future__ import annotations

import contextlib
import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from drafter.errors import Problem
from drafter.facts import UNIT_TYPES
from drafter.facts.schema import TABLES, Table
from drafter.facts.schema import table as schema_table
from drafter.importing.provenance import Slot, origins_in, still_to_fill
from drafter.kinds import all_kinds
from drafter.ui.widgets.records import Column, RecordList, to_text, to_value

NO_CHOICE = getattr(Select, "NULL", Select.BLANK)
"""A Select with nothing chosen (Textual ≥ 2 calls it Select.NULL; BLANK is now False)."""


@dataclass(frozen=True)
class Field:
    """One input of the form's table part: a schema key (or a part, "period.start")."""

    table: str
    key: str
    label: str
    kind: str = "text"  # text · int · list · select
    placeholder: str = ""
    required: bool = False


@dataclass(frozen=True)
class Widget:
    """What only the form knows about a schema key: how it is typed and shown."""

    kind: str = "text"  # fields: text · int · list · select; columns: also number · ratio
    placeholder: str = ""
    width: str = "1fr"  # list columns only
    hint: str = ""  # list columns only: added to the label, how to type the value


# Keyed by drafter.facts.schema's table and key names; a key not named is a plain text
# input. tests/facts/test_schema.py fails on a name the schema does not have.
WIDGETS: dict[str, dict[str, Widget]] = {
    "unit": {"name": Widget(placeholder="汝阳县人民医院"),
             "self": Widget(placeholder="我院 / 我校 / 我镇"),
             "type": Widget("select"), "superior": Widget(placeholder="可不填"),
             "people": Widget(placeholder="可不填：干部职工 / 教职工"),
             "served": Widget(placeholder="可不填：患者 / 学生 / 居民"),
             "departments": Widget(placeholder="可不填：各科室 / 各部门")},
    "doc": {"kind": Widget("select"), "year": Widget("int", "2026"),
            "date": Widget(placeholder="2026-01-04"),
            "theme": Widget(placeholder="创建省级文明单位"),
            "title": Widget(placeholder="不填则自动生成"),
            "period.start": Widget(placeholder="2026-01-04（可不填）"),
            "period.end": Widget(placeholder="2026-12-31"),
            "basis": Widget("list", "多个用“；”分隔"),
            "notes": Widget(placeholder="供写作参考的说明"),
            "addressee": Widget(placeholder="汇报的称谓，如：尊敬的考评组各位领导（可不填）"),
            "main_to": Widget("list", "可不填：县林业和草原局党组；多个用“；”分隔"),
            "copy_to": Widget("list", "可不填：县文明办；多个用“；”分隔"),
            "report_to": Widget("list", "可不填：下发的文件报上级时填，如县应急管理局")},
    "leadership": {"name": Widget(placeholder="创建工作领导小组"),
                   "deputies": Widget("list", "多人用“；”分隔"),
                   "members": Widget("list", "多人用“；”分隔")},
    "guarantees": {"funding": Widget("list", "多条用“；”分隔"),
                   "assessment": Widget("list", "多条用“；”分隔")},
    "branch": {"committee": Widget("list", "如“书记：王敏”，多人用“；”分隔")},
    "phases": {"name": Widget(width="2fr"), "start": Widget(width="12"),
               "end": Widget(width="12"), "work": Widget("list", width="4fr", hint="（；分隔）")},
    "figures": {"name": Widget(width="2fr"), "value": Widget("number"), "unit": Widget(width="6"),
                "ratio": Widget("ratio", width="2fr", hint="（分子/分母）"),
                "todo": Widget(width="10")},
    "slogans": {"text": Widget(width="2fr"),
                "items": Widget("list", width="3fr", hint="（；分隔）")},
    "tasks": {"title": Widget(width="2fr"),
              "points": Widget("list", width="4fr", hint="（；分隔）")},
    "honors": {"year": Widget("int", width="8"), "title": Widget(width="2fr"),
               "grantor": Widget(width="2fr")},
}

# A list's hint under its rows.
HINTS: dict[str, str] = {
    "figures": "文中出现的每个数字都要登记；比例填“分子/分母”的名称，不填数值。",
    "slogans": "口号里的数量必须等于各项的条数。",
}

# Tables a facts file must have even when empty; an optional one left empty is dropped.
REQUIRED_TABLES = ("unit", "doc")

# Tables shown inside another table's group, and group titles that are not the table's.
JOINED: dict[str, str] = {"next_steps": "problems"}
TITLES: dict[str, str] = {"problems": "问题与打算"}


def _widget(table: str, key: str) -> Widget:
    return WIDGETS.get(table, {}).get(key, Widget())


def _fields(table: Table) -> tuple[Field, ...]:
    """A table's inputs in schema order; an inline table (doc.period) gives one a part."""
    out = []
    for key in table.keys:
        for name, k in [(f"{key.name}.{p.name}", p) for p in key.parts] or [(key.name, key)]:
            w = _widget(table.name, name)
            out.append(Field(table.name, name, k.label, w.kind, w.placeholder, k.required))
    return tuple(out)


def _columns(table: Table) -> tuple[Column, ...]:
    """An array of tables' columns in schema order."""
    return tuple(Column(k.name, k.label + w.hint, w.kind, w.width, w.placeholder)
                 for k in table.keys for w in [_widget(table.name, k.name)])


GROUPS: tuple[tuple[str, str], ...] = tuple(
    (t.name, TITLES.get(t.name, t.title)) for t in TABLES if t.name not in JOINED)
FIELDS: dict[str, tuple[Field, ...]] = {t.name: _fields(t) for t in TABLES if not t.array}
LISTS: dict[str, tuple[tuple[Column, ...], str]] = {
    t.name: (_columns(t), HINTS.get(t.name, "")) for t in TABLES if t.array}


def _group_tables(group: str) -> tuple[str, ...]:
    """The tables shown in `group`: itself, then those JOINED to it."""
    return (group, *(t for t, g in JOINED.items() if g == group))


def _field_key(table: str, key: str) -> str:
    """A problem's key as a field key: an inline table's problem goes to its first part."""
    try:
        parts = schema_table(table).key(key).parts
    except KeyError:
        return key
    return f"{key}.{parts[0].name}" if parts else key


def field_id(table: str, key: str) -> str:
    """The widget id of a field: ("doc", "period.start") → "f-doc-period-start"."""
    return f"f-{table}-{key.replace('.', '-')}"


def _get(data: dict[str, Any], table: str, key: str) -> Any:
    node: Any = data.get(table, {})
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def origin_rows(table: str, origins: dict[Slot, str]) -> str:
    """Where a list's imported rows came from: 第1项：原文第12行；第2项：原文第14行."""
    rows: dict[int, str] = {}
    for (t, index, _), origin in sorted(origins.items()):
        if t == table:
            rows.setdefault(index, origin)
    return "；".join(f"第{i + 1}项：{o}" for i, o in sorted(rows.items()))


class FactsForm(VerticalScroll):
    """Widgets for every facts key; `data()` reads them back over the original data,
    so keys the form does not know are kept. `origins` ({(table, row, key): "原文第12行"})
    marks imported values; when not given, they are read from the comments of the facts
    file the screen edits (its `source`), if it has any."""

    DEFAULT_CSS: ClassVar[str] = """
    FactsForm .field-origin { color: $text-muted; height: auto; padding-left: 12; }
    FactsForm .list-origins { color: $text-muted; height: auto; }
    FactsForm #to-fill { color: $warning; height: auto; display: none; }
    FactsForm #to-fill.-shown { display: block; }
    """

    def __init__(self, data: dict[str, Any], *, origins: dict[Slot, str] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.original = copy.deepcopy(data)
        self.origins = origins

    def _origins(self) -> dict[Slot, str]:
        if self.origins is None:
            self.origins = {}
            try:
                source = getattr(self.screen, "source", None)
            except Exception:  # not on a screen yet: no file to read the marks from
                source = None
            if isinstance(source, Path) and source.is_file():
                with contextlib.suppress(OSError, UnicodeDecodeError):
                    self.origins = origins_in(source.read_text(encoding="utf-8-sig"))
        return self.origins

    def compose(self) -> ComposeResult:
        yield Static("", id="to-fill")
        for table, title in GROUPS:
            with Vertical(classes="group", id=f"group-{table}") as group:
                group.border_title = title
                yield Static("", classes="field-error table-error", id=f"msg-{table}")
                for f in FIELDS.get(table, ()):
                    yield from self._field(f)
                for name in _group_tables(table):
                    if name in LISTS:
                        columns, hint = LISTS[name]
                        rows = self.original.get(name, [])
                        yield RecordList(name, columns, [dict(r) for r in rows
                                                         if isinstance(r, dict)], hint)
                        if marks := origin_rows(name, self._origins()):
                            yield Static(f"来源：{marks}", classes="list-origins",
                                         id=f"origins-{name}")

    def _field(self, f: Field) -> ComposeResult:
        value = _get(self.original, f.table, f.key)
        with Vertical(classes="field", id=field_id(f.table, f.key)):
            with Horizontal(classes="field-row"):
                yield Label(f.label + ("＊" if f.required else ""), classes="field-label")
                if f.kind == "select":
                    options = ([(t, t) for t in UNIT_TYPES] if f.key == "type" else
                               [(f"{k.name}（{k.id}）", k.id) for k in all_kinds().values()])
                    known = {v for _, v in options}
                    yield Select(options, value=value if value in known else NO_CHOICE,
                                 compact=True, prompt="请选择", classes="value")
                else:
                    yield Input(to_text(f.kind, value), placeholder=f.placeholder,
                                compact=True, classes="value")
            origin = None if f.key.endswith(".end") else \
                self._origins().get((f.table, 0, f.key.split(".")[0]))  # period: once
            if origin:
                yield Static(f"来源：{origin}", classes="field-origin")
            yield Static("", classes="field-error")

    # ------------------------------------------------------------------ reading
    def _value(self, f: Field) -> Any:
        widget = self.query_one(f"#{field_id(f.table, f.key)} .value")
        if isinstance(widget, Select):
            return "" if widget.value is NO_CHOICE else widget.value
        return to_value(f.kind, widget.value)  # type: ignore[attr-defined]

    def data(self) -> dict[str, Any]:
        """The facts data (as `tomllib.loads` shapes it): the original data with every
        field and list the form shows replaced by what the widgets hold now."""
        data = copy.deepcopy(self.original)
        for table, fields in FIELDS.items():
            section = dict(data.get(table) or {})
            inline: dict[str, dict[str, Any]] = {}  # doc.period = { start, end }
            for f in fields:
                value = self._value(f)
                if "." in f.key:
                    key, part = f.key.split(".", 1)
                    inline.setdefault(key, {})[part] = value
                elif value in ("", []):
                    section.pop(f.key, None)
                else:
                    section[f.key] = value
            for key, parts in inline.items():
                if any(parts.values()):
                    section[key] = parts
                else:
                    section.pop(key, None)
            if section or table in REQUIRED_TABLES:
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
                fields.setdefault(field_id(table, _field_key(table, name)), []).append(text)
            else:
                tables.setdefault(key or "unit", []).append(text)
        for box in self.query(".field"):
            messages = fields.pop(box.id or "", [])
            box.query_one(".field-error", Static).update("；".join(messages))
            box.set_class(bool(messages), "-invalid")
        for records in self.query(RecordList):
            records.show_errors(rows.get(records.table, {}), tables.pop(records.table, []))
        for table, _ in GROUPS:
            extra = [m for name in _group_tables(table) for m in tables.pop(name, [])]
            message = self.query_one(f"#msg-{table}", Static)
            message.update("；".join(extra))
            message.display = bool(extra)
        self._show_to_fill()
        leftovers = [m for ms in fields.values() for m in ms]
        leftovers += [m for ms in tables.values() for m in ms]
        if leftovers:
            message = self.query_one("#msg-unit", Static)
            message.update("；".join(leftovers))
            message.display = True

    def _show_to_fill(self) -> None:
        """The line on top: the required values still missing and the figures whose value
        is still to report (`todo`), by their Chinese names."""
        todo = [t for t in still_to_fill(self.data())
                if not t.blocking or t.message.startswith("缺少")]
        line = self.query_one("#to-fill", Static)
        line.update("还需填写：" + "；".join(
            t.label + ("" if t.blocking else f"（{t.message}）") for t in todo) if todo else "")
        line.set_class(bool(todo), "-shown")
