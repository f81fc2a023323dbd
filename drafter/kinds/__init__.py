"""Document kinds as data: templates/<kind>/kind.toml lists the title pattern and the
ordered sections (heading, level, template, which facts each uses)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from drafter.errors import InputError
from drafter.paths import templates_dir


class Titled:
    """A section by its id and heading text: what the user sees it called."""

    id: str
    title: str

    @property
    def label(self) -> str:
        """Its heading, or 开头/结尾… when untitled."""
        return section_label(self.id, self.title)


@dataclass(frozen=True)
class SectionSpec(Titled):
    id: str
    title: str  # heading text without numbering; "" for an untitled lead or closing
    template: str  # file name inside templates/<kind>/
    uses: tuple[str, ...] = ()  # facts keys the prose draws on (LLM prompts get only these)
    role: str = "body"  # "body" or "salutation" (称谓 of a report)
    requires: str = ""  # facts key that must be non-empty for the section to appear
    task_categories: tuple[str, ...] = ()  # which tasks the section writes; ("*",) = the rest
    task_subjects: tuple[str, ...] = ()  # and, for a task without a category, its subjects


_UNTITLED = {"opening": "开头", "closing": "结尾", "greeting": "问候", "salutation": "称谓"}


def section_label(section_id: str, title: str) -> str:
    """A section's heading, or 开头/结尾… for an untitled one."""
    return title or _UNTITLED.get(section_id, section_id)


@dataclass(frozen=True)
class Kind:
    id: str
    name: str  # 中文名
    title: str  # jinja2 pattern for the document title
    sections: tuple[SectionSpec, ...]
    directory: Path

    def section(self, section_id: str) -> SectionSpec:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


def _load_kind(directory: Path) -> Kind:
    path = directory / "kind.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        sections = tuple(
            SectionSpec(id=s["id"], title=s.get("title", ""), template=s["template"],
                        uses=tuple(s.get("uses", ())), role=s.get("role", "body"),
                        requires=s.get("requires", ""),
                        task_categories=tuple(s.get("task_categories", ())),
                        task_subjects=tuple(s.get("task_subjects", ())))
            for s in data["sections"])
        return Kind(id=data["id"], name=data["name"], title=data["title"], sections=sections,
                    directory=directory)
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"文种定义文件 {path} 有误：{e}") from None


RETROSPECTIVE = ("work_summary", "creation_report")
"""Kinds that report what was done (past tense, results) rather than plan it."""

@cache
def all_kinds() -> dict[str, Kind]:
    """Every kind under templates/, in a stable order."""
    kinds = {}
    for directory in sorted(templates_dir().iterdir()):
        if (directory / "kind.toml").is_file():
            kind = _load_kind(directory)
            kinds[kind.id] = kind
    order = ("implementation_plan", "work_plan", "work_summary", "creation_report",
             "party_branch_plan")
    return dict(sorted(kinds.items(), key=lambda kv: (order.index(kv[0])
                                                      if kv[0] in order else len(order), kv[0])))


def kind_ids() -> tuple[str, ...]:
    """The kinds' ids (implementation_plan, work_plan, …), in all_kinds() order."""
    return tuple(all_kinds())


def get_kind(kind_id: str) -> Kind:
    """The kind with this id. Raises InputError naming the ids there are."""
    kinds = all_kinds()
    if kind_id not in kinds:
        raise InputError(f"未知的文种“{kind_id}”，可选：{'、'.join(kinds)}")
    return kinds[kind_id]
