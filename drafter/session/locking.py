"""One window per project: a lock file next to the project names the process holding it.

A second window finds the lock, sees a live process and refuses (the UI says who holds
it). A lock left by a crash or `kill -9` names a dead process and is taken over. Where
the system tells when a process started (Linux /proc), the lock records that too, so a
new process that happens to reuse the pid (after a reboot, say) is not taken for the
holder."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import ProjectError
from drafter.files import os_error_text


class ProjectLocked(ProjectError):
    """The project is open in another live window."""


def lock_path(project: Path) -> Path:
    return project.with_name(f".{project.name}.lock")


def _started(pid: int) -> str | None:
    """When `pid` started, as '<boot id>:<ticks since boot>'; None where unknown."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces; fields after its ')' are plain
    return f"{boot}:{stat.rsplit(')', 1)[1].split()[19]}"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


@dataclass
class ProjectLock:
    """Held while a window edits `project`; `release()` (or process death) frees it."""

    project: Path
    held: bool = False

    @property
    def file(self) -> Path:
        return lock_path(self.project)

    def owner(self) -> dict[str, object] | None:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def acquire(self) -> None:
        """Take the lock, or raise ProjectLocked naming the live holder."""
        me: dict[str, object] = {"pid": os.getpid(), "host": socket.gethostname()}
        if started := _started(os.getpid()):
            me["started"] = started
        for _ in range(3):
            try:
                fd = os.open(self.file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except PermissionError:
                raise ProjectError(f"无法在 {self.file.parent} 中创建锁文件（没有写权限），"
                                   "项目不能在这里编辑；请把项目复制到可写的目录") from None
            except FileExistsError:
                owner = self.owner()
                if owner and self._live(owner):
                    raise ProjectLocked(
                        f"项目 {self.project.name} 已在另一个窗口中打开"
                        f"（进程 {owner.get('pid')}，主机 {owner.get('host')}）。"
                        "为避免互相覆盖，本窗口不能同时编辑；请先关闭那个窗口。") from None
                self.file.unlink(missing_ok=True)  # stale: its process is gone
                continue
            except OSError as e:  # a missing folder, a full disk, a name too long…
                raise ProjectError(f"无法在 {self.file.parent} 中创建锁文件：{os_error_text(e)}；"
                                   "项目文件未改动") from None
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(me, f)
            except OSError as e:  # a full disk, say: no half lock file is left behind
                self.file.unlink(missing_ok=True)
                raise ProjectError(f"无法在 {self.file.parent} 中创建锁文件：{os_error_text(e)}；"
                                   "项目文件未改动") from None
            self.held = True
            return
        raise ProjectLocked(f"无法锁定项目 {self.project.name}，请稍后重试")

    @staticmethod
    def _live(owner: dict[str, object]) -> bool:
        pid = owner.get("pid")
        if not isinstance(pid, int):
            return False
        if owner.get("host") != socket.gethostname():
            return True  # another machine: cannot tell, assume it is alive
        if not _alive(pid):
            return False
        recorded, now = owner.get("started"), _started(pid)
        # our own pid too: a second window in this process
        return recorded is None or now is None or recorded == now

    def release(self) -> None:
        if not self.held:
            return
        owner = self.owner()
        if owner and owner.get("pid") == os.getpid():
            self.file.unlink(missing_ok=True)
        self.held = False
