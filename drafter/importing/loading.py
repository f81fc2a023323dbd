"""A facts source as facts data with origins: a facts file (.toml), a project
(.drafter.json) or a document (.docx/.txt/.md, imported on the way). Used by `drafter
next` and `drafter check --plan`.

Shapes: `Loaded.data` is shaped as `tomllib.loads` returns it; `Loaded.origins` maps
(table, row, key) to the `Origin` naming the source file and line (a project has no
lines: its origins name the file only). Raises InputError / FactsError / ProjectError
for a source that cannot be read — never a traceback."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.importing.model import Origin, Slot

DOCUMENTS = (".docx", ".txt", ".md")


@dataclass
class Loaded:
    data: dict[str, Any]
    label: str  # the file's name, for messages and comments
    origins: dict[Slot, Origin] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return str(self.data.get("doc", {}).get("kind", ""))

    def origin(self, table: str, row: int, key: str) -> Origin:
        return self.origins.get((table, row, key), Origin(file=self.label))


def load_source(path: Path, *, kind: str = "") -> Loaded:
    """Read `path` by its suffix. `kind` is the kind of a document to import (its title
    decides when empty)."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise InputError(f"找不到文件：{path}")
    if name.endswith(".drafter.json"):
        from drafter.project import load_project

        project = load_project(path)
        return Loaded(dict(project.facts_data), name)
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return _facts_file(path)
    if suffix in DOCUMENTS:
        from drafter.importing.extract import import_document

        imported = import_document(path, kind=kind)
        origins = {slot: Origin(o.lines, name, o.note) for slot, o in imported.origins.items()}
        return Loaded(imported.data, name, origins)
    raise InputError(f"{path}：不支持的文件类型；可以是事实文件（.toml）、项目文件"
                     "（.drafter.json）或文档（.docx、.txt、.md）")


def _facts_file(path: Path) -> Loaded:
    from drafter.facts.load import read_facts_text, toml_data
    from drafter.facts.toml import LineIndex

    text = read_facts_text(path)
    data = toml_data(text, str(path))
    index = LineIndex(text)
    origins = {(table, row, key): Origin((line,), path.name)
               for (table, row, key), line in index.keys.items() if table}
    return Loaded(data, path.name, origins)
