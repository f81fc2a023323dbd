"""The facts key schema (drafter.facts.schema, FACTS.md) is the only list of keys: the
validator, the TOML writer, the form and the model name no key it does not have."""

from __future__ import annotations

import dataclasses
from typing import Any, get_args, get_type_hints

import pytest

from drafter.errors import FactsError
from drafter.facts import Facts, facts_from_data
from drafter.facts import toml as writer
from drafter.facts.schema import TABLES, Key, Table, known_keys, table
from drafter.facts.toml import dump_facts
from drafter.ui.widgets import facts_form as form

IDS = [t.name for t in TABLES]


def allowed(path: str) -> set[str]:
    """The keys the schema allows at `path`: "" (top level), "doc", "doc.period"."""
    if "." not in path:
        return set(known_keys(path))
    name, key = path.split(".", 1)
    return {p.name for p in table(name).key(key).parts}


def resolves(table_name: str, key: str) -> bool:
    try:
        table(table_name).key(key)
    except KeyError:
        return False
    return True


# ---------------------------------------------------------------------- the schema itself
def test_schema_is_well_formed() -> None:
    assert IDS == ["unit", "doc", "figures", "slogans", "tasks", "leadership", "honors",
                   "phases", "guarantees", "branch",
                   "problems", "next_steps"]
    for t in TABLES:
        assert t.title and t.keys
        assert len(set(t.names)) == len(t.names), t.name
        assert all(k.label for k in t.keys), t.name
        assert set(t.written) <= set(t.names), t.name
        assert sorted(t.file_order) == sorted(t.names), t.name
    assert not resolves("unit", "nope")
    assert resolves("doc", "period.start") and not resolves("doc", "period.middle")


# ---------------------------------------------------------------------- the validator
class Recording(dict):
    """A dict that notes every key looked up by name (get, [], in) under its path."""

    def __init__(self, path: str, reads: set[tuple[str, str]], data: dict[str, Any]) -> None:
        super().__init__(data)
        self.path, self.reads = path, reads

    def get(self, key: str, default: Any = None) -> Any:
        self.reads.add((self.path, key))
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.reads.add((self.path, key))
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.reads.add((self.path, str(key)))
        return super().__contains__(key)


def test_validator_reads_exactly_the_schema_keys() -> None:
    reads: set[tuple[str, str]] = set()

    def rec(path: str, data: dict[str, Any]) -> Recording:
        return Recording(path, reads, data)

    period = rec("doc.period", {"start": "2026-01-01", "end": "2026-12-31"})
    data = rec("", {
        "unit": rec("unit", {}), "doc": rec("doc", {"period": period}),
        "figures": [rec("figures", {}), rec("figures", {"ratio": ["甲", "乙"]})],
        **{t.name: rec(t.name, {}) for t in TABLES
           if not t.array and t.name not in ("unit", "doc")},
        **{t.name: [rec(t.name, {})] for t in TABLES if t.array and t.name != "figures"},
    })
    with pytest.raises(FactsError):
        facts_from_data(data)
    paths = {"", *IDS, "doc.period"}
    assert {p for p, _ in reads} <= paths
    for path in paths:
        read = {k for p, k in reads if p == path}
        assert read - allowed(path) == set(), f"validator reads keys not in the schema: {path}"
        assert allowed(path) - read == set(), f"schema keys the validator ignores: {path}"


def full_data() -> dict[str, Any]:
    """Valid facts that use every schema key."""
    return {
        "unit": {"name": "某医院", "self": "我院", "type": "医院", "superior": "卫健委",
                 "people": "干部职工", "served": "患者", "departments": "各科室"},
        "doc": {"kind": "work_plan", "year": 2026, "date": "2026-01-04", "theme": "创建",
                "title": "标题", "period": {"start": "2026-01-04", "end": "2026-12-31"},
                "basis": ["文件"], "notes": "备注", "addressee": "尊敬的各位领导",
                "copy_to": ["县文明办"], "main_to": ["卫健委"],
                "report_to": ["县应急管理局"]},
        "figures": [{"name": "甲", "value": 3, "unit": "人", "period": "2025年",
                     "status": "done"},
                    {"name": "乙", "value": 6, "unit": "人"},
                    {"name": "比", "unit": "%", "ratio": ["甲", "乙"]},
                    {"name": "丁", "unit": "人", "todo": "实际完成值", "task": "任务"}],
        "slogans": [{"text": "紧盯两项目标", "items": ["一", "二"], "group": "工程"}],
        "tasks": [{"title": "任务", "points": ["措施"], "owner": "办", "when": "全年",
                   "category": "党建"}],
        "leadership": {"name": "领导小组", "leader": "甲", "deputies": ["乙"],
                       "members": ["丙"], "office": "党办", "office_head": "丁"},
        "honors": [{"year": 2024, "title": "文明单位", "grantor": "市"}],
        "phases": [{"name": "动员部署阶段", "start": "2026-01-04", "end": "2026-02-28",
                    "work": ["召开动员会"]}],
        "guarantees": {"funding": ["列入年度预算"], "assessment": ["纳入年度考核"]},
        "branch": {"committee": ["书记：甲"]},
        "problems": [{"text": "问题"}], "next_steps": [{"text": "打算"}],
    }


def test_every_schema_key_is_accepted_without_a_warning() -> None:
    data = full_data()
    assert list(data) == IDS
    for t in TABLES:
        rows = data[t.name] if t.array else [data[t.name]]
        assert {k for r in rows for k in r} == set(t.names), t.name
    assert facts_from_data(data).warnings == ()


