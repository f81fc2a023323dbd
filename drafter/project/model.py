"""The draft state: facts, sections, each section's versions and status.

One human-readable JSON file with a `format_version`. Every save is atomic (temp file,
fsync, rename), and a file this program cannot read — corrupt or from a newer
version — is reported and never overwritten."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from drafter.errors import InputError, ProjectError
from drafter.facts import Facts, facts_from_data
from drafter.facts.limits import depth
from drafter.files import atomic_write, os_error_text, read_regular, remove_stale_temps
from drafter.kinds import Kind, Titled, get_kind, kind_ids
from drafter.writers.base import BUILTIN

FORMAT_VERSION = 1

MAX_BYTES = 512 * 1024 * 1024
"""The largest project file read (a large project is tens of MB)."""
MAX_DEPTH = 32
"""How deep a project's JSON may nest (it needs about 20: its own 4 and the facts')."""
MAX_TITLE_CHARS = 255
"""The longest title: what Word keeps as a document's title property."""

USER = "user"
"""The `source` of a version the user typed or fixed by hand."""


class Status(StrEnum):
    EMPTY = "empty"
    DRAFT = "draft"  # written by the built-in writer
    GENERATED = "generated"  # written by a language model
    EDITED = "edited"  # changed by hand
    CONFIRMED = "confirmed"  # accepted by the writer

    @classmethod
    def for_source(cls, source: str) -> Status:
        """The status a version gives its section: built-in → 草稿, by hand → 已修改,
        a model → 已生成."""
        if source == BUILTIN:
            return cls.DRAFT
        if source == USER:
            return cls.EDITED
        return cls.GENERATED

    @property
    def label(self) -> str:
        return {"empty": "空", "draft": "草稿", "generated": "已生成", "edited": "已修改",
                "confirmed": "已确认"}[self.value]


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass
class Version:
    text: str
    source: str  # "builtin", "openai:<model>", "user", …
    created: str = field(default_factory=now)
    note: str = ""  # e.g. the revision instruction, or what the guard repaired


@dataclass
class Section(Titled):
    id: str
    title: str  # heading text without numbering; "" for untitled
    role: str = "body"
    status: Status = Status.EMPTY
    locked: bool = False
    versions: list[Version] = field(default_factory=list)
    current: int = -1  # index into versions; -1 when empty
    candidates: list[Version] = field(default_factory=list)  # answers that broke off

    @property
    def text(self) -> str:
        return self.versions[self.current].text if self.current >= 0 else ""

    def add_version(self, version: Version, status: Status) -> None:
        """A new text becomes current; the history keeps every earlier one."""
        self.versions.append(version)
        self.current = len(self.versions) - 1
        self.status = status


@dataclass
class Project:
    kind: str
    facts_data: dict[str, Any]
    title: str
    sections: list[Section]
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)
    path: Path | None = field(default=None, compare=False)

    # -- derived
    def facts(self) -> Facts:
        return facts_from_data(self.facts_data, source=str(self.path or ""), kinds=kind_ids())

    def kind_def(self) -> Kind:
        return get_kind(self.kind)

    @property
    def spoken(self) -> bool:
        """Whether the document is read aloud: a 称谓 section with text opens it."""
        return any(s.role == "salutation" and s.text.strip() for s in self.sections)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    # -- persistence
    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "kind": self.kind,
            "title": self.title,
            "created": self.created,
            "updated": self.updated,
            "facts": self.facts_data,
            "sections": [
                {"id": s.id, "title": s.title, "role": s.role, "status": s.status.value,
                 "locked": s.locked, "current": s.current,
                 "versions": [vars(v) for v in s.versions],
                 **({"candidates": [vars(v) for v in s.candidates]} if s.candidates else {})}
                for s in self.sections
            ],
        }

    def save(self, path: Path | None = None) -> Path:
        """Write the project atomically (temp file, fsync, rename) to `path`, else to where
        it was loaded from; returns that path, which becomes `self.path`. Raises ProjectError
        when there is no path, when the file there cannot be read as a project (it is
        never overwritten then), or when it cannot be written (a full disk, a folder or
        file without write permission: the file there stays as it was)."""
        target = path or self.path
        if target is None:
            raise ProjectError("项目没有保存路径")
        _refuse_unreadable(target)
        self.updated = now()
        data = json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"
        try:
            atomic_write(target, data.encode("utf-8"))
        except OSError as e:
            raise ProjectError(f"项目未能保存到 {target}：{os_error_text(e)}；"
                               "磁盘上的项目文件仍是上次保存的样子") from None
        self.path = target
        return target


def _refuse_unreadable(path: Path) -> None:
    """Saving over a file we cannot read would destroy someone's work: refuse."""
    if path.exists():
        load_project(path)  # raises ProjectError with the reason


