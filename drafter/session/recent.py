"""Recently opened projects and facts files, newest first, kept in the user data dir."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from drafter.paths import user_data_dir

LIMIT = 12


@dataclass(frozen=True)
class RecentStore:
    """A small JSON list of absolute paths; a damaged file reads as empty, never fails."""

    file: Path

    @classmethod
    def default(cls) -> RecentStore:
        return cls(user_data_dir() / "recent.json")

    def load(self) -> list[Path]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [Path(p) for p in data if isinstance(p, str)][:LIMIT]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [path, *(p for p in self.load() if p != path)][:LIMIT]
        self._write(paths)

    def remove(self, path: Path) -> None:
        path = Path(path).resolve()
        self._write([p for p in self.load() if p != path])

    def _write(self, paths: list[Path]) -> None:
        from drafter.files import atomic_write  # not at start-up: it pulls in the facts

        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps([str(p) for p in paths], ensure_ascii=False, indent=1)
            atomic_write(self.file, text.encode("utf-8"))
        except OSError:
            pass  # a read-only home must not stop the writer from working
