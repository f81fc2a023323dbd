"""One window's session: the project lock, the recent files, autosave."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.projects import saved_example_project

from drafter.project import Version, load_project
from drafter.session.autosave import Autosaver
from drafter.session.locking import ProjectLock, ProjectLocked, lock_path
from drafter.session.recent import RecentStore


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
def test_autosave_debounces_and_bounds_the_delay(tmp_path: Path) -> None:
    project = saved_example_project(tmp_path)
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
    project = saved_example_project(tmp_path)
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
    project = saved_example_project(tmp_path)
    project.path.write_text("{broken")  # unreadable: Project.save refuses to overwrite
    errors: list[Exception] = []
    saver = Autosaver(project, on_error=errors.append)
    saver._stamp = None
    saver.touch()
    assert errors and saver.dirty
    assert project.path.read_text() == "{broken"



@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions only")
def test_a_read_only_folder_is_reported(tmp_path: Path) -> None:
    from drafter.errors import ProjectError

    # (root may write anywhere but /sys, which Linux refuses even to root: CI runs as root,
    # where a mode 0555 folder made this test skip)
    if os.geteuid() == 0:
        folder = Path("/sys")
        try:
            (folder / "drafter-test-probe").touch()
        except PermissionError:
            pass  # refused, as a read-only folder refuses others
        except OSError as e:  # a read-only mount: another error, another message
            pytest.skip(f"/sys refuses root otherwise here: {e}")
        else:
            (folder / "drafter-test-probe").unlink()
            pytest.skip("no folder here refuses root")
    else:
        folder = tmp_path
        tmp_path.chmod(0o555)
    try:
        with pytest.raises(ProjectError, match="没有写权限"):
            ProjectLock(folder / "p.drafter.json").acquire()
    finally:
        tmp_path.chmod(0o755)
