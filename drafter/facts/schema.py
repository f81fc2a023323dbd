"""The facts-file key schema (FACTS.md v1, ../shared/spec/FACTS.md): the one list of
the tables a facts file may hold, their keys in order and a Chinese label for each.

Shapes: `TABLES` is a tuple of `Table`, in FACTS.md's order (unit, doc, figures,
slogans, tasks, leadership, honors, phases, guarantees, branch, problems,
next_steps). A `Table` is a plain TOML
table (`[unit]`) or an array of tables (`[[figures]]`, `array=True`); it has a Chinese
title and its `Key`s in FACTS.md's table order. A `Key` has a Chinese label, whether
FACTS.md requires it, the model field it becomes when that is not its own name
(`self` → `Unit.self_ref`) and, for an inline table (`doc.period`), its parts.

Read by the validator (unknown keys warn — FACTS.md "Unknown keys produce a warning"),
the TOML writer (the order keys are written in) and the facts form (its fields, labels
and required marks). Adding a facts key is one row here plus its dataclass field in
`drafter.facts.model` and the validator line that reads it; tests/facts/test_schema.py
fails when any of them names a key this schema lacks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    """One key of a table: its FACTS.md name and the Chinese label the form shows."""

    name: str
    label: str
    required: bool = False
    field: str = ""  # the model's field name, when it is not `name`
    parts: tuple[Key, ...] = ()  # an inline table's keys: { start = …, end = … }

    @property
    def attr(self) -> str:
        """The dataclass field in `drafter.facts.model` this key fills."""
        return self.field or self.name


@dataclass(frozen=True)
class Table:
    """One table of a facts file: `[name]`, or `[[name]]` when `array`."""

    name: str
    title: str
    array: bool
    keys: tuple[Key, ...]
    written: tuple[str, ...] = ()  # file order, where it differs from `keys`' order

    @property
    def names(self) -> tuple[str, ...]:
        """The key names in FACTS.md's order."""
        return tuple(k.name for k in self.keys)

    @property
    def file_order(self) -> tuple[str, ...]:
        """The key names in the order a facts file writes them (as the examples do):
        `written` first, then the other keys in FACTS.md's order."""
        return self.written + tuple(n for n in self.names if n not in self.written)

    def key(self, name: str) -> Key:
        """The key `name`, or one part of it as "period.start". KeyError if unknown."""
        head, _, part = name.partition(".")
        for k in self.keys:
            if k.name == head:
                if not part:
                    return k
                for p in k.parts:
                    if p.name == part:
                        return p
        raise KeyError(f"{self.name}.{name}")


TABLES: tuple[Table, ...] = (
    Table("unit", "单位", False, (
        Key("name", "单位全称", required=True),
        Key("self", "自称", field="self_ref"),
        Key("type", "单位类型", required=True),
        Key("superior", "上级部门"),
        Key("people", "人员称呼"),
        Key("served", "服务对象"),
        Key("departments", "内设机构"),
    )),
    Table("doc", "文档", False, (
        Key("kind", "文种", required=True),
        Key("year", "年份", required=True),
        Key("date", "成文日期", required=True),
        Key("theme", "工作主题", required=True),
        Key("title", "标题"),
        Key("period", "实施期限", parts=(Key("start", "实施开始"), Key("end", "实施结束"))),
        Key("basis", "依据文件"),
        Key("notes", "备注"),
        Key("addressee", "称谓"),  # v1.1: whom a 汇报 is addressed to
        Key("main_to", "主送机关"),  # session 25: the line under the title
        Key("copy_to", "抄送机关"),  # session 21: the 版记's 抄送 line
        Key("report_to", "报送机关"),  # session 32: the 版记's 报 line, above 抄送
    )),
    Table("figures", "数字", True, (
        Key("name", "名称", required=True),
        Key("value", "数值"),  # required unless `ratio` computes it
        Key("unit", "单位"),
        Key("period", "时期"),
        Key("ratio", "比例"),
        Key("task", "所属任务"),  # the task whose paragraph states it (v1.1)
        Key("todo", "待补充"),  # what is still to report instead of `value` (drafter next)
        Key("status", "状态"),  # "planned" (计划) | "done" (已完成, the default): number.status
    )),
    Table("slogans", "口号", True, (
        Key("text", "口号", required=True),
        Key("items", "各项"),
        Key("group", "所属组合"),
    ), written=("group",)),
    Table("tasks", "工作任务", True, (
        Key("title", "任务", required=True),
        Key("points", "具体措施"),
        Key("owner", "责任部门"),
        Key("when", "时间"),
        Key("category", "类别"),
    ), written=("title", "category", "owner", "when")),
    Table("leadership", "领导小组", False, (
        Key("name", "小组名称"),
        Key("leader", "组长"),
        Key("deputies", "副组长"),
        Key("members", "成员"),
        Key("office", "办公室设在"),
        Key("office_head", "办公室主任"),
    )),
    Table("honors", "荣誉", True, (
        Key("year", "年份", required=True),
        Key("title", "荣誉", required=True),
        Key("grantor", "授予单位"),
    )),
    Table("phases", "实施步骤", True, (
        Key("name", "阶段或月份", required=True),
        Key("start", "开始日期"),
        Key("end", "结束日期"),
        Key("work", "主要工作"),
    )),
    Table("guarantees", "保障措施", False, (
        Key("funding", "经费保障"),
        Key("assessment", "考核奖惩"),
    )),
    Table("branch", "党支部", False, (
        Key("committee", "支委成员"),
    )),
    Table("problems", "存在问题", True, (Key("text", "存在问题", required=True),)),
    Table("next_steps", "下步打算", True, (Key("text", "下步打算", required=True),)),
)

_BY_NAME = {t.name: t for t in TABLES}


def table(name: str) -> Table:
    """The table `name` ("unit", "figures", …). KeyError if FACTS.md has no such table."""
    return _BY_NAME[name]


def known_keys(name: str) -> tuple[str, ...]:
    """The keys FACTS.md allows in table `name`; for "" (the top level), the tables.
    Empty for a table FACTS.md does not have."""
    if not name:
        return tuple(_BY_NAME)
    return _BY_NAME[name].names if name in _BY_NAME else ()
