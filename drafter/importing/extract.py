"""`import_document`: a .docx/.txt/.md of the genre → `Imported` (facts data, the line
each value came from, and notes on what was left out). The extractors run in an order
where each leaves what it read to no one else: header, slogans, phases and guarantees,
tasks, 领导小组,
honours, problems and next steps, then figures from the prose that is left."""

from __future__ import annotations

from pathlib import Path

from drafter.importing.clean import clean
from drafter.importing.figures import read_figures
from drafter.importing.header import read_header
from drafter.importing.lists import read_honors, read_leadership, read_problems_and_next
from drafter.importing.model import Imported
from drafter.importing.outline import outline
from drafter.importing.slogans import read_slogans
from drafter.importing.source import read_source
from drafter.importing.steps import read_steps
from drafter.importing.taken import Taken
from drafter.importing.tasks import read_tasks


def import_document(path: Path, *, kind: str = "", part: int | None = None) -> Imported:
    """What `path` states, as facts data. `kind` (a kind id) overrides the kind its title
    names; `part` picks one document of a file that holds several (1-based).
    Raises InputError for a file that cannot be read or has no such part."""
    source = read_source(Path(path), part=part)
    shape = outline(source)
    out = Imported(source=Path(path).name, heading=f"由 {Path(path).name} 导入（drafter import）")
    out.notes += source.notes
    taken = Taken()
    read_header(shape, out, kind=kind)
    read_slogans(shape, out, taken)
    read_steps(shape, out, taken)
    read_tasks(shape, out, taken)
    read_leadership(shape, out, taken)
    read_honors(shape, out, taken)
    read_problems_and_next(shape, out, taken)
    read_figures(shape, out, taken)
    clean(out)
    return out
