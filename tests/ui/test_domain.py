"""Headless tests for the small domain modules the app needs: the facts TOML writer,
the project lock, the recent list, the autosaver and the findings locator."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import all_facts_files

from drafter.autosave import Autosaver
from drafter.drafting import new_project, section_request
from drafter.facts import load_facts, parse_facts
from drafter.facts_toml import dump_facts, value_text
from drafter.kinds import get_kind, kind_ids
from drafter.locking import ProjectLock, ProjectLocked, lock_path
from drafter.project import Version, load_project
from drafter.recent import RecentStore
from drafter.review import (
    add_figure,
    apply_fix,
    counts,
    document_lines,
    locate,
    parse_number,
    text_position,
)

from .conftest import EXAMPLE, percent_checker


# ---------------------------------------------------------------------- facts TOML
@pytest.mark.parametrize("path", all_facts_files(), ids=lambda p: p.parent.name + "/" + p.name)
def test_dump_facts_round_trips_every_facts_file(path: Path) -> None:
    facts = load_facts(path, kinds=kind_ids())
    again = parse_facts(dump_facts(facts.data), kinds=kind_ids())
    assert again.data == facts.data
    assert again == facts


@pytest.mark.parametrize("text", ["引号\"与\\反斜杠", "换行\n制表\t", "{{ unit.name }} {% if %}",
                                  "表情😀", "控制\x01字符", "很长" * 500])
def test_strings_are_stored_literally(text: str) -> None:
    data = {"unit": {"name": text}, "doc": {"notes": text}}
    assert tomllib.loads(dump_facts(data)) == data


def test_values_and_keys() -> None:
    assert value_text(1.0) == "1.0"
    assert value_text(86.04) == "86.04"
    assert value_text([1, "a"]) == '[1, "a"]'
    assert value_text({"start": "2026-01-04"}) == '{ start = "2026-01-04" }'
    data = {"unit": {"中文键": 1}, "extra": {"a": True}, "figures": [{"name": "x", "value": 1}]}
    assert tomllib.loads(dump_facts(data)) == data
    with pytest.raises(ValueError):
        value_text(float("nan"))


def test_problems_name_lines_in_a_written_file() -> None:
    data = load_facts(EXAMPLE).data
    data["figures"][3]["value"] = "很多"
    with pytest.raises(Exception) as e:
        parse_facts(dump_facts(data), kinds=kind_ids())
    (problem,) = e.value.problems  # type: ignore[attr-defined]
    assert problem.key == "figures[4].value"
    line = dump_facts(data).splitlines()[problem.line - 1]
    assert line.startswith("value = ")


# ---------------------------------------------------------------------- lock
def test_a_second_window_is_refused_until_the_first_releases(tmp_path: Path) -> None:
    project = tmp_path / "p.drafter.json"
    first = ProjectLock(project)
    first.acquire()
    with pytest.raises(ProjectLocked) as e:
        ProjectLock(project).acquire()
    assert "另一个窗口" in e.value.message
    first.release()
    second = ProjectLock(project)
    second.acquire()
    assert second.held
    second.release()
    assert not lock_path(project).exists()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    project = tmp_path / "p.drafter.json"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    import socket

    lock_path(project).write_text(json.dumps({"pid": int(dead.stdout),
                                              "host": socket.gethostname()}))
    lock = ProjectLock(project)
    lock.acquire()
    owner = lock.owner()
    assert owner and owner["pid"] == os.getpid() and owner["host"] == socket.gethostname()
    lock.release()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_live_process_that_reused_the_pid_is_not_the_holder(tmp_path: Path) -> None:
    project = tmp_path / "p.drafter.json"
    held = ProjectLock(project)
    held.acquire()
    record = held.owner()
    assert record and record.get("started")
    with pytest.raises(ProjectLocked):  # same process, same start: a second window
        ProjectLock(project).acquire()
    # the same pid, but a process that started at another time (a reboot, pid reuse)
    lock_path(project).write_text(json.dumps({**record, "started": "other-boot:1"}))
    again = ProjectLock(project)
    again.acquire()
    assert again.held and again.owner() == record


def test_a_damaged_lock_file_is_taken_over(tmp_path: Path) -> None:
    project = tmp_path / "p.drafter.json"
    lock_path(project).write_text("{not json")
    lock = ProjectLock(project)
    lock.acquire()
    assert lock.held


# ---------------------------------------------------------------------- recent
def test_recent_newest_first_without_duplicates(tmp_path: Path) -> None:
    store = RecentStore(tmp_path / "sub" / "recent.json")
    assert store.load() == []
    a, b = tmp_path / "a.drafter.json", tmp_path / "b.drafter.json"
    store.add(a)
    store.add(b)
    store.add(a)
    assert store.load() == [a.resolve(), b.resolve()]
    store.remove(a)
    assert store.load() == [b.resolve()]
    store.file.write_text("garbage")
    assert store.load() == []


# ---------------------------------------------------------------------- autosave
def _project(tmp_path: Path):
    facts = load_facts(EXAMPLE, kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    project.save(tmp_path / "p.drafter.json")
    return project


def test_autosave_debounces_and_bounds_the_delay(tmp_path: Path) -> None:
    project = _project(tmp_path)
    saved: list[Path] = []
    saver = Autosaver(project, delay=0.05, max_delay=0.2, on_saved=saved.append)

    async def edits() -> None:
        for i in range(30):  # one edit every 20 ms: the debounce alone would never fire
            project.sections[0].add_version(Version(f"第{i}稿", "user"), project.sections[0].status)
            saver.touch()
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)

    asyncio.run(edits())
    assert 2 <= len(saved) < 30
    assert load_project(project.path).sections[0].text == "第29稿"
    assert not saver.dirty


def test_autosave_never_overwrites_a_file_changed_by_another_program(tmp_path: Path) -> None:
    project = _project(tmp_path)
    conflicts: list[Path] = []
    saver = Autosaver(project, on_conflict=conflicts.append)
    other = load_project(project.path)
    other.sections[0].add_version(Version("别处写的", "user"), other.sections[0].status)
    os.utime(project.path, ns=(1, 1))
    other.save()
    project.sections[0].add_version(Version("本窗口写的", "user"), project.sections[0].status)
    saver.touch()  # no running loop: saves at once
    assert load_project(project.path).sections[0].text == "别处写的"
    (side,) = conflicts
    assert load_project(side).sections[0].text == "本窗口写的"
    assert project.path == tmp_path / "p.drafter.json"


def test_autosave_reports_unwritable_files(tmp_path: Path) -> None:
    project = _project(tmp_path)
    project.path.write_text("{broken")  # unreadable: Project.save refuses to overwrite
    errors: list[Exception] = []
    saver = Autosaver(project, on_error=errors.append)
    saver._stamp = None
    saver.touch()
    assert errors and saver.dirty
    assert project.path.read_text() == "{broken"


# ---------------------------------------------------------------------- review
def test_document_lines_place_every_paragraph(tmp_path: Path) -> None:
    project = _project(tmp_path)
    facts = project.facts()
    for s in project.sections:
        request = section_request(project, facts, s)
        assert request is not None
        s.add_version(Version(request.skeleton, "builtin"), s.status)
    lines, places = document_lines(project, facts)
    for line, place in zip(lines, places, strict=True):
        if place is not None:
            paragraphs = [p.strip() for p in project.section(place.section_id).text.splitlines()
                          if p.strip()]
            assert paragraphs[place.paragraph] == line


def test_fix_and_add_figure(tmp_path: Path) -> None:
    project = _project(tmp_path)
    s = project.sections[1]
    s.add_version(Version("第一段。\n\n  满意度95%，很好。", "user"), s.status)
    located = locate(project, project.facts(), percent_checker)
    assert counts(located) == {s.id: 1}
    place = located[0].place
    assert place is not None and place.paragraph == 1
    f = located[0].finding
    assert text_position(s.text, place.paragraph, f.col) == (2, 5)
    assert apply_fix(s.text, place.paragraph, f.col, f.excerpt, f.fix) == \
        "第一段。\n\n  满意度较高水平，很好。"
    assert apply_fix("别的文字", 0, 1, "95%", "x") is None
    assert parse_number("95%") == (95, "%")
    assert parse_number("1.5万元") == (1.5, "万元")
    data = add_figure(project.facts_data, "满意度", 95, "%", "2025年")
    assert data["figures"][-1] == {"name": "满意度", "value": 95, "unit": "%",
                                   "period": "2025年"}
    assert "满意度" not in [f["name"] for f in project.facts_data["figures"]]


# ---------------------------------------------------------------------- editing
def test_section_operations(tmp_path: Path) -> None:
    from drafter import editing
    from drafter.project import Status

    project = _project(tmp_path)
    ids = [s.id for s in project.sections]
    first = project.sections[0]
    added = editing.add_section(project, " 党建引领 ", first)
    assert added.title == "党建引领" and project.sections[1] is added
    assert editing.add_section(project, "再一节").id == "custom-2"
    assert editing.move_section(project, added, -1) and project.sections[0] is added
    assert not editing.move_section(project, added, -1)
    assert editing.remove_section(project, added) is first
    editing.remove_section(project, project.sections[-1])
    assert [s.id for s in project.sections] == ids

    assert editing.record_typing(first, "甲", same_session=False)
    assert not editing.record_typing(first, "甲乙", same_session=True)
    assert [v.text for v in first.versions] == ["甲乙"] and first.status is Status.EDITED
    editing.accept(first, "模型稿", "openai:qwen", "更正式")
    assert first.status is Status.GENERATED and first.versions[-1].note == "更正式"
    assert editing.record_typing(first, "模型稿。", same_session=True)  # not a user version
    assert editing.restore(first, 0) and first.text == "甲乙"
    assert not editing.restore(first, 9)
    assert editing.record_typing(first, "甲乙丙", same_session=True)  # history kept
    assert [v.text for v in first.versions] == ["甲乙", "模型稿", "模型稿。", "甲乙丙"]
    assert Status.for_source("builtin") is Status.DRAFT


def test_fix_and_figure_input(tmp_path: Path) -> None:
    from drafter import editing
    from drafter.review import Place

    from .conftest import Finding

    project = _project(tmp_path)
    s = project.sections[0]
    s.add_version(Version("满意度95%。", "builtin"), s.status)
    finding = Finding(2, 4, "95%", "较高")
    assert editing.fix(project, Place(s.id, 0), finding) is s
    assert s.text == "满意度较高。" and s.versions[-1].note == "修正：number.unsourced"
    assert editing.fix(project, Place(s.id, 0), finding) is None  # already changed
    assert editing.parse_figure("满意度", "95") == 95
    assert editing.parse_figure("经费", " 1.5 ") == 1.5
    with pytest.raises(ValueError, match="不是数字"):
        editing.parse_figure("满意度", "很多")
    with pytest.raises(ValueError, match="名称"):
        editing.parse_figure(" ", "1")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root can write anywhere")
def test_a_read_only_folder_is_reported(tmp_path: Path) -> None:
    from drafter.errors import ProjectError

    tmp_path.chmod(0o555)
    try:
        with pytest.raises(ProjectError, match="没有写权限"):
            ProjectLock(tmp_path / "p.drafter.json").acquire()
    finally:
        tmp_path.chmod(0o755)
