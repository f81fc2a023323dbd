"""The fact ledger (issue 13): every number of a section's text tied to its source in the
facts, or marked unsourced — by the checker's own matching (`drafter.rules.numbers.scan`
and `source_of`), so the ledger and number.unsourced never disagree. Headless; the CLI
(`drafter ledger`), `drafter update` (drafter.project.update) and the TUI read it.

Shapes: `section_ledger(text, facts)` → list[Entry], in text order; `project_ledger`
→ list[SectionLedger]; `ledger_json` → the JSON object CLI.md documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.export.options import LEDGER_SUFFIX
from drafter.rules.model import Text
from drafter.rules.numbers import scan, source_of, sources
from drafter.terms import Terms, load_terms

if TYPE_CHECKING:
    from drafter.facts import Facts
    from drafter.project.model import Project

SOURCED, UNSOURCED = "sourced", "unsourced"

KIND_LABELS = {"figure": "数字", "ratio": "比例", "year": "年份", "date": "日期",
               "facts": "事实文本", "slogan": "口号", "formulation": "固定提法",
               "unit": "单位名称", "list": "前文列举"}
"""Each source kind as the ledger shows it."""


@dataclass(frozen=True)
class Entry:
    """One number occurrence. `line`, `col`: 1-based, over the section's text lines;
    `start`/`end`: 0-based offsets of its digits alone in that line (what an update
    rewrites); `kind` one of KIND_LABELS ("" when unsourced), `source` the figure's
    name or the facts field; `state` the figure's "planned" | "done" ("" otherwise)."""

    number: str
    line: int
    col: int
    start: int
    end: int
    value: float | None
    unit: str
    kind: str
    source: str
    state: str = ""

    @property
    def status(self) -> str:
        return SOURCED if self.kind else UNSOURCED

    @property
    def label(self) -> str:
        """The source in Chinese: 数字“职工总数”, 日期（doc.date）; 无来源."""
        if not self.kind:
            return "无来源"
        if self.kind in ("figure", "ratio", "slogan", "formulation"):
            return f"{KIND_LABELS[self.kind]}“{self.source}”"
        return f"{KIND_LABELS[self.kind]}（{self.source}）"

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "line": self.line, "col": self.col,
                "value": self.value, "unit": self.unit,
                "source": {"kind": self.kind, "name": self.source,
                           **({"state": self.state} if self.state else {})}
                if self.kind else None,
                "status": self.status}


def section_ledger(text: str, facts: Facts, terms: Terms | None = None) -> list[Entry]:
    """Every number in `text` (a section's text, one paragraph a line) with its source,
    in text order; a range (6—8名) gives one entry per end."""
    model = Text(text.splitlines(), facts, terms or load_terms())
    quantities, masked = scan(model)
    src = sources(facts)
    entries = []
    for q in quantities:
        found = source_of(q, src, facts, model.lines[q.line])
        state = ""
        if found is not None and found.kind in ("figure", "ratio"):
            figure = facts.figure(found.name)
            state = getattr(figure, "status", "") if figure is not None else ""
        entries.append(Entry(q.text, q.line + 1, q.start + 1, q.num_start, q.num_end, q.value,
                             q.unit, found.kind if found else "", found.name if found else "",
                             state))
    for m in masked:
        entries.append(Entry(m.text, m.line + 1, m.start + 1, m.start, m.end, None, "",
                             m.kind, m.name))
    return sorted(entries, key=lambda e: (e.line, e.start, e.col))


@dataclass(frozen=True)
class SectionLedger:
    section_id: str
    label: str
    entries: list[Entry]

    @property
    def unsourced(self) -> list[Entry]:
        return [e for e in self.entries if not e.kind]


def project_ledger(project: Project, facts: Facts | None = None) -> list[SectionLedger]:
    """The ledger of every section with text, in document order."""
    facts = facts or project.facts()
    terms = load_terms()
    return [SectionLedger(s.id, s.label, section_ledger(s.text, facts, terms))
            for s in project.sections if s.text.strip()]


def ledger_json(project: Project, ledgers: list[SectionLedger]) -> dict[str, Any]:
    """The stable JSON shape of `drafter ledger --format json` (CLI.md)."""
    return {
        "title": project.title,
        "sections": [{"id": x.section_id, "title": x.label,
                      "numbers": [e.to_json() for e in x.entries]} for x in ledgers],
        "summary": {"numbers": sum(len(x.entries) for x in ledgers),
                    "unsourced": sum(len(x.unsourced) for x in ledgers)},
    }


def entry_at(entries: list[Entry], line: int, col: int) -> Entry | None:
    """The entry under a 1-based (line, col) cursor, or None (the TUI's status bar)."""
    for e in entries:
        if e.line == line and e.col <= col < e.col + len(e.number):
            return e
    return None



CSV_HEADER = ("章节", "行", "字", "数字", "来源类别", "来源", "状态", "计划/完成")


def ledger_csv(ledgers: list[SectionLedger]) -> str:
    """The 数字来源表 as CSV text (one row a number, CSV_HEADER first), for a reviewer
    to open in a spreadsheet; `drafter export --ledger` writes it with a UTF-8 BOM."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for x in ledgers:
        for e in x.entries:
            writer.writerow((x.label, e.line, e.col, e.number, KIND_LABELS.get(e.kind, ""),
                             e.source, "有来源" if e.kind else "无来源",
                             {"planned": "计划", "done": "已完成"}.get(e.state, "")))
    return out.getvalue()


def ledger_path(output: Path) -> Path:
    """Where the 数字来源表 of an export goes: 方案.docx → 方案.数字来源表.csv."""
    return output.with_name(output.stem + LEDGER_SUFFIX)


def write_ledger_csv(project: Project, output: Path) -> Path:
    """Write the project's 数字来源表 (UTF-8 with BOM, for Excel) beside the exported
    `output`, whole or not at all; returns its path. Raises InputError when it cannot be
    written."""
    from drafter.errors import InputError
    from drafter.files import atomic_write, os_error_text

    path = ledger_path(output)
    try:
        atomic_write(path, ("\ufeff" + ledger_csv(project_ledger(project))).encode("utf-8"))
    except OSError as e:
        raise InputError(f"无法写入 {path}：{os_error_text(e)}") from None
    return path
