"""A changed figure updates the text (issue 13): exactly the linked occurrences, in every
section, one new version each with the note; same digits elsewhere untouched; locked and
confirmed sections updated and listed; undo restores; the same from `drafter update`."""

from __future__ import annotations

import asyncio
import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest
from support.paths import example_path

from drafter.cli import main
from drafter.facts import facts_from_data
from drafter.facts.toml import dump_facts
from drafter.kinds import get_kind, kind_ids
from drafter.project import Project, Status, Version, load_project
from drafter.project.editing import restore
from drafter.project.pipeline import draft_sections, new_project
from drafter.project.update import update_figures
from drafter.writers.builtin import BuiltinWriter

GOALS = "全院建成示范点8个，设立服务中心18个，开展培训8次。"
STAFF = "我院现有职工412人，其中卫生专业技术人员356人，占比86.4%。"


def facts_data() -> dict[str, Any]:
    data = tomllib.loads(example_path("implementation_plan").read_text(encoding="utf-8"))
    data["figures"].append({"name": "示范点", "value": 8, "unit": "个"})
    return data


def with_value(data: dict[str, Any], name: str, value: float) -> dict[str, Any]:
    data = copy.deepcopy(data)
    next(f for f in data["figures"] if f["name"] == name)["value"] = value
    return data


def make() -> Project:
    """A drafted project, two sections of which state the figures by hand: one locked,
    one confirmed."""
    facts = facts_from_data(facts_data(), kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    asyncio.run(draft_sections(project, facts, BuiltinWriter(), save=False))
    a, b = [s for s in project.sections if s.text][1:3]
    a.add_version(Version(a.text + "\n" + GOALS, "user"), Status.CONFIRMED)
    b.add_version(Version(STAFF + "\n" + GOALS, "user"), Status.EDITED)
    b.locked = True
    return project


def test_one_figure_rewrites_exactly_its_occurrences() -> None:
    project = make()
    before = {s.id: (s.text, len(s.versions)) for s in project.sections}
    result = update_figures(project, with_value(facts_data(), "示范点", 9))
    assert [c.label for c in result.changes] == ["示范点 8→9"]
    touched = {s.id for s, _ in result.sections}
    assert len(touched) == 2 and {s.id for s in result.review} == touched
    for s in project.sections:
        old_text, versions = before[s.id]
        if s.id in touched:
            assert s.text == old_text.replace("示范点8个", "示范点9个")
            assert "设立服务中心18个，开展培训8次" in s.text
            assert len(s.versions) == versions + 1
            assert s.versions[-1].note == "事实更新：示范点 8→9"
        else:
            assert (s.text, len(s.versions)) == (old_text, versions)
    assert project.facts().figure("示范点").value == 9
    for s in project.sections:  # undo: the previous version
        if s.id in touched:
            assert restore(s, s.current - 1)
            assert s.text == before[s.id][0]


def test_a_figure_feeding_a_ratio_updates_the_ratio_too() -> None:
    project = make()
    result = update_figures(project, with_value(facts_data(), "职工总数", 420))
    assert [c.label for c in result.changes] == ["职工总数 412→420",
                                                 "卫生专业技术人员占比 86.4→84.8"]
    locked = next(s for s in project.sections if s.locked)
    assert locked.text.startswith("我院现有职工420人，其中卫生专业技术人员356人，占比84.8%。")
    assert locked.versions[-1].note == "事实更新：职工总数 412→420；卫生专业技术人员占比 86.4→84.8"
    assert locked.status is Status.EDITED
    assert GOALS in locked.text


def test_unchanged_facts_change_no_text() -> None:
    project = make()
    before = [len(s.versions) for s in project.sections]
    result = update_figures(project, facts_data())
    assert result.changes == [] and [len(s.versions) for s in project.sections] == before


def test_drafter_update_from_the_command_line(work: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    project = make()
    project.save(work / "p.drafter.json")
    (work / "new.toml").write_text(dump_facts(with_value(facts_data(), "示范点", 9)),
                                   encoding="utf-8")
    assert main(["update", "p.drafter.json", "--facts", "new.toml"]) == 0
    out, err = capsys.readouterr()
    assert "数字改变：示范点 8→9" in out and "请查看" in err
    loaded = load_project(work / "p.drafter.json")
    texts = [s.text for s in loaded.sections if "示范点" in s.text]
    assert len(texts) == 2 and all("示范点9个" in t and "培训8次" in t for t in texts)
    assert loaded.facts().figure("示范点").value == 9
