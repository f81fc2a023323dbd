"""Writing the facts file of an import or a carry-forward, for the command line and the
TUI alike: the file (atomically, never over its own source), what is still to fill, and
a free name beside a source when the TUI picks one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError
from drafter.files import atomic_write, refuse_overwrite
from drafter.importing.model import Imported
from drafter.importing.provenance import ToFill, still_to_fill
from drafter.importing.writer import facts_text


@dataclass(frozen=True)
class Written:
    path: Path
    todo: list[ToFill]
    values: int  # how many values were read off the source
    notes: int  # how many things the source states that were left out

    @property
    def complete(self) -> bool:
        """Whether the file validates (a todo value to report does not stop a draft)."""
        return not any(t.blocking for t in self.todo)

    def lines(self) -> list[str]:
        """The closing report, in Chinese."""
        out = [f"已写出 {self.path}：读出 {self.values} 项" +
               (f"，另有 {self.notes} 处未导入（见文件开头的注释）" if self.notes else "")]
        if self.todo:
            out.append("还需要填写：")
            out += [f"  {t.text()}" for t in self.todo]
        else:
            out.append("必填项都已填写，可以起草：drafter draft "
                       f"{self.path.name} -o {self.path.stem}.docx")
        return out


def check_output(output: Path, sources: dict[str, Path], *, force: bool) -> None:
    """Refuse an output that is a source, is not .toml, or exists (unless `force`)."""
    refuse_overwrite(output, "-o", sources)
    if output.suffix.lower() != ".toml":
        raise InputError(f"-o {output}：事实文件应以 .toml 结尾")
    if output.exists() and not force:
        raise InputError(f"{output} 已存在；加 --force 覆盖它，或换一个文件名。没有写出任何文件")


def write_facts(imported: Imported, output: Path) -> Written:
    """Write `imported` to `output` with its comments. Raises InputError when the file
    cannot be written."""
    todo = still_to_fill(imported.data)
    try:
        atomic_write(output, facts_text(imported, todo).encode("utf-8"))
    except OSError as e:
        raise InputError(f"无法写出 {output}：{e.strerror or e}") from None
    values = sum(1 for origin in imported.origins.values() if origin.lines)
    return Written(output, todo, values, len(imported.notes))


def free_path(folder: Path, stem: str) -> Path:
    """`folder/stem.toml`, or `stem-2.toml`, `stem-3.toml`… — a name not yet taken."""
    candidate = folder / f"{stem}.toml"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.toml"
        n += 1
    return candidate


def import_beside(path: Path, *, kind: str = "") -> Written:
    """Import the document `path` into a new facts file beside it (`<name>.toml`, or the
    first free `<name>-N.toml`). Raises InputError (never anything else) when it fails."""
    from drafter.errors import DrafterError
    from drafter.importing.extract import import_document

    path = Path(path)
    try:
        imported = import_document(path, kind=kind)
    except DrafterError:
        raise
    except Exception as e:  # a defect of ours must still end in a message
        raise InputError(f"导入 {path} 时出错（{type(e).__name__}: {e}）；"
                         "这是 drafter 的缺陷，请把该文件附上报告") from None
    return write_facts(imported, free_path(path.parent, path.stem))


def carry_beside(path: Path, kind: str) -> Written:
    """`drafter next` for the TUI: the facts of the next document from the facts file,
    project or document `path`, written beside it as `<name>-<year>年<kind>.toml`.
    Raises InputError / FactsError / ProjectError when the source cannot be used."""
    from drafter.importing.carry import carry
    from drafter.importing.loading import load_source
    from drafter.kinds import get_kind

    path = Path(path)
    facts = carry(load_source(path), kind)
    year = facts.data.get("doc", {}).get("year", "")
    stem = path.name.removesuffix(".drafter.json") if path.name.endswith(".drafter.json") \
        else path.stem
    return write_facts(facts, free_path(path.parent, f"{stem}-{year}年{get_kind(kind).name}"))