def load_project(path: Path) -> Project:
    """The project saved at `path`. Raises ProjectError — missing file, not a regular
    file (a FIFO, a device), over MAX_BYTES, not UTF-8 (a truncated file), not JSON (with
    line and column), nested too deep, no `format_version`, a newer or malformed one, or
    a field missing or of the wrong type (named: `sections[2].versions[1].text`) — and
    never changes the file. Temp files a killed save left beside it are removed."""
    try:
        raw = read_regular(path, limit=MAX_BYTES, what="项目文件")
    except InputError as e:
        raise ProjectError(f"{e.message}；文件未改动") from None
    remove_stale_temps(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        cut = ("文件在末尾被截断（最后一个字不完整）" if e.end >= len(raw)
               else f"第{line}行有不是 UTF-8 的字节")
        raise ProjectError(f"项目文件已损坏：{path}：{cut}；文件未改动，"
                           "请用备份恢复或手工修正") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ProjectError(f"项目文件已损坏：{path}:{e.lineno}:{e.colno} 处不是有效的 JSON；"
                           "文件未改动，请用备份恢复或手工修正") from None
    except RecursionError:
        data = None
    if data is None or depth(data, MAX_DEPTH) > MAX_DEPTH:
        raise ProjectError(f"项目文件 {path} 的数据嵌套过深（超过 {MAX_DEPTH} 层），"
                           "不是 drafter 写出的项目；文件未改动")
    if not isinstance(data, dict) or "format_version" not in data:
        raise ProjectError(f"{path} 不是 drafter 项目文件（缺少 format_version）；文件未改动")
    version = data["format_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectError(f"项目文件 {path} 的 format_version 应为整数 {FORMAT_VERSION}，"
                           f"实际是{_describe(version)}；文件未改动")
    if version > FORMAT_VERSION:
        raise ProjectError(f"项目文件 {path} 的格式版本为 {version}，比本程序支持的 "
                           f"{FORMAT_VERSION} 新；请升级 drafter。文件未改动")
    try:
        return _project(data, path)
    except _Bad as e:
        raise ProjectError(f"项目文件 {path} 内容有误：{e}；文件未改动") from None


class _Bad(Exception):
    """A field of a project file that is missing or of the wrong type (its message)."""


def _describe(value: Any) -> str:
    if value is None:
        return "空值（null）"
    if isinstance(value, str):
        return f"文本“{value[:20]}”"
    names = {bool: "真假值", int: "整数", float: "小数", list: "列表", dict: "对象"}
    return names.get(type(value), type(value).__name__)


_REQUIRED = object()


def _field(data: dict[str, Any], key: str, where: str, kind: type, default: Any = _REQUIRED
           ) -> Any:
    """`data[key]` checked to be a `kind` (an int is no bool), else _Bad naming it."""
    name = f"{where}.{key}" if where else key
    if key not in data:
        if default is _REQUIRED:
            raise _Bad(f"{name}: 缺少这一项")
        return default
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        expected = {str: "文本", int: "整数", bool: "真假值", list: "列表", dict: "对象"}[kind]
        raise _Bad(f"{name}: 应为{expected}，实际是{_describe(value)}")
    return value


def _version(data: Any, where: str) -> Version:
    if not isinstance(data, dict):
        raise _Bad(f"{where}: 应为对象，实际是{_describe(data)}")
    if unknown := set(data) - {"text", "source", "created", "note"}:
        raise _Bad(f"{where}: 未知的字段“{'、'.join(sorted(unknown))}”")
    return Version(text=_field(data, "text", where, str),
                   source=_field(data, "source", where, str),
                   created=_field(data, "created", where, str, now()),
                   note=_field(data, "note", where, str, ""))


def _section(data: Any, where: str) -> Section:
    if not isinstance(data, dict):
        raise _Bad(f"{where}: 应为对象，实际是{_describe(data)}")
    status = _field(data, "status", where, str, "empty")
    if status not in {s.value for s in Status}:
        raise _Bad(f"{where}.status: 未知的状态“{status[:20]}”")
    versions = [_version(v, f"{where}.versions[{i}]")
                for i, v in enumerate(_field(data, "versions", where, list, []))]
    current = _field(data, "current", where, int, -1)
    if not -1 <= current < len(versions):
        raise _Bad(f"{where}.current: {current} 超出范围（共 {len(versions)} 个版本）")
    return Section(id=_field(data, "id", where, str), title=_field(data, "title", where, str, ""),
                   role=_field(data, "role", where, str, "body"), status=Status(status),
                   locked=_field(data, "locked", where, bool, False), versions=versions,
                   current=current,
                   candidates=[_version(v, f"{where}.candidates[{i}]") for i, v in
                               enumerate(_field(data, "candidates", where, list, []))])


def _project(data: dict[str, Any], path: Path) -> Project:
    kind = _field(data, "kind", "", str)
    if kind not in kind_ids():
        raise _Bad(f"kind: 未知的文种“{kind[:20]}”，可选：{'、'.join(kind_ids())}")
    title = _field(data, "title", "", str)
    if len(title) > MAX_TITLE_CHARS:
        raise _Bad(f"title: 标题太长（{len(title)} 字），最多 {MAX_TITLE_CHARS} 字")
    sections = [_section(s, f"sections[{i}]")
                for i, s in enumerate(_field(data, "sections", "", list))]
    return Project(kind=kind, facts_data=_field(data, "facts", "", dict), title=title,
                   sections=sections, created=_field(data, "created", "", str, now()),
                   updated=_field(data, "updated", "", str, now()), path=path)
