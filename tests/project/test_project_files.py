"""Project files that drafter did not write, or wrote halfway: each is refused with a
message naming the field, never changed; temp files a killed save left are cleaned up."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.paths import example_path

from drafter.errors import ProjectError
from drafter.facts import load_facts
from drafter.files import STALE_TEMP_SECONDS, atomic_write, remove_stale_temps
from drafter.kinds import get_kind, kind_ids
from drafter.project import Version, load_project
from drafter.project.pipeline import new_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    facts = load_facts(example_path("implementation_plan"), kinds=kind_ids())
    project = new_project(facts, get_kind(facts.doc.kind))
    project.sections[0].versions.append(Version("开头。", "builtin"))
    project.sections[0].current = 0
    path = tmp_path / "p.drafter.json"
    project.save(path)
    return path


def edited(path: Path, change) -> bytes:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(raw)
    return raw


def section0(**values):
    return lambda d: d["sections"][0].update(values)


def version0(**values):
    return lambda d: d["sections"][0]["versions"][0].update(values)


@pytest.mark.parametrize(("change", "says"), [
    (version0(text=5), "sections[0].versions[0].text: 应为文本，实际是整数"),
    (version0(text=None), "sections[0].versions[0].text: 应为文本，实际是空值（null）"),
    (version0(source=[]), "sections[0].versions[0].source: 应为文本，实际是列表"),
    (version0(extra="x"), "未知的字段“extra”"),
    (lambda d: d.update(title=None), "title: 应为文本，实际是空值"),
    (lambda d: d.update(title="长" * 300), "title: 标题太长（300 字）"),
    (lambda d: d.update(facts=[]), "facts: 应为对象，实际是列表"),
    (lambda d: d.update(kind="memo"), "kind: 未知的文种“memo”"),
    (lambda d: d.update(sections={}), "sections: 应为列表"),
    (lambda d: d.pop("sections"), "sections: 缺少这一项"),
    (section0(current=True), "sections[0].current: 应为整数，实际是真假值"),
    (section0(current=7), "sections[0].current: 7 超出范围"),
    (section0(status="done"), "sections[0].status: 未知的状态“done”"),
    (section0(locked="no"), "sections[0].locked: 应为真假值"),
    (lambda d: d["sections"].append(None), "应为对象，实际是空值"),
    (lambda d: d.update(format_version="1"), "format_version 应为整数 1，实际是文本“1”"),
    (lambda d: d.update(format_version=True), "format_version 应为整数 1，实际是真假值"),
    (lambda d: d.update(format_version=0), "format_version 应为整数 1，实际是整数"),
    (lambda d: d.update(format_version=2), "格式版本为 2，比本程序支持的 1 新"),
])
def test_a_field_of_the_wrong_shape_is_named_and_the_file_kept(saved: Path, change,
                                                               says: str) -> None:
    raw = edited(saved, change)
    with pytest.raises(ProjectError) as info:
        load_project(saved)
    assert says in info.value.message and "文件未改动" in info.value.message
    assert saved.read_bytes() == raw


@pytest.mark.parametrize(("content", "says"), [
    (b'{"format_version": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "嵌套过深"),
    (b'{"format_version": 1, "title": "\xe6\xb8', "文件在末尾被截断"),
    (b'{"format_version": 1, "title": "\xff\xfe"}', "第1行有不是 UTF-8 的字节"),
    (b'{"format_version": 1,\n "title": "x"', "p.drafter.json:2:"),
])
def test_unreadable_bytes_are_refused_in_chinese(tmp_path: Path, content: bytes,
                                                 says: str) -> None:
    path = tmp_path / "p.drafter.json"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match="文件未改动") as info:
        load_project(path)
    assert says in info.value.message
    assert "codec" not in info.value.message and path.read_bytes() == content


def test_what_is_not_a_regular_file_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.drafter.json"
    os.mkfifo(fifo)
    with pytest.raises(ProjectError, match="不是普通文件"):
        load_project(fifo)
    (tmp_path / "dir.drafter.json").mkdir()
    with pytest.raises(ProjectError, match="是目录"):
        load_project(tmp_path / "dir.drafter.json")


# ------------------------------------------------------------------ temp files


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


_KILLED_SAVE = """
import os, sys, time
from pathlib import Path
from drafter.project import Version, load_project
os.replace = lambda *a: (print("written", flush=True), time.sleep(60))
load_project(Path(sys.argv[1])).save()
"""


def test_a_save_killed_midway_leaves_a_temp_file_the_next_load_removes(saved: Path) -> None:
    before = saved.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", _KILLED_SAVE, str(saved)],
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout is not None and child.stdout.readline() == "written\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    (left,) = temps(saved.parent)  # the temp file, written and synced, never renamed
    assert left.startswith(".p.drafter.json.") and saved.read_bytes() == before
    load_project(saved)
    assert temps(saved.parent) == [left]  # fresh: it may be another process's save
    age(saved.parent / left, STALE_TEMP_SECONDS + 1)
    load_project(saved)
    assert temps(saved.parent) == []
    assert saved.read_bytes() == before


def test_a_save_removes_stale_temp_files_of_its_own_file_only(saved: Path) -> None:
    folder = saved.parent
    names = [".p.drafter.json.ab12cd34.tmp", ".p.drafter.json.zz_99xyz.tmp",  # ours
             ".q.drafter.json.ab12cd34.tmp", ".p.drafter.json.bak.tmp", "p.tmp"]  # not
    for name in names:
        (folder / name).write_text("x", encoding="utf-8")
        age(folder / name, STALE_TEMP_SECONDS * 2)
    load_project(saved).save()
    assert temps(folder) == sorted(names[2:])
    assert remove_stale_temps(folder / "q.drafter.json") == [folder / names[2]]


def test_a_read_only_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("原样", encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(PermissionError):
        atomic_write(path, b"new")
    assert path.read_text(encoding="utf-8") == "原样" and temps(tmp_path) == []


def test_a_full_disk_is_one_message_and_the_project_file_stays(saved: Path, monkeypatch,
                                                               capsys) -> None:
    import errno

    import drafter.project.model as model
    from drafter.cli import main

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    before = saved.read_bytes()
    monkeypatch.setattr(model, "atomic_write", full)
    facts = saved.with_name("facts.toml")
    facts.write_bytes(example_path("implementation_plan").read_bytes())
    code = main(["draft", str(facts), "-o", str(saved.with_name("out.md")),
                 "--project", str(saved)])
    err = capsys.readouterr().err
    assert code == 2 and "磁盘空间已满" in err.splitlines()[0] and "Traceback" not in err
    assert saved.read_bytes() == before and temps(saved.parent) == []
