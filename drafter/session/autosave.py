"""Debounced, atomic autosave of a Project, on the asyncio loop that edits it.

`touch()` after every change; the save happens `delay` seconds after the last touch
but never later than `max_delay` after the first unsaved one, so a crash loses at most
about half a second (the TUI promises a second: the margin is for a busy machine).
Before writing, the file is compared with what this saver last wrote: if another
program changed it meanwhile, nothing is overwritten — this window's state goes to a
side file and `on_conflict` says where."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import DrafterError
from drafter.project import Project


@dataclass(frozen=True)
class FileStamp:
    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size)


def conflict_path(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    stem = path.name.removesuffix(".json").removesuffix(".drafter")
    return path.with_name(f"{stem}.冲突-{stamp}.drafter.json")


class Autosaver:
    def __init__(self, project: Project, *, delay: float = 0.3, max_delay: float = 0.5,
                 on_saved: Callable[[Path], None] | None = None,
                 on_conflict: Callable[[Path], None] | None = None,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        self.project = project
        self.delay = delay
        self.max_delay = max_delay
        self.on_saved = on_saved
        self.on_conflict = on_conflict
        self.on_error = on_error
        self.dirty = False
        self.saves = 0
        self._first_dirty = 0.0
        self._handle: asyncio.TimerHandle | None = None
        self._stamp = FileStamp.of(project.path) if project.path else None

    def touch(self) -> None:
        """Something changed: save soon."""
        now = time.monotonic()
        if not self.dirty:
            self.dirty = True
            self._first_dirty = now
        if self._handle is not None:
            self._handle.cancel()
        wait = max(0.0, min(self.delay, self._first_dirty + self.max_delay - now))
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        self._handle = loop.call_later(wait, self.flush)

    def flush(self) -> bool:
        """Save now if anything is unsaved; True when the project file is up to date."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if not self.dirty:
            return True
        path = self.project.path
        if path is None:
            return False
        try:
            current = FileStamp.of(path)
            if self._stamp is not None and current is not None and current != self._stamp:
                side = conflict_path(path)
                self.project.save(side)  # save() re-points project.path at the side file
                self.project.path = path
                self.dirty = False
                if self.on_conflict:
                    self.on_conflict(side)
                return False
            self.project.save(path)
        except (OSError, DrafterError) as e:
            if self.on_error:
                self.on_error(e)
            return False
        self._stamp = FileStamp.of(path)
        self.dirty = False
        self.saves += 1
        if self.on_saved:
            self.on_saved(path)
        return True
