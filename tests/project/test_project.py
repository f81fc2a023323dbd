"""The project file: round trip, atomic writes, and never overwriting what we cannot read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.paths import example_path

from drafter.errors import ProjectError
from drafter.facts import load_facts
from drafter.files import atomic_write
from drafter.kinds import get_kind, kind_ids
from drafter.project import FORMAT_VERSION, Status, Version, load_project
from drafter.project.pipeline import new_project, sync_sections


def make(tmp_path: Path):
    facts = load_facts(example_path("implementation_plan"), kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    project.sections[1].add_version(Version("以……为指导。", "builtin"), Status.DRAFT)
    project.sections[1].add_version(Version("改过的文字。", "user"), Status.EDITED)
    project.sections[2].locked = True
    project.save(tmp_path / "p.drafter.json")
    return project


def test_round_trip_keeps_history_status_and_lock(tmp_path: Path) -> None:
    project = make(tmp_path)
    loaded = load_project(tmp_path / "p.drafter.json")
    assert loaded.to_json() == project.to_json()
    section = loaded.sections[1]
    assert [v.text for v in section.versions] == ["以……为指导。", "改过的文字。"]
    assert section.text == "改过的文字。" and section.status is Status.EDITED
    assert loaded.sections[2].locked
    assert loaded.facts().unit.name == "清河县中医院"


def test_file_is_readable_json_with_format_version(tmp_path: Path) -> None:
    make(tmp_path)
    raw = (tmp_path / "p.drafter.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["format_version"] == FORMAT_VERSION
    assert "清河县中医院" in raw  # not \\u-escaped: a person can read it
    assert list(tmp_path.iterdir()) == [tmp_path / "p.drafter.json"]  # no temp file left


@pytest.mark.parametrize("content", [
    "{ not json",
    json.dumps({"format_version": FORMAT_VERSION + 1, "kind": "x"}),
    json.dumps({"hello": 1}),
    json.dumps({"format_version": 1, "kind": "work_plan", "title": "t", "facts": {},
                "sections": [{"id": "a", "current": 3, "versions": []}]}),
], ids=["corrupt", "newer", "foreign", "inconsistent"])
def test_unreadable_project_is_reported_and_never_overwritten(tmp_path: Path,
                                                              content: str) -> None:
    path = tmp_path / "p.drafter.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert "文件未改动" in info.value.message
    facts = load_facts(example_path("implementation_plan"), kinds=kind_ids())
    fresh = new_project(facts, get_kind(facts.doc.kind))
    with pytest.raises(ProjectError):
        fresh.save(path)
    assert path.read_text(encoding="utf-8") == content


def test_corrupt_message_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "p.drafter.json"
    path.write_text('{\n  "format_version": 1,\n  oops\n}', encoding="utf-8")
    with pytest.raises(ProjectError, match=r"p\.drafter\.json:3:"):
        load_project(path)


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("old", encoding="utf-8")

    with pytest.raises(TypeError):  # the write fails half-way: str is not bytes
        atomic_write(path, "not bytes")  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.txt"]


def test_sync_adds_sections_that_now_apply_and_keeps_the_rest(tmp_path: Path) -> None:
    project = make(tmp_path)
    edited = project.sections[1].id  # the section make() gave a user's version
    project.sections = [s for s in project.sections if s.id != "leadership"]
    facts = project.facts()
    sync_sections(project, get_kind(project.kind), facts)
    ids = [s.id for s in project.sections]
    assert ids.index("leadership") == ids.index("steps") + 1 == ids.index("safeguards") - 1
    assert project.section(edited).versions[-1].text == "改过的文字。"


def test_saved_files_keep_ordinary_permissions(tmp_path: Path) -> None:
    import os
    import stat

    path = tmp_path / "f.txt"
    atomic_write(path, b"new")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    os.chmod(path, 0o640)
    atomic_write(path, b"newer")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_new_notes_rearrange_sections_nobody_moved() -> None:
    # a redraft after the notes set the tasks' order kept a 党支部's old section order;
    # sections the writer moved keep theirs
    from drafter.facts import facts_from_data
    from drafter.kinds.render import arranged
    from drafter.project.pipeline import update_facts
    facts = load_facts(example_path("party_branch_plan"), kinds=kind_ids())
    kind = get_kind(facts.doc.kind)
    data = facts.data | {"doc": facts.data["doc"] | {"notes": f"{facts.tasks[-1].title}放第一。"}}
    project = new_project(facts, kind)
    before = [s.id for s in project.sections]
    update_facts(project, data)
    after = [s.id for s in project.sections]
    assert sorted(after) == sorted(before) and after != before  # its section comes first
    new = [s.id for s in arranged(kind, facts_from_data(data, kinds=kind_ids()))]
    assert after == [i for i in new if i in set(after)]
    moved = new_project(facts, kind)
    moved.sections.reverse()
    mine = [s.id for s in moved.sections]
    update_facts(moved, data)
    assert [s.id for s in moved.sections] == mine
