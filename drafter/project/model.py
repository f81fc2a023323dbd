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

from drafter.errors import ProjectError
from drafter.facts import Facts, facts_from_data
from drafter.files import atomic_write
from drafter.kinds import Kind, Titled, get_kind, kind_ids
from drafter.writers.base import BUILTIN

FORMAT_VERSION = 1

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
        when there is no path, or when the file there cannot be read as a project (it is
        never overwritten then); OSError when the folder cannot be written."""
        target = path or self.path
        if target is None:
            raise ProjectError("项目没有保存路径")
        _refuse_unreadable(target)
        self.updated = now()
        data = json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"
        atomic_write(target, data.encode("utf-8"))
        self.path = target
        return target


def _refuse_unreadable(path: Path) -> None:
    """Saving over a file we cannot read would destroy someone's work: refuse."""
    if path.exists():
        load_project(path)  # raises ProjectError with the reason


def load_project(path: Path) -> Project:
    """The project saved at `path`. Raises ProjectError — missing file, not UTF-8, not
    JSON (with line and column), no `format_version`, a newer format, or missing or
    ill-typed fields — and never changes the file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProjectError(f"找不到项目文件：{path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ProjectError(f"无法读取项目文件 {path}：{e}；文件未改动") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ProjectError(f"项目文件已损坏：{path}:{e.lineno}:{e.colno} 处不是有效的 JSON；"
                           "文件未改动，请用备份恢复或手工修正") from None
    if not isinstance(data, dict) or "format_version" not in data:
        raise ProjectError(f"{path} 不是 drafter 项目文件（缺少 format_version）；文件未改动")
    version = data["format_version"]
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ProjectError(f"项目文件 {path} 的格式版本为 {version}，比本程序支持的 "
                           f"{FORMAT_VERSION} 新；请升级 drafter。文件未改动")
    try:
        sections = [
            Section(id=s["id"], title=s.get("title", ""), role=s.get("role", "body"),
                    status=Status(s.get("status", "empty")), locked=bool(s.get("locked")),
                    current=int(s.get("current", -1)),
                    versions=[Version(**v) for v in s.get("versions", [])],
                    candidates=[Version(**v) for v in s.get("candidates", [])])
            for s in data["sections"]
        ]
        for s in sections:
            if not -1 <= s.current < len(s.versions):
                raise ValueError(f"section {s.id}: current {s.current} out of range")
        project = Project(kind=data["kind"], facts_data=data["facts"], title=data["title"],
                          sections=sections, created=data.get("created", now()),
                          updated=data.get("updated", now()), path=path)
    except (KeyError, TypeError, ValueError) as e:
        raise ProjectError(f"项目文件 {path} 内容不完整或有误（{e}）；文件未改动") from None
    return project