@pytest.mark.parametrize("t", TABLES, ids=IDS)
def test_keys_not_in_the_schema_warn(t: Table) -> None:
    data = full_data()
    (data[t.name][0] if t.array else data[t.name])["bogus"] = 1
    data["stray"] = 1
    warned = {p.key for p in facts_from_data(data).warnings if p.message.startswith("未知的键")}
    assert warned == {"stray", f"{t.name}[1].bogus" if t.array else f"{t.name}.bogus"}


def test_required_keys_are_the_ones_the_validator_requires() -> None:
    data = {t.name: [{}] if t.array else {} for t in TABLES}
    with pytest.raises(FactsError) as e:
        facts_from_data(data)
    missing = {p.key for p in e.value.problems if p.message.startswith("缺少必填项")}
    assert missing == {f"{t.name}[1].{k.name}" if t.array else f"{t.name}.{k.name}"
                       for t in TABLES for k in t.keys if k.required}


# ---------------------------------------------------------------------- the TOML writer
def test_writer_orders_only_schema_keys() -> None:
    schema_order = [t.name for t in TABLES if not t.array] + [t.name for t in TABLES if t.array]
    assert list(writer._TABLES + writer._ARRAYS) == schema_order
    for name, order in writer._ORDER.items():
        assert set(order) <= set(known_keys(name)), name


@pytest.mark.parametrize("t", TABLES, ids=IDS)
def test_writer_writes_keys_in_the_schema_file_order(t: Table) -> None:
    row = {name: "x" for name in reversed(t.names)} | {"zz": "y"}
    text = dump_facts({t.name: [row] if t.array else row})
    keys = [line.split(" = ")[0] for line in text.splitlines() if " = " in line]
    assert keys == [*t.file_order, "zz"]


def test_writer_writes_tables_in_schema_order() -> None:
    data = {t.name: [{"text": "x"}] if t.array else {"name": "x"} for t in reversed(TABLES)}
    headers = [line for line in dump_facts(data).splitlines() if line.startswith("[")]
    assert headers == ([f"[{t.name}]" for t in TABLES if not t.array]
                       + [f"[[{t.name}]]" for t in TABLES if t.array])


# ---------------------------------------------------------------------- the form
def test_form_names_only_schema_keys() -> None:
    for name, widgets in form.WIDGETS.items():
        for key in widgets:
            assert resolves(name, key), f"form widget for {name}.{key}: not in the schema"
    assert set(form.HINTS) | set(form.JOINED) | set(form.JOINED.values()) | set(
        form.TITLES) <= set(IDS)
    for name, fields in form.FIELDS.items():
        assert all(f.table == name and resolves(name, f.key) for f in fields), name
    for name, (columns, _) in form.LISTS.items():
        assert all(resolves(name, c.key) for c in columns), name


def test_form_shows_every_schema_key_with_its_label() -> None:
    assert [g for g, _ in form.GROUPS] == [n for n in IDS if n not in form.JOINED]
    for t in TABLES:
        if t.array:
            columns, _ = form.LISTS[t.name]
            assert [c.key for c in columns] == list(t.names)
            assert all(c.label.startswith(t.key(c.key).label) for c in columns)
        else:
            fields = form.FIELDS[t.name]
            assert [f.key for f in fields] == [f"{k.name}.{p.name}" if k.parts else k.name
                                               for k in t.keys for p in k.parts or (k,)]
            assert all(f.label == t.key(f.key).label for f in fields)
            assert all(f.required == t.key(f.key).required for f in fields)


# ---------------------------------------------------------------------- the model
def row_class(hint: Any) -> Any:
    """Unit → Unit; Leadership | None → Leadership; tuple[Figure, ...] → Figure; str rows
    (problems, next_steps) → str."""
    for candidate in (hint, *get_args(hint)):
        if dataclasses.is_dataclass(candidate) or candidate is str:
            return candidate
    raise AssertionError(f"no row type in {hint}")


DERIVED = {"blank", "inexact"}
"""Model fields the drafting sets, no facts file: Figure.blank (a blank the notes ask for),
Figure.inexact (a ratio's share whole only once rounded, set where it is computed)."""


def check_fields(owner: str, cls: Any, keys: tuple[Key, ...]) -> None:
    hints = get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    attrs = {k.attr for k in keys}
    assert attrs - fields == set(), f"schema keys without a field in {cls.__name__}"
    # (Figure.blank is set from the notes by kinds.notes.as_delivered, never read: session 38)
    assert fields - attrs - DERIVED == set(), \
        f"{cls.__name__} fields without a schema key ({owner})"
    for k in keys:
        if k.parts:
            check_fields(f"{owner}.{k.name}", row_class(hints[k.attr]), k.parts)


@pytest.mark.parametrize("t", TABLES, ids=IDS)
def test_every_schema_key_is_a_model_field(t: Table) -> None:
    hints = get_type_hints(Facts)
    assert t.name in hints, f"Facts has no field for table {t.name}"
    cls = row_class(hints[t.name])
    if cls is str:  # a row the model keeps as its one text
        assert t.names == ("text",)
    else:
        check_fields(t.name, cls, t.keys)


def test_every_facts_field_is_a_schema_table() -> None:
    # (later: the figures held back until after the document's date, of [[figures]])
    fields = {f.name for f in dataclasses.fields(Facts)} - {"warnings", "data", "later"}
    assert fields == set(IDS)
    assert table("unit").key("self").attr == "self_ref"
